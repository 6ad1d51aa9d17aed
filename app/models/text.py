"""Kyrgyz text rules: search keys, alphabetical order and Latin display (DESIGN.md "Text").

Search key (`normalize`)
    One function folds a name, typed in Cyrillic of any case or in any common Latin
    spelling, to one Latin "skeleton" of the characters [a-z0-9], words joined by single
    spaces. The steps:

    1. the old letter Ѳ (fita) is read as Ө; in a Latin word with GOST 7.79 B marks (y` e` u`
       n`), a j after a vowel is Й; apostrophes, quotes, soft hyphens and zero-width
       characters are dropped (a word is not split by them); NFKC; case-fold; Ş Ç → sh ch;
       NFKD and combining marks dropped (so Ё → Е, Й → И, ü → u, ñ → n, é → e).
    2. words are the runs of letters and digits: whitespace, hyphens, dashes and any other
       punctuation separate words (a decision: "Асанов,Бакыт" gives two words, not one).
    3. mixed-script words: a word holding both Cyrillic and Latin letters has the
       look-alikes of one script replaced by their twins in the other: the script with a
       letter that has no twin (Ы, Ж, ... or d, g, ...) wins, else the majority (Cyrillic
       wins a tie), so "Hурлан" with a Latin H is "Нурлан".
    4. Cyrillic → Latin, letter by letter (ж j, ң n, ө o, ү u, ы i, ч ch, ш/щ sh, ц c,
       х h, ю yu, я ya, ъ/ь dropped, Kazakh/Uzbek/Tajik letters too); digits are kept.
    5. collapse rules, rewritten to a fixpoint so that the result is stable:

       ========================  ==========  ===========================================
       pattern                   becomes     why
       ========================  ==========  ===========================================
       shch, shh                 sh          Щукин = Shchukin (ICAO) = Shhukin (GOST B)
       dzh, zh, dj               j           Жумабек = Zhumabek = Dzhumabek = Jumabek
       kh, x                     h           Хасан = Khasan (ICAO) = Xasan (GOST B, Uzbek)
       ts, cz                    c           Цой = Tsoi (ICAO); Цыган = Czygan (GOST B)
       ng                        n           Жаңыл = Jangyl = Janyl (ң, also Ng in Latin)
       ue, oe                    u, o        Oemuerbek = Өмүрбек
       q, w                      k, v        Qodir, Wiktor
       ye                        e           Yevgeniy = Евгений, Andreyevich
       yo (word start or after   e           Ёлкин = Yolkin, Фёдор = Fyodor
       a consonant)
       yu, iu after a consonant  u           Айгюль = Aigyul = Aigiul (ICAO) = Айгүл
       j after a vowel, before   i           Айбек = Ajbek, Сергей = Sergej (GOST B Й)
       a consonant, ya/yu/yo/ye
       or the word's end
       y                         i           Бакыт = Bakyt = Bakit, Aygul = Айгүл
       a doubled letter          one         Айсулуу = Aisulu, Евгений = Evgeniy (ii)
       ========================  ==========  ===========================================

    The key is lossy on purpose (ы = и = й, ң = н, ө = о, ү = у): search finds a few more
    names, never fewer. A query word is matched as a prefix of a name token, so a query
    that stops inside a digraph ("Dz" of "Dzhumabek") finds less than the whole word does,
    and a query word ending in "aj" reads the j as Й ("Aj" finds Айбек, not Ажыбек).

Name tokens (`name_tokens`, `search_text`)
    A stored name has, beside the key of each word, the keys of the spellings a query may
    use that the key does not fold together: a Kyrgyz word in its Russian form, Ө after the
    first letter written Е (Дүйшөнбиев → Дуйшенбиев, Түлөбердиев → Тюлебердиев), Ъ written
    IE (ICAO 9303), and КС written X ("Alexandr", x being Х in the key). The search text
    puts the surname's tokens before a bar, " асан | бакыт ", so a search can rank the
    voters whose surname matches first (`voter_search`).

Order (`sort_key`)
    A binary key whose byte order is the Kyrgyz alphabet (DESIGN.md): each character
    becomes a code of a prefix-free set, ordered by class: field separator 00, word
    separator 01 (runs of whitespace/hyphens/dashes, ends stripped), digits 02..0B, the 36
    letters of `KYRGYZ_ALPHABET` 10..33, other Cyrillic 40+code point, Latin a..z 50..69
    (diacritics folded to the base letter), other Latin 6A+code point, anything else
    70+code point. Case-insensitive; combining marks and control characters are ignored.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable
from typing import Protocol

KYRGYZ_ALPHABET = "АБВГДЕЁЖЗИЙКЛМНҢОӨПРСТУҮФХЦЧШЩЪЫЬЭЮЯ"

# --- search key -----------------------------------------------------------------------

_APOSTROPHES = "'`´ʹʺʻʼʽˈˊˋ‘’‚‛“”„‟′″‹›«»\"＇＂"
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_DROP_RE = re.compile(f"[{re.escape(_APOSTROPHES + _INVISIBLE)}]")
_CEDILLA_RE = re.compile("[şșç]")  # Turkish/Romanian spellings of ш and ч

_CYRILLIC_TO_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "j", "з": "z",
    "и": "i", "к": "k", "л": "l", "м": "m", "н": "n", "ң": "n", "о": "o", "ө": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ү": "u", "ф": "f", "х": "h",
    "ц": "c", "ч": "ch", "ш": "sh", "щ": "sh", "ъ": "", "ы": "i", "ь": "", "э": "e",
    "ю": "yu", "я": "ya",
    # Kazakh, Uzbek, Tajik, Tatar/Bashkir, Ukrainian letters found in names
    "қ": "k", "ғ": "g", "ҳ": "h", "ұ": "u", "і": "i", "ә": "a", "ҷ": "j", "һ": "h",
    "ҥ": "n", "ӊ": "n", "ӈ": "n", "є": "ye", "ґ": "g", "ҝ": "k", "ҡ": "k", "ҙ": "z",
    "ҫ": "s", "ҹ": "ch", "ј": "j", "ӏ": "",
}  # fmt: skip
_LATIN_EXTRA = {
    "ı": "i", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe",
    "ŋ": "n", "ə": "a", "ɵ": "o", "ħ": "h", "ŧ": "t", "ƶ": "z",
}  # fmt: skip
_TRANSLIT = str.maketrans({**_CYRILLIC_TO_LATIN, **_LATIN_EXTRA})

# look-alike twins (lower case: the key is built after case-folding)
_TWINS = {"a": "а", "b": "в", "c": "с", "e": "е", "h": "н", "i": "і", "k": "к", "m": "м",
          "o": "о", "p": "р", "t": "т", "x": "х", "y": "у"}  # fmt: skip
_LATIN_TO_CYRILLIC = str.maketrans(_TWINS)
_CYRILLIC_TO_TWIN = str.maketrans({cyr: lat for lat, cyr in _TWINS.items()})
_CYRILLIC_TWINS = frozenset(_TWINS.values())

_MARKS_RE = re.compile("[\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_WORD_RE = re.compile(r"[^\W_]+")
_LATIN_LETTER_RE = re.compile("[a-z\u00df-\u00f6\u00f8-\u024f\u0250-\u02af\u1e00-\u1eff]")
_CYRILLIC_LETTER_RE = re.compile("[\u0400-\u052f]")

_CONSONANTS = "bcdfghjklmnpqrstvwxz"
_RULE_RE = re.compile(
    rf"shch|shh|dzh|zh|dj|kh|ts|cz|x|ng|ue|oe|q|w|ye|\byo|(?<=[{_CONSONANTS}])(?:y[ou]|iu)"
    rf"|(?<=[aeiouy])j(?=[{_CONSONANTS}]|\b|y[aeou])|y|([a-z])\1+"
)
_RULES = {
    "shch": "sh", "shh": "sh", "dzh": "j", "zh": "j", "dj": "j", "kh": "h", "ts": "c", "cz": "c",
    "x": "h", "ng": "n", "ue": "u", "oe": "o", "q": "k", "w": "v", "ye": "e", "yo": "e", "yu": "u",
    "iu": "u", "j": "i", "y": "i",
}  # fmt: skip

# the old letter fita, still found for Ө in names typed with old fonts; dotless ı (its upper case is I)
_EARLY = str.maketrans("Ѳѳı", "Өөi")
# GOST 7.79 B: a Latin word marked like y` (Ы), e` (Э), u` (Ү), n` (Ң) writes Й as j
_GOST_WORD_RE = re.compile("[a-z`'ʼ’]*[yeun][`'ʼ’][a-z`'ʼ’]*")
_GOST_J_RE = re.compile("(?<=[aeiouy`'ʼ’])j")
# Russian forms of Kyrgyz names: Ө after the first letter of a word written Е; ICAO writes Ъ IE
_O_BAR = "өӨѳѲ"
_RUSSIAN_O_RE = re.compile(f"(?<=[^\\W\\d_])[{_O_BAR}]")
_RUSSIAN_YO_RE = re.compile(f"(?<=[^\\W\\d_])[йЙ]?[{_O_BAR}]")  # Сүйөркулов → Суеркулов
_HARD_SIGN_RE = re.compile("[ъЪ]")


def normalize(text: str) -> str:
    """The search key of `text`: its words folded to the Latin skeleton (see the module doc)."""
    return " ".join(_key_words(text))


def query_words(text: str) -> list[str]:
    """The distinct key words of a search query, in order; each is matched as a token prefix."""
    return list(dict.fromkeys(_key_words(text)))


def name_tokens(last_name: str, first_name: str, patronymic: str) -> list[str]:
    """The distinct tokens of a voter's name, surname first ("Тургунбек уулу" gives two), with
    the other spellings of each word (see the module doc)."""
    parts = (_part_words(last_name), _part_words(first_name), _part_words(patronymic))
    return list(dict.fromkeys(word for part in parts for word in part))


@functools.lru_cache(maxsize=1 << 16)
def _part_words(part: str) -> tuple[str, ...]:
    """The tokens of one name field; names repeat, so each distinct field is folded once
    (no rule spans a space, so folding the fields apart equals folding them together)."""
    words = _key_words(part)
    if _RUSSIAN_O_RE.search(part):
        for form in (_RUSSIAN_O_RE.sub("е", part), _RUSSIAN_YO_RE.sub("е", part), _WORD_RE.sub(_first_o_kept, part)):
            words += _key_words(form)
    if _HARD_SIGN_RE.search(part):
        words += _key_words(_HARD_SIGN_RE.sub("ие", part))
    words += [word.replace("ks", "h") for word in words if "ks" in word]
    return tuple(dict.fromkeys(words))


def _first_o_kept(word: re.Match[str]) -> str:
    """The Russian form with the word's first Ө as О and the others as Е (Көчкөнов → Кочкенов)."""
    text = word.group()
    first = next((i for i, c in enumerate(text) if c in _O_BAR), len(text))
    return text[: first + 1] + re.sub(f"[{_O_BAR}]", "е", text[first + 1 :])


