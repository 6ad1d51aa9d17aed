"""The antivirus side in words (issue 11, point 2): the scanner's rule codes, the engine
problems (`app.security.scanner.types.EngineProblem`) and the audit chain problems
(`app.security.audit.Problem`), each in ky/ru/en. Keyed by the codes' values: this layer sits
below the scanner and the audit. `app.defect_messages` fills them in; a test checks every code
has words and that no ky or ru text holds an English word.
"""

from __future__ import annotations

Words = tuple[str, str, str]  # ky, ru, en

# fmt: off
_DEVICE = ("түзмөк файлы", "файл устройства", "a device file")
_EXECUTABLE = ("аткарылуучу программа", "исполняемая программа", "an executable program")
_SYSTEM = ("коркунучтуу тутумдук файл", "опасный системный файл", "a dangerous system file")

# The scanner's rule codes (app/security/scanner) in words; a code not here is shown as it is.
SCAN_RULES: dict[str, Words] = {
    "cancelled": ("текшерүү токтотулду", "проверка отменена", "the scan was cancelled"),
    "changed": ("текшерүү учурунда файл өзгөрдү", "файл изменился во время проверки",
                "the file changed during the scan"),
    "engine-error": ("антивирус ката кетирди", "ошибка антивируса", "the antivirus engine failed"),
    "no-engine": ("антивирус же анын колтамгалары орнотулган эмес", "антивирус или его сигнатуры не установлены",
                  "no antivirus engine or signatures are installed"),
    "no-result": ("антивирус жыйынтык берген жок", "антивирус не дал результата", "the antivirus gave no result"),
    "unreadable": ("файл окулбайт", "файл не читается", "the file cannot be read"),
    "root": ("флешканын түпкү папкасы окулбайт", "корневая папка носителя не читается",
             "the drive's top folder cannot be read"),
    "limit-bytes": ("жалпы көлөмү чектен ашат", "общий объём больше предела", "more bytes than the limit"),
    "limit-depth": ("папкалар өтө терең жайгашкан", "папки вложены слишком глубоко", "folders nested too deep"),
    "limit-file-bytes": ("файл өтө чоң", "файл слишком большой", "a file over the size limit"),
    "limit-files": ("файлдар өтө көп", "слишком много файлов", "too many files"),
    "limit-time": ("текшерүү өтө узакка созулду", "проверка заняла слишком много времени", "the scan took too long"),
    "hardlink": ("катуу шилтеме", "жёсткая ссылка", "a hard link"),
    "mount-point": ("бул жерге башка файл системасы туташтырылган", "здесь смонтирована другая файловая система",
                    "another file system is mounted here"),
    "nested-archive": ("архивдин ичинде архив", "архив внутри архива", "an archive inside an archive"),
    "type-not-allowed": ("уруксат берилбеген файл түрү", "недопустимый тип файла", "a file type that is not allowed"),
    "archive-bomb": ("ачканда өтө чоңоюп кете турган архив", "архив, который при распаковке слишком велик",
                     "an archive that unpacks too large"),
    "archive-encrypted": ("шифрленген архив", "зашифрованный архив", "an encrypted archive"),
    "archive-malformed": ("бузулган архив", "повреждённый архив", "a damaged archive"),
    "bidi-name": ("атында тексттин багытын өзгөрткөн белги бар", "в имени символ смены направления текста",
                  "a text-direction character in the name"),
    "zero-width-name": ("атында туурасы жок белги бар", "в имени символ нулевой ширины",
                        "a zero-width character in the name"),
    "invisible-name": ("атында көрүнбөгөн белги бар", "в имени невидимый символ", "an invisible character in the name"),
    "control-name": ("атында башкаруучу белги бар", "в имени управляющий символ", "a control character in the name"),
    "name-encoding": ("аты UTF-8 эмес", "имя не в UTF-8", "a name that is not UTF-8"),
    "name-escape": ("аты папкадан сыртка алып чыгат", "имя ведёт за пределы папки",
                    "a name that leads out of its folder"),
    "name-too-long": ("аты өтө узун", "имя слишком длинное", "a name that is too long"),
    "reserved-name": ("тутумдук түзмөктүн аты", "имя системного устройства", "a system device name"),
    "trailing-dot": ("аты чекит же боштук менен бүтөт", "имя кончается точкой или пробелом",
                     "a name ending in a dot or space"),
    "double-extension": ("эки кеңейтүүлүү ат", "имя с двойным расширением", "a name with a double extension"),
    "exe-magic": _EXECUTABLE, "exe-name": _EXECUTABLE, "mach-o": _EXECUTABLE, "java-class-or-fat-mach-o": _EXECUTABLE,
    "script": ("скрипт", "скрипт", "a script"),
    "shortcut": ("ярлык", "ярлык", "a shortcut"),
    "disk-image": ("диск сүрөтү", "образ диска", "a disk image"),
    "block-device": _DEVICE, "char-device": _DEVICE,
    "autorun": ("флешкадан өзү иштей турган файл", "файл автозапуска с носителя", "an autorun file"),
    "hidden": ("жашыруун файл", "скрытый файл", "a hidden file"),
    "symlink": ("символдук шилтеме", "символическая ссылка", "a symbolic link"),
    "fifo": ("түтүк файлы", "именованный канал", "a named pipe"), "socket": ("сокет", "сокет", "a socket"),
    "device": _DEVICE, "special": ("өзгөчө файл", "особый файл", "a special file"),
    "shell-config": ("буйрук кабыгынын жөндөө файлы", "файл настроек командной оболочки", "a shell configuration file"),
    "appref-ms": _SYSTEM, "library-ms": _SYSTEM, "search-ms": _SYSTEM, "searchconnector-ms": _SYSTEM,
    "settingcontent-ms": _SYSTEM,
}

