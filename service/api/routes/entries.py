"""GET /v1/entries/{entry_id}: one entry in its document."""

from __future__ import annotations

from fastapi import APIRouter

from service import operations
from service.api.deps import AuthDep, ServingDep
from service.api.schemas import EntryResponse, ErrorResponse

router = APIRouter(prefix="/v1", tags=["poster"])


@router.get("/entries/{entry_id}", response_model=EntryResponse, responses={404: {"model": ErrorResponse}},
            summary="En post, dess dokument och grannposter")
def entry(entry_id: str, serving: ServingDep, _: AuthDep) -> EntryResponse:
    """The entry, its document and the previous and next entries in the document."""
    return operations.entry(serving, entry_id)
