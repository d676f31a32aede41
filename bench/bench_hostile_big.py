"""Memory of the two big hostile inputs of docs/RELIABILITY.md, measured in child processes.

* a judge bundle of about ``--bundle-mb`` MB (default 1,400) holding one large
  incompressible document: ``judgeapp verify BUNDLE`` and ``judgeapp bundle
  open BUNDLE --workspace NEW`` must stream it (peak memory far below its size);
* an ``.xlsx`` of under a megabyte whose sheet inflates to ``--xlsx-mb`` MB
  (default 800): ``judgeapp scores import`` must refuse it from the zip's
  directory, without inflating it.

For each command: exit code, the first line of stderr, wall time and peak RSS
of the child (``ru_maxrss``), next to a child that only imports the app (the
baseline). Everything is built in a temporary folder and removed.

    .venv/bin/python bench/bench_hostile_big.py [--bundle-mb 1400] [--xlsx-mb 800]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
MINI_FORM = ROOT / "tests" / "data" / "mini-form.yaml"
CHILD = """
import json, resource, sys
from judgeapp.cli import main
try:
    rc = main(sys.argv[1:]) if sys.argv[1:] else 0
except SystemExit as exc:
    rc = exc.code
print(json.dumps({"rc": rc, "rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}),
      file=sys.__stdout__)
"""


def run(args: list[str]) -> dict:
    t0 = time.perf_counter()
    lang = ["--lang", "en"] if args else []  # no arguments: import only, no window
    p = subprocess.run([sys.executable, "-c", CHILD, *lang, *args], capture_output=True, text=True)
    out = json.loads(p.stdout.strip().splitlines()[-1])
    out["seconds"] = round(time.perf_counter() - t0, 2)
    out["stderr"] = (p.stderr.strip().splitlines() or [""])[0][:160]
    return out


def big_package(folder: Path, size: int) -> Path:
    import hashlib

    doc = folder / "lampiran.txt"
    h = hashlib.sha256()
    with open(doc, "wb") as fh:
        head = b"data\n"
        fh.write(head)
        h.update(head)
        left = size
        while left:
            chunk = os.urandom(min(1 << 20, left))
            fh.write(chunk)
            h.update(chunk)
            left -= len(chunk)
    manifest = {
        "format": "judgeapp.package/1",
        "competition": "ppd",
        "edition": "2023",
        "region": {"name": "Kota Besar", "kind": "kota", "province": "Jawa Barat"},
        "title": "Paket besar",
        "documents": [{"file": "docs/lampiran.txt", "title": "Lampiran", "sha256": h.hexdigest()}],
    }
    pkg = folder / "besar.zip"
    with zipfile.ZipFile(pkg, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("manifest.yaml", yaml.safe_dump(manifest))
        zf.write(doc, "docs/lampiran.txt")
    doc.unlink()
    return pkg


def bomb_xlsx(path: Path, inflated: int) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr(
            "xl/workbook.xml",
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            '<sheets><sheet name="Nilai" sheetId="1"/></sheets></workbook>',
        )
        with zf.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as fh:
            fh.write(
                b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            )
            fh.write(b"<sheetData>")
            row = b'<row><c t="inlineStr"><is><t>x</t></is></c></row>'
            block = row * ((1 << 20) // len(row))
            for _ in range(inflated // len(block)):
                fh.write(block)
            fh.write(b"</sheetData></worksheet>")
    return path


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--bundle-mb", type=int, default=1400)
    ap.add_argument("--xlsx-mb", type=int, default=800)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="judgeapp-big-") as tmp:
        base = Path(tmp)
        sec = base / "sec"
        print("baseline (import only):", run([]))
        ev = (
            subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "judgeapp",
                    "--workspace",
                    str(sec),
                    "event",
                    "create",
                    "--name",
                    "Uji",
                    "--form",
                    str(MINI_FORM),
                ],
                capture_output=True,
                text=True,
                check=True,
            )
            .stdout.strip()
            .splitlines()[-1]
        )
        bomb = bomb_xlsx(base / "bomb.xlsx", a.xlsx_mb << 20)
        print(f"xlsx: {bomb.stat().st_size} bytes on disk, inflates to {a.xlsx_mb} MB")
        print(
            "scores import bomb.xlsx:",
            run(["scores", "import", str(bomb), "--event", ev, "--workspace", str(sec)]),
        )
        pkg = big_package(base, a.bundle_mb << 20)
        print(
            "package import:",
            run(["package", "import", str(pkg), "--event", ev, "--workspace", str(sec)]),
        )
        pkg.unlink()
        subprocess.run(
            [
                sys.executable,
                "-m",
                "judgeapp",
                "--workspace",
                str(sec),
                "judge",
                "add",
                "--event",
                ev,
                "--name",
                "Ani",
                "--role",
                "TPI",
            ],
            check=True,
            capture_output=True,
        )
        subprocess.run(
            [
                sys.executable,
                "-m",
                "judgeapp",
                "--workspace",
                str(sec),
                "assign",
                "--event",
                ev,
                "--all",
            ],
            check=True,
            capture_output=True,
        )
        bundle = base / "ani.zip"
        t0 = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                "-m",
                "judgeapp",
                "--workspace",
                str(sec),
                "bundle",
                "issue",
                "--event",
                ev,
                "--out",
                str(bundle),
            ],
            check=True,
            capture_output=True,
        )
        size = bundle.stat().st_size
        print(f"bundle: {size} bytes, issued in {time.perf_counter() - t0:.1f} s")
        print("verify bundle:", run(["verify", str(bundle)]))
        print(
            "bundle open:",
            run(["bundle", "open", str(bundle), "--workspace", str(base / "laptop")]),
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
