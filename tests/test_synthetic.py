"""Synthetic voters for the demo, tests and benchmarks (`pec-desk demo --voters N`, CLI.md).

They must look like a real precinct list: the fields of R-DATA-1 with valid PINs, special
categories of R-DATA-2, both Kyrgyz naming schemes and the letters Ң Ө Ү that search and
sorting must handle (DESIGN.md "Text").
"""

from __future__ import annotations

import csv
import datetime
import inspect
import itertools
import pathlib
import time
from collections import Counter

import pytest

from app.models import synthetic
from app.models.pin import is_valid_pin
from app.models.records import SPECIAL_CATEGORIES, VoterRow
from app.models.synthetic import generate_voters, kyrgyz_stem, write_voters_csv
from app.models.text import name_tokens, normalize

CSV_HEADER = "pin,last_name,first_name,patronymic,birth_date,sex,address,precinct,special_category"
TRADITIONAL = (" уулу", " кызы")


@pytest.fixture(scope="module")
def voters() -> list[VoterRow]:
    return list(generate_voters(20_000, seed=11, precinct="2042"))


def _age(born: str, on: datetime.date = datetime.date(2026, 1, 1)) -> int:
    birth = datetime.date.fromisoformat(born)
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def test_same_seed_same_voters_other_seed_other_voters() -> None:
    first = list(generate_voters(500, seed=3))
    assert first == list(generate_voters(500, seed=3))
    assert first != list(generate_voters(500, seed=4))
    assert list(generate_voters(200, seed=3)) == first[:200]


def test_voters_are_streamed() -> None:
    stream = generate_voters(10**9, seed=1)
    assert inspect.isgenerator(stream)
    started = time.perf_counter()
    assert len(list(itertools.islice(stream, 100))) == 100
    assert time.perf_counter() - started < 5
    assert list(generate_voters(0)) == []
    with pytest.raises(ValueError):
        list(generate_voters(-1))


def test_pins_are_valid_unique_and_match_the_row(voters: list[VoterRow]) -> None:
    """R-DATA-1: 14-digit PIN consistent with birth date and sex."""
    assert len({v.pin for v in voters}) == len(voters) == 20_000
    assert [v for v in voters if not is_valid_pin(v.pin, v.birth_date, v.sex)] == []


def test_fields_have_the_csv_shapes(voters: list[VoterRow]) -> None:
    assert {v.sex for v in voters} == {"F", "M"}
    assert {v.precinct for v in voters} == {"2042"}
    ages = [_age(v.birth_date) for v in voters]
    assert min(ages) >= 18 and max(ages) <= 95
    assert min(ages) <= 20 and max(ages) >= 85
    assert all(v.last_name and v.first_name and v.address for v in voters)


def test_special_categories_are_rare_and_known(voters: list[VoterRow]) -> None:
    """R-DATA-2: about 3% of voters are in a special category."""
    counts = Counter(v.special_category for v in voters)
    assert set(counts) == set(SPECIAL_CATEGORIES)
    assert 0.95 < counts[""] / len(voters) < 0.99


def test_both_kyrgyz_naming_schemes(voters: list[VoterRow]) -> None:
    traditional = [v for v in voters if v.last_name.endswith(TRADITIONAL)]
    assert 0.15 < len(traditional) / len(voters) < 0.4
    assert all(v.patronymic == "" for v in traditional)
    assert all(v.last_name.endswith(" кызы") == (v.sex == "F") for v in traditional)
    russian_style = [v for v in voters if not v.last_name.endswith(TRADITIONAL)]
    with_patronymic = [v for v in russian_style if v.patronymic]
    assert all(v.patronymic.endswith("на" if v.sex == "F" else "ич") for v in with_patronymic)
    assert 0.02 < 1 - len(with_patronymic) / len(russian_style) < 0.08
    assert name_tokens(traditional[0].last_name, "", "") == normalize(traditional[0].last_name).split()
    assert len(name_tokens(traditional[0].last_name, "", "")) == 2


def test_kyrgyz_and_russian_mix(voters: list[VoterRow]) -> None:
    russian_first = set(synthetic.RUSSIAN_FEMALE_NAMES) | {name for name, _ in synthetic.RUSSIAN_MALE_NAMES}
    share = sum(v.first_name in russian_first for v in voters) / len(voters)
    assert 0.2 < share < 0.3
    female_russian = [v for v in voters if v.sex == "F" and v.first_name in russian_first]
    assert Counter(v.last_name[-1] for v in female_russian).most_common(1)[0][0] == "а"


def test_kyrgyz_letters_are_common(voters: list[VoterRow]) -> None:
    names = " ".join(f"{v.last_name} {v.first_name} {v.patronymic}" for v in voters).lower()
    for letter in "ңөү":
        assert names.count(letter) > 500, letter


def test_names_are_skewed_like_a_real_list(voters: list[VoterRow]) -> None:
    surnames = Counter(v.last_name for v in voters if not v.last_name.endswith(TRADITIONAL))
    ranked = [n for _, n in surnames.most_common()]
    assert len(ranked) > 150
    assert ranked[0] > 10 * ranked[len(ranked) // 2]


def test_tables_are_large_enough() -> None:
    assert len(set(synthetic.KYRGYZ_ROOTS)) >= 120
    assert len(set(synthetic.KYRGYZ_MALE_NAMES)) >= 80
    assert len(set(synthetic.KYRGYZ_FEMALE_NAMES)) >= 80


@pytest.mark.parametrize(
    ("root", "surname"),
    [("Асан", "Асанов"), ("Атамбай", "Атамбаев"), ("Сатыбалды", "Сатыбалдиев"), ("Ака", "Акаев"), ("Үсөн", "Үсөнов")],
)
def test_kyrgyz_surname_stems(root: str, surname: str) -> None:
    assert kyrgyz_stem(root) == surname


def test_addresses_are_real_places(voters: list[VoterRow]) -> None:
    villages = [v.address for v in voters if "айылы" in v.address]
    towns = [v.address for v in voters if "шаары" in v.address]
    assert len(villages) + len(towns) == len(voters)
    assert villages and all(" облусу, " in a and " району, " in a for a in villages)
    assert sum(a.startswith("Бишкек шаары") for a in towns) > len(towns) / 4
    assert any(a.startswith("Өзгөн шаары") for a in towns)
    assert all(a.count("-үй") == 1 for a in villages + towns)


def test_csv_round_trip(tmp_path: pathlib.Path, voters: list[VoterRow]) -> None:
    """The voter CSV of CLI.md: UTF-8, header row, RFC 4180 quoting (addresses hold commas)."""
    path = tmp_path / "voters.csv"
    assert write_voters_csv(iter(voters[:300]), path) == 300
    raw = path.read_bytes()
    assert raw.startswith(CSV_HEADER.encode() + b"\r\n")
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, strict=True))
    assert ",".join(rows[0]) == CSV_HEADER
    assert [VoterRow(*row) for row in rows[1:]] == voters[:300]
    assert write_voters_csv([], tmp_path / "empty.csv") == 0
