"""Names in a sentence: persons (not products or organisations), companies."""

from __future__ import annotations

from service.answers.names import company_evidence, new_name, person_in


def test_a_product_is_no_person() -> None:
    """Capitalised words ending in a common English word are a product's name ('Ineras Logging Service')."""
    assert person_in("implementeringen av Ineras Logging Service på grund av förseningar") is None
    assert person_in("Kontakt: Anna Svensson, regionråd") == "Anna Svensson"
    assert person_in("Gruppen leds av Anna Berg.") == "Anna Berg"
    # at a line's start a name needs its role after a comma: 'Regionstyrelsen Beslutar' is no one
    assert person_in("Lena Bergqvist, presschef, Västra Götalandsregionen") == "Lena Bergqvist"
    assert person_in("Hypercare Executive har sitt första möte.") is None


def test_a_company_by_its_legal_form_or_a_name_that_is_no_body() -> None:
    question = "Vilket företag vann upphandlingen?"
    assert company_evidence("Regionstyrelsen beslutar att Oracle svenska AB blir leverantör.", question) == 1.0
    assert company_evidence("VGR ingick ett avtal med en konsult på BearingPoint.", question) == 0.7
    assert company_evidence("Regionstyrelsen beslutar om en ny tidplan för SÄS.", question) == 0.0


def test_a_body_asked_for_is_answered_by_a_body_not_a_person() -> None:
    from service.answers.names import BODY_ASKED, body_evidence

    question = "Till vilken instans överlämnade regionstyrelsen rapporten för kännedom?"
    asked = frozenset({"Regionstyrelsen"})
    assert BODY_ASKED.search(question) and not BODY_ASKED.search("Vem föredrog rapporten?")
    assert body_evidence("Rapporten överlämnas till revisorskollegiet för kännedom.", question, asked) == 1.0
    assert body_evidence("Cecilia Dahlgren, Kvarnström Advisory AB, föredrog rapporten.", question, asked) == 0.0
    assert body_evidence("Regionstyrelsen tar del av rapporten.", question, asked) == 0.0  # the body it names itself


def test_a_new_name_is_inside_a_sentence_and_no_role() -> None:
    question = "vem utsågs till observatör?"
    assert new_name("Programmet anlitar Kvadrant som observatör.", question)
    # the first word of a second sentence, and a role however capitalised, name no one new
    assert not new_name("Programmet ska ha en observatör. Observatören utses av IT-driftchefen.", question)
    assert not new_name("Kvadrant anlitas.\nProgrammet ska ha en observatör.", question)


def test_an_official_is_a_role() -> None:
    from service.answers.names import new_role

    assert new_role("Kl. 07.55 beslutade sjukhusets tjänsteman i beredskap att reservrutinen skulle aktiveras.", "vem beslutade?")
