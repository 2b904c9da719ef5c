"""GET (and HEAD) /healthz and /readyz: open to everyone (load balancers, monitoring)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse, Response

from service.api.deps import get_state
from service.api.errors import error_response
from service.api.schemas import ErrorResponse
from service.state import ServiceState

router = APIRouter(tags=["drift"])


@router.get("/healthz", summary="Processen lever")
def healthz() -> dict[str, str]:
    """Always 200 while the process runs."""
    return {"status": "ok"}


@router.get("/readyz", summary="Index laddat och vektorlagret svarar", responses={503: {"model": ErrorResponse}})
def readyz(state: Annotated[ServiceState, Depends(get_state)]) -> JSONResponse:
    """200 with the index version when an index is loaded and its store answers, else 503 with the reason."""
    ready, reason = state.readiness()
    if not ready:
        return error_response(503, "not_ready", f"inte redo: {reason}")
    return JSONResponse({"status": "ready", "index_version": reason})


@router.head("/healthz", include_in_schema=False)
def healthz_head() -> Response:
    """HEAD /healthz: the status of GET without its body (load balancers' probes)."""
    return Response(status_code=200)


@router.head("/readyz", include_in_schema=False)
def readyz_head(state: Annotated[ServiceState, Depends(get_state)]) -> Response:
    """HEAD /readyz: 200 or 503, as GET."""
    return Response(status_code=200 if state.readiness()[0] else 503)
