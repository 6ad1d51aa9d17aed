"""Search finds the spellings real passports and people write (issue 11, point 7; R-DATA-1,
R-CLM-2: the ФИО a PEC member looks up on intake; DESIGN.md "Text").

Every family is a table built from its standard (ICAO Doc 9303, GOST 7.79-2000 system B) or
from practice (Russian forms of Kyrgyz names, the old letter Ѳ, look-alike letters typed on the
other keyboard), and every row is a query on a real SQLCipher store, checked for which voters
come back and in what order. The surname rank (docs/decisions.md) and
the migration that rebuilds an older store's keys are here too.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from app.models.db import migrate, new_key, open_store, transaction
from app.models.records import VoterRow
from app.models.schema import PRECINCT_MIGRATIONS
from app.models.synthetic import generate_voters
from app.models.text import name_tokens, normalize, sort_key
from app.models.voters import VoterRepository
from tests.search_index import assert_index_whole, index_terms, insert_old_voters

# ICAO Doc 9303 "Machine Readable Travel Documents", Part 3 (8th ed., 2021), section 6
# (transliteration of national characters), the Cyrillic table (Appendix B), Russian letters;
# the same table was Appendix 9 to Section IV of Part 1 Vol. 1 in the 6th edition. Ь has no
# entry: it is left out. Ң Ө Ү are not in the table: as Kyrgyz passports write them (NG, O or
# OE, U or UE).
ICAO_9303 = {
    "А": "A", "Б": "B", "В": "V", "Г": "G", "Д": "D", "Е": "E", "Ё": "E", "Ж": "ZH", "З": "Z",
    "И": "I", "Й": "I", "К": "K", "Л": "L", "М": "M", "Н": "N", "О": "O", "П": "P", "Р": "R",
    "С": "S", "Т": "T", "У": "U", "Ф": "F", "Х": "KH", "Ц": "TS", "Ч": "CH", "Ш": "SH",
    "Щ": "SHCH", "Ъ": "IE", "Ы": "Y", "Ь": "", "Э": "E", "Ю": "IU", "Я": "IA",
}  # fmt: skip
KYRGYZ_PASSPORT = [{"Ң": "NG", "Ө": "O", "Ү": "U"}, {"Ң": "NG", "Ө": "OE", "Ү": "UE"}]

# GOST 7.79-2000 (ISO 9:1995), system B, table 1; Ц is CZ before Е И Ы Й and C elsewhere;
# the Kyrgyz letters of its table 2, system B.
GOST_779_B = {
    "А": "a", "Б": "b", "В": "v", "Г": "g", "Д": "d", "Е": "e", "Ё": "yo", "Ж": "zh", "З": "z",
    "И": "i", "Й": "j", "К": "k", "Л": "l", "М": "m", "Н": "n", "О": "o", "П": "p", "Р": "r",
    "С": "s", "Т": "t", "У": "u", "Ф": "f", "Х": "x", "Ц": "c", "Ч": "ch", "Ш": "sh", "Щ": "shh",
    "Ъ": "``", "Ы": "y`", "Ь": "`", "Э": "e`", "Ю": "yu", "Я": "ya",
    "Ң": "n`", "Ө": "o`", "Ү": "u`",
}  # fmt: skip
GOST_CZ_BEFORE = "ЕИЫЙ"

# One voter for every letter of the tables (real names; the letter in the middle of a word
# where it can be, where the spellings differ most).
LETTER_VOTERS = {
    "А": ("Асанов", "Бакыт", "Маратович"), "Б": ("Бообеков", "Алмаз", ""),
    "В": ("Васильева", "Валентина", "Ивановна"), "Г": ("Гүлжигитов", "Эрлан", ""),
    "Д": ("Дөөлөтов", "Данияр", ""), "Е": ("Ерланов", "Бекзат", ""), "Ё": ("Фёдоров", "Пётр", "Семёнович"),
    "Ж": ("Жумабеков", "Ажыбек", ""), "З": ("Зарлыков", "Зарина", ""), "И": ("Исмаилов", "Ибраим", ""),
    "Й": ("Айдаров", "Айбек", "Сергеевич"), "К": ("Кубатов", "Кубат", ""), "Л": ("Лукина", "Людмила", ""),
    "М": ("Мамытов", "Мирлан", ""), "Н": ("Нурланов", "Нурбек", ""), "О": ("Орозбеков", "Орозбек", ""),
    "П": ("Пазылов", "Перизат", ""), "Р": ("Рысбеков", "Руслан", ""), "С": ("Сапаров", "Саламат", ""),
    "Т": ("Талантов", "Талант", ""), "У": ("Урматов", "Улан", ""), "Ф": ("Фаридов", "Фарида", ""),
    "Х": ("Хасанов", "Бахыт", ""), "Ц": ("Цой", "Цыган", ""), "Ч": ("Чынарова", "Чынара", ""),
    "Ш": ("Шаршенов", "Шайлоо", ""), "Щ": ("Щукин", "Борис", ""), "Ъ": ("Объедков", "Игорь", ""),
    "Ы": ("Ырысов", "Ысмайыл", ""), "Ь": ("Ильин", "Игорь", "Васильевич"), "Э": ("Эркинов", "Эмил", ""),
    "Ю": ("Тюлюбаев", "Юлия", ""), "Я": ("Ляззатова", "Яна", ""), "Ң": ("Жаңылов", "Чыңгыз", ""),
    "Ө": ("Төлөгөнов", "Өмүр", ""), "Ү": ("Сүйүнбаев", "Күмүшбек", ""),
}  # fmt: skip

# Russian forms of Kyrgyz surnames as they stand in Soviet-era and Russian-language documents:
# Ү as У (Ю after a consonant), Ө as О, Ё or Е, Ң as Н or НГ.
RUSSIAN_FORMS = [
    ("Дүйшөнбиев", "Дуйшенбиев"), ("Түлөбердиев", "Тюлебердиев"), ("Үсөнбаев", "Усенбаев"),
    ("Өскөнбаева", "Оскенбаева"), ("Төрөкулов", "Торокулов"), ("Төрөкулов", "Тёрёкулов"),
    ("Көчкөнов", "Кочкенов"), ("Бөрүбаев", "Борубаев"), ("Күлүмбаев", "Кюлюмбаев"),
    ("Мыңбаев", "Мынбаев"), ("Мыңбаев", "Мынгбаев"), ("Сүйөркулов", "Суеркулов"),
]  # fmt: skip
RUSSIAN_FIRST = "Нурлан"

# A look-alike letter of the other keyboard in a word: (as typed, the name it is).
LOOK_ALIKES = [
    ("Aсанов", "Асанов"), ("Бeкзат", "Бекзат"), ("Opозбеков", "Орозбеков"), ("Pысбеков", "Рысбеков"),
    ("Cапаров", "Сапаров"), ("Xасанов", "Хасанов"), ("Ypматов", "Урматов"), ("Kубатов", "Кубатов"),
    ("Mамытов", "Мамытов"), ("Hурланов", "Нурланов"), ("Tалантов", "Талантов"), ("Bасильева", "Васильева"),
    ("TAЛAHTOB", "Талантов"), ("KУБATOB", "Кубатов"),
    ("Аsаnov", "Асанов"), ("Sаpаrov", "Сапаров"), ("Kubаtоv", "Кубатов"), ("Nurlаnоv", "Нурланов"),
    ("Rуsbekov", "Рысбеков"), ("Tаlаntоv", "Талантов"), ("Khаsаnоv", "Хасанов"), ("Мamytov", "Мамытов"),
]  # fmt: skip

USONOV = [  # the issue's example: the Үсөнов family before the Үсөнович patronymics
    ("Үсөнова", "Айгүл", "Бакытовна"), ("Үсөнов", "Нурлан", ""), ("Үсөнов", "Бакыт", "Асанович"),
    ("Бекова", "Жаңыл", "Үсөновна"), ("Абдыраев", "Талант", "Үсөнович"), ("Асанов", "Бакыт", "Үсөнович"),
]  # fmt: skip
USONOV_RANKED = [
    "Үсөнов Бакыт Асанович", "Үсөнов Нурлан", "Үсөнова Айгүл Бакытовна",
    "Абдыраев Талант Үсөнович", "Асанов Бакыт Үсөнович", "Бекова Жаңыл Үсөновна",
]  # fmt: skip

NAMES = [
    *LETTER_VOTERS.values(), *((k, RUSSIAN_FIRST, "") for k, _ in RUSSIAN_FORMS), *USONOV,
    ("Ѳмүрбеков", "Таалай", ""), ("Өмүрбеков", "Бакыт", ""), ("Александров", "Максат", ""),
]  # fmt: skip
_TOKENS = {token for name in NAMES for token in name_tokens(*name)}
VOTERS = [
    VoterRow(f"2150319900{i:04d}", last, first, patronymic, "1990-03-15", "M", "Бишкек", "1001")
    for i, (last, first, patronymic) in enumerate(dict.fromkeys(NAMES))
] + [  # other voters for the plans to walk through, none of whom the tables' names find
    v
    for v in generate_voters(3000, seed=7)
    if not any(t.startswith(u) for t in name_tokens(v.last_name, v.first_name, v.patronymic) for u in _TOKENS)
]


def _full(v: VoterRow) -> str:
    return " ".join(filter(None, (v.last_name, v.first_name, v.patronymic)))


def _load(path: Path) -> VoterRepository:
    conn = open_store(path, new_key(), create=True)
    migrate(conn, PRECINCT_MIGRATIONS)
    with transaction(conn):
        VoterRepository(conn).add_many(VOTERS, "2026-01-01", chunk=500)
    return VoterRepository(conn)


def _load_version_8(path: Path) -> VoterRepository:
    """A store as version 8 wrote it, its search keys wrong (no sort key, one token each)."""
    conn = open_store(path, new_key(), create=True)
    migrate(conn, PRECINCT_MIGRATIONS, 8)
    with transaction(conn):
        insert_old_voters(conn, VOTERS)
        conn.execute("UPDATE voter SET sort_key = x'', search_text = ' ' || substr(search_text, 2, 3) || ' '")
    return VoterRepository(conn)


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> VoterRepository:
    return _load(tmp_path_factory.mktemp("spellings") / "p.db")


Search = Callable[[str], list[str]]


@pytest.fixture(scope="module")
def search(repo: VoterRepository) -> Search:
    """The names a query finds, in the order shown."""
    return lambda query: [v.full_name for v in repo.search(query, 50).voters]


def _translit(text: str, table: dict[str, str], exceptions: Callable[[str, int], str | None]) -> str:
    out = []
    for i, char in enumerate(text):
        latin = exceptions(text, i) or table.get(char.upper(), char)
        title = char.isupper() and text[i + 1 : i + 2].islower()
        out.append(latin.capitalize() if title else latin if char.isupper() else latin.lower())
    return "".join(out)


def icao(text: str, kyrgyz: dict[str, str]) -> str:
    return _translit(text, {**ICAO_9303, **kyrgyz}, lambda _, __: None)


def gost_b(text: str) -> str:
    def cz(word: str, i: int) -> str | None:
        after = word[i + 1 : i + 2].upper()
        return "cz" if word[i].upper() == "Ц" and after and after in GOST_CZ_BEFORE else None

    return _translit(text, GOST_779_B, cz)


def _exactly(search: Search, query: str, name: str) -> None:
    """The query finds that voter first, and the same voters in the same order as the name
    itself typed in Cyrillic (other voters whose names the words prefix: Нурлановна ...)."""
    found = search(query)
    assert found[:1] == [name] and found == search(name), query


def test_the_tables_have_every_letter() -> None:
    assert len(VOTERS) > len(NAMES) + 500
    russian = "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"
    assert set(ICAO_9303) == set(russian) and set(GOST_779_B) == set(russian + "ҢӨҮ")
    assert set(LETTER_VOTERS) == set(russian + "ҢӨҮ")
    for letter, name in LETTER_VOTERS.items():
        assert letter in " ".join(name).upper(), letter
    assert icao("Объедков Юлия Ляззат", {}) == "Obieedkov Iuliia Liazzat"
    assert gost_b("Цыганов Цой Щукин Айымкүл") == "Czy`ganov Coj Shhukin Ajy`mku`l"


@pytest.mark.parametrize("letter", list(LETTER_VOTERS))
@pytest.mark.parametrize("kyrgyz", KYRGYZ_PASSPORT, ids=["short", "long"])
def test_icao_9303_spelling_finds_the_voter(search: Search, letter: str, kyrgyz: dict[str, str]) -> None:
    """A name as the passport's Latin line (ICAO 9303) writes it, upper case, finds the voter."""
    name = " ".join(filter(None, LETTER_VOTERS[letter]))
    _exactly(search, icao(name, kyrgyz).upper(), name)


