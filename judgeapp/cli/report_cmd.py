"""judgeapp report KIND … --out FILE.pdf | judgeapp export xlsx … --out FILE.xlsx"""

from __future__ import annotations

import argparse

from judgeapp.cli import Refused, add_workspace_arg, open_ws

KINDS = ("sheet", "recap", "ranking", "minutes", "feedback", "blank")
KIND_HELP = {
    "sheet": "lembar penilaian: a judge's score sheets",
    "recap": "rekap per daerah: one region across all judges, with a chart",
    "ranking": "peringkat: ranking per category, sensitivity, agreement",
    "minutes": "berita acara: minutes with the panel's signature blocks",
    "feedback": "umpan balik: anonymised feedback letter per region",
    "blank": "lembar kosong: blank paper sheets with re-keying QR codes",
}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("report", help="print a report as PDF (or HTML with --html)")
    p.add_argument("kind", choices=KINDS, help="; ".join(f"{k}: {v}" for k, v in KIND_HELP.items()))
    p.add_argument("--event", required=True, metavar="ID")
    p.add_argument("--stage", metavar="S", help="one stage only (default: every stage)")
    p.add_argument("--submission", metavar="ID", help="one submission only (default: all)")
    p.add_argument("--judge", metavar="ID", help="one judge only (default: all)")
    p.add_argument(
        "--lang", choices=("id", "en"), default=argparse.SUPPRESS, help="report language"
    )
    p.add_argument("--html", action="store_true", help="write the HTML instead (for debugging)")
    p.add_argument(
        "--jobs",
        type=_jobs,
        default=None,
        metavar="N",
        help="processes laying out a report of many parts (default: every core; 1: one process)",
    )
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    add_workspace_arg(p)
    p.set_defaults(func=_report)

    e = sub.add_parser("export", help="export an event's data")
    esub = e.add_subparsers(dest="export_kind", metavar="FORMAT", required=True)
    x = esub.add_parser("xlsx", help="Excel workbook for the secretariat")
    x.add_argument("--event", required=True, metavar="ID")
    x.add_argument("--lang", choices=("id", "en"), default=argparse.SUPPRESS)
    x.add_argument("--out", required=True, metavar="FILE.xlsx")
    add_workspace_arg(x)
    x.set_defaults(func=_export)


def _jobs(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"not a number of processes: {text!r}")
    return n


UNITS = {
    "sheet": ("lembar", "sheets"),
    "blank": ("lembar", "sheets"),
    "feedback": ("surat", "letters"),
    "recap": ("bagian", "sections"),  # the regions and the calibration
}


def _printer(kind: str, out: str):
    """Progress of a report on stderr, part by part, once it takes over a second."""
    from judgeapp.cli.progress_out import Progress
    from judgeapp.i18n import t

    show = Progress(t(f"menyusun {out}", f"rendering {out}"))
    unit = t(*UNITS.get(kind, ("bagian", "parts")))

    def step(fraction: float, message: str) -> None:
        head, _, counts = message.partition(" ")
        if head == "pdf" and "/" in counts:
            done, _, total = counts.partition("/")
            show(int(done), int(total), unit)
        elif head == "page" and counts.isdigit():
            show(int(counts), 0, t("halaman tersusun", "pages laid out"))
        elif message == "done":
            show.finish()

    return step


def _lang(args: argparse.Namespace) -> str:
    from judgeapp.i18n import language, set_language

    if getattr(args, "lang", None):
        set_language(args.lang)
    return language()


def _report(args: argparse.Namespace) -> int:
    from pathlib import Path

    lang = _lang(args)
    from judgeapp.reports import ReportRefused, render_report

    out = Path(args.out)
    if args.html and out.suffix.lower() not in (".html", ".htm"):
        out = out.with_suffix(".html")
    with open_ws(args, create=False) as ws:
        try:
            path = render_report(
                ws,
                args.kind,
                args.event,
                out,
                lang=lang,
                stage_id=args.stage,
                submission_id=args.submission,
                judge_id=args.judge,
                workers=args.jobs,
                progress=_printer(args.kind, out.name),
            )
        except ReportRefused as exc:
            raise Refused(str(exc)) from None
    print(path)
    return 0


def _export(args: argparse.Namespace) -> int:
    lang = _lang(args)
    from judgeapp.reports import ReportRefused
    from judgeapp.reports.xlsx import export_xlsx

    with open_ws(args, create=False) as ws:
        try:
            path = export_xlsx(ws, args.event, args.out, lang=lang)
        except ReportRefused as exc:
            raise Refused(str(exc)) from None
    print(path)
    return 0
