"""Property-based tests of the parser contract, for every parser.

Each test feeds generated or mutated input (from a good file, byte flips,
inserted hostile fragments) to a real parser and asserts the contract: it
returns a value or raises ``Refused`` with a file and a reason — nothing else
escapes — and a refusal writes nothing. The budget is fixed and the examples
derandomized (``tests/conftest.py``), so every run tries the same inputs.
"""

from __future__ import annotations

import shutil
import tempfile
import zipfile
from decimal import Decimal
from functools import cache
from pathlib import Path

import pytest
import yaml
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from kit.hostile import MINI_FORM, disk_state, package_files, package_manifest, write_package

from judgeapp.errors import Refused

SCRATCH = Path(tempfile.mkdtemp(prefix="judgeapp-props-"))

# Fragments that broke parsers before (and their neighbours).
HOSTILE_TEXT = [
    "[" * 40,
    "{" * 40,
    "9" * 5000,
    "\\ud800",
    "\\udfff",
    "? [a, b]\n: 1\n",
    "!!timestamp hello",
    "!!binary aGk=",
    "!!python/object:os.system",
    "&a [*a]",
    "*undefined",
    "<<: {a: 1}",
    "NaN",
    "Infinity",
    "-1e999",
    "1e999999",
    "0x" + "f" * 40,
    "\x00",
    "\x01",
    "\ufeff",
    '"',
    "'",
    ": :",
    "- - -",
    "\t",
    "=cmd|' /C calc'!A0",
]
HOSTILE_XML = [
    b'<!DOCTYPE x [<!ENTITY a "aaaa">]>',
    b"&a;",
    b'<c r="XFD1048576"><v>1</v></c>',
    b'<c r="A0"><v>1</v></c>',
    b'<c r="ZZZZ1"><v>1</v></c>',
    b'<c r="B2" t="s"><v>99999</v></c>',
    b'<c r="B2" t="s"><v>-1</v></c>',
    b'<c r="B2" t="b"><v>2</v></c>',
    b'<c r="B2"><v>NaN</v></c>',
    b'<c r="B2"><v>1e999</v></c>',
    b'<c r="B2"><f>1+1</f></c>',
    b'<c r="B2" t="e"><v>#DIV/0!</v></c>',
    b'<mergeCells><mergeCell ref="A1:B"/></mergeCells>',
    b'<mergeCells><mergeCell ref="B2:A1"/></mergeCells>',
    b'<row r="x">',
    b'<row r="99999999">',
    b"</sheetData>",
    b"<sheetData>",
    b"<",
    b"\x00",
]


def _mutate_bytes(data: bytes, edits: list[tuple[int, int]]) -> bytes:
    out = bytearray(data)
    for pos, value in edits:
        out[pos % len(out)] = value
    return bytes(out)


def _insert(text: str, pos: int, fragment: str) -> str:
    pos %= len(text) + 1
    return text[:pos] + fragment + text[pos:]


byte_edits = st.lists(st.tuples(st.integers(0, 2**31), st.integers(0, 255)), min_size=1, max_size=6)
text_edits = st.lists(
    st.tuples(st.integers(0, 2**31), st.one_of(st.sampled_from(HOSTILE_TEXT), st.text(max_size=8))),
    min_size=1,
    max_size=4,
)
xml_edits = st.lists(
    st.tuples(st.integers(0, 2**31), st.sampled_from(HOSTILE_XML)), min_size=1, max_size=3
)


def _contract(fn) -> object:
    """A value or a Refused naming a file and a reason; anything else fails."""
    try:
        return fn()
    except Refused as exc:
        assert exc.reason or str(exc), "a refusal must say why"
        return exc


@pytest.fixture(autouse=True)
def _english():
    from judgeapp.i18n import set_language

    set_language("en")


# ---- bounded JSON / YAML -----------------------------------------------------------------------
@settings(max_examples=200)
@given(
    st.binary(max_size=300)
    | st.text(max_size=300).map(lambda s: s.encode("utf-8", "surrogatepass"))
)
def test_json_loader_value_or_refusal(raw):
    from judgeapp.domain.safeparse import load_json

    _contract(lambda: load_json(raw, "x.json", max_bytes=10_000))


@settings(max_examples=300)
@given(st.text(max_size=300))
def test_yaml_loader_value_or_refusal(text):
    from judgeapp.domain.safeparse import load_yaml

    _contract(lambda: load_yaml(text, "x.yaml", max_bytes=10_000))


# ---- rubric forms --------------------------------------------------------------------------------
@settings(max_examples=150)
@given(text_edits)
def test_form_file_value_or_refusal(edits):
    from judgeapp.services.forms import load_form_file

    text = MINI_FORM.read_text(encoding="utf-8")
    for pos, fragment in edits:
        text = _insert(text, pos, fragment)
    folder = Path(tempfile.mkdtemp(dir=SCRATCH))
    path = folder / "form.yaml"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    before = disk_state(folder)
    _contract(lambda: load_form_file(path))
    assert disk_state(folder) == before


