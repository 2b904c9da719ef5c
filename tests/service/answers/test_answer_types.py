"""Evidence of an answer's type: times, figures bound to the noun asked about, money, bodies."""

from __future__ import annotations

from dataclasses import replace

import pytest

from indexer.records import Entry
from service.answers.answer_types import (is_record_fields, COMPANY, WRITER_ASKED, answers_contact, held_form, can_answer,
                                         is_statement, name_evidence, type_match)
from service.answers.figures import TIME


def entry(time: str | None = None, precision: str = "day", actor: str | None = None) -> Entry:
    return Entry(entry_id="d.20241112.00000000", doc_id="d", ordinal=1, date_start="2024-11-12", date_end="2024-11-12",
                 time=time, date_precision=precision, actor=actor, section=None, text="x", text_original=None,
                 char_start=0, char_end=1)


def test_a_tables_row_is_no_record_of_fields() -> None:
    row = "Enhet: Företagshälsa Borås | Användare: 96 | Utbildade vid återstart: 94 | Öppna ärenden 12 maj: 5"
    assert not is_record_fields(row)  # a table's row says something; 'Handläggare: …' does not
    assert is_record_fields("Datum: 2026-05-19\nHandläggare: Sofia Lindahl")


@pytest.mark.parametrize(("kind", "sentence", "item", "question", "expected"), [
    ("what_time", "Millennium driftsätts.", entry(time="05:30"), "", 1.0),
    ("what_time", "Driftstart sker kl. 04:00.", entry(), "", 0.7),     # a time in the text is often a plan
    ("what_time", "Millennium driftsätts.", entry(), "", 0.0),
    ("when", "Beslutet fattades den 2 april.", entry(precision="month"), "", 1.0),
    ("when", "Millennium driftsätts.", entry(), "", 0.8),
    ("when", "Återstart planeras till tisdag morgon.", entry(), "", 1.0),  # a day named by its weekday
    ("when", "Återstart planeras efter helgen.", entry(), "", 0.8),
    # one sentence of a long entry: the entry's date is the whole text's, not surely this event's
    ("when", "Systemet startade som förväntat.", replace(entry(), text="Systemet startade som förväntat. " * 20), "", 0.5),
    ("how_many", "Totalt 253 öppna incidenter.", entry(), "Hur många incidenter?", 1.0),
    ("how_many", "De 49 kommunerna deltar.", entry(), "Hur många patienter?", 0.3),
    # a budget's deviation counts nothing: a decimal without a unit, a negative figure
    ("how_many", "Prognos 2028: 2,7 | Avvikelse: −2,7", entry(), "Hur många avvikelser?", 0.0),
    ("how_much", "Erbjudandet var 1.5 M SEK.", entry(), "", 1.0),
    ("who", "Regionstyrelsen beslutar om upphandling.", entry(), "Vem beslutade?", 1.0),
    # the only body is the one the question already names: no answer to 'who'
    ("who", "En interpellation skickas till Regionstyrelsen.", entry(), "Vem skrev till regionstyrelsen?", 0.0),
    # a person by role is an answer to 'who', without a name
    ("who", "Förhandlingsavdelningens chef informerar utskottet.", entry(), "Vem informerade utskottet?", 0.7),
])
def test_type_match(kind: str, sentence: str, item: Entry, question: str, expected: float) -> None:
    stems = ["incident", "patient"]
    assert type_match(kind, sentence, item, stems, question) == expected


def test_a_person_the_question_names_is_not_the_answer_to_who() -> None:
    sentence = "Gruppen har letts av Birgitta Hallén, professor i medicinsk informatik."
    assert type_match("who", sentence, entry(), [], "Vem ledde gruppen?") == 1.0
    assert type_match("who", sentence, entry(), [], "Vilka personer ingår i gruppen förutom Birgitta Hallén?") == 0.0


def test_a_body_named_through_the_glossary_is_not_the_answer_to_who() -> None:
    """'the regional board' is Regionstyrelsen: a sentence whose only body it is does not say who."""
    sentence, question = "En interpellation skickas till Regionstyrelsen.", "Who wrote to the regional board?"
    assert type_match("who", sentence, entry(), [], question) == 1.0  # its own words name no body
    assert type_match("who", sentence, entry(), [], question, asked=frozenset({"Regionstyrelsen"})) == 0.0


