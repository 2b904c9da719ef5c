"""Documents without a template: paragraphs dated by what they say, decision items, dated table rows."""

from __future__ import annotations

from indexer.parsers import parse_document
from indexer.records import Document


def parse(text: str, kind: str = "nyhet", date: str = "2025-09-03", title: str = "Expertgruppen: Starta om stegvis"):
    doc = Document(doc_id="ny", title=title, kind=kind, date=date, language="sv", source_file="ny.txt", file="ny.txt", sha256=None)
    return parse_document(doc, text, "ny.txt")


ARTICLE = """Insidan – intranät
Start > Nyheter > Millennium

Publicerad 3 september 2025

Expertgruppen: Starta om stegvis

Dela | Skriv ut

Den externa expertgruppen har lämnat sitt yttrande.

Yttrandet överlämnades till regiondirektören i fredags. Det innehåller nio rekommendationer.

På måndag presenteras yttrandet för regionstyrelsen.

Bakgrunden är pausen. Den 19 november 2024 beslutade regionstyrelsen att tillsätta en granskning. Den 2 april 2025 beslutade regionstyrelsen om en expertgrupp.

– Vi har mött ett grundligt arbete, säger Birgitta Hallén, professor i medicinsk informatik.

Läs också:
- Pausen förlängs
- Frågor och svar

Senast uppdaterad 4 september 2025
"""


def test_paragraphs_are_dated_by_what_they_say() -> None:
    entries = parse(ARTICLE).entries
    dated = {e.text.split(".")[0]: (e.date_start, e.section) for e in entries}
    assert dated["Den externa expertgruppen har lämnat sitt yttrande"] == ("2025-09-03", "Expertgruppen: Starta om stegvis")
    assert dated["Yttrandet överlämnades till regiondirektören i fredags"][0] == "2025-08-29"   # Friday before Wed 3 Sep
    assert dated["På måndag presenteras yttrandet för regionstyrelsen"][0] == "2025-09-08"  # the coming Monday
    assert dated["Den 19 november 2024 beslutade regionstyrelsen att tillsätta en granskning"][0] == "2024-11-19"
    assert dated["Den 2 april 2025 beslutade regionstyrelsen om en expertgrupp"][0] == "2025-04-02"
    quote = next(e for e in entries if "Birgitta Hallén" in e.text)
    assert quote.actor == "Birgitta Hallén, professor i medicinsk informatik"
    text = "\n".join(e.text for e in entries)
    for furniture in ("Start > Nyheter", "Dela | Skriv ut", "Publicerad", "Läs också", "Pausen förlängs", "Senast uppdaterad"):
        assert furniture not in text, furniture


MINUTES = """Protokollsutdrag, Regionstyrelsen, sammanträde 2025-06-17

Tid: kl. 09:00–12:40

Beslutslista

§ | Ärende | Beslut
§ 145 | Lägesrapport | Läggs till handlingarna
§ 146 | Förlängd paus | Pausen förlängs

§ 145 Lägesrapport om Program Millennium

Diarienummer RS 2025-03118

Beslut

Regionstyrelsen lägger lägesrapporten till handlingarna.

§ 146 Förlängd paus

Beslut

Regiondirektören får i uppdrag att återkomma senast den 14 oktober 2025.

Vid protokollet: Karl Nilsson
"""


def test_each_decision_item_is_one_entry_of_the_meeting_decided_by_the_board() -> None:
    entries = parse(MINUTES, "beslut", "2025-06-17", "Protokollsutdrag, Regionstyrelsen, sammanträde 2025-06-17").entries
    items = [e for e in entries if (e.section or "").startswith("§")]
    assert [e.section for e in items] == ["§ 145 Lägesrapport om Program Millennium", "§ 146 Förlängd paus"]
    assert all(e.date_start == "2025-06-17" and e.actor == "Regionstyrelsen" for e in items)
    assert items[0].text.startswith("§ 145 Lägesrapport om Program Millennium\nDiarienummer RS 2025-03118\nBeslut")
    assert any(e.text.startswith("Tid: kl. 09:00–12:40") for e in entries)   # a field line is content, not a heading
    table = next(e for e in entries if e.section == "Beslutslista")
    assert table.text.splitlines()[1] == "§ 145 | Lägesrapport | Läggs till handlingarna"


