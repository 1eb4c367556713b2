"""Corpus-level member resolution: names, parties by motion, conflict owners."""

from __future__ import annotations

from graph.model import Document, MotionMention
from graph.resolve.members import resolve


def motion(
    id: str | None, *members: str, parties: tuple[str, ...] = (), conflict: bool = False, owner: bool | None = None
) -> MotionMention:
    return MotionMention(
        id=id,
        members=members,
        parties=parties,
        cosigners=False,
        adopted=None,
        action="mentions",
        evidence="",
        span=(0, 0),
        evidence_span=(0, 0),
        conflict=conflict,
        conflict_owner=owner,
    )


def doc(source: str, *motions: MotionMention) -> Document:
    return Document(source=source, sha256="0", length=0, motions=motions)


def test_name_without_tussenvoegsel_takes_the_corpus_form() -> None:
    docs = resolve(
        [
            doc("a", motion("kst-35669-36", "Van Weyenberg", "Smeulders")),
            doc("b", motion("kst-35669-9", "Weyenberg", "Smeulders")),
        ]
    )
    assert docs[1].motions[0].members == ("Van Weyenberg", "Smeulders")


def test_two_corpus_forms_leave_the_name_as_written() -> None:
    docs = resolve(
        [
            doc("a", motion(None, "Van Dijk"), motion(None, "De Dijk")),
            doc("b", motion(None, "Dijk")),
        ]
    )
    assert docs[1].motions[0].members == ("Dijk",)


def test_first_names_are_not_replaced() -> None:
    docs = resolve([doc("a", motion(None, "Van Dijk")), doc("b", motion(None, "Jasper van Dijk"))])
    assert docs[1].motions[0].members == ("Jasper van Dijk",)


def test_parties_come_from_the_same_motion_only() -> None:
    docs = resolve(
        [
            doc("a", motion("kst-35669-36", "Van Weyenberg", "Smeulders", parties=("D66", "GroenLinks"))),
            doc(
                "b",
                motion("kst-35669-36", "Smeulders", "Van Weyenberg"),
                motion("kst-35669-9", "Smeulders", "Van Weyenberg"),
            ),
        ]
    )
    assert docs[1].motions[0].parties == ("D66", "GroenLinks")
    assert docs[1].motions[1].parties == ()  # another motion of the same members: not filled


def test_parties_not_filled_when_members_differ() -> None:
    docs = resolve(
        [
            doc("a", motion("kst-1-1", "Omtzigt", parties=("CDA",))),
            doc("b", motion("kst-1-1", "Klaver")),
        ]
    )
    assert docs[1].motions[0].parties == ()


def test_corpus_decides_the_owner_of_a_conflicting_number() -> None:
    docs = resolve(
        [
            doc(
                "a",
                motion("kst-25295-734", "Smeulders", conflict=True, owner=True),
                motion("kst-25295-734", "Van der Staaij", conflict=True, owner=False),
            ),
            doc("b", motion("kst-25295-734", "Van der Staaij")),
        ]
    )
    assert [m.conflict_owner for m in docs[0].motions] == [False, True]


def test_corpus_without_a_word_on_the_conflict_keeps_the_letter_rule() -> None:
    docs = resolve(
        [
            doc(
                "a",
                motion("kst-25295-734", "Smeulders", conflict=True, owner=True),
                motion("kst-25295-734", "Van der Staaij", conflict=True, owner=False),
            ),
            doc("b", motion("kst-25295-734", "Klaver")),
        ]
    )
    assert [m.conflict_owner for m in docs[0].motions] == [True, False]


def test_seed_members_are_full_names(seed_docs: list[Document]) -> None:
    names = {n for d in seed_docs for m in d.motions for n in m.members}
    assert "Weyenberg" not in names and "Van Weyenberg" in names
    assert "Van Nijkerken-De Haan" in names