@pytest.mark.parametrize(("text", "statement"), [
    ("Millennium driftsätts.", True),
    ("Regionstyrelsen beslutar om upphandling av kärnsystem.", True),
    ("Emma Mattsson Patrick Nzamba Anders Poutiainen", False),   # a line of names
    ("...av en stor mängd data som inkommit", False),              # a caption's continuation
    ("Vi lägger nu ett pussel...", False),
    ("- Karin Looström Muth, hälso- och sjukvårdsutvecklingsdirektör", False),  # a name and a role
    ("Karin Lindqvist, programdirektör, säger att testerna är klara.", True),
])
def test_statements(text: str, statement: bool) -> None:
    assert is_statement(text) is statement


def test_a_documents_time_of_writing_is_no_events_time() -> None:
    """A report 'Sammanställd … klockan 15:20' stamps all its entries: what they tell did not happen then."""
    stamped = entry(time="15:20")
    sentence, question = "På fredagseftermiddagen mottog VGR en ändringsbegäran.", "Vid vilken tid mottog VGR begäran?"
    assert type_match("what_time", sentence, stamped, [], question) == 1.0  # an event's own time
    assert type_match("what_time", sentence, stamped, [], question, document_time=True) == 0.0
    assert type_match("what_time", "Mottogs kl. 16:10.", stamped, [], question, document_time=True) == 0.7
    written = "Vid vilken tid sammanställdes rapporten?"  # the question asks for the time of writing
    assert type_match("what_time", sentence, stamped, [], written, document_time=True) == 1.0


def test_a_name_is_given_after_a_naming_verb_or_beside_the_thing_named() -> None:
    question = "Vad heter den förnyade utbildningen?"
    assert name_evidence("Utbildningen heter Millennium grund 2.0 och tar 16 timmar.", question, []) == 1.0
    assert name_evidence("Programchefen presenterar en plan som kallas Get-to-Green.", "Vad hette planen?", []) == 1.0
    plan = "Vad hette planen för att nå grön status?"
    assert name_evidence("Programchefen presenterar planen Get-to-Green för styrgruppen.", plan, ["plan"]) == 0.6
    # a person's name is asked for: the firm the consultant worked for is no answer
    assert name_evidence("VGR anlitar en konsult på BearingPoint.", "Vad hette konsulten?", ["konsult"]) == 0.0
    chair = "Vad heter ordföranden i regionstyrelsen?"
    assert name_evidence("Ordförande i regionstyrelsen är Johnny Magnusson.", chair, ["ordfor", "regionstyr"]) == 1.0
    assert name_evidence("Utbildningen omfattar 16 timmar, dubbelt så lång tid.", question, ["utbildning"]) == 0.0
    # the only capitalised word is one the question already holds
    assert name_evidence("Regionstyrelsen har en ordförande.", chair, ["ordfor", "regionstyr"]) == 0.0
    assert type_match("who", "Utbildningen heter Millennium grund 2.0.", entry(), [], question) == 1.0


def test_contact_details_answer_only_questions_about_contacts() -> None:
    block = "Lena Bergqvist, presschef, Västra Götalandsregionen\nTelefon: 070-174 06 34\nE-post: press@vgregion.example"
    assert not answers_contact("Vem förhandlar för Oracle?", block)
    assert answers_contact("Vem är presschef?", block) and answers_contact("What is the press contact's phone?", block)
    # a decision's header with its case number and handling officer still says what was decided
    header = ("Verkställighetsbeslut Datum 2024-11-28 Diarienummer RS 2024-05699\nHandläggare: Maria Engström "
              "Telefon: 070-082 36 52\nSamordnad hantering för att stödja ett hållbart och ordnat införande av ett journalsystem")
    assert answers_contact("Vilket diarienummer har beslutet?", header)
    # a name is asked for, but not a contact's: the block's name is no answer
    assert not answers_contact("What is the name of Oracle's negotiator?", block)
    assert answers_contact("Vem förhandlar för Oracle?", "Förhandlingarna fortsätter under hösten.")
    # a header block of fields: its case number answers 'Vilket diarienummer …?'
    fields = "Datum 2025-09-23\nDiarienummer RS 2025-04417\nHandläggare: Johanna Wik\nTelefon: 070-174 06 47"
    assert answers_contact("Vilket diarienummer har beslutet?", fields) and not answers_contact("Vem leder gruppen?", fields)


