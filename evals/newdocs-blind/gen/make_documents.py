"""Generate the fictional .docx and .pdf documents of newdocs-blind.

Run with a Python that has python-docx, reportlab and pypdf:
    .venv-gen/bin/python gen/make_documents.py
All content is fictional test data.
"""
import datetime as dt
import io
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm
import pypdf
from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle, KeepTogether)

OUT = Path(__file__).resolve().parent.parent / "documents"
SHY = "\u00ad"


# ---------------------------------------------------------------- docx helpers
def _doc(title, created, author, subject=""):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    cp = d.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.subject = subject
    cp.created = created
    cp.modified = created
    cp.revision = 1
    return d


def _p(d, text, bold=False, size=None, align=None, space_after=None):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if align:
        p.alignment = align
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
            if i == 0:
                for r in cell.paragraphs[0].runs:
                    r.bold = True
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


# ------------------------------------------------ 3. Protokollsutdrag HSS
def make_protokoll():
    fname = "protokollsutdrag-halso-och-sjukvardsstyrelsen-2026-06-10.docx"
    title = "Protokollsutdrag, Hälso- och sjukvårdsstyrelsen, sammanträde 2026-06-10"
    d = _doc(title, dt.datetime(2026, 6, 12, 10, 24), "Ida Karlsson",
             "Millennium, etapp 1A och 1B")
    _p(d, "Västra Götalandsregionen", bold=True, size=12, space_after=0)
    _p(d, "Hälso- och sjukvårdsstyrelsen")
    d.add_heading(title, level=1)
    _p(d, "Tid: kl. 09.00–15.10", space_after=0)
    _p(d, "Plats: Regionens hus, Göteborg", space_after=0)
    _p(d, "Paragrafer: §§ 118–121")

    d.add_heading("§ 118 Information om utvärderingen av etapp 1A – återstarten av Millennium på Regionhälsan", level=2)
    _p(d, "Diarienummer HSS 2026-00842")
    d.add_heading("Beslut", level=3)
    _p(d, "Hälso- och sjukvårdsstyrelsen lägger informationen till handlingarna.")
    d.add_heading("Sammanfattning", level=3)
    _p(d, "Ärendet är en anmälan. Programdirektören Martin Hedberg informerade om den utvärdering av etapp 1A som regionstyrelsen tog del av den 26 maj 2026. Av de tio utvärderingskriterierna uppfylldes åtta helt och två delvis.")
    _p(d, "Styrelsens ledamöter ställde frågor om utskriften av intyg, som enligt utvärderingen tog för lång tid under de första veckorna efter återstarten.")

    d.add_heading("§ 119 Produktionsplanering vid återstart av Millennium på Södra Älvsborgs sjukhus (etapp 1B)", level=2)
    _p(d, "Diarienummer HSS 2026-00857")
    d.add_heading("Beslut", level=3)
    _p(d, "1. Hälso- och sjukvårdsstyrelsen ger Södra Älvsborgs sjukhus i uppdrag att minska den planerade vården med 30 procent under perioden 21 september–4 oktober 2026.")
    _p(d, "2. Sahlgrenska Universitetssjukhuset, Skaraborgs Sjukhus och NU-sjukvården ska under samma period ta emot patienter från Södra Älvsborgs sjukhus enligt den regionala avlastningsplanen.")
    _p(d, "3. Milstolparna i tabell 1 fastställs som planeringsunderlag för produktionen.")
    d.add_heading("Sammanfattning", level=3)
    _p(d, "Erfarenheterna från november 2024 och från återstarten på Regionhälsan visar att medarbetarna behöver frigjord tid under de första veckorna med ett nytt journalsystem. Minskningen beräknas motsvara cirka 2 300 planerade mottagningsbesök och 140 planerade operationer.")
    _p(d, "Tabell 1. Milstolpar för etapp 1B", bold=True)
    _table(d, [
        ["Milstolpe", "Datum"],
        ["Regionstyrelsens beslutspunkt om etapp 1B", "2026-08-25"],
        ["Generalrepetition på SÄS och Närhälsan", "2026-09-05"],
        ["Sista utbildningstillfälle i Millennium grund 2.0", "2026-09-11"],
        ["Minskad planerad vård inleds", "2026-09-21"],
        ["Återstart på SÄS och Närhälsan", "2026-09-22"],
        ["Minskad planerad vård upphör", "2026-10-04"],
        ["Utvärdering av etapp 1B redovisas för regionstyrelsen", "2026-11-24"],
    ], widths=[11, 4])
    _p(d, "")

    d.add_heading("§ 120 Tillfälligt avsteg från Krav- och kvalitetsboken för Närhälsans vårdcentraler i södra området", level=2)
    _p(d, "Diarienummer HSS 2026-00863")
    d.add_heading("Beslut", level=3)
    _p(d, "1. Hälso- och sjukvårdsstyrelsen beslutar att Närhälsans 26 vårdcentraler i södra området undantas från kraven på telefontillgänglighet i Krav- och kvalitetsboken för Vårdval Vårdcentral under perioden 21 september–1 november 2026.")
    _p(d, "2. Hälso- och sjukvårdsstyrelsen beviljar Närhälsan en tillfällig ersättning om 11,7 miljoner kronor för produktionsbortfall under samma period.")
    d.add_heading("Sammanfattning", level=3)
    _p(d, "Närhälsan har beräknat att vårdcentralerna under de första sex veckorna efter återstarten kommer att ta emot omkring 15 procent färre patienter än normalt.")
    _p(d, "Avsteget görs för att vårdcentralerna inte ska få avdrag i ersättningen när tillgängligheten tillfälligt försämras under införandet. Ersättningen finansieras inom hälso- och sjukvårdsstyrelsens budget för 2026.")

    d.add_heading("§ 121 Uppdrag att följa upp patientsäkerheten efter återstarten", level=2)
    _p(d, "Diarienummer HSS 2026-00871")
    d.add_heading("Beslut", level=3)
    _p(d, "Hälso- och sjukvårdsstyrelsen ger hälso- och sjukvårdsdirektören i uppdrag att vid varje sammanträde från och med oktober 2026 till och med mars 2027 redovisa avvikelser och vårdskador som kan kopplas till Millennium.")
    d.add_heading("Sammanfattning", level=3)
    _p(d, "Regionchefsläkaren följer patientsäkerheten inom ramen för Program Millennium. Styrelsen vill därutöver få en egen löpande bild av patientsäkerheten i de verksamheter som styrelsen ansvarar för.")
    _p(d, "Ledamoten Per-Olof Hägg yrkade att redovisningen skulle ske varannan vecka. Yrkandet avslogs.")

    _p(d, "")
    _p(d, "Vid protokollet: Ida Karlsson, nämndsekreterare", space_after=0)
    _p(d, "Justerat 2026-06-12", space_after=0)
    _p(d, "Rätt utdraget intygar: Ida Karlsson")
    d.save(OUT / fname)
    return fname


