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
@click.option("--store", "store", type=click.Path(path_type=Path), default=None,
              help="Also keep an on-disk query store in this folder (for `query --store`).")
def build(paths: tuple[str, ...], out_dir: Path, jobs: int | None, strict: bool, no_html: bool,
          store: Path | None) -> None:
    """Build the graph of a folder of letters (default: seeds/).

    \b
    Example:
      kamergraph build seeds --out build
    """
    from graph.build import build as run_build

    bar = _progress_bar(list(paths) or ["seeds"])
    try:
        report = run_build(list(paths) or ["seeds"], out_dir, jobs=jobs, strict=strict,
                           html=not no_html, progress=bar.update if bar else None, store=store)
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
        if report.view:
            click.echo(f"graph.html shows {report.view}; `kamergraph render --since/--until/--focus` "
                       "draws another part" + (f" (add --store {store} to read only that part)" if store else ""))
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


@main.command(context_settings={"ignore_unknown_options": True, "allow_extra_args": True})
@click.argument("name", required=False)
@click.option("--list", "list_", is_flag=True, help="List the stored queries with their parameters.")
@click.option("--sparql", "sparql_file", type=click.Path(path_type=Path), help="Run your own query file.")
@click.option("--graph", "graph_file", type=click.Path(path_type=Path), help="Graph file (default: build/graph.nt).")
@click.option("--store", "store_dir", type=click.Path(path_type=Path), help="On-disk store from `build --store`.")
@click.option("--endpoint", help="A SPARQL endpoint URL to run the query on.")
@click.option("--named-graph", help="With --endpoint: query this graph (as pushed with push --named-graph).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Show only the first N rows (a page).")
@click.pass_context
def query(ctx: click.Context, name: str | None, list_: bool, sparql_file: Path | None, graph_file: Path | None,
          store_dir: Path | None, endpoint: str | None, named_graph: str | None, fmt: str,
          limit: int | None) -> None:
    """Run a stored query (queries/NAME.rq) or your own; parameters as --PARAM VALUE.

    \b
    Examples:
      kamergraph query --list
      kamergraph query open-commitments --as-of 2022-12-31
      kamergraph query motion-timeline --motion kst-35669-36 --format csv
      kamergraph query --sparql mine.rq --store build/store
      kamergraph query open-commitments --limit 50   # the first page of a long answer
      kamergraph query settled-motions --endpoint http://127.0.0.1:8890/sparql \\
          --named-graph https://w3id.org/kamergraph/graph
    """
    from graph import query as q
    from graph.errors import UsageError

    if list_:
        for sq in q.list_queries():
            click.echo(f"{sq.name}: {sq.description}")
            for p in sq.params:
                default = f" (default {p.default})" if p.default else ""
                click.echo(f"    {p.option} {p.type.upper()}: {p.doc}{default}")
        return
    if (name is None) == (sparql_file is None):
        raise UsageError("give a query NAME (see --list) or --sparql FILE.rq")
    values: dict[str, str] = {}
    args = list(ctx.args)
    while args:
        opt = args.pop(0)
        if not opt.startswith("--") or len(opt) < 3 or not args:
            raise UsageError(f"unexpected argument {opt!r}: parameters are given as --NAME VALUE")
        values[opt[2:].replace("-", "_")] = args.pop(0)
    stored = q.read_query_file(sparql_file) if sparql_file is not None else q.load_query(name or "")
    results = q.run(stored, values, graph=graph_file, store=store_dir, endpoint=endpoint, named_graph=named_graph,
                    limit=limit)
    click.echo(q.render(results, fmt), nl=fmt != "csv")


@main.command()
@click.argument("file", type=click.Path(path_type=Path))
def validate(file: Path) -> None:
    """Check an RDF graph file against the SHACL shapes (exit 0 valid, 1 violations, 2 unreadable).

    \b
    Example:
      kamergraph validate build/graph.ttl
    """
    from graph.validate import validate_file

    conforms, report = validate_file(file)
    click.echo(report)
    if not conforms:
        sys.exit(1)


@main.command()
@click.option("--endpoint", required=True, help="Graph Store endpoint, e.g. http://127.0.0.1:7878/store.")
@click.option("--graph", "graph_file", type=click.Path(path_type=Path), default=DEFAULT_OUT / "graph.nt",
              show_default=True, help="The graph file to load.")
