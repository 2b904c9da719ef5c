#!/usr/bin/env python3
"""Generate the binary test documents (.docx and .pdf) in documents/.

FICTIONAL TEST DATA: every event, name, figure and decision after May 2025 in
these files is invented for testing granska. See README.md.

Run with the venv that has reportlab, python-docx and pypdf:
    .venv/bin/python make_documents.py
"""
from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from docx import Document
from docx.shared import Pt
from pypdf import PdfReader, PdfWriter
from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    FrameBreak,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

OUT = Path(__file__).resolve().parent / "documents"
SHY = "\u00ad"  # soft hyphen: a possible break point, drawn as "-" only when used


def shy(text: str) -> str:
    """'~' in the source text marks where a long word may be hyphenated."""
    return text.replace("~", SHY)


def pdf_date(d: dt.datetime) -> str:
    return d.strftime("D:%Y%m%d%H%M%S+01'00'")


def set_pdf_metadata(path: Path, title: str, created: dt.datetime, author: str, subject: str) -> None:
    """Rewrite the PDF with a fixed Title/Author/CreationDate/ModDate."""
    reader = PdfReader(str(path))
    writer = PdfWriter(clone_from=reader)
    writer.add_metadata(
        {
            "/Title": title,
            "/Author": author,
            "/Subject": subject,
            "/Creator": "Västra Götalandsregionen",
            "/Producer": "ReportLab (make_documents.py, fiktiva testdata)",
            "/CreationDate": pdf_date(created),
            "/ModDate": pdf_date(created),
        }
    )
    buf = io.BytesIO()
    writer.write(buf)
    path.write_bytes(buf.getvalue())


def set_docx_core(doc: Document, title: str, created: dt.datetime, author: str, subject: str) -> None:
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.subject = subject
    cp.created = created
    cp.modified = created
    cp.revision = 1
    cp.language = "sv-SE"
    cp.keywords = "Millennium; Västra Götalandsregionen"


def add_table(doc: Document, rows: list[list[str]], widths=None) -> None:
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, cell_text in enumerate(row):
            cell = table.cell(i, j)
            cell.text = cell_text
            if i == 0:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
    doc.add_paragraph()


