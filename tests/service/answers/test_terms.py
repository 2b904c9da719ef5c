"""Question terms against the corpus's words: glossary alternatives, inflected forms, coverage."""

from __future__ import annotations

from indexer.text.glossary import Glossary
from service.answers.terms import InflectionFamilies, TermScorer

TEXTS = ["Gruppen har letts av Birgitta Hallén, professor.", "Regiondirektören har utsett sex ledamöter.",
         "Beslutet togs av regionstyrelsen.", "Regionstyrelsen beslutade om en paus."]


def test_a_strong_verbs_forms_are_one_word() -> None:
    """'ledde' and 'letts' share no Snowball stem; their lemma joins them. A three-letter stem
    ('led' of 'leder') is left out: as a compound's part ('ledamöter') it would match anything."""
    families = InflectionFamilies(TEXTS).of_words("Vem ledde gruppen?")
    assert families["ledd"] == frozenset({"lett"})
    assert "grupp" not in families  # one form in the corpus, the question's own: nothing to add


def test_a_verb_and_the_noun_of_its_action_are_one_word() -> None:
    """'Vad beräknas etapp 1B kosta?' is answered by 'Kostnaderna för etapp 1B beräknas till …':
    'kosta' and 'kostnad' share the root 'kost' ('-nad', '-ning', '-ering', '-else' nouns)."""
    texts = ["Kostnaderna för etapp 1B beräknas till 246 miljoner kronor.", "Samordningen leds av regionen.",
             "Kosten på sjukhuset var god."]
    families = InflectionFamilies(texts).of_words("Vad ska etappen kosta? Vem ska samordna?")
    assert families["kost"] == frozenset({"kostnad"}) and families["samordn"] == frozenset({"samordning"})
    scorer = TermScorer(texts, Glossary())
    assert scorer.coverage(scorer.terms("Vad beräknas etapp 1B kosta?", "sv"), texts[0]) == 1.0


def test_a_particle_verb_is_the_compound_it_makes() -> None:
    """'Vilket kriterium har lagts till?' is answered by '… med ett tillägg: …'; a preposition after a
    noun ('i slutet av maj') makes no such word."""
    texts = ["Kriterierna är desamma, med ett tillägg: remissflödet ska ha testats.", "Regionen lägger fram kriteriet i maj.",
             "Arbetet avslutas i maj."]
    scorer = TermScorer(texts, Glossary())
    assert scorer.coverage(scorer.terms("Vilket kriterium har lagts till?", "sv"), texts[0]) == 1.0
    assert "avslut" not in {s for t in scorer.terms("Vad hände i slutet av maj?", "sv") for s in t.stems}


def test_coverage_counts_another_form_of_the_word() -> None:
    scorer = TermScorer(TEXTS, Glossary())
    terms = scorer.terms("Vem ledde gruppen?", "sv")
    assert not scorer.unseen(terms)
    assert scorer.coverage(terms, TEXTS[0]) == 1.0
    assert scorer.coverage(terms, TEXTS[1]) == 0.0  # 'ledamöter' is no form of 'leda'
    # an English question's words are not read as Swedish inflections
    assert all(not t.inflected for t in scorer.terms("Who led the group?", "en"))


def test_a_compounds_part_is_a_form_of_the_word() -> None:
    """Snowball stems 'konsekvens' (the part of 'konsekvensanalys') and 'konsekvenserna' apart."""
    scorer = TermScorer(["VGR uttrycker oro gällande förseningar av konsekvensanalys."], Glossary())
    terms = scorer.terms("Hur blev det med konsekvenserna?", "sv")
    assert not scorer.unseen(terms)
    assert scorer.coverage(terms, "förseningar av konsekvensanalys") == 1.0


