"""Generate the fictional documents of newdocs-blind6 (June 2029 – February 2030).

Run with a Python that has python-docx, reportlab and pypdf, from any directory:
    python3 -m venv .venv-gen
    .venv-gen/bin/pip install reportlab python-docx pypdf
    .venv-gen/bin/python gen/make_documents.py
It writes all eight files in documents/: the .docx and .pdf files, and the .txt, .md and .html
files, whose text is kept here so that one script regenerates the whole set.
All content is fictional test data: persons, figures, decisions, votes, phone numbers (070-174 06 xx),
e-mail addresses and URLs (*.example) are invented. Real office-holders appear only by role.
"""
import datetime as dt
import io
from pathlib import Path

import docx
import pypdf
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, Frame, PageBreak, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle)

OUT = Path(__file__).resolve().parent.parent / "documents"


# ============================================================ docx helpers
def _doc(title, created, modified, author, font, size, subject="", keywords="", category=""):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    for sec in d.sections:
        sec.left_margin = Cm(2.4)
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
    cp.revision = 4
    cp.language = "sv-SE"
    return d


def _p(d, text, bold=False, italic=False, size=None, after=6, style=None, color=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    p.paragraph_format.space_after = Pt(after)
    return p


def _runin(d, label, text, after=6):
    """A paragraph with a bold run-in label followed by plain text."""
    p = d.add_paragraph()
    r = p.add_run(label)
    r.bold = True
    p.add_run(text)
    p.paragraph_format.space_after = Pt(after)
    return p


def _no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblPr.append(borders)


# ============================================================ A. RS yttrande 2029-06-19 (auto-numbered paragraphs, signature table)
def make_yttrande():
    fname = "yttrande-regionstyrelsen-granskning-avtalsuppfoljning-millennium-2029-06-19.docx"
    title = "Yttrande över granskningsrapport 2029:04 Uppföljning av avtalen med leverantören av Millennium"
    d = _doc(title, dt.datetime(2029, 6, 14, 15, 2), dt.datetime(2029, 6, 20, 8, 41), "Linnea Bergqvist",
             "Garamond", 11.5, "Regionstyrelsens svar till revisorskollegiet",
             "Millennium; revision; avtalsuppföljning; bemanning; vite; tilläggsavtal", "Yttrande")
    d.sections[0].footer.paragraphs[0].text = "Västra Götalandsregionen · Regionstyrelsen · Dnr RS 2029-00507"

    _p(d, "VÄSTRA GÖTALANDSREGIONEN", bold=True, size=10, after=0, color="1F3864")
    _p(d, "Regionstyrelsen", size=10, after=10)
    _p(d, "YTTRANDE", bold=True, size=15, after=2)
    _p(d, title, bold=True, size=12.5, after=8)
    _p(d, "Datum: 2029-06-19 · Diarienummer: RS 2029-00507 · Till: Revisorskollegiet", size=10, after=12)

    def num(text):
        # Word auto-numbering ("List Number"): the numbers 1–14 are NOT part of the paragraph text
        return _p(d, text, style="List Number", after=6)

    _p(d, "Bakgrund", bold=True, size=12, after=4)
    num("Revisorerna har i granskningsrapport 2029:04 granskat om regionstyrelsen säkerställer en tillräcklig uppföljning av att Oracle Svenska AB uppfyller avtalen om journalsystemet Millennium. Revisorskollegiet har begärt regionstyrelsens svar senast den 30 juni 2029.")
    num("Regionstyrelsen delar revisorernas bedömning att uppföljningen av kraven på leverantörens bemanning har varit otillräcklig.")
    num("Programmet förlitade sig på de närvarolistor som leverantören lämnade varje måndag. Listorna redovisade bara ett genomsnitt för föregående vecka och inte antalet specialister per dag, och därför syntes det inte att bemanningen var för låg under enskilda dagar.")
    _p(d, "Regionstyrelsens svar på rekommendationerna", bold=True, size=12, after=4)
    num("Rekommendation 1 om bemanningen. Från och med etapp 4 jämförs leverantörens närvarolistor varje dag med regionens passerloggar. Kontrollen görs av programcontrollern Karin Wester, som rapporterar avvikelser till programdirektören samma dag.")
    num("Regiondirektören har fått i uppdrag att förhandla med leverantören om ett tilläggsavtal som ger regionen rätt till vite när bemanningskravet inte uppfylls. Målet är att tilläggsavtal 4 ska vara undertecknat före utgången av augusti 2029.")
    num("Rekommendation 2 om ett samlat register. Ett register över avtalskrav, viten och uppföljning ska vara infört senast den 30 september 2029. Registret kommer att omfatta 143 avtalskrav ur huvudavtalet och de tre tilläggsavtalen.")
    num("Kostnaden för att inrätta registret beräknas till 640 tkr. Förvaltningen av registret kostar därefter omkring 380 tkr per år och ryms inom programmets budget.")
    num("Rekommendation 3 om månadsrapporten. Från och med den ekonomiska månadsrapporten för augusti 2029 redovisas alla krav på vite, även de som ännu inte har reglerats.")
    _p(d, "Övriga synpunkter", bold=True, size=12, after=4)
    num("Regionstyrelsen delar inte bedömningen att ansvarsfördelningen är otydlig i sin helhet. Ansvaret för avtalsuppföljningen ligger hos programdirektören enligt regiondirektörens beslut om programorganisationen den 23 september 2025 (se även punkt 4).")
    num("Programdirektören fastställde den 4 juni 2029 en skriftlig rutin för avtalsuppföljningen. Rutinen anger vem som följer upp varje avtalskrav och hur ofta.")
    num("Programmet kommer att ha en egen observatör på plats vid leverantörens tester av omkopplingen mellan datahallarna. Observatören utses av IT-driftchefen.")
    num("De åtgärder som anges i punkt 4–8 följs upp i programmets tertialrapport till regionstyrelsen i oktober 2029.")
    _p(d, "Regionstyrelsens beslut", bold=True, size=12, after=4)
    num("Regionstyrelsen antar yttrandet som sitt eget och överlämnar det till revisorskollegiet.")
    num("Leila Haddad lämnar ett särskilt yttrande: det borde ha framgått redan i mars att bemanningen inte kontrollerades självständigt.")

    _p(d, "", after=6)
    t = d.add_table(rows=4, cols=2)
    _no_borders(t)
    cells = [("Vänersborg den 19 juni 2029", ""),
             ("Regionstyrelsens ordförande", "Regiondirektören"),
             ("........................................", "........................................"),
             ("Handläggare: Linnea Bergqvist, avtalsjurist, Program Millennium", "Telefon 070-174 06 62, linnea.bergqvist@vgregion.example")]
    for i, (a, b) in enumerate(cells):
        for j, val in enumerate((a, b)):
            c = t.cell(i, j)
            c.text = val
            for r in c.paragraphs[0].runs:
                r.font.size = Pt(10)
                r.italic = i == 3
    for row in t.rows:
        row.cells[0].width = Cm(8.6)
        row.cells[1].width = Cm(8.0)
    d.save(OUT / fname)
    return fname


# ============================================================ F. Kungälv minutes 2029-11-27 (date only in the page header)
def make_minnesprotokoll():
    fname = "minnesprotokoll-stabsmote-kungalvs-sjukhus-millennium-2029-11-27.docx"
    title = "Minnesprotokoll stabsmöte Millennium nr 12"
    d = _doc(title, dt.datetime(2029, 11, 28, 8, 15), dt.datetime(2029, 11, 28, 9, 2), "Nora Ekholm",
             "Calibri", 11, "Stabsläge Millennium, Kungälvs sjukhus", "Kungälvs sjukhus; Millennium; etapp 4; stab", "Minnesprotokoll")
    hdr = d.sections[0].header.paragraphs[0]
    hdr.text = "Kungälvs sjukhus · Minnesprotokoll · 2029-11-27"
    for r in hdr.runs:
        r.font.size = Pt(8.5)
    d.sections[0].footer.paragraphs[0].text = "Intern arbetshandling – ej diarieförd"

    _p(d, "Stabsmöte Millennium – möte nr 12", bold=True, size=15, after=4)
    _runin(d, "Tid: ", "09:00–09:45, stabsrummet plan 3 och Teams", after=0)
    _runin(d, "Ordförande: ", "sjukhusdirektören", after=0)
    _runin(d, "Närvarande: ", "Malin Thorsell (införandeledare etapp 4), Ahmed Sayed (chefläkare), Kristina Hallin (vårdenhetschef akutmottagningen), Erik Jansson (IT-samordnare), Oracles platsansvarige", after=0)
    _runin(d, "Antecknare: ", "Nora Ekholm", after=12)

    _p(d, "1. Läget i verksamheten", bold=True, size=12, after=3)
    _p(d, "Sedan starten har 187 avvikelser som rör Millennium rapporterats på Kungälvs sjukhus, varav 41 gäller läkemedel. Ingen händelse har anmälts enligt lex Maria.")
    _p(d, "Akutmottagningen hade i går det högsta antalet besök sedan starten, 142 besök, utan att väntetiderna blev längre än vanligt.")
    _p(d, "2. Leverantörens bemanning", bold=True, size=12, after=3)
    _p(d, "Passerloggarna visar att Oracle hade 51 specialister på plats i torsdags, färre än de 54 som tilläggsavtal 4 kräver. Övriga dagar har minst 54 varit på plats.")
    _p(d, "Programmet skickade i går ett krav på vite om 150 000 kronor till Oracle. Oracles platsansvarige uppgav att två specialister var sjuka och att en tredje var kvar i Frölunda.")
    _p(d, "3. Läkemedel", bold=True, size=12, after=3)
    _p(d, "Vid förra tisdagens möte beslutades att dubbelkontrollen av läkemedelsordinationer vid inskrivning skulle förlängas med en vecka, eftersom antalet läkemedelsavvikelser inte hade minskat under den andra veckan.")
    _p(d, "Chefläkaren bedömer nu att dubbelkontrollen kan avslutas på fredag. Beslut: dubbelkontrollen avslutas fredag kl 12.")
    _p(d, "4. Remisser och planerad vård", bold=True, size=12, after=3)
    _p(d, "Remissflödet till Sahlgrenska fungerar. Sedan starten har 2 960 remisser skickats från Kungälvs sjukhus till Sahlgrenska, och ingen har fastnat.")
    _p(d, "Den planerade vården bedrivs fortfarande med omkring 75 procent av den vanliga volymen. Den ska vara tillbaka i full omfattning i början av nästa månad.")
    _p(d, "5. Stabsläget", bold=True, size=12, after=3)
    _p(d, "Sjukhusdirektören beslutade att sjukhuset går från förstärkt läge till normalläge på fredag kl 12, samtidigt som dubbelkontrollen avslutas.")
    _p(d, "Stabsmötena glesas ut till måndagar och torsdagar kl 9 fram till dess att Oracles specialister lämnar sjukhuset.")
    _p(d, "6. Nästa möte", bold=True, size=12, after=3)
    _p(d, "Torsdag kl 9, stabsrummet plan 3.")
    _p(d, "Vid anteckningarna: Nora Ekholm", italic=True, size=10, after=0)
    d.save(OUT / fname)
    return fname


# ============================================================ PDF helpers
def _finish_pdf(buf, fname, meta):
    buf.seek(0)
    r = pypdf.PdfReader(buf)
    w = pypdf.PdfWriter()
    for p in r.pages:
        w.add_page(p)
    w.add_metadata(meta)
    with open(OUT / fname, "wb") as f:
        w.write(f)


# ============================================================ D. Slide deck, one statement per page (RS 2029-09-25)
SLIDES = [
    # (kicker, statement, caption, big)
    ("PROGRAM MILLENNIUM", "Slutligt beslut om etapp 4",
     "Regionstyrelsen 25 september 2029 · Martin Hedberg, programdirektör", False),
    ("KRITERIERNA", "Nio av tio kriterier är uppfyllda.",
     "Det tionde – att 95 procent av användarna har gått hela utbildningen – bedöms vara uppfyllt den 6 november.", False),
    ("UTBILDNING", "92,4 %",
     "av användarna hade gått hela utbildningen Millennium grund 4.1 den 21 september.", True),
    ("ANVÄNDARE", "6 412",
     "användare ska ha behörighet i Millennium på startdagen.", True),
    ("REMISSTESTET", "2 184 av 2 184",
     "testremisser till och från Sahlgrenska kom fram vid generalrepetitionen den 11 september.", True),
    ("PATIENTSÄKERHET", "Inga hinder för patientsäkerheten.",
     "Regionchefsläkaren och den externa granskaren har lämnat var sin bedömning. Båda tillstyrker att etapp 4 startar som planerat.", False),
    ("LEVERANTÖREN", "54",
     "specialister från Oracle ska vara på plats varje dag under de fyra första veckorna. De räknas varje dag med regionens passerloggar.", True),
    ("EKONOMI", "428,9 mnkr",
     "är prognosen för etapp 4. Den beräknade kostnaden i mars var 431,8 mnkr.", True),
    ("FÖRSLAG TILL BESLUT", "Etapp 4 startar tisdagen den 13 november 2029 kl. 05.00.",
     "Regionstyrelsen beslutar att etapp 4 genomförs som planerat.", False),
    ("", "Frågor?", "Martin Hedberg · martin.hedberg@vgregion.example · 070-174 06 41", False),
]


def make_deck():
    fname = "presentation-slutligt-beslut-etapp-4-millennium-2029-09-25.pdf"
    title = "Slutligt beslut om etapp 4"
    W, H = 33.867 * cm, 19.05 * cm
    navy = colors.HexColor("#0b2a4a")
    accent = colors.HexColor("#d1495b")
    kick = ParagraphStyle("k", fontName="Helvetica-Bold", fontSize=13, leading=16, textColor=accent)
    stmt = ParagraphStyle("s", fontName="Helvetica-Bold", fontSize=40, leading=48, textColor=navy)
    big = ParagraphStyle("b", fontName="Helvetica-Bold", fontSize=96, leading=108, textColor=navy)
    cap = ParagraphStyle("c", fontName="Helvetica", fontSize=22, leading=28, textColor=colors.HexColor("#333333"))
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=(W, H))
    n = len(SLIDES)
    for i, (k, s, cp, is_big) in enumerate(SLIDES, start=1):
        c.setFillColor(colors.white)
        c.rect(0, 0, W, H, stroke=0, fill=1)
        c.setFillColor(accent)
        c.rect(0, H - 0.35 * cm, W, 0.35 * cm, stroke=0, fill=1)
        x, width = 2.6 * cm, W - 5.2 * cm
        y = H - 2.6 * cm
        if k:
            p = Paragraph(k, kick)
            _, ph = p.wrap(width, 3 * cm)
            p.drawOn(c, x, y - ph)
            y -= ph + 0.6 * cm
        p = Paragraph(s, big if is_big else stmt)
        _, ph = p.wrap(width, 12 * cm)
        p.drawOn(c, x, y - ph)
        y -= ph + 0.5 * cm
        p = Paragraph(cp, cap)
        _, ph = p.wrap(width * 0.8, 8 * cm)
        p.drawOn(c, x, y - ph)
        # slide-master footer drawn last, small
        c.setFont("Helvetica", 9)
        c.setFillColor(colors.HexColor("#777777"))
        c.drawString(x, 0.9 * cm, "Västra Götalandsregionen · Program Millennium")
        c.drawRightString(W - 2.6 * cm, 0.9 * cm, f"{i} / {n}")
        c.showPage()
    c.setTitle(title)
    c.save()
    _finish_pdf(buf, fname, {
        "/Title": title, "/Author": "Martin Hedberg",
        "/Subject": "Beslutsunderlag till regionstyrelsen, etapp 4 av återstarten av Millennium",
        "/Creator": "Microsoft PowerPoint (export)",
        "/Keywords": "Millennium; etapp 4; regionstyrelsen; go/no go",
        "/CreationDate": "D:20290924171000+02'00'", "/ModDate": "D:20290925074500+02'00'"})
    return fname


