"""Hostile-input corpus, second part: score files, bundles, spreadsheets, the export.

As in ``test_corpus.py``: each case builds its input from a good one, runs the
real parser or command, asserts the exact refusal (file, place, reason, in
English) and that nothing changed on disk.
"""

from __future__ import annotations

import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from kit.hostile import disk_state, refusal, rewrite_zip, set_cell_xml, triple
from kit.judging import mini_values, score_all, setup_event

from judgeapp.i18n import set_language
from judgeapp.services import bundles, paper, scorefiles
from judgeapp.store.db import open_workspace

SHEET_PART = "xl/worksheets/sheet1.xml"


@pytest.fixture(autouse=True)
def _english():
    set_language("en")


@pytest.fixture
def world(workspace, tmp_path):
    info = setup_event(workspace, tmp_path)
    jws = open_workspace(tmp_path / "judge-ani")
    b = bundles.issue_bundle(workspace, info["event"], "ani", tmp_path / "ani.zip")
    bundles.open_bundle(jws, b.path)
    yield workspace, info, jws, b.path, tmp_path
    jws.close()


# ---- signed score files -----------------------------------------------------------------------
def _signed(jws, change) -> bytes:
    """Canonical, correctly signed bytes of a payload changed by ``change``."""
    from judgeapp.domain.exchange import sign_payload
    from judgeapp.domain.rubric import canonical_json
    from judgeapp.store.keys import own_key

    eid, jid = bundles.judge_identity(jws)
    payload = scorefiles.build_payload(jws, eid, jid)
    change(payload)
    key = own_key(jws).private_key
    doc = {"payload": payload, "signature": sign_payload(key, payload)}
    return canonical_json(doc).encode("utf-8") + b"\n"


SCORE_CASES = {
    "deep-nesting": (
        lambda jws: b'{"payload": ' + b"[" * 5000 + b"]" * 5000 + b', "signature": ""}',
        "JSON file",
        "line 1, column 44: nested too deeply (at most 32 levels)",
    ),
    "thousands-of-digits": (
        lambda jws: b'{"payload": {"revision": ' + b"9" * 5000 + b'}, "signature": ""}',
        "JSON file",
        "payload.revision: integer too large (must fit 64 bits, ±9223372036854775807)",
    ),
    "lone-surrogate": (
        lambda jws: b'{"payload": {"judge_name": "\\udc80"}, "signature": ""}',
        "JSON file",
        "payload.judge_name: text holds a lone surrogate, which is not valid Unicode",
    ),
    "nan": (
        lambda jws: b'{"payload": {"revision": NaN}, "signature": ""}',
        "JSON file",
        "payload.revision: invalid or overlong number: NaN",
    ),
    "duplicate-key": (
        lambda jws: b'{"payload": {}, "payload": {}, "signature": ""}',
        "JSON file",
        "<root>: key 'payload' written twice",
    ),
    # Before the scan was made linear, each of these unterminated strings made
    # the depth check rescan to the end: 160 KB took 80 s, a 64 MB file hung.
    "unterminated-escapes": (
        lambda jws: b'{"payload": [' + b'"\\' * 2_000_000,
        "JSON file",
        "line 1, column 14: invalid JSON: Unterminated string starting at",
    ),
    "revision-as-string": (
        lambda jws: _signed(jws, lambda p: p.__setitem__("revision", str(p["revision"]))),
        "content",
        "payload.revision: must be a whole number",
    ),
}


@pytest.mark.parametrize("case", sorted(SCORE_CASES))
def test_score_file_refused_by_import_and_verify(world, case):
    ws, info, jws, _bundle, tmp = world
    make, place, reason = SCORE_CASES[case]
    path = tmp / f"{case}.scores.json"
    path.write_bytes(make(jws))
    before = disk_state(ws.folder)
    exc = refusal(lambda: scorefiles.import_score_file(ws, info["event"], path))
    assert triple(exc) == (path.name, place, reason)
    v = scorefiles.verify_file(path, ws, info["event"])
    assert not v.ok and (v.failure.name, v.failure.detail) == (place, reason)
    assert disk_state(ws.folder) == before


