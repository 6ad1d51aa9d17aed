"""Realistic synthetic voters for the demo, tests and benchmarks (never real people).

`generate_voters` streams `VoterRow`s, deterministic for a seed: about 75% Kyrgyz and 25%
Russian names, both sexes. Kyrgyz names follow both schemes in use: the Russian-style
surname + first name + patronymic (Асанов Бакыт Турдубекович, Асанова Айгүл Турдубековна)
and the traditional one, where the surname is the father's name with "уулу" (son) or "кызы"
(daughter) and there is no patronymic (Тургунбек уулу Бакыт). About 5% of Russian-scheme
voters have no patronymic either. Surnames and first names are drawn with Zipf-like weights,
so some are common and most are rare, as in a real list. PINs are valid and unique (R-DATA-1),
ages are 18..95 on 2026-01-01, addresses are in real towns and villages of Kyrgyzstan, and
about 3% of voters are in a special category (R-DATA-2).
"""

from __future__ import annotations

import bisect
import csv
import dataclasses
import datetime
import operator
import pathlib
import random
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TypeVar

from app.models.pin import SERIAL_LIMIT, make_pin
from app.models.records import SPECIAL_CATEGORIES, VoterRow


def _table(text: str, separator: str = " ") -> tuple[str, ...]:
    """The entries of a constant table written as one string."""
    return tuple(text.split(separator))


KYRGYZ_MALE_NAMES = _table(
    "Бакыт Азамат Нурлан Айбек Эрлан Өмүрбек Талант Жумабек Чыңгыз Мирлан Улан Нурбек Асан Үсөн "
    "Алмаз Бекболот Кубаныч Максат Марат Медер Мелис Самат Санжар Сыймык Таалай Темирлан Тилек "
    "Улукбек Урмат Эрмек Эркин Адилет Айдар Аскар Бактыбек Болот Данияр Дастан Дөөлөт Жаныбек "
    "Жоомарт Жээнбек Замир Калыс Канат Кайрат Кеңеш Кеңешбек Жеңиш Курманбек Келдибек Мурат Назар "
    "Нурдин Нуржан Нурсултан Орозбек Өскөн Өмүр Өмүрзак Рысбек Руслан Сапар Сүйүнбай Төлөгөн "
    "Түгөлбай Турдубек Тургунбек Төрөгелди Түлөберди Үмөтаалы Үмүтбек Чынгыз Шаршен Эмил Эсен "
    "Эсенгул Ыдырыс Ысмайыл Жусуп Бекназар Бекзат Бообек Бөкөнбай Сооронбай Кудайберген Алтынбек "
    "Осмон Чоробек Мамбетаалы Кылычбек Абдыкалык"
)
KYRGYZ_FEMALE_NAMES = _table(
    "Айгүл Айжан Айнура Айпери Айсулуу Айдай Айчүрөк Айзада Айканыш Айымкан Асел Бактыгүл Бермет "
    "Бегимай Бүбүсара Бүбүкан Бүбүжан Гүлнара Гүлмира Гүлзат Гүлбара Гүлжан Гүлайым Гүлшайыр "
    "Гүлсана Динара Жаңыл Жылдыз Жамила Жибек Жазгүл Жанаргүл Зарина Зуура Зейнеп Калыйман "
    "Каныкей Канышай Кундуз Күлайым Күмүшай Күлүмкан Күнсулуу Кымбат Мээрим Мээрбан Мөлдүр Мөлмөл "
    "Назира Назгүл Нургүл Нурбүбү Нуриза Нургиза Нурзат Нурайым Сезим Салтанат Сайкал Сүйүмкан "
    "Толгонай Таалайгүл Үмүт Чолпон Чынара Шайыркүл Элмира Элнура Эркингүл Асылкан Айнагүл Алтынай "
    "Айсалкын Бүбүмайрам Дилбара Махабат Майрамкан Айзирек Айбийке Бурул Жылдызкан Гүлүмкан"
)
_KYRGYZ_ANCESTORS = _table(
    "Абдыкадыр Абдырахман Акмат Асанкул Осмонкул Мамбет Сатыбалды Токтогул Кудайберди Абдылда "
    "Шабдан Тоголок Балбай Жапар Камчыбек Садыр Сүйөркул Бекмурат Ибраим Карабек Орозкул Таши "
    "Мадумар Атамбай Ака Баки Отунбай Токтосун Момбек Токтомуш Кыдыр Ысак Жолдош Бердибек Эшмат "
    "Ташмат Топчубек Сыдык Нурманбет Алымбек Мамыткул Жусупбек Тынай Кочкор Мураталы Байгазы "
    "Дүйшөн Дүйшөнбек Бөрүбай Көчкөн Төрөкул Үсөнбай Күмүшбек Төлөн"
)
KYRGYZ_ROOTS = KYRGYZ_MALE_NAMES + _KYRGYZ_ANCESTORS

