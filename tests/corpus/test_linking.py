"""Linking event mentions across articles under one event_id, on hand-made rows of the events
table (no spaCy model)."""

import pandas as pd

from analysis.corpus.linking import link_events


def _mention(
    article_id,
    date,
    event_type="meeting/talks",
    actors=("Steve Witkoff",),
    place="Florida",
    sentence_id=0,
    granularity="day",
    period="day",
    date_end=None,
):
    return {
        "article_id": article_id,
        "sentence_id": sentence_id,
        "date": pd.Timestamp(date),
        "date_end": pd.Timestamp(date_end or date),
        "granularity": granularity,
        "period": period,
        "event_type": event_type,
        "actors": list(actors),
        "place": place,
    }


def test_one_meeting_reported_by_three_outlets_is_one_event():
    events = pd.DataFrame(
        [
            _mention("a", "2025-12-20"),
            _mention("b", "2025-12-20", actors=("Kirill Dmitriev", "Steve Witkoff")),
            _mention("c", "2025-12-21", place=None),  # a day off in another outlet's time zone
            _mention(
                "a",
                "2025-12-20",
                event_type="attack/strike",
                actors=(),
                place="Kyiv",
                sentence_id=3,
            ),
            _mention("d", "2025-12-20", place="Abu Dhabi"),  # another venue: another meeting
            _mention("e", "2025-11-02"),
        ]
    )
    ids = link_events(events)["event_id"].tolist()
    assert ids[0] == ids[1] == ids[2]
    assert len({ids[0], ids[3], ids[4], ids[5]}) == 4
    # numbered in date order (the earliest first; ties in row order)
    assert ids == ["E00002", "E00002", "E00002", "E00003", "E00004", "E00001"]


def test_same_article_needs_the_same_day():
    events = pd.DataFrame([_mention("a", "2025-12-20"), _mention("a", "2025-12-21", sentence_id=1)])
    ids = link_events(events)["event_id"].tolist()
    assert ids[0] != ids[1]


def test_a_month_holds_its_days_other_events_and_undated_ones_stay_apart():
    events = pd.DataFrame(
        [
            _mention("a", "2025-12-20"),
            _mention("b", "2025-12-01", granularity="month", period="month", date_end="2025-12-31"),
            _mention("c", "2025-12-20", event_type="other"),
            _mention("d", None),
            _mention("e", "2025-12-20", event_type="other"),  # "other" is never linked
        ]
    )
    ids = link_events(events)["event_id"].tolist()
    assert ids == ["E00001", "E00001", "E00002", "E00004", "E00003"]


def test_linking_adds_only_the_event_id():
    events = pd.DataFrame([_mention("a", "2025-12-20")])
    linked = link_events(events)
    assert list(linked.columns) == [*events.columns, "event_id"]
    assert "event_id" not in events.columns  # the input is not changed
