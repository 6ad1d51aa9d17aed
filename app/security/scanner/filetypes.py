"""Content types by magic bytes, never by name, and the types each task allows (policy.py's
"Decisions": types are closed; archives other than zip cannot be allowed)."""

from __future__ import annotations

import enum
from dataclasses import dataclass

HEAD_BYTES = 4096
ENVELOPE_MAGIC = b"PECENV1\n"
LNK_MAGIC = bytes.fromhex("4C0000000114020000000000C000000000000046")


class FileType(enum.StrEnum):
    ENVELOPE = "envelope"
    TRUST_BUNDLE = "trust-bundle"  # central-trust.json beside a central envelope (docs/sync.md)
    PDF = "pdf"
    JPEG = "jpeg"
    PNG = "png"
    ZIP = "zip"
    GZIP = "gzip"
    SEVEN_ZIP = "7z"
    RAR = "rar"
    TAR = "tar"
    BZIP2 = "bzip2"
    XZ = "xz"
    ZSTD = "zstd"
    CAB = "cab"
    OLE = "ole"  # MSI, legacy Office, Thumbs.db
    PE = "pe"
    ELF = "elf"
    MACHO = "mach-o"
    JAVA_OR_FAT = "java-class-or-fat-mach-o"
    WASM = "wasm"
    DEX = "dex"
    SCRIPT = "script"
    LNK = "lnk"
    EMPTY = "empty"
    UNKNOWN = "unknown"


ARCHIVES = frozenset({FileType.ZIP, FileType.GZIP, FileType.SEVEN_ZIP, FileType.RAR, FileType.TAR,
                      FileType.BZIP2, FileType.XZ, FileType.ZSTD, FileType.CAB})  # fmt: skip
EXECUTABLES = frozenset({FileType.PE, FileType.ELF, FileType.MACHO, FileType.JAVA_OR_FAT, FileType.WASM,
                         FileType.DEX})  # fmt: skip
CONTENT_RULE = {**dict.fromkeys(EXECUTABLES, "exe-magic"), FileType.SCRIPT: "script", FileType.LNK: "shortcut"}
ALLOWABLE = frozenset({FileType.ENVELOPE, FileType.TRUST_BUNDLE, FileType.PDF, FileType.JPEG, FileType.PNG,
                       FileType.ZIP})  # fmt: skip
TRUST_BUNDLE_MAGIC = b'{"bundle":{'  # canonical JSON: sorted keys, no spaces; its signature is checked on import

_MAGICS: tuple[tuple[bytes, FileType], ...] = (
    (ENVELOPE_MAGIC, FileType.ENVELOPE),
    (TRUST_BUNDLE_MAGIC, FileType.TRUST_BUNDLE),
    (b"%PDF-", FileType.PDF),
    (b"\xff\xd8\xff", FileType.JPEG),
    (b"\x89PNG\r\n\x1a\n", FileType.PNG),
    (b"PK\x03\x04", FileType.ZIP),
    (b"PK\x05\x06", FileType.ZIP),  # empty zip
    (b"PK\x07\x08", FileType.ZIP),  # spanned zip
    (b"\x1f\x8b", FileType.GZIP),
    (b"7z\xbc\xaf\x27\x1c", FileType.SEVEN_ZIP),
    (b"Rar!\x1a\x07", FileType.RAR),
    (b"BZh", FileType.BZIP2),
    (b"\xfd7zXZ\x00", FileType.XZ),
    (b"\x28\xb5\x2f\xfd", FileType.ZSTD),
    (b"MSCF\x00\x00\x00\x00", FileType.CAB),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", FileType.OLE),
    (b"MZ", FileType.PE),
    (b"\x7fELF", FileType.ELF),
    (b"\xfe\xed\xfa\xce", FileType.MACHO),
    (b"\xfe\xed\xfa\xcf", FileType.MACHO),
    (b"\xce\xfa\xed\xfe", FileType.MACHO),
    (b"\xcf\xfa\xed\xfe", FileType.MACHO),
    (b"\xca\xfe\xba\xbe", FileType.JAVA_OR_FAT),
    (b"\xca\xfe\xba\xbf", FileType.MACHO),  # fat 64
    (b"\xbe\xba\xfe\xca", FileType.MACHO),  # fat, little-endian
    (b"\xbf\xba\xfe\xca", FileType.MACHO),
    (b"\x00asm", FileType.WASM),
    (b"dex\n", FileType.DEX),
    (b"#!", FileType.SCRIPT),
    (b"\xef\xbb\xbf#!", FileType.SCRIPT),
    (LNK_MAGIC, FileType.LNK),
)


def sniff(head: bytes) -> FileType:
    """The content type of a file from its first bytes (HEAD_BYTES are enough for all of them)."""
    if not head:
        return FileType.EMPTY
    for magic, kind in _MAGICS:
        if head.startswith(magic):
            return kind
    if len(head) >= 262 and head[257:262] == b"ustar":
        return FileType.TAR
    return FileType.UNKNOWN


@dataclass(frozen=True)
class AllowedTypes:
    """The content types a task takes (by magic bytes, never by name)."""

    name: str
    types: frozenset[FileType]

    def __post_init__(self) -> None:
        if not self.types <= ALLOWABLE:
            raise ValueError(f"not allowable for any task: {sorted(self.types - ALLOWABLE)}")


IMPORT = AllowedTypes("import", frozenset({FileType.ENVELOPE, FileType.TRUST_BUNDLE}))
CLAIM_ATTACHMENTS = AllowedTypes(
    "claim-attachments", frozenset({FileType.ENVELOPE, FileType.PDF, FileType.JPEG, FileType.PNG})
)
