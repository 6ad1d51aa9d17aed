"""Explanations of the reason codes in Kyrgyz (default), Russian and English.

The core raises codes (`app.errors`); the command line and the window show these
texts: what happened and what to do next. `{name}` placeholders are filled from
the error's parameters; `{detail}` is what is wrong, in words (`app.defect_messages`:
the error's `defect=` and `part=` codes with their verbatim values). A test checks every
language has every code and the same placeholders, and that no ky or ru text holds
English words or a requirement id (tests/conftest.py renders every refusal raised).
"""

from __future__ import annotations

from typing import Any

from app.defect_messages import defect_text
from app.errors import AppError, Reason
from app.field_messages import explain_fields
from app.language import LANGUAGES, current_language, placeholders

__all__ = ["LANGUAGES", "MESSAGES", "current_language", "explain", "placeholders"]


MESSAGES: dict[Reason, dict[str, str]] = {
    Reason.WRONG_PASSWORD: {
        "ky": "Логин же сырсөз туура эмес. Кайра аракет кылыңыз; 5 катадан кийин кирүү убактылуу токтотулат.",
        "ru": "Неверный логин или пароль. Попробуйте ещё раз; после 5 ошибок вход временно приостанавливается.",
        "en": "Wrong login or password. Try again; after 5 mistakes logging in is paused for a while.",
    },
    Reason.THROTTLED: {
        "ky": "Өтө көп туура эмес аракет. {seconds} секунд күтүп, кайра киргизиңиз.",
        "ru": "Слишком много неудачных попыток. Подождите {seconds} с и попробуйте снова.",
        "en": "Too many wrong attempts. Wait {seconds} s and try again.",
    },
    Reason.ACCOUNT_LOCKED: {
        "ky": "«{login}» эсеби бөгөттөлдү. Системалык администраторго кайрылыңыз.",
        "ru": "Учётная запись «{login}» заблокирована. Обратитесь к системному администратору.",
        "en": "Account '{login}' is locked. Ask the system administrator to unlock it.",
    },
    Reason.PASSWORD_POLICY: {
        "ky": "Сырсөз талаптарга жооп бербейт ({problems}). Кеминде 8 белги: латын чоң жана кичине тамгалары, сан жана атайын белги; логин, ат, жөнөкөй же акыркы 5 сырсөз болбосун.",
        "ru": "Пароль не отвечает требованиям ({problems}). Не менее 8 символов: заглавные и строчные латинские буквы, цифра и спецсимвол; без логина, имени, простых и последних 5 паролей.",
        "en": "The password does not meet the policy ({problems}). At least 8 characters with upper- and lower-case Latin letters, a digit and a special character; no login, name, common password or one of the last 5.",
    },
    Reason.PASSWORD_CHANGE_REQUIRED: {
        "ky": "Алгач бир жолку сырсөздү алмаштырыңыз: pec-desk passwd --user {login}",
        "ru": "Сначала смените одноразовый пароль: pec-desk passwd --user {login}",
        "en": "Change your one-time password first: pec-desk passwd --user {login}",
    },
    Reason.NOT_PERMITTED: {
        "ky": "Бул аракет сиздин ролуңузга уруксат эмес. Төрагага же катчыга кайрылыңыз.",
        "ru": "Это действие не разрешено для вашей роли. Обратитесь к председателю или секретарю.",
        "en": "Your role does not permit this action. Ask the chair or the secretary.",
    },
    Reason.DEADLINE_PASSED: {
        "ky": "Мөөнөт өттү ({date}).",
        "ru": "Срок истёк ({date}).",
        "en": "The deadline has passed ({date}).",
    },
    Reason.MALFORMED: {
        "ky": "Маалымат туура эмес форматта: {detail}. Файлды же талааны оңдоп, кайра аракет кылыңыз; эч нерсе өзгөртүлгөн жок.",
        "ru": "Неверный формат данных: {detail}. Исправьте файл или поле и повторите; ничего не изменено.",
        "en": "Malformed input: {detail}. Fix the file or field and try again; nothing was changed.",
    },
    Reason.TOO_LARGE: {
        "ky": "Файл өтө чоң ({detail}). Эч нерсе өзгөртүлгөн жок.",
        "ru": "Файл слишком большой ({detail}). Ничего не изменено.",
        "en": "The file is too large ({detail}). Nothing was changed.",
    },
    Reason.KEYRING_UNAVAILABLE: {
        "ky": "Операциялык системанын ачкыч сактагычы жеткиликсиз ({backend}). Системалык администраторго кайрылыңыз; маалымат шифрленген бойдон калат.",
        "ru": "Хранилище ключей ОС недоступно ({backend}). Обратитесь к системному администратору; данные остаются зашифрованными.",
        "en": "The OS keyring is not available ({backend}). Ask the system administrator; the data stays encrypted.",
    },
    Reason.UNTRUSTED_SIGNER: {
        "ky": "Файлга белгисиз же чакыртылып алынган ачкыч менен кол коюлган ({detail}). Аны колдонбоңуз; АШКга кабарлаңыз. Эч нерсе өзгөртүлгөн жок.",
        "ru": "Файл подписан неизвестным или отозванным ключом ({detail}). Не используйте его; сообщите в ТИК. Ничего не изменено.",
        "en": "The file is signed by an unknown or revoked key ({detail}). Do not use it; tell the TEC. Nothing was changed.",
    },
    Reason.SIGNATURE_INVALID: {
        "ky": "Файлдын колу туура эмес: ал жолдо өзгөртүлгөн же бузулган ({detail}). Эч нерсе өзгөртүлгөн жок; жаңы көчүрмө сураңыз.",
        "ru": "Подпись файла неверна: он изменён или повреждён в пути ({detail}). Ничего не изменено; запросите новую копию.",
        "en": "The file's signature is invalid: it was changed or damaged on the way ({detail}). Nothing was changed; ask for a new copy.",
    },
    Reason.WRONG_RECIPIENT: {
        "ky": "Бул файл башка участок, шайлоо же түзмөк үчүн ({detail}). Эч нерсе өзгөртүлгөн жок.",
        "ru": "Этот файл предназначен другому участку, выборам или устройству ({detail}). Ничего не изменено.",
        "en": "This file is meant for another precinct, election or device ({detail}). Nothing was changed.",
    },
    Reason.REPLAYED: {
        "ky": "Бул файл мурда колдонулган же эскирген ({detail}). Эч нерсе өзгөртүлгөн жок.",
        "ru": "Этот файл уже применялся или устарел ({detail}). Ничего не изменено.",
        "en": "This file was applied before or is older than what is here ({detail}). Nothing was changed.",
    },
    Reason.NOT_YET_VALID: {
        "ky": "Файлдын түзүлгөн убактысы келечекте ({detail}). Компьютердин саатын текшериңиз же ТШКга кайрылыңыз; эч нерсе өзгөртүлгөн жок.",
        "ru": "Файл датирован будущим временем ({detail}). Проверьте часы компьютера или обратитесь в ТИК; ничего не изменено.",
        "en": "The file is dated in the future ({detail}). Check this computer's clock or contact the TEC; nothing was changed.",
    },
    Reason.NOT_SET_UP: {
        "ky": "Бул түзмөк даярдалган эмес же пакет күтүүдө ({detail}). Алгач: pec-desk setup, андан кийин пакетти импорттоңуз.",
        "ru": "Устройство не настроено или ждёт пакет ({detail}). Сначала pec-desk setup, затем импорт пакета.",
        "en": "This device is not set up or is waiting for its package ({detail}). Run pec-desk setup first, then import the package.",
    },
    Reason.MEDIUM_ERROR: {
        "ky": "Файлды окуу же жазуу мүмкүн болгон жок ({detail}). Флешка сайылганын жана толук эмес экенин текшерип, кайра аракет кылыңыз; эч нерсе өзгөртүлгөн жок.",
        "ru": "Не удалось прочитать или записать файл ({detail}). Проверьте, что флешка вставлена и не заполнена, и повторите; ничего не изменено.",
        "en": "The file could not be read or written ({detail}). Check that the drive is plugged in and not full, then try again; nothing was changed.",
    },
    Reason.VOTER_BLOCKED: {
        "ky": "Шайлоочунун маалыматтары {claim} арызы текшерилип жатканда бөгөттөлгөн. АШКнын чечими келгенге чейин аларды өзгөртүүгө болбойт; чечим келгенден кийин кайра аракет кылыңыз.",
        "ru": "Данные избирателя заблокированы, пока проверяется заявление {claim}. До решения ТИК их нельзя изменить; повторите после решения.",
        "en": "The voter's record is blocked while claim {claim} is being checked. It cannot be changed until the TEC's decision arrives; try again after it.",
    },
    Reason.BACKUP_INVALID: {
        "ky": "Бул файл камдык көчүрмө катары кабыл алынбайт ({detail}): ал бузулган, кесилген, өзгөртүлгөн же PEC Desk камдык көчүрмөсү эмес. Эч нерсе өзгөргөн жок. Башка көчүрмөнү колдонуңуз.",
        "ru": "Файл не принят как резервная копия ({detail}): он повреждён, обрезан, изменён или не является копией PEC Desk. Ничего не изменено. Используйте другую копию.",
        "en": "This file is not accepted as a backup ({detail}): it is damaged, cut short, altered or not a PEC Desk backup. Nothing was changed. Use another backup.",
    },
    Reason.BACKUP_MISMATCH: {
        "ky": "Бул камдык көчүрмө башка участоктуку, шайлоонуку же түзмөктүкү ({detail}). Эч нерсе өзгөргөн жок. Ушул участоктун ушул компьютерде жасалган көчүрмөсүн колдонуңуз.",
        "ru": "Эта резервная копия относится к другому участку, выборам или устройству ({detail}). Ничего не изменено. Используйте копию этого участка, сделанную на этом компьютере.",
        "en": "This backup belongs to another precinct, election or device ({detail}). Nothing was changed. Use a backup of this precinct made on this computer.",
    },
    Reason.BACKUP_OLDER: {
        "ky": "Бул камдык көчүрмө азыркы маалыматтардан эски ({detail}): калыбына келтирсеңиз, андан кийинки өзгөртүүлөр жоголот. Ушуну билип туруп калыбына келтирүү үчүн --accept-older кошуңуз.",
        "ru": "Эта резервная копия старше текущих данных ({detail}): при восстановлении изменения после неё пропадут. Чтобы восстановить сознательно, добавьте --accept-older.",
        "en": "This backup is older than the current data ({detail}): restoring it loses what changed since. To restore it knowingly, add --accept-older.",
    },
    Reason.RETENTION_NOT_PASSED: {
        "ky": "Маалыматтарды сактоо мөөнөтү {until} чейин. Ага чейин жок кылуу үчүн себебин --early-reason менен жазыңыз.",
        "ru": "Срок хранения данных — до {until}. Чтобы уничтожить их раньше, укажите причину в --early-reason.",
        "en": "The data is kept until {until}. To destroy it earlier, give the reason with --early-reason.",
    },
    Reason.UNSENT_DATA: {
        "ky": "АШКга али жөнөтүлө элек арыздар: {claims}, АШК тастыктай элек пакеттер: {batches}. Адегенде экспорттоп (pec-desk export), тастыктоону күтүңүз; алардан баш тартуу чечилген болсо, --discard-unsent кошуңуз.",
        "ru": "Заявлений, ещё не отправленных в ТИК: {claims}; пакетов, не подтверждённых ТИК: {batches}. Сначала выгрузите их (pec-desk export) и дождитесь подтверждения; если решено от них отказаться, добавьте --discard-unsent.",
        "en": "Claims not yet sent to the TEC: {claims}; batches the TEC has not acknowledged: {batches}. Export them first (pec-desk export) and wait for the acknowledgement; if they are to be given up, add --discard-unsent.",
    },
    Reason.FILE_EXISTS: {
        "ky": "{path} деген файл мурунтан эле бар; программа аны эч качан үстүнөн жазбайт. Жаңы файлдын атын бериңиз; эч нерсе өзгөртүлгөн жок.",
        "ru": "Файл {path} уже существует; программа никогда не записывает поверх него. Укажите новое имя файла; ничего не изменено.",
        "en": "The file {path} exists already; PEC Desk never writes over it. Give a new file name; nothing was changed.",
    },
    Reason.RESERVED_LOGIN: {
        "ky": "«{login}» деген логин программанын өзүнө арналган; аны кишинин каттоо жазуусуна берүүгө болбойт. Башка логин тандаңыз; эч нерсе өзгөртүлгөн жок.",
        "ru": "Логин «{login}» зарезервирован за самой программой; его нельзя дать учётной записи человека. Выберите другой логин; ничего не изменено.",
        "en": "The login {login} is reserved for the system itself; no person's account may use it. Choose another login; nothing was changed.",
    },
    Reason.EMPTY_VOTER_LIST: {
        "ky": "{file} шайлоочулар файлында баш саптан башка бир да шайлоочу жок. Толук тизмени бериңиз; эч нерсе өзгөртүлгөн жок.",
        "ru": "В файле избирателей {file} нет ни одного избирателя, только строка заголовка. Укажите полный список; ничего не изменено.",
        "en": "The voters file {file} holds no voter, only its header row. Give the full list; nothing was changed.",
    },
    Reason.ROLLBACK_DETECTED: {
        "ky": "Бул компьютердеги маалыматтар мурунку абалына кайтарылган: алар бул түзмөк жеткен абалдан артта калды (аудит журналынын {seq}-окуясы; {detail}). Бул кол салуу же ката болушу мүмкүн. Компьютерди колдонбоңуз, эч нерсени өзгөртпөңүз жана дароо АШКга же БШКга кабарлаңыз: калыбына келтирүүнү алар гана жүргүзө алат (pec-desk recover-rollback).",
        "ru": "Данные на этом компьютере возвращены в прежнее состояние: они отстают от того, до чего дошло это устройство (событие журнала аудита {seq}; {detail}). Это может быть атака или ошибка. Не пользуйтесь компьютером, ничего не меняйте и сразу сообщите в ТИК или ЦИК: восстановление проводят только они (pec-desk recover-rollback).",
        "en": "The data on this computer was put back to an earlier state: it is behind what this device had reached (audit event {seq}; {detail}). This may be an attack or a mistake. Do not use the computer, change nothing, and call the TEC or the CEC at once: only they can recover it (pec-desk recover-rollback).",
    },
    Reason.PRODUCTION_BUILD: {
        "ky": "Бул PEC Desk'тин участоктор үчүн жумушчу курамы: {switch} сыноо жөндөөсү анда өчүрүлгөн. Аны алып салыңыз (буйруктун параметрин же чөйрө өзгөрмөсүн) жана кайра аракет кылыңыз; эч нерсе өзгөргөн жок. Окутуу жана сыноо үчүн иштеп чыгуучулардын курамы колдонулат.",
        "ru": "Это рабочая сборка PEC Desk для участков: тестовый переключатель {switch} в ней отключён. Уберите его (параметр команды или переменную окружения) и повторите; ничего не изменено. Для обучения и тестов служит сборка для разработки.",
        "en": "This is the production build of PEC Desk for precincts: the test switch {switch} is turned off in it. Remove it (the command's option or the environment variable) and try again; nothing was changed. Training and tests use a development build.",
    },
    Reason.ROOT_NOT_PINNED: {
        "ky": "PEC Desk'тин бул жумушчу курамында БШКнын чыныгы түпкү ачкычы бекитилген эмес ({path} жок, бузулган же сыноо үчүн коюлган ачкыч), ошондуктан ал борбордон келген бир да пакетке ишене албайт. Программа туура эмес куралган: аны колдонбоңуз жана АШКнын администраторунан БШКнын расмий орнотуучусун сураңыз. Эч нерсе өзгөргөн жок.",
        "ru": "В этой рабочей сборке PEC Desk не закреплён настоящий корневой ключ ЦИК ({path} отсутствует, повреждён или это ключ-заглушка для тестов), поэтому она не может доверять ни одному пакету из центра. Программа собрана неправильно: не пользуйтесь ею и попросите у администратора ТИК официальный установщик ЦИК. Ничего не изменено.",
        "en": "This production build of PEC Desk has no real CEC root key pinned ({path} is missing, damaged or the test placeholder), so it could trust no package from central. It was built wrongly: do not use it, and ask the TEC administrator for the CEC's official installer. Nothing was changed.",
    },
    Reason.STORE_IN_USE: {
        "ky": "Участоктун маалымат базасын азыр башка терезе же буйрук колдонуп жатат (мисалы, PEC Desk терезеси же башка pec-desk буйругу). Ал терезени жабыңыз же буйрук бүткүчө күтүп, кайра аракет кылыңыз. Эч нерсе өзгөргөн жок.",
        "ru": "Базой данных участка сейчас пользуется другое окно или команда (например, окно PEC Desk или другая команда pec-desk). Закройте это окно или дождитесь окончания команды и повторите. Ничего не изменено.",
        "en": "Another window or command is using the precinct store right now (e.g. a PEC Desk window or another pec-desk command). Close that window or wait for the command to finish, then try again. Nothing was changed.",
    },
    Reason.DISK_FULL: {
        "ky": "{path} жайгашкан дискте бош орун калган жок. Керексиз файлдарды өчүрүп же башка жерге көчүрүп, ошол дискте орун бошотуңуз да, буйрукту кайталаңыз; аягына чыкпаган өзгөртүү сакталган жок.",
        "ru": "На диске, где находится {path}, нет свободного места. Освободите на нём место (удалите или перенесите ненужные файлы) и повторите команду; незавершённое изменение не сохранено.",
        "en": "There is no free space left on the disk that holds {path}. Free some space there (delete or move files you do not need), then repeat the command; the unfinished change was not saved.",
    },
    Reason.NOT_WRITABLE: {
        "ky": "{path} ичине жазууга болбойт ({detail}): диск окуу үчүн гана же бул колдонуучунун ал жерге жазууга укугу жок. Системалык администратордон жазууга уруксат берүүнү сураңыз да, буйрукту кайталаңыз; аягына чыкпаган өзгөртүү сакталган жок.",
        "ru": "В {path} нельзя записать ({detail}): диск доступен только для чтения или у этого пользователя нет прав на запись. Попросите системного администратора открыть доступ на запись и повторите команду; незавершённое изменение не сохранено.",
        "en": "{path} cannot be written ({detail}): the disk is read-only or this user may not write there. Ask the system administrator to make it writable, then repeat the command; the unfinished change was not saved.",
    },
    Reason.DEVICE_SECRET_MISMATCH: {
        "ky": "Бул компьютердин ачкыч сактагычындагы түзмөктүн жашыруун ачкычы {path} ичиндеги маалыматка туура келбейт: сактагычтагы жазуу алмаштырылган, же маалымат папкасы башка компьютерден же башка колдонуучунун эсебинен көчүрүлгөн. Маалыматтын өзү бузулган эмес, эч нерсе өзгөргөн жок. Аны участок орнотулган компьютерде, ошол колдонуучунун эсеби менен ачыңыз, же сактагычтын мурунку жазуусун кайтарыңыз; бул мүмкүн болбосо, АШКнын администраторуна кайрылыңыз.",
        "ru": "Секрет устройства в хранилище ключей этого компьютера не подходит к данным в {path}: запись в хранилище ключей заменена или папка данных скопирована с другого компьютера или из другой учётной записи. Сами данные не повреждены, ничего не изменено. Откройте их на том компьютере и под той учётной записью, где участок был установлен, или верните прежнюю запись хранилища ключей; если это невозможно, обратитесь к администратору ТИК.",
        "en": "The device secret in this computer's keyring does not belong to the data in {path}: the keyring entry was replaced, or the data directory was copied from another computer or user account. The data itself is not damaged and nothing was changed. Open it on the computer and in the user account where the precinct was set up, or put the previous keyring entry back; if neither is possible, contact the TEC administrator.",
    },
    Reason.INTERNAL_ERROR: {
        "ky": "Программада күтүлбөгөн ката кетти ({kind}), убактысы: {at}. Аягына чыкпаган өзгөртүү сакталган жок. Убакытты жана эмне кылып жатканыңызды жазып алып, системалык администраторго кабарлаңыз, андан кийин кайра аракет кылыңыз.",
        "ru": "Непредвиденная ошибка программы ({kind}), время: {at}. Незавершённое изменение не сохранено. Запишите время и что вы делали, сообщите системному администратору, затем повторите.",
        "en": "An unexpected error in the program ({kind}) at {at}. The unfinished change was not saved. Note the time and what you were doing, report it to the system administrator, then try again.",
    },
    Reason.PRECINCT_DESTROYED: {
        "ky": "Бул түзмөктөгү участоктун маалыматтары {at} жок кылынган; аларды ачууга же калыбына келтирүүгө болбойт. Аудит журналы гана калды.",
        "ru": "Данные участка на этом устройстве уничтожены {at}; их нельзя открыть или восстановить. Остался только журнал аудита.",
        "en": "The precinct's data on this device was destroyed on {at}; it cannot be opened or restored. Only the audit log remains.",
    },
    Reason.SEQUENCE_GAP: {
        "ky": "Мурунку файлдар жетишпейт ({detail}). Аларды ирети менен импорттоңуз; эч нерсе өзгөртүлгөн жок.",
        "ru": "Не хватает предыдущих файлов ({detail}). Импортируйте их по порядку; ничего не изменено.",
        "en": "Earlier files are missing ({detail}). Import them in order; nothing was changed.",
    },
    Reason.EXPIRED: {
        "ky": "Файлдын мөөнөтү өткөн же убакыт туура эмес ({detail}). Жаңысын сураңыз; эч нерсе өзгөртүлгөн жок.",
        "ru": "Срок действия файла истёк или время неверно ({detail}). Запросите новый; ничего не изменено.",
        "en": "The file has expired or its time is wrong ({detail}). Ask for a new one; nothing was changed.",
    },
    Reason.INFECTED: {
        "ky": "Медиада вирус табылды ({detail}). Аны колдонбоңуз жана дароо БШКнын маалымат коопсуздугу бөлүмүнө кабарлаңыз.",
        "ru": "На носителе найден вирус ({detail}). Не используйте его и сразу сообщите в отдел информационной безопасности ЦИК.",
        "en": "A virus was found on the medium ({detail}). Do not use it; report it at once to the CEC information-security unit.",
    },
    Reason.POLICY_VIOLATION: {
        "ky": "Медиадагы файл эрежеге туура келбейт ({detail}). Эч нерсе окулган жок.",
        "ru": "Файл на носителе нарушает правила ({detail}). Ничего не прочитано.",
        "en": "A file on the medium breaks the rules ({detail}). Nothing was read.",
    },
    Reason.UNREGISTERED_MEDIUM: {
        "ky": "Бул медиа реестрде жок. Төрагага же катчыга каттатыңыз; эч нерсе өзгөртүлгөн жок.",
        "ru": "Этот носитель не зарегистрирован. Зарегистрируйте его у председателя или секретаря; ничего не изменено.",
        "en": "This medium is not registered. Have the chair or secretary register it; nothing was changed.",
    },
    Reason.SCAN_UNAVAILABLE: {
        "ky": "Медианы текшерүү мүмкүн эмес ({detail}). Ал текшерилмейинче эч нерсе окулбайт; администраторго кайрылыңыз.",
        "ru": "Проверить носитель невозможно ({detail}). Пока он не проверен, ничего не читается; обратитесь к администратору.",
        "en": "The medium cannot be scanned ({detail}). Nothing is read until it is; ask the administrator.",
    },
    Reason.KEYRING_LOCKED: {
        "ky": "Ачкыч сактагыч кулпуланган. Компьютердин сеансына кайра кирип, аны ачыңыз.",
        "ru": "Хранилище ключей заблокировано. Разблокируйте его, войдя в сеанс компьютера заново.",
        "en": "The keyring is locked. Unlock it by logging in to the computer's session again.",
    },
    Reason.DEVICE_SECRET_MISSING: {
        "ky": "Бул компьютердин жашыруун ачкычы табылган жок. Маалымат башка компьютерде же ачкыч өчүрүлгөн; АШКнын администраторуна кайрылыңыз.",
        "ru": "Секрет устройства не найден. Данные с другого компьютера или ключ удалён; обратитесь к администратору ТИК.",
        "en": "This computer's device secret is missing. The data comes from another computer or the key was deleted; contact the TEC administrator.",
    },
    Reason.NO_PRECINCT: {
        "ky": "{path} ичинде участок жок. Алгач участокту орнотуңуз: pec-desk setup, андан кийин борбордон келген участоктун пакетин импорттоо (окутуу үчүн иштеп чыгуучулардын курамында: pec-desk demo).",
        "ru": "В {path} нет участка. Сначала установите участок: pec-desk setup, затем импорт пакета участка от центра (для обучения в сборке для разработки: pec-desk demo).",
        "en": "There is no precinct in {path}. Set one up first: pec-desk setup, then import the precinct's package from central (for training, in a development build: pec-desk demo).",
    },
    Reason.DATA_DIR_IN_USE: {
        "ky": "{path} ичинде участок бар. Башка папканы тандаңыз же --force колдонуңуз (бар маалымат жок кылынат).",
        "ru": "В {path} уже есть участок. Выберите другую папку или используйте --force (данные будут удалены).",
        "en": "{path} already holds a precinct. Choose another directory or use --force (its data is destroyed).",
    },
    Reason.STORE_DAMAGED: {
        "ky": "Маалымат базасын ачуу мүмкүн эмес: {detail}. Резервдик көчүрмөдөн калыбына келтириңиз.",
        "ru": "Не удаётся открыть базу данных: {detail}. Восстановите из резервной копии.",
        "en": "The store cannot be opened: {detail}. Restore it from a backup.",
    },
    Reason.UNKNOWN_USER: {
        "ky": "«{login}» деген колдонуучу жок.",
        "ru": "Пользователь «{login}» не найден.",
        "en": "There is no user '{login}'.",
    },
    Reason.ACCOUNT_DISABLED: {
        "ky": "«{login}» эсеби өчүрүлгөн. Системалык администраторго кайрылыңыз.",
        "ru": "Учётная запись «{login}» отключена. Обратитесь к системному администратору.",
        "en": "Account '{login}' is disabled. Ask the system administrator.",
    },
    Reason.DUPLICATE: {
        "ky": "Бул мурунтан эле бар: {detail}. Эч нерсе өзгөртүлгөн жок.",
        "ru": "Это уже есть: {detail}. Ничего не изменено.",
        "en": "This exists already: {detail}. Nothing was changed.",
    },
    Reason.AUDIT_BROKEN: {
        "ky": "Аудит журналы бузулган: {detail}. Далилдерди сактап, БШКнын маалымат коопсуздугу бөлүмүнө кабарлаңыз.",
        "ru": "Журнал аудита нарушен: {detail}. Сохраните доказательства и сообщите в отдел информационной безопасности ЦИК.",
        "en": "The audit log is broken: {detail}. Preserve the evidence and report to the CEC information-security unit.",
    },
    Reason.SESSION_LOCKED: {
        "ky": "Иш орду кулпуланган. Улантуу үчүн «{login}» сырсөзүн киргизиңиз.",
        "ru": "Рабочее место заблокировано. Введите пароль «{login}», чтобы продолжить.",
        "en": "The workstation is locked. Enter the password of '{login}' to go on.",
    },
    Reason.USAGE: {
        "ky": "Буйрук туура эмес: {detail}. pec-desk --help караңыз.",
        "ru": "Неверная команда: {detail}. См. pec-desk --help.",
        "en": "Invalid command: {detail}. See pec-desk --help.",
    },
}


