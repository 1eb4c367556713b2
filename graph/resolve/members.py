"""Corpus-level resolution of motion members (see :mod:`graph.resolve`).

What one letter writes fully helps read another:

- a name without its tussenvoegsel ("de leden Weyenberg en Smeulders") takes the form the corpus
  knows ("Van Weyenberg"), when the corpus knows exactly one such form for that surname;
- a motion's parties are those of its filers when it was filed, so a mention of a numbered
  motion without parties takes them from another letter naming the same number with the same
  members (never from a member's party in another motion: members change parties);
- when a letter gives one number to motions of different members, the mention whose members
  other letters confirm for that number owns it (``conflict_owner``);
- a hyphenated name after the motion word ("de motie-Geurts-Bromet") is one double surname or two
  filers: it is split only where the corpus names both halves as filers elsewhere and never names
  the double name itself outside that form ("het lid Snijder-Hazelhoff" keeps it whole), and only
  at one hyphen.

Motions are never merged by members alone: only the number identifies a motion.
"""

from __future__ import annotations

from dataclasses import replace

from graph.find.motions import Member, parse_member
from graph.model import Document, MotionMention


def resolve(docs: list[Document]) -> list[Document]:
    split = _pair_splitter(docs)
    if split is not None:
        docs = [_split_pairs(d, split) for d in docs]
    parsed = {name: parse_member(name) for d in docs for m in d.motions for name in m.members}
    forms = _forms(parsed)
    named = [replace(d, motions=tuple(_full_names(m, parsed, forms) for m in d.motions)) for d in docs]
    parties = _parties_by_motion(named, parsed)
    confirmed = _members_by_motion(named, parsed)
    out = []
    for d in named:
        motions = _owners(tuple(_fill_parties(m, parties, parsed) for m in d.motions), confirmed, parsed)
        out.append(d if motions == d.motions else replace(d, motions=motions))
    return out


def _hyphen_form(m: MotionMention, name: str) -> bool:
    """The mention names ``name`` only in the hyphenated form "motie-<name>" (the ambiguous one)."""
    return len(m.members) == 1 and "-" in name and ("otie-" + name) in m.text


def _pair_splitter(docs: list[Document]) -> dict[str, tuple[str, str]] | None:
    """Hyphenated names read as two filers: name → (first, second), from what the corpus names plainly."""
    singles: dict[str, set[str]] = {}  # surname core → the names a plain mention writes for it
    doubles: set[str] = set()
    ambiguous: set[str] = set()
    for d in docs:
        for m in d.motions:
            for name in m.members:
                if _hyphen_form(m, name):
                    ambiguous.add(name)
                elif "-" in name:
                    doubles.add(name.lower())
                elif (p := parse_member(name)) is not None:
                    singles.setdefault(p.core, set()).add(name)
    out: dict[str, tuple[str, str]] = {}
    for name in ambiguous - {n for n in ambiguous if n.lower() in doubles}:
        cuts = []
        for i, ch in enumerate(name):
            if ch != "-":
                continue
            a, b = parse_member(name[:i]), parse_member(name[i + 1 :])
            if a is not None and b is not None and len(singles.get(a.core, ())) == 1 == len(singles.get(b.core, ())):
                cuts.append((next(iter(singles[a.core])), next(iter(singles[b.core]))))
        if len(cuts) == 1:
            out[name] = cuts[0]
    return out or None


def _split_pairs(d: Document, split: dict[str, tuple[str, str]]) -> Document:
    motions = tuple(
        replace(m, members=split[m.members[0]]) if m.members and m.members[0] in split and _hyphen_form(m, m.members[0])
        else m
        for m in d.motions
    )
    return d if motions == d.motions else replace(d, motions=motions)


def _forms(parsed: dict[str, Member | None]) -> dict[str, set[str]]:
    """Surname core → the names with a tussenvoegsel the corpus writes for it."""
    forms: dict[str, set[str]] = {}
    for m in parsed.values():
        if m is not None and m.has_tv and not m.has_first:
            forms.setdefault(m.core, set()).add(m.name)
    return forms


def _full_names(m: MotionMention, parsed: dict[str, Member | None], forms: dict[str, set[str]]) -> MotionMention:
    names = []
    for name in m.members:
        p = parsed.get(name)
        known = forms.get(p.core, set()) if p is not None and not p.has_tv and not p.has_first else set()
        names.append(next(iter(known)) if len(known) == 1 else name)
    return m if tuple(names) == m.members else replace(m, members=tuple(names))


def _keys(m: MotionMention, parsed: dict[str, Member | None]) -> frozenset[str]:
    out = set()
    for name in m.members:
        p = parsed.get(name) or parse_member(name)
        out.add(p.core if p is not None else name.lower())
    return frozenset(out)


def _parties_by_motion(
    docs: list[Document], parsed: dict[str, Member | None]
) -> dict[tuple[str, frozenset[str]], tuple[str, ...]]:
    found: dict[tuple[str, frozenset[str]], set[tuple[str, ...]]] = {}
    for d in docs:
        for m in d.motions:
            if m.id and m.parties and not m.conflict:
                found.setdefault((m.id, _keys(m, parsed)), set()).add(m.parties)
    return {k: next(iter(v)) for k, v in found.items() if len(v) == 1}


def _fill_parties(
    m: MotionMention,
    parties: dict[tuple[str, frozenset[str]], tuple[str, ...]],
    parsed: dict[str, Member | None],
) -> MotionMention:
    if m.parties or not m.id or m.conflict:
        return m
    known = parties.get((m.id, _keys(m, parsed)))
    return replace(m, parties=known) if known else m


def _members_by_motion(docs: list[Document], parsed: dict[str, Member | None]) -> dict[str, set[frozenset[str]]]:
    """Number → the member sets letters without a conflict give it."""
    out: dict[str, set[frozenset[str]]] = {}
    for d in docs:
        for m in d.motions:
            if m.id and m.members and not m.conflict:
                out.setdefault(m.id, set()).add(_keys(m, parsed))
    return out


def _owners(
    motions: tuple[MotionMention, ...], confirmed: dict[str, set[frozenset[str]]], parsed: dict[str, Member | None]
) -> tuple[MotionMention, ...]:
    """In a conflict, the mention whose members the other letters give the number owns it."""
    owners: dict[str, frozenset[str]] = {}
    for m in motions:
        sets = confirmed.get(m.id or "", set())
        if m.conflict and m.id and len(sets) == 1 and _keys(m, parsed) in sets:
            owners[m.id] = _keys(m, parsed)
    if not owners:
        return motions
    return tuple(
        replace(m, conflict_owner=_keys(m, parsed) == owners[m.id]) if m.conflict and m.id in owners else m
        for m in motions
    )
