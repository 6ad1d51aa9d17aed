"""The reader's words for audit event ids and outcomes, in Kyrgyz (default), Russian and English.

The log keeps the codes (`AuditAction` values, outcome strings): they are the contract with the
central side, the NIST export and `pec-desk audit log`. The window shows these words instead, the
code beside them for an auditor. Outcomes are the strings the services write: a few of their own
(`ok`, `refused` ...), a scan's `Outcome`, and a refusal's `Reason` code. tests/test_audit_words.py
checks every action and every outcome written in app/ has its three words, and no ky or ru word
holds a Latin letter.
"""

from __future__ import annotations

from app.errors import Reason
from app.language import LANGUAGES
from app.security.audit import AuditAction
from app.security.permissions import Action
from app.security.scanner.types import Outcome

A = AuditAction
ACTIONS: dict[AuditAction, tuple[str, str, str]] = {
    A.PRECINCT_CREATED: ("Участок түзүлдү", "Участок создан", "Precinct created"),
    A.STORE_OPENED: ("Маалымат базасы ачылды", "Хранилище открыто", "Data store opened"),
    A.SELF_CHECK: ("Базанын өзүн-өзү текшерүүсү", "Самопроверка хранилища", "Store self-check"),
    A.LOGIN: ("Кирди", "Вход в систему", "Logged in"),
    A.LOGIN_FAILED: ("Кирүү ийгиликсиз болду", "Неудачный вход", "Failed login"),
    A.LOGIN_THROTTLED: ("Кирүү убактылуу токтотулду", "Вход временно приостановлен", "Login paused"),
    A.LOGIN_REFUSED_LOCKED: (
        "Бөгөттөлгөн эсеп: кирүүгө болбойт",
        "Отказ во входе: учётная запись заблокирована",
        "Login refused: account locked",
    ),
    A.ACCOUNT_LOCKED_OUT: ("Эсеп бөгөттөлдү", "Учётная запись заблокирована", "Account locked"),
    A.LOGOUT: ("Чыкты", "Выход из системы", "Logged out"),
    A.LOCK: ("Экран кулпуланды", "Экран заблокирован", "Screen locked"),
    A.UNLOCK: ("Экрандын кулпусу ачылды", "Экран разблокирован", "Screen unlocked"),
    A.UNLOCK_FAILED: ("Кулпуну ачуу ийгиликсиз болду", "Неудачная разблокировка", "Failed unlock"),
    A.PASSWORD_CHANGED: ("Сырсөз алмаштырылды", "Пароль изменён", "Password changed"),
    A.PASSWORD_REFUSED: ("Жаңы сырсөз кабыл алынган жок", "Новый пароль отклонён", "New password refused"),
    A.ACCOUNT_CREATED: ("Эсеп түзүлдү", "Учётная запись создана", "Account created"),
    A.ACCOUNT_DISABLED: ("Эсеп өчүрүлдү", "Учётная запись отключена", "Account disabled"),
    A.ACCOUNT_UNLOCKED: ("Эсептин бөгөтү алынды", "Учётная запись разблокирована", "Account unlocked"),
    A.PASSWORD_RESET: ("Бир жолку сырсөз берилди", "Пароль сброшен", "Password reset"),
    A.KEY_SLOT_ADDED: ("Ачкыч кошулду", "Добавлен ключ доступа", "Key slot added"),
    A.KEY_SLOT_REMOVED: ("Ачкыч өчүрүлдү", "Удалён ключ доступа", "Key slot removed"),
    A.PERMISSION_DENIED: ("Уруксат берилген жок", "Отказ в доступе", "Access denied"),
    A.VOTERS_LOADED: ("Шайлоочулардын тизмеси жүктөлдү", "Список избирателей загружен", "Voter list loaded"),
    A.SEARCH: ("Шайлоочу изделди", "Поиск избирателя", "Voter search"),
    A.VIEW_CONFIDENTIAL: ("Купуя маалымат каралды", "Просмотр конфиденциальных данных", "Confidential data viewed"),
    A.VOTER_CHANGED: ("Шайлоочунун маалыматы өзгөртүлдү", "Данные избирателя изменены", "Voter changed"),
    A.VOTER_BLOCKED: ("Шайлоочу бөгөттөлдү", "Избиратель заблокирован", "Voter blocked"),
    A.VOTER_UNBLOCKED: ("Шайлоочунун бөгөтү алынды", "Избиратель разблокирован", "Voter unblocked"),
    A.VOTER_DELETED: ("Шайлоочу өчүрүлдү", "Избиратель удалён", "Voter deleted"),
    A.COPY: ("Көчүрүлдү", "Копирование", "Copied"),
    A.PRINT: ("Басып чыгарылды", "Печать", "Printed"),
    A.EXPORT: ("Маалымат экспорттолду", "Экспорт данных", "Exported"),
    A.IMPORT: ("Маалымат импорттолду", "Импорт данных", "Imported"),
    A.AUDIT_VIEWED: ("Аудит журналы каралды", "Просмотр журнала аудита", "Audit log viewed"),
    A.AUDIT_VERIFIED: ("Аудит журналы текшерилди", "Журнал аудита проверен", "Audit log verified"),
    A.CHECKPOINT: ("Журналга кол коюлду", "Журнал подписан", "Audit log signed"),
    A.DEVICE_SET_UP: ("Компьютер даярдалды", "Компьютер настроен", "Computer set up"),
    A.TRUST_UPDATED: ("Ишенимдүү ачкычтар жаңыланды", "Доверенные ключи обновлены", "Trusted keys updated"),
    A.CLAIM_FILED: ("Арыз катталды", "Заявление зарегистрировано", "Claim filed"),
    A.CLAIM_DECIDED: ("Арыз боюнча чечим чыкты", "Решение по заявлению", "Claim decided"),
    A.CLAIM_INFORMED: ("Арыз берүүчүгө кабарланды", "Заявитель уведомлён", "Claimant informed"),
    A.MEDIA_CONNECTED: ("Флешка сайылды", "Флешка подключена", "Drive connected"),
    A.MEDIA_DISCONNECTED: ("Флешка суурулду", "Флешка отключена", "Drive disconnected"),
    A.MEDIA_DEVICE: ("Флешка эмес түзмөк сайылды", "Подключено устройство, не флешка", "Non-storage device connected"),
    A.MEDIA_REGISTERED: ("Флешка катталды", "Флешка зарегистрирована", "Drive registered"),
    A.MEDIA_UNREGISTERED: ("Флешка каттоодон чыгарылды", "Флешка снята с учёта", "Drive unregistered"),
    A.MEDIA_REFUSED: (
        "Катталбаган флешка четке кагылды",
        "Незарегистрированная флешка отклонена",
        "Unregistered drive refused",
    ),
    A.MEDIA_SCANNED: ("Флешка вируска текшерилди", "Флешка проверена на вирусы", "Drive scanned"),
    A.SIGNATURES_INSTALLED: (
        "Антивирустун базасы жаңыланды",
        "Антивирусные базы обновлены",
        "Antivirus signatures installed",
    ),
    A.PRINT_APPROVED: ("Басып чыгарууга уруксат берилди", "Печать разрешена", "Print approved"),
    A.PRINT_APPROVAL_FAILED: (
        "Басып чыгарууга уруксат алынган жок",
        "Разрешение на печать не получено",
        "Print approval failed",
    ),
    A.ADMIN_REVIEWED: (
        "Администраторлордун аракеттери текшерилди",
        "Проверены действия администраторов",
        "Administrators' actions reviewed",
    ),
    A.ALERT_RAISED: ("Эскертүү пайда болду", "Выдано предупреждение", "Alert raised"),
    A.ALERT_REVIEWED: ("Эскертүү каралды", "Предупреждение рассмотрено", "Alert reviewed"),
    A.BACKUP_CREATED: ("Камдык көчүрмө түзүлдү", "Резервная копия создана", "Backup created"),
    A.BACKUP_RESTORED: (
        "Камдык көчүрмөдөн калыбына келтирилди",
        "Восстановлено из резервной копии",
        "Restored from a backup",
    ),
    A.RESTORE_REFUSED: ("Калыбына келтирүүдөн баш тартылды", "Отказ в восстановлении", "Restore refused"),
    A.DESTRUCTION_REFUSED: ("Жок кылуудан баш тартылды", "Отказ в уничтожении данных", "Destruction refused"),
    A.PRECINCT_DESTROYED: ("Участоктун маалыматы жок кылынды", "Данные участка уничтожены", "Precinct data destroyed"),
    A.ROLLBACK_ACCEPTED: ("Мурунку абалга кайтуу кабыл алынды", "Откат принят", "Rollback accepted"),
}

