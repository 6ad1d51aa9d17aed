"""Claim receipts: the time to sign and render one claim's receipt, beside a bare one-page
reportlab render in the same run.

  receipt   receipt_code (Ed25519 over the claim fields) + render_receipt (two parts, two QR
            codes, DejaVu Sans subset embedded) into memory, for N claims of mixed types, the
            "missing" ones with three registration points; p50/p95 per claim
  cold      the first receipt of the process (font registration and parsing included)
  bare      the baseline: one A4 page with one line in a built-in font, rendered by reportlab
  posting   the list for posting of 6,000 names (R-CAL-1), once

  saved     the whole intake: ClaimService.file (checks, numbering, the voter blocked, audit, one
            SQLCipher transaction) + ReceiptService.write (code, render, audited print), on a
            precinct store in a temporary directory (needs the keyring: run under
            scripts/with-keyring.sh, as make bench does)
Target (issue 5): ≤ 100 ms per claim with receipt.
Prints one final line: RESULT name=value ...
"""

from __future__ import annotations

import argparse
import functools
import io
import statistics
import time
from collections.abc import Callable

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from app.models.records import CLAIM_TYPES
from app.models.synthetic import generate_voters
from app.models.vocabulary import ClaimType, Place
from app.printing.base import Footer
from app.printing.posting_list import PostingEntry, PostingListData, render_posting_list
from app.printing.receipt import ReceiptData, render_receipt
from app.printing.verification import receipt_code

FOOTER = Footer(user="bench (Бенч Колдонуучу)", printed_at="2026-09-01T09:16:00Z")
POINTS = (
    ("Калкка тейлөө борбору №1", "Бишкек ш., Чүй пр. 100", "+996 312 000 001"),
    ("Калкка тейлөө борбору №2", "Бишкек ш., Манас пр. 5", "+996 312 000 002"),
    ("Калкка тейлөө борбору №3", "Бишкек ш., Жибек Жолу пр. 7", ""),
)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def one_receipt(key: Ed25519PrivateKey, sequence: int) -> int:
    number = f"1001-2026-{sequence:06d}"
    filed_at = f"2026-09-01T{9 + sequence % 8:02d}:{sequence % 60:02d}:00Z"
    claim_type = CLAIM_TYPES[sequence % len(CLAIM_TYPES)]
    data = ReceiptData(
        number=number,
        filed_at=filed_at,
        claim_type=ClaimType(claim_type),
        precinct="1001",
        place=Place.PEC,
        member_name="Өмүрбекова Гүлнара",
        voter_name="Үсөнова Жаңыл Бакытбековна",
        requested={"last_name": "Үсөнова", "patronymic": "Бакытбековна"},
        contact="+996 555 123 456",
        answer_by="2026-09-08",
        hotline="1233",
        verification=receipt_code(key, number, filed_at, "1001"),
        registration_points=POINTS if claim_type == "missing" else (),
    )
    out = io.BytesIO()
    return render_receipt(data, out, footer=FOOTER)


def bare_page() -> None:
    canvas = Canvas(io.BytesIO(), pagesize=A4)
    canvas.setFont("Helvetica", 12)
    canvas.drawString(72, 770, "Claim 1001-2026-000001")
    canvas.showPage()
    canvas.save()


