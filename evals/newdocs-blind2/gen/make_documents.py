"""Generate the fictional .docx and .pdf documents of newdocs-blind2 (November 2026 – June 2027).

Run with a Python that has python-docx, reportlab and pypdf, from any directory:
    pip install reportlab && python gen/make_documents.py
(reportlab is not a granska dependency: install it to regenerate.)
The .txt, .md and .html documents are hand-written files in documents/.
All content is fictional test data: persons, figures, decisions, phone numbers (070-174 06 xx),
e-mail addresses and URLs (*.example) are invented.
"""
import datetime as dt
import io
from pathlib import Path

import docx
from docx.shared import Pt, Cm
import pypdf
from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepTogether, NextPageTemplate,
                                PageTemplate, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

OUT = Path(__file__).resolve().parent.parent / "documents"
SHY = "\u00ad"


# ============================================================ docx helpers
def _doc(title, created, author, subject="", keywords=""):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    cp = d.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.subject = subject
    cp.keywords = keywords
    cp.created = created
    cp.modified = created
    cp.revision = 2
    cp.language = "sv-SE"
    return d


def _p(d, text, bold=False, italic=False, size=None, space_after=None):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def _table(d, rows, widths=None):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = val
            if i == 0 or row[0] == "Totalt":
                for r in cell.paragraphs[0].runs:
                    r.bold = True
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


# ============================================================ A. Delegationsbeslut
def make_delegationsbeslut():
    fname = "delegationsbeslut-regiondirektoren-laslage-melior-asynja-2026-12-03.docx"
    title = "Förlängt läsläge för Melior och Asynja i södra området"
    d = _doc(title, dt.datetime(2026, 12, 3, 14, 5), "Jonas Wirén",
             "Delegationsbeslut, regiondirektören", "Millennium; Melior; Asynja; läsläge")
    _p(d, "Västra Götalandsregionen", bold=True, size=12, space_after=0)
    _p(d, "Koncernkontoret")
    _p(d, "DELEGATIONSBESLUT", bold=True, size=14)
    hdr = [["Datum", "2026-12-03"],
           ["Diarienummer", "RS 2026-05127"],
           ["Beslutsfattare", "Regiondirektören"],
           ["Handläggare", "Jonas Wirén, förvaltningsledare, Koncernstab digitalisering"],
           ["Telefon", "070-174 06 63"],
           ["E-post", "jonas.wiren@vgregion.example"]]
    for k, v in hdr:
        _p(d, f"{k}: {v}", space_after=0)
    _p(d, "")
    d.add_heading(title, level=1)

    d.add_heading("Beslut", level=2)
    _p(d, "1. De tidigare journalsystemen Melior och Asynja hålls i läsläge för Södra Älvsborgs sjukhus, Närhälsans vårdcentraler i södra området och Regionhälsan till och med den 30 juni 2027.")
    _p(d, "2. Kostnaden för förlängningen, högst 7,9 miljoner kronor, belastar den reservation i eget kapital som regionfullmäktige beslutade om den 11 november 2025.")
    _p(d, "3. Programdirektören för Program Millennium får i uppdrag att senast den 31 mars 2027 redovisa en plan för hur journalinformationen i Melior och Asynja ska bevaras i regionens e-arkiv.")

    d.add_heading("Delegation", level=2)
    _p(d, "Beslutet fattas med stöd av regionstyrelsens delegationsordning, avsnitt 4.2 punkt 7, som ger regiondirektören rätt att besluta om förlängning av avtal om it-system med en kostnad om högst 10 miljoner kronor per år.")

    d.add_heading("Ärendet", level=2)
    _p(d, "När regionstyrelsen beslutade om etapp 1B den 25 augusti 2026 förutsattes att Melior och Asynja skulle hållas i läsläge till och med den 31 december 2026. I läsläget kan medarbetarna öppna och läsa äldre journalanteckningar, men inte dokumentera.")
    _p(d, "Under oktober och november 2026 öppnades i genomsnitt 38 600 journaler per vecka i Melior och Asynja. Behovet har inte minskat i den takt som programmet räknade med.")
    _p(d, "Skälet är framför allt att överföringen av äldre journalhandlingar till Millennium har försenats. Handlingar från åren 2012–2018 har ännu inte förts över, och leverantören bedömer att överföringen blir klar i april 2027.")
    _p(d, "Därtill ansluter de åtta kommunerna i Sjuhärad till Millennium den 16 februari 2027. Kommunernas hälso- och sjukvårdspersonal behöver under en övergångsperiod kunna läsa regionens tidigare dokumentation om gemensamma patienter.")
    _p(d, "Regionchefsläkaren har bedömt att ett avslutat läsläge innan överföringen är klar skulle innebära en risk för patientsäkerheten, eftersom uppgifter om till exempel överkänslighet och tidigare behandlingar då inte skulle vara tillgängliga i vården.")

    d.add_heading("Ekonomiska konsekvenser", level=2)
    _p(d, "Förlängningen kostar 7,9 miljoner kronor, varav 5,6 miljoner kronor avser licenser, drift och lagring hos leverantörerna och 2,3 miljoner kronor regionens egen förvaltning.")
    _p(d, "Tabell. Kostnad för förlängt läsläge 1 januari–30 juni 2027", bold=True)
    _table(d, [["Kostnadspost", "Miljoner kronor"],
               ["Licenser Melior", "3,4"],
               ["Licenser Asynja", "1,1"],
               ["Drift och lagring", "1,1"],
               ["Förvaltning inom VGR", "2,3"],
               ["Totalt", "7,9"]], widths=[9, 4])
    _p(d, "")

    d.add_heading("Anmälan", level=2)
    _p(d, "Beslutet anmäls till regionstyrelsen vid sammanträdet den 15 december 2026.")
    _p(d, "")
    _p(d, "Regiondirektören", space_after=0)
    _p(d, "Beslutet är signerat elektroniskt.", italic=True)
    _p(d, "Beslutet skickas till: Program Millennium, Södra Älvsborgs sjukhus, Närhälsan, Regionhälsan, Koncernstab digitalisering, Regionarkivet")
    d.save(OUT / fname)
    return fname


