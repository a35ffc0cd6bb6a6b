"""The one place where library errors become command-line errors."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

import click

from extractor.errors import BaocaoError

F = TypeVar("F", bound=Callable[..., Any])


def user_errors(func: F) -> F:
    """A :class:`BaocaoError` becomes one ``Error: …`` line and exit code 1, never a traceback."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except BaocaoError as exc:
            raise click.ClickException(str(exc)) from exc

    return wrapper  # type: ignore[return-value]
