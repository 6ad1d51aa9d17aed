"""Fill the unfinished entries of a Qt .ts file, keeping everything else as lupdate wrote it.

    python scripts/ts_fill.py resources/i18n/pecdesk_ky.ts words.json   # {"source": "translation"}
    python scripts/ts_fill.py resources/i18n/pecdesk_en.ts --same        # English: the source itself
    python scripts/ts_fill.py resources/i18n/pecdesk_ky.ts --from OTHER.ts  # finished ones of another copy

A key "Context|source" fills only that class's entry. Plural entries take a JSON list of forms.
Prints what is still unfinished. Our own committed files only (not untrusted input).
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def finished(path: Path) -> dict[str, list[str]]:
    words: dict[str, list[str]] = {}
    for context in ET.parse(path).getroot().findall("context"):  # noqa: S314
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type"):
                continue
            forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
            words[f"{name}|{message.findtext('source')}"] = forms
    return words


def fill(path: Path, words: dict[str, list[str]], same: bool) -> list[str]:
    tree = ET.parse(path)  # noqa: S314
    left: list[str] = []
    for context in tree.getroot().findall("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            source = message.findtext("source") or ""
            forms = words.get(f"{name}|{source}") or words.get(source) or ([source] if same else None)
            if forms is None:
                left.append(f"{name}|{source}")
                continue
            del translation.attrib["type"]
            numerus = translation.findall("numerusform")
            if numerus:
                for form, text in zip(numerus, forms * len(numerus), strict=False):
                    form.text = text
            else:
                translation.text = forms[0]
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return left


def main(argv: list[str]) -> int:
    path = Path(argv[0])
    if argv[1] == "--same":
        words: dict[str, list[str]] = {}
    elif argv[1] == "--from":
        words = finished(Path(argv[2]))
    else:
        raw = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
        words = {k: v if isinstance(v, list) else [v] for k, v in raw.items()}
    left = fill(path, words, argv[1] == "--same")
    for entry in left:
        print(f"unfinished: {entry}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
