"""``baocao serve``: browse the SQLite database in Datasette (:mod:`extractor.store.browse`)."""

from __future__ import annotations

import threading
import webbrowser

import click

from extractor.cli.errors import user_errors

DEFAULT_PORT = 8001


@click.command("serve")
@click.option("--db", default=None, help="SQLite database file (default: $BAOCAO_DB, else baocao.db).")
@click.option("--port", default=DEFAULT_PORT, show_default=True, type=click.IntRange(1, 65535), help="TCP port.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (0.0.0.0: all).")
@click.option("--open", "open_browser", is_flag=True, help="Open the database page in a web browser.")
@user_errors
def serve_cmd(db: str | None, port: int, host: str, open_browser: bool) -> None:
    """Browse the database in Datasette: tables with Vietnamese/English descriptions, facets,
    the figures_view view and canned queries.  Runs until Ctrl-C.

    Only SQLite databases can be served (a PostgreSQL URL is refused).
    """
    from extractor.store.browse import (
        check_port,
        datasette_metadata,
        load_metadata_file,
        make_datasette,
        run_server,
        served_views,
        sqlite_path,
        view_sql,
    )

    path = sqlite_path(db)
    data = load_metadata_file()
    name = path.stem
    check_port(host, port)
    ds = make_datasette(path, datasette_metadata(name, data), name)
    url = f"http://{host}:{port}{ds.urls.database(name)}"
    with served_views(path, view_sql(data)):
        click.echo(f"serving {path} at {url} (Ctrl-C to stop)", err=True)
        if open_browser:
            threading.Timer(1.0, webbrowser.open, args=(url,)).start()
        run_server(ds, host, port)
