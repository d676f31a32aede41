"""Windows-safe code paths, each checked here by simulating the platform where
the code branches on it (``platform=`` arguments, injected OS functions) and
for real on this machine where the behaviour is the same everywhere."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import types
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

from judgeapp import oscompat
from judgeapp.atomic import atomic_file
from judgeapp.errors import Refused

NON_ASCII = "Ruang Kerja Siti Ñurhaliza – é"


# ---- console ------------------------------------------------------------------------------
def test_console_in_cp1252_is_switched_to_utf8():
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="cp1252")
    assert oscompat.setup_console((stream,)) == ["?"] or stream.encoding == "utf-8"
    print("✔ selesai — Ñ", file=stream)
    stream.flush()
    assert raw.getvalue().decode("utf-8") == "✔ selesai — Ñ\n"


def test_console_without_stream_or_already_utf8_is_left_alone():
    utf8 = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    assert oscompat.setup_console((None, utf8)) == []


def test_piped_windows_console_prints_utf8(tmp_path):
    """A piped Windows console is cp1252; PYTHONIOENCODING makes this one so."""
    env = dict(os.environ, PYTHONIOENCODING="cp1252")
    out = subprocess.run(
        [sys.executable, "-m", "judgeapp", "--help"],
        capture_output=True,
        env=env,
        timeout=120,
        check=True,
    ).stdout
    assert "JudgeApp — penilaian" in out.decode("utf-8")


# ---- DLL directories ------------------------------------------------------------------------
def test_frozen_windows_app_puts_its_folder_on_the_dll_path():
    folder = r"C:\Users\Siti Ñurhaliza\AppData\Local\Programs\JudgeApp\_internal"
    env = {"PATH": r"C:\Windows\System32;C:\Windows", "WEASYPRINT_DLL_DIRECTORIES": r"D:\gtk"}
    added: list[str] = []
    got = oscompat.setup_dll_directories(
        platform="win32", frozen_dir=folder, environ=env, add_dll_directory=added.append
    )
    assert got == added == [folder]
    assert env["PATH"].split(";") == [folder, r"C:\Windows\System32", r"C:\Windows"]
    assert env["WEASYPRINT_DLL_DIRECTORIES"].split(";") == [folder, r"D:\gtk"]
    # a second call (the CLI and the GUI both start through main) adds nothing twice
    oscompat.setup_dll_directories(
        platform="win32", frozen_dir=folder, environ=env, add_dll_directory=added.append
    )
    assert env["PATH"].split(";").count(folder) == 1


def test_frozen_macos_app_puts_its_folder_first_for_find_library():
    fallback = ["/usr/local/lib", "/usr/lib"]
    folder = "/Applications/JudgeApp.app/Contents/Frameworks"
    got = oscompat.setup_dll_directories(
        platform="darwin", frozen_dir=folder, environ={}, dyld_fallback=fallback
    )
    assert got == [folder] and fallback == [folder, "/usr/local/lib", "/usr/lib"]
    oscompat.setup_dll_directories(
        platform="darwin", frozen_dir=folder, environ={}, dyld_fallback=fallback
    )
    assert fallback.count(folder) == 1


def test_dll_directories_only_for_the_frozen_windows_app():
    env: dict[str, str] = {"PATH": "/usr/bin"}
    assert oscompat.setup_dll_directories(platform="linux", frozen_dir="/x", environ=env) == []
    assert oscompat.setup_dll_directories(platform="win32", frozen_dir="", environ=env) == []
    assert env == {"PATH": "/usr/bin"}


# ---- per-user folders -------------------------------------------------------------------------
def test_windows_user_folders_are_local_appdata(monkeypatch):
    import platformdirs.windows

    local = r"C:\Users\Siti Ñurhaliza\AppData\Local"
    monkeypatch.setenv("LOCALAPPDATA", local)
    monkeypatch.setenv("APPDATA", r"C:\Users\Siti Ñurhaliza\AppData\Roaming")
    monkeypatch.setattr(
        platformdirs.windows,
        "_RESOLVE_WIN_FOLDER",
        platformdirs.windows.get_win_folder_from_env_vars,
    )
    data = PureWindowsPath(str(oscompat.user_data_dir("win32")))
    assert data == PureWindowsPath(local) / "JudgeApp"  # not roaming: a database never roams
    assert PureWindowsPath(str(oscompat.user_config_dir("win32"))) == data
    assert PureWindowsPath(str(oscompat.user_log_dir("win32"))) == data / "Logs"


def test_macos_and_linux_user_folders(monkeypatch, tmp_path):
    home = tmp_path / NON_ASCII
    monkeypatch.setenv("HOME", str(home))
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME"):
        monkeypatch.delenv(var, raising=False)
    mac = oscompat.user_data_dir("darwin")
    assert PurePosixPath(mac) == PurePosixPath(home, "Library", "Application Support", "JudgeApp")
    assert oscompat.user_data_dir("linux") == home / ".local" / "share" / "JudgeApp"
    assert oscompat.user_config_dir("linux") == home / ".config" / "JudgeApp"


def test_default_workspace_is_in_the_user_data_folder(monkeypatch, tmp_path):
    from judgeapp.store.db import default_workspace_dir

    monkeypatch.delenv("JUDGEAPP_WORKSPACE", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / NON_ASCII))
    assert default_workspace_dir() == tmp_path / NON_ASCII / "JudgeApp" / "workspace"


# ---- long paths --------------------------------------------------------------------------------
def test_long_windows_paths_get_the_extended_prefix():
    deep = "C:\\Users\\Siti Ñurhaliza\\" + "\\".join(["folder panjang sekali"] * 14) + "\\a.pdf"
    assert len(deep) > 260
    assert oscompat.long_path(deep, platform="win32") == "\\\\?\\" + deep
    unc = "\\\\server\\share\\" + "x" * 260
    assert oscompat.long_path(unc, platform="win32") == "\\\\?\\UNC\\server\\share\\" + "x" * 260
    short = r"C:\Users\Siti\a.pdf"
    assert oscompat.long_path(short, platform="win32") == short
    assert oscompat.long_path("\\\\?\\" + deep, platform="win32") == "\\\\?\\" + deep
    assert oscompat.long_path("/" + "x/" * 200, platform="linux") == "/" + "x/" * 200


def test_atomic_write_in_a_long_non_ascii_path(tmp_path):
    folder = tmp_path.joinpath(*([NON_ASCII] * 9))
    target = folder / "berkas nilai – juri.json"
    assert len(str(target)) > 300
    with atomic_file(oscompat.long_path(target)) as fh:
        fh.write("✔".encode())
    assert target.read_text(encoding="utf-8") == "✔"


# ---- replacing a file held open -----------------------------------------------------------------
class SharingViolation(PermissionError):
    winerror = 32


def test_replace_waits_for_a_file_held_open_on_windows(tmp_path):
    calls: list[tuple[str, str]] = []
    slept: list[float] = []

    def replace(src: str, dst: str) -> None:
        calls.append((src, dst))
        if len(calls) < 3:
            raise SharingViolation(13, "The process cannot access the file")
        os.replace(src, dst)

    src, dst = tmp_path / "a.part", tmp_path / "a.pdf"
    src.write_text("new")
    oscompat.replace_file(src, dst, replace=replace, sleep=slept.append)
    assert len(calls) == 3 and slept == list(oscompat.REPLACE_WAITS[:2])
    assert dst.read_text() == "new"


def test_replace_of_a_file_that_stays_open_is_refused_naming_it(tmp_path):
    def replace(src: str, dst: str) -> None:
        raise SharingViolation(13, "The process cannot access the file")

    dst = tmp_path / "peringkat.pdf"
    with pytest.raises(Refused) as info:
        oscompat.replace_file(tmp_path / "x", dst, replace=replace, sleep=lambda _s: None)
    assert info.value.file == str(dst)
    assert "dibuka oleh program lain" in info.value.reason


def test_a_real_permission_error_is_not_retried(tmp_path):
    calls = []

    def replace(src: str, dst: str) -> None:
        calls.append(src)
        raise PermissionError(13, "Permission denied")

    with pytest.raises(PermissionError):
        oscompat.replace_file("a", "b", replace=replace, sleep=lambda _s: None)
    assert len(calls) == 1


def test_replacing_a_file_another_handle_holds_open(tmp_path):
    """On this machine os.replace over an open file works; the reader keeps
    the old content (what Windows refuses is simulated above)."""
    target = tmp_path / NON_ASCII / "laporan.pdf"
    target.parent.mkdir()
    target.write_bytes(b"old")
    with open(target, "rb") as reader:
        with atomic_file(target) as fh:
            fh.write(b"new")
        assert reader.read() == b"old"
    assert target.read_bytes() == b"new"


# ---- locks ------------------------------------------------------------------------------------
def test_exclusive_lock_is_refused_to_a_second_holder(tmp_path):
    path = tmp_path / "workspace.lock"
    path.write_bytes(b"x")
    with open(path, "r+b") as first, open(path, "r+b") as second:
        assert oscompat.lock_exclusive(first)
        assert not oscompat.lock_exclusive(second)
        oscompat.unlock(first)
        assert oscompat.lock_exclusive(second)
        oscompat.unlock(second)


def test_windows_lock_uses_msvcrt_on_the_first_byte(tmp_path):
    calls: list[tuple[int, int, int]] = []
    held = {"locked": False}

    def locking(fd: int, mode: int, nbytes: int) -> None:
        calls.append((fd, mode, nbytes))
        if mode == 1 and held["locked"]:
            raise OSError(36, "Resource deadlock avoided")
        held["locked"] = mode == 1

    fake = types.SimpleNamespace(locking=locking, LK_NBLCK=1, LK_UNLCK=0)
    with open(tmp_path / "lock", "w+b") as fh:
        fh.write(b"held by")
        assert oscompat.lock_exclusive(fh, platform="win32", module=fake)
        assert fh.tell() == 0
        assert not oscompat.lock_exclusive(fh, platform="win32", module=fake)
        oscompat.unlock(fh, platform="win32", module=fake)
    assert [c[1:] for c in calls] == [(1, 1), (1, 1), (0, 1)]


# ---- file: URLs of bundled resources ------------------------------------------------------------
def test_windows_file_url_back_to_the_path():
    import urllib.parse

    path = PureWindowsPath(r"C:\Program Files\JudgeApp Ñ\_internal\reports\print.css")
    parsed = urllib.parse.urlparse(path.as_uri())
    assert oscompat.path_from_file_url(parsed.path, platform="win32") == str(path)


def test_bundled_report_resources_in_a_non_ascii_folder(tmp_path):
    from judgeapp.reports.render import FetchRefused, fetch_bundled
    from judgeapp.resources import reports_dir

    root = tmp_path / NON_ASCII / "reports"
    root.mkdir(parents=True)
    css = (reports_dir() / "print.css").read_bytes()
    (root / "print.css").write_bytes(css)
    body, mime, _final = fetch_bundled((root / "print.css").as_uri(), root)
    assert body == css and mime == "text/css"
    with pytest.raises(FetchRefused):
        fetch_bundled((tmp_path / "elsewhere.css").as_uri(), root)


def test_module_imports_nothing_of_the_project_but_leaves():
    source = Path(oscompat.__file__).read_text(encoding="utf-8")
    imports = {
        line.split()[1]
        for line in source.splitlines()
        if line.startswith(("from judgeapp", "import judgeapp"))
    }
    assert imports <= {"judgeapp.errors", "judgeapp.i18n"}
