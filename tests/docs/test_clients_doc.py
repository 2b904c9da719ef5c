"""Every example in docs/clients.md runs against a real server (bash and Python blocks) or parses
(JSON configuration blocks)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.integration

BLOCK = re.compile(r"```(bash|python|json)\n(.*?)```", re.S)
BLOCKS = BLOCK.findall((ROOT / "docs" / "clients.md").read_text(encoding="utf-8"))


def test_the_document_has_every_kind_of_example() -> None:
    languages = [lang for lang, _ in BLOCKS]
    assert languages.count("bash") >= 3 and languages.count("python") >= 4 and languages.count("json") == 2


@pytest.mark.parametrize(("language", "code"), [b for b in BLOCKS if b[0] != "json"],
                         ids=[f"{lang}-{i}" for i, (lang, _) in enumerate(BLOCKS) if lang != "json"])
def test_example_runs(live_api, language: str, code: str) -> None:
    env = {**os.environ, "GRANSKA_URL": live_api.url, "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}"}
    env.pop("GRANSKA_API_KEY", None)
    command = ["bash", "-euo", "pipefail", "-c", code] if language == "bash" else [sys.executable, "-c", code]
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() and "null" not in result.stdout.splitlines()[0]


@pytest.mark.parametrize("code", [c for lang, c in BLOCKS if lang == "json"])
def test_configuration_parses(code: str) -> None:
    assert "granska" in json.loads(code)["mcpServers"]
