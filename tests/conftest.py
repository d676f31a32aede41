"""Shared fixtures. Qt runs offscreen; every test gets its own workspace folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")
# Never let a test touch the user's real workspace.
os.environ.pop("JUDGEAPP_WORKSPACE", None)

import pytest
from hypothesis import HealthCheck, settings

# Property-based tests run the same examples on every machine and in every run
# (derandomized, no example database, no deadline): a budget, never a lottery.
settings.register_profile(
    "judgeapp",
    derandomize=True,
    database=None,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
settings.load_profile("judgeapp")

ROOT = Path(__file__).resolve().parent.parent
SHARED_REFERENCE = ROOT.parent / "shared" / "reference"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def workspace(tmp_path):
    from judgeapp.store.db import open_workspace

    ws = open_workspace(tmp_path / "ws")
    yield ws
    ws.close()


@pytest.fixture
def mini_form():
    """A small two-aspect form (5–10 items, two decimals, Keunggulan/Rekomendasi)."""
    from judgeapp.services.forms import load_form_file

    return load_form_file(DATA / "mini-form.yaml")


@pytest.fixture
def official_worksheet() -> Path:
    """The official PPD Tahap II worksheet, when ../shared is beside the project."""
    path = SHARED_REFERENCE / "ppd-2023-tahap2-lembar-penilaian.xlsx"
    if not path.exists():
        pytest.skip("official worksheet not present (../shared/reference)")
    return path


def pytest_report_header():
    return f"judgeapp tests on Python {sys.version.split()[0]}"


@pytest.fixture(autouse=True)
def _own_settings(tmp_path_factory, monkeypatch):
    """Every test reads and writes its own per-user settings, never the real ones."""
    monkeypatch.setenv("JUDGEAPP_CONFIG_DIR", str(tmp_path_factory.mktemp("config")))


@pytest.fixture(autouse=True)
def _messages_in_indonesian():
    """Every test starts and ends with messages in the default language, so a
    test that switches to English cannot change what the next one reads."""
    from judgeapp.i18n import set_language

    set_language("id")
    yield
    set_language("id")
