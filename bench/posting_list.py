"""The list for posting (R-CAL-1) from the window's path, beside the bare render in the same run.

Builds a precinct of N synthetic voters through the real path (device secret in the keyring, key
slots, SQLCipher; bench/search.py's `build`), logs in as the chair and times:
  service   DocumentService.posting_list: the query in Kyrgyz order, the order check, the PDF,
            the audit event (what the window's worker runs)
  preview   rasterizing every page for Qt's print preview (app.ui.common.pdf_preview.pdf_pages at
            PREVIEW_DPI), which the window does after the service; print: the same at MAX_DPI
  baseline  render_posting_list over the same names already in memory (no store, no check)
With --profile the service call runs under cProfile and the top functions are printed.
Prints one final line: RESULT name=value ... Run inside scripts/with-keyring.sh.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import tempfile
import time
from pathlib import Path

from app.clock import SystemClock
from app.models.synthetic import generate_voters
from app.models.vocabulary import Role
from app.models.voters import list_order
from app.printing.base import Footer
from app.printing.posting_list import PostingEntry, PostingListData, render_posting_list
from app.services.auth import AuthService
from app.services.context import DeskContext
from app.services.documents import DocumentService
from app.services.setup import NewAccount, PrecinctInfo, create_precinct
from app.ui.common.pdf_preview import MAX_DPI, PREVIEW_DPI, pdf_pages

FOOTER = Footer("Бенч Колдонуучу", "2026-10-11T09:00:00Z")
STRONG = "Zx!9-qPlm#4T"
ACCOUNTS = (NewAccount("chair", "Төрага Бенчова", Role.CHAIR), NewAccount("admin", "Админ Админов", Role.SYSADMIN))


def build(data: Path, count: int) -> str:
    """A precinct as bench/search.py builds one, with a chair (who prints the list); the password."""
    ctx = DeskContext(data, clock=SystemClock())
    voters = sorted(generate_voters(count, seed=1), key=list_order)
    issued = create_precinct(ctx, PrecinctInfo("1001", "bench", "Bench", "2026-12-20"), ACCOUNTS, voters)
    ctx.close()
    return issued[0].password


def service_s(data: Path, password: str, profile: bool) -> tuple[float, int, bytes, list[int]]:
    ctx = DeskContext(data, clock=SystemClock())
    auth = AuthService(ctx)
    session = auth.login("chair", password)
    auth.change_password(session, password, STRONG)  # the first login's one-time password
    out = io.BytesIO()
    done: list[int] = []
    profiler = cProfile.Profile() if profile else None
    start = time.perf_counter()
    if profiler:
        profiler.enable()
    pages = DocumentService(ctx).posting_list(session, out, progress=lambda n, total: done.append(n))
    if profiler:
        profiler.disable()
    elapsed = time.perf_counter() - start
    ctx.close()
    if profiler:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
    return elapsed, pages, out.getvalue(), done


def bare_s(count: int) -> float:
    entries = [PostingEntry(v.last_name, v.first_name, v.patronymic)
               for v in sorted(generate_voters(count, seed=1), key=list_order)]  # fmt: skip
    start = time.perf_counter()
    render_posting_list(PostingListData("1001", "2026-10-11"), entries, io.BytesIO(), footer=FOOTER, presorted=True)
    return time.perf_counter() - start


def raster_s(pdf: bytes, dpi: int) -> float:
    """Every page rasterized one after another, each dropped when the next is made (as painted)."""
    start = time.perf_counter()
    for _image in pdf_pages(pdf, dpi):
        pass
    return time.perf_counter() - start


def held_colour_s(pdf: bytes) -> tuple[float, float]:
    """The preview before issue 12: every page in colour at MAX_DPI, all held at once; (s, MiB)."""
    import pypdfium2  # type: ignore[import-untyped]

    start, held, size = time.perf_counter(), [], 0
    document = pypdfium2.PdfDocument(pdf)
    for index in range(len(document)):
        bitmap = document[index].render(scale=MAX_DPI / 72, force_bitmap_format=pypdfium2.raw.FPDFBitmap_BGRA)
        held.append(bytes(bitmap.buffer))
        size += len(held[-1])
    document.close()
    return time.perf_counter() - start, size / 2**20


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--voters", type=int, default=6000)
    parser.add_argument("--profile", action="store_true", help="run the service call under cProfile")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="pec-bench-") as tmp:
        password = build(Path(tmp) / "data", args.voters)
        service, pages, pdf, done = service_s(Path(tmp) / "data", password, args.profile)
    preview, printing = raster_s(pdf, PREVIEW_DPI), raster_s(pdf, MAX_DPI)
    old, old_mib = held_colour_s(pdf)
    bare = bare_s(args.voters)
    print(f"voters                {args.voters}, {pages} pages, {len(pdf) / 1024:.0f} KiB")
    print(f"service (window job)  {service:.2f} s  ({len(done)} progress reports)")
    print(f"preview raster        {preview:.2f} s  ({PREVIEW_DPI} dpi grey, every page, on the UI thread)")
    print(f"  before issue 12     {old:.2f} s  ({MAX_DPI} dpi colour, every page held: {old_mib:.0f} MiB)")
    print(f"print raster          {printing:.2f} s  ({MAX_DPI} dpi grey, when Print is pressed)")
    print(f"baseline bare render  {bare:.2f} s  (names in memory); service/bare {service / bare:.2f}x")
    print(
        f"RESULT voters={args.voters} pages={pages} service_s={service:.2f} preview_s={preview:.2f}"
        f" old_preview_s={old:.2f} old_preview_mib={old_mib:.0f}"
        f" print_s={printing:.2f} total_s={service + preview:.2f} bare_render_s={bare:.2f} ratio={service / bare:.2f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
