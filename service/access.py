"""Who may use the service, and how often: API keys, UI log-in sessions and rate limits.

One ``AccessPolicy`` serves every way in (the /v1 routes, the UI and its Gradio API, routes added
later): a request is identified by ``Authorization: Bearer <key>`` or by the session cookie the
log-in page sets, and every question or API call is charged to the key's bucket. With no keys
configured the service is open and nothing is limited, as before keys existed.
"""

from __future__ import annotations

import hashlib
import hmac
import math
import secrets
import threading
import time
from dataclasses import dataclass
from collections.abc import Mapping

from granska.errors import RateLimited, Unauthorized

SESSION_COOKIE = "granska_session"
SESSION_SECONDS = 12 * 3600
LOGIN_ATTEMPTS_PER_MINUTE = 10


@dataclass(frozen=True, slots=True)
class Principal:
    """Who is asking: a key (named by a hash of it, never the key) or anyone (open service)."""

    id: str
    keyed: bool


ANYONE = Principal("anonym", keyed=False)


class RateLimiter:
    """A token bucket per name: ``per_minute`` requests, refilled continuously."""

    def __init__(self, per_minute: int):
        if per_minute < 1:
            raise ValueError(f"per_minute måste vara minst 1, inte {per_minute}")
        self.rate = per_minute / 60.0
        self.capacity = float(per_minute)
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def acquire(self, name: str) -> float:
        """0 when allowed, else the seconds to wait before the next request."""
        now = time.monotonic()
        with self._lock:
            tokens, stamp = self._buckets.get(name, (self.capacity, now))
            tokens = min(self.capacity, tokens + (now - stamp) * self.rate)
            if tokens >= 1:
                self._buckets[name] = (tokens - 1, now)
                return 0.0
            self._buckets[name] = (tokens, now)
            return math.ceil((1 - tokens) / self.rate)


def key_id(key: str) -> str:
    """The name a key goes by in buckets, sessions and logs: a hash prefix, never the key."""
    return "nyckel-" + hashlib.sha256(key.encode()).hexdigest()[:16]


class AccessPolicy:
    """Keys, sessions and limits; configuration here, requests in the methods."""

    def __init__(self, *, keys: list[str], per_minute: int):
        if per_minute < 0:
            raise ValueError(f"per_minute måste vara 0 (ingen gräns) eller mer, inte {per_minute}")
        self._keys = [k.encode() for k in keys if k]
        self._limiter = RateLimiter(per_minute) if self._keys and per_minute else None
        self._logins = RateLimiter(LOGIN_ATTEMPTS_PER_MINUTE)
        self._sessions: dict[str, tuple[Principal, float]] = {}
        self._lock = threading.Lock()

    @property
    def open(self) -> bool:
        """True when no keys are configured: everyone may use everything."""
        return not self._keys

    def principal_for_key(self, key: str) -> Principal | None:
        """The key's principal when it is one of the configured keys (constant-time, every key
        compared, no early exit), else None."""
        given = key.strip().encode()
        matched = [hmac.compare_digest(given, k) for k in self._keys]
        return Principal(key_id(key.strip()), keyed=True) if given and any(matched) else None

    def identify(self, headers: Mapping[str, str], cookies: Mapping[str, str]) -> Principal | None:
        """Who sent a request: ANYONE when open; the key of a valid Bearer header or log-in
        session; None when keys are required and none is valid."""
        if self.open:
            return ANYONE
        scheme, _, token = headers.get("authorization", "").partition(" ")
        if scheme.lower() == "bearer" and token.strip():
            return self.principal_for_key(token)
        return self._session(cookies.get(SESSION_COOKIE, ""))

    def require(self, headers: Mapping[str, str], cookies: Mapping[str, str]) -> Principal:
        """Like ``identify``, but Unauthorized instead of None."""
        principal = self.identify(headers, cookies)
        if principal is None:
            raise Unauthorized("giltig API-nyckel krävs: skicka 'Authorization: Bearer <nyckel>' eller logga in på /login")
        return principal

    def charge(self, principal: Principal) -> None:
        """Count one request or question against the principal's bucket; RateLimited when empty."""
        if self._limiter is None or not principal.keyed:
            return
        wait = self._limiter.acquire(principal.id)
        if wait:
            raise RateLimited(f"för många anrop med den här nyckeln; försök igen om {wait:.0f} s", int(wait))

    def log_in(self, key: str, client: str) -> str:
        """A new session token for a valid key; Unauthorized for a wrong key, RateLimited after
        too many attempts from one client address."""
        wait = self._logins.acquire(f"inloggning:{client}")
        if wait:
            raise RateLimited(f"för många inloggningsförsök; försök igen om {wait:.0f} s", int(wait))
        principal = self.principal_for_key(key)
        if principal is None:
            raise Unauthorized("fel API-nyckel")
        token = secrets.token_urlsafe(32)
        now = time.monotonic()
        with self._lock:
            self._sessions = {t: s for t, s in self._sessions.items() if s[1] > now}
            self._sessions[token] = (principal, now + SESSION_SECONDS)
        return token

    def log_out(self, token: str) -> None:
        """End a session (no-op for an unknown token)."""
        with self._lock:
            self._sessions.pop(token, None)

    def _session(self, token: str) -> Principal | None:
        if not token:
            return None
        with self._lock:
            found = self._sessions.get(token)
        if found is None or found[1] <= time.monotonic():
            return None
        return found[0]
