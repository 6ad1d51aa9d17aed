"""Command-line entry points (`pec-desk`, `pec-central`); they call the same services as the window."""