# ---------------------------------------------------------------------------
# 1. Protokollsutdrag, regionstyrelsen 2025-06-17 (.docx)
# ---------------------------------------------------------------------------
def make_rs_protokoll() -> Path:
    title = "Protokollsutdrag, Regionstyrelsen, sammanträde 2025-06-17"
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    p = doc.add_paragraph()
    p.add_run("Västra Götalandsregionen").bold = True
    doc.add_heading(title, level=0)
    doc.add_paragraph("Tid: kl. 09:00–12:40")
    doc.add_paragraph("Plats: Regionens hus, Göteborg")
    doc.add_paragraph("Paragrafer: §§ 145–149")

    doc.add_heading("Beslutslista", level=2)
    add_table(
        doc,
        [
            ["§", "Ärende", "Diarienummer", "Beslut"],
            ["§ 145", "Lägesrapport om Program Millennium", "RS 2025-03118", "Lägesrapporten läggs till handlingarna"],
            ["§ 146", "Förlängd paus för breddinförandet av Millennium", "RS 2025-03119", "Pausen förlängs"],
            ["§ 147", "Uppdrag att omförhandla avtalet med Oracle Svenska AB", "RS 2025-03120", "Uppdrag till regiondirektören"],
            ["§ 148", "Ägarutskottets förslag om förstärkning av den samordnade hanteringen", "RS 2025-02987", "Bifall till ägarutskottets förslag"],
            ["§ 149", "Anmälan av den externa expertgruppens sammansättning", "RS 2025-02544", "Anmälan läggs till handlingarna"],
        ],
    )

    items = [
        (
            "§ 145 Lägesrapport om Program Millennium",
            "RS 2025-03118",
            ["Regionstyrelsen lägger lägesrapporten till handlingarna."],
            [
                "Hälso- och sjukvårdsutvecklingsdirektören redovisade läget i den samordnade hanteringen. "
                "Av de 2 310 ärenden som registrerades i Millennium under driftveckan har 2 171 åtgärdats "
                "och 139 kvarstår.",
                "Den externa granskningens rekommendationer har omsatts i en åtgärdsplan med 42 aktiviteter, "
                "varav 15 är genomförda.",
            ],
        ),
        (
            "§ 146 Förlängd paus för breddinförandet av Millennium",
            "RS 2025-03119",
            [
                "1. Regionstyrelsen beslutar att pausen för breddinförandet av Millennium förlängs. "
                "Ingen ny driftstart får ske före den 1 mars 2026.",
                "2. Regiondirektören får i uppdrag att senast den 14 oktober 2025 återkomma med förslag "
                "på inriktning för det fortsatta arbetet.",
            ],
            [
                "Den samordnade hanteringen bedömer att förutsättningarna för en patientsäker återstart "
                "inte kan säkerställas under 2025. Den externa expertgruppens synpunkter och resultatet av "
                "omförhandlingen med leverantören behöver vara kända innan en ny tidplan kan fastställas.",
            ],
        ),
        (
            "§ 147 Uppdrag att omförhandla avtalet med Oracle Svenska AB",
            "RS 2025-03120",
            [
                "Regiondirektören får i uppdrag att inleda en omförhandling av avtalet med Oracle Svenska AB "
                "om leverans av kärnsystem. Regiondirektören ska rapportera förhandlingarnas läge till "
                "ägarutskottet varannan månad.",
            ],
            [
                "Avtalet om leverans av kärnsystem ingicks 2018. Erfarenheterna från driftstarten i södra "
                "området visar att avtalet behöver kompletteras när det gäller ansvarsfördelning, "
                "kvalitetskrav före driftstart och ersättning vid förseningar.",
            ],
        ),
        (
            "§ 148 Ägarutskottets förslag om förstärkning av den samordnade hanteringen",
            "RS 2025-02987",
            [
                "Regionstyrelsen bifaller ägarutskottets förslag och avsätter 38 miljoner kronor för att "
                "förstärka den samordnade hanteringen under perioden juli–december 2025. Medlen tas från "
                "regionstyrelsens anslag för oförutsedda behov.",
            ],
            [
                "Ägarutskottet behandlade ärendet den 3 juni 2025 och föreslog att regionstyrelsen avsätter "
                "medel för ytterligare analys- och HR-resurser samt för stöd till medarbetare på Södra "
                "Älvsborgs sjukhus.",
            ],
        ),
        (
            "§ 149 Anmälan av den externa expertgruppens sammansättning",
            "RS 2025-02544",
            ["Anmälan läggs till handlingarna."],
            [
                "Regiondirektören har utsett sex ledamöter till den externa expertgruppen. Gruppen ska lämna "
                "sina synpunkter senast den 1 september 2025.",
            ],
        ),
    ]
    for heading, dnr, beslut, sammanfattning in items:
        doc.add_heading(heading, level=1)
        doc.add_paragraph(f"Diarienummer {dnr}")
        doc.add_heading("Beslut", level=3)
        for text in beslut:
            doc.add_paragraph(text)
        doc.add_heading("Sammanfattning", level=3)
        for text in sammanfattning:
            doc.add_paragraph(text)

    doc.add_paragraph()
    doc.add_paragraph("Vid protokollet: Karl Nilsson, nämndsekreterare")
    doc.add_paragraph("Justerat 2025-06-19")
    doc.add_paragraph("Rätt utdraget intygar: Karl Nilsson")

    set_docx_core(doc, title, dt.datetime(2025, 6, 19, 10, 30), "Karl Nilsson",
                  "Regionstyrelsens beslut om Program Millennium")
    path = OUT / "protokollsutdrag-regionstyrelsen-2025-06-17.docx"
    doc.save(path)
    return path


