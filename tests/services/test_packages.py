"""package check: every refusal on real zips and folders, built here at test time."""

from __future__ import annotations

import os
import stat
import struct
import zipfile

import pytest
import yaml
from kit.packages import PNG, default_files, manifest, sha, write_folder, write_zip
from kit.pdf import pdf_bytes

from judgeapp.domain.package import PackageError
from judgeapp.services import packages as P


def refused(path) -> list:
    with pytest.raises(PackageError) as exc:
        P.check_package(path)
    return exc.value.problems


def one(path):
    probs = refused(path)
    assert len(probs) == 1, probs
    assert probs[0].source == str(path)
    return probs[0]


def test_valid_zip_and_folder(tmp_path):
    files = default_files()
    res = P.check_package(write_zip(tmp_path / "p.zip", files))
    assert [d.doc.file for d in res.documents] == list(files)
    assert res.documents[0].pages == 1 and res.documents[0].media_type == "application/pdf"
    assert res.warnings == []
    res2 = P.check_package(write_folder(tmp_path / "dir", files))
    assert res2.digest == res.digest


def test_zip_wrapping_one_folder_and_macos_junk_accepted(tmp_path):
    files = default_files()
    path = tmp_path / "p.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("kota/manifest.yaml", yaml.safe_dump(manifest(files)))
        for name, data in files.items():
            zf.writestr(f"kota/{name}", data)
        zf.writestr("__MACOSX/kota/._manifest.yaml", b"junk")
        zf.writestr("kota/.DS_Store", b"junk")
    assert len(P.check_package(path).documents) == 2


def test_not_a_zip_and_missing_file(tmp_path):
    bad = tmp_path / "p.zip"
    bad.write_bytes(b"not a zip at all")
    assert "zip" in one(bad).reason
    assert "tidak ditemukan" in one(tmp_path / "none.zip").reason


def test_missing_manifest(tmp_path):
    path = tmp_path / "p.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("docs/a.pdf", pdf_bytes())
    p = one(path)
    assert p.member == "manifest.yaml" and "manifest.yaml" in p.reason


def test_invalid_yaml_with_line(tmp_path):
    p = one(write_zip(tmp_path / "p.zip", default_files(), "format: [judgeapp\ncompetition: ppd\n"))
    assert p.member.startswith("manifest.yaml:") and "YAML" in p.reason


def test_missing_fields_and_unknown_format(tmp_path):
    files = default_files()
    man = manifest(files)
    del man["region"]
    assert one(write_zip(tmp_path / "a.zip", files, man)).member == "manifest.yaml region"
    p = one(write_zip(tmp_path / "b.zip", files, manifest(files, format="judgeapp.package/2")))
    assert p.member == "manifest.yaml format"


@pytest.mark.parametrize("name", ["/abs/a.pdf", "docs/../a.pdf", "docs\\a.pdf"])
def test_bad_member_paths_in_zip(tmp_path, name):
    files = default_files()
    path = write_zip(tmp_path / "p.zip", files)
    with zipfile.ZipFile(path, "a") as zf:
        zi = zipfile.ZipInfo("x")
        zi.filename = name  # ZipInfo() would normalise it; keep it as an attacker writes it
        zf.writestr(zi, pdf_bytes())
    probs = refused(path)
    assert any(p.member == name for p in probs), probs


def test_symlink_member_in_zip(tmp_path):
    files = default_files()
    path = write_zip(tmp_path / "p.zip", files)
    with zipfile.ZipFile(path, "a") as zf:
        zi = zipfile.ZipInfo("docs/link.pdf")
        zi.create_system = 3
        zi.external_attr = (stat.S_IFLNK | 0o777) << 16
        zf.writestr(zi, "/etc/passwd")
    p = one(path)
    assert p.member == "docs/link.pdf" and "symlink" in p.reason


def test_symlink_in_folder(tmp_path):
    root = write_folder(tmp_path / "dir", default_files())
    os.symlink("/etc/hostname", root / "docs" / "link.pdf")
    p = one(root)
    assert p.member == "docs/link.pdf" and "symlink" in p.reason


