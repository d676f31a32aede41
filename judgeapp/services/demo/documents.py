"""The demo's PDF documents (WeasyPrint) and package folders.

Each submission gets a short proposal and the region's profile (the same
profile bytes in every event, so the content-addressed store keeps one copy).
A document that holds any sample passage or figure carries a "DATA CONTOH"
banner on every page.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from html import escape
from pathlib import Path

import yaml

from judgeapp.services.demo.content import REGIONS, Event, Region, Submission

CSS = """
@page { size: A4; margin: 22mm 20mm 20mm 20mm;
  @bottom-center { content: "JudgeApp — dokumen demo"; font-size: 8pt; color: #666; } }
@page contoh { @top-center { content: "DATA CONTOH — bukan data resmi"; font-size: 9pt;
  color: #c0392b; } }
body { font-family: "DejaVu Sans", sans-serif; font-size: 10.5pt; line-height: 1.45; }
section { break-before: page; }
section.contoh { page: contoh; }
h1 { font-size: 16pt; margin: 0 0 4mm 0; color: #1d3557; }
h2 { font-size: 12pt; margin: 6mm 0 2mm 0; color: #1d3557; }
.meta { color: #555; font-size: 9pt; margin-bottom: 5mm; }
.contoh-box { border: 2px solid #c0392b; color: #c0392b; text-align: center;
  padding: 2mm; margin-bottom: 5mm; }
.sample { background: #fdecea; }
table { border-collapse: collapse; width: 100%; font-size: 9.5pt; }
td, th { border: 0.5pt solid #999; padding: 1.5mm 2mm; text-align: left; }
th { background: #eef2f7; }
td.num { text-align: right; }
"""

SAMPLE_BANNER = "DATA CONTOH — bukan data resmi; hanya untuk peragaan JudgeApp"


@dataclass(frozen=True)
class Doc:
    title: str
    meta: str
    body: str  # HTML fragment
    sample: bool


def _figures_table(sub: Submission) -> str:
    if not sub.figures:
        return ""
    rows = "".join(
        f'<tr class="{"sample" if f.sample else ""}"><td>{escape(f.label)}</td>'
        f'<td class="num">{escape(f.value)} {escape(f.unit)}</td>'
        f"<td>{f.year or ''}</td><td>{escape(f.source)}</td></tr>"
        for f in sub.figures
    )
    return (
        "<h2>Angka kunci</h2><table><tr><th>Indikator</th><th>Nilai</th><th>Tahun</th>"
        f"<th>Sumber</th></tr>{rows}</table>"
    )


def proposal(ev: Event, sub: Submission) -> Doc:
    region = REGIONS[sub.region]
    body = "".join(
        f'<h2>{escape(h)}</h2><p class="{"sample" if s else ""}">{escape(p)}</p>'
        for h, p, s in sub.sections
    )
    if sub.innovations:
        items = "".join(
            f"<li>{escape(i.title)} — {escape(i.summary)}"
            + (" (data contoh)" if i.sample else "")
            + "</li>"
            for i in sub.innovations
        )
        body += f"<h2>Inovasi</h2><ul>{items}</ul>"
    body += _figures_table(sub)
    return Doc(sub.title, f"{region.name} · {region.province} · {ev.name}", body, sub.sample)


def profile(region: Region) -> Doc:
    body = "".join(f"<p>{escape(p)}</p>" for p in region.profile)
    body += (
        '<p class="meta">Ringkasan ini disusun ulang dari pemberitaan media tentang daerah '
        "tersebut; angka sebagaimana diberitakan.</p>"
    )
    meta = f"{region.kind.title()} · {region.province} · kode {region.code}"
    return Doc(f"Profil {region.name}", meta, body, False)


def render_pdfs(docs: list[Doc]) -> list[bytes]:
    """One PDF per document, laid out and font-subset in a single WeasyPrint
    pass (subsetting dominates the cost), then split page-exactly with pypdf."""
    from pypdf import PdfReader, PdfWriter
    from weasyprint import HTML  # lazy: heavy import, only when building the demo

    sections = "".join(
        f'<section id="doc-{i}" class="{"contoh" if d.sample else ""}">'
        + (f'<div class="contoh-box">{escape(SAMPLE_BANNER)}</div>' if d.sample else "")
        + f'<h1>{escape(d.title)}</h1><div class="meta">{escape(d.meta)}</div>{d.body}</section>'
        for i, d in enumerate(docs)
    )
    html = (
        '<!doctype html><html lang="id"><head><meta charset="utf-8"><title>JudgeApp demo</title>'
        '<meta name="dcterms.created" content="2020-01-01">'
        f"<style>{CSS}</style></head><body>{sections}</body></html>"
    )
    rendered = HTML(string=html).render()
    starts: dict[int, int] = {}
    for n, page in enumerate(rendered.pages):
        for anchor in page.anchors:
            if anchor.startswith("doc-"):
                starts.setdefault(int(anchor[4:]), n)
    reader = PdfReader(io.BytesIO(rendered.write_pdf()))
    out = []
    for i, d in enumerate(docs):
        end = starts.get(i + 1, len(rendered.pages))
        writer = PdfWriter()
        for k in range(starts[i], end):
            writer.add_page(reader.pages[k])
        writer.add_metadata({"/Title": d.title, "/Producer": "JudgeApp demo"})
        buf = io.BytesIO()
        writer.write(buf)
        out.append(buf.getvalue())
    return out


def write_package_folder(
    folder: Path, ev: Event, sub: Submission, profile_pdf: bytes, proposal_pdf: bytes
) -> Path:
    """A region's package folder as a region would prepare it (checksums empty)."""
    region = REGIONS[sub.region]
    (folder / "dokumen").mkdir(parents=True, exist_ok=True)
    (folder / "dokumen" / "proposal.pdf").write_bytes(proposal_pdf)
    (folder / "dokumen" / "profil-daerah.pdf").write_bytes(profile_pdf)
    manifest = {
        "format": "judgeapp.package/1",
        "competition": ev.competition,
        "edition": ev.edition,
        "region": {
            "name": region.name,
            "kind": region.kind,
            "province": region.province,
            "code": region.code,
        },
        "title": sub.title,
        "category": None,
        "sample": sub.sample,
        "innovations": [
            {"title": i.title, "summary": i.summary, "started": i.started, "sample": i.sample}
            for i in sub.innovations
        ],
        "indicators": [
            {
                "id": f.id,
                "label": f.label,
                "value": f.value,
                "unit": f.unit,
                "year": f.year,
                "source": f.source,
                "sample": f.sample,
            }
            for f in sub.figures
        ],
        "documents": [
            {"file": "dokumen/proposal.pdf", "title": sub.title, "kind": "proposal", "sha256": ""},
            {
                "file": "dokumen/profil-daerah.pdf",
                "title": f"Profil {region.name}",
                "kind": "profil",
                "sha256": "",
            },
        ],
    }
    (folder / "manifest.yaml").write_text(
        yaml.safe_dump(manifest, sort_keys=False, allow_unicode=True), encoding="utf-8"
    )
    return folder
