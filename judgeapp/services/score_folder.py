"""A folder of judges' signed score files imported at the secretariat (a USB
stick handed round the panel).

Every regular file directly in the folder is looked at (hidden files and
sub-folders are not); what is not a signed score file is listed as skipped
with what it is. The signed files are imported oldest revision first, each on
its own and all-or-nothing (``services.scorefiles``), after one backup. Each
file comes back with its judge and the fingerprint of the key that signed it;
a judge's first file whose key the bundle's enrolment secret does not vouch
for waits as ``needs-key`` until the secretariat confirms the fingerprint the
judge reads out (``confirmed``: judge id → fingerprint), then imports.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from judgeapp.domain import bounds
from judgeapp.domain.exchange import fingerprint, verify_score_file
from judgeapp.domain.safeparse import InputRefused
from judgeapp.errors import Refused
from judgeapp.i18n import t
from judgeapp.services import scorefiles
from judgeapp.services.reading import read_regular_file
from judgeapp.services.score_import import classify
from judgeapp.store import events as store_events
from judgeapp.store.db import Workspace

MAX_FILES = 2000  # entries of the folder looked at
NEEDS_KEY_PLACE = "payload.enrolment_proof"  # where scorefiles refuses an unvouched first key

Progress = Callable[[int, int, str], None]


class FolderRefused(Refused):
    """The folder itself cannot be read (missing, not a folder, too many entries)."""


@dataclass(frozen=True)
class FileResult:
    """One file of the folder: imported | unchanged | refused | needs-key | skipped."""

    path: Path
    status: str
    judge_id: str = ""
    judge_name: str = ""
    fingerprint: str = ""
    first_key: bool = False  # this file registered the judge's key
    revision: int = 0
    sheets_changed: int = 0
    place: str = ""
    reason: str = ""

    @property
    def file(self) -> str:
        return self.path.name


def folder_files(folder: Path | str) -> list[Path]:
    """The regular, visible files directly in ``folder``, by name (bounded)."""
    root = Path(folder)
    try:
        entries = []
        with os.scandir(root) as it:
            for n, entry in enumerate(it):
                if n >= MAX_FILES:
                    raise FolderRefused(
                        t(
                            f"lebih dari {MAX_FILES} berkas di folder ini",
                            f"more than {MAX_FILES} files in this folder",
                        ),
                        file=str(root),
                    )
                if entry.name.startswith(".") or not entry.is_file():
                    continue
                entries.append(Path(entry.path))
    except NotADirectoryError:
        raise FolderRefused(t("bukan folder", "not a folder"), file=str(root)) from None
    except OSError as exc:
        raise FolderRefused(exc.strerror or str(exc), file=str(root)) from None
    return sorted(entries, key=lambda p: p.name.casefold())


def _peek(path: Path) -> tuple[str, str, tuple[int, str]] | None:
    """(judge id, key fingerprint, order) of a signed file that verifies; None otherwise."""
    try:
        raw = read_regular_file(path, bounds.MAX_SCORE_FILE_BYTES)
    except InputRefused:
        return None
    v = verify_score_file(raw, path.name)
    p = v.payload
    if p is None:
        return None
    try:
        fp = fingerprint(p.public_key)
    except (Refused, ValueError):
        return None
    return p.judge_id, fp, p.order_key()


def _is_bundle(path: Path) -> bool:
    """A judge bundle (a zip holding the bundle manifest) on the same stick."""
    import zipfile

    from judgeapp.domain.exchange import BUNDLE_MANIFEST
    from judgeapp.services.reading import ZIP_OR_DISK

    try:
        with zipfile.ZipFile(path) as zf:
            return BUNDLE_MANIFEST in zf.namelist()
    except ZIP_OR_DISK:
        return False


def _skipped(path: Path, kind: str) -> FileResult:
    reason = {
        "bundle": t(
            "bundel juri (untuk laptop juri), bukan berkas nilai",
            "a judge bundle (for a judge's laptop), not a score file",
        ),
        "paper": t(
            "berkas ketik ulang lembar kertas: impor di tab Ketik ulang lembar kertas",
            "a paper re-keying file: import it on the Paper re-keying tab",
        ),
        "worksheet": t(
            "lembar kerja resmi PPD: impor di tab Lembar kerja resmi PPD",
            "an official PPD worksheet: import it on the Official PPD worksheet tab",
        ),
    }.get(kind, t("bukan berkas nilai bertanda tangan", "not a signed score file"))
    return FileResult(path, "skipped", reason=reason)


def import_score_folder(
    ws: Workspace,
    event_id: str,
    folder: Path | str,
    *,
    actor: str = "secretariat",
    confirmed: dict[str, str] | None = None,
    only: list[Path] | None = None,
    progress: Progress | None = None,
) -> list[FileResult]:
    """Import every signed score file of ``folder`` (or only the files
    ``only`` names); one result per file, in the folder's order."""
    try:
        store_events.get_event(ws, event_id)
    except KeyError:
        raise FolderRefused(t(f"tidak ada acara {event_id!r}", f"no event {event_id!r}")) from None
    files = [Path(p) for p in only] if only is not None else folder_files(folder)
    confirmed = confirmed or {}
    names: dict[str, str] = {j.id: j.name for j in store_events.list_judges(ws, event_id)}
    results: dict[Path, FileResult] = {}
    signed: list[tuple[tuple[str, int, str], Path, str, str]] = []
    for path in files:
        kind: str = classify(path)
        if kind == "paper" and path.suffix.lower() == ".zip" and _is_bundle(path):
            kind = "bundle"
        if kind != "signed":
            results[path] = _skipped(path, kind)
            continue
        peek = _peek(path)
        judge_id, fp, order = peek if peek is not None else ("", "", (0, ""))
        signed.append(((judge_id, *order), path, judge_id, fp))
    signed.sort(key=lambda s: s[0])  # a judge's older revision before the newer one
    peeked = {path: (judge_id, fp) for _order, path, judge_id, fp in signed}
    report = scorefiles.import_score_files(
        ws,
        event_id,
        [path for _order, path, _judge_id, _fp in signed],
        actor=actor,
        confirmed={path: confirmed.get(judge_id, "") for path, (judge_id, _fp) in peeked.items()},
        catch=(Refused,),  # also the workspace's own faults (full disk, busy)
        progress=progress,
    )
    for res in report.outcomes:
        path, exc = res.path, res.refusal
        judge_id, fp = peeked[path]
        name = names.get(judge_id, "")
        if isinstance(exc, scorefiles.ScoreFileRefused):
            status = "needs-key" if exc.place == NEEDS_KEY_PLACE and fp else "refused"
            results[path] = FileResult(
                path, status, judge_id, name, fp, place=exc.place or "", reason=exc.reason
            )
        elif exc is not None:
            results[path] = FileResult(path, "refused", judge_id, name, fp, reason=str(exc))
        else:
            results[path] = FileResult(
                path,
                res.status,
                res.judge_id,
                names.get(res.judge_id, name),
                fp,
                res.key_registered,
                res.revision,
                res.sheets_changed,
                reason=res.message,
            )
    return [results[p] for p in files]
