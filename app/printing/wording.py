"""The wording of every printed document in Kyrgyz (default), Russian and English: one table.

Headings, field labels and sentences of the receipt, the letters, the extract, the notice and the
list for posting live here, keyed "<document>.<what>"; `say(lang, key, **params)` gives one. The
names of vocabulary values (claim types, statuses, roles, sexes, decisions, places, stages...) and
of the form's fields are not here: they come from `app.catalogue`, as in the window and the CLI.
The receipt's longer sentences are in `wording_receipt.py`, the second half of this same table.

At import, every entry is checked to have its three languages with the same placeholders; a test
checks that the ky and ru wording carries no Latin word beyond the abbreviations printed on
Kyrgyz documents as they are (QR, ID, UTC).
"""

from __future__ import annotations

from app.language import LANGUAGES, placeholders
from app.printing.wording_receipt import RECEIPT

Wording = dict[str, tuple[str, str, str]]  # key -> (ky, ru, en)

COMMON: Wording = {
    "footer.user": ("Басып чыгарган", "Напечатал", "Printed by"),
    "footer.time": ("Убакыты", "Время", "Time"),
    "footer.page": ("Барак", "Страница", "Page"),
    "empty": ("—", "—", "—"),
    "format.date": ("%d.%m.%Y", "%d.%m.%Y", "%Y-%m-%d"),  # as the window shows dates (app.field_messages)
    "letter.precinct": (
        "№{precinct} участкалык шайлоо комиссиясы",
        "Участковая избирательная комиссия №{precinct}",
        "Precinct election commission No. {precinct}",
    ),
    "letter.to": ("Кимге: {name}", "Кому: {name}", "To: {name}"),
    "letter.contact": ("Байланыш: {contact}", "Контакт: {contact}", "Contact: {contact}"),
    "letter.greeting": ("Урматтуу {name}!", "Уважаемый(ая) {name}!", "Dear {name},"),
    "letter.signer": ("Комиссиянын атынан", "От имени комиссии", "For the commission"),
    "letter.appeal": (
        "Бул чечимге мыйзамда белгиленген тартипте даттанууга укугуңуз бар.",
        "Вы вправе обжаловать это решение в порядке, установленном законом.",
        "You may appeal this decision in the manner the law provides.",
    ),
}

ANSWER: Wording = {
    "answer.title": ("АРЫЗГА ЖООП", "ОТВЕТ НА ЗАЯВЛЕНИЕ", "ANSWER TO YOUR CLAIM"),
    "answer.considered": (
        "Сиздин {filed} №{number} арызыңыз («{type}») {decided_by} тарабынан {decided_on} каралды.",
        "Ваше заявление №{number} от {filed} («{type}») рассмотрено: {decided_by}, {decided_on}.",
        "Your claim No. {number} of {filed} (“{type}”) was considered by {decided_by} on {decided_on}.",
    ),
    "answer.decision": ("Чечим: {decision}.", "Решение: {decision}.", "Decision: {decision}."),
    "answer.accepted": (
        "Сиздин маалыматтарыңыз оңдолду жана бөгөт алынды.",
        "Ваши данные исправлены и разблокированы.",
        "Your data has been corrected and unblocked.",
    ),
    "answer.corrections": ("Азыркы маалыматтар:", "Данные теперь:", "Your data now reads:"),
    "answer.reason": ("Себеби: {reason}", "Причина: {reason}", "Reason: {reason}"),
    "answer.check": (
        "Тизмедеги маалыматтарыңызды Тизме порталындагы «Шайлоочунун кабинети» бөлүмүнөн текшере аласыз.",
        "Проверить свои данные в списке можно на портале Тизме в разделе «Кабинет избирателя».",
        "You can check your data in the list on the Tizme portal, section “Voter's cabinet”.",
    ),
    "answer.hotline": ("Ишеним телефону: {hotline}.", "Горячая линия: {hotline}.", "Hotline: {hotline}."),
}

