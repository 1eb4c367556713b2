"""Cleaning keeps an exact map back to the text as read, and finds footnotes in both shapes."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graph.clean import clean
from graph.find.citations import find_citations

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

PDF_LETTER = """ Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 12 maart 2021

Hierbij informeer ik uw Kamer over de uitvoering van de motie1 in het
kader van thuiswerken. De cijfers zijn volledig2. Sinds juni 20203) werkt
een groot deel van de mensen thuis. Dit is een belang-
rijke ontwikkeling met 25 procent in 2020.

1 Kamerstuk 35 669, nr. 36.
2 Kamerstukken II 2020/21, 25 295, nr. 912
 Tweede Kamer, vergaderjaar 2020–2021, 25 295, nr. 1000 1
 Op de tweede pagina gaat de tekst verder over de brief4 van 16 november
2020 en over de toezegging.
3 RIVM, gedragsonderzoek, ronde 9.

4 Kamerstuk 25 883, nr. 394.
 Tweede Kamer, vergaderjaar 2020–2021, 25 295, nr. 1000 2
 De Minister van Sociale Zaken en Werkgelegenheid,
W. Koolmees
"""

MARKDOWN_LETTER = """**25 295**

**Nr. 1172**

Den Haag, 30 april 2021

In het kader van de motie van de leden Van Weyenberg (D66) en Smeulders (GroenLinks)<sup>1</sup>. Uit
het onderzoek van CNV<sup>2</sup> blijkt het.

<sup>1</sup> Kamerstuk 35 669, nr. 36.

<sup>2</sup> CNV (februari 2021), *Veilig werken in coronatijd*

## **Tot slot**

Zie ook de motie[^3].

[^3]: Kamerstukken II 2020/21, 35 570 XV, nr. 54.
"""

NOOT_LETTER = """Den Haag, 12 maart 2021

Hierbij geef ik uitvoering aan de motie1 van het lid Tielen en de motie van de leden Smeulders2.

Noot 1 Kamerstuk 35 570 XV, nr. 35.
Noot 2

Kamerstuk 35 669, nr. 36.
"""

STRAY_NOTE_LINE = """Eerst ga ik in op de agenda1 en het akkoord2 en de brief3.

1 Zie TNO, rapportage NEA Covid-19.
2 Coalitieakkoord, 15 december 2021.

Bijlage bij Kamerstuk 35 788, nr. 77
3 Kamerstuk 25 883, nr. 394.
"""


@pytest.mark.parametrize(
    ("raw", "shape", "expected"),
    [
        (
            PDF_LETTER,
            "pdf",
            [
                ("kst-35669-36", "1"),
                ("kst-25295-912", "2"),
                ("kst-25295-1000", None),
                ("kst-25883-394", "4"),
                ("kst-25295-1000", None),
            ],
        ),
        (MARKDOWN_LETTER, "markdown", [("kst-35669-36", "1"), ("kst-35570-XV-54", "3")]),
        (NOOT_LETTER, "plain", [("kst-35570-XV-35", "1"), ("kst-35669-36", "2")]),
        (STRAY_NOTE_LINE, "plain", [("kst-35788-77", "2"), ("kst-25883-394", "3")]),
    ],
)
def test_citations_know_their_footnote(raw: str, shape: str, expected: list[tuple[str, str | None]]) -> None:
    text = clean(raw)
    assert text.shape == shape
    assert [(c.id, c.footnote) for c in find_citations(text)] == expected


def test_pdf_markers_and_body() -> None:
    text = clean(PDF_LETTER)
    assert [(m.marker, text.body[m.body_pos - 8 : m.body_pos]) for m in text.markers] == [
        ("1", "de motie"),
        ("2", "volledig"),
        ("3", "uni 2020"),
        ("4", "de brief"),
    ]
    for m in text.markers:
        assert PDF_LETTER[m.span[0] : m.span[1]] == m.marker
    assert "belangrijke ontwikkeling" in text.body
    assert "Kamerstuk" not in text.body and "vergaderjaar" not in text.body
    assert "CO2" not in text.body and " 25 procent in 2020." in text.body


def test_markdown_markers_and_body() -> None:
    text = clean(MARKDOWN_LETTER)
    assert [m.marker for m in text.markers] == ["1", "2", "3"]
    assert "<sup>" not in text.body and "**" not in text.body and "[^" not in text.body
    assert "Veilig werken" not in text.body
    assert {f.marker: len(f.marker_spans) for f in text.footnotes} == {"1": 1, "2": 1, "3": 1}


def check_map(raw: str) -> None:
    """Every citation's span slices to its text; the body → raw map is monotone and in range."""
    text = clean(raw)
    for c in find_citations(text):
        assert raw[c.span[0] : c.span[1]] == c.text
    positions = [text.to_raw(i) for i in range(len(text.body))]
    assert all(a < b for a, b in pairwise(positions))
    assert all(0 <= p < len(raw) for p in positions)
    for i, p in enumerate(positions):
        if text.body[i].isalnum():  # letters and digits are copied, not made up
            assert raw[p] == text.body[i]


