"""Pages numbered per section: "Halaman 1 dari 3" restarting for every score sheet.

A score-sheet report holds many sheets, each signed on its own and often handed
out on its own, so each sheet's pages are numbered within that sheet. CSS cannot
say it (the ``pages`` counter is the whole document's), so such a report is
laid out without the page-number box (``NO_PAGE_NUMBER`` in its HTML) and its
sections carry ids ``section-<sheet id>`` (named destinations in the PDF); afterwards every page gets its number from a small document WeasyPrint
lays out with the same stylesheet — empty pages of the same sizes showing only
the page-number box, with the words of the report's language — stamped onto
the report's pages with pypdf. Everything else on the pages (header, footer
with the fingerprint and checkpoint, metadata, attachment) is untouched.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

# report kinds whose pages are numbered per section
PER_SECTION = frozenset({"sheet"})
SECTION_ID = "section-"

NO_PAGE_NUMBER = (
    "<style>@page { @bottom-right { content: none } }"
    " @page wide { @bottom-right { content: none } }</style>"
)


def numbered_per_section(kind: str) -> bool:
    return kind in PER_SECTION


def section_starts(reader: object) -> list[int]:
    """The page indexes where sections start (the pages of the PDF's named
    destinations ``section-…``), in page order."""
    starts: set[int] = set()
    dests = reader.named_destinations  # type: ignore[attr-defined]
    for name, dest in dests.items():
        if str(name).startswith(SECTION_ID):
            page = reader.get_destination_page_number(dest)  # type: ignore[attr-defined]
            if page is not None and page >= 0:
                starts.add(page)
    return sorted(starts)


def page_labels(starts: Sequence[int], pages: int) -> list[tuple[int, int]]:
    """(number within its section, pages of that section) for every page.
    Pages before the first section (none in practice) count as one section."""
    bounds = sorted(set(starts) | {0})
    out: list[tuple[int, int]] = []
    for i, first in enumerate(bounds):
        last = bounds[i + 1] if i + 1 < len(bounds) else pages
        count = last - first
        out.extend((k + 1, count) for k in range(count))
    return out[:pages]


def numbers_html(html_attrs: str, wide: Sequence[bool], labels: Sequence[tuple[int, int]]) -> str:
    """Empty pages (landscape where ``wide``) showing only the page-number box of
    the report's stylesheet, page i saying "<Halaman> k <dari> n" from ``labels``."""
    pages = "".join(
        f'<div class="p{" w" if w else ""}" data-k="{k}" data-n="{n}"></div>'
        for w, (k, n) in zip(wide, labels, strict=True)
    )
    off = "".join(f"@{box} {{ content: none }}" for box in ("top-left", "top-right", "bottom-left"))
    number = (
        '@bottom-right { content: string(pageword) " " string(k) " " string(ofword) " " string(n) }'
    )
    return (
        f"<!DOCTYPE html><html {html_attrs}><head><meta charset='utf-8'>"
        '<link rel="stylesheet" href="print.css">'
        f"<style>@page {{ {off} {number} }} @page wide {{ {off} {number} }}"
        " div.p { break-before: page; height: 1px; string-set: k attr(data-k), n attr(data-n) }"
        " div.p:first-child { break-before: auto } div.w { page: wide }</style></head>"
        f"<body>{pages}</body></html>"
    )


def html_attributes(html: str) -> str:
    """The attributes of the report's ``<html>`` element (its language and the
    words of the page-number box)."""
    start = html.find("<html")
    end = html.find(">", start)
    if start < 0 or end < 0:
        raise ValueError("report HTML without <html>")
    return html[start + len("<html") : end].strip()


def without_page_number(html: str) -> str:
    head = html.find("</head>")
    if head < 0:
        raise ValueError("report HTML without </head>")
    return html[:head] + NO_PAGE_NUMBER + html[head:]


def stamp(
    pdfs: Sequence[bytes], html_attrs: str, *, through: tuple[int, int] | None = None
) -> bytes:
    """The PDFs joined in order, every page numbered: within its section (one
    PDF: a whole report, or a part of one that starts with a section), or —
    ``through=(pages before these, pages of the whole document)`` — through
    the whole document."""
    import weasyprint
    from pypdf import PdfReader, PdfWriter

    from judgeapp.reports.render import make_fetcher
    from judgeapp.resources import reports_dir

    readers = [PdfReader(io.BytesIO(pdf)) for pdf in pdfs]
    if len(readers) == 1:
        writer = PdfWriter(clone_from=readers[0])
    else:
        writer = PdfWriter()
        for reader in readers:
            writer.append(reader, import_outline=True)
    pages = len(writer.pages)
    if through is not None:
        before, total = through
        labels = [(before + k, total) for k in range(1, pages + 1)]
    elif len(readers) == 1:
        labels = page_labels(section_starts(readers[0]), pages)
    else:
        raise ValueError("pages numbered per section: one document at a time")
    wide = [float(p.mediabox.width) > float(p.mediabox.height) for p in writer.pages]
    numbers = weasyprint.HTML(
        string=numbers_html(html_attrs, wide, labels),
        base_url=reports_dir().as_uri() + "/",
        url_fetcher=make_fetcher(),
    ).write_pdf()
    for page, number in zip(writer.pages, PdfReader(io.BytesIO(numbers)).pages, strict=True):
        page.merge_page(number)
        page.compress_content_streams()  # merging leaves the page's content uncompressed
    writer.compress_identical_objects(remove_duplicates=True, remove_unreferenced=True)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


__all__ = [
    "PER_SECTION",
    "html_attributes",
    "numbered_per_section",
    "numbers_html",
    "page_labels",
    "section_starts",
    "stamp",
    "without_page_number",
]
