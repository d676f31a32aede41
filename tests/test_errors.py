"""One error vocabulary: every refusal the project defines is a ``Refused``."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import judgeapp
from judgeapp.errors import Refused


def _project_exceptions() -> list[type[BaseException]]:
    found = []
    for info in pkgutil.walk_packages(judgeapp.__path__, "judgeapp."):
        if info.name.startswith(("judgeapp.ui", "judgeapp.app", "judgeapp.__main__")):
            continue  # Qt modules: their errors are checked by the UI tests
        module = importlib.import_module(info.name)
        for _name, obj in inspect.getmembers(module, inspect.isclass):
            if issubclass(obj, BaseException) and obj.__module__ == info.name:
                found.append(obj)
    return found


def test_every_project_exception_is_a_refusal():
    classes = _project_exceptions()
    assert len(classes) >= 15
    assert [c.__qualname__ for c in classes if not issubclass(c, Refused)] == []


def test_message_names_file_place_and_reason():
    exc = Refused("nilai di luar skala", file="nilai.json", place="sheets[0].scores")
    assert str(exc) == "nilai.json: sheets[0].scores: nilai di luar skala"
    assert (exc.file, exc.place, exc.reason) == (
        "nilai.json",
        "sheets[0].scores",
        "nilai di luar skala",
    )
    assert str(Refused("hanya alasan")) == "hanya alasan"
