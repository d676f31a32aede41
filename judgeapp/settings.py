"""The user's settings: declared here, once, and stored per user.

Each setting has a name, a type, a default and a description (``SETTINGS``);
nothing else in the app invents a setting. They are kept in
``settings.json`` in the per-user configuration folder (platformdirs:
``%LOCALAPPDATA%\\JudgeApp`` on Windows, ``~/Library/Application Support/JudgeApp``
on macOS, ``~/.config/JudgeApp`` on Linux; ``JUDGEAPP_CONFIG_DIR`` overrides it)::

    {"format": "judgeapp.settings", "version": 1, "values": {"ui.language": "en"}}

Only values that differ from the default are written. Things that belong to a
workspace (its role, the judge it was issued to, the last stage opened) stay in
the workspace; settings are the user's, whichever workspace is open.

**When a setting changes** (renamed, new type, new meaning), raise ``VERSION``
and add a step to ``UPGRADES``: ``UPGRADES[n]`` turns the values of version
``n`` into those of version ``n + 1``. Reading an older file runs the steps in
order and writes the result back. A file from a newer app is read for what
this app knows and never written over (so going back one version does not
lose the newer app's settings).

A file that cannot be read or parsed, or a value of the wrong type, gives the
default: a broken settings file must never stop the app from starting.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from judgeapp.errors import Refused
from judgeapp.i18n import t

FORMAT = "judgeapp.settings"
VERSION = 1
FILE_NAME = "settings.json"
MAX_BYTES = 256 * 1024  # a settings file is a few hundred bytes


@dataclass(frozen=True)
class Setting:
    name: str
    type: type
    default: Any
    description: str
    choices: tuple[Any, ...] = ()

    def check(self, value: Any) -> bool:
        if self.type is bool:
            ok = isinstance(value, bool)
        elif self.type is int:
            ok = isinstance(value, int) and not isinstance(value, bool)
        else:
            ok = isinstance(value, self.type)
        return ok and (not self.choices or value in self.choices)

    def parse(self, text: str) -> Any:
        """A value typed on the command line (``judgeapp settings set``)."""
        value: Any = text
        if self.type is bool:
            low = text.strip().lower()
            if low not in ("true", "false", "yes", "no", "1", "0", "ya", "tidak"):
                raise SettingRefused(t("harus ya atau tidak", "must be yes or no"), self.name)
            value = low in ("true", "yes", "1", "ya")
        elif self.type is int:
            try:
                value = int(text)
            except ValueError:
                raise SettingRefused(
                    t("harus bilangan bulat", "must be a whole number"), self.name
                ) from None
        if not self.check(value):
            raise SettingRefused(
                t("nilai yang boleh: ", "allowed values: ") + ", ".join(map(str, self.choices)),
                self.name,
            )
        return value


class SettingRefused(Refused):
    def __init__(self, reason: str, name: str):
        super().__init__(reason, place=name)


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "ui.language",
        str,
        "",
        "Language of the app and its messages: id (Bahasa Indonesia) or en (English); "
        "empty: Indonesian unless JUDGEAPP_LANG says otherwise.",
        choices=("", "id", "en"),
    ),
    Setting(
        "workspace.folder",
        str,
        "",
        "Workspace opened when none is given (--workspace, JUDGEAPP_WORKSPACE); "
        "empty: 'workspace' in the per-user data folder.",
    ),
    Setting(
        "ui.interview.layout",
        str,
        "score",
        "Layout of the interview screen last used: read (the document gets the room) "
        "or score (the rubric does); F6 switches.",
        choices=("read", "score"),
    ),
    Setting(
        "ui.interview.read_sizes",
        str,
        "",
        "Widths of the interview screen's document, rubric tree and indicator panes in "
        "the reading layout, as the judge left them (pixels, e.g. 860,0,500); empty: "
        "the built-in proportions.",
    ),
    Setting(
        "ui.interview.score_sizes",
        str,
        "",
        "The same widths in the scoring layout (e.g. 400,380,580); empty: the built-in "
        "proportions.",
    ),
)
BY_NAME = {s.name: s for s in SETTINGS}

# UPGRADES[n](values of version n) -> values of version n + 1. None yet:
# version 1 is the first one stored.
UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


def settings_dir() -> Path:
    env = os.environ.get("JUDGEAPP_CONFIG_DIR")
    if env:
        return Path(env)
    from judgeapp.oscompat import user_config_dir

    return user_config_dir()


def settings_path() -> Path:
    return settings_dir() / FILE_NAME


def _read_file(path: Path) -> tuple[int, dict[str, Any]]:
    """(version, values) of the file; (VERSION, {}) when absent or unreadable."""
    try:
        with open(path, "rb") as fh:
            raw = fh.read(MAX_BYTES + 1)
    except OSError:
        return VERSION, {}
    if len(raw) > MAX_BYTES:
        return VERSION, {}
    try:
        doc = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return VERSION, {}
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        return VERSION, {}
    version = doc.get("version")
    values = doc.get("values")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        return VERSION, {}
    if not isinstance(values, dict):
        return version, {}
    return version, values


def upgrade(version: int, values: dict[str, Any]) -> dict[str, Any]:
    """Run the upgrade steps from ``version`` to ``VERSION``."""
    for n in range(version, VERSION):
        step = UPGRADES.get(n)
        if step is not None:
            values = step(dict(values))
    return values


class Settings:
    """The user's settings file, read once; ``set`` writes it at once (atomically)."""

    def __init__(self, path: Path | None = None):
        self.path = path or settings_path()
        version, values = _read_file(self.path)
        self.newer = version > VERSION  # written by a newer app: read only
        self._stored = values if self.newer else upgrade(version, values)
        if version < VERSION:  # an older file: store it in today's form
            with contextlib.suppress(OSError, Refused):
                self._write()

    def get(self, name: str) -> Any:
        setting = BY_NAME[name]
        value = self._stored.get(name, setting.default)
        return value if setting.check(value) else setting.default

    def values(self) -> dict[str, Any]:
        return {s.name: self.get(s.name) for s in SETTINGS}

    def set(self, name: str, value: Any) -> None:
        setting = BY_NAME.get(name)
        if setting is None:
            raise SettingRefused(
                t("pengaturan tidak dikenal", "unknown setting") + " (" + ", ".join(BY_NAME) + ")",
                name,
            )
        if not setting.check(value):
            raise SettingRefused(t("nilai tidak sah", "invalid value") + f": {value!r}", name)
        if self.newer:
            raise SettingRefused(
                t(
                    f"{self.path} ditulis oleh versi aplikasi yang lebih baru; tidak diubah",
                    f"{self.path} was written by a newer version of the app; not changed",
                ),
                name,
            )
        if value == setting.default:
            self._stored.pop(name, None)
        else:
            self._stored[name] = value
        self._write()

    def _write(self) -> None:
        from judgeapp.oscompat import replace_file

        known = {k: v for k, v in self._stored.items() if k in BY_NAME}
        doc = {"format": FORMAT, "version": VERSION, "values": dict(sorted(known.items()))}
        folder = self.path.parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".settings-", suffix=".tmp", dir=folder)
        except OSError as exc:
            raise SettingRefused(
                t(f"tidak dapat menulis {folder}", f"cannot write {folder}") + f" ({exc.strerror})",
                "",
            ) from None
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(doc, fh, ensure_ascii=False, indent=2)
                fh.write("\n")
                fh.flush()
                os.fsync(fh.fileno())
            replace_file(tmp, self.path)
        finally:
            Path(tmp).unlink(missing_ok=True)


def load() -> Settings:
    return Settings()