# Why an antivirus engine cannot scan now; `name` is the engine (clamscan, clamd, Defender) and the
# other values are shown as they are.
ENGINE_PROBLEMS: dict[str, Words] = {
    "not-installed": ("{name} антивирусу орнотулган эмес: администратор аны орнотушу керек",
                      "антивирус {name} не установлен: его должен установить администратор",
                      "{name} is not installed: the administrator must install it"),
    "cannot-run": ("{name} антивирусун иштетүү мүмкүн эмес ({code}): администраторго кайрылыңыз",
                   "антивирус {name} не запускается ({code}): обратитесь к администратору",
                   "{name} cannot be run ({code}): ask the administrator"),
    "timeout": ("{name} антивирусу {seconds} секунддан ашык иштеди: кайра аракет кылыңыз",
                "антивирус {name} работал дольше {seconds} с: попробуйте снова",
                "{name} took longer than {seconds} s: try again"),
    "failed": ("{name} антивирусу ката менен бүттү ({code}): администраторго кайрылыңыз",
               "антивирус {name} завершился с ошибкой ({code}): обратитесь к администратору",
               "{name} failed ({code}): ask the administrator"),
    "unexpected-answer": ("{name} антивирусу түшүнүксүз жооп берди ({reply}): администраторго кайрылыңыз",
                          "антивирус {name} дал непонятный ответ ({reply}): обратитесь к администратору",
                          "{name} gave an unexpected answer ({reply}): ask the administrator"),
    "not-a-database": ("{name} вирус колтамгаларынын базасы эмес: колтамгалардын пакетин кайра орнотуңуз",
                       "{name} не база сигнатур вирусов: установите пакет сигнатур заново",
                       "{name} is not a signature database: install the signature package again"),
    "database-unreadable": ("вирус колтамгаларынын базасы окулбайт ({path}): колтамгалардын пакетин кайра орнотуңуз",
                            "база сигнатур вирусов не читается ({path}): установите пакет сигнатур заново",
                            "the signature database cannot be read ({path}): install the signature package again"),
    "stale-signatures": ("{name} вирус колтамгалары {days} күн мурунку, {limit} күндөн ашпашы керек: "
                         "борбордон жаңы колтамгаларды орнотуңуз",
                         "сигнатурам вирусов {name} уже {days} дн. при пределе {limit}: установите новые сигнатуры "
                         "от центра",
                         "the {name} signatures are {days} days old, at most {limit} are allowed: install newer "
                         "signatures from the central system"),
    "no-signatures": ("{name} вирус колтамгаларынын датасы бар базасы жок: борбордон колтамгалардын пакетин орнотуңуз",
                      "у {name} нет датированной базы сигнатур: установите пакет сигнатур от центра",
                      "{name} has no dated signature database: install a signature package from the central system"),
    "test-signatures-only": ("{name} үчүн сыноо колтамгалары гана орнотулган, алар коргобойт жана программанын "
                             "бул курамы аларды кабыл албайт: борбордон чыныгы колтамгалардын пакетин орнотуңуз",
                             "для {name} установлены только тестовые сигнатуры: они не защищают, и эта сборка "
                             "программы их не принимает; установите пакет настоящих сигнатур от центра",
                             "only the TEST signatures are installed for {name}: they are no protection and this "
                             "build does not take them; install a package of real signatures from the central system"),
    "signatures-age-unknown": ("{name} вирус колтамгаларынын жашы белгисиз: колтамгаларды жаңылаңыз",
                               "возраст сигнатур {name} неизвестен: обновите сигнатуры",
                               "the age of the {name} signatures is unknown: update them"),
    "not-answering": ("{name} антивирус кызматы жооп бербейт ({where}, {code}): кызматты иштетиңиз же "
                      "администраторго кайрылыңыз",
                      "служба антивируса {name} не отвечает ({where}, {code}): запустите её или обратитесь к "
                      "администратору",
                      "{name} is not answering at {where} ({code}): start the service or ask the administrator"),
    "connection-closed": ("{name} антивирус кызматы жооп бербей байланышты үздү ({where}): кайра аракет кылыңыз",
                          "служба антивируса {name} закрыла соединение без ответа ({where}): попробуйте снова",
                          "{name} at {where} closed the connection without an answer: try again"),
    "no-unix-sockets": ("бул системада жергиликтүү сокеттер жок: антивирус кызматынын тармак дарегин жөндөңүз",
                        "в этой системе нет локальных сокетов: укажите сетевой адрес службы антивируса",
                        "unix sockets are not available here: configure the service's network address"),
}