def test_names_the_sources_never_use() -> None:
    """A body no text names ('Läkemedelsverket') is unknown; a known name in another form
    ('Hallén', 'Regionstyrelsens'), a compound built on a known name ('Hallénfrågan'),
    a source's own name (a file called 'vgrfokus-nummer-4'), an acronym, a month and an everyday
    English word are not."""
    scorer = TermScorer(TEXTS, Glossary(), sources={"vgrfokus-nummer-4": "vgrfokus-nummer-4 Ett år efter pausen"})
    assert scorer.unknown_names("Vad sa Läkemedelsverket om pausen?", "sv") == ("Läkemedelsverket",)
    assert scorer.unknown_names("Vad skrev Birgitta Hallén om Folktandvården?", "sv") == ("Folktandvården",)
    assert scorer.unknown_names("Vad beslutade Regionstyrelsens ordförande?", "sv") == ()
    assert scorer.unknown_names("Vad hände i Hallénfrågan?", "sv") == ()
    assert scorer.unknown_names("Vad skriver VGRfokus om pausen?", "sv") == ()
    assert scorer.unknown_names("Vad sa IVO i Maj?", "sv") == ()
    assert scorer.unknown_names("What happened after Midsummer?", "en") == ()  # a holiday dates, it names nothing
    assert scorer.unknown_names("Who led the Swedish group?", "en") == ()
    assert scorer.unknown_names("Läkemedelsverket?", "sv") == ()  # a question's first word may be any word


def test_a_source_named_by_a_name_only_its_documents_hold() -> None:
    """'enligt VGRfokus' names the document whose file is 'vgrfokus-nummer-4' (its text never says
    so); a word the texts use ('Regionstyrelsen') or a lower-case word names no document."""
    scorer = TermScorer(TEXTS, Glossary(), sources={"vgrfokus-nummer-4": "vgrfokus-nummer-4 Ett år efter pausen",
                                                    "protokoll-rs": "protokoll-rs Protokoll Regionstyrelsen"})
    assert scorer.documents_named("Hur många coacher finns enligt VGRfokus?") == {"VGRfokus": frozenset({"vgrfokus-nummer-4"})}
    assert scorer.documents_named("Vad beslutade Regionstyrelsen enligt protokollet?") == {}
    assert scorer.documents_named("Vad skriver vgrfokus?") == {}  # not written as a name


def test_a_publication_is_named_by_its_masthead() -> None:
    scorer = TermScorer(["NORDIC eHEALTH BRIEFING Weekly newsletter", "The region funds the next stage.",
                         "Regionstyrelsen beslutade om paus."], Glossary(),
                        sources={"briefing-2027": "briefing-2027 VGR funds next stage NORDIC eHEALTH BRIEFING Weekly newsletter",
                                 "protokoll-rs": "protokoll-rs Protokoll Regionstyrelsen"})
    assert scorer.documents_named("According to the Nordic eHealth Briefing, what was funded?") == {
        "Nordic eHealth Briefing": frozenset({"briefing-2027"})}
    assert scorer.documents_named("Vad beslutades enligt Regionstyrelsen Göteborg?") == {}  # a body, not a publication
    # a word that says what the publication is may come before its name
    assert scorer.documents_named("Vad finansierades enligt nyhetsbrevet Nordic eHealth Briefing?") == {
        "Nordic eHealth Briefing": frozenset({"briefing-2027"})}
    assert list(scorer.documents_named("According to the newsletter Nordic eHealth Briefing, what was funded?").values()) == [
        frozenset({"briefing-2027"})]


def test_a_newspaper_is_named_as_the_one_told() -> None:
    """'Vem berättade för Läckö-Posten …?': the newspaper is the source, its name is no word to search."""
    scorer = TermScorer(["LÄCKÖ-POSTEN Lidköping · Götene", "Fjorton hembesök blev försenade, säger Rasmus Ek.",
                         "Regionstyrelsen beslutade om paus."], Glossary(),
                        sources={"nyhet-lacko-posten": "nyhet-lacko-posten Två timmar utan journal",
                                 "protokoll-rs": "protokoll-rs Protokoll Regionstyrelsen"},
                        mastheads={"nyhet-lacko-posten": "LÄCKÖ-POSTEN Lidköping · Götene"})
    assert scorer.documents_named("Vem berättade för Läckö-Posten om hembesöken?") == {
        "Läckö-Posten": frozenset({"nyhet-lacko-posten"})}
    assert scorer.documents_named("Vem berättade för Regionstyrelsen om hembesöken?") == {}  # a body told


