"""The words of the audit log and the alerts (issue 12: no English inside a ky or ru screen).

Every event id (R-AUD-1) and every outcome the program writes has its word in Kyrgyz, Russian and
English; every alert rule (R-AUD-3) has its name and its detail worded from typed parameters, read
back from the English detail that is stored, sent and printed by `pec-desk alerts` (unchanged).
The outcomes are found in the source: each `outcome=` the services pass to the log, so a new one
without its words fails here.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from app.errors import Reason
from app.language import LANGUAGES, placeholders
from app.security import alert_words, audit_words
from app.security.anomaly import RULES, AnomalyRules, alert_params, english_detail
from app.security.audit import AuditAction
from app.security.scanner.types import Outcome
from tests.test_anomaly import ev

ROOT = Path(__file__).resolve().parent.parent
LATIN = re.compile(r"[A-Za-z]")
# Outcomes given as an expression: the family of codes it can hold.
FAMILIES = {"exc.reason.value": Reason, "error.reason.value": Reason, "report.outcome.value": Outcome}


def written_outcomes(root: Path) -> tuple[set[str], set[str]]:
    """(the outcome strings written under root/app, the expressions not understood)."""
    found: set[str] = set()
    unknown: set[str] = set()
    for path in sorted((root / "app").rglob("*.py")):
        if "ui" in path.relative_to(root / "app").parts:
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            for value in _outcome_values(node):
                _collect(value, found, unknown, where=f"{path.name}:{value.lineno}")
    return found, unknown


def _outcome_values(node: ast.AST) -> list[ast.expr]:
    if isinstance(node, ast.Call):
        values = [k.value for k in node.keywords if k.arg == "outcome"]
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        if name == "_audit" and len(node.args) >= 3:  # sync_import: _audit(action, path, outcome, details)
            values.append(node.args[2])
        if name == "append" and len(node.args) >= 4:  # audit.append(actor, action, obj, outcome)
            values.append(node.args[3])
        return values
    if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "outcome" for t in node.targets):
        return [node.value]
    if isinstance(node, ast.FunctionDef):  # a parameter `outcome` with its default
        args = node.args.args[len(node.args.args) - len(node.args.defaults) :]
        return [d for a, d in zip(args, node.args.defaults, strict=True) if a.arg == "outcome"]
    return []


def _collect(value: ast.expr, found: set[str], unknown: set[str], *, where: str) -> None:
    constants = [c.value for c in ast.walk(value) if isinstance(c, ast.Constant) and isinstance(c.value, str)]
    text = ast.unparse(value)
    if isinstance(value, ast.Constant | ast.IfExp) and constants:
        found.update(constants)
    elif text in FAMILIES:
        found.update(m.value for m in FAMILIES[text])
    elif text != "outcome":  # a variable named outcome: its assignments are collected themselves
        unknown.add(f"{where}: {text}")


def test_the_source_scan_finds_a_planted_outcome(tmp_path: Path) -> None:
    (tmp_path / "app" / "services").mkdir(parents=True)
    (tmp_path / "app" / "services" / "x.py").write_text(
        'def f(a, outcome="dflt"):\n    a.append(1, 2, "o", "fourth")\n    a.append(1, 2, outcome="kw")\n'
        '    outcome = "yes" if a else "no"\n    a.append(1, 2, outcome=a.reason.value)\n'
        '    a.append(1, 2, outcome=error.reason.value)\n'
    )  # fmt: skip
    found, unknown = written_outcomes(tmp_path)
    assert {"dflt", "fourth", "kw", "yes", "no", Reason.INFECTED.value} <= found
    assert unknown == {"x.py:5: a.reason.value"}


def test_every_written_outcome_has_its_words() -> None:
    """R-AUD-1: the outcome column of every event the program writes reads in ky, ru and en."""
    found, unknown = written_outcomes(ROOT)
    assert unknown == set(), "an outcome written from an expression this test does not know"
    assert {"ok", "refused", "wrong-password", "already-applied", "clean", "broken"} <= found
    words = audit_words.OUTCOMES
    missing = {(code, lang) for code in found for i, lang in enumerate(LANGUAGES) if not words.get(code, "   ")[i]}
    assert missing == set()
    assert audit_words.outcome_word("", "ky") == "" and audit_words.outcome_word("new-one", "ru") == "new-one"


def test_every_event_id_and_permission_has_its_words() -> None:
    """R-AUD-1: every event id is worded, in every language, and the filter lists them all."""
    assert set(audit_words.ACTIONS) == set(AuditAction)
    for lang in LANGUAGES:
        words = [audit_words.action_word(a.value, lang) for a in AuditAction]
        assert all(words) and len(set(words)) == len(words), lang  # no two events read alike
        assert {c for c, _w in audit_words.action_choices(lang)} == {a.value for a in AuditAction}
    assert audit_words.action_word("future.event", "ky") == "future.event"
    assert audit_words.object_word("access.denied", "audit.view", "ru") == "Просмотр журнала аудита"
    assert audit_words.object_word("session.login", "member2", "ky") == "member2"


def _all_words() -> list[tuple[str, tuple[str, ...]]]:
    tables: list[tuple[str, dict[object, tuple[str, str, str]]]] = [
        ("action", dict(audit_words.ACTIONS)), ("outcome", dict(audit_words.OUTCOMES)),
        ("permission", dict(audit_words.PERMISSIONS)), ("object", dict(audit_words.OBJECTS)),
        ("rule", dict(alert_words.RULE_NAMES)), ("detail", dict(alert_words.DETAILS)),
        ("problem", dict(alert_words.PROBLEMS)), ("subject", dict(alert_words.SUBJECTS)),
    ]  # fmt: skip
    rows = [(f"{kind} {key}", words) for kind, table in tables for key, words in table.items()]
    return [*rows, ("problem line", alert_words.PROBLEM_LINE), ("unreadable", alert_words.UNREADABLE)]


@pytest.mark.parametrize(("what", "words"), _all_words(), ids=[w for w, _ in _all_words()])
def test_no_latin_letter_in_a_kyrgyz_or_russian_word(what: str, words: tuple[str, ...]) -> None:
    """Placeholders and the name of the NIST format aside, ky and ru words are Cyrillic."""
    assert len(words) == len(LANGUAGES)
    for lang, text in zip(LANGUAGES, words, strict=True):
        bare = re.sub(r"\{\w+\}", "", text).replace("NIST SP", "")
        assert lang == "en" or not LATIN.search(bare), f"{what} ({lang}): {text}"
        assert placeholders(text) == placeholders(words[-1]), f"{what} ({lang})"


SAMPLES = {
    "failed-login-burst": ({"count": 5, "minutes": 10}, "5 failed logins within 0:10:00"),
    "bulk-access": ({"count": 50, "minutes": 60}, "50 views, prints or copies within 1:00:00"),
    "voter-changed-repeatedly": ({"count": 3, "users": ["member1", "member2"], "days": 7},
                                 "3 changes by member1, member2 within 7 days"),
    "outside-hours": ({"action": "voter.search", "time": "22:05"}, "voter.search at 22:05 Bishkek time"),
    "chain-break": ({"problems": [[4, "edited"], [9, "broken-link"]]}, "edited@4, broken-link@9"),
    "unregistered-medium": ({"task": "export", "serial": "", "volume_id": "v1"},
                            '{"task": "export", "serial": "", "volume_id": "v1"}'),
    "infected-medium": ({"files": 3, "infected": 1}, '{"files": 3, "infected": 1}'),
    "older-backup-restored": ({"changes_lost": 2}, '{"changes_lost": 2}'),
    "claim-overdue": ({"days": 5, "filed_on": "2026-05-01", "answer_by": "2026-05-04"},
                      "no decision 5 days after intake on 2026-05-01; the answer was due 2026-05-04"),
}  # fmt: skip


@pytest.mark.parametrize("rule", RULES)
def test_every_alert_reads_in_every_language_from_its_stored_detail(rule: str) -> None:
    """R-AUD-3: the stored English detail (what `pec-desk alerts` prints) gives back the typed
    parameters, and the reader gets them in words; an alert stored before the parameters did too."""
    params, stored = SAMPLES[rule]
    assert alert_params(rule, stored) == params
    if rule != "claim-overdue":  # raised by the claims service in its own words
        assert english_detail(rule, params) == stored
    for lang in LANGUAGES:
        text = alert_words.alert_text(rule, stored, lang)
        assert text and text != alert_words.UNREADABLE[LANGUAGES.index(lang)], (rule, lang)
        assert rule in alert_words.RULE_NAMES and alert_words.rule_word(rule, lang) != rule
        bare = text.replace("member1", "").replace("member2", "")  # logins are the people's own ids
        assert lang == "en" or not LATIN.search(bare), (rule, lang, text)
    assert str(params.get("count", params.get("changes_lost", ""))) in alert_words.alert_text(rule, stored, "ky")


def test_a_detail_that_cannot_be_read_is_not_shown_in_english() -> None:
    cut = "5 failed logins within 0:1…"  # cut short by the batch limits
    assert alert_params("failed-login-burst", cut) is None
    assert alert_words.alert_text("failed-login-burst", cut, "ky") == alert_words.UNREADABLE[0]
    assert alert_words.alert_text("failed-login-burst", cut, "en") == cut
    assert alert_words.rule_word("some-new-rule", "ru") == "some-new-rule"


def test_the_rules_raise_alerts_with_their_parameters_and_the_unchanged_text() -> None:
    """R-AUD-3: the alert carries typed parameters; its stored text is what it always was."""
    rules = AnomalyRules()
    [alert] = rules.run([ev(i, AuditAction.LOGIN_FAILED, "member2", minutes=i) for i in range(1, 6)])
    assert alert.detail == "5 failed logins within 0:10:00"
    assert alert.params == {"count": 5, "minutes": 10} == alert_params(alert.rule, alert.detail)
    assert alert_words.alert_text(alert.rule, alert.detail, "ru") == "Неудачных входов: 5 за 10 мин"