# ============================================================ F. Protokollsutdrag RS
def make_protokoll():
    fname = "protokollsutdrag-regionstyrelsen-2027-03-23.docx"
    title = "Protokollsutdrag, Regionstyrelsen, sammanträde 2027-03-23"
    d = _doc(title, dt.datetime(2027, 3, 25, 11, 40), "Sara Engdahl",
             "Millennium: extern granskning, etapp 2, finansiering, driftstörning",
             "Millennium; etapp 2; Skaraborg")
    _p(d, "Västra Götalandsregionen", bold=True, size=12, space_after=0)
    _p(d, "Regionstyrelsen")
    d.add_heading(title, level=1)
    _p(d, "Sammanträdesdatum: 2027-03-23", space_after=0)
    _p(d, "Tid: kl. 09.00–16.20", space_after=0)
    _p(d, "Plats: Regionens hus, Vänersborg", space_after=0)
    _p(d, "Paragrafer: §§ 58–61")

    # § 58
    d.add_heading("§ 58 Extern granskning av den stegvisa återstarten av Millennium", level=2)
    _p(d, "Diarienummer RS 2026-05012")
    d.add_heading("Beslut", level=3)
    _p(d, "Regionstyrelsen beslutar:")
    _p(d, "1. Regionstyrelsen tar del av rapporten från den externa granskningen.")
    _p(d, "2. Regiondirektören får i uppdrag att senast den 8 juni 2027 redovisa en åtgärdsplan utifrån granskningens elva rekommendationer.")
    _p(d, "3. Rapporten överlämnas till revisorskollegiet för kännedom.")
    d.add_heading("Sammanfattning", level=3)
    _p(d, "Regionstyrelsen gav den 24 november 2026 regiondirektören i uppdrag att upphandla en extern granskning av den stegvisa återstarten. Granskningen har genomförts av Kvarnström Advisory AB och redovisas i en rapport daterad den 9 mars 2027.")
    _p(d, "Cecilia Dahlgren, Kvarnström Advisory AB, föredrog rapporten. Granskarna bedömer att återstarten har styrts på ett kontrollerat sätt men att förvaltningsorganisationen för Millennium behöver stärkas.")

    # § 59
    d.add_heading("§ 59 Plan för etapp 2 av återstarten av Millennium", level=2)
    _p(d, "Diarienummer RS 2027-01544")
    d.add_heading("Beslut", level=3)
    _p(d, "Regionstyrelsen beslutar:")
    _p(d, "1. Etapp 2 av återstarten omfattar Skaraborgs Sjukhus, Närhälsans 24 vårdcentraler i östra området och Regionhälsan i östra området.")
    _p(d, "2. Återstarten planeras till tisdagen den 12 oktober 2027 kl. 05.00.")
    _p(d, "3. Regionstyrelsen fattar slutligt beslut om etapp 2 vid sammanträdet den 7 september 2027, efter en ny oberoende patientsäkerhetsbedömning av regionchefsläkaren.")
    _p(d, "4. Milstolparna i tabell 1 fastställs.")
    d.add_heading("Sammanfattning", level=3)
    _p(d, "Etapp 2 omfattar 6 960 användare, varav 5 210 på Skaraborgs Sjukhus, 1 480 på Närhälsan och 270 på Regionhälsan. Skaraborgs Sjukhus bedriver vård på sjukhusen i Skövde, Lidköping, Falköping och Mariestad.")
    _p(d, "Förslaget följer den externa granskningens rekommendation att etapp 2 ska omfatta verksamheterna i Skaraborg och inte starta före den 1 oktober 2027.")
    _p(d, "Tabell 1. Milstolpar för etapp 2", bold=True)
    _table(d, [["Milstolpe", "Datum", "Ansvarig"],
               ["Åtgärdsplan utifrån den externa granskningen", "2027-06-08", "Regiondirektören"],
               ["Förvaltningsorganisationen fullt bemannad", "2027-06-30", "Programdirektören"],
               ["Utbildning i Millennium grund 3.0 startar", "2027-08-23", "Skaraborgs Sjukhus"],
               ["Regionchefsläkarens patientsäkerhetsbedömning", "2027-08-27", "Regionchefsläkaren"],
               ["Regionstyrelsens beslutspunkt", "2027-09-07", "Regionstyrelsen"],
               ["Generalrepetition", "2027-09-25", "Program Millennium"],
               ["Återstart i Skaraborg", "2027-10-12", "Program Millennium"],
               ["Utvärdering redovisas för regionstyrelsen", "2027-12-14", "Regiondirektören"]],
           widths=[8.5, 3, 4.5])
    _p(d, "")
    d.add_heading("Yrkanden och omröstning", level=3)
    _p(d, "Ledamoten Birgitta Ahlqvist yrkade att etapp 2 skulle skjutas upp till våren 2028. Regionstyrelsen avslog yrkandet med 11 röster mot 4.")

    # § 60
    d.add_heading("§ 60 Finansiering av etapp 2 av återstarten av Millennium", level=2)
    _p(d, "Diarienummer RS 2027-01545")
    d.add_heading("Beslut", level=3)
    _p(d, "Regionstyrelsen föreslår regionfullmäktige besluta:")
    _p(d, "1. Ytterligare 312 miljoner kronor reserveras i det egna kapitalet för kostnaderna för etapp 2 av återstarten av Millennium.")
    _p(d, "2. Kostnaderna för etapp 2 finansieras i övrigt inom den återstående delen av den reservation som regionfullmäktige beslutade om den 11 november 2025.")
    d.add_heading("Sammanfattning", level=3)
    _p(d, "Kostnaderna för etapp 2 beräknas till 451,8 miljoner kronor. Av den reservation om 420 miljoner kronor som regionfullmäktige beslutade om i november 2025 återstår 139,8 miljoner kronor efter etapp 1A, etapp 1B och det förlängda läsläget för Melior och Asynja.")
    _p(d, "Etapp 1B kostade slutligt 238,5 miljoner kronor, vilket är 7,5 miljoner kronor mindre än beräknat.")
    _p(d, "Tabell 2. Beräknade kostnader för etapp 2, miljoner kronor", bold=True)
    _table(d, [["Kostnadspost", "Miljoner kronor"],
               ["Dubbelbemanning och produktionsbortfall", "268,4"],
               ["Utbildning och övningsmiljö", "96,0"],
               ["Teknisk förvaltning och integrationer", "58,3"],
               ["Förstärkt förvaltningsorganisation", "29,1"],
               ["Totalt", "451,8"]], widths=[10, 4])
    _p(d, "")
    _p(d, "Ärendet behandlas av regionfullmäktige den 13 april 2027.")

    # § 61
    d.add_heading("§ 61 Händelseanalys av driftstörningen i Millennium den 19 januari 2027", level=2)
    _p(d, "Diarienummer RS 2027-00688")
    d.add_heading("Beslut", level=3)
    _p(d, "Regionstyrelsen beslutar:")
    _p(d, "1. Regionstyrelsen tar del av händelseanalysen.")
    _p(d, "2. Regiondirektören får i uppdrag att senast den 30 april 2027 se till att regionen har en egen förteckning över certifikat och andra tidsbegränsade beroenden i Millennium.")
    _p(d, "3. Regiondirektören får i uppdrag att förhandla med Oracle Svenska AB om att ansvaret för bevakning av certifikat skrivs in i förvaltningsavtalet.")
    d.add_heading("Sammanfattning", level=3)
    _p(d, "Millennium var den 19 januari 2027 otillgängligt i 3 timmar och 16 minuter för användarna i södra området. Händelseanalysen, daterad den 23 februari 2027, visar att ett utgånget säkerhetscertifikat orsakade avbrottet.")
    _p(d, "Regionchefsläkaren informerade om att Inspektionen för vård och omsorg ännu inte har avslutat sitt ärende om den lex Maria-anmälan som gjordes efter avbrottet.")

    _p(d, "")
    _p(d, "Vid protokollet: Sara Engdahl, sekreterare", space_after=0)
    _p(d, "Justerat 2027-03-25", space_after=0)
    _p(d, "Rätt utdraget intygar: Sara Engdahl")
    d.save(OUT / fname)
    return fname


