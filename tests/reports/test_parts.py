"""Reports of many sections laid out in worker processes: the joined PDF says
what the single-process PDF says, page by page; a stopped rendering writes
nothing and leaves no worker behind."""

from __future__ import annotations

import multiprocessing
import re
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from judgeapp.reports import parts
from judgeapp.reports.render import render_html, render_report
from judgeapp.reports.verify import read_report_meta, verify_pdf

PRINTED = datetime(2022, 6, 14, 9, 30, tzinfo=UTC)
CHECKPOINT = re.compile(r"#\d+ [0-9a-f]{12}")


class Stop(Exception):
    pass


def render(ev, kind, out: Path, workers: int, **kw) -> Path:
    return render_report(ev.ws, kind, ev.event_id, out, workers=workers, printed_at=PRINTED, **kw)


def pages_text(path: Path) -> list[str]:
    # each printing records its own history checkpoint: the footers name theirs
    return [CHECKPOINT.sub("#CHECKPOINT", p.extract_text()) for p in PdfReader(path).pages]


def outline_titles(path: Path) -> list[str]:
    def walk(items):
        for it in items:
            if isinstance(it, list):
                yield from walk(it)
            else:
                yield it.title

    return list(walk(PdfReader(path).outline))


@pytest.mark.parametrize(
    ("kind", "lang"), [("sheet", "id"), ("blank", "en"), ("feedback", "id"), ("recap", "en")]
)
def test_parallel_pdf_says_what_the_single_process_pdf_says(
    mini_event, tmp_path, monkeypatch, kind, lang
):
    monkeypatch.setattr(parts, "MIN_SECTIONS", 2)  # the mini event has 3 regions
    monkeypatch.setattr(parts, "PARTS_PER_WORKER", 2)  # several sections per part too
    html, _meta = render_html(
        mini_event.ws, parts_params(mini_event, kind), lang=lang, printed_at=PRINTED
    )
    _head, sections, _tail = parts.cut(html)
    assert len(sections) >= 3
    assert len(parts.split(html, 2)) >= 2, "the report must really be cut into parts"
    single = render(mini_event, kind, tmp_path / "one.pdf", 1, lang=lang)
    joined = render(mini_event, kind, tmp_path / "two.pdf", 2, lang=lang)

    one, two = pages_text(single), pages_text(joined)
    assert len(one) == len(two) >= len(sections)
    word = ("Halaman", "dari") if lang == "id" else ("Page", "of")
    for n, (a, b) in enumerate(zip(one, two, strict=True), start=1):
        assert a == b, f"page {n} differs"
        if kind != "sheet":  # numbered through the whole file
            assert f"{word[0]} {n} {word[1]} {len(one)}" in b
    if kind == "sheet":  # numbered within each sheet
        firsts = [b for b in two if re.search(rf"{word[0]} 1 {word[1]} \d+\s*$", b)]
        assert len(firsts) == len(sections)
    meta1, att1, _ = read_report_meta(single)
    meta2, att2, _ = read_report_meta(joined)
    assert meta1 is not None and meta2 is not None and att1 is not None and att2 is not None
    assert meta2["fingerprint"] == meta1["fingerprint"]
    assert meta2["fingerprint"][:16] in two[0] and meta2["fingerprint"][:16] in two[-1]
    assert meta2["checkpoint"]["head"][:12] in PdfReader(joined).pages[-1].extract_text()
    assert att2["data"] == att1["data"]
    assert {k: v for k, v in meta2.items() if k != "checkpoint"} == {
        k: v for k, v in meta1.items() if k != "checkpoint"
    }
    assert outline_titles(joined) == outline_titles(single)
    assert PdfReader(joined).metadata.title == PdfReader(single).metadata.title
    assert all(f.ok for f in verify_pdf(mini_event.ws, joined)), verify_pdf(mini_event.ws, joined)
    # fonts and the footer's images are kept once, not once per part
    assert joined.stat().st_size < 2.5 * single.stat().st_size