# ---------------------------------------------------------------------------
# 2. Regiondirektörens verkställighetsbeslut 2025-09-23 (.docx)
# ---------------------------------------------------------------------------
def make_rd_beslut() -> Path:
    title = "Ny programorganisation och reviderad tidplan för Program Millennium"
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    p = doc.add_paragraph()
    p.add_run("Västra Götalandsregionen").bold = True
    doc.add_paragraph("Koncernkontoret")
    doc.add_paragraph("Verkställighetsbeslut")
    doc.add_paragraph("Datum 2025-09-23")
    doc.add_paragraph("Diarienummer RS 2025-04417")
    doc.add_paragraph("Handläggare: Johanna Wik")
    doc.add_paragraph("Telefon: 070-174 06 47")
    doc.add_paragraph("E-post: johanna.wik@vgregion.example")
    doc.add_heading(title, level=0)

    doc.add_heading("Ärende", level=1)
    doc.add_paragraph(
        "Regionstyrelsen gav den 17 juni 2025 regiondirektören i uppdrag att återkomma med förslag på "
        "inriktning för det fortsatta arbetet med Millennium."
    )
    doc.add_paragraph(
        "Den externa expertgruppen rekommenderade i sitt yttrande bland annat att programmet ska ledas av "
        "en programdirektör som rapporterar direkt till regiondirektören, och att återstarten ska ske stegvis."
    )
    doc.add_paragraph(
        "Detta beslut omfattar programorganisationen och en reviderad tidplan. Tidplanen är ett "
        "planeringsunderlag inför regionstyrelsens behandling av inriktningen."
    )

    doc.add_heading("Beslut", level=1)
    for text in [
        "1. Regiondirektören inrättar från och med den 1 oktober 2025 funktionen programdirektör för "
        "Program Millennium. Programdirektören är direkt underställd regiondirektören.",
        "2. Till programdirektör utses Martin Hedberg, i dag biträdande förvaltningschef vid Skaraborgs Sjukhus.",
        "3. Tidplanen i tabell 1 fastställs som planeringsunderlag under förutsättning att regionstyrelsen "
        "ställer sig bakom en stegvis återstart.",
        "4. Den samordnade hanteringen enligt beslut RS 2024-05699 avslutas den 31 december 2025. Dess "
        "uppgifter övergår då till programorganisationen.",
    ]:
        doc.add_paragraph(text)

    doc.add_heading("Tabell 1. Reviderad tidplan för Program Millennium", level=2)
    add_table(
        doc,
        [
            ["Milstolpe", "Datum", "Ansvarig"],
            ["Regionstyrelsen beslutar om inriktning", "2025-10-14", "Regionstyrelsen"],
            ["Förnyad grundutbildning startar i södra området", "2025-11-03", "Program Millennium"],
            ["Omförhandlat avtal med Oracle undertecknas (mål)", "2025-12-15", "Regiondirektören"],
            ["Teknisk generalrepetition", "2026-02-09", "Program Millennium och Oracle"],
            ["Oberoende patientsäkerhetsbedömning klar", "2026-03-06", "Regionchefsläkaren"],
            ["Beslutspunkt om återstart (go/no-go)", "2026-03-17", "Regionstyrelsen"],
            ["Återstart på Regionhälsan (etapp 1A)", "2026-04-14", "Regionhälsan"],
            ["Återstart på SÄS och Närhälsan i södra området (etapp 1B)", "2026-09-22", "SÄS och Närhälsan"],
        ],
    )

    doc.add_heading("Ekonomiska konsekvenser", level=1)
    doc.add_paragraph(
        "Kostnaden för programdirektören och programkansliet beräknas till 24,5 miljoner kronor för perioden "
        "oktober–december 2025 och finansieras inom Program Millenniums befintliga budget."
    )
    doc.add_heading("Samverkan", level=1)
    doc.add_paragraph(
        "Den 18 september 2025 behandlades beslutet i regional samverkansgrupp, där "
        "arbetstagarorganisationerna ställde sig bakom den nya programorganisationen."
    )
    doc.add_paragraph()
    doc.add_paragraph("Regiondirektören")
    doc.add_paragraph(
        "Beslutet skickas till: Södra Älvsborgs sjukhus, Närhälsan, Regionhälsan, Koncernstab digitalisering, "
        "Program Millennium"
    )
    set_docx_core(doc, title, dt.datetime(2025, 9, 23, 14, 5), "Johanna Wik", "Verkställighetsbeslut")
    path = OUT / "verkstallighetsbeslut-regiondirektoren-programorganisation-tidplan-2025-09-23.docx"
    doc.save(path)
    return path