def test_table_rows_with_dates_are_entries_of_their_own() -> None:
    text = "Tidplan\n\nAktivitet | Datum\nTeknisk generalrepetition | 2026-02-09\nÅterstart på Regionhälsan | 2026-04-14\n"
    rows = {e.text: e.date_start for e in parse(text, "beslut", "2025-09-23", "Beslut").entries}
    assert rows["Teknisk generalrepetition | 2026-02-09"] == "2026-02-09"
    assert rows["Återstart på Regionhälsan | 2026-04-14"] == "2026-04-14"


def test_a_decision_items_table_keeps_its_rows_and_dated_rows_are_entries() -> None:
    text = ("§ 304 Tidplan för återstart\n\nFörvaltningen redovisade följande milstolpar.\n\n"
            "Milstolpe | Datum | Ansvarig\nGeneralrepetition | 2026-03-21 | Programdirektören\n"
            "Driftstart | 2026-04-18 | Sjukhusdirektören\n\nBeslut: Regionstyrelsen lägger tidplanen till handlingarna.\n\n"
            "§ 305 Övrigt\n\nInga övriga frågor.\n\n"
            "Plats | Sal\nRegionens hus | Stora salen\n")
    entries = parse(text, "beslut", "2025-12-09", "Protokollsutdrag, Regionstyrelsen").entries
    rows = {e.text: (e.date_start, e.actor, e.section) for e in entries if " | " in e.text}
    assert rows["Generalrepetition | 2026-03-21 | Programdirektören"] == ("2026-03-21", "Regionstyrelsen", "§ 304 Tidplan för återstart")
    assert rows["Driftstart | 2026-04-18 | Sjukhusdirektören"][0] == "2026-04-18"
    assert "Milstolpe | Datum | Ansvarig" not in rows                  # a header row is no event
    item = next(e for e in entries if e.text.startswith("§ 304"))
    assert item.text.endswith("Beslut: Regionstyrelsen lägger tidplanen till handlingarna.")
    undated = next(e for e in entries if e.text.startswith("§ 305"))
    assert "Plats | Sal\nRegionens hus | Stora salen" in undated.text   # an undated table: one row per line


def test_without_a_document_date_paragraphs_keep_their_own() -> None:
    result = parse("Rubrik här\n\nDen 3 juni 2025 behandlade ägarutskottet ärendet.\n\nInget datum här.\n", date=None)
    dates = [e.date_start for e in result.entries]
    assert dates == ["2025-06-03", None] and any("inget datum" in d.message for d in result.diagnostics)


def test_a_decisions_header_fields_are_one_entry_not_headings() -> None:
    """'Diarienummer RS 2025-04417' is a short line without punctuation, but it is a field of the
    record, not a heading: the case number must be quotable, with the rest of the header block."""
    text = ("Västra Götalandsregionen\n\nVerkställighetsbeslut\n\nDatum 2025-09-23\n\nDiarienummer RS 2025-04417\n\n"
            "Handläggare: Johanna Wik\n\nTelefon: 070-174 06 47\n\nE-post: johanna.wik@vgregion.example\n\n"
            "Ny programorganisation\n\nRegiondirektören inrättar funktionen programdirektör.\n")
    entries = parse(text, kind="dokument", date="2025-09-23", title="Ny programorganisation").entries
    header = next(e for e in entries if "RS 2025-04417" in e.text)
    assert header.text == ("Datum 2025-09-23\nDiarienummer RS 2025-04417\nHandläggare: Johanna Wik\n"
                           "Telefon: 070-174 06 47\nE-post: johanna.wik@vgregion.example")
    assert header.section == "Verkställighetsbeslut"
    assert entries[-1].text == "Regiondirektören inrättar funktionen programdirektör." and entries[-1].section == "Ny programorganisation"


