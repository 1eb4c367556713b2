"""SHACL validation: the shapes accept what kamergraph writes and reject broken graphs."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from graph.cli import main
from graph.errors import InputError, ValidationFailed
from graph.model import Document
from graph.triples import triples, write_graph
from graph.validate import check_lines, validate_file, written_graph

KG = "https://w3id.org/kamergraph/def#"


def test_toy_graph_conforms(toy_docs: list[Document]) -> None:
    assert check_lines(triples(toy_docs)).startswith("SHACL: conforms")


def _break(lines: list[str], old: str, new: str) -> list[str]:
    out = [line.replace(old, new) for line in lines]
    assert out != lines
    return sorted(out)


@pytest.mark.parametrize("old,new,why", [
    (f"<{KG}action> <{KG}settles>", f"<{KG}action> <{KG}afgedaan>", "kg:action"),
    ('"0.95"^^<http://www.w3.org/2001/XMLSchema#decimal>', '"1.5"^^<http://www.w3.org/2001/XMLSchema#decimal>',
     "kg:confidence"),
    (f"<{KG}commitmentType> \"act\"", f"<{KG}commitmentType> \"promise\"", "kg:commitmentType"),
    (f"<{KG}spanEnd> \"442\"", f"<{KG}spanEnd> \"12\"", "kg:spanStart"),
    (f"<{KG}evidence>", f"<{KG}quote>", "kg:evidence"),
])
def test_broken_graphs_fail_with_a_readable_report(toy_docs: list[Document], old: str, new: str, why: str) -> None:
    with pytest.raises(ValidationFailed) as e:
        check_lines(_break(triples(toy_docs), old, new))
    assert why in str(e.value) and e.value.exit_code == 1


def test_build_fails_and_writes_nothing_on_violation(toy_docs: list[Document], tmp_path: Path) -> None:
    bad = replace(toy_docs[0], motions=(replace(toy_docs[0].motions[0], confidence=7.0),))
    with pytest.raises(ValidationFailed):
        write_graph([bad, *toy_docs[1:]], tmp_path)
    assert not list(tmp_path.iterdir())


def test_large_graphs_sample_whole_letters(toy_docs: list[Document], monkeypatch: pytest.MonkeyPatch) -> None:
    # regression: sampling subjects (with only the types of what they point to) reported
    # thousands of violations on a valid 10,000-letter graph; a sample of letters is complete
    import graph.validate as v

    monkeypatch.setattr(v, "FULL_LIMIT", 10)
    monkeypatch.setattr(v, "SAMPLE_TRIPLES", len(triples(toy_docs)) // 2 + 1)  # so every 2nd letter
    report = check_lines(triples(toy_docs), toy_docs)
    assert "sampled: the graph of 1 in 2 letters (2 of 4)" in report
    bad = replace(toy_docs[0], motions=(replace(toy_docs[0].motions[0], confidence=7.0),))
    with pytest.raises(ValidationFailed):  # the first letter is always in the sample
        check_lines(triples([bad, *toy_docs[1:]]), [bad, *toy_docs[1:]])


@pytest.mark.parametrize("name", ["graph.nt", "graph.ttl", "graph.jsonld"])
def test_validate_file_and_cli(toy_docs: list[Document], tmp_path: Path, name: str) -> None:
    write_graph(toy_docs, tmp_path)
    assert validate_file(tmp_path / name)[0]
    r = CliRunner().invoke(main, ["validate", str(tmp_path / name)])
    assert r.exit_code == 0 and "conforms" in r.stdout


def test_cli_exit_codes(toy_docs: list[Document], tmp_path: Path) -> None:
    bad = tmp_path / "bad.nt"
    bad.write_text("".join(_break(triples(toy_docs), f"<{KG}evidence>", f"<{KG}quote>")))
    r = CliRunner().invoke(main, ["validate", str(bad)])
    assert r.exit_code == 1 and "violation" in r.stdout
    garbage = tmp_path / "garbage.ttl"
    garbage.write_text("this is { not turtle")
    for path in (garbage, tmp_path / "missing.nt", tmp_path):
        r = CliRunner().invoke(main, ["validate", str(path)])
        assert r.exit_code == 2 and "Traceback" not in r.stderr
    with pytest.raises(InputError):
        validate_file(garbage)


def test_written_graph_is_rdflibs_parse(seed_docs: list[Document], toy_docs: list[Document]) -> None:
    import rdflib
    from rdflib.compare import to_isomorphic

    lines = triples([*seed_docs, *toy_docs])
    # escaped quotes, backslashes and line breaks in a literal, as the writer writes them
    lines.append(f'<https://example.org/x> <{KG}evidence> "een \\"quote\\" met \\\\ en\\nregel" .\n')
    ours = written_graph(lines)
    assert len(ours) == len(lines)
    assert to_isomorphic(ours) == to_isomorphic(rdflib.Graph().parse(data="".join(lines), format="nt"))
    assert ('een "quote" met \\ en\nregel',) in {(str(o),) for o in ours.objects(None, rdflib.URIRef(KG + "evidence"))}
