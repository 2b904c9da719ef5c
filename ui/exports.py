"""granska's own folder for the UI's downloads: one subfolder per browser session.

Gradio may serve only this folder (``allowed_paths``); files older than ``max_age_seconds`` are
removed whenever a new export is written and when the app starts.
"""

from __future__ import annotations

import re
import shutil
import time
from pathlib import Path

_SESSION = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


class ExportFolder:
    """Writes a session's export files and keeps the folder from growing."""

    def __init__(self, root: Path, max_age_seconds: int = 24 * 3600):
        if max_age_seconds < 60:
            raise ValueError(f"max_age_seconds måste vara minst 60, inte {max_age_seconds}")
        self.root = root.expanduser().resolve()
        self.max_age_seconds = max_age_seconds

    def write(self, session: str, files: dict[str, str | bytes]) -> list[Path]:
        """Write ``{file name: text or bytes}`` into the session's folder (replacing earlier files)."""
        if not _SESSION.match(session or ""):
            raise ValueError(f"ogiltig session '{session[:20] if session else ''}'")
        self.prune()
        folder = self.root / session
        folder.mkdir(parents=True, exist_ok=True)
        paths = []
        for name, text in files.items():
            path = folder / Path(name).name
            path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
            paths.append(path)
        return paths

    def prune(self) -> int:
        """Remove session folders not written for ``max_age_seconds``; returns how many."""
        if not self.root.is_dir():
            return 0
        cutoff = time.time() - self.max_age_seconds
        removed = 0
        for folder in self.root.iterdir():
            if folder.is_dir() and folder.stat().st_mtime < cutoff:
                shutil.rmtree(folder, ignore_errors=True)
                removed += 1
        return removed