SURNAME_END = " |"  # in a search text, after the surname's tokens


def search_text(last_name: str, first_name: str, patronymic: str) -> str:
    """The name tokens between spaces, the surname's before a bar (" asan ulu | bakit "):
    `" " + w in search_text` means "w prefixes a token"; before `SURNAME_END`, of the surname."""
    surname = _part_words(last_name)
    rest = [word for word in name_tokens("", first_name, patronymic) if word not in surname]
    return " " + " ".join((*surname, SURNAME_END[1:], *rest)) + " "


def in_surname(text: str, word: str) -> bool:
    """Whether `word` prefixes a surname token of a `search_text`."""
    return 0 <= text.find(" " + word) < text.find(SURNAME_END)


def _key_words(text: str) -> list[str]:
    return _key(text).split()


def _key(text: str) -> str:
    # "´" is dropped first: NFKC would make it a space and a combining accent
    folded = unicodedata.normalize("NFKC", text.replace("´", "")).casefold().translate(_EARLY)
    if "j" in folded and _GOST_WORD_RE.search(folded):
        folded = _GOST_WORD_RE.sub(lambda m: _GOST_J_RE.sub("i", m.group()), folded)
    folded = _DROP_RE.sub("", folded)
    if _CEDILLA_RE.search(folded):
        folded = _CEDILLA_RE.sub(lambda m: "ch" if m.group() == "ç" else "sh", folded)
    folded = _MARKS_RE.sub("", unicodedata.normalize("NFKD", folded))
    if _LATIN_LETTER_RE.search(folded) and _CYRILLIC_LETTER_RE.search(folded):
        folded = " ".join(_unmix(word) for word in _WORD_RE.findall(folded))
    words = [_ascii(word) for word in _WORD_RE.findall(folded.translate(_TRANSLIT))]
    return _collapse(" ".join(word for word in words if word))


