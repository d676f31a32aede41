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

* the whole report's HTML is made once, as for a single process; a part is
  its head (metadata, running footer with fingerprint and checkpoint) and
  tail around a run of its sections, so footers and ``/JudgeAppReport`` are
  identical, and the attached ``report-data.json`` (added once to the joined
  file) holds the whole report's data;
* page numbers run through the whole document ("Halaman 7 dari 72"), or
  within each sheet for the score-sheet report (``reports.numbering``): parts
  are laid out without the page-number box and numbered by the workers — per
  sheet as soon as a part is laid out (a part starts with a sheet), through
  the whole file once every part's page count is known (a run of
  consecutive parts a worker) — with numbers WeasyPrint lays out with the
  same stylesheet on otherwise empty pages of the same sizes;
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
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# the reports made of many sections (one per sheet, letter or region)
KINDS = frozenset({"sheet", "blank", "feedback", "recap"})
SECTION_TAG = '<section class="doc'

# parts per worker: more parts balance the load and report progress more often;
# each part costs a document set-up (stylesheet, fonts) and its own font subsets
PARTS_PER_WORKER = 4
# below this many sections a report is laid out in this process (starting the
# workers costs more than they save)
MIN_SECTIONS = 4

Check = Callable[[], None]
Step = Callable[[int, int], None]


def available_cores() -> int:
    """The cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - Windows, macOS
        return max(1, os.cpu_count() or 1)


def cut(html: str) -> tuple[str, list[str], str]:
    """(head, sections, tail) of a report's HTML: the top-level
    ``<section class="doc …">`` elements (the templates never nest them; user
    text is escaped, so it cannot open one), what comes before the first (the
    head, the body's running footer) and after the last."""
    starts: list[int] = []
    at = html.find(SECTION_TAG)
    while at >= 0:
        starts.append(at)
        at = html.find(SECTION_TAG, at + 1)
    if not starts:
        return html, [], ""
    end = html.rfind("</section>") + len("</section>")
    bounds = [*starts, end]
    return (
        html[: starts[0]],
        [html[bounds[i] : bounds[i + 1]] for i in range(len(starts))],
        html[end:],
    )


def worth_splitting(kind: str, sections: int, workers: int) -> bool:
    return kind in KINDS and workers > 1 and sections >= MIN_SECTIONS


def split(html: str, workers: int) -> list[tuple[str, int]]:
    """(HTML, number of sections) for each part, in order: the whole report's
    head and tail around a run of consecutive sections — the same markup, cut
    where a new page starts anyway."""
    head, sections, tail = cut(html)
    if not sections:
        return [(html, 0)]
    size = max(1, math.ceil(len(sections) / (workers * PARTS_PER_WORKER)))
    return [
        (head + "".join(sections[i : i + size]) + tail, len(sections[i : i + size]))
        for i in range(0, len(sections), size)
    ]


# ---- the worker ---------------------------------------------------------------
def _init_worker() -> None:
    # Ctrl+C reaches the whole process group: the parent stops the workers itself
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def render_part(job: tuple[int, str] | tuple[int, str, str]) -> tuple[int, bytes, int]:
    """Lay one part's HTML out as a PDF: (index, PDF, pages). Given the
    report's ``<html>`` attributes as a third item, the part's pages are
    numbered within each of its sections here, as the part is done
    (``numbering.stamp``). The worker's entry; importable by name, so the
    ``spawn`` start method and the frozen app can reach it. The cycle
    collector waits for the end of the part (``reports.layout_gc``)."""
    from judgeapp.reports.layout_gc import collected_after

    with collected_after():
        return _render_part(job)


def _render_part(job: tuple[int, str] | tuple[int, str, str]) -> tuple[int, bytes, int]:
    index, html, *numbered = job
    import weasyprint

    from judgeapp.reports import numbering
    from judgeapp.reports.render import make_fetcher
    from judgeapp.resources import reports_dir

    doc = weasyprint.HTML(
        string=html, base_url=reports_dir().as_uri() + "/", url_fetcher=make_fetcher()
    ).render()
    pdf = doc.write_pdf(custom_metadata=True)
    if numbered:
        pdf = numbering.stamp([pdf], numbered[0])
    return index, pdf, len(doc.pages)


def number_run(job: tuple[int, list[bytes], str, tuple[int, int]]) -> tuple[int, bytes]:
    """A run of consecutive parts joined and numbered through the whole
    document (``numbering.stamp`` with ``through``): (index of the run, PDF)."""
    from judgeapp.reports import numbering
    from judgeapp.reports.layout_gc import collected_after

    index, pdfs, attrs, through = job
    with collected_after():
        return index, numbering.stamp(pdfs, attrs, through=through)


def runs(pages: list[int], count: int) -> list[list[int]]:
    """The parts' indexes cut into at most ``count`` runs of consecutive parts
    of about as many pages each."""
    total = sum(pages)
    out: list[list[int]] = [[]]
    seen = 0
    for i, n in enumerate(pages):
        if out[-1] and seen >= total * len(out) / count:
            out.append([])
        out[-1].append(i)
        seen += n
    return out


# ---- running the parts ---------------------------------------------------------
@dataclass
class Joined:
    pdf: bytes
    pages: int
    parts: int


class Workers:
    """The report's worker processes, started before its HTML is made so that
    they import WeasyPrint while this process builds the data and the HTML.

    A context manager: at the end of the block the workers finish in the
    background, not waited for (or, when the
    block ends by an exception — stopped, Ctrl+C, an error — or the workers
    were never used, they are terminated at once). A worker that dies makes
    the pool raise, never hang."""

    def __init__(self, count: int) -> None:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        self.count = count
        self.used = False
        self.pool = ProcessPoolExecutor(
            max_workers=count,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_init_worker,
        )
        for _ in range(count):  # each start-up task starts one process
            self.pool.submit(_warm)

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, exc_type: Any, *_exc: Any) -> None:
        if exc_type is None and self.used:
            # the file is written: the workers exit by themselves, unwaited
            # for (joining them took 0.3-0.4 s of the user's time)
            self.pool.shutdown(wait=False)
        else:
            self.terminate()

    def terminate(self) -> None:
        processes = list((getattr(self.pool, "_processes", None) or {}).values())
        self.pool.shutdown(wait=False, cancel_futures=True)
        for proc in processes:
            if proc.is_alive():
                proc.terminate()
        for proc in processes:
            proc.join(timeout=5)

    def run(self, fn: Callable[..., Any], jobs: list[Any], check: Check | None) -> Iterator[Any]:
        """Yield ``fn(job)`` for each job as the workers finish them, calling
        ``check()`` while waiting."""
        from concurrent.futures import FIRST_COMPLETED, wait

        self.used = True
        pending = {self.pool.submit(fn, job) for job in jobs}
        while pending:
            if check is not None:
                check()
            done, pending = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
            for future in done:
                yield future.result()


