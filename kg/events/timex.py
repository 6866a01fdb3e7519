"""Time expressions in Arabic and English news, resolved against the document date.

:func:`resolve` finds the expressions of one text and returns them as
:class:`Timex` tuples with character offsets into the original text:

* weekdays (``الخميس``, ``on Thursday``): the latest such day on or before the
  document date (a Friday article's "Thursday" is the day before); with
  ``المقبل`` / ``next`` the next one after it;
* ``أمس`` / ``اليوم`` / ``غدا`` / ``أول أمس`` / ``بعد غد``, yesterday / today / tomorrow;
* counted offsets: ``قبل شهر``, ``منذ يومين``, ``بعد شهر واحد من``, ``a month ago``,
  ``three days ago``, ``last week``;
* explicit Gregorian dates (``12 يوليو 2024``, ``11 تموز``, ``2024-07-12``,
  ``12/7/2024``, ``July 12, 2024``, ``12 July``) and Hijri dates
  (``5 محرم 1446 هـ``), converted with the Umm al-Qura calendar when the
  ``hijridate`` package is installed, else with the tabular (arithmetic) calendar,
  which may differ from it by a day or two.

Expressions that name no single day ("last month", ``الشهر الماضي``) are
returned with ``date=None`` so that their text can still be recorded.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
import unicodedata
from typing import NamedTuple

from kg.text.arabic import _REPLACEMENT, normalize_with_map


class Timex(NamedTuple):
    """A time expression: ``text == source[start:end]``, ``date`` if it names one day."""

    start: int
    end: int
    text: str
    date: dt.date | None


# --------------------------------------------------------------------------- helpers


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by whole months, clamped to the month's length.

    >>> add_months(dt.date(2024, 3, 31), -1)
    datetime.date(2024, 2, 29)
    """
    m = day.month - 1 + months
    year, month = day.year + m // 12, m % 12 + 1
    last = calendar.monthrange(year, month)[1]
    return dt.date(year, month, min(day.day, last))


def weekday_before(doc_date: dt.date, weekday: int, *, future: bool = False) -> dt.date:
    """The latest date on or before ``doc_date`` falling on ``weekday`` (Mon=0).

    With ``future`` the earliest date strictly after ``doc_date``.

    >>> weekday_before(dt.date(2024, 7, 12), 3)   # Friday article, Thursday
    datetime.date(2024, 7, 11)
    """
    if future:
        delta = (weekday - doc_date.weekday()) % 7 or 7
        return doc_date + dt.timedelta(days=delta)
    return doc_date - dt.timedelta(days=(doc_date.weekday() - weekday) % 7)


def hijri_to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    """Convert a Hijri date; Umm al-Qura via ``hijridate`` if present, else tabular.

    >>> hijri_to_gregorian(1446, 1, 1) in (dt.date(2024, 7, 7), dt.date(2024, 7, 8))
    True
    """
    try:  # pragma: no cover - depends on the optional package
        from hijridate import Hijri

        g = Hijri(year, month, day).to_gregorian()
        return dt.date(g.year, g.month, g.day)
    except ImportError:
        return tabular_hijri_to_gregorian(year, month, day)
    except (ValueError, OverflowError):
        return tabular_hijri_to_gregorian(year, month, day)


def tabular_hijri_to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    """Convert a date of the tabular (arithmetic) Islamic calendar.

    >>> tabular_hijri_to_gregorian(1446, 1, 1)
    datetime.date(2024, 7, 7)
    """
    if not (1 <= month <= 12 and 1 <= day <= 30 and year > 0):
        return None
    # Tabular Islamic calendar (civil epoch, leap years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29).
    jd = day + int(29.5 * (month - 1) + 0.99) + (year - 1) * 354 + (3 + 11 * year) // 30 + 1948439 - 1
    return dt.date.fromordinal(jd - 1721425)