@pytest.mark.parametrize("letter", list(LETTER_VOTERS))
def test_gost_7_79_b_spelling_finds_the_voter(search: Search, letter: str) -> None:
    name = " ".join(filter(None, LETTER_VOTERS[letter]))
    _exactly(search, gost_b(name), name)


@pytest.mark.parametrize("letter", list(LETTER_VOTERS))
def test_each_word_of_a_transliteration_is_a_token_of_the_name(letter: str) -> None:
    """Word by word, below the store: the key of each spelled word is one of the name's tokens."""
    last, first, patronymic = LETTER_VOTERS[letter]
    tokens = name_tokens(last, first, patronymic)
    for word in filter(None, (last, first, patronymic)):
        for spelled in (icao(word, KYRGYZ_PASSPORT[0]), icao(word, KYRGYZ_PASSPORT[1]), gost_b(word)):
            assert normalize(spelled) in tokens, (word, spelled)


@pytest.mark.parametrize(("kyrgyz", "russian"), RUSSIAN_FORMS)
def test_the_russian_form_of_a_kyrgyz_surname_finds_it(search: Search, kyrgyz: str, russian: str) -> None:
    assert search(f"{russian} {RUSSIAN_FIRST}") == [f"{kyrgyz} {RUSSIAN_FIRST}"]
    assert f"{kyrgyz} {RUSSIAN_FIRST}" in search(russian)


