"""judgeapp judge / assign / conflict / schedule / bundle / scores / verify / progress / key."""

from __future__ import annotations

import csv
import json

import pytest
from kit.judging import MINI

from judgeapp.cli import main


def run(capsys, *argv):
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def sec(tmp_path, capsys):
    ws = str(tmp_path / "sec")
    code, out, _ = run(
        capsys, "event", "create", "--name", "PPD Uji", "--form", str(MINI), "--workspace", ws
    )
    assert code == 0
    eid = out.strip()
    from judgeapp.services import setup
    from judgeapp.store.db import open_workspace
    from judgeapp.store.setup import NewRegionSubmission

    with open_workspace(ws) as w:
        subs = [
            setup.add_submission(w, eid, NewRegionSubmission(r, "kota"))
            for r in ("Kota Alpha", "Kota Beta")
        ]
    for name, role in (("Ani", "TPI"), ("Budi", "TPU")):
        code, out, _ = run(
            capsys,
            "judge",
            "add",
            "--event",
            eid,
            "--name",
            name,
            "--role",
            role,
            "--workspace",
            ws,
        )
        assert code == 0
    return ws, eid, subs


def test_setup_commands(sec, capsys):
    ws, eid, subs = sec
    code, out, _ = run(capsys, "assign", "--event", eid, "--all", "--workspace", ws)
    assert code == 0 and "4" in out
    code, out, _ = run(
        capsys,
        "conflict",
        "--event",
        eid,
        "--judge",
        "ani",
        "--submission",
        subs[0],
        "--reason",
        "keluarga",
        "--workspace",
        ws,
    )
    assert code == 0 and "1" in out
    code, out, _ = run(capsys, "assign", "--event", eid, "--judge", "ani", "--workspace", ws)
    assert code == 0 and "ani" in out  # the conflicted cell is reported as skipped
    code, _out, err = run(
        capsys,
        "assign",
        "--event",
        eid,
        "--judge",
        "ani",
        "--submission",
        subs[0],
        "--workspace",
        ws,
    )
    assert code == 1 and "ani" in err
    code, out, _ = run(
        capsys,
        "schedule",
        "--event",
        eid,
        "--submission",
        subs[1],
        "--at",
        "2023-05-02 09:30",
        "--room",
        "R1",
        "--workspace",
        ws,
    )
    assert code == 0 and "2023-05-02T09:30" in out and "Kota Beta" in out
    code, _out, err = run(
        capsys,
        "schedule",
        "--event",
        eid,
        "--submission",
        subs[1],
        "--at",
        "kapan-kapan",
        "--workspace",
        ws,
    )
    assert code == 1 and "kapan-kapan" in err
    code, _out, err = run(
        capsys, "judge", "add", "--event", eid, "--name", "X", "--role", "raja", "--workspace", ws
    )
    assert code == 1 and "raja" in err
    code, out, _ = run(capsys, "judge", "list", "--event", eid, "--workspace", ws)
    assert "ani" in out and "TPU" in out


def test_bundle_scores_verify_progress(sec, capsys, tmp_path):
    ws, eid, subs = sec
    run(capsys, "assign", "--event", eid, "--all", "--workspace", ws)
    code, out, _ = run(
        capsys,
        "bundle",
        "issue",
        "--event",
        eid,
        "--out",
        str(tmp_path / "bundles"),
        "--workspace",
        ws,
    )
    assert code == 0 and out.count(".bundle.zip") == 2
    bundle = tmp_path / "bundles" / f"{eid}-ani.bundle.zip"
    jws = str(tmp_path / "ani")
    code, out, _ = run(capsys, "bundle", "open", str(bundle), "--workspace", jws)
    assert code == 0 and "ani" in out
    code, out, _ = run(capsys, "key", "show", "--workspace", jws)
    fingerprint = out.splitlines()[0]
    assert code == 0 and len(fingerprint) == 39
    code, out, _ = run(capsys, "verify", str(bundle))
    assert code == 0 and "ani" in out
    # the judge scores through the service, then exports
    from judgeapp.services import sheets
    from judgeapp.store.db import open_workspace

    with open_workspace(jws) as w:
        st = sheets.open_sheet(w, eid, None, "ani", subs[0])
        sheets.record_score(w, st.data.id, "ekonomi.1", "8,5", "ani")
    code, out, _ = run(
        capsys, "scores", "export", "--out", str(tmp_path / "out"), "--workspace", jws
    )
    assert code == 0 and fingerprint in out
    f = next((tmp_path / "out").glob("*.scores.json"))
    code, out, _ = run(capsys, "verify", str(f))
    assert code == 0 and out.count("✓") == 7
    code, out, _ = run(capsys, "verify", str(f), "--event", eid, "--workspace", ws)
    assert code == 0 and out.count("✓") == 12
    # verify --event refuses what import refuses: a score off the form's scale
    import json as _json

    from judgeapp.domain.exchange import build_score_file, file_revision
    from judgeapp.store.keys import own_key

    doc = _json.loads(f.read_bytes())
    doc["payload"]["sheets"][0]["scores"]["ekonomi.1"] = "11"
    doc["payload"]["revision"] = file_revision(doc["payload"]["sheets"])
    with open_workspace(jws) as w:
        forged = build_score_file(doc["payload"], own_key(w).private_key)
    over = tmp_path / "over.scores.json"
    over.write_bytes(forged)
    code, out, err = run(capsys, "verify", str(over))
    assert code == 0  # alone, the file is intact and signed
    code, out, err = run(capsys, "verify", str(over), "--event", eid, "--workspace", ws)
    assert code == 1 and "scores.ekonomi.1" in err
    code, out, err2 = run(capsys, "scores", "import", str(over), "--event", eid, "--workspace", ws)
    assert code == 1 and err.split(": ", 2)[2] in err2
    tampered = tmp_path / "t.scores.json"
    tampered.write_bytes(f.read_bytes().replace(b'"8.5"', b'"9.5"'))
    code, out, err = run(capsys, "verify", str(tampered))
    assert code == 1 and "✗" in out and "t.scores.json" in err
    code, out, err = run(
        capsys, "scores", "import", str(f), str(tampered), "--event", eid, "--workspace", ws
    )
    assert code == 1 and "t.scores.json" in err and f.name in out
    code, out, _ = run(capsys, "scores", "import", str(f), "--event", eid, "--workspace", ws)
    assert code == 0 and f.name in out
    code, out, _ = run(capsys, "progress", "--event", eid, "--format", "json", "--workspace", ws)
    board = json.loads(out)
    statuses = {(c["judge"], c["submission"]): c["status"] for c in board["cells"]}
    assert statuses[("ani", subs[0])] == "in_progress"
    assert statuses[("budi", subs[0])] == "missing"
    assert "budi" in board["missing_by_judge"]
    code, out, _ = run(capsys, "progress", "--event", eid, "--workspace", ws)
    assert code == 0 and "budi" in out
    code, out, _ = run(capsys, "verify", ws)
    assert code == 0 and "integrity_check: ok" in out