# ---------------------------------------------------------------------------
# 3. Protokollsutdrag, regionfullmäktige 2025-11-11 (.docx)
# ---------------------------------------------------------------------------
def make_rf_protokoll() -> Path:
    title = "Protokollsutdrag, Regionfullmäktige, sammanträde 2025-11-11"
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    p = doc.add_paragraph()
    p.add_run("Västra Götalandsregionen").bold = True
    doc.add_heading(title, level=0)
    doc.add_paragraph("Tid: kl. 09:30–17:05")
    doc.add_paragraph("Plats: Regionens hus, Vänersborg")
    doc.add_paragraph("Närvarande: 147 av 149 ledamöter")
    doc.add_paragraph("Paragrafer: §§ 212–214")

    doc.add_heading("§ 212 Finansiering av stegvis återstart av Millennium 2026", level=1)
    doc.add_paragraph("Diarienummer RS 2025-04690")
    doc.add_heading("Beslut", level=3)
    doc.add_paragraph(
        "Regionfullmäktige beslutar att reservera 420 miljoner kronor i det egna kapitalet för kostnader i "
        "samband med den stegvisa återstarten av Millennium under 2026."
    )
    doc.add_paragraph("Beslutet fattades efter votering med 89 röster mot 60.")
    doc.add_heading("Sammanfattning", level=3)
    doc.add_paragraph(
        "Regionstyrelsen föreslog den 14 oktober 2025 att regionfullmäktige reserverar medel för "
        "återstarten, i enlighet med regionstyrelsens beslut om en stegvis återstart."
    )
    doc.add_paragraph("Reservationen fördelas på följande kostnadsposter:")
    add_table(
        doc,
        [
            ["Kostnadspost", "Belopp"],
            ["Utbildning och övningsmiljö", "145 000 000 kronor"],
            ["Dubbelbemanning under de första veckorna efter återstart", "190 000 000 kronor"],
            ["Teknisk förvaltning och integrationer", "85 000 000 kronor"],
            ["Summa", "420 000 000 kronor"],
        ],
    )

    doc.add_heading("§ 213 Svar på interpellation om betalningar till leverantören under pausen", level=1)
    doc.add_paragraph("Diarienummer RF 2025-00311")
    doc.add_heading("Beslut", level=3)
    doc.add_paragraph("Interpellationen anses besvarad.")
    doc.add_heading("Sammanfattning", level=3)
    doc.add_paragraph(
        "Den 24 september 2025 ställde ledamoten Sven Åberg en interpellation till regionrådet Anna Svensson "
        "om vad regionen har betalat till leverantören under pausen."
    )
    doc.add_paragraph(
        "I svaret uppgav regionrådet att regionen hittills i år har betalat 96 miljoner kronor i licens- och "
        "driftavgifter till Oracle Svenska AB, trots att breddinförandet är pausat."
    )

    doc.add_heading("§ 214 Svar på motion om att avveckla Millennium och genomföra en ny upphandling", level=1)
    doc.add_paragraph("Diarienummer RF 2025-00127")
    doc.add_heading("Beslut", level=3)
    doc.add_paragraph("Motionen avslås.")
    doc.add_heading("Sammanfattning", level=3)
    doc.add_paragraph(
        "Den 18 februari 2025 väckte ledamoten Ulla Grahn en motion om att regionen skulle avveckla "
        "Millennium och påbörja en ny upphandling av journalsystem."
    )
    doc.add_paragraph(
        "Regionstyrelsen har föreslagit att motionen avslås med hänvisning till den externa expertgruppens "
        "bedömning att en ny upphandling skulle försena en gemensam vårdinformationsmiljö med flera år."
    )
    doc.add_paragraph()
    doc.add_paragraph("Vid protokollet: Elin Sjöberg, sekreterare")
    doc.add_paragraph("Justerat 2025-11-13")
    set_docx_core(doc, title, dt.datetime(2025, 11, 13, 9, 0), "Elin Sjöberg",
                  "Regionfullmäktiges beslut om Millennium")
    path = OUT / "protokollsutdrag-regionfullmaktige-2025-11-11.docx"
    doc.save(path)
    return path


