"""Kyrgyz text rules (DESIGN.md "Text"): search keys, alphabetical order, Latin display.

Search must find a voter's name (R-DATA-1, the ФИО a PEC member checks on intake, R-CLM-2) typed
in Cyrillic of any case or in Latin; lists are in Kyrgyz alphabetical order (R-CAL-1 lists for
posting, R-DATA-3 public ФИО).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.models import synthetic
from app.models.text import (
    KYRGYZ_ALPHABET,
    kyrgyz_compare,
    name_sort_key,
    name_tokens,
    normalize,
    query_words,
    register_collation,
    search_text,
    sort_key,
    transliterate,
)

KEY_RE = re.compile(r"(?:[a-z0-9]+(?: [a-z0-9]+)*)?")
LOWER_ALPHABET = KYRGYZ_ALPHABET.lower()
CYRILLIC_LETTERS = KYRGYZ_ALPHABET + LOWER_ALPHABET + "ҚқҒғҰұІіӘәҺһҶҷӢӣӮӯЎў"
LATIN_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZüöñçşğéıÜÖÑÇŞĞÉ"
names_text = st.text(alphabet=CYRILLIC_LETTERS + LATIN_LETTERS + "0123456789 -'ʼ", max_size=30)
kyrgyz_words = st.text(alphabet=LOWER_ALPHABET, min_size=1, max_size=12)


# --- normalize: properties ---------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_normalize_is_idempotent_for_any_text(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


@settings(max_examples=300, deadline=None)
@given(names_text)
def test_normalize_ignores_case(text: str) -> None:
    assert normalize(text.upper()) == normalize(text.lower()) == normalize(text)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_normalize_output_alphabet(text: str) -> None:
    assert KEY_RE.fullmatch(normalize(text))


@settings(max_examples=100, deadline=None)
@given(st.lists(kyrgyz_words, min_size=1, max_size=4))
def test_separators_only_split_words(words: list[str]) -> None:
    spaced = normalize(" ".join(words))
    assert normalize("-".join(words)) == spaced
    assert normalize("\u2014".join(words)) == spaced
    assert normalize("  " + "\t".join(words) + " ") == spaced


LOOK_ALIKES = {"а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "к": "k", "м": "m", "т": "t"}


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=LOWER_ALPHABET, min_size=2, max_size=14), st.data())
def test_latin_look_alikes_inside_cyrillic_words(word: str, data: st.DataObject) -> None:
    """Up to half of the look-alike letters of a Cyrillic word typed in Latin change nothing."""
    spots = [i for i, c in enumerate(word) if c in LOOK_ALIKES]
    chosen = data.draw(st.sets(st.sampled_from(spots), max_size=len(word) // 2) if spots else st.just(set[int]()))
    mixed = "".join(LOOK_ALIKES[c] if i in chosen else c for i, c in enumerate(word))
    upper = data.draw(st.booleans())
    assert normalize(mixed.upper() if upper else mixed) == normalize(word)


# --- normalize: examples -----------------------------------------------------------------

EQUIVALENT = [
    ("Жаңыл", ["Janyl", "Jangyl", "Zhanyl", "JAŊYL", "ЖАҢЫЛ", "жаңыл"]),
    ("Айгүл", ["Aigul", "Aygul", "Aigyul", "Aigül", "Айгюль"]),
    ("Бакыт", ["Bakyt", "Bakit", "BAKYT"]),
    ("Өмүрбек", ["Omurbek", "Oemuerbek", "Ömürbek", "Ɵmүrbek"]),
    ("Үсөнов", ["Usonov", "Uesoenov", "Üsönov"]),
    ("Тургунбек уулу", ["Turgunbek uulu", "Turgunbek-uulu", "TURGUNBEK  UULU"]),
    ("Чынгыз", ["Chyngyz", "Chingiz", "Чыңгыз", "Çyngyz"]),
    ("Жумабек", ["Zhumabek", "Jumabek", "Dzhumabek", "Djumabek", "Джумабек"]),
    ("Евгений", ["Yevgeniy", "Evgenii", "Evgeniy", "Evgeny", "Евгении"]),
    ("Фёдор", ["Fyodor", "Fedor", "Федор", "ФЁДОР"]),
    ("Ёлкин", ["Yolkin", "Elkin", "Елкин"]),
    ("Цой", ["Tsoy", "Tsoi"]),
    ("Хасан", ["Khasan", "Hasan"]),
    ("Щукин", ["Shchukin", "Shukin"]),
    ("Айсулуу", ["Aisuluu", "Aisulu", "Aysuluu"]),
    ("Жээнбеков", ["Jeenbekov", "Zheenbekov", "Jeenbekov"]),
    ("Түгөлбай", ["Tugolbai", "Tügölbay", "Tuegoelbay"]),
    ("Нурбүбү", ["Nurbubu", "Nurbuebue"]),
    ("Кыргыз", ["Kyrgyz", "Kirgiz", "Qyrgyz"]),
    ("Александр", ["Aleksandr"]),  # "Alexandr": x is Х in the key, КС a second token (below)
    ("Васильевич", ["Vasilyevich", "Vasilevich", "Васильевичъ"]),
    ("Д'Артаньян", ["Дартаньян", "D’Artanyan", "Dartanian"]),
]


@pytest.mark.parametrize(("cyrillic", "spellings"), EQUIVALENT)
def test_cyrillic_and_latin_spellings_share_a_key(cyrillic: str, spellings: list[str]) -> None:
    """DESIGN.md "Text": Cyrillic names are found typed in Latin (Ü→Ү, Ö→Ө, Ng→Ң ...)."""
    expected = normalize(cyrillic)
    assert expected
    assert {s: normalize(s) for s in spellings} == dict.fromkeys(spellings, expected)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Жаңыл", "janil"),
        ("Тургунбек уулу", "turgunbek ulu"),
        ("Асанова Айгүл Турдубековна", "asanova aigul turdubekovna"),
        ("Кара-Балта", "kara balta"),
        ("  Асан,Бакыт.  ", "asan bakit"),
        ("21203199012345", "21203199012345"),
        ("Бакыт2", "bakit2"),
        ("", ""),
        ("—'’ ", ""),
    ],
)
def test_normalize_examples(text: str, key: str) -> None:
    assert normalize(text) == key


@pytest.mark.parametrize(
    ("mixed", "cyrillic"),
    [
        ("Hурлан", "Нурлан"),  # Latin H
        ("Тoктoгул", "Токтогул"),  # Latin o
        ("Aсанов", "Асанов"),  # Latin A
        ("Маpат", "Марат"),  # Latin p reads as Р, not P
        ("Cейтек", "Сейтек"),  # Latin C reads as С (s), not c
        ("Xасан", "Хасан"),  # Latin X reads as Х (h)
        ("Yмүт", "Үмүт"),  # Latin Y reads as У; У and Ү share a key
        ("Bалентина", "Валентина"),  # Latin B reads as В (v)
        ("BAКЫТ", "ВАКЫТ"),  # Latin B and A inside a Cyrillic word
        ("МAMAТ", "Мамат"),
    ],
)
def test_mixed_script_words_fold_like_cyrillic(mixed: str, cyrillic: str) -> None:
    assert normalize(mixed) == normalize(cyrillic)


def test_cyrillic_look_alikes_inside_latin_words() -> None:
    assert normalize("Bаkyt") == normalize("Bakyt")  # Cyrillic а in a Latin word
    assert normalize("Сholpon") == normalize("Cholpon")  # Cyrillic С reads as Latin C here


def test_pure_scripts_are_not_touched_by_look_alike_rules() -> None:
    assert normalize("Cholpon") == "cholpon"  # all Latin: c stays c
    assert normalize("Сholpon") != normalize("Сегиз")
    assert normalize("Марат") == "marat"
    assert normalize("Mapat") == "mapat"  # all Latin: p is p


# --- query words and name tokens -----------------------------------------------------------


def test_query_words_are_distinct_and_in_order() -> None:
    assert query_words("Бакыт асан БАКЫТ Bakyt Асан уулу") == ["bakit", "asan", "ulu"]
    assert query_words("  ") == []


def test_traditional_surname_gives_two_tokens_and_empty_patronymic_none() -> None:
    assert name_tokens("Тургунбек уулу", "Бакыт", "") == ["turgunbek", "ulu", "bakit"]
    assert name_tokens("Асанова", "Айгүл", "Турдубековна") == ["asanova", "aigul", "turdubekovna"]
    assert name_tokens("Асан", "Асан", "") == ["asan"]


def test_x_for_ks_is_a_second_token() -> None:
    """GOST 7.79 B and Uzbek Latin write Х as X, English spellings КС: x folds to h, and a name
    with КС also has its token with h, so both readings find it."""
    assert normalize("Xasan") == normalize("Хасан")
    assert normalize("Alexandr") in name_tokens("Александр", "", "")
    assert normalize("Maxat") in name_tokens("", "Максат", "")


def test_search_text_marks_token_starts() -> None:
    text = search_text("Тургунбек уулу", "Бакыт", "")
    assert text == " turgunbek ulu | bakit "
    for query in ("тург", "Uulu", "Bak", "бакыт"):
        assert all(" " + w in text for w in query_words(query)), query
    for query in ("ургун", "akyt", "Асан"):
        assert not all(" " + w in text for w in query_words(query)), query


# --- alphabetical order ---------------------------------------------------------------------


def test_alphabet_has_the_36_kyrgyz_letters() -> None:
    assert len(KYRGYZ_ALPHABET) == len(set(KYRGYZ_ALPHABET)) == 36
    assert KYRGYZ_ALPHABET.index("Ң") == KYRGYZ_ALPHABET.index("Н") + 1


def test_every_letter_pair_is_in_alphabet_order_in_any_case() -> None:
    for i, a in enumerate(KYRGYZ_ALPHABET):
        assert sort_key(a) == sort_key(a.lower())
        for b in KYRGYZ_ALPHABET[i + 1 :]:
            for x, y in ((a, b), (a.lower(), b.lower()), (a, b.lower()), (a.lower(), b)):
                assert sort_key(x) < sort_key(y), (x, y)
                assert kyrgyz_compare(x, y) == -1 and kyrgyz_compare(y, x) == 1


@settings(max_examples=100, deadline=None)
@given(st.permutations(list(KYRGYZ_ALPHABET + LOWER_ALPHABET)))
def test_sorting_a_shuffled_alphabet_restores_it(letters: list[str]) -> None:
    ordered = sorted(letters, key=sort_key)
    assert [c.upper() for c in ordered] == [c for c in KYRGYZ_ALPHABET for _ in range(2)]


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("Нурлан", "Ңа"),
        ("Нят", "Ңа"),  # Ң after every Н word
        ("Оя", "Өмүр"),  # Ө after О
        ("Уя", "Үсөн"),  # Ү after У
        ("Ея", "Ёлкин"),  # Ё is its own letter after Е
        ("Ёлкин", "Жаңыл"),
        ("Асан", "Асан уулу"),
        ("Асан уулу", "Асанбек"),
        ("Кара-Балта", "Карабалта"),
        ("Бакыт 2", "Бакыт а"),  # digits before letters
        ("Яна", "Aigul"),  # Latin after all Cyrillic
        ("Әлия", "Aigul"),  # other Cyrillic letters before Latin too
        ("Aigul", "Aigul!"),
        ("Zhanyl", "Æsa"),
        ("", "А"),
    ],
)
def test_order_examples(before: str, after: str) -> None:
    assert sort_key(before) < sort_key(after)
    assert kyrgyz_compare(before, after) == -1


def test_case_and_separator_runs_do_not_matter() -> None:
    assert sort_key("АСАН  УУЛУ") == sort_key("асан уулу") == sort_key(" Асан-уулу ")
    assert kyrgyz_compare("Жаңыл", "ЖАҢЫЛ") == 0


def test_name_sort_key_orders_by_surname_then_first_name_then_patronymic() -> None:
    people = [
        ("Асанов", "Айбек", ""),
        ("Асан", "Бакыт", ""),
        ("Асан уулу", "Айбек", ""),
        ("Асанов", "Айбек", "Бакытович"),
        ("Асан", "Айбек", "Жумабекович"),
        ("Асанбек", "А", ""),
    ]
    assert sorted(people, key=lambda p: name_sort_key(*p)) == [
        ("Асан", "Айбек", "Жумабекович"),
        ("Асан", "Бакыт", ""),
        ("Асан уулу", "Айбек", ""),
        ("Асанбек", "А", ""),
        ("Асанов", "Айбек", ""),
        ("Асанов", "Айбек", "Бакытович"),
    ]


def _collated(connect: Callable[[str], sqlite3.Connection], names: list[str]) -> list[str]:
    conn = connect(":memory:")
    try:
        register_collation(conn)
        conn.execute("CREATE TABLE t (x TEXT)")
        conn.executemany("INSERT INTO t VALUES (?)", [(n,) for n in names])
        return [r[0] for r in conn.execute("SELECT x FROM t ORDER BY x COLLATE KYRGYZ")]
    finally:
        conn.close()


any_name = st.text(alphabet=CYRILLIC_LETTERS + LATIN_LETTERS + "0123456789 -.ǅ😀", max_size=12)


@settings(max_examples=100, deadline=None)
@given(st.lists(any_name, max_size=25))
def test_sqlite_collation_sorts_like_sort_key(names: list[str]) -> None:
    collated = _collated(sqlite3.connect, names)
    assert sorted(collated) == sorted(names)
    assert [sort_key(n) for n in collated] == sorted(sort_key(n) for n in names)


def test_sqlcipher_connection_takes_the_collation() -> None:
    sqlcipher3 = pytest.importorskip("sqlcipher3")
    names = ["Үсөнов", "Асанбек", "Асан уулу", "Өмүрбеков", "Ңаа", "Ёлкин", "Омуров", "Асан"]
    assert _collated(sqlcipher3.connect, names) == [
        "Асан", "Асан уулу", "Асанбек", "Ёлкин", "Ңаа", "Омуров", "Өмүрбеков", "Үсөнов"
    ]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(any_name, any_name)
def test_sort_key_is_case_insensitive_and_prefix_ordered(a: str, b: str) -> None:
    assert sort_key(a.upper()) == sort_key(a.lower())
    assert sort_key(a) <= sort_key(a + b)
    if sort_key(a) and a == a.rstrip(" -"):  # a word separator sorts before any letter
        assert sort_key(a) < sort_key(a + " " + b) < sort_key(a + "а") or not sort_key(b)


# --- Latin display --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        ("Жаңыл Өмүрбек", "Jangyl Ömürbek"),
        ("Үсөнов", "Üsönov"),
        ("Чынгыз", "Chyngyz"),
        ("ЧЫНГЫЗ ЖУМАБЕК", "CHYNGYZ JUMABEK"),
        ("Тургунбек уулу", "Turgunbek uulu"),
        ("Щукин Юлия", "Shchukin Yuliya"),
        ("№ 1001, Бишкек", "№ 1001, Bishkek"),
    ],
)
def test_transliterate_examples(cyrillic: str, latin: str) -> None:
    assert transliterate(cyrillic) == latin


ALL_NAMES = sorted(
    {*synthetic.KYRGYZ_ROOTS, *synthetic.KYRGYZ_FEMALE_NAMES, *synthetic.RUSSIAN_SURNAMES}
    | {*synthetic.RUSSIAN_FEMALE_NAMES, *(name for name, _ in synthetic.RUSSIAN_MALE_NAMES)}
)


def test_every_generated_name_is_found_by_its_transliteration() -> None:
    """A name shown in Latin and typed back in Latin finds the Cyrillic name (DESIGN.md "Text")."""
    misses = {name: transliterate(name) for name in ALL_NAMES if normalize(transliterate(name)) != normalize(name)}
    assert misses == {}
    assert len(ALL_NAMES) > 300
