"""The demo workspace: three events built from the seed reports, in seconds.

``build_demo(folder)`` makes (or reuses) a workspace holding:

* **PPD Jawa Barat 2022** (Tahap I, II, III; stage weights 30/25/45),
  **Sinovik 2020 — Top 99 presentasi & wawancara** and
  **Smart City 2023 — Evaluasi tahap II**, with fixed ids;
* one real package per submission, built by ``package build`` from a folder
  with rendered PDFs and imported by ``package import`` — the zips stay in
  ``<folder>/paket-contoh/<event>/`` for anyone to check or re-import;
* three sample judges per event, assignments, a schedule, and sample scores
  (some sheets final, some in progress, some empty for the user).

Everything not taken from the reports is flagged ``sample`` (events, judges,
sheets, packages, key figures, innovations) and written "contoh" in texts.

A folder already holding this demo (same ``DEMO_VERSION``) is reused as is —
practice scores survive — unless ``rebuild``; a folder holding anything else
is refused, never overwritten.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from judgeapp.errors import Refused
from judgeapp.i18n import t
from judgeapp.resources import forms_dir
from judgeapp.services import events as event_service
from judgeapp.services import packages as package_service
from judgeapp.services import sheets as sheet_service
from judgeapp.services.demo import documents, scores
from judgeapp.services.demo.content import DEMO_VERSION, EVENTS, REGIONS, SUBMISSIONS, Event
from judgeapp.services.forms import shipped_forms
from judgeapp.store import events as store_events
from judgeapp.store import submissions as store_submissions
from judgeapp.store.db import DB_NAME, Workspace, open_workspace

DEMO_KEY = "demo.version"
PACKAGES_DIR = "paket-contoh"
_OWNED = (DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm", "blobs", "backups", "logs", PACKAGES_DIR)


def default_demo_dir() -> Path:
    """Where ``judgeapp demo`` and the app's "Explore the demo" build the demo: a
    folder of its own beside the per-user workspace, never inside real data."""
    from judgeapp.store.db import default_workspace_dir

    return default_workspace_dir().parent / "demo"


class DemoRefused(Refused):
    """The folder cannot take the demo (message for the user)."""


@dataclass
class DemoResult:
    folder: Path
    events: list[str]
    submissions: dict[str, list[str]]  # event id -> submission ids
    reused: bool
    seconds: float
    timings: dict[str, float] = field(default_factory=dict)
    sheets: dict[str, int] = field(default_factory=dict)

    @property
    def packages(self) -> list[Path]:
        return sorted((self.folder / PACKAGES_DIR).rglob("*.zip"))


def demo_state(folder: Path) -> str:
    """ "none" (no workspace here), "demo" (this demo version), "old-demo", or "other"."""
    if not folder.exists() or (folder.is_dir() and not any(folder.iterdir())):
        return "none"
    if not (folder / DB_NAME).exists():
        return "other"
    try:
        with open_workspace(folder, create=False) as ws:
            version = ws.get_setting(DEMO_KEY)
    except Exception:
        return "other"
    if not version:
        return "other"
    return "demo" if version == DEMO_VERSION else "old-demo"


def build_demo(folder: Path | str, *, rebuild: bool = False) -> DemoResult:
    target = Path(folder)
    state = demo_state(target)
    if state == "other":
        raise DemoRefused(
            t(
                f"{target}: folder ini berisi data lain, bukan workspace demo; pilih folder lain",
                f"{target}: this folder holds other data, not a demo workspace; choose another",
            )
        )
    if state == "demo" and not rebuild:
        with open_workspace(target) as ws:
            events = store_events.event_ids(ws)
            subs = _submissions(ws, events)
        return DemoResult(target, events, subs, True, 0.0)
    started = time.perf_counter()
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.building-", dir=target.parent))
    try:
        result = _build_into(staging)
        if state in ("demo", "old-demo"):
            for name in _OWNED:
                path = target / name
                if path.is_dir():
                    shutil.rmtree(path)
                elif path.exists():
                    path.unlink()
        target.mkdir(parents=True, exist_ok=True)
        for item in staging.iterdir():
            os.replace(item, target / item.name)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    result.folder = target
    result.seconds = time.perf_counter() - started
    return result


def _set_up_minutes(ws: Workspace, ev: Event) -> None:
    """The event's days, chair and members, as the secretariat types them in
    the set-up dialog, so the demo's berita acara has no blank to fill."""
    if ev.chair is None:
        return
    draft = event_service.draft_of(ws, ev.id)
    draft = dataclasses.replace(
        draft,
        starts_on=ev.interview_day,
        ends_on=ev.last_day or ev.interview_day,
        chair=event_service.PersonDraft(*ev.chair),
        members=tuple(event_service.PersonDraft(*m) for m in ev.members),
    )
    event_service.save_event(ws, draft, event_id=ev.id, actor="demo")


