"""The central side: keys, enrolled devices, issued envelopes, received batches, claims.

Layout of a central data dir (owner-only):
  keys/root.key         the root signing key (Ed25519). In production it lives offline (an HSM
                        or an air-gapped machine); this reference tool keeps it here.
  keys/signer.key       the central signing key (certified `sign`)
  keys/receive.key      the central KEM key batches are encrypted to (certified `receive`)
  keys/recovery.key     the X25519 recovery key of precinct stores (certified `recovery`)
  root.json             the root public key, as pinned into a precinct build
  central-trust.json    the current trust bundle (certificates and revocations)
  central.db            SQLite: devices, streams, the last issued list per precinct, claims, claims
                        held back (quarantine), findings

`Central` is composed of its parts, each in its own module: the store and keys
(`app.central.store`), set-up and enrollment (`setup`), packages and updates (`issuing`),
ingesting batches (`ingest`, `chain`, `quarantine`) and the TEC's decisions (`decisions`).
"""

from __future__ import annotations

from app.central.decisions import CentralDecisions
from app.central.ingest import CentralIngest, Ingested
from app.central.issuing import ENVELOPE_VALIDITY, CentralIssuing, Issued, IssuedAccount
from app.central.lists import read_users_csv
from app.central.quarantine import Quarantined
from app.central.setup import KEY_VALIDITY, CentralSetup

__all__ = [
    "ENVELOPE_VALIDITY",
    "KEY_VALIDITY",
    "Central",
    "Ingested",
    "Issued",
    "IssuedAccount",
    "Quarantined",
    "read_users_csv",
]


class Central(CentralSetup, CentralIssuing, CentralIngest, CentralDecisions):
    """The reference central-side tool behind `pec-central` (CLI.md)."""