# ------------------------------------------------ 6. Tjänsteutlåtande
def make_tjansteutlatande():
    fname = "tjansteutlatande-regiondirektoren-etapp-1b-sas-narhalsan-2026-08-11.docx"
    title = "Återstart av Millennium på Södra Älvsborgs sjukhus och Närhälsan i södra området (etapp 1B)"
    d = _doc(title, dt.datetime(2026, 8, 11, 8, 40), "Maja Ekdahl",
             "Tjänsteutlåtande till regionstyrelsen")
    _p(d, "Västra Götalandsregionen", bold=True, size=12, space_after=0)
    _p(d, "Koncernkontoret, Regiondirektörens stab", space_after=0)
    _p(d, "Tjänsteutlåtande", bold=True, size=14)
    _p(d, "Datum 2026-08-11", space_after=0)
    _p(d, "Diarienummer RS 2026-03904", space_after=0)
    _p(d, "Handläggare: Maja Ekdahl", space_after=0)
    _p(d, "Telefon: 070-174 06 58", space_after=0)
    _p(d, "E-post: maja.ekdahl@vgregion.example", space_after=0)
    _p(d, "Till regionstyrelsen")
    d.add_heading(title, level=1)

    d.add_heading("Förslag till beslut", level=2)
    _p(d, "1. Regionstyrelsen beslutar att Millennium återstartas på Södra Älvsborgs sjukhus och Närhälsans 26 vårdcentraler i södra området tisdagen den 22 september 2026 kl. 05.30.")
    _p(d, "2. Regiondirektören får i uppdrag att skjuta upp återstarten med högst fyra veckor om regionchefsläkaren senast den 15 september 2026 bedömer att villkoren för en patientsäker återstart inte är uppfyllda.")
    _p(d, "3. Regiondirektören får i uppdrag att redovisa en utvärdering av etapp 1B för regionstyrelsen senast den 24 november 2026.")

    d.add_heading("Ärende", level=2)
    _p(d, "Ärendet gäller beslutspunkten för etapp 1B i den stegvisa återstarten av Millennium. Regionstyrelsen beslutade den 14 oktober 2025 att återstarten ska ske i etapper och att regionstyrelsen ska fatta ett särskilt beslut före varje etapp.")
    _p(d, "Etapp 1B omfattar 5 482 användare, varav 4 430 på Södra Älvsborgs sjukhus och 1 052 på Närhälsan. Det är drygt 17 gånger så många användare som i etapp 1A på Regionhälsan.")

    d.add_heading("Bakgrund", level=2)
    _p(d, "Millennium återstartades på Regionhälsan den 14 april 2026. Utvärderingen av etapp 1A, som regionstyrelsen tog del av den 26 maj 2026, visade att åtta av tio utvärderingskriterier var helt uppfyllda och två delvis uppfyllda.")
    _p(d, "Regionchefsläkarens oberoende patientsäkerhetsbedömning för etapp 1B lämnades den 4 augusti 2026. Bedömningen är att återstarten kan ske patientsäkert under fyra villkor: att minst 95 procent av användarna har genomgått utbildningen, att läkemedelslistorna har kontrollerats efter överföringen från Melior, att det finns en prövad reservrutin för varje kritiskt arbetsflöde och att sjukhuset minskar den planerade vården under de två första veckorna.")
    _p(d, "Per den 7 augusti 2026 hade 4 871 av 5 482 användare genomgått Millennium grund 2.0. Utbildningen på sjukhuset och vårdcentralerna försköts under våren 2026, eftersom Regionhälsan prioriterades inför etapp 1A. Programmet bedömer att målet om 95 procent nås före den 11 september 2026, då det sista utbildningstillfället hålls.")
    _p(d, "Den 10 juni 2026 beslutade hälso- och sjukvårdsstyrelsen att Södra Älvsborgs sjukhus ska minska den planerade vården med 30 procent under perioden 21 september–4 oktober 2026.")
    _p(d, "Enligt tilläggsavtalet med Oracle Svenska AB ska leverantören ha minst 40 specialister på plats under de fyra första veckorna efter en återstart. Oracle har bekräftat att 52 specialister kommer att finnas i Borås vid återstarten.")
    _p(d, "De åtta kommunerna i Sjuhärads kommunalförbund ansluter inte i etapp 1B. Vid ett möte med VästKom den 19 juni 2026 kom parterna överens om att kommunerna ansluter den 16 februari 2027, eftersom kommunerna vill att regionens verksamheter först ska ha använt systemet stabilt under minst fyra månader.")
    _p(d, "Under de första 72 timmarna efter återstarten kan programdirektören besluta om återgång till de tidigare journalsystemen. Melior och Asynja hålls i läsläge till och med den 31 december 2026.")

    d.add_heading("Ekonomiska konsekvenser", level=2)
    _p(d, "Kostnaderna för etapp 1B beräknas till 246 miljoner kronor, varav 158 miljoner kronor för dubbelbemanning och produktionsbortfall, 61 miljoner kronor för utbildning och övningsmiljö och 27 miljoner kronor för teknisk förvaltning och integrationer.")
    _p(d, "Etapp 1A kostade slutligt 33,8 miljoner kronor. Kostnaderna för båda etapperna ryms inom de 420 miljoner kronor som regionfullmäktige reserverade den 11 november 2025, och efter etapp 1B beräknas 140,2 miljoner kronor av reservationen återstå.")
    _p(d, "Den kontanta delen av Oracles ersättning enligt tilläggsavtalet, 55 miljoner kronor, betalades ut den 26 juni 2026 och har tillförts regionstyrelsens budget.")

    d.add_heading("Samverkan", level=2)
    _p(d, "Ärendet behandlas i regional samverkansgrupp den 18 augusti 2026.")

    _p(d, "")
    _p(d, "Regiondirektören", space_after=0)
    _p(d, "Martin Hedberg, programdirektör, Program Millennium")
    _p(d, "Beslutet skickas till: Södra Älvsborgs sjukhus, Närhälsan, Regionhälsan, Hälso- och sjukvårdsstyrelsen, Koncernstab digitalisering, Program Millennium")
    d.save(OUT / fname)
    return fname