RUSSIAN_SURNAMES = _table(
    "Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Фёдоров Морозов Волков "
    "Алексеев Лебедев Семёнов Егоров Павлов Козлов Степанов Николаев Орлов Андреев Макаров Никитин "
    "Захаров Зайцев Соловьёв Борисов Яковлев Григорьев Романов Воробьёв Сергеев Кузьмин Фролов "
    "Александров Дмитриев Королёв Гусев Киселёв Ильин Максимов Поляков Сорокин Виноградов Ковалёв "
    "Белов Медведев Антонов Тарасов Жуков Баранов Филиппов Комаров Давыдов Беляев Герасимов Богданов "
    "Осипов Сидоров Матвеев Титов Марков Миронов Крылов Куликов Карпов Власов Мельников Денисов "
    "Щербаков Шевченко Коваленко Бондаренко Вишневский Ким Пак Цой Ли Юн"
)
# (first name, patronymic stem): Иван → Иванович / Ивановна
RUSSIAN_MALE_NAMES = tuple(
    (name, stem)
    for name, stem in (
        pair.split(":")
        for pair in _table(
            "Александр:Александров Алексей:Алексеев Андрей:Андреев Сергей:Сергеев Дмитрий:Дмитриев "
            "Николай:Николаев Евгений:Евгеньев Юрий:Юрьев Виктор:Викторов Владимир:Владимиров "
            "Иван:Иванов Михаил:Михайлов Павел:Павлов Пётр:Петров Олег:Олегов Игорь:Игорев "
            "Геннадий:Геннадьев Валерий:Валерьев Анатолий:Анатольев Василий:Васильев Григорий:Григорьев "
            "Константин:Константинов Роман:Романов Артём:Артёмов Максим:Максимов Денис:Денисов "
            "Вадим:Вадимов Борис:Борисов Фёдор:Фёдоров Семён:Семёнов Станислав:Станиславов "
            "Вячеслав:Вячеславов Леонид:Леонидов Георгий:Георгиев Аркадий:Аркадьев Степан:Степанов "
            "Антон:Антонов Кирилл:Кириллов Лев:Львов Виталий:Витальев"
        )
    )
)
RUSSIAN_FEMALE_NAMES = _table(
    "Анна Мария Елена Ольга Татьяна Наталья Ирина Светлана Екатерина Юлия Анастасия Людмила Галина "
    "Надежда Валентина Марина Оксана Вера Любовь Нина Лариса Тамара Алёна Дарья Ксения Евгения "
    "Виктория Алла Зинаида Раиса Лидия Полина Софья Алина Кристина Валерия Яна Маргарита Жанна Инна"
)

