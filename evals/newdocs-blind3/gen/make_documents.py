"""Generate the fictional .docx and .pdf documents of newdocs-blind3 (September – December 2027).

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
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor
from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

OUT = Path(__file__).resolve().parent.parent / "documents"
SHY = "\u00ad"


# ============================================================ docx helpers
def _doc(title, created, author, font, size, subject="", keywords="", category=""):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    for sec in d.sections:
        sec.left_margin = Cm(2.5)
        sec.right_margin = Cm(2.2)
    cp = d.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.subject = subject
    cp.keywords = keywords
    cp.category = category
    cp.created = created
    cp.modified = created
    cp.revision = 3
    cp.language = "sv-SE"
    return d


def _p(d, text, bold=False, italic=False, size=None, after=6, indent=None, align=None, color=None):
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
    if align:
        p.alignment = align
    return p


def _label(d, text, size=10.5, after=2):
    """A bold run-in heading set as an ordinary paragraph (no Word heading style)."""
    return _p(d, text, bold=True, size=size, after=after)


def _grid(d, rows, widths, header=True, style="Table Grid", bold_last=False):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.LEFT
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = val
            for r in c.paragraphs[0].runs:
                r.font.size = Pt(9.5)
                if (header and i == 0) or (bold_last and i == len(rows) - 1):
                    r.bold = True
    for row in t.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = Cm(w)
    return t


# ============================================================ A. Protokoll, regionstyrelsen 2027-09-07
def make_protokoll():
    fname = "protokoll-utdrag-regionstyrelsen-millennium-etapp-2-2027-09-07.docx"
    title = "Utdrag ur protokoll, Regionstyrelsen 7 september 2027"
    d = _doc(title, dt.datetime(2027, 9, 10, 15, 20), "Jenny Lindahl", "Cambria", 11,
             "Millennium: beslut om etapp 2, tilläggsavtal 2, läsläge, kommunerna i Skaraborg",
             "Millennium; etapp 2; Skaraborg; Oracle; tilläggsavtal", "Protokoll")
    head = d.add_table(rows=3, cols=2)
    head.alignment = WD_TABLE_ALIGNMENT.LEFT
    cells = [("VÄSTRA GÖTALANDSREGIONEN", "PROTOKOLL – UTDRAG"),
             ("Regionstyrelsen", "Sammanträdesdatum: 7 september 2027"),
             ("", "§§ 214–217")]
    for i, (a, b) in enumerate(cells):
        head.cell(i, 0).text = a
        head.cell(i, 1).text = b
        for c in (head.cell(i, 0), head.cell(i, 1)):
            for r in c.paragraphs[0].runs:
                r.bold = i == 0
                r.font.size = Pt(10)
    _p(d, "")
    _p(d, "Plats och tid: Regionens hus i Vänersborg, tisdagen den 7 september 2027 kl. 09.30–15.45", after=0)
    _p(d, "Beslutande: 15 ledamöter enligt särskild förteckning", after=0)
    _p(d, "Justerare: Birgitta Ahlqvist och regionstyrelsens ordförande", after=12)

    # ---------------------------------------------------------------- § 214
    _p(d, "§ 214", bold=True, size=13, after=0)
    _p(d, "Slutligt beslut om etapp 2 av återstarten av Millennium", bold=True, size=12, after=0)
    _p(d, "Dnr RS 2027-01544", italic=True, after=8)
    _label(d, "Regionstyrelsens beslut")
    _p(d, "1. Etapp 2 av återstarten av Millennium genomförs. Skaraborgs Sjukhus, Närhälsans vårdcentraler i östra området och Regionhälsan i östra området går över till Millennium tisdagen den 12 oktober 2027 kl. 05.00.", indent=0.6)
    _p(d, "2. Beslutet gäller under förutsättning att minst 95 procent av användarna har genomgått utbildningen Millennium grund 3.0 senast den 5 oktober 2027.", indent=0.6)
    _p(d, "3. Om villkoret i punkt 2 inte är uppfyllt får regiondirektören skjuta upp återstarten med högst två veckor.", indent=0.6)
    _p(d, "4. Regiondirektören ska senast den 6 oktober 2027 anmäla till regionstyrelsens ordförande om villkoret i punkt 2 är uppfyllt.", indent=0.6)
    _label(d, "Redogörelse för ärendet")
    _p(d, "Regionstyrelsen fastställde den 23 mars 2027 en plan för etapp 2 och beslutade att det slutliga beslutet skulle fattas vid dagens sammanträde.")
    _p(d, "Regionchefsläkaren överlämnade sin patientsäkerhetsbedömning den 27 augusti 2027. Bedömningen är att etapp 2 kan genomföras med godtagbar risk, under förutsättning att utbildningen är genomförd, att reservrutinerna har övats på samtliga enheter och att bemanningen av Millenniumcoacher nattetid i Lidköping och Mariestad är säkrad.")
    _p(d, "Den 31 augusti 2027 hade 41 procent av användarna genomgått utbildningen. Enligt utbildningsplanen ska 95 procent nås under vecka 39.")
    _p(d, "Tabell. Beredskap inför etapp 2, läge den 31 augusti 2027", bold=True, size=10, after=2)
    _grid(d, [["Kriterium", "Mål", "Utfall", "Bedömning"],
              ["Tjänster i förvaltningsorganisationen tillsatta", "190", "183", "Delvis uppfyllt"],
              ["Millenniumcoacher rekryterade", "310", "314", "Uppfyllt"],
              ["Kritiska arbetsflöden godkända i integrationstest", "46", "44", "Delvis uppfyllt"],
              ["Enheter som har övat reservrutinen", "214", "197", "Pågår"],
              ["Specialister från Oracle bekräftade för Skövde", "60", "64", "Uppfyllt"],
              ["Användare som har genomgått grund 3.0", "95 %", "41 %", "Pågår enligt plan"]],
          widths=[7.6, 1.6, 1.6, 3.6])
    _p(d, "")
    _label(d, "Yrkanden")
    _p(d, "Birgitta Ahlqvist yrkar att ärendet återremitteras, med motiveringen att förvaltningsorganisationen ännu inte är fullt bemannad och att etapp 2 därför bör flyttas till våren 2028.")
    _p(d, "Regionstyrelsens ordförande yrkar bifall till regiondirektörens förslag.")
    _label(d, "Propositionsordning och omröstning")
    _p(d, "Ordföranden ställer först proposition på om ärendet ska avgöras i dag eller återremitteras och finner att det ska avgöras i dag. Votering begärs.")
    _p(d, "Regionstyrelsen beslutar med 12 röster mot 3 att avgöra ärendet i dag. Därefter bifaller regionstyrelsen ordförandens yrkande.")
    _label(d, "Reservation")
    _p(d, "Birgitta Ahlqvist, Tomas Rydén och Leila Haddad reserverar sig mot beslutet till förmån för eget yrkande.")
    _label(d, "Beslutsunderlag")
    for line in ["Tjänsteskrivelse från regiondirektören, daterad den 30 augusti 2027",
                 "Regionchefsläkarens patientsäkerhetsbedömning, daterad den 27 augusti 2027",
                 "Protokoll från regionstyrelsen den 23 mars 2027, § 59"]:
        _p(d, "– " + line, after=0, indent=0.6)
    _p(d, "Expedieras till: Regiondirektören, Program Millennium, Skaraborgs Sjukhus, Närhälsan, Regionhälsan", italic=True, after=14)

    # ---------------------------------------------------------------- § 215
    _p(d, "§ 215", bold=True, size=13, after=0)
    _p(d, "Tilläggsavtal 2 med Oracle Svenska AB om bevakning av tidsbegränsade beroenden", bold=True, size=12, after=0)
    _p(d, "Dnr RS 2027-03310", italic=True, after=8)
    _label(d, "Regionstyrelsens beslut")
    _p(d, "1. Regionstyrelsen godkänner tilläggsavtal 2 till avtalet med Oracle Svenska AB om journalsystemet Millennium.", indent=0.6)
    _p(d, "2. Regiondirektören får i uppdrag att underteckna tilläggsavtalet.", indent=0.6)
    _label(d, "Redogörelse för ärendet")
    _p(d, "Regionstyrelsen gav i mars 2027 regiondirektören i uppdrag att förhandla med leverantören om ansvaret för bevakning av certifikat. Förhandlingarna avslutades den 19 augusti 2027 efter sju förhandlingsmöten.")
    _p(d, "Enligt tilläggsavtal 2 ansvarar leverantören för att varje certifikat och annat tidsbegränsat beroende i Millenniummiljön bevakas, och för att regionen får ett larm 60 dagar innan ett certifikat går ut.")
    _p(d, "Om ett avbrott orsakas av att ett bevakat beroende har löpt ut betalar leverantören ett vite om 500 000 kronor per avbrott, utöver det vite som gäller för kritiska fel.")
    _p(d, "Tilläggsavtalet gäller från den 1 oktober 2027 och medför inga ökade kostnader för regionen.")
    _p(d, "Expedieras till: Regiondirektören, Koncernstab digitalisering, Regionjuristerna", italic=True, after=14)

    # ---------------------------------------------------------------- § 216
    _p(d, "§ 216", bold=True, size=13, after=0)
    _p(d, "Anmälan: avslutat läsläge för Melior och Asynja i södra området", bold=True, size=12, after=0)
    _p(d, "Dnr RS 2026-05127", italic=True, after=8)
    _label(d, "Regionstyrelsens beslut")
    _p(d, "Regionstyrelsen lägger informationen till handlingarna.", indent=0.6)
    _label(d, "Redogörelse för ärendet")
    _p(d, "Läsläget för Melior och Asynja vid Södra Älvsborgs sjukhus, Närhälsan och Regionhälsan i södra området avslutades den 30 juni 2027 kl. 18.00, i enlighet med regiondirektörens delegationsbeslut den 3 december 2026.")
    _p(d, "Dessförinnan hade 1,27 miljoner journalhandlingar från åren 2012–2018 förts över till Millennium. Journalinformationen i de tidigare systemen bevaras i regionens e-arkiv.")
    _p(d, "Förlängningen av läsläget kostade 7,4 miljoner kronor, vilket är 0,5 miljoner kronor mindre än den beslutade ramen.", after=14)

    # ---------------------------------------------------------------- § 217
    _p(d, "§ 217", bold=True, size=13, after=0)
    _p(d, "Avsiktsförklaring med Skaraborgs kommunalförbund om kommunernas anslutning till Millennium", bold=True, size=12, after=0)
    _p(d, "Dnr RS 2027-03402", italic=True, after=8)
    _label(d, "Regionstyrelsens beslut")
    _p(d, "1. Regionstyrelsen godkänner avsiktsförklaringen med Skaraborgs kommunalförbund om att kommunernas hälso- och sjukvård ansluter till Millennium.", indent=0.6)
    _p(d, "2. Anslutningen ska ske tidigast i mars 2028 och först sedan regionstyrelsen har tagit del av utvärderingen av etapp 2.", indent=0.6)
    _label(d, "Redogörelse för ärendet")
    _p(d, "Skaraborgs kommunalförbunds direktion ställde sig bakom avsiktsförklaringen den 27 augusti 2027. Omkring 2 300 medarbetare i de 15 kommunernas hälso- och sjukvård berörs.")
    _p(d, "Kommunerna bär själva sina kostnader för utbildning och licenser, enligt samma modell som kommunerna i Sjuhärad.", after=18)

    _p(d, "Vid protokollet", after=0)
    _p(d, "Jenny Lindahl, sekreterare", after=8)
    _p(d, "Justerat den 10 september 2027. Justeringen har tillkännagivits på regionens digitala anslagstavla den 13 september 2027.", italic=True, size=9.5, after=4)
    _p(d, "Utdragets riktighet bestyrks: Jenny Lindahl", size=9.5)
    d.save(OUT / fname)
    return fname


# ============================================================ B. Tjänsteskrivelse SkaS 2027-11-30
def make_tjansteskrivelse():
    fname = "tjansteskrivelse-skas-yttrande-ivo-inspektion-millennium-2027-11-30.docx"
    title = "Yttrande till Inspektionen för vård och omsorg efter inspektion av övergången till Millennium"
    d = _doc(title, dt.datetime(2027, 11, 30, 9, 45), "Malin Torstensson", "Calibri", 11,
             "Tjänsteskrivelse till styrelsen för Skaraborgs Sjukhus",
             "IVO; inspektion; Millennium; Skaraborgs Sjukhus; läkemedelsavstämning", "Tjänsteskrivelse")
    head = d.add_table(rows=4, cols=2)
    head.style = "Table Grid"
    vals = [("Skaraborgs Sjukhus", "TJÄNSTESKRIVELSE"),
            ("Datum: 30 november 2027", "Diarienummer: SkaS 2027-01893"),
            ("Handläggare: Malin Torstensson, chefläkare", "Telefon: 070-174 06 27"),
            ("E-post: malin.torstensson@vgregion.example", "Till: Styrelsen för Skaraborgs Sjukhus")]
    for i, (a, b) in enumerate(vals):
        head.cell(i, 0).text = a
        head.cell(i, 1).text = b
        for c in (head.cell(i, 0), head.cell(i, 1)):
            for r in c.paragraphs[0].runs:
                r.font.size = Pt(9.5)
                r.bold = i == 0
    _p(d, "")
    _p(d, title, bold=True, size=15, after=10, color="1F4E79")

    _p(d, "Förslag till beslut", bold=True, size=12, after=3, color="1F4E79")
    _p(d, "Styrelsen för Skaraborgs Sjukhus beslutar", after=2)
    _p(d, "att godkänna yttrandet till Inspektionen för vård och omsorg enligt denna tjänsteskrivelse,", indent=0.8, after=2)
    _p(d, "att uppdra åt förvaltningschefen att redovisa genomförda åtgärder för styrelsen den 17 mars 2028.", indent=0.8, after=10)

    _p(d, "Sammanfattning av ärendet", bold=True, size=12, after=3, color="1F4E79")
    _p(d, "Inspektionen för vård och omsorg (IVO) genomförde den 2 och 3 november 2027 en oanmäld inspektion av Skaraborgs Sjukhus för att granska hur patientsäkerheten upprätthölls under och efter övergången till journalsystemet Millennium.")
    _p(d, "IVO besökte akutmottagningen och medicinavdelning 14 i Skövde samt ortopedavdelningen i Lidköping och intervjuade 31 medarbetare.")
    _p(d, "I en skrivelse som kom in till sjukhuset den 12 november 2027 begär IVO att sjukhuset senast den 10 december 2027 yttrar sig över tre iakttagelser. Styrelsen sammanträder den 9 december 2027.")

    _p(d, "Bakgrund", bold=True, size=12, after=3, color="1F4E79")
    _p(d, "Skaraborgs Sjukhus gick över till Millennium den 12 oktober 2027 tillsammans med Närhälsans vårdcentraler och Regionhälsan i östra området.")
    _p(d, "Enligt IVO gjordes inspektionen inom ramen för myndighetens riskbaserade tillsyn av stora byten av journalsystem. IVO har också angett att två anmälningar enligt lex Maria från sjukhuset i oktober 2027 bidrog till att Skaraborgs Sjukhus valdes ut.")

    _p(d, "IVO:s iakttagelser och sjukhusets svar", bold=True, size=12, after=3, color="1F4E79")
    _p(d, "Iakttagelse 1. Läkemedelsavstämning vid inskrivning", bold=True, italic=True, after=2)
    _p(d, "IVO konstaterar att läkemedelsavstämningen vid inskrivning inte var dokumenterad inom 24 timmar i 9 av 20 granskade journaler på ortopedavdelningen i Lidköping.")
    _p(d, "Sjukhuset delar IVO:s bedömning. Orsaken var att läkemedelslistan i Millennium under de två första veckorna inte visade ordinationer från primärvården för patienter som skrevs in via akutmottagningen i Skövde och sedan flyttades till Lidköping. Leverantören rättade felet den 27 oktober 2027.")
    _p(d, "Sedan den 1 november 2027 kontrollerar en apotekare på avdelningen varje vardag att avstämningen är dokumenterad.")
    _p(d, "Iakttagelse 2. Pappersunderlag från reservrutinen", bold=True, italic=True, after=2)
    _p(d, "IVO konstaterar att pappersunderlag som upprättades under avbrottet i laboratorieremisserna den 14–18 oktober 2027 ännu inte hade förts in i journalen på medicinavdelning 14 vid inspektionstillfället.")
    _p(d, "Samtliga 386 pappersunderlag på avdelningen var inskannade den 19 november 2027. Sjukhuset har infört en rutin som innebär att pappersunderlag från reservrutinen ska vara införda i Millennium inom 72 timmar efter att ett avbrott har upphört.")
    _p(d, "Iakttagelse 3. Väntetider på akutmottagningen i Skövde", bold=True, italic=True, after=2)
    _p(d, "IVO konstaterar att medianväntetiden till läkarbedömning på akutmottagningen i Skövde ökade från 1 timme och 52 minuter under vecka 40 till 2 timmar och 47 minuter under vecka 42.")
    _p(d, "Under vecka 46 var medianväntetiden 1 timme och 58 minuter. Sedan den 25 oktober 2027 har akutmottagningen en extra läkare i tjänst mellan kl. 16.00 och kl. 24.00. Förstärkningen gäller till och med den 31 december 2027.")

    _p(d, "Tabell. Sjukhusets åtgärder", bold=True, size=10, after=2)
    _grid(d, [["Åtgärd", "Ansvarig", "Tidpunkt"],
              ["Daglig kontroll av läkemedelsavstämning, ortopedavdelningen i Lidköping", "Verksamhetschef ortopedi", "Infört 2027-11-01"],
              ["Rutin för att föra in pappersunderlag inom 72 timmar", "Chefläkare", "Infört 2027-11-22"],
              ["Extra läkare på akutmottagningen kl. 16.00–24.00", "Verksamhetschef akutmottagningen", "2027-10-25 – 2027-12-31"],
              ["Journalgranskning av läkemedelsavstämning, 50 journaler per månad", "Patientsäkerhetsenheten", "Från 2028-01-03"],
              ["Övning i reservrutinen på samtliga vårdavdelningar", "Områdescheferna", "Senast 2028-02-29"]],
          widths=[7.8, 4.4, 3.6], style="Light List Accent 1")
    _p(d, "")

    _p(d, "Ekonomiska konsekvenser", bold=True, size=12, after=3, color="1F4E79")
    _p(d, "Den extra läkarbemanningen på akutmottagningen kostar cirka 1,4 miljoner kronor och finansieras inom Program Millenniums budget för etapp 2. Övriga åtgärder ryms inom sjukhusets budget.")
    _p(d, "Konsekvenser för jämlik vård", bold=True, size=12, after=3, color="1F4E79")
    _p(d, "Åtgärderna berör alla patienter som skrivs in på sjukhuset. Äldre patienter med många läkemedel bedöms ha mest nytta av en säkrare läkemedelsavstämning.")
    _p(d, "Uppföljning", bold=True, size=12, after=3, color="1F4E79")
    _p(d, "Patientsäkerhetsenheten följer upp åtgärderna månadsvis. Förvaltningschefen redovisar resultatet för styrelsen i mars 2028.", after=16)

    _p(d, "Skaraborgs Sjukhus", bold=True, after=0)
    _p(d, "Förvaltningschef", after=0)
    _p(d, "Malin Torstensson, chefläkare", after=10)
    _p(d, "Beslutet skickas till: Inspektionen för vård och omsorg, avdelning mitt; Program Millennium; Närhälsan; Regionchefsläkaren", italic=True, size=9.5)
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


# ============================================================ C. Revisionsrapport (numbered paragraphs, hyphenation)
def make_revisionsrapport():
    fname = "revisionsrapport-uppfoljande-granskning-millennium-2027-11-23.pdf"
    title = "Uppföljande granskning av regionstyrelsens styrning av återstarten av Millennium"
    body = ParagraphStyle("rb", fontName="Times-Roman", fontSize=12.2, leading=15.2,
                          alignment=TA_JUSTIFY, embeddedHyphenation=1, leftIndent=1.1 * cm,
                          bulletIndent=0, bulletFontName="Helvetica", bulletFontSize=8.5,
                          spaceAfter=7)
    dash = ParagraphStyle("rd", parent=body, leftIndent=1.6 * cm, bulletIndent=1.1 * cm,
                          bulletFontName="Times-Roman", bulletFontSize=12.2, spaceAfter=3)
    sec = ParagraphStyle("rs", fontName="Helvetica-Bold", fontSize=10.5, leading=13,
                         textColor=colors.HexColor("#5b2a48"), spaceBefore=8, spaceAfter=5,
                         leftIndent=1.1 * cm, keepWithNext=1)
    kick = ParagraphStyle("rk", fontName="Helvetica", fontSize=8.5, leading=11,
                          textColor=colors.HexColor("#5b2a48"))
    big = ParagraphStyle("rt", fontName="Times-Bold", fontSize=20, leading=24, spaceAfter=6)
    small = ParagraphStyle("rsm", fontName="Helvetica", fontSize=8.6, leading=11.5)

    n = [0]

    def P(t):
        n[0] += 1
        return Paragraph(h(t), body, bulletText=str(n[0]))

    def D(t):
        return Paragraph(h(t), dash, bulletText="–")

    s = [Paragraph("REVISORERNA I VÄSTRA GÖTALANDSREGIONEN · GRANSKNINGSRAPPORT 2027:09", kick),
         Spacer(1, 0.3 * cm),
         Paragraph(title, big),
         Paragraph("Datum: 23 november 2027 · Dnr REV 2027-0088 · Granskningsledare: Henrik Alm, "
                   "certifierad kommunal revisor, Revisionskontoret · henrik.alm@vgregion.example", small),
         Spacer(1, 0.5 * cm)]

    s.append(Paragraph("Sammanfattning", sec))
    s.append(P("Revisors|kollegiet beslutade i revisions|planen för 2027 att följa upp sin tidigare granskning av regionstyrelsens styrning av Program Millennium. Upp|följningen avser den stegvisa åter|starten från april 2026 till och med beslutet om etapp 2 i september 2027."))
    s.append(P("Vår sam|lade be|döm|ning är att region|styrelsen delvis har säker|ställt en tillräck|lig styr|ning och intern kon|troll av åter|starten. Styrningen av de enskilda etapperna har förbättrats tydligt sedan 2025. Bristerna gäller främst den ekonomiska upp|följningen och förvaltningen av systemet."))

    s.append(Paragraph("Syfte, avgränsning och metod", sec))
    s.append(P("Gransk|ningen har genom|förts mellan den 16 augusti och den 29 oktober 2027 av Revisions|kontoret med Henrik Alm som gransk|nings|ledare."))
    s.append(P("Vi har intervjuat 22 personer, däribland region|direktören, program|direktören och region|chefs|läkaren, och gått igenom protokoll och underlag från regionstyrelsen för perioden januari–september 2027."))
    s.append(P("Granskningen omfattar inte de tekniska lösningarna eller enskilda patient|ärenden. Händelserna efter återstarten i Skaraborg den 12 oktober 2027 har vi inte bedömt."))

    s.append(Paragraph("Ekonomisk uppföljning", sec))
    s.append(P("Regionstyrelsen har under 2027 fått ekonomisk rapportering om återstarten tre gånger, i samband med årsredovisningen, tertial|rapporten och delårs|rapporten."))
    s.append(P("Vi be|dömer att detta inte räcker, efter|som en etapp kostar drygt 450 miljoner kronor och en stor del av kost|naderna upp|står under några få veckor kring själva åter|starten. Avvikelser upptäcks då först när de redan har uppstått."))

    s.append(Paragraph("Förvaltningsorganisationen", sec))
    s.append(P("Den 30 september 2027 var 186 av 190 tjänster i förvalt|nings|organisa|tionen för Millennium till|satta. Antalet inhyrda konsulter i förvaltningen hade minskat från 41 i februari till 17."))
    s.append(P("Målet att organisationen skulle vara fullt bemannad den 30 juni 2027 nåddes alltså inte. Vi noterar samtidigt att bemanningen har ökat med 44 tjänster sedan den externa granskningen i mars 2027."))

    s.append(Paragraph("Tidsbegränsade beroenden", sec))
    s.append(P("Regionen upp|rättade den 28 april 2027 en egen för|teckning över certi|fikat och andra tids|begränsade be|roenden i Millennium. För|teckningen om|fattade då 212 poster."))
    s.append(P("Förteckningen har inte stämts av sedan dess, trots att händelse|analysen efter drift|störningen i januari 2027 föreslog en halvårs|vis genomgång. Ansvaret för bevakningen har från den 1 oktober 2027 förts över till leverantören genom tilläggs|avtal 2, men regionen behöver enligt vår bedömning ändå en egen aktuell förteckning."))

    s.append(Paragraph("Utbildning av nyanställda", sec))
    s.append(P("Sedan den 1 juni 2027 är grund|utbildningen i Millennium obligatorisk före första arbets|dagen för nyanställda i vården."))
    s.append(P("Av 118 nyanställda läkare på Södra Älvsborgs sjukhus och Skaraborgs Sjukhus under juni–september 2027 hade 7 inte gått utbildningen vid sin första arbets|dag. Vi bedömer att regelverket i huvudsak följs."))

    s.append(Paragraph("Beslutsunderlag inför etapp 2", sec))
    s.append(P("Underlaget till regionstyrelsens beslut den 7 september 2027 var enligt vår bedömning tydligt och innehöll en samlad redovisning av beredskapen, med mål och utfall för varje kriterium."))
    s.append(P("Regionstyrelsen hade däremot inte i förväg fastställt vad som skulle krävas för att skjuta upp etappen, utöver villkoret om utbildning. Vi ser en risk att beslut om att skjuta upp en etapp då fattas utan tydlig grund."))

    s.append(Paragraph("Rekommendationer", sec))
    s.append(P("Mot bakgrund av granskningen rekommenderar vi regionstyrelsen att:"))
    s.append(D("begära månat|lig ekono|misk rappor|tering om åter|starten under de må|nader då en etapp genom|förs,"))
    s.append(D("säkerställa att förteckningen över tids|begränsade beroenden stäms av minst två gånger per år,"))
    s.append(D("fastställa kriterier för etapp 3 innan planeringen av etappen påbörjas."))
    s.append(Spacer(1, 0.15 * cm))
    s.append(P("Revisors|kollegiet önskar region|styrelsens svar på rekommenda|tionerna senast den 29 februari 2028."))
    s.append(Spacer(1, 0.4 * cm))
    s.append(Paragraph("Göteborg den 23 november 2027", ParagraphStyle("sig", parent=body)))
    s.append(Paragraph("För revisorskollegiet: revisorskollegiets ordförande · Henrik Alm, granskningsledare",
                       ParagraphStyle("sig2", parent=body, fontSize=10.5)))

    def furniture(c, page, total):
        w, hgt = A4
        c.saveState()
        c.setFont("Helvetica", 7.6)
        c.setFillColor(colors.HexColor("#5b2a48"))
        if page > 1:
            c.drawString(2.2 * cm, hgt - 1.3 * cm, "Granskningsrapport 2027:09 · Millennium – uppföljande granskning")
            c.drawRightString(w - 2.2 * cm, hgt - 1.3 * cm, "REV 2027-0088")
        c.setStrokeColor(colors.HexColor("#5b2a48"))
        c.line(2.2 * cm, 1.6 * cm, w - 2.2 * cm, 1.6 * cm)
        c.drawString(2.2 * cm, 1.2 * cm, "Revisionskontoret · Västra Götalandsregionen · revisionen@vgregion.example")
        c.drawRightString(w - 2.2 * cm, 1.2 * cm, f"{page}/{total}")
        c.restoreState()

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=2.2 * cm, rightMargin=4.5 * cm,
                            topMargin=2.0 * cm, bottomMargin=2.1 * cm, title=title,
                            author="Revisionskontoret, Västra Götalandsregionen")
    doc.build(s, canvasmaker=numbered_canvas(furniture))
    _finish_pdf(buf, fname, {
        "/Title": "Granskningsrapport 2027:09 – " + title,
        "/Author": "Henrik Alm, Revisionskontoret",
        "/Subject": "Uppföljande granskning, REV 2027-0088",
        "/Creator": "Revisionskontoret",
        "/Keywords": "Millennium; revision; uppföljning; intern kontroll",
        "/CreationDate": "D:20271123090000+01'00'", "/ModDate": "D:20271124101500+01'00'"})
    return fname


# ============================================================ D. Utvärdering etapp 2 (tables, decimal headings)
def make_utvardering():
    fname = "rapport-utvardering-etapp-2-skaraborg-millennium-2027-12-03.pdf"
    title = "Utvärdering av etapp 2 av återstarten av Millennium"
    body = ParagraphStyle("ub", fontName="Helvetica", fontSize=9.8, leading=13.6,
                          alignment=TA_LEFT, spaceAfter=6)
    h1 = ParagraphStyle("uh1", fontName="Helvetica-Bold", fontSize=13, leading=16,
                        spaceBefore=10, spaceAfter=5, textColor=colors.HexColor("#00594f"), keepWithNext=1)
    h2 = ParagraphStyle("uh2", fontName="Helvetica-Bold", fontSize=10.5, leading=13,
                        spaceBefore=5, spaceAfter=3, keepWithNext=1)
    big = ParagraphStyle("ut", fontName="Helvetica-Bold", fontSize=21, leading=25, spaceAfter=4,
                         textColor=colors.HexColor("#00594f"))
    sub = ParagraphStyle("us", fontName="Helvetica", fontSize=11.5, leading=15, spaceAfter=10)
    cell = ParagraphStyle("uc", fontName="Helvetica", fontSize=8.6, leading=10.6)
    cellb = ParagraphStyle("ucb", parent=cell, fontName="Helvetica-Bold")
    cap = ParagraphStyle("ucap", fontName="Helvetica-Bold", fontSize=9, leading=12, spaceAfter=3)
    note = ParagraphStyle("un", fontName="Helvetica-Oblique", fontSize=8.2, leading=10.5, spaceBefore=2,
                          spaceAfter=8)

    def P(t):
        return Paragraph(t, body)

    def table(rows, widths, bold_last=False):
        data = []
        for i, r in enumerate(rows):
            st = cellb if i == 0 or (bold_last and i == len(rows) - 1) else cell
            data.append([Paragraph(c, st) for c in r])
        t = Table(data, colWidths=[w * cm for w in widths], repeatRows=1)
        style = [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9ece9")),
                 ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor("#00594f")),
                 ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#b5b5b5")),
                 ("VALIGN", (0, 0), (-1, -1), "TOP"),
                 ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
        if bold_last:
            style.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.HexColor("#00594f")))
        t.setStyle(TableStyle(style))
        return t

    meta = Table([[Paragraph(a, cellb), Paragraph(b, cell)] for a, b in [
        ("Dokument", "Utvärderingsrapport"),
        ("Version", "1.0, fastställd"),
        ("Datum", "2027-12-03"),
        ("Ägare", "Program Millennium, Koncernkontoret"),
        ("Diarienummer", "RS 2027-01544"),
        ("Behandlas", "Regionstyrelsen 2027-12-14"),
    ]], colWidths=[3.2 * cm, 9.0 * cm])
    meta.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#00594f")),
                              ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eef6f5")),
                              ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))

    s = [Paragraph("PROGRAM MILLENNIUM", ParagraphStyle("k", fontName="Helvetica-Bold", fontSize=9,
                                                           textColor=colors.HexColor("#777777"))),
         Spacer(1, 0.2 * cm),
         Paragraph(title, big),
         Paragraph("Skaraborgs Sjukhus, Närhälsan och Regionhälsan i östra området – "
                   "de sex första veckorna", sub),
         meta, Spacer(1, 0.3 * cm)]

    s.append(Paragraph("1 Inledning", h1))
    s.append(P("Denna rapport utvärderar etapp 2 av återstarten av Millennium, som omfattade Skaraborgs Sjukhus, Närhälsans 24 vårdcentraler i östra området och Regionhälsan i östra området."))
    s.append(P("Utvärderingen avser perioden 12 oktober–21 november 2027, det vill säga de sex första veckorna efter återstarten. Utvärderingsledare har varit Sofia Lagerkvist, Program Millennium."))

    s.append(Paragraph("2 Genomförande", h1))
    s.append(Paragraph("2.1 Förberedelser", h2))
    s.append(P("Regionstyrelsen beslutade om genomförandet den 7 september 2027, med villkoret att minst 95 procent av användarna skulle ha genomgått utbildningen senast den 5 oktober 2027."))
    s.append(P("Den 5 oktober hade 97,3 procent av användarna genomgått Millennium grund 3.0, och regiondirektören anmälde samma dag att villkoret var uppfyllt."))
    s.append(P("Generalrepetitionen lördagen den 25 september 2027 omfattade 46 kritiska arbetsflöden, varav 45 fungerade utan anmärkning."))
    s.append(Paragraph("2.2 Återstartsdygnet", h2))
    s.append(P("Millennium öppnades för användarna kl. 05.00 som planerat. Vid starten hade 6 912 av de 6 960 planerade användarna behörighet. De övriga 48 hade inte gått klart utbildningen och fick behörighet under den första veckan."))
    s.append(Paragraph("2.3 Störningar", h2))
    s.append(P("Det allvarligaste felet inträffade torsdagen den 14 oktober kl. 08.15, när remisser för laboratorieprover från vårdcentralerna och sjukhusets mottagningar slutade att nå laboratoriesystemet på klinisk kemi."))
    s.append(P("Felet klassades som kritiskt enligt avtalet med Oracle och var avhjälpt måndagen den 18 oktober kl. 11.30. Under tiden registrerades omkring 4 100 remisser manuellt av laboratoriepersonalen."))
    s.append(P("Orsaken var att en kodtabell för analyser i integrationen mellan Millennium och laboratoriesystemet inte hade uppdaterats efter generalrepetitionen."))
    s.append(P("Eftersom felet inte var rättat inom 48 timmar utlöstes avtalets vite om 1,2 miljoner kronor per påbörjat dygn. Oracle godkände den 4 november 2027 att betala 3,6 miljoner kronor, motsvarande tre dygn."))
    s.append(Paragraph("2.4 Avvikelser", h2))
    s.append(P("Under de sex veckorna rapporterades 1 204 avvikelser med koppling till Millennium, varav 11 bedömdes som risk för vårdskada. Två händelser har anmälts enligt lex Maria."))
    s.append(P("Inspektionen för vård och omsorg genomförde en oanmäld inspektion av Skaraborgs Sjukhus den 2–3 november 2027. Sjukhusets yttrande behandlas av sjukhusstyrelsen i december."))

    s.append(Paragraph("3 Utfall mot kriterierna", h1))
    s.append(P("Av åtta utvärderingskriterier är fem uppfyllda, ett delvis uppfyllt och två inte uppfyllda."))
    s.append(KeepTogether([Paragraph("Tabell 1. Utvärderingskriterier för etapp 2", cap), table([
        ["Kriterium", "Mål", "Utfall", "Bedömning"],
        ["Tillgänglighet för Millennium", "minst 99,5 %", "99,8 %", "Uppfyllt"],
        ["Kritiska fel avhjälpta inom 48 timmar", "samtliga", "2 av 3", "Ej uppfyllt"],
        ["Remissflöden till laboratoriemedicin", "inga avbrott över 4 timmar", "avbrott 14–18 oktober", "Ej uppfyllt"],
        ["Fullständiga läkemedelslistor vid inskrivning", "minst 98 %", "96,1 %", "Delvis uppfyllt"],
        ["Supportärenden lösta inom ett dygn", "minst 85 %", "91 %", "Uppfyllt"],
        ["Användare som anser att Millennium fungerar lika bra eller bättre", "minst 60 %", "64 %", "Uppfyllt"],
        ["Millenniumcoacher på plats", "4 veckor", "4 veckor", "Uppfyllt"],
        ["Specialister från Oracle på plats i Skövde", "minst 60", "68 (högst)", "Uppfyllt"],
    ], [6.4, 3.4, 3.4, 2.8]), Spacer(1, 0.3 * cm)]))

    s.append(Paragraph("4 Ekonomi", h1))
    s.append(P("Kostnaderna för etapp 2 uppgick till 400,4 miljoner kronor till och med den 30 november 2027. Prognosen för hela etappen är 444,4 miljoner kronor, vilket är 7,4 miljoner kronor lägre än den beräknade kostnaden på 451,8 miljoner kronor."))
    s.append(KeepTogether([Paragraph("Tabell 2. Kostnader för etapp 2, miljoner kronor", cap), table([
        ["Kostnadspost", "Budget", "Utfall t.o.m. 30 nov", "Prognos", "Avvikelse"],
        ["Dubbelbemanning och produktionsbortfall", "268,4", "231,7", "259,0", "+9,4"],
        ["Utbildning och övningsmiljö", "96,0", "101,2", "102,5", "−6,5"],
        ["Teknisk förvaltning och integrationer", "58,3", "44,9", "55,1", "+3,2"],
        ["Förstärkt förvaltningsorganisation", "29,1", "22,6", "27,8", "+1,3"],
        ["Totalt", "451,8", "400,4", "444,4", "+7,4"],
    ], [6.2, 2.0, 3.2, 2.2, 2.4], bold_last=True),
        Paragraph("Positiv avvikelse = lägre kostnad än budget.", note)]))
    s.append(P("Utbildningen blev 6,5 miljoner kronor dyrare än beräknat, eftersom 640 medarbetare med nattarbete fick gå utbildningen på betald övertid och coachernas utbildning förlängdes med en dag."))
    s.append(P("Vitet från Oracle om 3,6 miljoner kronor ingår inte i prognosen, utan redovisas som en intäkt för programmet som helhet."))

    s.append(Paragraph("5 Leverantören", h1))
    s.append(P("Oracle hade som mest 68 specialister på plats i Skövde, under vecka 42. Avtalets krav var 40, och leverantörens skriftliga åtagande från april 2027 var 60."))
    s.append(P("Specialisterna lämnade Skövde den 9 november 2027, efter fyra veckor."))

    s.append(Paragraph("6 Slutsatser och fortsatt arbete", h1))
    s.append(P("Programmet bedömer att etapp 2 som helhet har genomförts med godtagbar patientsäkerhet, men att integrationerna mot laboratoriesystemen behöver testas bredare före nästa etapp."))
    s.append(P("Programmet föreslår att etapp 3 omfattar NU-sjukvården och Närhälsans vårdcentraler i norra området. Ett förslag till plan för etapp 3 lämnas till regionstyrelsen i mars 2028."))

    def furniture(c, page, total):
        w, hgt = A4
        c.saveState()
        c.setFillColor(colors.HexColor("#00594f"))
        c.rect(0, hgt - 0.55 * cm, w, 0.55 * cm, stroke=0, fill=1)
        c.setFont("Helvetica", 7.8)
        c.setFillColor(colors.HexColor("#444444"))
        c.drawString(2.0 * cm, 1.1 * cm, "Program Millennium | Utvärdering av etapp 2 | Version 1.0")
        c.drawRightString(w - 2.0 * cm, 1.1 * cm, f"{page} ({total})")
        c.restoreState()

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=2.0 * cm, rightMargin=2.0 * cm,
                            topMargin=1.8 * cm, bottomMargin=1.9 * cm, title=title,
                            author="Sofia Lagerkvist, Program Millennium")
    doc.build(s, canvasmaker=numbered_canvas(furniture))
    _finish_pdf(buf, fname, {
        "/Title": title, "/Author": "Sofia Lagerkvist, Program Millennium",
        "/Subject": "Utvärdering av etapp 2 (Skaraborg), RS 2027-01544",
        "/Creator": "Program Millennium",
        "/Keywords": "Millennium; etapp 2; Skaraborg; utvärdering; kostnader; vite",
        "/CreationDate": "D:20271203140000+01'00'", "/ModDate": "D:20271203140000+01'00'"})
    return fname


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for fn in (make_protokoll, make_tjansteskrivelse, make_revisionsrapport, make_utvardering):
        print(fn())
