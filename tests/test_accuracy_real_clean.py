"""Sentences of letters rendered with one line per paragraph (tweedekamer.nl / "tkconv" text, text
copied from a web page): the letterhead and a heading are no part of the first sentence, while
PDF text with hard-wrapped lines keeps its sentences across line breaks."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.clean import clean
from graph.extract import extract_text

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

#: The shape of kst-29279-874 as tkconv renders it: every heading line and paragraph on one line.
TKCONV = (
    "Tweede Kamer der Staten-Generaal | 2 |\n"
    "Vergaderjaar 2023-2024\n"
    "29 279 Rechtsstaat en rechtsorde\n"
    "Nr. 874 Brief van de minister van Justitie en Veiligheid\n"
    "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n"
    "Den Haag, 12 september 2024\n"
    "Tijdens het commissiedebat van 14 maart jl. heb ik toegezegd uw Kamer voor de zomer te informeren over"
    " de voortgang van het programma Recht doen. Met deze brief kom ik die toezegging na.\n"
    "Stand van zaken\n"
    "Het programma is in 2023 gestart en loopt tot eind 2026, met pilots in vier regio's. Ik zal uw Kamer"
    " voor het einde van dit jaar informeren over de eerste resultaten van die pilots.\n"
    "De minister van Justitie en Veiligheid,\n"
    "D. Yeşilgöz-Zegerius\n"
)

#: A Rijksoverheid letter copied from the web page: letterhead lines, then paragraph lines.
WEB_LETTER = (
    "Datum 12 maart 2021\n"
    "Betreft Werken vanuit huis\n"
    "Geachte voorzitter,\n"
    "Hierbij stuur ik u de brief over werken vanuit huis, zoals toegezegd tijdens het commissiedebat over"
    " de arbeidsmarkt van 3 februari jl.\n"
    "Aanleiding\n"
    "Sinds maart 2020 geldt het dringende advies om thuis te werken waar dat kan, en dat advies heeft"
    " grote gevolgen gehad voor werkgevers en werkenden in alle sectoren.\n"
)


def _sentences(raw: str) -> list[str]:
    text = clean(raw)
    return [text.body[s:e] for s, e in text.sentences]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (TKCONV, ["Tweede Kamer der Staten-Generaal | 2 |", "Vergaderjaar 2023-2024",
                  "29 279 Rechtsstaat en rechtsorde",
                  "Nr. 874 Brief van de minister van Justitie en Veiligheid",
                  "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal", "Den Haag, 12 september 2024",
                  "Tijdens het commissiedebat van 14 maart jl. heb ik toegezegd uw Kamer voor de zomer te informeren"
                  " over de voortgang van het programma Recht doen.", "Met deze brief kom ik die toezegging na.",
                  "Stand van zaken",
                  "Het programma is in 2023 gestart en loopt tot eind 2026, met pilots in vier regio's.",
                  "Ik zal uw Kamer voor het einde van dit jaar informeren over de eerste resultaten van die pilots.",
                  "De minister van Justitie en Veiligheid, D. Yeşilgöz-Zegerius"]),
        (WEB_LETTER, ["Datum 12 maart 2021", "Betreft Werken vanuit huis", "Geachte voorzitter,",
                      "Hierbij stuur ik u de brief over werken vanuit huis, zoals toegezegd tijdens het commissiedebat"
                      " over de arbeidsmarkt van 3 februari jl.", "Aanleiding",
                      "Sinds maart 2020 geldt het dringende advies om thuis te werken waar dat kan, en dat advies heeft"
                      " grote gevolgen gehad voor werkgevers en werkenden in alle sectoren."]),
        # a short letter: the letterhead alone tells (no line is a paragraph's width)
        ("Datum 12 maart 2021\nBetreft Werken vanuit huis\nGeachte voorzitter,\nHierbij stuur ik u de brief.\n",
         ["Datum 12 maart 2021", "Betreft Werken vanuit huis", "Geachte voorzitter,", "Hierbij stuur ik u de brief."]),
        # the address block of a Rijksoverheid letter, in PDF text
        ("Postbus 20301\n2500 EH  Den Haag\nOns kenmerk 5412345\nBijlage(n) 2\n\nIk bied u hierbij het rapport aan.",
         ["Postbus 20301", "2500 EH  Den Haag", "Ons kenmerk 5412345", "Bijlage(n) 2",
          "Ik bied u hierbij het rapport aan."]),
        # Markdown: emphasis around the label
        ("**Datum** 3 februari 2021  \n**Betreft** TNO cijfers thuiswerken  \nIn deze brief ga ik in op de cijfers.",
         ["Datum 3 februari 2021", "Betreft TNO cijfers thuiswerken", "In deze brief ga ik in op de cijfers."]),
    ],
    ids=["tkconv", "web-letter", "short-letterhead", "address-block", "markdown"],
)
def test_single_line_breaks_end_heading_lines(raw: str, expected: list[str]) -> None:
    assert _sentences(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # hard-wrapped PDF text: a line ending without a full stop runs on, also before a capital
        ("De coronacrisis heeft een grote invloed op de manier waarop velen nu\nwerken. Dit blijkt uit de motie"
         " van het lid\nVan der Plas (Kamerstuk 35 165, nr. 2) en uit de brief van\nMinister Koolmees aan de Kamer.\n",
         ["De coronacrisis heeft een grote invloed op de manier waarop velen nu werken.",
          "Dit blijkt uit de motie van het lid Van der Plas (Kamerstuk 35 165, nr. 2) en uit de brief van Minister"
          " Koolmees aan de Kamer."]),
        # a heading line whose title wraps in lower case stays one
        ("Nr. 874 Brief van de minister van Justitie en Veiligheid\nen de minister voor Rechtsbescherming\n\n"
         "Hierbij bied ik u het rapport aan.",
         ["Nr. 874 Brief van de minister van Justitie en Veiligheid en de minister voor Rechtsbescherming",
          "Hierbij bied ik u het rapport aan."]),
        # a label alone keeps its value on the next line
        ("Onze referentie\n2021-0000028336\n\nIk bied u hierbij het rapport aan.",
         ["Onze referentie 2021-0000028336", "Ik bied u hierbij het rapport aan."]),
        # a running sentence starting like a label is no letterhead line
        ("Betreft dit ook de\nzelfstandigen? Dat is nog niet bekend.",
         ["Betreft dit ook de zelfstandigen?", "Dat is nog niet bekend."]),
    ],
    ids=["pdf-wrapped", "wrapped-heading", "label-alone", "label-word-in-sentence"],
)
def test_wrapped_lines_run_on(raw: str, expected: list[str]) -> None:
    assert _sentences(raw) == expected


_LONG = "Het kabinet heeft in de afgelopen maanden met werkgevers, werkenden en gemeenten gesproken over de"


@pytest.mark.parametrize(
    "raw",
    [
        # lines wider than a PDF's, but wrapped: many lines go on in lower case
        "\n".join([_LONG + " gevolgen van het thuiswerken voor de binnensteden en", "de bereikbaarheid van",
                   "de kantoren in de Randstad en daarbuiten, zoals uw Kamer vroeg in de motie van het lid", "Bikker"]
                  + [_LONG + " gevolgen", "voor de arbeidsmarkt"] * 2),
        # paragraph lines, but a word cut across two of them: wrapped text after all
        "\n".join([_LONG + " gevolgen van het thuis-", "werken Bikker"] + [_LONG + " gevolgen Kamer"] * 3),
    ],
    ids=["wide-wrapped", "hyphen-broken"],
)
def test_wide_wrapped_text_is_not_read_as_paragraph_lines(raw: str) -> None:
    text = clean(raw)
    assert "\n" not in text.body
    assert len(text.sentences) == 1


def test_paragraph_lines_keep_comma_lines_together() -> None:
    raw = "\n".join([_LONG + " gevolgen van het thuiswerken.", "Vervolg", _LONG + " gevolgen voor de arbeidsmarkt.",
                     "De minister van Sociale Zaken en Werkgelegenheid,", "W. Koolmees"])
    assert _sentences(raw)[1:] == [
        "Vervolg", _LONG + " gevolgen voor de arbeidsmarkt.",
        "De minister van Sociale Zaken en Werkgelegenheid, W. Koolmees",
    ]


@pytest.mark.parametrize("raw", [TKCONV, WEB_LETTER])
def test_kept_line_breaks_map_to_the_raw_text(raw: str) -> None:
    text = clean(raw)
    kept = [k for k, c in enumerate(text.body) if c == "\n"]
    assert len(kept) >= 5
    assert all(text.raw[text.to_raw(k)] == "\n" for k in kept)
    for s, e in text.sentences:
        rs, re_ = text.raw_span(s, e)
        assert text.raw[rs:re_].split() == text.body[s:e].split()


@pytest.mark.parametrize("name", ["001_8bf5640112f1901c.txt", "003_94d44916ac137ffd.txt", "004_ffa0b9494478ea14.txt"])
def test_pdf_seeds_keep_no_single_line_break(name: str) -> None:
    body = clean((SEEDS / name).read_text(encoding="utf-8")).body
    # only a heading's line break stays ("\nAanleiding toekom stagenda hybride werken\nDe coronacrisis …",
    # seed 001): a short paragraph-opening line without a closing mark
    for part in body.split("\n\n"):
        for line in part.split("\n")[:-1]:
            assert len(line) <= 60 and not line.endswith((".", ",", ";", ":")), line


def test_kept_promise_evidence_starts_at_the_promise() -> None:
    doc = extract_text(TKCONV, "kst-29279-874.txt").to_json()
    texts = [c["text"] for c in doc["commitments"]]
    assert any(t.startswith("Tijdens het commissiedebat van 14 maart jl. heb ik toegezegd") for t in texts)
    assert not any("Vergaderjaar" in t or "Den Haag" in t for t in texts)