def test_case_insensitive_duplicates(tmp_path):
    files = default_files()
    path = write_zip(tmp_path / "p.zip", files)
    with zipfile.ZipFile(path, "a") as zf:
        zf.writestr("DOCS/Proposal.pdf", pdf_bytes())
    p = one(path)
    assert p.member == "DOCS/Proposal.pdf" and "docs/proposal.pdf" in p.reason
    root = write_folder(tmp_path / "dir", files)
    (root / "docs" / "FOTO.png").write_bytes(PNG)
    p = one(root)
    assert "FOTO.png" in p.member + p.reason and "ganda" in p.reason


def test_undeclared_and_missing_documents(tmp_path):
    files = default_files()
    extra = dict(files, **{"docs/extra.pdf": pdf_bytes()})
    p = one(write_zip(tmp_path / "a.zip", extra, manifest(files)))
    assert p.member == "docs/extra.pdf" and "tidak didaftarkan" in p.reason
    p = one(
        write_zip(
            tmp_path / "b.zip", {"docs/proposal.pdf": files["docs/proposal.pdf"]}, manifest(files)
        )
    )
    assert p.member == "docs/foto.png" and "tidak ada di paket" in p.reason


def test_checksum_mismatch(tmp_path):
    files = default_files()
    man = manifest(files)
    man["documents"][1]["sha256"] = sha(b"something else")
    p = one(write_zip(tmp_path / "p.zip", files, man))
    assert p.member == "docs/foto.png" and "checksum" in p.reason


@pytest.mark.parametrize(
    ("name", "data", "word"),
    [
        ("docs/fake.pdf", b"<html>not a pdf</html>", "PDF"),
        ("docs/fake.png", b"\xff\xd8\xff\xe0 jpeg bytes", "PNG"),
        ("docs/fake.jpg", PNG, "JPG"),
        ("docs/fake.docx", pdf_bytes(), "DOCX"),
        ("docs/empty.pdf", b"", "PDF"),
    ],
)
def test_content_not_matching_type(tmp_path, name, data, word):
    files = {name: data}
    p = one(write_zip(tmp_path / "p.zip", files))
    assert p.member == name and word in p.reason


def test_encrypted_and_corrupt_pdf_pass_with_a_warning(tmp_path):
    files = {
        "docs/kunci.pdf": pdf_bytes(encrypt=True),
        "docs/rusak.pdf": b"%PDF-1.4\n garbage without structure",
    }
    res = P.check_package(write_zip(tmp_path / "p.zip", files))
    warn = {d.doc.file: d.warning for d in res.documents}
    assert "terenkripsi" in warn["docs/kunci.pdf"]
    assert "rusak" in warn["docs/rusak.pdf"]
    assert len(res.warnings) == 2


def test_more_than_1000_members(tmp_path):
    files = {f"docs/f{i:04d}.txt": b"x" for i in range(1001)}
    p = one(write_zip(tmp_path / "p.zip", files))
    assert "1002" in p.reason


def test_zip_bomb_refused_without_inflating(tmp_path, monkeypatch):
    files = {"docs/bom.txt": b"\0" * (4 * 1024 * 1024)}
    path = write_zip(tmp_path / "p.zip", files)

    def no_inflating(*a, **k):
        raise AssertionError("a member was opened")

    monkeypatch.setattr(zipfile.ZipFile, "open", no_inflating)
    probs = refused(path)
    assert any(p.member == "docs/bom.txt" and "200:1" in p.reason for p in probs)


def _patch_sizes(path, name: bytes, new_size: int) -> None:
    """Rewrite the declared uncompressed size of ``name`` (local and central headers)."""
    data = bytearray(path.read_bytes())
    at = 0
    while True:
        at = data.find(b"PK\x03\x04", at)
        if at < 0:
            break
        n, m = struct.unpack_from("<HH", data, at + 26)
        if data[at + 30 : at + 30 + n] == name:
            struct.pack_into("<I", data, at + 22, new_size)
        at += 4
    at = 0
    while True:
        at = data.find(b"PK\x01\x02", at)
        if at < 0:
            break
        n = struct.unpack_from("<H", data, at + 28)[0]
        if data[at + 46 : at + 46 + n] == name:
            struct.pack_into("<I", data, at + 24, new_size)
        at += 4
    path.write_bytes(bytes(data))


