"""The reader's words for anomaly alerts (`app.security.anomaly`), in Kyrgyz, Russian and English.

An alert is stored as its rule id (the code) and an English detail (the text `pec-desk alerts`
prints and a batch carries); `anomaly.alert_params` reads the typed parameters back from that
detail, and these templates word them in the reader's language. tests/test_audit_words.py checks
every rule has its words and no ky or ru text holds a Latin letter of its own.
"""

from __future__ import annotations

import enum
from typing import Any

from app.language import LANGUAGES
from app.security.anomaly import RULES, alert_params
from app.security.audit import Problem
from app.security.audit_words import action_word

RULE_NAMES: dict[str, tuple[str, str, str]] = {
    "failed-login-burst": ("Көп ийгиликсиз кирүү аракети", "Много неудачных входов", "Many failed logins"),
    "bulk-access": (
        "Көп жолу көрүү, басып чыгаруу же көчүрүү",
        "Массовые просмотры, печать или копирование",
        "Bulk views, prints or copies",
    ),
    "unregistered-medium": ("Катталбаган флешка", "Незарегистрированная флешка", "Unregistered drive"),
    "infected-medium": ("Вирус жуккан флешка", "Заражённая флешка", "Infected drive"),
    "older-backup-restored": (
        "Эски камдык көчүрмө калыбына келтирилди",
        "Восстановлена более старая резервная копия",
        "Older backup restored",
    ),
    "voter-changed-repeatedly": (
        "Шайлоочунун маалыматы бир нече жолу өзгөртүлдү",
        "Данные избирателя изменены несколько раз",
        "Voter changed repeatedly",
    ),
    "outside-hours": ("Иш убактысынан тышкары иштөө", "Работа в нерабочее время", "Work outside hours"),
    "chain-break": ("Аудит чынжыры бузулган", "Цепочка аудита нарушена", "Audit chain broken"),
    "claim-overdue": ("Арыздын мөөнөтү өттү", "Заявление просрочено", "Claim overdue"),
}

# `{name}`: the alert's parameters; `{action}` is worded, `{problems}` is a list of `PROBLEM` lines.
DETAILS: dict[str, tuple[str, str, str]] = {
    "failed-login-burst": (
        "{minutes} мүнөттүн ичинде {count} жолу ийгиликсиз кирүү аракети",
        "Неудачных входов: {count} за {minutes} мин",
        "{count} failed logins within {minutes} min",
    ),
    "bulk-access": (
        "{minutes} мүнөттүн ичинде {count} жолу көрүү, басып чыгаруу же көчүрүү",
        "Просмотров, печати или копирования: {count} за {minutes} мин",
        "{count} views, prints or copies within {minutes} min",
    ),
    "voter-changed-repeatedly": (
        "{days} күндүн ичинде {count} жолу өзгөртүлдү; өзгөрткөндөр: {users}",
        "Изменений: {count} за {days} дн.; изменяли: {users}",
        "{count} changes by {users} within {days} days",
    ),
    "outside-hours": (
        "Бишкек убактысы менен саат {time}: {action}",
        "В {time} по времени Бишкека: {action}",
        "At {time} Bishkek time: {action}",
    ),
    "chain-break": ("{problems}", "{problems}", "{problems}"),
    "unregistered-medium": (
        "Катталбаган флешканы колдонууга аракет кылынды",
        "Попытка работать с незарегистрированной флешкой",
        "An unregistered drive was used",
    ),
    "infected-medium": (
        "Флешкадан вирус жуккан {infected} файл табылды",
        "Заражённых файлов на флешке: {infected}",
        "{infected} infected files on the drive",
    ),
    "older-backup-restored": (
        "Эски камдык көчүрмө калыбына келтирилди: {changes_lost} өзгөртүү жоголду",
        "Восстановлена более старая копия; потеряно изменений: {changes_lost}",
        "An older backup was restored: {changes_lost} changes given up",
    ),
    "claim-overdue": (
        "Арыз {filed_on} кабыл алынган, {days} күн бою чечим жок; жооп {answer_by} чейин берилиши керек эле",
        "Нет решения {days} дн. после приёма {filed_on}; ответ нужно было дать до {answer_by}",
        "No decision {days} days after intake on {filed_on}; the answer was due {answer_by}",
    ),
}

PROBLEMS: dict[Problem, tuple[str, str, str]] = {
    Problem.EDITED: ("окуя жазылгандан кийин өзгөртүлгөн", "событие изменено после записи", "an event was changed"),
    Problem.BROKEN_LINK: (
        "окуялар өчүрүлгөн, кошулган же орду алмашкан",
        "события удалены, вставлены или переставлены",
        "events deleted, inserted or reordered",
    ),
    Problem.SEQUENCE_GAP: ("окуянын номери жок", "пропущен номер события", "an event number is missing"),
    Problem.TRUNCATED: ("журналдын аягы кесилген", "конец журнала обрезан", "the log was cut short"),
    Problem.CHECKPOINT_MISMATCH: (
        "журнал кол коюлганынан башкача",
        "журнал отличается от подписанного",
        "the log differs from what was signed",
    ),
    Problem.CHECKPOINT_FORGED: ("журналдын колу жасалма", "подпись журнала подделана", "a signature is forged"),
    Problem.ROLLED_BACK: ("журнал мурунку абалга кайтарылган", "журнал откачен назад", "the log was rolled back"),
}
PROBLEM_LINE = ("{seq}-окуя: {problem}", "событие {seq}: {problem}", "event {seq}: {problem}")
SUBJECTS = {"audit-log": ("Аудит журналы", "Журнал аудита", "Audit log")}
UNREADABLE = ("чоо-жайы окулбай калды", "подробности не прочитаны", "the details cannot be read")


def _word(table: dict[Any, tuple[str, str, str]], key: str | enum.Enum, lang: str) -> str | None:
    words = table.get(key)
    return words[LANGUAGES.index(lang)] if words else None


def rule_word(rule: str, lang: str) -> str:
    """The name of an alert's rule; a rule this program does not know is shown as is."""
    return _word(RULE_NAMES, rule, lang) or rule


def subject_word(subject: str, lang: str) -> str:
    """The alert's subject: a login, a voter's record id or a drive as written; the log by name."""
    return _word(SUBJECTS, subject, lang) or subject


def alert_text(rule: str, detail: str, lang: str) -> str:
    """The stored alert's detail in the reader's words; English as stored when it cannot be read."""
    params, template = alert_params(rule, detail), _word(DETAILS, rule, lang)
    if params is None or template is None:
        return detail if lang == "en" else UNREADABLE[LANGUAGES.index(lang)]
    values = {**params, "users": ", ".join(map(str, params.get("users", [])))}
    values["action"] = action_word(str(params.get("action", "")), lang)
    values["problems"] = "; ".join(_problem(seq, problem, lang) for seq, problem in params.get("problems", []))
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        return detail if lang == "en" else UNREADABLE[LANGUAGES.index(lang)]


def _problem(seq: int, problem: str, lang: str) -> str:
    try:
        word = _word(PROBLEMS, Problem(problem), lang) or problem
    except ValueError:
        word = UNREADABLE[LANGUAGES.index(lang)]
    return PROBLEM_LINE[LANGUAGES.index(lang)].format(seq=seq, problem=word)


__all__ = ["DETAILS", "PROBLEMS", "RULES", "RULE_NAMES", "alert_text", "rule_word", "subject_word"]
