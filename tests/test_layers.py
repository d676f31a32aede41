"""The UI and the reports reach data through services.

The import-linter contract (pyproject.toml) forbids ``judgeapp.ui``,
``judgeapp.reports`` and ``judgeapp.app`` any import of ``judgeapp.store``
except ``judgeapp.store.db``; this test holds what they may take from there: the
``Workspace`` type and nothing else. Modules named as strings (importlib) are
caught too, since import-linter cannot see them.
"""

from __future__ import annotations

import ast
from pathlib import Path

import judgeapp

ROOT = Path(judgeapp.__file__).parent
TOP = [
    *sorted((ROOT / "ui").rglob("*.py")),
    *sorted((ROOT / "reports").rglob("*.py")),
    ROOT / "app.py",
]
ALLOWED = {"Workspace"}


def store_uses(path: Path) -> list[str]:
    """What ``path`` takes from the store beyond the ``Workspace`` type, with line numbers."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        line = getattr(node, "lineno", 0)
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("judgeapp.store"):
            if node.module != "judgeapp.store.db":
                found.append(f"{line}: from {node.module} import ...")
            else:
                found += [f"{line}: {a.name}" for a in node.names if a.name not in ALLOWED]
        elif isinstance(node, ast.ImportFrom) and node.module == "judgeapp":
            found += [f"{line}: judgeapp.store" for a in node.names if a.name == "store"]
        elif isinstance(node, ast.Import):
            found += [
                f"{line}: {a.name}" for a in node.names if a.name.startswith("judgeapp.store")
            ]
        elif (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and node.value.startswith("judgeapp.store")
            and " " not in node.value
        ):
            found.append(f"{line}: {node.value!r}")
    return found


def test_ui_and_reports_take_only_the_workspace_type_from_the_store():
    assert len(TOP) > 30
    assert {str(p.relative_to(ROOT)): store_uses(p) for p in TOP if store_uses(p)} == {}


def test_the_check_sees_every_kind_of_store_import(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from judgeapp.store.db import Workspace, open_workspace\n"
        "from judgeapp.store import events\n"
        "from judgeapp import store\n"
        "import judgeapp.store.sheets\n"
        "import importlib\n"
        "importlib.import_module('judgeapp.store.submissions')\n",
        encoding="utf-8",
    )
    assert store_uses(sample) == [
        "1: open_workspace",
        "2: from judgeapp.store import ...",
        "3: judgeapp.store",
        "4: judgeapp.store.sheets",
        "6: 'judgeapp.store.submissions'",
    ]
