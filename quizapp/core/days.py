"""Study days: a day starts at 4 a.m. local time, so a late-night session counts as one day."""

from datetime import date, datetime, time, timedelta, tzinfo

ROLLOVER_HOUR = 4


def day_start(now: datetime, zone: tzinfo | None = None, hour: int = ROLLOVER_HOUR) -> datetime:
    """Return the start of the study day that ``now`` falls in.

    Args:
        now: A timezone-aware moment.
        zone: The learner's time zone; None means the computer's.
        hour: The local hour a study day starts at.
    """
    local = now.astimezone(zone)
    start = datetime.combine(local.date(), time(hour), local.tzinfo)
    return start if local >= start else start - timedelta(days=1)


def day_end(now: datetime, zone: tzinfo | None = None, hour: int = ROLLOVER_HOUR) -> datetime:
    """Return the end of the study day that ``now`` falls in (the next day's start)."""
    return day_start(now, zone, hour) + timedelta(days=1)


def study_date(moment: datetime, zone: tzinfo | None = None, hour: int = ROLLOVER_HOUR) -> date:
    """Return the calendar date of the study day ``moment`` falls in (its start's date)."""
    return (moment.astimezone(zone) - timedelta(hours=hour)).date()


def study_days_between(
    earlier: datetime, later: datetime, zone: tzinfo | None = None, hour: int = ROLLOVER_HOUR
) -> int:
    """Return how many study days lie between two moments: 0 on the same day, 1 the next day.

    This is how Anki and fsrs-rs count elapsed time: an answer at 21:00 and another at 08:00
    the next morning are a day apart, though fewer than 24 hours separate them.
    """
    return max((study_date(later, zone, hour) - study_date(earlier, zone, hour)).days, 0)
