"""HTML → clean text: a saved web page (a news item, a press release) as its reader sees it.

The article (``<article>``, else ``<main>``, else the body) without what is no text of it:
scripts, styles, navigation, site headers and footers, asides, forms, and blocks whose class or
id names such furniture ('cookie-banner', 'share', 'breadcrumbs'). Headings, paragraphs and
other blocks become paragraphs separated by blank lines; list items become '- item' lines; a table
row becomes one line, cells joined by ' | ' (as DOCX tables do). The page's metadata gives a title
and a publication date for ``granska corpus add``.
"""

from __future__ import annotations

import re
from pathlib import Path

from granska.errors import CorpusError

# never the article's text
_DROP = frozenset({"script", "style", "noscript", "template", "svg", "iframe", "form", "button", "nav", "footer",
                   "aside", "select", "input", "dialog", "canvas", "video", "audio", "object", "head"})
# elements that start a paragraph of their own
_BLOCKS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "div", "section", "article", "main",
                     "blockquote", "ul", "ol", "table", "thead", "tbody", "tfoot", "dl", "dt", "dd", "figure",
                     "figcaption", "pre", "header", "address", "hr", "br", "caption"})
_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
# a class or id that names page furniture ('cookie-banner', 'site_footer', 'share-links', 'breadcrumbs')
_FURNITURE = re.compile(r"(?:^|[-_\s])(?:footer|cookies?|consent|nav|navigation|menu|breadcrumbs?|share|social|sidebar|"
                        r"related|banner|skip|toolbar)(?:$|[-_\s])", re.I)


def _soup(path: Path):  # noqa: ANN202 - a BeautifulSoup document
    from bs4 import BeautifulSoup

    try:
        return BeautifulSoup(path.read_bytes(), "html.parser")  # the declared charset, else a guess
    except (OSError, ValueError) as exc:
        raise CorpusError(f"HTML-filen kan inte tolkas: {exc}", path) from None


def read_html(path: Path) -> str:
    """The page's article text: paragraphs separated by blank lines."""
    soup = _soup(path)
    for tag in soup.find_all(_DROP):
        tag.decompose()
    for tag in soup.find_all(_is_furniture):
        tag.decompose()
    for tag in soup.find_all("header"):  # a site's header (logo, menu); an article's own header stays
        if tag.find_parent(("article", "main")) is None:
            tag.decompose()
    root = soup.find("article") or soup.find("main") or soup.body or soup
    lines: list[str] = []
    _collect(root, lines)
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def _is_furniture(tag) -> bool:  # noqa: ANN001 - a bs4 Tag
    """A block whose class or id names page furniture (not a <body>, <main> or <article>)."""
    if tag.name in ("html", "body", "main", "article") or tag.attrs is None:
        return False
    names = " ".join([*tag.get("class", []), str(tag.get("id", ""))])
    return bool(names.strip()) and bool(_FURNITURE.search(names))


def _collect(node, lines: list[str]) -> None:  # noqa: ANN001 - a bs4 Tag
    """Append the node's blocks to ``lines`` ('' between paragraphs), inline text joined."""
    from bs4 import NavigableString, Tag

    inline: list[str] = []

    def flush() -> None:
        text = " ".join("".join(inline).split())  # as written: 'godkänts</a>.' has no space
        inline.clear()
        if text:
            lines.extend([text, ""])

    for child in node.children:
        if isinstance(child, NavigableString):
            if type(child) is NavigableString:  # not a comment, doctype or CDATA
                inline.append(str(child))
        elif isinstance(child, Tag) and child.name not in _BLOCKS:
            inline.append(child.get_text())
        elif isinstance(child, Tag):
            flush()
            _block(child, lines)
    flush()


def _block(tag, lines: list[str]) -> None:  # noqa: ANN001 - a bs4 Tag
    if tag.name == "tr":
        cells = list(dict.fromkeys(" ".join(c.get_text(" ").split()) for c in tag.find_all(("td", "th"))))
        if any(cells):
            lines.append(" | ".join(cells))
        return
    if tag.name == "li" and tag.find(_BLOCKS - {"br"}) is None:
        text = " ".join(tag.get_text().split())
        if text:
            lines.append(f"- {text}")
        return
    if tag.name in ("ul", "ol", "table", "tbody", "thead", "tfoot"):
        _collect(tag, lines)
        lines.append("")
        return
    _collect(tag, lines)


def html_metadata(path: Path) -> dict[str, str]:
    """Title and publication date ('YYYY-MM-DD') from the page's metadata, where set: Open Graph
    and article tags, Dublin Core, the first ``<time datetime>``; the title else from ``<h1>`` (also when
    ``<h1>`` is the metadata's title and more)."""
    try:
        soup = _soup(path)
    except CorpusError:
        return {}
    out: dict[str, str] = {}

    def meta(*names: str) -> str | None:
        for name in names:
            tag = soup.find("meta", attrs={"property": name}) or soup.find("meta", attrs={"name": name})
            if tag is not None and str(tag.get("content", "")).strip():
                return str(tag["content"]).strip()
        return None

    h1 = soup.find("h1")
    headline = " ".join(h1.get_text(" ").split()) if h1 else None
    title = meta("og:title", "dc.title", "DC.title") or headline
    if title and headline and len(headline) > len(title) and headline.startswith(title):
        title = headline  # a share title cut short ('Första veckan …' of 'Första veckan … – men …')
    if title:
        out["title"] = title
    time = soup.find("time", attrs={"datetime": True})
    published = meta("article:published_time", "date", "dc.date", "DC.date", "DC.date.issued", "pubdate") or (
        str(time["datetime"]) if time is not None else None)
    if published and (m := _DATE.search(published)):
        out["date"] = "-".join(m.groups())
    return out
