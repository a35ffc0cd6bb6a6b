"""The command line's shape: every command module registered, a broken one an error, and the
light commands light (neither spaCy nor underthesea imported)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from extractor.cli import COMMAND_MODULES, main

from .conftest import CORPUS

HEAVY = ("spacy", "underthesea")


def _imported(args: list[str], cwd: Path) -> set[str]:
    """Top-level names of the modules ``baocao ARGS`` imports, from ``python -X importtime``."""
    code = "import sys; from extractor.cli import main; sys.argv[0] = 'baocao'; main()"
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code, *args], cwd=cwd, capture_output=True, text=True, timeout=120
    )
    assert done.returncode in (0, 1), done.stderr[-2000:]
    names = set()
    for line in done.stderr.splitlines():
        if line.startswith("import time:") and line.count("|") == 2:
            names.add(line.rsplit("|", 1)[1].strip().split(".")[0])
    assert "extractor" in names, "importtime output not understood"
    return names


@pytest.fixture(scope="module")
def loaded_db(tmp_path_factory) -> str:
    db = tmp_path_factory.mktemp("light") / "light.db"
    report = str(CORPUS / "002-ket-luan-huyen-uy.txt")
    result = CliRunner().invoke(main, ["ingest", report, "--db", str(db), "--silent"])
    assert result.exit_code == 0, result.output
    return str(db)


LIGHT = [
    ["--version"],
    ["--help"],
    ["figures", "--help"],
    ["figures", "--limit", "2"],
    ["directives"],
    ["documents"],
    ["sql", "SELECT COUNT(*) FROM figures"],
    ["check"],
    ["review", "no-such-finding", "--status", "confirmed"],
]


@pytest.mark.parametrize("args", LIGHT, ids=[" ".join(a) for a in LIGHT])
def test_light_commands_import_neither_spacy_nor_underthesea(args, loaded_db, tmp_path):
    with_db = args if args[0].startswith("--") or "--help" in args else [*args, "--db", loaded_db]
    imported = _imported(with_db, tmp_path)
    assert not imported & set(HEAVY), f"baocao {' '.join(args)} imports {sorted(imported & set(HEAVY))}"


def test_extract_does_load_the_nlp_layer(tmp_path):
    """The check above can fail: extraction imports spaCy."""
    assert "spacy" in _imported(["extract", str(CORPUS / "004-chi-thi-sinh-hoat-chi-bo.txt")], tmp_path)


def test_every_command_module_is_registered():
    for name in COMMAND_MODULES:
        module = __import__(f"extractor.cli.{name}", fromlist=["_"])
        commands = [o for a, o in vars(module).items() if a.endswith("_cmd") and isinstance(o, click.Command)]
        assert commands, f"extractor.cli.{name} has no command"
        for command in commands:
            assert command.name is not None and main.commands.get(command.name) is command


def test_a_command_module_that_fails_to_import_is_an_error(monkeypatch):
    import extractor.cli as cli

    monkeypatch.setattr(cli, "COMMAND_MODULES", ("parse", "no_such_command_module"))
    with pytest.raises(ModuleNotFoundError):
        cli._register_commands()


def test_every_cli_module_is_a_command_module_or_a_helper():
    import extractor.cli as cli

    folder = Path(str(cli.__file__)).parent
    helpers = {"__init__", "errors", "options", "files"}
    modules = {p.stem for p in folder.glob("*.py")} - helpers
    assert modules == set(COMMAND_MODULES), "a command module is not listed in COMMAND_MODULES (or a helper is)"
