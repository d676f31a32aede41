"""What kind of score file a path holds, by its content (not only its name).

``classify`` tells the three ways scores come back apart: a signed score file
(JSON), a paper re-keying file (CSV or XLSX) and the official PPD worksheet
(an XLSX with the worksheet's sheet). The command line's ``scores import``
routes each file to its service by it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from judgeapp.domain.safeparse import InputRefused
from judgeapp.services.reading import check_regular

Kind = Literal["signed", "paper", "worksheet", "unknown"]


def classify(path: Path) -> Kind:
    """signed | paper | worksheet | unknown — by content, not only the name.

    Only a regular file is opened (a FIFO or a device is "unknown"), and a
    spreadsheet's sheet names are read through the bounded reader."""
    try:
        check_regular(path)
        with path.open("rb") as fh:
            head = fh.read(4)
    except (InputRefused, OSError):
        return "unknown"
    if head[:1] == b"{":
        return "signed"
    if head == b"PK\x03\x04":
        from judgeapp.services.worksheet import SHEET
        from judgeapp.services.xlsx_read import SheetRefused, sheet_names

        try:
            names = sheet_names(path)
        except SheetRefused:
            return "paper"  # the paper reader names what is wrong with it
        return "worksheet" if SHEET in names else "paper"
    if path.suffix.lower() in (".csv", ".txt"):
        return "paper"
    return "unknown"
