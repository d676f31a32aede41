"""Phase timer from the form (e.g. Presentasi 7:00, Tanya jawab 13:00).

Counts down per phase; the last minute turns amber, overrun shows red with a
"+m:ss". Every start, pause and phase change is handed to ``save(state)`` —
the caller stores it with the sheet (``services.sheets.save_timer``). The
state survives a restart: a phase that was running keeps counting from its
recorded start. The clock is passed in so tests can drive time.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from judgeapp.ui.language import Retranslating

WARN_SECONDS = 60


@dataclass(frozen=True)
class PhaseSpec:
    id: str
    label: str
    seconds: int


def fmt_clock(seconds: float) -> str:
    """'m:ss' for a remaining time; '+m:ss' once it is overrun."""
    s = int(round(seconds))
    sign = "+" if s < 0 else ""
    s = abs(s)
    return f"{sign}{s // 60}:{s % 60:02d}"


class PhaseTimer(Retranslating, QWidget):
    """Start/pause, countdown, warning, overrun; state saved through ``save``."""

    changed = Signal(dict)

    def __init__(
        self,
        phases: list[PhaseSpec],
        state: dict | None = None,
        save: Callable[[dict], None] | None = None,
        clock: Callable[[], float] = time.time,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.phases = phases
        self.save = save or (lambda _s: None)
        self.clock = clock
        self.state = self._clean(state or {})
        self.phase_label = QLabel()
        self.time_label = QLabel()
        self.time_label.setMinimumWidth(64)
        self.time_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        f = self.time_label.font()
        f.setPointSizeF(f.pointSizeF() * 1.5)
        f.setBold(True)
        self.time_label.setFont(f)
        self.start_btn = QPushButton()
        self.next_btn = QPushButton()
        for b in (self.start_btn, self.next_btn):
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.phase_label)
        lay.addWidget(self.time_label)
        lay.addWidget(self.start_btn)
        lay.addWidget(self.next_btn)
        self.start_btn.clicked.connect(self.toggle)
        self.next_btn.clicked.connect(self.next_phase)
        self.ticker = QTimer(self)
        self.ticker.setInterval(250)
        self.ticker.timeout.connect(self.refresh)
        if self.running:
            self.ticker.start()
        self.retranslate()
        self.refresh()

    # ---- state --------------------------------------------------------------------
    def _clean(self, state: dict) -> dict:
        ids = [p.id for p in self.phases]
        held = state.get("phases")
        phases: dict = held if isinstance(held, dict) else {}
        current = state.get("current") if state.get("current") in ids else (ids[0] if ids else "")
        return {
            "current": current,
            "phases": {
                pid: {
                    "elapsed": float(phases.get(pid, {}).get("elapsed", 0.0)),
                    "running_since": phases.get(pid, {}).get("running_since"),
                }
                for pid in ids
            },
            "stamps": list(state.get("stamps", [])),
        }

    @property
    def current(self) -> PhaseSpec | None:
        for p in self.phases:
            if p.id == self.state["current"]:
                return p
        return None

    @property
    def running(self) -> bool:
        cur = self.current
        return bool(cur and self.state["phases"][cur.id]["running_since"] is not None)

    def elapsed(self, phase_id: str | None = None) -> float:
        pid = phase_id or self.state["current"]
        ph = self.state["phases"].get(pid)
        if not ph:
            return 0.0
        extra = 0.0
        if ph["running_since"] is not None:
            extra = max(0.0, self.clock() - float(ph["running_since"]))
        return ph["elapsed"] + extra

    def remaining(self) -> float:
        cur = self.current
        return (cur.seconds - self.elapsed()) if cur else 0.0

    def _stamp(self, what: str) -> None:
        self.state["stamps"].append(
            {
                "phase": self.state["current"],
                "event": what,
                "at": time.strftime("%Y-%m-%dT%H:%M:%S", time.localtime(self.clock())),
                "elapsed": round(self.elapsed(), 1),
            }
        )

    def _persist(self) -> None:
        self.save(self.state)
        self.changed.emit(self.state)

    # ---- actions ------------------------------------------------------------------
    def toggle(self) -> None:
        if self.running:
            self.pause()
        else:
            self.start()

    def start(self) -> None:
        cur = self.current
        if cur is None or self.running:
            return
        self.state["phases"][cur.id]["running_since"] = self.clock()
        self._stamp("start")
        self.ticker.start()
        self._persist()
        self.refresh()

    def pause(self) -> None:
        cur = self.current
        if cur is None or not self.running:
            return
        ph = self.state["phases"][cur.id]
        ph["elapsed"] = self.elapsed()
        ph["running_since"] = None
        self._stamp("pause")
        self.ticker.stop()
        self._persist()
        self.refresh()

    def next_phase(self) -> None:
        ids = [p.id for p in self.phases]
        if not ids:
            return
        was_running = self.running
        if was_running:
            self.pause()
        pos = ids.index(self.state["current"])
        if pos + 1 >= len(ids):
            return
        self.state["current"] = ids[pos + 1]
        self._stamp("phase")
        self._persist()
        if was_running:
            self.start()
        self.refresh()

    # ---- display ------------------------------------------------------------------
    def level(self) -> str:
        """'normal', 'warning' (last minute) or 'overrun'."""
        rem = self.remaining()
        if rem < 0:
            return "overrun"
        if rem <= WARN_SECONDS and (self.running or self.elapsed() > 0):
            return "warning"
        return "normal"

    def refresh(self) -> None:
        cur = self.current
        if cur is None:
            self.phase_label.setText(self.tr("No timer in this form"))
            for w in (self.time_label, self.start_btn, self.next_btn):
                w.hide()
            return
        self.phase_label.setText(cur.label)
        self.time_label.setText(fmt_clock(self.remaining()))
        style = {
            "normal": "",
            "warning": "QLabel { background: #ffd54f; color: #3a2a00; border-radius: 3px; }",
            "overrun": "QLabel { background: #c62828; color: white; border-radius: 3px; }",
        }[self.level()]
        self.time_label.setStyleSheet(style)
        self.time_label.setAccessibleName(
            self.tr("Time left in %1: %2")
            .replace("%1", cur.label)
            .replace("%2", self.time_label.text())
        )
        self.start_btn.setText(self.tr("Pause (F5)") if self.running else self.tr("Start (F5)"))
        ids = [p.id for p in self.phases]
        self.next_btn.setEnabled(ids.index(cur.id) + 1 < len(ids))

    def set_read_only(self, read_only: bool) -> None:
        if read_only and self.running:
            self.pause()
        self.start_btn.setEnabled(not read_only and self.current is not None)
        self.next_btn.setEnabled(not read_only and self.current is not None)

    def retranslate(self) -> None:
        self.next_btn.setText(self.tr("Next phase (Shift+F5)"))
        self.start_btn.setAccessibleName(self.tr("Start or pause the timer"))
        self.next_btn.setAccessibleName(self.tr("Next phase"))
        self.refresh()