@settings(max_examples=100)
@given(text_edits)
def test_pinned_form_json_value_or_refusal(edits):
    from judgeapp.domain.rubric import form_from_json
    from judgeapp.services.forms import load_form_file

    text = load_form_file(MINI_FORM).canonical_json()
    for pos, fragment in edits:
        text = _insert(text, pos, fragment)
    _contract(lambda: form_from_json(text.encode("utf-8", "surrogatepass")))


# ---- package manifests, zips, folders --------------------------------------------------------------
@settings(max_examples=150)
@given(text_edits)
def test_manifest_value_or_refusal(edits):
    from judgeapp.domain.package import parse_manifest

    text = yaml.safe_dump(package_manifest(package_files()), allow_unicode=True)
    for pos, fragment in edits:
        text = _insert(text, pos, fragment)
    _contract(lambda: parse_manifest(text.encode("utf-8", "surrogatepass"), "p.zip"))


@cache
def _good_package(method: int) -> bytes:
    path = write_package(SCRATCH / f"good-{method}.zip", method=method)
    return path.read_bytes()


@settings(max_examples=150)
@given(st.sampled_from([zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED, zipfile.ZIP_BZIP2]), byte_edits)
def test_package_check_value_or_refusal(method, edits):
    from judgeapp.services.packages import check_package

    folder = Path(tempfile.mkdtemp(dir=SCRATCH))
    path = folder / "p.zip"
    path.write_bytes(_mutate_bytes(_good_package(method), edits))
    before = disk_state(folder)
    _contract(lambda: check_package(path))
    assert disk_state(folder) == before


@settings(max_examples=40)
@given(byte_edits)
def test_package_import_refusal_writes_nothing(workspace, edits):
    from judgeapp.services.events import create_event
    from judgeapp.services.packages import import_package

    if not workspace.query("SELECT id FROM events"):
        create_event(workspace, "PPD Uji", [str(MINI_FORM)])
    event = workspace.query("SELECT id FROM events")[0]["id"]
    folder = Path(tempfile.mkdtemp(dir=SCRATCH))
    path = folder / "p.zip"
    path.write_bytes(_mutate_bytes(_good_package(zipfile.ZIP_DEFLATED), edits))
    before = disk_state(workspace.folder)
    got = _contract(lambda: import_package(workspace, path, event))
    if isinstance(got, Refused):
        assert disk_state(workspace.folder) == before


@settings(max_examples=40)
@given(text_edits)
def test_package_folder_value_or_refusal(edits):
    from judgeapp.services.packages import check_package

    folder = Path(tempfile.mkdtemp(dir=SCRATCH)) / "paket"
    (folder / "docs").mkdir(parents=True)
    files = package_files()
    for name, data in files.items():
        (folder / name).write_bytes(data)
    text = yaml.safe_dump(package_manifest(files), allow_unicode=True)
    for pos, fragment in edits:
        text = _insert(text, pos, fragment)
    (folder / "manifest.yaml").write_bytes(text.encode("utf-8", "surrogatepass"))
    before = disk_state(folder.parent)
    _contract(lambda: check_package(folder))
    assert disk_state(folder.parent) == before


# ---- score files and bundles -------------------------------------------------------------------------
@cache
def _world() -> dict:
    """A secretariat with an event, and a judge laptop with one scored sheet."""
    from kit.judging import mini_values, score_all, setup_event

    from judgeapp.services import bundles, scorefiles
    from judgeapp.store.db import open_workspace

    base = SCRATCH / "world"
    sec = open_workspace(base / "sec")
    info = setup_event(sec, base)
    b = bundles.issue_bundle(sec, info["event"], "ani", base / "ani.zip")
    laptop = open_workspace(base / "laptop")
    bundles.open_bundle(laptop, b.path)
    score_all(laptop, info["event"], "ani", info["subs"][0], mini_values(Decimal(8)))
    exported = scorefiles.export_scores(laptop, base / "out")
    laptop.close()
    sec.close()
    return {
        "sec": base / "sec",
        "event": info["event"],
        "score": exported.path.read_bytes(),
        "bundle": b.path.read_bytes(),
    }


def _score_mutations():
    return st.one_of(
        byte_edits.map(lambda e: ("bytes", e)),
        text_edits.map(lambda e: ("text", e)),
    )


def _apply(raw: bytes, kind_edits) -> bytes:
    kind, edits = kind_edits
    if kind == "bytes":
        return _mutate_bytes(raw, edits)
    text = raw.decode("utf-8")
    for pos, fragment in edits:
        text = _insert(text, pos, fragment)
    return text.encode("utf-8", "surrogatepass")


@settings(max_examples=200)
@given(_score_mutations())
def test_score_file_verify_never_raises(kind_edits):
    from judgeapp.domain.exchange import verify_score_file

    raw = _apply(_world()["score"], kind_edits)
    v = verify_score_file(raw, "x.json")
    assert v.ok or v.failure is not None


