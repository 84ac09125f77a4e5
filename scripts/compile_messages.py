"""Compile locale/*/LC_MESSAGES/*.po into .mo files without GNU gettext.

A fresh machine may lack msgfmt; polib writes the same .mo files. Fuzzy
entries are left out, as msgfmt does.
"""

import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    for po_path in sorted((ROOT / "locale").glob("*/LC_MESSAGES/*.po")):
        catalogue = polib.pofile(str(po_path))
        for entry in catalogue.fuzzy_entries():
            catalogue.remove(entry)
        mo_path = po_path.with_suffix(".mo")
        if not mo_path.exists() or mo_path.stat().st_mtime < po_path.stat().st_mtime:
            catalogue.save_as_mofile(str(mo_path))
            print(f"compiled {po_path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