def _ascii(word: str) -> str:
    """Keeps ASCII and turns other decimal digits into ASCII ones; drops anything else."""
    if word.isascii():
        return word
    return "".join(c if c.isascii() else str(unicodedata.decimal(c)) if c.isdecimal() else "" for c in word)


def _collapse(words: str) -> str:
    """Applies the collapse rules until nothing changes (no rule spans a space)."""
    while _RULE_RE.search(words):
        words = _RULE_RE.sub(_rewrite, words)
    return words


def _unmix(word: str) -> str:
    """Replaces the look-alikes of one script of a mixed Cyrillic/Latin word by their twins in
    the other: the script with a letter that has no twin wins, else the majority."""
    latin = _LATIN_LETTER_RE.findall(word)
    cyrillic = _CYRILLIC_LETTER_RE.findall(word)
    if not latin or not cyrillic:
        return word
    latin_sure = any(c not in _TWINS for c in latin)
    cyrillic_sure = any(c not in _CYRILLIC_TWINS for c in cyrillic)
    to_cyrillic = cyrillic_sure if latin_sure != cyrillic_sure else len(cyrillic) >= len(latin)
    return word.translate(_LATIN_TO_CYRILLIC if to_cyrillic else _CYRILLIC_TO_TWIN)


def _rewrite(match: re.Match[str]) -> str:
    found = match.group()
    return _RULES.get(found, found[0])


