"""Publication dates from metadata values in the formats news sources use."""
from __future__ import annotations

import datetime as dt
import re
from email.utils import parsedate_to_datetime
from typing import Any

_YMD = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_DMY = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")
_COMPACT = re.compile(r"([0-9]{4})([0-9]{2})([0-9]{2})(?![0-9])")


def _make(year: str, month: str, day: str) -> dt.date | None:
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


def parse_date(value: Any) -> dt.date | None:
    """Read a publication date; None when ``value`` holds no recognisable date.

    Accepts ``datetime.date``/``datetime`` objects, ISO 8601 (``2024-07-12``,
    ``2024-07-12T10:00:00Z``), ``2015-07-21 02:51:32``, RFC 2822
    (``Fri, 16 Mar 2018 14:39:46 +0400``), ``12/07/2024`` (day first) and
    ``20240712``.  The date is taken as written, without time-zone conversion.

    >>> parse_date("Fri, 16 Mar 2018 14:39:46 +0400")
    datetime.date(2018, 3, 16)
    >>> parse_date("2024-07-12T23:30:00-05:00")
    datetime.date(2024, 7, 12)
    >>> parse_date("soon") is None
    True
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    s = value.strip()[:100]
    if not s:
        return None
    m = _YMD.match(s)
    if m:
        return _make(*m.groups())
    m = _DMY.match(s)
    if m:
        day, month, year = m.groups()
        return _make(year, month, day)
    m = _COMPACT.match(s)
    if m:
        return _make(*m.groups())
    try:
        return parsedate_to_datetime(s).date()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
