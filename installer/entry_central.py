"""The bundle's `pec-central`."""

import sys

from app.cli.central import main

if __name__ == "__main__":
    sys.exit(main())
