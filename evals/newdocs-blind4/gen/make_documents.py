"""Generate the fictional .docx and .pdf documents of newdocs-blind4 (February – August 2028).

Run with a Python that has python-docx, reportlab and pypdf, from any directory:
    python3 -m venv .venv-gen
    .venv-gen/bin/pip install reportlab python-docx pypdf
    .venv-gen/bin/python gen/make_documents.py
The .txt, .md and .html documents are hand-written files in documents/.
All content is fictional test data: persons, figures, decisions, phone numbers (070-174 06 xx),
e-mail addresses and URLs (*.example) are invented. Real office-holders appear only by role.
"""
import datetime as dt
import io
from pathlib import Path

import docx
import pypdf
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.shared import Cm, Pt, RGBColor
from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepTogether, NextPageTemplate,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle)

OUT = Path(__file__).resolve().parent.parent / "documents"
SHY = "\u00ad"


# ============================================================ docx helpers
def _doc(title, created, author, font, size, subject="", keywords="", category=""):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    for sec in d.sections:
        sec.left_margin = Cm(2.4)
        sec.right_margin = Cm(2.4)
    cp = d.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.subject = subject
    cp.keywords = keywords
    cp.category = category
    cp.created = created
    cp.modified = created
    cp.revision = 4
    cp.language = "sv-SE"
    return d


def _p(d, text, bold=False, italic=False, size=None, after=6, indent=None, align=None, style=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if size:
        r.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(after)
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    if align is not None:
        p.alignment = align
    return p


def _tabbed(d, left, right, bold=False, size=10, after=0):
    """One line with a right-aligned tab stop (a common letterhead layout)."""
    p = d.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(16.2), WD_TAB_ALIGNMENT.RIGHT)
    r = p.add_run(f"{left}\t{right}")
    r.bold = bold
    r.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(after)
    return p


def _table(d, rows, widths, style="Table Grid", header=True, bold_last=False, size=9.5):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.LEFT
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = val
            for r in c.paragraphs[0].runs:
                r.font.size = Pt(size)
                if (header and i == 0) or (bold_last and i == len(rows) - 1):
                    r.bold = True
    for row in t.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = Cm(w)
    return t