def _form_paths(ids: list[str]) -> dict[str, str]:
    """Form id -> file, looking at ``<id>.yaml`` first (a lookup by id would
    parse every file of the catalogue for each form)."""
    out: dict[str, str] = {}
    for fid in ids:
        path = forms_dir() / f"{fid}.yaml"
        if path.exists():  # shipped files are named by their id
            out[fid] = str(path)
    if len(out) < len(set(ids)):
        out.update({e.form.id: str(e.path) for e in shipped_forms() if e.form.id not in out})
    return out


def _remember_progress(ws: Workspace, event_id: str) -> None:
    """The figures each judge's list of regions shows, computed once here as
    the app remembers them after a judge's first look (services.sheets.progress)."""
    for stage in store_events.get_event(ws, event_id).stages:
        rows = sheet_service.stage_scores(ws, event_id, stage.id)
        sheet_service.progress(ws, [r.sheet_id for r in rows])


def _submissions(ws: Workspace, events: list[str]) -> dict[str, list[str]]:
    return {e: store_submissions.current_ids(ws, e) for e in events}


def _build_into(folder: Path) -> DemoResult:
    timings: dict[str, float] = {}
    clock = time.perf_counter()

    def lap(name: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        timings[name] = timings.get(name, 0.0) + now - clock
        clock = now

    plan = [(ev, sub) for ev in EVENTS for sub in SUBMISSIONS if sub.event == ev.key]
    pdfs = documents.render_pdfs(
        [documents.profile(r) for r in REGIONS.values()]
        + [documents.proposal(ev, sub) for ev, sub in plan]
    )
    profiles = dict(zip(REGIONS, pdfs[: len(REGIONS)], strict=True))
    proposals = {
        (ev.id, sub.region): pdf for (ev, sub), pdf in zip(plan, pdfs[len(REGIONS) :], strict=True)
    }
    lap("render")
    ws = open_workspace(folder)
    # A staging folder, moved into place only once complete: no need to wait
    # for the disk at every commit while building it.
    ws.unsynced()
    catalog = _form_paths([f for ev in EVENTS for f in ev.forms])
    sheet_counts: dict[str, int] = {}
    subs_by_event: dict[str, list[str]] = {}
    try:
        ws.set_setting(DEMO_KEY, DEMO_VERSION)
        with tempfile.TemporaryDirectory(prefix="judgeapp-demo-") as tmp:
            for ev in EVENTS:
                event_service.create_event(
                    ws,
                    ev.name,
                    [catalog.get(f, f) for f in ev.forms],
                    stage_weights=list(ev.weights) if ev.weights else None,
                    options=event_service.EventOptions(
                        edition=ev.edition, place=ev.place, sample=True, event_id=ev.id
                    ),
                )
                _set_up_minutes(ws, ev)
                imported: list[tuple[str, float]] = []
                for sub in (s for s in SUBMISSIONS if s.event == ev.key):
                    proposal = proposals[(ev.id, sub.region)]
                    src = documents.write_package_folder(
                        Path(tmp) / ev.id / sub.region, ev, sub, profiles[sub.region], proposal
                    )
                    out = folder / PACKAGES_DIR / ev.id / f"{sub.region}.zip"
                    out.parent.mkdir(parents=True, exist_ok=True)
                    package_service.build_package(src, out)
                    lap("build")
                    res = package_service.import_package(ws, out, ev.id, actor="demo")
                    imported.append((res.submission_id, sub.quality))
                    lap("import")
                judges = scores.add_panel(ws, ev)
                scores.assign_and_schedule(ws, ev, [sid for sid, _q in imported])
                lap("setup")
                counts = scores.score_sheets(ws, ev, imported, judges)
                _remember_progress(ws, ev.id)
                for k, v in counts.items():
                    sheet_counts[k] = sheet_counts.get(k, 0) + v
                subs_by_event[ev.id] = [sid for sid, _q in imported]
                lap("scores")
        # the demo's own import backups are of no use to anyone
        with contextlib.suppress(OSError):
            shutil.rmtree(ws.backups_dir)
    finally:
        ws.close()
    return DemoResult(
        folder, [e.id for e in EVENTS], subs_by_event, False, 0.0, timings, sheet_counts
    )