def _gregorian_to_hijri_year(day: dt.date) -> int:
    try:  # pragma: no cover - optional
        from hijridate import Gregorian

        return int(Gregorian(day.year, day.month, day.day).to_hijri().year)
    except (ImportError, ValueError, OverflowError):
        return int((day.toordinal() - dt.date(622, 7, 16).toordinal()) / 354.36667) + 1


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _nearest_year(doc_date: dt.date | None, month: int, day: int) -> dt.date | None:
    """A day-month without a year: the year that puts it nearest the document date."""
    if doc_date is None:
        return None
    cands = [_safe_date(y, month, day) for y in (doc_date.year - 1, doc_date.year, doc_date.year + 1)]
    valid = [c for c in cands if c is not None]
    return min(valid, key=lambda c: abs((c - doc_date).days)) if valid else None


# --------------------------------------------------------------------------- Arabic
# Patterns run on normalised text (kg.text.arabic.normalize): alef forms -> ا, ة -> ه, ى -> ي.

AR_WEEKDAYS = {"الاثنين": 0, "الثلاثاء": 1, "الاربعاء": 2, "الخميس": 3, "الجمعه": 4, "السبت": 5, "الاحد": 6}
AR_MONTHS = {
    "يناير": 1,
    "كانون الثاني": 1,
    "فبراير": 2,
    "شباط": 2,
    "مارس": 3,
    "اذار": 3,
    "ابريل": 4,
    "نيسان": 4,
    "مايو": 5,
    "ايار": 5,
    "يونيو": 6,
    "يونيه": 6,
    "حزيران": 6,
    "يوليو": 7,
    "يوليه": 7,
    "تموز": 7,
    "اغسطس": 8,
    "اب": 8,
    "سبتمبر": 9,
    "ايلول": 9,
    "اكتوبر": 10,
    "تشرين الاول": 10,
    "نوفمبر": 11,
    "تشرين الثاني": 11,
    "ديسمبر": 12,
    "كانون الاول": 12,
}
_AR_HIJRI = {
    "محرم": 1,
    "صفر": 2,
    "ربيع الاول": 3,
    "ربيع الاخر": 4,
    "ربيع الثاني": 4,
    "جمادي الاولي": 5,
    "جمادي الاول": 5,
    "جمادي الاخره": 6,
    "جمادي الثانيه": 6,
    "جمادي الاخر": 6,
    "رجب": 7,
    "شعبان": 8,
    "رمضان": 9,
    "شوال": 10,
    "ذو القعده": 11,
    "ذي القعده": 11,
    "ذو الحجه": 12,
    "ذي الحجه": 12,
}
AR_NUMBERS = {
    "واحد": 1,
    "واحده": 1,
    "اثنين": 2,
    "اثنان": 2,
    "ثلاثه": 3,
    "ثلاث": 3,
    "اربعه": 4,
    "اربع": 4,
    "خمسه": 5,
    "خمس": 5,
    "سته": 6,
    "ست": 6,
    "سبعه": 7,
    "سبع": 7,
    "ثمانيه": 8,
    "ثماني": 8,
    "تسعه": 9,
    "تسع": 9,
    "عشره": 10,
    "عشر": 10,
}
# unit -> (days, months) per unit; singular, dual, plural forms
AR_UNITS = {
    "يوم": (1, 0),
    "يوما": (1, 0),
    "ايام": (1, 0),
    "يومين": (2, 0),
    "يومان": (2, 0),
    "اسبوع": (7, 0),
    "اسبوعا": (7, 0),
    "اسابيع": (7, 0),
    "اسبوعين": (14, 0),
    "شهر": (0, 1),
    "شهرا": (0, 1),
    "اشهر": (0, 1),
    "شهور": (0, 1),
    "شهرين": (0, 2),
    "عام": (0, 12),
    "عاما": (0, 12),
    "سنه": (0, 12),
    "اعوام": (0, 12),
    "سنوات": (0, 12),
    "عامين": (0, 24),
    "سنتين": (0, 24),
}

_W = r"(?<![\w])"  # start of a word (clitics و/ف/ب/ل handled where they can occur)
_E = r"(?![\w])"