_CITIES = _table(
    "Бишкек|Ош|Жалал-Абад|Каракол|Токмок|Кара-Балта|Өзгөн|Нарын|Талас|Баткен|Балыкчы|Кара-Көл|"
    "Таш-Көмүр|Майлуу-Суу|Кызыл-Кыя|Сүлүктү|Кант|Чолпон-Ата|Кара-Суу|Исфана|Кочкор-Ата|Токтогул|"
    "Кемин|Шопоков|Кербен|Көк-Жаңгак|Ноокат|Орловка|Каинды|Айдаркен",
    "|",
)
# oblast / district / villages
_VILLAGES = tuple(
    (oblast, district, _table(villages, "|"))
    for oblast, district, villages in (
        entry.split("/")
        for entry in _table(
            "Чүй/Аламүдүн/Аламүдүн|Лебединовка|Васильевка|Төмөнкү Аларча;Чүй/Сокулук/Сокулук|Гавриловка|"
            "Жаңы-Жер;Чүй/Ысык-Ата/Ивановка|Нововоскресеновка;Чүй/Москва/Беловодское|Петровка;"
            "Ысык-Көл/Ак-Суу/Теплоключенка|Ак-Суу;Ысык-Көл/Түп/Түп|Сары-Булак;Ысык-Көл/Жети-Өгүз/Кызыл-Суу|"
            "Жети-Өгүз;Ысык-Көл/Тоң/Бөкөнбаев|Тоң;Ысык-Көл/Ысык-Көл/Бостери|Чоң-Сары-Ой;Нарын/Кочкор/Кочкор;"
            "Нарын/Ат-Башы/Ат-Башы|Ак-Муз;Нарын/Ак-Талаа/Баетов;Нарын/Жумгал/Чаек;Талас/Бакай-Ата/Бакай-Ата;"
            "Талас/Манас/Покровка;Талас/Кара-Буура/Кызыл-Адыр;Талас/Талас/Көк-Ой;Ош/Кара-Суу/Нариман|"
            "Төлөйкөн|Кашкар-Кыштак;Ош/Өзгөн/Мырза-Аке;Ош/Араван/Араван;Ош/Алай/Гүлчө;"
            "Ош/Чоң-Алай/Дароот-Коргон;Ош/Кара-Кулжа/Кара-Кулжа;Жалал-Абад/Сузак/Сузак|Барпы;"
            "Жалал-Абад/Базар-Коргон/Базар-Коргон;Жалал-Абад/Ноокен/Масы;Жалал-Абад/Ала-Бука/Ала-Бука;"
            "Жалал-Абад/Тогуз-Торо/Казарман;Жалал-Абад/Чаткал/Каныш-Кыя;Баткен/Баткен/Самаркандек|Көк-Таш;"
            "Баткен/Лейлек/Кулунду;Баткен/Кадамжай/Уч-Коргон",
            ";",
        )
    )
)
_STREETS = _table(
    "Манас|Токтогул|Абдрахманов|Ибраимов|Ахунбаев|Жибек Жолу|Курманжан Датка|Байтик Баатыр|Исанов|"
    "Боконбаев|Раззаков|Тоголок Молдо|Шабдан Баатыр|Айтматов|Масалиев|Ленин|Фрунзе|Пушкин|Гагарин|"
    "Навои|Алымбеков|Жусуп Баласагын|Тыныстанов|Молдо Кылыч|Эркиндик|Чүй|Гоголь|Тынчтык|Жаштык|"
    "Советтик|Мира|Кутманалиев|Барпы|Үмөталиев|Өрүкзар|Түгөлбай Ата",
    "|",
)

_KYRGYZ_SHARE, _TRADITIONAL_SHARE, _NO_PATRONYMIC_SHARE = 0.75, 0.35, 0.05
_FEMALE_SHARE, _SPECIAL_SHARE, _CITY_SHARE, _FLAT_SHARE = 0.52, 0.03, 0.6, 0.55
_YOUNGEST_DAY = datetime.date(2008, 1, 1).toordinal()  # 18 on 2026-01-01
_OLDEST_DAY = datetime.date(1930, 1, 2).toordinal()  # 95 on 2026-01-01
_DAY_SPAN = _YOUNGEST_DAY - _OLDEST_DAY
_VOWELS = "аеёиоөуүыэюя"
_CSV_FIELDS = tuple(field.name for field in dataclasses.fields(VoterRow))
_T = TypeVar("_T")


