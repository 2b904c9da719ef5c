"""Generate the fictional .docx and .pdf documents of newdocs-blind5 (October 2028 – May 2029).

Run with a Python that has python-docx, reportlab and pypdf, from any directory:
    python3 -m venv .venv-gen
    .venv-gen/bin/pip install reportlab python-docx pypdf
    .venv-gen/bin/python gen/make_documents.py
The .txt, .md and .html documents are hand-written files in documents/.
All content is fictional test data: persons, figures, decisions, votes, phone numbers (070-174 06 xx),
e-mail addresses and URLs (*.example) are invented. Real office-holders appear only by role.
"""
import datetime as dt
import io
from pathlib import Path

import docx
import pypdf
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepTogether, NextPageTemplate,
                                PageBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle)

OUT = Path(__file__).resolve().parent.parent / "documents"
SHY = "\u00ad"


# ============================================================ docx helpers
def _doc(title, created, modified, author, font, size, subject="", keywords="", category=""):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    for sec in d.sections:
        sec.left_margin = Cm(2.2)
        sec.right_margin = Cm(2.2)
    cp = d.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.subject = subject
    cp.keywords = keywords
    cp.category = category
    cp.created = created
    cp.modified = modified
    cp.revision = 3
    cp.language = "sv-SE"
    return d


def _p(d, text, bold=False, italic=False, size=None, after=6, indent=None, color=None):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    p.paragraph_format.space_after = Pt(after)
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    return p


def _lines(container, lines, bold_first=False, size=None, after=6):
    """One paragraph whose lines are separated by manual line breaks (<w:br/>)."""
    p = container.add_paragraph()
    for i, line in enumerate(lines):
        r = p.add_run(line)
        if size:
            r.font.size = Pt(size)
        if bold_first and i == 0:
            r.bold = True
        if i < len(lines) - 1:
            r.add_break(WD_BREAK.LINE)
    p.paragraph_format.space_after = Pt(after)
    return p


def _shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


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


