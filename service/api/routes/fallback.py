"""Unknown /v1 paths and wrong methods get the API's own 404/405 (the UI mounted at / would
otherwise answer them with its page)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.routing import iter_route_contexts

from granska.errors import NotFound
from service.api.deps import AuthDep
from service.api.errors import error_response

router = APIRouter(prefix="/v1", include_in_schema=False)


@router.api_route("/{rest:path}", methods=["GET", "POST", "PUT", "PATCH", "DELETE"])
def unknown(rest: str, request: Request, _: AuthDep):  # noqa: ANN201
    """405 when another method of the path exists, else 404."""
    path = request.url.path
    for route in iter_route_contexts(request.app.routes):
        regex = getattr(route, "path_regex", None)
        own = (route.path or "").startswith("/v1/") and route.path != "/v1/{rest:path}"
        if own and regex and regex.match(path):
            return error_response(405, "method_not_allowed", "metoden stöds inte här")
    raise NotFound(f"sidan finns inte: {path[:200]}")
