"""The release machinery: the workflow's steps are the project's scripts, the
Windows installer script compiles and uninstalls only what it installed, the
Linux menu entry is valid — and (slow) the frozen app builds and passes its
own self-test."""

from __future__ import annotations

import configparser
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"


def _workflow() -> dict:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def test_release_workflow_builds_on_the_three_systems_with_the_scripts():
    flow = _workflow()
    job = flow["jobs"]["build"]
    assert job["strategy"]["matrix"]["os"] == ["windows-latest", "macos-14", "ubuntu-22.04"]
    runs = [s["run"] for s in job["steps"] if "run" in s]
    for run in runs:
        script = ROOT / run.split()[0]
        assert run.startswith("scripts/") and script.is_file() and os.access(script, os.X_OK), run
    order = [r.split()[0] for r in runs]
    assert order.index("scripts/test") < order.index("scripts/build-app")
    assert order.index("scripts/build-app") < order.index("scripts/package-app")
    uses = [s.get("uses", "") for s in job["steps"]]
    msys2 = next(s for s in job["steps"] if s.get("uses", "").startswith("msys2/setup-msys2"))
    assert "pango" in msys2["with"]["install"] and msys2["if"] == "runner.os == 'Windows'"
    assert any(u.startswith("actions/upload-artifact") for u in uses)


def test_build_app_runs_the_selftest_inside_the_frozen_app():
    text = (ROOT / "scripts" / "build-app").read_text(encoding="utf-8")
    assert re.search(r'run "\$CLI" --selftest', text)
    assert "build_tools" in text  # binutils and libpython installed like the runtime libraries


def _fake_build(dist: Path) -> Path:
    app = dist / "judgeapp"
    (app / "_internal" / "PySide6" / "Qt Ñ é").mkdir(parents=True)
    (app / "judgeapp.exe").write_bytes(b"MZ fake")
    (app / "judgeapp-cli.exe").write_bytes(b"MZ fake")
    (app / "_internal" / "libpango-1.0-0.dll").write_bytes(b"x" * 100)
    (app / "_internal" / "PySide6" / "Qt Ñ é" / "qt file.qm").write_bytes(b"y")
    return app


@pytest.mark.skipif(shutil.which("makensis") is None, reason="makensis (NSIS) not installed")
def test_windows_installer_script_compiles_and_uninstalls_only_its_files(tmp_path):
    app = _fake_build(tmp_path / "dist")
    env = dict(os.environ, JUDGEAPP_DIST=str(tmp_path / "dist"), JUDGEAPP_BUILD=str(tmp_path / "b"))
    proc = subprocess.run(
        [str(ROOT / "scripts" / "package-app"), "--nsis-check"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    setup = tmp_path / "b" / "nsis-check" / "JudgeApp-0.1.0-setup.exe"
    assert setup.read_bytes()[:2] == b"MZ"
    files = (tmp_path / "b" / "nsis" / "files.nsh").read_text(encoding="utf-8")
    removes = (tmp_path / "b" / "nsis" / "unfiles.nsh").read_text(encoding="utf-8")
    every = sorted(p for p in app.rglob("*") if p.is_file())
    assert files.count("\nFile ") + files.startswith("File ") == len(every)
    for path in every:
        rel = "\\".join(path.relative_to(app).parts)
        assert f'Delete "$INSTDIR\\{rel}"' in removes
    assert "/r" not in removes  # never a recursive delete: workspaces stay
    assert removes.index("Qt Ñ é") < removes.index('RMDir "$INSTDIR\\_internal"')
    nsi = (ROOT / "installer" / "windows" / "judgeapp.nsi").read_text(encoding="utf-8")
    assert "RequestExecutionLevel user" in nsi and "RMDir /r" not in nsi
    assert "$SMPROGRAMS\\${APP}.lnk" in nsi


def test_linux_menu_entry():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(ROOT / "installer" / "linux" / "judgeapp.desktop", encoding="utf-8")
    de = entry["Desktop Entry"]
    assert de["Type"] == "Application" and de["Exec"] == "judgeapp" and de["Icon"] == "judgeapp"
    assert de["Name"] == "JudgeApp" and "Comment[id]" in de


@pytest.mark.slow
@pytest.mark.timeout(1800)
def test_frozen_app_builds_and_passes_its_selftest(tmp_path):
    """scripts/build-app: PyInstaller with build.spec, then --selftest (and the
    smoke tests) inside the frozen app in a clean environment. About two to
    four minutes on two shared cores; see docs/INSTALL.md."""
    env = dict(
        os.environ, JUDGEAPP_DIST=str(tmp_path / "dist"), JUDGEAPP_BUILD=str(tmp_path / "build")
    )
    try:
        proc = subprocess.run(
            [str(ROOT / "scripts" / "build-app")],
            capture_output=True,
            text=True,
            env=env,
            timeout=1700,
        )
        out = proc.stdout + proc.stderr
        assert proc.returncode == 0, out[-6000:]
        assert "self-test" in out or "uji mandiri" in out
        for step in ("workspace", "demo", "sheet", "report", "window"):
            assert re.search(rf"^✔ {step} ", out, re.M), step
        size = int(re.search(r"build-app: OK — .* \((\d+) MB\)", out).group(1))  # type: ignore[union-attr]
        assert size <= 330, f"the one-folder app grew to {size} MB"
    finally:
        shutil.rmtree(tmp_path / "dist", ignore_errors=True)
        shutil.rmtree(tmp_path / "build", ignore_errors=True)


def test_the_guides_show_screenshots_that_exist_in_both_languages():
    seen = {}
    for lang in ("id", "en"):
        text = (ROOT / "docs" / f"guide-{lang}.md").read_text(encoding="utf-8")
        images = re.findall(r"!\[[^\]]*\]\((images/guide/[^)]+\.png)\)", text)
        assert len(images) >= 10, lang
        for image in images:
            assert (ROOT / "docs" / image).is_file(), image
            assert Path(image).name.startswith(f"{lang}-"), image
        seen[lang] = [Path(i).name[3:] for i in images]
    assert seen["id"] == seen["en"]
