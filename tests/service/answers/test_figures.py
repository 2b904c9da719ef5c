"""Figures, clock times and money in a text; the figure a question's noun is counted in."""

from __future__ import annotations

from indexer.stores.bm25_store import tokenize
from service.answers.figures import bound_figure, figures, money_in, times_in


def test_times_and_figures_are_told_apart() -> None:
    assert times_in("driftstart kl. 04:00, flyttad till kl. 05.30") == ["04:00", "05:30"]
    # times as people say them: an hour alone, in words, half before the hour, an English a.m./p.m.
    assert times_in("pressträff klockan nio, möte kl 14, lunch klockan halv tolv, call at 2 p.m.") == [
        "09:00", "14:00", "11:30", "14:00"]
    assert times_in("etapp 4, 12 nov. 2024, klockan 10.30 (version 2.3)") == ["10:30"]
    text = "Den 13 november 2024 fanns 295 öppna incidenter (RS 2024-05699, vecka 38, cykel 5) och 1 400 miljoner"
    assert [f for f, _, _ in figures(text)] == ["295", "1 400"]
    # a statute's number, chapter and section count nothing ('Hur många anställda …?' is not answered by them)
    law = "sekretess enligt offentlighets- och sekretesslagen (2009:400), 21 kap. 3 §, och § 212 om 35 anställda"
    assert [f for f, _, _ in figures(law)] == ["35"]
    # a number that names its item counts nothing ('Hur många poster …?' is not answered by 'Rekommendation 2')
    assert [f for f, _, _ in figures("Rekommendation 2: Avstämning. Tabell 1 visar 236 poster i bilaga 3.")] == ["236"]


def test_the_figure_must_belong_to_the_thing_asked_about() -> None:
    text = "Programmet omfattar de 49 kommunerna. 295 öppna incidenter på SÄS, 186 incidenter på Närhälsan."
    assert bound_figure(text, ["incident", "opp"]) == "295"
    assert bound_figure(text, ["patient"]) is None  # 'how many patients': no figure counts patients
    assert bound_figure("fördela 100mnkr till VGR:s fem sjukhusförvaltningar", ["sjukhusforvaltning"]) == "fem"
    # a figure is bound within its own sentence: '17 kliniker. Under generalrepetitionen' does not count 17
    run = "omfattade 412 användare från 17 kliniker. Under generalrepetitionen registrerades 23 incidenter."
    assert bound_figure(run, ["generalrepetition", "incident"]) == "23"
    # a table's cell: the column's name before the figure is what it counts, not the next cell's
    row = "Enhet: Företagshälsa Borås | Användare: 96 | Utbildade vid återstart: 94 | Öppna ärenden 12 maj: 5"
    assert bound_figure(row, ["opp", "arend"]) == "5"
    assert bound_figure(row, ["anvand"]) == "96"
    # a noun placed by a preposition after the counted one is not counted: 'fyra dagar före driftstoppet'
    # counts days; 'av' is partitive ('241 av 318 användare' counts users)
    stop = "Enkäten stängde fyra dagar före driftstoppet. 37 avvikelser efter driftstoppet."
    assert bound_figure(stop, ["driftstopp"]) is None
    assert bound_figure(stop, ["avvik", "driftstopp"]) == "37"
    assert bound_figure("241 av 318 användare svarade", ["anvand"]) == "241"


def test_of_several_bound_figures_the_one_among_the_questions_words_leads() -> None:
    def stems(*words: str) -> list[frozenset[str]]:
        return [frozenset(tokenize([w])[0]) for w in words]

    risks = "4 nya risker tillkommer och det är totalt 14 risker inom området styrning och ledning."
    assert bound_figure(risks, ["risk"]) == "4"  # no context: the first bound figure
    assert bound_figure(risks, ["risk"], context=stems("risker", "totalt", "området", "styrning")) == "14"
    units = "295 öppna incidenter på SÄS, 186 incidenter på Närhälsan."
    assert bound_figure(units, ["incident"], context=stems("incidenter", "Närhälsan")) == "186"
    assert bound_figure(units, ["incident"], context=stems("incidenter")) == "295"  # a tie: the first
    # the question's own figure ('de senaste 24 timmarna') is not its answer
    day = "de senaste 24 timmarna har 353 incidenter rapporterats"
    assert bound_figure(day, ["timm", "incident"]) == "24"
    assert bound_figure(day, ["timm", "incident"], frozenset({"24"})) == "353"


def test_money() -> None:
    assert money_in("reservera 1 400 miljoner kronor och 100mnkr samt 1.5 M SEK") == ["1 400 miljoner", "100mnkr", "1.5 M SEK"]
    # as an English text writes it, the currency first
    assert money_in("a total of SEK 135 million, EUR 2.5m and 12 million kronor in Issue 5/2026") == [
        "SEK 135 million", "EUR 2.5m", "12 million kronor"]


def test_a_compound_the_splitter_does_not_know_is_counted_by_its_head() -> None:
    assert bound_figure("Sjukhusets 180 Millenniumcoacher får en ny roll.", ["coach"]) == "180"
    assert bound_figure("Programmet omfattar de 49 kommunerna.", ["mun"]) is None  # a head, not any ending


def test_a_figure_that_is_no_count_counts_nothing() -> None:
    from service.answers.figures import bound_figure

    row = "Kostnadspost: Driftstoppet 23 maj | Budget 2028: 0,0 | Utfall: 2,7 | Avvikelse: −2,7"
    assert bound_figure(row, ["avvik"]) is None  # a budget's deviation in millions, not 2.7 reports
    assert bound_figure("Det kom in 37 avvikelser.", ["avvik"]) == "37"
    assert bound_figure("Regionen har 1,7 miljoner invånare.", ["invan"]) == "1,7"
    assert bound_figure("Over 1,200 users logged in.", ["user"]) == "1,200"