# ============================================================ G. Evaluation report with an appendix of dated milestones
def make_evaluation():
    fname = "rapport-utvardering-etapp-4-millennium-2030-02-12.pdf"
    title = "Utvärdering av etapp 4 av återstarten av Millennium"
    green = colors.HexColor("#1d5c4d")
    body = ParagraphStyle("eb", fontName="Helvetica", fontSize=10.2, leading=14, alignment=TA_LEFT, spaceAfter=7)
    h1 = ParagraphStyle("eh1", fontName="Helvetica-Bold", fontSize=14, leading=18, textColor=green, spaceBefore=10, spaceAfter=6, keepWithNext=1)
    cell = ParagraphStyle("ec", fontName="Helvetica", fontSize=8.8, leading=11)
    cellb = ParagraphStyle("ecb", parent=cell, fontName="Helvetica-Bold", textColor=colors.white)
    capst = ParagraphStyle("cap", fontName="Helvetica-Bold", fontSize=9, leading=11, spaceAfter=3, spaceBefore=4)
    tt = ParagraphStyle("tt", fontName="Helvetica-Bold", fontSize=22, leading=27, textColor=green)
    ts = ParagraphStyle("ts", fontName="Helvetica", fontSize=11, leading=15)

    def table(rows, widths, header=True):
        data = [[Paragraph(x, cellb if (header and i == 0) else cell) for x in r] for i, r in enumerate(rows)]
        t = Table(data, colWidths=widths, repeatRows=1)
        st = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9bb8ae")), ("VALIGN", (0, 0), (-1, -1), "TOP")]
        if header:
            st.append(("BACKGROUND", (0, 0), (-1, 0), green))
        t.setStyle(TableStyle(st))
        return t

    P = lambda t: Paragraph(t, body)
    story = [
        Spacer(1, 3 * cm),
        Paragraph("Rapport 2030:1 · Enheten för verksamhetsanalys", ts),
        Spacer(1, 0.4 * cm),
        Paragraph(title, tt),
        Spacer(1, 0.3 * cm),
        Paragraph("Kungälvs sjukhus, Alingsås lasarett, Frölunda Specialistsjukhus och Närhälsans 29 vårdcentraler i västra området", ts),
        Spacer(1, 2.5 * cm),
        Paragraph("Utvärderingen har letts av Petra Vinberg, utredare vid Enheten för verksamhetsanalys. Enhetschef: Jonas Ekelund.", ts),
        Paragraph("Rapporten anmäls till regionstyrelsen.", ts),
        PageBreak(),
        Paragraph("1 Sammanfattning", h1),
        P("Etapp 4 av återstarten av Millennium genomfördes den 13 november 2029. Nio av de tio kriterier som regionstyrelsen fastställde i mars 2029 uppfylldes."),
        P("Det kriterium som inte uppfylldes gäller den planerade vården, som skulle vara tillbaka i full omfattning inom fyra veckor efter starten. Frölunda Specialistsjukhus nådde full omfattning först den 17 december 2029, fem veckor efter starten."),
        P("Förseningen på Frölunda Specialistsjukhus berodde på att operationsplaneringen i Millennium inte kunde ta över de operationstider som hade bokats i det gamla systemet, så att 386 operationer fick bokas om för hand."),
        P("Remissflödet till Sahlgrenska Universitetssjukhuset fungerade från första dagen. Från den 13 november till den 31 december 2029 skickades 11 734 remisser från verksamheterna i etapp 4 till Sahlgrenska utan att någon fastnade."),
        P("Läkemedelsavstämning inom 24 timmar efter inskrivning dokumenterades i 96 procent av de granskade journalerna, mot målet 95 procent."),
        Paragraph("2 Uppdrag och metod", h1),
        P("Utvärderingen bygger på avvikelserapporter, uppgifter ur Millennium, passerloggar och intervjuer med 34 medarbetare och chefer. Journalgranskningen omfattade 600 slumpvis valda vårdtillfällen."),
        Paragraph("3 Leverantörens bemanning", h1),
        P("Enligt tilläggsavtal 4 skulle Oracle ha minst 54 specialister på plats varje dag under de fyra första veckorna. Passerloggarna visar att kravet inte uppfylldes under två dagar, den 22 november och den 29 november 2029."),
        P("Regionen har krävt viten om sammanlagt 300 000 kronor. Oracle har godtagit kravet för den 22 november men bestrider kravet för den 29 november, eftersom leverantören anser att två av dess specialister arbetade på distans efter överenskommelse med programmet."),
        Paragraph("4 Ekonomi", h1),
        P("Etapp 4 kostade 424,7 mnkr, vilket är 7,1 mnkr lägre än den beräknade kostnaden på 431,8 mnkr. Tabell 1 visar utfallet per post i tkr."),
        Paragraph("Tabell 1. Kostnader för etapp 4, tkr", capst),
        table([["Post", "Beräknat mars 2029", "Utfall"],
               ["Utbildning och övertid", "162 400", "158 930"],
               ["Coacher och support", "98 700", "101 215"],
               ["Oracles tjänster", "121 300", "118 640"],
               ["Minskad planerad vård", "49 400", "45 930"],
               ["Summa", "431 800", "424 715"]], [7.4 * cm, 4 * cm, 4 * cm]),
        Spacer(1, 0.3 * cm),
        Paragraph("5 Slutsatser", h1),
        P("Etapp 4 är den första etapp där remissflödet till Sahlgrenska testades i full skala före starten, och den första där regionen själv räknade leverantörens specialister. Båda förändringarna bedöms ha fungerat."),
        P("Inför Sahlgrenskas övergång rekommenderar vi att operationsplaneringen testas med verkliga bokningar vid generalrepetitionen."),
        PageBreak(),
        Paragraph("Bilaga 1. Milstolpar för etapp 4", h1),
        P("Tabellen anger vecka och datum för de viktigaste händelserna från planen till utvärderingen."),
        table([["Vecka", "Datum", "Milstolpe"],
               ["v. 13", "2029-03-27", "Regionstyrelsen fastställer planen för etapp 4"],
               ["v. 20", "2029-05-15", "Regionfullmäktige anvisar tilläggsanslaget på 214,5 mnkr"],
               ["v. 34", "2029-08-21", "Tilläggsavtal 4 med Oracle undertecknas"],
               ["v. 36", "2029-09-03", "Utbildningen Millennium grund 4.1 börjar"],
               ["v. 37", "2029-09-11", "Generalrepetition med remisstest i full skala"],
               ["v. 39", "2029-09-25", "Regionstyrelsens slutliga beslut om etapp 4, 11 röster mot 4"],
               ["v. 40", "2029-10-02", "Omtest av blodgasinstrumenten på Alingsås lasarett godkänt"],
               ["v. 45", "2029-11-06", "Utbildningskriteriet uppfyllt, 95,3 procent"],
               ["v. 46", "2029-11-13", "Start kl. 05.00"],
               ["v. 49", "2029-12-07", "Oracles specialister lämnar verksamheterna"],
               ["v. 50", "2029-12-10", "Coacherna avslutar sitt uppdrag"],
               ["v. 51", "2029-12-17", "Planerad vård i full omfattning på Frölunda Specialistsjukhus"],
               ["v. 7", "2030-02-12", "Utvärderingen publiceras"]], [1.6 * cm, 2.6 * cm, 11.2 * cm]),
    ]

    W, H = A4
    lm, rm = 2.5 * cm, 2.3 * cm

    def on_page(c, doc):
        if doc.page > 1:
            c.saveState()
            c.setFont("Helvetica", 8)
            c.setFillColor(colors.HexColor("#555555"))
            c.drawString(lm, 1.2 * cm, "Enheten för verksamhetsanalys · Rapport 2030:1")
            c.drawRightString(W - rm, 1.2 * cm, f"{doc.page}")
            c.restoreState()

    buf = io.BytesIO()
    doc = BaseDocTemplate(buf, pagesize=A4, title=title, author="Petra Vinberg")
    doc.addPageTemplates([PageTemplate(id="p", frames=[Frame(lm, 2.2 * cm, W - lm - rm, H - 4.4 * cm, id="b")], onPageEnd=on_page)])
    doc.build(story)
    _finish_pdf(buf, fname, {
        "/Title": title, "/Author": "Petra Vinberg, Enheten för verksamhetsanalys",
        "/Subject": "Rapport 2030:1", "/Creator": "Enheten för verksamhetsanalys",
        "/Keywords": "Millennium; etapp 4; utvärdering; kriterier; vite; kostnad",
        "/CreationDate": "D:20300211160000+01'00'", "/ModDate": "D:20300212083000+01'00'"})
    return fname