# --- alphabetical order ---------------------------------------------------------------

FIELD_SEPARATOR = b"\x00"
_WORD_SEPARATOR = "\x01"
_SEPARATORS = " \t\n\r\v\f\u00a0\u2007\u202f-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_OTHER_CYRILLIC, _LATIN_A, _OTHER_LATIN, _OTHER = 0x40, 0x50, 0x6A, 0x70


def _sort_table() -> dict[int, str]:
    table: dict[int, str] = {code: _long_code(_OTHER, code) for code in range(0x20, 0x7F)}
    table.update(dict.fromkeys(range(0x20), ""))
    table[0x7F] = ""
    table.update({ord(c): _WORD_SEPARATOR for c in _SEPARATORS})
    table.update({ord(str(d)): chr(0x02 + d) for d in range(10)})
    table.update({ord(c): chr(_LATIN_A + i) for i, c in enumerate("abcdefghijklmnopqrstuvwxyz")})
    table[ord("ı")] = table[ord("i")]  # dotless i: upper() gives I, which folds to i
    table.update({ord(c): chr(0x10 + i) for i, c in enumerate(KYRGYZ_ALPHABET.lower())})
    table[ord("ѳ")] = table[ord("ө")]  # fita, read as Ө
    return table


def _long_code(lead: int, code_point: int) -> str:
    return chr(lead) + "".join(chr(b) for b in code_point.to_bytes(3, "big"))


_SORT_TABLE = _sort_table()
_SEPARATOR_RUN_RE = re.compile(f"{_WORD_SEPARATOR}+")


