"""Ministry letters in PDF text: signatures in capitals or with the name above the role, and
Kamerstuk citations broken after "nr.".

The passages come from three full real letters in PDF text (IenW 22 December 2022 "Emissies door
de luchtvaart", IenW 3 February 2023 "Nationaal Programma Circulaire Economie", EZK 30 May 2023
"Herijkte missies"), where the sender was left empty and a motion's citation was lost.
"""

from __future__ import annotations

import pytest

from graph.clean import clean
from graph.find.citations import find_citations, find_handelingen
from graph.find.commitments import find_commitments
from graph.find.metadata import find_metadata
from graph.model import Sender

BODY = "Den Haag, 1 juni 2023\n\nGeachte voorzitter,\n\nTekst van de brief.\n"

SIGNATURES = [
    ("Hoogachtend,\nDE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT,\nMark Harbers",
     "Minister van Infrastructuur en Waterstaat", "Mark Harbers"),
    ("Hoogachtend,\nDE STAATSSECRETARIS VAN INFRASTRUCTUUR EN WATERSTAAT,\ndrs. V.L.W.A. Heijnen",
     "Staatssecretaris van Infrastructuur en Waterstaat", "V.L.W.A. Heijnen"),
    ("DE MINISTER VAN ONDERWIJS, CULTUUR EN WETENSCHAP,\n\nRobbert Dijkgraaf",
     "Minister van Onderwijs, Cultuur en Wetenschap", "Robbert Dijkgraaf"),
    ("DE MINISTER VOOR KLIMAAT EN ENERGIE,\nR.A.A. Jetten", "Minister voor Klimaat en Energie", "R.A.A. Jetten"),
    ("DE MINISTER-PRESIDENT,\nMINISTER VAN ALGEMENE ZAKEN,\nM. Rutte",
     "Minister-President, Minister van Algemene Zaken", "M. Rutte"),
    # the name first, the role under it, no comma (EZK, 2023)
    ("innovatieve producten en oplossingen.\nM.A.M. Adriaansens\nMinister van Economische Zaken en Klimaat",
     "Minister van Economische Zaken en Klimaat", "M.A.M. Adriaansens"),
    ("Met vriendelijke groet,\n\nmr. D. Yeşilgöz-Zegerius\nMinister van Justitie en Veiligheid",
     "Minister van Justitie en Veiligheid", "D. Yeşilgöz-Zegerius"),
    ("Hoogachtend,\nKarien van Gennip\nMinister van Sociale Zaken en Werkgelegenheid",
     "Minister van Sociale Zaken en Werkgelegenheid", "Karien van Gennip"),
]


@pytest.mark.parametrize(("block", "role", "name"), SIGNATURES)
def test_pdf_signature(block: str, role: str, name: str) -> None:
    assert find_metadata(clean(f"{BODY}\n{block}\n")).sender == Sender(role, name)


def test_two_signers_name_first_keep_the_first() -> None:
    block = ("M.A.M. Adriaansens\nMinister van Economische Zaken en Klimaat\n\n"
             "R.A.A. Jetten\nMinister voor Klimaat en Energie\n")
    meta = find_metadata(clean(f"{BODY}\n{block}"))
    assert meta.sender == Sender("Minister van Economische Zaken en Klimaat", "M.A.M. Adriaansens")
    assert any("R.A.A. Jetten" in w for w in meta.warnings)


NOT_A_SIGNATURE = [
    # a role line in running text goes on after the role
    "Tekst.\nIn overleg met W. Hoekstra\nMinister van Financiën heeft het kabinet besloten.",
    # the letterhead names the ministry, not a minister
    "Tekst.\nM.A.M. Adriaansens\nMinisterie van Economische Zaken en Klimaat",
    # a sentence, not a name, above the role
    "Tekst.\nDit is besproken met de\nMinister van Financiën.",
    # capitals in running text: a sentence goes on after the comma
    "Tekst.\nDE MINISTER VAN FINANCIËN, DIE DE BRIEF SCHREEF, IS HET EENS.",
]


@pytest.mark.parametrize("raw", NOT_A_SIGNATURE)
def test_not_a_signature(raw: str) -> None:
    assert find_metadata(clean(raw)).sender == Sender()


def test_a_wrapped_role_in_the_last_paragraph_is_no_signer() -> None:
    raw = (f"{BODY}Dit heb ik besproken met de\nMinister van Financiën\nover de begroting.\n\n"
           "De Minister van Infrastructuur en Waterstaat,\n\nMark Harbers\n")
    meta = find_metadata(clean(raw))
    assert meta.sender == Sender("Minister van Infrastructuur en Waterstaat", "Mark Harbers")
    assert not any("signed by" in w for w in meta.warnings)