def test_a_records_fields_answer_only_what_they_hold() -> None:
    """'Diarienummer RS 2025-02987' inside a decision item is no answer to when something ends."""
    case = "Diarienummer RS 2025-02987"
    assert not can_answer("Vilket datum avslutas hanteringen?", "when", case)
    assert can_answer("Vilket diarienummer har beslutet?", "what", case)
    assert can_answer("Vilket datum fattades beslutet?", "when", "Datum 2025-09-23")
    # a labelled statement is content, not a field
    assert can_answer("Vad beslutade styrelsen?", "what", "Beslut: Regionstyrelsen beslutar att pausa införandet.")


def test_who_led_asks_for_the_leader_not_the_body_acting() -> None:
    """'Who chaired Hypercare Executive?' is not answered by what Hypercare Executive decided."""
    question = "Who chaired Hypercare Executive?"
    acting = "Hypercare Executive beslutar att skjuta på implementeringen av Ineras Logging Service på grund av förseningar."
    assert type_match("who", acting, entry(), [], question) == 0.0
    assert type_match("who", "Expertgruppen leds av Anna Berg, professor.", entry(), [], "Vem ledde expertgruppen?") == 1.0
    assert type_match("who", "Ordförande i gruppen godkänner planen.", entry(), [], "Vem ledde gruppen?") == 0.7
    led = "Utvärderingsledare har varit Sofia Lagerkvist, Program Millennium."  # a leader named by a compound
    assert type_match("who", led, entry(), [], "Vem ledde utvärderingen?") == 1.0
    # the role is named: only its holder answers ('Cerner Sverige AB:s VD' is the role again)
    letter = "Regiondirektören skickar ett brev till Cerner Sverige AB:s VD angående förseningen."
    assert type_match("who", letter, entry(), [], "Vem är vd för Oracle?") == 0.0
    assert type_match("who", "Ordförande i gruppen är Anna Berg.", entry(), [], "Vem var ordförande i gruppen?") == 1.0
    # 'Vem utsåg … att leda …' asks who appointed: any body answers
    assert type_match("who", "Regionstyrelsen beslutar om uppdraget.", entry(), [], "Vem utsåg chefen att leda arbetet?") == 1.0


def test_a_contact_line_is_no_answer_to_who_did_it() -> None:
    """A decision's header names its handling officer on a contact line: she did not lead what is asked."""
    header = ("Verkställighetsbeslut Datum 2024-11-28\nHandläggare: Maria Engström Telefon: 070-082 36 52\n"
              "Samordnad hantering för att stödja ett hållbart införande av ett journalsystem")
    assert type_match("who", header, entry(), [], "Who was appointed to lead the coordinated handling?") < 1.0
    assert type_match("who", header, entry(), [], "Vem är handläggare för beslutet?") == 1.0


def test_what_a_review_concluded_is_a_finding() -> None:
    """'Vad kom granskningen fram till?' is not answered by the decision to order the review."""
    ordered = "Regionstyrelsen har den 19 november beslutat att omedelbart tillsätta en extern granskning."
    finding = "Granskarna konstaterar att driftstarten genomfördes innan verksamheten var redo."
    question = "Vad kom den externa granskningen fram till?"
    assert type_match("what", ordered, entry(), [], question) == 0.0
    assert type_match("what", finding, entry(), [], question) == 1.0
    assert type_match("what", "The review concluded that the go-live came too early.", entry(), [],
                      "What did the review conclude?") == 1.0
    assert type_match("what", ordered, entry(), [], "Vad beslutade regionstyrelsen?") == 1.0  # no finding asked
    closed = "IVO avslutade ärendet den 2 maj 2028 utan ytterligare krav."  # an authority closing its case found
    assert type_match("what", closed, entry(), [], "Vad kom IVO fram till när ärendet avslutades?") == 1.0
    signed = "För revisorskollegiet: revisorskollegiets ordförande · Henrik Alm, granskningsledare"
    judged = "Vår samlade bedömning är att regionstyrelsen delvis har säkerställt en tillräcklig styrning."
    assessed = "Vilken samlad bedömning gjorde revisorerna i sin granskning?"  # an assessment asked is a finding
    assert (type_match("what", signed, entry(), [], assessed), type_match("what", judged, entry(), [], assessed)) == (0.0, 1.0)
    # … but an assessment that only names what the question is about asks for no finding
    assert type_match("what", signed, entry(), [], "Which risks were put forward in the patient safety assessment?") == 1.0


def test_members_asked_for_are_persons_not_the_body() -> None:
    """'Vilka ledamöter står bakom motionen?' is not answered by the assembly that handled it."""
    question = "Vilka ledamöter står bakom motionen om en oberoende granskning?"
    body = "Regionfullmäktige remitterar motionen till regionstyrelsen för beredning."
    names = "Birgitta Ahlqvist och Tomas Rydén föreslår i en motion att en oberoende granskning genomförs."
    assert (type_match("who", body, entry(), [], question), type_match("who", names, entry(), [], question)) == (0.0, 1.0)
    assert type_match("who", body, entry(), [], "Vem beslutade om motionen?") == 1.0  # a body may answer 'vem'


