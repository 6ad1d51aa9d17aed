"""Running the anomaly rules and keeping their alerts (R-AUD-2, R-AUD-3).

`refresh` reads the audit events written since its last run, applies `app.security.anomaly`, and
stores each alert (with an `anomaly.raised` audit event naming the rule only). It runs before
every batch export (so a batch carries every alert up to its chain head), when the chair or the
secretary opens the alerts, and from `pec-desk alerts`. With `verify=True` it also checks the whole
chain and raises a chain-break alert for problems it has not reported before.
"""

from __future__ import annotations

import json

from app.clock import iso
from app.models.alerts import AlertRepository, StoredAlert
from app.models.bounds import ALERT, NOTE, bound, check_text, cut
from app.models.db import transaction
from app.security.anomaly import Alert, AnomalyRules, RuleState, chain_break_alert
from app.security.audit import AuditAction, verify
from app.security.audit import verify_chain as check_links
from app.security.permissions import Action
from app.security.session import Session
from app.services.guard import authorize
from app.services.ports import ChainStore


class AnomalyService:
    def __init__(self, ctx: ChainStore) -> None:
        self._ctx = ctx

    def refresh(self, *, verify_chain: bool = False) -> list[Alert]:
        """New alerts since the last run (inside its own transaction). The new events' links are
        checked every time; `verify_chain` also walks the whole chain against the checkpoints."""
        ctx = self._ctx
        conn = ctx.precinct
        stored = AlertRepository(conn)
        with transaction(conn):
            after = int(ctx.meta.get("anomaly_seq", "0") or 0)
            rules = AnomalyRules(state=RuleState.from_json(ctx.meta.get("anomaly_state", "")))
            events = ctx.audit.events(after=after)
            alerts = rules.run(events)
            # The new events must continue the last one the rules saw: an incremental check on every
            # run; the full `verify` (with the signed checkpoints) runs with verify_chain and in
            # `pec-desk audit verify`.
            last_hash = ctx.meta.get("anomaly_hash", "") or (None if after == 0 else "")
            links, _hashes = check_links(events, ctx.device_id, after=after, prev_hash=last_hash)
            problems = [(s, p.value) for s, p in links.problems]
            if verify_chain:
                report = verify(ctx.audit, ctx.device_id, ctx.checkpoints(), ctx.device_public_key)
                problems += [(s, p.value) for s, p in report.problems]
            seen = ctx.meta.get("anomaly_chain_problems", "")
            if problems and json.dumps(sorted(set(problems))) != seen:
                alerts.append(chain_break_alert(iso(ctx.clock.now()), sorted(set(problems))))
                ctx.meta.set("anomaly_chain_problems", json.dumps(sorted(set(problems))))
            for alert in alerts:  # bounded here by the limits of the batch that carries it (R-SYN-1)
                stored.add(bound(alert.rule, ALERT["rule"]), alert.at, bound(alert.subject, ALERT["subject"]),
                           bound(alert.detail, ALERT["detail"]), first_seq=alert.first_seq,
                           last_seq=alert.last_seq)  # fmt: skip
            if events:
                ctx.meta.set("anomaly_seq", str(events[-1].seq))
                ctx.meta.set("anomaly_hash", events[-1].hash)
            ctx.meta.set("anomaly_state", _trimmed(rules.state).to_json())
            for alert in alerts:
                ctx.audit.append(ctx.system_actor(), AuditAction.ALERT_RAISED, obj=alert.rule,
                                 details={"first_seq": alert.first_seq, "last_seq": alert.last_seq})  # fmt: skip
        return alerts

    def alerts(self, session: Session, *, unreviewed_only: bool = False) -> list[StoredAlert]:
        authorize(self._ctx, session, Action.ANOMALY_REVIEW)
        self.refresh()
        return AlertRepository(self._ctx.precinct).all(unreviewed_only=unreviewed_only)

    def review(self, session: Session, alert_id: int, note: str) -> None:
        """The chair records what was done about an alert (R-AUD-5: documented)."""
        ctx = self._ctx
        authorize(ctx, session, Action.ANOMALY_REVIEW)
        text = cut(check_text(note.strip(), "note"), NOTE)
        with transaction(ctx.precinct):
            changed = AlertRepository(ctx.precinct).review(alert_id, session.login, iso(ctx.clock.now()), text)
            if changed:
                ctx.audit.append(session.actor, AuditAction.ALERT_REVIEWED, obj=str(alert_id))


def _trimmed(state: RuleState) -> RuleState:
    """The state stays small: the windows are short, and old keys are never needed again."""
    state.raised = state.raised[-500:]
    state.outside = state.outside[-500:]
    state.changes = dict(list(state.changes.items())[-2000:])
    return state
