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
# # 03 · Framing
#
# Which frames each article and outlet uses, and with what tone. Frames are **lexical frame
# cues**: every frame has a documented cue list: the generic frames of the Policy Frames
# Codebook (`frames.csv`, shipped with the package) and the story frames of the topic pack
# (`story_frames.csv`, when it has them); a sentence shows a frame when its
# distinct, non-negated cues weigh at least 1. Every number below can be traced to the cue words
# in `corpus.frames` and the evidence table. With few articles, read counts, not only shares.
#
# **Which tone measure the charts use, and why.** Every tone chart below draws `polarity_domain`:
# TextBlob's polarity with the evaluative words of news (`news_tone.csv`: "accused", "row",
# "failure", "welcomed") and the pack's `tone_overlay.csv` added, because it agrees better with
# human coders than TextBlob alone (macro-F1 0.43 against 0.37 on the fifth held-out part of
# BBC sentences, 0.51 against 0.46 on the fourth, 0.49 against 0.46 on the third, 0.57 against
# 0.43 on the second; TextBlob's plain `polarity` is kept in `corpus.sentences` and in the arc's
# tooltip for comparison). Hedges and boosters (Hyland) and optimism/scepticism cues come from
# `tone_cues.csv`. On held-out real news, sentence tone does not reliably beat always answering
# the commonest label (accuracy 0.46 against 0.49 for always "neutral" on the fifth held-out
# part; 0.55 against 0.44 on the fourth, 0.53 against 0.48 on the third, 0.62 against 0.58 on the
# second), and the tone toward each side (clause polarity) does not beat it either: the tone
# charts below are **exploratory** (the figures are in the next section).
#
# **Which frames the charts count, and why.** Cue lists miss frames that no single word carries
# (F1 0.64 on the fifth held-out part of BBC sentences). The learned frame layer
# (`analysis.with_learned_frames`: a classifier over sentence embeddings and words, trained on
# the BBC frame gold) adds the frames it is confident of, which raises F1 to 0.74 on the same
# sentences (the figures are in the next section). So the charts count both, unless
# `learned_frames` is False, the optional `embeddings` dependencies are missing (`make report`
# installs them), or the corpus has more than `learned_max_sentences` sentences (the layer
# encodes every sentence, about 150 a second); the validity note below names the measure in use.
# The layer's rows have `source` "model" and, as cues, the words that weighed most. It was
# trained on UK political news: on another story, its frames are a reasonable guess, not a
# validated measure.
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
evidence_frame = None  # a frame name; None: the frame most sentences show
learned_frames = None  # True/False: with or without the learned layer; None: see above
learned_max_sentences = 20000  # above this, learned_frames=None leaves the learned layer out

# %%
import analysis

charts = analysis.charts.framing
nb = analysis.notebook.setup(output_dir)
corpus = analysis.load_corpus(corpus_path, topic=topic)
learned = analysis.use_learned_frames(corpus, learned_frames, learned_max_sentences)
corpus = analysis.with_learned_frames(corpus) if learned else corpus
frame_measure = "frames_learned" if learned else "frames"
unit = analysis.chart_unit(corpus, chart_articles)  # "article_id", or "outlet" on a large corpus
corpus

# %% [markdown]
# ## How valid these measures are
#
# Measured against human coders on real news (`python -m analysis.evaluate.realframes`); each
# frame's label in the charts carries its own precision, with ⚠ where it falls below 0.75 on 20
# or more coded sentences. Story frames of a pack were never validated on real news.

# %%
analysis.validity_note(frame_measure, "tone_sentence", "tone_actor")

# %% [markdown]
# ## Frame profile per article and per outlet
#
# Colour = share of the article's (outlet's) sentences showing the frame; hover for the counts.

# %%
by_outlet = analysis.frame_profile(corpus, by="outlet")
per_unit = by_outlet if unit == "outlet" else analysis.frame_profile(corpus, by=unit)
nb.show(charts.frame_heatmap(per_unit, by=unit, validity=analysis.frame_validity(measure=frame_measure)), "framing_profile_by_article")

# %%
nb.show(charts.frame_heatmap(by_outlet, by="outlet", validity=analysis.frame_validity(measure=frame_measure)), "framing_profile_by_outlet")

# %%
by_outlet

# %% [markdown]
# ## How sure are the frame shares?
#
# The share of the corpus's sentences that show each frame, with its 95% bootstrap interval
# (articles resampled with replacement 1,000 times). `analysis.frame_profile(corpus,
# by="outlet")` gives the same per outlet (`share_low`, `share_high`).

# %%
nb.show(analysis.charts.intervals.share_intervals(analysis.frame_profile(corpus, by="corpus"), "frame", title="Share of sentences by frame"), "framing_frame_share_intervals")

# %% [markdown]
# ## Each article's dominant frames
#
# As researchers report article framing: each article's frames ranked by the share of its
# sentences that show them, the headline and the lead (first body sentence) counting twice, after
# the Media Frames Corpus's headline and primary codes. The primary frame is outlined; the table
# says whether the headline and the lead show each frame.

# %%
dominant = analysis.dominant_frames(corpus, by=unit)
nb.show(charts.dominant_frames(dominant, by=unit), "framing_dominant_frames")

# %%
dominant[dominant["rank"] <= 3]

# %% [markdown]
# ## Evidence: keyword in context
#
# Every cue of the frame named in the parameters, with its context; `quoted` says the cue stands
# inside quotation marks (a source's words, not the outlet's).

# %%
analysis.frame_evidence(corpus, evidence_frame or analysis.most_common_frame(corpus), limit=preview_rows)

# %% [markdown]
# ## Optimism vs scepticism

# %%
nb.show(charts.optimism_scepticism(analysis.tone_cue_counts(corpus, by=unit), by=unit), "framing_optimism_scepticism")

# %% [markdown]
# ## Sentiment arc through each article (exploratory)
#
# Domain polarity sentence by sentence (hover for the sentence and TextBlob's plain score).

# %%
nb.show(charts.sentiment_arc(analysis.sentence_arc(corpus, by=unit), by=unit), "framing_sentiment_arc")

# %% [markdown]
# ## Headline vs body (exploratory)

# %%
nb.show(charts.headline_vs_body(analysis.headline_body_tone(corpus, by=unit), by=unit), "framing_headline_vs_body")

# %% [markdown]
# ## Author voice vs quoted voice (exploratory)
#
# Words inside quotation marks are scored apart from the narrator's.

# %%
nb.show(charts.author_vs_quoted(analysis.voice_tone(corpus, by=unit), by=unit), "framing_author_vs_quoted")

# %% [markdown]
# ## Tone toward each side (exploratory)
#
# The tone of the clauses that mention each side's actors (the words governed by the same verb,
# the name itself excluded); `scored` counts the mentions whose clause had a scored word.
# **Exploratory:** against human coders this measure does not beat always answering "neutral"
# (see the validity figures above).

# %%
nb.show(charts.tone_by_side(analysis.side_tone(corpus), sides=corpus.sides), "framing_tone_by_side")

# %% [markdown]
# ## Hedges and boosters per article

# %%
analysis.cue_totals(corpus, by=unit)
