"""Reports: render any of the printed reports (off the UI thread, with
progress), then open it or save it; and the Excel export.

The report engine is handed in by the host as a ``ReportServices`` (the UI
layer does not import ``judgeapp.reports`` itself; the application wires it).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from judgeapp import i18n
from judgeapp.errors import Refused
from judgeapp.services import events as event_service
from judgeapp.ui.secretariat import setup_kit, widgets
from judgeapp.ui.secretariat.widgets import Context, MessageBar, ProgressStrip, button

XLSX = "xlsx"


@dataclass(frozen=True)
class ReportServices:
    """The report engine, as the application hands it to the panel.

    ``render`` has the signature of ``judgeapp.reports.render_report``;
    ``export_xlsx(ws, event_id, out_path, *, lang, progress)`` writes the Excel
    workbook. The engine's refusals are ``judgeapp.errors.Refused`` (``ReportRefused``).
    """

    render: Callable[..., Path]
    export_xlsx: Callable[..., Path] | None = None


# kind -> which scope selectors apply: (stage, submission, judge)
SCOPES: dict[str, tuple[bool, bool, bool]] = {
    "sheet": (True, True, True),
    "recap": (True, True, False),
    "ranking": (True, False, False),
    "minutes": (True, False, False),
    "feedback": (True, True, False),
    "blank": (True, True, True),
    XLSX: (False, False, False),
}

# kind -> the word a saved file is named with, in the report's own language
FILE_WORDS: dict[str, dict[str, str]] = {
    "id": {
        "sheet": "lembar-penilaian",
        "recap": "rekap-daerah",
        "ranking": "peringkat",
        "minutes": "berita-acara",
        "feedback": "surat-umpan-balik",
        "blank": "lembar-kosong",
        XLSX: "rekap-nilai",
    },
    "en": {
        "sheet": "score-sheets",
        "recap": "recap",
        "ranking": "ranking",
        "minutes": "minutes",
        "feedback": "feedback-letters",
        "blank": "blank-sheets",
        XLSX: "scores",
    },
}


class ReportsTab(QWidget):
    """Choose a report and its scope; render it and open or save it."""

    rendered = Signal(str)  # the path written
    failed = Signal(str)

    def __init__(
        self,
        ctx: Context,
        parent: QWidget | None = None,
        *,
        opener: Callable[[Path], Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.services: ReportServices | None = ctx.reports
        self.opener = opener or (lambda p: QDesktopServices.openUrl(QUrl.fromLocalFile(str(p))))
        self.kinds = QListWidget(self)
        self.kinds.setAccessibleName(self.tr("Report"))
        self.kinds.setSpacing(3)
        self.about: dict[str, str] = {}
        for kind, title, about in self.catalogue():
            it = QListWidgetItem(title, self.kinds)
            it.setData(256, kind)  # Qt.UserRole
            it.setToolTip(about)
            self.about[kind] = about
        self.kinds.setCurrentRow(0)
        self.description = widgets.note("", self)
        self.stage = setup_kit.named_combo(self.tr("Stage"), self)
        self.submission = setup_kit.named_combo(self.tr("Region"), self)
        self.judge = setup_kit.named_combo(self.tr("Judge"), self)
        self.lang = setup_kit.named_combo(self.tr("Language"), self)
        self.lang.addItem("Bahasa Indonesia", "id")
        self.lang.addItem("English", "en")
        self.lang.setCurrentIndex(1 if i18n.language() == "en" else 0)
        self.open_button = button(self.tr("Render and &open"), self)
        self.save_button = button(self.tr("Render and &save as…"), self)
        self.progress = ProgressStrip(self)
        self.cancel_button = button(self.tr("Sto&p rendering"), self)
        self.cancel_button.hide()
        self.message = MessageBar(self)
        self.task: Any = None
        form = QFormLayout()
        form.addRow(self.tr("S&tage:"), self.stage)
        form.addRow(self.tr("Re&gion:"), self.submission)
        form.addRow(self.tr("&Judge:"), self.judge)
        form.addRow(self.tr("&Language:"), self.lang)
        right = QVBoxLayout()
        right.addWidget(self.description)
        right.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.save_button)
        right.addLayout(buttons)
        right.addStretch(1)
        body = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(setup_kit.buddy_label(self.tr("&Report:"), self.kinds, self))
        left.addWidget(self.kinds, 1)
        body.addLayout(left, 1)
        body.addLayout(right, 2)
        lay = QVBoxLayout(self)
        lay.addLayout(body, 1)
        strip = QHBoxLayout()
        strip.addWidget(self.progress, 1)
        strip.addWidget(self.cancel_button)
        lay.addLayout(strip)
        lay.addWidget(self.message)
        self.kinds.currentRowChanged.connect(lambda _r: self._scope())
        ctx.runner.idle.connect(self._scope)  # buttons come back once the pool is free
        self.open_button.clicked.connect(self.render_and_open)
        self.save_button.clicked.connect(self.render_and_save)
        self.cancel_button.clicked.connect(self.cancel)
        self._loaded = False
        if self.services is None:
            self.open_button.setEnabled(False)
            self.save_button.setEnabled(False)
            self.message.show_message(
                self.tr("Report rendering is not available in this window."), "error"
            )

    def catalogue(self) -> list[tuple[str, str, str]]:
        return [
            ("sheet", self.tr("Score sheet"), self.tr("one judge's sheet for a region (or all)")),
            ("recap", self.tr("Recap per region"), self.tr("every judge's scores, spread, chart")),
            ("ranking", self.tr("Ranking"), self.tr("per category, sensitivity, agreement")),
            ("minutes", self.tr("Minutes"), self.tr("minutes of the judging with signatures")),
            ("feedback", self.tr("Feedback letter"), self.tr("strengths and recommendations")),
            ("blank", self.tr("Blank sheets"), self.tr("paper sheets for re-keying")),
            (XLSX, self.tr("Export Excel"), self.tr("scores, totals, ranking and notes")),
        ]

    # ---- state -------------------------------------------------------------------
    def refresh(self) -> None:
        ws, eid = self.ctx.ws, self.ctx.event_id
        keep = (self.stage.currentData(), self.submission.currentData(), self.judge.currentData())
        for combo in (self.stage, self.submission, self.judge):
            combo.clear()
        event = event_service.get_event(ws, eid)
        if len(event.stages) > 1:
            self.stage.addItem(self.tr("All stages"), "")
        for st in event.stages:
            self.stage.addItem(st.name, st.id)
        self.submission.addItem(self.tr("All regions"), "")
        for s in event_service.current_submissions(ws, eid):
            self.submission.addItem(s.region, s.id)
        self.judge.addItem(self.tr("All judges"), "")
        for j in event_service.list_judges(ws, eid):
            self.judge.addItem(f"{j.name} ({j.role})", j.id)
        for combo, value in zip((self.stage, self.submission, self.judge), keep, strict=True):
            i = combo.findData(value)
            if i >= 0:
                combo.setCurrentIndex(i)
        self._scope()

    def kind(self) -> str:
        it = self.kinds.currentItem()
        return str(it.data(256)) if it is not None else "ranking"

    def select_kind(self, kind: str) -> None:
        for i in range(self.kinds.count()):
            if self.kinds.item(i).data(256) == kind:
                self.kinds.setCurrentRow(i)
                return
        raise KeyError(kind)

    def request(
        self,
        kind: str,
        *,
        stage_id: str | None = None,
        submission_id: str | None = None,
        judge_id: str | None = None,
    ) -> None:
        """Preselect a report and its scope (another screen asked for it)."""
        self.refresh()
        self.select_kind(kind)
        for combo, value in (
            (self.stage, stage_id),
            (self.submission, submission_id),
            (self.judge, judge_id),
        ):
            i = combo.findData(value or "")
            if i >= 0:
                combo.setCurrentIndex(i)
        self._scope()
        self.open_button.setFocus()

    def _scope(self) -> None:
        stage, sub, judge = SCOPES.get(self.kind(), (True, True, True))
        self.description.setText(
            f"<b>{self.kinds.currentItem().text()}</b> — {self.about[self.kind()]}"
        )
        self.stage.setEnabled(stage and self.stage.count() > 1)
        self.submission.setEnabled(sub)
        self.judge.setEnabled(judge)
        xlsx = self.kind() == XLSX
        self.open_button.setText(
            self.tr("Export and &open") if xlsx else self.tr("Render and &open")
        )
        self.save_button.setText(
            self.tr("Export and &save as…") if xlsx else self.tr("Render and &save as…")
        )
        if self.services is not None and xlsx and self.services.export_xlsx is None:
            self.open_button.setEnabled(False)
            self.save_button.setEnabled(False)
        elif self.services is not None:
            self.open_button.setEnabled(not self.ctx.runner.busy)
            self.save_button.setEnabled(not self.ctx.runner.busy)

    def default_name(self) -> str:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        kind = self.kind()
        ext = "xlsx" if kind == XLSX else "pdf"
        words = FILE_WORDS.get(str(self.lang.currentData() or "id"), FILE_WORDS["id"])
        return f"{words.get(kind, kind)}-{self.ctx.event_id}-{stamp}.{ext}"

    # ---- actions -----------------------------------------------------------------
    def render_and_open(self) -> None:
        folder = self.ctx.folder / "reports"
        folder.mkdir(parents=True, exist_ok=True)
        self.render_to(folder / self.default_name(), open_after=True)

    def render_and_save(self) -> None:
        xlsx = self.kind() == XLSX
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save report as"),
            str(Path.home() / self.default_name()),
            self.tr("Excel workbook (*.xlsx)") if xlsx else self.tr("PDF document (*.pdf)"),
        )
        if path:
            self.render_to(Path(path), open_after=False)

    def render_to(self, out: Path, *, open_after: bool = False) -> None:
        """Render the chosen report to ``out`` on the panel's thread pool."""
        services = self.services
        if services is None:
            return
        kind, eid = self.kind(), self.ctx.event_id
        stage_on, sub_on, judge_on = SCOPES.get(kind, (True, True, True))
        stage = (str(self.stage.currentData() or "") or None) if stage_on else None
        sub = (str(self.submission.currentData() or "") or None) if sub_on else None
        judge = (str(self.judge.currentData() or "") or None) if judge_on else None
        lang = str(self.lang.currentData() or "id")

        unit = {
            "sheet": self.tr("sheets"),
            "blank": self.tr("sheets"),
            "feedback": self.tr("letters"),
            "recap": self.tr("sections"),
        }.get(kind, self.tr("parts"))
        laid_out = self.tr("%1 of %2 %3 laid out").replace("%3", unit)
        page_done = self.tr("page %1 laid out")
        starting = self.tr("Rendering %1…").replace("%1", out.name)

        def job(ws: Any, state: Any) -> Path:
            def step(fraction: float, msg: str = "") -> None:
                head, _, counts = msg.partition(" ")
                if head == "pdf" and "/" in counts:
                    done, _, total = counts.partition("/")
                    text = laid_out.replace("%1", done).replace("%2", total)
                elif head == "page" and counts.isdigit():
                    text = page_done.replace("%1", counts)
                else:
                    text = starting
                state.progress(int(round(fraction * 100)), 100, text)

            if kind == XLSX:
                assert services.export_xlsx is not None
                return Path(services.export_xlsx(ws, eid, out, lang=lang, progress=step))
            return Path(
                services.render(
                    ws,
                    kind,
                    eid,
                    out,
                    lang=lang,
                    stage_id=stage,
                    submission_id=sub,
                    judge_id=judge,
                    progress=step,
                    check=state.check,
                )
            )

        self.message.clear_message()
        self.progress.begin(starting)
        self.open_button.setEnabled(False)
        self.save_button.setEnabled(False)
        self.cancel_button.show()
        self.task = self.ctx.runner.start(
            job,
            on_done=lambda path: self._done(Path(path), open_after),
            on_refused=self._refused,
            on_progress=self.progress.update_progress,
            on_end=self._end,
        )

    def cancel(self) -> None:
        """Stop the rendering under way: its workers stop, nothing is written."""
        task, self.task = self.task, None
        if task is None:
            return
        task.cancel()
        self.progress.end()
        self.cancel_button.hide()
        self.message.show_message(self.tr("Rendering stopped; no file was written."), "info")

    def _end(self) -> None:
        self.task = None
        self.progress.end()
        self.cancel_button.hide()
        self._scope()

    def _done(self, path: Path, open_after: bool) -> None:
        self.message.show_message(self.tr("Written: %1").replace("%1", str(path)), "ok")
        if open_after:
            self.opener(path)
        self.rendered.emit(str(path))

    def _refused(self, exc: Refused) -> None:
        message = str(exc)
        self.message.show_message(self.tr("Not rendered: %1").replace("%1", message), "error")
        self.failed.emit(message)