def no_workers_within(seconds: float) -> bool:
    """Every worker process has ended (a terminated one is reaped within moments)."""
    deadline = time.monotonic() + seconds
    while multiprocessing.active_children():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def parts_params(ev, kind):
    from judgeapp.reports.common import Params

    return Params(kind, ev.event_id)


@pytest.mark.parametrize("kind", ["sheet", "recap"])
def test_parts_are_runs_of_consecutive_sections_in_the_same_markup(mini_event, kind):
    html, _meta = render_html(mini_event.ws, parts_params(mini_event, kind), printed_at=PRINTED)
    head, sections, tail = parts.cut(html)
    assert head + "".join(sections) + tail == html
    assert all(
        s.startswith('<section class="doc') and s.rstrip().endswith("</section>") for s in sections
    )
    if kind == "recap":  # the judges' calibration follows the regions: a section too
        assert any("calibration" in s for s in sections[-1:])
    for workers in (1, 2, 3, 8):
        cut = parts.split(html, workers)
        assert [n for _h, n in cut] == [p.count('<section class="doc') for p, _n in cut]
        assert sum(n for _h, n in cut) == len(sections)
        assert all(p.startswith(head) and p.endswith(tail) for p, _n in cut)
        assert "".join(p[len(head) : len(p) - len(tail)] for p, _n in cut) == "".join(sections)


def test_progress_part_by_part_and_a_stop_writes_nothing(mini_event, tmp_path, monkeypatch):
    monkeypatch.setattr(parts, "MIN_SECTIONS", 2)
    monkeypatch.setattr(parts, "PARTS_PER_WORKER", 4)
    seen: list[str] = []
    folder = tmp_path / "out"
    render(mini_event, "sheet", folder / "ok.pdf", 2, progress=lambda f, m: seen.append(m))
    counts = [m.split()[1] for m in seen if m.startswith("pdf ")]
    assert len(counts) >= 2 and counts[-1].split("/")[0] == counts[-1].split("/")[1]

    calls = {"n": 0}

    def check() -> None:
        calls["n"] += 1
        if calls["n"] > 2:
            raise Stop()

    out = folder / "stopped.pdf"
    with pytest.raises(Stop):
        render(mini_event, "sheet", out, 2, check=check)
    assert not out.exists()
    assert [p.name for p in folder.iterdir()] == ["ok.pdf"]  # no temporary file left
    assert no_workers_within(10), multiprocessing.active_children()  # the workers were stopped


def test_a_stop_in_a_single_process_rendering_writes_nothing(mini_event, tmp_path):
    pages = {"n": 0}

    def check() -> None:
        pages["n"] += 1
        if pages["n"] > 1:
            raise Stop()

    out = tmp_path / "out" / "stopped.pdf"
    out.parent.mkdir()
    with pytest.raises(Stop):
        render(mini_event, "blank", out, 1, check=check)
    assert pages["n"] == 2  # stopped while WeasyPrint was laying out pages
    assert list(out.parent.iterdir()) == []


def test_few_sections_or_one_core_render_in_this_process():
    assert parts.worth_splitting("sheet", parts.MIN_SECTIONS, 2)
    assert not parts.worth_splitting("sheet", parts.MIN_SECTIONS - 1, 8)
    assert not parts.worth_splitting("sheet", 100, 1)
    assert not parts.worth_splitting("ranking", 100, 8)  # one document
    assert not parts.worth_splitting("minutes", 100, 8)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(min_value=1, max_value=40), min_size=1, max_size=60), st.integers(1, 8))
def test_runs_are_consecutive_parts_in_order_one_a_worker_at_most(pages, count):
    cut = parts.runs(pages, count)
    assert [i for run in cut for i in run] == list(range(len(pages)))
    assert all(run for run in cut) and len(cut) <= count
    # about as many pages each: a run is over its share by one part at the most
    assert all(sum(pages[i] for i in run) < sum(pages) / count + max(pages) for run in cut)
