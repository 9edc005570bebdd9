"""Learners and their settings: profiles, and each learner's own scheduling parameters."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any, cast

from quizapp.core.errors import ProfileDeletedError, ProfileError
from quizapp.core.limits import clean_learner_name
from quizapp.core.messages import QT_TRANSLATE_NOOP, Message
from quizapp.core.model import FitRecord, Profile, ProfileId
from quizapp.core.storage.part import StorePart
from quizapp.core.storage.records import from_ms, to_ms

_PROFILE_SETTINGS = (
    "desired_retention",
    "new_per_day",
    "language",
    "max_reviews_per_day",
    "pass_fail",
    "text_scale",
    "day_start_hour",
    "theme",
)


class LearnerStore(StorePart):
    """The learner profiles on this computer, their settings and their fitted parameters."""

    def all(self) -> list[Profile]:
        """Return every learner profile, oldest first."""
        return [_profile(row) for row in self.db.query("SELECT * FROM profiles ORDER BY id")]

    def named(self, name: str) -> Profile | None:
        """Return the profile called ``name`` (case-insensitive), if any."""
        rows = list(
            self.db.query("SELECT * FROM profiles WHERE name = ?", [" ".join(name.split())])
        )
        return _profile(rows[0]) if rows else None

    def create(self, name: str, now: datetime) -> Profile:
        """Create a learner profile.

        Raises:
            ProfileError: the name is blank, too long, holds control characters, or is taken.
        """
        name = clean_learner_name(name)
        if taken := self.named(name):
            raise ProfileError(
                Message(
                    QT_TRANSLATE_NOOP("core", "There is already a profile called '{name}'."),
                    {"name": taken.name},
                )
            )
        with self.db.atomic():
            self.db.execute(
                "INSERT INTO profiles (name, created_at, language) VALUES (?, ?, '')",
                [name, to_ms(now)],
            )
        return cast(Profile, self.named(name))

    def rename(self, profile_id: ProfileId, name: str) -> Profile:
        """Give a learner profile a new name; its progress and settings stay.

        Raises:
            ProfileError: the name is not acceptable (see :func:`clean_learner_name`) or is
                taken by another profile.
        """
        name = clean_learner_name(name)
        other = self.named(name)
        if other is not None and other.id != profile_id:
            raise ProfileError(
                Message(
                    QT_TRANSLATE_NOOP("core", "There is already a profile called '{name}'."),
                    {"name": other.name},
                )
            )
        with self.db.atomic():
            self.db.execute("UPDATE profiles SET name = ? WHERE id = ?", [name, profile_id])
        return cast(Profile, self.named(name))

    def delete(self, profile_id: ProfileId) -> None:
        """Delete a learner profile with all of its progress, and nothing of anyone else's.

        Its cards, reviews, practice answers and exams go with it (``ON DELETE CASCADE``).
        """
        with self.db.atomic():
            self.db.execute("DELETE FROM profiles WHERE id = ?", [profile_id])

    def save_settings(self, profile: Profile) -> None:
        """Save a profile's settings (everything but its id and name).

        Raises:
            ProfileDeletedError: the profile was deleted meanwhile.
        """
        with self.db.atomic():
            cursor = self.db.execute(
                f"""UPDATE profiles SET {", ".join(f"{key} = ?" for key in _PROFILE_SETTINGS)}
                    WHERE id = ?""",
                [*(getattr(profile, key) for key in _PROFILE_SETTINGS), profile.id],
            )
            if cursor.rowcount == 0:
                raise ProfileDeletedError(profile.name)

    def require(self, profile: Profile) -> None:
        """Check that a learner still exists before saving their work.

        Raises:
            ProfileDeletedError: it was deleted (another window may have done it).
        """
        if self.db.execute("SELECT 1 FROM profiles WHERE id = ?", [profile.id]).fetchone() is None:
            raise ProfileDeletedError(profile.name)

    def fit_record(self, profile_id: ProfileId) -> FitRecord | None:
        """Return a learner's own parameters and last fit, or None before the first fit."""
        row = self.db.execute(
            "SELECT * FROM learner_parameters WHERE profile_id = ?", [profile_id]
        ).fetchone()
        if row is None:
            return None
        _, parameters, adopted_at, checked_at, answers, loss_kept, loss_fitted = row
        return FitRecord(
            tuple(json.loads(parameters)) if parameters else None,
            from_ms(adopted_at) if adopted_at is not None else None,
            from_ms(checked_at),
            answers,
            loss_kept,
            loss_fitted,
        )

    def save_fit_record(self, profile_id: ProfileId, record: FitRecord) -> None:
        """Save a learner's parameters and last fit in one statement (all or nothing)."""
        self.db.execute(
            """INSERT OR REPLACE INTO learner_parameters VALUES (?, ?, ?, ?, ?, ?, ?)""",
            [
                profile_id,
                json.dumps(list(record.parameters)) if record.parameters else None,
                to_ms(record.adopted_at) if record.adopted_at else None,
                to_ms(record.checked_at),
                record.answers,
                record.loss_kept,
                record.loss_fitted,
            ],
        )


def _profile(row: dict[str, Any]) -> Profile:
    return Profile(
        ProfileId(row["id"]), row["name"], **{key: row[key] for key in _PROFILE_SETTINGS}
    )