# ============================================================ A. Tjänsteskrivelse 2028-02-08 (Word heading styles)
def make_tjansteskrivelse():
    fname = "tjansteskrivelse-svar-revisorerna-styrning-millennium-2028-02-08.docx"
    title = "Svar på revisorernas uppföljande granskning av styrningen av återstarten av Millennium"
    d = _doc(title, dt.datetime(2028, 2, 8, 10, 30), "Karin Wester", "Calibri", 11,
             "Tjänsteskrivelse till regionstyrelsen, RS 2028-00214",
             "Millennium; revision; månadsrapport; tidsbegränsade beroenden; etapp 3", "Tjänsteskrivelse")
    # Letterhead in the Word page header: python-docx body extraction does not see it.
    hdr = d.sections[0].header
    hp = hdr.paragraphs[0]
    hp.text = "Västra Götalandsregionen\tTJÄNSTESKRIVELSE"
    hp2 = hdr.add_paragraph("Koncernkontoret, Program Millennium\tDatum 2028-02-08")
    hp3 = hdr.add_paragraph("\tDiarienummer RS 2028-00214")
    for p in (hp, hp2, hp3):
        for r in p.runs:
            r.font.size = Pt(9)
    d.sections[0].footer.paragraphs[0].text = "Västra Götalandsregionen · Koncernkontoret · 070-174 06 00 · www.vgregion.example"

    d.add_heading(title, level=1)
    _p(d, "Handläggare: Karin Wester, programcontroller, Program Millennium, 070-174 06 72, karin.wester@vgregion.example", size=9.5, after=0)
    _p(d, "Till: Regionstyrelsen", size=9.5, after=10)

    d.add_heading("Förslag till beslut", level=2)
    _p(d, "Regionstyrelsen beslutar följande:", after=3)
    for t in ["Regionstyrelsen antar denna tjänsteskrivelse som sitt svar till revisorskollegiet på granskningsrapport 2027:09.",
              "Program Millennium ska från och med mars 2028 lämna en ekonomisk månadsrapport till varje ordinarie sammanträde med regionstyrelsen.",
              "Kriterierna för etapp 3 fastställs av regionstyrelsen samtidigt med planen för etapp 3."]:
        _p(d, t, style="List Number", after=3)

    d.add_heading("Sammanfattning", level=2)
    _p(d, "Revisorskollegiet överlämnade den 23 november 2027 granskningsrapport 2027:09 om regionstyrelsens styrning av återstarten av Millennium. Revisorerna bedömer att regionstyrelsen delvis har säkerställt en tillräcklig styrning och intern kontroll, och de lämnar tre rekommendationer. Revisorskollegiet vill ha regionstyrelsens svar senast den 29 februari 2028.")
    _p(d, "Regionstyrelsen delar i allt väsentligt revisorernas bedömning. Ärendet behandlas av regionstyrelsen den 22 februari 2028. Nedan redovisas vad som har gjorts och vad som föreslås för varje rekommendation.")

    d.add_heading("Revisorernas rekommendationer och förslag till svar", level=2)
    d.add_heading("Rekommendation 1: Månatlig ekonomisk rapportering", level=3)
    _p(d, "Revisorerna rekommenderar att regionstyrelsen begär månatlig ekonomisk rapportering om återstarten under de månader då en etapp genomförs.")
    _p(d, "Programmet föreslår att regionstyrelsen går längre än rekommendationen. Från och med mars 2028 lämnar Program Millennium en ekonomisk månadsrapport till varje ordinarie sammanträde med regionstyrelsen, även under månader då ingen etapp genomförs. Rapporten visar utfall och prognos för varje etapp och för förvaltningsorganisationen.")
    _p(d, "Den första månadsrapporten, med utfallet till och med februari, behandlas av regionstyrelsen den 28 mars 2028. Eftersom regionstyrelsen inte sammanträder i juli redovisas juni och juli i en gemensam rapport.")
    _p(d, "Tabell 1. Plan för ekonomiska månadsrapporter 2028", bold=True, size=10, after=2)
    _table(d, [["Rapport", "Utfall till och med", "Regionstyrelsens sammanträde"],
               ["Februarirapport", "29 februari", "2028-03-28"],
               ["Marsrapport", "31 mars", "2028-04-25"],
               ["Aprilrapport", "30 april", "2028-05-16"],
               ["Majrapport", "31 maj", "2028-06-20"],
               ["Juni–julirapport", "31 juli", "2028-08-29"],
               ["Augustirapport", "31 augusti", "2028-09-26"]],
           widths=[5.0, 4.5, 6.0], style="Light Grid Accent 1")
    _p(d, "", after=2)

    d.add_heading("Rekommendation 2: Avstämning av förteckningen över tidsbegränsade beroenden", level=3)
    _p(d, "Revisorerna rekommenderar att förteckningen över tidsbegränsade beroenden stäms av minst två gånger per år.")
    _p(d, "Programmet gjorde en fullständig avstämning av förteckningen den 31 januari 2028. Förteckningen omfattar nu 236 poster, jämfört med 212 poster i april 2027. De 24 nya posterna gäller främst integrationer som tillkom i Skaraborg under etapp 2.")
    _p(d, "Avstämningen görs hädanefter i maj och i november varje år. Förvaltningsledaren för Millennium ansvarar för avstämningen och redovisar resultatet i månadsrapporten.")
    _p(d, "Sedan den 1 oktober 2027 ansvarar Oracle enligt tilläggsavtal 2 för att bevaka beroendena. Regionens egen förteckning är en kontroll av att leverantören gör det.")

    d.add_heading("Rekommendation 3: Kriterier för etapp 3", level=3)
    _p(d, "Revisorerna rekommenderar att regionstyrelsen fastställer kriterier för etapp 3 innan planeringen av etappen påbörjas.")
    _p(d, "Programmet har hittills gjort en förberedande kartläggning tillsammans med NU-sjukvården och Närhälsan i norra området, men ingen detaljerad planering. Programmet föreslår att regionstyrelsen fastställer kriterierna samtidigt med planen för etapp 3 den 28 mars 2028, och att den detaljerade planeringen påbörjas först därefter.")
    _p(d, "Förslaget innehåller nio kriterier. Ett av dem är att integrationerna mot laboratoriesystemen ska ha fungerat vid två generalrepetitioner, vilket är en direkt följd av avbrottet i laboratorieremisserna i Skaraborg den 14–18 oktober 2027.")

    d.add_heading("Ekonomiska konsekvenser", level=2)
    _p(d, "Enligt bokslutet för 2027 kostade etapp 2 totalt 442,7 miljoner kronor, vilket är 9,1 miljoner kronor lägre än den beräknade kostnaden på 451,8 miljoner kronor.")
    _p(d, "Månadsrapporteringen kräver en halvtids controllertjänst, till en kostnad av cirka 0,4 miljoner kronor per år. Kostnaden ryms inom programmets budget.")

    d.add_heading("Beredning", level=2)
    _p(d, "Ärendet har beretts av Program Millennium tillsammans med Koncernstab ekonomi. Revisionskontoret har informerats om förslaget.")

    _p(d, "Göteborg den 8 februari 2028", after=10)
    _p(d, "Regiondirektör", after=0)
    _p(d, "Martin Hedberg, programdirektör, Program Millennium", after=10)
    _p(d, "Expedieras till: Revisorskollegiet, Program Millennium, Koncernstab ekonomi", italic=True, size=9.5)
    d.save(OUT / fname)
    return fname


