"""A paragraph in runs of sentences, each dated by the sentence that opens it."""

from __future__ import annotations

from datetime import date

from indexer.dates import DateSpan
from indexer.parsers.paragraph_dates import continued_day, dated_pieces

FRIDAY = date(2026, 9, 25)


def test_a_news_items_place_line_goes_with_the_sentence_after_it() -> None:
    pieces = dated_pieces("BORÅS. I tisdags kl. 05.30 startade journalsystemet på nytt. Personalen beskriver en "
                          "annan start.", FRIDAY)
    assert len(pieces) == 1 and pieces[0].text.startswith("BORÅS. I tisdags")
    assert pieces[0].span is not None and (pieces[0].span.start, pieces[0].span.time) == (date(2026, 9, 22), "05:30")


def test_a_wire_releases_dateline_is_its_own_date_not_the_events() -> None:
    """'GOTHENBURG, Sweden, Aug. 23, 2029 -- … signed … on Tuesday': the release is of Thursday the 23rd,
    the signing of the Tuesday before it."""
    thursday = date(2029, 8, 23)
    for text in ("GOTHENBURG, Sweden, Aug. 23, 2029 -- VGR and Oracle signed a fourth supplementary agreement on Tuesday.",
                 "GÖTEBORG 23 augusti 2029 – Regionen och Oracle undertecknade i tisdags ett fjärde tilläggsavtal."):
        span = dated_pieces(text, thursday)[0].span
        assert span is not None and span.start == date(2029, 8, 21), text


def test_a_sentence_that_opens_with_its_own_date_starts_a_run() -> None:
    pieces = dated_pieces("Styrelsen möttes i Vänersborg. Den 3 mars 2026 beslutade styrelsen om återstarten.", FRIDAY)
    assert [p.text for p in pieces] == ["Styrelsen möttes i Vänersborg.", "Den 3 mars 2026 beslutade styrelsen om återstarten."]
    assert pieces[0].span is None and pieces[1].span is not None and pieces[1].span.start == date(2026, 3, 3)


def test_a_month_named_late_and_before_the_document_is_background() -> None:
    published = date(2026, 2, 2)
    background = dated_pieces("Under the agreement, Oracle will compensate the region with a total of SEK 135 million "
                              "for the problems at the go-live in November 2024.", published)
    assert background[0].span is None  # the news item's own date
    named = dated_pieces("Seven of the nine criteria set by the Regional Executive Board in March 2024 were met.", published)
    assert named[0].span is None  # a body's name of several words is a noun too
    opening = dated_pieces("I november 2024 pausades införandet på SÄS.", published)
    assert opening[0].span is not None and opening[0].span.start == date(2024, 11, 1)  # among its first words
    day = dated_pieces("Regionstyrelsen beslutade efter en lång debatt den 19 november 2024 att pausa.", published)
    assert day[0].span is not None and day[0].span.start == date(2024, 11, 19)  # a day is an event's



def test_a_month_after_the_verb_is_the_events() -> None:
    began = dated_pieces("Negotiations with the supplier, Oracle Svenska AB, began in July 2025 and are expected "
                         "to be concluded before the end of the year.", date(2025, 10, 15))
    assert began[0].span is not None and began[0].span.start == date(2025, 7, 1)


def test_a_state_since_a_period_is_of_the_documents_day() -> None:
    since = dated_pieces("Sedan hösten 2027 har regionen krävt och fått ut viten om 4,35 miljoner kronor.", FRIDAY)
    assert since[0].span is None  # told as of the report's day, not of autumn 2027
    # since a day: of the day the state began ('Sedan i tisdags dokumenterar …' is of Tuesday's switch)
    day = dated_pieces("Sedan i tisdags dokumenterar sjuksköterskorna i Millennium.", FRIDAY)
    assert day[0].span is not None and day[0].span.start == date(2026, 9, 22)


def test_a_deadline_is_no_paragraphs_day() -> None:
    deadline = dated_pieces("Oracle ska lämna en slutlig rapport senast fredagen den 2 oktober. Regionen begär vite.", FRIDAY)
    assert deadline[0].span is None  # required on the release's day; 2 October is the deadline
    event = dated_pieces("Oracle lämnade den 2 september en slutlig rapport.", FRIDAY)
    assert event[0].span is not None and event[0].span.start == date(2026, 9, 2)


def test_a_paragraph_that_names_a_moment_goes_on_with_the_day_before_it() -> None:
    day = DateSpan(date(2027, 1, 19), date(2027, 1, 19), "day", "07:40")
    assert continued_day("Kl. 07.55 beslutade tjänstemannen i beredskap att reservrutinen skulle aktiveras.", day) == \
        DateSpan(date(2027, 1, 19), date(2027, 1, 19), "day", "07:55")
    assert continued_day("Bytet skedde kl. 07.00 samtidigt i alla kommuner.", day).time == "07:00"
    assert continued_day("Dagen därpå återgick avdelningarna till Millennium.", day).start == date(2027, 1, 20)
    assert continued_day("Supporten har öppet kl. 07.00–22.00 under de första veckorna.", day) is None  # opening hours
    assert continued_day("Analysgruppen föreslår fyra åtgärder.", day) is None
    month = DateSpan(date(2027, 1, 1), date(2027, 1, 31), "month")
    assert continued_day("Kl. 07.55 beslutade tjänstemannen att …", month) is None  # no day to go on with


def test_a_weekday_before_the_date_it_names_is_that_date_and_any_such_day_is_none() -> None:
    thursday = date(2029, 8, 23)
    briefing = dated_pieces("Journalists can ask questions at a briefing on Monday, Aug. 27, at 10:30 a.m. CEST.", thursday)[0]
    assert briefing.span is not None and (briefing.span.start, briefing.span.time) == (date(2029, 8, 27), "10:30")
    # 'en tisdag', 'varje måndag' name no day: the document's date stays
    assert dated_pieces("Vi startar en tisdag eftersom måndagarna är tunga.", thursday)[0].span is None
    assert dated_pieces("Leverantören lämnade närvarolistor varje måndag.", thursday)[0].span is None
    monday = dated_pieces("Vi ses på måndag för att gå igenom läget.", thursday)[0]
    assert monday.span is not None and monday.span.start == date(2029, 8, 27)
