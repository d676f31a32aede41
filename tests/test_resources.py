"""Resource folders are found the same way from a checkout, a wheel and a frozen build."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from judgeapp import resources

ROOT = Path(__file__).resolve().parent.parent


def test_source_checkout_finds_top_level_folders():
    assert resources.forms_dir() == ROOT / "forms"
    assert resources.reports_dir() == ROOT / "reports"


def test_override_and_frozen_locations_win(tmp_path, monkeypatch):
    (tmp_path / "frozen" / "forms").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "frozen"), raising=False)
    assert resources.forms_dir() == tmp_path / "frozen" / "forms"
    (tmp_path / "mine" / "forms").mkdir(parents=True)
    monkeypatch.setenv("JUDGEAPP_RESOURCES", str(tmp_path / "mine"))
    assert resources.forms_dir() == tmp_path / "mine" / "forms"


def test_unknown_resource_name_is_a_bug():
    with pytest.raises(ValueError):
        resources.resource_dir("secrets")


@pytest.mark.slow
def test_wheel_carries_forms_reports_and_migrations(tmp_path):
    out = tmp_path / "wheel"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "-q",
            "-w",
            str(out),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
    )
    if proc.returncode != 0 and "No module named" in proc.stderr:
        pytest.skip(f"cannot build a wheel here: {proc.stderr.strip()[-200:]}")
    assert proc.returncode == 0, proc.stderr
    wheel = next(out.glob("judgeapp-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    forms = {Path(n).name for n in names if n.startswith("judgeapp/_data/forms/")}
    assert {p.name for p in (ROOT / "forms").glob("*.yaml")} <= forms
    assert any(n.startswith("judgeapp/_data/reports/") for n in names)
    assert "judgeapp/store/migrations/0001_initial.sql" in names
