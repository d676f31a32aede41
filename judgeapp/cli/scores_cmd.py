"""judgeapp judge | assign | conflict | schedule | bundle | scores | verify | progress | key

Event set-up, judge bundles, score files (signed, paper, official worksheet),
verification and the progress board. Handlers only parse arguments and call
one service each; refusals exit with code 1.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from judgeapp.cli import Refused, add_workspace_arg, open_ws


def _p(sub: argparse._SubParsersAction, name: str, help_: str, func) -> argparse.ArgumentParser:  # noqa: ANN001
    p = sub.add_parser(name, help=help_)
    add_workspace_arg(p)
    p.set_defaults(func=func)
    return p


def register(sub: argparse._SubParsersAction) -> None:
    j = sub.add_parser("judge", help="judges of an event")
    jsub = j.add_subparsers(dest="judge_command", metavar="ACTION", required=True)
    a = _p(jsub, "add", "add a judge (prints the id)", _judge_add)
    a.add_argument("--event", required=True, metavar="ID")
    a.add_argument("--name", required=True)
    a.add_argument("--role", default="TPI", help="TPI | TPU | asesor | TPT")
    a.add_argument("--id", dest="judge_id", default=None)
    li = _p(jsub, "list", "list the event's judges", _judge_list)
    li.add_argument("--event", required=True, metavar="ID")

    s = _p(
        sub,
        "assign",
        "assignment matrix: a cell, a row (--judge), a column (--submission) or --all",
        _assign,
    )
    s.add_argument("--event", required=True, metavar="ID")
    s.add_argument("--stage", default=None)
    s.add_argument("--judge", default=None)
    s.add_argument("--submission", default=None)
    s.add_argument("--all", action="store_true")
    s.add_argument("--remove", action="store_true", help="unassign instead")

    c = _p(sub, "conflict", "declare (or --withdraw) a conflict of interest", _conflict)
    c.add_argument("--event", required=True, metavar="ID")
    c.add_argument("--judge", required=True)
    c.add_argument("--submission", required=True)
    c.add_argument("--reason", required=True)
    c.add_argument("--withdraw", action="store_true")

    sc = _p(sub, "schedule", "set an interview slot, or list the schedule", _schedule)
    sc.add_argument("--event", required=True, metavar="ID")
    sc.add_argument("--stage", default=None)
    sc.add_argument("--submission", default=None)
    sc.add_argument("--at", default=None, metavar="'YYYY-MM-DD HH:MM'")
    sc.add_argument("--room", default="")

    b = sub.add_parser("bundle", help="judge bundles: issue (secretariat), open (judge)")
    bsub = b.add_subparsers(dest="bundle_command", metavar="ACTION", required=True)
    bi = _p(bsub, "issue", "write one bundle per judge", _bundle_issue)
    bi.add_argument("--event", required=True, metavar="ID")
    bi.add_argument("--judge", action="append", default=None, help="repeat; default: every judge")
    bi.add_argument("--out", required=True, metavar="FILE.zip|DIR")
    bo = _p(bsub, "open", "create or update this judge workspace from a bundle", _bundle_open)
    bo.add_argument("file", metavar="FILE")

    sc2 = sub.add_parser("scores", help="score files: export, import, paper template")
    ssub = sc2.add_subparsers(dest="scores_command", metavar="ACTION", required=True)
    ex = _p(ssub, "export", "write this judge's signed score file", _scores_export)
    ex.add_argument("--out", default=".", metavar="FILE|DIR")
    im = _p(
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
    tp = _p(
        ssub, "template", "re-keying template for paper sheets (.csv or .xlsx)", _scores_template
    )
    tp.add_argument("--event", required=True, metavar="ID")
    tp.add_argument("--judge", default=None)
    tp.add_argument("--stage", default=None)
    tp.add_argument("--out", required=True, metavar="FILE")

    v = _p(
        sub, "verify", "check a score file (signature, integrity), a bundle or a workspace", _verify
    )
    v.add_argument("file", metavar="FILE")
    v.add_argument(
        "--event",
        default=None,
        metavar="ID",
        help="also check against this event's judges and keys",
    )

    pr = _p(sub, "progress", "progress board: judges × submissions", _progress)
    pr.add_argument("--event", required=True, metavar="ID")
    pr.add_argument("--stage", default=None)
    pr.add_argument("--format", choices=("table", "json"), default="table")

    k = sub.add_parser("key", help="signing keys")
    ksub = k.add_subparsers(dest="key_command", metavar="ACTION", required=True)
    _p(ksub, "show", "this workspace's key fingerprint", _key_show)
    kr = _p(ksub, "register", "record a judge's public key before the first file", _key_register)
    kr.add_argument("--event", required=True, metavar="ID")
    kr.add_argument("--judge", required=True)
    kr.add_argument("--public-key", required=True)
    kr.add_argument("--accept-change", action="store_true")
    kr.add_argument("--reason", default="")


# ---- set-up ---------------------------------------------------------------------------------
def _setup_call(fn, *a, **kw):  # noqa: ANN001, ANN002, ANN003, ANN202
    from judgeapp.services.setup import SetupRefused

    try:
        return fn(*a, **kw)
    except SetupRefused as exc:
        raise Refused(str(exc)) from None


def _judge_add(args: argparse.Namespace) -> int:
    from judgeapp.services import setup

    with open_ws(args) as ws:
        print(
            _setup_call(
                setup.add_judge, ws, args.event, args.name, args.role, judge_id=args.judge_id
            )
        )
    return 0


def _judge_list(args: argparse.Namespace) -> int:
    from judgeapp.services import setup

    with open_ws(args) as ws:
        for j in setup.list_judges(ws, args.event):
            print(f"{j['id']:20} {j['role']:7} {j['fingerprint'] or '-':40} {j['name']}")
    return 0


def _assign(args: argparse.Namespace) -> int:
    from judgeapp.i18n import t
    from judgeapp.services import setup

    on = not args.remove
    with open_ws(args) as ws:
        if args.all:
            res = _setup_call(setup.fill_all, ws, args.event, on, stage_id=args.stage)
        elif args.judge and args.submission:
            res = _setup_call(
                setup.set_assignment,
                ws,
                args.event,
                args.judge,
                args.submission,
                on,
                stage_id=args.stage,
            )
        elif args.judge:
            res = _setup_call(setup.fill_row, ws, args.event, args.judge, on, stage_id=args.stage)
        elif args.submission:
            res = _setup_call(
                setup.fill_column, ws, args.event, args.submission, on, stage_id=args.stage
            )
        else:
            print("judgeapp assign: --judge, --submission or --all", file=sys.stderr)
            return 2
    print(t(f"{res.changed} sel berubah", f"{res.changed} cells changed"))
    for judge, sub in res.skipped_conflicts:
        print(t(f"dilewati (konflik): {judge} × {sub}", f"skipped (conflict): {judge} × {sub}"))
    return 0


def _conflict(args: argparse.Namespace) -> int:
    from judgeapp.i18n import t
    from judgeapp.services import setup

    with open_ws(args) as ws:
        if args.withdraw:
            _setup_call(
                setup.withdraw_conflict,
                ws,
                args.event,
                args.judge,
                args.submission,
                args.reason,
                "secretariat",
            )
            print(t("konflik dicabut", "conflict withdrawn"))
        else:
            n = _setup_call(
                setup.declare_conflict, ws, args.event, args.judge, args.submission, args.reason
            )
            print(
                t(
                    f"konflik dicatat; {n} penugasan dilepas",
                    f"conflict recorded; {n} assignments dropped",
                )
            )
    return 0


def _schedule(args: argparse.Namespace) -> int:
    from judgeapp.services import setup

    with open_ws(args) as ws:
        if args.submission:
            if args.at is None:
                print("judgeapp schedule: --at is required with --submission", file=sys.stderr)
                return 2
            _setup_call(
                setup.set_schedule,
                ws,
                args.event,
                args.submission,
                args.at,
                args.room,
                stage_id=args.stage,
            )
        for r in _setup_call(setup.schedule, ws, args.event, args.stage):
            print(f"{r['starts_at']:17} {r['room']:12} {r['stage_id']:10} {r['region']}")
    return 0


# ---- bundles ------------------------------------------------------------------------------------
def _bundle_issue(args: argparse.Namespace) -> int:
    from judgeapp.i18n import t
    from judgeapp.services import bundles, setup

    out = Path(args.out)
    with open_ws(args) as ws:
        judges = args.judge or [j["id"] for j in setup.list_judges(ws, args.event)]
        if len(judges) > 1 or out.is_dir() or out.suffix.lower() != ".zip":
            out.mkdir(parents=True, exist_ok=True)
            targets = {j: out / f"{args.event}-{j}.bundle.zip" for j in judges}
        else:
            targets = {judges[0]: out}
        for judge, target in targets.items():
            try:
                res = bundles.issue_bundle(ws, args.event, judge, target)
            except bundles.BundleRefused as exc:
                raise Refused(str(exc)) from None
            print(
                f"{res.path}: "
                + t(
                    f"{judge}, {res.submissions} peserta, {res.documents} dokumen",
                    f"{judge}, {res.submissions} submissions, {res.documents} documents",
                )
            )
    return 0


def _bundle_open(args: argparse.Namespace) -> int:
    from judgeapp.i18n import t
    from judgeapp.services import bundles

    # checked before any workspace is created; a refusal leaves nothing behind
    res = bundles.open_bundle_at(getattr(args, "workspace", None), args.file)
    if res.unchanged:
        print(
            t(
                "bundel ini sudah dibuka; tidak ada perubahan",
                "bundle already opened; nothing changed",
            )
        )
    else:
        print(
            t(
                f"juri {res.judge_id}, acara {res.event_id}: {len(res.added)} peserta baru,"
                f" {len(res.updated)} diperbarui, {len(res.kept)} tetap",
                f"judge {res.judge_id}, event {res.event_id}: {len(res.added)} new submissions,"
                f" {len(res.updated)} updated, {len(res.kept)} kept",
            )
        )
    print(t("sidik jari kunci", "key fingerprint") + f": {res.fingerprint}")
    return 0


# ---- scores ---------------------------------------------------------------------------------
def _scores_export(args: argparse.Namespace) -> int:
    from judgeapp.i18n import t
    from judgeapp.services import scorefiles

    with open_ws(args) as ws:
        try:
            res = scorefiles.export_scores(ws, args.out)
        except scorefiles.ScoreFileRefused as exc:
            raise Refused(str(exc)) from None
    print(
        f"{res.path}: "
        + t(
            f"{res.sheets} lembar, revisi {res.revision}, kunci {res.fingerprint}",
            f"{res.sheets} sheets, revision {res.revision}, key {res.fingerprint}",
        )
    )
    return 0


def classify(path: Path) -> str:
    """signed | paper | worksheet | unknown — by content, not only the name."""
    try:
        with path.open("rb") as fh:
            head = fh.read(4)
    except OSError:
        return "unknown"
    if head[:1] == b"{":
        return "signed"
    if head == b"PK\x03\x04":
        from judgeapp.services.worksheet import SHEET
        from judgeapp.services.xlsx_read import SheetRefused, sheet_names

        try:
            names = sheet_names(path)
        except SheetRefused:
            return "paper"  # the paper reader names what is wrong with it
        return "worksheet" if SHEET in names else "paper"
    if path.suffix.lower() in (".csv", ".txt"):
        return "paper"
    return "unknown"


def _scores_import(args: argparse.Namespace) -> int:
    from judgeapp.i18n import t
    from judgeapp.services import paper, scorefiles, worksheet_import

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
                accept_key_change=args.accept_key_change is not None,
                reason=args.accept_key_change or "",
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
                )
    if failed:
        raise Refused("\n".join(failed))
    return 0


def _scores_template(args: argparse.Namespace) -> int:
    from judgeapp.services import paper

    with open_ws(args) as ws:
        try:
            out = paper.export_template(
                ws, args.event, args.out, judge_id=args.judge, stage_id=args.stage
            )
        except KeyError as exc:
            raise Refused(str(exc.args[0])) from None
    print(out)
    return 0


# ---- verify, progress, keys -----------------------------------------------------------------
def _verify(args: argparse.Namespace) -> int:
    from judgeapp.i18n import t

    path = Path(args.file)
    if path.is_dir():
        return _verify_workspace(path)
    if _is_pdf(path):
        return _verify_report(args, path)
    if _is_bundle(path):
        from judgeapp.services.bundles import BundleRefused, read_bundle

        try:
            man, _data = read_bundle(path)
        except BundleRefused as exc:
            raise Refused(str(exc)) from None
        print(
            f"✓ {path.name}: "
            + t(
                f"bundel utuh — juri {man.judge.id}, {len(man.submissions)} peserta, {len(man.files)} berkas diperiksa",
                f"bundle intact — judge {man.judge.id}, {len(man.submissions)} submissions, {len(man.files)} files checked",
            )
        )
        return 0
    from judgeapp.services import scorefiles

    if args.event:
        with open_ws(args) as ws:
            v = scorefiles.verify_file(path, ws, args.event)
    else:
        v = scorefiles.verify_file(path)
    print(path.name)
    for c in v.checks:
        print(f"  {'✓' if c.ok else '✗'} {c.name}: {c.detail}")
    if not v.ok:
        bad = v.failure
        raise Refused(f"{path.name}: {bad.name if bad else '?'}: {bad.detail if bad else ''}")
    print(t("berkas sah", "file is valid"))
    return 0


def _is_pdf(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(5) == b"%PDF-"
    except OSError:
        return False


def _verify_report(args: argparse.Namespace, path: Path) -> int:
    """A printed report: its fingerprint recomputed from the workspace's data."""
    from judgeapp.reports.verify import verify_pdf

    with open_ws(args, create=False) as ws:
        findings = verify_pdf(ws, path)
    print(path.name)
    for f in findings:
        print(f"  {'✓' if f.ok else '✗'} {f.message}")
    if not findings or not all(f.ok for f in findings):
        bad = next((f for f in findings if not f.ok), None)
        raise Refused(f"{path.name}: {bad.message if bad else '?'}")
    return 0


