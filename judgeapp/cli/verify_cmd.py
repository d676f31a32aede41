"""judgeapp verify FILE — a signed score file, a judge bundle, a printed
report or a whole workspace: signature, integrity, history chain."""

from __future__ import annotations

import argparse
from pathlib import Path

from judgeapp.cli import Refused, add_command, open_ws


def register(sub: argparse._SubParsersAction) -> None:
    v = add_command(
        sub, "verify", "check a score file (signature, integrity), a bundle or a workspace", _verify
    )
    v.add_argument("file", metavar="FILE")
    v.add_argument(
        "--event",
        default=None,
        metavar="ID",
        help="also check against this event's judges and keys",
    )


def _verify(args: argparse.Namespace) -> int:
    path = Path(args.file)
    if path.is_dir():
        return _verify_workspace(path)
    if _is_pdf(path):
        return _verify_report(args, path)
    if _is_bundle(path):
        return _verify_bundle(path)
    return _verify_score_file(args, path)


def _verify_score_file(args: argparse.Namespace, path: Path) -> int:
    from judgeapp.i18n import t
    from judgeapp.services import scorefiles

    if args.event:
        with open_ws(args, create=False) as ws:  # verify never makes a workspace
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


def _verify_bundle(path: Path) -> int:
    from judgeapp.i18n import t
    from judgeapp.services.bundles import read_bundle

    man, _data = read_bundle(path)
    print(
        f"✓ {path.name}: "
        + t(
            f"bundel utuh — juri {man.judge.id}, {len(man.submissions)} peserta, {len(man.files)} berkas diperiksa",
            f"bundle intact — judge {man.judge.id}, {len(man.submissions)} submissions, {len(man.files)} files checked",
        )
    )
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
    """A workspace: SQLite's checks, the history against its signed checkpoints,
    the tables against the history, file sheets against their signed files."""
    from judgeapp.i18n import t
    from judgeapp.services.integrity import verify_workspace
    from judgeapp.store.db import DB_NAME, open_workspace

    if not (folder / DB_NAME).exists():
        raise Refused(f"{folder}: " + t("bukan ruang kerja", "not a workspace"))
    with open_workspace(folder, create=False) as ws:
        findings = verify_workspace(ws)
    for f in findings:
        print(f"  {'✓' if f.ok else '✗'} {f.check}: {f.detail}")
    bad = [f for f in findings if not f.ok]
    if bad:
        raise Refused(
            f"{folder}: "
            + t("ruang kerja telah diubah di luar JudgeApp", "workspace changed outside JudgeApp")
            + f" — {bad[0].check}: {bad[0].detail}"
        )
    print(t("ruang kerja utuh", "workspace intact"))
    return 0
