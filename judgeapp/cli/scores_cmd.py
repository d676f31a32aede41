"""judgeapp scores export | import | template — score files: signed (judge →
secretariat), paper re-keying CSV/XLSX and the official PPD worksheet.

Handlers only parse arguments and call the services; refusals exit with code 1.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from judgeapp.cli import Refused, add_command, open_ws


def register(sub: argparse._SubParsersAction) -> None:
    sc2 = sub.add_parser("scores", help="score files: export, import, paper template")
    ssub = sc2.add_subparsers(dest="scores_command", metavar="ACTION", required=True)
    ex = add_command(ssub, "export", "write this judge's signed score file", _scores_export)
    ex.add_argument("--out", default=".", metavar="FILE|DIR")
    im = add_command(
        ssub, "import", "import signed files, paper CSV/XLSX or official worksheets", _scores_import
    )
    im.add_argument("files", nargs="+", metavar="FILE")
    im.add_argument("--event", required=True, metavar="ID")
    im.add_argument("--judge", default=None, help="whose official worksheet this is")
    im.add_argument("--stage", default=None)
    im.add_argument(
        "--create-missing",
        action="store_true",
        help="worksheet regions not yet in the event become submissions",
    )
    im.add_argument(
        "--double-entry", action="store_true", help="two operators' paper files of the same sheets"
    )
    im.add_argument(
        "--accept-key-change",
        default=None,
        metavar="REASON",
        help="accept a judge's new signing key",
    )
    im.add_argument(
        "--confirm-key",
        default="",
        metavar="FINGERPRINT",
        help="a judge's first key, confirmed with the judge (Help > My signing key), for a"
        " first file that does not prove its bundle's enrolment secret",
    )
    tp = add_command(
        ssub, "template", "re-keying template for paper sheets (.csv or .xlsx)", _scores_template
    )
    tp.add_argument("--event", required=True, metavar="ID")
    tp.add_argument("--judge", default=None)
    tp.add_argument("--stage", default=None)
    tp.add_argument("--out", required=True, metavar="FILE")


def _scores_export(args: argparse.Namespace) -> int:
    from judgeapp.i18n import t
    from judgeapp.services import scorefiles

    with open_ws(args) as ws:
        res = scorefiles.export_scores(ws, args.out)
    print(
        f"{res.path}: "
        + t(
            f"{res.sheets} lembar, revisi {res.revision}, kunci {res.fingerprint}",
            f"{res.sheets} sheets, revision {res.revision}, key {res.fingerprint}",
        )
    )
    return 0


def _scores_import(args: argparse.Namespace) -> int:
    from judgeapp.i18n import t
    from judgeapp.services import paper, scorefiles, worksheet_import
    from judgeapp.services.score_import import classify

    groups: dict[str, list[Path]] = {"signed": [], "paper": [], "worksheet": [], "unknown": []}
    for f in args.files:
        groups[classify(Path(f))].append(Path(f))
    failed = [
        f"{p.name}: " + t("bukan berkas nilai yang dikenal", "not a known score file")
        for p in groups["unknown"]
    ]
    if groups["worksheet"] and not args.judge:
        raise Refused(
            ", ".join(p.name for p in groups["worksheet"])
            + ": "
            + t("lembar kerja resmi butuh --judge", "an official worksheet needs --judge")
        )
    with open_ws(args) as ws:
        if groups["signed"]:
            rep = scorefiles.import_score_files(
                ws,
                args.event,
                groups["signed"],
                keys=scorefiles.KeyConsent(
                    accept_change=args.accept_key_change is not None,
                    reason=args.accept_key_change or "",
                    confirmed=args.confirm_key,
                ),
            )
            for o in rep.outcomes:
                if o.status == "refused":
                    failed.append(o.message)
                elif o.status == "unchanged":
                    print(
                        f"{o.path.name}: "
                        + t(
                            "sudah diimpor; tidak ada perubahan",
                            "already imported; nothing changed",
                        )
                    )
                else:
                    print(
                        f"{o.path.name}: "
                        + t(
                            f"diimpor — juri {o.judge_id}, revisi {o.revision}, {o.sheets_changed} perubahan",
                            f"imported — judge {o.judge_id}, revision {o.revision}, {o.sheets_changed} changes",
                        )
                        + (
                            t(" (kunci didaftarkan)", " (key registered)")
                            if o.key_registered
                            else ""
                        )
                    )
        if groups["paper"]:
            try:
                res = paper.import_paper(
                    ws, args.event, groups["paper"], double_entry=args.double_entry
                )
            except (paper.PaperRefused, paper.PaperMismatch) as exc:
                failed.append(str(exc))
            else:
                print(
                    ", ".join(p.name for p in groups["paper"])
                    + ": "
                    + t(
                        f"{res.sheets} lembar, {res.changed} berubah, {res.final} final",
                        f"{res.sheets} sheets, {res.changed} changed, {res.final} final",
                    )
                )
        for p in groups["worksheet"]:
            try:
                wres = worksheet_import.import_worksheet(
                    ws,
                    args.event,
                    p,
                    args.judge,
                    stage_id=args.stage,
                    create_missing=args.create_missing,
                )
            except worksheet_import.WorksheetImportRefused as exc:
                failed.append(str(exc))
                continue
            for r in wres.regions:
                print(
                    f"{p.name}: {r.name} → {r.submission_id}"
                    + (t(" (baru)", " (new)") if r.created else "")
                    + f": total {r.total} ("
                    + t("lembar kerja", "worksheet")
                    + f" {r.cached_total if r.cached_total is not None else '-'}), {r.status}"
                    + (f"\n  ⚠ {r.warning}" if r.warnings else "")
                )
    if failed:
        raise Refused("\n".join(failed))
    return 0


def _scores_template(args: argparse.Namespace) -> int:
    from judgeapp.services import paper

    with open_ws(args) as ws:
        out = paper.export_template(
            ws, args.event, args.out, judge_id=args.judge, stage_id=args.stage
        )
    print(out)
    return 0
