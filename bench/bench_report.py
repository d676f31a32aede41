"""Benchmark: the ranking report for N submissions vs a bare WeasyPrint table.

Builds a throw-away workspace with N submissions (default 500) in three
categories, three judges each with final sheets on a small two-aspect form,
then measures in the same run:

* ``report``  — ``render_report(ws, "ranking", …)``: results service
  (ranking + sensitivity + agreement), Jinja, WeasyPrint, metadata, QR;
* ``bare``    — WeasyPrint alone rendering a plain HTML table with the same
  number of rows as the report's tables (ranking + sensitivity), default
  style, no fonts, no data work.

Prints each (best of ``--repeat``), the report split into its data phase
(the results service) and its rendering phase (Jinja + WeasyPrint), and the
ratios to the bare table.

``--skip-agreement`` leaves the agreement statistics out of the data phase.

    .venv/bin/python bench/bench_report.py [--n 500] [--repeat 2]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORM = ROOT / "tests" / "data" / "mini-form.yaml"


def seed(ws, n: int) -> str:
    from judgeapp.domain.ids import SheetPlace
    from judgeapp.services.forms import load_form_file
    from judgeapp.store import events as store_events
    from judgeapp.store import sheets as store_sheets
    from judgeapp.store import submissions as store_subs
    from judgeapp.store.forms import pin_form

    form = load_form_file(FORM)
    digest = pin_form(ws, form)
    rnd = random.Random(7)
    with ws.transaction():
        eid = store_events.create_event(
            ws, "Bench", "ppd", [store_events.StageSpec("tahap2", "Tahap II", digest)]
        )
        judges = [store_events.add_judge(ws, eid, f"Juri {k}", "TPI") for k in range(3)]
        kinds = ("provinsi", "kabupaten", "kota")
        for i in range(n):
            kind = kinds[i % 3]
            rid = store_events.upsert_region(ws, f"Daerah {i:04d}", kind, "Provinsi Uji")
            sid = store_subs.insert_submission(
                ws, store_subs.NewSubmission(eid, rid, kind, f"Usulan {i}", "", {})
            )
            base = Decimal(rnd.randint(550, 950)) / 100
            for j in judges:
                sheet = store_sheets.ensure_sheet(ws, SheetPlace(eid, "tahap2", j, sid), digest)
                for key in form.score_keys():
                    v = min(
                        Decimal(10), max(Decimal(5), base + Decimal(rnd.randint(-50, 50)) / 100)
                    )
                    store_sheets.set_score(ws, sheet, key, v, j)
                for field in ("keunggulan", "rekomendasi"):
                    store_sheets.set_text(ws, sheet, "ekonomi", field, "teks", j)
                store_sheets.set_status(ws, sheet, "final", j)
    return eid


def bare_table(rows: int, out: Path) -> None:
    import weasyprint

    cells = "".join(
        f"<tr><td>{i}</td><td>Daerah {i:04d}</td><td>kota</td><td>8.1234</td><td>3</td>"
        f"<td>1</td><td>1</td><td>1</td><td>1</td></tr>"
        for i in range(rows)
    )
    html = (
        "<table><thead><tr><th>#</th><th>Daerah</th><th>Kategori</th><th>Nilai</th>"
        "<th>Juri</th><th>a</th><th>b</th><th>c</th><th>d</th></tr></thead>"
        f"<tbody>{cells}</tbody></table>"
    )
    weasyprint.HTML(string=html).write_pdf(out)


def best(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--n", type=int, default=500)
    p.add_argument("--repeat", type=int, default=2)
    p.add_argument("--skip-agreement", action="store_true")
    args = p.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from judgeapp.reports import figures
    from judgeapp.reports.common import Params
    from judgeapp.reports.render import build_data, html_to_pdf, render_html
    from judgeapp.store.db import open_workspace

    if args.skip_agreement:
        print("agreement statistics skipped (see --skip-agreement)")
        figures.agreement = lambda *a, **k: []

    def render_report(ws, kind, eid, out):
        params = Params(kind, eid)
        data = build_data(ws, params)
        html, meta = render_html(ws, params, data=data)
        html_to_pdf(html, out, meta, data)

    with tempfile.TemporaryDirectory() as tmp:
        ws = open_workspace(Path(tmp) / "ws")
        t0 = time.perf_counter()
        eid = seed(ws, args.n)
        print(f"seeded {args.n} submissions × 3 judges in {time.perf_counter() - t0:.1f} s")
        # warm-up: imports, font loading, template compilation
        bare_table(10, Path(tmp) / "warm.pdf")
        render_report(ws, "ranking", eid, Path(tmp) / "warm-r.pdf")
        table_rows = 2 * args.n  # the ranking table + the sensitivity table
        bare = best(lambda: bare_table(table_rows, Path(tmp) / "bare.pdf"), args.repeat)
        params = Params("ranking", eid)
        holder = {}

        def data_phase():
            holder["data"] = build_data(ws, params)

        def render_phase():
            html, meta = render_html(ws, params, data=holder["data"])
            html_to_pdf(html, Path(tmp) / "r.pdf", meta, holder["data"])

        data_t = best(data_phase, args.repeat)
        render_t = best(render_phase, args.repeat)
        report = data_t + render_t
        from pypdf import PdfReader

        pages_r = len(PdfReader(str(Path(tmp) / "r.pdf")).pages)
        pages_b = len(PdfReader(str(Path(tmp) / "bare.pdf")).pages)
        print(f"bare WeasyPrint table ({table_rows} rows, {pages_b} pages): {bare:.2f} s")
        print(f"ranking report ({args.n} submissions, {pages_r} pages):   {report:.2f} s")
        print(f"  of which data (results service): {data_t:.2f} s, rendering: {render_t:.2f} s")
        print(f"ratio rendering / bare: {render_t / bare:.2f}")
        print(f"ratio report (data + rendering) / bare: {report / bare:.2f}")
        ws.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
