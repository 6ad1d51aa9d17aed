"""The walk of a medium: every entry under a root, no link followed, within limits (R-SEC-6, R-SEC-11).

`walk(root, limits)` yields an `Entry` for each directory and regular file it may hand to the
policy engine, and a `Finding` for what is refused at walk level. Nothing here reads a file's
content; directories are listed, entries are `lstat`ed (`DirEntry.stat(follow_symlinks=False)`).

Rules and verdicts (stable ids):
  symlink        a symbolic link (to anything, a loop included) or, on Windows, a reparse point
                 (junction, mount point): POLICY. Never followed, never opened.
  hardlink       a regular file with st_nlink > 1 (the same bytes elsewhere, maybe outside the root):
                 POLICY.
  fifo / socket / device
                 a FIFO, a socket, a character or block device: POLICY. Never opened, so a FIFO
                 cannot make the scan hang.
  special        any other non-regular file type (door, whiteout, ...): POLICY.
  mount-point    a directory on another file system than the root (the walk does not cross file
                 systems): POLICY.
  name-escape    a name that could leave or re-enter the tree: empty, `.`, `..`, containing `/`,
                 `\\` or NUL, a drive prefix (`C:`), or a path that is absolute: POLICY. Checked by
                 `name_problems`/`member_path_problems`, which the archive checks use too.
  name-too-long  a name longer than `limits.max_name_bytes` in UTF-8 (undecodable bytes count as
                 one each): POLICY. The entry is not descended into.
  limit-files    more entries (of any kind, directories and links included) than `limits.max_files`
  limit-depth    an entry deeper than `limits.max_depth` (children of the root are at depth 1)
  limit-bytes    regular files adding up to more than `limits.max_total_bytes` (st_size, no read)
  limit-file-bytes  one regular file larger than `limits.max_file_bytes`
  limit-time     the walk (and, through the shared deadline, the policy checks) ran past
                 `limits.max_seconds`
  cancelled      the caller cancelled the scan
  root           the root is not a directory or cannot be listed; unreadable  a directory cannot be
                 listed; changed  a directory was replaced between listing and opening

Decision on limits: a scan that hits a limit could not judge the medium, so the finding is
UNSCANNABLE (the pipeline reports the medium "unavailable": it fails closed, nothing is read from
it). limit-files, limit-time, cancelled and root stop the walk at once (so 50,000 tiny files cost
only the first `max_files` stats); limit-depth skips the too-deep directory and limit-bytes /
limit-file-bytes are reported once / per file while the walk goes on (both cost no reads, the walk
stays bounded by max_files and max_seconds, and the report can still name policy violations,
which make the medium "refused" rather than "unavailable").

Operating-system metadata (decision): names that Windows and macOS create on every medium they
mount, `System Volume Information`, `$RECYCLE.BIN`, `.Trashes`, `.fseventsd`, `.Spotlight-V100`,
`.TemporaryItems` (directories) and `Thumbs.db`, `ehthumbs.db`, `.DS_Store` (files), compared
without case, are ignored and reported: yielded as an `Entry` with `ignored=True`, never
descended into, never read, never staged, never imported. Refusing them would refuse nearly every
drive that was ever plugged into a Windows PC. They must still be what they claim (a directory or a
regular file): a link or device with such a name is refused like any other. `desktop.ini` and
`autorun.inf` are not ignored: Explorer acts on them (the policy engine refuses them).

Races: directories are opened with O_NOFOLLOW|O_DIRECTORY and listed through the descriptor where
the platform can (`os.scandir(fd)`); the opened directory must be the inode the listing showed
(st_dev, st_ino), else "changed". The policy engine opens files with O_NOFOLLOW|O_NONBLOCK and
makes the same check, so an entry swapped for a link or a FIFO after the walk is refused, not
followed. On Windows (no O_NOFOLLOW, no scandir on a descriptor) the walk lists by path and relies
on the reparse-point attribute; the staged copy is what gets imported in any case.
"""

from __future__ import annotations

import enum
import errno
import os
import stat
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from app.security.scanner.types import Finding, ScanLimits, Verdict

O_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
O_DIRECTORY = getattr(os, "O_DIRECTORY", 0)
O_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
O_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
O_NOCTTY = getattr(os, "O_NOCTTY", 0)
O_BINARY = getattr(os, "O_BINARY", 0)
FILE_OPEN_FLAGS = os.O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK | O_NOCTTY | O_BINARY
DIR_OPEN_FLAGS = os.O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_DIRECTORY | O_NONBLOCK
_SCANDIR_FD = os.scandir in os.supports_fd and bool(O_DIRECTORY)