ACCESS: Wording = {
    "access.title": (
        "ЖЕКЕ МААЛЫМАТТАР ЖӨНҮНДӨ МААЛЫМКАТ",
        "СВЕДЕНИЯ О ПЕРСОНАЛЬНЫХ ДАННЫХ",
        "EXTRACT OF PERSONAL DATA HELD",
    ),
    "access.confidential": ("КУПУЯ", "КОНФИДЕНЦИАЛЬНО", "CONFIDENTIAL"),
    "access.request": (
        "Суроо-талап №{number}, {received} алынган; жооп берүү мөөнөтү: {answer_by}",
        "Запрос №{number}, получен {received}; срок ответа: {answer_by}",
        "Request No. {number}, received {received}; answer due {answer_by}",
    ),
    "access.subject": ("Маалымат ээси: {name}", "Субъект данных: {name}", "Data subject: {name}"),
    "access.intro": (
        "Сиздин суроо-талабыңыз боюнча комиссияда сиз жөнүндө сакталган бардык маалыматтар:",
        "По вашему запросу: все данные о вас, хранящиеся в комиссии:",
        "As you asked, all the data about you that the commission holds:",
    ),
    "access.approved": (
        "Купуя маалыматтарды басып чыгарууга уруксат берген: {name}",
        "Печать конфиденциальных данных разрешил(а): {name}",
        "Printing of confidential data approved by: {name}",
    ),
    "access.section.record": (
        "Шайлоочулардын тизмесиндеги жазуу",
        "Запись в списке избирателей",
        "Entry in the voter list",
    ),
    "access.section.claims": ("Арыздар", "Заявления", "Claims"),
    "access.section.attachments": ("Тиркемелер", "Приложения", "Attachments"),
    "access.section.processing": ("Иштетүү тарыхы", "История обработки", "Processing history"),
    "access.status": ("Абалы", "Статус", "Status"),
    "access.claim": ("№{number} арыз боюнча", "по заявлению №{number}", "on claim No. {number}"),
    "refusal.title": (
        "ЖЕКЕ МААЛЫМАТТАРДЫ БЕРҮҮДӨН ЖҮЙӨЛҮҮ БАШ ТАРТУУ",
        "МОТИВИРОВАННЫЙ ОТКАЗ В ПРЕДОСТАВЛЕНИИ ПЕРСОНАЛЬНЫХ ДАННЫХ",
        "REASONED REFUSAL OF A REQUEST FOR PERSONAL DATA",
    ),
    "refusal.intro": (
        "Сиздин суроо-талабыңыз каралды. Комиссия суралган маалыматтарды берүүдөн баш тартат.",
        "Ваш запрос рассмотрен. Комиссия отказывает в предоставлении запрошенных сведений.",
        "Your request was considered. The commission refuses to provide the data requested.",
    ),
    "refusal.reason": ("Баш тартуунун себеби:", "Причина отказа:", "Reason for the refusal:"),
    "refusal.legal_basis": ("Укуктук негизи: {basis}", "Правовое основание: {basis}", "Legal basis: {basis}"),
    "refusal.appeal": (
        "Бул баш тартууга мыйзамда белгиленген тартипте даттанууга укугуңуз бар.",
        "Вы вправе обжаловать этот отказ в порядке, установленном законом.",
        "You may appeal this refusal in the manner the law provides.",
    ),
}

NOTICE_AND_LIST: Wording = {
    "destruction.title": (
        "ЖЕКЕ МААЛЫМАТТАРДЫН ЖОК КЫЛЫНГАНДЫГЫ ЖӨНҮНДӨ БИЛДИРҮҮ",
        "УВЕДОМЛЕНИЕ ОБ УНИЧТОЖЕНИИ ПЕРСОНАЛЬНЫХ ДАННЫХ",
        "NOTICE OF DESTRUCTION OF PERSONAL DATA",
    ),
    "destruction.text": (
        "№{number} арыз боюнча текшерүүнүн жыйынтыгында {decided_by} {decided_on} чечими менен сиз "
        "жөнүндө мыйзамсыз чогултулган маалыматтар {destroyed} жок кылынды.",
        "По итогам проверки по заявлению №{number} решением: {decided_by}, {decided_on}, незаконно "
        "собранные данные о вас уничтожены {destroyed}.",
        "Following the check of claim No. {number}, by decision of {decided_by} of {decided_on}, "
        "data about you that had been collected unlawfully was destroyed on {destroyed}.",
    ),
    "destruction.categories": (
        "Жок кылынган маалыматтардын түрлөрү:",
        "Категории уничтоженных данных:",
        "Categories of data destroyed:",
    ),
    "posting.title": ("ШАЙЛООЧУЛАРДЫН ТИЗМЕСИ", "СПИСОК ИЗБИРАТЕЛЕЙ", "VOTER LIST"),
    "posting.precinct": ("№{precinct} шайлоо участогу", "Избирательный участок №{precinct}", "Precinct No. {precinct}"),
    "posting.posted_on": (
        "Таанышуу үчүн илинген күнү: {date}",
        "Вывешен для ознакомления: {date}",
        "Posted for review on {date}",
    ),
    "posting.hint": (
        "Ката тапсаңыз, участкалык шайлоо комиссиясына арыз бериңиз.",
        "Если вы нашли ошибку, подайте заявление в участковую избирательную комиссию.",
        "If you find an error, file a claim with the precinct election commission.",
    ),
    "posting.number": ("№", "№", "No."),
    "posting.name": ("Фамилиясы, аты, атасынын аты", "Фамилия, имя, отчество", "Full name"),
}

WORDING: Wording = {**COMMON, **ANSWER, **ACCESS, **NOTICE_AND_LIST, **RECEIPT}


def _check(table: Wording, parts: int) -> None:
    if len(table) != parts:
        raise AssertionError("a wording key is defined twice")
    for key, texts in table.items():
        if len(texts) != len(LANGUAGES) or not all(texts):
            raise AssertionError(f"wording {key!r} lacks a language")
        if len({frozenset(placeholders(text)) for text in texts}) != 1:
            raise AssertionError(f"wording {key!r} has different placeholders across languages")


_check(WORDING, len(COMMON) + len(ANSWER) + len(ACCESS) + len(NOTICE_AND_LIST) + len(RECEIPT))


def say(lang: str, key: str, **params: object) -> str:
    """The wording `key` in `lang`, its placeholders filled from `params`."""
    text = WORDING[key][LANGUAGES.index(lang)]
    return text.format(**params) if params else text
