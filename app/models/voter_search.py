"""Voter search over the encrypted store (DESIGN.md "Text").

Every query word is a prefix of some token of the voter's name, in any order, in
Cyrillic of any case or in Latin (`app.models.text`). Results come in Kyrgyz
alphabetical order from a binary sort key stored with every token row, so order is
index order, never a Python collation callback. Two words that are not
prefixes of each other use the pair postings (every unordered pair of a voter's tokens):
  pair    the exact runs of voters having a token for each word, merged in sort order.
Otherwise the most selective word (by the token statistics) drives one of three plans:
  merge   its prefix covers few distinct tokens: read each token's rows in sort order
          (the `voter_token` primary key), only as many as needed, and merge them;
          the other words filter with `instr` on the stored search text;
  sparse  many distinct tokens but few rows: read the whole range, sort the hits;
  dense   common words (a letter or two): walk the list in sort order through the
          covering `voter_by_sort` index and stop after `limit` hits.
A surname prefix clusters in one stretch of the alphabet, so "dense" is only chosen
when the prefix is too short to name a few tokens (bench/search.py measures all three).

Rank: a voter one of whose surname tokens a query word prefixes comes before the others
(`usonov` lists the Үсөнов family before the Үсөнович patronymics); each rank is in Kyrgyz
order (docs/decisions.md). The plan's first `want` voters are ranked in Python from their
search text; only when there are more matches and the first ones are not all of the first
rank is the plan run again with the surname condition, giving the first rank whole.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass

from app.models.db import Connection
from app.models.text import SURNAME_END, in_surname, name_sort_key, name_tokens, query_words, search_text

MERGE_MAX_TOKENS = 48  # distinct tokens read one by one (bench/search.py)
PAIR_MAX_RUNS = 400  # distinct token pairs a merge may consider
PAIR_SEPARATOR = "\x01"  # below every letter, so "a\x01b" ranges stay inside token a
SPARSE_MAX = 3000  # rows worth reading and sorting whole
PIN_MIN_DIGITS = 4


@dataclass(frozen=True)
class Hits:
    tokens: list[tuple[str, bytes]]  # distinct tokens and their first sort keys (≤ MERGE_MAX_TOKENS)
    rows: int  # token rows in the range (capped)


@dataclass(frozen=True)
class Plan:
    ids: list[int]  # voter ids in Kyrgyz order, up to limit + 1
    name: str


def name_pairs(tokens: list[str]) -> list[str]:
    """The unordered pairs of a voter's distinct tokens, smaller token first."""
    ordered = sorted(set(tokens))
    return [a + PAIR_SEPARATOR + b for a, b in itertools.combinations(ordered, 2)]


def stat_pairs(tokens: list[str]) -> list[str]:
    """Every ordered pair of a voter's distinct tokens: the statistics can be probed from
    either word of a query."""
    distinct = sorted(set(tokens))
    return [a + PAIR_SEPARATOR + b for a, b in itertools.permutations(distinct, 2)]


def _canonical(pair: str) -> str:
    first, second = pair.split(PAIR_SEPARATOR)
    return PAIR_SEPARATOR.join(sorted((first, second)))


def upper_bound(prefix: str) -> str:
    return prefix + "\uffff"