FILE_ATTRIBUTE_HIDDEN = 0x2
FILE_ATTRIBUTE_SYSTEM = 0x4
FILE_ATTRIBUTE_REPARSE_POINT = 0x400

OS_METADATA_DIRS = frozenset(
    {"system volume information", "$recycle.bin", ".trashes", ".fseventsd", ".spotlight-v100", ".temporaryitems"}
)
OS_METADATA_FILES = frozenset({"thumbs.db", "ehthumbs.db", ".ds_store"})


class Kind(enum.StrEnum):
    FILE = "file"
    DIR = "dir"
    SYMLINK = "symlink"
    FIFO = "fifo"
    SOCKET = "socket"
    CHAR = "char-device"
    BLOCK = "block-device"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Entry:
    """A directory or regular file the walk accepted (links and special files become findings)."""

    path: str  # relative to the root, "/"-separated, as the OS gave it (may hold hostile characters)
    os_path: str  # the path to open (root joined), only ever with O_NOFOLLOW
    name: str
    kind: Kind
    size: int
    mode: int
    nlink: int
    dev: int
    ino: int
    depth: int  # children of the root are at depth 1
    attributes: int = 0  # Windows st_file_attributes, 0 elsewhere
    ignored: bool = False  # operating-system metadata: reported, never read (module docstring)

    @property
    def shown(self) -> str:
        return shown(self.path)


def shown(text: str) -> str:
    """`text` with every character that could hide or disguise something escaped (for reports)."""
    if text.isascii() and text.isprintable():
        return text
    out = []
    for ch in text:
        code = ord(ch)
        if 0xDC80 <= code <= 0xDCFF:  # an undecodable byte (surrogateescape)
            out.append(f"\\x{code - 0xDC00:02x}")
        elif ch == "\\":
            out.append("\\\\")
        elif ch.isprintable() and not _is_invisible(ch):
            out.append(ch)
        else:
            out.append(f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}")
    return "".join(out)


def _is_invisible(ch: str) -> bool:
    import unicodedata  # noqa: PLC0415 (only names that are not plain ASCII get here)

    return unicodedata.category(ch) in ("Cf", "Cc", "Co", "Cn", "Cs", "Zl", "Zp")


def os_code(exc: OSError) -> str:
    """An OS failure as a finding's detail: its errno name (`EACCES`), a code, not the OS's words."""
    return errno.errorcode.get(exc.errno or 0, type(exc).__name__)


def name_bytes(name: str) -> int:
    return len(name.encode("utf-8", "surrogateescape"))


def name_problems(name: str, max_name_bytes: int) -> list[tuple[str, str]]:
    """Structural problems of one path component: (rule, detail) pairs, empty when it is fine."""
    problems: list[tuple[str, str]] = []
    if name in ("", ".", ".."):
        problems.append(("name-escape", repr(name)))
    elif "/" in name or "\\" in name:
        problems.append(("name-escape", "/" if "/" in name else "\\"))
    elif "\0" in name:
        problems.append(("name-escape", "U+0000"))
    elif len(name) >= 2 and name[1] == ":" and name[0].isascii() and name[0].isalpha():
        problems.append(("name-escape", name[:2]))
    size = name_bytes(name)
    if size > max_name_bytes:
        problems.append(("name-too-long", f"bytes={size} limit={max_name_bytes}"))
    return problems


def member_path_problems(path: str, max_name_bytes: int) -> list[tuple[str, str]]:
    """Problems of a "/"-separated relative path (an archive member): absolute, `..`, drive, `\\`."""
    if not path:
        return [("name-escape", "''")]
    if path.startswith(("/", "\\")) or (len(path) >= 2 and path[1] == ":"):
        return [("name-escape", shown(path[:2]))]
    if "\\" in path:
        return [("name-escape", "\\")]
    parts = path.rstrip("/").split("/")  # a trailing "/" marks a directory member
    problems: list[tuple[str, str]] = []
    for part in parts:
        for rule, detail in name_problems(part, max_name_bytes):
            if (rule, detail) not in problems:
                problems.append((rule, detail))
    return problems


_KINDS = {
    stat.S_IFREG: Kind.FILE,
    stat.S_IFDIR: Kind.DIR,
    stat.S_IFLNK: Kind.SYMLINK,
    stat.S_IFIFO: Kind.FIFO,
    stat.S_IFSOCK: Kind.SOCKET,
    stat.S_IFCHR: Kind.CHAR,
    stat.S_IFBLK: Kind.BLOCK,
}


