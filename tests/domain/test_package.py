"""Package rules without I/O: manifest parsing, member listing, content sniffing."""

from __future__ import annotations

from decimal import Decimal

import pytest

from judgeapp.domain import package as P
from judgeapp.i18n import set_language

GOOD = """\
format: judgeapp.package/1
competition: ppd
edition: 2022
region: {name: Kota Sukabumi, kind: kota, province: Jawa Barat, code: "32.72"}
title: Inovasi Pembangunan Kota Sukabumi
category: null
innovations:
  - {title: Udunan Online, summary: "donasi warga", started: 2020}
indicators:
  - {id: ipm, label: Indeks Pembangunan Manusia, value: 77.17, unit: "", year: 2023, source: BPS}
documents:
  - {file: docs/proposal.pdf, title: Proposal, kind: proposal, sha256: "%s"}
""" % ("ab" * 32)


def problems(text: str, **kw) -> list[P.PackageProblem]:
    with pytest.raises(P.PackageError) as exc:
        P.parse_manifest(text, "paket.zip", **kw)
    return exc.value.problems


def test_good_manifest_parses_with_exact_decimals():
    m = P.parse_manifest(GOOD.encode(), "paket.zip")
    assert m.edition == "2022"
    assert m.region.code == "32.72"
    assert m.indicators[0].value == Decimal("77.17")
    assert m.to_data()["indicators"][0]["value"] == 77.17
    assert m.documents[0].sha256 == "ab" * 32


def test_invalid_yaml_names_the_line():
    bad = GOOD.replace("title: Inovasi", "title: [Inovasi")
    (p,) = problems(bad)
    assert p.source == "paket.zip"
    assert p.member.startswith("manifest.yaml:")
    line = int(p.member.split(":")[1])
    assert 5 <= line <= 7
    assert "YAML" in p.reason


def test_not_utf8_and_not_a_mapping():
    (p,) = problems(GOOD.replace("Sukabumi", "Sukab\xfcmi").encode("latin-1"))
    assert "UTF-8" in p.reason
    (p,) = problems("- just\n- a list\n")
    assert "pemetaan" in p.reason


def test_missing_fields_each_named():
    text = "format: judgeapp.package/1\ncompetition: ppd\n"
    places = {p.member for p in problems(text)}
    assert {"manifest.yaml edition", "manifest.yaml region", "manifest.yaml title"} <= places
    assert "manifest.yaml documents" in places


def test_unknown_format():
    (p,) = problems(GOOD.replace("judgeapp.package/1", "judgeapp.package/9"))
    assert p.member == "manifest.yaml format"
    assert "judgeapp.package/9" in p.reason


def test_unknown_field_and_duplicate_key():
    (p,) = problems(GOOD + "documnets: []\n")
    assert p.member == "manifest.yaml documnets"
    (p,) = problems(GOOD + "title: lagi\n")
    assert "twice" in p.reason or "dua" in p.reason or "title" in p.reason


def test_bad_checksum_text_and_missing_checksum():
    (p,) = problems(GOOD.replace("ab" * 32, "xyz"))
    assert "sha256" in p.member and "64" in p.reason
    (p,) = problems(GOOD.replace(f'"{"ab" * 32}"', '""'))
    assert p.member.endswith("documents[0].sha256")
    # package build accepts empty checksums
    assert P.parse_manifest(GOOD.replace(f'"{"ab" * 32}"', '""'), "x", require_sha256=False)


@pytest.mark.parametrize(
    ("path", "word"),
    [
        ("/etc/passwd.pdf", "absolut"),
        ("C:/data/a.pdf", "absolut"),
        ("docs/../../a.pdf", ".."),
        ("docs\\a.pdf", "\\"),
        ("docs//a.pdf", "kosong"),
    ],
)
def test_document_paths_refused(path, word):
    (p,) = problems(GOOD.replace("docs/proposal.pdf", path))
    assert path in p.member
    assert word in p.reason


def test_document_listed_twice_case_insensitive_and_unsupported_type():
    text = GOOD + '  - {file: DOCS/Proposal.PDF, title: Lagi, sha256: "%s"}\n' % ("cd" * 32)
    (p,) = problems(text)
    assert "DOCS/Proposal.PDF" in p.member and "dua kali" in p.reason
    (p,) = problems(GOOD.replace("docs/proposal.pdf", "docs/run.exe"))
    assert "tidak didukung" in p.reason


def test_indicator_written_twice_for_the_same_year():
    text = GOOD.replace(
        "documents:",
        "  - {id: ipm, label: IPM, value: 70, year: 2023}\ndocuments:",
    )
    (p,) = problems(text)
    assert "indicators[1]" in p.member


