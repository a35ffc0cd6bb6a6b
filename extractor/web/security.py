"""The web app's guards: security headers (a Content-Security-Policy that allows only the
app's own scripts and styles), CSRF tokens on every form and htmx request made with the
session cookie, a limit on failed logins, and the secret that signs session cookies."""

from __future__ import annotations

import hmac
import os
import secrets
import threading
import time
from collections import deque
from pathlib import Path
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"x-frame-options", b"DENY"),
]
CSRF_FIELD = "csrf"
SWEEP_AT = 10_000  # keys in the sign-in limiter's table past which expired ones are swept
CSRF_HEADER = "x-csrf-token"


FRAME_HEADERS = HEADERS[1:]  # all but the CSP


class SecurityHeaders:
    """ASGI middleware: the security headers on every HTTP answer of the app (Datasette's
    pages, mounted inside it, keep their own inline scripts: they get every header but the
    Content-Security-Policy)."""

    def __init__(self, app: ASGIApp, exempt: str = "/datasette") -> None:
        self.app = app
        self.exempt = exempt

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        added = FRAME_HEADERS if str(scope.get("path", "")).startswith(self.exempt) else HEADERS

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"], *added]
            await send(message)

        await self.app(scope, receive, with_headers)


class BodyTooLarge(Exception):
    """A request body past its limit (raised while the app reads it)."""


class BodyLimit:
    """ASGI middleware: a request body over its limit is refused (413) before the app reads
    it whole: at once when its Content-Length says so, else as soon as the bytes received pass
    the limit.  ``limit(path)`` gives the limit (uploads take more than a sign-in form)."""

    def __init__(self, app: ASGIApp, limit: Any) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("method") in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        limit = int(self.limit(str(scope.get("path", ""))))
        length = dict(scope.get("headers", [])).get(b"content-length", b"")
        if length.isdigit() and int(length) > limit:
            await _too_large(send, limit)
            return
        seen = 0
        started = False

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise BodyTooLarge
            return message

        async def watched(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted, watched)
        except BodyTooLarge:
            if not started:
                await _too_large(send, limit)


async def _too_large(send: Send, limit: int) -> None:
    body = f"request body over {limit / 2**20:,.1f} MB".encode()
    headers = [(b"content-type", b"text/plain; charset=utf-8"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": 413, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def csrf_token(session: dict[str, Any]) -> str:
    """The session's CSRF token (made on first use)."""
    token = session.get(CSRF_FIELD)
    if not isinstance(token, str):
        token = secrets.token_urlsafe(32)
        session[CSRF_FIELD] = token
    return token


def csrf_ok(session: dict[str, Any], sent: str | None) -> bool:
    expected = session.get(CSRF_FIELD)
    return isinstance(expected, str) and isinstance(sent, str) and hmac.compare_digest(expected, sent)


class LoginLimiter:
    """At most ``per_name`` sign-in attempts for one user name, and ``per_address`` from one
    client address (an office behind one address has many users), in ``window`` seconds,
    counted when an attempt starts (so attempts sent at once are counted too) and taken back
    when it succeeds; past the limit, attempts are refused (429) until the window has passed."""

    def __init__(self, per_name: int = 5, per_address: int = 20, window: float = 300.0) -> None:
        self.limits = {"n": per_name, "a": per_address}
        self.window = window
        self.attempts: dict[str, deque[float]] = {}
        self.lock = threading.Lock()

    def _recent(self, key: str, at: float) -> deque[float]:
        times = self.attempts.setdefault(key, deque())
        while times and times[0] <= at - self.window:
            times.popleft()
        if not times:
            del self.attempts[key]  # the table holds only keys with attempts in the window
            times = self.attempts.setdefault(key, deque())
        return times

    def _sweep(self, at: float) -> None:
        """Forget the keys with no attempt in the window (names tried once are not kept)."""
        for key in [k for k, times in self.attempts.items() if not times or times[-1] <= at - self.window]:
            del self.attempts[key]

    def begin(self, address: str, name: str) -> float | None:
        """Count an attempt and return its time, or None when the limit is reached."""
        at = time.monotonic()
        keys = (f"a:{address}", f"n:{name.lower()[:200]}")
        with self.lock:
            if len(self.attempts) > SWEEP_AT:
                self._sweep(at)
            recent = [self._recent(k, at) for k in keys]
            if any(len(times) >= self.limits[k[0]] for k, times in zip(keys, recent, strict=True)):
                for k, times in zip(keys, recent, strict=True):
                    if not times:
                        self.attempts.pop(k, None)
                return None
            for times in recent:
                times.append(at)
            return at

    def succeeded(self, address: str, name: str, at: float) -> None:
        """A right password: its attempt no longer counts."""
        with self.lock:
            for key in (f"a:{address}", f"n:{name.lower()[:200]}"):
                times = self.attempts.get(key)
                if times is not None and at in times:
                    times.remove(at)
                    if not times:
                        del self.attempts[key]


def session_secret(data_dir: Path) -> str:
    """The key that signs session cookies: ``$BAOCAO_SECRET``, else a random key kept in
    ``DATA_DIR/secret`` (made once, readable by its owner only), so sessions survive a restart."""
    env = os.environ.get("BAOCAO_SECRET")
    if env:
        return env
    path = data_dir / "secret"
    if path.exists():
        return path.read_text(encoding="utf-8").strip()
    data_dir.mkdir(parents=True, exist_ok=True)
    secret = secrets.token_urlsafe(48)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(secret)
    return secret
