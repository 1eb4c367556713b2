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

``date_from_corpus`` is not filled: the seeds' case (an annex dated only by the covering letter's
"Op 30 maart jl. … (zie bijlage bij deze brief)") has no general, precise rule yet.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from graph import patterns as P
from graph.model import Document

SHORT_WORD = 3  # words this short ("de", "van") say nothing about a title


def _words(text: str | None) -> set[str]:
    return {w for w in P.WORD.findall((text or "").lower()) if len(w) > SHORT_WORD}


def resolve(docs: list[Document]) -> list[Document]:
    """Fill ``id_from_corpus`` of number-less letters from how other letters cite them."""
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