def test_a_pdf_tables_rows_under_a_caption_are_one_entry_not_dated_by_column_names() -> None:
    """A PDF table comes as a caption over rows naming their columns; a date in a column's name
    ('Nov–dec 2024: …') is in every row alike and dates none of them: the table is one entry of
    the document's date, its caption first."""
    text = ("Ekonomi\n\nTabell 1. Merkostnader till följd av pausen (kronor)\n"
            "Förvaltning: Närhälsan | Nov–dec 2024: 9 250 000 | Jan–nov 2025: 32 500 000\n"
            "Förvaltning: Regionhälsan | Nov–dec 2024: 2 900 000 | Jan–nov 2025: 9 600 000\n")
    entries = parse(text, "rapport", "2025-12-09", "Rapport").entries
    assert len(entries) == 1
    assert entries[0].text.startswith("Tabell 1. Merkostnader") and entries[0].date_start == "2025-12-09"
    # rows whose cells hold dates are still entries of their own
    dated = ("Tabell 2. Milstolpar\nMilstolpe: Generalrepetition | Datum: 2026-03-21 | Ansvarig: Programdirektören\n"
             "Milstolpe: Driftstart | Datum: 2026-04-18 | Ansvarig: Sjukhusdirektören\n")
    days = {e.date_start for e in parse(dated, "rapport", "2025-12-09", "Rapport").entries}
    assert {"2026-03-21", "2026-04-18"} <= days


def test_rows_that_name_their_columns_are_dated_entries_not_one_record() -> None:
    text = ("Tidplan\n\nMilstolpe: Generalrepetition | Datum: 2026-03-21 | Ansvarig: Programdirektören\n"
            "Milstolpe: Driftstart | Datum: 2026-04-18 | Ansvarig: Sjukhusdirektören\n")
    rows = {e.text: e.date_start for e in parse(text, "beslut", "2025-12-09", "Beslut").entries}
    assert rows == {"Milstolpe: Generalrepetition | Datum: 2026-03-21 | Ansvarig: Programdirektören": "2026-03-21",
                    "Milstolpe: Driftstart | Datum: 2026-04-18 | Ansvarig: Sjukhusdirektören": "2026-04-18"}


def test_a_moment_after_a_dated_paragraph_is_of_that_day() -> None:
    text = ("Händelseförlopp\n\nDen 19 januari 2027 kl. 07.40 gick certifikatet ut.\n\n"
            "Kl. 07.55 beslutade tjänstemannen i beredskap att reservrutinen skulle aktiveras.\n\n"
            "Analysgruppen föreslår fyra åtgärder.\n")
    entries = {e.text[:10]: (e.date_start, e.time) for e in parse(text, "rapport", "2027-02-23", "Händelseanalys").entries}
    assert entries["Kl. 07.55 "] == ("2027-01-19", "07:55")
    assert entries["Analysgrup"] == ("2027-02-23", None)  # the report's own words: its date


def test_the_reason_of_a_dated_paragraph_is_of_its_date() -> None:
    text = ("2.3 Störningar\n\nDet allvarligaste felet inträffade torsdagen den 14 oktober 2027 kl. 08.15.\n\n"
            "Orsaken var att en kodtabell inte hade uppdaterats.\n\n"
            "Vi rekommenderar att kodtabellerna kontrolleras.\n")
    entries = {e.text[:10]: e.date_start for e in parse(text, "rapport", "2027-12-03", "Utvärdering").entries}
    assert entries["Orsaken va"] == "2027-10-14"  # the reason of that day's fault, not the report's day
    assert entries["Vi rekomme"] == "2027-12-03"  # the report's own words: its date


def test_numbered_headings_are_sections_and_a_moment_under_a_new_one_is_not_the_day_before() -> None:
    text = ("2.1 Förberedelser\n\nGeneralrepetitionen lördagen den 25 september 2027 omfattade 46 flöden.\n\n"
            "2.2 Återstartsdygnet\n\nMillennium öppnades för användarna kl. 05.00 som planerat.\n")
    entries = {e.text[:10]: (e.section, e.date_start) for e in parse(text, "rapport", "2027-12-03", "Utvärdering").entries}
    assert entries["Generalrep"] == ("2.1 Förberedelser", "2027-09-25")
    assert entries["Millennium"] == ("2.2 Återstartsdygnet", "2027-12-03")  # not the 25th: a heading stood between


