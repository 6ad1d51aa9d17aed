"""Keys, passwords, sessions, permissions, audit chain. No Qt here."""