def test_lying_header_caught_while_streaming(tmp_path):
    # Random-ish text compresses mildly; the directory then claims it is tiny.
    body = b"".join(str(i).encode() for i in range(60000))
    files = {"docs/data.txt": body}
    path = write_zip(tmp_path / "p.zip", files)
    with zipfile.ZipFile(path) as zf:
        compressed = zf.getinfo("docs/data.txt").compress_size
    _patch_sizes(path, b"docs/data.txt", compressed * 2)  # ratio 2:1 claimed
    p = one(path)  # zipfile stops at the declared size too and reports a bad CRC
    assert p.member == "docs/data.txt"
    assert "lebih besar" in p.reason or "rusak" in p.reason


def test_member_growing_past_its_listed_size_refused(tmp_path, monkeypatch):
    root = write_folder(tmp_path / "dir", {"docs/a.txt": b"x" * 5000})
    listed = P._DirReader.entries

    def shrunk(self):
        return [e if e.name != "docs/a.txt" else e.__class__(e.name, 100) for e in listed(self)]

    monkeypatch.setattr(P._DirReader, "entries", shrunk)
    p = one(root)
    assert p.member == "docs/a.txt" and "lebih besar" in p.reason


def test_total_budget_enforced_while_streaming(tmp_path, monkeypatch):
    from judgeapp.domain import package as rules

    files = {"docs/a.txt": b"a" * 3000, "docs/b.txt": b"b" * 3000}
    path = write_zip(tmp_path / "p.zip", files, method=zipfile.ZIP_STORED)
    monkeypatch.setattr(rules, "MAX_TOTAL_BYTES", 5000)
    probs = refused(path)
    assert any("2 GiB" in p.reason for p in probs)


def test_non_utf8_names(tmp_path):
    files = default_files()
    # a cp437 name without the UTF-8 flag
    path = write_zip(tmp_path / "a.zip", files)
    data = bytearray(path.read_bytes())
    assert data.count(b"docs/foto.png") == 2
    path.write_bytes(bytes(data).replace(b"docs/foto.png", b"docs/f\x94to.png"))
    probs = refused(path)
    assert any("UTF-8" in p.reason and p.member == "docs/föto.png" for p in probs), probs
    # a name flagged UTF-8 whose bytes are not UTF-8
    path = tmp_path / "b.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("manifest.yaml", yaml.safe_dump(manifest(files)))
        zf.writestr("docs/é.txt", b"x")
    data = path.read_bytes().replace("docs/é.txt".encode(), b"docs/\xff\xfe.txt")
    path.write_bytes(data)
    assert "UTF-8" in one(path).reason


def test_damaged_member_crc(tmp_path):
    files = {"docs/a.txt": b"hello world " * 10}
    path = write_zip(tmp_path / "p.zip", files, method=zipfile.ZIP_STORED)
    data = path.read_bytes()
    path.write_bytes(data.replace(b"hello world", b"HELLO world", 1))
    p = one(path)
    assert p.member == "docs/a.txt"


def test_check_writes_nothing_into_the_workspace(tmp_path, workspace):
    before = sorted(p.name for p in workspace.folder.rglob("*"))
    P.check_package(write_zip(tmp_path / "p.zip", default_files()))
    assert sorted(p.name for p in workspace.folder.rglob("*")) == before


def test_progress_reports_bytes(tmp_path):
    files = {"docs/a.pdf": pdf_bytes(extra=os.urandom(3 * 1024 * 1024))}
    calls = []
    P.check_package(
        write_zip(tmp_path / "p.zip", files), progress=lambda d, t: calls.append((d, t))
    )
    total = len(files["docs/a.pdf"])
    assert calls[0] == (0, total) and calls[-1] == (total, total)
    assert len(calls) >= 4 and all(a[0] <= b[0] for a, b in zip(calls, calls[1:], strict=False))
