"""Where the project's read-only resources live (fonts, translations, policy lists)."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)  # a PyInstaller build unpacks here
    base = Path(bundle) if bundle else Path(__file__).resolve().parent.parent
    return base / "resources"