# The outcomes the services write themselves (`outcome="..."`).
_OWN: dict[str, tuple[str, str, str]] = {
    "": ("", "", ""),
    "ok": ("Ийгиликтүү", "Успешно", "Succeeded"),
    "refused": ("Баш тартылды", "Отказано", "Refused"),
    "failed": ("Ишке ашкан жок", "Не удалось", "Failed"),
    "wrong-password": ("Сырсөз туура эмес", "Неверный пароль", "Wrong password"),
    "warning": ("Көңүл буруңуз", "Внимание", "Warning"),
    "resent": ("Кайра жөнөтүлдү", "Отправлено повторно", "Sent again"),
    "policy": ("Талаптарга жооп бербейт", "Не отвечает требованиям", "Against the policy"),
    "not-in-store": ("Базада жок", "Нет в хранилище", "Not in the store"),
    "locked": ("Бөгөттөлдү", "Заблокировано", "Locked"),
    "disabled": ("Эсеп өчүрүлгөн", "Учётная запись отключена", "Account disabled"),
    "broken": ("Чынжыр бузулган", "Цепочка нарушена", "Chain broken"),
    "damaged": ("Бузулган", "Повреждено", "Damaged"),
    "already-applied": ("Мурда эле киргизилген", "Уже применено", "Already applied"),
}

