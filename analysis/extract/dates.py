"""Temporal expressions in news text, resolved against the publication date.

``find_expressions(text)`` finds the expressions (explicit dates, weekdays, months, seasons,
years, relative phrases) with their offsets; ``resolve(expression, published, future=...)``
places one on the calendar. The rules are written for news, where dateparser's defaults are
wrong ("in August" goes to the future; "on Saturday" with prefer-past skips a same-day Saturday):

* a weekday is the most recent such day on or before publication (the same day when published
  that weekday), or, for an event ahead ("will meet on Sunday", "Sunday's scheduled meeting"),
  the next one on or after it; "last Friday" is strictly before, "next Friday" strictly after;
* a month or season name is the most recent one not after the publication month, or the next
  one not before it for an event ahead ("a December visit" in January is last December);
* "last week", "earlier this month", "the past three days", "two days ago" are spans counted
  from the publication date; explicit dates keep their day ("January 24": the year is the one
  that puts it nearest before publication, or after for an event ahead);
* without a publication date an expression that needs one gets no date (never invented).

Every result says which rule placed it. Knowledge (future cues, seasons, holidays, the reach of
context cues) is in the packaged ``temporal.yaml``.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

import pandas as pd

from ..knowledge import knowledge_cache, read_yaml

TEMPORAL_FILE = "temporal.yaml"
DAY_ = pd.Timedelta(days=1)
MONTHS = {name: i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name: i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["Sept"] = 9
WEEKDAYS = {name: i for i, name in enumerate(calendar.day_name)}
NUMBERS = {
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
    "eleven": 11,
    "twelve": 12,
    "several": None,
    "few": None,
    "couple": 2,
}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY = "|".join(WEEKDAYS)
_NUM = r"\d{1,2}|" + "|".join(NUMBERS)
_ORD = r"(?:st|nd|rd|th)?"

# (kind, pattern); earlier patterns win where two overlap.
PATTERNS = [
    ("iso", r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b"),
    (
        "day_month",
        rf"\b(?P<d>\d{{1,2}}){_ORD} (?:of )?(?P<month>{_MONTH})\.?(?:,? (?P<y>\d{{4}}))?\b",
    ),
    ("month_day", rf"\b(?P<month>{_MONTH})\.? (?P<d>\d{{1,2}}){_ORD}(?:,? (?P<y>\d{{4}}))?\b(?!:)"),
    (
        "month_year",
        rf"\b(?:(?P<part>early|mid|late)[- ])?(?P<month>{_MONTH}) (?:of )?(?P<y>\d{{4}})\b",
    ),
    (
        "relative_span",
        r"\b(?:(?:over|in|during|for) )?the (?:past|last|previous) (?P<n>"
        + _NUM
        + r") (?P<unit>days|weeks|months|years)\b",
    ),
    ("ago", r"\b(?P<n>" + _NUM + r") (?P<unit>days?|weeks?|months?|years?) ago\b"),
    (
        "relative_before",
        r"\b(?:just |only |a few |several )?(?:days|weeks|hours) (?:before|after|earlier|later)\b",
    ),
    ("this_period", r"\b(?P<mod>earlier|later) this (?P<unit>week|month|year)\b"),
    (
        "period",
        r"\b(?P<mod>last|next|this|past|coming|previous) (?P<unit>week|weekend|month|year)\b",
    ),
    ("weekend", r"\b(?:over|at|during|on) the weekend\b"),
    (
        "deictic",
        r"\b(?P<word>yesterday|today|tonight|tomorrow|last night"
        r"|this (?:morning|afternoon|evening))\b",
    ),
    (
        "ordinal_day",
        r"\bon the (?P<d>[12]?\d|3[01])(?:st|nd|rd|th)\b"
        r"(?! (?:of )?(?:century|anniversary|floor|round))",
    ),
    (
        "weekday",
        rf"\b(?:(?P<mod>(?i:last|next|this|on|coming|past)) )?"
        rf"(?P<weekday>{_WEEKDAY})(?P<poss>'s|’s)?"
        r"(?: (?:night|morning|afternoon|evening))?\b",
    ),
    (
        "season",
        r"\b(?:(?P<mod>last|next|this|early|late|in the|in|during the|over the) )"
        r"(?P<season>spring|summer|autumn|fall|winter)(?: of (?P<y>\d{4}))?\b",
    ),
    ("month", rf"\b(?:(?P<mod>early|mid|late|last|next|this)[- ])?(?P<month>{_MONTH})\b(?!\.? \d)"),
    (
        "year",
        r"\b(?P<prep>in|since|by|until|during|of|from|early|late|mid-?)[ -]?"
        r"(?P<y>(?:19|20)\d{2})\b",
    ),
]
# Names (months, weekdays) are matched case-sensitively ("May" the month, "may" the verb);
# relative phrases in any case ("Last week, ...").
CASE_SENSITIVE = {"iso", "day_month", "month_day", "month_year", "weekday", "month"}
COMPILED = [
    (kind, re.compile(pattern, 0 if kind in CASE_SENSITIVE else re.I)) for kind, pattern in PATTERNS
]
_MONTH_STEMS = tuple(calendar.month_abbr[1:])  # every month name holds its abbreviation
# Words of which every match of a pattern holds one (as written for the case-sensitive kinds,
# lower-cased for the others): a text without any of them has no match, and the pattern is not
# run over it. A kind not named here is always run.
NEEDED = {
    "day_month": _MONTH_STEMS,
    "month_day": _MONTH_STEMS,
    "month_year": _MONTH_STEMS,
    "relative_span": ("the past ", "the last ", "the previous "),
    "ago": (" ago",),
    "relative_before": ("days ", "weeks ", "hours "),
    "this_period": ("this week", "this month", "this year"),
    "period": (" week", " month", " year"),
    "weekend": ("the weekend",),
    "deictic": (
        "yesterday",
        "today",
        "tonight",
        "tomorrow",
        "last night",
        "this morning",
        "this afternoon",
        "this evening",
    ),
    "ordinal_day": ("on the ",),
    "weekday": tuple(WEEKDAYS),
    "season": ("spring", "summer", "autumn", "fall", "winter"),
    "month": _MONTH_STEMS,
    "year": ("19", "20"),
}
# Characters that an ignore-case pattern matches to an ASCII letter although str.lower() does
# not give that letter (dotted and dotless i, long s, the Kelvin sign): a text holding one is
# searched with every ignore-case pattern.
_FOLDS_TO_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")


@dataclass(frozen=True)
class Expression:
    kind: str
    text: str
    start: int
    end: int
    parts: dict


@dataclass(frozen=True)
class Resolution:
    date: pd.Timestamp | None  # first day of the period (None: not resolvable)
    date_end: pd.Timestamp | None  # last day of the period
    granularity: str | None  # day, month, year
    period: str | None  # day, week, weekend, month, season, year, range
    rule: str


@knowledge_cache
def temporal_words() -> dict:
    return read_yaml(TEMPORAL_FILE)


def find_expressions(text: str) -> list[Expression]:
    """Non-overlapping temporal expressions in text, in order."""
    found: list[Expression] = []
    taken = []
    lowered = text.lower()
    for kind, pattern in (*COMPILED, ("holiday", _holiday_pattern())):
        if not _may_match(kind, pattern, text, lowered):
            continue
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(start < e and s < end for s, e in taken) or not _plausible(kind, match, text):
                continue
            taken.append((start, end))
            found.append(
                Expression(
                    kind,
                    match.group(0),
                    start,
                    end,
                    {k: v for k, v in match.groupdict().items() if v},
                )
            )
    return sorted(found, key=lambda e: e.start)


def _may_match(kind: str, pattern: re.Pattern, text: str, lowered: str) -> bool:
    """False when ``text`` (``lowered``: lower-cased) holds none of the words that every match
    of the pattern holds (``NEEDED``; for holidays, the longest word of each name): the pattern
    need not run.

    >>> ago = dict(COMPILED)["ago"]
    >>> [_may_match("ago", ago, text, text.lower()) for text in ("Two days AGO", "Agog")]
    [True, False]
    """
    needed = _holiday_words() if kind == "holiday" else NEEDED.get(kind)
    if needed is None:
        return True
    if not pattern.flags & re.I:
        return any(word in text for word in needed)
    if any(char in text for char in _FOLDS_TO_ASCII):
        return True
    return any(word in lowered for word in needed)


def _plausible(kind: str, match: re.Match, text: str) -> bool:
    if kind in ("month", "month_day", "month_year") and match.group("month") in ("May", "March"):
        before = text[: match.start()].rstrip()
        # "May" the modal verb and "March" the noun start sentences or follow a subject
        if match.group("month") == "May" and (not before or before.endswith((".", "\n"))):
            return kind != "month"
        if (
            kind == "month"
            and match.group("month") == "March"
            and not re.search(
                r"\b(in|of|since|until|by|early|late|mid|last|next|this|a|an)[- ]?$", before
            )
        ):
            return False
    if kind == "month" and len(match.group("month")) <= 3 and match.group("month") not in ("May",):
        return False  # "Jan" alone is rarely a date
    return True


def is_context_figure(text: str, expression: Expression) -> bool:
    """ "as of early 2024", "Unemployment, which was 4.1% in April, ...": a figure dated for
    context, not an event."""
    before = text[
        max(0, expression.start - temporal_words()["context_cue_reach"]) : expression.start
    ].lower()
    return (
        any(before.rstrip().endswith(cue) for cue in temporal_words()["context_cues"])
        or (
            expression.kind == "year"
            and re.search(r"as of (early |late |mid-?)?$", before) is not None
        )
        or _in_figure_clause(text, expression)
    )


def _in_figure_clause(text: str, expression: Expression) -> bool:
    """The expression ends a comma-set clause that opens with a figure phrase of
    ``context_clauses`` and holds a number before the date."""
    line_start = (
        max(text.rfind("\n", 0, expression.start), text.rfind(". ", 0, expression.start)) + 1
    )
    commas = [
        m.start() for m in re.finditer(r",(?!\d)", text[line_start : expression.start])
    ]  # not "12,000"
    if not commas or not text[expression.end :].lstrip().startswith((",", ".")):
        return False
    comma = line_start + commas[-1]
    clause = " ".join(text[comma + 1 : expression.start].lower().split())
    return (
        clause.startswith(tuple(temporal_words().get("context_clauses", ())))
        and re.search(r"\d", clause) is not None
    )


def resolve(expression: Expression, published, *, future: bool = False) -> Resolution:
    """Place an expression on the calendar relative to ``published`` (Timestamp or None)."""
    anchor = (
        None if published is None or pd.isna(published) else pd.Timestamp(published).normalize()
    )
    resolver = _RESOLVERS[expression.kind]
    return resolver(expression.parts, anchor, future)


def _day(date, rule):
    return Resolution(date, date, "day", "day", rule)


def _span(start, end, granularity, period, rule):
    return Resolution(start, end, granularity, period, rule)


NOT_RESOLVED = Resolution(None, None, None, None, "needs a publication date")


def _explicit(parts, anchor, future):
    year = int(parts["y"]) if "y" in parts else None
    month = int(parts["m"]) if "m" in parts else MONTHS[parts["month"]]
    day = int(parts["d"])
    if year is not None:
        return _safe_day(year, month, day, "explicit date")
    if anchor is None:
        return NOT_RESOLVED
    dates = [_timestamp(y, month, day) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    return _nearest_day(dates, anchor, future, "date without year")


def _nearest_day(dates, anchor, future: bool, what: str) -> Resolution:
    """Of candidate days (None: not a calendar date), the first on or after the anchor for an
    event ahead, else the last on or before it."""
    dates = [d for d in dates if d is not None]
    if future:
        ahead = [d for d in dates if d >= anchor]
        return _day(min(ahead), f"{what}: next occurrence") if ahead else NOT_RESOLVED
    behind = [d for d in dates if d <= anchor]
    return _day(max(behind), f"{what}: latest occurrence") if behind else NOT_RESOLVED


def _safe_day(year, month, day, rule):
    date = _timestamp(year, month, day)
    return (
        _day(date, rule)
        if date is not None
        else Resolution(None, None, None, None, "not a calendar date")
    )


def _timestamp(year, month, day):
    try:
        return pd.Timestamp(year=year, month=month, day=day)
    except ValueError:
        return None


def _month_year(parts, anchor, future):
    start = pd.Timestamp(year=int(parts["y"]), month=MONTHS[parts["month"]], day=1)
    return _span(start, start + pd.offsets.MonthEnd(0), "month", "month", "month and year")


def _count(word):
    return int(word) if word.isdigit() else NUMBERS.get(word.lower())


def _relative_span(parts, anchor, future):
    n = _count(parts["n"])
    if anchor is None or n is None:
        return NOT_RESOLVED
    start = anchor - pd.DateOffset(**{parts["unit"].lower(): n})
    return _span(start, anchor, "day", "range", f"the past {n} {parts['unit']}")


def _ago(parts, anchor, future):
    n = _count(parts["n"])
    if anchor is None or n is None:
        return NOT_RESOLVED
    unit = parts["unit"].lower().rstrip("s") + "s"
    date = anchor - pd.DateOffset(**{unit: n})
    if unit == "days":
        return _day(date, f"{n} days before publication")
    if unit == "weeks":
        return _span(
            date - pd.Timedelta(days=date.weekday()),
            date - pd.Timedelta(days=date.weekday()) + pd.Timedelta(days=6),
            "day",
            "week",
            f"{n} weeks ago",
        )
    if unit == "months":
        start = date.replace(day=1)
        return _span(start, start + pd.offsets.MonthEnd(0), "month", "month", f"{n} months ago")
    return _span(
        pd.Timestamp(year=date.year, month=1, day=1),
        pd.Timestamp(year=date.year, month=12, day=31),
        "year",
        "year",
        f"{n} years ago",
    )


def _relative_to_event(parts, anchor, future):
    return Resolution(None, None, None, None, "relative to another event")


def _week_of(date):
    start = date - pd.Timedelta(days=date.weekday())
    return start, start + pd.Timedelta(days=6)


def _month_of(date):
    start = date.replace(day=1)
    return start, start + pd.offsets.MonthEnd(0)


def _year_of(date):
    return pd.Timestamp(year=date.year, month=1, day=1), pd.Timestamp(
        year=date.year, month=12, day=31
    )


_PERIOD_OF = {"week": _week_of, "month": _month_of, "year": _year_of}
_STEP = {
    "week": pd.Timedelta(days=7),
    "month": pd.DateOffset(months=1),
    "year": pd.DateOffset(years=1),
}
_GRANULARITY = {"week": "day", "month": "month", "year": "year"}


def _this_period(parts, anchor, future):
    if anchor is None:
        return NOT_RESOLVED
    unit = parts["unit"].lower()
    start, end = _PERIOD_OF[unit](anchor)
    if parts["mod"].lower() == "earlier":
        end = anchor
    else:
        start = anchor
    return _span(start, end, _GRANULARITY[unit], unit, f"{parts['mod']} this {unit}")


def _period(parts, anchor, future):
    if anchor is None:
        return NOT_RESOLVED
    unit, mod = parts["unit"].lower(), parts["mod"].lower()
    if unit == "weekend":
        saturday = anchor - pd.Timedelta(days=(anchor.weekday() - 5) % 7)
        if mod in ("next", "coming") or (mod == "this" and (future or 1 <= anchor.weekday() <= 4)):
            # "this weekend" written Tuesday to Friday is the coming one, whatever the tense
            saturday = anchor + pd.Timedelta(days=(5 - anchor.weekday()) % 7)
        if mod == "last" and saturday == anchor - pd.Timedelta(days=0) and anchor.weekday() == 5:
            saturday -= pd.Timedelta(days=7)
        return _span(saturday, saturday + pd.Timedelta(days=1), "day", "weekend", f"{mod} weekend")
    shift = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "this": 0}[mod.lower()]
    start, end = _PERIOD_OF[unit](anchor + shift * _STEP[unit])
    return _span(start, end, _GRANULARITY[unit], unit, f"{mod} {unit}")


def _weekend(parts, anchor, future):
    if anchor is None:
        return NOT_RESOLVED
    if future:
        saturday = anchor + pd.Timedelta(days=(5 - anchor.weekday()) % 7)
    else:
        saturday = anchor - pd.Timedelta(days=(anchor.weekday() - 5) % 7)
    return _span(
        saturday, saturday + DAY_, "day", "weekend", "the weekend: latest (or next, ahead)"
    )


def _deictic(parts, anchor, future):
    if anchor is None:
        return NOT_RESOLVED
    word = " ".join(parts["word"].lower().split())
    offset = {"yesterday": -1, "last night": -1, "tomorrow": 1}.get(
        word, 0
    )  # tonight, this morning: 0
    return _day(anchor + pd.Timedelta(days=offset), word)


def _weekday(parts, anchor, future):
    if anchor is None:
        return NOT_RESOLVED
    target = WEEKDAYS[parts["weekday"]]
    mod = parts.get("mod", "").lower()
    back = (anchor.weekday() - target) % 7
    ahead = (target - anchor.weekday()) % 7
    if mod == "last" or mod == "past":
        return _day(
            anchor - pd.Timedelta(days=back or 7), "last weekday: strictly before publication"
        )
    if mod in ("next", "coming"):
        return _day(
            anchor + pd.Timedelta(days=ahead or 7), "next weekday: strictly after publication"
        )
    if future:
        return _day(
            anchor + pd.Timedelta(days=ahead), "weekday, event ahead: next on or after publication"
        )
    return _day(
        anchor - pd.Timedelta(days=back), "weekday, event past: latest on or before publication"
    )


def _ordinal_day(parts, anchor, future):
    """ "on the 15th": that day of the publication month, or of the month before (after, for an
    event ahead) when the day has not come yet (has passed)."""
    if anchor is None:
        return NOT_RESOLVED
    months = [anchor + pd.DateOffset(months=shift) for shift in (-1, 0, 1)]
    dates = [_timestamp(m.year, m.month, int(parts["d"])) for m in months]
    return _nearest_day(dates, anchor, future, "day of the month")


def _holiday(parts, anchor, future):
    month, day = holidays()[" ".join(parts["name"].lower().split())].split("-")
    return _explicit({"m": month, "d": day}, anchor, future)


@knowledge_cache
def _holiday_pattern() -> re.Pattern:
    names = sorted(holidays(), key=len, reverse=True) or ["(?!)"]
    return re.compile(
        r"\b(?P<name>" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names) + r")\b", re.I
    )


@knowledge_cache
def _holiday_words() -> tuple[str, ...]:
    """The longest word of each holiday name: every match of a name holds it (lower-cased)."""
    return tuple(max(name.split(), key=len) for name in holidays())


@knowledge_cache
def holidays() -> dict[str, str]:
    return {k.lower(): str(v) for k, v in (temporal_words().get("holidays") or {}).items()}


def _season(parts, anchor, future):
    first_month = temporal_words()["seasons"][parts["season"].lower()]
    mod = (
        (parts.get("mod") or "")
        .lower()
        .replace("in the", "")
        .replace("during the", "")
        .replace("over the", "")
        .strip()
    )
    if "y" in parts:
        year = int(parts["y"])
    elif anchor is None:
        return NOT_RESOLVED
    else:
        year = _nearest_year(
            anchor, first_month, future or mod == "next", strict=mod in ("last", "next")
        )
    start = pd.Timestamp(year=year, month=first_month, day=1)
    end = (start + pd.DateOffset(months=3)) - pd.Timedelta(days=1)
    return _span(start, end, "month", "season", f"season {parts['season']}")


def _nearest_year(anchor, month, future, *, strict=False):
    """The year putting ``month`` nearest before (or after) the anchor's month."""
    if future:
        return (
            anchor.year
            if month > anchor.month or (month == anchor.month and not strict)
            else anchor.year + 1
        )
    return (
        anchor.year
        if month < anchor.month or (month == anchor.month and not strict)
        else anchor.year - 1
    )