# --- a Kamerstuk citation broken after "nr." (PDF text) -----------------------------------------

BROKEN_AFTER_NR = [
    # IenW, NPCE, 3 February 2023
    ("invulling gegeven aan de motie Bontenbal/Grinwis (Kamerstukken 32813, nr.\n952).", ["kst-32813-952"]),
    ("Zie Kamerstukken II 2021/22, 32 813, nr.\n1000 en de brief van 3 maart.", ["kst-32813-1000"]),
    ("(Kamerstuk 35 570 XV, nrs.\n54 en 35)", ["kst-35570-XV-54", "kst-35570-XV-35"]),
    # a number on the next line after a line that ends otherwise is no document number
    ("Kamerstukken 32813, zie\n952 andere stukken.", []),
]


@pytest.mark.parametrize(("raw", "ids"), BROKEN_AFTER_NR)
def test_citation_broken_after_nr(raw: str, ids: list[str]) -> None:
    assert [c.id for c in find_citations(clean(f"Tekst.\n{raw}\n"))] == ids


def test_a_subject_wrapped_at_a_bracket() -> None:
    head = ("De voorzitter van de Tweede Kamer\nder Staten-Generaal\nDatum 3 februari 2023\n"
            "Betreft Nationaal Programma Circulaire Economie 2023-2030\n"
            "(NPCE) incl. kabinetsreactie op ICER en SER-verkenning\nGeachte voorzitter,\nTekst.\n")
    assert find_metadata(clean(head)).subject == (
        "Nationaal Programma Circulaire Economie 2023-2030 (NPCE) incl. kabinetsreactie op ICER en SER-verkenning")
    # a telephone line of the letterhead column is no part of the subject
    other = head.replace("(NPCE) incl. kabinetsreactie op ICER en SER-verkenning", "(070) 456 00 00")
    assert find_metadata(clean(other)).subject == "Nationaal Programma Circulaire Economie 2023-2030"


# --- promises to inform in the passive (IenW 2022, EZK 2023) ------------------------------------

LETTER_DATE = "2022-12-22"

PASSIVE_PROMISES = [
    # a long middle field between "wordt" and the participle
    ("De Kamer wordt over de resultaten hiervan naar verwachting in het voorjaar van 2023 via de periodieke "
     "voortgangsbrief Programma Omgeving Luchthaven Schiphol geïnformeerd.", "in het voorjaar van 2023", "ik"),
    # expected, with "kan worden"
    ("De verwachting is dat de Kamer rond de zomer 2023 over de resultaten van deze fase kan worden geïnformeerd "
     "via de periodieke voortgangsbrief Programma Omgeving Luchthaven Schiphol.", "rond de zomer 2023", "ik"),
    # a cabinet member as the agent
    ("Hierover wordt de Kamer voor de zomer door de Staatssecretaris van Infrastructuur en Waterstaat geïnformeerd.",
     "voor de zomer", "Staatssecretaris van Infrastructuur en Waterstaat"),
    # shared with the Kamer
    ("Deze agenda's en het vernieuwde Convenant zullen ondertekend worden op 2 november tijdens de Innovatie-Expo, "
     "en dan ook met uw Kamer worden gedeeld.", "op 2 november", "ik"),
]


def _promises(sentence: str) -> list[tuple[str | None, str | None]]:
    text = clean(f"Den Haag, 22 december 2022\n\nGeachte voorzitter,\n\n{sentence}\n")
    found = find_commitments(text, find_citations(text), find_handelingen(text), LETTER_DATE)
    return [(c.due_text, c.made_by) for c in found if c.kind == "made"]


@pytest.mark.parametrize(("sentence", "due_text", "made_by"), PASSIVE_PROMISES)
def test_passive_promise_to_inform(sentence: str, due_text: str, made_by: str) -> None:
    assert _promises(sentence) == [(due_text, made_by)]


NOT_PASSIVE_PROMISES = [
    "De Kamer wordt voor de zomer door de SER geïnformeerd over het advies.",  # a third party informs
    "De verwachting is dat de Kamer hiermee voldoende is geïnformeerd.",  # done, not ahead
    "Het Convenant is op 2 november met uw Kamer gedeeld.",  # past
    "De verwachting is dat de Kamer voor de zomer kan worden geïnformeerd door de Gezondheidsraad.",
    "De Kamer wordt voor de zomer geïnformeerd door de Raad van State.",
]


@pytest.mark.parametrize("sentence", NOT_PASSIVE_PROMISES)
def test_no_passive_promise(sentence: str) -> None:
    assert _promises(sentence) == []
