"""The few error types granska raises; the CLI and the API turn them into messages at the edge."""

from __future__ import annotations

from pathlib import Path


class GranskaError(Exception):
    """Base class: a problem a user can act on, with a message that says what and where."""


class ConfigError(GranskaError):
    """A setting has a value granska cannot use."""


class CorpusError(GranskaError):
    """A corpus file or manifest line cannot be used.

    Carries the file and, where known, the 1-based line so the message can point at it.
    """

    def __init__(self, message: str, path: Path | str | None = None, line: int | None = None):
        self.path = str(path) if path is not None else None
        self.line = line
        where = self.path or ""
        if where and line is not None:
            where = f"{where}:{line}"
        super().__init__(f"{where}: {message}" if where else message)
        self.reason = message


class DateParseError(GranskaError):
    """A text looks like a date but is not a valid one (e.g. '31 februari 2024')."""
