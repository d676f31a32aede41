"""The desktop interface (Qt widgets).

Importing this package first guards against a reference-count fault of the
Qt bindings: shiboken6/PySide6 6.12.0 on CPython 3.11 hands back ``None`` from
every call of a method returning nothing (``label.setText(…)``,
``scrollbar.setRange(…)``) without counting the reference it gives away, so
``None``'s count falls by one per call and, a few thousand calls later, the
interpreter aborts ("none_dealloc: deallocating None"). ``True`` and
``False`` wear out the same way, more slowly (tens of thousands of references
lost over the interface tests: "bool_dealloc: deallocating True or False" at
exit). From CPython 3.12 on the three are immortal and the fault is harmless;
on 3.11 their counts are raised far beyond any number of calls a session can
make, the same thing 3.12 does. ``tests/ui/test_qt_none_refcount.py`` runs a
hundred thousand such calls and checks the three counts.
"""

from __future__ import annotations

import sys


def _keep_singletons_alive() -> None:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    import ctypes

    for obj in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(obj))  # ob_refcnt, the object's first field
        if count.value < 1 << 40:
            count.value += 1 << 50


_keep_singletons_alive()