# ============================================================ A. NU-sjukvårdens styrelse 2028-12-12 ("Ärende N")
def make_nu_protokoll():
    fname = "protokoll-styrelsen-nu-sjukvarden-millennium-2028-12-12.docx"
    title = "Protokollsutdrag, Styrelsen för NU-sjukvården 2028-12-12, ärende 4–6"
    d = _doc(title, dt.datetime(2028, 12, 12, 16, 40), dt.datetime(2028, 12, 15, 10, 5), "Therese Ljung",
             "Arial", 10.5, "Uppföljning av Millennium, ersättning för merkostnader, vårdplatser under helgerna",
             "NU-sjukvården; Millennium; etapp 3; ersättning; lex Maria", "Protokoll")
    hdr = d.sections[0].header.paragraphs[0]
    hdr.text = "NU-sjukvården · Västra Götalandsregionen\tPROTOKOLL\t2028-12-12"
    for r in hdr.runs:
        r.font.size = Pt(8.5)
    d.sections[0].footer.paragraphs[0].text = "Justerandes signatur: ........  ........        Utdragsbestyrkande: ........"

    _p(d, "PROTOKOLLSUTDRAG", bold=True, size=14, after=2)
    _p(d, "Styrelsen för NU-sjukvården", bold=True, size=12, after=8)
    _lines(d, ["Sammanträde: tisdagen den 12 december 2028 kl. 13.00–16.15",
               "Plats: NÄL, Trollhättan, konferensrum Göta älv",
               "Utdraget omfattar ärende 4–6"], size=10, after=8)
    _p(d, "Närvarande ledamöter: styrelsens ordförande, Gunnar Fridh (vice ordförande), Eva Lundholm, "
          "Anders Norling, Sofie Carlén, Mikael Åhs, Ingrid Bergvall, Kerstin Holm, Jonas Pettersson, "
          "Åsa Lindberg och Emir Kovač.", size=10, after=2)
    _p(d, "Övriga närvarande: förvaltningschefen, Camilla Westin (ekonomichef), Patrik Olausson (chefläkare), "
          "Lena Forsgren (införandeledare, ärende 4), Therese Ljung (sekreterare).", size=10, after=2)
    _p(d, "Justerare: Anders Norling", size=10, after=12)

    def arende(num, text, dnr):
        # "Ärende N" and its title in ONE paragraph, split by a manual line break
        _lines(d, [f"Ärende {num}", text], bold_first=True, size=12, after=0)
        _p(d, dnr, italic=True, size=9, after=6, color="555555")

    def lab(text):
        _p(d, text, bold=True, size=10.5, after=2)

    # Ärende 4
    arende(4, "Uppföljning av övergången till journalsystemet Millennium", "Dnr NU 2028-01421")
    _p(d, "Föredragande: Lena Forsgren, införandeledare, och Patrik Olausson, chefläkare.", italic=True, size=10)
    lab("Ärendet")
    _p(d, "Millennium togs i bruk på NÄL, Uddevalla sjukhus och NU-sjukvårdens övriga enheter den 7 november 2028, samtidigt som på Närhälsans 31 vårdcentraler i norra området. Den 3 december hade 8 406 medarbetare behörighet i Millennium.")
    _p(d, "Från den 7 november till och med den 3 december rapporterades 311 avvikelser som rör Millennium inom NU-sjukvården, varav 96 gäller läkemedel.")
    _p(d, "Två händelser har anmälts enligt lex Maria. Den första gäller en patient på Uddevalla sjukhus som natten till den 8 november fick en dubbel dos av ett blodförtunnande läkemedel. Den andra gäller en patient vars remiss för kranskärlsröntgen till Sahlgrenska Universitetssjukhuset försenades med sex dagar på grund av felet i remissflödet.")
    _p(d, "Felet i remissflödet till Sahlgrenska Universitetssjukhuset rättades den 14 november kl. 16.00, när Oracle hade läst in sjukhusets nya enhetskoder. Från den 7 till den 14 november hanterades 1 146 remisser manuellt.")
    _p(d, "Dubbelkontrollen av läkemedelsordinationer vid inskrivning avslutades enligt plan den 21 november. Avvikelserna gicks igenom dagligen till och med den 5 december och gås därefter igenom en gång i veckan.")
    _p(d, "Den planerade vården återgick till full omfattning måndagen den 27 november. Millenniumcoacherna avslutade sitt uppdrag den 5 december, samma dag som Oracles specialister lämnade sjukhusen.")
    lab("Styrelsens beslut")
    _p(d, "Styrelsen lägger informationen till handlingarna.", after=14)

    # Ärende 5
    arende(5, "Begäran om ersättning för merkostnader i samband med övergången till Millennium", "Dnr NU 2028-01455")
    lab("Styrelsens beslut")
    _lines(d, ["Styrelsen beslutar",
               "att hos hälso- och sjukvårdsstyrelsen begära ersättning om 38,4 miljoner kronor för merkostnader och intäktsbortfall i samband med övergången till Millennium, samt",
               "att ge förvaltningschefen i uppdrag att redovisa det slutliga utfallet för styrelsen i februari 2029."])
    lab("Ärendet")
    _p(d, "Övergången till Millennium har medfört kostnader som inte ryms i NU-sjukvårdens budget för 2028. Övertiden under utbildningen uppgick till 9,6 miljoner kronor, och extrapersonal och övertid under de fyra första veckorna efter starten kostade 14,5 miljoner kronor.")
    _p(d, "Neddragningen av den planerade vården mellan den 30 oktober och den 24 november gav ett intäktsbortfall på 14,3 miljoner kronor, främst för patienter från andra regioner. Sammanställningen framgår av tabellen nedan.")
    _p(d, "Hälso- och sjukvårdsstyrelsen beviljade 2026 Närhälsan en tillfällig ersättning för produktionsbortfall i samband med en tidigare etapp. Förvaltningen bedömer att NU-sjukvårdens begäran bör prövas på samma sätt.")
    _p(d, "Tabell. Merkostnader och intäktsbortfall, miljoner kronor", bold=True, size=9.5, after=2)
    _table(d, [["Post", "Belopp"],
               ["Övertid under utbildningen (4 september–20 oktober)", "9,6"],
               ["Extrapersonal och övertid 7 november–5 december", "14,5"],
               ["Intäktsbortfall, minskad planerad vård", "14,3"],
               ["Summa", "38,4"]], widths=[11.0, 3.0], style="Light List Accent 1", bold_last=True)
    _p(d, "", after=4)
    lab("Yrkanden")
    _p(d, "Ordföranden yrkar bifall till förvaltningens förslag.")
    _p(d, "Gunnar Fridh yrkar att begäran utökas med 6,2 miljoner kronor för de vårdplatser som hölls stängda under november.")
    lab("Propositionsordning och omröstning")
    _p(d, "Ordföranden ställer förvaltningens förslag mot Gunnar Fridhs yrkande. Votering begärs. Styrelsen beslutar enligt förvaltningens förslag med 8 röster mot 3.")
    lab("Reservation")
    _p(d, "Gunnar Fridh och Eva Lundholm reserverar sig mot beslutet till förmån för Gunnar Fridhs yrkande.")
    _p(d, "Expedieras till: Hälso- och sjukvårdsstyrelsen, Program Millennium, ekonomichefen", italic=True, size=9.5, after=14)

    # Ärende 6
    arende(6, "Vårdplatser under jul- och nyårshelgerna 2028/2029", "Dnr NU 2028-01460")
    lab("Styrelsens beslut")
    _p(d, "Styrelsen beslutar att 54 vårdplatser på NÄL och Uddevalla sjukhus hålls stängda från den 22 december 2028 till och med den 7 januari 2029.")
    lab("Ärendet")
    _p(d, "Antalet stängda vårdplatser är detsamma som under föregående helgperiod. Förvaltningen bedömer att Millennium inte påverkar behovet av vårdplatser under helgerna.", after=16)

    _p(d, "Vid protokollet: Therese Ljung, sekreterare", after=0)
    _p(d, "Ordförande: styrelsens ordförande", after=0)
    _p(d, "Justerare: Anders Norling", after=8)
    _p(d, "Protokollet justerades den 15 december 2028.", italic=True, size=9.5)
    d.save(OUT / fname)
    return fname


