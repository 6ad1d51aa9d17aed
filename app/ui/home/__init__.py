"""The Home page (issue 12 point 2)."""