def test_a_decision_documents_points_are_its_deciders() -> None:
    text = ("DELEGATIONSBESLUT\n\nDatum: 2026-12-03\n\nBeslutsfattare: Regiondirektören\n\n"
            "Förlängt läsläge\n\nBeslut\n\n1. Närhälsans gamla journalsystem hålls i läsläge till och med den 30 juni 2027.\n\n"
            "Ärendet\n\nNärhälsan har begärt förlängningen.\n")
    entries = {e.text[:10]: (e.actor, e.date_start) for e in parse(text, "beslut", "2026-12-03", "Förlängt läsläge").entries}
    # decided by the field's role, not the first body named, on the decision's day (30 June is what it decides)
    assert entries["Närhälsans"] == ("Regiondirektören", "2026-12-03")
    assert entries["Närhälsan "][0] == "Närhälsan"  # outside the decision: who the text names


def test_a_faqs_questions_head_their_answers_and_its_list_of_questions_is_no_entry() -> None:
    text = ("Frågor och svar\n\n1. När byter vi journalsystem?\n2. Hur många ska använda Millennium?\n"
            "3. När är generalrepetitionen?\n\n1. När byter vi journalsystem?\n\n"
            "Millennium startar tisdagen den 7 november kl. 05.00.\n\n2. Hur många ska använda Millennium?\n\n"
            "Omkring 8 450 medarbetare ska använda systemet.\n\n3. När är generalrepetitionen?\n\n"
            "Lördagen den 14 oktober kl. 08.00–18.00. Då testas alla kritiska arbetsflöden.\n")
    entries = parse(text, "artikel", "2028-08-30", "Frågor och svar").entries
    assert [(e.section, e.date_start) for e in entries] == [
        ("1. När byter vi journalsystem?", "2028-11-07"), ("2. Hur många ska använda Millennium?", "2028-08-30"),
        ("3. När är generalrepetitionen?", "2028-10-14")]

    # questions that head nothing below are the text's own ('Revisionsfrågor' in a report): an entry
    asked = parse("Revisionsfrågor\n\nÄr styrningen tillräcklig?\nÄr kontrollen tillräcklig?\nFinns en plan?\n",
                  "rapport", "2028-02-08", "Granskning").entries
    assert len(asked) == 1 and asked[0].text.startswith("Är styrningen tillräcklig?")


def test_a_protocol_written_as_a_table_has_one_entry_per_item_of_the_meeting() -> None:
    """Each row is a decision item ('Paragraf: § 76 …'): of the meeting's day, not of the go-live it plans."""
    text = ("Protokollsutdrag\n\nParagraf: § 75 Dnr RS 2029-00231 | Ärende och beslut: Utvärdering av etapp 3. "
            "Beslut Regionstyrelsen lägger utvärderingen till handlingarna.\n"
            "Paragraf: § 76 Dnr RS 2029-00245 | Ärende och beslut: Plan för etapp 4. Beslut 1. Regionstyrelsen "
            "fastställer planen. 2. Återstarten planeras till tisdagen den 13 november 2029 kl. 05.00.\n")
    entries = parse(text, "beslut", "2029-03-27", "Protokollsutdrag Regionstyrelsen 2029-03-27 §§ 74–78").entries
    items = {e.section: (e.date_start, e.actor) for e in entries if e.text.startswith("Paragraf")}
    assert items == {"§ 75 Dnr RS 2029-00231": ("2029-03-27", "Regionstyrelsen"),
                     "§ 76 Dnr RS 2029-00245": ("2029-03-27", "Regionstyrelsen")}


