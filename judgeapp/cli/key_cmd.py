"""judgeapp key show | register — signing keys."""

from __future__ import annotations

import argparse

from judgeapp.cli import add_command, open_ws


def register(sub: argparse._SubParsersAction) -> None:
    k = sub.add_parser("key", help="signing keys")
    ksub = k.add_subparsers(dest="key_command", metavar="ACTION", required=True)
    add_command(ksub, "show", "this workspace's key fingerprint", _key_show)
    kr = add_command(
        ksub, "register", "record a judge's public key before the first file", _key_register
    )
    kr.add_argument("--event", required=True, metavar="ID")
    kr.add_argument("--judge", required=True)
    kr.add_argument("--public-key", required=True)
    kr.add_argument("--accept-change", action="store_true")
    kr.add_argument("--reason", default="")


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
        fp = setup.register_key(
            ws,
            args.event,
            args.judge,
            args.public_key,
            accept_change=args.accept_change,
            reason=args.reason,
        )
    print(fp)
    return 0
