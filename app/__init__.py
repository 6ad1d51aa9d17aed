"""PEC Desk: the precinct election commission workstation."""

__version__ = "0.1.0"
