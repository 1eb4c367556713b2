"""Citation shapes found missing on real letters: the Aanhangsel der Handelingen (answers to
written questions) and Eerste Kamer documents numbered by letter."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.clean import clean
from graph.extract import extract_text
from graph.find.citations import find_citations, find_handelingen
from graph.triples import triples, write_graph
from graph.vocab import ID, OB


def cite_ids(s: str) -> list[str]:
    return [c.id for c in find_citations(clean(s))]


def handelingen_ids(s: str) -> list[str]:
    return [h.id for h in find_handelingen(clean(s))]


# (text as letters write it, expected ids in order)
AANHANGSEL: list[tuple[str, list[str]]] = [
    ("In mijn antwoorden op de vragen van het lid Van Kent (Aanhangsel Handelingen II 2020/21, nr. 1234) "
     "heb ik toegezegd", ["ah-tk-20202021-1234"]),
    ("<sup>4</sup> Aanhangsel Handelingen II 2019/20, nr. 2345.", ["ah-tk-20192020-2345"]),
    ("Aanhangsel der Handelingen II, vergaderjaar 2020–2021, nr. 1921", ["ah-tk-20202021-1921"]),
    ("(Aanhangsel van de Handelingen II 2021/22, nr. 87)", ["ah-tk-20212022-87"]),
    ("Aanh. Handelingen II 2018/19, nr. 3012", ["ah-tk-20182019-3012"]),
    # tweedekamer.nl leaves out its own chamber
    ("Zie ook Aanhangsel Handelingen, vergaderjaar 2024–2025, nr. 1028.", ["ah-tk-20242025-1028"]),
    ("Aanhangsel Handelingen I 2020/21, nr. 5", ["ah-ek-20202021-5"]),
    ("Aanhangsel Handelingen II 2020/21, nrs. 1234 en 1301", ["ah-tk-20202021-1234", "ah-tk-20202021-1301"]),
    # the publication site's id, alone or as a link repeating the citation (found once)
    ("zie https://zoek.officielebekendmakingen.nl/ah-tk-20222023-1339.html", ["ah-tk-20222023-1339"]),
    ("[Aanhangsel Handelingen II 2020/21, nr. 1234](https://zoek.officielebekendmakingen.nl/ah-tk-20202021-1234.html)",
     ["ah-tk-20202021-1234"]),
    # a sitting of the Handelingen next to an answer in the Aanhangsel
    ("Handelingen II 2019/20, nr. 23, item 4 en Aanhangsel Handelingen II 2019/20, nr. 2345",
     ["h-tk-20192020-23", "ah-tk-20192020-2345"]),
    # negatives
    ("Aanhangsel Handelingen II 2020/21, nr. 12345", []),  # five digits: no Aanhangsel number
    ("Aanhangsel Handelingen II 2020/22, nr. 1234", []),  # not a vergaderjaar
    ("Aanhangsel Handelingen II 2020/21, nrs. 1234 en 14 januari", ["ah-tk-20202021-1234"]),  # a date
    ("Aanhangsel Handelingen II 2020/21, nr. 0", []),
    ("de bijlage bij de Handelingen van 2020", []),
    ("ah-tk-20202022-1234", []),
    ("blah-tk-20202021-1234", []),
]


@pytest.mark.parametrize(("text", "expected"), AANHANGSEL, ids=[t[:60] for t, _ in AANHANGSEL])
def test_aanhangsel(text: str, expected: list[str]) -> None:
    assert handelingen_ids(text) == expected
    assert cite_ids(text) == []  # never read as a Kamerstuk


def test_aanhangsel_fields() -> None:
    raw = "zie Aanhangsel Handelingen II 2020/21, nr. 1234 over"
    (h,) = find_handelingen(clean(raw))
    assert (h.aanhangsel, h.kamer, h.vergaderjaar, h.nr, h.items) == (True, "II", "2020-2021", 1234, ())
    assert raw[h.span[0] : h.span[1]] == h.text == "Aanhangsel Handelingen II 2020/21, nr. 1234"


def test_aanhangsel_in_json_and_graph() -> None:
    doc = extract_text("Den Haag, 3 maart 2021\n\nZie Aanhangsel Handelingen II 2020/21, nr. 1234.\n", "a.txt")
    (h,) = doc.to_json()["handelingen"]
    assert (h["id"], h["aanhangsel"]) == ("ah-tk-20202021-1234", True)
    lines = triples([doc])
    assert any(f"<{ID}handelingen/ah-tk-20202021-1234>" in line for line in lines)
    assert not any("handelingen/h-tk-20202021-1234" in line for line in lines)


LETTERED: list[tuple[str, list[str]]] = [
    ("Kamerstukken I 2020/21, 35 570, A", ["kst-35570-A"]),
    ("(Kamerstukken I 2020/21, 35 570, nr. A)", ["kst-35570-A"]),
    ("de memorie van antwoord (Kamerstukken I 2019/20, 35 300 VII, C)", ["kst-35300-VII-C"]),
    ("Eerste Kamer, vergaderjaar 2020–2021, 35 570 XV, C en D.", ["kst-35570-XV-C", "kst-35570-XV-D"]),
    ("Kamerstukken I 2023/24, 33 328, AI", ["kst-33328-AI"]),
    ("EK 2020/21, 35 570, B", ["kst-35570-B"]),
    ("Kamerstuk 35 261, nr. B", ["kst-35261-B"]),  # "nr." before a letter: letter-numbered
    ("zie https://zoek.officielebekendmakingen.nl/kst-35261-B.html", ["kst-35261-B"]),
    ("[Kamerstukken I 2020/21, 35 570, A](https://zoek.officielebekendmakingen.nl/kst-35570-A.html)", ["kst-35570-A"]),
    ("Kamerstukken I 2020/21, 35 570, A. De Minister", ["kst-35570-A"]),
    # negatives: a toevoeging, a numbered document, no sign of the Eerste Kamer
    ("Kamerstuk 35 300 A, nr. 10", ["kst-35300-A-10"]),
    ("Kamerstukken I 2020/21, 35 570 XV, nr. 5", ["kst-35570-XV-5"]),
    ("Kamerstuk 35 300, A", []),
    ("Kamerstukken II 2020/21, 35 570, A", []),
    ("Tweede Kamer, vergaderjaar 2020–2021, 35 570, B", []),
    ("De Eerste Kamer stemde op 12 januari over 35 570, A", []),
    ("Kamerstukken I 2020/21, 35 570, Aanvulling", []),
    ("zie kst-35570-a", []),
]


@pytest.mark.parametrize(("text", "expected"), LETTERED, ids=[t[:60] for t, _ in LETTERED])
def test_eerste_kamer_letters(text: str, expected: list[str]) -> None:
    assert cite_ids(text) == expected


def test_lettered_fields_and_graph() -> None:
    raw = "Den Haag, 3 maart 2021\n\nzie Kamerstukken I 2020/21, 35 570 XV, C hierover\n"
    doc = extract_text(raw, "b.txt")
    (c,) = doc.cites
    assert (c.id, c.letter, c.nr, c.dossier, c.toevoeging, c.vergaderjaar) == (
        "kst-35570-XV-C", "C", 0, "35570-XV", "XV", "2020-2021")
    assert raw[c.span[0] : c.span[1]] == c.text
    node = f"<{OB}kst-35570-XV-C>"
    lines = [line for line in triples([doc]) if line.startswith(node)]
    assert any("identifier" in line and '"kst-35570-XV-C"' in line for line in lines)
    assert not any("number" in line for line in lines)  # a letter is no number


def test_new_ids_pass_validation(tmp_path: Path) -> None:
    raw = ("Den Haag, 3 maart 2021\n\nzie Kamerstukken I 2020/21, 35 570, A en Aanhangsel Handelingen II "
           "2020/21, nr. 1234\n")
    write_graph([extract_text(raw, "c.txt")], tmp_path)  # raises ValidationFailed on a shape violation
    assert "kst-35570-A" in (tmp_path / "graph.nt").read_text()
