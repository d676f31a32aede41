"""Report rendering: data → HTML (Jinja) → PDF (WeasyPrint, imported lazily).

WeasyPrint only ever sees resources through ``BundledFetcher``: files inside
the bundled ``reports/`` folder (stylesheet, fonts) and ``data:`` URLs made by
this code (charts, QR codes). Anything else — the network, any other file —
is refused, so a report renders the same on every machine and never reaches
out.

The PDF carries, in its metadata (``/JudgeAppReport``) and as an attached
``report-data.json``, the report's parameters, its data and the fingerprint of
that data; the footer of every page prints the fingerprint and a QR code of
it. ``judgeapp.reports.verify`` rebuilds the data from a workspace and
compares.
"""

from __future__ import annotations

import base64
import json
import logging
import threading
import urllib.parse
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from judgeapp.errors import Refused
from judgeapp.reports import KINDS, Progress, ReportRefused
from judgeapp.reports.common import REPORT_FORMAT, Params, canonical, canonical_object, fingerprint
from judgeapp.reports.env import make_env
from judgeapp.resources import reports_dir
from judgeapp.store.db import Workspace

META_NAME = "JudgeAppReport"
ATTACHMENT_NAME = "report-data.json"


def builders() -> dict[str, Callable[[Workspace, Params], dict]]:
    from judgeapp.reports import feedback, panel, sheets

    return {
        "sheet": sheets.build_sheet,
        "blank": sheets.build_blank,
        "feedback": feedback.build_feedback,
        "recap": panel.build_recap,
        "ranking": panel.build_ranking,
        "minutes": panel.build_minutes,
    }


def build_data(ws: Workspace, params: Params) -> dict[str, Any]:
    """The report's data (plain values) — what tests and ``verify`` rebuild."""
    if params.kind not in KINDS:
        raise ReportRefused(f"unknown report {params.kind!r} (known: {', '.join(KINDS)})")
    return builders()[params.kind](ws, params)


# ---- HTML ----------------------------------------------------------------------
def qr_data_uri(payload: str) -> str:
    import segno

    return str(segno.make(payload, error="m").svg_data_uri(scale=4, border=0))


def render_html(
    ws: Workspace,
    params: Params,
    *,
    lang: str = "id",
    printed_at: datetime | None = None,
    data: dict | None = None,
    debug_base: bool = False,
    anchor: dict | None = None,
) -> tuple[str, dict]:
    """(html, meta) for a report. ``meta`` is what the PDF metadata carries;
    ``anchor``, the signed history checkpoint the report was printed at
    (``services.integrity.anchor_report``), is printed in the footer beside the
    fingerprint and carried in the metadata."""
    if data is None:
        data = build_data(ws, params)
    digest = fingerprint(params, data)
    printed = (printed_at or datetime.now().astimezone()).replace(microsecond=0)
    meta = {
        "format": REPORT_FORMAT,
        **params.as_dict(),
        "lang": lang,
        "fingerprint": digest,
        "printed_at": printed.isoformat(),
    }
    if anchor is not None:
        meta["checkpoint"] = anchor
    from judgeapp.reports import charts

    env = make_env(lang)
    template = env.get_template(f"{params.kind}.html.j2")
    html = template.render(
        data=data,
        params=params.as_dict(),
        kind=params.kind,
        fingerprint=digest,
        short_fp=digest[:16],
        checkpoint=anchor,
        printed_at=printed.isoformat(),
        meta_json=json.dumps(meta, sort_keys=True, ensure_ascii=True),
        meta_name=META_NAME,
        footer_qr=qr_data_uri(f"judgeapp:report/1?kind={params.kind}&fp={digest[:32]}"),
        qr=qr_data_uri,
        charts=charts.ChartMaker(lang),
        base_href=reports_dir().as_uri() + "/" if debug_base else "",
    )
    return html, meta


# ---- fetching ------------------------------------------------------------------
class FetchRefused(Refused, ValueError):
    """A report asked for a resource that is not bundled with the app."""


def fetch_bundled(url: str, root: Path | None = None) -> tuple[bytes, str, str]:
    """(body, media type, final url) for a bundled resource or a data: URL."""
    root = (root or reports_dir()).resolve()
    if url.startswith("data:"):
        head, _, payload = url[5:].partition(",")
        parts = head.split(";")
        mime = parts[0] or "text/plain"
        body = (
            base64.b64decode(payload)
            if "base64" in parts[1:]
            else urllib.parse.unquote_to_bytes(payload)
        )
        return body, mime, url
    parsed = urllib.parse.urlparse(url)
    if parsed.scheme != "file" or parsed.netloc not in ("", "localhost"):
        raise FetchRefused(f"report resources must be bundled files, not {url!r}")
    from judgeapp.oscompat import path_from_file_url

    path = Path(path_from_file_url(parsed.path)).resolve()
    if not path.is_relative_to(root) or not path.is_file():
        raise FetchRefused(f"not a bundled report resource: {url!r}")
    mime = {
        ".css": "text/css",
        ".ttf": "font/ttf",
        ".otf": "font/otf",
        ".svg": "image/svg+xml",
        ".png": "image/png",
    }.get(path.suffix.lower(), "application/octet-stream")
    return path.read_bytes(), mime, path.as_uri()