def _kind(mode: int, attributes: int) -> Kind:
    if attributes & FILE_ATTRIBUTE_REPARSE_POINT:
        return Kind.SYMLINK
    return _KINDS.get(stat.S_IFMT(mode), Kind.OTHER)


_KIND_RULES = {
    Kind.SYMLINK: ("symlink", Kind.SYMLINK.value),  # never followed
    Kind.FIFO: ("fifo", Kind.FIFO.value),  # never opened
    Kind.SOCKET: ("socket", Kind.SOCKET.value),
    Kind.CHAR: ("device", Kind.CHAR.value),
    Kind.BLOCK: ("device", Kind.BLOCK.value),
    Kind.OTHER: ("special", Kind.OTHER.value),
}


class _Stop(Exception):
    def __init__(self, finding: Finding) -> None:
        super().__init__(finding.rule)
        self.finding = finding


Listed = tuple[str, "os.stat_result | OSError"]


def _read(it: Iterator[os.DirEntry[str]], budget: int) -> list[Listed]:
    """(name, lstat or the error) of up to `budget` + 1 entries: one more than the budget is enough
    to know the limit is exceeded, so a directory of a million entries costs `budget` stats."""
    out: list[Listed] = []
    for item in it:
        try:
            out.append((item.name, item.stat(follow_symlinks=False)))
        except OSError as exc:
            out.append((item.name, exc))
        if len(out) > budget:
            break
    return out


def _list_dir(os_path: str, expect: tuple[int, int], budget: int) -> list[Listed] | str:
    """The entries of a directory, opened without following a link; on failure the errno name
    (`EACCES`) or "changed" (another directory is there now)."""
    if not _SCANDIR_FD:
        try:
            with os.scandir(os_path) as it:
                return _read(it, budget)
        except OSError as exc:
            return os_code(exc)
    try:
        fd = os.open(os_path, DIR_OPEN_FLAGS)
    except OSError as exc:
        return os_code(exc)
    try:
        st = os.fstat(fd)
        if not stat.S_ISDIR(st.st_mode) or (st.st_dev, st.st_ino) != expect:
            return "changed"
        with os.scandir(fd) as it:
            return _read(it, budget)
    except OSError as exc:
        return os_code(exc)
    finally:
        os.close(fd)


def walk(
    root: str | Path,
    limits: ScanLimits,
    *,
    deadline: float | None = None,
    cancelled: Callable[[], bool] | None = None,
    clock: Callable[[], float] = time.monotonic,
) -> Iterator[Entry | Finding]:
    """Every entry under `root` (depth first, names sorted), as `Entry` or `Finding`.

    `deadline` is a `clock()` value (default: now + limits.max_seconds); share it with the policy
    checks so the whole scan is bounded. The walk stops after a stopping finding (docstring).
    """
    root_path = os.fspath(root)
    try:
        root_st = os.lstat(root_path)
    except OSError as exc:
        yield Finding(".", Verdict.UNSCANNABLE, "root", os_code(exc))
        return
    root_kind = _kind(root_st.st_mode, getattr(root_st, "st_file_attributes", 0))
    if root_kind is not Kind.DIR:
        yield Finding(".", Verdict.UNSCANNABLE, "root", root_kind.value)
        return
    walker = _Walker(limits, root_st.st_dev, clock() + limits.max_seconds if deadline is None else deadline,
                     cancelled, clock)  # fmt: skip
    # (os_path, relative path, depth of its children, expected (dev, ino))
    stack: list[tuple[str, str, int, tuple[int, int]]] = [(root_path, "", 1, (root_st.st_dev, root_st.st_ino))]
    try:
        while stack:
            subdirs: list[tuple[str, str, int, tuple[int, int]]] = []
            yield from walker.directory(*stack.pop(), subdirs)
            stack.extend(reversed(subdirs))
    except _Stop as stop:
        yield stop.finding


