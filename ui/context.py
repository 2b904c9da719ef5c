"""What every tab of the UI shares: the serving state, the settings, the access policy, exports."""

from __future__ import annotations

from dataclasses import dataclass

import gradio as gr

from granska.errors import GranskaError
from granska.settings import Settings
from service.access import ANYONE, AccessPolicy, Principal
from service.state import ServiceState
from ui.exports import ExportFolder


@dataclass(frozen=True, slots=True)
class UiContext:
    """The service as the UI sees it: the same state and policy as the API."""

    state: ServiceState
    settings: Settings
    policy: AccessPolicy
    exports: ExportFolder

    def principal(self, request: gr.Request | None) -> Principal:
        """Who is using the UI: the logged-in key (Gradio's user, set by the front door's
        ``auth_dependency``), or anyone when the service has no keys."""
        if self.policy.open:
            return ANYONE
        user = getattr(request, "username", None) if request is not None else None
        if not user:
            raise GranskaError("inte inloggad: ladda om sidan och logga in")
        return Principal(user, keyed=True)

    def export(self, request: gr.Request | None, files: dict[str, str | bytes]) -> list[str]:
        """Write files for this browser session into the export folder; their paths, for Gradio."""
        session = getattr(request, "session_hash", None) or "okand"
        return [str(path) for path in self.exports.write(session, files)]


def warn(message: str) -> None:
    """A friendly notice in Swedish, capitalised."""
    text = str(message)
    gr.Warning(f"{text[:1].upper()}{text[1:]}", title="Obs")
