"""Command line: argument parsing only, then one service call per command.

Each sub-module registers its sub-commands with ``register(subparsers)`` and
imports services lazily inside its handlers, so that ``judgeapp --help`` and
the GUI start stay fast. Exit codes: 0 ok, 1 input refused, 2 usage error.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence
from typing import Any

from judgeapp.errors import Refused

__all__ = ["Refused", "main", "add_command", "add_workspace_arg", "by_name", "open_ws"]

# Modules that register sub-commands (each: register(subparsers) -> None).
COMMAND_MODULES = (
    "judgeapp.cli.forms_cmd",
    "judgeapp.cli.events_cmd",
    "judgeapp.cli.submissions_cmd",
    "judgeapp.cli.rank_cmd",
    "judgeapp.cli.package_cmd",
    "judgeapp.cli.demo_cmd",
    "judgeapp.cli.judge_cmd",
    "judgeapp.cli.assign_cmd",
    "judgeapp.cli.conflict_cmd",
    "judgeapp.cli.schedule_cmd",
    "judgeapp.cli.bundle_cmd",
    "judgeapp.cli.scores_cmd",
    "judgeapp.cli.verify_cmd",
    "judgeapp.cli.progress_cmd",
    "judgeapp.cli.key_cmd",
    "judgeapp.cli.report_cmd",
    "judgeapp.cli.settings_cmd",
)


def build_parser() -> argparse.ArgumentParser:
    from judgeapp.cli.help_text import Parser

    parser = Parser(
        prog="judgeapp",
        description="JudgeApp — judging regional-government competitions (PPD, Sinovik, Smart City).",
    )
    parser.add_argument("--workspace", metavar="DIR", help="workspace folder (default: per-user)")
    parser.add_argument("--lang", choices=("id", "en"), default=None, help="interface language")
    parser.add_argument(
        "--selftest",
        action="store_true",
        help="check this installation end to end (demo, a scored sheet, a PDF, the window); "
        "exit 0 when everything works",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue
            raise
        module.register(sub)
    return parser


def add_workspace_arg(p: argparse.ArgumentParser) -> None:
    """Every command takes --workspace too (after the command name)."""
    p.add_argument(
        "--workspace",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="workspace folder (default: per-user data folder)",
    )


def add_command(
    sub: argparse._SubParsersAction,
    name: str,
    help_: str,
    func: Callable[[argparse.Namespace], int],
) -> argparse.ArgumentParser:
    """A (sub-)command that takes ``--workspace`` and runs ``func(args)``."""
    p = sub.add_parser(name, help=help_)
    add_workspace_arg(p)
    p.set_defaults(func=func)
    return p


def by_name(args: argparse.Namespace, *names: str) -> dict[str, Any]:
    """The options ``names`` as keyword arguments of the same names, for a
    service whose parameters the command's options are named after."""
    return {n: getattr(args, n) for n in names}


def open_ws(args: argparse.Namespace, create: bool = True):  # lazy import
    from judgeapp.store.db import open_workspace

    ws = open_workspace(getattr(args, "workspace", None), create=create)
    if (ws.blobs_dir / ".incoming").exists():  # an import was interrupted by a crash
        from judgeapp.services.packages import clean_incoming

        clean_incoming(ws)
    return ws


def _language(args: argparse.Namespace) -> str | None:
    """--lang, else JUDGEAPP_LANG, else the user's setting (None: the default)."""
    import os

    if args.lang:
        return str(args.lang)
    if os.environ.get("JUDGEAPP_LANG") in ("id", "en"):
        return None  # judgeapp.i18n has read it already
    from judgeapp.settings import load

    return str(load().get("ui.language")) or None


def main(argv: Sequence[str] | None = None) -> int:
    from judgeapp.oscompat import setup_console, setup_dll_directories

    setup_console()
    setup_dll_directories()
    from judgeapp.cli import help_text
    from judgeapp.i18n import set_language

    # help, usage and argparse's errors in the chosen language (known before parsing)
    early = help_text.early_language(sys.argv[1:] if argv is None else argv)
    if early:
        set_language(early)
    help_text.install()
    parser = build_parser()
    args = parser.parse_args(argv)
    lang = _language(args)
    if lang:
        set_language(lang)
    if args.selftest:
        if args.command:
            parser.error(help_text.translate("--selftest takes no command"))
        from judgeapp.cli.selftest import run_selftest
        from judgeapp.i18n import language

        return run_selftest(lang=language())
    if not args.command:
        from judgeapp.app import run_gui

        return run_gui(workspace=args.workspace, lang=args.lang)
    func = getattr(args, "func", None)
    if func is None:
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(func(args) or 0)
    except Refused as exc:
        print(f"judgeapp: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into head, less …
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
