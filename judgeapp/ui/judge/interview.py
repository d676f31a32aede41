"""The interview screen: documents on one side, the rubric on the other.

This widget is the only place that turns keystrokes into sheet-service calls:
each score, text and evidence link is committed through
``services.sheets`` (one transaction each) and the quiet "saved" mark is set
only after the call returned. The numbers shown come from the ``SheetState``
the service computed with the domain engine.

When a commit fails for a fault of the machine (``svc.SaveFailed``: a full
disk, another program's lock), nothing is said saved: the typed value stays in
its field marked "not saved", the header says so in red with the reason, and
every pending value is retried every few seconds (and with the next edit)
until it commits. Leaving the screen or closing the app with values still
pending asks first.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from judgeapp.domain.evidence import EvidenceLink
from judgeapp.domain.scoring import ScoreError
from judgeapp.errors import Refused
from judgeapp.i18n import local_time
from judgeapp.services import events as event_service
from judgeapp.services import sheets as svc
from judgeapp.ui.judge.dialogs import MissingDialog, ReasonDialog
from judgeapp.ui.judge.models import Index, RubricModel
from judgeapp.ui.judge.rubric_panel import IndicatorPanel, field_label
from judgeapp.ui.judge.session import JudgeSession
from judgeapp.ui.judge.timer import PhaseSpec, PhaseTimer
from judgeapp.ui.language import Retranslating
from judgeapp.ui.numbers import fmt
from judgeapp.ui.pdf_viewer import DocumentViewer
from judgeapp.ui.shortcuts import ShortcutGuard
from judgeapp.ui.tasks import TaskRunner

RETRY_MS = 4000  # how often values that could not be saved are tried again
READ, SCORE = "read", "score"  # the two layouts F6 switches between
# document · rubric tree · indicator panel: reading gives the document the room
# (the tree is hidden, the indicator and its score boxes stay beside the page),
# scoring gives it to the rubric; a judge's own drags are remembered per layout
DEFAULT_SIZES = {READ: (640, 0, 360), SCORE: (300, 280, 420)}
SIZES_SETTING = {READ: "ui.interview.read_sizes", SCORE: "ui.interview.score_sizes"}
LAYOUT_SETTING = "ui.interview.layout"
REMEMBER_MS = 500  # a drag of a splitter is stored once it has stopped
SAVED_STYLE = "color: #1b6e2a;"
UNSAVED_STYLE = "color: #b00020; font-weight: bold;"


def _now_local() -> str:
    """The time now, local, with its zone's name ("14:05:03 WIB")."""
    from datetime import datetime

    return local_time(datetime.now().astimezone(), date=False, seconds=True)


class WrappingDelegate(QStyledItemDelegate):
    """Rubric tree rows as tall as their wrapped name at the tree's width, so a
    long indicator name is read whole instead of ending in "…"."""

    def __init__(self, tree: QTreeView):
        super().__init__(tree)
        self.tree = tree

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        hint = super().sizeHint(option, index)
        if index.column() != 0:
            return hint
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        depth, parent = 1, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width = self.tree.columnWidth(0) - depth * self.tree.indentation() - 8
        if width <= 40:
            return hint
        box = opt.fontMetrics.boundingRect(
            QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), opt.text
        )
        return QSize(hint.width(), max(hint.height(), box.height() + 4))


