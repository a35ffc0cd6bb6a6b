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
CSRF_HEADER = "x-csrf-token"


class SecurityHeaders:
    """ASGI middleware: the security headers on every HTTP answer of the app (Datasette's
    pages, mounted inside it, keep their own inline scripts: the policy is not set there)."""

    def __init__(self, app: ASGIApp, exempt: str = "/datasette") -> None:
        self.app = app
        self.exempt = exempt

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or str(scope.get("path", "")).startswith(self.exempt):
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"], *HEADERS]
            await send(message)

        await self.app(scope, receive, with_headers)


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
    """At most ``per_name`` failed logins for one user name, and ``per_address`` from one
    client address (an office behind one address has many users), in ``window`` seconds;
    the next attempts are refused (429) until the window has passed."""

    def __init__(self, per_name: int = 5, per_address: int = 20, window: float = 300.0) -> None:
        self.limits = {"n": per_name, "a": per_address}
        self.window = window
        self.failures: dict[str, deque[float]] = {}
        self.lock = threading.Lock()

    def _recent(self, key: str, at: float) -> deque[float]:
        times = self.failures.setdefault(key, deque())
        while times and times[0] <= at - self.window:
            times.popleft()
        return times

    def blocked(self, address: str, name: str) -> bool:
        at = time.monotonic()
        with self.lock:
            keys = (f"a:{address}", f"n:{name.lower()}")
            return any(len(self._recent(k, at)) >= self.limits[k[0]] for k in keys)

    def failed(self, address: str, name: str) -> None:
        at = time.monotonic()
        with self.lock:
            for k in (f"a:{address}", f"n:{name.lower()}"):
                self._recent(k, at).append(at)

    def succeeded(self, address: str, name: str) -> None:
        with self.lock:
            self.failures.pop(f"n:{name.lower()}", None)


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