def test_the_issue_examples(search: Search) -> None:
    assert search("Дуйшенбиев") == ["Дүйшөнбиев Нурлан"]
    assert search("Тюлебердиев") == ["Түлөбердиев Нурлан"]


def test_fita_reads_as_o_with_a_bar(search: Search) -> None:
    """Ѳ (U+0472/0473), typed for Ө with old fonts: in a name or a query, and sorted as Ө."""
    found = search("Ѳмүрбеков")
    assert found == search("өмүрбеков") == search("Omurbekov")
    assert {"Өмүрбеков Бакыт", "Ѳмүрбеков Таалай"} <= set(found)
    assert search("ѳмүрбеков таалай") == search("Өмүрбеков Таалай") == ["Ѳмүрбеков Таалай"]
    assert sort_key("Ѳмүр") == sort_key("Өмүр")


@pytest.mark.parametrize(("typed", "surname"), LOOK_ALIKES)
def test_look_alike_letters_of_the_other_keyboard(search: Search, typed: str, surname: str) -> None:
    expected = search(surname)
    assert expected and search(typed) == expected


def test_x_and_ks(search: Search) -> None:
    """X is Х in GOST 7.79 B and Uzbek Latin, КС in English spellings: both readings find."""
    assert search("Xasanov Baxyt") == ["Хасанов Бахыт"]
    assert search("Alexandrov Maxat") == ["Александров Максат"]