# ============================================================ B. Protokollsutdrag regionfullmäktige 2028-06-13
def make_protokoll():
    fname = "protokollsutdrag-regionfullmaktige-millennium-2028-06-13.docx"
    title = "Protokollsutdrag, Regionfullmäktige 2028-06-13, §§ 96–99"
    d = _doc(title, dt.datetime(2028, 6, 16, 14, 5), "Per Almgren", "Georgia", 10.5,
             "Ansvarsfrihet 2027, tilläggsanslag etapp 3, interpellation om driftstoppet, motion",
             "Millennium; regionfullmäktige; etapp 3; tilläggsanslag; driftstopp", "Protokoll")
    _tabbed(d, "VÄSTRA GÖTALANDSREGIONEN", "PROTOKOLLSUTDRAG", bold=True, size=11)
    _tabbed(d, "Regionfullmäktige", "Sammanträdesdatum 2028-06-13", size=10, after=10)
    for line in ["Tid: tisdagen den 13 juni 2028 kl. 09.30–17.20",
                 "Plats: Regionens hus, Vänersborg",
                 "Närvarande: 145 av 149 ledamöter",
                 "Utdraget omfattar §§ 96–99"]:
        _p(d, line, size=10, after=0)
    _p(d, "", after=6)

    def para_head(num, text, dnr):
        _p(d, f"{num}\u2003{text}", bold=True, size=12, after=0)
        _p(d, dnr, italic=True, size=9.5, after=6)

    def lab(text):
        _p(d, text, bold=True, italic=True, size=10.5, after=2)

    # § 96
    para_head("§ 96", "Ansvarsfrihet för regionstyrelsen för år 2027", "Dnr RF 2028-00310")
    lab("Regionfullmäktiges beslut")
    _p(d, "Regionfullmäktige beviljar regionstyrelsen och de enskilda förtroendevalda i regionstyrelsen ansvarsfrihet för år 2027.")
    lab("Ärendet")
    _p(d, "Revisorerna tillstyrker i revisionsberättelsen för år 2027, daterad den 12 april 2028, att regionstyrelsen beviljas ansvarsfrihet.")
    _p(d, "Revisorerna riktar ingen anmärkning mot regionstyrelsen. I revisionsberättelsen påpekar de dock att styrningen och den interna kontrollen av återstarten av Millennium endast delvis har varit tillräcklig, och hänvisar till granskningsrapport 2027:09.")
    _p(d, "Revisorerna noterar att regionstyrelsen den 22 februari 2028 antog ett svar på rekommendationerna och att en ekonomisk månadsrapport om Millennium lämnas till regionstyrelsen sedan mars 2028.")
    lab("Jäv")
    _p(d, "Ledamöter i regionfullmäktige som under år 2027 var ledamöter eller ersättare i regionstyrelsen deltar inte i handläggningen av ärendet.", after=12)

    # § 97
    para_head("§ 97", "Tilläggsanslag för etapp 3 av återstarten av Millennium", "Dnr RS 2028-00987")
    lab("Regionfullmäktiges beslut")
    _p(d, "1. Regionfullmäktige anvisar regionstyrelsen ett tilläggsanslag om 186,0 miljoner kronor för etapp 3 av återstarten av Millennium.", indent=0.5)
    _p(d, "2. Tilläggsanslaget finansieras genom att regionens egna kapital tas i anspråk.", indent=0.5)
    lab("Ärendet")
    _p(d, "Regionstyrelsen fastställde den 28 mars 2028 planen för etapp 3, som omfattar NU-sjukvården och Närhälsans vårdcentraler i norra området. Återstarten är planerad till den 7 november 2028.")
    _p(d, "Den beräknade kostnaden för etapp 3 är 512,3 miljoner kronor, varav 326,3 miljoner kronor ryms inom den ram som regionfullmäktige tidigare har beslutat. Regionstyrelsen föreslog den 16 maj 2028 att regionfullmäktige anvisar mellanskillnaden.")
    _p(d, "Tabell 1. Finansiering av etapp 3, miljoner kronor", bold=True, size=9.5, after=2)
    _table(d, [["Post", "Belopp"],
               ["Beräknad kostnad för etapp 3", "512,3"],
               ["Ryms inom tidigare beslutad ram", "326,3"],
               ["Tilläggsanslag enligt förslaget", "186,0"]],
           widths=[9.0, 3.0], style="Light Shading Accent 1")
    _p(d, "", after=2)
    lab("Yrkanden")
    _p(d, "Regionstyrelsens ordförande yrkar bifall till regionstyrelsens förslag.")
    _p(d, "Tomas Rydén yrkar att ärendet återremitteras till regionstyrelsen för att kostnaden för etapp 3 ska jämföras med utfallet för etapp 2.")
    lab("Propositionsordning och omröstning")
    _p(d, "Ordföranden ställer proposition på om ärendet ska avgöras i dag eller återremitteras och finner att det ska avgöras i dag. Votering begärs och verkställs. Omröstningsresultatet framgår av tabell 2.")
    _p(d, "Tabell 2. Omröstning om återremiss", bold=True, size=9.5, after=2)
    _table(d, [["Röst", "Antal"],
               ["Ja, ärendet avgörs i dag", "94"],
               ["Nej, ärendet återremitteras", "51"],
               ["Frånvarande", "4"],
               ["Summa", "149"]],
           widths=[9.0, 3.0], style="Light Shading Accent 1", bold_last=True)
    _p(d, "", after=2)
    _p(d, "Regionfullmäktige har därmed beslutat att avgöra ärendet i dag. Därefter bifaller regionfullmäktige regionstyrelsens förslag.")
    lab("Reservation")
    _p(d, "Tomas Rydén och Leila Haddad reserverar sig mot beslutet.", after=12)

    # § 98
    para_head("§ 98", "Svar på interpellation om driftstoppet i Millennium den 23 maj 2028", "Dnr RF 2028-00455")
    lab("Ärendet")
    _p(d, "Leila Haddad har i en interpellation som inkom den 29 maj 2028 frågat regionstyrelsens ordförande vad som orsakade driftstoppet i Millennium den 23 maj 2028, varför leverantören inte betalar vite och vad regionen gör för att ett liknande avbrott inte ska inträffa igen.")
    _p(d, "Regionstyrelsens ordförande besvarar interpellationen muntligt och skriftligt. Av svaret framgår följande.")
    _p(d, "Millennium var otillgängligt för samtliga användare mellan kl. 13.12 och kl. 15.46. Enligt Oracles slutliga rapport den 30 maj 2028 fungerade inte den automatiska omkopplingen till leverantörens reservdatahall efter en planerad ändring i nätverket.")
    _p(d, "Avbrottet omfattas inte av vitet i tilläggsavtal 2, eftersom det inte orsakades av ett utgånget beroende, och felet var avhjälpt inom 48 timmar. Regionen har därför inte rätt till vite enligt gällande avtal.")
    _p(d, "Förhandlingarna om tilläggsavtal 3 med Oracle avslutades den 2 juni 2028. Avtalet ger regionen rätt till vite vid varje oplanerat avbrott som varar längre än två timmar, och leverantören ska testa omkopplingen mellan datahallarna en gång per kvartal.")
    _p(d, "Efter debatt, där Leila Haddad, regionstyrelsens ordförande och Birgitta Ahlqvist yttrar sig, förklarar ordföranden interpellationen besvarad.", after=12)

    # § 99
    para_head("§ 99", "Motion om en oberoende patientsäkerhetsgranskning före etapp 3", "Dnr RF 2028-00471")
    lab("Regionfullmäktiges beslut")
    _p(d, "Regionfullmäktige remitterar motionen till regionstyrelsen för beredning.")
    lab("Ärendet")
    _p(d, "Birgitta Ahlqvist och Tomas Rydén föreslår i en motion som inkom den 5 juni 2028 att en extern och oberoende granskning av patientsäkerheten ska genomföras innan regionstyrelsen fattar det slutliga beslutet om etapp 3.")
    _p(d, "Enligt regionfullmäktiges arbetsordning ska en motion besvaras inom ett år från det att den väcktes.", after=16)

    _p(d, "Vid protokollet: Per Almgren, sekreterare", after=0)
    _p(d, "Ordförande: Regionfullmäktiges ordförande", after=0)
    _p(d, "Justerare: Anna Vikström och Karl-Erik Moberg", after=8)
    _p(d, "Protokollet justerades den 16 juni 2028 och anslogs på regionens digitala anslagstavla den 19 juni 2028.", italic=True, size=9.5, after=2)
    _p(d, "Utdragets riktighet intygas: Per Almgren", size=9.5)
    d.save(OUT / fname)
    return fname


