"""Field problems in words (issue 11, point 2): «Field: what is wrong; what to do», in ky/ru/en.

`app.messages.explain` hands an field-by-field `malformed` refusal here; the window uses
`field_problem_text` to put each problem beside its field.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from app import catalogue
from app.errors import AppError
from app.language import current_language, placeholders
from app.models.fields import FieldProblem
from app.models.vocabulary import ClaimType, Field, Sex, SpecialCategory

FIELD_PROBLEMS: dict[str, dict[str, str]] = {
    "required": {"ky": "толтурулган эмес; толтуруңуз", "ru": "не заполнено; заполните", "en": "empty; fill it in"},
    "too-long": {
        "ky": "{maximum} белгиден узун; кыскартыңыз",
        "ru": "длиннее {maximum} символов; сократите",
        "en": "longer than {maximum} characters; shorten it",
    },
    "bad-characters": {
        "ky": "уруксат жок белгилер бар; паспорттогудай тамгалар менен жазыңыз",
        "ru": "недопустимые символы; пишите буквами, как в паспорте",
        "en": "has characters that are not allowed; write it in letters as in the passport",
    },
    "not-a-date": {
        "ky": "чыныгы күн эмес; ЖЖЖЖ-АА-КК түрүндө жазыңыз",
        "ru": "не настоящая дата; введите в виде ГГГГ-ММ-ДД",
        "en": "not a real date; write it as YYYY-MM-DD",
    },
    "in-future": {
        "ky": "келечектеги күн; паспорттон текшериңиз",
        "ru": "дата в будущем; сверьте с паспортом",
        "en": "a date in the future; check it against the passport",
    },
    "too-old": {
        "ky": "1900-жылдан мурунку күн; паспорттон текшериңиз",
        "ru": "дата раньше 1900 года; сверьте с паспортом",
        "en": "a date before 1900; check it against the passport",
    },
    "under-age": {
        "ky": "шайлоо күнү ({on}) {age} жашка толбойт; мындай адам тизмеге кирбейт",
        "ru": "в день выборов ({on}) не исполнится {age} лет; такой человек не включается в список",
        "en": "not {age} years old on voting day ({on}); such a person is not put on the list",
    },
    "not-allowed": {
        "ky": "уруксат берилген маанилердин бири эмес; булардын бирин тандаңыз: {allowed}",
        "ru": "не из допустимых значений; выберите одно из: {allowed}",
        "en": "not one of the allowed values; choose one of: {allowed}",
    },
    "pin-invalid": {
        "ky": "ПИН туура эмес (14 сан, туулган күнү жана текшерүү саны); паспорттон текшериңиз",
        "ru": "ПИН неверен (14 цифр, дата рождения и контрольная цифра); сверьте с паспортом",
        "en": "the PIN is not valid (14 digits, the birth date and the check digit); check it against the passport",
    },
    "pin-birth-mismatch": {
        "ky": "ПИНдеги туулган күнгө дал келбейт; паспорттон текшериңиз",
        "ru": "не совпадает с датой рождения в ПИН; сверьте с паспортом",
        "en": "does not match the birth date in the PIN; check it against the passport",
    },
    "pin-sex-mismatch": {
        "ky": "ПИНдеги жынысына дал келбейт; паспорттон текшериңиз",
        "ru": "не совпадает с полом в ПИН; сверьте с паспортом",
        "en": "does not match the sex in the PIN; check it against the passport",
    },
    "duplicate": {
        "ky": "кайталанат ({line}-сап); ашыкчасын алып салыңыз",
        "ru": "повторяется (строка {line}); уберите лишнее",
        "en": "repeated (line {line}); remove the extra one",
    },
    "bad-phone": {
        "ky": "телефон номери туура эмес; +996 555 123 456 же 0555 123 456 түрүндө жазыңыз",
        "ru": "неверный номер телефона; введите в виде +996 555 123 456 или 0555 123 456",
        "en": "not a valid phone number; write it as +996 555 123 456 or 0555 123 456",
    },
    "nothing-requested": {
        "ky": "эч бир оңдоо көрсөтүлгөн жок; шайлоочу эмнени оңдоону суранганын жазыңыз",
        "ru": "не указано ни одного исправления; впишите, что избиратель просит исправить",
        "en": "no correction given; enter what the voter asks to correct",
    },
    "not-confirmed": {
        "ky": "текшерүү тастыкталган жок; паспортту текшерип, белгилеңиз",
        "ru": "проверка не подтверждена; проверьте паспорт и отметьте",
        "en": "the check is not confirmed; check the passport and tick it",
    },
}


def field_problem_text(problem: FieldProblem, lang: str | None = None) -> str:
    """«Field: what is wrong; what to do» for one problem, in `lang`."""
    lang = lang or current_language()
    template = FIELD_PROBLEMS[problem.problem.value][lang]
    values: dict[str, Any] = {name: "" for name in placeholders(template)}
    for key, value in problem.params.items():
        if key == "allowed" and isinstance(value, tuple):
            values[key] = ", ".join(_allowed_word(problem.field, v, lang) for v in value)
        elif isinstance(value, dt.date):
            values[key] = show_date(value, lang)
        else:
            values[key] = value
    return f"{catalogue.name(problem.field, lang)}: {template.format(**values)}"


def _allowed_word(field: Field, value: str, lang: str) -> str:
    kind = {Field.SEX: Sex, Field.SPECIAL_CATEGORY: SpecialCategory, Field.CLAIM_TYPE: ClaimType}.get(field)
    return catalogue.name_of(kind, value, lang) if kind else value


def show_date(day: dt.date, lang: str) -> str:
    """A date as its reader writes it: ky/ru DD.MM.YYYY, en YYYY-MM-DD."""
    return day.isoformat() if lang == "en" else day.strftime("%d.%m.%Y")


def explain_fields(error: AppError, lang: str) -> str:
    """The head line (with the file line when given) and every problem on its own line."""
    line = error.params.get("line")
    head = FIELDS_ON_LINE[lang].format(line=line) if line is not None else FIELDS_NO_LINE[lang]
    problems = error.params.get("problems", ())
    return "\n".join([head, *(f"- {field_problem_text(p, lang)}" for p in problems)])


FIELDS_NO_LINE = {
    "ky": "Талаалар туура эмес толтурулган; эч нерсе сакталган жок. Төмөнкүлөрдү оңдоп, кайра аракет кылыңыз:",
    "ru": "Поля заполнены неверно; ничего не сохранено. Исправьте следующее и повторите:",
    "en": "Some fields are wrong; nothing was saved. Fix the following and try again:",
}

FIELDS_ON_LINE = {
    "ky": "{line}-саптагы талаалар туура эмес; эч нерсе өзгөртүлгөн жок. Файлды оңдоп, кайра аракет кылыңыз:",
    "ru": "Поля в строке {line} неверны; ничего не изменено. Исправьте файл и повторите:",
    "en": "Fields on line {line} are wrong; nothing was changed. Fix the file and try again:",
}