def _alt(words: dict[str, int] | dict[str, tuple[int, int]]) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def _ar_patterns() -> list[tuple[str, re.Pattern[str]]]:
    months = _alt(AR_MONTHS)
    hijri = _alt(_AR_HIJRI)
    num = _alt(AR_NUMBERS)
    units = _alt(AR_UNITS)
    wd = _alt(AR_WEEKDAYS)
    # Gregorian month, optionally doubled "تموز/يوليو" or "يوليو (تموز)"
    gmonth = rf"(?P<m>{months})(?:\s*[/(]\s*(?:{months})\s*\)?)?"
    return [
        (
            "hijri",
            re.compile(
                rf"{_W}(?P<d>\d{{1,2}})\s+(?:من\s+)?(?P<m>{hijri})(?:\s+(?:سنه\s+|عام\s+)?(?P<y>1[34]\d\d))?"
                rf"(?:\s*ه{_E}\.?|\s*هجريه?{_E})?"
            ),
        ),
        (
            "greg",
            re.compile(
                rf"{_W}(?P<d>\d{{1,2}})\s+(?:من\s+)?(?:شهر\s+)?{gmonth}(?:\s*[،,]?\s*(?:(?:من\s+)?(?:عام|سنه)\s+)?(?P<y>(?:19|20)\d\d))?{_E}"
            ),
        ),
        ("iso", re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?!\d)")),
        ("dmy", re.compile(r"(?<![\d/])(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>(?:19|20)\d\d)(?![\d/])")),
        (
            "rel_day",
            re.compile(
                rf"{_W}(?:[وف]?(?:ب?اول\s+(?:من\s+)?امس|امس\s+الاول|بعد\s+غد|امس|البارحه|اليوم|غدا|الليله\s+الماضيه)){_E}"
            ),
        ),
        (
            "weekday",
            re.compile(
                rf"{_W}(?:[وف]?(?:يوم|ليل[هة]|مساء|صباح)\s+)?[وفب]?(?:ل?(?P<wd>{wd})){_E}"
                rf"(?P<next>\s+(?:المقبل|القادم))?(?P<last>\s+(?:الماضي|الفائت))?"
            ),
        ),
        (
            "ago",
            re.compile(
                rf"{_W}[وف]?(?P<dir>قبل|منذ|بعد|خلال)\s+(?:(?P<n1>\d+|{num})\s+)?(?P<u>{units})"
                rf"(?:\s+(?P<n2>{num}))?{_E}(?P<from>\s+من)?"
            ),
        ),
        (
            "vague",
            re.compile(
                rf"{_W}[وف]?(?:في\s+)?(?:ال)?(?P<u>الاسبوع|الشهر|العام|السنه)\s+(?P<dir>الماضي|الماضيه|المقبل|المقبله|القادم|الحالي|الجاري)"
                rf"{_E}"
            ),
        ),
    ]


def _ar_number(s: str | None) -> int:
    if not s:
        return 1
    return int(s) if s.isdigit() else AR_NUMBERS.get(s, 1)


def _resolve_ar(kind: str, m: re.Match[str], doc_date: dt.date | None) -> tuple[bool, dt.date | None]:
    """Return (keep, date) for one Arabic match."""
    g = m.groupdict()
    if kind == "hijri":
        month = _AR_HIJRI[g["m"]]
        if g["y"]:
            year = int(g["y"])
        elif doc_date is not None:
            year = _gregorian_to_hijri_year(doc_date)
        else:
            return True, None
        return True, hijri_to_gregorian(year, month, int(g["d"]))
    if kind == "greg":
        month, day = AR_MONTHS[g["m"]], int(g["d"])
        if g["y"]:
            return True, _safe_date(int(g["y"]), month, day)
        return True, _nearest_year(doc_date, month, day)
    if kind in ("iso", "dmy"):
        d = _safe_date(int(g["y"]), int(g["m"]), int(g["d"]))
        return d is not None, d
    if doc_date is None:
        return True, None
    if kind == "rel_day":
        t = m.group()
        if "اول" in t:
            return True, doc_date - dt.timedelta(days=2)
        if "بعد" in t:
            return True, doc_date + dt.timedelta(days=2)
        if "امس" in t or "البارحه" in t or "الماضيه" in t:
            return True, doc_date - dt.timedelta(days=1)
        if "غدا" in t:
            return True, doc_date + dt.timedelta(days=1)
        return True, doc_date
    if kind == "weekday":
        wd = AR_WEEKDAYS[g["wd"]]
        if g["next"]:
            return True, weekday_before(doc_date, wd, future=True)
        if g["last"] and wd == doc_date.weekday():
            return True, doc_date - dt.timedelta(days=7)
        return True, weekday_before(doc_date, wd)
    if kind == "ago":
        days, months = AR_UNITS[g["u"]]
        if g["u"] in ("يومين", "يومان", "اسبوعين", "شهرين", "عامين", "سنتين"):
            n = 1
        else:
            n = _ar_number(g["n1"] or g["n2"])
        direction = g["dir"]
        # "بعد شهر من X" says X happened a month before the reported event: anchor on the
        # document date as the best available estimate of the event's own date.
        sign = -1 if direction in ("قبل", "منذ") or (direction == "بعد" and g["from"]) else 1
        if direction == "خلال":
            return True, None
        if months:
            return True, add_months(doc_date, sign * n * months)
        return True, doc_date + dt.timedelta(days=sign * n * days)
    return True, None  # vague