# ---------------------------------------------------------------------------
# 4. VGRfokus article, two columns with hyphenation (.pdf)
# ---------------------------------------------------------------------------
VGRFOKUS_TITLE = "Ett år efter pausen: SÄS rustar för en ny start"

VGRFOKUS_BODY = [
    "Klockan 05:30 den 12 november 2024 startade Millennium på SÄS, i Närhälsans verksamheter i södra "
    "området och på Regionhälsan. Tre dygn senare pausades bredd~införandet, och de tidigare journal~systemen "
    "startades om.",
    "Maria Holm är under~sköterska på akut~mottagningen i Borås och arbetade natten då systemet startade.",
    "– Det första dygnet gick åt till att leta efter remisser och tid~böcker. Vi skrev på papperslappar för "
    "att inte tappa bort något, säger hon.",
    "I dag sitter Maria Holm i den lokala referens~gruppen som testar arbets~flödena för akut~mottagningen. "
    "Gruppen träffas varje torsdag och går igenom ett nytt flöde i taget.",
    "Den 20 oktober 2025 öppnade den nya övnings~miljön, där medarbetarna kan träna på fiktiva patienter i en "
    "kopia av det riktiga vård~informations~systemet.",
    "Hittills har omkring 1 350 medarbetare på sjukhuset använt övnings~miljön, enligt verksamhets~utvecklaren "
    "Jonas Lundqvist. Tillsammans med leverantören har SÄS också gått igenom 214 arbets~flöden sedan i våras.",
    "En viktig skillnad mot förra året är patient~säkerhets~bedömningen. Regionchefsläkaren ska göra en "
    "oberoende bedömning innan regionstyrelsen tar ställning till en återstart, och bedömningen ska vara klar "
    "i början av mars 2026.",
    "Även tekniken har setts över. Svars~tiderna i den virtuella klienten har halverats jämfört med förra "
    "hösten, och integrationen med röntgen~systemet har testats med 3 000 röntgen~svar utan att någon text "
    "fallit bort.",
    "Sjukhusets 180 Millennium~coacher får en ny roll. I stället för att enbart svara på frågor ska de finnas "
    "på plats på varje avdelning under de första tre veckorna efter återstarten.",
    "Akut~mottagningen planerar dessutom för dubbel bemanning under samma period, och sjukhuset kommer att "
    "minska den planerade vården med 30 procent under de två första veckorna.",
    "Beslutet om en stegvis återstart fattades av regionstyrelsen i oktober. Det bygger på rekommendationerna "
    "från den externa expert~gruppen, som avrådde från att avveckla Millennium.",
    "På Närhälsans vård~centraler i Borås~området pågår ett liknande arbete. Där har 26 vård~centraler utsett "
    "egna kontakt~personer för Millennium.",
    "Distrikts~sköterskan Amina Yusuf arbetar på en av dem.",
    "– Det som gjorde mest ont förra året var att vi inte kunde se våra patienters tider. Nu har vi testat just "
    "tid~boken i flera omgångar, säger hon.",
    "Erik Sandberg är över~läkare och medicinskt ansvarig för införandet på SÄS. Han tror att förtroendet går "
    "att vinna tillbaka, men att det tar tid.",
    "– Vi har lärt oss att en driftstart inte är en mållinje. Det är när vardagen ska fungera som det avgörs, "
    "säger han.",
    "Enligt den reviderade tidplanen startar SÄS om först hösten 2026, efter Regionhälsan som går först. Fram "
    "till dess fortsätter sjukhuset att arbeta i de tidigare journal~systemen.",
    "För Maria Holm är det viktigaste att den här starten blir annorlunda.",
    "– Vi vill inte tillbaka till papperslapparna. Men vi vill heller inte att någon ska behöva jobba som vi "
    "gjorde i november, säger hon.",
]

VGRFOKUS_FACTS = [
    "Driftstart: 12 november 2024 kl. 05:30",
    "Paus i breddinförandet: 15 november 2024",
    "Millenniumcoacher på SÄS: 180",
    "Planerad återstart på SÄS: hösten 2026",
]


