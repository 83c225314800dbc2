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
# # 01 · Corpus overview
#
# What is in the corpus: the articles with their outlets and publication dates, the actors they
# mention (coloured by the sides of the topic pack), how sentence sentiment is
# distributed, and one article with its entity mentions highlighted.
#
# Run it on your own articles by changing `corpus_path` below, or headless with
# `make report CORPUS=path/to/articles`.
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
highlight_article = None  # an article_id; None shows the first article

# %%
from IPython.display import HTML

import analysis

overview = analysis.charts.overview
nb = analysis.notebook.setup(output_dir)
corpus = analysis.load_corpus(corpus_path, topic=topic)
unit = analysis.chart_unit(corpus, chart_articles)  # "article_id", or "outlet" on a large corpus
corpus

# %% [markdown]
# ## How valid these measures are
#
# The entities and sides below, and the sentence polarity, as measured against human coders on
# real news where they were (`analysis/validate/validity.yaml`).

# %%
analysis.validity_note("entities", "tone_sentence")

# %% [markdown]
# ## The articles
#
# One row per article. `published` comes from the metadata file beside the articles (or the
# record); `date_confidence` says how sure that date is. Inputs that could not be loaded are
# listed in `corpus.problems` below.

# %%
analysis.preview(corpus, "articles", ["article_id", "outlet", "published", "date_confidence", "n_sentences", "n_words", "title"], limit=preview_rows)

# %%
corpus.problems

# %% [markdown]
# ## Who is mentioned, and from which side
#
# Entity mentions resolved through the actor registry of the topic pack (`actors.csv`): persons,
# organisations, media and national groups. Places are left out here.

# %%
nb.show(overview.actors_by_side(analysis.actor_mentions(corpus), sides=corpus.sides), "overview_actors_by_side")

# %%
nb.show(overview.side_totals(analysis.side_mentions(corpus, by=unit), sides=corpus.sides, by=unit), "overview_side_totals")

# %% [markdown]
# ## Sentence sentiment
#
# TextBlob polarity per sentence, in [-1, 1]. Most news sentences score 0 because TextBlob's
# lexicon knows few words of diplomacy and war; see the framing notebook for the domain overlay.

# %%
nb.show(overview.sentiment_distribution(analysis.polarity_histogram(corpus, by=unit), by=unit),
        "overview_sentiment_distribution")

# %% [markdown]
# ## One article, its entities highlighted
#
# Colour = the actor's side in the topic pack; grey = no side (or no pack).

# %%
HTML(analysis.entity_html(analysis.entity_markup(corpus, highlight_article), sides=corpus.sides))
