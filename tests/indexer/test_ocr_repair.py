"""OCR repair of the March 2023 status report: known damaged words and words left alone."""

from __future__ import annotations

import pytest

from indexer.ocr_repair import repair_text, repair_token

# Damaged tokens read from the scanned report (001), with the Swedish word each stands for.
KNOWN_DAMAGE = {
    "&r": "är", "férankras": "förankras", "Vastra": "Västra", "Gotaland": "Götaland", "hég": "hög",
    "sdkerstalla": "säkerställa", "sakerstalla": "säkerställa", "I6per": "löper", "Iésningen": "lösningen",
    "leverantdren": "leverantören", "vardinformationsmiljé": "vårdinformationsmiljö", "6vriga": "övriga",
    "d6vriga": "övriga", "né’]gra": "några", "uppn%tt": "uppnått", "inneh3llet": "innehållet",
    "Innehadll": "Innehåll", "for": "för", "pa": "på", "S6dra": "Södra", "mdéjligheten": "möjligheten",
    "genomfdrs": "genomförs", "Overgdngen": "Övergången", "@ven": "även", "dven": "även", "s&": "så",
    "3terstar": "återstår", "sjukvdrd": "sjukvård", "tillgénglig": "tillgänglig", "arbetsstréommar": "arbetsströmmar",
    "foér": "för", "dér": "där", "bestaliningar": "beställningar", "Mélndal": "Mölndal",
}
# Words that are right as written and must survive.
KEEP = ["var", "hinder", "Millennium", "Cerner", "VGR", "SIDU", "riskmitigering", "integrationer", "test", "mars"]


@pytest.mark.parametrize(("damaged", "fixed"), sorted(KNOWN_DAMAGE.items()))
def test_known_damaged_words(damaged: str, fixed: str) -> None:
    assert repair_token(damaged) == fixed


@pytest.mark.parametrize("word", KEEP)
def test_correct_words_are_left_alone(word: str) -> None:
    assert repair_token(word) == word


def test_links_and_addresses_are_not_touched() -> None:
    text = "Kontakta millennium@vgregion.se om du har fragor"
    repaired = repair_text(text)
    assert repaired.text == "Kontakta millennium@vgregion.se om du har frågor"
    assert repaired.changes == (("fragor", "frågor"),)


def test_repaired_report_reads_as_swedish(entries_by_doc) -> None:
    report = entries_by_doc["lagesrapport-2023-03"]
    text = "\n".join(e.text for e in report)
    for phrase in ("Västra Götaland", "förankras", "säkerställa", "Program Millennium är ett omfattande program"):
        assert phrase in text
    for junk in ("&r", "férankras", "Vastra", "hég", "I6per"):
        assert junk not in text
    repaired = [e for e in report if e.text_original is not None]
    assert repaired and all(e.text_original != e.text for e in repaired)
    assert "férankras" in report[0].text_original