def _month(parts, anchor, future):
    if anchor is None:
        return NOT_RESOLVED
    month = MONTHS[parts["month"]]
    mod = parts.get("mod", "")
    ahead = future or mod == "next"
    year = _nearest_year(anchor, month, ahead, strict=mod in ("last", "next"))
    start = pd.Timestamp(year=year, month=month, day=1)
    rule = "month name, event ahead: next" if ahead else "month name: latest not after publication"
    return _span(start, start + pd.offsets.MonthEnd(0), "month", "month", rule)


def _year(parts, anchor, future):
    year = int(parts["y"])
    return _span(
        pd.Timestamp(year=year, month=1, day=1),
        pd.Timestamp(year=year, month=12, day=31),
        "year",
        "year",
        "year",
    )


_RESOLVERS = {
    "iso": _explicit,
    "day_month": _explicit,
    "month_day": _explicit,
    "month_year": _month_year,
    "relative_span": _relative_span,
    "ago": _ago,
    "relative_before": _relative_to_event,
    "this_period": _this_period,
    "weekend": _weekend,
    "period": _period,
    "deictic": _deictic,
    "weekday": _weekday,
    "season": _season,
    "month": _month,
    "year": _year,
    "ordinal_day": _ordinal_day,
    "holiday": _holiday,
}
