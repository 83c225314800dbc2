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

# %% tags=["parameters"]
corpus_path = "../seeds"
output_dir = None
topic = None  # a topic pack: a built-in name or a folder; None: the corpus's topic.yaml, if any

# %%
import analysis

charts = analysis.charts.sourcing
nb = analysis.notebook.setup(output_dir)
corpus = analysis.load_corpus(corpus_path, topic=topic)
corpus

# %% [markdown]
# ## Who is quoted
#
# Statements per speaker, coloured by side (hover for quotes and quoted words).

# %%
nb.show(charts.who_is_quoted(analysis.quotes_by_speaker(corpus), sides=corpus.sides), "sourcing_who_is_quoted")

# %%
analysis.quotes_by_speaker(corpus)

# %% [markdown]
# ## Share of voice by side, per article and per outlet

# %%
nb.show(charts.share_of_voice(analysis.share_of_voice(corpus, by="article_id"), by="article_id",
                            sides=corpus.sides), "sourcing_share_of_voice_by_article")

# %%
nb.show(charts.share_of_voice(analysis.share_of_voice(corpus, by="outlet"), by="outlet",
                            sides=corpus.sides), "sourcing_share_of_voice_by_outlet")

# %% [markdown]
# ## Named, institutional, media and anonymous sources

# %%
nb.show(charts.source_types(analysis.source_types(corpus)), "sourcing_source_types")

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
corpus.quotes.merge(corpus.sentences[["article_id", "sentence_id", "text"]].rename(columns={"text": "sentence"}),
                    on=["article_id", "sentence_id"])[
    ["article_id", "kind", "speaker", "speaker_type", "speaker_side", "cue", "cue_tier", "text", "sentence"]]
