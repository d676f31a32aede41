"""``judgeapp --selftest``: prove on this machine that the app works, end to end.

Meant for the frozen app on a judge's laptop (and for the release build): in a
temporary workspace whose path has a space and non-ASCII letters, as many
Windows user folders do, it

1. creates the workspace,
2. builds the demo (rubric forms, package import, sample scores),
3. scores one empty sheet through the judge's service, every item and every
   required text, and finalises it,
4. renders the event's ranking report (which counts that sheet and computes
   the agreement statistics) and verifies it: a PDF whose text names the
   region, whose fingerprint checks out against the workspace; then two
   report worker processes (as a report of many parts uses) lay out a page
   each,
5. opens the main window on the workspace (Qt's offscreen platform, so no
   display is needed), draws it and closes it.

Each step is printed with its time. Exit 0 when all pass; otherwise the failing
step and its reason, exit 1. Nothing outside the temporary folder is touched
(the per-user settings and logs are pointed at it too), and it is removed
afterwards unless ``JUDGEAPP_SELFTEST_KEEP=1``.
"""

from __future__ import annotations

import os
import platform
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from judgeapp.domain.ids import SheetPlace
from judgeapp.errors import Refused
from judgeapp.i18n import t

FOLDER_NAME = "Uji Mandiri – Ñandú é"  # a space, a dash and letters outside ASCII
KEEP_ENV = "JUDGEAPP_SELFTEST_KEEP"


class SelftestFailed(Refused):
    """A check inside a step did not hold: the installation does not work as
    it should (the message says which check, for the user to pass on)."""


@dataclass
class Context:
    root: Path
    workspace: Path
    lang: str
    notes: dict[str, Any] = field(default_factory=dict)


def _step_workspace(ctx: Context) -> str:
    from judgeapp.store.db import open_workspace

    probe = ctx.root / "kosong"  # a new, empty workspace: created, migrated, closed
    with open_workspace(probe) as ws:
        version = ws.user_version
    return t(f"skema {version}", f"schema {version}") + f": {probe}"


def _step_demo(ctx: Context) -> str:
    from judgeapp.services.demo import build_demo

    res = build_demo(ctx.workspace, rebuild=True)
    n_subs = sum(len(v) for v in res.submissions.values())
    if not res.events or not n_subs:
        raise SelftestFailed(t("demo tanpa acara atau daerah", "demo has no events or regions"))
    ctx.notes["events"] = res.events
    return t(
        f"{len(res.events)} acara, {n_subs} daerah", f"{len(res.events)} events, {n_subs} regions"
    )


def _empty_sheet(ws: Any, events: list[str]) -> tuple[str, str, str, str, int]:
    """(event, stage, judge, submission, items) of the unscored assigned sheet
    with the fewest items."""
    from judgeapp.services import sheets as sheet_service
    from judgeapp.store import events as store_events
    from judgeapp.store import sheets as store_sheets

    best: tuple[str, str, str, str, int] | None = None
    for event_id in events:
        for row in store_events.assignments(ws, event_id):
            stage, judge, sub = row.stage_id, row.judge_id, row.submission_id
            if store_sheets.sheet_id_for(ws, SheetPlace(event_id, stage, judge, sub)) is not None:
                continue
            if sheet_service.is_conflicted(ws, event_id, judge, sub):
                continue
            form_hash = store_events.get_event(ws, event_id).stage(stage).form_hash
            items = len(sheet_service.load_pinned(ws, form_hash).score_keys())
            if best is None or items < best[4]:
                best = (event_id, stage, judge, sub, items)
    if best is None:
        raise SelftestFailed(t("demo tanpa lembar kosong", "demo has no empty sheet"))
    return best


