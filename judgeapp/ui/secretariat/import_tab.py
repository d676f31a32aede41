"""Import: submission packages, the judges' signed score files (chosen one by
one or a whole folder, e.g. the USB stick handed round the panel), paper
re-keying (``import_paper``) and the official PPD worksheet (``import_worksheet``).

Files are chosen with a dialog and imported off the UI thread, one by one,
each all-or-nothing (the services guarantee it). Every refusal is listed with
its file, the place in the file and the reason; a refused file changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from judgeapp.domain.package import PackageError
from judgeapp.errors import Refused, WorkspaceError
from judgeapp.services import packages, score_folder, scorefiles
from judgeapp.store.db import Workspace
from judgeapp.ui.secretariat import setup_kit, widgets
from judgeapp.ui.secretariat.import_paper import PaperPage
from judgeapp.ui.secretariat.import_worksheet import WorksheetPage
from judgeapp.ui.secretariat.models import BAD, GOOD, WARN, Cell
from judgeapp.ui.secretariat.widgets import Context, Page, button

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class Outcome:
    """One line of the import result list."""

    file: str
    kind: str  # "package" | "scores"
    status: str  # imported | new-version | unchanged | refused | needs-key | skipped
    place: str = ""
    reason: str = ""
    judge: str = ""  # score files: the judge's name (or id)
    judge_id: str = ""
    fingerprint: str = ""  # score files: the key that signed it
    first_key: bool = False  # score files: this file registered the judge's key
    path: Path | None = None
    version: int = 0  # packages: the submission's version
    revision: int = 0  # score files imported: the file's revision ...
    changes: int = 0  # ... and how many stored values it changed

    @property
    def refused(self) -> bool:
        return self.status == "refused"


def import_packages(
    ws: Workspace, event_id: str, paths: list[Path], progress: Progress, actor: str
) -> list[Outcome]:
    out: list[Outcome] = []
    for i, path in enumerate(paths):
        progress(i, len(paths), path.name)
        try:
            res = packages.import_package(ws, path, event_id, actor=actor)
        except PackageError as exc:
            out.extend(
                Outcome(path.name, "package", "refused", p.member, p.reason) for p in exc.problems
            )
            continue
        except WorkspaceError as exc:
            out.append(Outcome(path.name, "package", "refused", "", str(exc)))
            continue
        out.append(
            Outcome(
                path.name, "package", res.status, "", "; ".join(res.warnings), version=res.version
            )
        )
    progress(len(paths), len(paths), "")
    return out


def import_scores(
    ws: Workspace,
    event_id: str,
    paths: list[Path],
    progress: Progress,
    actor: str,
    keys: scorefiles.KeyConsent = scorefiles.NO_CONSENT,
) -> list[Outcome]:
    out: list[Outcome] = []
    report = scorefiles.import_score_files(
        ws,
        event_id,
        paths,
        actor=actor,
        keys=keys,
        catch=(scorefiles.ScoreFileRefused, WorkspaceError),
        progress=progress,
    )
    for res in report.outcomes:
        name, exc = res.path.name, res.refusal
        if isinstance(exc, scorefiles.ScoreFileRefused):
            out.append(Outcome(name, "scores", "refused", exc.place or "", exc.reason))
        elif exc is not None:
            out.append(Outcome(name, "scores", "refused", "", str(exc)))
        else:
            out.append(
                Outcome(
                    name,
                    "scores",
                    res.status,
                    "",
                    res.message,
                    judge=res.judge_id,
                    judge_id=res.judge_id,
                    revision=res.revision,
                    changes=res.sheets_changed,
                )
            )
    return out


def import_score_folder(
    ws: Workspace,
    event_id: str,
    folder: Path,
    progress: Progress,
    actor: str,
    *,
    confirmed: dict[str, str] | None = None,
    only: list[Path] | None = None,
) -> list[Outcome]:
    """Every file of a folder of score files (``services.score_folder``)."""
    out = []
    for r in score_folder.import_score_folder(
        ws, event_id, folder, actor=actor, confirmed=confirmed, only=only, progress=progress
    ):
        imported = r.status == "imported"
        out.append(
            Outcome(
                r.file,
                "scores",
                r.status,
                r.place,
                r.reason,
                judge=r.judge_name or r.judge_id,
                judge_id=r.judge_id,
                fingerprint=r.fingerprint,
                first_key=r.first_key,
                path=r.path,
                revision=r.revision if imported else 0,
                changes=r.sheets_changed if imported else 0,
            )
        )
    return out


class ImportTab(Page):
    """Buttons to import packages or score files; the outcome of each file."""

    imported = Signal()  # something was added or changed
    finished = Signal(list)  # the outcomes of the last run

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.outcomes: list[Outcome] = []
        self.packages_button = button(self.tr("Import &packages (.zip)…"), self)
        self.folder_button = button(self.tr("Import a package &folder…"), self)
        self.scores_button = button(self.tr("Import &score files…"), self)
        self.score_folder_button = button(
            self.tr("Import a folder of score files…"),
            self,
            tip=self.tr("Every signed score file in a folder, e.g. the USB stick from the judges"),
        )
        self.confirm_key_button = button(
            self.tr("Confirm a judge's &key…"),
            self,
            tip=self.tr(
                "A judge's first file whose key the bundle does not vouch for: compare the "
                "fingerprint with the one the judge reads out, then import it"
            ),
        )
        self.confirm_key_button.setEnabled(False)
        self.last_score_folder: Path | None = None
        self.dialog: QWidget | None = None
        self.accept_key = QCheckBox(self.tr("Accept a &changed judge key, reason:"), self)
        self.key_reason = setup_kit.named_line(self.tr("Reason for accepting a changed key"), self)
        parts = widgets.outcome_parts(
            self.tr("Import results"),
            self.tr(
                "Each file is checked first and imported whole or not at all. A refused file "
                "changes nothing; the list says which file, where in it and why."
            ),
            self,
        )
        self.model, self.view, self.progress, self.message, explain = parts
        row = setup_kit.row_of(
            [
                self.packages_button,
                self.folder_button,
                self.scores_button,
                self.score_folder_button,
            ],
            [self.confirm_key_button],
        )
        key = QHBoxLayout()
        key.addWidget(self.accept_key)
        key.addWidget(self.key_reason, 1)
        self.files_page = QWidget(self)
        lay = QVBoxLayout(self.files_page)
        lay.addWidget(explain)
        lay.addLayout(row)
        lay.addLayout(key)
        widgets.add_outcome(lay, self.view, self.progress, self.message)
        self.paper = PaperPage(ctx, self)
        self.worksheet = WorksheetPage(ctx, self)
        self.pages = QTabWidget(self)
        self.pages.addTab(self.files_page, self.tr("Packages and score files"))
        self.pages.addTab(self.paper, self.tr("Paper re-keying"))
        self.pages.addTab(self.worksheet, self.tr("Official PPD worksheet"))
        self.pages.setAccessibleName(self.tr("Import"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)
        self.paper.imported.connect(self.imported)
        self.worksheet.imported.connect(self.imported)
        self.pages.currentChanged.connect(lambda _i: self.refresh())
        self.packages_button.clicked.connect(self._choose_packages)
        self.folder_button.clicked.connect(self._choose_folder)
        self.scores_button.clicked.connect(self._choose_scores)
        self.score_folder_button.clicked.connect(self.choose_score_folder)
        self.confirm_key_button.clicked.connect(self.confirm_key)

    def refresh(self) -> None:
        # The file list shows the last run; the other pages reload their choices.
        page = self.pages.currentWidget()
        if page is not self.files_page:
            page.refresh()  # type: ignore[attr-defined]

    # ---- choosing files ------------------------------------------------------------
    def _choose_files(self, title: str, filters: str, start: Callable[[list[Path]], None]) -> None:
        from judgeapp.ui.filedialogs import choose_open_file

        self.dialog = choose_open_file(
            self,
            title,
            filters,
            lambda paths: start([Path(p) for p in paths]) if paths else None,
            many=True,
        )

    def _choose_dir(self, title: str, start: Callable[[Path], None], where: str = "") -> None:
        from judgeapp.ui.filedialogs import choose_folder

        self.dialog = choose_folder(self, title, lambda path: start(Path(path)), where)

    def _choose_packages(self) -> None:
        self._choose_files(
            self.tr("Submission packages"),
            self.tr("Packages (*.zip);;All files (*)"),
            self.start_packages,
        )

    def _choose_folder(self) -> None:
        self._choose_dir(self.tr("Package folder"), lambda folder: self.start_packages([folder]))

    def _choose_scores(self) -> None:
        self._choose_files(
            self.tr("Judges' score files"),
            self.tr("Score files (*.scores.json *.json);;All files (*)"),
            self.start_scores,
        )

    def choose_score_folder(self) -> None:
        title = self.tr("Folder of the judges' score files (e.g. a USB stick)")
        self._choose_dir(title, self.start_score_folder, str(self.last_score_folder or ""))

    # ---- running -------------------------------------------------------------------
    def start_score_folder(
        self,
        folder: Path,
        *,
        confirmed: dict[str, str] | None = None,
        only: list[Path] | None = None,
    ) -> None:
        """Import the folder's score files (or ``only`` some of them again, once
        a key is confirmed: their lines are then replaced in the list)."""
        eid, actor = self.ctx.event_id, self.ctx.actor
        self.last_score_folder = folder
        self._merge = only is not None
        self._run(
            lambda ws, p: import_score_folder(
                ws, eid, folder, p, actor, confirmed=confirmed, only=only
            ),
            len(only) if only is not None else 0,
        )

    def start_packages(self, paths: list[Path]) -> None:
        eid, actor = self.ctx.event_id, self.ctx.actor
        self._run(lambda ws, p: import_packages(ws, eid, paths, p, actor), len(paths))

    def start_scores(self, paths: list[Path]) -> None:
        eid, actor = self.ctx.event_id, self.ctx.actor
        accept = self.accept_key.isChecked()
        reason = self.key_reason.text().strip()
        if accept and not reason:
            self.message.show_message(
                self.tr("Give the reason for accepting a changed key."), "error"
            )
            return
        self._run(
            lambda ws, p: import_scores(
                ws, eid, paths, p, actor, scorefiles.KeyConsent(accept, reason)
            ),
            len(paths),
        )

    def _buttons(self) -> tuple[QWidget, ...]:
        return (
            self.packages_button,
            self.folder_button,
            self.scores_button,
            self.score_folder_button,
            self.confirm_key_button,
        )

    def _run(self, job: Callable[[Workspace, Progress], Any], n: int) -> None:
        self.message.clear_message()
        widgets.run_task(
            self.ctx,
            self.progress,
            self.tr("Importing %n file(s)…", "", n) if n else self.tr("Importing…"),
            job,
            on_done=self._done,
            on_refused=self._refused,
            hold=self._buttons(),
            on_end=lambda: self.confirm_key_button.setEnabled(bool(self.waiting())),
        )

    def waiting(self) -> list[Outcome]:
        """Score files waiting for the secretariat to confirm a judge's key."""
        return [o for o in self.outcomes if o.status == "needs-key"]

    def confirm_key(self) -> None:
        """Show the fingerprint of a first-seen judge's key and ask whether it
        is the one the judge reads out; yes imports their waiting file(s)."""
        waiting = self.waiting()
        if not waiting:
            return
        row = self.view.currentIndex().row()
        chosen = self.outcomes[row] if 0 <= row < len(self.outcomes) else None
        o = chosen if chosen is not None and chosen.status == "needs-key" else waiting[0]
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Confirm the judge's key"),
            self.tr(
                "%1 (%2) sends a first score file signed with a key the bundle does not vouch "
                "for. Ask %1 to open Help ▸ My signing key and read the fingerprint out. "
                "Is it exactly this one?"
            )
            .replace("%1", o.judge or o.judge_id)
            .replace("%2", o.judge_id),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("confirm-key")
        box.setInformativeText(  # large, to compare group by group with what is read out
            f"<p style='font-size:14pt; font-family:monospace; white-space:nowrap'><b>{o.fingerprint}</b></p>"
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Yes, the same — import"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("No, do not import"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        files = [w.path for w in waiting if w.judge_id == o.judge_id and w.path is not None]

        def yes() -> None:
            assert self.last_score_folder is not None
            self.start_score_folder(
                self.last_score_folder, confirmed={o.judge_id: o.fingerprint}, only=files
            )

        box.accepted.connect(yes)
        box.rejected.connect(
            lambda: self.message.show_message(
                self.tr("Not imported: %1's key was not confirmed.").replace(
                    "%1", o.judge or o.judge_id
                ),
                "error",
            )
        )
        self.dialog = box
        box.open()

    def _refused(self, exc: Refused) -> None:
        self.message.show_message(str(exc), "error")
        self.finished.emit([])

    # widest a column may grow before its text wraps: file, type, result, judge,
    # key fingerprint, details; the reason / warnings take the rest
    COLUMN_CAPS = (320, 120, 230, 200, 200, 170)
    REASON_ROOM = 320  # the reason is never squeezed below this (px)

    def _fit_columns(self) -> None:
        """Columns sized to their text but bounded (they wrap), so the reason of a
        refusal keeps room to be read at 1366×768 instead of a word a line."""
        header = self.view.horizontalHeader()
        last = self.model.columnCount() - 1
        if last < 0:
            return
        header.setStretchLastSection(False)
        widths = []
        for c in range(last):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Interactive)
            cap = self.COLUMN_CAPS[c] if c < len(self.COLUMN_CAPS) else 200
            widths.append(max(48, min(self.view.sizeHintForColumn(c), cap)))
        room = max(self.view.viewport().width(), self.view.width()) - 4
        over = sum(widths) + self.REASON_ROOM - room
        if over > 0:  # narrower still, each in proportion to its width
            total = sum(widths)
            widths = [max(48, w - over * w // total) for w in widths]
        for c, w in enumerate(widths):
            header.resizeSection(c, w)
        header.setSectionResizeMode(last, QHeaderView.ResizeMode.Stretch)  # the reason wraps
        self.view.resizeRowsToContents()

    def _detail(self, o: Outcome) -> str:
        """The Details column in words: a package's version, a score file's revision
        and how many stored values it changed."""
        if o.kind == "package" and o.version:
            return self.tr("version %1").replace("%1", str(o.version))
        if o.kind == "scores" and o.revision:
            return self.tr("revision %1, %n change(s)", "", o.changes).replace(
                "%1", str(o.revision)
            )
        return ""

    def _done(self, outcomes: list[Outcome]) -> None:
        if getattr(self, "_merge", False):  # some files again: their lines replaced
            again = {o.file: o for o in outcomes}
            self.outcomes = [again.pop(o.file, o) for o in self.outcomes] + list(again.values())
            self._merge = False
        else:
            self.outcomes = list(outcomes)
        outcomes = self.outcomes
        status = {
            "imported": self.tr("imported"),
            "new-version": self.tr("new version"),
            "unchanged": self.tr("unchanged (already held)"),
            "refused": self.tr("REFUSED"),
            "needs-key": self.tr("waits: confirm the judge's key"),
            "skipped": self.tr("skipped"),
        }
        kinds = {"package": self.tr("package"), "scores": self.tr("score file")}
        rows = []
        for o in self.outcomes:
            bg = BAD if o.refused else (GOOD if o.status in ("imported", "new-version") else None)
            if o.status == "needs-key":
                bg = WARN
            result = status.get(o.status, o.status)
            if o.first_key:
                result = self.tr("%1 · new judge, key registered").replace("%1", result)
            reason = f"{o.place}: {o.reason}" if o.place and o.reason else o.reason
            if o.status == "needs-key":
                reason = self.tr(
                    "First file of this judge and its key is not bound to their bundle: "
                    "press Confirm a judge's key and compare the fingerprint."
                )
            rows.append(
                [
                    Cell(o.file, tooltip=o.file),
                    Cell(kinds.get(o.kind, o.kind)),
                    Cell(result, background=bg, bold=o.refused),
                    Cell(o.judge),
                    Cell(o.fingerprint),
                    Cell(self._detail(o)),
                    Cell(reason, tooltip=reason),
                ]
            )
        self.model.reset(
            [
                self.tr("File"),
                self.tr("Type"),
                self.tr("Result"),
                self.tr("Judge"),
                self.tr("Key fingerprint"),
                self.tr("Details"),
                self.tr("Reason / warnings"),
            ],
            rows,
            payload=self.outcomes,
        )
        self._fit_columns()
        refused_files = {o.file for o in self.outcomes if o.refused}
        changed = [o for o in self.outcomes if o.status in ("imported", "new-version")]
        files = {o.file for o in self.outcomes}
        summary = (
            self.tr("%1 file(s): %2 imported, %3 refused (nothing changed for those).")
            if refused_files
            else self.tr("%1 file(s): %2 imported, %3 refused.")
        )
        text = (
            summary.replace("%1", str(len(files)))
            .replace("%2", str(len({o.file for o in changed})))
            .replace("%3", str(len(refused_files)))
        )
        waiting = self.waiting()
        skipped = [o for o in self.outcomes if o.status == "skipped"]
        if waiting:
            text += " " + self.tr(
                "%n file(s) wait until you confirm the judge's key.", "", len(waiting)
            )
        if skipped:
            text += " " + self.tr("%n file(s) skipped: not signed score files.", "", len(skipped))
        if not files:
            text = self.tr("No file in this folder.")
        problem = refused_files or waiting or not files
        self.message.show_message(text, "error" if problem else "ok")
        self.confirm_key_button.setEnabled(bool(waiting))
        if changed:
            self.imported.emit()
        self.finished.emit(self.outcomes)