@settings(max_examples=60)
@given(_score_mutations())
def test_score_file_import_value_or_refusal(kind_edits):
    from judgeapp.services import scorefiles
    from judgeapp.store.db import open_workspace

    world = _world()
    folder = Path(tempfile.mkdtemp(dir=SCRATCH))
    path = folder / "nilai.scores.json"
    raw = _apply(world["score"], kind_edits)
    assume(raw != world["score"])
    path.write_bytes(raw)
    with open_workspace(world["sec"]) as ws:
        before = disk_state(ws.folder)
        got = _contract(
            lambda: scorefiles.import_score_file(ws, world["event"], path, backup=False)
        )
        if isinstance(got, Refused):
            assert disk_state(ws.folder) == before
        else:
            pytest.fail(f"a mutated score file was imported: {got}")


@settings(max_examples=80)
@given(byte_edits)
def test_bundle_open_refusal_leaves_no_workspace(edits):
    from judgeapp.services import bundles

    folder = Path(tempfile.mkdtemp(dir=SCRATCH))
    path = folder / "b.zip"
    path.write_bytes(_mutate_bytes(_world()["bundle"], edits))
    target = folder / "laptop"
    got = _contract(lambda: bundles.open_bundle_at(target, path))
    if isinstance(got, Refused):
        assert not target.exists()


@settings(max_examples=60)
@given(text_edits)
def test_bundle_manifest_value_or_refusal(edits):
    from judgeapp.domain.exchange import parse_bundle_manifest

    with zipfile.ZipFile(SCRATCH / "world" / "ani.zip") as zf:
        text = zf.read("bundle.json").decode("utf-8")
    for pos, fragment in edits:
        text = _insert(text, pos, fragment)
    try:
        parse_bundle_manifest(text.encode("utf-8", "surrogatepass"))
    except ValueError as exc:  # the documented refusal of this one function
        assert str(exc)


# ---- spreadsheets ---------------------------------------------------------------------------------
@cache
def _template() -> tuple[Path, Path]:
    from judgeapp.services import paper
    from judgeapp.store.db import open_workspace

    world = _world()
    with open_workspace(world["sec"]) as ws:
        x = paper.export_template(ws, world["event"], SCRATCH / "template.xlsx")
        c = paper.export_template(ws, world["event"], SCRATCH / "template.csv")
    return x, c


def _mutated_xlsx(src: Path, dest: Path, edits) -> Path:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename.endswith("sheet1.xml") or info.filename.endswith("sharedStrings.xml"):
                for pos, fragment in edits:
                    pos %= len(data) + 1
                    data = data[:pos] + fragment + data[pos:]
            zout.writestr(info.filename, data)
    return dest


@settings(max_examples=120)
@given(xml_edits)
def test_paper_xlsx_value_or_refusal(edits):
    from judgeapp.services import paper

    src, _csv = _template()
    folder = Path(tempfile.mkdtemp(dir=SCRATCH))
    path = _mutated_xlsx(src, folder / "paper.xlsx", edits)
    before = disk_state(folder)
    _contract(lambda: paper.read_rows(path))
    assert disk_state(folder) == before


@settings(max_examples=60)
@given(byte_edits)
def test_paper_xlsx_bytes_value_or_refusal(edits):
    from judgeapp.services import paper

    src, _csv = _template()
    folder = Path(tempfile.mkdtemp(dir=SCRATCH))
    path = folder / "paper.xlsx"
    path.write_bytes(_mutate_bytes(src.read_bytes(), edits))
    _contract(lambda: paper.read_rows(path))


@settings(max_examples=120)
@given(text_edits)
def test_paper_csv_import_value_or_refusal(edits):
    from judgeapp.services import paper
    from judgeapp.store.db import open_workspace

    world = _world()
    _xlsx, src = _template()
    text = src.read_text(encoding="utf-8")
    for pos, fragment in edits:
        text = _insert(text, pos, fragment)
    folder = Path(tempfile.mkdtemp(dir=SCRATCH))
    path = folder / "paper.csv"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    with open_workspace(world["sec"]) as ws:
        before = disk_state(ws.folder)
        got = _contract(lambda: paper.parse_file(ws, world["event"], path))
        if isinstance(got, Refused):
            assert disk_state(ws.folder) == before


@cache
def _worksheet() -> Path:
    from judgeapp.services.forms import load_form_file
    from judgeapp.services.worksheet import write_worksheet

    form = load_form_file(MINI_FORM)
    keys = form.score_keys()
    scores = {"Kota Alpha": {k: Decimal(8) for k in keys}}
    return write_worksheet(SCRATCH / "worksheet.xlsx", form, ["Kota Alpha"], scores, {}, judge="A")


@settings(max_examples=120)
@given(xml_edits)
def test_official_worksheet_value_or_refusal(edits):
    from judgeapp.services.worksheet import read_worksheet

    folder = Path(tempfile.mkdtemp(dir=SCRATCH))
    path = _mutated_xlsx(_worksheet(), folder / "lembar.xlsx", edits)
    _contract(lambda: read_worksheet(path))


def teardown_module(_module) -> None:
    shutil.rmtree(SCRATCH, ignore_errors=True)