# --------------------------------------------------------------------------- English

_EN_WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
_EN_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_EN_MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
_EN_MONTHS["sept"] = 9
_EN_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "several": None,
    "few": None,
}
_EN_UNITS = {"day": (1, 0), "week": (7, 0), "month": (0, 1), "year": (0, 12)}


@functools.lru_cache(maxsize=1)
def _en_patterns() -> list[tuple[str, re.Pattern[str]]]:
    months = _alt(_EN_MONTHS)
    wd = _alt(_EN_WEEKDAYS)
    num = _alt({k: 0 for k in _EN_NUMBERS})
    i = re.IGNORECASE
    return [
        (
            "mdy",
            re.compile(
                rf"\b(?P<m>{months})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y>(?:19|20)\d\d))?\b", i
            ),
        ),
        (
            "dmy_en",
            re.compile(
                rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{months})\.?(?:,?\s+(?P<y>(?:19|20)\d\d))?\b",
                i,
            ),
        ),
        ("iso", re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?!\d)")),
        (
            "rel_day",
            re.compile(
                r"\b(?:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|today|tomorrow|tonight|last\s+night)\b",
                i,
            ),
        ),
        ("weekday", re.compile(rf"\b(?P<pre>(?:last|next|this)\s+)?(?P<wd>{wd})\b", i)),
        (
            "ago",
            re.compile(
                rf"\b(?P<n>\d+|{num})\s+(?P<u>day|week|month|year)s?\s+(?P<dir>ago|earlier|before|later)\b", i
            ),
        ),
        ("vague", re.compile(r"\b(?:last|next|this|earlier\s+this|later\s+this)\s+(?:week|month|year)\b", i)),
    ]


def _fold(word: str) -> str:
    """A word as the case-blind patterns matched it, folded to the tables' keys: ``re.IGNORECASE``
    also matches the long s (``ſunday``), the Kelvin sign and a dotted capital I, which ``lower()``
    leaves as they are (a KeyError on such text before the sixteenth session)."""
    folded = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in folded if not unicodedata.combining(c))


def _resolve_en(kind: str, m: re.Match[str], doc_date: dt.date | None) -> tuple[bool, dt.date | None]:
    g = m.groupdict()
    if kind in ("mdy", "dmy_en"):
        month = _EN_MONTHS.get(_fold(g["m"]))
        if month is None:
            return True, None
        day = int(g["d"])
        if g["y"]:
            return True, _safe_date(int(g["y"]), month, day)
        return True, _nearest_year(doc_date, month, day)
    if kind == "iso":
        d = _safe_date(int(g["y"]), int(g["m"]), int(g["d"]))
        return d is not None, d
    if doc_date is None:
        return True, None
    if kind == "rel_day":
        t = m.group().lower()
        if "before" in t:
            return True, doc_date - dt.timedelta(days=2)
        if "after" in t:
            return True, doc_date + dt.timedelta(days=2)
        if "yesterday" in t or "last" in t:
            return True, doc_date - dt.timedelta(days=1)
        if "tomorrow" in t:
            return True, doc_date + dt.timedelta(days=1)
        return True, doc_date
    if kind == "weekday":
        wd = _EN_WEEKDAYS.get(_fold(g["wd"]))
        if wd is None:
            return True, None
        pre = (g["pre"] or "").strip().lower()
        if pre == "next":
            return True, weekday_before(doc_date, wd, future=True)
        if pre == "last" and wd == doc_date.weekday():
            return True, doc_date - dt.timedelta(days=7)
        return True, weekday_before(doc_date, wd)
    if kind == "ago":
        n = _EN_NUMBERS.get(g["n"].lower(), None) if not g["n"].isdigit() else int(g["n"])
        if n is None:
            return True, None
        unit = _EN_UNITS.get(_fold(g["u"]))
        if unit is None:
            return True, None
        days, months = unit
        sign = 1 if g["dir"].lower() == "later" else -1
        if months:
            return True, add_months(doc_date, sign * n * months)
        return True, doc_date + dt.timedelta(days=sign * n * days)
    return True, None


