"""How old the antivirus signatures are that this device would scan with now (R-SEC-6): the
window's status line. Reading it runs the engine's own version query (worker thread)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.security.scanner.types import EngineUnavailable
from app.services.ports import ScanHost
from app.services.scanning import device_engines

NONE, TEST, DATED, UNUSABLE = "none", "test", "dated", "unusable"


@dataclass(frozen=True)
class SignatureState:
    """The antivirus signatures this device would scan with now."""

    kind: str  # NONE (nothing installed), TEST, DATED, UNUSABLE (installed but refused: stale, no engine)
    date: str = ""  # ISO, for DATED
    days: int = 0
    why: str = ""


def signature_state(ctx: ScanHost) -> SignatureState:
    """What `device_engines` would scan with, and how old its signatures are."""
    engines, why = device_engines(ctx)
    if not engines:
        installed = bool(ctx.meta.get("av_signatures_at"))
        return SignatureState(UNUSABLE if installed else NONE, why=why)
    try:
        info = engines[0].info()
    except EngineUnavailable as exc:
        return SignatureState(UNUSABLE, why=str(exc))
    if info.signatures.startswith("test:"):
        return SignatureState(TEST)
    stamp = info.signatures_date or ctx.meta.get("av_signatures_at")
    try:
        when = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return SignatureState(DATED, date=stamp, days=-1)
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    days = max(0, (ctx.clock.now() - when).days)
    return SignatureState(DATED, date=stamp, days=days)
