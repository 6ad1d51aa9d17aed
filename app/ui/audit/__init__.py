"""The Audit and alerts page (issue 12 point 5)."""