def likely_many(kind: str, data: dict) -> bool:
    """Whether the report's data has enough sections that workers are worth
    starting before its HTML is made."""
    return kind in KINDS and any(
        isinstance(data.get(key), list) and len(data[key]) >= MIN_SECTIONS
        for key in ("sheets", "letters", "regions")
    )


def _warm() -> None:
    import weasyprint  # noqa: F401 - imported ahead, while the parent makes the HTML

    import judgeapp.reports.render  # noqa: F401


def render_joined(
    htmls: list[tuple[str, int]],
    *,
    workers: Workers,
    attachment: tuple[str, bytes, str],
    step: Step | None = None,
    check: Check | None = None,
    per_section: bool = False,
) -> Joined:
    """Render each part's HTML (with its number of sections) in the ``workers``
    and join them; ``step(sections done, sections)`` after each part.
    Pages are numbered through the whole file, or within each section when
    ``per_section`` (``reports.numbering``)."""
    from pypdf import PdfReader, PdfWriter

    from judgeapp.reports import numbering

    total = sum(n for _h, n in htmls)
    attrs = numbering.html_attributes(htmls[0][0])
    bare = [numbering.without_page_number(h) for h, _n in htmls]
    jobs: list[tuple[int, str] | tuple[int, str, str]] = [
        (i, h, attrs) if per_section else (i, h) for i, h in enumerate(bare)
    ]
    # the longest parts first: the last ones to finish are short, so neither
    # worker waits long for the other at the end
    jobs.sort(key=lambda job: len(job[1]), reverse=True)
    pdfs: dict[int, bytes] = {}
    pages: dict[int, int] = {}
    done = 0
    for index, pdf, count in workers.run(render_part, jobs, check):
        pdfs[index], pages[index] = pdf, count
        done += htmls[index][1]
        if step is not None:
            step(done, total)
    if check is not None:
        check()
    ordered = [pdfs[i] for i in range(len(jobs))]
    if not per_section:  # the total is known now: runs of parts numbered in the workers
        counts = [pages[i] for i in range(len(jobs))]
        numbered = [
            (r, [ordered[i] for i in run], attrs, (sum(counts[: run[0]]), sum(counts)))
            for r, run in enumerate(runs(counts, workers.count))
        ]
        ordered = [pdf for _r, pdf in sorted(workers.run(number_run, numbered, check))]
    info: Any = PdfReader(io.BytesIO(pdfs[0])).metadata or {}
    writer = PdfWriter()
    for pdf in ordered:
        writer.append(PdfReader(io.BytesIO(pdf)), import_outline=True)
    # the parts' fonts, images and the footer's QR code, once each
    writer.compress_identical_objects(remove_duplicates=True, remove_unreferenced=True)
    writer.add_metadata({str(k): v for k, v in info.items()})
    name, body, _description = attachment
    writer.add_attachment(name, body)
    out = io.BytesIO()
    writer.write(out)
    return Joined(out.getvalue(), len(writer.pages), len(jobs))


def write_joined(out_path: Path, joined: Joined) -> Path:
    from judgeapp.atomic import atomic_file

    with atomic_file(out_path, prefix=".report-", make_parents=False) as fh:
        fh.write(joined.pdf)
    return out_path


__all__ = [
    "KINDS",
    "cut",
    "Joined",
    "Workers",
    "likely_many",
    "available_cores",
    "render_joined",
    "number_run",
    "render_part",
    "runs",
    "split",
    "worth_splitting",
    "write_joined",
]
