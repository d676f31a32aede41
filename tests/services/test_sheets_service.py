"""The judge's use cases on a real workspace: score, refuse, finalise, re-open, conflict."""

from __future__ import annotations

from decimal import Decimal

import pytest

from judgeapp.domain.evidence import EvidenceLink
from judgeapp.domain.scoring import ScoreError, score_sheet
from judgeapp.services import sheets
from judgeapp.store import events as store_events
from judgeapp.store import sheets as store_sheets
from judgeapp.store.forms import pin_form


@pytest.fixture
def event(workspace, mini_form):
    digest = pin_form(workspace, mini_form)
    eid = store_events.create_event(
        workspace, "PPD uji", "ppd", [store_events.StageSpec("tahap2", "Tahap II", digest)]
    )
    for n, name in enumerate(["Kota Sukabumi", "Kota Bogor"]):
        rid = store_events.upsert_region(workspace, name, "kota", "Jawa Barat")
        with workspace.transaction():
            workspace.conn.execute(
                "INSERT INTO submissions(id, event_id, region_id, category, imported_at)"
                " VALUES (?, ?, ?, 'kota', 'now')",
                (f"s{n}", eid, rid),
            )
    store_events.add_judge(workspace, eid, "Dr. Contoh", judge_id="j1")
    return eid


FULL = {
    "ekonomi.1": "8",
    "ekonomi.2": "9,5",
    "kemiskinan.1": "7.25",
    "output.1": "10",
    "output.2": "6",
}


def test_scores_are_parsed_stored_and_totalled(workspace, mini_form, event):
    st = sheets.open_sheet(workspace, event, "tahap2", "j1", "s0")
    for key, text in FULL.items():
        st = sheets.record_score(workspace, st.data.id, key, text, "j1")
    # the same numbers as the domain engine on what is stored
    stored = store_sheets.load_sheet(workspace, st.data.id).scores
    assert stored["ekonomi.2"] == Decimal("9.5")
    assert st.result.total == score_sheet(mini_form, stored).total == Decimal("8.1500")


@pytest.mark.parametrize("text", ["11", "4.99", "8.255", "abc", "NaN", "1e1"])
def test_bad_input_is_refused_and_nothing_written(workspace, event, text):
    st = sheets.open_sheet(workspace, event, "tahap2", "j1", "s0")
    before = store_sheets.load_sheet(workspace, st.data.id)
    with pytest.raises(ScoreError):
        sheets.record_score(workspace, st.data.id, "ekonomi.1", text, "j1")
    after = store_sheets.load_sheet(workspace, st.data.id)
    assert after.scores == before.scores and after.revision == before.revision


def test_finalise_refused_while_incomplete_then_read_only(workspace, event):
    st = sheets.open_sheet(workspace, event, "tahap2", "j1", "s0")
    for key, text in FULL.items():
        st = sheets.record_score(workspace, st.data.id, key, text, "j1")
    with pytest.raises(sheets.SheetRefused):
        sheets.finalise(workspace, st.data.id, "j1")
    missing = {(m.key, m.field) for m in st.completeness.missing}
    assert missing == {("ekonomi", "keunggulan"), ("ekonomi", "rekomendasi")}
    sheets.record_text(workspace, st.data.id, "ekonomi", "keunggulan", "Kece", "j1")
    sheets.record_text(workspace, st.data.id, "ekonomi", "rekomendasi", "Perluas", "j1")
    st = sheets.finalise(workspace, st.data.id, "j1")
    assert st.final
    with pytest.raises(sheets.SheetRefused):
        sheets.record_score(workspace, st.data.id, "ekonomi.1", "9", "j1")
    with pytest.raises(sheets.SheetRefused):
        sheets.reopen(workspace, st.data.id, "j1", "  ")
    st = sheets.reopen(workspace, st.data.id, "j1", "salah ketik butir 1")
    assert not st.final
    st = sheets.record_score(workspace, st.data.id, "ekonomi.1", "9", "j1")
    assert st.data.scores["ekonomi.1"] == Decimal("9")


def test_conflict_locks_the_region_for_that_judge(workspace, event):
    sheets.declare_conflict(workspace, event, "j1", "s1", "kerabat di Bappeda", "j1")
    with pytest.raises(sheets.SheetRefused):
        sheets.open_sheet(workspace, event, "tahap2", "j1", "s1")
    # other regions stay open
    assert sheets.open_sheet(workspace, event, "tahap2", "j1", "s0").data.status == "open"


def test_conflict_refused_after_scoring(workspace, event):
    st = sheets.open_sheet(workspace, event, "tahap2", "j1", "s0")
    sheets.record_score(workspace, st.data.id, "ekonomi.1", "8", "j1")
    with pytest.raises(sheets.SheetRefused):
        sheets.declare_conflict(workspace, event, "j1", "s0", "late", "j1")


def test_evidence_page_must_exist(workspace, event):
    st = sheets.open_sheet(workspace, event, "tahap2", "j1", "s0")
    with pytest.raises(sheets.SheetRefused):
        sheets.link_evidence(
            workspace, st.data.id, EvidenceLink("ekonomi.1", "docs/a.pdf", 0), "j1"
        )
    st = sheets.link_evidence(
        workspace, st.data.id, EvidenceLink("ekonomi.1", "docs/a.pdf", 4), "j1"
    )
    assert st.data.evidence[0]["page"] == 4
