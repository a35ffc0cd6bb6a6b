"""Who is asking: the signed-in user of a page (session cookie, CSRF-checked on writes) or
the owner of an API token (``Authorization: Bearer …``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine
from starlette.datastructures import FormData
from starlette.exceptions import HTTPException
from starlette.requests import Request

from extractor.store.engine import session_scope
from extractor.store.users import Account, account, can, token_account
from extractor.web.security import CSRF_FIELD, CSRF_HEADER, csrf_ok

if TYPE_CHECKING:
    from extractor.web.app import State


class LoginRequired(Exception):
    """A page asked for without a session: the handler sends the browser to the login page."""


def state(request: Request) -> State:
    found: State = request.app.state.baocao
    return found


def signed_in(request: Request) -> Account | None:
    """The session's user, while the session stands."""
    return session_account(state(request).engine, request.session)


def session_account(engine: Engine, session: dict[str, Any]) -> Account | None:
    """The user of a session cookie's contents, while the session stands (signing out ends
    it, and every other session of the user, by moving the user's session epoch on)."""
    uid, epoch = session.get("uid"), session.get("epoch")
    if not isinstance(uid, int) or not isinstance(epoch, int):
        return None
    with session_scope(engine) as s:
        found = account(s, uid)
    return found if found is not None and found.epoch == epoch else None


def user(request: Request, action: str | None = None) -> Account:
    """The signed-in user, allowed ``action`` (403 otherwise); LoginRequired without a session."""
    found = signed_in(request)
    if found is None:
        raise LoginRequired
    if action is not None and not can(found, action):
        raise HTTPException(403, "Your role does not allow this.")
    return found


async def checked_form(request: Request) -> dict[str, str]:
    """A form posted with the session cookie, its CSRF token checked (:func:`check_csrf`);
    its text fields."""
    form = await request.form()
    check_csrf(request, form)
    return {k: v for k, v in form.items() if isinstance(v, str)}


def check_csrf(request: Request, form: FormData) -> None:
    """403 unless the request carries the session's CSRF token, in the form field or in the
    ``X-CSRF-Token`` header htmx sends."""
    sent = request.headers.get(CSRF_HEADER) or form.get(CSRF_FIELD)
    if not csrf_ok(request.session, sent if isinstance(sent, str) else None):
        raise HTTPException(403, "The form is out of date or was not sent from this site: reload the page.")


def api_user(request: Request, action: str | None = None) -> Account:
    """The owner of the request's bearer token (401 without a valid one, 403 when its role
    does not allow ``action``)."""
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise HTTPException(401, "Authorization: Bearer TOKEN is required (baocao users token NAME)")
    with session_scope(state(request).engine) as s:
        found = token_account(s, token)
    if found is None:
        raise HTTPException(401, "unknown or revoked API token")
    if action is not None and not can(found, action):
        raise HTTPException(403, "this token's role does not allow this")
    return found