def test_what_is_decided_under_a_decision_heading_is_of_the_meeting() -> None:
    """'Styrelsens beslut', '8. Beslut': the day a decision names is what it decides, not when."""
    text = ("Ärende 5 Begäran om ersättning\n\nStyrelsens beslut\n\nStyrelsen beslutar att begära ersättning och att "
            "redovisa utfallet för styrelsen i februari 2029.\n\nÄrendet\n\nDen 3 december rapporterades 311 avvikelser.\n\n"
            "8. Beslut\n\nRegiondirektören beslutar att etapp 3 genomförs med start tisdagen den 7 november 2028 kl. 05.00.\n")
    entries = parse(text, "beslut", "2028-12-12", "Protokollsutdrag, Regionstyrelsen").entries
    dated = {e.text.split(" ")[0]: (e.date_start, e.actor) for e in entries}
    assert dated["Styrelsen"] == ("2028-12-12", "Regionstyrelsen")
    assert dated["Regiondirektören"] == ("2028-12-12", "Regionstyrelsen")
    assert dated["Den"][0] == "2028-12-03"  # outside a decision, a paragraph keeps its own day


def test_a_heading_under_a_numbered_item_keeps_the_item_in_its_section() -> None:
    """'Reservation' under 'Ärende 5 …' is the reservation against item 5's decision; '2.1' is part of '2'."""
    text = ("Ärende 5 Begäran om ersättning för merkostnader\n\nStyrelsens beslut\n\n"
            "Styrelsen beslutar att begära ersättning om 38,4 miljoner kronor.\n\nReservation\n\n"
            "Gunnar Fridh reserverar sig mot beslutet.\n\nÄrende 6 Vårdplatser under julen\n\nStyrelsens beslut\n\n"
            "Styrelsen beslutar att 54 vårdplatser hålls stängda.\n")
    entries = parse(text, "protokoll", "2028-12-12", "Protokollsutdrag, Styrelsen för NU-sjukvården").entries
    assert [e.section for e in entries] == [
        "Ärende 5 Begäran om ersättning för merkostnader / Styrelsens beslut",
        "Ärende 5 Begäran om ersättning för merkostnader / Reservation",
        "Ärende 6 Vårdplatser under julen / Styrelsens beslut"]
    assert entries[2].date_start == "2028-12-12"  # still a decision heading under its item
    report = ("2 Resultat\n\nSammanfattning\n\nTre av fyra mål nåddes.\n\n2.1 Bemanning\n\nBemanningen räckte.\n\n"
              "Kommentar\n\nDet var knappt.\n\n3 Slutsatser\n\nProgrammet bör fortsätta.\n")
    sections = [e.section for e in parse(report, "rapport", "2027-12-03", "Utvärdering").entries]
    assert sections == ["2 Resultat / Sammanfattning", "2 Resultat / 2.1 Bemanning", "2 Resultat / 2.1 Bemanning / Kommentar",
                        "3 Slutsatser"]


def test_a_list_joins_the_paragraph_that_introduces_it() -> None:
    text = ("Patientsäkerhet\n\nRegionchefsläkaren lämnade sin bedömning den 27 oktober. Inga hinder finns, på två villkor:\n\n"
            "- att ordinationerna dubbelkontrolleras\n- att avvikelserna gås igenom varje dag\n\n"
            "Tidplan:\n\n- Den 3 november 2028 övar alla enheter.\n- Den 7 november 2028 startar etapp 3.\n")
    entries = parse(text, "beslut", "2028-10-31", "Minnesanteckningar").entries
    assert [(e.text, e.date_start) for e in entries[:1]] == [(
        "Regionchefsläkaren lämnade sin bedömning den 27 oktober. Inga hinder finns, på två villkor:\n"
        "- att ordinationerna dubbelkontrolleras\n- att avvikelserna gås igenom varje dag", "2028-10-27")]
    # items with days of their own stay entries of their days, without the next item's bullet
    assert [(e.text, e.date_start) for e in entries[1:]] == [
        ("Tidplan:\nDen 3 november 2028 övar alla enheter.", "2028-11-03"), ("Den 7 november 2028 startar etapp 3.", "2028-11-07")]