def test_a_company_asked_for_is_answered_by_a_companys_name() -> None:
    """'Which consulting firm …?' is answered by 'konsultföretaget Kvadrant Granskning AB', not by
    the review itself; a name without its legal form may be a company's, an abbreviation is not."""
    question = "Which consulting firm carried out the external review?"
    assert type_match("who", "Granskningen har genomförts av konsultföretaget Kvadrant Granskning AB.", entry(), [],
                      question) == 1.0
    assert type_match("who", "Regionstyrelsen beslutar att Oracle svenska AB blir leverantör.", entry(), [],
                      "Vilket företag vann upphandlingen?") == 1.0
    assert type_match("who", "VGR ingick ett avtal med en konsult på BearingPoint.", entry(), [],
                      "Vilket konsultföretag anlitade VGR?") == 0.7
    assert type_match("who", "Granskarna konstaterar att driftstarten kom för tidigt.", entry(), [], question) == 0.0
    assert type_match("who", "Arbetet fortsätter på SÄS under måndagen.", entry(), [], question) == 0.0
    # the company the question names is not the answer
    assert type_match("who", "Oracle svenska AB lämnar ett svar.", entry(), [],
                      "Vilket företag äger Oracle svenska AB?") == 0.0


def test_the_form_an_answer_holds() -> None:
    """Entries holding the asked-for form are considered beside the hits: a time, a company, a case number,
    who led what."""
    assert held_form("Hur dags fattades beslutet?", "what_time") is TIME
    assert held_form("Vilket företag vann upphandlingen?", "who") is COMPANY
    assert held_form("Vem vann upphandlingen?", "who") is None
    assert held_form("Vilket diarienummer har beslutet?", "what") is not None
    led = held_form("Vem ledde utvärderingen av etapp 4?", "who")  # 'Utvärderingen har letts av Petra Vinberg'
    assert led is not None and led.search("Utvärderingen har letts av Petra Vinberg.")
    assert not led.search("Utvärderingen publiceras den 12 februari.")


def test_why_is_answered_only_by_a_reason() -> None:
    """'Varför valde regionstyrelsen Oracle?' is not answered by the decision itself: without a
    reason (a cause, a justification, a purpose) a sentence cannot answer why."""
    question = "Varför valde regionstyrelsen Oracle?"
    assert type_match("why", "Regionstyrelsen beslutar att Oracle svenska AB blir leverantör.", entry(), [], question) == 0.0
    assert type_match("why", "Driftstarten sköts upp på grund av tekniska problem.", entry(), [], question) == 1.0
    assert type_match("why", "Gateway 4.5a godkänns så att tidsplanen inte behöver omprövas.", entry(), [], question) == 1.0
    # a cause told by what it brought about ('ett fel som gjorde att …', 'which led to …')
    assert type_match("why", "Oracle hittade ett fel som gjorde att ordinationer visades två gånger.", entry(), [], question) == 1.0
    assert type_match("why", "A storage fault led to a two-hour outage.", entry(), [], question) == 1.0
    assert type_match("why", "Två anmälningar bidrog till att sjukhuset valdes ut.", entry(), [], question) == 1.0
    # a clause of cause after a comma ('…, då flera enheter saknade rutiner'), not 'då' as 'then'
    assert type_match("why", "Avsnittet lades till efter driftstörningen, då flera enheter saknade rutiner.", entry(), [],
                      question) == 1.0
    assert type_match("why", "Då beslutade styrelsen att välja Oracle.", entry(), [], question) == 0.0
    # a consequence names its cause ('Följden blev …'); what followed next ('följde') is no reason
    assert type_match("why", "Följden blev att Oracle valdes.", entry(), [], question) == 1.0
    assert type_match("why", "Upphandlingen följde i oktober och Oracle valdes.", entry(), [], question) == 0.0


def test_who_wrote_a_document_is_answered_by_its_author_field() -> None:
    fields = "Datum: 2026-05-19\nDiarienummer: RS 2026-02311\nFörfattare: Sofia Lindahl, utvärderingsansvarig"
    question = "Vem har skrivit rapporten om utvärderingen?"
    assert can_answer(question, "who", fields) and type_match("who", fields, entry(), [], question) == 1.0
    assert not can_answer("Vem beslutade om utvärderingen?", "who", fields)  # a record's fields answer no other who
    assert not WRITER_ASKED.search("Who was prepared to sign the agreement?")