def make_vgrfokus() -> Path:
    path = OUT / "vgrfokus-nummer-4-2025-ett-ar-efter-pausen.pdf"
    W, H = A4
    margin = 18 * mm
    gap = 8 * mm
    col_w = (W - 2 * margin - gap) / 2
    top = H - 22 * mm
    bottom = 18 * mm
    title_h = 58 * mm

    def header_footer(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica-Bold", 8.5)
        canv.setFillColor(colors.HexColor("#00548a"))
        canv.drawString(margin, H - 12 * mm, "VGRfokus | Nummer 4 2025")
        canv.setStrokeColor(colors.HexColor("#00548a"))
        canv.line(margin, H - 14 * mm, W - margin, H - 14 * mm)
        canv.setFont("Helvetica", 8.5)
        canv.setFillColor(colors.black)
        canv.drawRightString(W - margin, 10 * mm, str(doc.page))
        canv.restoreState()

    first = PageTemplate(
        id="first",
        frames=[
            Frame(margin, top - title_h, W - 2 * margin, title_h, id="title", showBoundary=0),
            Frame(margin, bottom, col_w, top - title_h - bottom, id="c1"),
            Frame(margin + col_w + gap, bottom, col_w, top - title_h - bottom, id="c2"),
        ],
        onPage=header_footer,
    )
    later = PageTemplate(
        id="later",
        frames=[
            Frame(margin, bottom, col_w, top - bottom, id="c1"),
            Frame(margin + col_w + gap, bottom, col_w, top - bottom, id="c2"),
        ],
        onPage=header_footer,
    )
    doc = BaseDocTemplate(str(path), pagesize=A4, pageTemplates=[first, later],
                          title=VGRFOKUS_TITLE, author="Karin Ödman")

    kicker = ParagraphStyle("kicker", fontName="Helvetica-Bold", fontSize=9, textColor=colors.HexColor("#00548a"),
                            spaceAfter=4)
    h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=22, leading=26, spaceAfter=6)
    byline = ParagraphStyle("by", fontName="Helvetica", fontSize=8.5, leading=11, textColor=colors.grey,
                            spaceAfter=8)
    ingress = ParagraphStyle("ing", fontName="Helvetica-Bold", fontSize=10.5, leading=14, spaceAfter=4)
    body = ParagraphStyle("body", fontName="Times-Roman", fontSize=11.5, leading=15, alignment=TA_JUSTIFY,
                          spaceAfter=5, embeddedHyphenation=1, uriWasteReduce=0.25,
                          hyphenationMinWordLength=5)
    box_h = ParagraphStyle("boxh", fontName="Helvetica-Bold", fontSize=9.5, leading=12, spaceBefore=8,
                           spaceAfter=3, textColor=colors.HexColor("#00548a"))
    box = ParagraphStyle("box", fontName="Helvetica", fontSize=9, leading=12, alignment=TA_LEFT)

    story = [
        Paragraph("MILLENNIUM", kicker),
        Paragraph(VGRFOKUS_TITLE, h1),
        Paragraph("Text: Karin Ödman · Publicerad 10 november 2025", byline),
        Paragraph(
            "Det har gått ett år sedan Millennium pausades efter bara tre dygn i drift. På Södra Älvsborgs "
            "sjukhus förbereder sig medarbetarna nu för en återstart – den här gången med längre utbildning, "
            "fler övningstillfällen och en oberoende bedömning av patientsäkerheten innan något beslut fattas.",
            ingress,
        ),
        NextPageTemplate("later"),
        FrameBreak(),
    ]
    story += [Paragraph(shy(t), body) for t in VGRFOKUS_BODY]
    story.append(Paragraph("Fakta: Millennium på SÄS", box_h))
    story += [Paragraph(t, box) for t in VGRFOKUS_FACTS]
    doc.build(story)
    set_pdf_metadata(path, VGRFOKUS_TITLE, dt.datetime(2025, 11, 10, 7, 0), "Karin Ödman",
                     "VGRfokus nummer 4 2025")
    return path


# ---------------------------------------------------------------------------
# 5. Uppföljningsrapport december 2025 (.pdf)
# ---------------------------------------------------------------------------
REPORT_TITLE = "Uppföljning av Program Millennium under pausen"