@dataclass(frozen=True, slots=True)
class _Zipf:
    """Picks from `items` with weight 1 / (rank + offset) ** exponent."""

    items: Sequence[str]
    cumulative: Sequence[float]

    @classmethod
    def of(cls, items: Sequence[str], offset: float = 5.0, exponent: float = 1.0) -> _Zipf:
        total, cumulative = 0.0, []
        for rank in range(len(items)):
            total += 1.0 / (rank + offset) ** exponent
            cumulative.append(total)
        cumulative = [weight / total for weight in cumulative]
        cumulative[-1] = 1.0  # random() < 1.0, so the index stays in range
        return cls(items, cumulative)

    def pick(self, rng: random.Random) -> str:
        return self.items[bisect.bisect_right(self.cumulative, rng.random())]


@dataclass(frozen=True, slots=True)
class _Tables:
    surname_stems: _Zipf
    fathers: _Zipf
    father_stems: dict[str, str]
    kyrgyz_first: dict[str, _Zipf]
    russian_surnames: _Zipf
    russian_first: dict[str, _Zipf]
    russian_fathers: dict[str, str]

    @classmethod
    def build(cls) -> _Tables:
        return cls(
            surname_stems=_Zipf.of([kyrgyz_stem(root) for root in KYRGYZ_ROOTS]),
            fathers=_Zipf.of(KYRGYZ_MALE_NAMES, offset=3.0),
            father_stems={name: kyrgyz_stem(name) for name in KYRGYZ_MALE_NAMES},
            kyrgyz_first={"F": _Zipf.of(KYRGYZ_FEMALE_NAMES, 3.0), "M": _Zipf.of(KYRGYZ_MALE_NAMES, 3.0)},
            russian_surnames=_Zipf.of(RUSSIAN_SURNAMES),
            russian_first={
                "F": _Zipf.of(RUSSIAN_FEMALE_NAMES, 3.0),
                "M": _Zipf.of([name for name, _ in RUSSIAN_MALE_NAMES], 3.0),
            },
            russian_fathers=dict(RUSSIAN_MALE_NAMES),
        )


def generate_voters(count: int, *, seed: int = 0, precinct: str = "1001") -> Iterator[VoterRow]:
    """Streams `count` synthetic voters, the same ones for the same seed."""
    if count < 0:
        raise ValueError(f"count must not be negative, not {count}")
    rng = random.Random(seed)  # noqa: S311 - synthetic demo data, not a secret
    tables = _Tables.build()
    pins = _PinState({}, {})
    for _ in range(count):
        yield _voter(rng, tables, pins, precinct)


def _voter(rng: random.Random, tables: _Tables, pins: _PinState, precinct: str) -> VoterRow:
    sex = "F" if rng.random() < _FEMALE_SHARE else "M"
    if rng.random() < _KYRGYZ_SHARE:
        last, first, patronymic = _kyrgyz_name(rng, tables, sex)
    else:
        last, first, patronymic = _russian_name(rng, tables, sex)
    pin, born = pins.next_pin(rng, sex)
    category = _pick(rng, SPECIAL_CATEGORIES[1:]) if rng.random() < _SPECIAL_SHARE else ""
    return VoterRow(pin, last, first, patronymic, born, sex, _address(rng), precinct, category)


def _kyrgyz_name(rng: random.Random, tables: _Tables, sex: str) -> tuple[str, str, str]:
    first = tables.kyrgyz_first[sex].pick(rng)
    father = tables.fathers.pick(rng)
    if rng.random() < _TRADITIONAL_SHARE:
        return f"{father} {'кызы' if sex == 'F' else 'уулу'}", first, ""
    surname = tables.surname_stems.pick(rng) + ("а" if sex == "F" else "")
    return surname, first, _patronymic(rng, tables.father_stems[father], sex)


