"""The fault harness's own judgements (issue 10 point 7), on made-up observations: a harness that
cannot see a half-applied write, a lost claim, a forked batch stream or a traceback proves nothing.
The properties it checks are R-SYN-2 (the stream), R-AUD-1 (every change audited) and CLI.md's
`[code]` contract."""

from __future__ import annotations

import io
from pathlib import Path

from tests.faults.checks import (
    batch_problems,
    claims_without_event,
    code_line_problem,
    content_problems,
    kill_points,
    leftovers,
    lost_claims,
    normalize,
    password_problems,
    printed_claims,
    reason_of,
    sequence_problems,
    summarize,
)
from tests.faults.fuzz import mutate
from tests.faults.report import Report

TRACE = """\
rename("/tmp/w/data/.audit-checkpoint.json.tmp-1", "/tmp/w/data/audit-checkpoint.json") = 0
unlink("/tmp/tmpx1") = 0
fsync(12</tmp/w/data>) = 0
unlink("/tmp/w/out/.pec-envelope-1.spool") = 0
--- SIGCHLD {si_signo=SIGCHLD} ---
"""


def test_a_traceback_or_a_bare_failure_is_a_violation() -> None:
    """CLI.md: a refusal is one `[code] explanation` line; a traceback never reaches the user."""
    assert code_line_problem(0, "") is None
    assert code_line_problem(1, "[store-in-use] Another program uses the store.\n") is None
    assert code_line_problem(-9, "") is None  # a kill is judged by the state after it
    crash = "Traceback (most recent call last):\n  File x\nsqlite3.IntegrityError: UNIQUE constraint failed\n"
    assert code_line_problem(1, crash) == "traceback: sqlite3.IntegrityError: UNIQUE constraint failed"
    assert code_line_problem(0, crash) is not None
    assert "without a [code] line" in (code_line_problem(1, "database is locked\n") or "")
    assert reason_of("[sequence-gap] The batch ...") == "sequence-gap" and reason_of("oops") == ""


def test_kill_points_count_each_call_as_strace_does_and_keep_those_that_touch_the_world() -> None:
    points = kill_points(TRACE, ["/tmp/w"])
    assert [(p.call, p.n) for p in points] == [("rename", 1), ("fsync", 1), ("unlink", 2)]
    with_pids = "".join(f"{pid} {line}\n" for pid, line in zip((7, 8, 7, 7), TRACE.splitlines(), strict=False))
    assert [(p.call, p.n) for p in kill_points(with_pids, ["/tmp/w"])] == [("rename", 1), ("fsync", 1), ("unlink", 1)]


def test_a_batch_file_the_store_does_not_know_forks_the_stream() -> None:
    """R-SYN-2: issue 10 point 2, the loser's valid batch that was never recorded."""
    recorded = {1: "1001-batch-000001.pecenv"}
    assert batch_problems(["1001-batch-000001.pecenv", "notes.txt", ".x.part"], recorded) == []
    found = batch_problems(["1001-batch-000001.pecenv", "1001-batch-000002.pecenv"], recorded)
    assert found == ["batch file 1001-batch-000002.pecenv on disk, seq 2 not recorded by the store"]
    assert batch_problems(["1001-batch-000001.pecenv"], {1: "other.pecenv"})
    assert content_problems({"1001-batch-000001.pecenv": "ab"}, {1: "ab"}) == []
    assert content_problems({"1001-batch-000001.pecenv": "cd"}, {1: "ab"}) == [
        "batch file 1001-batch-000001.pecenv is not the batch the store recorded for seq 1"]  # fmt: skip
    assert sequence_problems([1, 2, 3]) == [] and sequence_problems([1, 3]) != []


def test_claims_and_their_events_go_together_and_printed_numbers_stay() -> None:
    """R-AUD-1 and the receipt promise: a claim without its event, an event without its claim, and
    a number printed to the voter but lost, are each found."""
    assert claims_without_event(["1001-2026-00001"], ["1001-2026-00001"]) == []
    assert claims_without_event(["1001-2026-00002"], []) == [
        "claim 1001-2026-00002 stored without its claim.filed event"
    ]
    assert claims_without_event([], ["1001-2026-00003"]) == ["claim.filed event for 1001-2026-00003 without the claim"]
    printed = printed_claims("1001-2026-00004\n")
    assert printed == ["1001-2026-00004"]
    assert lost_claims(printed, []) == ["claim 1001-2026-00004 was printed but is not stored"]
    assert lost_claims(printed, printed) == []


def test_a_password_change_without_its_event_is_found() -> None:
    """R-AUD-1, issue 10 point 5."""
    assert password_problems("m1", True, 2, 2) == ["m1's password changed with no account.password-changed event"]
    assert password_problems("m1", True, 2, 3) == [] and password_problems("m1", False, 2, 2) == []
    assert password_problems("m1", False, 2, 3) != []


def test_leftovers_and_the_summary() -> None:
    assert leftovers([".r.pdf.tmp-5", "r.pdf", ".1001-batch-000002.pecenv.ab.part", "precinct.db"]) == [
        ".1001-batch-000002.pecenv.ab.part", ".r.pdf.tmp-5"]  # fmt: skip
    assert normalize("claim 1001-2026-00004 at /tmp/x/y") == "claim N-N-N at PATH"
    counts = summarize([("export", "a", "seq 2 lost"), ("export", "b", "seq 3 lost"), ("backup", "c", "x")])
    assert counts == {"export: seq N lost": 2, "backup: x": 1}


def test_the_report_exits_non_zero_on_a_violation(capsys: object) -> None:
    report = Report()
    report.bump(report.kills, "export")
    report.violate("export", "kill at rename #1", ["audit verify: truncated@40", "audit verify: truncated@40"])
    assert len(report.violations) == 1
    report.print(1.0)
    out = capsys.readouterr().out  # type: ignore[attr-defined]
    assert "kills: 1" in out and "VIOLATIONS: 1" in out and "truncated" in out


def test_mutations_stay_in_range(tmp_path: Path) -> None:
    assert mutate(b"abc", [(4, 0)], None, b"") == b"a\0c"
    assert mutate(b"abc", [], 1, b"!") == b"a!"
    assert mutate(b"", [(1, 1)], 5, b"") == b""
    assert io.BytesIO(mutate(b"xyz", [], None, b"")).read() == b"xyz"
