"""Field problems in words (issue 11, point 2): «Field: what is wrong; what to do», in ky/ru/en.

`app.messages.explain` hands an field-by-field `malformed` refusal here; the window uses
`field_problem_text` to put each problem beside its field.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from enum import StrEnum
from typing import Any

from app import catalogue
from app.errors import AppError
from app.language import current_language, placeholders
from app.models.fields import FieldProblem
from app.models.vocabulary import ClaimType, ContactCheck, Field, Place, Sex, SpecialCategory
from app.models.voter_csv import RowError

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
    "not-on-list": {
        "ky": "бул ПИН менен шайлоочу тизмеде жок; ПИНди паспорттон текшериңиз же «тизмеде жок» арызын алыңыз",
        "ru": "избирателя с этим ПИН нет в списке; сверьте ПИН с паспортом или примите заявление «нет в списке»",
        "en": "no voter with this PIN is on the list; check the PIN against the passport or take a «missing» claim",
    },
    "on-list": {
        "ky": "бул шайлоочу тизмеде бар; маалыматтагы ката же дарек боюнча арыз кабыл алыңыз",
        "ru": "этот избиратель есть в списке; примите заявление об ошибке в данных или об изменении адреса",
        "en": "this voter is on the list; take a claim about an error in the data or a change of address",
    },
    "not-for-type": {
        "ky": "бул талаа «{type}» арызына гана тиешелүү; бош калтырыңыз",
        "ru": "это поле только для заявления «{type}»; оставьте его пустым",
        "en": "this field belongs only to a «{type}» claim; leave it empty",
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
        elif key == "type" and isinstance(value, str):
            values[key] = catalogue.name_of(ClaimType, value, lang)
        elif isinstance(value, dt.date):
            values[key] = show_date(value, lang)
        else:
            values[key] = value
    return f"{catalogue.name(problem.field, lang)}: {template.format(**values)}"


def _allowed_word(field: Field, value: str, lang: str) -> str:
    kind = _KINDS.get(field)
    return catalogue.name_of(kind, value, lang) if kind else value


_KINDS: dict[Field, type[StrEnum]] = {
    Field.SEX: Sex, Field.SPECIAL_CATEGORY: SpecialCategory, Field.CLAIM_TYPE: ClaimType, Field.CORRECTIONS: Field,
    Field.CONTACT_CHECK: ContactCheck, Field.PLACE: Place,
}  # fmt: skip


def show_date(day: dt.date, lang: str) -> str:
    """A date as its reader writes it: ky/ru DD.MM.YYYY, en YYYY-MM-DD."""
    return day.isoformat() if lang == "en" else day.strftime("%d.%m.%Y")


def explain_fields(error: AppError, lang: str) -> str:
    """The head line (with the file line when given) and every problem on its own line."""
    if "lines" in error.params:
        return explain_lines(error, lang)
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


def explain_lines(error: AppError, lang: str) -> str:
    """A file refused line by line: the head naming the file, each reported line with every
    problem, and how many more bad lines there are."""
    out = [FIELDS_IN_FILE[lang].format(file=error.params.get("file", "-"))]
    for row in error.params["lines"]:
        if isinstance(row, RowError):
            out += _row_lines(row, lang)
    more = error.params.get("more", 0)
    if more:
        out.append(MORE_LINES[lang].format(more=more))
    return "\n".join(out)


def _row_lines(row: RowError, lang: str) -> list[str]:
    head = LINE[lang].format(line=row.line)
    if row.file_problem is not None:
        template = FILE_PROBLEMS[row.file_problem.value][lang]
        values: dict[str, Any] = {name: row.params.get(name, "") for name in placeholders(template)}
        return [f"{head} {template.format(**values)}"]
    return [head, *(f"  - {field_problem_text(p, lang)}" for p in row.problems)]


FIELDS_IN_FILE = {
    "ky": "«{file}» файлында туура эмес саптар бар; эч нерсе өзгөртүлгөн жок. Оңдоп, кайра аракет кылыңыз:",
    "ru": "В файле «{file}» есть неверные строки; ничего не изменено. Исправьте следующее и повторите:",
    "en": "The file «{file}» has wrong lines; nothing was changed. Fix the following and try again:",
}
LINE = {"ky": "{line}-сап:", "ru": "строка {line}:", "en": "line {line}:"}
MORE_LINES = {
    "ky": "... жана дагы {more} сап туура эмес",
    "ru": "... и ещё строк с ошибками: {more}",
    "en": "... and {more} more wrong lines",
}
FILE_PROBLEMS: dict[str, dict[str, str]] = {
    "file-too-large": {
        "ky": "файл өтө чоң ({maximum} байттан ашык); тизмени бөлүп бериңиз",
        "ru": "файл слишком большой (больше {maximum} байт); разделите список",
        "en": "the file is too large (over {maximum} bytes); split the list",
    },
    "not-utf8": {
        "ky": "{column}-орунда UTF-8 эмес белги; файлды UTF-8 коддоосунда кайра сактаңыз",
        "ru": "в позиции {column} символ не в кодировке UTF-8; сохраните файл в UTF-8",
        "en": "a byte that is not UTF-8 at column {column}; save the file as UTF-8",
    },
    "bad-header": {
        "ky": "биринчи сапта мамычалардын аттары үлгүдөгүдөй болушу керек; үлгүдөн көчүрүңүз",
        "ru": "первая строка должна содержать названия столбцов как в образце; скопируйте её из образца",
        "en": "the first line must name the columns as in the template ({header}); copy it from the template",
    },
    "field-count": {
        "ky": "{count} талаа, {expected} болушу керек; үтүрлөрдү текшериңиз",
        "ru": "полей {count}, а должно быть {expected}; проверьте запятые",
        "en": "{count} fields, expected {expected}; check the commas",
    },
    "csv-syntax": {
        "ky": "тырмакчалар туура эмес коюлган; талааны тырмакчага алыңыз, ичиндеги тырмакчаны эки жолу жазыңыз",
        "ru": "кавычки расставлены неверно; заключите поле в кавычки, а кавычку внутри удвойте",
        "en": "the quotes are wrong; quote the field and double a quote inside it",
    },
}


def held_back_lines(number: str, problems: Iterable[FieldProblem], lang: str | None = None) -> list[str]:
    """A claim the central side held back at ingest: the head naming it, then each problem."""
    lang = lang or current_language()
    return [HELD_BACK[lang].format(number=number), *(f"- {field_problem_text(p, lang)}" for p in problems)]


HELD_BACK = {
    "ky": "{number} арызы кармалып калды, кабыл алынган жок; УШК менен байланышып, оңдотуңуз:",
    "ru": "Заявление {number} задержано и не принято; свяжитесь с УИК, чтобы его исправить:",
    "en": "Claim {number} was held back, not received; contact the PEC to have it corrected:",
}
