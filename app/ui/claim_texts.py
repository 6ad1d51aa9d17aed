"""Translated names of claim types, statuses, flags, correctable fields and calendar steps.

Shared by the intake dialog and the claims dashboard; read on every retranslation, never kept.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def type_text(claim_type: str) -> str:
    texts = {
        "correction": QCoreApplication.translate("ClaimTexts", "Error in a listed voter's data"),
        "missing": QCoreApplication.translate("ClaimTexts", "Voter missing from the list"),
        "address": QCoreApplication.translate("ClaimTexts", "Change of voting address"),
        "disability": QCoreApplication.translate("ClaimTexts", "Voter with a disability missing from the list"),
        "institution": QCoreApplication.translate("ClaimTexts", "Form from the head of an institution"),
    }
    return texts.get(claim_type, claim_type)


def status_text(status: str) -> str:
    texts = {
        "received": QCoreApplication.translate("ClaimTexts", "received"),
        "sent": QCoreApplication.translate("ClaimTexts", "sent to the TEC"),
        "decided": QCoreApplication.translate("ClaimTexts", "decided"),
        "informed": QCoreApplication.translate("ClaimTexts", "voter informed"),
    }
    return texts.get(status, status)


def flag_text(flag: str) -> str:
    texts = {
        "due-soon": QCoreApplication.translate("ClaimTexts", "answer due soon"),
        "overdue": QCoreApplication.translate("ClaimTexts", "OVERDUE"),
    }
    return texts.get(flag, "")


def field_text(name: str) -> str:
    texts = {
        "last_name": QCoreApplication.translate("ClaimTexts", "Surname"),
        "first_name": QCoreApplication.translate("ClaimTexts", "Name"),
        "patronymic": QCoreApplication.translate("ClaimTexts", "Patronymic"),
        "birth_date": QCoreApplication.translate("ClaimTexts", "Date of birth (YYYY-MM-DD)"),
        "sex": QCoreApplication.translate("ClaimTexts", "Sex"),
        "address": QCoreApplication.translate("ClaimTexts", "Address"),
        "special_category": QCoreApplication.translate("ClaimTexts", "Special category"),
    }
    return texts.get(name, name)


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


def inform_text(how: str) -> str:
    texts = {
        "paper": QCoreApplication.translate("ClaimTexts", "on paper"),
        "electronic": QCoreApplication.translate("ClaimTexts", "electronically"),
        "in-person": QCoreApplication.translate("ClaimTexts", "in person"),
        "phone": QCoreApplication.translate("ClaimTexts", "by phone"),
    }
    return texts.get(how, how)
