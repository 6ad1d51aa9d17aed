<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky">
<context>
    <name>QCupsJobWidget</name>
    <message>
        <source>Banner Pages</source>
        <translation>Баннер барактары</translation>
    </message>
    <message>
        <source>Billing information:</source>
        <translation>Төлөм маалыматы:</translation>
    </message>
    <message>
        <source>Classified</source>
        <translation>Жеткиликтүүлүгү чектелген</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Купуя</translation>
    </message>
    <message>
        <source>Day (06:00 to 17:59)</source>
        <translation>Күндүз (06:00дөн 17:59га чейин)</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>Аягында:</translation>
    </message>
    <message>
        <source>Hold Indefinitely</source>
        <translation>Мөөнөтсүз кармап туруу</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Тапшырма</translation>
    </message>
    <message>
        <source>Job Control</source>
        <translation>Тапшырманы башкаруу</translation>
    </message>
    <message>
        <source>Job priority:</source>
        <translation>Артыкчылыгы:</translation>
    </message>
    <message>
        <source>Night (18:00 to 05:59)</source>
        <translation>Түнкүсүн (18:00дөн 05:59га чейин)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Жок</translation>
    </message>
    <message>
        <source>Print Immediately</source>
        <translation>Азыр басып чыгаруу</translation>
    </message>
    <message>
        <source>Scheduled printing:</source>
        <translation>Кийинкиге калтырылган басып чыгаруу:</translation>
    </message>
    <message>
        <source>Second Shift (16:00 to 23:59)</source>
        <translation>Экинчи кезметте (16:00дөн 23:59га чейин)</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Өтө жашыруун</translation>
    </message>
    <message>
        <source>Specific Time</source>
        <translation>Белгиленген убакта</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Кадимки</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Башында:</translation>
    </message>
    <message>
        <source>Third Shift (00:00 to 07:59)</source>
        <translation>Үчүнчү кезметте (00:00дөн 07:59га чейин)</translation>
    </message>
    <message>
        <source>Top Secret</source>
        <translation>Өзгөчө маанилүү</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Жеткиликтүүлүгү чектелбеген</translation>
    </message>
    <message>
        <source>Weekend (Saturday to Sunday)</source>
        <translation>Дем алыш күндөрү (ишемби жана жекшемби)</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>Макул</translation>
    </message>
</context>
<context>
    <name>QDirModel</name>
    <message>
        <source>Date Modified</source>
        <translation>Өзгөртүлгөн күнү</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Өлчөмү</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Түрү</translation>
    </message>
</context>
<context>
    <name>QErrorMessage</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;Жабуу</translation>
    </message>
    <message>
        <source>&amp;Show this message again</source>
        <translation>Бул билдирүүнү кийин да &amp;көрсөтүү</translation>
    </message>
    <message>
        <source>Critical Error:</source>
        <translation>Олуттуу ката:</translation>
    </message>
    <message>
        <source>Debug Message:</source>
        <translation>Жөндөө билдирүүсү:</translation>
    </message>
    <message>
        <source>Fatal Error:</source>
        <translation>Оңолбос ката:</translation>
    </message>
    <message>
        <source>Information:</source>
        <translation>Маалымат:</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Эскертүү:</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Папка табылган жок.
Папканын аты туура жазылганын текшериңиз.</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Файл табылган жок.
Файлдын аты туура жазылганын текшериңиз.</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>%1 файлы</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 мурунтан эле бар.
Аны алмаштырасызбы?</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Тандоо</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Ө&amp;чүрүү</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Кайдан издөө:</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Жаңы папка</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ачуу</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Атын ө&amp;згөртүү</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сактоо</translation>
    </message>
    <message>
        <source>'%1' is write protected.
Do you want to delete it anyway?</source>
        <translation>«%1» жазуудан корголгон.