def test_score_file_that_is_a_device_is_not_read(world, tmp_path):
    ws, info, _jws, _bundle, _tmp = world
    link = tmp_path / "nilai.scores.json"
    link.symlink_to("/dev/zero")
    exc = refusal(lambda: scorefiles.import_score_file(ws, info["event"], link))
    assert triple(exc) == (
        link.name,
        "<file>",
        "not a regular file (a folder, device, FIFO or socket)",
    )


# ---- bundles ----------------------------------------------------------------------------------
def _bundle_json(path: Path, dest: Path, change) -> Path:
    def edit(data: bytes) -> bytes:
        return change(data)

    return rewrite_zip(path, dest, {"bundle.json": edit})


def _corrupt_blob(src: Path, dest: Path) -> Path:
    with zipfile.ZipFile(src) as zf:
        blob = next(n for n in zf.namelist() if n.startswith("blobs/"))
    return rewrite_zip(src, dest, {blob: lambda d: d[:-10] + b"X" * 10}), blob


def test_bundle_open_into_a_new_folder_refused_leaves_nothing(world, capsys):
    from judgeapp.cli import main

    _ws, _info, _jws, good, tmp = world
    bad, blob = _corrupt_blob(good, tmp / "bad.zip")
    new = tmp / "laptop"
    assert main(["--lang", "en", "bundle", "open", str(bad), "--workspace", str(new)]) == 1
    assert capsys.readouterr().err.strip() == f"judgeapp: bad.zip: {blob}: checksum mismatch"
    assert not new.exists()
    empty = tmp / "empty-folder"
    empty.mkdir()
    assert main(["bundle", "open", str(bad), "--workspace", str(empty)]) == 1
    assert list(empty.iterdir()) == []


def test_bundle_refused_after_copying_documents_removes_them(world, monkeypatch):
    """A refusal after documents were copied (here: the workspace's store refuses)
    removes the copies and the new workspace."""
    from judgeapp.errors import Refused
    from judgeapp.store import bundles as store_bundles

    _ws, _info, _jws, good, tmp = world

    def refuse(*_a, **_k):
        raise Refused("refused by the store")

    monkeypatch.setattr(store_bundles, "receive_bundle", refuse)
    new = tmp / "laptop2"
    with pytest.raises(Refused, match="refused by the store"):
        bundles.open_bundle_at(new, good)
    assert not new.exists()


BUNDLE_CASES = {
    "deep-nesting": (
        lambda d: d.replace(
            b'"settings":{}', b'"settings":{"x":' + b"[" * 60 + b"]" * 60 + b"}", 1
        ),
        "bundle.json",
        None,
        "nested too deeply (at most 32 levels)",
    ),
    "thousands-of-digits": (
        lambda d: d.replace(b'"seq":1', b'"seq":' + b"1" * 5000, 1),
        "bundle.json",
        None,
        "integer too large (must fit 64 bits, ±9223372036854775807)",
    ),
    "version-as-string": (
        lambda d: d.replace(b'"version":1', b'"version":"1"', 1),
        "bundle.json",
        "submissions.0.version",
        "must be a whole number",
    ),
}


@pytest.mark.parametrize("case", sorted(BUNDLE_CASES))
def test_bundle_manifest_refused(world, case):
    _ws, _info, _jws, good, tmp = world
    change, place, inner, reason = BUNDLE_CASES[case]
    bad = _bundle_json(good, tmp / f"{case}.zip", change)
    new = tmp / f"laptop-{case}"
    exc = refusal(lambda: bundles.open_bundle_at(new, bad))
    file, got_place, got_reason = triple(exc)
    assert (file, got_place) == (bad.name, place)
    assert got_reason.endswith(reason)
    if inner is not None:
        assert got_reason == f"{inner}: {reason}"
    assert not new.exists()