# ============================================================ PDF helpers
def h(text):
    """Soft hyphens at '|' (allowed break points, rendered as '-' at a line end)."""
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


# ============================================================ C. Medarbetarenkäten (two columns, hyphenation)
def make_enkat():
    fname = "rapport-medarbetarenkaten-millennium-2028-06-20.pdf"
    title = "Millennium i vardagen – medarbetarenkäten 2028"
    green = colors.HexColor("#0b5d7a")
    body = ParagraphStyle("eb", fontName="Times-Roman", fontSize=11.8, leading=15.4,
                          alignment=TA_JUSTIFY, embeddedHyphenation=1, spaceAfter=5)
    sec = ParagraphStyle("es", fontName="Helvetica-Bold", fontSize=9.6, leading=12, textColor=green,
                         spaceBefore=8, spaceAfter=4, keepWithNext=1)
    quote = ParagraphStyle("eq", fontName="Times-Italic", fontSize=11, leading=14, textColor=green,
                           leftIndent=0.3 * cm, rightIndent=0.3 * cm, spaceBefore=4, spaceAfter=8,
                           borderColor=green, borderWidth=0, borderPadding=4)
    kick = ParagraphStyle("ek", fontName="Helvetica", fontSize=8, leading=10, textColor=green)
    big = ParagraphStyle("et", fontName="Helvetica-Bold", fontSize=19, leading=23, spaceAfter=4)
    sub = ParagraphStyle("esub", fontName="Helvetica", fontSize=11, leading=14, spaceAfter=5)
    meta = ParagraphStyle("em", fontName="Helvetica", fontSize=8.2, leading=10.5, textColor=colors.HexColor("#444444"))
    cell = ParagraphStyle("ec", fontName="Helvetica", fontSize=7.9, leading=9.6)
    cellb = ParagraphStyle("ecb", parent=cell, fontName="Helvetica-Bold")
    cap = ParagraphStyle("ecap", fontName="Helvetica-Bold", fontSize=8.2, leading=10, spaceBefore=2, spaceAfter=2)

    def P(t):
        return Paragraph(h(t), body)

    story = [
        Paragraph("VÄSTRA GÖTALANDSREGIONEN · KONCERNKONTORET · RAPPORT 2028:4", kick),
        Spacer(1, 0.15 * cm),
        Paragraph(title, big),
        Paragraph("Resultat från enkäten till användarna av journalsystemet Millennium, maj 2028", sub),
        Paragraph("Enheten för verksamhetsanalys på uppdrag av Program Millennium · Analysledare: Nadia Berg · "
                  "20 juni 2028 · Presenteras för programstyrgruppen den 27 juni 2028", meta),
        FrameBreak(),
        NextPageTemplate("later"),
    ]
    story.append(Paragraph("Sammanfattning", sec))
    story.append(P("Sex av tio medarbetare som använder Millennium anser att journal|systemet fungerar lika bra som eller bättre än de system det ersatte. Samtidigt uppger fyra av tio att de lägger mer tid på doku|menta|tion än före bytet."))
    story.append(P("Läke|medels|listan är det område som flest svarande pekar ut som ett problem. Programmet har därför beslutat att förenkla läke|medels|listan före etapp 3."))
    story.append(Paragraph("Om enkäten", sec))
    story.append(P("Enkäten skickades den 2 maj 2028 till samtliga 17 140 medarbetare som hade behörighet i Millennium och var öppen till och med den 19 maj. Totalt svarade 10 968 personer, vilket ger en svars|frekvens på 64,0 procent."))
    story.append(P("Det är första gången enkäten omfattar alla verksam|heter som använder Millennium, även hem|sjuk|vården i kommunerna i Sjuhärad och Skaraborg. Tidigare enkäter har gjorts för en etapp i taget."))
    story.append(P("Enkäten stängde fyra dagar före drift|stoppet den 23 maj 2028, då Millennium låg nere i hela regionen. Resultaten påverkas därför inte av drift|stoppet."))
    story.append(Paragraph("Helhetsbedömning", sec))
    story.append(P("58 procent av de svarande anser att Millennium fungerar lika bra som eller bättre än de tidigare journal|systemen. 27 procent anser att det fungerar sämre, och 15 procent har inte arbetat i något annat journal|system i regionen."))
    rows = [["Verksamhet", "Svarande", "Andel"],
            ["Regionhälsan", "224", "71 %"],
            ["SÄS och Närhälsan södra", "3 702", "62 %"],
            ["Skaraborgs Sjukhus och Närhälsan östra", "4 615", "59 %"],
            ["Kommunerna i Sjuhärad", "1 133", "52 %"],
            ["Kommunerna i Skaraborg", "1 294", "44 %"],
            ["Totalt", "10 968", "58 %"]]
    data = [[Paragraph(c, cellb if i in (0, len(rows) - 1) else cell) for c in r] for i, r in enumerate(rows)]
    t = Table(data, colWidths=[4.35 * cm, 1.65 * cm, 1.45 * cm])
    t.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 0.8, green),
                           ("LINEBELOW", (0, 0), (-1, 0), 0.5, green),
                           ("LINEABOVE", (0, -1), (-1, -1), 0.5, green),
                           ("LINEBELOW", (0, -1), (-1, -1), 0.8, green),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                           ("LEFTPADDING", (0, 0), (-1, -1), 2)]))
    story.append(KeepTogether([Paragraph("Tabell 1. Andel som anser att Millennium fungerar lika bra eller bättre, per verksamhet", cap), t, Spacer(1, 0.25 * cm)]))
    story.append(P("Andelen positiva är högst i Regionhälsan, som har använt Millennium längst, och lägst i kommunerna i Skaraborg. Vi bedömer att den låga andelen i kommunerna i Skaraborg främst beror på att de bara hade använt Millennium i sju veckor när enkäten öppnade."))
    story.append(P("Bland sjukhusets och vård|central|ernas medarbetare i Skaraborg är andelen positiva 59 procent. I utvärderingen av etapp 2 i november 2027 var den 64 procent, men den mätningen gjordes med en annan fråga och ett mindre urval."))
    story.append(Paragraph("Tid för dokumentation", sec))
    story.append(P("41 procent uppger att de lägger mer tid på doku|menta|tion än före bytet, 38 procent ungefär lika mycket tid och 21 procent mindre tid. Bland läkarna uppger 53 procent att de lägger mer tid på doku|menta|tion."))
    story.append(Paragraph("”Jag skriver snabbare nu, men jag letar längre efter det som andra har skrivit.” – läkare, Borås", quote))
    story.append(Paragraph("Skillnader mellan yrkesgrupper", sec))
    story.append(P("Under|sköterskor är den mest positiva yrkes|gruppen: 66 procent anser att Millennium fungerar lika bra eller bättre. Bland medicinska sekreterare är andelen 61 procent, bland sjuk|sköterskor 57 procent och bland läkare 49 procent."))
    story.append(Paragraph("Hemsjukvården i kommunerna", sec))
    story.append(P("I kommunerna uppger 68 procent att det har blivit lättare att se vilka läke|medel patienten har ordinerats, eftersom hem|sjuk|vården och vård|centralerna nu använder samma läke|medels|lista. Samtidigt tycker många att inloggningen tar för lång tid vid hem|besök, där upp|kopplingen ibland är svag."))
    story.append(Paragraph("Det som fungerar sämst", sec))
    story.append(P("De tre områden som flest pekar ut som problem är läke|medels|listan (34 procent), utskrifter av intyg och remisser (29 procent) och inloggningen (22 procent). Totalt lämnade de svarande 4 812 kommentarer i fritext."))
    story.append(Paragraph("Utbildning och stöd", sec))
    story.append(P("72 procent anser att grund|utbildningen gav dem tillräckliga kunskaper för att börja arbeta i Millennium. Bland läkare och sjuk|sköterskor har 23 procent gått fördjupnings|kursen Millennium steg 2, som startade i januari."))
    story.append(P("Super|användarna på enheterna får högst betyg av alla former av stöd: 81 procent av dem som har fått hjälp av en super|användare är nöjda med hjälpen."))
    story.append(Paragraph("Åtgärder", sec))
    story.append(P("Programmet har beslutat att förenkla läke|medels|listan i en uppdatering av Millennium som planeras till den 17 oktober 2028, tre veckor före starten av etapp 3."))
    story.append(P("Från september erbjuds fördjupnings|kursen även för under|sköterskor. Nästa medarbetar|enkät genomförs i maj 2029."))

    story.append(Paragraph("Metod och bortfall", sec))
    story.append(P("Enkäten var webbaserad och anonym. Den som inte hade svarat fick två på|minnelser, den 9 och den 16 maj. Svars|frekvensen var lägst bland läkare (51 procent) och högst bland under|sköterskor (71 procent)."))
    story.append(P("Resultaten har inte viktats. Eftersom läkarna är under|representerade bland de svarande kan andelen positiva vara något över|skattad för regionen som helhet."))
    story.append(Paragraph("Så används resultaten", sec))
    story.append(P("Resultaten per enhet skickas till cheferna under vecka 26. Varje enhet med minst tio svarande får en egen rapport och ska ta fram en handlings|plan senast den 30 september 2028."))
    story.append(P("Programmet redovisar åtgärderna för regionstyrelsen under hösten, i samband med beslutet om etapp 3."))

    W, H = A4
    lm = rm = 2.5 * cm
    top, bottom = H - 2.1 * cm, 2.2 * cm
    gap = 1.0 * cm
    colw = (W - lm - rm - gap) / 2
    title_h = 5.0 * cm
    first = [Frame(lm, top - title_h, W - lm - rm, title_h, id="title"),
             Frame(lm, bottom, colw, top - title_h - bottom - 0.2 * cm, id="c1"),
             Frame(lm + colw + gap, bottom, colw, top - title_h - bottom - 0.2 * cm, id="c2")]
    later = [Frame(lm, bottom, colw, top - bottom, id="l1"),
             Frame(lm + colw + gap, bottom, colw, top - bottom, id="l2")]

    def header(c, doc):
        # drawn when the page begins, so it comes before the body text in the content stream
        c.saveState()
        c.setFont("Helvetica", 7.6)
        c.setFillColor(green)
        c.drawString(lm, H - 1.3 * cm, "Medarbetarenkäten 2028 · Millennium i vardagen")
        c.drawRightString(W - rm, H - 1.3 * cm, "Rapport 2028:4")
        c.setStrokeColor(green)
        c.line(lm, H - 1.45 * cm, W - rm, H - 1.45 * cm)
        c.restoreState()

    def footer(c, page, total):
        c.saveState()
        c.setFont("Helvetica", 7.6)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(lm, 1.2 * cm, "Enheten för verksamhetsanalys · Västra Götalandsregionen")
        c.drawRightString(W - rm, 1.2 * cm, f"Sida {page} av {total}")
        c.restoreState()

    buf = io.BytesIO()
    doc = BaseDocTemplate(buf, pagesize=A4, title=title, author="Nadia Berg, Enheten för verksamhetsanalys")
    doc.addPageTemplates([PageTemplate(id="first", frames=first),
                          PageTemplate(id="later", frames=later, onPage=header)])
    doc.build(story, canvasmaker=numbered_canvas(footer))
    _finish_pdf(buf, fname, {
        "/Title": title, "/Author": "Nadia Berg, Enheten för verksamhetsanalys",
        "/Subject": "Medarbetarenkät om Millennium, maj 2028 (Rapport 2028:4)",
        "/Creator": "Koncernkontoret, Västra Götalandsregionen",
        "/Keywords": "Millennium; medarbetarenkät; journalsystem; dokumentation; läkemedelslistan",
        "/CreationDate": "D:20280620083000+02'00'", "/ModDate": "D:20280620083000+02'00'"})
    return fname


