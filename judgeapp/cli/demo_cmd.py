"""judgeapp demo [--workspace DIR] [--no-gui] [--rebuild]"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path

from judgeapp.cli import Refused, add_workspace_arg


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo", help="build the demo workspace (sample data) and open it")
    add_workspace_arg(p)
    p.add_argument("--no-gui", action="store_true", help="only build; do not open the app")
    p.add_argument(
        "--rebuild",
        action="store_true",
        help="build afresh even when the folder already holds the demo",
    )
    p.set_defaults(func=_demo)


def _demo(args: argparse.Namespace) -> int:
    from judgeapp.i18n import t
    from judgeapp.services.demo import DemoRefused, build_demo, default_demo_dir

    folder = Path(getattr(args, "workspace", None) or default_demo_dir())
    try:
        res = build_demo(folder, rebuild=args.rebuild)
    except DemoRefused as exc:
        raise Refused(str(exc)) from None
    if res.reused:
        print(t(f"workspace demo dipakai lagi: {folder}", f"demo workspace reused: {folder}"))
    else:
        print(
            t(
                f"workspace demo dibuat dalam {res.seconds:.1f} detik: {folder}",
                f"demo workspace built in {res.seconds:.1f} s: {folder}",
            )
        )
    for eid, subs in res.submissions.items():
        print(f"  {eid}: " + t(f"{len(subs)} daerah", f"{len(subs)} regions"))
    print(t("  (berisi DATA CONTOH)", "  (holds SAMPLE DATA)"))
    if args.no_gui:
        return 0
    if importlib.util.find_spec("judgeapp.app") is None:
        print(
            t(
                "tampilan aplikasi belum tersedia di versi ini; buka workspace dengan "
                f"judgeapp --workspace {folder}",
                "the app window is not available in this build; open the workspace with "
                f"judgeapp --workspace {folder}",
            ),
            file=sys.stderr,
        )
        return 1
    from judgeapp.app import run_gui

    return int(run_gui(workspace=str(folder), lang=args.lang, demo_folder=str(folder)) or 0)