def test_paper_template_and_import(sec, capsys, tmp_path):
    ws, eid, subs = sec
    run(capsys, "assign", "--event", eid, "--judge", "budi", "--workspace", ws)
    tpl = tmp_path / "budi.csv"
    code, _out, _ = run(
        capsys,
        "scores",
        "template",
        "--event",
        eid,
        "--judge",
        "budi",
        "--out",
        str(tpl),
        "--workspace",
        ws,
    )
    assert code == 0
    rows = list(csv.DictReader(tpl.open(encoding="utf-8")))
    for r in rows:
        r["value"] = "8" if r["field"] == "score" else "Catatan"
    keyed = tmp_path / "keyed.csv"
    with keyed.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    other = tmp_path / "keyed-b.csv"
    other.write_text(keyed.read_text(encoding="utf-8").replace(",8\n", ",9\n", 1), encoding="utf-8")
    code, _out, err = run(
        capsys,
        "scores",
        "import",
        str(keyed),
        str(other),
        "--double-entry",
        "--event",
        eid,
        "--workspace",
        ws,
    )
    assert code == 1 and "keyed-b.csv" in err and "≠" in err
    code, out, _ = run(capsys, "scores", "import", str(keyed), "--event", eid, "--workspace", ws)
    assert code == 0 and "2" in out
    junk = tmp_path / "junk.bin"
    junk.write_bytes(b"\x00\x01")
    code, _out, err = run(capsys, "scores", "import", str(junk), "--event", eid, "--workspace", ws)
    assert code == 1 and "junk.bin" in err


def test_worksheet_needs_judge(sec, capsys, tmp_path):
    ws, eid, _subs = sec
    from judgeapp.services.forms import load_form_file
    from judgeapp.services.worksheet import write_worksheet

    path = write_worksheet(
        tmp_path / "ws.xlsx", load_form_file(MINI), ["Kota Alpha"], {"Kota Alpha": {}}
    )
    code, _out, err = run(capsys, "scores", "import", str(path), "--event", eid, "--workspace", ws)
    assert code == 1 and "--judge" in err
    code, out, _ = run(
        capsys, "scores", "import", str(path), "--event", eid, "--judge", "ani", "--workspace", ws
    )
    assert code == 0 and "Kota Alpha" in out


def test_key_register(sec, capsys):
    ws, eid, _subs = sec
    from judgeapp.domain.exchange import generate_keypair

    k1, k2 = generate_keypair(), generate_keypair()
    code, out, _ = run(
        capsys,
        "key",
        "register",
        "--event",
        eid,
        "--judge",
        "ani",
        "--public-key",
        k1.public_key,
        "--workspace",
        ws,
    )
    assert code == 0 and k1.fingerprint in out
    code, _out, err = run(
        capsys,
        "key",
        "register",
        "--event",
        eid,
        "--judge",
        "ani",
        "--public-key",
        k2.public_key,
        "--workspace",
        ws,
    )
    assert code == 1 and k1.fingerprint in err


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("what", ["judge-list", "worksheet"])
def test_a_fake_xlsx_is_refused_in_the_users_words(sec, capsys, tmp_path, lang, what):
    from judgeapp.i18n import set_language

    ws, eid, _subs = sec
    fake = tmp_path / "juri.xlsx"
    if what == "judge-list":
        fake.write_bytes(b"Nama,Peran\nAni,TPI\n")  # a CSV renamed to .xlsx
        argv = ["judge", "import", "--event", eid, str(fake)]
    else:  # looks like a zip at first sight, but it is cut short
        fake.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
        argv = ["scores", "import", str(fake), "--event", eid, "--judge", "ani"]
    try:
        code, _out, err = run(capsys, "--lang", lang, *argv, "--workspace", ws)
    finally:
        set_language("id")
    assert code == 1 and "juri.xlsx" in err
    assert "zip file" not in err and "File is" not in err and "Traceback" not in err
    if lang == "id":
        assert "isinya bukan arsip zip" in err, err
    else:
        assert "its content is not a zip archive" in err, err
