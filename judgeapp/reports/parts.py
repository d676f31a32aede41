"""Reports made of many parts, rendered in worker processes and joined.

A score-sheet report is one section per sheet, a blank-sheet report one per
assignment, a feedback report one letter per region, a recap one section per
region; every section starts on a new page. WeasyPrint lays a document out on
one core, so such a report is cut at section boundaries into *parts* (runs of
consecutive sections), each part's HTML is laid out by a worker process
(``multiprocessing`` with the ``spawn`` start method, which is safe beside Qt
and works in the frozen app — the entry point calls ``freeze_support``), and
the parts' PDFs are joined with pypdf, in order, into the one file.

What the reader sees is the same as a single-process rendering:

* every part is rendered from the whole report's fingerprint, metadata, print
  time and history checkpoint (``render_html(..., part=...)``), so footers and
  ``/JudgeAppReport`` are identical, and the attached ``report-data.json``
  (added once to the joined file) holds the whole report's data;
* page numbers run through the whole document ("Halaman 7 dari 72"): parts
  are laid out without the page-number box, and once every part's page count
  is known the numbers are laid out by WeasyPrint with the same stylesheet on
  otherwise empty pages of the same sizes and stamped onto the joined pages;
* the document outline (one bookmark per section title) is carried over.

Progress is reported part by part; ``check()`` (a callable that raises to
stop, as the UI task's ``state.check``) is called while waiting, and stopping —
or Ctrl+C — terminates the workers before anything is written: the file is
written once, whole, through the atomic writer.
"""

from __future__ import annotations

import io
import math
import os
import signal
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# report kind -> the key of data whose items are its sections
SECTIONS: dict[str, str] = {
    "sheet": "sheets",
    "blank": "sheets",
    "feedback": "letters",
    "recap": "regions",
}

# parts per worker: more parts balance the load and report progress more often;
# each part costs a document set-up (stylesheet, fonts) and its own font subsets
PARTS_PER_WORKER = 4
# below this many sections a report is laid out in this process (starting the
# workers costs more than they save)
MIN_SECTIONS = 4

NO_PAGE_NUMBER = (
    "<style>@page { @bottom-right { content: none } }"
    " @page wide { @bottom-right { content: none } }</style>"
)

Check = Callable[[], None]
Step = Callable[[int, int], None]


def available_cores() -> int:
    """The cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - Windows, macOS
        return max(1, os.cpu_count() or 1)


def sections(kind: str, data: dict) -> list:
    key = SECTIONS.get(kind)
    items = data.get(key) if key else None
    return list(items) if isinstance(items, list) else []


def worth_splitting(kind: str, data: dict, workers: int) -> bool:
    return workers > 1 and len(sections(kind, data)) >= MIN_SECTIONS


def split(kind: str, data: dict, workers: int) -> list[tuple[dict, int]]:
    """(part data, number of sections) for each part, in order: consecutive runs
    of the report's sections, the rest of the data shared."""
    key = SECTIONS[kind]
    items = sections(kind, data)
    if not items:
        return [(data, 0)]
    size = max(1, math.ceil(len(items) / (workers * PARTS_PER_WORKER)))
    return [
        ({**data, key: items[i : i + size]}, len(items[i : i + size]))
        for i in range(0, len(items), size)
    ]


def without_page_number(html: str) -> str:
    head = html.find("</head>")
    if head < 0:  # pragma: no cover - every report template has a head
        raise ValueError("report HTML without </head>")
    return html[:head] + NO_PAGE_NUMBER + html[head:]


# ---- the worker ---------------------------------------------------------------
def _init_worker() -> None:
    # Ctrl+C reaches the whole process group: the parent stops the workers itself
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def render_part(job: tuple[int, str]) -> tuple[int, bytes]:
    """Lay one part's HTML out as a PDF (the worker's entry; importable by name,
    so the ``spawn`` start method and the frozen app can reach it)."""
    index, html = job
    import weasyprint

    from judgeapp.reports.render import make_fetcher
    from judgeapp.resources import reports_dir

    doc = weasyprint.HTML(
        string=html, base_url=reports_dir().as_uri() + "/", url_fetcher=make_fetcher()
    ).render()
    return index, doc.write_pdf(custom_metadata=True)