def _is_bundle(path: Path) -> bool:
    import zipfile

    try:
        with zipfile.ZipFile(path) as zf:
            return "bundle.json" in zf.namelist()
    except (OSError, zipfile.BadZipFile):
        return False


def _verify_workspace(folder: Path) -> int:
    from judgeapp.i18n import t
    from judgeapp.store.db import DB_NAME, open_workspace

    if not (folder / DB_NAME).exists():
        raise Refused(f"{folder}: " + t("bukan ruang kerja", "not a workspace"))
    from judgeapp.store.history import verify_history

    with open_workspace(folder, create=False) as ws:
        integrity = ws.conn.execute("PRAGMA integrity_check").fetchone()[0]
        fks = ws.conn.execute("PRAGMA foreign_key_check").fetchall()
        chain = verify_history(ws)
    print(f"  {'✓' if integrity == 'ok' else '✗'} integrity_check: {integrity}")
    print(f"  {'✓' if not fks else '✗'} foreign_key_check: {len(fks)}")
    if chain.ok:
        print(
            "  ✓ "
            + t("riwayat", "history")
            + f": {chain.rows} "
            + t("baris, rantai hash utuh", "rows, hash chain intact")
            + f" ({chain.head[:16]})"
        )
    else:
        print(
            "  ✗ "
            + t("riwayat", "history")
            + ": "
            + t("rantai putus di baris", "chain broken at row")
            + f" {chain.first_bad} ({chain.reason})"
        )
    if integrity != "ok" or fks or not chain.ok:
        raise Refused(f"{folder}: " + t("ruang kerja rusak", "workspace damaged"))
    return 0