class NumberedCanvas(rl_canvas.Canvas):
    """Canvas that draws 'Sida N av M' once the page count is known."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._saved = []

    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._saved)
        for state in self._saved:
            self.__dict__.update(state)
            self.setFont("Helvetica", 8.5)
            self.setFillColor(colors.HexColor("#333333"))
            self.drawCentredString(A4[0] / 2, 12 * mm,
                                   f"Västra Götalandsregionen – Rapport – Sida {self._pageNumber} av {total}")
            super().showPage()
        super().save()


def make_report() -> Path:
    path = OUT / "rapport-uppfoljning-program-millennium-under-pausen-2025-12-09.pdf"
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm,
                            topMargin=25 * mm, bottomMargin=25 * mm, title=REPORT_TITLE,
                            author="Program Millennium, Koncernkontoret")
    org = ParagraphStyle("org", fontName="Helvetica-Bold", fontSize=14, leading=18, spaceAfter=60)
    kind = ParagraphStyle("kind", fontName="Helvetica", fontSize=11, leading=14, spaceAfter=8,
                          textColor=colors.HexColor("#00548a"))
    title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=24, leading=30, spaceAfter=14)
    sub = ParagraphStyle("sub", fontName="Helvetica", fontSize=13, leading=17, spaceAfter=50)
    meta = ParagraphStyle("meta", fontName="Helvetica", fontSize=10.5, leading=15)
    h = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=13, leading=17, spaceBefore=12, spaceAfter=6,
                       keepWithNext=1)
    p = ParagraphStyle("p", fontName="Times-Roman", fontSize=11, leading=15, spaceAfter=7)
    cap = ParagraphStyle("cap", fontName="Helvetica-Bold", fontSize=9.5, leading=12, spaceBefore=6,
                         spaceAfter=4, keepWithNext=1)

    def table(rows, widths):
        t = Table(rows, colWidths=widths, hAlign="LEFT")
        t.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), "Helvetica", 9.5),
            ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9.5),
            ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 9.5),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde8f0")),
            ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
            ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ]))
        return t

    story = [
        Paragraph("Västra Götalandsregionen", org),
        Paragraph("RAPPORT", kind),
        Paragraph(REPORT_TITLE, title),
        Paragraph("Lägesrapport till regionstyrelsen, december 2025", sub),
        Paragraph("Datum: 2025-12-09", meta),
        Paragraph("Diarienummer: RS 2025-05230", meta),
        Paragraph("Framtagen av: Program Millennium, Koncernkontoret", meta),
        PageBreak(),
        Paragraph("1. Sammanfattning", h),
        Paragraph("Denna rapport redovisar läget i Program Millennium under pausen och inför den stegvisa "
                  "återstarten. Uppgifterna avser förhållandena vid utgången av november 2025 om inget annat "
                  "anges.", p),
        Paragraph("De sammanlagda merkostnaderna till följd av pausen uppgår hittills till 269 350 000 kronor. "
                  "Den största delen, 118 700 000 kronor, har belastat Program Millennium och "
                  "koncernkontoret.", p),
        Paragraph("Antalet öppna ärenden i Millennium har minskat till 131. Inget av dem bedöms i dag som "
                  "kritiskt för patientsäkerheten.", p),
        Paragraph("2. Bakgrund", h),
        Paragraph("Den 12 november 2024 driftsattes Millennium på Södra Älvsborgs sjukhus, i Närhälsan och på "
                  "Regionhälsan i södra området.", p),
        Paragraph("Den 15 november 2024 beslutade regionen att tillfälligt pausa breddinförandet, och de "
                  "tidigare journalsystemen återstartades.", p),
        Paragraph("Den 25 mars 2025 presenterades den externa granskningens rapport för regionstyrelsen. "
                  "Rapportens rekommendationer har omsatts i en åtgärdsplan.", p),
        Paragraph("Den 17 juni 2025 beslutade regionstyrelsen att förlänga pausen och att inleda en "
                  "omförhandling av avtalet med Oracle Svenska AB.", p),
        Paragraph("Den 14 oktober 2025 beslutade regionstyrelsen om en stegvis återstart med Regionhälsan "
                  "som första verksamhet.", p),
        Paragraph("Den 11 november 2025 beslutade regionfullmäktige att reservera medel i det egna kapitalet "
                  "för återstarten under 2026.", p),
        Paragraph("3. Ekonomi", h),
        Paragraph("Tabell 1 visar merkostnaderna till följd av pausen per förvaltning. Kostnaderna omfattar "
                  "förlängda licenser för tidigare system, extra bemanning, omdirigering av patienter och den "
                  "samordnade hanteringen.", p),
        Paragraph("Tabell 1. Merkostnader till följd av pausen per förvaltning (kronor)", cap),
        table([
            ["Förvaltning", "Nov–dec 2024", "Jan–nov 2025", "Totalt"],
            ["Södra Älvsborgs sjukhus", "21 600 000", "74 800 000", "96 400 000"],
            ["Närhälsan", "9 250 000", "32 500 000", "41 750 000"],
            ["Regionhälsan", "2 900 000", "9 600 000", "12 500 000"],
            ["Program Millennium och koncernkontoret", "14 200 000", "104 500 000", "118 700 000"],
            ["Totalt", "47 950 000", "221 400 000", "269 350 000"],
        ], [68 * mm, 28 * mm, 28 * mm, 28 * mm]),
        Spacer(1, 8),
        Paragraph("Utfallet för januari–november 2025 är 221 400 000 kronor, vilket är 9 400 000 kronor mer "
                  "än den prognos för helåret som redovisades i juni 2025.", p),
        Paragraph("4. Utbildning och övning", h),
        Paragraph("Per den 28 november 2025 hade 2 145 medarbetare genomgått den förnyade grundutbildningen "
                  "Millennium grund 2.0. Det motsvarar drygt en tredjedel av målgruppen.", p),
        Paragraph("Den 26 november 2025 kl. 08:00–16:00 genomfördes en heldagsövning i övningsmiljön, där 64 "
                  "medarbetare från Regionhälsan simulerade ett dygns verksamhet. Övningen visade att tidbok "
                  "och remisshantering nu fungerar, men att utskrift av intyg fortfarande tar för lång tid.", p),
        Paragraph("5. Öppna ärenden", h),
        Paragraph("Tabell 2 visar de öppna ärendena i Millennium fördelade på förvaltning. Som allvarliga "
                  "räknas ärenden som påverkar ett arbetsflöde utan att det finns en fungerande "
                  "reservrutin.", p),
        Paragraph("Tabell 2. Öppna ärenden i Millennium per förvaltning, 30 november 2025", cap),
        table([
            ["Förvaltning", "Öppna ärenden", "varav allvarliga"],
            ["Södra Älvsborgs sjukhus", "61", "4"],
            ["Närhälsan", "38", "2"],
            ["Regionhälsan", "9", "0"],
            ["Program Millennium (teknik och integrationer)", "23", "3"],
            ["Totalt", "131", "9"],
        ], [82 * mm, 30 * mm, 30 * mm]),
        Spacer(1, 8),
        Paragraph("6. Förhandlingarna med Oracle", h),
        Paragraph("Den 30 september 2025 avslutades den första förhandlingsrundan med Oracle Svenska AB. "
                  "Parterna är överens om en gemensam felrättningsplan men inte om ersättningen för regionens "
                  "merkostnader.", p),
        Paragraph("Om parterna inte är överens om ett omförhandlat avtal i december 2025 återkommer "
                  "regiondirektören till regionstyrelsen med förslag på fortsatt hantering.", p),
        Paragraph("7. Fortsatt arbete", h),
        Paragraph("Nästa uppföljningsrapport lämnas till regionstyrelsen den 24 februari 2026, inför "
                  "beslutspunkten om återstart.", p),
    ]
    doc.build(story, canvasmaker=NumberedCanvas)
    set_pdf_metadata(path, REPORT_TITLE, dt.datetime(2025, 12, 9, 11, 0),
                     "Program Millennium, Koncernkontoret", "Lägesrapport till regionstyrelsen, december 2025")
    return path


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for fn in (make_rs_protokoll, make_rd_beslut, make_rf_protokoll, make_vgrfokus, make_report):
        print("wrote", fn().relative_to(OUT.parent))


if __name__ == "__main__":
    main()
