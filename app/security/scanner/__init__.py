"""The media scan: volumes, the walk, the built-in policy engine, antivirus engines, staging."""