def make_fetcher(root: Path | None = None) -> Any:
    """A WeasyPrint URL fetcher that serves only ``fetch_bundled`` resources."""
    import weasyprint.urls as wurls

    if hasattr(wurls, "URLFetcher"):  # WeasyPrint ≥ 68

        class BundledFetcher(wurls.URLFetcher):
            def fetch(self, url: str, headers: Any = None) -> Any:
                body, mime, final = fetch_bundled(url, root)
                return wurls.URLFetcherResponse(final, body, {"Content-Type": mime})

        return BundledFetcher(allowed_protocols=("file", "data"))

    def legacy(url: str) -> dict:  # pragma: no cover - older WeasyPrint
        body, mime, final = fetch_bundled(url, root)
        return {"string": body, "mime_type": mime, "redirected_url": final}

    return legacy


# ---- PDF -------------------------------------------------------------------------
class _PageSteps(logging.Handler):
    """WeasyPrint's progress log ("Step 5 - Creating layout - Page N") of this
    thread's rendering, as ``page(n)`` calls (which may raise to stop it)."""

    def __init__(self, page: Callable[[int], None]) -> None:
        super().__init__(logging.INFO)
        self.page = page
        self.thread = threading.get_ident()

    def emit(self, record: logging.LogRecord) -> None:
        if record.thread != self.thread or "Page" not in str(record.msg) or not record.args:
            return
        self.page(int(record.args[0]))  # type: ignore[index,call-overload]


def html_to_pdf(
    html: str,
    out_path: Path,
    meta: dict,
    data: dict,
    *,
    page: Callable[[int], None] | None = None,
    data_json: str | None = None,
) -> Path:
    """The PDF of a report's HTML, with its metadata and data attached;
    ``page(n)`` after each page laid out (it may raise to stop: nothing is
    written). A report numbered per section (a score sheet's pages: "Halaman 1
    dari 3" for each sheet) gets its page numbers stamped afterwards
    (``reports.numbering``). The cycle collector waits for the end of the
    layout (``reports.layout_gc``)."""
    from judgeapp.reports.layout_gc import collected_after

    with collected_after():
        return _html_to_pdf(html, out_path, meta, data, page=page, data_json=data_json)


def _html_to_pdf(
    html: str,
    out_path: Path,
    meta: dict,
    data: dict,
    *,
    page: Callable[[int], None] | None,
    data_json: str | None,
) -> Path:
    import weasyprint

    from judgeapp.reports import numbering

    per_section = numbering.numbered_per_section(str(meta.get("kind", "")))
    fetcher = make_fetcher()
    steps = logging.getLogger("weasyprint.progress")
    watch = _PageSteps(page) if page is not None else None
    if watch is not None:
        old_level = steps.level
        steps.setLevel(logging.INFO)
        steps.addHandler(watch)
    try:
        doc = weasyprint.HTML(
            string=numbering.without_page_number(html) if per_section else html,
            base_url=reports_dir().as_uri() + "/",
            url_fetcher=fetcher,
        ).render()
    finally:
        if watch is not None:
            steps.removeHandler(watch)
            steps.setLevel(old_level)
    attachment = weasyprint.Attachment(
        string=_attached(meta, data, data_json),
        name=ATTACHMENT_NAME,
        description="JudgeApp report data",
        url_fetcher=fetcher,
    )
    from judgeapp.atomic import atomic_file

    if per_section:
        pdf = numbering.stamp(
            [doc.write_pdf(custom_metadata=True, attachments=[attachment])],
            numbering.html_attributes(html),
        )
        with atomic_file(out_path, prefix=".report-", make_parents=False) as fh:
            fh.write(pdf)
        return out_path
    with atomic_file(
        out_path, prefix=".report-", make_parents=False
    ) as fh:  # a full disk: a message, no half PDF
        doc.write_pdf(fh, custom_metadata=True, attachments=[attachment])
    return out_path


def _attached(meta: dict, data: dict | None, data_json: str | None) -> str:
    """The attached ``report-data.json``: the metadata and the data."""
    return canonical_object(
        {"meta": canonical(meta), "data": data_json if data_json is not None else canonical(data)}
    )


