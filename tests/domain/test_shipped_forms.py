"""The six shipped forms: valid, traceable figures, and ppd-tahap2 == the official worksheet."""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
import yaml

from judgeapp.domain.rubric import parse_form
from judgeapp.domain.scoring import quantize, score_sheet
from judgeapp.services.forms import load_form_file
from judgeapp.services.worksheet import (
    form_scores,
    form_texts,
    match_form,
    normalise_text,
    read_worksheet,
    write_worksheet,
)

ROOT = Path(__file__).resolve().parents[2]
FORMS = ROOT / "forms"
IDS = {
    "ppd-tahap1",
    "ppd-tahap2",
    "ppd-tahap3",
    "sinovik-proposal",
    "sinovik-presentasi",
    "smartcity-tahap2",
}
D = Decimal


def form(form_id: str):
    return load_form_file(FORMS / f"{form_id}.yaml")


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "judgeapp", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )


# ---- all forms -----------------------------------------------------------------
def test_six_forms_named_after_their_ids():
    files = sorted(FORMS.glob("*.yaml"))
    assert {p.stem for p in files} == IDS
    for p in files:
        f = load_form_file(p)
        assert f.id == p.stem
        assert any(n.startswith("[R]") or "[R]" in n for n in f.notes), f"{f.id}: no [R] note"


def test_forms_check_cli_accepts_all_and_refuses_a_mutated_copy(tmp_path):
    files = [str(p.relative_to(ROOT)) for p in sorted(FORMS.glob("*.yaml"))]
    ok = run_cli("forms", "check", *files)
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.count(": ok") == 6

    data = yaml.safe_load((FORMS / "smartcity-tahap2.yaml").read_text(encoding="utf-8"))
    data["aspects"][0]["weight"] = 99
    data["aspects"][0]["indicators"][0]["weight"] = 9  # Baseline 10 -> 9: sum 99
    bad = tmp_path / "smartcity-99.yaml"
    bad.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    res = run_cli("forms", "check", str(bad))
    assert res.returncode == 1
    assert res.stderr.strip().splitlines() == [
        f"{bad}: aspects: indicator weights sum to 99, not 100"
    ]


@pytest.mark.parametrize(
    ("mutation", "expected"),
    [
        (
            lambda d: d["aspects"][0]["indicators"][0].__setitem__("weight", 2),
            "aspects[0].weight: 30 but its indicators sum to 29",
        ),
        (
            lambda d: d["aspects"][3]["indicators"][3]["items"][0].__setitem__("id", "1.1"),
            "aspects[3].indicators[3].items[0]: id '1.1' already used at "
            "aspects[0].indicators[0].items[0]",
        ),
        (
            lambda d: d.__setitem__("scale", {"kind": "range", "min": 10, "max": 5}),
            "scale: min 10 must be below max 5",
        ),
    ],
    ids=["weight", "duplicate-id", "bad-scale"],
)
def test_mutated_ppd_tahap2_is_refused_with_one_line(tmp_path, mutation, expected):
    data = yaml.safe_load((FORMS / "ppd-tahap2.yaml").read_text(encoding="utf-8"))
    mutation(data)
    bad = tmp_path / "ppd-tahap2-mutated.yaml"
    bad.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    res = run_cli("forms", "check", str(bad))
    assert res.returncode == 1
    assert res.stderr.strip().splitlines() == [f"{bad}: {expected}"]


def test_ppd_stage_defaults_and_ladder_shared():
    forms = [form(f"ppd-tahap{n}") for n in (1, 2, 3)]
    stage_ids = [f.stage for f in forms]
    assert stage_ids == ["tahap1", "tahap2", "tahap3"]
    for f in forms:
        assert [(s.id, s.weight) for s in f.stages] == list(
            zip(stage_ids, (30, 25, 45), strict=True)
        )
        assert f.tie_break == forms[1].tie_break
        assert f.judges.rule == "median"
        for rule in f.tie_break:
            kind, _, arg = rule.partition(":")
            if kind == "stage":
                assert arg in stage_ids


# ---- PPD Tahap II ----------------------------------------------------------------
TAHAP2_WEIGHTS = [3, 3, 4.5, 3.75, 3, 3, 2.25, 3, 1.5, 3, 4, 6, 4, 6, 9, 6, 9, 6, 2, 4, 5, 9]
TAHAP2_COUNTS = [10] * 10 + [7, 6, 8, 8, 9, 9, 9, 8, 8, 9, 7, 7]
LAST_FOUR = [
    "Peran pemimpin",
    "Kapasitas penyampaian dan kelengkapan materi",
    "Argumentasi pada proses wawancara",
    "Keterlibatan pemimpin",
]