PASSWORD_PROBLEMS: dict[str, dict[str, str]] = {
    "too-short": {"ky": "8 белгиден кыска", "ru": "короче 8 символов", "en": "shorter than 8 characters"},
    "too-long": {"ky": "128 белгиден узун", "ru": "длиннее 128 символов", "en": "longer than 128 characters"},
    "no-upper": {
        "ky": "латын чоң тамгасы жок",
        "ru": "нет заглавной латинской буквы",
        "en": "no upper-case Latin letter",
    },
    "no-lower": {
        "ky": "латын кичине тамгасы жок",
        "ru": "нет строчной латинской буквы",
        "en": "no lower-case Latin letter",
    },
    "no-digit": {"ky": "сан жок", "ru": "нет цифры", "en": "no digit"},
    "no-special": {"ky": "атайын белги жок", "ru": "нет спецсимвола", "en": "no special character"},
    "contains-login": {"ky": "логинди камтыйт", "ru": "содержит логин", "en": "contains the login"},
    "contains-name": {"ky": "атты камтыйт", "ru": "содержит имя", "en": "contains your name"},
    "common": {"ky": "өтө жөнөкөй, кеңири колдонулат", "ru": "слишком распространённый", "en": "too common"},
    "reused": {
        "ky": "акыркы 5 сырсөздүн бири",
        "ru": "один из последних 5 паролей",
        "en": "one of your last 5 passwords",
    },
}