def render_report(
    ws: Workspace,
    kind: str,
    event_id: str,
    out_path: Path | str,
    *,
    lang: str = "id",
    stage_id: str | None = None,
    submission_id: str | None = None,
    judge_id: str | None = None,
    progress: Progress | None = None,
    printed_at: datetime | None = None,
    workers: int | None = None,
    check: Callable[[], None] | None = None,
) -> Path:
    """Render one report to ``out_path`` (a PDF; an ``.html`` path writes the
    HTML instead, for debugging) and return the path.

    Safe to call off the UI thread. ``progress(fraction, message)`` is called
    with fractions from 0 to 1 (for a report of many sections, ``"pdf D/N"``
    after each part: D of its N sections laid out). A report of many sections
    (sheets, blank sheets, feedback letters, recaps) is laid out in ``workers``
    processes (default: every core this process may use; 1: in this process);
    ``check()`` is called while they work and stops the rendering by raising
    (nothing is written). ``printed_at`` is the print date the report shows
    (default: now). Raises ``ReportRefused`` for an unknown event, stage,
    submission, judge or kind.
    """
    from judgeapp import i18n

    with i18n.speaking(lang):  # every message in the report in its own language
        return _render_report(
            ws,
            kind,
            event_id,
            Path(out_path),
            lang,
            stage_id,
            submission_id,
            judge_id,
            progress,
            printed_at,
            workers,
            check,
        )


def _render_report(
    ws: Workspace,
    kind: str,
    event_id: str,
    out: Path,
    lang: str,
    stage_id: str | None,
    submission_id: str | None,
    judge_id: str | None,
    progress: Progress | None,
    printed_at: datetime | None,
    workers: int | None,
    check: Callable[[], None] | None,
) -> Path:
    step = progress or (lambda _f, _m: None)
    params = Params(kind, event_id, stage_id, submission_id, judge_id)
    step(0.05, "data")
    data = build_data(ws, params)
    step(0.3, "html")
    as_html = out.suffix.lower() in (".html", ".htm")
    from judgeapp.reports import parts

    cores = parts.available_cores() if workers is None else max(1, workers)
    if not as_html and cores > 1 and parts.likely_many(kind, data):
        with parts.Workers(cores) as pool:  # they start while the HTML is made
            return _render(ws, params, data, out, pool, lang, printed_at, step, check)
    return _render(ws, params, data, out, None, lang, printed_at, step, check)


def _render(
    ws: Workspace,
    params: Params,
    data: dict,
    out: Path,
    pool: Any,
    lang: str,
    printed_at: datetime | None,
    step: Progress,
    check: Callable[[], None] | None,
) -> Path:
    kind, event_id = params.kind, params.event_id
    as_html = out.suffix.lower() in (".html", ".htm")
    data_json = canonical(data)  # the checkpoint's record and the attached data hold it
    anchor = None
    if not as_html:  # a printed report: its printing is recorded and signed
        from judgeapp.services.integrity import anchor_report

        anchor = anchor_report(ws, kind, event_id, fingerprint(params, data_json=data_json))
    html, meta = render_html(
        ws, params, lang=lang, printed_at=printed_at, data=data, debug_base=as_html, anchor=anchor
    )
    if pool is not None:
        from judgeapp.reports import parts

        pieces = parts.split(html, pool.count)
        if parts.worth_splitting(kind, sum(n for _h, n in pieces), pool.count):
            return _render_in_parts(
                params, data_json, meta, pieces, out, pool, step=step, check=check
            )
    if as_html:
        from judgeapp.atomic import atomic_file

        with atomic_file(out, prefix=".report-", make_parents=False) as fh:
            fh.write(html.encode("utf-8"))
        step(1.0, "done")
        return out
    step(0.45, "pdf")

    def page(n: int) -> None:
        if check is not None:
            check()
        step(0.45 + 0.5 * (1 - 1 / (1 + n / 20)), f"page {n}")  # the total is not known

    html_to_pdf(html, out, meta, data, page=page, data_json=data_json)
    step(1.0, "done")
    return out


def _render_in_parts(
    params: Params,
    data_json: str,
    meta: dict,
    pieces: list[tuple[str, int]],
    out: Path,
    workers: Any,
    *,
    step: Progress,
    check: Callable[[], None] | None,
) -> Path:
    """A report of many sections, its parts laid out by the ``workers``
    (``judgeapp.reports.parts.Workers``) and joined."""
    from judgeapp.reports import numbering, parts

    if check is not None:
        check()
    step(0.45, "pdf")

    def each(done: int, total: int) -> None:
        step(0.45 + 0.5 * done / max(total, 1), f"pdf {done}/{total}")

    joined = parts.render_joined(
        pieces,
        workers=workers,
        attachment=(
            ATTACHMENT_NAME,
            _attached(meta, None, data_json).encode("utf-8"),
            "JudgeApp report data",
        ),
        step=each,
        check=check,
        per_section=numbering.numbered_per_section(params.kind),
    )
    parts.write_joined(out, joined)
    step(1.0, "done")
    return out