def test_how_much_without_a_currency_needs_a_share_or_a_sum() -> None:
    assert type_match("how_much", "kostade 34 miljoner kronor", entry(), [], "Vad kostade det?") == 1.0
    assert type_match("how_much", "minska den planerade vården med 30 procent", entry(), [], "Med hur mycket?") == 0.3
    assert type_match("how_much", "Närhälsan 9 250 000 32 500 000 41 750 000", entry(), [], "Hur mycket?") == 0.3
    # a small figure counts something: what the rehearsal cost is not said
    assert type_match("how_much", "Generalrepetitionen omfattade 120 användare.", entry(), [], "Vad kostade den?") == 0.0


def test_a_sentence_about_another_numbered_item_cannot_answer() -> None:
    question = "Vad beräknas etapp 1B av återstarten kosta?"
    assert not can_answer(question, "how_much", "Etapp 1A kostade slutligt 33,8 miljoner kronor.")
    assert can_answer(question, "how_much", "Kostnaderna för etapp 1B beräknas till 246 miljoner kronor.")
    assert can_answer(question, "how_much", "Etapp 1A och etapp 1B ryms inom 420 miljoner kronor.")
    assert can_answer(question, "how_much", "Gateway 5.0 kostade 2 miljoner kronor.")  # another kind of item: not told apart


def test_a_sentence_can_say_that_the_time_is_not_set() -> None:
    from service.answers.answer_types import UNSETTLED_TIME

    assert UNSETTLED_TIME.search("Någon tidpunkt för det är ännu inte bestämd.")
    assert UNSETTLED_TIME.search("Datumet för nästa etapp är inte fastställt.")
    assert UNSETTLED_TIME.search("No date has been set for the next stage.")
    assert not UNSETTLED_TIME.search("Starten är bestämd till den 12 oktober 2027.")
    assert not UNSETTLED_TIME.search("Kommunerna var inte klara med utbildningen i tid.")  # no time is said unset
    assert UNSETTLED_TIME.search("I går lämnade hon sitt förslag om hur sjukhuset ska gå över, och något datum finns inte med.")
    assert UNSETTLED_TIME.search("Inget datum anges i förslaget.")
    assert UNSETTLED_TIME.search("The proposal gives no date for the switch.")
    assert not UNSETTLED_TIME.search("Vid något datum under hösten finns en plan.")  # 'något datum' is not said missing
    assert not UNSETTLED_TIME.search("There is no time to lose.")


def test_who_was_appointed_is_answered_by_a_person_or_a_firm_not_by_the_role() -> None:
    question = "Vem utsågs till programmets observatör vid testerna?"
    assert type_match("who", "Programmet kommer att ha en egen observatör på plats vid testerna.", entry(), [], question) == 0.0
    assert type_match("who", "Till observatör utsågs Karin Ek, säkerhetssamordnare.", entry(), [], question) == 1.0
    english = "Which external reviewer did the chief medical officer appoint?"
    assert type_match("who", "The review is made by an external reviewer.", entry(), [], english) == 0.0
    assert type_match("who", "The review is done by Kvadrant.", entry(), [], english) == 0.7  # a firm
    # who was something is no appointment: a body may answer
    assert type_match("who", "Regionstyrelsen beslutade om pausen.", entry(), [], "Who was behind the pause?") == 1.0


def test_a_planned_event_is_not_dated_by_the_day_it_was_told() -> None:
    """'När ska …': the day a text was written or a proposal made is not when the plan happens; a
    date it names that is not before the text's own is."""
    from indexer.records import DateSource

    told = replace(entry(), date_source=DateSource.DOCUMENT)  # dated 2024-11-12 by its document
    proposal = "I går lämnade regiondirektören sitt förslag om hur sjukhuset ska gå över."
    assert type_match("when", proposal, told, [], "När startade förslaget?") == 1.0  # a past event: 'i går' dates it
    assert type_match("when", proposal, told, [], "Vilket datum ska sjukhuset gå över?") == 0.2
    assert type_match("when", proposal, told, [], "On what date is the hospital scheduled to switch?") == 0.2
    planned = "Sjukhuset går över den 3 februari 2025."
    assert type_match("when", planned, told, [], "När ska sjukhuset gå över?") == 1.0
    assert type_match("when", "Sjukhuset gick över den 3 februari 2023.", told, [], "När ska sjukhuset gå över?") == 0.2
    assert type_match("when", "Sjukhuset går över på tisdag.", told, [], "När ska sjukhuset gå över?") == 1.0
    assert type_match("when", "Sjukhuset går över i mars 2025.", told, [], "När ska sjukhuset gå över?") == 0.8
    unset = "Nästa steg är att sjukhuset ska gå över. Någon tidpunkt för det är ännu inte bestämd."
    assert type_match("when", unset, told, [], "När ska sjukhuset gå över?") == 1.0  # says the time asked is not set
    timeline = replace(entry(), date_source=DateSource.ITEM)  # a timeline's own day is the event's
    assert type_match("when", "Sjukhuset går över.", timeline, [], "När ska sjukhuset gå över?") == 0.8