class VoterSearch:
    def __init__(
        self,
        conn: Connection,
        sparse_max: int = SPARSE_MAX,
        merge_max: int = MERGE_MAX_TOKENS,
        use_pairs: int = 1,
    ) -> None:
        self._conn = conn
        self._sparse_max = sparse_max
        self._merge_max = merge_max
        self._use_pairs = use_pairs

    def ids(self, query: str, limit: int) -> Plan:
        """Up to `limit + 1` matching voter ids in Kyrgyz order, and the plan used."""
        words = query_words(query)
        if not words:
            return Plan([], "empty")
        if len(words) == 1 and words[0].isdigit():
            return Plan(self._pin(words[0], limit + 1), "pin")
        plan = self._name_plan(words, limit + 1)
        return Plan(self._ranked(plan.ids, words, limit + 1), plan.name)

    def _ranked(self, ids: list[int], words: list[str], want: int) -> list[int]:
        """The first `want` matches, surname matches first, given the first `want` in order."""
        padded = [*ids, *[0] * (want - len(ids))]  # one statement for every result size
        rows = self._conn.execute(f"SELECT id, search_text FROM voter WHERE id IN ({','.join('?' * want)})", padded)
        texts = dict(rows)
        first = [i for i in ids if any(in_surname(texts.get(i, ""), w) for w in words)]
        if len(ids) == want and len(first) < want:  # more matches: the first rank may go on
            first = self._name_plan(words, want, surname=True).ids
        chosen = set(first)
        return (first + [i for i in ids if i not in chosen])[:want]

    def _name_plan(self, words: list[str], want: int, *, surname: bool = False) -> Plan:
        hits = {w: self._hits(w) for w in words}
        use_pairs = self._use_pairs and len(words) > 1 and not surname
        pair = self._pair_plan(words, hits, want) if use_pairs else None
        if pair is not None:
            return Plan(pair, "pair")
        driver = min(words, key=lambda w: hits[w].rows)
        others = [" " + w for w in words if w != driver]
        condition = _surname_condition(words, surname)
        if hits[driver].rows == 0:  # a word no voter has: nothing can match every word
            return Plan([], "empty")
        if hits[driver].tokens:
            return Plan(self._merge(hits[driver].tokens, others, want, condition), "merge")
        if hits[driver].rows <= self._sparse_max:
            return Plan(self._sparse(driver, others, want, condition), "sparse")
        return Plan(self._dense([" " + w for w in words], want, condition), "dense")

    def _hits(self, word: str) -> Hits:
        bounds = (word, upper_bound(word))
        rows = self._conn.execute(
            f"SELECT token, n, first_key FROM token_stat WHERE token >= ? AND token < ? {_limit(self._merge_max + 1)}",
            bounds,
        ).fetchall()
        if len(rows) <= self._merge_max:
            return Hits([(r[0], r[2]) for r in rows], sum(r[1] for r in rows))
        total = self._conn.execute(
            "SELECT sum(n) FROM (SELECT n FROM token_stat WHERE token >= ? AND token < ? LIMIT 100000)", bounds
        ).fetchone()[0]
        return Hits([], int(total))

    def _pair_plan(self, words: list[str], hits: dict[str, Hits], want: int) -> list[int] | None:
        """The two rarest words through the pair postings, or None when they cannot be used.

        The statistics hold every pair in both orders, so only the word with fewer tokens is
        probed; the postings hold each pair once, smaller token first."""
        a, b = sorted(words, key=lambda w: hits[w].rows)[:2]
        if a.startswith(b) or b.startswith(a) or not (hits[a].tokens and hits[b].tokens):
            return None  # one token could match both words; or too many tokens to probe
        probe, other = (a, b) if len(hits[a].tokens) <= len(hits[b].tokens) else (b, a)
        ranges = [t + PAIR_SEPARATOR + other for t, _ in hits[probe].tokens]
        runs = [
            (_canonical(pair), n, first)
            for lo in ranges
            for pair, n, first in self._conn.execute(_PAIR_STATS, (lo, upper_bound(lo)))
        ]
        rest = [w for w in words if w not in (a, b)]
        if rest:  # a third word: read the (few) pairs whole and filter the voters
            if sum(n for _, n, _ in runs) > self._sparse_max:
                return None
            rows = sorted(r for pair, _, _ in runs for r in self._conn.execute(_PAIR_RUN, (pair,)))
            return self._filter(list(_distinct(voter_id for _, voter_id in rows)), rest)[:want]
        if len(runs) > PAIR_MAX_RUNS:
            return None
        return self._merged(_PAIR_RUN, [((pair,), first) for pair, _, first in runs], want)

    def _filter(self, ids: list[int], words: list[str]) -> list[int]:
        """Keeps, in order, the voters whose names also match `words` (a third word and on)."""
        if not words or not ids:
            return ids
        filters = " AND ".join("instr(search_text, ?) > 0" for _ in words)
        sql = f"SELECT id FROM voter WHERE id IN ({','.join('?' * len(ids))}) AND {filters}"
        keep = {r[0] for r in self._conn.execute(sql, (*ids, *(" " + w for w in words)))}
        return [i for i in ids if i in keep]

    def _merge(self, tokens: list[tuple[str, bytes]], others: list[str], want: int, condition: Condition) -> list[int]:
        filters = "".join(" AND instr(search_text, ?) > 0" for _ in others) + condition[0]
        sql = f"SELECT sort_key, voter_id FROM voter_token WHERE token = ?{filters}"
        return self._merged(sql, [((token, *others, *condition[1]), first) for token, first in tokens], want)

    def _merged(self, select: str, runs: list[tuple[tuple[object, ...], bytes]], want: int) -> list[int]:
        """The first `want` voters of several runs, each sorted by (sort_key, voter_id).

        Runs are taken in the order of their first sort key (kept in the statistics): once
        `want` voters are known, a run starting after the last of them cannot add any, and
        neither can the later runs. Runs are read one after another through one cached
        statement: cursors open side by side would each prepare their own statement, which
        costs more than the rows (bench/search.py)."""
        order = f"ORDER BY sort_key, voter_id {_limit(want)}"
        head, below = f"{select} {order}", f"{select} AND (sort_key, voter_id) < (?, ?) {order}"
        best: list[tuple[bytes, int]] = []
        for params, first in sorted(runs, key=lambda run: run[1]):
            if len(best) < want:
                found = self._conn.execute(head, params)
            elif first <= best[-1][0]:
                found = self._conn.execute(below, (*params, *best[-1]))
            else:
                break
            best = sorted(set(best).union(found))[:want]
        return [voter_id for _, voter_id in best]

    def _sparse(self, driver: str, others: list[str], want: int, condition: Condition) -> list[int]:
        filters = "".join(" AND instr(search_text, ?) > 0" for _ in others) + condition[0]
        sql = f"SELECT voter_id FROM voter_token WHERE token >= ? AND token < ?{filters} ORDER BY sort_key, voter_id"
        rows = self._conn.execute(sql, (driver, upper_bound(driver), *others, *condition[1]))
        return list(itertools.islice(_distinct(r[0] for r in rows), want))

    def _dense(self, needles: list[str], want: int, condition: Condition) -> list[int]:
        filters = " AND ".join("instr(search_text, ?) > 0" for _ in needles) + condition[0]
        sql = f"SELECT id FROM voter INDEXED BY voter_by_sort WHERE {filters} ORDER BY sort_key, id {_limit(want)}"
        return [r[0] for r in self._conn.execute(sql, (*needles, *condition[1]))]

    def _pin(self, digits: str, want: int) -> list[int]:
        if len(digits) < PIN_MIN_DIGITS:
            return []
        sql = f"SELECT id FROM voter WHERE pin >= ? AND pin < ? ORDER BY sort_key, id {_limit(want)}"
        return [r[0] for r in self._conn.execute(sql, (digits, upper_bound(digits)))]


