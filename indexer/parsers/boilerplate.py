"""Page furniture that is never evidence: link lists, share and print buttons, cookie notices,
breadcrumbs, 'read also' lists, page numbers and running footers.

Decided at parse time: such paragraphs are taken out of an entry's text, and a draft left with
nothing else is not an entry at all (``corpus check`` counts it as left out).
"""

from __future__ import annotations

import re

_LINK_ONLY = re.compile(r"^(?:[-*•–]\s*)?(?:\[[^\]]*\]\([^)]*\)[\s,;|·]*)+$")
_URL_ONLY = re.compile(r"^(?:[-*•–]\s*)?(?:<?(?:https?://|mailto:|www\.)\S+>?\s*)+$", re.IGNORECASE)
_BUTTONS = re.compile(
    r"^(?:dela(?: artikeln| sidan)?(?: på \w+)?|skriv ut(?: sidan)?|tipsa(?: en vän)?|läs (?:också|även|mer)|"
    r"relaterat|relaterade (?:artiklar|nyheter|länkar)|kontakta redaktionen|till toppen|prenumerera(?: på \w+)?|"
    r"gilla|share|print|read (?:also|more)|related(?: articles)?|back to top|lyssna|översätt|"
    r"facebook|linkedin|twitter|x|e-post|mejla)[\s:.!]*$"
    r"|^(?:ladda (?:ned|ner)|download)\b[^.!?]{0,60}$",  # 'Ladda ned bild (JPG, 4,2 MB)'
    re.IGNORECASE,
)
_COOKIES = re.compile(r"\b(?:cookies?|kakor)\b", re.IGNORECASE)
_COOKIE_VERBS = re.compile(r"\b(?:använder|godkänn|accept|samtyck|läs mer om|inställningar|we use|consent)", re.IGNORECASE)
_BREADCRUMB = re.compile(r"^(?:[\wåäöÅÄÖ&.-]+(?: [\wåäöÅÄÖ&.-]+){0,3})(?:\s*(?:>|›|»|/)\s*[\wåäöÅÄÖ&.-]+(?: [\wåäöÅÄÖ&.-]+){0,3}){2,}$")
_PAGE = re.compile(r"^(?:sida\s+)?\d{1,3}\s*(?:\(\s*\d{1,3}\s*\)|av\s+\d{1,3}|/\s*\d{1,3})$|^page\s+\d{1,3}(?:\s+of\s+\d{1,3})?$",
                   re.IGNORECASE)
_UPDATED = re.compile(r"^(?:senast (?:uppdaterad|ändrad|granskad)|last (?:updated|modified)|publicerad|publicerat|"
                      r"uppdaterad|published|updated)\b:?.{0,50}$", re.IGNORECASE)
_NAV_ROW = re.compile(r"^[^|.!?]{1,40}(?:\s\|\s[^|.!?]{1,40}){1,}$")  # 'Dela | Skriv ut', 'Om Insidan | Tillgänglighet'
_FOOTER = re.compile(r"^(?:sidansvarig|kontakta redaktionen|var den här sidan till hjälp|was this page helpful|"
                     r"följ oss|prenumerera på)\b|^(?:pressmeddelande|press release|nyhet|news)\b[^.!?]{0,50}$",
                     re.IGNORECASE)
_DATE_ONLY = re.compile(r"^\d{4}-\d{2}-\d{2}$|^\d{1,2} (?:januari|februari|mars|april|maj|juni|juli|augusti|september|"
                        r"oktober|november|december) \d{4}$", re.IGNORECASE)
_READ_ALSO = re.compile(r"^(?:läs (?:också|även|mer)|relaterat|related(?: articles)?|read (?:also|more)|se även)[\s:]*$",
                        re.IGNORECASE)
# 'Dela: [Facebook](…) · [LinkedIn](…)', 'Följ oss: Facebook | Instagram': a label and a row of links or names
_SHARE_ITEM = r"(?:\[[^\]]*\]\([^)]*\)|[A-ZÅÄÖ][\w-]*)"  # a link, or a platform's name
_SHARE_ROW = re.compile(rf"^(?i:dela(?: artikeln| sidan)?|share(?: this)?|följ oss|follow us)\s*:?\s*"
                        rf"{_SHARE_ITEM}(?:(?:\s*[,;|·•]\s*|\s+){_SHARE_ITEM})*$")