def test_a_reports_day_of_writing_is_no_when() -> None:
    """A report's paragraph that names no date is dated by the report: weak evidence of when."""
    sentence = "Vi rekommenderar att etapp 2 omfattar Skaraborgs Sjukhus."
    assert type_match("when", sentence, entry(), [], "När startar etapp 2?") == 0.8
    assert type_match("when", sentence, entry(), [], "När startar etapp 2?", writing_day=True) == 0.2
    dated = "Den 14 april 2026 startade Millennium på Regionhälsan."
    assert type_match("when", dated, entry(), [], "När startade Millennium?", writing_day=True) == 1.0


def test_an_entrys_date_source_is_stored() -> None:
    from indexer.records import DateSource

    stored = replace(entry(), date_source=DateSource.DOCUMENT).to_dict()
    assert stored["date_source"] == "document" and Entry.from_dict(stored).date_source == DateSource.DOCUMENT
    del stored["date_source"]  # an index built before the field
    assert Entry.from_dict(stored).date_source == DateSource.NONE


def test_a_records_field_answers_who_held_the_asked_role() -> None:
    from service.answers.answer_types import can_answer

    field = "Vid protokollet: Sara Engdahl, sekreterare\nRätt utdraget intygar: Sara Engdahl"
    assert can_answer("Vem var sekreterare vid sammanträdet?", "who", field)
    assert not can_answer("Vem beslutade om pausen?", "who", field)  # no role of the question's in the field


def test_a_when_answer_with_a_day_is_more_exact_than_one_with_a_month() -> None:
    assert type_match("when", "Specialisterna lämnade Skövde den 9 november 2027.", entry(), [], "När lämnade de Skövde?") == 1.0
    assert type_match("when", "Leverantören åtog sig i april 2027 att ha 60 specialister på plats.", entry(), [],
                      "När lämnade de Skövde?") == 0.8
    assert type_match("when", "Det tuffaste var tisdag morgon.", entry(), [], "När var det tuffast?") == 1.0



def test_a_deadline_asked_is_answered_by_a_deadline() -> None:
    asked = "Senast när vill revisorskollegiet ha regionstyrelsens svar?"
    assert type_match("when", "Revisorskollegiet önskar regionstyrelsens svar senast den 30 juni 2029.", entry(), [], asked) == 1.0
    # the day the report was handled is a day, not the deadline asked for
    assert type_match("when", "Rapporten har behandlats av revisorskollegiet den 23 april 2029.", entry(), [], asked) == 0.5
    assert type_match("when", "Rapporten har behandlats av revisorskollegiet den 23 april 2029.", entry(), [],
                      "När behandlades rapporten?") == 1.0
    until = "Till och med vilket datum ska systemen hållas i läsläge?"
    assert type_match("when", "Systemen hålls i läsläge till och med den 30 juni 2027.", entry(), [], until) == 1.0
    assert type_match("when", "Regionstyrelsen beslutade om etapp 1B den 25 augusti 2026.", entry(), [], until) == 0.5


def test_a_blank_form_answers_nothing() -> None:
    from service.answers.answer_types import can_answer

    assert not can_answer("Vilka punkter fanns på agendan?", "what", "Datum: Namn: _____ Underskrift: _____")
    assert can_answer("Vilka punkter fanns på agendan?", "what", "- Presentation av deltagare - Övrigt och frågor")
    # a line of names tells who took part, not what was on the agenda
    assert not can_answer("Vilka punkter fanns på agendan?", "what", "Jenny Erholm Anna Liljeberg Anna Öhman")
    assert can_answer("Vilka arbetar med handlingsalternativ?", "what", "Jenny Erholm Anna Liljeberg Anna Öhman")