# ------------------------------------------------ 4. PDF report
def h(words):
    """Insert soft hyphens: words given as 'patient|säkerhets|bedömningen'."""
    return words.replace("|", SHY)


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
            self._furniture(n)
            super().showPage()
        super().save()

    def _furniture(self, total):
        w, hgt = A4
        self.setFont("Helvetica", 8.5)
        self.setFillColor(colors.HexColor("#555555"))
        if self._pageNumber > 1:
            self.drawString(2.2 * cm, hgt - 1.4 * cm,
                            "Program Millennium | Utvärdering av etapp 1A | RS 2026-02311")
            self.line(2.2 * cm, hgt - 1.55 * cm, w - 2.2 * cm, hgt - 1.55 * cm)
        self.drawRightString(w - 2.2 * cm, 1.3 * cm, f"Sida {self._pageNumber} av {total}")
        self.drawString(2.2 * cm, 1.3 * cm, "Västra Götalandsregionen")


def make_report():
    fname = "rapport-utvardering-etapp-1a-regionhalsan-2026-05-19.pdf"
    title = "Utvärdering av etapp 1A – återstarten av Millennium på Regionhälsan"
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10.5, leading=14.5,
                          alignment=TA_JUSTIFY, embeddedHyphenation=1,
                          uriWasteReduce=0.3, spaceAfter=7)
    h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=13, leading=17,
                        spaceBefore=10, spaceAfter=6)
    tt = ParagraphStyle("tt", fontName="Helvetica-Bold", fontSize=22, leading=27,
                        alignment=TA_LEFT, spaceAfter=6)
    sub = ParagraphStyle("sub", fontName="Helvetica", fontSize=14, leading=18, spaceAfter=14)
    meta = ParagraphStyle("meta", fontName="Helvetica", fontSize=10, leading=14)
    cap = ParagraphStyle("cap", fontName="Helvetica-Bold", fontSize=9.5, leading=12, spaceAfter=4)
    cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=9, leading=11)

    def P(t):
        return Paragraph(h(t), body)

    s = []
    s.append(Paragraph("Västra Götalandsregionen · Program Millennium", meta))
    s.append(Spacer(1, 0.6 * cm))
    s.append(Paragraph("RAPPORT", ParagraphStyle("r", fontName="Helvetica-Bold", fontSize=11,
                                                 textColor=colors.HexColor("#0b5a8a"))))
    s.append(Spacer(1, 0.2 * cm))
    s.append(Paragraph("Utvärdering av etapp 1A", tt))
    s.append(Paragraph("Återstarten av Millennium på Regionhälsan", sub))
    for line in ["Datum: 2026-05-19", "Diarienummer: RS 2026-02311",
                 "Författare: Sofia Lindahl, utvärderingsansvarig, Program Millennium",
                 "Underlag till regionstyrelsens sammanträde den 26 maj 2026"]:
        s.append(Paragraph(line, meta))
    s.append(Spacer(1, 0.5 * cm))

    s.append(Paragraph("1. Sammanfattning", h1))
    s.append(P("Millennium återstartades på Regionhälsan i södra området den 14 april 2026. Återstarten genomfördes utan allvarliga störningar i verksamheten, och ingen återgång till de tidigare journal|systemen behövdes."))
    s.append(P("Av de tio utvärderings|kriterier som fastställdes inför återstarten är åtta helt uppfyllda och två delvis uppfyllda. De delvis uppfyllda kriterierna gäller svarstiderna vid utskrift av intyg och överföringen av provsvar till laboratorie|systemet."))
    s.append(P("Utvärderingen bedömer att erfarenheterna från etapp 1A ger stöd för att förbereda etapp 1B enligt tidplanen, med återstart på Södra Älvsborgs sjukhus och Närhälsan i södra området den 22 september 2026."))

    s.append(Paragraph("2. Förberedelser inför återstarten", h1))
    s.append(P("Den 9 februari 2026 kl. 07.00 inleddes den tekniska general|repetitionen i produktions|miljön. Under 31 timmar testades 146 integrationer. Fyra fel upptäcktes, och samtliga var åtgärdade när repetitionen avslutades den 10 februari kl. 14.00."))
    s.append(P("Den 6 mars 2026 lämnade regionchefsläkaren sin oberoende patient|säkerhets|bedömning. Bedömningen var att återstarten kunde ske patient|säkert under tre villkor, och samtliga villkor var uppfyllda den 10 april 2026."))
    s.append(P("Under mars 2026 slutfördes utbildningen i Millennium grund 2.0. Vid återstarten hade 309 av Regionhälsans 318 användare genomgått utbildningen, vilket motsvarar 97 procent. De nio som inte hade utbildats var föräldra|lediga eller långtids|sjukskrivna och utbildas när de återgår i tjänst."))
    s.append(P("Den 17 mars 2026 beslutade regionstyrelsen enhälligt att Millennium skulle återstartas på Regionhälsan den 14 april 2026."))

    s.append(Paragraph("3. Återstarten", h1))
    s.append(P("Den 14 april 2026 kl. 06.00 startade Millennium på Regionhälsans nio enheter. Den första journal|anteckningen signerades kl. 07.12 på Företagshälsa Borås."))
    s.append(P("Under den första veckan registrerades 87 ärenden, varav tre bedömdes som allvarliga. Samtliga allvarliga ärenden var åtgärdade inom 36 timmar, och ingen vårdskada har rapporterats."))
    s.append(P("Den 17 april 2026 kl. 06.00 löpte perioden för en möjlig återgång ut, 72 timmar efter återstarten. Program|direktören beslutade samma dag att de tidigare journal|systemen inte skulle åter|aktiveras."))
    s.append(P("Under april 2026 fanns mellan 40 och 46 specialister från Oracle Svenska AB på plats i Borås. Den förstärkta supporten avslutades den 12 maj 2026, fyra veckor efter återstarten."))

    s.append(Paragraph("4. Öppna ärenden och utbildning per enhet", h1))
    s.append(P("Tabell 1 visar antalet användare, antalet utbildade vid återstarten och de öppna ärendena per enhet den 12 maj 2026. Som allvarliga räknas ärenden som påverkar ett arbets|flöde utan att det finns en fungerande reserv|rutin."))
    rows = [["Enhet", "Användare", "Utbildade vid återstart", "Öppna ärenden 12 maj", "varav allvarliga"],
            ["Företagshälsa Borås", "96", "94", "5", "0"],
            ["Företagshälsa Kinna", "31", "30", "2", "0"],
            ["Företagshälsa Ulricehamn", "24", "24", "1", "0"],
            ["Företagshälsa Tranemo och Svenljunga", "18", "18", "0", "0"],
            ["Arbetsmiljömedicinsk mottagning Borås", "28", "27", "3", "1"],
            ["Vaccinationsmottagning Borås", "35", "33", "2", "0"],
            ["Psykosocialt stöd södra", "42", "41", "2", "0"],
            ["Hälsoundersökningar södra", "26", "25", "1", "0"],
            ["Administrativt stöd och bokning", "18", "17", "0", "0"],
            ["Totalt", "318", "309", "16", "1"]]
    data = [[Paragraph(c, cell) for c in r] for r in rows]
    t = Table(data, colWidths=[6.2 * cm, 2.0 * cm, 2.8 * cm, 2.8 * cm, 2.4 * cm], repeatRows=1)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#999999")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde8f0")),
        ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#eeeeee")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    s.append(KeepTogether([Paragraph("Tabell 1. Användare, utbildning och öppna ärenden per enhet på Regionhälsan", cap), t]))
    s.append(Spacer(1, 0.3 * cm))
    s.append(P("Den 12 maj 2026 fanns 16 öppna ärenden, varav ett allvarligt. Det allvarliga ärendet gäller Arbets|miljö|medicinsk mottagning Borås, där provsvar inte överförs automatiskt till laboratorie|systemet. En manuell reserv|rutin används tills felet är rättat, vilket enligt leverantören sker i juni 2026."))

    s.append(Paragraph("5. Medarbetarnas erfarenheter", h1))
    s.append(P("Under perioden 20 april–8 maj 2026 besvarade 241 av 318 användare en enkät om återstarten. Av dem angav 78 procent att de kunde utföra sina arbets|uppgifter i Millennium lika bra som eller bättre än i det tidigare journal|systemet."))
    s.append(P("Den 5 maj 2026 hölls tre fokusgrupper med sammanlagt 22 medarbetare. Det vanligaste önskemålet var snabbare utskrift av intyg. Flera deltagare lyfte också fram att Millennium|coacherna hade varit det viktigaste stödet under de första dagarna."))

    s.append(Paragraph("6. Ekonomi", h1))
    s.append(P("Till och med den 30 april 2026 uppgick kostnaderna för etapp 1A till 31,8 miljoner kronor, att jämföra med den beräknade kostnaden på 34 miljoner kronor. Kostnaderna belastar den reservation i det egna kapitalet som regionfullmäktige beslutade om i november 2025."))

    s.append(Paragraph("7. Rekommendationer inför etapp 1B", h1))
    s.append(P("Utvärderingen rekommenderar att intygs|mallarna förenklas före etapp 1B, att läkemedels|listorna kontrolleras särskilt efter överföringen från Melior och att antalet coacher per avdelning inte minskas under de tre första veckorna."))
    s.append(P("Regionstyrelsens beslutspunkt för etapp 1B är planerad till den 25 augusti 2026. Före dess ska regionchefsläkaren göra en ny oberoende patient|säkerhets|bedömning för Södra Älvsborgs sjukhus och Närhälsan."))

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2.2 * cm, bottomMargin=2.0 * cm, title=title,
                            author="Sofia Lindahl, Program Millennium",
                            subject="Rapport till regionstyrelsen, RS 2026-02311",
                            creator="Program Millennium")
    doc.build(s, canvasmaker=NumberedCanvas)
    buf.seek(0)
    r = pypdf.PdfReader(buf)
    w = pypdf.PdfWriter()
    for p in r.pages:
        w.add_page(p)
    w.add_metadata({"/Title": title, "/Author": "Sofia Lindahl, Program Millennium",
                    "/Subject": "Rapport till regionstyrelsen, RS 2026-02311",
                    "/Creator": "Program Millennium",
                    "/CreationDate": "D:20260519091500+02'00'",
                    "/ModDate": "D:20260519091500+02'00'"})
    with open(OUT / fname, "wb") as f:
        w.write(f)
    return fname


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for fn in (make_protokoll, make_tjansteutlatande, make_report):
        print(fn())
