"""The UI's log-in: an API key in, a session cookie out (and back out again at /logout).

The page is self-contained (no scripts or assets behind the door it opens). The session is the
access policy's, so UI questions are charged to the same key as API calls.
"""

from __future__ import annotations

from html import escape
from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from granska.errors import RateLimited, Unauthorized
from service.access import SESSION_COOKIE, SESSION_SECONDS, AccessPolicy
from service.api.deps import get_policy

router = APIRouter(include_in_schema=False)
PolicyDep = Annotated[AccessPolicy, Depends(get_policy)]

PAGE = """<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Logga in – granska</title>
<style>
body {{ font-family: system-ui, sans-serif; background: #f3f4f6; color: #111827; margin: 0; }}
main {{ max-width: 26rem; margin: 12vh auto; background: #fff; padding: 2rem; border-radius: 10px;
        box-shadow: 0 1px 4px rgba(0,0,0,.15); }}
h1 {{ margin-top: 0; font-size: 1.5rem; }}
label {{ display: block; font-weight: 600; margin: 1rem 0 .3rem; }}
input {{ width: 100%; box-sizing: border-box; padding: .6rem; font-size: 1rem; border: 1px solid #6b7280; border-radius: 6px; }}
button {{ margin-top: 1.2rem; padding: .6rem 1.2rem; font-size: 1rem; background: #1d4ed8; color: #fff; border: 0;
          border-radius: 6px; cursor: pointer; }}
button:focus, input:focus {{ outline: 3px solid #f59e0b; outline-offset: 2px; }}
.fel {{ color: #991b1b; background: #fef2f2; border-left: 4px solid #991b1b; padding: .5rem .75rem; }}
</style></head>
<body><main>
<h1>granska</h1>
<p>Frågor och svar ur VGR:s handlingar om Millennium. Logga in med den API-nyckel du har fått.</p>
{message}
<form method="post" action="/login">
<input type="hidden" name="next" value="{next}">
<label for="nyckel">API-nyckel</label>
<input id="nyckel" name="key" type="password" autocomplete="current-password" required autofocus>
<button type="submit">Logga in</button>
</form>
</main></body></html>"""


def safe_next(target: str | None) -> str:
    """Only a path on this site ('/…', not '//host' or a URL): no open redirect."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target


def page(next_path: str, message: str = "", status: int = 200) -> HTMLResponse:
    """The log-in page, with an optional error message."""
    shown = f'<p class="fel" role="alert">{escape(message)}</p>' if message else ""
    return HTMLResponse(PAGE.format(message=shown, next=escape(safe_next(next_path))), status_code=status)


@router.get("/login")
def login_page(policy: PolicyDep, next: str = "/") -> Response:  # noqa: A002 - the query parameter's name
    """The form (or straight to the UI when the service has no keys)."""
    if policy.open:
        return RedirectResponse(safe_next(next), status_code=303)
    return page(next)


@router.post("/login")
def log_in(request: Request, policy: PolicyDep, key: Annotated[str, Form(max_length=1000)] = "",
           next: Annotated[str, Form(max_length=2000)] = "/") -> Response:  # noqa: A002
    """A valid key sets the session cookie and goes on to the UI; a wrong one shows the form again."""
    if policy.open:
        return RedirectResponse(safe_next(next), status_code=303)
    client = request.client.host if request.client else "okänd"
    try:
        token = policy.log_in(key, client)
    except Unauthorized:
        return page(next, "Fel API-nyckel. Försök igen.", status=401)
    except RateLimited as exc:
        return page(next, f"För många försök. Vänta {exc.retry_after} sekunder.", status=429)
    response = RedirectResponse(safe_next(next), status_code=303)
    response.set_cookie(SESSION_COOKIE, token, max_age=SESSION_SECONDS, httponly=True, samesite="strict",
                        secure=request.url.scheme == "https")
    return response


@router.get("/logout")
def log_out(request: Request, policy: PolicyDep) -> Response:
    """End the session and show the log-in page."""
    policy.log_out(request.cookies.get(SESSION_COOKIE, ""))
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE)
    return response
