"""Command-line help, usage and argparse's errors in the chosen language:
Indonesian by default, English with --lang en or the user's setting."""

from __future__ import annotations

import argparse

import pytest

from judgeapp.cli import build_parser, help_text, main


@pytest.fixture(autouse=True)
def _argparse_back_to_english():
    yield
    help_text.uninstall()


def run(capsys, *argv) -> tuple[int, str, str]:
    """main() as a fresh process would run it (the language starts at the default)."""
    from judgeapp.i18n import set_language

    set_language("id")
    capsys.readouterr()
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_help_is_indonesian_by_default(capsys):
    code, out, _ = run(capsys, "--help")
    assert code == 0
    assert out.startswith("penggunaan: judgeapp ")
    assert "\nopsi:\n" in out and "\nargumen posisi:\n" in out
    assert "tampilkan bantuan ini lalu keluar" in out
    assert "peringkat usulan acara per kategori" in out
    assert "usage:" not in out and "show this help" not in out


def test_help_in_english_with_lang_en(capsys):
    code, out, _ = run(capsys, "--lang", "en", "rank", "--help")
    assert code == 0
    assert out.startswith("usage: judgeapp rank ")
    assert "rank one stage only (default: all, weighted)" in out


def test_usage_errors_in_the_chosen_language(capsys):
    code, _, err = run(capsys, "rank")
    assert code == 2
    assert err.splitlines()[-1] == "judgeapp rank: galat: argumen berikut wajib diisi: --event"
    code, _, err = run(capsys, "--lang=en", "rank")
    assert code == 2
    assert (
        err.splitlines()[-1]
        == "judgeapp rank: error: the following arguments are required: --event"
    )
    code, _, err = run(capsys, "report", "bogus")
    assert code == 2
    assert "judgeapp report: galat: argumen kind: pilihan tidak sah: 'bogus'" in err


def test_the_settings_language_is_used(capsys):
    assert main(["settings", "set", "ui.language", "en"]) == 0
    code, out, _ = run(capsys, "package", "build", "--help")
    assert code == 0 and out.startswith("usage: judgeapp package build")
    assert "zip a region's folder" not in out  # its own help is shown by the parent
    code, out, _ = run(capsys, "--lang", "id", "package", "--help")
    assert out.startswith("penggunaan: ") and "kemas folder daerah menjadi paket zip" in out


def help_strings(parser: argparse.ArgumentParser) -> set[str]:
    found = {parser.description} if parser.description else set()
    for action in parser._actions:
        if action.help and action.help is not argparse.SUPPRESS:
            found.add(action.help)
        if isinstance(action, argparse._SubParsersAction):
            found.update(a.help for a in action._choices_actions if a.help)
            for sub in action.choices.values():
                found |= help_strings(sub)
    return found


def test_every_help_string_has_its_indonesian_text():
    missing = sorted(s for s in help_strings(build_parser()) if s not in help_text.HELP_ID)
    assert missing == [], "add these to judgeapp/cli/help_text.py HELP_ID"
