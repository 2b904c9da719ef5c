"""The routes' dependencies: settings, the serving index, and the caller's key (charged per call).

Tests replace any of them with ``app.dependency_overrides``.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from granska.settings import Settings
from service.access import AccessPolicy, Principal
from service.state import ServiceState, Serving

# Declares the bearer scheme in OpenAPI (so generated clients send the key); the check itself is
# the access policy's, shared with the UI and the front door.
bearer = HTTPBearer(auto_error=False, description="En API-nyckel ur GRANSKA_API_KEYS (krävs när nycklar är satta).")


def get_settings(request: Request) -> Settings:
    """The app's settings."""
    return request.app.state.settings


def get_state(request: Request) -> ServiceState:
    """The serving state shared by API and UI."""
    return request.app.state.granska


def get_policy(request: Request) -> AccessPolicy:
    """The access policy shared by API, UI and front door."""
    return request.app.state.policy


def get_serving(state: Annotated[ServiceState, Depends(get_state)]) -> Serving:
    """The live index and its answerer; NotReady (503) when there is none or its store is down."""
    return state.current()


def get_principal(request: Request, policy: Annotated[AccessPolicy, Depends(get_policy)],
                  _: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]) -> Principal:
    """The caller's key (Unauthorized without a valid one when keys are set), charged one call."""
    principal = policy.require(request.headers, request.cookies)
    policy.charge(principal)
    return principal


SettingsDep = Annotated[Settings, Depends(get_settings)]
ServingDep = Annotated[Serving, Depends(get_serving)]
AuthDep = Annotated[Principal, Depends(get_principal)]