# --------------------------------------------------------------------------- API


def resolve(text: str, doc_date: dt.date | None, lang: str) -> list[Timex]:
    """Find the time expressions of ``text`` and resolve them against ``doc_date``.

    Args:
        text: the text to search (a sentence or a whole article).
        doc_date: the document's publication date, or None (then only explicit
            dates get a ``date``).
        lang: ``"ar"`` or ``"en"``; Arabic text is searched after normalisation.

    Returns:
        Non-overlapping expressions in text order; the longest match wins.

    >>> [(t.text, t.date) for t in resolve("استضاف كيم الوفد الخميس", dt.date(2024, 7, 12), "ar")]
    [('الخميس', datetime.date(2024, 7, 11))]
    >>> [(t.text, t.date) for t in resolve("They met a month ago.", dt.date(2024, 7, 12), "en")]
    [('a month ago', datetime.date(2024, 6, 12))]
    """
    return [t for t, _ in resolve_anchored(text, doc_date, lang)]


_DIGIT = re.compile(r"\d")
#: the English patterns that cannot match a text without a digit (``\d`` in each of their branches)
_EN_DIGIT_KINDS = frozenset(["mdy", "dmy_en", "iso"])


@functools.lru_cache(maxsize=1)
def _en_needs() -> dict[str, tuple[str, ...]]:
    """English pattern -> words one of which a text must hold (lower-cased) for it to match.

    The words have no ``i``, ``s`` or ``k``, the letters a case-blind pattern also matches in
    other scripts' forms (``ı``, ``ſ``, the Kelvin sign ...), so lower-casing the text finds them
    wherever the pattern would: "yesterday", "today" hold "day", "tonight", "last night" "ght";
    "week" is found by "wee", "month", "year" by themselves.
    """
    needs = {"rel_day": ("day", "tomorrow", "ght"), "ago": ("day", "wee", "month", "year"),
             "vague": ("wee", "month", "year")}
    if all(d.endswith("day") for d in _EN_WEEKDAYS):  # the weekday names of the C locale
        needs["weekday"] = ("day",)
    return needs


@functools.lru_cache(maxsize=1)
def _ar_needs() -> dict[str, tuple[tuple[str, ...] | None, ...]]:
    """Arabic pattern -> what a normalised text must hold for it to match: each item a group of
    words one of which the text must hold (all groups), or None for a digit (``\\d``).

    Each group is one of the pattern's required alternations (the tables it is built from), or
    literal words each of its alternatives holds: ``rel_day``'s "امس", "غد", "البارحه", "اليوم",
    "الليله"; ``ago``'s direction and unit; ``vague``'s unit and its "الماضي" ... "الجاري" (the
    feminine forms hold the masculine).  The Arabic patterns take no flags: a word is found by
    ``in`` wherever the pattern would match it.
    """
    return {
        "hijri": (None, tuple(_AR_HIJRI)),
        "greg": (None, tuple(AR_MONTHS)),
        "iso": (None,),
        "dmy": (None,),
        "rel_day": (("امس", "غد", "البارحه", "اليوم", "الليله"),),
        "weekday": (tuple(AR_WEEKDAYS),),
        "ago": (("قبل", "منذ", "بعد", "خلال"), tuple(AR_UNITS)),
        "vague": (("الاسبوع", "الشهر", "العام", "السنه"), ("الماضي", "المقبل", "القادم", "الحالي", "الجاري")),
    }