def _progress(args: argparse.Namespace) -> int:
    from judgeapp.services.progress import progress_board

    with open_ws(args) as ws:
        try:
            board = progress_board(ws, args.event, args.stage)
        except KeyError as exc:
            raise Refused(str(exc.args[0])) from None
    if args.format == "json":
        print(
            json.dumps(
                {
                    "event": board.event_id,
                    "stage": board.stage_id,
                    "counts": board.counts,
                    "cells": [
                        {
                            "judge": c.judge_id,
                            "submission": c.submission_id,
                            "status": c.status,
                            "source": c.source,
                            "scored": c.scored,
                            "total": c.total_keys,
                            "missing": list(c.missing),
                        }
                        for c in board.cells.values()
                    ],
                    "missing_by_judge": board.missing_by_judge(),
                },
                indent=2,
                ensure_ascii=False,
            )
        )
        return 0
    marks = {
        "missing": "?",
        "not_started": "·",
        "in_progress": "…",
        "final": "✓",
        "conflict": "K",
        "unassigned": " ",
    }
    names = [s["region"][:14] for s in board.submissions]
    print(" " * 16 + " ".join(f"{n:14}" for n in names))
    for j in board.judges:
        print(f"{j['id'][:15]:16}" + " ".join(f"{marks[c.status]:14}" for c in board.row(j["id"])))
    print(", ".join(f"{k}: {v}" for k, v in board.counts.items() if v))
    for judge, lines in board.missing_by_judge().items():
        print(f"{judge}:")
        for line in lines:
            print(f"  - {line}")
    return 0


def _key_show(args: argparse.Namespace) -> int:
    from judgeapp.store.keys import ensure_own_key

    with open_ws(args) as ws:
        key = ensure_own_key(ws)
    print(key.fingerprint)
    print(key.public_key)
    return 0


def _key_register(args: argparse.Namespace) -> int:
    from judgeapp.services import setup

    with open_ws(args) as ws:
        fp = _setup_call(
            setup.register_key,
            ws,
            args.event,
            args.judge,
            args.public_key,
            accept_change=args.accept_change,
            reason=args.reason,
        )
    print(fp)
    return 0
