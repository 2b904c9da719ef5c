"""What a question asks for: language, answer type, several things or one."""

from __future__ import annotations

import pytest

from service.answers.questions import asks_for_several, kind, language


@pytest.mark.parametrize(("question", "lang", "kind_"), [
    ("När driftsattes Millennium?", "sv", "when"),
    ("Vid vilken tid på dygnet startade Millennium i drift?", "sv", "what_time"),
    ("Vilket klockslag beslutades det?", "sv", "what_time"),
    ("At what time did the system go live?", "en", "what_time"),
    ("Mellan vilka klockslag var Millennium otillgängligt?", "sv", "what_time"),  # a span of clock times
    ("Hur många incidenter var öppna?", "sv", "how_many"),
    ("Hur mycket reserverade regionfullmäktige?", "sv", "how_much"),
    ("Vilket belopp erbjöd leverantören?", "sv", "how_much"),
    ("How much did the regional council reserve?", "en", "how_much"),
    ("Vilken budget i kronor godkände regionstyrelsen?", "sv", "how_much"),
    ("Hur mycket tid förväntas det ta?", "sv", "what"),  # a duration, not an amount of money
    ("How much time will the experts spend?", "en", "what"),
    ("Vem beslutade om upphandlingen?", "sv", "who"),
    ("Vilket organ beslutade om budgeten?", "sv", "who"),
    ("Vad heter ordföranden i regionstyrelsen?", "sv", "who"),
    ("Which body decided to pause the rollout?", "en", "who"),
    ("Vilket politiskt organ godkände riskanalysen?", "sv", "who"),   # a body with an adjective before it
    ("Which consulting firm carried out the review?", "en", "who"),
    ("På vilken vårdcentral arbetar hon?", "sv", "who"),
    ("Vilka ledamöter reserverade sig mot beslutet?", "sv", "who"),
    ("Vilken extern granskare anlitades inför etapp 4?", "sv", "who"),  # a person by their office
    ("Which external reviewer did the chief medical officer appoint?", "en", "who"),
    ("Vilka ingår i stabsstödet?", "sv", "who"),  # a verb straight after 'vilka': persons are its subject
    ("Vilka reserverade sig mot beslutet?", "sv", "who"),
    ("Vilka åtgärder beslutades?", "sv", "what"),  # a plural noun after 'vilka' is the thing asked
    ("Vilka säkerhetsrelaterade funktioner blev möjliga att testa?", "sv", "what"),  # a participle, not a verb
    ("Vilka beslutade åtgärder har genomförts?", "sv", "what"),  # '-ade' before a noun is a participle
    ("Vilka beslutade den 30 september att påbörja planen?", "sv", "who"),
    ("Vad orsakade avbrottet i laboratorieremisserna?", "sv", "why"),  # the cause is a reason
    ("Hur kom det sig att sjukhuset valdes ut?", "sv", "why"),
    ("Vad låg bakom beslutet att pausa?", "sv", "why"),
    ("What led to the delay?", "en", "why"),  # people named by their office
    ("Which members of the board voted against?", "en", "who"),
    ("Hur många ledamöter röstade ja?", "sv", "how_many"),
    ("Vilket system ersätts?", "sv", "what"),
    ("Hur stort var skadeståndskravet?", "sv", "how_much"),      # the size of a claim is an amount
    ("Hur stort var det totala beloppet?", "sv", "how_much"),
    ("Hur stor var förseningen?", "sv", "what"),
    ("Vad beräknas etapp 1B av återstarten kosta?", "sv", "how_much"),  # what it costs, words between
    ("Vad ingår i kostnaden?", "sv", "what"),
    ("Vad hände i oktober 2024?", "sv", "what"),
    ("When did Millennium go live?", "en", "when"),
    # the first cue is the question's; a later 'när' opens a clause
    ("Vilken organisation företrädde kommunerna i samtalen om när de skulle ansluta sig?", "sv", "who"),
    ("Vem fick ansvaret för processerna när systemet infördes?", "sv", "who"),
    # … also when the question word asks 'what': a bare 'när/when' after it says which occasion
    ("Vad ville man få mer av när man fördjupade strategin?", "sv", "what"),
    ("What did the supplier say when it presented to the group?", "en", "what"),
    ("Och när startade det?", "sv", "when"),
    ("Vilken dag startade systemet när det väl blev av?", "sv", "when"),
    # … and a leading clause is not the question proper
    ("När läget stämdes av den 4 november, hur många uppgifter var försenade?", "sv", "how_many"),
    ("När ska rapporten, enligt planen, lämnas?", "sv", "when"),
    ("Tell me more", "en", "what"),
    ("Berätta mer", "sv", "what"),
])
def test_language_and_answer_type(question: str, lang: str, kind_: str) -> None:
    assert (language(question), kind(question)) == (lang, kind_)


@pytest.mark.parametrize(("question", "several"), [
    ("Vilka punkter fanns på agendan?", True),
    ("Which regions did VGR work with?", True),
    ("Vilket företag vann upphandlingen?", False),
    ("När pausades införandet?", False),
])
def test_several_or_one(question: str, several: bool) -> None:
    assert asks_for_several(question) is several
