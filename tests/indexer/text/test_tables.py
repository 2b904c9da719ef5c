"""A table in text: rows 'cell | cell' under at most one caption line."""

from __future__ import annotations

from indexer.text.tables import table_parts


def test_rows_under_a_caption_or_none() -> None:
    rows = ["Milstolpe | Datum", "Generalrepetition | 2026-03-21"]
    assert table_parts(rows) == ("", rows)
    assert table_parts(["Tabell 2. Milstolpar", *rows]) == ("Tabell 2. Milstolpar", rows)
    assert table_parts(["Tabell 2. Milstolpar", rows[0]]) is None          # a caption over one row: two lines
    assert table_parts(["Plats | Sal"]) is None                              # one row is no table
    assert table_parts([rows[0], "En mening efter.", rows[1]]) is None       # a line without cells among rows


def test_a_row_names_its_cells_by_their_columns() -> None:
    from indexer.text.tables import named_row

    assert named_row(["§", "Ärende", "Beslut"], ["§ 145", "Lägesrapport", ""]) == "§ 145 | Ärende: Lägesrapport"
    assert named_row(["Enhet", ""], ["Borås", "96", "5"]) == "Enhet: Borås | 96 | 5"  # cells beyond the names stay bare