def _ar_kinds(norm: str) -> list[str]:
    """The Arabic patterns that can match the normalised text ``norm`` (:func:`_ar_needs`)."""
    digit: bool | None = None
    out = []
    for kind, groups in _ar_needs().items():
        for g in groups:
            if g is None:
                if digit is None:
                    digit = _DIGIT.search(norm) is not None
                if not digit:
                    break
            elif not any(map(norm.__contains__, g)):
                break
        else:
            out.append(kind)
    return out


#: Run an Arabic pattern only on a text that holds what it needs (False: every pattern, as before;
#: for tests that the two agree).
PRECHECK_AR = True


def resolve_anchored(text: str, doc_date: dt.date | None, lang: str) -> list[tuple[Timex, str]]:
    """Like :func:`resolve`, with each expression's anchor.

    The anchor is ``"next"`` when the date belongs to what follows the expression
    (``بعد شهر واحد من توقيع ...``: the signing, not the sentence's main event),
    else ``""``.
    """
    if lang == "ar":
        # normalize_with_map's text (its map waits): a pattern runs only if the text holds
        # what it needs (:func:`_ar_needs`)
        norm = text.translate(_REPLACEMENT)
        kinds = _ar_kinds(norm) if PRECHECK_AR else list(_ar_needs())
        if not kinds:
            return []
        patterns, fn = _ar_patterns(), _resolve_ar
    else:
        norm = text
        patterns, fn = _en_patterns(), _resolve_en
        kinds = []
    found: list[tuple[int, int, dt.date | None, str]] = []
    # English dates in figures need a digit, the other English patterns one of a few words:
    # without them a pattern cannot match
    no_digit = lang != "ar" and _DIGIT.search(norm) is None
    low = norm.lower() if lang != "ar" else ""
    for kind, pat in patterns:
        if lang == "ar" and kind not in kinds:
            continue
        if no_digit and kind in _EN_DIGIT_KINDS:
            continue
        if lang != "ar" and (needs := _en_needs().get(kind)) is not None and not any(x in low for x in needs):
            continue
        for m in pat.finditer(norm):
            s, e = m.span()
            # trim trailing blanks and the "من" a counted offset may have swallowed
            seg = norm[s:e]
            if kind == "ago" and m.groupdict().get("from"):
                e = s + len(seg) - len(m.group("from"))
            while e > s and norm[e - 1].isspace():
                e -= 1
            try:
                keep, date = fn(kind, m, doc_date)
            except (ValueError, OverflowError):
                # "قبل 3000 عام", "3000 years ago": a date before year 1 (or past 9999), which
                # Python's dates cannot hold; the text stays a time, with no xsd:date
                keep, date = True, None
            anchor = "next" if kind == "ago" and m.groupdict().get("from") else ""
            if keep:
                found.append((s, e, date, anchor))
    if not found:
        return []
    # the map back to the text's offsets, only now (the same text as ``norm``)
    index = normalize_with_map(text)[1] if lang == "ar" else list(range(len(text) + 1))
    found.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    out: list[tuple[Timex, str]] = []
    last_end = -1
    for s, e, date, anchor in found:
        if s < last_end:
            continue
        os_, oe = index[s], index[e]  # index[e]: keeps trailing marks (tanween, tatweel) of the last word
        while oe > os_ + 1 and text[oe - 1].isspace():
            oe -= 1
        # a leading conjunction/preposition clitic is not part of the expression
        if lang == "ar" and text[os_] in "وفبل" and e - s > 3 and not norm[s:e].startswith(("ليل",)):
            stem = norm[s + 1 : e]
            if stem.startswith(
                ("ال", "امس", "اول", "يوم", "غدا", "قبل", "منذ", "بعد", "خلال", "في", "مساء", "صباح")
            ):
                os_ = index[s + 1]
        out.append((Timex(os_, oe, text[os_:oe], date), anchor))
        last_end = e
    return out
