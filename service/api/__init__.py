"""The HTTP API (FastAPI): /v1/ask, /v1/search, /v1/timeline, /v1/entries, /v1/documents, health."""
