"""Set-up: automatic assignment of a stage, and the judges' profiles it uses.

The secretariat chooses *k* (judges per submission), a maximum load and the
optional rules, and asks for a preview: ``services.assignment.preview`` solves
it on the task runner (off the UI thread, cancellable — a cancelled solve
reports nothing). The preview matrix shows each judge's load, what was kept
and what is new, and the soft goals met; **Accept** writes it through
``services.assignment.accept`` (one transaction, one history row; refused
when the stage changed since the preview), **Discard** drops it. When the
hard rules cannot all hold, the refusal names the rule and the submissions
or judges, and nothing is written.

The judges' profiles (province, institution, capacity, preferred categories)
are edited in place in the second table; every edit is one service call.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from judgeapp.errors import Refused
from judgeapp.services import assignment
from judgeapp.services.events import CurrentSubmission
from judgeapp.ui.secretariat import setup_kit as kit
from judgeapp.ui.secretariat.models import BAD, GOOD, LOCKED, WARN, GridModel, Index
from judgeapp.ui.secretariat.widgets import Context, MessageBar, Page, ProgressStrip, button, note

_ROOT = QModelIndex()
STARTED = QColor("#a5d8ff")  # a started sheet: kept whatever the rules say
KEPT = QColor("#dee2e6")  # assigned before and still assigned


@dataclass(frozen=True)
class MatrixTexts:
    """The words the matrix shows (translated by the page that owns it)."""

    load: str
    capacity: str
    preferred: str
    started: str
    conflict: str
    unlimited: str
    tip_new: str
    tip_kept: str
    tip_started: str
    tip_removed: str
    tip_conflict: str
    tip_preferred: str


class AutoMatrixModel(QAbstractTableModel):
    """A preview as a judges × submissions table, led by four columns per
    judge: load, capacity, started sheets kept, submissions in a preferred
    category. A cell shows ● (a started sheet), ✓ (kept from the current
    matrix), + (new), − (assigned now, dropped by the preview) or a conflict."""

    LEAD = 4

    def __init__(self, texts: MatrixTexts, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.texts = texts
        self.preview: assignment.Preview | None = None
        self._judges: list[assignment.JudgeProfile] = []
        self._subs: list[CurrentSubmission] = []
        self._loads: dict[str, Any] = {}
        self._pairs: frozenset[tuple[str, str]] = frozenset()

    def set_preview(self, prev: assignment.Preview | None) -> None:
        self.beginResetModel()
        self.preview = prev
        if prev is None:
            self._judges, self._subs, self._loads, self._pairs = [], [], {}, frozenset()
        else:
            self._judges = sorted(prev.judges, key=lambda j: (j.name.casefold(), j.id))
            self._subs = list(prev.submissions)
            self._loads = {ld.judge: ld for ld in prev.proposal.loads}
            self._pairs = prev.proposal.pairs
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._judges)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() or not self._judges else self.LEAD + len(self._subs)

    def pair(self, row: int, column: int) -> tuple[str, str]:
        return (self._judges[row].id, self._subs[column - self.LEAD].id)

    def state(self, row: int, column: int) -> str:
        """ "started" | "kept" | "new" | "removed" | "conflict" | "" for a cell."""
        assert self.preview is not None
        p = self.pair(row, column)
        if p in self._pairs:
            if p in self.preview.started:
                return "started"
            return "kept" if p in self.preview.current else "new"
        if p in self.preview.conflicts:
            return "conflict"
        return "removed" if p in self.preview.current else ""

    def load_of(self, judge_id: str) -> Any:
        return self._loads[judge_id]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.preview is None:
            return None
        r, c = index.row(), index.column()
        judge = self._judges[r]
        tx = self.texts
        if c < self.LEAD:
            ld = self._loads[judge.id]
            values = [
                ld.load,
                tx.unlimited if ld.capacity is None else ld.capacity,
                ld.started,
                ld.preferred,
            ]
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return str(values[c])
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if role == Qt.ItemDataRole.FontRole and c == 0:
                f = QFont()
                f.setBold(True)
                return f
            if role == Qt.ItemDataRole.BackgroundRole and c == 0 and ld.load > ld.high:
                return QBrush(WARN)  # started sheets above the common level
            if role == Qt.ItemDataRole.UserRole:
                return values[c]
            return None
        state = self.state(r, c)
        if role in (Qt.ItemDataRole.DisplayRole,):
            return {
                "started": "●",
                "kept": "✓",
                "new": "+",
                "removed": "−",
                "conflict": tx.conflict,
            }.get(state, "")
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            sub = self._subs[c - self.LEAD]
            who = f"{judge.name} × {sub.region} ({sub.category})"
            say = {
                "started": tx.tip_started,
                "kept": tx.tip_kept,
                "new": tx.tip_new,
                "removed": tx.tip_removed,
                "conflict": tx.tip_conflict,
            }.get(state, "–")
            extra = (
                f" · {tx.tip_preferred}"
                if state in ("started", "kept", "new") and sub.category in judge.expertise
                else ""
            )
            return f"{who}: {say}{extra}"
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = {
                "started": STARTED,
                "kept": KEPT,
                "new": GOOD,
                "removed": BAD,
                "conflict": LOCKED,
            }.get(state)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.ForegroundRole and state:
            return QBrush(QColor("black"))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.UserRole:
            return state
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Vertical:
            return self._judges[section].name if section < len(self._judges) else None
        tx = self.texts
        if section < self.LEAD:
            return (tx.load, tx.capacity, tx.started, tx.preferred)[section]
        i = section - self.LEAD
        if i >= len(self._subs):
            return None
        sub = self._subs[i]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{sub.region} · {sub.category} · {sub.province or ''}"
        return header_text(sub.region)


def header_text(region: str) -> str:
    """A region's name on two lines ("Kabupaten\nAceh Besar"), so that a
    column is as wide as the longer half."""
    head, _, rest = region.partition(" ")
    return f"{head}\n{rest}" if rest else head


# ---- the judges' profiles -------------------------------------------------------------------
class ProfileModel(GridModel):
    """The event's judges with their profile fields; province, institution,
    capacity and preferred categories are edited in place. Every edit goes
    to ``save`` (the service) first; a refusal changes nothing and is emitted
    as ``refused(message)``; the row shown is the one the service returns."""

    refused = Signal(str)
    saved = Signal(str)  # the judge's name

    EDITABLE = (2, 3, 4, 5)

    def __init__(
        self,
        headers: list[str],
        save: Callable[[str, dict], assignment.JudgeProfile],
        unlimited: str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.headers = headers
        self.save = save
        self.unlimited = unlimited
        self.rows: list[assignment.JudgeProfile] = []

    def reset(self, rows: list[assignment.JudgeProfile]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    HEADER_ROLES = (Qt.ItemDataRole.DisplayRole,)

    def row_total(self) -> int:
        return len(self.rows)

    def column_labels(self) -> list[str]:
        return self.headers

    def text(self, row: int, column: int) -> str:
        p = self.rows[row]
        return [
            p.name,
            p.role,
            p.province,
            p.institution,
            "" if p.capacity is None else str(p.capacity),
            ", ".join(p.expertise),
        ][column]

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() in self.EDITABLE:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r, c = index.row(), index.column()
        if role == Qt.ItemDataRole.EditRole:
            return self.text(r, c)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = self.text(r, c)
            if c == 4 and not text:
                return self.unlimited
            return text
        if role == Qt.ItemDataRole.ForegroundRole and c == 4 and self.rows[r].capacity is None:
            return QBrush(QColor("#555555"))
        if role == Qt.ItemDataRole.TextAlignmentRole and c == 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        r, c = index.row(), index.column()
        if c not in self.EDITABLE:
            return False
        text = str(value)
        if text == self.text(r, c):
            return False
        judge = self.rows[r]
        try:
            if c == 2:
                change: dict[str, Any] = {"province": text}
            elif c == 3:
                change = {"institution": text}
            elif c == 4:
                change = {"capacity": assignment.parse_capacity(text)}
            else:
                change = {"expertise": assignment.parse_categories(text)}
            self.rows[r] = self.save(judge.id, change)
        except Refused as exc:
            self.refused.emit(str(exc))
            return False
        self.dataChanged.emit(self.index(r, 0), self.index(r, self.columnCount() - 1))
        self.saved.emit(judge.name)
        return True


# ---- the page ------------------------------------------------------------------------------
class AutoAssignPage(Page):
    """Rules → preview (background) → accept or discard; the judges' profiles."""

    previewed = Signal()  # a preview (or a refusal) arrived
    accepted = Signal()  # the preview was written

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.current: assignment.Preview | None = None
        self.task: Any = None
        self.stage = QComboBox(self)
        self.stage.setAccessibleName(self.tr("Stage"))
        self.per_submission = QSpinBox(self)
        self.per_submission.setRange(1, assignment.MAX_PER_SUBMISSION)
        self.per_submission.setValue(3)
        self.per_submission.setAccessibleName(self.tr("Judges per submission"))
        self.max_load = QSpinBox(self)
        self.max_load.setRange(0, assignment.MAX_CAPACITY)
        self.max_load.setSpecialValueText(self.tr("no limit"))
        self.max_load.setAccessibleName(self.tr("Maximum load per judge"))
        self.seed = QSpinBox(self)
        self.seed.setRange(0, 999_999)
        self.seed.setAccessibleName(self.tr("Seed"))
        self.seed.setToolTip(
            self.tr("Among equally good answers the seed decides; the same seed, the same answer.")
        )
        self.province = QCheckBox(self.tr("Not their own pro&vince"), self)
        self.institution = QCheckBox(self.tr("Not their own i&nstitution"), self)
        self.expertise = QCheckBox(self.tr("Prefer their &categories"), self)
        self.expertise.setChecked(True)
        self.keep = QCheckBox(self.tr("&Keep current assignments where possible"), self)
        self.keep.setChecked(True)
        self.preview_button = button(
            self.tr("&Preview"), self, tip=self.tr("Solve the assignment; nothing is written yet")
        )
        self.cancel_button = button(self.tr("Cance&l"), self)
        self.cancel_button.setEnabled(False)
        self.accept_button = button(
            self.tr("&Accept assignment"),
            self,
            tip=self.tr("Write the previewed assignment (one record in the history)"),
        )
        self.discard_button = button(self.tr("&Discard"), self)
        self.accept_button.setEnabled(False)
        self.discard_button.setEnabled(False)

        self.texts = MatrixTexts(
            load=self.tr("Load"),
            capacity=self.tr("Capacity"),
            preferred=self.tr("Preferred"),
            started=self.tr("Started"),
            conflict=self.tr("conflict"),
            unlimited=self.tr("no limit"),
            tip_new=self.tr("newly assigned"),
            tip_kept=self.tr("assigned before, kept"),
            tip_started=self.tr("a started sheet: kept"),
            tip_removed=self.tr("assigned now, dropped by this assignment"),
            tip_conflict=self.tr("declared conflict: never assigned"),
            tip_preferred=self.tr("a preferred category"),
        )
        self.matrix = AutoMatrixModel(self.texts, self)
        self.matrix_view = QTableView(self)
        self.matrix_view.setModel(self.matrix)
        self.matrix_view.setObjectName("auto-assignment-preview")
        self.matrix_view.setAccessibleName(self.tr("Assignment preview"))
        self.matrix_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matrix_view.setTabKeyNavigation(False)
        # columns sized once per preview, never per cell: thousands of
        # submissions stay as fast as a few
        self.matrix_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.matrix_view.horizontalHeader().setDefaultSectionSize(92)
        self.matrix_view.verticalHeader().setDefaultSectionSize(24)
        self.summary = note("", self)
        self.summary.setObjectName("auto-assignment-summary")
        self.legend = QLabel(
            self.tr(
                "● started sheet (kept)   ✓ kept   + new   − dropped   grey: declared conflict"
            ),
            self,
        )
        self.profiles = ProfileModel(
            [
                self.tr("Name"),
                self.tr("Role"),
                self.tr("Province"),
                self.tr("Institution"),
                self.tr("Capacity"),
                self.tr("Preferred categories"),
            ],
            self._save_profile,
            self.tr("no limit"),
            self,
        )
        self.profile_view = QTableView(self)
        self.profile_view.setModel(self.profiles)
        self.profile_view.setObjectName("judge-profiles")
        self.profile_view.setAccessibleName(self.tr("Judges' profiles"))
        self.profile_view.setAlternatingRowColors(True)
        self.profile_view.setTabKeyNavigation(False)
        self.profile_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.profile_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.profile_hint = note("", self)
        self.progress = ProgressStrip(self)
        self.message = MessageBar(self)

        rules = QHBoxLayout()
        kit.add_labelled(
            rules,
            self,
            [
                (self.tr("&Stage:"), self.stage),
                (self.tr("&Judges per submission:"), self.per_submission),
                (self.tr("&Max load:"), self.max_load),
                (self.tr("S&eed:"), self.seed),
            ],
        )
        rules.addStretch(1)
        checks = kit.row_of([self.province, self.institution, self.expertise, self.keep])
        actions = kit.row_of(
            [self.preview_button, self.cancel_button], [self.discard_button, self.accept_button]
        )

        preview_page = QWidget(self)
        pl = QVBoxLayout(preview_page)
        pl.setContentsMargins(0, 4, 0, 0)
        pl.addWidget(self.summary)
        pl.addWidget(self.matrix_view, 1)
        pl.addWidget(self.legend)
        profile_page = QWidget(self)
        fl = QVBoxLayout(profile_page)
        fl.setContentsMargins(0, 4, 0, 0)
        fl.addWidget(self.profile_view, 1)
        fl.addWidget(self.profile_hint)
        self.inner = QTabWidget(self)
        self.inner.addTab(preview_page, self.tr("Preview"))
        self.inner.addTab(profile_page, self.tr("Judges' profiles"))

        lay = QVBoxLayout(self)
        lay.addLayout(rules)
        lay.addLayout(checks)
        lay.addLayout(actions)
        lay.addWidget(self.progress)
        lay.addWidget(self.message)
        lay.addWidget(self.inner, 1)

        self.preview_button.clicked.connect(self.run_preview)
        self.cancel_button.clicked.connect(self.cancel)
        self.accept_button.clicked.connect(self.accept)
        self.discard_button.clicked.connect(self.discard)
        self.profiles.refused.connect(lambda m: self.message.show_message(m, "error"))
        self.profiles.saved.connect(self._profile_saved)
        self.stage.currentIndexChanged.connect(lambda _i: self.discard(quiet=True))
        self._stages_loaded = False
        self._show_summary()

    # ---- state ---------------------------------------------------------------------------
    def stage_id(self) -> str | None:
        return str(self.stage.currentData() or "") or None

    def rules(self) -> assignment.Rules:
        return assignment.Rules(
            per_submission=self.per_submission.value(),
            max_load=self.max_load.value() or None,
            avoid_same_province=self.province.isChecked(),
            avoid_same_institution=self.institution.isChecked(),
            prefer_expertise=self.expertise.isChecked(),
            keep_current=self.keep.isChecked(),
            seed=self.seed.value(),
        )

    def refresh(self) -> None:
        ws, eid = self.ctx.ws, self.ctx.event_id
        if not self._stages_loaded:
            self.stage.blockSignals(True)
            for sid, name in assignment.stages(ws, eid):
                self.stage.addItem(name, sid)
            self.stage.blockSignals(False)
            self.stage.setEnabled(self.stage.count() > 1)
            self._stages_loaded = True
        self.profiles.reset(assignment.judge_profiles(ws, eid))
        cats = assignment.categories(ws, eid)
        self.profile_hint.setText(
            self.tr(
                "Double-click a cell (or start typing) to change it. Capacity: the most "
                "submissions per stage, empty for no limit. Preferred categories, separated "
                "by commas: %1."
            ).replace("%1", ", ".join(cats) or "–")
        )

    # ---- preview ------------------------------------------------------------------------
    def run_preview(self) -> None:
        eid, stage, rules = self.ctx.event_id, self.stage_id(), self.rules()
        self.message.clear_message()
        self.preview_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.accept_button.setEnabled(False)
        self.progress.begin(self.tr("Solving the assignment…"))

        def job(ws: Any, state: Any) -> assignment.Preview:
            def report(done: int, total: int, text: str) -> None:
                state.check()
                state.progress(done, total, text)

            return assignment.preview(ws, eid, stage, rules, progress=report)

        self.task = self.ctx.runner.start(
            job,
            key="auto-assign",
            on_done=self._previewed,
            on_refused=self._refused,
            on_progress=self.progress.update_progress,
            on_end=self._end,
        )

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.task = None
        self._end()
        self.accept_button.setEnabled(self.current is not None)
        self.message.show_message(self.tr("Preview cancelled; nothing was written."), "info")

    def _end(self) -> None:
        self.progress.end()
        self.preview_button.setEnabled(True)
        self.cancel_button.setEnabled(False)

    def _previewed(self, prev: assignment.Preview) -> None:
        self.task = None
        self.current = prev
        self.matrix.set_preview(prev)
        for c in range(self.matrix.LEAD):
            self.matrix_view.resizeColumnToContents(c)
        self.accept_button.setEnabled(True)
        self.discard_button.setEnabled(True)
        self.inner.setCurrentIndex(0)
        self._show_summary()
        notes = list(prev.proposal.notes)
        if notes:
            self.message.show_message("\n".join(notes), "info")
        self.previewed.emit()

    def _refused(self, exc: Refused) -> None:
        self.task = None
        self.current = None
        self.matrix.set_preview(None)
        self.accept_button.setEnabled(False)
        self.discard_button.setEnabled(False)
        self._show_summary()
        problems = getattr(exc, "problems", ())
        if problems:
            head = self.tr("No assignment satisfies every rule; nothing was assigned.")
            lines = [head, *("• " + p.message for p in problems if p.message)]
            self.message.show_message("\n".join(lines), "error")
        else:
            self.message.show_message(str(exc), "error")
        self.previewed.emit()

    def _show_summary(self) -> None:
        prev = self.current
        if prev is None:
            self.summary.setText(
                self.tr(
                    "Choose the number of judges per submission and the rules, then Preview. "
                    "Every submission gets exactly that many judges, loads stay within one of "
                    "each other (or within a judge's capacity), declared conflicts are never "
                    "assigned and started sheets keep their judges."
                )
            )
            return
        p = prev.proposal
        loads = [ld.load for ld in p.loads]
        parts = [
            self.tr("%1 submissions × %2 judges = %3 assignments")
            .replace("%1", str(len(prev.submissions)))
            .replace("%2", str(prev.rules.per_submission))
            .replace("%3", str(len(p.pairs))),
            self.tr("loads %1–%2").replace("%1", str(min(loads))).replace("%2", str(max(loads))),
            self.tr("started sheets kept: %1").replace("%1", str(p.started_kept)),
            self.tr("earlier assignments kept %1 of %2 (+%3 / −%4)")
            .replace("%1", str(p.current_kept))
            .replace("%2", str(p.current_total))
            .replace("%3", str(p.added))
            .replace("%4", str(p.removed)),
        ]
        if prev.rules.prefer_expertise and p.preferred_possible:
            parts.append(
                self.tr("%1 of %2 submissions have a judge preferring their category")
                .replace("%1", str(p.covered_by_expert))
                .replace("%2", str(p.preferred_possible))
            )
        self.summary.setText(" · ".join(parts))

    # ---- accept / discard --------------------------------------------------------------
    def accept(self) -> None:
        prev = self.current
        if prev is None:
            return
        actor = self.ctx.actor
        self.accept_button.setEnabled(False)
        self.preview_button.setEnabled(False)
        self.progress.begin(self.tr("Writing the assignment…"))
        self.ctx.runner.start(
            lambda ws, _s: assignment.accept(ws, prev, actor=actor),
            on_done=self._accepted,
            on_refused=self._accept_refused,
            on_end=self._end,
        )

    def _accepted(self, done: Any) -> None:
        self.current = None
        self.matrix.set_preview(None)
        self.discard_button.setEnabled(False)
        self._show_summary()
        self.message.show_message(
            self.tr("Assignment written: %1 assignments (+%2 / −%3), one record in the history.")
            .replace("%1", str(done.total))
            .replace("%2", str(done.added))
            .replace("%3", str(done.removed)),
            "ok",
        )
        self.accepted.emit()

    def _accept_refused(self, exc: Refused) -> None:
        self.accept_button.setEnabled(self.current is not None)
        self.message.show_message(str(exc), "error")

    def discard(self, *, quiet: bool = False) -> None:
        had = self.current is not None
        self.current = None
        self.matrix.set_preview(None)
        self.accept_button.setEnabled(False)
        self.discard_button.setEnabled(False)
        self._show_summary()
        if had and not quiet:
            self.message.show_message(self.tr("Preview discarded; nothing was written."), "info")

    # ---- profiles ------------------------------------------------------------------------
    def _save_profile(self, judge_id: str, change: dict) -> assignment.JudgeProfile:
        return assignment.set_judge_profile(
            self.ctx.ws, self.ctx.event_id, judge_id, actor=self.ctx.actor, **change
        )

    def _profile_saved(self, name: str) -> None:
        self.message.show_message(self.tr("Profile saved: %1").replace("%1", name), "ok")
        if self.current is not None:
            self.discard(quiet=True)  # the preview rests on the old profile
