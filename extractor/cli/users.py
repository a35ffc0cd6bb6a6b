"""``baocao users``: the web app's accounts and API tokens."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import click

from extractor.cli.errors import user_errors
from extractor.cli.options import db_option

if TYPE_CHECKING:
    from sqlalchemy import Engine

ROLE_CHOICE = click.Choice(["unit", "staff", "auditor", "researcher", "admin"])


def _engine(db: str | None, create: bool = False) -> Engine:
    from extractor.store.engine import make_engine, open_existing, upgrade

    if not create:
        return open_existing(db)
    engine = make_engine(db)
    upgrade(engine)
    return engine


@click.group("users")
def users_cmd() -> None:
    """The web app's users and their API tokens (`baocao web`)."""


@users_cmd.command("add")
@click.argument("name")
@click.option("--role", type=ROLE_CHOICE, required=True, help="What the user may do (see the README's web section).")
@click.option("--unit", default=None, help="For --role unit: the unit's name as its reports' header gives it.")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input instead of a prompt.")
@db_option
@user_errors
def users_add(name: str, role: str, unit: str | None, password_stdin: bool, db: str | None) -> None:
    """Create user NAME with a role (and a unit for a unit's user); the password is asked
    for (twice) or read from standard input.  Prints a new API token on its last line
    (shown once: only its hash is kept).  Creates the database if it does not exist."""
    from extractor.store.engine import session_scope
    from extractor.store.users import add_user

    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    engine = _engine(db, create=True)
    with session_scope(engine) as session:
        account, token = add_user(session, name, role, password, unit)
    click.echo(f"created user {account.name} ({account.role}{', ' + account.unit if account.unit else ''})", err=True)
    click.echo(token)


@users_cmd.command("list")
@db_option
@user_errors
def users_list(db: str | None) -> None:
    """The users: name, role, unit."""
    from extractor.store.engine import session_scope
    from extractor.store.users import list_users

    with session_scope(_engine(db)) as session:
        rows = list_users(session)
    if not rows:
        click.echo("no users (baocao users add NAME --role …)", err=True)
    for a in rows:
        click.echo(f"{a.name}\t{a.role}\t{a.unit or ''}")


@users_cmd.command("token")
@click.argument("name")
@db_option
@user_errors
def users_token(name: str, db: str | None) -> None:
    """A new API token for user NAME, printed once."""
    from extractor.store.engine import session_scope
    from extractor.store.users import new_token

    with session_scope(_engine(db)) as session:
        click.echo(new_token(session, name))


@users_cmd.command("tokens")
@click.argument("name", required=False)
@db_option
@user_errors
def users_tokens(name: str | None, db: str | None) -> None:
    """The API tokens (of user NAME, or all): id, user, first characters, created, revoked, last used."""
    from extractor.store.engine import session_scope
    from extractor.store.users import list_tokens

    with session_scope(_engine(db)) as session:
        rows = list_tokens(session, name)
    if not rows:
        click.echo("no API tokens", err=True)
    for t in rows:
        state = f"revoked {t.revoked_at}" if t.revoked_at else "active"
        click.echo(f"{t.id}\t{t.user}\t{t.prefix}\tcreated {t.created_at}\t{state}\tlast used {t.last_used_at or '—'}")


@users_cmd.command("revoke")
@click.argument("token_id", type=int)
@db_option
@user_errors
def users_revoke(token_id: int, db: str | None) -> None:
    """Revoke the API token TOKEN_ID (`baocao users tokens` lists the ids)."""
    from extractor.store.engine import session_scope
    from extractor.store.users import revoke_token

    with session_scope(_engine(db)) as session:
        revoke_token(session, token_id)
    click.echo(f"token {token_id} revoked")
