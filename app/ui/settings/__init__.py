"""The Settings page (issue 12 point 8)."""
