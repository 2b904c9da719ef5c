"""The Tidslinje tab's chart (Plotly): the period's entries in date order, one lane per actor,
and the count per month beneath.

Up to ``MAX_MARKERS`` entries each get a marker (hover: date, actor, first words; click: the entry
in its context). Above that, the markers are one per lane and month, sized by their count, so a
100 000-entry index's whole span stays readable and renders quickly. The chart's own events are
read in the browser by ``CHART_JS`` (a stretch selected → Från/Till and Visa; a marker clicked →
the entry, or the month of an aggregate).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import plotly.graph_objects as go
from plotly.subplots import make_subplots

from indexer.records import Entry

MAX_MARKERS = 1500
MAX_LANES = 8
OTHERS = "övriga"
LANE_CHARS = 22
# Okabe–Ito's colour-blind-safe palette, darkened where needed for 3:1 against white (WCAG 1.4.11).
COLOURS = ["#0060a8", "#b35900", "#007a5e", "#a3357a", "#5a4fcf", "#8a6d00", "#c0392b", "#2f6f8f", "#555555"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Lanes:
    """The chart's lanes: the chosen actors in order, the rest in ``OTHERS``."""

    actors: tuple[str, ...]

    @classmethod
    def of(cls, entries: Sequence[Entry], actor: str | None = None) -> "Lanes":
        """The actor filter's actor alone, or the ``MAX_LANES`` actors with most entries."""
        if actor:
            return cls(actors=(actor,))
        counts = Counter(e.actor for e in entries if e.actor)
        return cls(actors=tuple(name for name, _ in counts.most_common(MAX_LANES)))

    def lane(self, entry: Entry) -> str:
        """The lane an entry is drawn in."""
        return _short(entry.actor) if entry.actor in self.actors else OTHERS

    def names(self) -> list[str]:
        """Lane names top to bottom."""
        return [_short(a) for a in self.actors] + [OTHERS]


def _short(name: str | None) -> str:
    name = name or OTHERS
    return name if len(name) <= LANE_CHARS else name[:LANE_CHARS - 1] + "…"


def _first_words(text: str, n: int = 12) -> str:
    words = text.split()
    return " ".join(words[:n]) + (" …" if len(words) > n else "")


def timeline_figure(entries: Sequence[Entry], *, actor: str | None = None) -> go.Figure:
    """The chart for entries already filtered to the period (undated entries are left out)."""
    dated = [e for e in entries if e.date_start]
    lanes = Lanes.of(dated, actor)
    names = lanes.names()
    figure = make_subplots(rows=2, cols=1, shared_xaxes=True, row_heights=[0.74, 0.26], vertical_spacing=0.06)
    if len(dated) <= MAX_MARKERS:
        _entry_markers(figure, dated, lanes, names)
    else:
        _month_markers(figure, dated, lanes, names)
    months = Counter(e.date_start[:7] for e in dated)
    figure.add_trace(go.Bar(x=[f"{m}-15" for m in sorted(months)], y=[months[m] for m in sorted(months)],
                            marker_color="#374151", name="poster per månad",
                            hovertemplate="%{x|%Y-%m}: %{y} poster<extra></extra>"), row=2, col=1)
    figure.update_yaxes(type="category", categoryorder="array", categoryarray=list(reversed(names)),
                        automargin=True, row=1, col=1)
    figure.update_yaxes(title_text="per månad", automargin=True, row=2, col=1)
    figure.update_xaxes(type="date", automargin=True)
    figure.update_layout(height=260 + 26 * len(names), margin={"l": 8, "r": 8, "t": 28, "b": 8}, showlegend=False,
                         dragmode="select", selectdirection="h", hovermode="closest",
                         paper_bgcolor="#ffffff", plot_bgcolor="#ffffff", font={"color": "#111827", "size": 12},
                         title={"text": f"{len(dated)} daterade poster" + (" (per månad)" if len(dated) > MAX_MARKERS else ""),
                                "x": 0, "font": {"size": 13}})
    return figure