def test_ppd_tahap2_figures():
    f = form("ppd-tahap2")
    assert [(a.title, f.aspect_weight(a)) for a in f.aspects] == [
        ("Pencapaian", 30),
        ("Kualitas Dokumen RKPD", 20),
        ("Proses Penyusunan Dokumen RKPD", 30),
        ("Inovasi", 20),
    ]
    inds = [ind for _a, ind in f.indicators()]
    assert [ind.id for ind in inds] == [f"i{n:02d}" for n in range(1, 23)]
    assert [ind.weight for ind in inds] == [D(str(w)) for w in TAHAP2_WEIGHTS]
    assert [len(ind.items) for ind in inds] == TAHAP2_COUNTS
    assert len(f.score_keys()) == 195
    for n, ind in enumerate(inds, start=1):
        assert [it.id for it in ind.items] == [f"{n}.{k}" for k in range(1, len(ind.items) + 1)]
        assert [it.text for it in ind.items[-4:]] == LAST_FOUR
        assert [(fl.id, fl.required) for fl in ind.fields] == [
            ("keunggulan", True),
            ("rekomendasi", True),
        ]
        assert 1 <= len(ind.questions) <= 3
        for it in ind.items:
            assert it.text == normalise_text(it.text)  # committed text is already normalised
    sc = f.scale
    assert (sc.kind, sc.min, sc.max, sc.decimals) == ("range", 5, 10, 2)
    assert f.rollup == "mean_scored" and f.weighting == "indicators"
    assert f.total_scale() == (5, 10)
    assert sum(p.minutes for p in f.timer) == 100


def _compare_with_sheet(f, sheet):
    """Item by item: aspects, indicator titles and weights, every item text."""
    assert len(sheet.items) == 195
    assert [(a.number, a.title, a.weight) for a in sheet.aspects] == [
        (k, a.title, f.aspect_weight(a)) for k, a in enumerate(f.aspects, start=1)
    ]
    inds = [ind for _a, ind in f.indicators()]
    assert len(sheet.indicators) == len(inds) == 22
    for s_ind, ind in zip(sheet.indicators, inds, strict=True):
        assert s_ind.title == ind.title
        assert s_ind.note == ind.description
        assert s_ind.weight == ind.weight
        assert len(s_ind.items) == len(ind.items)
        for s_it, it in zip(s_ind.items, ind.items, strict=True):
            assert normalise_text(s_it.text) == it.text, f"row {s_it.row}"
            assert s_it.key == it.id
    mapping = match_form(sheet, f)
    assert len(mapping) == 195 and all(k == v for k, v in mapping.items())


def test_ppd_tahap2_matches_the_official_worksheet(official_worksheet):
    f = form("ppd-tahap2")
    sheet = read_worksheet(official_worksheet)
    _compare_with_sheet(f, sheet)


def test_official_totals_equal_the_worksheets_own_formula_results(official_worksheet):
    f = form("ppd-tahap2")
    sheet = read_worksheet(official_worksheet)
    assert [r.name for r in sheet.regions] == [
        "Bali",
        "Banten",
        "Kabupaten Ogan Komering Ulu Timur",
    ]
    totals = {}
    for region in sheet.regions:
        scores = form_scores(sheet, f, region)
        assert len(scores) == 195
        res = score_sheet(f, scores)
        cached = sheet.cached[region.slot]
        assert cached.total_cell == ("CD221", "CE221", "CF221")[region.slot - 1]
        # per indicator: AVERAGEIF and weighted cells (the file caches IEEE doubles)
        for n, (_a, ind) in enumerate(f.indicators(), start=1):
            assert abs(res.indicators[ind.id] - cached.indicators[n]) < D("1e-12")
            assert abs(res.weighted[ind.id] - cached.weighted[n]) < D("1e-12")
        exact = sum(res.weighted.values(), D(0))
        assert abs(exact - cached.total) < D("1e-12")
        assert res.total == quantize(cached.total, f.total_decimals)
        totals[region.name] = res.total
    assert totals == {
        "Bali": D("7.8339"),
        "Banten": D("7.4501"),
        "Kabupaten Ogan Komering Ulu Timur": D("7.8802"),
    }


