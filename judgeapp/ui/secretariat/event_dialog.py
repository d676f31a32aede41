"""The event set-up dialog: create or edit an event — name, competition,
edition, dates, venue, stages with their forms and weights, categories, and
the chair and members who sign the berita acara.

The dialog only gathers text: ``services.events.save_event`` parses and checks
every field (the command line's ``event create`` calls the same service) and
the refusal is shown in the dialog, at the field it names, with nothing
written. ``saved(event_id)`` is emitted once the event is committed, then the
dialog closes.

Every field and button has an object name (``event-name``, ``stage-form-1``,
``member-name-2``, ``event-save`` …) so that a test finds and fills it as a
person does; the names are listed in ``docs/ui.md``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from judgeapp.errors import Refused
from judgeapp.services import events as event_service
from judgeapp.store.db import Workspace
from judgeapp.ui.secretariat.widgets import MessageBar

MAX_STAGE_ROWS = event_service.MAX_STAGES
MAX_MEMBER_ROWS = event_service.MAX_MEMBERS


class _StageRow:
    """One stage: form, weight, date, and a button that removes it."""

    def __init__(self, dialog: EventDialog, n: int) -> None:
        self.form = QComboBox(dialog)
        self.weight = QLineEdit(dialog)
        self.date = QLineEdit(dialog)
        self.remove = QPushButton(dialog)
        self.name_text = ""  # the stage's own name (kept while its form stays)
        self.form_at_load: str | None = None
        self.weight.setMaxLength(12)
        self.weight.setMaximumWidth(80)
        self.date.setMaxLength(event_service.MAX_DATE)
        self.date.setMinimumWidth(110)
        self.date.setMaximumWidth(130)
        self.form.setMinimumContentsLength(30)
        self.form.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.number(n)
        self.remove.clicked.connect(lambda _c=False: dialog.remove_stage(self))

    def number(self, n: int) -> None:
        self.form.setObjectName(f"stage-form-{n}")
        self.weight.setObjectName(f"stage-weight-{n}")
        self.date.setObjectName(f"stage-date-{n}")
        self.remove.setObjectName(f"stage-remove-{n}")

    def widgets(self) -> list[QWidget]:
        return [self.form, self.weight, self.date, self.remove]


class _MemberRow:
    def __init__(self, dialog: EventDialog, n: int) -> None:
        self.name = QLineEdit(dialog)
        self.position = QLineEdit(dialog)
        for e in (self.name, self.position):
            e.setMaxLength(event_service.MAX_PERSON)
        self.number(n)

    def number(self, n: int) -> None:
        self.name.setObjectName(f"member-name-{n}")
        self.position.setObjectName(f"member-position-{n}")


class EventDialog(QDialog):
    """Create (``event_id`` None) or edit an event; see the module docstring."""

    saved = Signal(str)  # the event's id, once committed

    def __init__(
        self,
        ws: Workspace,
        event_id: str | None = None,
        parent: QWidget | None = None,
        *,
        actor: str = "secretariat",
    ) -> None:
        super().__init__(parent)
        self.ws = ws
        self.event_id = event_id
        self.actor = actor
        self.setObjectName("event-dialog")
        self.setModal(True)
        self._choices = event_service.form_choices()
        self._locked: dict[str, int] = (
            event_service.stages_with_sheets(ws, event_id) if event_id else {}
        )
        self._build()
        self.retranslate()
        if event_id is not None:
            self._load(event_service.draft_of(ws, event_id))
        else:
            self._new()
        screen = self.screen().availableGeometry() if self.screen() else None
        height = min(600, screen.height() - 60) if screen else 600
        self.resize(1120, height)  # fits 1366×768 with the window's frame

    # ---- construction --------------------------------------------------------
    def _build(self) -> None:
        def line(name: str, limit: int) -> QLineEdit:
            e = QLineEdit(self)
            e.setObjectName(name)
            e.setMaxLength(limit)
            return e

        s = event_service
        self.name = line("event-name", s.MAX_NAME)
        self.competition = QComboBox(self)
        self.competition.setObjectName("event-competition")
        for comp in s.competitions():
            self.competition.addItem(_COMPETITIONS.get(comp, comp), comp)
        self.edition = line("event-edition", s.MAX_EDITION)
        self.starts_on = line("event-starts-on", s.MAX_DATE)
        self.ends_on = line("event-ends-on", s.MAX_DATE)
        self.place = line("event-place", s.MAX_NAME)
        self.categories = line("event-categories", s.MAX_CATEGORY * 8)
        self.chair_name = line("chair-name", s.MAX_PERSON)
        self.chair_position = line("chair-position", s.MAX_PERSON)

        self.event_box = QGroupBox(self)
        form = QFormLayout(self.event_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._labels: dict[str, QLabel] = {}
        for key, widget in (
            ("name", self.name),
            ("competition", self.competition),
            ("edition", self.edition),
            ("starts_on", self.starts_on),
            ("ends_on", self.ends_on),
            ("place", self.place),
            ("categories", self.categories),
        ):
            label = QLabel(self)
            label.setBuddy(widget)
            self._labels[key] = label
            form.addRow(label, widget)

        self.stage_box = QGroupBox(self)
        self.stage_grid = QGridLayout()
        self.stage_head = [QLabel(self) for _ in range(3)]
        for col, h in enumerate(self.stage_head):
            h.setStyleSheet("font-weight: bold;")
            self.stage_grid.addWidget(h, 0, col)
        self.stage_rows: list[_StageRow] = []
        self.add_stage_btn = QPushButton(self)
        self.add_stage_btn.setObjectName("stage-add")
        self.add_stage_btn.clicked.connect(lambda _c=False: self.add_stage())
        self.weight_sum = QLabel(self)
        self.weight_sum.setObjectName("stage-weight-sum")
        self.stage_note = QLabel(self)
        self.stage_note.setWordWrap(True)
        self.stage_note.setStyleSheet("color: #555;")
        stage_lay = QVBoxLayout(self.stage_box)
        stage_lay.addLayout(self.stage_grid)
        row = QHBoxLayout()
        row.addWidget(self.add_stage_btn)
        row.addStretch(1)
        row.addWidget(self.weight_sum)
        stage_lay.addLayout(row)
        stage_lay.addWidget(self.stage_note)

        self.sign_box = QGroupBox(self)
        sign = QGridLayout(self.sign_box)
        self.sign_head = [QLabel(self) for _ in range(2)]
        for col, h in enumerate(self.sign_head):
            h.setStyleSheet("font-weight: bold;")
            sign.addWidget(h, 0, col + 1)
        self.chair_label = QLabel(self)
        self.chair_label.setBuddy(self.chair_name)
        sign.addWidget(self.chair_label, 1, 0)
        sign.addWidget(self.chair_name, 1, 1)
        sign.addWidget(self.chair_position, 1, 2)
        self.member_label = QLabel(self)
        sign.addWidget(self.member_label, 2, 0, Qt.AlignmentFlag.AlignTop)
        self.member_grid = QGridLayout()
        sign.addLayout(self.member_grid, 2, 1, 1, 2)
        self.member_rows: list[_MemberRow] = []
        self.add_member_btn = QPushButton(self)
        self.add_member_btn.setObjectName("member-add")
        self.add_member_btn.clicked.connect(lambda _c=False: self.add_member())
        sign.addWidget(self.add_member_btn, 3, 1, Qt.AlignmentFlag.AlignLeft)
        sign.setColumnStretch(1, 3)
        sign.setColumnStretch(2, 2)

        self.message = MessageBar(self)
        self.message.setObjectName("event-message")
        self.buttons = QDialogButtonBox(self)
        self.save_btn = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_btn = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.save_btn.setObjectName("event-save")
        self.cancel_btn.setObjectName("event-cancel")
        self.save_btn.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        right = QWidget(self)
        right_lay = QVBoxLayout(right)
        right_lay.setContentsMargins(0, 0, 0, 0)
        right_lay.addWidget(self.stage_box)
        right_lay.addWidget(self.sign_box)
        right_lay.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(right)
        body = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.event_box)
        left.addStretch(1)
        body.addLayout(left, 2)
        body.addWidget(scroll, 3)
        lay = QVBoxLayout(self)
        lay.addLayout(body, 1)
        lay.addWidget(self.message)
        lay.addWidget(self.buttons)
        self.competition.currentIndexChanged.connect(self._competition_changed)

    # ---- rows ----------------------------------------------------------------
    def _forms_of(self, competition: str) -> list[event_service.FormChoice]:
        return [c for c in self._choices if c.competition == competition]

    def _fill_forms(self, row: _StageRow, keep: str | None = None) -> None:
        comp = self.competition.currentData()
        row.form.blockSignals(True)
        row.form.clear()
        for c in self._forms_of(comp):
            row.form.addItem(c.title, c.id)
            row.form.setItemData(row.form.count() - 1, c.title, Qt.ItemDataRole.ToolTipRole)
        if keep is not None:
            i = row.form.findData(keep)
            if i < 0:  # a form of this event no longer shipped: keep it, by id
                row.form.addItem(keep, keep)
                i = row.form.count() - 1
            row.form.setCurrentIndex(i)
        row.form.blockSignals(False)

    def add_stage(self, stage: event_service.StageDraft | None = None) -> _StageRow | None:
        if len(self.stage_rows) >= MAX_STAGE_ROWS:
            return None
        row = _StageRow(self, len(self.stage_rows) + 1)
        self.stage_rows.append(row)
        self._fill_forms(row, stage.form if stage else None)
        if stage is None:
            used = {r.form.currentData() for r in self.stage_rows[:-1]}
            free = [i for i in range(row.form.count()) if row.form.itemData(i) not in used]
            if free:
                row.form.setCurrentIndex(free[0])
        else:
            row.weight.setText(stage.weight)
            row.date.setText(stage.date)
            row.name_text = stage.name
            row.form_at_load = stage.form
        row.weight.textChanged.connect(self._update_sum)
        row.form.currentIndexChanged.connect(self._update_sum)
        row.form.currentTextChanged.connect(row.form.setToolTip)  # the full title on hover
        row.form.setToolTip(row.form.currentText())
        self._place_stage_rows()
        self._retranslate_rows()
        return row

    def remove_stage(self, row: _StageRow) -> None:
        if len(self.stage_rows) <= 1 or row not in self.stage_rows:
            return
        self.stage_rows.remove(row)
        for w in row.widgets():
            self.stage_grid.removeWidget(w)
            w.deleteLater()
        self._place_stage_rows()

    def _place_stage_rows(self) -> None:
        for n, row in enumerate(self.stage_rows, start=1):
            row.number(n)
            for col, w in enumerate(row.widgets()):
                self.stage_grid.addWidget(w, n, col)
            sheets = self._locked.get(self._stage_id(row), 0)
            row.form.setEnabled(not sheets)
            row.remove.setEnabled(not sheets and len(self.stage_rows) > 1)
        self.stage_grid.setColumnStretch(0, 1)
        self.add_stage_btn.setEnabled(len(self.stage_rows) < MAX_STAGE_ROWS)
        self._update_sum()

    def _stage_id(self, row: _StageRow) -> str:
        fid = row.form.currentData()
        for c in self._choices:
            if c.id == fid:
                return c.stage
        return ""

    def add_member(self, person: event_service.PersonDraft | None = None) -> _MemberRow | None:
        if len(self.member_rows) >= MAX_MEMBER_ROWS:
            return None
        row = _MemberRow(self, len(self.member_rows) + 1)
        n = len(self.member_rows)
        self.member_rows.append(row)
        self.member_grid.addWidget(row.name, n, 0)
        self.member_grid.addWidget(row.position, n, 1)
        self.member_grid.setColumnStretch(0, 3)
        self.member_grid.setColumnStretch(1, 2)
        if person is not None:
            row.name.setText(person.name)
            row.position.setText(person.position)
        self._retranslate_rows()
        self.add_member_btn.setEnabled(len(self.member_rows) < MAX_MEMBER_ROWS)
        return row

    # ---- loading -------------------------------------------------------------
    def _new(self) -> None:
        i = self.competition.findData("ppd")
        self.competition.setCurrentIndex(max(i, 0))
        self._competition_changed()
        for _ in range(2):
            self.add_member()

    def _load(self, draft: event_service.EventDraft) -> None:
        first = next((c for c in self._choices if c.id == draft.stages[0].form), None)
        if first is not None:
            self.competition.blockSignals(True)
            self.competition.setCurrentIndex(max(self.competition.findData(first.competition), 0))
            self.competition.blockSignals(False)
        self.name.setText(draft.name)
        self.edition.setText(draft.edition)
        self.starts_on.setText(draft.starts_on)
        self.ends_on.setText(draft.ends_on)
        self.place.setText(draft.place)
        self.categories.setText(", ".join(draft.categories))
        for st in draft.stages:
            self.add_stage(st)
        if draft.chair is not None:
            self.chair_name.setText(draft.chair.name)
            self.chair_position.setText(draft.chair.position)
        for m in draft.members:
            self.add_member(m)
        self.add_member()  # an empty row to add one more
        has_subs = event_service.event_usage(self.ws, self.event_id or "")["submissions"]
        self.competition.setEnabled(not has_subs)

    def _competition_changed(self, _index: int = 0) -> None:
        comp = self.competition.currentData()
        for row in list(self.stage_rows):
            for w in row.widgets():
                self.stage_grid.removeWidget(w)
                w.deleteLater()
        self.stage_rows = []
        forms = self._forms_of(comp)
        picks = [c for c in forms if c.id.endswith("tahap2") or c.id.endswith("presentasi")]
        for c in picks or forms[:1]:
            self.add_stage(event_service.StageDraft(form=c.id))
        self.categories.setText(", ".join(event_service.default_categories(comp)))

    def _update_sum(self, *_args: object) -> None:
        from decimal import Decimal

        total = Decimal(0)
        typed = 0
        for row in self.stage_rows:
            try:
                w = event_service.parse_weight(row.weight.text(), "stages")
            except Refused:
                w = None
            if w is not None:
                total += w
                typed += 1
        if typed == 0:
            text = self.tr("Weights: from the forms")
        else:
            text = self.tr("Weights sum to %1%").replace("%1", f"{total.normalize():f}")
        self.weight_sum.setText(text)
        ok = typed == 0 or total == 100
        self.weight_sum.setStyleSheet("" if ok else "color: #a61e1e; font-weight: bold;")

    # ---- saving --------------------------------------------------------------
    def draft(self) -> event_service.EventDraft:
        return event_service.EventDraft(
            name=self.name.text(),
            stages=tuple(
                event_service.StageDraft(
                    form=str(r.form.currentData() or ""),
                    weight=r.weight.text(),
                    date=r.date.text(),
                    name=r.name_text if r.form_at_load == r.form.currentData() else "",
                )
                for r in self.stage_rows
            ),
            edition=self.edition.text(),
            place=self.place.text(),
            starts_on=self.starts_on.text(),
            ends_on=self.ends_on.text(),
            categories=tuple(c for c in self.categories.text().split(",") if c.strip()),
            chair=event_service.PersonDraft(self.chair_name.text(), self.chair_position.text()),
            members=tuple(
                event_service.PersonDraft(r.name.text(), r.position.text())
                for r in self.member_rows
            ),
        )

    def save(self) -> None:
        try:
            eid = event_service.save_event(
                self.ws, self.draft(), event_id=self.event_id, actor=self.actor
            )
        except Refused as exc:
            self.message.show_message(str(exc), "error")
            self._focus(getattr(exc, "field", ""))
            return
        self.message.clear_message()
        self.saved.emit(eid)
        self.accept()

    def _focus(self, field: str) -> None:
        head, _, num = field.partition(".")
        n = int(num) - 1 if num.isdigit() else 0
        widget: QWidget | None = {
            "name": self.name,
            "edition": self.edition,
            "place": self.place,
            "starts_on": self.starts_on,
            "ends_on": self.ends_on,
            "categories": self.categories,
            "chair": self.chair_name,
        }.get(head)
        if head == "stages" and self.stage_rows:
            widget = self.stage_rows[min(n, len(self.stage_rows) - 1)].weight
        if head == "members" and self.member_rows:
            widget = self.member_rows[min(n, len(self.member_rows) - 1)].name
        if widget is not None:
            widget.setFocus()

    # ---- language ------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "save_btn"):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        new = self.event_id is None
        self.setWindowTitle(self.tr("New event") if new else self.tr("Edit event"))
        self.event_box.setTitle(self.tr("Event"))
        labels = {
            "name": self.tr("&Name:"),
            "competition": self.tr("&Competition:"),
            "edition": self.tr("&Edition:"),
            "starts_on": self.tr("&First day:"),
            "ends_on": self.tr("&Last day:"),
            "place": self.tr("&Venue:"),
            "categories": self.tr("Ca&tegories:"),
        }
        for key, text in labels.items():
            self._labels[key].setText(text)
        hints = (
            (self.name, self.tr("e.g. PPD 2024 Provinsi")),
            (self.edition, self.tr("e.g. 2024 (the edition the packages carry)")),
            (self.starts_on, self.tr("e.g. 2024-06-12 or 12-06-2024")),
            (self.ends_on, self.tr("empty: the first day")),
            (self.place, self.tr("e.g. Hotel Bidakara, Jakarta")),
            (self.categories, self.tr("comma-separated; empty: any category")),
        )
        for line, hint in hints:
            line.setPlaceholderText(hint)
        self.categories.setToolTip(
            self.tr(
                "The categories ranked separately (provinsi, kabupaten, kota or the "
                "competition's own). A package of another category is refused."
            )
        )
        self.stage_box.setTitle(self.tr("Stages (one form each, in order)"))
        for h, text in zip(
            self.stage_head, (self.tr("Form"), self.tr("Weight %"), self.tr("Date")), strict=True
        ):
            h.setText(text)
        self.add_stage_btn.setText(self.tr("&Add stage"))
        self.stage_note.setText(
            self.tr(
                "Empty weights take the forms' own (PPD: 30/25/45). A stage that already "
                "has score sheets keeps its form."
            )
        )
        self.sign_box.setTitle(self.tr("Signing the berita acara"))
        self.sign_head[0].setText(self.tr("Name"))
        self.sign_head[1].setText(self.tr("Position (optional)"))
        self.chair_label.setText(self.tr("C&hair:"))
        self.member_label.setText(self.tr("Members:"))
        self.add_member_btn.setText(self.tr("Add &member"))
        self.save_btn.setText(self.tr("&Save event"))
        self.cancel_btn.setText(self.tr("Cancel"))
        self._retranslate_rows()
        self._update_sum()

    def _retranslate_rows(self) -> None:
        for n, row in enumerate(self.stage_rows, start=1):
            row.remove.setText(self.tr("Remove"))
            row.form.setAccessibleName(self.tr("Form of stage %1").replace("%1", str(n)))
            row.weight.setAccessibleName(self.tr("Weight of stage %1").replace("%1", str(n)))
            row.weight.setPlaceholderText(self.tr("from form"))
            row.date.setAccessibleName(self.tr("Date of stage %1").replace("%1", str(n)))
            row.date.setPlaceholderText(self.tr("optional"))
        self.chair_name.setAccessibleName(self.tr("Chair's name"))
        self.chair_position.setAccessibleName(self.tr("Chair's position"))
        for n, member in enumerate(self.member_rows, start=1):
            member.name.setAccessibleName(self.tr("Member %1's name").replace("%1", str(n)))
            member.position.setAccessibleName(self.tr("Member %1's position").replace("%1", str(n)))


_COMPETITIONS = {
    "ppd": "PPD — Penghargaan Pembangunan Daerah",
    "sinovik": "Sinovik — Kompetisi Inovasi Pelayanan Publik",
    "smartcity": "Smart City — evaluasi tahap II",
}
