"""Steps over whole tables once every article is annotated: linking the mentions of one real
event across articles (or twice in one) under one ``event_id``.

They run on cached and fresh rows alike, so a corpus assembled from the cache gets the same
links as one annotated afresh.
"""

from __future__ import annotations

import pandas as pd

from ..extract.events import NO_TRIGGER

DAY = pd.Timedelta(days=1)


def link_events(events: pd.DataFrame) -> pd.DataFrame:
    """Give mentions of the same real event one ``event_id``: same type (not "other"), dates
    that overlap (day dates within one day), and a shared actor or the same place."""
    events = events.copy()
    parent = list(range(len(events)))
    places = [
        {p} if isinstance(p, str) else set() for p in events["place"]
    ]  # known venues per group

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # plain records (a DataFrame row lookup per pair would cost more than the comparison)
    records = events[
        ["article_id", "sentence_id", "date", "date_end", "period", "place", "actors"]
    ].to_dict("records")
    for record in records:
        record["end"] = _end(record)
        record["actor_set"] = set(record["actors"])
    for _, group in events[events["date"].notna() & (events["event_type"] != NO_TRIGGER)].groupby(
        "event_type"
    ):
        group = group.sort_values("date", kind="stable")
        positions = [events.index.get_loc(i) for i in group.index]
        for a, pos_a in enumerate(positions):
            row_a = records[pos_a]
            last_day = row_a["end"] + DAY
            for pos_b in positions[a + 1 :]:
                row_b = records[pos_b]
                if row_b["date"] > last_day:
                    break
                root_a, root_b = find(pos_a), find(pos_b)
                if (
                    root_a != root_b
                    and _same_event(row_a, row_b)
                    and len(places[root_a] | places[root_b]) <= 1
                ):
                    parent[root_b] = root_a
                    places[root_a] |= places[root_b]
    roots = [find(i) for i in range(len(events))]
    dates = [record["date"] for record in records]
    order = sorted(
        set(roots),
        key=lambda r: (pd.isna(dates[r]), dates[r] if pd.notna(dates[r]) else pd.Timestamp.max, r),
    )
    ids = {root: f"E{n:05d}" for n, root in enumerate(order, 1)}
    events["event_id"] = [ids[root] for root in roots]
    return events


def _end(row):
    return row["date_end"] if pd.notna(row["date_end"]) else row["date"]


def _same_event(a, b) -> bool:  # records of link_events (with "end" and "actor_set")
    """Same event: overlapping dates (single days of different articles may differ by one day,
    as outlets in different time zones report them), no conflicting places, and a shared actor or
    the same place."""
    if (a["article_id"], a["sentence_id"]) == (b["article_id"], b["sentence_id"]):
        return False
    if a["period"] == b["period"] == "day":
        tolerance = DAY if a["article_id"] != b["article_id"] else pd.Timedelta(0)
        close = abs(a["date"] - b["date"]) <= tolerance
    else:
        close = a["date"] <= b["end"] and b["date"] <= a["end"]
    places = (a["place"], b["place"])
    if all(isinstance(p, str) for p in places) and places[0] != places[1]:
        return False
    shared = not a["actor_set"].isdisjoint(b["actor_set"]) or (
        isinstance(a["place"], str) and a["place"] == b["place"]
    )
    return close and shared