# A scan's outcome (`app.security.scanner.types.Outcome`).
_SCAN: dict[Outcome, tuple[str, str, str]] = {
    Outcome.CLEAN: ("Таза", "Чисто", "Clean"),
    Outcome.REFUSED: ("Баш тартылды", "Отказано", "Refused"),
    Outcome.UNAVAILABLE: ("Текшерүү мүмкүн эмес", "Проверка невозможна", "Scan unavailable"),
}

# A refusal written with its reason code (a restore or a destruction refused ...).
R = Reason
_REASONS: dict[Reason, tuple[str, str, str]] = {
    R.WRONG_PASSWORD: ("Сырсөз туура эмес", "Неверный пароль", "Wrong password"),
    R.THROTTLED: ("Кирүү убактылуу токтотулган", "Вход приостановлен", "Logging in paused"),
    R.ACCOUNT_LOCKED: ("Эсеп бөгөттөлгөн", "Учётная запись заблокирована", "Account locked"),
    R.PASSWORD_POLICY: ("Сырсөз талаптарга жооп бербейт", "Пароль не отвечает требованиям", "Password policy"),
    R.PASSWORD_CHANGE_REQUIRED: ("Сырсөздү алмаштыруу керек", "Нужно сменить пароль", "Password change required"),
    R.NOT_PERMITTED: ("Уруксат жок", "Нет разрешения", "Not permitted"),
    R.DEADLINE_PASSED: ("Мөөнөт өттү", "Срок истёк", "Deadline passed"),
    R.MALFORMED: ("Маалымат туура эмес", "Неверные данные", "Malformed"),
    R.TOO_LARGE: ("Өтө чоң", "Слишком большой", "Too large"),
    R.KEYRING_UNAVAILABLE: ("Ачкычтар сакталган жер жеткиликсиз", "Хранилище ключей недоступно", "Keyring unavailable"),
    R.UNTRUSTED_SIGNER: ("Кол коюучуга ишеним жок", "Подписант не доверенный", "Untrusted signer"),
    R.SIGNATURE_INVALID: ("Кол жараксыз", "Подпись недействительна", "Invalid signature"),
    R.WRONG_RECIPIENT: ("Алуучу башка", "Другой получатель", "Wrong recipient"),
    R.REPLAYED: ("Мурда эле алынган", "Уже был получен", "Replayed"),
    R.SEQUENCE_GAP: ("Номер өткөрүлүп кеткен", "Пропуск в нумерации", "Sequence gap"),
    R.EXPIRED: ("Мөөнөтү бүткөн", "Срок действия истёк", "Expired"),
    R.INFECTED: ("Вирус табылды", "Найден вирус", "Infected"),
    R.POLICY_VIOLATION: ("Тыюу салынган файл", "Запрещённый файл", "Policy violation"),
    R.UNREGISTERED_MEDIUM: ("Катталбаган флешка", "Незарегистрированная флешка", "Unregistered drive"),
    R.SCAN_UNAVAILABLE: ("Текшерүү мүмкүн эмес", "Проверка невозможна", "Scan unavailable"),
    R.KEYRING_LOCKED: ("Ачкычтар сакталган жер кулпуланган", "Хранилище ключей заблокировано", "Keyring locked"),
    R.DEVICE_SECRET_MISSING: ("Компьютердин купуя ачкычы жок", "Нет секрета компьютера", "Device secret missing"),
    R.NO_PRECINCT: ("Участок түзүлө элек", "Участок не создан", "No precinct"),
    R.DATA_DIR_IN_USE: ("Маалымат папкасы бош эмес", "Папка данных занята", "Data folder in use"),
    R.STORE_DAMAGED: ("База бузулган", "Хранилище повреждено", "Store damaged"),
    R.UNKNOWN_USER: ("Белгисиз колдонуучу", "Неизвестный пользователь", "Unknown user"),
    R.ACCOUNT_DISABLED: ("Эсеп өчүрүлгөн", "Учётная запись отключена", "Account disabled"),
    R.DUPLICATE: ("Кайталанат", "Повтор", "Duplicate"),
    R.AUDIT_BROKEN: ("Аудит журналы бузулган", "Журнал аудита нарушен", "Audit log broken"),
    R.SESSION_LOCKED: ("Сеанс кулпуланган", "Сеанс заблокирован", "Session locked"),
    R.USAGE: ("Буйрук туура эмес", "Неверная команда", "Wrong usage"),
    R.NOT_YET_VALID: ("Күчүнө кире элек", "Ещё не действует", "Not yet valid"),
    R.NOT_SET_UP: ("Даярдала элек", "Не настроено", "Not set up"),
    R.MEDIUM_ERROR: ("Флешканын катасы", "Ошибка флешки", "Drive error"),
    R.VOTER_BLOCKED: ("Шайлоочу бөгөттөлгөн", "Избиратель заблокирован", "Voter blocked"),
    R.BACKUP_INVALID: ("Камдык көчүрмө жараксыз", "Резервная копия недействительна", "Invalid backup"),
    R.BACKUP_MISMATCH: ("Камдык көчүрмө туура келбейт", "Резервная копия не подходит", "Backup does not match"),
    R.BACKUP_OLDER: ("Камдык көчүрмө эскирген", "Резервная копия устарела", "Older backup"),
    R.RETENTION_NOT_PASSED: ("Сактоо мөөнөтү бүтө элек", "Срок хранения не истёк", "Retention not passed"),
    R.PRECINCT_DESTROYED: ("Участоктун маалыматы жок кылынган", "Данные участка уничтожены", "Precinct destroyed"),
    R.STORE_IN_USE: ("База колдонулууда", "Хранилище занято", "Store in use"),
    R.UNSENT_DATA: ("Жөнөтүлбөгөн маалымат бар", "Есть неотправленные данные", "Unsent data"),
    R.DISK_FULL: ("Диск толуп калган", "Диск заполнен", "Disk full"),
    R.NOT_WRITABLE: ("Жазууга болбойт", "Запись невозможна", "Not writable"),
    R.DEVICE_SECRET_MISMATCH: (
        "Компьютердин купуя ачкычы дал келбейт",
        "Секрет компьютера не совпадает",
        "Device secret mismatch",
    ),
    R.INTERNAL_ERROR: ("Программанын ички катасы", "Внутренняя ошибка программы", "Internal error"),
    R.FILE_EXISTS: ("Файл мурдатан бар", "Файл уже существует", "File exists"),
    R.RESERVED_LOGIN: ("Бул логин программага арналган", "Логин зарезервирован", "Reserved login"),
    R.EMPTY_VOTER_LIST: ("Шайлоочулардын тизмеси бош", "Список избирателей пуст", "Empty voter list"),
    R.ROLLBACK_DETECTED: ("Мурунку абалга кайтарылганы табылды", "Обнаружен откат", "Rollback detected"),
    R.PRODUCTION_BUILD: ("Жумушчу курамда өчүрүлгөн", "Отключено в рабочей сборке", "Off in a production build"),
    R.ROOT_NOT_PINNED: ("Түпкү ачкыч бекитилген эмес", "Корневой ключ не закреплён", "Root key not pinned"),
}

