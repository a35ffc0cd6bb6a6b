"""Accounts of the web app and the API: users with a role (and a unit for a unit's users),
passwords hashed with argon2, bearer tokens of which only the SHA-256 is kept.

Roles and what they may do (the web app asks :func:`can`):

* ``unit``: upload its unit's reports, check a draft privately, see its unit's reports only;
* ``staff``: see every report, the batch view per period, download the audit report;
* ``auditor``: as staff, and record review decisions on findings;
* ``researcher``: see every report, the queries and exports, Datasette read-only;
* ``admin``: everything.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from extractor.errors import BaocaoError
from extractor.store.load import now, organisation_key, unit_name
from models.tables import ApiToken, User

if TYPE_CHECKING:
    from argon2 import PasswordHasher

ROLES = ("unit", "staff", "auditor", "researcher", "admin")
ACTIONS = {
    "upload": {"unit", "staff", "auditor", "admin"},
    "see_all": {"staff", "auditor", "researcher", "admin"},
    "review": {"auditor", "admin"},
    "batch": {"staff", "auditor", "admin"},
    "research": {"researcher", "staff", "auditor", "admin"},
}
TOKEN_PREFIX = "bc_"
MIN_PASSWORD = 8


@dataclass(frozen=True)
class Account:
    """Who is asking: what the web app needs of a user, detached from any session."""

    id: int
    name: str
    role: str
    unit: str | None
    unit_key: str | None
    epoch: int = 0  # the user's session epoch: a session made under an older one has ended


def unit_key(unit: str) -> str:
    """A unit as the organisations' keys write it: ``ĐẢNG BỘ TỈNH KIÊN GIANG / ĐẢNG ỦY KHỐI …``
    (the body above it, then the unit) → ``dang bo tinh kien giang / dang bo khoi …``."""
    parts = [p for p in re.split(r"\s*/\s*", unit) if p.strip()]
    return organisation_key(parts[-1], parts[-2] if len(parts) > 1 else None)


def is_unit(org_key: str, key: str, ambiguous: bool = False) -> bool:
    """Whether an organisation is the unit ``key``: the same key; or, for a unit given
    without the body above it, the same name under any body, unless ``ambiguous`` (two
    bodies have a unit of that name: then only the full name tells them apart)."""
    if org_key == key:
        return True
    return " / " not in key and not ambiguous and unit_name(org_key) == key


def can(account: Account, action: str) -> bool:
    """Whether ``account``'s role allows ``action`` (a key of :data:`ACTIONS`)."""
    return account.role in ACTIONS[action]


def _hasher() -> PasswordHasher:
    from argon2 import PasswordHasher

    return PasswordHasher()


def _account(user: User) -> Account:
    return Account(user.id, user.name, user.role, user.unit, user.unit_key, user.session_epoch or 0)


def end_sessions(session: Session, user_id: int) -> None:
    """End every session of the user (signing out ends them everywhere)."""
    session.execute(update(User).where(User.id == user_id).values(session_epoch=User.session_epoch + 1))


def add_user(session: Session, name: str, role: str, password: str, unit: str | None = None) -> tuple[Account, str]:
    """Create a user and a first API token; the token (shown once) is returned with it."""
    name = name.strip()
    if not name:
        raise BaocaoError("a user needs a name")
    if role not in ROLES:
        raise BaocaoError(f"unknown role {role!r}: one of {', '.join(ROLES)}")
    if role == "unit" and not (unit or "").strip():
        raise BaocaoError("a unit's user needs --unit (the unit's name as its reports' header gives it)")
    if role != "unit" and unit:
        raise BaocaoError("--unit is for a unit's user only (--role unit)")
    if len(password) < MIN_PASSWORD:
        raise BaocaoError(f"the password must have at least {MIN_PASSWORD} characters")
    if session.scalar(select(User.id).where(User.name == name)) is not None:
        raise BaocaoError(f"a user named {name!r} already exists")
    user = User(
        name=name,
        role=role,
        unit=unit.strip() if unit else None,
        unit_key=unit_key(unit) if unit else None,
        password_hash=_hasher().hash(password),
        created_at=now(),
        session_epoch=0,
    )
    session.add(user)
    session.flush()
    return _account(user), new_token(session, name)


def authenticate(session: Session, name: str, password: str) -> Account | None:
    """The account when the password is right, else None (the same answer whether the name
    or the password is wrong)."""
    from argon2.exceptions import InvalidHashError, VerificationError

    user = session.scalar(select(User).where(User.name == name.strip(), User.disabled.is_(False)))
    hasher = _hasher()
    if user is None:
        hasher.hash(password)  # about the same time as a wrong password: names are not probed by timing
        return None
    try:
        hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        return None
    return _account(user)


def account(session: Session, user_id: int) -> Account | None:
    user = session.get(User, user_id)
    return _account(user) if user is not None and not user.disabled else None


def list_users(session: Session) -> list[Account]:
    return [_account(u) for u in session.scalars(select(User).order_by(User.name))]


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def new_token(session: Session, name: str) -> str:
    """A new API token for the user ``name`` (returned once; only its hash is stored)."""
    user = session.scalar(select(User).where(User.name == name))
    if user is None:
        raise BaocaoError(f"no user named {name!r}")
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    session.add(ApiToken(user_id=user.id, token_hash=_digest(token), prefix=token[:10], created_at=now()))
    session.flush()
    return token


def token_account(session: Session, token: str) -> Account | None:
    """The account a bearer token belongs to, when the token is known and not revoked."""
    row = session.scalar(
        select(ApiToken).where(ApiToken.token_hash == _digest(token.strip()), ApiToken.revoked_at.is_(None))
    )
    if row is None:
        return None
    row.last_used_at = now()
    return account(session, row.user_id)


@dataclass(frozen=True)
class TokenInfo:
    id: int
    user: str
    prefix: str
    created_at: str
    revoked_at: str | None
    last_used_at: str | None


def list_tokens(session: Session, name: str | None = None) -> list[TokenInfo]:
    query = select(ApiToken, User.name).join(User, User.id == ApiToken.user_id).order_by(ApiToken.id)
    if name is not None:
        query = query.where(User.name == name)
    return [
        TokenInfo(
            t.id,
            user,
            t.prefix + "…",
            t.created_at.isoformat(timespec="seconds"),
            t.revoked_at.isoformat(timespec="seconds") if t.revoked_at else None,
            t.last_used_at.isoformat(timespec="seconds") if t.last_used_at else None,
        )
        for t, user in session.execute(query)
    ]


def revoke_token(session: Session, token_id: int) -> None:
    found = session.get(ApiToken, token_id)
    if found is None:
        raise BaocaoError(f"no API token with id {token_id} (baocao users tokens lists them)")
    if found.revoked_at is None:
        session.execute(update(ApiToken).where(ApiToken.id == token_id).values(revoked_at=now()))
