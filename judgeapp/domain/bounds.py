"""Every bound on input, in one place (documented in ``docs/RELIABILITY.md``).

Every file the app reads comes from someone else: a region, a judge, an
operator's spreadsheet. Before a byte of it is parsed, its size is checked
against these bounds, and while it is parsed its nesting, numbers and texts
are. Whatever is over a bound is refused with a message naming the file, the
place and the bound — never a traceback, never a hang, never gigabytes of
memory. The figures are far above anything real (the largest shipped form is
48 KB, the official worksheet holds ~5,000 cells) and far below what would hurt
a modest laptop.

Pure constants and no I/O: every layer may import this module.
"""

from __future__ import annotations

KIB = 1024
MIB = 1024 * KIB
GIB = 1024 * MIB

# ---- structured text (JSON, YAML) ---------------------------------------------------
MAX_DEPTH = 32
"""Nesting of lists and mappings in any JSON or YAML document (real files: ≤ 12)."""

MAX_NODES = 2_000_000
"""Values (scalars, lists, mappings) in one document, aliases counted at every use."""

MAX_STRING_CHARS = 100_000
"""Characters of any one text value or key (a judge's longest note is far shorter)."""

MAX_NAME_CHARS = 300
"""Characters of a name, title, id or label (a region's name, a document's title)."""

MAX_INT = 2**63 - 1
MIN_INT = -(2**63)
"""Integers must fit SQLite's 64-bit INTEGER: what ``check`` accepts, ``import`` can store."""

MAX_NUMBER_CHARS = 40
"""Characters of a number written as text (a key figure, a score)."""

MAX_DECIMAL_EXPONENT = 24
"""A decimal lies strictly between ±10^24 and is finite (no NaN, no infinity), and has at
most 24 places: arithmetic on it can never overflow Python's decimal context."""

# ---- whole files ----------------------------------------------------------------------
MAX_FORM_BYTES = 1 * MIB
"""A rubric form file (``forms/*.yaml``; the largest shipped one is 48 KB)."""

MAX_MANIFEST_BYTES = 1 * MIB
"""A package's ``manifest.yaml``."""

MAX_SCORE_FILE_BYTES = 64 * MIB
"""A signed score file (a national panel's file is a few MB)."""

MAX_BUNDLE_MANIFEST_BYTES = 64 * MIB
"""A bundle's ``bundle.json``."""

MAX_BUNDLE_FORM_BYTES = 4 * MIB
"""One pinned form (canonical JSON) inside a bundle."""

MAX_CSV_BYTES = 64 * MIB
"""A paper re-keying CSV file."""

MAX_CSV_FIELD_CHARS = 100_000
"""One CSV field (below the csv module's own 131,072 limit, so ours speaks first)."""

MAX_XLSX_BYTES = 64 * MIB
"""A spreadsheet file on disk (paper re-keying, the official worksheet)."""

# ---- zip containers -------------------------------------------------------------------
MAX_PACKAGE_MEMBERS = 1000
MAX_PACKAGE_BYTES = 2 * GIB
MAX_PACKAGE_RATIO = 200
"""Submission packages: members, uncompressed bytes, compression ratio per member."""

MAX_BUNDLE_MEMBERS = 5000
MAX_BUNDLE_BYTES = 4 * GIB
MAX_BUNDLE_RATIO = 200
"""Judge bundles: members, uncompressed bytes, compression ratio per member."""

MAX_XLSX_MEMBERS = 2000
MAX_XLSX_UNCOMPRESSED = 256 * MIB
"""Spreadsheets: parts in the zip, and bytes they inflate to in total (declared and real)."""

MAX_XLSX_PART_BYTES = 16 * MIB
"""A spreadsheet part read whole (the workbook and its relationships; sheets are streamed)."""

# ---- spreadsheets -----------------------------------------------------------------------
MAX_SHEET_CELLS = 2_000_000
"""Cells holding something, in the one sheet read."""

MAX_PAPER_ROWS = 500_000
"""Rows of a paper re-keying file (a national event's template is ~200,000)."""

MAX_PAPER_COLUMNS = 64
"""Columns read from a paper re-keying file (the template has 9)."""

MAX_WORKSHEET_ROWS = 5000
"""Rows read from the official worksheet (the layout ends near row 230)."""

MAX_WORKSHEET_COLUMNS = 99
"""Columns read from the official worksheet (A..CU)."""

CHUNK = 1 * MIB
"""Streaming unit for every copy and hash."""