def test_surname_matches_rank_first_each_rank_in_kyrgyz_order(search: Search) -> None:
    assert search("usonov") == search("Үсөнов") == search("УСЕНОВ") == USONOV_RANKED


@pytest.mark.parametrize("limit", [1, 2, 3, 4, 5])
def test_rank_holds_when_the_list_is_cut(repo: VoterRepository, limit: int) -> None:
    """Fewer places than matches: the first ones in Kyrgyz order are patronymics (Абдыраев), yet
    the surname matches come first."""
    found = repo.search("usonov", limit)
    assert [v.full_name for v in found.voters] == USONOV_RANKED[:limit]
    assert found.more


def test_a_store_made_before_gets_its_keys_rebuilt(tmp_path: Path) -> None:
    """Migration 9 recomputes the search keys of an older store (here wrong: no sort key, one
    token each), and migration 11 builds the FTS5 index from them: it then searches like a new
    one, with the same index."""
    old = _load_version_8(tmp_path / "old.db")
    conn = old._conn
    assert migrate(conn, PRECINCT_MIGRATIONS) == len(PRECINCT_MIGRATIONS)
    assert [v.full_name for v in old.search("Дуйшенбиев").voters] == ["Дүйшөнбиев Нурлан"]
    assert [v.full_name for v in old.search("usonov").voters] == USONOV_RANKED
    new = _load(tmp_path / "new.db")
    assert index_terms(conn, by="pin") == index_terms(new._conn, by="pin")
    assert {"voter_token", "voter_pair", "token_stat", "pair_stat"}.isdisjoint(
        r[0] for r in conn.execute("SELECT name FROM sqlite_master")
    )
    assert_index_whole(conn)
    texts = "SELECT id, sort_key, search_text, place FROM voter ORDER BY id"
    assert conn.execute(texts).fetchall() == new._conn.execute(texts).fetchall()
