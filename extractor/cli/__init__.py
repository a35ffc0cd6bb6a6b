"""The ``baocao`` command: a thin layer over the library verbs.

One module per command group; each defines click commands named ``*_cmd``, and every
module in :data:`COMMAND_MODULES` is registered on the ``baocao`` group.  A command
module that fails to import is an error, never silently left out.

Command modules import the heavy stages (spaCy, underthesea, pdfium, Datasette) inside
the command, so ``baocao --help``, ``--version`` and the database queries start fast.
Progress goes to stderr (``--silent`` turns it off); library errors become one line
naming the file and the reason (:mod:`extractor.cli.errors`); one bad file never stops a
batch.
"""

from __future__ import annotations

import importlib

import click

#: The command modules, in the order their commands are listed by ``baocao --help``.
COMMAND_MODULES = ("parse", "extract", "evaluation", "ingest", "query", "serve", "check", "report", "users", "web")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="baocao")
def main() -> None:
    """baocao: read Vietnamese Party and government reports into structured, checkable facts."""


def _register_commands() -> None:
    """Add every ``*_cmd`` click command defined in the :data:`COMMAND_MODULES`."""
    for name in COMMAND_MODULES:
        module = importlib.import_module(f"extractor.cli.{name}")
        found = [obj for attr, obj in vars(module).items() if attr.endswith("_cmd") and isinstance(obj, click.Command)]
        if not found:
            raise RuntimeError(f"extractor.cli.{name} defines no *_cmd command")
        for command in found:
            main.add_command(command)


_register_commands()