@click.option("--named-graph", help="Replace this named graph (default: the default graph).")
@click.option("--user", help="User allowed to write (digest or basic auth); password in env KAMERGRAPH_PASSWORD.")
def push(endpoint: str, graph_file: Path, named_graph: str | None, user: str | None) -> None:
    """Load the graph into a SPARQL server (SPARQL 1.1 Graph Store HTTP Protocol, PUT: replaces it).

    N-Triples above 16 MB go in parts (PUT, then POST): Virtuoso refuses a request of 2 GB, and
    its loader may deadlock on a large one (a part it rolls back is sent again).

    The password is read from the environment (KAMERGRAPH_PASSWORD), never from the command
    line, where other users could read it in the process list and it stays in shell history.

    \b
    Examples:
      kamergraph push --endpoint http://127.0.0.1:7878/store
      KAMERGRAPH_PASSWORD=... kamergraph push --endpoint http://127.0.0.1:8890/sparql-graph-crud-auth \\
          --named-graph https://w3id.org/kamergraph/graph --user kamergraph
    """
    import os

    from graph.errors import UsageError
    from graph.push import push as run_push

    password = os.environ.get("KAMERGRAPH_PASSWORD")
    if user is not None and password is None:
        raise UsageError("--user needs its password in the environment variable KAMERGRAPH_PASSWORD")
    status = run_push(graph_file, endpoint, named_graph, user, password)
    click.echo(f"pushed {graph_file} to {endpoint} (HTTP {status})")

# --- view commands (graph.render, graph.stats) are registered below ---

_GRAPH_OPTION = click.option(
    "--graph", "graph_file", type=click.Path(path_type=Path), default=DEFAULT_OUT / "graph.ttl",
    show_default=True, help="The graph to read (Turtle .ttl or N-Triples .nt).")


@main.command()
@_GRAPH_OPTION
@click.option("--out", type=click.Path(path_type=Path), default=DEFAULT_OUT / "graph.html", show_default=True,
              help="The HTML file to write.")
@click.option("--focus", metavar="KST-ID", help="Only the story of one motion or letter (kst-35669-36).")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="Only letters dated on or after (YYYY-MM-DD).")
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), help="Only letters dated on or before (YYYY-MM-DD).")
@click.option("--store", "store_dir", type=click.Path(path_type=Path),
              help="Read the on-disk store of `build --store` instead of --graph: with --since/--until "
                   "only that period is read (fast on a large graph).")
def render(graph_file: Path, out: Path, focus: str | None, since: object, until: object,
           store_dir: Path | None) -> None:
    """Write the interactive HTML view of the graph (works offline, opened from disk).

    \b
    Example:
      kamergraph render --focus kst-35669-36 --out motie-35669-36.html
      kamergraph render --store build/store --since 2021-01-01 --until 2021-03-31
    """
    from datetime import datetime

    from graph.render import render_html

    start = since.date() if isinstance(since, datetime) else None
    end = until.date() if isinstance(until, datetime) else None
    path = render_html(graph_file, out, focus=focus, since=start, until=end, store=store_dir)
    click.echo(f"open {path.resolve().as_uri()}")


@main.command()
@_GRAPH_OPTION
@click.option("--top", type=click.IntRange(1, 1000), default=10, show_default=True, help="Rows per list.")
@click.option("--store", "store_dir", type=click.Path(path_type=Path),
              help="Count in the on-disk store of `build --store` instead of --graph (a large build: "
                   "100,000 letters in ~10 s, without reading the graph file).")
def stats(graph_file: Path, top: int, store_dir: Path | None) -> None:
    """Print most-cited documents, longest-open commitments, motions settled per year and ministry.

    \b
    Example:
      kamergraph stats --graph build/graph.ttl
      kamergraph stats --store build/store --top 25
    """
    from graph.stats import compute, compute_from_store, format_text

    s = compute_from_store(store_dir, top=top) if store_dir is not None else compute(graph_file, top=top)
    click.echo(format_text(s))


if __name__ == "__main__":  # pragma: no cover
    main()
