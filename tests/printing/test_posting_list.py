"""The list for posting (R-CAL-1: day 70): full name and precinct only (R-DATA-3), Kyrgyz order,
"posted on" date and page x/y on every page, 6,000 names streamed from an iterable."""

from __future__ import annotations

import dataclasses
import io
import re
import time
from collections.abc import Iterator

import pytest

from app.models.records import VoterRow
from app.models.synthetic import generate_voters
from app.models.text import name_sort_key
from app.printing.base import Footer
from app.printing.posting_list import PostingEntry, PostingListData, render_posting_list
from tests.conftest import PLANTED
from tests.printing.conftest import pdf_lines, pdf_pages

DATA = PostingListData(precinct="1001", posted_on="2026-10-11")
# Pairs that code-point order gets wrong: Ң Ө Ү come after Я there, after Н О У in Kyrgyz.
KYRGYZ_ORDER = [
    ("Жанышев", "Бакыт"), ("Жаңылов", "Азамат"), ("Жоробеков", "Нурлан"),
    ("Орозов", "Марат"), ("Өмүров", "Талант"), ("Пахомов", "Илья"),
    ("Усонов", "Эрлан"), ("Үсөнов", "Бекжан"), ("Фомин", "Олег"),
]  # fmt: skip


def entry(voter: VoterRow) -> PostingEntry:
    return PostingEntry(voter.last_name, voter.first_name, voter.patronymic)


def voters_with_marker() -> Iterator[VoterRow]:
    yield from generate_voters(5989, seed=5)
    yield PLANTED
    for last, first in KYRGYZ_ORDER[::-1]:  # fed in reverse: the renderer orders them
        yield dataclasses.replace(PLANTED, last_name=last, first_name=first, patronymic="", pin="0")
    yield dataclasses.replace(PLANTED, last_name="Ыдырысов", first_name="Ноорузбек", patronymic="", pin="0")


def test_six_thousand_names_in_kyrgyz_order_with_page_numbers(footer: Footer) -> None:
    out = io.BytesIO()
    start = time.perf_counter()
    pages = render_posting_list(DATA, (entry(v) for v in voters_with_marker()), out, footer=footer)
    elapsed = time.perf_counter() - start
    assert elapsed < 30  # about 1-2 s here; bench/ measures the receipt
    pdf = out.getvalue()
    lines = pdf_lines(pdf)
    assert len(lines) == pages > 100
    rows: list[tuple[int, str, str]] = []
    for number, page in enumerate(lines, 1):
        assert page[:2] == ["ШАЙЛООЧУЛАРДЫН ТИЗМЕСИ", "Алдын ала тизме"]  # the stage named by the catalogue
        assert "№1001 шайлоо участогу" in page[2] and "Таанышуу үчүн илинген күнү: 11.10.2026" in page[2]
        assert page[-1].endswith(f"Барак {number}/{pages}")
        for line in page:
            match = re.fullmatch(r"(\d+) (.+) (\d{4})", line)
            if match:
                rows.append((int(match[1]), match[2], match[3]))
    assert [r[0] for r in rows] == list(range(1, 6001))
    assert {r[2] for r in rows} == {"1001"}
    names = [r[1] for r in rows]
    expected = sorted(voters_with_marker(), key=lambda v: name_sort_key(v.last_name, v.first_name, v.patronymic))
    assert names == [entry(v).full_name for v in expected]
    positions = [names.index(f"{last} {first}") for last, first in KYRGYZ_ORDER]
    assert positions == sorted(positions)
    assert sorted(KYRGYZ_ORDER) != KYRGYZ_ORDER  # code-point order would differ
    # the reference extractor agrees on the first and last page
    first, last = pdf_pages(pdf, only=(0, -1))
    assert names[0] in first and names[-1] in last and f"Барак {pages}/{pages}" in last


def test_no_confidential_field_on_the_posting_list(footer: Footer) -> None:
    """R-DATA-3: the planted voter is listed by name and precinct; PIN, birth date and address never."""
    voters = [*generate_voters(300, seed=2), PLANTED]
    out = io.BytesIO()
    render_posting_list(DATA, (entry(v) for v in voters), out, footer=footer, lang="ru")
    text = " ".join(" ".join(page) for page in pdf_lines(out.getvalue()))
    assert f"{PLANTED.last_name} {PLANTED.first_name}" in text
    squashed = text.replace(" ", "")
    for voter in voters:
        assert voter.pin not in squashed
        assert voter.address.replace(" ", "") not in squashed
    assert PLANTED.birth_date not in text and "15.03.1990" not in text and "Маркер" not in text
    assert "СПИСОК ИЗБИРАТЕЛЕЙ Предварительный список" in text and "Вывешен для ознакомления: 11.10.2026" in text
    assert {f.name for f in dataclasses.fields(PostingEntry)} == {"last_name", "first_name", "patronymic"}


def test_presorted_input_streams_and_order_is_checked(footer: Footer) -> None:
    ordered = sorted(
        (entry(v) for v in generate_voters(500, seed=9)),
        key=lambda e: name_sort_key(e.last_name, e.first_name, e.patronymic),
    )
    consumed: list[PostingEntry] = []

    def stream() -> Iterator[PostingEntry]:
        for item in ordered:
            consumed.append(item)
            yield item

    out = io.BytesIO()
    pages = render_posting_list(
        dataclasses.replace(DATA, stage="final"), stream(), out, footer=footer, lang="en", presorted=True
    )
    assert consumed == ordered
    text = pdf_pages(out.getvalue())
    assert "VOTER LIST Final list" in text[0] and "2026-10-11" in text[0] and f"Page 1/{pages}" in text[0]
    with pytest.raises(ValueError, match="order"):
        render_posting_list(DATA, reversed(ordered), io.BytesIO(), footer=footer, presorted=True)
    with pytest.raises(ValueError, match="stage"):
        render_posting_list(dataclasses.replace(DATA, stage="draft"), [], io.BytesIO(), footer=footer)


def test_empty_list_still_has_one_page_with_footer(footer: Footer) -> None:
    out = io.BytesIO()
    assert render_posting_list(dataclasses.replace(DATA, stage="control"), [], out, footer=footer) == 1
    text = pdf_pages(out.getvalue())[0]
    assert "ШАЙЛООЧУЛАРДЫН ТИЗМЕСИ Текшерүү тизмеси" in text and "Барак 1/1" in text


def test_a_very_long_name_wraps_not_cut(footer: Footer) -> None:
    long_name = PostingEntry("Абдыкадыров-Жаңыбеков-Өмүрзаков-Үсөнбаев", "Мухаммедкаримбек", "Абдыжапарбекович")
    short = PostingEntry("Үсөнов", "Бекжан")
    out = io.BytesIO()
    render_posting_list(DATA, [long_name, short], out, footer=footer)
    text = " ".join(pdf_lines(out.getvalue())[0])
    assert f"1 {long_name.full_name} 1001 2 Үсөнов Бекжан 1001" in text  # the whole name on two lines, then the next
