"""First run: a workspace that holds no event yet offers the three ways in —
open a judge bundle, start a new event (secretariat), explore the demo — each
one click. The main window connects the three signals to what they do."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QFrame,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from judgeapp.ui.language import Retranslating

BOX_WIDTH = 600


class FirstRunScreen(Retranslating, QWidget):
    open_bundle = Signal()
    new_event = Signal()
    explore_demo = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = QLabel()
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.bundle_btn = QCommandLinkButton()
        self.event_btn = QCommandLinkButton()
        self.demo_btn = QCommandLinkButton()
        self.bundle_btn.clicked.connect(self.open_bundle)
        self.event_btn.clicked.connect(self.new_event)
        self.demo_btn.clicked.connect(self.explore_demo)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # indeterminate while the demo is built
        self.busy.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status.hide()
        self.other = QLabel()
        self.other.setWordWrap(True)
        self.other.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.other.setStyleSheet("color: #555;")
        box = QFrame()
        box.setFixedWidth(BOX_WIDTH)
        inner = QVBoxLayout(box)
        inner.setSpacing(10)
        inner.addWidget(self.title)
        inner.addWidget(self.intro)
        inner.addSpacing(8)
        for b in (self.bundle_btn, self.event_btn, self.demo_btn):
            inner.addWidget(b)
        inner.addWidget(self.busy)
        inner.addWidget(self.status)
        inner.addSpacing(8)
        inner.addWidget(self.other)
        lay = QVBoxLayout(self)
        lay.addStretch(1)
        lay.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        lay.addStretch(2)
        self.retranslate()

    def set_busy(self, text: str) -> None:
        """Show that a choice is being carried out ('' when done)."""
        for b in (self.bundle_btn, self.event_btn, self.demo_btn):
            b.setEnabled(not text)
        self.busy.setVisible(bool(text))
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def retranslate(self) -> None:
        self.title.setText("<h2>" + self.tr("Welcome to JudgeApp") + "</h2>")
        self.intro.setText(self.tr("This workspace holds no event yet. How do you want to begin?"))
        self.bundle_btn.setText(self.tr("Open a judge bundle"))
        self.bundle_btn.setDescription(
            self.tr(
                "You are a judge: open the bundle file the secretariat gave you (.zip) and "
                "score your regions on this laptop."
            )
        )
        self.event_btn.setText(self.tr("Start a new event (secretariat)"))
        self.event_btn.setDescription(
            self.tr(
                "Set up the competition: name, stages and forms, venue and dates, then "
                "judges and the regions' packages."
            )
        )
        self.demo_btn.setText(self.tr("Explore the demo"))
        self.demo_btn.setDescription(
            self.tr(
                "Sample events of PPD, Sinovik and Smart City with judges and scores, in a "
                "workspace of its own — to try everything without touching real data."
            )
        )
        for b in (self.bundle_btn, self.event_btn, self.demo_btn):
            # the layout does not ask a command-link button for its height at a
            # width, so a wrapped description would be cut off
            b.setMinimumHeight(b.heightForWidth(BOX_WIDTH - 24))
        self.other.setText(
            self.tr("Or open another workspace folder: File ▸ Open workspace… (Ctrl+O).")
        )
