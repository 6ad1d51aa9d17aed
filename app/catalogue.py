"""The name of every vocabulary value in Kyrgyz (default), Russian and English (issue 11, point 1).

One catalogue for printing, the command line and the window: `name(value, lang)` gives the
word a reader sees for a value of `app.models.vocabulary`. A test checks that every member of
every enum has a name in every language and that the ky/ru names carry no Latin words.
"""

from __future__ import annotations

import enum

from app.models.vocabulary import (
    AnswerChannel,
    ClaimStatus,
    ClaimType,
    ContactCheck,
    Decision,
    Field,
    Place,
    Role,
    Sex,
    SpecialCategory,
    Stage,
    VoterStatus,
)

LANGUAGES = ("ky", "ru", "en")
Names = dict[str, tuple[str, str, str]]  # value -> (ky, ru, en)

CATALOGUE: dict[type[enum.StrEnum], Names] = {
    ClaimType: {
        "correction": (
            "Тизмедеги шайлоочунун маалыматындагы ката",
            "Ошибка в данных избирателя из списка",
            "Error in a listed voter's data",
        ),
        "missing": ("Шайлоочу тизмеде жок", "Избирателя нет в списке", "Voter missing from the list"),
        "address": ("Добуш берүү дарегин өзгөртүү", "Изменение адреса голосования", "Change of voting address"),
        "disability": (
            "Тизмеде жок ден соолугунун мүмкүнчүлүгү чектелген шайлоочу",
            "Избиратель с инвалидностью, отсутствующий в списке",
            "Voter with a disability missing from the list",
        ),
        "institution": (
            "Мекеме жетекчисинин формасы",
            "Форма от руководителя учреждения",
            "Form from the head of an institution",
        ),
    },
    ClaimStatus: {
        "received": ("кабыл алынды", "принято", "received"),
        "sent": ("АШКга жөнөтүлдү", "отправлено в ТИК", "sent to the TEC"),
        "decided": ("чечим чыкты", "решено", "decided"),
        "informed": ("шайлоочуга кабарланды", "избиратель уведомлён", "voter informed"),
    },
    VoterStatus: {
        "active": ("тизмеде", "в списке", "listed"),
        "blocked": (
            "арыз текшерилгенче бөгөттөлгөн",
            "заблокирован до проверки заявления",
            "blocked while a claim is checked",
        ),
        "removed": ("тизмеден чыгарылган", "исключён из списка", "removed from the list"),
    },
    Role: {
        "member": ("комиссиянын мүчөсү", "член комиссии", "commission member"),
        "secretary": ("катчы", "секретарь", "secretary"),
        "chair": ("төрага", "председатель", "chair"),
        "sysadmin": ("системалык администратор", "системный администратор", "system administrator"),
        "auditor": ("аудитор", "аудитор", "auditor"),
    },
    Sex: {
        "F": ("аял", "женский", "female"),
        "M": ("эркек", "мужской", "male"),
    },
    SpecialCategory: {
        "": ("жок", "нет", "none"),
        "disability": ("ден соолугунун мүмкүнчүлүгү чектелген", "с инвалидностью", "with a disability"),
        "military": ("аскер бөлүгүндө", "в воинской части", "in a military unit"),
        "abroad": ("чет өлкөдө", "за рубежом", "abroad"),
        "hospital": ("ооруканада", "в больнице", "in hospital"),
        "custody": ("камакта", "под стражей", "in custody"),
        "shift": ("вахталык иште", "на вахте", "on shift work"),
    },
    Decision: {
        "accepted": ("канааттандырылды", "удовлетворено", "accepted"),
        "rejected": ("четке кагылды", "отказано", "rejected"),
    },
    AnswerChannel: {
        "paper": ("кагаз түрүндө", "на бумаге", "on paper"),
        "electronic": ("электрондук түрдө", "электронно", "electronically"),
        "in-person": ("жеке өзү", "лично", "in person"),
        "phone": ("телефон аркылуу", "по телефону", "by phone"),
    },
    Stage: {
        "preliminary": ("алдын ала тизме", "предварительный список", "preliminary list"),
        "control": ("текшерүү тизмеси", "контрольный список", "control list"),
        "final": ("акыркы тизме", "окончательный список", "final list"),
    },
    Place: {
        "PEC": ("УШК", "УИК", "PEC"),
        "TEC": ("АШК", "ТИК", "TEC"),
    },
    ContactCheck: {
        "A": ("башка участоктун тизмесинде бар", "есть в списке другого участка", "in another precinct's list"),
        "B": ("эч бир тизмеде жок", "нет ни в одном списке", "in no list"),
    },
    Field: {
        "pin": ("ПИН", "ПИН", "PIN"),
        "last_name": ("Фамилиясы", "Фамилия", "Surname"),
        "first_name": ("Аты", "Имя", "Name"),
        "patronymic": ("Атасынын аты", "Отчество", "Patronymic"),
        "birth_date": ("Туулган күнү", "Дата рождения", "Date of birth"),
        "sex": ("Жынысы", "Пол", "Sex"),
        "address": ("Дареги", "Адрес", "Address"),
        "precinct": ("Участок", "Участок", "Precinct"),
        "special_category": ("Өзгөчө категория", "Особая категория", "Special category"),
        "type": ("Арыздын түрү", "Вид заявления", "Type of claim"),
        "contact": ("Жооп үчүн байланыш", "Контакт для ответа", "Contact for the answer"),
        "institution": ("Мекеме", "Учреждение", "Institution"),
        "voter_name": ("Шайлоочунун аты-жөнү", "ФИО избирателя", "Voter's name"),
        "attachment": ("Тиркеме", "Приложение", "Attachment"),
        "reason": ("Себеби", "Причина", "Reason"),
        "fields": ("Оңдоолор", "Исправления", "Corrections"),
        "passport_checked": ("Паспорт текшерилди", "Паспорт проверен", "Passport checked"),
        "identified": ("Инсандыгы аныкталды", "Личность установлена", "Person identified"),
        "contact_check": ("Байланыш борборунун текшерүүсү", "Проверка контакт-центра", "Contact-centre check"),
        "place": ("Берилген жери", "Место подачи", "Place of filing"),
    },
}


def name(value: enum.StrEnum, lang: str) -> str:
    """The reader's word for a vocabulary value (`lang` one of LANGUAGES)."""
    return CATALOGUE[type(value)][value.value][LANGUAGES.index(lang)]


def name_of(kind: type[enum.StrEnum], raw: str, lang: str) -> str:
    """The word for a stored string of `kind`; a value outside the vocabulary is shown as is."""
    try:
        return name(kind(raw), lang)
    except ValueError:
        return raw


def names(kind: type[enum.StrEnum], lang: str) -> list[tuple[str, str]]:
    """(value, word) for every member of `kind`, in definition order (for choosers)."""
    return [(m.value, name(m, lang)) for m in kind]
