"""The bundle's `pec-desk` (the window is `pec-desk gui`, the default command)."""

import sys

from app.cli.desk import main

if __name__ == "__main__":
    sys.exit(main())
