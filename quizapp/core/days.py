"""Study days: a day starts at 4 a.m. local time, so a late-night session counts as one day."""

from datetime import datetime, time, timedelta, tzinfo

ROLLOVER_HOUR = 4


def day_start(now: datetime, zone: tzinfo | None = None) -> datetime:
    """Return the start of the study day that ``now`` falls in.

    Args:
        now: A timezone-aware moment.
        zone: The learner's time zone; None means the computer's.
    """
    local = now.astimezone(zone)
    start = datetime.combine(local.date(), time(ROLLOVER_HOUR), local.tzinfo)
    return start if local >= start else start - timedelta(days=1)


def day_end(now: datetime, zone: tzinfo | None = None) -> datetime:
    """Return the end of the study day that ``now`` falls in (the next day's start)."""
    return day_start(now, zone) + timedelta(days=1)
