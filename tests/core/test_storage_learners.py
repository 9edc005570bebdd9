"""The learners part of the store: profiles, their settings and their fitted parameters."""

from datetime import timedelta

import pytest

from quizapp.core.errors import ProfileDeletedError, ProfileError
from quizapp.core.model import FitRecord, Profile


def test_profile_names_are_unique_and_not_blank(store, now):
    store.learners.create("Ana", now)
    with pytest.raises(ProfileError, match="already a profile called 'Ana'"):
        store.learners.create("ana", now)
    with pytest.raises(ProfileError, match="needs a name"):
        store.learners.create("  ", now)


def test_learners_are_profiles_oldest_first_found_by_name_in_any_case(store, now):
    ana = store.learners.create("Ana", now)
    budi = store.learners.create("  Budi   Santoso ", now)
    assert isinstance(ana, Profile)
    assert (budi.name, budi.new_per_day, budi.theme) == ("Budi Santoso", 20, "system")
    assert store.learners.all() == [ana, budi]
    assert store.learners.named("ANA") == ana
    assert store.learners.named("Budi  Santoso") == budi
    assert store.learners.named("Citra") is None


def test_renamed_learner_keeps_settings_and_deleted_one_is_gone(store, now):
    ana = store.learners.create("Ana", now)
    store.learners.save_settings(Profile(ana.id, ana.name, new_per_day=5, pass_fail=True))
    renamed = store.learners.rename(ana.id, "Anita")
    assert (renamed.id, renamed.name, renamed.new_per_day, renamed.pass_fail) == (
        ana.id,
        "Anita",
        5,
        True,
    )
    store.learners.delete(ana.id)
    assert store.learners.all() == []
    with pytest.raises(ProfileDeletedError):
        store.learners.require(renamed)
    with pytest.raises(ProfileDeletedError):
        store.learners.save_settings(renamed)


def test_fit_record_reads_back_as_saved(store, now):
    ana = store.learners.create("Ana", now)
    assert store.learners.fit_record(ana.id) is None
    record = FitRecord((0.5, 1.5), now - timedelta(days=1), now, 420, 0.41, 0.39)
    store.learners.save_fit_record(ana.id, record)
    assert store.learners.fit_record(ana.id) == record
