"""Fill msgstr entries of a catalogue from a Python dict (a translator's aid).

Usage: python scripts/fill_catalogue.py locale/lt/LC_MESSAGES/django.po file.py
where file.py defines LT = {msgid: msgstr or [plural forms]}. Existing
translations are kept unless the dict gives a new one.
"""

import runpy
import sys

import polib


def main(po_path: str, data_path: str) -> int:
    translations = runpy.run_path(data_path)["LT"]
    catalogue = polib.pofile(po_path)
    catalogue.metadata["Language"] = catalogue.metadata.get("Language") or "lt"
    for entry in catalogue:
        value = translations.get(entry.msgid)
        if value is None:
            continue
        if entry.msgid_plural:
            entry.msgstr_plural = dict(enumerate(value))
        else:
            entry.msgstr = value
        if "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")
    catalogue.save()
    missing = [e.msgid for e in catalogue if not e.translated() and not e.obsolete]
    for msgid in missing:
        print(f"untranslated: {msgid!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