# ============================================================ text documents
PRESS_EN = """FOR IMMEDIATE RELEASE

Västra Götaland Region and Oracle sign fourth supplementary agreement on Millennium staffing

New penalty applies whenever Oracle has too few specialists on site during a go-live

GOTHENBURG, Sweden, Aug. 23, 2029 -- Västra Götaland Region (VGR) and Oracle Svenska AB signed a fourth supplementary agreement to the Millennium electronic health record contract on Tuesday. It entitles the region to a penalty whenever Oracle has fewer specialists on site than agreed during a go-live.

Under the agreement, Oracle must have at least 54 specialists on site every day during the first four weeks of stage 4 of the Millennium restart, which is planned for Nov. 13, 2029. For each day on which fewer than 54 specialists are present, Oracle will pay a penalty of SEK 150,000.

The figure is lower than the 72 specialists required during stage 3, because stage 4 covers about 6,300 users, against some 8,400 in stage 3.

The number of specialists will be counted every day from the region's own entry logs, not from lists supplied by Oracle. The agreement follows an audit report published in April, which found that Oracle had fewer specialists on site than required on three days during stage 3 and that the contract then contained no penalty for under-staffing.

As compensation for the shortfall during stage 3, Oracle will provide 1,200 consultant hours free of charge for the preparation of stage 4. The region values the hours at SEK 2.2 million.

"We asked for a rule that we can check ourselves, and that is what we got," said Linnea Bergqvist, contract lawyer at Program Millennium, who led the negotiations for the region.

The agreement was signed by the Regional Director for VGR and by Oracle's delivery lead for Sweden. It applies from Sept. 1, 2029.

The Regional Executive Board will make its final decision on stage 4 on Sept. 25.

Journalists can ask questions about the agreement at a press briefing on Monday, Aug. 27, at 10:30 a.m. CEST, at the Regional House in Vänersborg and online.

About Millennium
Millennium is the shared electronic health record of Västra Götaland Region. It went live in November 2024, was paused, and has been restarted in stages since April 2026. After stage 4, hospitals and primary care centres in the north, east and west of the region will use the system. Sahlgrenska University Hospital will follow in a later stage.

Media contact
Press office, Västra Götaland Region
+46 70 174 06 34
press@vgregion.example

###
"""

