"""Removable volumes as the operating system reports them (R-SEC-7, R-SEC-11).

A `Volume` is a mounted removable medium with what identifies it: the device serial (USB serial
number) and the volume id (file system UUID / volume serial), plus a label. A `Device` is a USB
device that is not storage (a phone in MTP mode, a modem...): it is noticed, audited and shown as a
warning. Sources:
  LinuxVolumes      /proc/self/mountinfo, /sys/block/*/removable, /dev/disk/by-id|by-uuid|by-label,
                    /sys/bus/usb/devices (interface classes) — what udisks mounts under /media or
                    /run/media; read-only, no D-Bus needed
  WindowsVolumes    removable drive letters (GetDriveTypeW), volume serial (GetVolumeInformationW)
  MacVolumes        /Volumes and `diskutil info -plist`
  DirectoryVolumes  directories standing in for volumes (tests, demo): the identity is given by the
                    caller, never read from the medium itself
`VolumeWatcher.poll()` compares two readings: volumes that appeared and disappeared. The window
polls it on a timer; nothing here reads a file on a medium.

Only the Linux source is exercised on this machine (with mountinfo/sysfs fixtures in tests, since
mounting a loop device needs privileges CI may not have); Windows and macOS follow the documented
APIs and are untested here.
"""

from __future__ import annotations

import ctypes
import json
import os
import plistlib
import string
import subprocess
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from app.build_info import VOLUMES_FILE_ENV, refuse_in_production
from app.errors import AppError, Defect, Part, Reason

MEDIA_ROOTS = ("/media/", "/run/media/", "/mnt/")
# USB interface classes that are not mass storage but show up when a phone is plugged in.
NON_STORAGE_CLASSES = {"06": "still-image/MTP", "02": "communications", "e0": "wireless", "ff": "vendor-specific"}


@dataclass(frozen=True)
class Volume:
    mount_point: Path
    serial: str  # the USB device serial, "" when the OS does not tell
    volume_id: str  # the file system UUID / volume serial number
    label: str = ""
    device: str = ""  # /dev/sdb1, E:, disk4s1 ...

    @property
    def key(self) -> tuple[str, str]:
        return self.serial, self.volume_id


@dataclass(frozen=True)
class Device:
    """A USB device that is not storage (a phone, a modem): audited and shown as a warning."""

    id: str
    kind: str
    name: str = ""


class VolumeSource(Protocol):
    def volumes(self) -> list[Volume]: ...

    def devices(self) -> list[Device]: ...


@dataclass
class DirectoryVolumes:
    """Directories standing in for volumes (tests and the demo)."""

    mounted: dict[Path, tuple[str, str, str]] = field(default_factory=dict)  # path -> (serial, volume_id, label)
    other: list[Device] = field(default_factory=list)

    def plug(self, path: Path, serial: str, volume_id: str, label: str = "") -> Volume:
        self.mounted[Path(path)] = (serial, volume_id, label)
        return self.find(path)

    def unplug(self, path: Path) -> None:
        self.mounted.pop(Path(path), None)

    def find(self, path: Path) -> Volume:
        serial, volume_id, label = self.mounted[Path(path)]
        return Volume(Path(path), serial, volume_id, label, device=f"dir:{path}")

    def volumes(self) -> list[Volume]:
        return [self.find(p) for p in sorted(self.mounted)]

    def devices(self) -> list[Device]:
        return list(self.other)


@dataclass
class LinuxVolumes:
    """Removable mounts as udisks makes them, read from /proc and /sys (roots injectable for tests)."""

    proc: Path = Path("/proc")
    sys_root: Path = Path("/sys")
    dev: Path = Path("/dev")

    def volumes(self) -> list[Volume]:
        found = []
        for device, mount_point in self._mounts():
            block = self._block_of(device)
            if not block or not self._removable(block):
                continue
            found.append(
                Volume(
                    Path(mount_point),
                    serial=self._serial(device),
                    volume_id=self._link_name("by-uuid", device),
                    label=_unescape(self._link_name("by-label", device)),
                    device=device,
                )
            )
        return found

    def _mounts(self) -> Iterable[tuple[str, str]]:
        try:
            lines = (self.proc / "self" / "mountinfo").read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            return []
        mounts = []
        for line in lines:
            left, _, right = line.partition(" - ")
            fields, tail = left.split(), right.split()
            if len(fields) < 5 or len(tail) < 2:
                continue
            mount_point, source = _unescape(fields[4]), tail[1]
            if source.startswith("/dev/") and mount_point.startswith(MEDIA_ROOTS):
                mounts.append((source, mount_point))
        return mounts

    def _block_of(self, device: str) -> str:
        name = Path(device).name
        for block in _listdir(self.sys_root / "block"):
            if name == block or name in _listdir(self.sys_root / "block" / block):
                return block
        return ""

    def _removable(self, block: str) -> bool:
        try:
            return (self.sys_root / "block" / block / "removable").read_text().strip() == "1"
        except OSError:
            return False

    def _link_name(self, kind: str, device: str) -> str:
        folder = self.dev / "disk" / kind
        for name in _listdir(folder):
            try:
                if Path(os.path.realpath(folder / name)).name == Path(device).name:
                    return name
            except OSError:
                continue
        return ""

    def _serial(self, device: str) -> str:
        """From /dev/disk/by-id/usb-<vendor>_<model>_<SERIAL>-0:0[-partN]."""
        block = self._block_of(device)
        for name in _listdir(self.dev / "disk" / "by-id"):
            if not name.startswith("usb-") or "-part" in name:
                continue
            try:
                target = Path(os.path.realpath(self.dev / "disk" / "by-id" / name)).name
            except OSError:
                continue
            if target == block:
                return name[4:].rsplit("-", 1)[0].rsplit("_", 1)[-1]
        return ""

    def devices(self) -> list[Device]:
        found = []
        base = self.sys_root / "bus" / "usb" / "devices"
        for entry in _listdir(base):
            cls = _read(base / entry / "bInterfaceClass")
            if cls in NON_STORAGE_CLASSES and ":" in entry:
                parent = entry.split(":")[0]
                name = " ".join(filter(None, (_read(base / parent / "manufacturer"), _read(base / parent / "product"))))
                found.append(Device(parent, NON_STORAGE_CLASSES[cls], name))
        return list({d.id: d for d in found}.values())