# ============================================================ PDF helpers
class WholeParagraph(Paragraph):
    """A paragraph that is never split: it moves whole to the next column or page."""

    def split(self, availWidth, availHeight):
        return []


def h(text):
    """Soft hyphens at '|' (allowed break points)."""
    return text.replace("|", SHY)


def numbered_canvas(furniture):
    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                furniture(self, self._pageNumber, n)
                super().showPage()
            super().save()
    return NumberedCanvas


def _finish_pdf(buf, fname, meta):
    buf.seek(0)
    r = pypdf.PdfReader(buf)
    w = pypdf.PdfWriter()
    for p in r.pages:
        w.add_page(p)
    w.add_metadata(meta)
    with open(OUT / fname, "wb") as f:
        w.write(f)


# ============================================================ B. Händelseanalys (numbered headings)
def make_handelseanalys():
    fname = "rapport-handelseanalys-driftstorning-millennium-2027-02-23.pdf"
    title = "Händelseanalys – driftstörningen i Millennium den 19 januari 2027"
    body = ParagraphStyle("body", fontName="Times-Roman", fontSize=11.8, leading=14.6,
                          alignment=TA_JUSTIFY, embeddedHyphenation=1, spaceAfter=5)
    h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=12.5, leading=16, keepWithNext=1,
                        spaceBefore=10, spaceAfter=5, textColor=colors.HexColor("#1f3b57"))
    tt = ParagraphStyle("tt", fontName="Helvetica-Bold", fontSize=20, leading=25, spaceAfter=4)
    sub = ParagraphStyle("sub", fontName="Helvetica", fontSize=13, leading=17, spaceAfter=12)
    meta = ParagraphStyle("meta", fontName="Helvetica", fontSize=9.5, leading=13)
    cap = ParagraphStyle("cap", fontName="Helvetica-Bold", fontSize=9.5, leading=12, spaceAfter=4)
    cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=9, leading=11)

    def P(t):
        return Paragraph(h(t), body)

    s = [Paragraph("Västra Götalandsregionen · Program Millennium · Södra Älvsborgs sjukhus", meta),
         Spacer(1, 0.5 * cm),
         Paragraph("HÄNDELSEANALYS", ParagraphStyle("r", fontName="Helvetica-Bold", fontSize=10.5,
                                                    textColor=colors.HexColor("#a33a2a"))),
         Spacer(1, 0.15 * cm),
         Paragraph("Driftstörningen i Millennium den 19 januari 2027", tt),
         Paragraph("Analys av orsaker, konsekvenser och åtgärder", sub)]
    for line in ["Datum: 2027-02-23", "Diarienummer: RS 2027-00688",
                 "Analysledare: Karin Öhman, patientsäkerhetssamordnare, Södra Älvsborgs sjukhus",
                 "Beställare: programdirektören, Program Millennium",
                 "Anmäls till regionstyrelsen den 23 mars 2027"]:
        s.append(Paragraph(line, meta))
    s.append(Spacer(1, 0.4 * cm))

    s.append(Paragraph("1. Sammanfattning", h1))
    s.append(P("Analysen gäller det oplanerade avbrottet i Millennium som drabbade Södra Älvsborgs sjukhus och Närhälsans vård|centraler i södra området en vardags|morgon i januari 2027. Avbrottet varade i 3 timmar och 16 minuter och berörde 1 312 inloggade användare."))
    s.append(P("Den direkta orsaken var att ett säkerhets|certifikat i integrations|plattformen mellan Millennium och regionens inloggnings|tjänst hade gått ut. Certifikatet förnyades inte automatiskt, eftersom inställningen för automatisk förnyelse inte hade förts över vid en server|flytt i december 2026."))
    s.append(P("Reserv|rutinerna fungerade i huvudsak som planerat. Analysen har identifierat sju avvikelser med risk för vårdskada, och en händelse har anmälts till Inspektionen för vård och omsorg enligt lex Maria."))

    s.append(Paragraph("2. Händelseförlopp", h1))
    s.append(P("Den 8 december 2026 flyttade Oracle Svenska AB integrations|plattformen till en ny server|miljö. Certifikatet följde med vid flytten, men inställningen för automatisk förnyelse fördes inte över."))
    s.append(P("Den 19 januari 2027 kl. 07.40 gick certifikatet ut. Två minuter senare, kl. 07.42, kunde användarna inte längre logga in i Millennium, och de som redan var inloggade förlorade kontakten med systemet."))
    s.append(P("Kl. 07.55 beslutade sjukhusets tjänsteman i beredskap att reserv|rutinen för Millennium skulle aktiveras på samtliga enheter. Vård|avdelningarna övergick till pappers|journal och till de läkemedels|listor som skrivs ut automatiskt varje natt kl. 03.00."))
    s.append(P("Kl. 09.20 hade Oracles jourhavande tekniker hittat orsaken. Ett nytt certifikat installerades kl. 10.41, och kl. 10.58 var samtliga funktioner i Millennium återställda."))
    s.append(P("Under eftermiddagen den 19 januari 2027 förde sjukhusets registrerings|team in pappers|dokumentationen i Millennium. Arbetet var avslutat kl. 21.30 samma dag."))

    s.append(Paragraph("3. Konsekvenser för vården", h1))
    s.append(P("Tabell 1 visar berörda användare, rapporterade avvikelser och avvikelser med risk för vårdskada per verksamhet. Avvikelserna rapporterades under perioden 19–26 januari 2027."))
    rows = [["Verksamhet", "Berörda användare", "Avvikelser", "varav risk för vårdskada"],
            ["Akutmottagningen Borås", "214", "9", "2"],
            ["Medicinkliniken, SÄS", "388", "12", "3"],
            ["Kirurgi och ortopedi, SÄS", "301", "7", "1"],
            ["Kvinnosjukvården, SÄS", "142", "3", "0"],
            ["Skene lasarett", "96", "4", "1"],
            ["Närhälsans vårdcentraler, södra", "171", "11", "0"],
            ["Totalt", "1 312", "46", "7"]]
    data = [[Paragraph(c, cell) for c in r] for r in rows]
    t = Table(data, colWidths=[6.6 * cm, 3.2 * cm, 2.6 * cm, 4.0 * cm], repeatRows=1)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#8a8a8a")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e3e9ef")),
        ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#f0f0f0")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    s.append(KeepTogether([Paragraph("Tabell 1. Berörda användare och avvikelser per verksamhet, 19–26 januari 2027", cap), t]))
    s.append(Spacer(1, 0.3 * cm))
    s.append(P("Under januari 2027 var i genomsnitt 5 610 användare inloggade i Millennium en vanlig vardag på sjukhuset och vård|centralerna. Att färre berördes av avbrottet beror på att det inträffade innan dagens mottagnings|verksamhet hade kommit i gång."))
    s.append(P("Den 29 januari 2027 anmälde Södra Älvsborgs sjukhus en händelse enligt lex Maria. En patient på medicin|kliniken fick en planerad dos av ett blod|förtunnande läkemedel med drygt tre timmars fördröjning, eftersom ordinationen saknades på den utskrivna läkemedels|listan. Patienten fick ingen bestående skada."))
    s.append(P("Ingen patient behövde flyttas till ett annat sjukhus, och inga ambulanser dirigerades om under avbrottet."))

    s.append(Paragraph("4. Orsaker", h1))
    s.append(P("Den 3 februari 2027 överlämnade Oracle Svenska AB sin tekniska rotorsaks|analys till programmet. Leverantören bekräftar att certifikatet saknade automatisk förnyelse efter flytten och att ingen bevakning varnade innan det gick ut."))
    s.append(P("Analysgruppen konstaterar dessutom att regionen inte hade någon egen förteckning över certifikat och andra tids|begränsade beroenden i Millennium|miljön. Ansvaret för bevakningen var inte reglerat i förvaltnings|avtalet."))
    s.append(P("Eftersom avbrottet åtgärdades inom 48 timmar utlöstes inte det vite om 1,2 miljoner kronor per dag som tilläggs|avtalet från januari 2026 anger för kritiska fel som inte har rättats inom den tiden."))

    s.append(Paragraph("5. Åtgärder", h1))
    s.append(P("Den 5 februari 2027 införde Oracle en bevakning som larmar 30 dagar innan ett certifikat går ut. Regionen får larmen i kopia."))
    s.append(P("Analysgruppen föreslår fyra ytterligare åtgärder: en gemensam förteckning över tids|begränsade beroenden, en halvårs|vis genomgång av certifikaten, utskrift av läkemedels|listor två gånger per dygn i stället för en, och en övning i reserv|rutinen på varje enhet före etapp 2."))

    s.append(Paragraph("6. Analysgrupp och metod", h1))
    s.append(P("Den 20 januari 2027 utsåg programdirektören en analysgrupp med sex deltagare från Södra Älvsborgs sjukhus, Närhälsan, Koncernstab digitalisering och Oracle Svenska AB. Gruppen har intervjuat 27 medarbetare och gått igenom loggar, avvikelse|rapporter och larmlistor."))
    s.append(P("Under februari 2027 har analysen stämts av med regionchefsläkaren och med patient|säkerhets|enheten på Södra Älvsborgs sjukhus."))

    def furniture(c, page, total):
        w, hgt = A4
        c.saveState()
        c.setFont("Helvetica", 8)
        c.setFillColor(colors.HexColor("#4d4d4d"))
        if page > 1:
            c.drawString(2.3 * cm, hgt - 1.35 * cm,
                         "Händelseanalys · Driftstörning i Millennium 19 januari 2027 · RS 2027-00688")
            c.setStrokeColor(colors.HexColor("#999999"))
            c.line(2.3 * cm, hgt - 1.5 * cm, w - 2.3 * cm, hgt - 1.5 * cm)
        c.drawString(2.3 * cm, 1.25 * cm, "Västra Götalandsregionen · Program Millennium")
        c.drawRightString(w - 2.3 * cm, 1.25 * cm, f"Sida {page} ({total})")
        c.restoreState()

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=2.3 * cm, rightMargin=2.3 * cm,
                            topMargin=2.2 * cm, bottomMargin=2.0 * cm, title=title,
                            author="Karin Öhman, Södra Älvsborgs sjukhus")
    doc.build(s, canvasmaker=numbered_canvas(furniture))
    _finish_pdf(buf, fname, {
        "/Title": title, "/Author": "Karin Öhman, Södra Älvsborgs sjukhus",
        "/Subject": "Händelseanalys, RS 2027-00688", "/Creator": "Program Millennium",
        "/Keywords": "Millennium; driftstörning; certifikat; lex Maria",
        "/CreationDate": "D:20270223100000+01'00'", "/ModDate": "D:20270223100000+01'00'"})
    return fname


