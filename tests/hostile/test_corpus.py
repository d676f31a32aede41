"""The hostile-input corpus: at least one case per class of bad input seen failing.

Each case builds its input from a good one, runs the real parser (or command),
and asserts the exact refusal — file, place, reason, in English — and that
nothing changed on disk. ``docs/RELIABILITY.md`` lists the classes.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from kit.hostile import (
    MINI_FORM,
    disk_state,
    member_offset,
    package_files,
    package_manifest,
    refusal,
    triple,
    write_package,
)

from judgeapp.i18n import set_language


@pytest.fixture(autouse=True)
def _english():
    set_language("en")


# ---- rubric forms ---------------------------------------------------------------------------
BASE_FORM = MINI_FORM.read_text(encoding="utf-8")
BASE_LINES = BASE_FORM.count("\n")

FORM_CASES = {
    "deep-nesting": (
        BASE_FORM + "notes: " + "[" * 40 + "]" * 40 + "\n",
        f"line {BASE_LINES + 1}, column 39",
        "nested too deeply (at most 32 levels)",
    ),
    "thousands-of-digits": (
        BASE_FORM.replace("total_decimals", "x_unused") + "total_decimals: " + "7" * 5000 + "\n",
        f"line {BASE_LINES + 1}, column 17",
        "integer too large (must fit 64 bits, ±9223372036854775807)",
    ),
    "complex-key": (
        "? [a, b]\n: 1\n" + BASE_FORM,
        "line 1, column 3",
        "complex key (a list or mapping used as a key) not allowed",
    ),
    "explicit-tag": (
        BASE_FORM.replace("version:", "version: !!timestamp hello\nunused:", 1),
        None,  # line depends on the form; checked below
        "YAML type tag 'timestamp' not allowed (plain data only)",
    ),
    "duplicate-key": (
        BASE_FORM + "id: again\n",
        f"line {BASE_LINES + 1}, column 1",
        "key 'id' written twice",
    ),
    "lone-surrogate": (
        BASE_FORM + 'notes: ["ok", "\\ud800"]\n',
        "notes[1]",
        "text holds a lone surrogate, which is not valid Unicode",
    ),
}


@pytest.mark.parametrize("case", sorted(FORM_CASES))
def test_form_refused(tmp_path, case):
    from judgeapp.services.forms import load_form_file

    text, place, reason = FORM_CASES[case]
    path = tmp_path / f"{case}.yaml"
    path.write_text(text, encoding="utf-8")
    before = disk_state(tmp_path)
    exc = refusal(lambda: load_form_file(path))
    file, got_place, got_reason = triple(exc)
    assert (file, got_reason) == (str(path), reason)
    if place is not None:
        assert got_place == place
    else:
        assert got_place is not None and got_place.startswith("line ")
    assert disk_state(tmp_path) == before


def test_form_ten_megabytes_refused_before_parsing(tmp_path):
    from judgeapp.services.forms import load_form_file

    path = tmp_path / "huge.yaml"
    path.write_text(BASE_FORM + "notes:\n" + ("  - " + "x" * 80 + "\n") * 120_000)
    size = path.stat().st_size
    assert size > 10_000_000
    exc = refusal(lambda: load_form_file(path))
    assert triple(exc) == (str(path), "<file>", f"file too large: {size} bytes (at most 1048576)")


@pytest.mark.parametrize("target", ["/dev/zero", "/dev/urandom"])
def test_form_link_to_a_device_refused_without_reading(tmp_path, target):
    from judgeapp.services.forms import load_form_file

    if not Path(target).exists():
        pytest.skip(f"{target} not on this system")
    link = tmp_path / "form.yaml"
    link.symlink_to(target)
    exc = refusal(lambda: load_form_file(link))
    assert triple(exc) == (
        str(link),
        "<file>",
        "not a regular file (a folder, device, FIFO or socket)",
    )


def test_form_fifo_refused_without_blocking(tmp_path):
    import os

    from judgeapp.services.forms import load_form_file

    fifo = tmp_path / "form.yaml"
    os.mkfifo(fifo)
    exc = refusal(lambda: load_form_file(fifo))
    assert exc.reason == "not a regular file (a folder, device, FIFO or socket)"


def test_forms_check_command_names_file_place_reason(tmp_path, capsys):
    from judgeapp.cli import main

    path = tmp_path / "dup.yaml"
    path.write_text(BASE_FORM + "id: again\n", encoding="utf-8")
    assert main(["--lang", "en", "forms", "check", str(path)]) == 1
    assert capsys.readouterr().err.strip() == (
        f"{path}: line {BASE_LINES + 1}, column 1: key 'id' written twice"
    )


# ---- package manifests and zips ---------------------------------------------------------------
def _corrupt(path: Path, member: str, at: int, xor: int) -> Path:
    off, _n = member_offset(path, member)
    raw = bytearray(path.read_bytes())
    raw[off + at] ^= xor
    path.write_bytes(bytes(raw))
    return path


def _package_cases(tmp: Path) -> dict[str, tuple[Path, str, str]]:
    files = package_files()
    big_int = package_manifest(
        files, indicators=[{"id": "x", "label": "X", "value": 1, "year": 2**63}]
    )
    return {
        "long-region-name": (
            write_package(
                tmp / "long.zip",
                manifest=package_manifest(files, region={"name": "K" * 500_000, "kind": "kota"}),
                method=zipfile.ZIP_STORED,
            ),
            "manifest.yaml region.name",
            "text too long: 500000 characters (at most 100000)",
        ),
        "region-name-over-name-bound": (
            write_package(
                tmp / "long2.zip",
                manifest=package_manifest(files, region={"name": "K" * 1000, "kind": "kota"}),
            ),
            "manifest.yaml region.name",
            "too long: 1000 characters (at most 300)",
        ),
        "integer-beyond-sqlite": (
            write_package(tmp / "bigint.zip", manifest=big_int),
            "manifest.yaml:13",
            "integer too large (must fit 64 bits, ±9223372036854775807)",
        ),
        "year-beyond-bounds": (
            write_package(
                tmp / "bigyear.zip",
                manifest=package_manifest(files, innovations=[{"title": "A", "started": 2**62}]),
            ),
            "manifest.yaml innovations[0].started",
            "must be at most 9999",
        ),
        "decimal-overflow": (
            write_package(
                tmp / "bigvalue.zip",
                manifest=package_manifest(
                    files, indicators=[{"id": "x", "label": "X", "value": "1e999999"}]
                ),
            ),
            "manifest.yaml indicators[0].value",
            "number out of bounds (below 10^24, at most 24 decimal places)",
        ),
        "complex-key": (
            write_package(tmp / "complex.zip", manifest="? [a, b]\n: 1\n"),
            "manifest.yaml:1",
            "complex key (a list or mapping used as a key) not allowed",
        ),
        "deep-nesting": (
            write_package(tmp / "deep.zip", manifest="title: " + "[" * 50 + "]" * 50 + "\n"),
            "manifest.yaml:1",
            "nested too deeply (at most 32 levels)",
        ),
        "corrupt-deflate": (
            _corrupt(write_package(tmp / "deflate.zip"), "docs/proposal.pdf", 0, 0xFF),
            "docs/proposal.pdf",
            "damaged zip member: corrupt compressed data",  # never zlib's own English
        ),
        "crc-error": (
            _corrupt(
                write_package(tmp / "crc.zip", method=zipfile.ZIP_STORED),
                "docs/proposal.pdf",
                20,
                0x01,
            ),
            "docs/proposal.pdf",
            "damaged zip member: CRC or header check failed",
        ),
    }


PACKAGE_CASES = [
    "complex-key",
    "corrupt-deflate",
    "crc-error",
    "decimal-overflow",
    "deep-nesting",
    "integer-beyond-sqlite",
    "long-region-name",
    "region-name-over-name-bound",
    "year-beyond-bounds",
]


@pytest.mark.parametrize("case", PACKAGE_CASES)
def test_package_refused_by_check_and_import(tmp_path, workspace, case):
    from judgeapp.services.events import create_event
    from judgeapp.services.packages import check_package, import_package

    src = tmp_path / "in"
    src.mkdir()
    cases = _package_cases(src)
    assert sorted(cases) == PACKAGE_CASES
    path, place, reason = cases[case]
    event = create_event(workspace, "PPD Uji", [str(MINI_FORM)])
    before_src = disk_state(src)
    before_ws = disk_state(workspace.folder)
    assert triple(refusal(lambda: check_package(path))) == (str(path), place, reason)
    assert triple(refusal(lambda: import_package(workspace, path, event))) == (
        str(path),
        place,
        reason,
    )
    assert disk_state(src) == before_src
    assert disk_state(workspace.folder) == before_ws
