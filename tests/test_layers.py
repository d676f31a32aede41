"""The UI and the reports reach data through services.

The import-linter contract (pyproject.toml) forbids ``judgeapp.ui``,
``judgeapp.reports`` and ``judgeapp.app`` any import of ``judgeapp.store``
except ``judgeapp.store.db``; this test holds what they may take from there: the
``Workspace`` type and nothing else. Modules named as strings (importlib) are
caught too, since import-linter cannot see them.
"""

from __future__ import annotations

import ast
import re
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


def test_tests_share_code_only_through_the_kit():
    """No test imports a ``conftest`` or another test module: shared builders live in tests/kit."""
    tests = Path(__file__).parent
    found = []
    for path in sorted(tests.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            for name in names:
                last = name.rsplit(".", 1)[-1]
                if last == "conftest" or last.startswith("test_") or last.endswith("_kit"):
                    found.append(f"{path.relative_to(tests)}:{node.lineno}: {name}")
    assert len(list(tests.rglob("test_*.py"))) > 50
    assert found == []


SQL = re.compile(
    r"^\s*(SELECT\s|INSERT\s|UPDATE\s+\w+\s+SET\b|DELETE\s+FROM\b|REPLACE\s+INTO\b|PRAGMA\s"
    r"|(CREATE|DROP|ALTER)\s+(TABLE|INDEX|TRIGGER|VIEW)\b|BEGIN\b|COMMIT\b|ROLLBACK\b"
    r"|SAVEPOINT\s|RELEASE\s|VACUUM\b|ATTACH\s)"
)


def sql_outside_store(path: Path) -> list[str]:
    """String constants that read as SQL, and uses of a connection, with line numbers."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    in_fstring = {id(v) for n in ast.walk(tree) if isinstance(n, ast.JoinedStr) for v in n.values}
    for node in ast.walk(tree):
        if id(node) in in_fstring:
            continue
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL.match(node.value):
            found.append(f"{node.lineno}: {node.value[:40]!r}")
        elif isinstance(node, ast.JoinedStr):
            head = node.values[0] if node.values else None
            if isinstance(head, ast.Constant) and SQL.match(str(head.value)):
                found.append(f"{node.lineno}: f{str(head.value)[:40]!r}")
        elif isinstance(node, ast.Attribute) and node.attr in ("conn", "query", "query_one"):
            found.append(f"{node.lineno}: .{node.attr}")
    return sorted(found, key=lambda f: int(f.split(":", 1)[0]))


def test_the_store_speaks_all_sql():
    outside = [p for p in sorted(ROOT.rglob("*.py")) if "store" not in p.relative_to(ROOT).parts]
    assert len(outside) > 80
    assert {
        str(p.relative_to(ROOT)): sql_outside_store(p) for p in outside if sql_outside_store(p)
    } == {}


def test_the_sql_check_sees_sql(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        'a = "SELECT 1 FROM x"\n'
        'b = f"UPDATE sheets SET a={t}"\n'
        "ws.conn.execute(a)\n"
        "ws.query_one(b)\n"
        'c = "Selected judges"\n'
        'd = "create an event"\n',
        encoding="utf-8",
    )
    assert sql_outside_store(sample) == [
        "1: 'SELECT 1 FROM x'",
        "2: f'UPDATE sheets SET a='",
        "3: .conn",
        "4: .query_one",
    ]


def test_a_module_over_450_lines_has_a_stated_reason():
    doc = (ROOT.parent / "docs" / "ARCHITECTURE.md").read_text(encoding="utf-8")
    section = doc.split("## Modules over 450 lines", 1)[1].split("\n## ", 1)[0]
    listed = set(re.findall(r"^\| `([\w/]+\.py)` \|", section, re.MULTILINE))
    big = {
        str(p.relative_to(ROOT))
        for p in ROOT.rglob("*.py")
        if len(p.read_text(encoding="utf-8").splitlines()) > 450
    }
    assert listed
    assert sorted(big - listed) == []
    assert sorted(listed - big) == []  # a module back under the bound leaves the list


def test_history_rows_are_written_in_one_place():
    writers = sorted(
        str(p.relative_to(ROOT))
        for p in ROOT.rglob("*.py")
        if re.search(r"INSERT\s+INTO\s+history\s*\(", p.read_text(encoding="utf-8"))
    )
    assert writers == ["store/history.py"]