class InterviewScreen(Retranslating, QWidget):
    """One judge's sheet for one submission."""

    back = Signal()
    changed = Signal()  # the sheet's progress changed (home list refreshes)

    def __init__(
        self,
        session: JudgeSession,
        submission_id: str,
        runner: TaskRunner,
        clock: Callable[[], float] = time.time,
        parent: QWidget | None = None,
        prefs=None,  # settings.Settings: the layout and its splitter widths
    ):
        super().__init__(parent)
        self.prefs = prefs
        self.session = session
        self.ws = session.ws
        self.submission_id = submission_id
        # raises SheetRefused when a conflict of interest was declared
        self.state = svc.open_sheet(
            self.ws, session.event.id, session.stage.id, session.judge_id, submission_id
        )
        self.sid = self.state.data.id
        self.form = self.state.form
        self.sub = event_service.get_submission(self.ws, submission_id)
        self.order = [ind.id for _a, ind in self.form.indicators()]
        self.numbers = {iid: n for n, iid in enumerate(self.order, start=1)}
        self.panel: IndicatorPanel | None = None
        self.current_ind = ""
        self.last_key = ""
        self.dialog: QWidget | None = None
        # typed but not committed because of a fault (full disk, locked workspace)
        self.pending_scores: dict[str, str] = {}
        self.pending_texts: dict[tuple[str, str], str] = {}
        self.fault_text = ""
        self.retry_timer = QTimer(self)
        self.retry_timer.setSingleShot(True)
        self.retry_timer.setInterval(RETRY_MS)
        self.retry_timer.timeout.connect(self.retry_pending)

        # ---- header ----
        self.title = QLabel(f"<b>{self.sub.region}</b>")
        self.back_btn = QPushButton()
        self.back_btn.clicked.connect(self.leave)
        phases = [PhaseSpec(p.id, p.label, int(p.minutes * 60)) for p in self.form.timer]
        self.timer = PhaseTimer(phases, self.state.data.timer, self._save_timer, clock)
        self.totals = QLabel()
        self.totals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.saved_label = QLabel()
        self.saved_label.setStyleSheet(SAVED_STYLE)
        self.saved_label.setMinimumWidth(110)
        self.finalise_btn = QPushButton()
        self.finalise_btn.clicked.connect(self.request_finalise)
        self.reopen_btn = QPushButton()
        self.reopen_btn.clicked.connect(self.request_reopen)
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        self.message.hide()
        self.banner = QLabel()
        self.banner.setStyleSheet("QLabel { background: #e3f1e5; padding: 4px; }")
        self.banner.hide()
        top = QHBoxLayout()
        top.addWidget(self.back_btn)
        top.addWidget(self.title, 1)
        self.layout_btn = QPushButton()
        self.layout_btn.clicked.connect(self.toggle_layout)
        top.addWidget(self.layout_btn)
        top.addWidget(self.timer)
        row2 = QHBoxLayout()
        row2.addWidget(self.totals, 1)
        row2.addWidget(self.saved_label)
        row2.addWidget(self.finalise_btn)
        row2.addWidget(self.reopen_btn)

        # ---- body ----
        self.viewer = DocumentViewer(
            runner, lambda doc_id: session.document_path(submission_id, doc_id)
        )
        self.model = RubricModel(self.form, self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        # full indicator names: wrapped in the tree (rows as tall as their name
        # needs at the tree's width), and whole on hover
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setItemDelegate(WrappingDelegate(self.tree))
        self.tree.expandAll()
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        header.sectionResized.connect(lambda *_a: self.tree.scheduleDelayedItemsLayout())
        self.tree.selectionModel().currentChanged.connect(self._tree_moved)
        self.panel_area = QScrollArea()
        self.panel_area.setWidgetResizable(True)
        self.panel_area.setFrameShape(QFrame.Shape.NoFrame)
        split = QSplitter()
        split.addWidget(self.viewer)
        split.addWidget(self.tree)
        split.addWidget(self.panel_area)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 2)
        split.setStretchFactor(2, 4)
        split.setChildrenCollapsible(False)
        self.splitter = split
        self.mode = SCORE
        saved = self._pref(LAYOUT_SETTING)
        self.mode = saved if saved in (READ, SCORE) else SCORE
        self._rubric_focus: QWidget | None = None  # where the judge was before reading
        self.remember_timer = QTimer(self)
        self.remember_timer.setSingleShot(True)
        self.remember_timer.setInterval(REMEMBER_MS)
        self.remember_timer.timeout.connect(self.remember_sizes)
        split.splitterMoved.connect(lambda _pos, _i: self.remember_timer.start())
        self._apply_layout()

        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addLayout(top)
        lay.addLayout(row2)
        lay.addWidget(self.banner)
        lay.addWidget(self.message)
        lay.addWidget(split, 1)

        self._shortcuts()
        self.viewer.set_documents(session.documents(submission_id))
        self.retranslate()
        self.apply_state(self.state)
        start = self.state.data.position
        try:
            _a, ind, _item = self.form.target(start)
            self.show_indicator(ind.id, focus_key=start)
        except KeyError:
            ind_ids = [i for i in self.order if i == start]
            self.show_indicator(ind_ids[0] if ind_ids else self.order[0])

    # ---- keyboard -------------------------------------------------------------------
    def _shortcuts(self) -> None:
        self.shortcuts: dict[str, QShortcut] = {}

        def sc(keys: str, fn: Callable[[], None]) -> None:
            s = QShortcut(QKeySequence(keys), self, fn)
            s.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.shortcuts[keys] = s

        for keys in ("Ctrl+PgDown", "Ctrl+Down"):
            sc(keys, lambda: self.step_indicator(1))
        for keys in ("Ctrl+PgUp", "Ctrl+Up"):
            sc(keys, lambda: self.step_indicator(-1))
        sc("F6", self.toggle_layout)
        sc("F7", self.focus_tree)
        sc("F5", self.timer.toggle)
        sc("Shift+F5", self.timer.next_phase)
        sc("Ctrl+E", self.link_evidence)
        sc("Ctrl+M", self.next_missing)
        sc("Ctrl+Shift+F", self.request_finalise)
        sc("Alt+Left", self.leave)
        # the score boxes and text fields must not swallow any of them (Ctrl+E
        # is "end of line" in a Linux line edit)
        self.guard = ShortcutGuard(self, [s.key() for s in self.shortcuts.values()])

    # ---- layout: reading the document / scoring the rubric ------------------------
    def toggle_layout(self) -> None:
        """F6: reading ⇄ scoring. Reading puts the cursor in the document (arrow
        keys, PgDown scroll it); scoring puts it back where the judge was. What is
        typed in a box is committed on leaving it, as with any move, and the
        fields themselves never change: switching loses nothing."""
        self.set_layout(SCORE if self.mode == READ else READ)

    def set_layout(self, mode: str, focus: bool = True) -> None:
        if mode not in (READ, SCORE):
            raise ValueError(mode)
        if self.remember_timer.isActive():  # a drag just before: keep it for its layout
            self.remember_timer.stop()
            self.remember_sizes()
        here = self.focusWidget()
        in_rubric = here is not None and self.isAncestorOf(here)
        in_rubric = in_rubric and not self.viewer.isAncestorOf(here)
        if mode == READ and in_rubric:
            self._rubric_focus = here
        self.mode = mode
        self._apply_layout()
        self._set_pref(LAYOUT_SETTING, mode)
        self._retranslate_layout()
        if not focus:
            return
        if mode == READ:
            self.viewer.view.setFocus()
        elif not in_rubric:
            back = self._rubric_focus
            if back is not None and shiboken6.isValid(back) and self.isAncestorOf(back):
                back.setFocus()
            else:
                self.focus_current()

    def _apply_layout(self) -> None:
        self.tree.setVisible(self.mode == SCORE)
        self.splitter.setSizes(list(self._sizes(self.mode)))

    def _sizes(self, mode: str) -> tuple[int, int, int]:
        """The widths the judge left for ``mode`` (the splitter scales them to the
        window), else the built-in proportions."""
        text = self._pref(SIZES_SETTING[mode]) or ""
        try:
            sizes = tuple(int(p) for p in text.split(","))
        except ValueError:
            sizes = ()
        if len(sizes) != 3 or min(sizes) < 0 or sizes[0] <= 0 or sizes[2] <= 0:
            return DEFAULT_SIZES[mode]
        if mode == SCORE and sizes[1] <= 0:
            return DEFAULT_SIZES[mode]
        return sizes  # type: ignore[return-value]

    def remember_sizes(self) -> None:
        """Store the widths of the layout shown (after a drag; on leaving)."""
        sizes = self.splitter.sizes()
        if len(sizes) != 3 or sizes[0] <= 0 or sizes[2] <= 0:
            return  # not laid out yet
        if self.mode == READ:
            sizes[1] = 0
        elif sizes[1] <= 0:
            return
        self._set_pref(SIZES_SETTING[self.mode], ",".join(str(n) for n in sizes))

    def _pref(self, name: str):
        return self.prefs.get(name) if self.prefs is not None else None

    def _set_pref(self, name: str, value: str) -> None:
        if self.prefs is None or self._pref(name) == value:
            return
        with contextlib.suppress(Refused):  # an unwritable settings folder costs only this
            self.prefs.set(name, value)

    def focus_tree(self) -> None:
        if self.mode == READ:
            self.set_layout(SCORE, focus=False)
        self.tree.setFocus()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._apply_layout()  # now the splitter knows its width: scale the sizes to it

    def _retranslate_layout(self) -> None:
        if self.mode == READ:
            self.layout_btn.setText(self.tr("Score the rubric (F6)"))
            self.layout_btn.setToolTip(
                self.tr("Reading layout: the document has the room. F6 gives it to the rubric.")
            )
        else:
            self.layout_btn.setText(self.tr("Read the document (F6)"))
            self.layout_btn.setToolTip(
                self.tr("Scoring layout: the rubric has the room. F6 gives it to the document.")
            )
        self.layout_btn.setAccessibleName(self.layout_btn.toolTip())

    def focus_current(self) -> None:
        if self.panel is None:
            return
        row = self.panel.rows.get(self.last_key) or next(iter(self.panel.rows.values()))
        row.edit.setFocus()

    # ---- navigation -----------------------------------------------------------------
    def show_indicator(
        self, ind_id: str, focus_key: str | None = None, at_end: bool = False
    ) -> None:
        if self.panel is not None:
            self.flush()
        aspect, ind = next((a, i) for a, i in self.form.indicators() if i.id == ind_id)
        panel = IndicatorPanel(self.form, aspect, ind, self.numbers[ind_id])
        for row in panel.rows.values():
            row.edit.submit.connect(self._submit)
            row.edit.focused.connect(self._focused)
        for edit in panel.texts.values():
            edit.commit.connect(self._commit_text)
            edit.typing.connect(lambda: self.saved_label.setText(self.tr("Typing…")))
        panel.evidence_btn.clicked.connect(self.link_evidence)
        panel.evidence_list.itemActivated.connect(self._evidence_jump)
        self.panel = panel
        self.current_ind = ind_id
        self.panel_area.setWidget(panel)
        self._fill_panel()
        idx = self.model.index_of(ind_id)
        if self.tree.currentIndex() != idx:
            self.tree.selectionModel().setCurrentIndex(
                idx, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        keys = list(panel.rows)
        key = focus_key if focus_key in panel.rows else (keys[-1] if at_end else keys[0])
        self.last_key = key
        if not self.state.final:
            with contextlib.suppress(svc.SaveFailed):  # the next move records it again
                svc.remember_position(self.ws, self.sid, key)
        panel.rows[key].edit.setFocus()
        self._update_totals()

    def step_indicator(self, step: int) -> None:
        pos = self.order.index(self.current_ind) + step
        if 0 <= pos < len(self.order):
            self.show_indicator(self.order[pos])

    def _tree_moved(self, current: QModelIndex, _previous: QModelIndex) -> None:
        node = self.model.node(current)
        if node is not None and node.kind == "indicator" and node.ident != self.current_ind:
            focus = self.tree.hasFocus()
            self.show_indicator(node.ident)
            if focus:
                self.tree.setFocus()

    def jump_to(self, key: str) -> None:
        """Show the indicator holding ``key`` (a score key or an indicator/aspect id)."""
        try:
            _a, ind, _item = self.form.target(key)
            self.show_indicator(ind.id, focus_key=key)
            return
        except KeyError:
            pass
        for aspect, ind in self.form.indicators():
            if key in (ind.id, aspect.id):
                self.show_indicator(ind.id)
                return

    def next_missing(self) -> None:
        missing = self.state.completeness.missing
        if missing:
            self.jump_to(missing[0].key)
            m = missing[0]
            if m.kind == "text" and self.panel is not None:
                edit = self.panel.texts.get((m.key, m.field))
                if edit is not None:
                    edit.setFocus()

    # ---- committing ------------------------------------------------------------------
    def _focused(self, key: str) -> None:
        self.last_key = key

    def _submit(self, key: str, direction: int) -> None:
        if self.panel is None or key not in self.panel.rows:
            return
        row = self.panel.rows[key]
        text = row.edit.text().strip()
        if text != row.edit.stored:
            if not self.commit_score(key, text):
                if direction:
                    row.edit.setFocus()
                    row.edit.selectAll()
                return
        else:
            row.clear_error()
        if direction:
            self._move(key, direction)

    def commit_score(self, key: str, text: str) -> bool:
        """Commit one typed score; False (and an in-place message) when the value
        is refused. A fault of the machine keeps the value pending (marked not
        saved, retried) and returns True: the judge may go on typing."""
        row = self.panel.rows.get(key) if self.panel else None
        try:
            state = svc.record_score(
                self.ws, self.sid, key, text, self.session.actor, before=self.state
            )
        except svc.SaveFailed as exc:
            self.pending_scores[key] = text
            if row is not None:
                self._mark_unsaved(row)
            self._not_saved(exc)
            return True
        except (ScoreError, svc.SheetRefused) as exc:
            self.pending_scores.pop(key, None)
            if row is not None:
                row.show_error(str(exc))
            return False
        self.pending_scores.pop(key, None)
        if row is not None:
            row.edit.setModified(False)  # committed: show the stored form of the value
        self.apply_state(state)
        self._saved()
        return True

    def _mark_unsaved(self, row) -> None:  # rubric_panel.ItemRow
        row.show_error(self.tr("Not saved yet — kept here and retried automatically."))

    def unsaved_count(self) -> int:
        return len(self.pending_scores) + len(self.pending_texts)

    def retry_pending(self) -> None:
        """Try again every value a fault kept from being saved (oldest first)."""
        for key, text in list(self.pending_scores.items()):
            try:
                state = svc.record_score(
                    self.ws, self.sid, key, text, self.session.actor, before=self.state
                )
            except svc.SaveFailed as exc:
                self._not_saved(exc)
                return
            except (ScoreError, svc.SheetRefused) as exc:  # e.g. finalised meanwhile
                del self.pending_scores[key]
                row = self.panel.rows.get(key) if self.panel else None
                if row is not None:
                    row.show_error(str(exc))
                continue
            del self.pending_scores[key]
            row = self.panel.rows.get(key) if self.panel else None
            if row is not None:
                row.edit.setModified(False)
            self.apply_state(state)
        for (target, field), text in list(self.pending_texts.items()):
            try:
                state = svc.record_text(self.ws, self.sid, target, field, text, self.session.actor)
            except svc.SaveFailed as exc:
                self._not_saved(exc)
                return
            except svc.SheetRefused as exc:
                del self.pending_texts[(target, field)]
                self._say(str(exc))
                continue
            del self.pending_texts[(target, field)]
            self.apply_state(state)
        self._saved()

    def discard_pending(self) -> None:
        """Give up what could not be saved: the fields show what is stored."""
        if self.panel is not None:
            for key in self.pending_scores:
                row = self.panel.rows.get(key)
                if row is not None:
                    row.edit.setText(row.edit.stored)
                    row.clear_error()
            for target_field in self.pending_texts:
                edit = self.panel.texts.get(target_field)
                if edit is not None:
                    edit.set_stored(edit.stored)
        self.pending_scores.clear()
        self.pending_texts.clear()
        self.retry_timer.stop()
        self.fault_text = ""

    def _not_saved(self, exc: Exception) -> None:
        """Say plainly that something typed is not saved, and retry soon."""
        self.fault_text = str(exc)
        n = self.unsaved_count()
        self.saved_label.setStyleSheet(UNSAVED_STYLE)
        self.saved_label.setText(
            self.tr("NOT saved (%1)").replace("%1", str(n)) if n else self.tr("NOT saved")
        )
        self._say(
            self.tr("What you just did is NOT saved: %1").replace("%1", self.fault_text)
            + "\n"
            + self.tr(
                "It stays on screen, marked, and JudgeApp tries again every few seconds."
                " Everything marked saved before is safe."
            )
        )
        self.retry_timer.start()

    def confirm_discard(self, then: Callable[[], object]) -> None:
        """Run ``then`` now, or — with values not yet saved — after the judge
        chose to leave them (the default is to stay and keep retrying)."""
        if not self.unsaved_count():
            then()
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Not saved"))
        box.setText(
            self.tr(
                "%1 value(s) you typed could not be saved yet: %2\n\nStay on this screen and"
                " JudgeApp keeps trying; leave and they are lost."
            )
            .replace("%1", str(self.unsaved_count()))
            .replace("%2", self.fault_text)
        )
        stay = box.addButton(self.tr("Stay and keep trying"), QMessageBox.ButtonRole.RejectRole)
        box.addButton(self.tr("Leave without saving them"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(stay)

        def done(_r: int) -> None:
            if box.clickedButton() is not None and box.clickedButton() is not stay:
                self.discard_pending()
                then()

        box.finished.connect(done)
        self.dialog = box
        box.open()

    def _move(self, key: str, direction: int) -> None:
        assert self.panel is not None
        keys = list(self.panel.rows)
        j = keys.index(key) + direction
        if 0 <= j < len(keys):
            reason = (
                Qt.FocusReason.TabFocusReason
                if direction > 0
                else Qt.FocusReason.BacktabFocusReason
            )
            self.panel.rows[keys[j]].edit.setFocus(reason)
            return
        if j < 0:
            pos = self.order.index(self.current_ind)
            if pos > 0:
                self.show_indicator(self.order[pos - 1], at_end=True)
            return
        for (target, field), edit in self.panel.texts.items():
            if field != "note" and not edit.toPlainText().strip() and self._required(target, field):
                edit.setFocus()
                return
        pos = self.order.index(self.current_ind)
        if pos + 1 < len(self.order):
            self.show_indicator(self.order[pos + 1])
        else:
            next(iter(self.panel.texts.values())).setFocus()

    def _required(self, target: str, field: str) -> bool:
        return any(m.key == target and m.field == field for m in self.state.completeness.missing)

    def _commit_text(self, target: str, field: str, text: str) -> None:
        try:
            state = svc.record_text(self.ws, self.sid, target, field, text, self.session.actor)
        except svc.SaveFailed as exc:
            self.pending_texts[(target, field)] = text
            self._not_saved(exc)
            return
        except svc.SheetRefused as exc:
            self._say(str(exc))
            return
        self.pending_texts.pop((target, field), None)
        self.apply_state(state)
        self._saved()

    def flush(self) -> None:
        """Commit whatever is typed but not yet committed (leaving, closing)."""
        if self.panel is None or self.state.final:
            return
        for edit in self.panel.texts.values():
            edit.flush()
        for key, row in self.panel.rows.items():
            if row.edit.text().strip() != row.edit.stored:
                self.commit_score(key, row.edit.text().strip())

    def link_evidence(self) -> None:
        doc_id = self.viewer.current_doc_id()
        if self.state.final:
            return
        if not doc_id:
            self._say(self.tr("Open a document first: the page shown is what gets linked."))
            return
        page = self.viewer.current_page()
        target = (
            self.last_key if self.panel and self.last_key in self.panel.rows else self.current_ind
        )
        self._change(
            lambda: svc.link_evidence(
                self.ws, self.sid, EvidenceLink(target, doc_id, page), self.session.actor
            )
        )

    def _evidence_jump(self, item) -> None:
        doc_id, page, _target = item.data(Qt.ItemDataRole.UserRole)
        self.viewer.open_document(doc_id, page)

    def _save_timer(self, state: dict) -> None:
        try:
            svc.save_timer(self.ws, self.sid, state, self.session.actor)
        except svc.SaveFailed as exc:  # the next tick or phase change saves it again
            self._not_saved(exc)
            return
        self._saved()

    # ---- finalise / re-open -----------------------------------------------------------
    def request_finalise(self) -> None:
        if self.state.final:
            return
        self.flush()
        self.state = svc.state(self.ws, self.sid)
        missing = self.state.completeness.missing
        if missing:
            entries = []
            for m in missing:
                where = self._where(m.key)
                if m.kind == "score":
                    entries.append((m.key, f"{where}  {m.label}"))
                else:
                    label = next(
                        (field_label(f) for f in self._fields(m.key) if f.id == m.field), m.label
                    )
                    entries.append((m.key, f"{where}  {label}"))
            dlg = MissingDialog(entries, self)
            dlg.jump.connect(self.jump_to)
            self.dialog = dlg
            dlg.open()
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Finalise and sign"))
        box.setText(
            self.tr("Finalise the sheet for %1? It becomes read-only.").replace(
                "%1", self.sub.region
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Finalise and sign"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        box.finished.connect(lambda _r: self._confirmed(box))
        self.dialog = box
        box.open()

    def _confirmed(self, box: QMessageBox) -> None:
        if box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes:
            self.finalise_now()

    def finalise_now(self) -> None:
        if self.state.final:
            return
        self._change(lambda: svc.finalise(self.ws, self.sid, self.session.actor))

    def request_reopen(self) -> None:
        dlg = ReasonDialog(
            self.tr("Re-open the sheet"),
            self.tr("Why must this final sheet change? The reason is kept in the history."),
            self,
        )
        dlg.accepted.connect(lambda: self.reopen_now(dlg.text()))
        self.dialog = dlg
        dlg.open()

    def reopen_now(self, reason: str) -> None:
        if self._change(lambda: svc.reopen(self.ws, self.sid, self.session.actor, reason)):
            self.focus_current()

    def _change(self, save: Callable[[], svc.SheetState]) -> bool:
        """Run one change of the sheet (``save`` returns its new state) and show the
        state; a failed save or a refused change is said instead (False)."""
        try:
            state = save()
        except svc.SaveFailed as exc:
            self._not_saved(exc)
            return False
        except svc.SheetRefused as exc:
            self._say(str(exc))
            return False
        self.apply_state(state)
        self._saved()
        return True

    def _where(self, key: str) -> str:
        try:
            _a, ind, item = self.form.target(key)
        except KeyError:
            for aspect, ind in self.form.indicators():
                if key == ind.id:
                    return f"{self.numbers[ind.id]}."
                if key == aspect.id:
                    return aspect.title
            return key
        n = self.numbers[ind.id]
        if item is None:
            return f"{n}."
        return f"{n}.{[it.id for it in ind.items].index(item.id) + 1}"

    def _fields(self, target: str):
        for aspect, ind in self.form.indicators():
            if target == aspect.id:
                return aspect.fields
            if target == ind.id:
                return ind.fields
            for it in ind.items:
                if it.id == target:
                    return it.fields
        return ()

    # ---- display -------------------------------------------------------------------------
    def apply_state(self, state: svc.SheetState) -> None:
        self.state = state
        self.model.update(state)
        if self.panel is not None:
            self._fill_panel()
        self._update_totals()
        final = state.final
        self.finalise_btn.setVisible(not final)
        self.reopen_btn.setVisible(final)
        self.timer.set_read_only(final)
        if final:
            when = local_time(state.data.finalised_at or "")  # "2024-06-12 14:05 WIB"
            self.banner.setText(
                self.tr("Final: signed %1. Read-only; re-open with a reason to change it.").replace(
                    "%1", when
                )
            )
        self.banner.setVisible(final)
        self.changed.emit()

    def _fill_panel(self) -> None:
        assert self.panel is not None
        st = self.state
        for key, row in self.panel.rows.items():
            value = st.data.scores.get(key)
            row.set_value(fmt(value) if value is not None else "")
            if key in self.pending_scores:  # typed, not saved: keep it, marked
                if row.edit.text().strip() != self.pending_scores[key]:
                    row.edit.setText(self.pending_scores[key])
                row.edit.setModified(True)
                self._mark_unsaved(row)
        for (target, field), edit in self.panel.texts.items():
            stored = st.data.texts.get((target, field), "")
            pending = self.pending_texts.get((target, field))
            if pending is not None:
                edit.stored = stored
                if edit.toPlainText() != pending and not edit.hasFocus():
                    edit.blockSignals(True)
                    edit.setPlainText(pending)
                    edit.blockSignals(False)
            elif not edit.dirty() or edit.toPlainText() == stored or not edit.hasFocus():
                edit.set_stored(stored)
            else:
                edit.stored = stored
        titles = {d.doc_id: d.title for d in self.viewer.docs}
        keys = set(self.panel.rows) | {self.current_ind}
        entries = []
        for ev in st.data.evidence:
            if ev["target"] in keys:
                title = titles.get(ev["doc_id"], ev["doc_id"])
                label = self.tr("%1, page %2").replace("%1", title).replace("%2", str(ev["page"]))
                entries.append(
                    (
                        f"{self._where(ev['target'])}  {label}",
                        ev["doc_id"],
                        ev["page"],
                        ev["target"],
                    )
                )
        self.panel.set_evidence(entries)
        self.panel.set_read_only(st.final)

    def _update_totals(self) -> None:
        r = self.state.result
        ind_v = r.indicators.get(self.current_ind)
        aspect_id = next((a.id for a, i in self.form.indicators() if i.id == self.current_ind), "")
        asp_v = r.aspects.get(aspect_id)
        valued = sum(1 for v in r.indicators.values() if v is not None)
        if r.total is not None and valued < len(r.indicators):
            # a partial sum would read like a low score: say what it covers
            template = self.tr(
                "Indicator %1 · Aspect %2 · Total so far %3 (%6 of %7 indicators) · Scored %4/%5"
            )
        else:
            template = self.tr("Indicator %1 · Aspect %2 · Total %3 · Scored %4/%5")
        text = (
            template.replace("%6", str(valued))
            .replace("%7", str(len(r.indicators)))
            .replace("%1", fmt(ind_v, 2) if ind_v is not None else "—")
            .replace("%2", fmt(asp_v, 2) if asp_v is not None else "—")
            .replace("%3", fmt(r.total) if r.total is not None else "—")
            .replace("%4", str(r.scored_keys))
            .replace("%5", str(r.total_keys))
        )
        self.totals.setText(text)
        self.totals.setAccessibleName(text)

    def total_text(self) -> str:
        r = self.state.result
        return fmt(r.total) if r.total is not None else ""

    def _saved(self) -> None:
        if self.unsaved_count():  # something else is still waiting: never say saved
            self._not_saved(Exception(self.fault_text))
            return
        self.retry_timer.stop()
        self.fault_text = ""
        self.saved_label.setStyleSheet(SAVED_STYLE)
        self.saved_label.setText(self.tr("Saved %1").replace("%1", _now_local()))
        self.message.hide()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def suspend(self) -> None:
        """The judge leaves the screen or closes the app: commit what is typed and
        pause a running timer (the pause is stamped and stored with the sheet).
        Only a crash leaves a phase running, and it then keeps counting."""
        if self.remember_timer.isActive():
            self.remember_timer.stop()
            self.remember_sizes()
        self.flush()
        if self.state.final:
            return
        if self.panel is not None and self.last_key in self.panel.rows:
            with contextlib.suppress(svc.SaveFailed):  # a full disk: only a convenience lost
                svc.remember_position(self.ws, self.sid, self.last_key)  # where the judge was
        if self.timer.running:
            self.timer.pause()

    def leave(self) -> None:
        self.suspend()
        self.confirm_discard(self.back.emit)

    def retranslate(self) -> None:
        self.back_btn.setText(self.tr("◀ Regions (Alt+Left)"))
        self.back_btn.setAccessibleName(self.tr("Back to the region list"))
        self._retranslate_layout()
        self.finalise_btn.setText(self.tr("Finalise and sign (Ctrl+Shift+F)"))
        self.reopen_btn.setText(self.tr("Re-open…"))
        self.tree.setAccessibleName(self.tr("Rubric: aspects and indicators (F7)"))
        self.saved_label.setAccessibleName(self.tr("Save status"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 1)
        if hasattr(self, "state"):
            self._update_totals()
            if self.state.final:
                self.apply_state(self.state)
        if self.panel is not None:
            self.panel.retranslate()
        if self.unsaved_count() or self.fault_text:
            self._not_saved(Exception(self.fault_text))
        elif self.saved_label.text():
            self.saved_label.setText(self.tr("Saved %1").replace("%1", _now_local()))
