"""What every command shares: the consoles and the options for a question and a period."""

from __future__ import annotations

import shutil
from datetime import date, datetime
from typing import Annotated, Optional

import typer
from rich.console import Console

from granska.errors import InvalidInput

# Without a terminal (CI, pipes) rich would wrap tables at 80 columns; take the real width or 140.
_WIDTH = shutil.get_terminal_size((140, 24)).columns
out = Console(width=_WIDTH)
err = Console(stderr=True, width=_WIDTH)

DateFrom = Annotated[Optional[datetime], typer.Option("--from", formats=["%Y-%m-%d"], help="Från datum (ÅÅÅÅ-MM-DD).")]
DateTo = Annotated[Optional[datetime], typer.Option("--to", formats=["%Y-%m-%d"], help="Till datum (ÅÅÅÅ-MM-DD).")]
Question = Annotated[str, typer.Argument(help="Frågan, på svenska eller engelska.")]


def period_option(date_from: datetime | None, date_to: datetime | None) -> tuple[date | None, date | None]:
    """--from/--to as a checked period (the API's rule; a usage error naming both otherwise)."""
    from service.validation import checked_period

    try:
        return checked_period(date_from.date() if date_from else None, date_to.date() if date_to else None,
                              ("--from", "--to"))
    except InvalidInput as exc:
        raise typer.BadParameter(str(exc)) from None
