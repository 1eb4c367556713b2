"""Corpus-level identity: a letter without its own number gets the number other letters cite it by.

A letter that arrives without its header or footer (a ministry's PDF, a publication-site page
without the Kamerstuk block) does not say which Kamerstuk it is. Another letter of the corpus
often does: "de kamerbrief «Gezond en veilig thuiswerken» van 16 november 2020" with a footnote
"Kamerstuk 25 883, nr. 394". The citations finder records that description on the citation
(``letter_date``, ``letter_title``); here a number-less letter of that date takes the id, when

- no letter of the corpus already has that id,
- the corpus does not describe that id with two different dates, and
- one letter only fits: the only number-less letter of that date, or, when several share the
  date, the only one whose subject shares words with the title the citing letter gives.

An enclosure gets ``date_from_corpus`` and ``annex_of`` from the letter it came with: a letter
saying "Op 30 maart jl. heeft het kabinet de SER om advies gevraagd (zie bijlage bij deze brief)"
dates the one undated, number-less letter of the corpus whose opening shares at least
``ANNEX_MIN_WORDS`` content words with that sentence, when no other letter fits as well.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from graph import patterns as P
from graph.model import Document

SHORT_WORD = 3  # words this short ("de", "van") say nothing about a title
ANNEX_MIN_WORDS = 2


def _words(text: str | None) -> set[str]:
    return {w for w in P.WORD.findall((text or "").lower()) if len(w) > SHORT_WORD}


def resolve(docs: list[Document]) -> list[Document]:
    """Fill ``id_from_corpus`` of number-less letters from how other letters cite them, and
    ``date_from_corpus``/``annex_of`` of undated enclosures."""
    return _annexes(_numbers(docs))


def _numbers(docs: list[Document]) -> list[Document]:
    known = {d.id for d in docs if d.id}
    dates: dict[str, set[str]] = defaultdict(set)
    titles: dict[str, set[str]] = defaultdict(set)
    citers: dict[str, set[int]] = defaultdict(set)
    for i, doc in enumerate(docs):
        for c in doc.cites:
            if c.letter_date and c.id not in known:
                dates[c.id].add(c.letter_date)
                titles[c.id] |= _words(c.letter_title)
                citers[c.id].add(i)
    by_date: dict[str, list[int]] = defaultdict(list)
    for i, doc in enumerate(docs):
        if doc.id is None and doc.id_from_corpus is None and doc.date:
            by_date[doc.date].append(i)
    fits: dict[str, list[int]] = {}  # cited id → letters it may be
    for kst, ds in dates.items():
        if len(ds) != 1:
            continue  # the corpus disagrees on when this letter was sent
        same_day = [i for i in by_date.get(next(iter(ds)), []) if i not in citers[kst]]
        if len(same_day) > 1:
            same_day = [i for i in same_day if titles[kst] & _title_words(docs[i])]
        fits[kst] = same_day
    ids_for: dict[int, list[str]] = defaultdict(list)
    for kst, letters in fits.items():
        for i in letters:
            ids_for[i].append(kst)
    # only a one-to-one fit: one letter for the id, one id for the letter
    return [
        replace(doc, id_from_corpus=ids_for[i][0])
        if len(ids_for.get(i, ())) == 1 and len(fits[ids_for[i][0]]) == 1
        else doc
        for i, doc in enumerate(docs)
    ]


def _title_words(doc: Document) -> set[str]:
    return _words(doc.subject) | _words(" ".join(doc.dossiers.values()))


def _annexes(docs: list[Document]) -> list[Document]:
    undated = [i for i, d in enumerate(docs) if d.date is None and d.date_from_corpus is None and d.id is None]
    if not undated:
        return docs
    found: dict[int, list[tuple[str, str]]] = defaultdict(list)  # letter → (date, covering letter)
    for j, cover in enumerate(docs):
        for annex in cover.annexes:
            said = _words(annex.text)
            scores = sorted(
                ((len(said & _words(docs[i].opening + " " + (docs[i].subject or ""))), i) for i in undated if i != j),
                reverse=True,
            )
            if not scores or scores[0][0] < ANNEX_MIN_WORDS or (len(scores) > 1 and scores[1][0] == scores[0][0]):
                continue
            found[scores[0][1]].append((annex.date, cover.id or cover.id_from_corpus or cover.source))
    out = list(docs)
    for i, fits in found.items():
        if len(set(fits)) == 1:  # the corpus says one thing about this letter
            out[i] = replace(out[i], date_from_corpus=fits[0][0], annex_of=fits[0][1])
    return out
