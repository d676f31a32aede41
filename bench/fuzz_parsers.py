"""Coverage-guided fuzzing of the parsers with atheris (optional; not part of CI).

The CI suite proves the parser contract with derandomized hypothesis tests
(``tests/hostile/test_properties.py``); this harness is for longer hunts on a
developer's machine. The oracle is the same contract: a value or a
``Refused`` — any other exception is a finding, and atheris saves the input.

    .venv/bin/pip install -e ".[fuzz]"
    .venv/bin/python bench/fuzz_parsers.py TARGET [atheris/libFuzzer options, e.g. -runs=100000]

TARGET is one of: json, yaml, form, manifest, score, bundle-manifest, package, xlsx.
"""

from __future__ import annotations

import contextlib
import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from judgeapp.domain import exchange, package, rubric, safeparse
    from judgeapp.errors import Refused
    from judgeapp.services import packages, paper

SCRATCH = Path(tempfile.mkdtemp(prefix="judgeapp-fuzz-"))


def _file(data: bytes, name: str) -> Path:
    path = SCRATCH / name
    path.write_bytes(data)
    return path


def _bundle_manifest(data: bytes) -> None:
    with contextlib.suppress(ValueError):  # this function's documented refusal
        exchange.parse_bundle_manifest(data)


TARGETS = {
    "json": lambda d: safeparse.load_json(d, "x.json", max_bytes=1 << 20),
    "yaml": lambda d: safeparse.load_yaml(d, "x.yaml", max_bytes=1 << 20),
    "form": lambda d: rubric.load_form_text(d, "x.yaml"),
    "manifest": lambda d: package.parse_manifest(d, "x.zip"),
    "score": lambda d: exchange.verify_score_file(d, "x.json"),
    "bundle-manifest": _bundle_manifest,
    "package": lambda d: packages.check_package(_file(d, "p.zip")),
    "xlsx": lambda d: paper.read_rows(_file(d, "p.xlsx")),
}


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] not in TARGETS:
        print(__doc__)
        raise SystemExit(2)
    target = TARGETS[sys.argv.pop(1)]

    def one(data: bytes) -> None:
        with contextlib.suppress(Refused):
            target(data)

    atheris.Setup(sys.argv, one)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