def _limit(rows: int) -> str:
    """A LIMIT clause with the number written in: with a bound parameter there, SQLite
    prepares the statement again at every execution (its plan may depend on the limit),
    which costs more than the query itself (tests/test_search.py, bench/search.py)."""
    return f"LIMIT {int(rows)}"


# An SQL condition ANDed to a plan's filters, and its parameters.
Condition = tuple[str, tuple[object, ...]]


def _surname_condition(words: list[str], surname: bool) -> Condition:
    """When `surname`, some word prefixes a surname token: its first place in the search text is
    before the bar. The condition is in every plan's statement, switched off by its first
    parameter, so the statements of both ranks are one in the connection's statement cache."""
    one = f"instr(search_text, ?) BETWEEN 1 AND instr(search_text, '{SURNAME_END}')"
    return " AND (? OR " + " OR ".join(one for _ in words) + ")", (int(not surname), *(" " + w for w in words))


_PAIR_STATS = "SELECT pair, n, first_key FROM pair_stat WHERE pair >= ? AND pair < ?"
_PAIR_RUN = "SELECT sort_key, voter_id FROM voter_pair WHERE pair = ?"
_ORDER = "ORDER BY sort_key, voter_id"


def _distinct(ids: Iterator[int]) -> Iterator[int]:
    """A voter matched through two tokens appears twice, at the same sort position."""
    seen: set[int] = set()
    for voter_id in ids:
        if voter_id not in seen:
            seen.add(voter_id)
            yield voter_id


REBUILD_CHUNK = 5000


def rebuild_search_index(conn: Connection) -> None:
    """Recomputes every voter's sort key, search text and postings, and the statistics.

    The precinct migration that follows a change of the key rules (`app.models.text`) runs
    this, so a store made before is searched with the new keys (tests/test_search_spellings.py)."""
    for table in ("voter_token", "voter_pair", "token_stat", "pair_stat"):
        conn.execute(f"DELETE FROM {table}")
    last = 0
    select = "SELECT id, last_name, first_name, patronymic FROM voter WHERE id > ? ORDER BY id LIMIT ?"
    while rows := conn.execute(select, (last, REBUILD_CHUNK)).fetchall():
        _reindex(conn, rows)
        last = rows[-1][0]
    conn.execute("INSERT INTO token_stat SELECT token, count(*), min(sort_key) FROM voter_token GROUP BY token")
    conn.execute("INSERT INTO pair_stat SELECT pair, count(*), min(sort_key) FROM voter_pair GROUP BY pair")
    swapped = "substr(pair, instr(pair, char(1)) + 1) || char(1) || substr(pair, 1, instr(pair, char(1)) - 1)"
    conn.execute(f"INSERT INTO pair_stat SELECT {swapped}, count(*), min(sort_key) FROM voter_pair GROUP BY pair")


def _reindex(conn: Connection, rows: list[tuple[int, str, str, str]]) -> None:
    voters, tokens, pairs = [], [], []
    for voter_id, *names in rows:
        key, text, tokens_of = name_sort_key(*names), search_text(*names), name_tokens(*names)
        voters.append((key, text, voter_id))
        tokens += [(token, key, voter_id, text) for token in tokens_of]
        pairs += [(pair, key, voter_id) for pair in name_pairs(tokens_of)]
    conn.executemany("UPDATE voter SET sort_key = ?, search_text = ? WHERE id = ?", voters)
    conn.executemany("INSERT INTO voter_token VALUES (?,?,?,?)", sorted(tokens))
    conn.executemany("INSERT INTO voter_pair VALUES (?,?,?)", sorted(pairs))
