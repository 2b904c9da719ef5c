"""GET /v1/documents: the corpus's documents."""

from __future__ import annotations

from fastapi import APIRouter

from service import operations
from service.api.deps import AuthDep, ServingDep
from service.api.schemas import DocumentsResponse

router = APIRouter(prefix="/v1", tags=["dokument"])


@router.get("/documents", response_model=DocumentsResponse, summary="Korpusens dokument")
def documents(serving: ServingDep, _: AuthDep) -> DocumentsResponse:
    """The documents with kind, date, entry counts and date spans."""
    return operations.documents(serving)
