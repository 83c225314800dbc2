"""Shares with their uncertainty: a point per share and a rule for its 95% bootstrap interval
over articles (``analysis.analyses.uncertainty``)."""

from __future__ import annotations

import altair as alt
import pandas as pd

from .notice import says_when_empty


@says_when_empty
def share_intervals(
    data: pd.DataFrame,
    category: str | None = None,
    *,
    share: str | None = None,
    low: str | None = None,
    high: str | None = None,
    title: str = "Shares with their 95% intervals",
) -> alt.Chart:
    """``category`` on the y axis, ``share`` as a point and its interval (``low`` to ``high``,
    default ``<share>_low``/``<share>_high``, or ``share_low``/``share_high``) as a rule; a
    share without an interval (one article) is drawn as a point alone. Defaults: the table's
    second column (its first is the group) and its ``share`` column (else the first share
    column)."""
    category = category or data.columns[1]
    shares = [c for c in data.columns if "share" in c and not c.endswith(("_low", "_high"))]
    share = share or ("share" if "share" in data else shares[0])
    low = low or (f"{share}_low" if f"{share}_low" in data else "share_low")
    high = high or (f"{share}_high" if f"{share}_high" in data else "share_high")
    data = data[[category, share, low, high]]
    y = alt.Y(f"{category}:N", title=None, sort=alt.EncodingSortField(share, order="descending"))
    tooltip = [f"{category}:N", *(alt.Tooltip(f"{c}:Q", format=".0%") for c in (share, low, high))]
    rule = (
        alt.Chart(data)
        .mark_rule(strokeWidth=2, color="#7f7f7f")
        .encode(
            x=alt.X(
                f"{low}:Q", title="Share (95% interval over articles)", axis=alt.Axis(format="%")
            ),
            x2=f"{high}:Q",
            y=y,
            tooltip=tooltip,
        )
    )
    point = (
        alt.Chart(data)
        .mark_point(filled=True, size=60, color="#0072B2")
        .encode(x=f"{share}:Q", y=y, tooltip=tooltip)
    )
    subtitle = "Articles resampled 1,000 times; few articles give wide intervals"
    return alt.layer(rule, point).properties(title=alt.TitleParams(title, subtitle=subtitle))
