"""Copy the top-level resource folders into the wheel as ``judgeapp/_data``.

A source checkout reads ``forms/``, ``reports/`` and ``translations/`` where they
stand; an installed wheel finds the same trees inside the package; a frozen
build finds them under the bundle folder.  ``judgeapp.resources`` knows all three.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

RESOURCE_DIRS = ("forms", "reports", "translations")


class BuildWithResources(build_py):
    def run(self) -> None:
        super().run()
        root = Path(__file__).resolve().parent
        target = Path(self.build_lib) / "judgeapp" / "_data"
        for name in RESOURCE_DIRS:
            src = root / name
            if src.is_dir():
                shutil.copytree(src, target / name, dirs_exist_ok=True,
                                ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))


setup(cmdclass={"build_py": BuildWithResources})