def saved_claims(count: int) -> list[float]:
    """Milliseconds per claim for file + receipt on a real encrypted precinct store."""
    import datetime as dt
    import json
    import tempfile
    from pathlib import Path

    from app.clock import SystemClock
    from app.models.vocabulary import Role
    from app.services.auth import AuthService
    from app.services.claims import ClaimService
    from app.services.context import DeskContext
    from app.services.receipts import ReceiptService
    from app.services.setup import NewAccount, PrecinctInfo, create_precinct

    strong = "Zx!9-qPlm#4T"
    with tempfile.TemporaryDirectory(prefix="pec-bench-claims-") as tmp:
        ctx = DeskContext(Path(tmp) / "data", clock=SystemClock())
        day = (dt.date.today() + dt.timedelta(days=60)).isoformat()
        voters = list(generate_voters(count + 10, seed=5, precinct="1001"))
        accounts = (NewAccount("bench", "Бенч Колдонуучу", Role.MEMBER), NewAccount("admin", "Админ", Role.SYSADMIN))
        issued = create_precinct(ctx, PrecinctInfo("1001", "bench", "Bench", day), accounts, voters)
        auth = AuthService(ctx)
        session = auth.login("bench", issued[0].password)
        auth.change_password(session, issued[0].password, strong)
        claims, receipts = ClaimService(ctx), ReceiptService(ctx)
        times = []
        for i in range(count):

            def intake(i: int = i) -> None:
                number = claims.file(session, claim_type="correction", pin=voters[i].pin,
                                     fields={"address": f"Бишкек ш., Жаңы көчө {i}"}, contact=f"+996 555 {i:06d}",
                                     passport_checked=True, identified=True)  # fmt: skip
                receipts.write(session, number, io.BytesIO())

            times.append(timed(intake))
        auth.logout(session)
        ctx.close()
        device_id = json.loads((Path(tmp) / "data" / "device.json").read_text())["device_id"]
        ctx.secrets.delete(device_id)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--claims", type=int, default=200)
    parser.add_argument("--names", type=int, default=6000)
    parser.add_argument("--saved", type=int, default=100, help="claims saved with their receipt (0: skip)")
    args = parser.parse_args()
    key = Ed25519PrivateKey.generate()

    cold = timed(lambda: one_receipt(key, 0))
    code = [timed(lambda: receipt_code(key, "1001-2026-000001", "2026-09-01T09:00:00Z", "1001")) for _ in range(200)]
    receipt: list[float] = []
    bare: list[float] = []
    for sequence in range(1, args.claims + 1):  # interleaved, so both see the same load
        receipt.append(timed(functools.partial(one_receipt, key, sequence)))
        bare.append(timed(bare_page))
    entries = [PostingEntry(v.last_name, v.first_name, v.patronymic) for v in generate_voters(args.names, seed=1)]
    pages = 0

    def posting() -> None:
        nonlocal pages
        pages = render_posting_list(PostingListData("1001", "2026-10-11"), entries, io.BytesIO(), footer=FOOTER)

    posting_s = timed(posting) / 1000

    saved = saved_claims(args.saved) if args.saved else [0.0]
    s50, s95 = statistics.median(saved), percentile(saved, 0.95)
    r50, r95 = statistics.median(receipt), percentile(receipt, 0.95)
    b50, b95 = statistics.median(bare), percentile(bare, 0.95)
    print(f"claims                {args.claims} receipts, types mixed ({', '.join(CLAIM_TYPES)})")
    print(f"receipt (code+render) p50 {r50:.1f} ms  p95 {r95:.1f} ms  (target ≤ 100 ms per claim with receipt)")
    print(f"  of which code       p50 {statistics.median(code):.2f} ms")
    print(f"saved claim + receipt p50 {s50:.1f} ms  p95 {s95:.1f} ms  ({args.saved} claims on an encrypted store)")
    print(f"cold first receipt    {cold:.1f} ms")
    print(f"bare one-page render  p50 {b50:.2f} ms  p95 {b95:.2f} ms; receipt/bare {r50 / b50:.1f}x")
    print(f"posting list          {args.names} names, {pages} pages, {posting_s:.2f} s")
    print(
        f"RESULT claims={args.claims} saved_p50_ms={s50:.1f} saved_p95_ms={s95:.1f}"
        f" receipt_p50_ms={r50:.1f} receipt_p95_ms={r95:.1f}"
        f" code_p50_ms={statistics.median(code):.2f} cold_receipt_ms={cold:.0f}"
        f" bare_p50_ms={b50:.2f} bare_p95_ms={b95:.2f} posting_names={args.names}"
        f" posting_pages={pages} posting_s={posting_s:.2f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
