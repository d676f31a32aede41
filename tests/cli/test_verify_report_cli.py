"""`judgeapp verify REPORT.pdf` checks a printed report against the workspace."""

from __future__ import annotations

from decimal import Decimal

from kit.judging import mini_values, score_all, setup_event

from judgeapp.cli import main
from judgeapp.services import sheets
from judgeapp.store.db import open_workspace


def test_verify_printed_ranking_then_detect_a_later_change(tmp_path, capsys):
    folder = tmp_path / "ws"
    ws = open_workspace(folder)
    world = setup_event(ws, tmp_path, packaged=0)
    eid, subs, judges = world["event"], world["subs"], world["judges"]
    for n, judge in enumerate(judges):
        for m, sub in enumerate(subs):
            score_all(ws, eid, judge, sub, mini_values(Decimal(6 + n) + Decimal(m) / 4))
    ws.close()
    pdf = tmp_path / "peringkat.pdf"
    assert (
        main(["report", "ranking", "--event", eid, "--workspace", str(folder), "--out", str(pdf)])
        == 0
    )
    capsys.readouterr()
    assert main(["verify", str(pdf), "--workspace", str(folder)]) == 0
    assert "✓" in capsys.readouterr().out

    # a judge re-opens a sheet and changes a score: the printed ranking is stale
    ws = open_workspace(folder)
    st = sheets.open_sheet(ws, eid, None, judges[0], subs[0])
    sheets.reopen(ws, st.data.id, judges[0], "koreksi")
    key = st.form.score_keys()[0]
    sheets.record_score(ws, st.data.id, key, "5", judges[0])
    sheets.finalise(ws, st.data.id, judges[0])
    ws.close()
    assert main(["verify", str(pdf), "--workspace", str(folder)]) == 1
    captured = capsys.readouterr()
    assert "✗" in captured.out


def test_verify_refuses_a_pdf_that_is_not_a_report(tmp_path, capsys):
    fake = tmp_path / "lain.pdf"
    fake.write_bytes(b"%PDF-1.4\n%%EOF\n")
    open_workspace(tmp_path / "ws").close()
    assert main(["verify", str(fake), "--workspace", str(tmp_path / "ws")]) == 1
    assert "lain.pdf" in capsys.readouterr().err
