"""Accounts: see app/ui/__init__.py."""