INTERVIEW_MD = """Insidan / Kungälvs sjukhus / Millennium

# ”Den här gången testade vi remisserna på riktigt” – sju frågor till Malin Thorsell

*Publicerad 20 september 2029 · Text: Jenny Holmér · Foto: Pontus Ek*

**Om åtta veckor startar Millennium på Kungälvs sjukhus, Alingsås lasarett, Frölunda Specialistsjukhus och 29 vårdcentraler. Vi frågade införandeledaren hur förberedelserna går.**

---

**F: Vem är du?**

S: Jag är sjuksköterska och var enhetschef på medicinavdelningen här i Kungälv i sex år. Sedan den 1 april är jag införandeledare för etapp 4, alltså för hela västra området.

**F: Förra tisdagen var det generalrepetition. Hur gick det?**

S: Bättre än jag vågade hoppas. Av de 58 kritiska arbetsflödena godkändes 57. Det som inte godkändes var överföringen av svar från blodgasinstrumenten på Alingsås lasarett, där svaren inte kom över till Millennium. Det ska testas om i början av oktober.

**F: Vad är annorlunda jämfört med etapp 3?**

S: Den här gången testade vi remisserna på riktigt. Vi skickade över 2 000 testremisser fram och tillbaka till Sahlgrenska, och alla kom fram. Och vi räknar Oracles specialister själva, varje dag, med passerloggarna.

**F: Hur ser de första veckorna ut?**

S: Varje morgon kl 9 har vi ett gemensamt avstämningsmöte med alla tre sjukhusen och Närhälsan under de fyra första veckorna. Där går vi igenom avvikelserna från dygnet innan. Supportcentret leds av Pernilla Falk, som ledde supporten i Trollhättan förra året.

**F: Hur många coacher blir det?**

S: Vi har 296 coacher i västra området. De får en extra utbildningsdag i början av nästa månad, med fokus på läkemedel och remisser.

**F: Varför startar ni på en tisdag?**

S: Vi startar en tisdag eftersom måndagarna är de dagar då akutmottagningarna har flest patienter. Då vill vi inte samtidigt byta journalsystem.

**F: Vad oroar dig mest?**

S: Den planerade vården på Frölunda. Där finns många operationer som redan är bokade i det gamla systemet, och de ska flyttas över till Millennium.

---

*Regionstyrelsen fattar det slutliga beslutet om etapp 4 nästa tisdag. Läs mer om etapp 4 på [Insidan](https://insidan.vgregion.example/millennium/etapp-4).*

Dela: [E-post](mailto:?subject=Sju%20fr%C3%A5gor) · [Teams](https://insidan.vgregion.example/dela)

Senast ändrad 21 september 2029
"""