OUTCOMES: dict[str, tuple[str, str, str]] = {
    **{r.value: words for r, words in _REASONS.items()},
    **{o.value: words for o, words in _SCAN.items()},
    **_OWN,
}

# Objects that are codes: the permission refused (`access.denied`), the export format, the key kind.
P = Action
PERMISSIONS: dict[Action, tuple[str, str, str]] = {
    P.VOTER_SEARCH: ("Шайлоочуну издөө", "Поиск избирателей", "Search voters"),
    P.VOTER_VIEW_CONFIDENTIAL: ("Купуя маалыматты көрүү", "Просмотр конфиденциальных данных", "View confidential data"),
    P.VOTER_VIEW_SPECIAL: ("Өзгөчө категорияны көрүү", "Просмотр особой категории", "View the special category"),
    P.CLAIM_INTAKE: ("Арыз кабыл алуу", "Приём заявлений", "Claim intake"),
    P.RECEIPT_PRINT: ("Тилкат басып чыгаруу", "Печать расписок", "Print receipts"),
    P.POSTING_LIST_PRINT: (
        "Илинүүчү тизмени басып чыгаруу",
        "Печать списка для ознакомления",
        "Print the posting list",
    ),
    P.PRINT_APPROVE: ("Басып чыгарууга уруксат берүү", "Разрешение печати", "Approve printing"),
    P.SYNC_IMPORT: ("Маалымат импорттоо", "Импорт данных", "Import data"),
    P.SYNC_EXPORT: ("Маалымат экспорттоо", "Экспорт данных", "Export data"),
    P.MEDIA_REGISTER: ("Флешка каттоо", "Регистрация флешек", "Register drives"),
    P.AUDIT_VIEW: ("Аудит журналын көрүү", "Просмотр журнала аудита", "View the audit log"),
    P.ANOMALY_REVIEW: ("Эскертүүлөрдү кароо", "Рассмотрение предупреждений", "Review alerts"),
    P.LOCK_OVERRIDE: ("Башканын кулпусун ачуу", "Снятие чужой блокировки", "Override a lock"),
    P.ACCOUNT_ADMIN: ("Эсептерди башкаруу", "Управление учётными записями", "Manage accounts"),
    P.BACKUP: ("Камдык көчүрмө түзүү", "Резервное копирование", "Back up"),
    P.RESTORE: ("Калыбына келтирүү", "Восстановление", "Restore"),
    P.DEVICE_SETUP: ("Компьютерди даярдоо", "Настройка компьютера", "Set up the computer"),
    P.DESTROY: ("Маалыматты жок кылуу", "Уничтожение данных", "Destroy the data"),
}
OBJECTS: dict[tuple[AuditAction, str], tuple[str, str, str]] = {
    (A.KEY_SLOT_ADDED, "recovery"): ("Калыбына келтирүү ачкычы", "Ключ восстановления", "Recovery key"),
    (A.EXPORT, "nist-1500-101"): ("NIST SP 1500-101", "NIST SP 1500-101", "NIST SP 1500-101"),
}


def object_word(action: str, obj: str, lang: str) -> str:
    """An event's object in words where it is a code; a name, number or login as written."""
    index = LANGUAGES.index(lang)
    if action == A.PERMISSION_DENIED and obj in set(Action):
        return PERMISSIONS[Action(obj)][index]
    words = OBJECTS.get((AuditAction(action), obj)) if action in set(AuditAction) else None
    return words[index] if words else obj


def action_word(code: str, lang: str) -> str:
    """The word for a stored event id; an id this program does not know is shown as is."""
    try:
        return ACTIONS[AuditAction(code)][LANGUAGES.index(lang)]
    except (ValueError, KeyError):
        return code


def outcome_word(code: str, lang: str) -> str:
    """The word for a stored outcome; an outcome this program does not know is shown as is."""
    words = OUTCOMES.get(code)
    return words[LANGUAGES.index(lang)] if words else code


def action_choices(lang: str) -> list[tuple[str, str]]:
    """(code, word) for every event id, by word: the filter's list."""
    return sorted(((a.value, words[LANGUAGES.index(lang)]) for a, words in ACTIONS.items()), key=lambda c: c[1])
