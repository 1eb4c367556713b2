"""The ``kamergraph`` command line: a thin layer over the library.

Exit codes (documented in the README and in ``kamergraph --help``):

- 0: success;
- 1: the answer is a finding: the graph does not validate;
- 2: usage or input error: bad arguments, a file that is not a letter, nothing to build;
- 3: built, but some input was skipped (listed on stderr); ``--strict`` turns this into 2.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from graph.errors import KamergraphError

EXIT_SKIPPED = 3
DEFAULT_OUT = Path("build")


def _fail(err: KamergraphError) -> None:
    click.echo(f"kamergraph: {err}", err=True)
    sys.exit(err.exit_code)


class _Group(click.Group):
    """Turn every KamergraphError into one line on stderr and its exit code; never a traceback."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except KamergraphError as e:
            _fail(e)
        except BrokenPipeError:
            sys.exit(0)
        except KeyboardInterrupt:
            click.echo("kamergraph: interrupted; previous output left as it was", err=True)
            sys.exit(130)
        return None


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kamergraph")
def main() -> None:
    """Read Kamerbrieven and build a knowledge graph of motions, commitments and citations.

    \b
    Exit codes: 0 success; 1 a finding (the graph does not validate);
    2 usage or input error; 3 built, but some input was skipped.

    \b
    Example:
      kamergraph build seeds && kamergraph query settled-motions
    """


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--format", "fmt", type=click.Choice(["json", "text"]), default="text", show_default=True)
def extract(paths: tuple[str, ...], fmt: str) -> None:
    """Show what was found in each letter (files or folders).

    \b
    Example:
      kamergraph extract --format json seeds > out.json
    """
    from graph.build import extract_corpus

    docs, skipped = extract_corpus(list(paths))
    for reason in skipped:
        click.echo(f"kamergraph: skipped {reason}", err=True)
    if not docs:
        raise_input = KamergraphError(f"no letters could be read: {'; '.join(skipped[:3])}")
        _fail(raise_input)
    if fmt == "json":
        json.dump([d.to_json() for d in docs], sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        from graph.annotate import describe

        for d in docs:
            click.echo(describe(d))
    if skipped:
        sys.exit(EXIT_SKIPPED)


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@click.option("--out", "out_dir", type=click.Path(path_type=Path), default=DEFAULT_OUT, show_default=True,
              help="Folder for graph.ttl, graph.nt, graph.jsonld and graph.html.")
@click.option("--jobs", type=click.IntRange(1, 256), default=None, help="Worker processes (default: all cores).")
@click.option("--strict", is_flag=True, help="Fail (exit 2, nothing written) when any input is skipped.")
@click.option("--no-html", is_flag=True, help="Skip the HTML view.")
def build(paths: tuple[str, ...], out_dir: Path, jobs: int | None, strict: bool, no_html: bool) -> None:
    """Build the graph of a folder of letters (default: seeds/).

    \b
    Example:
      kamergraph build seeds --out build
    """
    from graph.build import build as run_build

    bar = _progress_bar(list(paths) or ["seeds"])
    try:
        report = run_build(list(paths) or ["seeds"], out_dir, jobs=jobs, strict=strict,
                           html=not no_html, progress=bar.update if bar else None)
    finally:
        if bar:
            bar.close()
    for reason in report.skipped:
        click.echo(f"kamergraph: skipped {reason}", err=True)
    click.echo(
        f"letters read: {report.letters}, skipped: {len(report.skipped)}\n"
        f"triples: {report.triples}\n"
        f"motions: {report.motions} ({report.settled} settled)\n"
        f"commitments: {report.commitments}\n"
        f"warnings: {report.warnings}"
    )
    for kind, path in report.outputs.items():
        click.echo(f"{kind}: {path}")
    if "html" in report.outputs:
        click.echo(f"open {report.outputs['html'].resolve().as_uri()}")
    if report.skipped:
        sys.exit(EXIT_SKIPPED)


def _progress_bar(paths: list[str]) -> Any:
    """A tqdm bar on stderr for builds of more than a few hundred letters."""
    from graph.read import list_letters

    try:
        files, _ = list_letters(paths)
    except KamergraphError:
        return None
    if len(files) < 300 or (not sys.stderr.isatty() and not _env_progress()):
        return None
    from tqdm import tqdm

    return tqdm(total=len(files), unit="letter", desc="extracting", file=sys.stderr)


def _env_progress() -> bool:
    import os

    return os.environ.get("KAMERGRAPH_PROGRESS") == "1"


# --- graph commands (graph.query, graph.validate, graph.push) are registered below ---

# --- view commands (graph.render, graph.stats) are registered below ---


if __name__ == "__main__":  # pragma: no cover
    main()