def kyrgyz_stem(name: str) -> str:
    """The -ов/-ев stem of a Kyrgyz name: Асан → Асанов, Атамбай → Атамбаев, Сатыбалды → Сатыбалдиев."""
    if name.endswith("й"):
        return name[:-1] + "ев"
    if name.endswith("ы"):
        return name[:-1] + "иев"
    if name[-1] in _VOWELS:
        return name + "ев"
    return name + "ов"


def _russian_name(rng: random.Random, tables: _Tables, sex: str) -> tuple[str, str, str]:
    surname = tables.russian_surnames.pick(rng)
    if sex == "F":
        surname = _female_surname(surname)
    father = tables.russian_first["M"].pick(rng)
    return surname, tables.russian_first[sex].pick(rng), _patronymic(rng, tables.russian_fathers[father], sex)


def _female_surname(surname: str) -> str:
    if surname.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return surname + "а"
    if surname.endswith("ий"):
        return surname[:-2] + "ая"
    return surname


def _patronymic(rng: random.Random, stem: str, sex: str) -> str:
    if rng.random() < _NO_PATRONYMIC_SHARE:
        return ""
    return stem + ("на" if sex == "F" else "ич")


@dataclass(frozen=True, slots=True)
class _PinState:
    """The serials given so far for each (sex, birth day), and the days met so far."""

    serials: dict[tuple[str, int], int]
    days: dict[int, tuple[datetime.date, str]]

    def next_pin(self, rng: random.Random, sex: str) -> tuple[str, str]:
        """A PIN not given before and its ISO birth date; ages are skewed young like a real list.

        When a day's serials run out, the birth day moves a day back.
        """
        day = _YOUNGEST_DAY - int(_DAY_SPAN * rng.random() ** 1.4)
        while True:
            last = self.serials.get((sex, day))
            serial = 1 + int(rng.random() * 60_000) if last is None else last + 1 + int(rng.random() * 9)
            if serial < SERIAL_LIMIT:
                self.serials[sex, day] = serial
                born, iso = self._day(day)
                return make_pin(sex, born, serial), iso
            day = day - 1 if day > _OLDEST_DAY else _YOUNGEST_DAY

    def _day(self, day: int) -> tuple[datetime.date, str]:
        known = self.days.get(day)
        if known is None:
            born = datetime.date.fromordinal(day)
            known = self.days[day] = (born, born.isoformat())
        return known


def _pick(rng: random.Random, items: Sequence[_T]) -> _T:
    """`rng.choice` without its overhead (this runs millions of times in the benchmarks)."""
    return items[int(rng.random() * len(items))]


def _address(rng: random.Random) -> str:
    street, house = _pick(rng, _STREETS), 1 + int(rng.random() * 180)
    if rng.random() < _CITY_SHARE:
        city = "Бишкек" if rng.random() < 0.4 else _pick(rng, _CITIES)
        flat = f", {1 + int(rng.random() * 120)}-батир" if rng.random() < _FLAT_SHARE else ""
        return f"{city} шаары, {street} көчөсү, {house}-үй{flat}"
    oblast, district, villages = _pick(rng, _VILLAGES)
    village = _pick(rng, villages)
    return f"{oblast} облусу, {district} району, {village} айылы, {street} көчөсү, {house}-үй"


def write_voters_csv(rows: Iterable[VoterRow], path: pathlib.Path) -> int:
    """Writes the voter CSV of CLI.md (UTF-8, header, RFC 4180 quoting); returns the row count."""
    values = operator.attrgetter(*_CSV_FIELDS)
    count = 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(_CSV_FIELDS)
        for row in rows:
            writer.writerow(values(row))
            count += 1
    return count