TIMELINE_HTML = """<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Första veckan med Millennium – dag för dag | Alingsås lasarett</title>
<meta name="description" content="Så gick den första veckan med journalsystemet Millennium på Alingsås lasarett.">
<meta property="article:published_time" content="2029-11-16T15:40:00+01:00">
<meta property="article:modified_time" content="2029-11-19T08:05:00+01:00">
<style>ol.tidslinje{list-style:none} ol.tidslinje time{font-weight:bold}</style>
</head>
<body>
<div class="cookie">Vi använder kakor för att förbättra webbplatsen. <button>Godkänn alla</button> <button>Bara nödvändiga</button></div>
<header>
<nav><a href="/">Alingsås lasarett</a> | <a href="/hitta-hit">Hitta hit</a> | <a href="/mottagningar">Mottagningar</a> | <a href="/om-oss">Om oss</a> | <a href="/lyssna">Lyssna</a></nav>
</header>
<nav class="breadcrumbs"><a href="/">Start</a> › <a href="/nyheter">Nyheter</a> › Första veckan med Millennium</nav>
<main>
<article>
<h1>Första veckan med Millennium – dag för dag</h1>
<p class="meta">Publicerad fre 16/11 kl. 15.40 · Uppdaterad mån 19/11</p>
<p class="ingress">Tisdagen den 13 november bytte Alingsås lasarett journalsystem, samtidigt som Kungälvs sjukhus, Frölunda Specialistsjukhus och 29 vårdcentraler i västra Göteborg och Kungälv. Här är veckan i korthet.</p>
<ol class="tidslinje">
<li><time datetime="2029-11-12T22:00">Mån 12/11 kl. 22.00</time> Melior går över till läsläge. Inga nya anteckningar kan skrivas i det gamla systemet.</li>
<li><time datetime="2029-11-13T05:00">Tis 13/11 kl. 05.00</time> Millennium startar i hela västra området.</li>
<li><time datetime="2029-11-13T05:04">Tis 13/11 kl. 05.04</time> Den första patienten skrivs in i Millennium på akutmottagningen i Alingsås.</li>
<li><time datetime="2029-11-13T16:00">Tis 13/11 kl. 16.00</time> 1 120 medarbetare på lasarettet har loggat in i Millennium minst en gång.</li>
<li><time datetime="2029-11-14T10:15">Ons 14/11 kl. 10.15</time> Läkemedelsautomaterna på avdelning 4 och 5 slutar att ta emot ordinationer från Millennium. Sjuksköterskorna plockar läkemedlen för hand.</li>
<li><time datetime="2029-11-14T19:40">Ons 14/11 kl. 19.40</time> Oracle rättar felet i kopplingen till läkemedelsautomaterna, och de fungerar igen.</li>
<li><time datetime="2029-11-15">Tor 15/11</time> Det upptäcks att 612 patienter har fått kallelser med fel adress, eftersom mottagningarnas gamla besöksadresser låg kvar i kallelsemallen. Lasarettet ringer upp alla som ska komma under de närmaste två veckorna.</li>
<li><time datetime="2029-11-16">Fre 16/11</time> Lasarettet går från förstärkt läge till normalläge kl 14.</li>
<li><time datetime="2029-12-10">Mån 10/12</time> Coacherna avslutar sitt uppdrag (planerat).</li>
</ol>
<blockquote><p>– Det var tuffast med läkemedelsautomaterna. Men personalen löste det, och ingen patient fick fel läkemedel, säger Jesper Nyqvist, chefläkare på Alingsås lasarett.</p></blockquote>
<aside class="fakta">
<h2>Fakta: Millennium på Alingsås lasarett</h2>
<ul>
<li>41 coacher på lasarettets avdelningar och mottagningar</li>
<li>Oracles specialister finns på plats till och med 7/12</li>
<li>Support dygnet runt: 070-174 06 93</li>
</ul>
</aside>
</article>
<section class="las-ocksa">
<h2>Läs också</h2>
<ul>
<li><a href="/nyheter/millennium-generalrepetition">Generalrepetitionen godkänd – ett arbetsflöde testas om</a> <span>12/9</span></li>
<li><a href="/nyheter/nya-parkeringen">Nya parkeringen öppnar i december</a> <span>8/11</span></li>
<li><a href="/nyheter/influensavaccin">Dags för influensavaccin</a> <span>21/10</span></li>
</ul>
</section>
</main>
<footer>
<p>Alingsås lasarett · Del av Västra Götalandsregionen · Växel 070-174 06 00</p>
<p>Sidan granskades senast 19/11 2029</p>
</footer>
</body>
</html>
"""