Баары бир өчүрөсүзбү?</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Лакап ат</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Бардык файлдар (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Бардык файлдар (*)</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Are you sure you want to delete '%1'?</source>
        <translation>«%1» чын эле өчүрүлсүнбү?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Артка</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Толук көрүнүшкө өтүү</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Тизме көрүнүшүнө өтүү</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Папканы өчүрүү мүмкүн болгон жок.</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Жаңы папка түзүү</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Жаңы папка түзүү</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Толук көрүнүш</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Папкалар</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Диск</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Файлдын &amp;аты:</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Файлдар папкасы</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлдар</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Файлдын &amp;түрү:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Файлдын түрү:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Папканы табуу</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Алдыга</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Артка</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Алдыга</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Жогорку папкага өтүү</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Тизме</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Жерлер жана кыстармалар</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Кайдан издөө:</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Менин компьютерим</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Жаңы папка</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ачуу</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Жогорку папка</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Акыркы жерлер</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Алып салуу</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Башкача сактоо</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Шилтеме</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Көрсөтүү </translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Жашыруун &amp;файлдарды көрсөтүү</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Каптал тилке</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Белгисиз</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>&lt;b&gt;The name "%1" cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
        <translation>&lt;b&gt;«%1» деген атты колдонууга болбойт.&lt;/b&gt;&lt;p&gt;Кыскараак же тыныш белгилери жок башка ат колдонуп көрүңүз.</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Өзгөртүлгөн күнү</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>Файлдын аты туура эмес</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Менин компьютерим</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Өлчөмү</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Түрү</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Жокко чыгаруу</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Жабуу</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;Макул</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сактоо</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Сактабай жабуу</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>Маанини жазыңыз:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Көчүрүү</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Коюу</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Кайталоо</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Артка кайтаруу</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Кесип алуу</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Баарын тандоо</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>&lt;h3&gt;About Qt&lt;/h3&gt;&lt;p&gt;This program uses Qt version %1.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Qt жөнүндө&lt;/h3&gt;&lt;p&gt;Бул программа Qt %1 версиясын колдонот.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Qt жөнүндө</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Кененирээгин жашыруу...</translation>
    </message>
    <message>
        <source>Show Details...</source>
        <translation>Кененирээк көрсөтүү...</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>Cicero (CC)</source>
        <translation>Цицеро (CC)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Өзгөчө</translation>
    </message>
    <message>
        <source>DD</source>
        <translation>DD</translation>
    </message>
    <message>
        <source>Didot (DD)</source>
        <translation>Дидо (DD)</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Бийиктиги:</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>Дюйм (in)</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Туурасынан</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Четтери</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>Миллиметр (мм)</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Багыты</translation>
    </message>
    <message>
        <source>Page &amp;order:</source>
        <translation>Барактардын &amp;тартиби:</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>Барактардын жайгашуусу</translation>
    </message>
    <message>
        <source>Page order:</source>
        <translation>Барактардын тартиби:</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Барактын өлчөмү:</translation>
    </message>
    <message>
        <source>Pages &amp;per sheet:</source>
        <translation>Бир &amp;бетке барак:</translation>
    </message>
    <message>
        <source>Pages per sheet:</source>
        <translation>Бир бетке барак:</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Кагаз</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>Кагаздын булагы:</translation>
    </message>
    <message>
        <source>Pica (P̸)</source>
        <translation>Пика (P̸)</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>Пункт (пт)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Тигинен</translation>
    </message>
    <message>
        <source>P̸</source>
        <translation>P̸</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>Тескери туурасынан</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>Тескери тигинен</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Туурасы:</translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation>астыңкы чети</translation>
    </message>
    <message>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>сол чети</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>мм</translation>
    </message>
    <message>
        <source>pt</source>
        <translation>пт</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>оң чети</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>үстүңкү чети</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Жок</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ооба</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Токтотуу</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Колдонуу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Таштоо</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Жардам</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Көңүл бурбоо</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Баарына &amp;жок</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Макул</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ачуу</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Баштапкы абалга келтирүү</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Демейкиге кайтаруу</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Кайталоо</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сактоо</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Баарын сактоо</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Баарына &amp;ооба</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 мурунтан эле бар.
Анын үстүнө жазасызбы?</translation>
    </message>
    <message>
        <source>%1 does not follow the correct syntax. Please use ',' to separate ranges and pages, '-' to define ranges and make sure ranges do not intersect with each other.</source>
        <translation>%1 туура жазылган эмес. Барактарды жана аралыктарды «,» менен бөлүңүз, аралыкты «-» менен белгилеңиз; аралыктар бири-бирин кесип өтпөшү керек.</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 — бул папка.
Башка файл атын тандаңыз.</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Параметрлер &lt;&lt;</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Параметрлер &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Басып чыгаруу</translation>
    </message>
    <message>
        <source>1 (1x1)</source>
        <translation>1 (1x1)</translation>
    </message>
    <message>
        <source>16 (4x4)</source>
        <translation>16 (4x4)</translation>
    </message>
    <message>
        <source>2 (2x1)</source>
        <translation>2 (2x1)</translation>
    </message>
    <message>
        <source>4 (2x2)</source>
        <translation>4 (2x2)</translation>
    </message>
    <message>
        <source>6 (2x3)</source>
        <translation>6 (2x3)</translation>
    </message>
    <message>
        <source>9 (3x3)</source>
        <translation>9 (3x3)</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>Бардык барактар</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation>Ылдыйдан өйдө, солдон оңго</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation>Ылдыйдан өйдө, оңдон солго</translation>
    </message>
    <message>
        <source>Duplex Settings Conflicts</source>
        <translation>Эки тараптуу басуунун жөндөөлөрү карама-каршы</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>Жуп барактар</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>%1 файлына жазууга болбойт.
Башка файл атын тандаңыз.</translation>
    </message>
    <message>
        <source>Invalid Pages Definition</source>
        <translation>Барактар туура эмес көрсөтүлгөн</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation>Солдон оңго, ылдыйдан өйдө</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation>Солдон оңго, өйдөдөн ылдый</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Жергиликтүү файл</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Макул</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>Так барактар</translation>
    </message>
    <message>
        <source>Options 'Pages Per Sheet' and 'Page Set' cannot be used together.
Please turn one of those options off.</source>
        <translation>«Бир бетке барак» жана «Барактардын тизмеси» параметрлерин чогуу колдонууга болбойт.
Алардын бирин өчүрүңүз.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Басып чыгаруу</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>Файлга басып чыгаруу ...</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>Файлга басып чыгаруу (PDF)</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation>Оңдон солго, ылдыйдан өйдө</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation>Оңдон солго, өйдөдөн ылдый</translation>
    </message>
    <message>
        <source>The 'From' value cannot be greater than the 'To' value.</source>
        <translation>«Баштап» мааниси «чейин» маанисинен чоң боло албайт.</translation>
    </message>
    <message>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation>Эки тараптуу басуунун жөндөөлөрү карама-каршы. Оңдойсузбу?</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation>Өйдөдөн ылдый, солдон оңго</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation>Өйдөдөн ылдый, оңдон солго</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>PDF файлын жазуу</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>PDF катары сактоо</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Биринчи барак</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Барак толугу менен</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Туурасы боюнча</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Туурасынан</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Акыркы барак</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Кийинки барак</translation>
    </message>
    <message>
        <source>Page Setup</source>
        <translation>Барактын параметрлери</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>Барактын параметрлери</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Тигинен</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Мурунку барак</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Басып чыгаруу</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Басып чыгаруудан мурун көрүү</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation>Жанаша барактарды көрсөтүү</translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation>Бардык барактарды көрсөтүү</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation>Бир баракты көрсөтүү</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Чоңойтуу</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Кичирейтүү</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <source>Advanced Option Conflicts</source>
        <translation>Кошумча жөндөөлөр карама-каршы</translation>
    </message>
    <message>
        <source>Job Options</source>
        <translation>Тапшырманын параметрлери</translation>
    </message>
    <message>
        <source>Page Setup Conflicts</source>
        <translation>Барактын жөндөөлөрү карама-каршы</translation>
    </message>
    <message>
        <source>Printer Properties</source>
        <translation>Принтердин касиеттери</translation>
    </message>
    <message>
        <source>There are conflicts in page setup options. Do you want to fix them?</source>
        <translation>Барактын жөндөөлөрү карама-каршы. Оңдойсузбу?</translation>
    </message>
    <message>
        <source>There are conflicts in some advanced options. Do you want to fix them?</source>
        <translation>Кээ бир кошумча жөндөөлөр карама-каршы. Оңдойсузбу?</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Collate</source>
        <translation>Нуска боюнча иреттөө</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Түстүү</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>Түс режими</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Нускалар</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Нускалардын саны:</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>Учурдагы барак</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>Эки тараптуу басуу</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Боз түстө</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Узун тарабынан түптөө</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Өчүк</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Параметрлер</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>Чыгаруунун жөндөөлөрү</translation>
    </message>
    <message>
        <source>Page &amp;Set:</source>
        <translation>Барактардын &amp;тизмеси:</translation>
    </message>
    <message>
        <source>Page Set:</source>
        <translation>Барактардын тизмеси:</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Барактар</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>Барактар</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>Баарын</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>Басып чыгаруу аралыгы</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Тескери тартипте</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Тандалганы</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Кыска тарабынан түптөө</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>Барактарды же аралыктарды үтүр менен бөлүп жазыңыз. Аралык дефис менен бөлүнгөн эки сан менен берилет. Мисалы: 3,5-7,9 — 3, 5, 6, 7 жана 9-барактар басылат.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>чейин</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Аты:</translation>
    </message>
    <message>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Жайгашкан жери:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>Чыгаруу &amp;файлы:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>&amp;Касиеттери</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Алдын ала көрүү</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Принтер</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Түрү:</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Көчүрүү</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Коюу</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Кайталоо</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Артка кайтаруу</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>&amp;Шилтеменин дарегин көчүрүү</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Кесип алуу</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Баарын тандоо</translation>
    </message>
</context>
</TS>