# ============================================================ B. Regionstyrelsen 2029-03-27 (§§ inside a table)
def make_rs_protokoll():
    fname = "protokollsutdrag-regionstyrelsen-millennium-etapp-4-2029-03-27.docx"
    title = "Protokollsutdrag Regionstyrelsen 2029-03-27 §§ 74–78"
    d = _doc(title, dt.datetime(2029, 3, 30, 11, 20), dt.datetime(2029, 3, 30, 11, 20), "Ida Sörensen",
             "Times New Roman", 11, "Millennium: månadsrapport, utvärdering av etapp 3, plan för etapp 4, motion, anmälan",
             "Millennium; regionstyrelsen; etapp 4; tilläggsanslag; motion; vite", "Protokoll")
    _p(d, "VÄSTRA GÖTALANDSREGIONEN", bold=True, size=10, after=0, color="1F3864")
    _p(d, "PROTOKOLLSUTDRAG", bold=True, size=15, after=0)
    _p(d, "Regionstyrelsen", bold=True, size=12, after=6)
    _lines(d, ["Sammanträdesdatum: 2029-03-27",
               "Tid och plats: kl. 09.00–15.10, Regionens hus, Vänersborg",
               "Paragrafer: 74–78",
               "Närvarande: 15 ledamöter (närvarolistan finns i protokollet)"], size=10, after=10)

    rows = [
        ("§ 74", "Dnr RS 2029-00188", [
            ("h", "Ekonomisk månadsrapport för Program Millennium, februari 2029"),
            ("l", "Beslut"),
            ("p", "Regionstyrelsen lägger rapporten till handlingarna."),
            ("l", "Sammanfattning"),
            ("p", "Utfallet för januari–februari 2029 är 58,3 miljoner kronor. Prognosen för helåret 2029 är 352,0 miljoner kronor, vilket är 3,5 miljoner kronor lägre än budget."),
            ("p", "Avbrottet den 16 januari 2029 bedöms ha kostat 1,1 miljoner kronor i extra bemanning och manuell registrering."),
        ]),
        ("§ 75", "Dnr RS 2029-00231", [
            ("h", "Utvärdering av etapp 3 av återstarten av Millennium"),
            ("l", "Beslut"),
            ("p", "Regionstyrelsen lägger utvärderingen till handlingarna."),
            ("l", "Sammanfattning"),
            ("p", "Program Millennium har utvärderat etapp 3, som genomfördes den 7 november 2028 på NU-sjukvården och Närhälsans 31 vårdcentraler i norra området."),
            ("p", "Sju av de nio kriterier som regionstyrelsen fastställde den 28 mars 2028 uppfylldes. De två som inte uppfylldes gäller remissflödet till Sahlgrenska Universitetssjukhuset och dokumenterad läkemedelsavstämning inom 24 timmar efter inskrivning, som uppnåddes i 88 procent av de granskade journalerna mot målet 95 procent."),
            ("p", "Etapp 3 kostade 503,6 miljoner kronor, vilket är 8,7 miljoner kronor lägre än den beräknade kostnaden."),
        ]),
        ("§ 76", "Dnr RS 2029-00245", [
            ("h", "Plan för etapp 4 av återstarten av Millennium"),
            ("l", "Beslut"),
            ("p", "1. Regionstyrelsen fastställer planen för etapp 4, som omfattar Kungälvs sjukhus, Alingsås lasarett, Frölunda Specialistsjukhus och Närhälsans 29 vårdcentraler i västra området."),
            ("p", "2. Återstarten planeras till tisdagen den 13 november 2029 kl. 05.00. Regionstyrelsen fattar det slutliga beslutet om etapp 4 den 25 september 2029."),
            ("p", "3. Regionstyrelsen föreslår regionfullmäktige att anvisa ett tilläggsanslag om 214,5 miljoner kronor för etapp 4, som finansieras genom att regionens egna kapital tas i anspråk."),
            ("p", "4. Regiondirektören får i uppdrag att senast den 10 december 2029 lämna ett förslag om hur och när Sahlgrenska Universitetssjukhuset ska gå över till Millennium."),
            ("l", "Sammanfattning"),
            ("p", "Etapp 4 omfattar omkring 6 300 användare. Den beräknade kostnaden är 431,8 miljoner kronor, varav 217,3 miljoner kronor ryms inom den ram som regionfullmäktige tidigare har beslutat. Regionfullmäktige behandlar förslaget om tilläggsanslag den 15 maj 2029."),
            ("p", "Kriterierna för etapp 4 är desamma som för etapp 3, med ett tillägg: remissflödet till och från Sahlgrenska Universitetssjukhuset ska ha testats i full skala vid generalrepetitionen. Inför det slutliga beslutet ska patientsäkerheten bedömas både av regionchefsläkaren och av en extern granskare."),
            ("p", "Sahlgrenska Universitetssjukhuset ingår inte i etapp 4. Sjukhuset har omkring 17 000 medarbetare, mer än dubbelt så många som etapp 3 omfattade, och bör därför gå över i en egen etapp."),
            ("l", "Yrkanden"),
            ("p", "Regionstyrelsens ordförande yrkar bifall till förslaget. Birgitta Ahlqvist yrkar att återstarten i etapp 4 skjuts upp till våren 2030 och att planen kompletteras när revisorernas granskning av avtalsuppföljningen är klar."),
            ("l", "Propositionsordning och omröstning"),
            ("p", "Ordföranden ställer proposition på förslaget och på Birgitta Ahlqvists yrkande och finner förslaget bifallet. Votering begärs. Regionstyrelsen bifaller förslaget med 10 röster mot 5."),
            ("l", "Reservation"),
            ("p", "Birgitta Ahlqvist, Tomas Rydén och Leila Haddad reserverar sig mot beslutet till förmån för Birgitta Ahlqvists yrkande."),
        ]),
        ("§ 77", "Dnr RF 2028-00471", [
            ("h", "Svar på motion om en oberoende patientsäkerhetsgranskning före etapp 3"),
            ("l", "Beslut"),
            ("p", "Regionstyrelsen föreslår regionfullmäktige att anse motionen besvarad."),
            ("l", "Sammanfattning"),
            ("p", "Birgitta Ahlqvist och Tomas Rydén föreslog i en motion den 5 juni 2028 att patientsäkerheten skulle granskas av en extern och oberoende granskare innan regionstyrelsen fattade det slutliga beslutet om etapp 3. Regionfullmäktige remitterade motionen till regionstyrelsen den 13 juni 2028."),
            ("p", "Etapp 3 har sedan dess genomförts. Enligt § 76 ska patientsäkerheten inför etapp 4 bedömas både av regionchefsläkaren och av en extern granskare, som regionchefsläkaren utser senast den 31 maj 2029. Därmed bedöms motionens syfte vara tillgodosett."),
            ("l", "Yrkanden"),
            ("p", "Birgitta Ahlqvist och Tomas Rydén yrkar att regionstyrelsen föreslår regionfullmäktige att bifalla motionen. Ordföranden finner att regionstyrelsen har beslutat enligt förslaget."),
            ("l", "Reservation"),
            ("p", "Birgitta Ahlqvist och Tomas Rydén reserverar sig mot beslutet."),
        ]),
        ("§ 78", "Dnr RS 2029-00102", [
            ("h", "Anmälan: Oracles slutliga rapport om avbrottet den 16 januari 2029 och besked om vite"),
            ("l", "Beslut"),
            ("p", "Regionstyrelsen lägger anmälan till handlingarna."),
            ("l", "Sammanfattning"),
            ("p", "Oracle lämnade sin slutliga rapport om avbrottet den 2 februari 2029. Enligt rapporten orsakades avbrottet av ett fel i en styrenhet i lagringssystemet i leverantörens primära datahall."),
            ("p", "Oracle har godtagit regionens krav på vite om 750 000 kronor enligt tilläggsavtal 3. Oracle har också ändrat sin rutin så att kontrollen av databasen görs medan systemet startas i reservdatahallen. Den ändrade rutinen prövades vid kvartalstestet av omkopplingen den 10 februari 2029."),
        ]),
    ]
    t = d.add_table(rows=1 + len(rows), cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.LEFT
    h0, h1 = t.rows[0].cells
    h0.text, h1.text = "Paragraf", "Ärende och beslut"
    for c in (h0, h1):
        _shade(c, "D9E2F3")
        for r in c.paragraphs[0].runs:
            r.bold = True
            r.font.size = Pt(10)
    for i, (num, dnr, content) in enumerate(rows, start=1):
        left, right = t.rows[i].cells
        left.text = ""
        lp = left.paragraphs[0]
        r = lp.add_run(num)
        r.bold = True
        r.font.size = Pt(12)
        lp2 = left.add_paragraph()
        r2 = lp2.add_run(dnr)
        r2.font.size = Pt(8.5)
        r2.italic = True
        first = True
        for kind, text in content:
            p = right.paragraphs[0] if first else right.add_paragraph()
            first = False
            run = p.add_run(text)
            if kind == "h":
                run.bold = True
                run.font.size = Pt(11.5)
                p.paragraph_format.space_after = Pt(4)
            elif kind == "l":
                run.italic = True
                run.bold = True
                run.font.size = Pt(10)
                p.paragraph_format.space_after = Pt(1)
            else:
                run.font.size = Pt(10.5)
                p.paragraph_format.space_after = Pt(4)
    for row in t.rows:
        row.cells[0].width = Cm(2.6)
        row.cells[1].width = Cm(14.0)

    _p(d, "", after=6)
    _p(d, "Vid protokollet: Ida Sörensen, sekreterare", after=0, size=10)
    _p(d, "Ordförande: regionstyrelsens ordförande", after=0, size=10)
    _p(d, "Justerare: Lars Öberg", after=6, size=10)
    _p(d, "Protokollet justerades den 30 mars 2029 och anslogs på regionens digitala anslagstavla den 3 april 2029. Utdragets riktighet intygas: Ida Sörensen", italic=True, size=9)
    d.save(OUT / fname)
    return fname


# ============================================================ PDF helpers
def h(text):
    """Soft hyphens at '|' (allowed break points, rendered as '-' at a line end)."""
    return text.replace("|", SHY)


def _finish_pdf(buf, fname, meta):
    buf.seek(0)
    r = pypdf.PdfReader(buf)
    w = pypdf.PdfWriter()
    for p in r.pages:
        w.add_page(p)
    w.add_metadata(meta)
    with open(OUT / fname, "wb") as f:
        w.write(f)


# ============================================================ C. English newsletter, three columns
def make_newsletter():
    fname = "newsletter-en-ehr-europe-monitor-vgr-stage-3-evaluation-2029-02-26.pdf"
    title = "Western Sweden: seven of nine criteria met as Millennium reaches the north"
    red = colors.HexColor("#8c1d18")
    body = ParagraphStyle("nb", fontName="Times-Roman", fontSize=10.8, leading=13.4, alignment=TA_JUSTIFY,
                          embeddedHyphenation=1, spaceAfter=5)
    head = ParagraphStyle("nh", fontName="Helvetica-Bold", fontSize=15, leading=18, spaceAfter=3)
    head2 = ParagraphStyle("nh2", fontName="Helvetica-Bold", fontSize=11.5, leading=14, spaceBefore=6, spaceAfter=3)
    sub = ParagraphStyle("ns", fontName="Helvetica-Bold", fontSize=9.2, leading=11.5, textColor=red, spaceBefore=6, spaceAfter=3, keepWithNext=1)
    by = ParagraphStyle("nby", fontName="Helvetica-Oblique", fontSize=8.4, leading=10.5, spaceAfter=5, textColor=colors.HexColor("#444444"))
    mast = ParagraphStyle("nm", fontName="Helvetica-Bold", fontSize=26, leading=30, textColor=red)
    tag = ParagraphStyle("nt", fontName="Helvetica", fontSize=9.5, leading=12)
    issue = ParagraphStyle("ni", fontName="Helvetica-Bold", fontSize=9.5, leading=12)
    boxst = ParagraphStyle("nbox", fontName="Helvetica", fontSize=8.6, leading=11)
    boxh = ParagraphStyle("nboxh", fontName="Helvetica-Bold", fontSize=9, leading=11, textColor=red)

    def P(t):
        return Paragraph(h(t), body)

    story = [
        Paragraph("EHR EUROPE MONITOR", mast),
        Paragraph("Independent news and analysis on electronic health records in Europe", tag),
        Spacer(1, 0.15 * cm),
        Paragraph("Issue 4/2029 · Monday 26 February 2029", issue),
        FrameBreak(),
        NextPageTemplate("later"),
        Paragraph("SWEDEN", sub),
        Paragraph("Western Sweden: seven of nine criteria met as Millennium reaches the north", head),
        Paragraph("By Tobias Hale", by),
        P("Västra Götaland Region's pro|gramme office published its eval|u|ation of the third stage of the Millennium restart last Tuesday. Stage 3 brought the Oracle Health record system to the NU Hospital Group in Troll|hättan and Uddevalla and to 31 Närhälsan primary care centres on 7 November 2028."),
        P("Seven of the nine criteria set by the Regional Executive Board in March 2028 were met. The two that were not concern referrals to Sahl|grenska University Hospital, which still runs the old Melior system, and medi|cation recon|cil|iation within 24 hours of admission, which was docu|mented in time in 88 per cent of sampled records against a target of 95 per cent."),
        P("For about a week after the go-live, referrals from Troll|hättan and Uddevalla to Sahl|grenska did not arrive, because the list of receiving units in Millennium still held codes that Sahl|grenska had stopped using in September. More than 1,100 referrals had to be handled by hand before Oracle loaded the new codes on 14 November."),
        P("Stage 3 cost SEK 503.6 million, SEK 8.7 million less than the estimate of SEK 512.3 million."),
        P("By the go-live, 8,231 users had been given access. The 383 coaches on the wards, available around the clock for four weeks, got the best marks of all forms of support in the eval|u|ation's interviews with staff."),
        P("A double dose of an anti|coagu|lant given to a patient at Uddevalla Hospital on the first night was reported to the Health and Social Care Inspec|torate under the lex Maria rules. The double check of medi|cation orders at admission, a condition set by the region's chief medical officer, ran for two weeks as planned."),
        P("“The go-live itself was the calmest of the four. What did not work was the boundary to a hospital that is not yet on the system,” said Jonas Ekelund, head of evaluation at the region's Unit for Operational Analysis, who led the evaluation."),
        Paragraph("First penalty under the new agreement", sub),
        P("On 16 January the system was unavailable across the region for two hours and 39 minutes after a fault in the storage system of Oracle's primary data centre. The failover itself worked, but Oracle did not start the system in the back-up data centre until it had checked that no data had been lost."),
        P("Under the third supple|mentary agreement, signed in July 2028, Oracle must pay SEK 750,000 for every unplanned outage lasting more than two hours. The region claimed the penalty three days after the outage, and Oracle accepted the claim on 8 February."),
        P("It is the second time that Oracle has paid a penalty to the region. In 2027 it paid SEK 3.6 million after labor|atory orders failed to reach the lab for four days in Skaraborg."),
    ]
    box = Table([[Paragraph("IN NUMBERS", boxh)],
                 [Paragraph("<b>25,500</b> Millennium users in the region after stage 3", boxst)],
                 [Paragraph("<b>4</b> stages since the restart began in April 2026", boxst)],
                 [Paragraph("<b>311</b> incident reports at the NU Hospital Group in the first four weeks", boxst)],
                 [Paragraph("<b>1,146</b> referrals handled by hand, 7–14 November 2028", boxst)]],
                colWidths=[5.3 * cm])
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f3ece9")),
                             ("LINEABOVE", (0, 0), (-1, 0), 1.2, red),
                             ("LEFTPADDING", (0, 0), (-1, -1), 5), ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                             ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    story += [Spacer(1, 0.1 * cm), KeepTogether([box]), Spacer(1, 0.25 * cm)]
    story += [
        Paragraph("Next: the west, but not Sahlgrenska", sub),
        P("The Regional Executive Board is due to decide on a plan for stage 4 on 27 March. According to the pro|gramme office, it will cover Kungälv Hospital, Alingsås Hospital, Frölunda Specialist Hospital and Närhälsan's centres in the west of the region. Sahl|grenska University Hospital, the region's largest, is not included, and no date has been set for it."),
        P("The region's auditors are reviewing how the Oracle agreements are followed up. Their report is expected in April."),
        Paragraph("DENMARK", sub),
        Paragraph("Regional lab system switch pushed to 2030", head2),
        P("One of Denmark's five regions has postponed the switch to a new labor|atory information system from October 2029 to March 2030. The region said that two of its four hospital labor|atories needed more time to validate their analysis codes."),
        Paragraph("FINLAND", sub),
        Paragraph("County extends its EHR contract to 2034", head2),
        P("A wellbeing services county in eastern Finland has extended its contract for electronic health records by four years, to the end of 2034. The extension is worth EUR 41 million and includes a new module for home care, which the county plans to introduce in 2031."),
        P("The county's board approved the extension by a narrow margin. Opponents had wanted to wait for a joint national procure|ment that several counties have discussed since 2027."),
        Paragraph("EVENTS", sub),
        P("EHR Europe Forum, Copenhagen, 12–13 June 2029. Early-bird registration closes on 30 April. Health Data Days, Tallinn, 9 October 2029."),
        Paragraph("Tips and corrections: newsdesk@ehr-monitor.example · +46 70 174 06 86", by),
    ]

    W, H = A4
    lm = rm = 1.8 * cm
    top, bottom = H - 1.8 * cm, 2.0 * cm
    gap = 0.55 * cm
    ncol = 3
    colw = (W - lm - rm - (ncol - 1) * gap) / ncol
    title_h = 3.4 * cm
    first = [Frame(lm, top - title_h, W - lm - rm, title_h, id="mast")] + [
        Frame(lm + i * (colw + gap), bottom, colw, top - title_h - bottom - 0.3 * cm, id=f"c{i}",
              leftPadding=2, rightPadding=2) for i in range(ncol)]
    later = [Frame(lm + i * (colw + gap), bottom, colw, top - bottom - 0.5 * cm, id=f"l{i}",
                   leftPadding=2, rightPadding=2) for i in range(ncol)]

    def furniture(c, doc):
        # drawn at page END, so header and footer come AFTER the body text in extraction
        c.saveState()
        c.setFont("Helvetica", 7.8)
        c.setFillColor(colors.HexColor("#555555"))
        if doc.page > 1:
            c.drawString(lm, H - 1.2 * cm, "EHR Europe Monitor · Issue 4/2029")
            c.drawRightString(W - rm, H - 1.2 * cm, "26 February 2029")
            c.setStrokeColor(red)
            c.line(lm, H - 1.35 * cm, W - rm, H - 1.35 * cm)
        c.drawString(lm, 1.2 * cm, "ehr-monitor.example · Subscribe: ehr-monitor.example/subscribe")
        c.drawRightString(W - rm, 1.2 * cm, f"Page {doc.page} of 2")
        c.restoreState()

    buf = io.BytesIO()
    doc = BaseDocTemplate(buf, pagesize=A4, title=title, author="Tobias Hale, EHR Europe Monitor")
    doc.addPageTemplates([PageTemplate(id="first", frames=first, onPageEnd=furniture),
                          PageTemplate(id="later", frames=later, onPageEnd=furniture)])
    doc.build(story)
    _finish_pdf(buf, fname, {
        "/Title": title, "/Author": "Tobias Hale, EHR Europe Monitor",
        "/Subject": "EHR Europe Monitor, Issue 4/2029",
        "/Creator": "EHR Europe Monitor newsletter desk",
        "/Keywords": "Sweden; Västra Götaland; Millennium; Oracle Health; penalty; stage 3; evaluation",
        "/CreationDate": "D:20290226071500+01'00'", "/ModDate": "D:20290226071500+01'00'"})
    return fname


# ============================================================ D. Revisionsrapport: TOC, numbered sections, footnotes
def make_revision():
    fname = "granskningsrapport-avtalsuppfoljning-millennium-2029-04-24.pdf"
    title = "Uppföljning av avtalen med leverantören av Millennium"
    navy = colors.HexColor("#203864")
    body = ParagraphStyle("rb", fontName="Times-Roman", fontSize=11, leading=14.6, alignment=TA_LEFT, spaceAfter=6)
    h1 = ParagraphStyle("rh1", fontName="Helvetica-Bold", fontSize=14, leading=18, textColor=navy, spaceBefore=10, spaceAfter=6, keepWithNext=1)
    h2 = ParagraphStyle("rh2", fontName="Helvetica-Bold", fontSize=11.5, leading=15, textColor=navy, spaceBefore=6, spaceAfter=4, keepWithNext=1)
    dash = ParagraphStyle("rd", parent=body, leftIndent=0.6 * cm, bulletIndent=0.1 * cm, spaceAfter=3)
    fn = ParagraphStyle("rfn", fontName="Times-Roman", fontSize=8.6, leading=10.4)
    tocst = ParagraphStyle("rtoc", fontName="Times-Roman", fontSize=11, leading=17)
    tocb = ParagraphStyle("rtocb", parent=tocst, fontName="Times-Bold")
    cell = ParagraphStyle("rc", fontName="Helvetica", fontSize=9, leading=11.5)
    cellb = ParagraphStyle("rcb", parent=cell, fontName="Helvetica-Bold", textColor=colors.white)

    FOOTNOTES = {
        1: "Varav 3,6 miljoner kronor avser avbrottet i laboratorieremisserna i oktober 2027 och 0,75 miljoner kronor avbrottet den 16 januari 2029, se avsnitt 3.2.",
        2: "Tilläggsavtal 1 undertecknades den 29 januari 2026, tilläggsavtal 2 gäller från den 1 oktober 2027 och tilläggsavtal 3 undertecknades den 4 juli 2028.",
        3: "Granskningsrapport 2027:09, Uppföljande granskning av styrningen av återstarten av Millennium.",
        4: "Vitet för avbrottet den 16 januari 2029 reglerades genom kvittning mot Oracles faktura för mars 2029.",
        5: "Tilläggsavtal 3, bilaga 2, punkt 4.1.",
        6: "Testet var planerat till den 11 november 2028 men flyttades en vecka på regionens begäran, eftersom det annars hade genomförts den första helgen efter starten av etapp 3.",
    }

    class FnPara(Paragraph):
        def __init__(self, text, style, fns=()):
            super().__init__(text, style)
            self.fns = list(fns)

    class Heading(Paragraph):
        def __init__(self, num, text, style, level):
            super().__init__(f"{num}\u2002{text}", style)
            self.toc = (num, text, level)

    def sup(n):
        return f"<super>{n}</super>"

    def build(toc_pages):
        page_fns = {}
        heading_pages = {}
        story = []
        # --- title page
        story += [Spacer(1, 3.2 * cm),
                  Paragraph("REVISORERNA I VÄSTRA GÖTALANDSREGIONEN", ParagraphStyle("t0", fontName="Helvetica-Bold", fontSize=10, leading=13, textColor=navy)),
                  Spacer(1, 0.4 * cm),
                  Paragraph("Granskningsrapport 2029:04", ParagraphStyle("t1", fontName="Helvetica", fontSize=12, leading=15)),
                  Spacer(1, 0.2 * cm),
                  Paragraph(title, ParagraphStyle("t2", fontName="Helvetica-Bold", fontSize=24, leading=29, textColor=navy)),
                  Spacer(1, 0.3 * cm),
                  Paragraph("Granskning av regionstyrelsen", ParagraphStyle("t3", fontName="Helvetica", fontSize=13, leading=16)),
                  Spacer(1, 5.5 * cm),
                  Paragraph("Revisionskontoret · Göteborg 24 april 2029 · Dnr REV 2029-0112", ParagraphStyle("t4", fontName="Helvetica", fontSize=9.5, leading=12)),
                  Spacer(1, 0.2 * cm),
                  Paragraph("Rapporten har behandlats av revisorskollegiet den 23 april 2029 och överlämnas till regionstyrelsen för yttrande.", ParagraphStyle("t5", fontName="Helvetica-Oblique", fontSize=9.5, leading=12)),
                  PageBreak()]
        # --- table of contents (page numbers from the previous pass)
        story.append(Paragraph("Innehåll", h1))
        toc_rows = []
        for num, text, level in TOC_ENTRIES:
            st = tocb if level == 1 else tocst
            label = f"{num}\u2002{text}"
            indent = 0 if level == 1 else 0.6 * cm
            avail = 13.2 * cm - indent
            w = stringWidth(label + " ", st.fontName, st.fontSize)
            dots = "." * max(3, int((avail - w) / stringWidth(".", st.fontName, st.fontSize)))
            toc_rows.append([Paragraph(f"{label} {dots}", ParagraphStyle("x", parent=st, leftIndent=indent)),
                             Paragraph(str(toc_pages.get(num, "")), st)])
        tt = Table(toc_rows, colWidths=[13.6 * cm, 1.2 * cm])
        tt.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
        story += [tt, PageBreak()]

        # --- body
        story += [
            Heading("1", "Sammanfattning", h1, 1),
            Paragraph("Revisorerna har granskat om regionstyrelsen säkerställer en tillräcklig uppföljning av att Oracle Svenska AB uppfyller avtalen om journalsystemet Millennium. Vår samlade bedömning är att regionstyrelsen delvis säkerställer en tillräcklig uppföljning av avtalen.", body),
            FnPara("Vitesvillkoren följs upp på ett ändamålsenligt sätt. Sedan hösten 2027 har regionen krävt och fått ut viten om sammanlagt 4,35 miljoner kronor." + sup(1), body, [1]),
            Paragraph("Kraven på leverantörens bemanning följs däremot inte upp självständigt. Programmet har förlitat sig på leverantörens egna närvarolistor och har därför inte upptäckt att leverantören under delar av etapp 3 hade färre specialister på plats än avtalet kräver.", body),
            Paragraph("Vi rekommenderar regionstyrelsen att", body),
            Paragraph("se till att programmet självständigt kontrollerar leverantörens bemanning under varje etapp,", dash, bulletText="–"),
            Paragraph("inrätta ett samlat register över avtalskrav, viten och uppföljning, och", dash, bulletText="–"),
            Paragraph("låta den ekonomiska månadsrapporten redovisa alla krav på vite, även de som ännu inte har reglerats.", dash, bulletText="–"),
            Paragraph("Revisorskollegiet önskar regionstyrelsens svar senast den 30 juni 2029.", body),
            Heading("2", "Inledning", h1, 1),
            Heading("2.1", "Bakgrund", h2, 2),
            FnPara("Avtalet om Millennium har sedan pausen 2024 kompletterats med tre tilläggsavtal." + sup(2) + " Tilläggsavtal 1 reglerade ersättningen för pausen, tilläggsavtal 2 leverantörens bevakning av certifikat och andra tidsbegränsade beroenden, och tilläggsavtal 3 vite vid oplanerade avbrott, krav på specialister under etapp 3 och kvartalsvisa tester av omkopplingen mellan datahallarna.", body, [2]),
            FnPara("Revisorerna har tidigare granskat regionstyrelsens styrning av återstarten." + sup(3) + " Den här granskningen fördjupar frågan om hur avtalen följs upp.", body, [3]),
            Heading("2.2", "Syfte och revisionsfrågor", h2, 2),
            Paragraph("Syftet är att bedöma om regionstyrelsen säkerställer en tillräcklig uppföljning av att leverantören uppfyller avtalen. Granskningen besvarar tre revisionsfrågor:", body),
            Paragraph("Finns det en tydlig ansvarsfördelning för avtalsuppföljningen?", dash, bulletText="a)"),
            Paragraph("Följs vitesvillkoren upp och tillämpas de?", dash, bulletText="b)"),
            Paragraph("Följs kraven på leverantörens bemanning och tester upp?", dash, bulletText="c)"),
            Heading("2.3", "Avgränsning och metod", h2, 2),
            Paragraph("Granskningen omfattar perioden 1 oktober 2027–31 mars 2029. Vi har intervjuat programdirektören, programcontrollern och förvaltningsledaren för Millennium och gått igenom avtal, vitesregister, närvarolistor och rapporter till regionstyrelsen.", body),
            Paragraph("Granskningen har genomförts av Annika Rosén, certifierad kommunal revisor och granskningsledare, och Joakim Berggren, revisor, vid Revisionskontoret. Programdirektören har sakgranskat rapporten.", body),
            Heading("3", "Iakttagelser", h1, 1),
            Heading("3.1", "Ansvar för avtalsuppföljningen", h2, 2),
            Paragraph("Ansvaret för att följa upp avtalen ligger hos programdirektören. Det finns ingen skriftlig rutin för uppföljningen och ingen förteckning över vilka avtalskrav som ska följas upp, av vem och hur ofta.", body),
            Heading("3.2", "Viten", h2, 2),
            FnPara("Sedan tilläggsavtal 2 började gälla har två händelser gett rätt till vite: avbrottet i laboratorieremisserna i Skaraborg i oktober 2027, som gav ett vite på 3,6 miljoner kronor, och avbrottet i hela regionen den 16 januari 2029, som gav ett vite på 0,75 miljoner kronor." + sup(4), body, [4]),
            Paragraph("Driftstoppet den 23 maj 2028 gav inte rätt till vite enligt de avtal som gällde då. Vi har inte funnit någon händelse som borde ha lett till ett krav på vite men inte gjorde det.", body),
            Paragraph("Den ekonomiska månadsrapporten redovisar viten först när de har betalats. Krav som ännu inte har reglerats syns inte i rapporten.", body),
            Heading("3.3", "Leverantörens bemanning under etapp 3", h2, 2),
            FnPara("Enligt tilläggsavtal 3 ska leverantören ha minst 72 specialister på plats i Trollhättan och Uddevalla under de fyra första veckorna av etapp 3." + sup(5) + " Programmet har följt upp kravet med hjälp av de närvarolistor som leverantören lämnade varje måndag.", body, [5]),
            Paragraph("Vi har jämfört närvarolistorna med regionens passerloggar för 20 av de 29 dagarna från den 7 november till och med den 5 december 2028. Under tre av de 20 dagarna hade leverantören färre än 72 specialister på plats. Lägst var antalet den 23 november 2028, då 66 specialister var på plats.", body),
            Paragraph("Programmet har inte jämfört närvarolistorna med några andra uppgifter och har därför inte upptäckt avvikelserna. Tilläggsavtal 3 ger inte rätt till vite när bemanningskravet inte uppfylls.", body),
            Heading("3.4", "Test av omkopplingen mellan datahallarna", h2, 2),
            FnPara("Leverantören ska testa omkopplingen mellan datahallarna en gång per kvartal. Under granskningsperioden har tre tester genomförts, den 12 augusti 2028, den 18 november 2028" + sup(6) + " och den 10 februari 2029. Programmet godkände alla tre.", body, [6]),
            Paragraph("Programmet har tagit del av leverantörens testprotokoll men har inte haft någon egen observatör på plats vid testerna.", body),
            Heading("4", "Bedömning och rekommendationer", h1, 1),
            Paragraph("Tabell 1 sammanfattar våra svar på revisionsfrågorna.", body),
        ]
        rows = [["Revisionsfråga", "Bedömning", "Kommentar"],
                ["a) Tydlig ansvarsfördelning", "Delvis", "Ansvaret ligger hos programdirektören, men rutin och förteckning saknas."],
                ["b) Vitesvillkoren", "Ja", "Viten har krävts och betalats i båda fallen."],
                ["c) Bemanning och tester", "Nej", "Bemanningen har inte kontrollerats självständigt och ingen egen observatör har deltagit vid testerna."]]
        data = [[Paragraph(x, cellb if i == 0 else cell) for x in r] for i, r in enumerate(rows)]
        t = Table(data, colWidths=[4.6 * cm, 2.4 * cm, 8.6 * cm])
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), navy),
                               ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8a9bbd")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story += [Paragraph("Tabell 1. Bedömning per revisionsfråga", ParagraphStyle("cap", fontName="Helvetica-Bold", fontSize=9, leading=11, spaceAfter=3)), t, Spacer(1, 0.4 * cm)]
        story += [Paragraph("Vår samlade bedömning är att regionstyrelsen delvis säkerställer en tillräcklig uppföljning av avtalen med leverantören. Rekommendationerna framgår av avsnitt 1.", body),
                  Spacer(1, 0.5 * cm),
                  Paragraph("Göteborg den 24 april 2029", body),
                  Paragraph("Annika Rosén, granskningsledare · Joakim Berggren, revisor", body)]

        W, H = A4
        lm, rm = 2.6 * cm, 2.4 * cm
        body_bottom = 4.6 * cm

        def on_end(c, doc):
            c.saveState()
            pno = doc.page
            notes = page_fns.get(pno, [])
            if notes:
                y = body_bottom - 0.35 * cm
                c.setStrokeColor(colors.black)
                c.setLineWidth(0.5)
                c.line(lm, y, lm + 5 * cm, y)
                y -= 0.15 * cm
                for n in notes:
                    p = Paragraph(f"<super>{n}</super> {FOOTNOTES[n]}", fn)
                    _, ph = p.wrap(W - lm - rm, 4 * cm)
                    p.drawOn(c, lm, y - ph)
                    y -= ph + 1
            if pno > 1:
                c.setFont("Helvetica", 8)
                c.setFillColor(colors.HexColor("#555555"))
                c.drawString(lm, 1.3 * cm, "Revisorerna i Västra Götalandsregionen · Granskningsrapport 2029:04")
                c.drawRightString(W - rm, 1.3 * cm, f"Sida {pno}")
            c.restoreState()

        class Doc(BaseDocTemplate):
            def afterFlowable(self, fl):
                if isinstance(fl, FnPara):
                    page_fns.setdefault(self.page, []).extend(fl.fns)
                if isinstance(fl, Heading):
                    heading_pages[fl.toc[0]] = self.page

        buf = io.BytesIO()
        doc = Doc(buf, pagesize=A4, title=title, author="Revisionskontoret, Västra Götalandsregionen")
        doc.addPageTemplates([PageTemplate(id="p", frames=[Frame(lm, body_bottom, W - lm - rm, H - 2.4 * cm - body_bottom, id="b")], onPageEnd=on_end)])
        doc.build(story)
        return buf, heading_pages

    TOC_ENTRIES = [("1", "Sammanfattning", 1), ("2", "Inledning", 1), ("2.1", "Bakgrund", 2),
                   ("2.2", "Syfte och revisionsfrågor", 2), ("2.3", "Avgränsning och metod", 2),
                   ("3", "Iakttagelser", 1), ("3.1", "Ansvar för avtalsuppföljningen", 2), ("3.2", "Viten", 2),
                   ("3.3", "Leverantörens bemanning under etapp 3", 2), ("3.4", "Test av omkopplingen mellan datahallarna", 2),
                   ("4", "Bedömning och rekommendationer", 1)]
    _, pages = build({})
    buf, pages2 = build(pages)
    assert pages == pages2, (pages, pages2)
    _finish_pdf(buf, fname, {
        "/Title": title, "/Author": "Revisionskontoret, Västra Götalandsregionen",
        "/Subject": "Granskningsrapport 2029:04 – granskning av regionstyrelsen",
        "/Creator": "Revisionskontoret",
        "/Keywords": "Millennium; revision; avtalsuppföljning; vite; Oracle; bemanning",
        "/CreationDate": "D:20290424091500+02'00'", "/ModDate": "D:20290424091500+02'00'"})
    return fname


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for fn in (make_nu_protokoll, make_rs_protokoll, make_newsletter, make_revision):
        print(fn())