# ============================================================ D. Programrapport (landscape slides)
def make_slides():
    fname = "presentation-programrapport-millennium-regionstyrelsen-2028-08-22.pdf"
    title = "Programrapport augusti 2028 – Program Millennium"
    W, H = landscape(A4)
    navy = colors.HexColor("#1d3557")
    bullet = ParagraphStyle("sb", fontName="Helvetica", fontSize=15, leading=20, leftIndent=0.7 * cm,
                            bulletIndent=0.1 * cm, spaceAfter=7)
    small = ParagraphStyle("ss", fontName="Helvetica-Oblique", fontSize=10.5, leading=13)
    sub2 = ParagraphStyle("sh", fontName="Helvetica-Bold", fontSize=16, leading=20, textColor=navy, spaceAfter=4)
    cell = ParagraphStyle("sc", fontName="Helvetica", fontSize=11, leading=13.5)
    cellb = ParagraphStyle("scb", parent=cell, fontName="Helvetica-Bold", textColor=colors.white)
    cellt = ParagraphStyle("sct", parent=cell, fontName="Helvetica-Bold")

    c = rl_canvas.Canvas(str(OUT / fname) + ".tmp", pagesize=(W, H))
    total = 6

    def master(n, show_footer=True):
        # the slide master (footer) is drawn first, so its text precedes the slide text
        if show_footer:
            c.setFont("Helvetica", 8.5)
            c.setFillColor(colors.HexColor("#666666"))
            c.drawString(1.5 * cm, 0.9 * cm, "Program Millennium · Programrapport augusti 2028 · Regionstyrelsen 2028-08-29")
            c.drawRightString(W - 1.5 * cm, 0.9 * cm, f"{n} / {total}")
        c.setFillColor(colors.black)

    def slide_title(text):
        c.setFillColor(navy)
        c.rect(0, H - 2.6 * cm, W, 2.6 * cm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 24)
        c.drawString(1.5 * cm, H - 1.7 * cm, text)
        c.setFillColor(colors.black)

    def flow(items, x, y, w):
        for it in items:
            _, hh = it.wrap(w, H)
            it.drawOn(c, x, y - hh)
            y -= hh + (it.style.spaceAfter if hasattr(it, "style") else 0)
        return y

    def bullets(lines):
        return [Paragraph(t, bullet, bulletText="–") for t in lines]

    def table(rows, widths, bold_last=False):
        data = []
        for i, r in enumerate(rows):
            st = cellb if i == 0 else (cellt if bold_last and i == len(rows) - 1 else cell)
            data.append([Paragraph(x, st) for x in r])
        t = Table(data, colWidths=[w * cm for w in widths])
        style = [("BACKGROUND", (0, 0), (-1, 0), navy),
                 ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#eef2f7")]),
                 ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                 ("TOPPADDING", (0, 0), (-1, -1), 3.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5)]
        if bold_last:
            style.append(("LINEABOVE", (0, -1), (-1, -1), 1.0, navy))
        t.setStyle(TableStyle(style))
        return t

    # 1 title slide
    master(1, show_footer=False)
    c.setFillColor(navy)
    c.rect(0, 0, 9 * cm, H, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 13)
    c.drawString(1.2 * cm, H - 2.0 * cm, "VÄSTRA GÖTALANDSREGIONEN")
    c.setFillColor(navy)
    c.setFont("Helvetica-Bold", 34)
    c.drawString(10.5 * cm, H - 7.0 * cm, "Programrapport augusti 2028")
    c.setFont("Helvetica", 20)
    c.drawString(10.5 * cm, H - 8.4 * cm, "Program Millennium – läget inför etapp 3")
    c.setFont("Helvetica", 14)
    c.setFillColor(colors.HexColor("#333333"))
    c.drawString(10.5 * cm, H - 10.4 * cm, "Till regionstyrelsens sammanträde den 29 augusti 2028")
    c.drawString(10.5 * cm, H - 11.2 * cm, "Martin Hedberg, programdirektör")
    c.drawString(10.5 * cm, H - 12.0 * cm, "Göteborg, 22 augusti 2028")
    c.showPage()

    # 2 Läget i korthet
    master(2)
    slide_title("Läget i korthet")
    flow(bullets([
        "Millennium används nu av omkring 17 100 medarbetare i regionen och i 23 kommuner.",
        "De 15 kommunerna i Skaraborg anslöts den 14 mars 2028 kl. 07.00. Då fick 2 241 medarbetare i kommunernas hälso- och sjukvård behörighet.",
        "Skaraborgs Sjukhus lämnade sin redovisning till IVO den 27 mars 2028: läkemedelsavstämningen var dokumenterad inom 24 timmar i 96 av 100 granskade journaler i januari och februari.",
        "IVO avslutade ärendet den 2 maj 2028 utan ytterligare krav.",
        "Regionfullmäktige anvisade den 13 juni 2028 ett tilläggsanslag om 186,0 miljoner kronor för etapp 3.",
    ]), 1.5 * cm, H - 3.4 * cm, W - 3.5 * cm)
    c.showPage()

    # 3 Tilläggsavtal 3
    master(3)
    slide_title("Tilläggsavtal 3 med Oracle")
    flow(bullets([
        "Undertecknat den 4 juli 2028 av regiondirektören; gäller till och med den 31 december 2029.",
        "Oracle ska ha minst 72 specialister på plats i Trollhättan och Uddevalla under de fyra första veckorna av etapp 3.",
        "Vite om 750 000 kronor för varje oplanerat avbrott som varar längre än två timmar, oavsett orsak.",
        "Oracle testar omkopplingen mellan datahallarna en gång per kvartal. Det första testet genomfördes lördagen den 12 augusti 2028 kl. 02.00–02.41, och omkopplingen tog 4 minuter och 12 sekunder.",
        "Avtalet kostar 9,8 miljoner kronor, som ingår i den beräknade kostnaden för etapp 3.",
        "Tilläggsavtal 2 om bevakning av certifikat och andra beroenden gäller fortfarande.",
    ]), 1.5 * cm, H - 3.4 * cm, W - 3.5 * cm)
    c.showPage()

    # 4 Beredskap
    master(4)
    slide_title("Beredskap inför etapp 3 – läge den 18 augusti 2028")
    t = table([["Kriterium", "Mål", "Utfall 18 augusti", "Bedömning"],
               ["Användare som har gått Millennium grund 4.0", "95 % senast 24 oktober", "0 % (start 4 september)", "Enligt plan"],
               ["Labbintegrationer godkända vid generalrepetition", "2 av 2", "1 av 2 (5 augusti)", "Enligt plan"],
               ["Kritiska arbetsflöden godkända i integrationstest", "52", "38", "Pågår"],
               ["Millenniumcoacher rekryterade", "380", "341", "Pågår"],
               ["Enheter som har övat reservrutinen", "248", "112", "Pågår"],
               ["Specialister från Oracle bekräftade", "72", "72", "Uppfyllt"],
               ["Tjänster i förvaltningsorganisationen tillsatta", "196", "194", "Delvis uppfyllt"]],
              [10.0, 5.2, 5.4, 4.2])
    tw, th = t.wrap(W, H)
    t.drawOn(c, 1.5 * cm, H - 3.3 * cm - th)
    flow([Paragraph("Tabellen visar sju av de nio kriterierna. Patientsäkerhetsbedömningen och uppdateringen av läkemedelslistan bedöms i september.", small)],
         1.5 * cm, H - 3.6 * cm - th, W - 3.0 * cm)
    c.showPage()

    # 5 Ekonomi
    master(5)
    slide_title("Ekonomi 2028 – utfall januari–juli (miljoner kronor)")
    t = table([["Kostnadspost", "Budget 2028", "Utfall jan–jul", "Prognos 2028", "Avvikelse"],
               ["Etapp 3, förberedelser och genomförande 2028", "301,5", "88,2", "296,9", "+4,6"],
               ["Anslutning av kommunerna i Skaraborg (regionens del)", "14,2", "12,9", "13,6", "+0,6"],
               ["Förvaltningsorganisation Millennium", "168,0", "97,4", "171,3", "\u22123,3"],
               ["Driftstoppet 23 maj", "0,0", "2,7", "2,7", "\u22122,7"],
               ["Totalt", "483,7", "201,2", "484,5", "\u22120,8"]],
              [10.6, 3.4, 3.4, 3.4, 3.2], bold_last=True)
    tw, th = t.wrap(W, H)
    t.drawOn(c, 1.5 * cm, H - 3.3 * cm - th)
    flow(bullets([
        "Prognosen för 2028 är 484,5 miljoner kronor, vilket är 0,8 miljoner kronor över budget.",
        "Driftstoppet den 23 maj kostade 2,7 miljoner kronor i extra bemanning och manuell registrering.",
        "Detta är den femte ekonomiska månadsrapporten. Den första behandlades den 28 mars 2028.",
    ]), 1.5 * cm, H - 4.0 * cm - th, W - 3.5 * cm)
    c.showPage()

    # 6 Driftstoppet och nästa steg
    master(6)
    slide_title("Driftstoppet den 23 maj och nästa steg")
    y = flow([Paragraph("Driftstoppet den 23 maj 2028", sub2)] + bullets([
        "Millennium var otillgängligt för samtliga användare kl. 13.12–15.46.",
        "Totalt rapporterades 52 avvikelser. En händelse, en försenad antibiotikados på akutmottagningen i Lidköping, har anmälts enligt lex Maria.",
    ]) + [Paragraph("Nästa steg", sub2)] + bullets([
        "4 september: den lärarledda utbildningen Millennium grund 4.0 startar",
        "26 september: regionstyrelsens slutliga beslut om etapp 3",
        "14 oktober: generalrepetition med det andra testet av labbintegrationerna",
        "7 november kl. 05.00: återstart på NU-sjukvården och Närhälsan i norra området",
    ]), 1.5 * cm, H - 3.3 * cm, W - 3.5 * cm)
    flow([Paragraph("<b>Förslag till beslut:</b> Regionstyrelsen lägger programrapporten till handlingarna.", ParagraphStyle("fb", parent=bullet, leftIndent=0, textColor=navy))],
         1.5 * cm, y - 0.2 * cm, W - 3.5 * cm)
    c.showPage()
    c.save()

    tmp = OUT / (fname + ".tmp")
    buf = io.BytesIO(tmp.read_bytes())
    tmp.unlink()
    _finish_pdf(buf, fname, {
        "/Title": title, "/Author": "Martin Hedberg, Program Millennium",
        "/Subject": "Programrapport till regionstyrelsen 2028-08-29",
        "/Creator": "Program Millennium",
        "/Keywords": "Millennium; programrapport; etapp 3; tilläggsavtal 3; ekonomi; driftstopp",
        "/CreationDate": "D:20280822151000+02'00'", "/ModDate": "D:20280822151000+02'00'"})
    return fname


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for fn in (make_tjansteskrivelse, make_protokoll, make_enkat, make_slides):
        print(fn())
