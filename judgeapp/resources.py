"""Find bundled resource folders (forms, report templates, translations).

One lookup used everywhere, in this order:

1. a frozen build (PyInstaller): ``sys._MEIPASS/<name>``;
2. an installed wheel: ``judgeapp/_data/<name>`` inside the package;
3. a source checkout: ``<repo>/<name>`` beside the ``judgeapp`` package.

``JUDGEAPP_RESOURCES`` (a folder holding the same sub-folders) overrides all of
them, for tests and for secretariats that keep their own forms.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent
KNOWN = ("forms", "reports", "translations")


def _candidates(name: str) -> list[Path]:
    out: list[Path] = []
    override = os.environ.get("JUDGEAPP_RESOURCES")
    if override:
        out.append(Path(override) / name)
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        out.append(Path(frozen) / name)
    out.append(_PACKAGE_DIR / "_data" / name)
    out.append(_PACKAGE_DIR.parent / name)
    return out


def resource_dir(name: str) -> Path:
    """Return the folder holding resource tree ``name`` (one of ``KNOWN``)."""
    if name not in KNOWN:
        raise ValueError(f"unknown resource folder {name!r}")
    for path in _candidates(name):
        if path.is_dir():
            return path
    raise FileNotFoundError(
        f"resource folder {name!r} not found (looked in: "
        + ", ".join(str(p) for p in _candidates(name))
        + ")"
    )


def forms_dir() -> Path:
    return resource_dir("forms")


def reports_dir() -> Path:
    return resource_dir("reports")


def translations_dir() -> Path:
    return resource_dir("translations")