def _step_sheet(ctx: Context) -> str:
    import random

    from judgeapp.services import sheets as sheet_service
    from judgeapp.services.demo.scores import sample_value
    from judgeapp.store.db import open_workspace

    with open_workspace(ctx.workspace) as ws:
        event_id, stage_id, judge_id, sub_id, _n = _empty_sheet(ws, ctx.notes["events"])
        state = sheet_service.open_sheet(ws, event_id, stage_id, judge_id, sub_id)
        sheet_id = state.data.id
        rng = random.Random(sheet_id)
        for missing in state.completeness.missing:
            if missing.kind == "score":
                _aspect, ind, item = state.form.target(missing.key)
                scale = state.form.scale_of(ind, item)
                if scale is None:
                    raise SelftestFailed(f"{missing.key}: no scale")
                value = sample_value(scale, 0.7, rng)
                state = sheet_service.record_score(ws, sheet_id, missing.key, value, judge_id)
            else:
                state = sheet_service.record_text(
                    ws, sheet_id, missing.key, missing.field, "Uji mandiri — ✔ ok", judge_id
                )
        if not state.completeness.complete:
            raise SelftestFailed(
                t("lembar belum lengkap", "sheet not complete")
                + f": {len(state.completeness.missing)}"
            )
        state = sheet_service.finalise(ws, sheet_id, judge_id)
        if not state.final:
            raise SelftestFailed(t("lembar tidak final", "sheet not final"))
        total = getattr(state.result, "total", None)
        ctx.notes["sheet"] = (event_id, stage_id, judge_id, sub_id)
        n = len(state.data.scores)
    shown = f", total {total}" if total is not None else ""
    return t(f"{n} butir dinilai dan difinalkan", f"{n} items scored and finalised") + shown


def _step_report(ctx: Context) -> str:
    from pypdf import PdfReader

    from judgeapp.reports import render_report
    from judgeapp.reports.verify import verify_pdf
    from judgeapp.store import submissions as store_submissions
    from judgeapp.store.db import open_workspace

    # The ranking: it counts the sheet just finalised and carries the agreement
    # statistics, so the numerical libraries are exercised too.
    event_id, _stage_id, _judge_id, sub_id = ctx.notes["sheet"]
    out = ctx.root / "laporan – peringkat.pdf"
    with open_workspace(ctx.workspace) as ws:
        render_report(ws, "ranking", event_id, out, lang=ctx.lang)
        region = str(store_submissions.get_submission(ws, sub_id).region)
        if out.read_bytes()[:5] != b"%PDF-":
            raise SelftestFailed(f"{out}: not a PDF")
        reader = PdfReader(str(out))
        text = " ".join((page.extract_text() or "") for page in reader.pages)
        if " ".join(region.split()) not in " ".join(text.split()):
            raise SelftestFailed(t(f"PDF tidak memuat {region!r}", f"the PDF lacks {region!r}"))
        findings = verify_pdf(ws, out)
    bad = [str(f) for f in findings if not f.ok]
    if bad:
        raise SelftestFailed("; ".join(bad))
    pages = len(reader.pages)
    return t(
        f"{pages} halaman, {out.stat().st_size // 1024} KB, sidik cocok ({region})",
        f"{pages} page{'s' if pages != 1 else ''}, {out.stat().st_size // 1024} KB,"
        f" fingerprint verified ({region})",
    )


def _step_workers(ctx: Context) -> str:
    """Two report worker processes lay out a page each: the ``spawn`` start
    method works here (in the frozen app: ``freeze_support`` in its entry)."""
    from judgeapp.reports import parts

    html = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'></head><body>"
        "<p>JudgeApp {}</p></body></html>"
    )
    with parts.Workers(2) as workers:
        pdfs = list(workers.run(parts.render_part, [(i, html.format(i)) for i in range(2)], None))
    if sorted(i for i, _pdf, _n in pdfs) != [0, 1] or any(
        pdf[:5] != b"%PDF-" for _i, pdf, _n in pdfs
    ):
        raise SelftestFailed(t("proses pekerja tidak membuat PDF", "the workers made no PDF"))
    return t("2 proses pekerja, 2 PDF", "2 worker processes, 2 PDFs")


def _step_assignment(ctx: Context) -> str:
    from judgeapp.domain.assignment import Rules
    from judgeapp.services import assignment
    from judgeapp.store.db import open_workspace

    # The solver (HiGHS) previews the first demo event's assignment; nothing is written.
    event_id = ctx.notes["events"][0]
    with open_workspace(ctx.workspace) as ws:
        preview = assignment.preview(ws, event_id, None, Rules(1))
    proposal = preview.proposal
    return t(
        f"{len(proposal.pairs)} pasangan juri–daerah ({proposal.solver})",
        f"{len(proposal.pairs)} judge–region pairs ({proposal.solver})",
    )


