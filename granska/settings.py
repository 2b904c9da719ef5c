"""All configuration in one place: environment variables with the GRANSKA_ prefix."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """granska's settings; every field can be set as GRANSKA_<NAME> in the environment."""

    model_config = SettingsConfigDict(env_prefix="GRANSKA_", extra="ignore")

    home: Path = Field(Path(".granska"), description="Data directory (models, index).")
    corpus_dir: Path = Field(Path("corpus"), description="Folder with the documents and manifest.jsonl.")


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings; tests call ``get_settings.cache_clear()`` after changing the env."""
    return Settings()
