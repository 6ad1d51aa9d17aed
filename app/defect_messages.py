"""What is wrong, in words (issue 11, point 2): every `Defect` and `Part` in ky/ru/en.

`app.messages.explain` puts `defect_text(params, lang)` where a reason's message says `{detail}`:
«the part: what is wrong», the verbatim values (`app.errors.VERBATIM`) inserted as they are and
vocabulary values named from `app.catalogue`. A test renders every entry in ky and ru and finds
no English words and no requirement id in them.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any

from app import catalogue
from app.errors import Defect, Part
from app.language import LANGUAGES, placeholders

Words = tuple[str, str, str]  # ky, ru, en

DEFECTS: dict[Defect, Words] = {
    Defect.NOT_FOUND: ("файл жок же окулбайт", "файла нет или он не читается", "no such file, or it cannot be read"),
    Defect.NOT_A_DIRECTORY: ("папка эмес", "это не папка", "not a directory"),
    Defect.NOT_A_FILE: ("кадимки файл эмес", "это не обычный файл", "not a regular file"),
    Defect.SYMLINK: (
        "символдук шилтеме (ал ачылбайт)",
        "символическая ссылка (по ней не переходят)",
        "a symbolic link (never followed)",
    ),
    Defect.NOT_PRIVATE: (
        "бул колдонуучунун жеке папкасы эмес",
        "это не личная папка этого пользователя",
        "not this user's private directory",
    ),
    Defect.NOT_ON_DRIVE: (
        "{name} флешкада текшерилген файлдардын арасында жок",
        "{name} нет среди проверенных файлов носителя",
        "{name} was not among the scanned files",
    ),
    Defect.NEW_FILE_NEEDED: (
        "бар папкадагы жаңы файлдын атын бериңиз",
        "укажите новое имя файла в существующей папке",
        "give a new file name in an existing folder",
    ),
    Defect.OS_ERROR: (
        "операциялык системанын катасы {code}",
        "ошибка операционной системы {code}",
        "operating-system error {code}",
    ),
    Defect.PERMISSION: ("система кирүүгө уруксат бербейт", "система не даёт доступа", "the system denies access"),
    Defect.NO_SPACE: ("дискте орун жок", "на диске нет места", "no space left on the disk"),
    Defect.READ_ONLY: ("диск окуу үчүн гана", "диск только для чтения", "the disk is read-only"),
    Defect.OVER_LIMIT: ("{limit} байттан ашык", "больше {limit} байт", "more than {limit} bytes"),
    Defect.TOO_SHORT: (
        "бар болгону {size} байт, өтө кыска",
        "всего {size} байт, слишком короткий",
        "only {size} bytes, too short",
    ),
    Defect.WRONG_MAGIC: (
        "PEC Desk файлы эмес же башка түрдөгү файл",
        "это не файл PEC Desk или файл другого вида",
        "not a PEC Desk file of this kind",
    ),
    Defect.TRUNCATED: ("аягына чейин жетпей үзүлгөн", "обрывается раньше конца", "ends before it should (cut short)"),
    Defect.SIZE_MISMATCH: (
        "{size} байт, {expected} байт болушу керек",
        "{size} байт вместо {expected}",
        "{size} bytes where {expected} are expected",
    ),
    Defect.COUNT_MISMATCH: (
        "{count} жазуу, {expected} болушу керек",
        "записей {count} вместо {expected}",
        "{count} records where {expected} are declared",
    ),
    Defect.TRAILING_DATA: (
        "аягынан кийин ашыкча байттар бар",
        "после конца есть лишние байты",
        "extra bytes after the end",
    ),
    Defect.CHANGED: (
        "окуп жатканда файл өзгөрдү",
        "файл изменился во время чтения",
        "the file changed while it was read",
    ),
    Defect.NOT_UTF8: ("{offset}-байттан баштап UTF-8 эмес", "не UTF-8 с байта {offset}", "not UTF-8 at byte {offset}"),
    Defect.NOT_JSON: ("JSON эмес", "не JSON", "not JSON"),
    Defect.NOT_OBJECT: ("бир JSON объектиси эмес", "не один объект JSON", "not one JSON object"),
    Defect.DUPLICATE_KEY: (
        "«{key}» ачкычы эки жолу жазылган",
        "ключ «{key}» повторяется",
        "the key '{key}' is repeated",
    ),
    Defect.NOT_INTEGER: (
        "бүтүн эмес же өтө узун сан",
        "число не целое или слишком длинное",
        "a number that is not a whole number or is too long",
    ),
    Defect.NOT_CANONICAL: ("канондук түрдө жазылган эмес", "записан не в каноническом виде", "not in canonical form"),
    Defect.UNKNOWN_FIELD: ("белгисиз «{key}» талаасы", "неизвестное поле «{key}»", "unknown field '{key}'"),
    Defect.MISSING_FIELD: ("«{key}» талаасы жок", "нет поля «{key}»", "the field '{key}' is missing"),
    Defect.WRONG_TYPE: (
        "«{key}» талаасынын түрү туура эмес",
        "поле «{key}» неверного типа",
        "the field '{key}' has the wrong type",
    ),
    Defect.FIELD_TOO_LONG: (
        "«{key}» талаасы {limit} белгиден узун",
        "поле «{key}» длиннее {limit} символов",
        "the field '{key}' is longer than {limit} characters",
    ),
    Defect.OUT_OF_RANGE: (
        "«{key}» талаасы чектен чыгат",
        "поле «{key}» вне допустимых пределов",
        "the field '{key}' is out of range",
    ),
    Defect.BAD_FIELD: ("«{key}» талаасы туура эмес", "поле «{key}» неверно", "the field '{key}' is not valid"),
    Defect.BAD_FIELDS: ("талаалары туура эмес", "поля неверны", "its fields are not valid"),
    Defect.BAD_CHARACTERS: (
        "текстте уруксат жок белгилер бар",
        "в тексте недопустимые символы",
        "the text holds characters that are not allowed",
    ),
    Defect.NO_KIND: ("жазуунун түрү көрсөтүлгөн эмес", "не указан тип записи", "the record's type is missing"),
    Defect.UNKNOWN_KIND: ("белгисиз «{kind}» түрү", "неизвестный тип «{kind}»", "unknown type '{kind}'"),
    Defect.KIND_NOT_HERE: (
        "«{kind}» түрү бул жерде болбойт",
        "тип «{kind}» здесь недопустим",
        "a '{kind}' does not belong here",
    ),
    Defect.OUT_OF_ORDER: (
        "«{kind}» жазуусу өз ордунда эмес",
        "запись «{kind}» не на своём месте",
        "a '{kind}' record out of order",
    ),
    Defect.BAD_VERSION: (
        "{version}-версия колдоого алынбайт",
        "версия {version} не поддерживается",
        "version {version} is not supported",
    ),
    Defect.BAD_TIME: ("убактысы туура эмес", "неверное время", "the time is not valid"),
    Defect.NOT_BASE64: ("base64 коду туура эмес", "неверный код base64", "not valid base64"),
    Defect.BAD_PARTS: (
        "бөлүктөрүнүн номерлери же өлчөмдөрү туура эмес",
        "неверные номера или размеры частей",
        "parts numbered or sized wrongly",
    ),
    Defect.HASH_MISMATCH: ("өлчөмү же хэши дал келбейт", "размер или хэш не совпадает", "the size or hash differs"),
    Defect.BAD_SIGNATURE: ("колу текшерүүдөн өтпөйт", "подпись не проходит проверку", "the signature does not verify"),
    Defect.ALTERED: (
        "шифрлөө текшерүүдөн өтпөйт: өзгөртүлгөн же бузулган",
        "шифрование не проходит проверку: изменено или повреждено",
        "the encryption does not check out: altered or damaged",
    ),
    Defect.OTHER_SIGNER: (
        "күтүлгөн ачкыч менен кол коюлган эмес",
        "подписано не ожидаемым ключом",
        "not signed by the expected key",
    ),
    Defect.ROOT_KEY_MISUSED: (
        "башкы ачкыч ишеним тизмелерине гана кол коёт, файлдарга эмес",
        "корневой ключ подписывает только списки доверия, не файлы",
        "the root key signs trust bundles only, not files",
    ),
    Defect.NO_CENTRAL_KEYS: (
        "борбордун ачкычтары али белгисиз: файлдын жанына {name} коюңуз",
        "ключи центра ещё неизвестны: положите рядом с файлом {name}",
        "no central keys are known yet: put {name} beside the file",
    ),
    Defect.KEY_REVOKED: ("{key}… ачкычы чакыртылып алынган", "ключ {key}… отозван", "key {key}… has been revoked"),
    Defect.KEY_NOT_CERTIFIED: (
        "{key}… ачкычын борбордун башкы ачкычы тастыктаган эмес",
        "ключ {key}… не заверен корневым ключом центра",
        "key {key}… is not certified by the central root",
    ),
    Defect.KEY_WRONG_USE: (
        "{key}… ачкычы башка максат үчүн тастыкталган",
        "ключ {key}… заверен для другой цели",
        "key {key}… is certified for another use",
    ),
    Defect.KEY_NOT_VALID: (
        "{key}… ачкычы {at} убагында жарактуу эмес",
        "ключ {key}… недействителен на {at}",
        "key {key}… is not valid at {at}",
    ),
    Defect.NO_VALID_KEY: (
        "борбордун бул максат үчүн жарактуу ачкычы жок",
        "у центра нет действующего ключа для этой цели",
        "no valid central key for this use",
    ),
    Defect.OTHER_RECIPIENT: (
        "башка түзмөк үчүн шифрленген",
        "зашифровано для другого устройства",
        "encrypted to another device",
    ),
    Defect.OTHER_PRECINCT: (
        "{found} участогу үчүн, бул {expected} участогу",
        "для участка {found}, а это участок {expected}",
        "for precinct {found}, this is {expected}",
    ),
    Defect.OTHER_ELECTION: (
        "{found} шайлоосу үчүн, бул {expected}",
        "для выборов {found}, а здесь {expected}",
        "for election {found}, this is {expected}",
    ),
    Defect.OTHER_DEVICE: (
        "{found} түзмөгүндө жасалган, бул {expected}",
        "сделано на устройстве {found}, а это {expected}",
        "made on device {found}, this is {expected}",
    ),
    Defect.OTHER_STORE: (
        "башка участоктун маалымат базасынан жасалган",
        "сделано из базы данных другого участка",
        "made of another precinct store",
    ),
    Defect.UNKNOWN_EVENTS: (
        "бул түзмөктө жок аудит окуяларын атайт",
        "называет события аудита, которых нет на этом устройстве",
        "names audit events this device does not have",
    ),
    Defect.NEWER_SCHEMA: (
        "программанын жаңыраак версиясы жасаган (схема {version})",
        "сделано более новой версией программы (схема {version})",
        "made by a newer version of the program (schema {version})",
    ),
    Defect.BROKEN_REFERENCE: (
        "{version}-жаңыртуу шилтемелерди бузду",
        "обновление {version} нарушило ссылки",
        "update {version} broke a reference",
    ),
    Defect.DAMAGED: ("бузулган ({code})", "повреждено ({code})", "damaged ({code})"),
    Defect.UNSUPPORTED_CIPHER: (
        "шифрлөө китепканасынын версиясы туура эмес ({version})",
        "неподходящая версия библиотеки шифрования ({version})",
        "an unsuitable version of the encryption library ({version})",
    ),
    Defect.ALREADY_APPLIED: (
        "{seq}-файл, бирок бул жерде {last}-файлга чейин колдонулган",
        "файл {seq}, а здесь уже применён {last}",
        "file {seq}, but {last} is already applied here",
    ),
    Defect.MISSING_BEFORE: (
        "{seq}-файл келди, {first}–{last} файлдары жетишпейт",
        "пришёл файл {seq}, не хватает файлов {first}–{last}",
        "file {seq} arrived, {first}–{last} missing",
    ),
    Defect.NOT_CONTINUING: (
        "{seq}-файл акыркы колдонулган файлдын уландысы эмес",
        "файл {seq} не продолжает последний применённый",
        "file {seq} does not continue the last one applied",
    ),
    Defect.VALID_UNTIL: (
        "{until} чейин жарактуу эле, азыр {now}",
        "действителен до {until}, сейчас {now}",
        "valid until {until}, now {now}",
    ),
    Defect.CREATED_AT: (
        "түзүлгөн убактысы {created}, азыр {now}",
        "создан {created}, сейчас {now}",
        "created {created}, now {now}",
    ),
    Defect.AUDIT_ENDS_EARLY: (
        "аудит журналы {found}-окуяда бүтөт, бул түзмөк {seq}-окуяга жеткен",
        "журнал аудита кончается на событии {found}, устройство дошло до {seq}",
        "the audit log ends at event {found}; this device had reached event {seq}",
    ),
    Defect.AUDIT_REPLACED: (
        "{seq}-аудит окуясы бул түзмөк жазгандай эмес (журнал алмаштырылган)",
        "событие аудита {seq} не то, что записало устройство (журнал заменён)",
        "audit event {seq} is not the one this device recorded (its log was replaced)",
    ),
    Defect.CLAIMS_BEHIND: (
        "{prefix} арыздары {found} менен бүтөт, бул түзмөк {expected} чейин берген",
        "заявления {prefix} кончаются на {found}, устройство выдало до {expected}",
        "claims {prefix} end at {found}; this device had issued {expected}",
    ),
    Defect.BATCHES_BEHIND: (
        "пакеттер {found} менен бүтөт, бул түзмөк {expected}-пакетти жазган",
        "пакеты кончаются на {found}, устройство записало пакет {expected}",
        "batches end at {found}; this device had written batch {expected}",
    ),
    Defect.NOT_BEHIND: (
        "маалымат базасы түзмөктүн жазуусунан артта эмес: калыбына келтире турган эч нерсе жок",
        "база данных не отстаёт от записи устройства: восстанавливать нечего",
        "the store is not behind the device's record: nothing to recover",
    ),
    Defect.OLDER_BACKUP: (
        "{at} жасалган; андан бери {count} өзгөртүү жазылган",
        "сделана {at}; с тех пор записано изменений: {count}",
        "made {at}; {count} changes recorded since",
    ),
    Defect.UNKNOWN_SETTING: ("белгисиз «{key}» жөндөөсү", "неизвестная настройка «{key}»", "unknown setting '{key}'"),
    Defect.NOT_WHOLE_NUMBER: ("бүтүн сан эмес ({value})", "не целое число ({value})", "not a whole number ({value})"),
    Defect.NO_VOTING_DAY: (
        "добуш берүү күнү туура эмес ({value})",
        "неверный день голосования ({value})",
        "no valid voting day ({value})",
    ),
    Defect.UNKNOWN_ROLE: (
        "«{login}» эсебинин ролу белгисиз",
        "у учётной записи «{login}» неизвестная роль",
        "account '{login}' has an unknown role",
    ),
    Defect.SHORT_PASSWORD: (
        "«{login}» эсебинин {minimum} белгиден узун бир жолку сырсөзү жок",
        "у учётной записи «{login}» нет одноразового пароля от {minimum} символов",
        "account '{login}' has no one-time password of {minimum}+ characters",
    ),
    Defect.BAD_LOGIN: (
        "«{login}» логини латын тамгаларынан, сандардан же _ белгисинен гана турушу керек",
        "логин «{login}» должен состоять из латинских букв, цифр или _",
        "the login '{login}' must be Latin letters, digits or _",
    ),
    Defect.DUPLICATE_ACCOUNT: (
        "«{login}» эсеби эки жолу жазылган",
        "учётная запись «{login}» повторяется",
        "account '{login}' appears twice",
    ),
    Defect.NO_SYSADMIN: (
        "системалык администратордун эсеби жок",
        "нет учётной записи системного администратора",
        "no system administrator account",
    ),
    Defect.BAD_DECISION: (
        "чечим «кабыл алынды» же «четке кагылды» гана болот",
        "решение может быть только «принято» или «отклонено»",
        "a decision is accepted or rejected",
    ),
    Defect.BAD_VOTER: (
        "{pin}… шайлоочусунун талаалары туура эмес: {keys}",
        "неверные поля избирателя {pin}…: {keys}",
        "voter {pin}… has invalid fields: {keys}",
    ),
    Defect.UNKNOWN_VOTER: (
        "мындай шайлоочу тизмеде жок",
        "такого избирателя нет в списке",
        "no such voter on the list",
    ),
    Defect.UNKNOWN_CLAIM: (
        "{claim} арызы бул жерде жок",
        "заявления {claim} здесь нет",
        "there is no claim {claim} here",
    ),
    Defect.MISSING_RECORDS: ("жетишпейт: {keys}", "не хватает: {keys}", "missing: {keys}"),
    Defect.BAD_PRECINCT_NUMBER: (
        "участоктун номери латын тамгаларынан, сандардан, «.», «_» же «-» гана турат",
        "номер участка состоит только из латинских букв, цифр, «.», «_» или «-»",
        "the precinct number is Latin letters, digits, '.', '_' or '-'",
    ),
    Defect.NO_SIGNATURE_FILES: (
        "{path} ичинде вирус колтамгаларынын базасынын файлдары жок",
        "в {path} нет файлов базы сигнатур вирусов",
        "no antivirus signature database files in {path}",
    ),
    Defect.NOT_A_SCAN: (
        "{name} сканерленген PDF, JPEG же PNG эмес",
        "{name} не скан в PDF, JPEG или PNG",
        "{name} is not a scanned PDF, JPEG or PNG",
    ),
    Defect.SCAN_FINDING: ("{path}: {rule}", "{path}: {rule}", "{path}: {rule}"),
    Defect.NOT_ONE_OF: (
        "булардын бири болушу керек: {allowed}",
        "должно быть одно из: {allowed}",
        "must be one of: {allowed}",
    ),
    Defect.NOTHING_SELECTED: ("эч нерсе тандалган жок", "ничего не выбрано", "nothing is selected"),
    Defect.REASON_REQUIRED: ("себебин жазыңыз", "укажите причину", "give the reason"),
    Defect.NAME_REQUIRED: (
        "ээсинин аты-жөнү керек ({limit} белгиге чейин)",
        "нужно ФИО владельца (до {limit} символов)",
        "the holder's name is required (at most {limit} characters)",
    ),
    Defect.NOT_LOGGED_IN: ("кирүү керек", "нужно войти в систему", "log in first"),
    Defect.SECOND_PERSON: (
        "экинчи адам тастыкташы керек",
        "нужно подтверждение второго человека",
        "a second person must approve",
    ),
    Defect.SELF_DISABLE: (
        "өз эсебиңизди өчүрүүгө болбойт",
        "нельзя отключить свою учётную запись",
        "you cannot disable yourself",
    ),
    Defect.SELF_REVIEW: (
        "администраторлордун аракеттерин башка адам карайт",
        "действия администраторов проверяет другой человек",
        "administrators' actions are reviewed by someone else",
    ),
    Defect.REVIEW_INCOMPLETE: (
        "каралган окуяларды атап, эмне табылганын жазыңыз",
        "назовите проверенные события и напишите, что найдено",
        "name the reviewed events and write what was found",
    ),
    Defect.BAD_EVENT_NUMBER: (
        "окуянын номери 1ден баштап бүтүн сан",
        "номер события — целое число от 1",
        "an event's number is a whole number from 1",
    ),
    Defect.CONFIRMATION_MISMATCH: (
        "тастыктоо үчүн участоктун номерин жазыңыз: {number}",
        "для подтверждения введите номер участка: {number}",
        "the confirmation must be the precinct number {number}",
    ),
    Defect.NO_DEVICE_KEYS: (
        "түзмөктүн ачкычтары жок: алгач pec-desk setup аткарыңыз",
        "нет ключей устройства: сначала выполните pec-desk setup",
        "no device keys: run pec-desk setup",
    ),
    Defect.NO_DECISION_YET: (
        "{claim} арызы боюнча чечим али жок",
        "по заявлению {claim} ещё нет решения",
        "claim {claim} has no decision to answer yet",
    ),
    Defect.NOT_DECIDED: (
        "{claim} арызынын абалы: {status}; чечим чыккан арыз гана",
        "состояние заявления {claim}: {status}; только заявление с решением",
        "claim {claim} is {status}: only a decided claim",
    ),
    Defect.NOT_DESTROYED: (
        "{claim} арызы боюнча маалымат жок кылынган эмес",
        "данные по заявлению {claim} не уничтожались",
        "no data was destroyed on claim {claim}",
    ),
    Defect.UNKNOWN_ATTACHMENT: ("{number}-тиркеме жок", "приложения {number} нет", "no attachment {number}"),
    Defect.NO_VOLUME_ID: (
        "система бул флешканын идентификаторун бербейт: аны каттоого болбойт",
        "система не сообщает идентификатор этого носителя: его нельзя зарегистрировать",
        "the system reports no volume id for this drive: it cannot be registered",
    ),
    Defect.ALREADY_REGISTERED: (
        "{label} флешкасы мурунтан катталган",
        "носитель {label} уже зарегистрирован",
        "the drive {label} is registered already",
    ),
    Defect.UNKNOWN_MEDIUM: (
        "{number}-номерлүү катталган флешка жок",
        "нет зарегистрированного носителя № {number}",
        "no registered drive number {number}",
    ),
    Defect.ALL_ACKNOWLEDGED: (
        "борбор бардык пакеттерди тастыктаган",
        "центр подтвердил все пакеты",
        "the central system has acknowledged every batch",
    ),
    Defect.UNKNOWN_BATCH: (
        "{seq}-пакет жок; жазылган пакеттер: {written}",
        "пакета {seq} нет; записаны пакеты: {written}",
        "there is no batch {seq}: batches written are {written}",
    ),
    Defect.ALREADY_ACKNOWLEDGED: (
        "борбор {seq}-пакетти {at} тастыктаган",
        "центр подтвердил пакет {seq} {at}",
        "the central system acknowledged batch {seq} on {at}",
    ),
    Defect.NO_KEPT_COPY: (
        "{seq}-пакет көчүрмөлөр сакталганга чейин жасалган: аны кайра жазууга болбойт",
        "пакет {seq} сделан до того, как стали хранить копии: его нельзя записать снова",
        "batch {seq} was made before copies were kept: it cannot be written again",
    ),
    Defect.PUT_BACK_FAILED: (
        "эски маалымат базасын {path} ичинен кайтаруу мүмкүн болгон жок ({code})",
        "старую базу данных не удалось вернуть из {path} ({code})",
        "the old store could not be put back from {path} ({code})",
    ),
    Defect.BAD_RETENTION: (
        "сактоо мөөнөтүнүн жөндөөсү туура эмес ({value}, {days})",
        "неверная настройка срока хранения ({value}, {days})",
        "the retention setting is not valid ({value}, {days})",
    ),
}

PARTS: dict[Part, Words] = {
    Part.FILE: ("{path}", "{path}", "{path}"),
    Part.ENVELOPE: ("файл", "файл", "the file"),
    Part.HEADER: ("файлдын башы", "заголовок файла", "the header"),
    Part.SIGNATURE: ("файлдын колу", "подпись файла", "the signature"),
    Part.RECORD: ("{record}-жазуу", "запись {record}", "record {record}"),
    Part.CHUNK: ("{chunk}-бөлүк", "блок {chunk}", "chunk {chunk}"),
    Part.PAYLOAD: ("мазмуну", "содержимое", "the payload"),
    Part.CONTENT_KEY: ("мазмундун ачкычы", "ключ содержимого", "the content key"),
    Part.RECIPIENT_KEY: ("алуучунун ачкычы", "ключ получателя", "the recipient key"),
    Part.TRUST_BUNDLE: ("ишеним тизмеси", "список доверия", "the trust bundle"),
    Part.CERTIFICATE: (
        "ишеним тизмесиндеги сертификат",
        "сертификат в списке доверия",
        "a certificate of the trust bundle",
    ),
    Part.REVOCATION: (
        "ишеним тизмесиндеги чакыртып алуу",
        "отзыв в списке доверия",
        "a revocation of the trust bundle",
    ),
    Part.ROOT_KEY_FILE: ("башкы ачкычтын {name} файлы", "файл корневого ключа {name}", "the root key file {name}"),
    Part.ENROLLMENT_REQUEST: ("каттоо өтүнмөсү", "запрос на регистрацию", "the enrollment request"),
    Part.SIGNATURE_FILE: (
        "вирус колтамгаларынын {name} файлы",
        "файл сигнатур вирусов {name}",
        "the antivirus signature file {name}",
    ),
    Part.PACKAGE: ("участоктун пакети", "пакет участка", "the package"),
    Part.ACCOUNT: ("«{login}» эсеби", "учётная запись «{login}»", "account '{login}'"),
    Part.SETTING: ("«{key}» жөндөөсү", "настройка «{key}»", "the setting '{key}'"),
    Part.CALENDAR: ("шайлоо календары", "календарь выборов", "the election calendar"),
    Part.BACKUP: ("камдык көчүрмө", "резервная копия", "the backup"),
    Part.SNAPSHOT: ("камдык көчүрмөдөгү маалымат базасы", "база данных в копии", "the snapshot"),
    Part.STORE: ("участоктун маалымат базасы", "база данных участка", "the precinct store"),
    Part.KEY_SLOTS: ("ачкыч уячалары", "ячейки ключей", "the key slots"),
    Part.DEVICE_FILE: ("түзмөктүн {name} файлы", "файл устройства {name}", "the device file {name}"),
    Part.RESTORE_JOURNAL: (
        "калыбына келтирүү журналы {name}",
        "журнал восстановления {name}",
        "the restore journal {name}",
    ),
    Part.BATCH: ("{seq}-пакет", "пакет {seq}", "batch {seq}"),
    Part.ATTACHMENT: ("{name} тиркемеси", "приложение {name}", "the attachment {name}"),
    Part.VOLUMES_FILE: (
        "{name} көрсөткөн флешкалар файлы",
        "файл носителей из {name}",
        "the volumes file named by {name}",
    ),
}


def defect_text(params: Mapping[str, Any], lang: str) -> str:
    """«the part: what is wrong» of a refusal's `part=` and `defect=`, values filled in."""
    index = LANGUAGES.index(lang)
    text = _fill(DEFECTS[Defect(params["defect"])][index], params, lang)
    part = params.get("part")
    if part is None:
        return text
    return f"{_fill(PARTS[Part(part)][index], params, lang)}: {text}"


def _fill(template: str, params: Mapping[str, Any], lang: str) -> str:
    values = {name: _shown(params.get(name, "-"), lang) for name in placeholders(template)}
    return template.format(**values)


def _shown(value: object, lang: str) -> str:
    """A vocabulary value by its name in `lang`, a tuple joined, anything else as it is."""
    if isinstance(value, tuple | list | frozenset):
        return ", ".join(_shown(v, lang) for v in value)
    if isinstance(value, enum.StrEnum) and type(value) in catalogue.CATALOGUE:
        return catalogue.name(value, lang)
    return str(value)
