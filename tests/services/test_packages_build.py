"""package build: a region's folder becomes a checked zip with its checksums filled."""

from __future__ import annotations

import os
import zipfile

import pytest
import yaml
from kit.packages import default_files, manifest, sha, write_folder

from judgeapp.domain.package import PackageError
from judgeapp.services import packages as P


def folder_without_checksums(root, files=None):
    files = files or default_files()
    man = manifest(files)
    for d in man["documents"]:
        d["sha256"] = ""
    man["documents"][1].pop("sha256")
    return write_folder(root, files, man), files


def test_build_fills_checksums_and_leaves_the_folder_alone(tmp_path):
    root, files = folder_without_checksums(tmp_path / "dir")
    original = (root / "manifest.yaml").read_bytes()
    res = P.build_package(root, tmp_path / "out.zip")
    assert (root / "manifest.yaml").read_bytes() == original
    assert not (tmp_path / "out.zip.part").exists()
    with zipfile.ZipFile(tmp_path / "out.zip") as zf:
        assert zf.namelist() == ["manifest.yaml", *files]
        man = yaml.safe_load(zf.read("manifest.yaml"))
    assert [d["sha256"] for d in man["documents"]] == [sha(b) for b in files.values()]
    assert man["indicators"][0]["value"] == 77.17
    assert res.digest == P.check_package(tmp_path / "out.zip").digest


def test_build_is_reproducible(tmp_path):
    root, _ = folder_without_checksums(tmp_path / "dir")
    P.build_package(root, tmp_path / "a.zip")
    os.utime(root / "docs" / "proposal.pdf", (1, 1))
    P.build_package(root, tmp_path / "b.zip")
    assert (tmp_path / "a.zip").read_bytes() == (tmp_path / "b.zip").read_bytes()


def test_build_refuses_wrong_given_checksum(tmp_path):
    files = default_files()
    man = manifest(files)
    man["documents"][0]["sha256"] = sha(b"wrong")
    root = write_folder(tmp_path / "dir", files, man)
    with pytest.raises(PackageError) as exc:
        P.build_package(root, tmp_path / "out.zip")
    assert "checksum" in str(exc.value)
    assert not (tmp_path / "out.zip").exists()


def test_build_refuses_undeclared_file_and_links(tmp_path):
    root, _ = folder_without_checksums(tmp_path / "dir")
    (root / "docs" / "lain.pdf").write_bytes(b"%PDF-1.4")
    with pytest.raises(PackageError) as exc:
        P.build_package(root, tmp_path / "out.zip")
    assert "docs/lain.pdf" in str(exc.value)
    (root / "docs" / "lain.pdf").unlink()
    os.symlink(root / "docs" / "foto.png", root / "docs" / "tautan.png")
    with pytest.raises(PackageError) as exc:
        P.build_package(root, tmp_path / "out.zip")
    assert "symlink" in str(exc.value)


def test_build_skips_system_junk(tmp_path):
    root, files = folder_without_checksums(tmp_path / "dir")
    (root / ".DS_Store").write_bytes(b"junk")
    P.build_package(root, tmp_path / "out.zip")
    with zipfile.ZipFile(tmp_path / "out.zip") as zf:
        assert ".DS_Store" not in zf.namelist()


def test_build_needs_a_folder(tmp_path):
    with pytest.raises(PackageError):
        P.build_package(tmp_path / "nothing", tmp_path / "out.zip")
