"""judgeapp package check | import | build"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from judgeapp.cli import Refused, add_workspace_arg, open_ws


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("package", help="submission packages: check, import, build")
    psub = p.add_subparsers(dest="package_command", metavar="ACTION", required=True)
    c = psub.add_parser("check", help="validate packages (zip or folder); writes nothing")
    c.add_argument("files", nargs="+", metavar="FILE")
    c.set_defaults(func=_check)
    i = psub.add_parser("import", help="import packages into an event (all or nothing each)")
    i.add_argument("files", nargs="+", metavar="FILE")
    i.add_argument("--event", required=True, metavar="ID")
    i.add_argument("--progress", action="store_true", help="show progress on stderr")
    add_workspace_arg(i)
    i.set_defaults(func=_import)
    b = psub.add_parser("build", help="zip a region's folder into a package (fills sha256)")
    b.add_argument("folder", metavar="DIR")
    b.add_argument("--out", required=True, metavar="FILE.zip")
    b.set_defaults(func=_build)


def _check(args: argparse.Namespace) -> int:
    from judgeapp.domain.package import PackageError
    from judgeapp.i18n import t
    from judgeapp.services.packages import check_package

    failed: list[str] = []
    for path in args.files:
        try:
            res = check_package(path)
        except PackageError as exc:
            failed.extend(str(p) for p in exc.problems)
            continue
        for w in res.warnings:
            print(t("peringatan", "warning") + f": {w}", file=sys.stderr)
        m = res.manifest
        print(
            f"{path}: ok — {m.region.name}, {m.competition} {m.edition}, "
            + t(f"{len(res.documents)} dokumen", f"{len(res.documents)} documents")
            + f", {res.total_bytes} byte"
        )
    if failed:
        raise Refused("\n".join(failed))
    return 0


def _progress_printer(name: str, *, at_once: bool):
    """Progress of one package on stderr, in MB checked: at once with
    ``--progress``, else once the import takes more than a second and a half."""
    from judgeapp.cli.progress_out import Progress
    from judgeapp.i18n import t

    show = Progress(t(f"mengimpor {name}", f"importing {name}"), delay=0 if at_once else 1.5)

    def step(done: int, total: int) -> None:
        mb = 1024 * 1024
        whole = max(1, -(-total // mb))  # rounded up: a small package is "1 MB"
        show(whole if done >= total else done // mb, whole, "MB")

    return step


def _import(args: argparse.Namespace) -> int:
    from judgeapp.domain.package import PackageError
    from judgeapp.i18n import t
    from judgeapp.services.packages import import_package

    failed: list[str] = []
    with open_ws(args) as ws:
        for path in args.files:
            try:
                res = import_package(
                    ws,
                    path,
                    args.event,
                    progress=_progress_printer(Path(path).name, at_once=args.progress),
                )
            except PackageError as exc:
                failed.extend(str(p) for p in exc.problems)
                continue
            for w in res.warnings:
                print(t("peringatan", "warning") + f": {w}", file=sys.stderr)
            status = {
                "imported": t("diimpor", "imported"),
                "new-version": t(
                    f"versi baru {res.version} (menggantikan {res.superseded})",
                    f"new version {res.version} (supersedes {res.superseded})",
                ),
                "unchanged": t("sudah ada, tidak berubah", "already imported, unchanged"),
            }[res.status]
            print(f"{path}: {res.submission_id}: {status}")
    if failed:
        raise Refused("\n".join(failed))
    return 0


def _build(args: argparse.Namespace) -> int:
    from judgeapp.domain.package import PackageError
    from judgeapp.services.packages import build_package

    try:
        res = build_package(args.folder, args.out)
    except PackageError as exc:
        raise Refused("\n".join(str(p) for p in exc.problems)) from None
    from judgeapp.i18n import t

    m = res.manifest
    n = len(res.documents)
    print(
        f"{args.out}: "
        + t(
            f"paket {m.region.name} ({m.competition} {m.edition}), {n} dokumen, sidik {res.digest}",
            f"package {m.region.name} ({m.competition} {m.edition}),"
            f" {n} document{'' if n == 1 else 's'}, digest {res.digest}",
        )
    )
    return 0
