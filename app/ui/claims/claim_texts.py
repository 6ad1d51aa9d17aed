"""Translated words of the claims dashboard that are not vocabulary values: the answer-date
flags (`app.services.claims.Flag`) and the steps of the election calendar.

Claim types, statuses, answer channels, sexes and the other vocabulary values are named by
`app.catalogue`, never here. Read on every retranslation, never kept.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def flag_text(flag: str) -> str:
    texts = {
        "due-soon": QCoreApplication.translate("ClaimTexts", "answer due soon"),
        "overdue": QCoreApplication.translate("ClaimTexts", "OVERDUE"),
    }
    return texts.get(flag, "")


def step_text(step: str) -> str:
    texts = {
        "preliminary_on_portal": QCoreApplication.translate("ClaimTexts", "preliminary list on the portal"),
        "preliminary_to_pec": QCoreApplication.translate("ClaimTexts", "preliminary list given to the PEC"),
        "posted_for_review": QCoreApplication.translate("ClaimTexts", "list posted for review"),
        "control_list_posted": QCoreApplication.translate("ClaimTexts", "control list posted"),
        "claims_close": QCoreApplication.translate("ClaimTexts", "last day for claims"),
        "institution_forms_close": QCoreApplication.translate("ClaimTexts", "last day for institution forms"),
        "final_on_portal": QCoreApplication.translate("ClaimTexts", "final list on the portal"),
        "final_published_by_pec": QCoreApplication.translate("ClaimTexts", "final list published by the PEC"),
    }
    return texts.get(step, step)
