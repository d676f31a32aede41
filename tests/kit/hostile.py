"""Builders and checks shared by the hostile-input corpus and the property tests.

Every bad input is made here at test time from a good one; nothing binary is
committed. ``disk_state`` is what "nothing changed on disk" compares: every
file under a folder (name, size, SHA-256) and every row of every table of a
workspace found in it.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from judgeapp.errors import Refused
from kit.pdf import bare_pdf_bytes

ROOT = Path(__file__).resolve().parents[2]
MINI_FORM = ROOT / "tests" / "data" / "mini-form.yaml"


def disk_state(folder: Path) -> dict[str, Any]:
    files = {}
    rows: dict[str, list] = {}
    for p in sorted(folder.rglob("*")):
        rel = str(p.relative_to(folder))
        if p.is_symlink():
            files[rel] = ("link", str(p.readlink()))
        elif p.is_dir():
            files[rel] = ("dir",)
        elif p.name.startswith("workspace.sqlite"):
            continue  # compared by rows below (SQLite may touch its files on read)
        elif p.is_file():
            files[rel] = ("file", p.stat().st_size, hashlib.sha256(p.read_bytes()).hexdigest())
    for db in sorted(folder.rglob("workspace.sqlite")):
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            tables = [
                r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")
            ]
            for table in tables:
                rows[f"{db.relative_to(folder)}:{table}"] = con.execute(
                    f'SELECT * FROM "{table}" ORDER BY rowid'
                ).fetchall()
        finally:
            con.close()
    return {"files": files, "rows": rows}


def refusal(fn: Callable[[], Any]) -> Refused:
    """Run ``fn``; it must raise a ``Refused`` (anything else fails the test)."""
    try:
        value = fn()
    except Refused as exc:
        return exc
    raise AssertionError(f"accepted: {value!r}")


def triple(exc: Refused) -> tuple[str | None, str | None, str]:
    return exc.file, exc.place, exc.reason


# ---- packages ---------------------------------------------------------------------------------
def package_manifest(files: dict[str, bytes], **over: Any) -> dict:
    data = {
        "format": "judgeapp.package/1",
        "competition": "ppd",
        "edition": "2023",
        "region": {"name": "Kota Contoh", "kind": "kota", "province": "Jawa Barat"},
        "title": "Paket uji",
        "innovations": [{"title": "Inovasi A", "summary": "ringkas", "started": 2020}],
        "indicators": [{"id": "ipm", "label": "IPM", "value": 72.5, "year": 2023}],
        "documents": [
            {
                "file": name,
                "title": name.rsplit("/", 1)[-1],
                "kind": "lampiran",
                "sha256": hashlib.sha256(data).hexdigest(),
            }
            for name, data in files.items()
        ],
    }
    data.update(over)
    return data


def package_files() -> dict[str, bytes]:
    return {"docs/proposal.pdf": bare_pdf_bytes("Proposal " * 40)}


def write_package(
    path: Path,
    files: dict[str, bytes] | None = None,
    manifest: dict | str | bytes | None = None,
    *,
    method: int = zipfile.ZIP_DEFLATED,
) -> Path:
    files = package_files() if files is None else files
    if manifest is None:
        manifest = package_manifest(files)
    text = (
        manifest
        if isinstance(manifest, str | bytes)
        else yaml.safe_dump(manifest, allow_unicode=True)
    )
    with zipfile.ZipFile(path, "w", method) as zf:
        zf.writestr("manifest.yaml", text)
        for name, data in files.items():
            zf.writestr(name, data)
    return path


def member_offset(path: Path, name: str) -> tuple[int, int]:
    """(offset of the member's data, its compressed size) inside the zip."""
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo(name)
    raw = path.read_bytes()
    header = info.header_offset
    n = int.from_bytes(raw[header + 26 : header + 28], "little")
    m = int.from_bytes(raw[header + 28 : header + 30], "little")
    return header + 30 + n + m, info.compress_size


# ---- score files -------------------------------------------------------------------------------
def canonical(doc: Any) -> bytes:
    return (
        json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(
            "utf-8", "surrogatepass"
        )
        + b"\n"
    )


# ---- spreadsheets -------------------------------------------------------------------------------
def rewrite_zip(src: Path, dst: Path, edits: dict[str, Any]) -> Path:
    """A copy of the zip at ``src`` with parts replaced (bytes), changed (a function of
    the old bytes), removed (None) or added."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            if info.filename in edits:
                edit = edits[info.filename]
                if edit is None:
                    continue
                data = edit(zin.read(info)) if callable(edit) else edit
                zout.writestr(info.filename, data)
            else:
                zout.writestr(info, zin.read(info))
        for name, edit in edits.items():
            if name not in zin.namelist() and isinstance(edit, bytes):
                zout.writestr(name, edit)
    return dst


def xlsx(path: Path, rows: list[list[Any]], title: str = "Nilai") -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    sh = wb.active
    sh.title = title
    for r in rows:
        sh.append(r)
    wb.save(path)
    return path


def set_cell_xml(ref: str, cell_xml: str) -> Callable[[bytes], bytes]:
    """Replace cell ``ref`` (which must exist) by raw XML in a sheet part."""
    import re

    def edit(data: bytes) -> bytes:
        text = data.decode("utf-8")
        pattern = re.compile(rf'<c r="{ref}"[^>]*?(/>|>.*?</c>)', re.S)
        assert pattern.search(text), ref
        return pattern.sub(cell_xml, text, count=1).encode("utf-8")

    return edit