RADIO_TXT = """ÄLVRADION MORGON – TRANSKRIBERING
Rubrik: Sahlgrenska får vänta längre på Millennium
Sändning: tisdag 11 december 2029, inslag kl. 07.10
Längd: 04:52
Programledare: Sofia Nyström. Reporter: Axel Brandt.
Transkriberingen är maskinell och korrekturläst. Tidskoderna anger tid från inslagets början.

[00:00:00] SOFIA NYSTRÖM: Sahlgrenska, regionens största sjukhus, får vänta ännu längre på journalsystemet Millennium. I går lämnade regiondirektören sitt förslag om hur sjukhuset ska gå över, och något datum finns inte med. Axel Brandt, vad står det i förslaget?

[00:00:14] AXEL BRANDT: Förslaget är att Sahlgrenska går över i två steg i stället för ett. Men först ska en förstudie göras, och den ska vara klar i juni 2030. Först därefter vill regiondirektören föreslå ett datum.

[00:00:31] SOFIA NYSTRÖM: Varför två steg?

[00:00:33] AXEL BRANDT: Steg ett är Mölndals sjukhus och Högsbo sjukhus. Steg två är Sahlgrenska sjukhuset och Östra sjukhuset, eftersom traumacentret och transplantationerna finns där och ska gå över sist, när systemet redan är prövat på de mindre sjukhusen.

[00:00:52] SOFIA NYSTRÖM: Vad kostar förstudien?

[00:00:55] AXEL BRANDT: Den beräknas kosta arton och en halv miljon kronor, och pengarna ska tas från programmets reserv.

[00:01:06] AXEL BRANDT: Jag har talat med programdirektören Martin Hedberg.

[00:01:09] MARTIN HEDBERG: Vi har lärt oss av de fyra etapperna att ett datum som sätts för tidigt blir ett datum som man sedan måste flytta. Därför gör vi förstudien först.

[00:01:24] AXEL BRANDT: Men alla är inte nöjda. Lotta Engström är huvudskyddsombud på Sahlgrenska.

[00:01:29] LOTTA ENGSTRÖM: Vi har arbetat i två journalsystem samtidigt i fem år nu. Varje remiss till Kungälv eller Trollhättan blir dubbelarbete för oss. Vi hade hoppats på ett datum i dag.

[00:01:45] SOFIA NYSTRÖM: Hur går det vidare?

[00:01:47] AXEL BRANDT: Regionstyrelsens ordförande håller en pressträff om förslaget klockan nio i dag, och regionstyrelsen väntas ta ställning i slutet av februari.

[00:02:01] SOFIA NYSTRÖM: Axel Brandt, tack. Och vi fortsätter med trafiken. Det är stopp på E6 vid Kungälv efter en olycka i norrgående riktning.

[00:04:52] SLUT PÅ INSLAGET

Älvradion · redaktionen@alvradion.example · tipstelefon 070-174 06 74
"""


def write_text_files():
    files = {
        "press-release-en-vgr-oracle-fourth-supplementary-agreement-2029-08-23.txt": PRESS_EN,
        "intervju-insidan-sju-fragor-infarandeledare-etapp-4-millennium-2029-09-20.md": INTERVIEW_MD,
        "nyhet-alingsas-lasarett-forsta-veckan-millennium-tidslinje-2029-11-16.html": TIMELINE_HTML,
        "transkript-alvradion-sahlgrenska-millennium-forslag-2029-12-11.txt": RADIO_TXT,
    }
    for name, text in files.items():
        (OUT / name).write_text(text, encoding="utf-8")
    return list(files)


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for fn in (make_yttrande, make_minnesprotokoll, make_deck, make_evaluation):
        print(fn())
    for name in write_text_files():
        print(name)