# ---- page numbers ---------------------------------------------------------------
def numbers_html(html_attrs: str, wide: Sequence[bool]) -> str:
    """A document of ``len(wide)`` empty pages (landscape where ``wide``) that
    shows only the page-number box of the report's stylesheet."""
    pages = "".join(f'<div class="p{" w" if w else ""}"></div>' for w in wide)
    off = "".join(f"@{box} {{ content: none }}" for box in ("top-left", "top-right", "bottom-left"))
    return (
        f"<!DOCTYPE html><html {html_attrs}><head><meta charset='utf-8'>"
        '<link rel="stylesheet" href="print.css">'
        f"<style>@page {{ {off} }} @page wide {{ {off} }}"
        " div.p { break-before: page; height: 1px } div.p:first-child { break-before: auto }"
        " div.w { page: wide }</style></head>"
        f"<body>{pages}</body></html>"
    )


def html_attributes(html: str) -> str:
    """The attributes of the report's ``<html>`` element (language, the words of
    the page-number box)."""
    start = html.find("<html")
    end = html.find(">", start)
    if start < 0 or end < 0:  # pragma: no cover
        raise ValueError("report HTML without <html>")
    return html[start + len("<html") : end].strip()


# ---- running the parts ---------------------------------------------------------
@dataclass
class Joined:
    pdf: bytes
    pages: int
    parts: int


def _in_order(
    jobs: list[tuple[int, str]], workers: int, check: Check | None
) -> Iterator[tuple[int, bytes]]:
    """Yield (index, pdf) as the workers finish them. On any exit that is not
    the end (stopped, Ctrl+C, an error) the workers are terminated at once; a
    worker that dies makes the pool raise, never hang."""
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    pool = ProcessPoolExecutor(
        max_workers=min(workers, len(jobs)),
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_init_worker,
    )
    finished = False
    try:
        pending = {pool.submit(render_part, job) for job in jobs}
        while pending:
            if check is not None:
                check()
            done, pending = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
            for future in done:
                yield future.result()
        finished = True
    finally:
        if finished:
            pool.shutdown(wait=True)
        else:
            _terminate(pool)


def _terminate(pool: Any) -> None:
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for proc in processes:
        if proc.is_alive():
            proc.terminate()
    for proc in processes:
        proc.join(timeout=5)


def render_joined(
    htmls: list[tuple[str, int]],
    *,
    workers: int,
    attachment: tuple[str, bytes, str],
    step: Step | None = None,
    check: Check | None = None,
) -> Joined:
    """Render each part's HTML (with its number of sections) in ``workers``
    processes and join them; ``step(sections done, sections)`` after each part."""
    from pypdf import PdfReader, PdfWriter

    total = sum(n for _h, n in htmls)
    jobs = [(i, without_page_number(h)) for i, (h, _n) in enumerate(htmls)]
    pdfs: dict[int, bytes] = {}
    done = 0
    for index, pdf in _in_order(jobs, workers, check):
        pdfs[index] = pdf
        done += htmls[index][1]
        if step is not None:
            step(done, total)
    if check is not None:
        check()
    writer = PdfWriter()
    readers = [PdfReader(io.BytesIO(pdfs[i])) for i in range(len(jobs))]
    for reader in readers:
        writer.append(reader, import_outline=True)
    wide = [float(p.mediabox.width) > float(p.mediabox.height) for p in writer.pages]
    numbers = PdfReader(io.BytesIO(render_numbers(html_attributes(htmls[0][0]), wide)))
    for page, number in zip(writer.pages, numbers.pages, strict=True):
        page.merge_page(number)
        page.compress_content_streams()
    # the parts' fonts, images and the footer's QR code, once each
    writer.compress_identical_objects(remove_duplicates=True, remove_unreferenced=True)
    info = readers[0].metadata or {}
    writer.add_metadata({str(k): v for k, v in info.items()})
    name, body, _description = attachment
    writer.add_attachment(name, body)
    out = io.BytesIO()
    writer.write(out)
    return Joined(out.getvalue(), len(writer.pages), len(jobs))


def render_numbers(html_attrs: str, wide: Sequence[bool]) -> bytes:
    import weasyprint

    from judgeapp.reports.render import make_fetcher
    from judgeapp.resources import reports_dir

    return bytes(
        weasyprint.HTML(
            string=numbers_html(html_attrs, wide),
            base_url=reports_dir().as_uri() + "/",
            url_fetcher=make_fetcher(),
        ).write_pdf()
    )


def write_joined(out_path: Path, joined: Joined) -> Path:
    from judgeapp.services.atomic import atomic_file

    with atomic_file(out_path, prefix=".report-") as fh:
        fh.write(joined.pdf)
    return out_path


__all__ = [
    "SECTIONS",
    "Joined",
    "available_cores",
    "render_joined",
    "render_part",
    "sections",
    "split",
    "worth_splitting",
    "write_joined",
]