PIECES = st.sampled_from(
    [
        "Kamerstuk 35 669, nr. 36",
        "motie1 in",
        "volledig2.",
        "<sup>3</sup>",
        "\n",
        "\n\n",
        " ",
        "thuis-\nwerken",
        "**vet**",
        "1 Kamerstuk 25 295, nr. 912\n",
        "Noot 1 Kamerstuk 25 883, nr. 394\n",
        "25883, nr. 405",
        "Tweede Kamer, vergaderjaar 2020–2021, 25 883, nr. 425 9\n",
        "€ 5 miljoen",
        "nrs. 176 en 181",
        "Den Haag, ",
        "[^2]",
        "[^2]: Kamerstuk 36 200 VII, nr. 5\n",
        "Naar boven\n",
        "20206)",
        "a",
        "B",
        "7",
        "«",
        ".",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(PIECES, max_size=40))
def test_map_on_letter_shaped_text(pieces: list[str]) -> None:
    check_map("".join(pieces))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=300))
def test_map_on_random_text(raw: str) -> None:
    check_map(raw)


@pytest.mark.parametrize("name", sorted(p.name for p in SEEDS.glob("0*.txt")))
def test_map_on_seeds(name: str) -> None:
    check_map((SEEDS / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("raw", "markers", "body_has"),
    [
        # a glued marker after a word, after a year ("20206": 2020 and marker 6), after a quote
        ("De motie1 is uitgevoerd.\n\n1 Kamerstuk 35 669, nr. 36.\n", ["1"], "De motie is uitgevoerd."),
        ("Sinds juni 20201) werkt men thuis.\n\n1 RIVM, ronde 9.\n", ["1"], "Sinds juni 2020) werkt"),
        ("Het 'akkoord'1 geldt.\n\n1 Coalitieakkoord 2021.\n", ["1"], "Het 'akkoord' geldt."),
        # no marker: a number standing alone, or inside a longer number, is text, and its
        # footnote-shaped line stays running text
        ("Het gaat om 1 brief.\n\n1 Kamerstuk 35 669, nr. 36.\n", [], "1 Kamerstuk"),
        ("Er zijn 12361 meldingen.\n\n1 Kamerstuk 35 669, nr. 36.\n", [], "12361 meldingen"),
    ],
)
def test_glued_markers(raw: str, markers: list[str], body_has: str) -> None:
    text = clean(raw + "\n" * 10)  # ten lines make it PDF-shaped
    assert [m.marker for m in text.markers] == markers
    assert body_has in text.body
    for m in text.markers:
        assert raw[m.span[0] : m.span[1]] == m.marker


@pytest.mark.parametrize("name", sorted(p.name for p in SEEDS.glob("0*.txt")))
def test_windows_line_ends_give_the_same_body(name: str) -> None:
    """Lines end where str.splitlines says: "\r\n" changes the map, not the body."""
    raw = (SEEDS / name).read_text(encoding="utf-8")
    other = raw.replace("\n", "\r\n")
    assert clean(other).body == clean(raw).body
    check_map(other)


@pytest.mark.parametrize("name", sorted(p.name for p in SEEDS.glob("0*.txt")))
def test_map_with_form_feeds(name: str) -> None:
    """pdftotext ends a page with a form feed, which str.splitlines takes as a line end."""
    check_map((SEEDS / name).read_text(encoding="utf-8").replace("\n\n", "\f\n"))


# --- sentences: a heading, a paragraph break or a bullet always ends one ----------------------

SPLIT_CASES = [
    # (body, expected sentences)
    ("Leeswijzer\n\nVooruitlopend op het advies ga ik in op de agenda.",
     ["Leeswijzer", "Vooruitlopend op het advies ga ik in op de agenda."]),
    ("Ik ga in op: • De agenda voor de toekomst • Het stimuleren van thuiswerken",
     ["Ik ga in op:", "De agenda voor de toekomst", "Het stimuleren van thuiswerken"]),
    ("- Het kabinet zal 5 miljoen euro vrijmaken. Dat helpt.",
     ["Het kabinet zal 5 miljoen euro vrijmaken.", "Dat helpt."]),
    ("Zie Kamerstuk 25 295, nr. 734. Deze motie is afgedaan.",
     ["Zie Kamerstuk 25 295, nr. 734.", "Deze motie is afgedaan."]),
    ("De motie van het lid Van der Staaij c.s. d.d. 24 november jl. vraagt dit.",
     ["De motie van het lid Van der Staaij c.s. d.d. 24 november jl. vraagt dit."]),
    ("De Minister, W. Koolmees heeft dit o.a. met mr. De Vries besproken. Klaar.",
     ["De Minister, W. Koolmees heeft dit o.a. met mr. De Vries besproken.", "Klaar."]),
    ("Dat is 2,5 procent. In 2021 stijgt het.", ["Dat is 2,5 procent.", "In 2021 stijgt het."]),
]


@pytest.mark.parametrize(("body", "expected"), SPLIT_CASES)
def test_sentence_boundaries(body: str, expected: list[str]) -> None:
    from graph.clean import split_sentences

    assert [body[s:e] for s, e in split_sentences(body)] == expected


@pytest.mark.parametrize("body, sentences", [
    # kst-19637-2993: the debate's date, then where it is reported, then the promise
    ("In het debat met uw Kamer van 8 september jl. (Handelingen II 2021/22, nr. 106, item 8) heb ik "
     "toegezegd dat ik uw Kamer periodiek informeer. Dat doe ik hierbij.", 2),
    ("Ik stuur u voor 1 juli a.s. (zie Kamerstuk 35 570 XV, nr. 54) de uitwerking. Daarna volgt meer.", 2),
    # before a capital a date's jl. may end the sentence
    ("Uw Kamer ontving mijn brief van 8 september jl. Daarin beschreef ik de afspraken.", 2),
    # kst-22112-3432: a new sentence after the brackets, its full stop lost
    ("zoals toegezegd tijdens het Commissiedebat EU-informatievoorziening van 10 februari jl. (Kamerstuk 22 112, "
     "nr. 3301) In deze brief zal ik ingaan op de huidige afspraken.", 2),
    ("Zie de brief van 8 september jl. (Een nieuwe zin tussen haakjes.) Daarna volgt meer.", 3),
    ("Het rapport verscheen op 3 juli. (Kamerstuk 25 883, nr. 12 gaat erop in.)", 2),
])
def test_a_date_suffix_before_a_bracket_ends_no_sentence(body: str, sentences: int) -> None:
    from graph.clean import split_sentences

    assert len(split_sentences(body)) == sentences