def test_ppd_tahap2_matches_a_written_worksheet(tmp_path):
    """The same checks against a workbook generated from the form (no reference needed)."""
    f = form("ppd-tahap2")
    keys = f.score_keys()
    scores = {
        "Kota Contoh": {k: D(5) + D(i % 501) / 100 for i, k in enumerate(keys)},
        "Kabupaten Contoh": {k: D(10) - D(i % 7) / 4 for i, k in enumerate(keys) if i % 5},
    }
    path = write_worksheet(tmp_path / "lembar.xlsx", f, list(scores), scores)
    sheet = read_worksheet(path)
    _compare_with_sheet(f, sheet)
    for region in sheet.regions:
        got = form_scores(sheet, f, region)
        assert got == scores[region.name]
        # independent computation: exact fractions, mean of scored items × weight
        exact = Fraction(0)
        for _a, ind in f.indicators():
            vals = [Fraction(got[it.id]) for it in ind.items if it.id in got]
            if vals:
                exact += sum(vals) / len(vals) * Fraction(ind.weight) / 100
        res = score_sheet(f, got)
        assert Fraction(sum(res.weighted.values(), D(0))) == exact
        assert sheet.cached[region.slot].total is None  # openpyxl computes no formulas
        assert form_texts(sheet, f, region) == {}


# ---- PPD Tahap I and III --------------------------------------------------------------
def test_ppd_tahap1_figures():
    f = form("ppd-tahap1")
    assert [(a.title, f.aspect_weight(a)) for a in f.aspects] == [
        ("Pencapaian", 40),
        ("Keterkaitan", 5),
        ("Konsistensi", D("11.25")),
        ("Kelengkapan dan Kedalaman", D("23.75")),
        ("Inovasi", 20),
    ]
    inovasi = f.aspects[-1].indicators
    assert [(i.title, i.weight) for i in inovasi] == [
        ("Kelengkapan dokumen inovasi", 5),
        ("Kedalaman inovasi", 15),
    ]
    assert f.rollup == "share_met_x10"
    for _a, ind in f.indicators():
        for it in ind.items:
            sc = f.scale_of(ind, it)
            assert sc.kind == "levels" and [lv.value for lv in sc.levels] == [0, 1]
            assert all(lv.descriptor.strip() for lv in sc.levels), it.id
    for a in f.aspects:
        assert [(fl.label, fl.required) for fl in a.fields] == [("Masukan dan Saran", True)]
    everything = dict.fromkeys(f.score_keys(), D(1))
    assert score_sheet(f, everything).total == 10
    assert score_sheet(f, dict.fromkeys(f.score_keys(), D(0))).total == 0


def test_ppd_tahap3_reuses_tahap2_with_a_source_field_per_item():
    t2, t3 = form("ppd-tahap2"), form("ppd-tahap3")
    assert t3.effective_weights() == t2.effective_weights()
    assert t3.score_keys() == t2.score_keys()
    for (_a2, i2), (_a3, i3) in zip(t2.indicators(), t3.indicators(), strict=True):
        assert [it.text for it in i3.items] == [it.text for it in i2.items]
        assert i3.fields == i2.fields
        for it in i3.items:
            assert [(fl.id, fl.label, fl.required) for fl in it.fields] == [
                ("sumber", "Sumber informasi", False)
            ]
    assert t3.judges.rule == "median" and t3.scale == t2.scale


# ---- Sinovik ------------------------------------------------------------------------
def test_sinovik_proposal_weights_2023():
    f = form("sinovik-proposal")
    assert [(a.title, a.weight) for a in f.aspects] == [
        ("Ringkasan", 0),
        ("Latar Belakang dan Tujuan", 10),
        ("Kebaruan / Nilai Tambah", 15),
        ("Implementasi Inovasi", 5),
        ("Signifikansi", 30),
        ("Adaptabilitas (replikasi)", 20),
        ("Sumber Daya", 5),
        ("Strategi Keberlanjutan", 15),
    ]
    assert (f.scale.min, f.scale.max) == (0, 100)
    scores = {k: D(10 * (n + 1)) for n, k in enumerate(f.score_keys())}
    expected = sum((D(10 * (n + 1)) * a.weight / 100 for n, a in enumerate(f.aspects)), D(0))
    assert score_sheet(f, scores).total == quantize(expected, 2) == D("51.00")
    # 2022 weighting (Ringkasan 5) can be set per event
    moved = f.with_weights({"ringkasan": D(5), "signifikansi": D(25)})
    assert moved.effective_weights()["ringkasan-nilai"] == 5


