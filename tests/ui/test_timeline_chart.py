"""The Tidslinje chart: lanes per actor, a marker per entry or per month, counts per month."""

from __future__ import annotations

from datetime import date, timedelta

from indexer.records import Entry
from ui.timeline_chart import COLOURS, MAX_LANES, MAX_MARKERS, OTHERS, timeline_figure


def entry(n: int, day: str, actor: str | None, text: str = "Beslut om införandet av Millennium i regionen.") -> Entry:
    return Entry(entry_id=f"d.{(day or 'x').replace('-', '')}.{n:08x}", doc_id="d", ordinal=n, date_start=day, date_end=day,
                 time=None, date_precision="day", actor=actor, section=None, text=text, text_original=None,
                 char_start=0, char_end=len(text))


def test_one_marker_per_entry_in_its_actors_lane_and_counts_per_month() -> None:
    entries = [entry(1, "2024-10-01", "VGR"), entry(2, "2024-10-20", "VGR"), entry(3, "2024-11-02", "Leverantören"),
               entry(4, "2024-11-03", None), entry(5, None, "VGR")]
    markers, months = timeline_figure(entries).data
    assert list(markers.y) == ["VGR", "VGR", "Leverantören", OTHERS]  # the undated entry is not drawn
    assert [c[1] for c in markers.customdata] == ["d.20241001.00000001", "d.20241020.00000002", "d.20241102.00000003",
                                                   "d.20241103.00000004"]
    assert markers.hovertext[0].startswith("2024-10-01 · VGR<br>Beslut om införandet")
    assert list(months.x) == ["2024-10-15", "2024-11-15"] and list(months.y) == [2, 2]


def test_lanes_are_the_busiest_actors_and_the_rest_go_to_others() -> None:
    entries = [entry(i * 10 + k, "2024-01-0" + str(1 + k % 9), f"Aktör {i}") for i in range(MAX_LANES + 2) for k in range(i + 1)]
    figure = timeline_figure(entries)
    lanes = list(figure.layout.yaxis.categoryarray)
    # the two least busy actors (Aktör 0 and 1) are gathered in "övriga", drawn at the bottom
    assert lanes[0] == OTHERS and "Aktör 0" not in lanes and "Aktör 1" not in lanes and len(lanes) == MAX_LANES + 1
    assert list(figure.data[0].y).count(OTHERS) == 1 + 2


def test_the_actor_filter_chooses_the_lane() -> None:
    entries = [entry(1, "2024-10-01", "VGR"), entry(2, "2024-10-02", "Leverantören")]
    assert list(timeline_figure(entries, actor="Leverantören").layout.yaxis.categoryarray) == [OTHERS, "Leverantören"]


def test_many_entries_are_drawn_as_one_marker_per_lane_and_month() -> None:
    start = date(2020, 1, 1)
    entries = [entry(i, (start + timedelta(days=i % 366)).isoformat(), "VGR" if i % 2 else "Leverantören")
               for i in range(MAX_MARKERS + 500)]
    markers, months = timeline_figure(entries).data
    # 366 days from 2020-01-01 cover 12 months; two lanes → 24 aggregate markers
    assert len(markers.x) == 24 and all(c[0] == "month" for c in markers.customdata)
    assert sum(months.y) == MAX_MARKERS + 500
    assert markers.hovertext[0].startswith("2020-01 · ")


def contrast(a: str, b: str) -> float:
    """WCAG 2 contrast ratio of two #rrggbb colours."""
    def luminance(colour: str) -> float:
        channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        r, g, b = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * r + 0.7152 * g + 0.0722 * b
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_the_charts_colours_pass_wcag_aa_on_white() -> None:
    # axe-core does not measure SVG text or markers, so the chart's colours are checked here:
    # markers and bars ≥ 3:1 (1.4.11 non-text contrast), text ≥ 4.5:1 (1.4.3).
    assert round(contrast("#777777", "#ffffff"), 2) == 4.48  # the formula, against a known value
    figure = timeline_figure([entry(1, "2024-10-01", "VGR"), entry(2, "2024-10-02", None)])
    assert all(contrast(c, "#ffffff") >= 3 for c in COLOURS + [figure.data[1].marker.color])
    assert contrast(figure.layout.font.color, figure.layout.plot_bgcolor) >= 4.5
