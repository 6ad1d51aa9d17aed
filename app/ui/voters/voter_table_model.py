"""The search results: public fields only (R-DATA-3), blocked voters shown distinctly.

A blocked voter (R-CLM-4) is shown in bold red and, when known, with the number of the claim that
blocked the record ("Blocked (claim 1001-2026-00001)").

The model holds `PublicVoter` records (full name, precinct, status), never a PIN,
birth date or address. `clear()` drops every row so nothing decrypted stays behind
a locked screen (R-SEC-5).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.models.records import PublicVoter, VoterStatus

Index = QModelIndex | QPersistentModelIndex

NAME_COLUMN, PRECINCT_COLUMN, STATUS_COLUMN = range(3)
_COLUMN_COUNT = 3
_ROOT = QModelIndex()
_BLOCKED_COLOR = QColor(0x9B, 0x1C, 0x1C)
_REMOVED_COLOR = QColor(0x6B, 0x6B, 0x6B)


class VoterTableModel(QAbstractTableModel):
    """A flat, read-only table of `PublicVoter` rows."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._voters: list[PublicVoter] = []
        self._claims: dict[int, str] = {}

    # ---- contents ----------------------------------------------------------------------
    def set_voters(self, voters: Sequence[PublicVoter], claims: Mapping[int, str] | None = None) -> None:
        """The rows, with the claim blocking each blocked voter (by voter id) where known."""
        self.beginResetModel()
        self._voters = list(voters)
        self._claims = dict(claims or {})
        self.endResetModel()

    def clear(self) -> None:
        self.set_voters([])

    def voter_at(self, row: int) -> PublicVoter:
        return self._voters[row]

    def retranslate(self) -> None:
        """Re-read the translated headers and status words (after a language switch)."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, _COLUMN_COUNT - 1)
        if self._voters:
            last = len(self._voters) - 1
            self.dataChanged.emit(self.index(0, STATUS_COLUMN), self.index(last, STATUS_COLUMN))

    # ---- the Qt model interface ----------------------------------------------------------
    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._voters)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else _COLUMN_COUNT

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._voters):
            return None
        voter = self._voters[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(voter, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and voter.status is not VoterStatus.ACTIVE:
            return QBrush(_BLOCKED_COLOR if voter.status is VoterStatus.BLOCKED else _REMOVED_COLOR)
        if role == Qt.ItemDataRole.FontRole and voter.status is VoterStatus.BLOCKED:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and voter.status is not VoterStatus.ACTIVE:
            return self._status_text(voter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (self.tr("Full name"), self.tr("Precinct"), self.tr("Status"))
        return headers[section] if 0 <= section < _COLUMN_COUNT else None

    # ---- helpers -----------------------------------------------------------------------
    def _display(self, voter: PublicVoter, column: int) -> str:
        if column == NAME_COLUMN:
            return voter.full_name
        if column == PRECINCT_COLUMN:
            return voter.precinct
        return self._status_text(voter)

    def _status_text(self, voter: PublicVoter) -> str:
        claim = self._claims.get(voter.id, "")
        if voter.status is VoterStatus.BLOCKED:
            if claim:
                return self.tr("Blocked (claim %1)").replace("%1", claim)
            return self.tr("Blocked")
        texts = {VoterStatus.ACTIVE: self.tr("On the list"), VoterStatus.REMOVED: self.tr("Removed")}
        return texts[voter.status]