# Why a command line was refused (app.cli.usage.UsageProblem, by its value): what to do.
USAGE_PROBLEMS: dict[str, dict[str, str]] = {
    "passwords-differ": {
        "ky": "кайталанган жаңы сырсөз биринчисине дал келбейт; экөөнү тең кайра киргизиңиз",
        "ru": "повтор нового пароля не совпадает; введите оба ещё раз",
        "en": "the repeated new password differs; enter both again",
    },
    "no-stdin-line": {
        "ky": "стандарттык киргизүүдө сырсөз сабы калган жок; ар бир сырсөздү өз сабына бериңиз",
        "ru": "в стандартном вводе не осталось строки с паролем; дайте каждый пароль отдельной строкой",
        "en": "standard input has no line left; give each password on its own line",
    },
    "no-terminal": {
        "ky": "сырсөздү сурай турган терминал жок; сырсөздү стандарттык киргизүү аркылуу бериңиз",
        "ru": "нет терминала, чтобы спросить пароль; передайте пароль через стандартный ввод",
        "en": "there is no terminal to ask for the password; pass it on standard input",
    },
    "not-a-mount-point": {
        "ky": "бул флешканын түпкү папкасы эмес; флешканын өзүн көрсөтүңүз",
        "ru": "это не корневая папка носителя; укажите сам носитель",
        "en": "this is not a removable drive's top folder; name the drive itself",
    },
    "note-required": {
        "ky": "карап чыгуу үчүн эмне табылганын жазыңыз",
        "ru": "для проверки напишите, что найдено",
        "en": "a review needs a note saying what was found",
    },
    "not-field-value": {
        "ky": "ТАЛАА=МААНИ түрүндө жазыңыз",
        "ru": "пишите в виде ПОЛЕ=ЗНАЧЕНИЕ",
        "en": "write it as FIELD=VALUE",
    },
    "not-a-new-file": {
        "ky": "бар папкадагы жаңы файлдын атын бериңиз",
        "ru": "укажите новое имя файла в существующей папке",
        "en": "give a new file name in an existing folder",
    },
    "confirm-required": {
        "ky": "терминал жок: тастыктоону буйрукта бериңиз",
        "ru": "нет терминала: передайте подтверждение в команде",
        "en": "there is no terminal: give the confirmation on the command line",
    },
    "unreadable-file": {
        "ky": "буйрукта аталган файл окулбайт; жолун жана укуктарын текшериңиз",
        "ru": "файл из команды не читается; проверьте путь и права",
        "en": "a file named on the command line cannot be read; check its path and permissions",
    },
}


def _usage_detail(params: dict[str, Any], lang: str) -> str:
    """A usage problem in words, then the token at fault as it was typed."""
    words = USAGE_PROBLEMS.get(str(params["problem"]), {}).get(lang, str(params["problem"]))
    token = str(params.get("token", ""))
    return f"{words}: {token}" if token else words


def explain(error: AppError, lang: str | None = None) -> str:
    if error.reason is Reason.MALFORMED and "problems" in error.params:
        return explain_fields(error, lang or current_language())
    template = MESSAGES[error.reason][lang or current_language()]
    values: dict[str, Any] = {name: "" for name in placeholders(template)}
    values.update({k: v for k, v in error.params.items() if k in values})
    if "defect" in error.params:
        values["detail"] = defect_text(error.params, lang or current_language())
    elif error.reason is Reason.USAGE and "problem" in error.params:
        values["detail"] = _usage_detail(error.params, lang or current_language())
    if error.reason is Reason.PASSWORD_POLICY:
        codes = str(values.get("problems", "")).split(",")
        values["problems"] = "; ".join(PASSWORD_PROBLEMS.get(c, {}).get(lang or current_language(), c) for c in codes)
    if "detail" in values and not values["detail"]:
        values["detail"] = "-"
    return template.format(**values)
