"""A paragraph in runs of sentences, each dated by the sentence that opens it."""

from __future__ import annotations

from datetime import date

from indexer.parsers.paragraph_dates import dated_pieces

FRIDAY = date(2026, 9, 25)


def test_a_news_items_place_line_goes_with_the_sentence_after_it() -> None:
    pieces = dated_pieces("BORÅS. I tisdags kl. 05.30 startade journalsystemet på nytt. Personalen beskriver en "
                          "annan start.", FRIDAY)
    assert len(pieces) == 1 and pieces[0].text.startswith("BORÅS. I tisdags")
    assert pieces[0].span is not None and (pieces[0].span.start, pieces[0].span.time) == (date(2026, 9, 22), "05:30")


def test_a_sentence_that_opens_with_its_own_date_starts_a_run() -> None:
    pieces = dated_pieces("Styrelsen möttes i Vänersborg. Den 3 mars 2026 beslutade styrelsen om återstarten.", FRIDAY)
    assert [p.text for p in pieces] == ["Styrelsen möttes i Vänersborg.", "Den 3 mars 2026 beslutade styrelsen om återstarten."]
    assert pieces[0].span is None and pieces[1].span is not None and pieces[1].span.start == date(2026, 3, 3)
