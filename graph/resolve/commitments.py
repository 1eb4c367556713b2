"""Corpus-level resolution: commitments (see :mod:`graph.resolve`).

A kept promise often names where it was made: "de toezegging over … in de kamerbrief «Gezond en
veilig thuiswerken» van 16 november 2020", with the Kamerstuk in a footnote. When that letter is in
the corpus (by its number, else by its date), the kept promise is linked to the promise made there
whose words best match what was promised: the kept commitment gets ``refers_to`` (the letter's id,
or its source when it has none), ``keeps`` (the promise's sentence, the evidence), ``fulfils``
(the promise as ``<source>#<start>-<end>``) and ``link_confidence``; the promise made gets the
keeping letter in ``kept_by``.

The status of a promise as of a date follows: fulfilled when a letter dated on or before it keeps
it, overdue when its ``due`` has passed, else open (:func:`status`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from graph import patterns as P
from graph.model import Commitment, Document

MIN_SHARED = 2  # content words a kept and a made promise must share to be linked
#: Words that say nothing about the subject of a promise.
STOPWORDS = frozenset(
    "aan als bij dat de deze die dit door een en het hier hun in is ik met mijn naar niet nog of om "
    "onder op over te tot uit uw van voor was wat we wij worden wordt zal zijn zou zullen ook kamer "
    "brief kamerbrief toezegging toegezegd informeren doen sturen hebben heeft heb tijdens zoals tevens "
    "verder nader stand zaken".split()
)


def resolve(docs: list[Document]) -> list[Document]:
    by_id: dict[str, int] = {}
    by_date: dict[str, list[int]] = {}
    for i, d in enumerate(docs):
        for key in (d.id, d.id_from_corpus):
            if key:
                by_id.setdefault(key, i)
        when = d.date or d.date_from_corpus
        if when:
            by_date.setdefault(when, []).append(i)
    made: dict[int, list[Commitment]] = {i: list(d.commitments) for i, d in enumerate(docs)}
    for i, doc in enumerate(docs):
        for k, c in enumerate(made[i]):
            if c.kind != "fulfilled":
                continue
            target, how = _letter(c, by_id, by_date, i)
            if target is None:
                continue
            tdoc = docs[target]
            name = tdoc.id or tdoc.id_from_corpus or tdoc.source
            best, shared = _best_match(c, made[target])
            base = 0.5 if how == "id" else 0.35
            if best is None:
                made[i][k] = replace(c, refers_to=c.refers_to or name, link_confidence=round(base * 0.6, 2))
                continue
            confidence = round(min(0.99, base + 0.1 * shared), 2)
            promise = made[target][best]
            made[i][k] = replace(
                c,
                refers_to=c.refers_to or name,
                keeps=promise.text,
                fulfils=f"{tdoc.source}#{promise.span[0]}-{promise.span[1]}",
                link_confidence=confidence,
            )
            keeper = doc.id or doc.id_from_corpus or doc.source
            if keeper not in promise.kept_by:
                made[target][best] = replace(promise, kept_by=(*promise.kept_by, keeper))
    return [replace(d, commitments=tuple(made[i])) for i, d in enumerate(docs)]


def _letter(
    c: Commitment, by_id: dict[str, int], by_date: dict[str, list[int]], self_index: int
) -> tuple[int | None, str]:
    """The corpus letter a kept promise was made in: by Kamerstuk number, else by its date when
    the promise was made in a letter ("in de kamerbrief … van 16 november 2020")."""
    if c.refers_to and c.refers_to in by_id and by_id[c.refers_to] != self_index:
        return by_id[c.refers_to], "id"
    if c.made_on and c.made_in and "brief" in c.made_in.lower():
        hits = [j for j in by_date.get(c.made_on, []) if j != self_index]
        if len(hits) == 1:
            return hits[0], "date"
    if c.made_on and c.refers_to and c.refers_to.startswith("kst-"):
        hits = [j for j in by_date.get(c.made_on, []) if j != self_index]
        if len(hits) == 1:
            return hits[0], "date"
    return None, ""


def _words(text: str) -> set[str]:
    """Content words, cut to six letters so "adviesaanvraag" meets "adviesaanvragen"."""
    return {w[:6] for w in P.WORD.findall(text.lower()) if len(w) > 2 and w not in STOPWORDS}


def _best_match(kept: Commitment, candidates: list[Commitment]) -> tuple[int | None, int]:
    """The promise made whose words share most with what was kept (at least :data:`MIN_SHARED`)."""
    what = kept.what or kept.text
    cut = P.MADE_IN_LETTER.search(what)
    if cut:
        what = what[: cut.start()]  # the letter's title is not the subject of the promise
    want = _words(what)
    best, best_n = None, 0
    for j, m in enumerate(candidates):
        if m.kind != "made":
            continue
        n = len(want & _words(m.text))
        if n > best_n:
            best, best_n = j, n
    return (best, best_n) if best_n >= MIN_SHARED else (None, best_n)


def status(c: Commitment, as_of: dt.date, kept_on: dt.date | None = None) -> tuple[str, int | None]:
    """``("fulfilled"|"overdue"|"open", days overdue)`` of a promise made, as of a date."""
    if kept_on is not None and kept_on <= as_of:
        return "fulfilled", None
    due = dt.date.fromisoformat(c.due) if c.due else None
    if due is not None and due < as_of:
        return "overdue", (as_of - due).days
    return "open", None