def test_bundle_is_streamed_not_held(workspace, tmp_path):
    """A bundle with a 32 MB document is checked and opened with a few MB of memory
    (the 1.4 GB case of docs/RELIABILITY.md, scaled down for every run)."""
    import random
    import tracemalloc

    from kit.hostile import package_manifest, write_package

    from judgeapp.services import setup
    from judgeapp.services.packages import import_package

    info = setup_event(workspace, tmp_path, regions=("Kota Alpha",), judges=("Ani",), packaged=0)
    size = 32 << 20
    files = {"docs/lampiran.txt": b"data\n" + random.Random(0).randbytes(size)}
    region = {"name": "Kota Besar", "kind": "kota", "province": "Jawa Barat"}
    pkg = write_package(
        tmp_path / "big.zip",
        files,
        package_manifest(files, region=region),
        method=zipfile.ZIP_STORED,
    )
    import_package(workspace, pkg, info["event"])
    setup.fill(workspace, info["event"])
    b = bundles.issue_bundle(workspace, info["event"], "ani", tmp_path / "ani.zip")
    assert b.size > size
    tracemalloc.start()
    try:
        bundles.read_bundle(b.path)
        opened = bundles.open_bundle_at(tmp_path / "laptop", b.path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert "Kota Besar" in " ".join(opened.added) or opened.added
    assert peak < 8 << 20, peak


# ---- paper re-keying spreadsheets ---------------------------------------------------------------
@pytest.fixture
def template(world):
    ws, info, _jws, _bundle, tmp = world
    path = paper.export_template(ws, info["event"], tmp / "template.xlsx")
    return ws, info["event"], path, tmp


def _filled(path: Path, dest: Path, **cells) -> Path:
    from openpyxl import load_workbook

    wb = load_workbook(path)
    for ref, value in cells.items():
        wb.active[ref] = value
    wb.save(dest)
    return dest


def _add_to_sheet(xml: bytes):
    return lambda d: d.replace(b"</sheetData>", xml, 1)


ENTITY_BOMB = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
    b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    b"<si><t>&lol2;</t></si></sst>"
)
PAPER_CASES = {
    "formula-without-cached-value": (
        lambda tpl, d: _filled(tpl, d, I2="=4+4"),
        "row 2, column I",
        "formula without a stored value (save it again in a spreadsheet application, or type"
        " the value)",
    ),
    "nan-cell": (
        lambda tpl, d: rewrite_zip(
            _filled(tpl, d.with_name("n0.xlsx"), I2=8),
            d,
            {SHEET_PART: set_cell_xml("I2", '<c r="I2"><v>NaN</v></c>')},
        ),
        "Nilai!I2",
        "not a finite number: 'NaN'",
    ),
    "xml-entities": (
        lambda tpl, d: rewrite_zip(tpl, d, {"xl/sharedStrings.xml": ENTITY_BOMB}),
        "xl/sharedStrings.xml",
        "not a readable .xlsx workbook (the XML holds a DTD or entities, which are not allowed)",
    ),
    "missing-sheet-part": (
        lambda tpl, d: rewrite_zip(tpl, d, {SHEET_PART: None}),
        "Nilai",
        "the sheet's part xl/worksheets/sheet1.xml is missing from the file (damaged file)",
    ),
    "malformed-merged-cells": (
        lambda tpl, d: rewrite_zip(
            tpl,
            d,
            {
                SHEET_PART: _add_to_sheet(
                    b'</sheetData><mergeCells count="1"><mergeCell ref="A1:ZZZZ9"/></mergeCells>'
                )
            },
        ),
        "Nilai",
        "invalid merged-cell range: 'A1:ZZZZ9'",
    ),
    "merged-range-without-its-end": (
        lambda tpl, d: rewrite_zip(
            tpl,
            d,
            {
                SHEET_PART: _add_to_sheet(
                    b'</sheetData><mergeCells count="1"><mergeCell ref="Y26:"/></mergeCells>'
                )
            },
        ),
        "Nilai",
        "invalid merged-cell range: 'Y26:'",
    ),
    "cell-at-XFD1048576": (
        lambda tpl, d: rewrite_zip(
            tpl,
            d,
            {
                SHEET_PART: _add_to_sheet(
                    b'<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c>'
                    b"</row></sheetData>"
                )
            },
        ),
        "row 1048576, column XFD",
        "cells hold something outside the template's area (at most 500000 rows and 64"
        " columns); 1 cells",
    ),
}


