"""The tests' builders, in one package (imported as ``kit.<module>``; the
tests folder is on the import path through its root ``conftest.py``).

- ``kit.pdf``: real PDFs, as bytes (``pdf_bytes``) or drawn by Qt (``write_pdf``)
- ``kit.packages``: package manifests, folders and zips; the package tables' snapshot
- ``kit.judging``: an event on the mini form, packages, judges, sheets filled through services
- ``kit.worksheet``: the official PPD worksheet edited and recalculated
- ``kit.reports``: the report tests' mini event and PDF text helpers
- ``kit.hostile``: hostile-input helpers (refusals, rewritten zips and cells)
- ``kit.qt``, ``kit.dialogs``: the window's helpers (clock, focus, closing) and
  answering the app's dialogs

No test imports another test module or a ``conftest.py``: shared code lives here.
"""
