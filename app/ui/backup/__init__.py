"""Backup and recovery: see app/ui/__init__.py."""