@pytest.mark.parametrize("case", sorted(PAPER_CASES))
def test_paper_xlsx_refused(template, case):
    ws, event, tpl, tmp = template
    make, place, reason = PAPER_CASES[case]
    bad = make(tpl, tmp / f"{case}.xlsx")
    before = disk_state(ws.folder)
    exc = refusal(lambda: paper.import_paper(ws, event, [bad]))
    assert triple(exc) == (bad.name, place, reason)
    assert disk_state(ws.folder) == before


def test_paper_xlsx_inflating_to_hundreds_of_megabytes_refused_unread(template):
    ws, event, _tpl, tmp = template
    bomb = tmp / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.writestr("xl/workbook.xml", b"<workbook/>")
        with zf.open("xl/worksheets/sheet1.xml", "w") as fh:
            block = b" " * (1 << 20)
            for _ in range(300):
                fh.write(block)
    assert bomb.stat().st_size < 2_000_000
    exc = refusal(lambda: paper.import_paper(ws, event, [bomb]))
    assert exc.place == "<zip>"
    assert exc.reason.startswith("the zip inflates to 314572811 bytes (at most 268435456)")


def test_paper_csv_field_over_the_csv_module_limit(template):
    ws, event, _tpl, tmp = template
    csv_path = paper.export_template(ws, event, tmp / "template.csv")
    lines = csv_path.read_text(encoding="utf-8").splitlines()
    lines[1] = lines[1] + '"' + "y" * 140_000 + '"'
    bad = tmp / "long.csv"
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    before = disk_state(ws.folder)
    exc = refusal(lambda: paper.import_paper(ws, event, [bad]))
    assert triple(exc) == ("long.csv", "row 2", "field too long (at most 100000 characters)")
    lines[1] = lines[1][:-140_002] + "z" * 100_001
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    exc = refusal(lambda: paper.import_paper(ws, event, [bad]))
    assert triple(exc) == (
        "long.csv",
        "row 2",
        "field too long: 100001 characters (at most 100000)",
    )
    assert disk_state(ws.folder) == before


# ---- the export: spreadsheet formula injection ----------------------------------------------
HOSTILE_TEXTS = [
    '=HYPERLINK("http://example.invalid","klik")',
    "+1+2",
    "-3+4",
    "@SUM(A1:A2)",
    "\tcmd",
    "=",
    "catatan\x01dengan kendali",
]


def test_export_xlsx_writes_every_text_as_text(workspace, tmp_path):
    from openpyxl import load_workbook

    from judgeapp.reports.xlsx import export_xlsx
    from judgeapp.services import sheets
    from judgeapp.services.xlsx_read import read_sheet, sheet_names

    info = setup_event(
        workspace, tmp_path, regions=(HOSTILE_TEXTS[0], HOSTILE_TEXTS[1]), packaged=0
    )
    eid, (sub0, sub1) = info["event"], info["subs"][:2]
    slots = []
    for judge, sub in (("ani", sub0), ("ani", sub1), ("budi", sub0)):
        st = score_all(workspace, eid, judge, sub, mini_values(Decimal(8)), final=False)
        slots += [
            (st.data.id, judge, target, field) for target, field, _ in paper._text_fields(st.form)
        ]
    texts = HOSTILE_TEXTS[1:]
    assert len(slots) >= len(texts)
    for text, (sheet_id, judge, target, field) in zip(texts, slots, strict=False):
        sheets.record_text(workspace, sheet_id, target, field, text, judge)
    out = export_xlsx(workspace, eid, tmp_path / "rekap.xlsx", lang="en")
    found: set[str] = set()
    for name in sheet_names(out):
        sheet = read_sheet(out, sheet=name, max_rows=100_000, max_cols=200)
        for (row, col), cell in sheet.cells.items():
            assert cell.formula is None, (name, row, col, cell)
            if isinstance(cell.value, str):
                found.add(cell.value)
    expected = {text.replace("\x01", "\ufffd") for text in HOSTILE_TEXTS}
    assert expected <= found, expected - found
    wb = load_workbook(out)
    cells = [c for sh in wb.worksheets for row in sh.iter_rows() for c in row]
    risky = [c for c in cells if isinstance(c.value, str) and c.value[:1] in "=+-@\t"]
    assert len(risky) >= len(HOSTILE_TEXTS) - 1
    assert all(c.data_type == "s" and c.quotePrefix for c in risky)