_RULE_OR_COMMENT = re.compile(r"^(?:-{3,}|\*{3,}|_{3,}|<!--.*-->)$")  # a Markdown rule, an HTML comment
# a publication's issue line ('Issue 5/2026', 'Nummer 4 2025') and a byline's bare e-mail address
_ISSUE = re.compile(r"^(?:issue|nummer|nr\.?|no\.?)\s*\d{1,3}\s*[/,]?\s*\d{4}$", re.IGNORECASE)
_EMAIL_ONLY = re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")
_EMPHASIS = re.compile(r"\*{1,3}|(?<!\w)_{1,3}|_{1,3}(?!\w)")
_LIST_ITEM = re.compile(r"^\s*(?:[-–•*]\s+|\d{1,2}[.)]\s+)")


def is_boilerplate(paragraph: str, in_table: bool = False) -> bool:
    """Whether a paragraph (one line of an entry's text) is page furniture, not content. In a table
    (``in_table``) a row of short cells is the table's header, not a navigation bar."""
    text = " ".join(paragraph.split())
    if not text or _RULE_OR_COMMENT.match(text):
        return True
    text = _EMPHASIS.sub("", text).strip()  # '**Dela:**' is 'Dela:'
    if not text or _SHARE_ROW.match(text):
        return True
    if _LINK_ONLY.match(text) or _URL_ONLY.match(text) or _BUTTONS.match(text) or _PAGE.match(text):
        return True
    if _UPDATED.match(text) or _FOOTER.match(text) or _DATE_ONLY.match(text) or _READ_ALSO.match(text):
        return True
    if _ISSUE.match(text) or _EMAIL_ONLY.match(text) or _masthead(text):
        return True
    if not in_table and _NAV_ROW.match(text) and not re.search(r"\d", text) and len(text.split(" | ")) <= 6:
        return all(len(cell.split()) <= 4 for cell in text.split(" | "))
    if _COOKIES.search(text) and _COOKIE_VERBS.search(text) and len(text) < 400:
        return True
    if len(text) <= 120 and _BREADCRUMB.match(text):
        separators = sum(text.count(s) for s in (" > ", " › ", " » ", " / "))
        return ">" in text or "›" in text or "»" in text or separators >= 2
    return False


def _masthead(text: str) -> bool:
    """A publication's name in capitals ('TIDNINGEN SJUHÄRAD', 'VGR NEWS IN ENGLISH – WEEKLY
    SUMMARY'): several words, all upper case, no figure and no sentence's end."""
    return (text.isupper() and len(text.split()) >= 2 and len(text) <= 100 and not re.search(r"\d", text)
            and not text.endswith((".", "!", "?")))


def without_boilerplate(text: str) -> str:
    """The text with its boilerplate paragraphs removed ('' when nothing else is left); the list
    after a 'Läs också:' line goes with it (titles of other pages)."""
    kept: list[str] = []
    in_related = False
    lines = text.split("\n")
    table = sum(" | " in line for line in lines) >= 2
    for line in lines:
        if _READ_ALSO.match(" ".join(line.split())):
            in_related = True
            continue
        if in_related and _LIST_ITEM.match(line):
            continue
        in_related = False
        if not is_boilerplate(line, table):
            kept.append(line)
    return "\n".join(kept).strip()


def furniture_mask(lines: list[str]) -> list[bool]:
    """For each source line, whether it is page furniture: a boilerplate line, or an item of the
    list that follows a 'Läs också:' line."""
    mask: list[bool] = []
    in_related = False
    for i, line in enumerate(lines):
        text = " ".join(line.split())
        neighbours = [lines[j] for j in (i - 1, i + 1) if 0 <= j < len(lines)]
        in_table = " | " in text and any(" | " in n for n in neighbours)
        if _READ_ALSO.match(text):
            in_related = True
            mask.append(True)
            continue
        if in_related and (_LIST_ITEM.match(line) or not text):
            mask.append(bool(text))
            continue
        in_related = False
        mask.append(bool(text) and is_boilerplate(text, in_table))
    return mask
