"""The receipt's wording in ky/ru/en: the second half of the one wording table (`wording.py`).

Names of values (the claim type, the place) come from `app.catalogue`; here are the receipt's
headings, labels and the plain-language guidance of R-CLM-6 and R-CLM-10, one paragraph per claim
type ("receipt.next.<type>").
"""

from __future__ import annotations

RECEIPT: dict[str, tuple[str, str, str]] = {
    "receipt.title": ("АРЫЗДЫ КАБЫЛ АЛУУ ТАЛОНУ", "ТАЛОН О ПРИЁМЕ ЗАЯВЛЕНИЯ", "CLAIM RECEIPT"),
    "receipt.voter_part": (
        "Арыз ээсинин нускасы (кесип алынуучу бөлүк)",
        "Экземпляр заявителя (отрывная часть)",
        "Voter's copy (tear-off)",
    ),
    "receipt.commission_part": (
        "Комиссиянын нускасы (арыз менен сакталат)",
        "Экземпляр комиссии (хранится с заявлением)",
        "Commission's copy (kept with the claim)",
    ),
    "receipt.cut": ("✂  кесүү сызыгы  ✂", "✂  линия отреза  ✂", "✂  cut here  ✂"),
    "receipt.duplicate": ("ДУБЛИКАТ / КАЙТАЛАНМА", "ДУБЛИКАТ", "DUPLICATE"),
    "receipt.number": ("Арыздын номери", "Номер заявления", "Claim number"),
    "receipt.filed": ("Кабыл алынган күнү, убактысы", "Дата и время приёма", "Received on"),
    "receipt.place": ("Кабыл алган комиссия", "Принявшая комиссия", "Received by"),
    "receipt.place_value": (
        "{place}, №{precinct} участок",
        "{place}, участок №{precinct}",
        "{place}, precinct No. {precinct}",
    ),
    "receipt.member": ("Кабыл алган комиссия мүчөсү", "Член комиссии, принявший заявление", "Commission member"),
    "receipt.voter": ("Арыз ээси", "Заявитель", "Voter"),
    "receipt.requested": ("Суралган оңдоолор", "Запрошенные исправления", "Corrections requested"),
    "receipt.answer_by": ("Жооп берилүүчү мөөнөт", "Срок ответа", "Answer due"),
    "receipt.answer_by_value": ("{date} чейин", "не позднее {date}", "by {date}"),
    "receipt.code": ("Текшерүү коду", "Код проверки", "Verification code"),
    "receipt.qr": ("QR: номер жана текшерүү коду", "QR: номер и код проверки", "QR: number and verification code"),
    "receipt.next": ("Мындан ары эмне болот", "Что будет дальше", "What happens next"),
    "receipt.next_common": (
        "Арызыңыз маалымат системасына ошол замат киргизилди жана аймактык шайлоо комиссиясына "
        "(АШК) жөнөтүлөт. АШК сиз көрсөткөн дарекке же байланышка кагаз же электрондук түрдө "
        "{date} чейин жооп берет.",
        "Ваше заявление сразу внесено в информационную систему и будет направлено в "
        "территориальную избирательную комиссию (ТИК). ТИК ответит вам на бумаге или электронно по "
        "указанному вами адресу или контакту не позднее {date}.",
        "Your claim was entered into the information system at once and goes to the "
        "territorial election commission (TEC). The TEC will answer you on paper or electronically, "
        "to the address or contact you gave, by {date}.",
    ),
    "receipt.next.correction": (
        "Текшерүү учурунда сиздин маалыматтарыңыз бөгөттөлөт. Ката тастыкталса, маалыматтар "
        "оңдолуп, бөгөт алынат; маалыматтар туура болсо, бөгөт дароо алынат.",
        "На время проверки ваши данные блокируются. Если ошибка подтвердится, данные "
        "исправят и разблокируют; если данные верны, блокировка сразу снимается.",
        "While the claim is checked your data is blocked. If the error is confirmed the "
        "data is corrected and unblocked; if the data is right it is unblocked at once.",
    ),
    "receipt.next.missing": (
        "Тизмеге кирүү үчүн паспортуңуз (ID-карта) менен төмөндөгү биометрикалык каттоо "
        "пункттарынын бирине барып, биометрикалык каттоодон өтүңүз. Андан кийин сиз жашаган жериңиз "
        "боюнча шайлоочулардын тизмесине киргизилесиз.",
        "Чтобы попасть в список, обратитесь с паспортом (ID-картой) в один из пунктов "
        "биометрической регистрации ниже и пройдите биометрическую регистрацию. После этого вас "
        "включат в список избирателей по месту жительства.",
        "To be included, bring your passport (ID card) to one of the biometric registration "
        "points below and complete biometric registration. You are then included in the voter list "
        "at your place of residence.",
    ),
    "receipt.next.address": (
        "Добуш берүү дарегиңиз өзгөртүлгөндөн кийин сиз жаңы участоктун тизмесинде болосуз.",
        "После изменения адреса голосования вы будете в списке нового участка.",
        "Once your voting address is changed you will be on the list of the new precinct.",
    ),
    "receipt.next.disability": (
        "Комиссия байланыш борбору аркылуу сиз башка участоктун тизмесинде барбы же эч бир "
        "тизмеде жокпу, текшерет. Арызга паспортуңуздун көчүрмөсү тиркелет.",
        "Комиссия проверяет через контакт-центр, есть ли вы в списке другого участка "
        "или ни в одном списке. К заявлению прилагается копия паспорта.",
        "The commission checks through the contact centre whether you are in another "
        "precinct's list or in no list. A copy of your passport is attached to the claim.",
    ),
    "receipt.next.institution": (
        "Мекеме жетекчисинин формасы шайлоочулардын тизмесин тактоо үчүн АШКга жөнөтүлөт.",
        "Форма руководителя учреждения направляется в ТИК для уточнения списка избирателей.",
        "The form from the head of the institution goes to the TEC to update the voter list.",
    ),
    "receipt.documents": (
        "Керектүү документ: паспорт (ID-карта). Бул талонду жооп алганга чейин сактаңыз.",
        "Необходимый документ: паспорт (ID-карта). Сохраните этот талон до получения ответа.",
        "Document needed: passport (ID card). Keep this receipt until you have the answer.",
    ),
    "receipt.status": ("Арыздын абалын кантип билүүгө болот", "Как узнать статус заявления", "How to learn the status"),
    "receipt.status_text": (
        "Тизме порталында «Шайлоочунун кабинети» бөлүмүндө арыздын номери боюнча, же ишеним телефону: {hotline}.",
        "На портале Тизме в разделе «Кабинет избирателя» («Шайлоочунун кабинети») по номеру "
        "заявления или по горячей линии: {hotline}.",
        "On the Tizme portal, section \u201cVoter's cabinet\u201d (\u201cШайлоочунун кабинети\u201d), "
        "by the claim number, or by the hotline: {hotline}.",
    ),
    "receipt.points": (
        "Жакынкы биометрикалык каттоо пункттары",
        "Ближайшие пункты биометрической регистрации",
        "Nearest biometric registration points",
    ),
    "receipt.no_points": (
        "Каттоо пункттарынын даректерин ишеним телефону аркылуу билиңиз: {hotline}.",
        "Адреса пунктов регистрации можно узнать по горячей линии: {hotline}.",
        "Ask the hotline for the registration points: {hotline}.",
    ),
    "receipt.voter_signature": ("Арыз ээсинин колу", "Подпись заявителя", "Voter's signature"),
    "receipt.member_signature": ("Комиссия мүчөсүнүн колу", "Подпись члена комиссии", "Member's signature"),
}