def test_messages_in_english():
    set_language("en")
    try:
        (p,) = problems(GOOD.replace(f'"{"ab" * 32}"', '""'))
        assert p.reason == "required field missing"
    finally:
        set_language("id")


# ---- member listing ---------------------------------------------------------------------
def E(name, size=10, **kw):
    return P.Entry(name=name, size=size, **kw)


def test_listing_ok():
    assert P.entry_problems("p.zip", [E("manifest.yaml"), E("docs/", 0, is_dir=True)]) == []


def test_too_many_members():
    entries = [E(f"f{i}.txt", 1) for i in range(P.MAX_MEMBERS + 1)]
    (p,) = P.entry_problems("p.zip", entries)
    assert "1001" in p.reason and p.member == ""


def test_over_two_gib_declared():
    entries = [E("a.pdf", 2**30, compressed=2**30), E("b.pdf", 2**30 + 1, compressed=2**30 + 1)]
    (p,) = P.entry_problems("p.zip", entries)
    assert "2 GiB" in p.reason


def test_ratio_over_200_refused_from_the_directory_alone():
    (p,) = P.entry_problems("p.zip", [E("bom.txt", 201_000, compressed=1000)])
    assert p.member == "bom.txt" and "200:1" in p.reason
    assert P.entry_problems("p.zip", [E("ok.txt", 200_000, compressed=1000)]) == []


def test_links_encrypted_methods_and_names():
    got = P.entry_problems(
        "p.zip",
        [
            E("link.pdf", is_link=True),
            E("secret.pdf", encrypted=True),
            E("odd.pdf", method=99),
            E("Laporan Ü.pdf", utf8_flag=False),
            E("plain.pdf", utf8_flag=False),
            E("../up.pdf"),
        ],
    )
    by = {p.member: p.reason for p in got}
    assert "symlink" in by["link.pdf"]
    assert "terenkripsi" in by["secret.pdf"]
    assert "99" in by["odd.pdf"]
    assert "UTF-8" in by["Laporan Ü.pdf"]
    assert "plain.pdf" not in by
    assert ".." in by["../up.pdf"]


def test_duplicate_names_case_insensitive():
    (p,) = P.entry_problems("p.zip", [E("docs/A.pdf"), E("docs/a.PDF")])
    assert p.member == "docs/a.PDF" and "docs/A.pdf" in p.reason


def test_sniff_types():
    assert P.sniff("a.pdf", b"%PDF-1.7\n") is None
    assert "PDF" in P.sniff("a.pdf", b"<html>")
    assert P.sniff("a.png", b"\x89PNG\r\n\x1a\n...") is None
    assert "PNG" in P.sniff("a.png", b"\xff\xd8\xff\xe0")
    assert "JPG" in P.sniff("a.jpg", b"\x89PNG")
    assert P.sniff("a.mp4", b"\x00\x00\x00\x18ftypmp42") is None
    assert P.sniff("a.txt", b"teks") is None
    assert P.sniff("a.txt", b"te\x00ks") is not None
    assert P.sniff("a.pdf", b"") is not None


def test_wrapping_folder_and_junk():
    entries = [E("kota/manifest.yaml"), E("kota/docs/a.pdf"), E("__MACOSX/kota/._a.pdf")]
    assert P.strip_root_folder(entries) == "kota/"
    assert P.strip_root_folder([E("manifest.yaml"), E("x/a.pdf")]) == ""
    assert P.strip_root_folder([E("a/manifest.yaml"), E("b/a.pdf")]) == ""
    assert P.is_junk("x/.DS_Store") and P.is_junk("__MACOSX/a") and not P.is_junk("a.pdf")


def test_layout_listed_missing_and_undeclared():
    m = P.parse_manifest(GOOD, "p.zip")
    assert P.layout_problems("p.zip", m, ["manifest.yaml", "docs/proposal.pdf", ".DS_Store"]) == []
    (p,) = P.layout_problems("p.zip", m, ["manifest.yaml"])
    assert p.member == "docs/proposal.pdf" and "tidak ada" in p.reason
    got = P.layout_problems("p.zip", m, ["manifest.yaml", "docs/proposal.pdf", "extra.pdf"])
    assert [(p.member, "tidak didaftarkan" in p.reason) for p in got] == [("extra.pdf", True)]
    (p,) = P.layout_problems("p.zip", m, ["manifest.yaml", "docs/Proposal.pdf"])
    assert "huruf besar" in p.reason


def test_content_digest_depends_on_content_only():
    a = P.parse_manifest(GOOD, "a.zip")
    b = P.parse_manifest(GOOD.replace("edition: 2022", 'edition: "2022"'), "b.zip")
    c = P.parse_manifest(GOOD.replace("ab" * 32, "cd" * 32), "c.zip")
    assert P.content_digest(a) == P.content_digest(b) != P.content_digest(c)
