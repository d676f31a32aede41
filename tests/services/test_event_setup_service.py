"""save_event, the one service behind the set-up dialog and `event create`:
every field parsed as hostile input, nothing written on refusal; edits keep
pinned forms; packages of another edition or category are refused with a
message that says what the event expects."""

from __future__ import annotations

import pytest
from kit.packages import default_files, manifest, snapshot, write_zip

from judgeapp.domain.package import PackageError
from judgeapp.i18n import set_language
from judgeapp.services import events as E
from judgeapp.services import packages as P

MINI = "tests/data/mini-form.yaml"


@pytest.fixture(autouse=True)
def indonesian():
    set_language("id")
    yield
    set_language("id")


def draft(**over) -> E.EventDraft:
    base = dict(
        name="PPD 2022 Jawa Barat",
        stages=(E.StageDraft(MINI),),
        edition="2022",
        place="Gedung Sate, Bandung",
        starts_on="2022-06-14",
        chair=E.PersonDraft("Dr. Ratna Dewi", "Kepala Bappeda"),
        members=(E.PersonDraft("Siti Rahmawati"),),
    )
    base.update(over)
    return E.EventDraft(**base)


@pytest.mark.parametrize(
    ("over", "field", "words"),
    [
        ({"name": "   "}, "name", "wajib diisi"),
        ({"name": "x" * 201}, "name", "terlalu panjang"),
        ({"name": "x" * 100_000}, "name", "terlalu panjang"),
        ({"name": "PPD\nbaris dua"}, "name", "satu baris"),
        ({"place": "Bandung\x00"}, "place", "karakter kendali"),
        ({"edition": "2" * 41}, "edition", "terlalu panjang"),
        ({"starts_on": "30-02-2022"}, "starts_on", "bukan tanggal"),
        ({"starts_on": "kemarin"}, "starts_on", "bukan tanggal"),
        ({"starts_on": "01-01-1899"}, "starts_on", "di luar"),
        ({"starts_on": "2022-06-14", "ends_on": "2022-06-01"}, "ends_on", "sebelum"),
        ({"stages": ()}, "stages", "satu tahap"),
        ({"stages": (E.StageDraft("no-such-form"),)}, "stages.1", "no-such-form"),
        ({"stages": (E.StageDraft(MINI, weight="NaN"),)}, "stages.1", "bukan angka"),
        ({"stages": (E.StageDraft(MINI, weight="1e9"),)}, "stages.1", "paling banyak 100"),
        ({"stages": (E.StageDraft(MINI, weight="99"),)}, "stages", "bukan 100"),
        ({"stages": (E.StageDraft(MINI), E.StageDraft(MINI))}, "stages", "sama"),
        (
            {"stages": (E.StageDraft("ppd-tahap2"), E.StageDraft("sinovik-presentasi"))},
            "stages",
            "lomba yang berbeda",
        ),
        ({"chair": E.PersonDraft("", "Kepala")}, "chair", "tanpa nama"),
        ({"members": (E.PersonDraft("", "Sekretaris"),)}, "members.1", "tanpa nama"),
        ({"members": tuple(E.PersonDraft(f"A{i}") for i in range(41))}, "members", "40"),
        ({"categories": ("kota",) * 31}, "categories", "30"),
    ],
)
def test_hostile_fields_are_refused_and_nothing_is_written(workspace, over, field, words):
    before = snapshot(workspace)
    with pytest.raises(E.EventRefused) as exc:
        E.save_event(workspace, draft(**over))
    assert exc.value.field == field
    assert words in str(exc.value)
    assert snapshot(workspace) == before


def test_messages_follow_the_language(workspace):
    set_language("en")
    with pytest.raises(E.EventRefused) as exc:
        E.save_event(workspace, draft(starts_on="31-13-2022"))
    assert str(exc.value).startswith("First day: not a date")


def test_dates_in_either_order_and_weights_with_a_decimal_comma(workspace):
    eid = E.save_event(
        workspace,
        draft(
            stages=(E.StageDraft("ppd-tahap2", "40,5"), E.StageDraft("ppd-tahap3", "59.5")),
            starts_on="12/06/2024",
            ends_on="",
            categories=("kota", "Kota", " kabupaten "),
        ),
    )
    ev = E.get_event(workspace, eid)
    assert (ev.starts_on, ev.ends_on) == ("2024-06-12", "2024-06-12")
    assert [str(s.weight) for s in ev.stages] == ["40.5", "59.5"]
    assert ev.categories == ("kota", "kabupaten")


def test_edit_keeps_pinned_forms_and_refuses_changing_a_scored_stage(workspace):
    from judgeapp.domain.judges import NewJudge
    from judgeapp.services import sheets
    from judgeapp.services.judges import add_judge
    from judgeapp.services.setup import add_submission
    from judgeapp.store.setup import NewRegionSubmission

    eid = E.save_event(workspace, draft())
    ev = E.get_event(workspace, eid)
    sub = add_submission(
        workspace, eid, NewRegionSubmission("Kota Alpha", "kota", province="Jawa Barat")
    )
    judge = add_judge(workspace, eid, NewJudge("Ani Wijaya", "TPI"))
    sheets.open_sheet(workspace, eid, ev.stages[0].id, judge, sub)
    # weight, name, date and the details may change; the pinned form stays
    d = E.draft_of(workspace, eid)
    E.save_event(workspace, E.EventDraft(**{**d.__dict__, "place": "Bogor"}), event_id=eid)
    after = E.get_event(workspace, eid)
    assert after.place == "Bogor" and after.stages == ev.stages
    before = snapshot(workspace)
    with pytest.raises(E.EventRefused) as exc:
        E.save_event(workspace, draft(stages=(E.StageDraft("ppd-tahap3"),)), event_id=eid)
    assert "lembar nilai" in str(exc.value)
    assert snapshot(workspace) == before
    history = workspace.query(
        "SELECT target, old, new FROM history WHERE action='event' AND target='event.place'"
    )
    assert history[-1] == {"target": "event.place", "old": "Gedung Sate, Bandung", "new": "Bogor"}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_package_of_another_edition_says_which_edition_the_event_expects(
    workspace, tmp_path, lang
):
    set_language(lang)
    eid = E.save_event(workspace, draft(name="PPD 2022"))
    files = default_files()
    package = write_zip(tmp_path / "p.zip", files, manifest(files, edition="2023"))
    before = snapshot(workspace)
    with pytest.raises(PackageError) as exc:
        P.import_package(workspace, package, eid)
    text = str(exc.value)
    if lang == "id":
        assert "paket ini untuk edisi 2023" in text
        assert "«PPD 2022»" in text and "mengharapkan edisi 2022" in text
    else:
        assert "this package is for edition 2023" in text
        assert "expects edition 2022" in text
    assert "p.zip" in text and "manifest.yaml edition" in text
    assert snapshot(workspace) == before


def test_a_package_of_a_category_the_event_does_not_rank_is_refused(workspace, tmp_path):
    eid = E.save_event(workspace, draft(categories=("provinsi",)))
    files = default_files()  # a "kota" region, no category
    with pytest.raises(PackageError) as exc:
        P.import_package(workspace, write_zip(tmp_path / "p.zip", files), eid)
    assert "berkategori kota" in str(exc.value) and "provinsi" in str(exc.value)
    other = E.save_event(workspace, draft(name="Semua kategori", categories=()))
    assert P.import_package(workspace, write_zip(tmp_path / "p.zip", files), other).version == 1
