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
# # 04 · Sourcing
#
# Who gets quoted and how much, from which side; named versus anonymous, institutional and media
# sources; the reporting verbs used ("said" versus "claimed", "insisted", "admitted"); and who is
# talked about versus who gets to speak. Quotes are direct (in quotation marks), partial (quoted
# words woven into a sentence) or indirect (reported speech, "according to"); pieces of one
# statement share a `quote_group`, so statements are counted as groups. With few articles, read
# the counts and the rows.
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

charts = analysis.charts.sourcing
nb = analysis.notebook.setup(output_dir)
corpus = analysis.load_corpus(corpus_path, topic=topic)
unit = analysis.chart_unit(corpus, chart_articles)  # "article_id", or "outlet" on a large corpus
corpus

# %% [markdown]
# ## How valid these measures are
#
# Measured against human coders on real news (`python -m analysis.evaluate.realnews` and
# `analysis.evaluate.gender`). Every count below inherits these error rates.

# %%
analysis.validity_note("quotes", "speaker_gender")

# %% [markdown]
# ## Who is quoted
#
# Statements per speaker, coloured by side (hover for quotes and quoted words).

# %%
speakers = analysis.quotes_by_speaker(corpus)
nb.show(charts.who_is_quoted(speakers, sides=corpus.sides), "sourcing_who_is_quoted")

# %%
speakers

# %% [markdown]
# ## Who gets quoted, by gender
#
# Of the statements quoted from named people, how many come from women, from men, and from
# people whose gender is unknown; the same for the words quoted and for the distinct people
# quoted, per outlet and per week. Each bar is one outlet (or week) at 100%; the counts are
# written in the bars, hover for every count and share, and the tables give the counts beside
# the shares.
#
# **Method and limits.** Gender is inferred, not self-identified: from the topic pack (its
# `actors.csv` gender column), then the articles' titles ("Mrs", "Lord") and pronouns ("she
# said" after the person), then first names (nomquamgender's name data: how often a bearer of
# the name is recorded as female). Each person's evidence is pooled over the corpus
# (`corpus.people`, with `gender_basis`, `gender_confidence` and `gender_evidence` for every
# call). "unknown" (no evidence strong enough, or a speaker the people table does not know) is
# shown in every table and chart, never dropped: a large unknown share limits any comparison.
# Organisations, groups, documents and anonymous sources have no gender and are not counted
# here. The measured accuracy comes from `python -m analysis.evaluate.gender` (BBC politics
# gold, 2005: see the README, "Accuracy of speaker gender"); names from other languages and
# other years may fare differently, and the women's figures there rest on few people. Weeks
# start on Monday; articles without a publication date are counted under "(no date)".

# %%
gender_by_outlet = analysis.gender_shares(corpus, by="outlet")
nb.show(charts.gender_shares(gender_by_outlet, measure="statements"),
        "sourcing_gender_statements_by_outlet")

# %%
nb.show(charts.gender_shares(gender_by_outlet, measure="quoted_words"),
        "sourcing_gender_words_by_outlet")

# %%
nb.show(charts.gender_shares(gender_by_outlet, measure="people"),
        "sourcing_gender_people_by_outlet")

# %%
gender_by_outlet

# %% [markdown]
# ### Over time, per week

# %%
gender_by_week = analysis.gender_shares(corpus, by="week")
nb.show(charts.gender_shares(gender_by_week, measure="statements"),
        "sourcing_gender_statements_by_week")

# %%
nb.show(charts.gender_shares(gender_by_week, measure="quoted_words"),
        "sourcing_gender_words_by_week")

# %%
nb.show(charts.gender_shares(gender_by_week, measure="people"),
        "sourcing_gender_people_by_week")

# %%
gender_by_week

# %% [markdown]
# ### The people quoted most, by gender
#
# The ten people of each gender quoted most (statements, then quoted words), with what decided
# their gender (`gender_basis`: pack, title, pronoun, first_name, none).

# %%
top_people = analysis.top_people_by_gender(corpus, top=10)
nb.show(charts.top_people_by_gender(top_people),
        "sourcing_top_people_by_gender")

# %%
top_people

# %% [markdown]
# ## Share of voice by side, per article and per outlet

# %%
voice_by_outlet = analysis.share_of_voice(corpus, by="outlet")
voice_per_unit = voice_by_outlet if unit == "outlet" else analysis.share_of_voice(corpus, by=unit)
nb.show(charts.share_of_voice(voice_per_unit, by=unit,
                            sides=corpus.sides), "sourcing_share_of_voice_by_article")

# %%
nb.show(charts.share_of_voice(voice_by_outlet, by="outlet",
                            sides=corpus.sides), "sourcing_share_of_voice_by_outlet")

# %% [markdown]
# ## Named, institutional, media and anonymous sources

# %%
nb.show(charts.source_types(analysis.source_types(corpus, by=unit), by=unit), "sourcing_source_types")

# %% [markdown]
# ## How sure are these shares?
#
# Each share of the whole corpus with its 95% bootstrap interval: the articles are resampled
# with replacement 1,000 times (quotes of one article are not independent). With few articles
# the intervals are wide: they say what the corpus can carry.

# %%
nb.show(analysis.charts.intervals.share_intervals(analysis.share_of_voice(corpus, by="corpus"), "speaker_side", share="share_of_words", title="Share of voice by side (quoted words)"), "sourcing_share_of_voice_intervals")

# %%
nb.show(analysis.charts.intervals.share_intervals(analysis.gender_shares(corpus, by="corpus"), "gender", share="statement_share", title="Share of statements by gender"), "sourcing_gender_share_intervals")

# %%
nb.show(analysis.charts.intervals.share_intervals(analysis.source_type_shares(corpus, by="corpus"), "speaker_type", title="Share of quotes by source type"), "sourcing_source_type_intervals")

# %% [markdown]
# ## Reporting verbs
#
# Tiers after journalism style guides: neutral ("said"), endorsing ("noted", "confirmed"),
# distancing ("claimed", "insisted"), guilt-implying ("admitted", "denied"), emotive ("warned").

# %%
nb.show(charts.reporting_verbs(analysis.reporting_verbs(corpus)), "sourcing_reporting_verbs")

# %% [markdown]
# ## Who is talked about vs who gets to speak

# %%
nb.show(charts.mentions_vs_quotes(analysis.mentions_vs_quotes(corpus), sides=corpus.sides), "sourcing_mentions_vs_statements")

# %%
analysis.mentions_vs_quotes(corpus)

# %% [markdown]
# ## The quotes, with their evidence sentences

# %%
analysis.quote_evidence(corpus, limit=preview_rows)
