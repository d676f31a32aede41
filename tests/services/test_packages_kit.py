"""Builders for package tests: small valid PDFs, manifests, folders and zips.

Malformed packages are made here at test time; no binary is committed.
"""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import yaml

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + b"\x00" * 17


def make_pdf(text: str = "Halo", extra: bytes = b"", encrypt: bool = False) -> bytes:
    """A small well-formed one-page PDF (optionally with an /Encrypt entry)."""
    content = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(extra) + extra + b"\nendstream",
    ]
    if encrypt:
        objs.append(b"<< /Filter /Standard /V 1 /R 2 /O (x) /U (y) /P -4 >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    trailer = b"<< /Size %d /Root 1 0 R" % (len(objs) + 1)
    if encrypt:
        trailer += b" /Encrypt %d 0 R /ID [<01> <01>]" % len(objs)
    out += b"trailer\n" + trailer + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


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
    return {"docs/proposal.pdf": make_pdf("Proposal"), "docs/foto.png": PNG + b"abc"}


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
