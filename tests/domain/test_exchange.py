"""Score-file model, canonical bytes, Ed25519 signatures, bundle manifest rules."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from judgeapp.domain import exchange as ex
from judgeapp.domain.rubric import canonical_json

HASH = "a" * 64


def payload(key: ex.KeyPair, **over) -> dict:
    sheets = [
        {
            "stage": "tahap2",
            "submission": "s1",
            "region": "Kota A",
            "form_hash": HASH,
            "status": "final",
            "revision": 5,
            "finalised_at": "2023-05-02T10:00:00.000Z",
            "signed_by": "ani",
            "updated_at": "2023-05-02T10:00:00.000Z",
            "timer": {"presentasi": {"started": "x"}},
            "scores": {"ekonomi.1": "8.25", "ekonomi.2": "9"},
            "texts": [{"target": "ekonomi", "field": "keunggulan", "value": "Kuat"}],
            "evidence": [{"target": "ekonomi.1", "doc_id": "docs/p.pdf", "page": 3}],
        }
    ]
    data = {
        "format": ex.SCORE_FORMAT,
        "event_id": "ev",
        "event_name": "Ev",
        "judge_id": "ani",
        "judge_name": "Ani",
        "public_key": key.public_key,
        "exported_at": "2023-05-02T10:01:00.000Z",
        "revision": 5,
        "sheets": sheets,
        "conflicts": [],
    }
    data.update(over)
    return data


@pytest.fixture
def key() -> ex.KeyPair:
    return ex.generate_keypair()


def test_keypair_fingerprint_is_stable_and_readable(key):
    assert ex.fingerprint(key.public_key) == key.fingerprint
    groups = key.fingerprint.split("-")
    assert len(groups) == 8 and all(len(g) == 4 for g in groups)
    assert ex.generate_keypair().fingerprint != key.fingerprint


def test_bad_public_key_refused():
    with pytest.raises(ValueError):
        ex.fingerprint("not base64!!")
    with pytest.raises(ValueError, match="32"):
        ex.fingerprint("AAAA")


def test_signed_file_verifies_line_by_line(key):
    raw = ex.build_score_file(payload(key), key.private_key)
    assert raw.endswith(b"\n") and raw.count(b"\n") == 1
    v = ex.verify_score_file(raw, "f.json")
    assert v.ok, v.checks
    assert v.payload is not None and v.payload.judge_id == "ani"
    assert len(v.checks) == 7
    assert any(key.fingerprint in c.detail for c in v.checks)
    assert v.payload.sheets[0].decimal_scores()["ekonomi.1"] == ex.Decimal("8.25")


@pytest.mark.parametrize("offset", [0, 10, 200, -20, -2])
def test_any_altered_byte_is_refused(key, offset):
    raw = bytearray(ex.build_score_file(payload(key), key.private_key))
    i = offset % len(raw)
    raw[i] = ord("x") if raw[i] != ord("x") else ord("y")
    v = ex.verify_score_file(bytes(raw))
    assert not v.ok
    assert v.payload is None
    assert v.failure is not None and v.failure.detail


def test_changed_score_with_valid_json_fails_signature(key):
    raw = ex.build_score_file(payload(key), key.private_key)
    doc = json.loads(raw)
    doc["payload"]["sheets"][0]["scores"]["ekonomi.1"] = "9.25"
    forged = canonical_json(doc).encode() + b"\n"
    v = ex.verify_score_file(forged)
    assert not v.ok
    assert v.failure.name in ("tanda tangan Ed25519", "Ed25519 signature")


def test_reformatted_file_is_refused_as_altered(key):
    raw = ex.build_score_file(payload(key), key.private_key)
    pretty = json.dumps(json.loads(raw), indent=2).encode()
    v = ex.verify_score_file(pretty)
    assert not v.ok and v.failure.name in ("bita tidak berubah", "bytes unaltered")


def test_other_key_signature_fails(key):
    other = ex.generate_keypair()
    data = payload(key)
    doc = {"payload": data, "signature": ex.sign_payload(other.private_key, data)}
    v = ex.verify_score_file(canonical_json(doc).encode() + b"\n")
    assert not v.ok


def test_revision_must_equal_sum_of_sheet_revisions(key):
    raw = ex.build_score_file(payload(key, revision=4), key.private_key)
    v = ex.verify_score_file(raw)
    assert not v.ok and "5" in v.failure.detail


def test_structure_problems_name_the_place(key):
    bad = payload(key)
    bad["sheets"][0]["scores"] = {"ekonomi.1": "8,5"}
    doc = {"payload": bad, "signature": "x"}
    v = ex.verify_score_file(canonical_json(doc).encode() + b"\n")
    assert not v.ok and "sheets" in v.failure.detail
    v = ex.verify_score_file(b'{"payload": 1}')
    assert not v.ok
    v = ex.verify_score_file(b"\xff\xfe")
    assert not v.ok and v.failure.name in ("berkas JSON", "JSON file")
    with pytest.raises(ValidationError):
        ex.build_score_file(payload(key, format="other/1"), key.private_key)


def test_unknown_format_named(key):
    data = payload(key, format="judgeapp.scores/9")
    doc = {"payload": data, "signature": "x"}
    v = ex.verify_score_file(canonical_json(doc).encode() + b"\n")
    assert "judgeapp.scores/9" in v.failure.detail


def test_duplicate_sheet_refused(key):
    data = payload(key)
    data["sheets"] = data["sheets"] * 2
    data["revision"] = 10
    v = ex.verify_score_file(ex.build_score_file(data, key.private_key))
    assert not v.ok


def test_order_key_and_file_revision(key):
    p = ex.ScorePayload.model_validate(payload(key))
    assert p.order_key() == (5, "2023-05-02T10:01:00.000Z")
    assert ex.file_revision(p.sheets) == 5
    assert ex.file_revision([{"revision": 2}, {"revision": 3}]) == 5


@pytest.mark.parametrize("name", ["/etc/passwd", "a/../b", "a\\b", "C:/x", "", "./a"])
def test_member_names_refused(name):
    assert ex.member_problem(name)


def test_member_name_ok():
    assert ex.member_problem("blobs/" + HASH) is None


def test_bundle_manifest_validation():
    good = {
        "format": ex.BUNDLE_FORMAT,
        "issued_at": "t",
        "event": {
            "id": "ev",
            "name": "Ev",
            "competition": "ppd",
            "stages": [{"id": "s", "seq": 1, "name": "S", "form_hash": HASH, "weight": "100"}],
        },
        "judge": {"id": "ani", "name": "Ani", "role": "TPI"},
        "forms": [{"hash": HASH, "file": f"forms/{HASH}.json"}],
    }
    m = ex.parse_bundle_manifest(json.dumps(good))
    assert m.event.stages[0].form_hash == HASH
    with pytest.raises(ValueError, match="format"):
        ex.parse_bundle_manifest(json.dumps({**good, "format": "x"}))
    with pytest.raises(ValueError, match="judge"):
        ex.parse_bundle_manifest(json.dumps({k: v for k, v in good.items() if k != "judge"}))
    with pytest.raises(ValueError, match="baris 1|line 1"):
        ex.parse_bundle_manifest("{")