class WindowsVolumes:
    """Removable drive letters (untested here: no Windows in this workplace)."""

    def volumes(self) -> list[Volume]:  # pragma: no cover - Windows only
        if sys.platform != "win32":
            return []
        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
        mask = kernel32.GetLogicalDrives()
        found = []
        for index, letter in enumerate(string.ascii_uppercase):
            if not mask & (1 << index):
                continue
            root = f"{letter}:\\"
            if kernel32.GetDriveTypeW(root) != 2:  # DRIVE_REMOVABLE
                continue
            label = ctypes.create_unicode_buffer(261)
            serial = ctypes.c_uint32()
            ok = kernel32.GetVolumeInformationW(root, label, 261, ctypes.byref(serial), None, None, None, 0)
            if ok:
                found.append(Volume(Path(root), "", f"{serial.value:08X}", label.value, device=f"{letter}:"))
        return found

    def devices(self) -> list[Device]:  # pragma: no cover - Windows only
        return []


class MacVolumes:
    """/Volumes with `diskutil info -plist` (untested here: no macOS in this workplace)."""

    def volumes(self) -> list[Volume]:  # pragma: no cover - macOS only
        found = []
        for entry in _listdir(Path("/Volumes")):
            path = Path("/Volumes") / entry
            try:
                done = subprocess.run(
                    ["diskutil", "info", "-plist", str(path)], capture_output=True, timeout=10, check=True
                )
                info = plistlib.loads(done.stdout)
            except (OSError, subprocess.SubprocessError, plistlib.InvalidFileException):
                continue
            if info.get("Internal", True) or not info.get("RemovableMediaOrExternalDevice", False):
                continue
            found.append(
                Volume(
                    path,
                    str(info.get("IORegistryEntryName", "")),
                    str(info.get("VolumeUUID", "")),
                    str(info.get("VolumeName", "")),
                    device=str(info.get("DeviceIdentifier", "")),
                )
            )
        return found

    def devices(self) -> list[Device]:  # pragma: no cover - macOS only
        return []


def system_volumes() -> VolumeSource:
    if sys.platform == "win32":
        return WindowsVolumes()
    if sys.platform == "darwin":
        return MacVolumes()
    return LinuxVolumes()


@dataclass
class Change:
    appeared: list[Volume]
    disappeared: list[Volume]
    devices: list[Device]  # non-storage devices that appeared


class VolumeWatcher:
    """Compares readings of a source: what appeared and disappeared since the last poll."""

    def __init__(self, source: VolumeSource, on_change: Callable[[Change], None] | None = None) -> None:
        self._source = source
        self._on_change = on_change
        self._known: dict[Path, Volume] = {}
        self._devices: set[str] = set()

    def poll(self) -> Change:
        now = {v.mount_point: v for v in self._source.volumes()}
        devices = self._source.devices()
        change = Change(
            [v for p, v in now.items() if self._known.get(p) != v],
            [v for p, v in self._known.items() if p not in now or now[p] != v],
            [d for d in devices if d.id not in self._devices],
        )
        self._known, self._devices = now, {d.id for d in devices}
        if self._on_change is not None and (change.appeared or change.disappeared or change.devices):
            self._on_change(change)
        return change


def _listdir(path: Path) -> list[str]:
    try:
        return sorted(os.listdir(path))
    except OSError:
        return []


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return ""


def _unescape(text: str) -> str:
    """mountinfo and udev escape spaces and other bytes as \\040 or \\x20."""
    out, i = [], 0
    while i < len(text):
        if text[i] == "\\" and text[i + 1 : i + 4].isdigit() and len(text) >= i + 4:
            out.append(chr(int(text[i + 1 : i + 4], 8)))
            i += 4
        elif text[i] == "\\" and text[i + 1 : i + 2] == "x" and len(text) >= i + 4:
            out.append(chr(int(text[i + 2 : i + 4], 16)))
            i += 4
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def volume_source() -> VolumeSource:
    """The OS's volumes; or, when `PEC_DESK_VOLUMES_FILE` names a JSON file
    `[{"path", "serial", "volume_id", "label"}]`, directories standing in for drives (tests and
    training). Whoever can set this variable controls the process anyway; the files on such a
    "drive" are still scanned, and a drive is still accepted only if its identity is registered.
    A production build refuses the variable (app.build_info)."""
    listing = os.environ.get(VOLUMES_FILE_ENV, "")
    if not listing:
        return system_volumes()
    refuse_in_production(VOLUMES_FILE_ENV)
    try:
        entries = json.loads(Path(listing).read_text(encoding="utf-8"))
        source = DirectoryVolumes()
        for e in entries:
            source.plug(Path(e["path"]), str(e["serial"]), str(e["volume_id"]), str(e.get("label", "")))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise AppError(Reason.USAGE, defect=Defect.NOT_FOUND if isinstance(exc, OSError) else Defect.NOT_JSON,
                       part=Part.VOLUMES_FILE, name=VOLUMES_FILE_ENV) from exc  # fmt: skip
    return source
