"""The device's display settings: a small JSON file in the data dir, written atomically.

Only the text size, per device (the desk keeps no per-user preferences): nothing personal. A file
that is missing or unreadable gives the defaults; a value out of range is the default.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from app.security.atomic import atomic_write_bytes
from app.ui.settings.text_size import TEXT_SCALES


@dataclass(frozen=True)
class DisplaySettings:
    text_scale: int = 100


def load_display(path: Path) -> DisplaySettings:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return DisplaySettings()
    scale = data.get("text_scale") if isinstance(data, dict) else None
    return DisplaySettings(scale if scale in TEXT_SCALES else 100)


def save_display(path: Path, settings: DisplaySettings) -> None:
    atomic_write_bytes(path, json.dumps(asdict(settings)).encode())
