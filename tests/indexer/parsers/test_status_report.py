"""The March 2023 status report: sections, sub-parts and their months."""

from __future__ import annotations

SECTIONS = [
    "Standardisering och Kliniskt Innehåll (SoKI)",
    "Standardisering och Innehåll Diagnostik och Utredning (SIDU)",
    "Migrering av data",
    "Test",
    "Informationssäkerhet och dataskydd",
    "Utbildning",
    "Implementering",
    "Kommuner, VastKom",
    "Privata vårdgivare",
    "Förberedelser inför driftstart",
    "Teknik och arkitektur",
    "Support och förvaltning",
]


def test_one_entry_per_section_and_sub_part(entries_by_doc) -> None:
    entries = entries_by_doc["lagesrapport-2023-03"]
    expected = ["Inledning"] + [f"{s} / {part}" for s in SECTIONS for part in ("Summering mars", "Planering april")]
    assert [e.section for e in entries] == expected


def test_sub_parts_are_dated_to_their_month(entries_by_doc) -> None:
    for entry in entries_by_doc["lagesrapport-2023-03"]:
        assert entry.date_precision == "month"
        if entry.section.endswith("Planering april"):
            assert (entry.date_start, entry.date_end) == ("2023-04-01", "2023-04-30")
        else:  # 'Summering mars' and the introduction: the report's own month
            assert (entry.date_start, entry.date_end) == ("2023-03-01", "2023-03-31")


def test_layout_lines_are_not_text(entries_by_doc) -> None:
    text = "\n".join(e.text for e in entries_by_doc["lagesrapport-2023-03"])
    assert "https://www.vgregion.se/halsa-och-vard" not in text
    assert "o . . . ." not in text
    assert "Lägessummering" not in text and "Lagessummering" not in text
    assert "Summering mars" not in text


def test_sidu_text_that_a_link_split_is_one_entry(entries_by_doc) -> None:
    [sidu] = [e for e in entries_by_doc["lagesrapport-2023-03"] if e.section.startswith("Standardisering och Innehåll Diagnostik") and "mars" in e.section]
    assert "Vi har även fortsatt arbetet med utredning gällande omfattning" in sidu.text


def test_short_lines_with_figures_are_text_not_debris(entries_by_doc) -> None:
    [private] = [e for e in entries_by_doc["lagesrapport-2023-03"] if e.section == "Privata vårdgivare / Summering mars"]
    assert "gemensam driftstart i november 2024 (dvs. PD1)." in private.text
