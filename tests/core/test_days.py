from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from quizapp.core.days import day_end, day_start, study_date, study_days_between

JAKARTA = timezone(timedelta(hours=7))


@pytest.mark.parametrize(
    ("local_time", "start"),
    [
        (datetime(2026, 3, 2, 10, 0, tzinfo=JAKARTA), datetime(2026, 3, 2, 4, 0, tzinfo=JAKARTA)),
        (datetime(2026, 3, 2, 4, 0, tzinfo=JAKARTA), datetime(2026, 3, 2, 4, 0, tzinfo=JAKARTA)),
        (datetime(2026, 3, 2, 3, 59, tzinfo=JAKARTA), datetime(2026, 3, 1, 4, 0, tzinfo=JAKARTA)),
        (datetime(2026, 3, 2, 0, 30, tzinfo=JAKARTA), datetime(2026, 3, 1, 4, 0, tzinfo=JAKARTA)),
    ],
)
def test_a_study_day_starts_at_four_in_the_learners_zone(local_time, start):
    assert day_start(local_time.astimezone(UTC), JAKARTA) == start
    assert day_end(local_time.astimezone(UTC), JAKARTA) == start + timedelta(days=1)


def test_the_hour_a_day_starts_is_a_setting():
    late = datetime(2026, 3, 2, 1, 30, tzinfo=JAKARTA)
    assert day_start(late, JAKARTA, hour=0) == datetime(2026, 3, 2, 0, 0, tzinfo=JAKARTA)
    assert study_date(late, JAKARTA, hour=0) == date(2026, 3, 2)
    assert study_date(late, JAKARTA) == date(2026, 3, 1)


def test_a_late_evening_and_the_next_morning_are_a_day_apart():
    evening = datetime(2026, 3, 2, 21, 0, tzinfo=JAKARTA)
    assert study_days_between(evening, evening + timedelta(hours=11), JAKARTA) == 1
    assert study_days_between(evening, evening + timedelta(hours=5), JAKARTA) == 0
    assert study_days_between(evening, evening - timedelta(days=3), JAKARTA) == 0
