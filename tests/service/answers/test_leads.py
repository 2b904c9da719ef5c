"""What an answer opens with: here, which clock time a what-time answer leads with."""

from __future__ import annotations

from indexer.text.glossary import Glossary
from service.answers.candidates import Question
from service.answers.leads import asked_amount, asked_time, counted_noun
from service.answers.terms import TermScorer

MEETING = ("Den 14 oktober 2025 kl. 10:00 samlades regionstyrelsen för att behandla förslaget. "
           "Efter en debatt på nästan tre timmar fattades beslutet kl. 13:40.")
SCORER = TermScorer([MEETING, "Millennium driftsätts.", "Regionstyrelsen informeras om läget."], Glossary())


def question(text: str) -> Question:
    terms = SCORER.terms(text, "sv")
    return Question(text=text, lang="sv", kind="what_time", terms=terms, salient=SCORER.salient(terms),
                    unseen=SCORER.unseen(terms))


def test_the_time_of_the_sentence_with_the_questions_words_leads() -> None:
    # the entry was dated (and timed) by its first sentence; the decision was made at the second time
    assert asked_time(question("Hur dags fattades beslutet?"), MEETING, "10:00", SCORER) == "13:40"
    assert asked_time(question("Hur dags samlades regionstyrelsen?"), MEETING, "10:00", SCORER) == "10:00"
    assert asked_time(question("Hur dags fattades beslutet?"), MEETING, None, SCORER) == "13:40"


def test_an_entrys_own_time_leads_when_the_text_names_no_other() -> None:
    # a timeline entry stamped 21:30 that tells of a plan for 04:00 and 05:30: the record's time is the event's
    plan = "Go Live Production team beslutar att skjuta på driftstart från 04:00 till 05:30."
    assert asked_time(question("Vilken tid beslutades det?"), plan, "21:30", SCORER) == "21:30"
    assert asked_time(question("Vilken tid driftsätts Millennium?"), "Millennium driftsätts.", "05:30", SCORER) == "05:30"
    assert asked_time(question("Vilken tid driftsätts Millennium?"), "Millennium driftsätts.", None, SCORER) is None


def test_a_figure_leads_with_what_it_counts_where_the_sentence_says_it() -> None:
    """'Hur många öppna ärenden hade …?' → '5 öppna ärenden': the question's words after *hur
    många* up to a function word ('hade') or a word the sentence lacks."""
    row = "Enhet: Företagshälsa Borås; Användare: 96; Öppna ärenden 12 maj: 5; varav allvarliga: 0."
    assert counted_noun("Hur många öppna ärenden hade Företagshälsa Borås den 12 maj 2026?", row) == "öppna ärenden"
    assert counted_noun("Hur många medarbetare hade genomgått utbildningen?",
                        "Per den 28 november hade 2 145 medarbetare genomgått utbildningen.") == "medarbetare"
    assert counted_noun("How many incidents were opened?", "Totalt 253 antal öppnade incidenter.") == "incidents"
    # 'av …' names whose share is counted, and a word the sentence lacks ends the noun
    assert counted_noun("Hur många av Regionhälsans användare hade utbildats?", "309 av 318 användare") == ""
    assert counted_noun("Hur många användare fick behörighet?", "Totalt 5 482 medarbetare får behörighet.") == ""


def test_the_amount_among_the_questions_words_leads() -> None:
    """Of two amounts, the one whose words around it hold the question's: 140,2 miljoner is what
    'beräknas återstå av reservationen'; 420 miljoner is what was reserved. The question's own
    amount is never the answer; with no words to tell them apart, the first leads."""
    from indexer.stores.bm25_store import tokenize

    def stems(*words: str) -> list[frozenset[str]]:
        return [frozenset(tokenize([w])[0]) for w in words]

    text = ("Kostnaderna för båda etapperna ryms inom de 420 miljoner kronor som regionfullmäktige reserverade, "
            "och efter etapp 1B beräknas 140,2 miljoner kronor av reservationen återstå.")
    question = "Hur mycket av de 420 miljoner kronor som reserverades beräknas återstå?"
    assert asked_amount(text, stems("beräknas", "återstå", "reservationen"), "Hur mycket beräknas återstå?") == "140,2 miljoner"
    assert asked_amount(text, stems("reserverade"), question) == "140,2 miljoner"  # 420 is the question's own
    assert asked_amount(text, [], "Hur mycket?") == "420 miljoner"
