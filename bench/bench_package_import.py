"""Memory and speed of importing a large package, against a bare copy of the same bytes.

Generates a package of about ``--mb`` megabytes (default 500) in a temporary
folder — a few large, well-formed PDFs whose content streams are random
(incompressible) bytes — builds it with ``package build``, then measures in
fresh child processes:

* baseline: ``shutil.copyfileobj`` of every member out of the zip;
* import:   ``services.packages.import_package`` into a new workspace.

Peak RSS growth (``ru_maxrss`` minus the RSS after imports) and wall time are
printed; the import must stay within ~200 MB of extra memory.

    .venv/bin/python bench/bench_package_import.py [--mb 500] [--files 4]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHUNK = 1024 * 1024


def write_big_pdf(path: Path, size: int) -> None:
    """A valid one-page PDF whose embedded stream is ``size`` random bytes."""
    with open(path, "wb") as fh:
        out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        offsets = [len(out)]
        out += b"1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
        offsets.append(len(out))
        out += b"2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
        offsets.append(len(out))
        out += b"3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>\nendobj\n"
        offsets.append(len(out))
        out += b"4 0 obj\n<< /Length %d >>\nstream\n" % size
        fh.write(out)
        pos = len(out)
        left = size
        while left:
            n = min(CHUNK, left)
            fh.write(os.urandom(n))
            left -= n
        pos += size
        tail = b"\nendstream\nendobj\n"
        xref = pos + len(tail)
        tail += b"xref\n0 5\n0000000000 65535 f \n"
        for off in offsets:
            tail += b"%010d 00000 n \n" % off
        tail += b"trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref
        fh.write(tail)


def make_package(folder: Path, total_mb: int, files: int) -> Path:
    import yaml

    from judgeapp.services.packages import build_package

    src = folder / "src"
    (src / "docs").mkdir(parents=True)
    each = total_mb * CHUNK // files
    docs = []
    for i in range(files):
        name = f"docs/lampiran-{i + 1}.pdf"
        write_big_pdf(src / name, each)
        docs.append({"file": name, "title": f"Lampiran {i + 1}", "kind": "lampiran"})
    manifest = {
        "format": "judgeapp.package/1",
        "competition": "ppd",
        "edition": "2022",
        "region": {"name": "Kota Bench", "kind": "kota", "province": "Jawa Barat"},
        "title": "Paket besar",
        "documents": docs,
    }
    (src / "manifest.yaml").write_text(yaml.safe_dump(manifest), encoding="utf-8")
    out = folder / "big.zip"
    build_package(src, out)
    return out


CHILD = r"""
import json, resource, sys, time, zipfile, shutil, os
mode, pkg, ws_dir = sys.argv[1:4]
from judgeapp.services import packages  # imports before the baseline RSS
from judgeapp.store.db import open_workspace
from judgeapp.store import events as store_events
from judgeapp.store.forms import pin_form
from judgeapp.services.forms import load_form_file
import pypdf  # noqa: F401 - loaded before measuring, as in the app
def rss_mb():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
ws = open_workspace(ws_dir)
digest = pin_form(ws, load_form_file(sys.argv[4]))
eid = store_events.create_event(ws, "Bench", "ppd", [store_events.StageSpec("t", "T", digest)])
base = rss_mb()
t0 = time.perf_counter()
if mode == "baseline":
    os.makedirs(os.path.join(ws_dir, "copy"), exist_ok=True)
    with zipfile.ZipFile(pkg) as zf:
        for zi in zf.infolist():
            with zf.open(zi) as src, open(os.path.join(ws_dir, "copy", str(abs(hash(zi.filename)))), "wb") as dst:
                shutil.copyfileobj(src, dst, 1024 * 1024)
                dst.flush(); os.fsync(dst.fileno())
else:
    calls = [0]
    def progress(done, total):
        calls[0] += 1
    packages.import_package(ws, pkg, eid, progress=progress)
secs = time.perf_counter() - t0
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"base_mb": base, "peak_mb": peak, "growth_mb": peak - base, "seconds": secs}))
"""


def run_child(mode: str, pkg: Path, ws_dir: Path, form: Path) -> dict:
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, mode, str(pkg), str(ws_dir), str(form)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=int, default=500, help="package size in MB (default 500)")
    ap.add_argument("--files", type=int, default=4, help="number of PDFs (default 4)")
    ap.add_argument("--limit-mb", type=float, default=200.0, help="allowed extra memory")
    args = ap.parse_args()
    form = Path(__file__).resolve().parent.parent / "tests" / "data" / "mini-form.yaml"
    with tempfile.TemporaryDirectory(prefix="judgeapp-bench-") as tmp:
        folder = Path(tmp)
        t0 = time.perf_counter()
        pkg = make_package(folder, args.mb, args.files)
        print(
            f"package: {pkg.stat().st_size / 2**20:.0f} MB, {args.files} PDFs "
            f"(generated and built in {time.perf_counter() - t0:.1f} s)"
        )
        base = run_child("baseline", pkg, folder / "ws-baseline", form)
        imp = run_child("import", pkg, folder / "ws-import", form)
    print(f"{'':10} {'RSS before':>11} {'peak RSS':>9} {'growth':>8} {'time':>7}")
    for name, r in (("baseline", base), ("import", imp)):
        print(
            f"{name:10} {r['base_mb']:9.1f}MB {r['peak_mb']:7.1f}MB {r['growth_mb']:6.1f}MB "
            f"{r['seconds']:6.2f}s"
        )
    extra = imp["growth_mb"] - base["growth_mb"]
    ratio = imp["seconds"] / base["seconds"] if base["seconds"] else float("nan")
    print(f"import vs bare copy: {extra:+.1f} MB extra memory, {ratio:.2f}x the time")
    ok = imp["growth_mb"] <= args.limit_mb
    print("OK" if ok else f"FAIL: import grew {imp['growth_mb']:.1f} MB > {args.limit_mb} MB")
    _ = resource  # the parent's own usage is not measured
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
