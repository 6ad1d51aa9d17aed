"""A logged-in person at this workstation (R-AUD-1: who, in which session)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from app.models.vocabulary import Role
from app.security.audit import Actor


@dataclass
class Session:
    login: str
    full_name: str
    role: Role
    workstation: str
    started_at: str
    must_change: bool = False
    locked: bool = False
    id: str = field(default_factory=lambda: uuid.uuid4().hex[:16])

    @property
    def actor(self) -> Actor:
        return Actor(self.id, self.login, self.full_name, self.role.value, self.workstation)
