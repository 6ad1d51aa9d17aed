"""`pec-central`: the reference central-side tool. It arrives with the sync issue (#3);
until then every command refuses plainly rather than pretending to work."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    del argv
    print("[usage] pec-central is not built yet (issue 3: sync); nothing was done.", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