def _entry_markers(figure: go.Figure, entries: Sequence[Entry], lanes: Lanes, names: list[str]) -> None:
    """One marker per entry; customdata ["entry", entry id]."""
    colour = {name: COLOURS[i % len(COLOURS)] for i, name in enumerate(names)}
    lane_of = [lanes.lane(e) for e in entries]
    figure.add_trace(go.Scatter(
        x=[e.date_start for e in entries], y=lane_of, mode="markers",
        marker={"size": 9, "color": [colour[name] for name in lane_of], "line": {"width": 1, "color": "#ffffff"}},
        customdata=[["entry", e.entry_id] for e in entries],
        hovertext=[f"{e.date_start}{' ' + e.time if e.time else ''} · {e.actor or 'okänd aktör'}<br>{_first_words(e.text)}"
                   for e in entries],
        hoverinfo="text", name="poster"), row=1, col=1)


def _month_markers(figure: go.Figure, entries: Sequence[Entry], lanes: Lanes, names: list[str]) -> None:
    """One marker per lane and month, its size by its count; customdata ["month", "YYYY-MM"]."""
    counts = Counter((lanes.lane(e), e.date_start[:7]) for e in entries)
    colour = {name: COLOURS[i % len(COLOURS)] for i, name in enumerate(names)}
    keys = sorted(counts, key=lambda k: (k[1], k[0]))
    largest = max(counts.values())
    figure.add_trace(go.Scatter(
        x=[f"{month}-15" for _, month in keys], y=[lane for lane, _ in keys], mode="markers",
        marker={"size": [6 + 18 * (counts[k] / largest) ** 0.5 for k in keys], "color": [colour[k[0]] for k in keys],
                "line": {"width": 1, "color": "#ffffff"}},
        customdata=[["month", month] for _, month in keys],
        hovertext=[f"{month} · {lane}: {counts[(lane, month)]} poster" for lane, month in keys],
        hoverinfo="text", name="poster per månad och aktör"), row=1, col=1)


# Reads the chart's events in the browser (Gradio's gr.Plot has only a change event): a stretch
# selected with the mouse fills Från/Till and presses Visa; a marker clicked opens the entry (or,
# for a month's aggregate, shows that month). Bound again whenever Gradio draws a new chart.
CHART_JS = """
<script>
(() => {
  const setField = (id, value) => {
    const el = document.querySelector(`#${id} textarea, #${id} input`);
    if (!el) return;
    el.value = value;
    el.dispatchEvent(new Event("input", {bubbles: true}));
  };
  const press = (id) => setTimeout(() => document.querySelector(`#${id}`)?.click(), 80);
  const day = (x) => String(x).slice(0, 10);
  const monthEnd = (ym) => {
    const [y, m] = ym.split("-").map(Number);
    return `${ym}-${String(new Date(y, m, 0).getDate()).padStart(2, "0")}`;
  };
  const onSelected = (ev) => {
    const range = ev && ev.range && (ev.range.x || ev.range.x2);
    if (!range) return;
    setField("timeline-from", day(range[0]));
    setField("timeline-to", day(range[1]));
    press("timeline-show");
  };
  const onClick = (ev) => {
    const data = ev && ev.points && ev.points[0] && ev.points[0].customdata;
    if (!data) return;
    if (data[0] === "entry") {
      setField("timeline-entry", data[1]);
      press("timeline-open");
    } else if (data[0] === "month") {
      setField("timeline-from", `${data[1]}-01`);
      setField("timeline-to", monthEnd(data[1]));
      press("timeline-show");
    }
  };
  // Plotly.newPlot drops a chart's listeners when Gradio draws it again: bind whenever ours are gone.
  const bind = (plot) => {
    if (typeof plot.on !== "function") return;
    if (plot._ev && plot._ev.listeners("plotly_click").includes(onClick)) return;
    plot.on("plotly_selected", onSelected);
    plot.on("plotly_click", onClick);
  };
  setInterval(() => document.querySelectorAll("#timeline-chart .js-plotly-plot").forEach(bind), 400);
})();
</script>
"""