def test_sinovik_presentasi_timer_and_adjustable_split():
    f = form("sinovik-presentasi")
    assert [(p.id, p.minutes) for p in f.timer] == [("presentasi", 7), ("wawancara", 13)]
    assert [(a.id, a.weight) for a in f.aspects] == [
        ("substansi", 70),
        ("presentasi-wawancara", 30),
    ]
    assert set(f.adjustable_weights) == {"substansi", "presentasi-wawancara"}
    subst = {ind.id for ind in f.aspects[0].indicators}
    assert subst == {"kebaruan", "efektif", "bermanfaat", "replikasi", "berkelanjutan"}
    scores = {k: D(90) if k in subst else D(60) for k in f.score_keys()}
    assert score_sheet(f, scores).total == D("81.00")  # 0.7*90 + 0.3*60
    even = f.with_weights({"substansi": D(50), "presentasi-wawancara": D(50)})
    assert score_sheet(even, scores).total == D("75.00")


# ---- Smart City ---------------------------------------------------------------------
KEDIRI = {
    "baseline": "3.60",
    "output": "3.21",
    "outcome": "3.23",
    "impact": "3.07",
    "quick-win": "3.65",
}


def test_smartcity_weights_grid_and_kediri_check():
    f = form("smartcity-tahap2")
    assert [(ind.id, ind.weight) for _a, ind in f.indicators()] == [
        ("baseline", 10),
        ("output", 20),
        ("outcome", 30),
        ("impact", 20),
        ("quick-win", 20),
    ]
    assert [(p.id, len(p.sub)) for p in f.evidence_grid] == [
        ("governance", 3),
        ("branding", 3),
        ("economy", 3),
        ("living", 3),
        ("society", 3),
        ("environment", 3),
    ]
    assert [a.value for a in f.scale.anchors] == [1, 2, 3, 4, 5]
    assert all(a.descriptor for a in f.scale.anchors)
    # every pillar of a dimension at the published dimension value
    scores = {k: D(KEDIRI[k.split(".")[0]]) for k in f.score_keys()}
    res = score_sheet(f, scores)
    # the exact weighted total is 3.315; Kominfo published 3.31: truncated to two
    # decimals (half-up or half-even would give 3.32) — the form says rounding: down
    assert res.exact_total == Fraction("3.315")
    assert (f.total_decimals, f.rounding) == (2, "down")
    assert res.total == D("3.31")
    plain = sum((D(v) for v in KEDIRI.values()), D(0)) / 5
    assert quantize(plain, 2) == D("3.35") != res.total
    # pillars differing but averaging to the same dimension value give the same total
    spread = dict(scores)
    spread["outcome.governance"] = D("3.73")
    spread["outcome.branding"] = D("2.73")
    assert score_sheet(f, spread).total == D("3.31")


# 30 pillar values (governance, branding, economy, living, society, environment per
# dimension) whose exact weighted total is 3.22, summed as 28-digit Decimals 3.2199…9.
TRUNCATION_CASE = {
    "baseline": "2.95 3.07 3.94 2.97 3.28 3.38",
    "output": "3.33 3.71 2.98 3.37 2.99 2.90",
    "outcome": "2.92 3.11 3.32 2.61 2.86 3.89",
    "impact": "3.70 3.10 3.08 3.36 3.34 2.95",
    "quick-win": "3.42 3.54 3.20 3.04 3.39 3.34",
}


def test_smartcity_truncation_needs_exact_totals():
    """Truncating is even less forgiving than half-up: an exact 3.22 computed
    as 3.2199999… (the former 28-digit Decimal sum of these pillars) would be
    published as 3.21."""
    f = form("smartcity-tahap2")
    pillars = ("governance", "branding", "economy", "living", "society", "environment")
    scores = {
        f"{dim}.{p}": D(v)
        for dim, values in TRUNCATION_CASE.items()
        for p, v in zip(pillars, values.split(), strict=True)
    }
    assert set(scores) == set(f.score_keys())
    res = score_sheet(f, scores)
    assert res.exact_total == Fraction("3.22") and res.total == D("3.22")


def test_smartcity_case_half_up_rounds_exact_half_up():
    """The Smart City sheet of the defect: every pillar 3.00 except
    baseline.living 1.49, quick-win.economy 1.78, impact.environment 1.84. The
    exact total is 2.8955; half-up to 3 places (the form's former setting) gives
    2.896 — the 28-digit Decimal sum was 2.8954999… and gave 2.895."""
    data = yaml.safe_load((FORMS / "smartcity-tahap2.yaml").read_text(encoding="utf-8"))
    data.update(total_decimals=3, rounding="half_up")
    f = parse_form(data)
    scores = dict.fromkeys(f.score_keys(), D("3.00"))
    scores |= {"baseline.living": D("1.49"), "quick-win.economy": D("1.78")}
    scores["impact.environment"] = D("1.84")
    res = score_sheet(f, scores)
    assert res.exact_total == Fraction("2.8955")
    assert res.total == D("2.896")
    assert score_sheet(form("smartcity-tahap2"), scores).total == D("2.89")  # truncated
