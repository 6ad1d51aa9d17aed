"""Which build this is, and what a production build refuses (issue 13 point 4).

A **development** build (a source tree, `make run`, the test suite, a bundle built with
`--kind development`) keeps the test switches: `setup --test-root`, `demo`, the drive listing of
`PEC_DESK_VOLUMES_FILE`, the clamd socket of `PEC_DESK_CLAMD` and the project's TEST antivirus
signatures. A **production** build refuses each of them with its own message, and refuses to start
at all while the pinned central root is the repository's placeholder (or missing).

The kind is embedded by `installer/build.py`: it writes the module `pec_desk_build_flag`
(`KIND = "production"` or `"development"`) into the bundle's compiled archive. A bundle reads only
its own archive (PyInstaller ignores `PYTHONPATH`), so nothing in the environment can turn a
production bundle into a development one. A frozen program without the module counts as
production: a build that lost its flag fails closed. A source tree without it is development; a
test puts a flag module on `PYTHONPATH` to run the source as a production build would.
"""

from __future__ import annotations

import importlib
import os
import sys
from importlib import metadata

from app.errors import AppError, Reason

DEVELOPMENT, PRODUCTION = "development", "production"
FLAG_MODULE = "pec_desk_build_flag"
# The test switches a production build refuses; the names are what the user typed or set.
TEST_ROOT, DEMO = "--test-root", "pec-desk demo"
VOLUMES_FILE_ENV, CLAMD_ENV = "PEC_DESK_VOLUMES_FILE", "PEC_DESK_CLAMD"
SWITCH_ENVS = (VOLUMES_FILE_ENV, CLAMD_ENV)
# The raw public keys that are known not to be the CEC's root: the repository's placeholder (its
# private key was thrown away when it was made). A production build never trusts them.
PLACEHOLDER_ROOTS = frozenset({"93bf22a0cbea3f7e5fa83f6dcef12160cb1e905cc356f3167b6118eccc4082c4"})


def build_kind() -> str:
    """`production` or `development` (see the module's text)."""
    try:
        flag = importlib.import_module(FLAG_MODULE)
    except ImportError:
        return PRODUCTION if getattr(sys, "frozen", False) else DEVELOPMENT
    return DEVELOPMENT if getattr(flag, "KIND", None) == DEVELOPMENT else PRODUCTION


def program_version() -> str:
    try:
        return metadata.version("pec-desk")
    except metadata.PackageNotFoundError:  # run from a source tree that was never installed
        return "unknown"


def is_production() -> bool:
    return build_kind() == PRODUCTION


def refuse_in_production(switch: str) -> None:
    """A production build refuses the test switch `switch` (`[production-build]`)."""
    if is_production():
        raise AppError(Reason.PRODUCTION_BUILD, switch=switch)


def refuse_switches_set() -> None:
    """At a production program's start: a test switch set in the environment is refused before
    any command runs, even one that would not read it (the user learns at once that it is off)."""
    for name in SWITCH_ENVS:
        if os.environ.get(name):
            refuse_in_production(name)
