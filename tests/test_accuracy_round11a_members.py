"""Accuracy round 11a: a hyphenated name after the motion word ("de motie-Geurts-Bromet") read as two
filers at corpus level, only where the corpus names both halves plainly and never the double name."""

from __future__ import annotations

import pytest

from graph.extract import extract_text
from graph.resolve import resolve_corpus

HEAD = """35 000 VII Vaststelling van de begrotingsstaten van het Ministerie van Binnenlandse Zaken

Nr. 96 BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 25 april 2019

"""
HYPHENATED = "Ter uitvoering van de motie-{names} heb ik gemeenten gesproken."


def _members_of_last(*bodies: str) -> list[tuple[str, ...]]:
    docs = [extract_text(HEAD + b + "\n", f"letter-{i}.txt") for i, b in enumerate(bodies)]
    return [m.members for m in resolve_corpus(docs)[-1].motions]


# (what the other letters name, the hyphenated names, the members read)
CASES: list[tuple[str, str, list[tuple[str, ...]]]] = [
    ("De motie van het lid Geurts vraagt om een plan. De motie van het lid Bromet vraagt om een brief.",
     "Geurts-Bromet", [("Geurts", "Bromet")]),
    # the halves as the corpus writes them, tussenvoegsel included
    ("De motie van het lid Klaver vraagt om een plan. De motie van het lid Van der Lee vraagt om een brief.",
     "Klaver-Van der Lee", [("Klaver", "Van der Lee")]),
    # a double surname the corpus names as one member stays whole, even when both halves are members too
    ("De motie van het lid Snijder-Hazelhoff vraagt om een plan. De motie van het lid Snijder vraagt om een "
     "plan. De motie van het lid Hazelhoff vraagt om een brief.", "Snijder-Hazelhoff", [("Snijder-Hazelhoff",)]),
    # one half unknown, or nothing known: left alone
    ("De motie van het lid Geurts vraagt om een plan.", "Geurts-Bromet", [("Geurts-Bromet",)]),
    ("Het plan is klaar.", "Dik-Faber", [("Dik-Faber",)]),
    # no hyphen between names
    ("De motie van het lid Graaf vraagt om een plan.", "Van der Graaf", [("Van der Graaf",)]),
]


@pytest.mark.parametrize(("others", "names", "members"), CASES, ids=[c[1] for c in CASES])
def test_hyphenated_pair(others: str, names: str, members: list[tuple[str, ...]]) -> None:
    assert _members_of_last(others, HYPHENATED.format(names=names)) == members


def test_double_name_written_plainly_is_not_split() -> None:
    # "het lid Geurts-Bromet" is one member, not a pair, wherever the halves appear
    got = _members_of_last("De motie van het lid Geurts vraagt om een plan. De motie van het lid Bromet vraagt om "
                           "een brief.", "De motie van het lid Geurts-Bromet vraagt om een plan.")
    assert got == [("Geurts-Bromet",)]