def test_a_figure_is_counted_in_the_questions_nouns_not_its_names() -> None:
    """'Hur många anställda har Västra Götalandsregionen?': '49 kommunerna i Västra Götaland' binds
    49 to the region's name, not to employees."""
    from service.answers.figures import bound_figure

    scorer = TermScorer(["Programmet är ett samarbete mellan VGR och de 49 kommunerna i Västra Götaland.",
                         "Regionen har 55 000 anställda."], Glossary())
    question = "Hur många anställda har Västra Götaland?"
    terms = scorer.terms(question, "sv")
    assert bound_figure("de 49 Västra Götalands kommuner", scorer.stems(terms)) == "49"  # any word binds
    counted = scorer.counted_stems(question, terms)
    assert bound_figure("de 49 Västra Götalands kommuner", counted) is None
    assert bound_figure("Regionen har 55 000 anställda.", counted) == "55 000"
    # a date's words count nothing: '… den 23 maj kostade 2,7 miljoner' is no count of deviations
    dated = "Hur många avvikelser kom efter driftstoppet den 23 maj?"
    counted = scorer.counted_stems(dated, scorer.terms(dated, "sv"))
    assert "avvik" in counted and not {"maj", "23"} & set(counted)
    assert bound_figure("Driftstoppet den 23 maj kostade 2,7 miljoner kronor.", counted) is None


def test_an_english_questions_capitalised_title_words_are_no_unknown_names() -> None:
    """'the Programme Steering Group': an English question capitalises a body's title, which the
    Swedish records give in Swedish; a Swedish proper name in it still counts."""
    scorer = TermScorer(TEXTS, Glossary())
    assert scorer.unknown_names("What did the Programme Steering Group decide on Procurement?", "en") == ()
    assert scorer.unknown_names("What did the nurses' union Vårdförbundet say?", "en") == ("Vårdförbundet",)


def test_an_unseen_compound_is_read_as_the_parts_the_corpus_uses() -> None:
    scorer = TermScorer(["De åtta kommunerna i Sjuhärad ansluter i februari.", "Sjuhärads kommunalförbund meddelar."],
                        Glossary())
    terms = scorer.terms("Hur gick Sjuhäradskommunernas anslutning?", "sv")
    assert {"sjuharad", "kommun"} <= {t.word for t in terms} and not scorer.unseen(terms)
    unseen = scorer.terms("Hur ser semesterschemat ut?", "sv")  # no part the corpus uses: unseen as before
    assert "semesterschem" in [t.word for t in scorer.unseen(unseen)]


def test_a_source_named_by_what_it_is_is_a_filter() -> None:
    """'enligt regiondirektörens delegationsbeslut om förlängt läsläge': every word (dates aside) in
    one document's id or title; 'leverantörens rapport' names no document ('rapport' alone is many)."""
    from types import SimpleNamespace

    from service.answers.terms import document_names, mastheads

    documents = [SimpleNamespace(doc_id="delegationsbeslut-regiondirektoren-laslage-2026-12", title="Förlängt läsläge"),
                 SimpleNamespace(doc_id="lagesrapport-2023-03", title="Lägesrapport mars 2023")]
    entries = [SimpleNamespace(doc_id="lagesrapport-2023-03", text="Leverantören har levererat.")]
    scorer = TermScorer(["Läsläget förlängs.", "Leverantören har levererat."], Glossary(),
                        sources=document_names(documents), mastheads=mastheads(entries))
    named = scorer.documents_named("Vad gäller enligt regiondirektörens delegationsbeslut om förlängt läsläge i december 2026?")
    assert list(named.values()) == [frozenset({"delegationsbeslut-regiondirektoren-laslage-2026-12"})]
    assert scorer.documents_named("Hur många incidenter fanns enligt leverantörens rapport den 13 november 2024?") == {}