@functools.lru_cache(maxsize=1 << 16)
def sort_key(text: str) -> bytes:
    """A key whose byte order is Kyrgyz alphabetical order, case-insensitive."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    coded = folded.translate(_SORT_TABLE)
    if coded.isascii():  # every code is ASCII: "\x01" can only be a word separator
        coded = _SEPARATOR_RUN_RE.sub(_WORD_SEPARATOR, coded).strip(_WORD_SEPARATOR)
    else:
        coded = _join_codes(_char_code(char) for char in folded)
    return coded.encode("latin-1")


def _join_codes(codes: Iterable[str]) -> str:
    """Joins character codes, one word separator for a run, none at either end."""
    parts: list[str] = []
    pending = False
    for code in codes:
        if code == _WORD_SEPARATOR:
            pending = bool(parts)
        elif code:
            if pending:
                parts.append(_WORD_SEPARATOR)
                pending = False
            parts.append(code)
    return "".join(parts)


def _char_code(char: str) -> str:
    code = _SORT_TABLE.get(ord(char))
    if code is not None:
        return code
    if char.isspace():
        return _WORD_SEPARATOR
    if unicodedata.category(char) in ("Mn", "Me", "Cf", "Cc"):
        return ""
    if char.isdecimal():
        return chr(0x02 + unicodedata.decimal(char))
    base = unicodedata.normalize("NFD", char)[0]
    if base != char and ord(base) in _SORT_TABLE and base.isalpha():
        return _SORT_TABLE[ord(base)]
    name = unicodedata.name(char, "")
    lead = _OTHER_CYRILLIC if name.startswith("CYRILLIC") else _OTHER_LATIN if name.startswith("LATIN") else _OTHER
    return _long_code(lead, ord(char))


def name_sort_key(last_name: str, first_name: str, patronymic: str) -> bytes:
    """Orders by surname, then first name, then patronymic ("Асан Бакыт" < "Асанов Айбек")."""
    return FIELD_SEPARATOR.join((sort_key(last_name), sort_key(first_name), sort_key(patronymic)))


def kyrgyz_compare(a: str, b: str) -> int:
    """-1, 0 or 1 as `a` sorts before, with or after `b` in Kyrgyz alphabetical order."""
    key_a, key_b = sort_key(a), sort_key(b)
    return (key_a > key_b) - (key_a < key_b)


class CollationConnection(Protocol):
    """The part of a DB-API connection (sqlite3, sqlcipher3) that registers a collation."""

    def create_collation(self, name: str, callback: Callable[[str, str], int], /) -> None: ...


def register_collation(conn: CollationConnection) -> None:
    """Makes `ORDER BY x COLLATE KYRGYZ` follow `sort_key` on this connection."""
    conn.create_collation("KYRGYZ", kyrgyz_compare)


# --- Latin display --------------------------------------------------------------------

_DISPLAY = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "j",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "ң": "ng",
    "о": "o", "ө": "ö", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ү": "ü",
    "ф": "f", "х": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y",
    "ь": "", "э": "e", "ю": "yu", "я": "ya", "қ": "k", "ғ": "g", "ҳ": "h", "ұ": "u",
    "і": "i", "ә": "ä", "ҷ": "j", "ѳ": "ö", "ӣ": "i", "ӯ": "u", "ў": "u", "һ": "h",
}  # fmt: skip


def transliterate(text: str) -> str:
    """A readable Latin rendering of Cyrillic for display ("Жаңыл Өмүрбек" → "Jangyl Ömürbek")."""
    return "".join(_display_char(text, i) for i in range(len(text)))


def _display_char(text: str, i: int) -> str:
    char = text[i]
    latin = _DISPLAY.get(char.lower())
    if latin is None:
        return char
    if not char.isupper():
        return latin
    neighbours = text[max(i - 1, 0) : i] + text[i + 1 : i + 2]
    if any(c.isupper() for c in neighbours):
        return latin.upper()
    return latin.capitalize()
