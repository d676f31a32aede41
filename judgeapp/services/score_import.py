"""What kind of score file a path holds, by its content (not only its name).

``classify`` tells the three ways scores come back apart: a signed score file
(JSON), a paper re-keying file (CSV or XLSX) and the official PPD worksheet
(an XLSX with the worksheet's sheet). The command line's ``scores import``
routes each file to its service by it.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Literal

Kind = Literal["signed", "paper", "worksheet", "unknown"]


def classify(path: Path) -> Kind:
    """signed | paper | worksheet | unknown — by content, not only the name."""
    try:
        with path.open("rb") as fh:
            head = fh.read(4)
    except OSError:
        return "unknown"
    if head[:1] == b"{":
        return "signed"
    if head == b"PK\x03\x04":
        try:
            with zipfile.ZipFile(path) as zf:
                book = zf.read("xl/workbook.xml").decode("utf-8", "replace")
        except (KeyError, OSError, zipfile.BadZipFile):
            return "unknown"
        from judgeapp.services.worksheet import SHEET

        return "worksheet" if f'name="{SHEET}"' in book else "paper"
    if path.suffix.lower() in (".csv", ".txt"):
        return "paper"
    return "unknown"
