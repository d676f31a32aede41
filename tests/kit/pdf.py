"""PDFs for the tests: a small well-formed one as bytes, a bare one (header
and catalog only), or pages of searchable text drawn by Qt (``QPdfWriter``)
into a file."""

from __future__ import annotations

from pathlib import Path


def pdf_bytes(text: str = "Halo", extra: bytes = b"", encrypt: bool = False) -> bytes:
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


def bare_pdf_bytes(text: str = "Proposal") -> bytes:
    """A PDF header, a catalog and a content line, no cross-reference table:
    the hostile corpus corrupts these exact bytes (its expected messages name
    what the damage does to them)."""
    content = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode("latin-1")
    body = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" + content
    return body + b"\n%%EOF\n"


def write_pdf(path: Path, pages: list[str]) -> None:
    """A real PDF with searchable text, one string per page (QPdfWriter)."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QFont, QPageSize, QPainter, QPdfWriter

    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(72)
    painter = QPainter(writer)
    font = QFont("DejaVu Sans")
    font.setPointSize(18)
    painter.setFont(font)
    for n, text in enumerate(pages):
        if n:
            writer.newPage()
        painter.drawText(QRectF(40, 40, 500, 700), text)
    painter.end()
