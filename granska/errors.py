"""granska's errors, and the one table that turns them into HTTP statuses and CLI exit codes.

Every error a user can act on is a ``GranskaError`` whose message says what and where. The API
(``service.api``) and the command line (``granska.cli``) look the status up in ``OUTCOMES`` and
nowhere else.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


class GranskaError(Exception):
    """Base class: a problem a user can act on, with a message that says what and where."""


class ConfigError(GranskaError):
    """A setting has a value granska cannot use."""


class InvalidInput(GranskaError, ValueError):
    """A question, date, period or argument that granska cannot use (names the bad value).

    Also a ValueError, so that pydantic validators raising it report a validation error."""


class DateParseError(InvalidInput):
    """A text looks like a date but is not a valid one (e.g. '31 februari 2024')."""


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


class NotFound(GranskaError):
    """An entry, document or route that does not exist."""


class Unauthorized(GranskaError):
    """No valid API key was given where one is required."""


class RateLimited(GranskaError):
    """The key has used its requests for now; ``retry_after`` says for how long (seconds)."""

    def __init__(self, message: str, retry_after: int):
        super().__init__(message)
        self.retry_after = retry_after


class NotReady(GranskaError):
    """The service cannot answer yet (no index, or its store is unreachable)."""


class IndexMissing(NotReady):
    """There is no built index yet."""


class StoreUnavailable(NotReady):
    """The vector store cannot be reached (e.g. the Chroma server is down)."""


class IndexWriteError(GranskaError):
    """The index could not be written (disk full, data directory not writable)."""


class UpdateRefused(GranskaError):
    """A gated corpus update made known facts worse and was not promoted."""


@dataclass(frozen=True, slots=True)
class Outcome:
    """What an error becomes at the edge: HTTP status, error code in the body, CLI exit code."""

    status: int
    code: str
    exit_code: int


# The one table. An error takes the row of its nearest class; CLI exit 2 means "fix your input".
OUTCOMES: dict[type[GranskaError], Outcome] = {
    GranskaError: Outcome(500, "error", 1),
    ConfigError: Outcome(500, "config", 2),
    InvalidInput: Outcome(422, "invalid_request", 2),
    CorpusError: Outcome(422, "corpus", 1),
    NotFound: Outcome(404, "not_found", 1),
    Unauthorized: Outcome(401, "unauthorized", 1),
    RateLimited: Outcome(429, "rate_limited", 1),
    NotReady: Outcome(503, "not_ready", 1),
    IndexWriteError: Outcome(507, "index_write", 1),
    UpdateRefused: Outcome(409, "update_refused", 1),
}


def outcome_of(error: GranskaError) -> Outcome:
    """The table row for an error: its own class's, else its nearest ancestor's."""
    for cls in type(error).__mro__:
        if cls in OUTCOMES:
            return OUTCOMES[cls]  # type: ignore[index]
    return OUTCOMES[GranskaError]


def error_for_status(status: int, message: str) -> GranskaError:
    """The error a server's HTTP status stands for (the table read backwards), for a client of the API."""
    if status == 429:
        return RateLimited(message, retry_after=1)
    if status in (400, 413, 415):  # the guards' refusals of a request: fix the input
        return InvalidInput(message)
    for kind, outcome in OUTCOMES.items():
        if outcome.status == status and kind not in (GranskaError, ConfigError):
            return kind(message)
    return GranskaError(message)
