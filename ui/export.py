"""The conversation's cited entries as CSV and Markdown for a granskare's working papers."""

from __future__ import annotations

import csv
import io

from service.api.schemas import AskResponse

COLUMNS = ("fråga", "tolkad som", "datum", "tid", "aktör", "dokument", "citat", "entry_id", "index_version")


def rows(responses: list[AskResponse]) -> list[dict[str, str]]:
    """One row per citation of every answer, in conversation order (abstentions cite nothing); a
    follow-up carries the standalone question it was answered as."""
    out = []
    for response in responses:
        for c in response.citations:
            day = c.date_start or ""
            if c.date_end and c.date_end != c.date_start:
                day = f"{day}–{c.date_end}"
            out.append({"fråga": response.question, "tolkad som": response.resolved_question or "", "datum": day, "tid": c.time or "", "aktör": c.actor or "",
                        "dokument": c.doc_title, "citat": c.quote, "entry_id": c.entry_id,
                        "index_version": response.index_version})
    return out


def to_csv(responses: list[AskResponse]) -> str:
    """CSV with a header line (UTF-8, comma-separated)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS)
    writer.writeheader()
    writer.writerows(rows(responses))
    return buffer.getvalue()


def to_markdown(responses: list[AskResponse]) -> str:
    """A Markdown table of the same rows."""
    lines = ["# Citerade poster", "", "| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
    for row in rows(responses):
        lines.append("| " + " | ".join(row[c].replace("|", "\\|").replace("\n", " ") for c in COLUMNS) + " |")
    return "\n".join(lines) + "\n"
