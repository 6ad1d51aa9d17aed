"""The media register and the OS volume sources (R-SEC-7, R-SEC-11)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.errors import AppError, Reason
from app.security.audit import Actor
from app.security.scanner.volumes import Device, DirectoryVolumes, LinuxVolumes, VolumeWatcher
from app.services.media import MediaService
from tests.conftest import Precinct


def _actions(precinct: Precinct) -> list[str]:
    return [e.action for e in precinct.ctx.audit.events()]


def test_chair_registers_a_drive_and_only_that_drive_passes(precinct: Precinct, tmp_path: Path) -> None:
    """R-SEC-11: import and export only through registered drives; others refused and audited."""
    source = DirectoryVolumes()
    work = source.plug(tmp_path / "work", "AA11", "1234-ABCD", "PEC-1001")
    stranger = source.plug(tmp_path / "other", "BB22", "9999-0000", "HOLIDAY")
    chair = precinct.ready_session("chair")
    media = MediaService(precinct.ctx, source)
    medium = media.register(chair, work, "Асанова Гүлнара")
    assert (medium.serial, medium.volume_id, medium.holder) == ("AA11", "1234-ABCD", "Асанова Гүлнара")
    assert media.require_registered(chair, work, "import").id == medium.id
    with pytest.raises(AppError) as refused:
        media.require_registered(chair, stranger, "export")
    assert refused.value.reason is Reason.UNREGISTERED_MEDIUM
    assert "media.refused" in _actions(precinct)
    # Same volume id on another device (a cloned file system): not the registered drive.
    clone = source.plug(tmp_path / "clone", "CC33", "1234-ABCD", "PEC-1001")
    assert media.registered(clone) is None
    with pytest.raises(AppError) as again:
        media.register(chair, work, "someone")
    assert again.value.reason is Reason.DUPLICATE
    media.unregister(chair, medium.id)
    assert media.registered(work) is None
    assert [m.status for m in media.all(chair, include_unregistered=True)] == ["unregistered"]
    assert {"media.registered", "media.unregistered"} <= set(_actions(precinct))


def test_a_member_cannot_register_and_bad_input_is_refused(precinct: Precinct, tmp_path: Path) -> None:
    """R-SEC-4: the register is for the chair and the secretary; a holder is required."""
    source = DirectoryVolumes()
    work = source.plug(tmp_path / "w", "S", "V")
    media = MediaService(precinct.ctx, source)
    with pytest.raises(AppError) as denied:
        media.register(precinct.ready_session("member1"), work, "x")
    assert denied.value.reason is Reason.NOT_PERMITTED
    secretary = precinct.ready_session("secretary")
    with pytest.raises(AppError) as empty:
        media.register(secretary, work, "  ")
    assert empty.value.reason is Reason.MALFORMED
    nameless = source.plug(tmp_path / "n", "S2", "")
    with pytest.raises(AppError):
        media.register(secretary, nameless, "x")


def test_watcher_reports_drives_and_phones_and_they_are_audited(precinct: Precinct, tmp_path: Path) -> None:
    """R-SEC-7: a phone (non-storage USB device) is audited and shown as a warning."""
    source = DirectoryVolumes()
    media = MediaService(precinct.ctx, source)
    precinct.ready_session("secretary")
    watcher = VolumeWatcher(source)
    assert watcher.poll().appeared == []
    volume = source.plug(tmp_path / "w", "S", "V", "LBL")
    source.other.append(Device("1-2", "still-image/MTP", "Samsung Galaxy"))
    change = watcher.poll()
    assert change.appeared == [volume] and [d.id for d in change.devices] == ["1-2"]
    actor = Actor("s", "secretary", "", "secretary", "ws")
    warnings = media.notice(change, actor)
    assert warnings == ["still-image/MTP: Samsung Galaxy"]
    source.unplug(tmp_path / "w")
    gone = watcher.poll()
    assert gone.disappeared == [volume] and gone.devices == []
    media.notice(gone, actor)
    assert {"media.connected", "media.non-storage-device", "media.disconnected"} <= set(_actions(precinct))
    assert media.volume_of(tmp_path / "w" / "x.pecenv") is None


def test_linux_source_reads_udisks_mounts_from_proc_and_sys(tmp_path: Path) -> None:
    """The Linux source: a removable USB stick mounted by udisks under /media, with serial,
    UUID and label from /dev/disk; a fixed disk and a non-media mount are ignored."""
    proc, sys_root, dev = tmp_path / "proc", tmp_path / "sys", tmp_path / "dev"
    (proc / "self").mkdir(parents=True)
    (proc / "self" / "mountinfo").write_text(
        "22 1 8:1 / / rw - ext4 /dev/sda1 rw\n"
        "90 22 8:17 / /media/pec/PEC\\0401001 rw,nosuid - vfat /dev/sdb1 rw\n"
        "91 22 8:33 / /srv/data rw - ext4 /dev/sdc1 rw\n"
    )
    for block, removable, parts in (("sda", "0", ["sda1"]), ("sdb", "1", ["sdb1"]), ("sdc", "1", ["sdc1"])):
        (sys_root / "block" / block).mkdir(parents=True)
        (sys_root / "block" / block / "removable").write_text(removable + "\n")
        for part in parts:
            (sys_root / "block" / block / part).mkdir()
    for kind in ("by-id", "by-uuid", "by-label"):
        (dev / "disk" / kind).mkdir(parents=True)
    (dev / "sdb").touch()
    (dev / "sdb1").touch()
    os.symlink(dev / "sdb", dev / "disk" / "by-id" / "usb-Kingston_DataTraveler_3.0_408D5C1E2F33-0:0")
    os.symlink(dev / "sdb1", dev / "disk" / "by-id" / "usb-Kingston_DataTraveler_3.0_408D5C1E2F33-0:0-part1")
    os.symlink(dev / "sdb1", dev / "disk" / "by-uuid" / "1A2B-3C4D")
    os.symlink(dev / "sdb1", dev / "disk" / "by-label" / "PEC\\x201001")
    usb = sys_root / "bus" / "usb" / "devices"
    (usb / "1-2:1.0").mkdir(parents=True)
    (usb / "1-2:1.0" / "bInterfaceClass").write_text("06\n")
    (usb / "1-2").mkdir()
    (usb / "1-2" / "product").write_text("Pixel 8\n")
    source = LinuxVolumes(proc, sys_root, dev)
    source_dev = Path("/dev/sdb1")
    volumes = source.volumes()
    # The mountinfo names /dev/sdb1; the fixture's links point into tmp: compare by name.
    assert [(str(v.mount_point), v.serial, v.volume_id, v.label, v.device) for v in volumes] == [
        ("/media/pec/PEC 1001", "408D5C1E2F33", "1A2B-3C4D", "PEC 1001", str(source_dev))
    ]
    assert [(d.id, d.kind, d.name) for d in source.devices()] == [("1-2", "still-image/MTP", "Pixel 8")]
