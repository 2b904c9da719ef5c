"""A client of a running granska (``/v1``): what ``granska ask --server`` and the llama-index
retriever use instead of loading the model in their own process."""

from __future__ import annotations

from datetime import date
from typing import Any

import httpx

from granska.errors import InvalidInput, NotReady, error_for_status
from service.api.schemas import AskRequest, AskResponse, SearchResponse


class GranskaClient:
    """``base_url`` is the server (``http://localhost:8000``); ``api_key`` one of its keys, if it has any."""

    def __init__(self, *, base_url: str, api_key: str | None = None, timeout: float = 60.0):
        if not base_url.startswith(("http://", "https://")):
            raise InvalidInput(f"serveradressen '{base_url}' måste börja med http:// eller https://")
        if timeout <= 0:
            raise InvalidInput(f"timeout måste vara större än 0 sekunder (fick {timeout})")
        self.base_url = base_url.rstrip("/")
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._http = httpx.Client(base_url=self.base_url, headers=headers, timeout=timeout)

    def ask(self, request: AskRequest) -> AskResponse:
        """POST /v1/ask."""
        return AskResponse.model_validate(self._call("POST", "/v1/ask", json=request.model_dump(exclude_none=True)))

    def search(self, q: str, *, date_from: date | None = None, date_to: date | None = None, k: int = 10) -> SearchResponse:
        """GET /v1/search."""
        params: dict[str, Any] = {"q": q, "k": k}
        params.update({name: d.isoformat() for name, d in (("date_from", date_from), ("date_to", date_to)) if d})
        return SearchResponse.model_validate(self._call("GET", "/v1/search", params=params))

    def close(self) -> None:
        """Close the connection pool."""
        self._http.close()

    def _call(self, method: str, path: str, **kwargs: Any) -> dict[str, Any]:
        try:
            response = self._http.request(method, path, **kwargs)
        except httpx.HTTPError as exc:
            raise NotReady(f"granska på {self.base_url} svarar inte: {exc}") from None
        if response.status_code >= 400:
            try:
                message = response.json()["error"]["message"]
            except (ValueError, KeyError, TypeError):
                message = response.text[:200] or response.reason_phrase
            raise error_for_status(response.status_code, f"{self.base_url}{path}: {message}")
        return response.json()
