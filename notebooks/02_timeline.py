# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.19.6
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # 02 · Timeline
#
# When the articles appeared, and the events they report placed on the calendar. Every
# temporal expression ("on Saturday", "last week", "in August") is resolved against its
# article's publication date, using the tense of the sentence ("met on Saturday" is the Saturday
# before publication, "will meet on Sunday" the next one); `rule` says how each date was placed.
# Event types come from the trigger lexicon (`event_triggers.csv`); mentions of the same
# event in several articles share an `event_id`.
#
# Dates resolved against an **estimated** publication date (see `date_confidence`) inherit its
# uncertainty.
#
# On a corpus of more than `chart_articles` articles (a corpus saved on disk, say), the charts
# drawn per article are drawn per outlet instead and long tables show their first `preview_rows`
# rows; every figure is counted where the data is (DuckDB SQL), so a corpus of any size fits.

# %% tags=["parameters"]
corpus_path = "../seeds"
output_dir = None
topic = None  # a topic pack: a built-in name or a folder; None: the corpus's topic.yaml, if any
chart_articles = 100  # above this many articles, per-article charts are drawn per outlet
preview_rows = 1000  # rows shown of the long tables

# %%
import analysis

timeline = analysis.charts.timeline
nb = analysis.notebook.setup(output_dir)
corpus = analysis.load_corpus(corpus_path, topic=topic)
unit = analysis.chart_unit(corpus, chart_articles)  # "article_id", or "outlet" on a large corpus
corpus

# %% [markdown]
# ## How valid these measures are
#
# How far the dated events can be trusted: the figures measured on real news, where there are
# any (`analysis/validate/validity.yaml`).

# %%
analysis.validity_note("events")

# %% [markdown]
# ## Publication timeline
#
# One point per article, one row per outlet; colour says how sure the publication date is.

# %%
nb.show(timeline.publication_timeline(analysis.publications(corpus, per_day=unit != "article_id")), "timeline_publication")

# %% [markdown]
# ## The events calendar
#
# x = the resolved date (month-long references such as "in August" and weeks such as "last
# week" are drawn as spans), y = the venue, colour = event type. Hover for the evidence sentence
# and the outlet. Events without a venue in their sentence are on the "(unknown)" row.

# %%
nb.show(timeline.events_calendar(analysis.calendar_events(corpus, linked=unit != "article_id")), "timeline_events_calendar")

# %% [markdown]
# ## Event mentions per week
#
# The same dated mentions counted per week (weeks start on Monday), by event type: the calendar
# that stays readable however large the corpus. Hover for the number of linked events and of
# articles behind a bar.

# %%
nb.show(timeline.events_per_week(analysis.events_per_week(corpus)), "timeline_events_per_week")

# %% [markdown]
# ## Which outlet reported which event
#
# Mentions linked into one event (same type, overlapping dates, a shared actor or venue) share a
# row; a cell counts an outlet's mentions of that event. The 40 events mentioned most are drawn.

# %%
nb.show(timeline.outlet_coverage(analysis.event_outlets(corpus, top=40)), "timeline_outlet_coverage")

# %% [markdown]
# ## Actors over time
#
# The persons and organisations named in sentences of dated events, by month.

# %%
nb.show(timeline.actor_appearances(analysis.actor_months(corpus)), "timeline_actor_appearances")

# %% [markdown]
# ## The events table
#
# Every dated reference with its rule, sorted by date; undated ones ("days before the talks",
# or any relative date in an article without a publication date) are kept with no date.

# %%
analysis.preview(corpus, "events", ["event_id", "date", "granularity", "date_text", "tense", "event_type", "place", "actors",
                                    "article_id", "rule", "text"], order_by=["date", "article_id", "sentence_id"], limit=preview_rows)
