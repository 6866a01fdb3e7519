"""Every command has help text and a place in the README; the README's two set-up commands are right."""
from __future__ import annotations

import re
import shlex
from pathlib import Path

from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from kg.cli import app

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
runner = CliRunner()


def _commands() -> list[tuple[str, Any]]:
    root = typer.main.get_command(app)
    assert hasattr(root, "commands")
    out = []
    for name, cmd in root.commands.items():  # type: ignore[attr-defined]
        if hasattr(cmd, "commands"):
            out.extend((f"{name} {sub}", c) for sub, c in cmd.commands.items())
        else:
            out.append((name, cmd))
    return out


@pytest.mark.parametrize(("name", "cmd"), _commands(), ids=[n for n, _ in _commands()])
def test_command_has_help_and_is_in_readme(name: str, cmd: Any) -> None:
    assert (cmd.help or "").strip(), f"kg {name} has no help text"
    assert f"kg {name}" in README, f"kg {name} is not shown in the README"
    res = runner.invoke(app, [*name.split(), "--help"])
    assert res.exit_code == 0
    assert "Usage:" in res.output


def _setup_commands() -> list[str]:
    block = re.search(r"## Quick start.*?```(?:bash|sh)?\n(.*?)```", README, re.S)
    assert block, "README needs a '## Quick start' section with a code block"
    return [ln.strip() for ln in block.group(1).splitlines() if ln.strip() and not ln.strip().startswith("#")]


def test_readme_has_exactly_two_setup_commands() -> None:
    cmds = _setup_commands()
    assert len(cmds) == 2, cmds
    assert "kg build" in cmds[0] and "output" in cmds[0]
    assert "pytest" in cmds[1] and ".[test]" in cmds[1]


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert _setup_commands()[1] in ci


def test_readme_build_command_works(tmp_path: Path) -> None:
    """The first command's kg part, run as the README says (into a temporary folder)."""
    first = _setup_commands()[0]
    kg_part = first.split("&&")[-1].strip()
    args = shlex.split(kg_part)[1:]
    args = [str(ROOT / a) if a.startswith("examples/") else a for a in args]
    i = args.index("-o")
    args[i + 1] = str(tmp_path)
    res = runner.invoke(app, args)
    assert res.exit_code == 0, res.output
    assert (tmp_path / "graph.ttl").exists()
    assert (tmp_path / "graph.html").exists()


def test_readme_sparql_examples_run_on_the_example_graph(seed_build: Path) -> None:
    from kg.query import query

    blocks = re.findall(r"```sparql\n(.*?)```", README, re.S)
    assert len(blocks) >= 3
    for q in blocks:
        res = query(seed_build / "graph.trig", q)
        assert res.rows or res.boolean, f"README query returned nothing:\n{q}"


def _shown_runs() -> list[tuple[list[str], str]]:
    """The tour's ``$ kg ...`` commands that only read ``output/graph.*``, each with the output shown under it."""
    runs = []
    for block in re.findall(r"```console\n(.*?)```", README, re.S):
        pattern = r"^\$ (kg (?:stats|query|validate) output/graph\..*)\n((?:(?!\$ ).*\n)*)"
        runs.extend((shlex.split(command)[1:], shown) for command, shown in re.findall(pattern, block, re.M))
    return runs


def test_readme_tour_shows_what_the_commands_print(seed_build: Path) -> None:
    """Every shown output of a command over the example graph is what it prints now (the README's
    push count had drifted from 769 to a stale 791, unnoticed)."""
    runs = _shown_runs()
    assert len(runs) >= 4
    for args, shown in runs:
        args = [str(seed_build / a[len("output/"):]) if a.startswith("output/graph.") else a for a in args]
        res = runner.invoke(app, args)
        assert res.exit_code == 0, res.output
        assert res.output == shown, f"kg {' '.join(args)}"


def test_readme_sparql_tables_are_what_the_queries_print(seed_build: Path) -> None:
    """A SPARQL example followed by a table shows exactly the table ``kg query`` prints (without its row count)."""
    pairs = re.findall(r"```sparql\n((?:(?!```).)*)```\n\n```\n((?:(?!```).)*)```", README, re.S)
    assert len(pairs) >= 4
    for sparql, table in pairs:
        res = runner.invoke(app, ["query", str(seed_build / "graph.trig"), sparql])
        assert res.exit_code == 0, res.output
        assert res.output.rsplit("(", 1)[0] == table, sparql
