"""The user's settings: declared once, stored per user, upgraded when they change."""

from __future__ import annotations

import json

import pytest

from judgeapp import settings
from judgeapp.cli import main
from judgeapp.errors import Refused


def _doc(path):
    return json.loads(path.read_text(encoding="utf-8"))


def test_every_setting_is_declared_with_type_default_and_description():
    assert settings.SETTINGS
    for s in settings.SETTINGS:
        assert s.name and s.description and s.check(s.default), s
    assert len(settings.BY_NAME) == len(settings.SETTINGS)


def test_defaults_without_a_file_and_nothing_written(tmp_path):
    store = settings.Settings(tmp_path / "settings.json")
    assert store.values() == {s.name: s.default for s in settings.SETTINGS}
    assert not (tmp_path / "settings.json").exists()


def test_set_is_written_at_once_and_read_back(tmp_path):
    path = tmp_path / "Siti Ñurhaliza" / "settings.json"
    settings.Settings(path).set("ui.language", "en")
    assert _doc(path) == {
        "format": "judgeapp.settings",
        "version": settings.VERSION,
        "values": {"ui.language": "en"},
    }
    assert settings.Settings(path).get("ui.language") == "en"
    settings.Settings(path).set("ui.language", "")  # the default is not stored
    assert _doc(path)["values"] == {}


def test_wrong_values_are_refused_and_change_nothing(tmp_path):
    path = tmp_path / "settings.json"
    store = settings.Settings(path)
    with pytest.raises(Refused):
        store.set("ui.language", "fr")
    with pytest.raises(Refused):
        store.set("no.such", "x")
    assert not path.exists()


@pytest.mark.parametrize(
    "content",
    [b"", b"{", b"[]", b'{"format": "other"}', b"\xff\xfe", b"[" * 100_000, b" " * 300_000],
)
def test_a_broken_file_gives_the_defaults(tmp_path, content):
    path = tmp_path / "settings.json"
    path.write_bytes(content)
    assert settings.Settings(path).get("ui.language") == ""


def test_a_value_of_the_wrong_type_gives_the_default(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(
        json.dumps({"format": settings.FORMAT, "version": 1, "values": {"ui.language": ["en"]}})
    )
    assert settings.Settings(path).get("ui.language") == ""


def test_an_older_file_is_upgraded_and_written_back(tmp_path, monkeypatch):
    """Version 2 renames a setting: the step moves the old value over."""
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"format": settings.FORMAT, "version": 1, "values": {"lang": "en"}}))

    def rename(values):
        if "lang" in values:
            values["ui.language"] = values.pop("lang")
        return values

    monkeypatch.setattr(settings, "VERSION", 2)
    monkeypatch.setattr(settings, "UPGRADES", {1: rename})
    store = settings.Settings(path)
    assert store.get("ui.language") == "en"
    assert _doc(path) == {
        "format": settings.FORMAT,
        "version": 2,
        "values": {"ui.language": "en"},
    }


def test_a_newer_file_is_read_but_never_written_over(tmp_path):
    path = tmp_path / "settings.json"
    newer = {
        "format": settings.FORMAT,
        "version": settings.VERSION + 1,
        "values": {"ui.language": "en", "future.thing": 3},
    }
    path.write_text(json.dumps(newer))
    store = settings.Settings(path)
    assert store.get("ui.language") == "en"
    with pytest.raises(Refused):
        store.set("ui.language", "id")
    assert _doc(path) == newer


def test_language_setting_reaches_the_command_line(capsys):
    assert main(["settings", "set", "ui.language", "fr"]) == 1
    assert "ui.language: nilai yang boleh: , id, en" in capsys.readouterr().err
    assert main(["settings", "set", "ui.language", "en"]) == 0
    assert main(["settings", "set", "ui.language", "fr"]) == 1  # now in English
    assert "ui.language: allowed values: , id, en" in capsys.readouterr().err
    assert main(["settings", "list"]) == 0
    assert "ui.language = 'en' *" in capsys.readouterr().out
    assert main(["settings", "reset", "ui.language"]) == 0


def test_workspace_folder_setting_is_the_default_workspace(monkeypatch, tmp_path):
    from judgeapp.store.db import default_workspace_dir

    monkeypatch.delenv("JUDGEAPP_WORKSPACE", raising=False)
    target = tmp_path / "Ruang kerja Ñ"
    assert main(["settings", "set", "workspace.folder", str(target)]) == 0
    assert default_workspace_dir() == target
