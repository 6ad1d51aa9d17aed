"""The policy's rules on names (policy.py: bidi-name ... double-extension): what a name is,
read without opening anything. A rule's detail is the datum at fault (a code point, an
extension, a device name), never a sentence."""

from __future__ import annotations

import unicodedata

from app.security.scanner.walk import FILE_ATTRIBUTE_HIDDEN, FILE_ATTRIBUTE_SYSTEM

# extensions, lower case, without the dot
SHORTCUT_EXT = frozenset({"lnk", "url", "desktop", "webloc", "inetloc", "scf", "website", "search-ms",
                          "searchconnector-ms", "library-ms", "settingcontent-ms"})  # fmt: skip
EXE_EXT = frozenset({
    "exe", "dll", "com", "scr", "pif", "cpl", "ocx", "sys", "drv", "efi", "msi", "msp", "mst", "msix", "msixbundle",
    "appx", "appxbundle", "appref-ms", "application", "gadget", "xll", "xbap", "jar", "war", "ear", "class",
    "apk", "aab", "xapk", "ipa", "app", "pkg", "mpkg", "kext", "bundle", "deb", "rpm", "snap", "flatpak",
    "appimage", "run", "elf", "so", "dylib", "ko", "wasm", "dex",
})  # fmt: skip
SCRIPT_EXT = frozenset({
    "bat", "cmd", "ps1", "psm1", "psd1", "ps1xml", "psc1", "vb", "vbs", "vbe", "js", "jse", "mjs", "wsf",
    "wsh", "wsc", "ws", "hta", "msc", "sct", "reg", "inf", "chm", "jnlp", "sh", "bash", "zsh", "ksh", "csh",
    "fish", "command", "tool", "py", "pyw", "pyc", "pyz", "pl", "pm", "rb", "php", "lua", "tcl", "scpt",
    "applescript", "workflow", "action", "xsl", "iqy", "slk", "ahk", "au3", "vba", "bas",
})  # fmt: skip
DISK_IMAGE_EXT = frozenset({"iso", "img", "vhd", "vhdx", "dmg", "udf", "vmdk"})
ARCHIVE_EXT = frozenset({"zip", "zipx", "jar", "war", "ear", "apk", "7z", "rar", "gz", "tgz", "tar", "bz2",
                         "tbz2", "xz", "txz", "zst", "cab", "lzh", "lha", "arj", "z", "lz", "lzma", "cpio",
                         "iso", "img", "dmg", "vhd", "vhdx", "wim", "msi", "xapk", "ipa"})  # fmt: skip
_DANGEROUS = {**dict.fromkeys(DISK_IMAGE_EXT, "disk-image"), **dict.fromkeys(EXE_EXT, "exe-name"),
              **dict.fromkeys(SCRIPT_EXT, "script"), **dict.fromkeys(SHORTCUT_EXT, "shortcut")}  # fmt: skip
WINDOWS_DEVICES = frozenset(
    {"con", "prn", "aux", "nul", "conin$", "conout$", "clock$"}
    | {f"{p}{d}" for p in ("com", "lpt") for d in (*"0123456789", "¹", "²", "³")}
)
WINDOWS_FORBIDDEN = frozenset('<>:"|?*')
BIDI = frozenset(chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F, 0x061C))
ZERO_WIDTH = frozenset(chr(c) for c in (0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF))


def _char_findings(name: str) -> list[tuple[str, str]]:
    rules: dict[str, str] = {}
    for ch in name:
        code = ord(ch)
        if ch in BIDI:
            rules.setdefault("bidi-name", f"U+{code:04X}")
        elif ch in ZERO_WIDTH:
            rules.setdefault("zero-width-name", f"U+{code:04X}")
        elif 0xDC80 <= code <= 0xDCFF:
            rules.setdefault("name-encoding", f"\\x{code - 0xDC00:02x}")  # a byte that is not UTF-8
        else:
            category = unicodedata.category(ch)
            if category in ("Cc", "Zl", "Zp"):
                rules.setdefault("control-name", f"U+{code:04X}")
            elif category in ("Cf", "Co", "Cn", "Cs"):
                rules.setdefault("invisible-name", f"U+{code:04X}")
    return list(rules.items())


def _extension_findings(stripped: str) -> list[tuple[str, str]]:
    parts = stripped.split(".")
    if len(parts) < 2:
        return []
    ext = parts[-1].strip()
    rule = _DANGEROUS.get(ext)
    if rule is None or stripped == "autorun.inf":
        return []
    found = [(rule, f".{ext}")]
    if len(parts) >= 3 and parts[-2].strip():
        found.append(("double-extension", f".{parts[-2].strip()}.{ext}"))  # .exe disguised as .pdf
    return found


def name_findings(name: str, *, attributes: int = 0) -> list[tuple[str, str]]:
    """Policy problems of one name: (rule, detail) pairs. `walk.name_problems` covers structure."""
    found = [] if name.isascii() and name.isprintable() else _char_findings(name)
    if name.startswith("."):
        found.append(("hidden", "."))  # a dot-name
    if attributes & (FILE_ATTRIBUTE_HIDDEN | FILE_ATTRIBUTE_SYSTEM):
        found.append(("hidden", f"attributes=0x{attributes & (FILE_ATTRIBUTE_HIDDEN | FILE_ATTRIBUTE_SYSTEM):x}"))
    if name.endswith((".", " ")):
        found.append(("trailing-dot", f"U+{ord(name[-1]):04X}"))  # Windows drops it
    stripped = name.lower().rstrip(". ")
    device = stripped.split(".", 1)[0].rstrip(" ")
    if device in WINDOWS_DEVICES:
        found.append(("reserved-name", device))  # a Windows device name
    forbidden = "".join(sorted({ch for ch in name if ch in WINDOWS_FORBIDDEN}))
    if forbidden:
        found.append(("reserved-name", forbidden))  # characters Windows does not allow in names
    if stripped == "autorun.inf":
        found.append(("autorun", "autorun.inf"))
    elif stripped == "desktop.ini":
        found.append(("shell-config", "desktop.ini"))
    found.extend(_extension_findings(stripped))
    return found