# ============================================================ D. Extern granskning (two columns)
def make_granskning():
    fname = "rapport-extern-granskning-stegvis-aterstart-millennium-2027-03-09.pdf"
    title = "Extern granskning av den stegvisa återstarten av Millennium"
    body = ParagraphStyle("b2", fontName="Helvetica", fontSize=9.6, leading=13.2,
                          alignment=TA_JUSTIFY, embeddedHyphenation=1, spaceAfter=6)
    hd = ParagraphStyle("hd", fontName="Helvetica-Bold", fontSize=11, leading=14, keepWithNext=1,
                        spaceBefore=6, spaceAfter=4, textColor=colors.HexColor("#234f3c"))
    tt = ParagraphStyle("tt2", fontName="Helvetica-Bold", fontSize=19, leading=24, spaceAfter=4,
                        textColor=colors.HexColor("#234f3c"))
    sub = ParagraphStyle("sub2", fontName="Helvetica", fontSize=12, leading=16, spaceAfter=6)
    meta = ParagraphStyle("meta2", fontName="Helvetica", fontSize=8.8, leading=12)
    box = ParagraphStyle("box", fontName="Helvetica-Oblique", fontSize=9.2, leading=12.5,
                         alignment=TA_LEFT, backColor=colors.HexColor("#eef4f0"), borderPadding=5,
                         spaceBefore=4, spaceAfter=10)

    def P(t):
        return WholeParagraph(h(t), body)

    tcell = ParagraphStyle("tc", fontName="Helvetica", fontSize=8.4, leading=10)

    w, hgt = A4
    lm, rm, gap = 2.0 * cm, 2.0 * cm, 0.8 * cm
    colw = (w - lm - rm - gap) / 2
    top, bottom = hgt - 2.1 * cm, 2.0 * cm
    title_h = 5.0 * cm
    first = [Frame(lm, top - title_h, w - lm - rm, title_h, id="title", showBoundary=0),
             Frame(lm, bottom, colw, top - title_h - bottom - 0.3 * cm, id="c1"),
             Frame(lm + colw + gap, bottom, colw, top - title_h - bottom - 0.3 * cm, id="c2")]
    later = [Frame(lm, bottom, colw, top - bottom, id="l1"),
             Frame(lm + colw + gap, bottom, colw, top - bottom, id="l2")]

    def furniture(c, page, total):
        c.saveState()
        c.setFont("Helvetica", 7.8)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(lm, hgt - 1.3 * cm, "Kvarnström Advisory AB · Extern granskning av återstarten av Millennium")
        c.drawRightString(w - rm, hgt - 1.3 * cm, "Rapport 2027-03-09")
        c.setStrokeColor(colors.HexColor("#234f3c"))
        c.line(lm, hgt - 1.45 * cm, w - rm, hgt - 1.45 * cm)
        c.drawString(lm, 1.2 * cm, "Uppdragsgivare: Västra Götalandsregionen, regionstyrelsen (RS 2026-05012)")
        c.drawRightString(w - rm, 1.2 * cm, f"Sida {page} av {total}")
        c.restoreState()

    s = [Paragraph("KVARNSTRÖM ADVISORY AB · RAPPORT", ParagraphStyle(
            "k", fontName="Helvetica-Bold", fontSize=9, textColor=colors.HexColor("#7a7a7a"))),
         Spacer(1, 0.2 * cm),
         Paragraph("Extern granskning av den stegvisa återstarten av Millennium", tt),
         Paragraph("Sammanfattande rapport till regionstyrelsen i Västra Götalandsregionen", sub),
         Paragraph("Göteborg den 9 mars 2027 · Diarienummer hos regionen: RS 2026-05012 · "
                   "Kontakt: cecilia.dahlgren@kvarnstromadvisory.example", meta),
         NextPageTemplate("later"),
         FrameBreak()]

    s.append(Paragraph("Uppdraget", hd))
    s.append(P("Regionstyrelsen beslutade den 24 november 2026 att låta en oberoende part granska den stegvisa återstarten av Millennium innan beslut fattas om nästa etapp. Kvarnström Advisory AB fick uppdraget efter en förnyad konkurrens|utsättning inom regionens ramavtal för konsult|tjänster."))
    s.append(P("Granskningen genomfördes mellan den 7 december 2026 och den 19 februari 2027. Vi har intervjuat 64 personer, gått igenom omkring 900 dokument och skickat en enkät till 1 480 slumpvis utvalda användare på Södra Älvsborgs sjukhus, Närhälsan och Regionhälsan. Svars|frekvensen var 61 procent."))
    s.append(P("Granskningen har letts av Cecilia Dahlgren, partner på Kvarnström Advisory AB. Uppdraget har kostat 3,6 miljoner kronor exklusive moms."))

    s.append(Paragraph("Övergripande bedömning", hd))
    s.append(P("Vår samlade bedömning är att den stegvisa återstarten har genomförts på ett kontrollerat sätt. Besluts|punkterna före varje etapp, den oberoende patient|säkerhets|bedömningen och möjligheten att återgå till de tidigare systemen har gett regionen en betydligt bättre styrning än vid driftstarten 2024."))
    s.append(P("Av de användare som besvarade enkäten anser 72 procent att Millennium fungerar lika bra som eller bättre än de tidigare journal|systemen. Bland läkarna är andelen 58 procent och bland sjuk|sköterskorna 76 procent."))
    enk = [["Yrkesgrupp", "Svarande", "Lika bra eller bättre, procent"],
           ["Läkare", "212", "58"],
           ["Sjuksköterskor", "341", "76"],
           ["Undersköterskor", "198", "81"],
           ["Administrativ personal", "96", "74"],
           ["Övriga", "56", "69"],
           ["Totalt", "903", "72"]]
    et = Table([[Paragraph(c, tcell) for c in r] for r in enk],
               colWidths=[3.4 * cm, 1.9 * cm, 2.9 * cm])
    et.setStyle(TableStyle([
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor("#234f3c")),
        ("LINEABOVE", (0, -1), (-1, -1), 0.5, colors.HexColor("#234f3c")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eef4f0")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    s.append(KeepTogether([Paragraph("Tabell. Enkätsvar per yrkesgrupp", ParagraphStyle(
        "tcap", fontName="Helvetica-Bold", fontSize=8.8, leading=11, spaceAfter=3)), et,
        Spacer(1, 0.3 * cm)]))
    s.append(Paragraph(h("Etapperna hittills: 318 användare på Regionhälsan (april 2026), 5 482 på SÄS och Närhälsan (september 2026) och 1 940 i kommunerna i Sjuhärad (februari 2027)."), box))

    s.append(Paragraph("Etapperna i korthet", hd))
    s.append(P("Etapp 1A på Regionhälsan uppfyllde åtta av tio utvärderings|kriterier helt och två delvis. Etapp 1B på Södra Älvsborgs sjukhus och Närhälsan uppfyllde elva av tolv kriterier. Det kriterium som inte uppfylldes gällde läkemedels|listorna, som inte visades fullständigt för en del patienter under de första dygnen."))
    s.append(P("Förberedelserna inför kommunernas anslutning den 16 februari 2027 bedömer vi som goda. Vid vår sista intervju|omgång hade 96 procent av kommunernas användare gått utbildningen, och kommunerna hade en egen plan för reserv|rutiner i hemsjukvården."))
    s.append(P("Etapp 1A och 1B har tillsammans kostat 272,3 miljoner kronor, vilket är 7,7 miljoner kronor mindre än beräknat. Leverantören har uppfyllt åtagandet i tilläggs|avtalet om minst 40 specialister på plats under de fyra första veckorna efter varje återstart."))

    s.append(Paragraph("Brister", hd))
    s.append(P("Den största bristen gäller förvaltningen. När granskningen avslutades var 142 av de 190 planerade tjänsterna i den permanenta förvaltnings|organisationen för Millennium tillsatta. Flera nyckelroller, bland annat inom integrationer och behörigheter, upprätthålls fortfarande av inhyrda konsulter."))
    s.append(P("Driftstörningen den 19 januari 2027 visar enligt vår bedömning att regionen är för beroende av leverantörens egna rutiner för drift och bevakning. Regionen saknade överblick över vilka certifikat och avtal som löper ut."))
    s.append(P("Vi ser också att nyanställda får en sämre introduktion i Millennium än de medarbetare som utbildades före återstarten. På Södra Älvsborgs sjukhus hade var femte nyanställd läkare inte gått grund|utbildningen vid sin första arbetsdag."))

    s.append(Paragraph("Inför etapp 2", hd))
    s.append(P("Vi rekommenderar att etapp 2 omfattar Skaraborgs Sjukhus och Närhälsans vård|centraler i östra området. Dessa verksamheter har relativt få gemensamma patient|flöden med Sahlgrenska Universitets|sjukhuset, vilket gör att regionens största sjukhus inte berörs om en återgång skulle bli nödvändig."))
    s.append(P("Vi avråder från en återstart före den 1 oktober 2027. Förvaltnings|organisationen behöver vara fullt bemannad och utbildningen genomförd innan ytterligare omkring 7 000 användare ansluts."))

    s.append(Paragraph("Rekommendationer", hd))
    s.append(P("Rapporten innehåller elva rekommendationer. De tre viktigaste är att bemanna förvaltnings|organisationen fullt ut före etapp 2, att införa en regional förteckning över tids|begränsade tekniska beroenden och att göra grund|utbildningen i Millennium obligatorisk före första arbetsdagen för alla nyanställda i vården."))
    s.append(P("Övriga rekommendationer gäller bland annat uppföljningen av läkemedels|listor, stödet till kommunerna och hur erfarenheter från varje etapp förs vidare till nästa."))
    s.append(Paragraph("Om metoden", hd))
    s.append(P("Intervjuerna genomfördes med förtroende|valda, regionens tjänste|personer, verksamhets|chefer, Millennium|coacher, företrädare för kommunerna och leverantören. Enkäten besvarades anonymt. Dokument|granskningen omfattade beslutsunderlag, protokoll, utvärderingar, avvikelse|sammanställningar och avtal."))
    s.append(P("Granskningen har inte omfattat de tekniska lösningarna i sig, och vi har inte bedömt enskilda patient|ärenden. Inte heller har vi granskat regionens upphandling av Millennium från 2018, som har varit föremål för andra granskningar."))

    s.append(Paragraph("Kommentar från regionen", hd))
    s.append(P("Regionen har getts möjlighet att faktagranska rapporten. Programdirektören har lämnat synpunkter på beskrivningen av förvaltnings|organisationen, och rapporten har justerats på två punkter. Våra bedömningar och rekommendationer har inte ändrats."))
    s.append(P("Rapporten överlämnades till regiondirektören den 9 mars 2027 och presenteras för regionstyrelsen vid sammanträdet den 23 mars 2027."))

    # keep every heading together with the flowable that follows it
    story = []
    i = 0
    while i < len(s):
        f = s[i]
        if isinstance(f, Paragraph) and f.style is hd and i + 1 < len(s):
            story.append(KeepTogether([f, s[i + 1]]))
            i += 2
        else:
            story.append(f)
            i += 1
    s = story

    buf = io.BytesIO()
    doc = BaseDocTemplate(buf, pagesize=A4, title=title,
                          author="Cecilia Dahlgren, Kvarnström Advisory AB")
    doc.addPageTemplates([PageTemplate(id="first", frames=first),
                          PageTemplate(id="later", frames=later)])
    doc.build(s, canvasmaker=numbered_canvas(furniture))
    _finish_pdf(buf, fname, {
        "/Title": title, "/Author": "Cecilia Dahlgren, Kvarnström Advisory AB",
        "/Subject": "Sammanfattande rapport till regionstyrelsen, RS 2026-05012",
        "/Creator": "Kvarnström Advisory AB",
        "/Keywords": "Millennium; extern granskning; etapp 2; förvaltning",
        "/CreationDate": "D:20270309080000+01'00'", "/ModDate": "D:20270309080000+01'00'"})
    return fname


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for fn in (make_delegationsbeslut, make_protokoll, make_handelseanalys, make_granskning):
        print(fn())
