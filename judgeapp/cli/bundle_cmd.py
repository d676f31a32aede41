"""judgeapp bundle issue | open — judge bundles (secretariat → judge)."""

from __future__ import annotations

import argparse
from pathlib import Path

from judgeapp.cli import add_command, open_ws


def register(sub: argparse._SubParsersAction) -> None:
    b = sub.add_parser("bundle", help="judge bundles: issue (secretariat), open (judge)")
    bsub = b.add_subparsers(dest="bundle_command", metavar="ACTION", required=True)
    bi = add_command(bsub, "issue", "write one bundle per judge", _bundle_issue)
    bi.add_argument("--event", required=True, metavar="ID")
    bi.add_argument("--judge", action="append", default=None, help="repeat; default: every judge")
    bi.add_argument("--out", required=True, metavar="FILE.zip|DIR")
    bo = add_command(
        bsub, "open", "create or update this judge workspace from a bundle", _bundle_open
    )
    bo.add_argument("file", metavar="FILE")


def _bundle_issue(args: argparse.Namespace) -> int:
    from judgeapp.atomic import output_folder
    from judgeapp.i18n import t
    from judgeapp.services import bundles, setup

    out = Path(args.out)
    with open_ws(args) as ws:
        judges = args.judge or [j.id for j in setup.list_judges(ws, args.event) if not j.retired_at]
        if len(judges) > 1 or out.is_dir() or out.suffix.lower() != ".zip":
            output_folder(out)  # never its missing parents
            targets = {j: out / bundles.bundle_name(args.event, j) for j in judges}
        else:
            targets = {judges[0]: out}
        for judge, target in targets.items():
            res = bundles.issue_bundle(ws, args.event, judge, target)
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