class _Walker:
    def __init__(
        self,
        limits: ScanLimits,
        dev: int,
        deadline: float,
        cancelled: Callable[[], bool] | None,
        clock: Callable[[], float],
    ) -> None:
        self.limits, self.dev, self.deadline, self.cancelled, self.clock = limits, dev, deadline, cancelled, clock
        self.seen = 0
        self.total = 0
        self.bytes_reported = False

    def directory(
        self,
        dir_os: str,
        dir_rel: str,
        depth: int,
        expect: tuple[int, int],
        subdirs: list[tuple[str, str, int, tuple[int, int]]],
    ) -> Iterator[Entry | Finding]:
        listing = _list_dir(dir_os, expect, self.limits.max_files - self.seen)
        where = shown(dir_rel) if dir_rel else "."
        if isinstance(listing, str):
            if not dir_rel:
                raise _Stop(Finding(where, Verdict.UNSCANNABLE, "root", listing))
            if listing == "changed":
                yield Finding(where, Verdict.UNSCANNABLE, "changed", Kind.DIR.value)  # replaced during the scan
            else:
                yield Finding(where, Verdict.UNSCANNABLE, "unreadable", listing)
            return
        if listing and depth > self.limits.max_depth:
            yield Finding(where, Verdict.UNSCANNABLE, "limit-depth", f"limit={self.limits.max_depth}")
            return
        listing.sort(key=lambda e: e[0])
        for name, st in listing:
            self._count(where)
            rel = f"{dir_rel}/{name}" if dir_rel else name
            found = self._entry(name, st, dir_os, rel, depth)
            if isinstance(found, Entry) and found.kind is Kind.DIR and not found.ignored:
                subdirs.append((found.os_path, rel, depth + 1, (found.dev, found.ino)))
            if isinstance(found, list):
                yield from found
            elif found is not None:
                yield found

    def _count(self, where: str) -> None:
        self.seen += 1
        if self.seen > self.limits.max_files:
            raise _Stop(Finding(where, Verdict.UNSCANNABLE, "limit-files", f"limit={self.limits.max_files}"))
        if self.clock() > self.deadline:
            raise _Stop(Finding(where, Verdict.UNSCANNABLE, "limit-time", f"limit={self.limits.max_seconds:g}s"))
        if self.cancelled is not None and self.cancelled():
            raise _Stop(Finding(where, Verdict.UNSCANNABLE, "cancelled"))

    def _entry(
        self, name: str, st: os.stat_result | OSError, dir_os: str, rel: str, depth: int
    ) -> Entry | Finding | list[Finding] | None:
        problems = name_problems(name, self.limits.max_name_bytes)
        if problems:
            return [Finding(shown(rel), Verdict.POLICY, rule, detail) for rule, detail in problems]
        if isinstance(st, OSError):
            return Finding(shown(rel), Verdict.UNSCANNABLE, "unreadable", os_code(st))
        attributes = getattr(st, "st_file_attributes", 0)
        kind = _kind(st.st_mode, attributes)
        if kind in _KIND_RULES:
            rule, detail = _KIND_RULES[kind]
            return Finding(shown(rel), Verdict.POLICY, rule, detail)
        entry = Entry(rel, os.path.join(dir_os, name), name, kind, st.st_size if kind is Kind.FILE else 0,
                      st.st_mode, st.st_nlink, st.st_dev, st.st_ino, depth, attributes)  # fmt: skip
        return self._directory_entry(entry) if kind is Kind.DIR else self._file_entry(entry)

    def _directory_entry(self, entry: Entry) -> Entry | Finding:
        if entry.dev != self.dev:
            return Finding(entry.shown, Verdict.POLICY, "mount-point", f"dev={entry.dev}")  # another file system
        return _ignored(entry) if entry.name.lower() in OS_METADATA_DIRS else entry

    def _file_entry(self, entry: Entry) -> Entry | Finding | None:
        if entry.nlink > 1:
            return Finding(entry.shown, Verdict.POLICY, "hardlink", f"links={entry.nlink}")
        if entry.name.lower() in OS_METADATA_FILES:
            return _ignored(entry)
        self.total += entry.size
        if entry.size > self.limits.max_file_bytes:
            return Finding(entry.shown, Verdict.UNSCANNABLE, "limit-file-bytes",
                           f"bytes={entry.size} limit={self.limits.max_file_bytes}")  # fmt: skip
        if self.total <= self.limits.max_total_bytes:
            return entry
        if self.bytes_reported:
            return None
        self.bytes_reported = True
        return Finding(entry.shown, Verdict.UNSCANNABLE, "limit-bytes", f"limit={self.limits.max_total_bytes}")


def _ignored(entry: Entry) -> Entry:
    return Entry(entry.path, entry.os_path, entry.name, entry.kind, entry.size, entry.mode, entry.nlink,
                 entry.dev, entry.ino, entry.depth, entry.attributes, ignored=True)  # fmt: skip
