"""How a sheet's import warnings read (stored as data, worded when shown).

A warning is a mapping ``{"kind": "blank" | "zero", "cell": "G31", "key": "1.6"}``:
a score cell of an official worksheet left empty or holding 0, which the
worksheet's own formula (``AVERAGEIF(range, ">0")``) leaves out of the
indicator's average — and so does the app.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from judgeapp.i18n import t

SHOWN = 8  # cells named in one line; the rest are counted


def warning_text(items: Sequence[Mapping[str, object]]) -> str:
    """One line: how many cells, which ones, and what the total rests on."""
    cells = [f"{w.get('cell', '?')}" + (" (0)" if w.get("kind") == "zero" else "") for w in items]
    shown = ", ".join(cells[:SHOWN]) + (" …" if len(cells) > SHOWN else "")
    n = len(items)
    return t(
        f"{n} sel nilai kosong atau 0 di lembar kerja ({shown}); nilai indikator ="
        " rata-rata butir yang dinilai, seperti rumus lembar kerja",
        f"{n} score cells blank or 0 in the worksheet ({shown}); the indicator is the"
        " average of the scored items, as the worksheet's formula computes it",
    )
