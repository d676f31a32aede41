"""A file written with atomic_file is wholly there or untouched."""

from __future__ import annotations

import pytest

from judgeapp.atomic import atomic_file


def test_success_replaces_the_file(tmp_path):
    target = tmp_path / "usb" / "nilai.json"
    with atomic_file(target) as fh:
        fh.write(b"new")
    assert target.read_bytes() == b"new"
    assert [p.name for p in target.parent.iterdir()] == ["nilai.json"]


def test_failure_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "nilai.json"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), atomic_file(target) as fh:
        fh.write(b"half of the new")
        raise RuntimeError("disk pulled out")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["nilai.json"]