def _step_window(ctx: Context) -> str:
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    from judgeapp.app import report_services
    from judgeapp.ui.language import Language
    from judgeapp.ui.main_window import MainWindow
    from judgeapp.ui.tasks import TaskRunner

    errors: list[str] = []
    previous_hook = sys.excepthook

    def hook(exc_type: Any, exc: Any, tb: Any) -> None:  # errors raised inside Qt slots
        errors.append("".join(traceback.format_exception(exc_type, exc, tb)))

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "judgeapp"])
    sys.excepthook = hook
    try:
        language = Language(app)
        language.set_language(ctx.lang)
        pool = QThreadPool(app)
        runner = TaskRunner(parent=app, pool=pool, crash=hook)
        window = MainWindow(language, runner, None, reports=report_services)
        window.show()
        app.processEvents()
        if not window.load_workspace(str(ctx.workspace)):
            raise SelftestFailed(
                t("jendela tidak membuka workspace", "the window did not open the workspace")
            )
        app.processEvents()
        shot = window.grab()
        if shot.isNull() or shot.width() < 100:
            raise SelftestFailed(t("jendela tidak tergambar", "the window was not drawn"))
        size = f"{shot.width()}×{shot.height()}"
        window.close()
        app.processEvents()
        pool.waitForDone(30_000)
        if window.ws is not None:
            window.ws.close()
        window.deleteLater()
        app.processEvents()
    finally:
        sys.excepthook = previous_hook
    if errors:
        raise SelftestFailed(errors[0])
    return t(
        f"ditampilkan ({size}, {QApplication.platformName()}) dan ditutup",
        f"shown ({size}, {QApplication.platformName()}) and closed",
    )


STEPS: tuple[tuple[str, Callable[[Context], str]], ...] = (
    ("workspace", _step_workspace),
    ("demo", _step_demo),
    ("sheet", _step_sheet),
    ("report", _step_report),
    ("workers", _step_workers),
    ("assignment", _step_assignment),
    ("window", _step_window),
)


def _header() -> str:
    from judgeapp import __version__

    frozen = (
        t("beku (PyInstaller)", "frozen (PyInstaller)")
        if getattr(sys, "frozen", False)
        else "Python"
    )
    return (
        f"JudgeApp {__version__} — "
        + t("uji mandiri", "self-test")
        + f" — {frozen} {platform.python_version()}, {platform.system()} {platform.release()}"
        + f" ({platform.machine()})"
    )


def run_selftest(
    *, lang: str = "id", out: TextIO | None = None, steps: tuple = STEPS, base: Path | None = None
) -> int:
    """Run every step; 0 when all pass, 1 at the first failure (which is named)."""
    stream = out or sys.stdout

    def say(text: str) -> None:
        if stream is not None:
            print(text, file=stream, flush=True)

    # Qt without a display; settings, logs and the default workspace inside the
    # temporary folder, so the user's own are never read or changed.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    root = Path(tempfile.mkdtemp(prefix="judgeapp-selftest-", dir=base)) / FOLDER_NAME
    root.mkdir(parents=True)
    saved_env = {k: os.environ.get(k) for k in ("JUDGEAPP_CONFIG_DIR", "JUDGEAPP_WORKSPACE")}
    os.environ["JUDGEAPP_CONFIG_DIR"] = str(root / "config")
    os.environ["JUDGEAPP_WORKSPACE"] = str(root / "default-workspace")
    ctx = Context(root=root, workspace=root / "ruang kerja", lang=lang)
    say(_header())
    started = time.perf_counter()
    failed: str | None = None
    try:
        for name, func in steps:
            t0 = time.perf_counter()
            try:
                detail = func(ctx)
            except Refused as exc:  # SelftestFailed too
                failed = name
                reason = str(exc)
            except Exception:  # the point of a self-test: report any failure, with its place
                failed = name
                reason = traceback.format_exc()
            took = time.perf_counter() - t0
            if failed:
                say(f"✘ {name:<10} {took:6.2f} s  " + t("GAGAL", "FAILED") + f": {reason}")
                break
            say(f"✔ {name:<10} {took:6.2f} s  {detail}")
    finally:
        for key, value in saved_env.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        if os.environ.get(KEEP_ENV) == "1":
            say(t(f"folder uji disimpan: {root}", f"test folder kept: {root}"))
        else:
            shutil.rmtree(root.parent, ignore_errors=True)
    total = time.perf_counter() - started
    if failed:
        say(
            t(f"uji mandiri GAGAL pada langkah '{failed}'", f"self-test FAILED at step '{failed}'")
            + f" ({total:.1f} s)"
        )
        return 1
    say(
        t(f"uji mandiri lulus: {len(steps)} langkah", f"self-test passed: {len(steps)} steps")
        + f" ({total:.1f} s)"
    )
    return 0
