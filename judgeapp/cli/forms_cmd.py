"""judgeapp forms list | forms check FILE..."""

from __future__ import annotations

import argparse
import sys

from judgeapp.cli import add_workspace_arg


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("forms", help="rubric forms: list the shipped ones, check files")
    fsub = p.add_subparsers(dest="forms_command", metavar="ACTION", required=True)
    lp = fsub.add_parser("list", help="list the shipped forms")
    lp.add_argument("--format", choices=("table", "json"), default="table")
    add_workspace_arg(lp)
    lp.set_defaults(func=_list)
    cp = fsub.add_parser("check", help="validate form files; one line per problem")
    cp.add_argument("files", nargs="+", metavar="FILE")
    add_workspace_arg(cp)
    cp.set_defaults(func=_check)


def _list(args: argparse.Namespace) -> int:
    import json

    from judgeapp.services.forms import shipped_forms

    entries = shipped_forms()
    if args.format == "json":
        print(
            json.dumps(
                [
                    {
                        "id": e.form.id,
                        "version": e.form.version,
                        "competition": e.form.competition,
                        "stage": e.form.stage,
                        "title": e.form.title,
                        "hash": e.form.hash,
                        "file": e.path.name,
                    }
                    for e in entries
                ],
                indent=2,
                ensure_ascii=False,
            )
        )
        return 0
    for e in entries:
        f = e.form
        print(f"{f.id:22} {f.version:8} {f.competition:10} {f.short_hash}  {f.title}")
    return 0


def _check(args: argparse.Namespace) -> int:
    from judgeapp.services.forms import check_files

    problems = check_files(args.files)
    for p in problems:
        print(str(p), file=sys.stderr)
    if problems:
        return 1
    for f in args.files:
        print(f"{f}: ok")
    return 0
