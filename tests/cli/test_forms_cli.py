"""judgeapp forms list / forms check, and creating a PPD event from the shipped forms."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from judgeapp.cli import main
from judgeapp.services.forms import load_form_file

ROOT = Path(__file__).resolve().parents[2]
FORMS = ROOT / "forms"


def test_forms_list_table_and_json(capsys):
    assert main(["forms", "list"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert [line.split()[0] for line in lines] == [
        "ppd-tahap1",
        "ppd-tahap2",
        "ppd-tahap3",
        "sinovik-presentasi",
        "sinovik-proposal",
        "smartcity-tahap2",
    ]
    assert main(["forms", "list", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    by_id = {r["id"]: r for r in rows}
    t2 = load_form_file(FORMS / "ppd-tahap2.yaml")
    assert by_id["ppd-tahap2"]["hash"] == t2.hash
    assert by_id["ppd-tahap2"]["file"] == "ppd-tahap2.yaml"
    assert by_id["smartcity-tahap2"]["competition"] == "smartcity"


def test_forms_check_ok(capsys):
    files = [str(p) for p in sorted(FORMS.glob("*.yaml"))]
    assert main(["forms", "check", *files]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == [f"{f}: ok" for f in files]


def _copy(tmp_path: Path, name: str, fn) -> Path:
    data = yaml.safe_load((FORMS / name).read_text(encoding="utf-8"))
    fn(data)
    out = tmp_path / f"mutated-{name}"
    out.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return out


def test_forms_check_one_line_per_problem_across_files(tmp_path, capsys):
    def two_problems(d):
        d["judges"]["rule"] = "vote"
        d["total_decimals"] = 12

    bad1 = _copy(tmp_path, "ppd-tahap2.yaml", two_problems)
    bad2 = _copy(
        tmp_path,
        "sinovik-presentasi.yaml",
        lambda d: d["aspects"][1].__setitem__("weight", 20),
    )
    good = FORMS / "ppd-tahap1.yaml"
    assert main(["forms", "check", str(bad1), str(good), str(bad2)]) == 1
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 3
    places = sorted(line.split(": ")[:2] for line in lines)
    assert places == sorted(
        [[str(bad1), "judges.rule"], [str(bad1), "total_decimals"], [str(bad2), "aspects"]]
    )
    assert f"{bad2}: aspects: aspect weights sum to 90, not 100" in lines
    assert captured.out == ""  # no "ok" lines when anything failed


@pytest.mark.parametrize(
    ("text", "place", "reason"),
    [
        ("format: judgeapp.form/1\nid: [x\n", "line 3, column 1", "invalid YAML"),
        ("- just\n- a list\n", "<form>", "the file must hold a mapping"),
    ],
)
def test_forms_check_unreadable_files(tmp_path, capsys, text, place, reason):
    path = tmp_path / "broken.yaml"
    path.write_text(text, encoding="utf-8")
    assert main(["--lang", "en", "forms", "check", str(path)]) == 1
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert line.startswith(f"{path}: {place}: {reason}")


def test_forms_check_missing_and_binary_files(tmp_path, capsys):
    binary = tmp_path / "latin1.yaml"
    binary.write_bytes("title: Penilaian \xe9".encode("latin-1"))
    missing = tmp_path / "nope.yaml"
    assert main(["--lang", "en", "forms", "check", str(missing), str(binary)]) == 1
    lines = capsys.readouterr().err.strip().splitlines()
    assert lines[0].startswith(f"{missing}: <file>: ")
    assert lines[1].startswith(f"{binary}: byte ") and lines[1].endswith("not UTF-8 text")


def test_ppd_event_gets_the_stage_defaults(tmp_path, capsys):
    ws = str(tmp_path / "ws")
    args = ["event", "create", "--name", "PPD 2023", "--workspace", ws]
    for n in (1, 2, 3):
        args += ["--form", f"ppd-tahap{n}"]
    assert main(args) == 0
    capsys.readouterr()
    assert main(["events", "--format", "json", "--workspace", ws]) == 0
    (event,) = json.loads(capsys.readouterr().out)
    assert [(s["id"], s["weight"]) for s in event["stages"]] == [
        ("tahap1", "30"),
        ("tahap2", "25"),
        ("tahap3", "45"),
    ]
