"""Builders for package tests: manifests, folders and zips (PDFs from ``kit.pdf``).

Malformed packages are made here at test time; no binary is committed.
"""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import yaml

from kit.pdf import pdf_bytes

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + b"\x00" * 17


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def manifest(files: dict[str, bytes], **over) -> dict:
    data = {
        "format": "judgeapp.package/1",
        "competition": "ppd",
        "edition": "2022",
        "region": {"name": "Kota Contoh", "kind": "kota", "province": "Jawa Barat"},
        "title": "Paket uji",
        "innovations": [{"title": "Inovasi A", "summary": "ringkas", "started": 2020}],
        "indicators": [
            {"id": "ipm", "label": "IPM", "value": 77.17, "year": 2023, "source": "BPS"},
            {"id": "tertinggal", "label": "Desa tertinggal", "value": 82, "year": 2018},
            {"id": "tertinggal", "label": "Desa tertinggal", "value": 39, "year": 2019},
        ],
        "documents": [
            {"file": name, "title": name.rsplit("/", 1)[-1], "kind": "lampiran", "sha256": sha(b)}
            for name, b in files.items()
        ],
    }
    data.update(over)
    return data


def default_files() -> dict[str, bytes]:
    return {"docs/proposal.pdf": pdf_bytes("Proposal"), "docs/foto.png": PNG + b"abc"}


def write_zip(
    path: Path,
    files: dict[str, bytes],
    man: dict | str | bytes | None = None,
    *,
    method: int = zipfile.ZIP_DEFLATED,
) -> Path:
    """A zip package; ``man`` None = a correct manifest for ``files``."""
    if man is None:
        man = manifest(files)
    text = man if isinstance(man, str | bytes) else yaml.safe_dump(man, allow_unicode=True)
    with zipfile.ZipFile(path, "w", method) as zf:
        zf.writestr("manifest.yaml", text)
        for name, data in files.items():
            zf.writestr(name, data)
    return path


def write_folder(root: Path, files: dict[str, bytes], man: dict | str | None = None) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    if man is None:
        man = manifest(files)
    text = man if isinstance(man, str) else yaml.safe_dump(man, allow_unicode=True)
    (root / "manifest.yaml").write_text(text, encoding="utf-8")
    for name, data in files.items():
        p = root / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)
    return root


def snapshot(ws) -> dict:
    """Every row of the package tables and every file under blobs/ (names + sizes)."""
    tables = ("submissions", "documents", "blobs", "key_figures", "innovations", "regions")
    rows = {t: ws.query(f"SELECT * FROM {t} ORDER BY rowid") for t in tables}
    files = sorted(
        (str(p.relative_to(ws.folder)), p.stat().st_size)
        for p in ws.folder.rglob("*")
        if p.is_file() and "backups" not in p.parts and not p.name.startswith("workspace.sqlite")
    )
    dirs = sorted(
        str(p.relative_to(ws.folder))
        for p in ws.folder.rglob("*")
        if p.is_dir() and "backups" not in p.parts
    )
    return {"rows": rows, "files": files, "dirs": dirs}
