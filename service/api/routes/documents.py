"""GET /v1/documents: the corpus's documents; GET /v1/documents/{doc_id}: one document's text."""

from __future__ import annotations

from fastapi import APIRouter

from service import operations
from service.api.deps import AuthDep, ServingDep
from service.api.schemas import DocumentsResponse, DocumentTextResponse, ErrorResponse

router = APIRouter(prefix="/v1", tags=["dokument"])


@router.get("/documents", response_model=DocumentsResponse, summary="Korpusens dokument")
def documents(serving: ServingDep, _: AuthDep) -> DocumentsResponse:
    """The documents with kind, date, entry counts and date spans."""
    return operations.documents(serving)


@router.get("/documents/{doc_id}", response_model=DocumentTextResponse, responses={404: {"model": ErrorResponse}},
            summary="Ett dokuments hela text och var posterna står i den")
def document(doc_id: str, serving: ServingDep, _: AuthDep) -> DocumentTextResponse:
    """The document's decoded text and each entry's character offsets in it (with its date and actor)."""
    return operations.document(serving, doc_id)