# A broken audit chain (app.security.audit.Problem) in words.
AUDIT_PROBLEMS: dict[str, Words] = {
    "edited": ("окуянын мазмуну өзгөртүлгөн", "содержимое события изменено", "the event was edited"),
    "broken-link": ("чынжыр үзүлгөн: окуя өчүрүлгөн, кошулган же ордун алмаштырган",
                    "цепочка разорвана: событие удалено, вставлено или переставлено",
                    "the chain is broken: an event was deleted, inserted or reordered"),
    "sequence-gap": ("окуянын номери жетишпейт", "пропущен номер события", "a sequence number is missing"),
    "truncated": ("чынжыр кол коюлган текшерүү чекитине жетпей бүтөт",
                  "цепочка кончается раньше подписанной контрольной точки",
                  "the chain ends before a signed checkpoint"),
    "checkpoint-mismatch": ("чынжыр кол коюлган текшерүү чекитине дал келбейт",
                            "цепочка не совпадает с подписанной контрольной точкой",
                            "the chain differs from a signed checkpoint"),
    "checkpoint-forged": ("текшерүү чекитинин колу туура эмес", "подпись контрольной точки неверна",
                          "a checkpoint's signature fails"),
    "rolled-back": ("чынжыр ачкыч сактагычтагы жазуудан артта калган (журнал мурунку абалына кайтарылган)",
                    "цепочка отстаёт от записи в хранилище ключей (журнал откачен)",
                    "the chain is behind the head kept in the keyring (it was rolled back)"),
}
# fmt: on
