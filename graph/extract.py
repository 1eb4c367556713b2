"""Extract one letter: clean → find → resolve within the letter → :class:`Document`."""

from __future__ import annotations

import hashlib

from graph.clean import clean
from graph.find.citations import find_citations, find_handelingen, find_references, find_zaken
from graph.find.commitments import find_commitments
from graph.find.metadata import find_annexes, find_metadata, opening
from graph.find.motions import find_motions
from graph.model import Document
from graph.read import Source


def extract_text(raw: str, source: str = "<text>", sha256: str | None = None) -> Document:
    """Everything kamergraph finds in one letter's text. Never raises on odd text."""
    text = clean(raw)
    meta = find_metadata(text)
    own = set(meta.own_spans)
    cites = [
        c
        for c in find_citations(text, meta.date)
        if c.id != meta.id and not any(a <= c.span[0] < b for a, b in own)
    ]
    handelingen = find_handelingen(text)
    motions = find_motions(text, cites, meta.date)
    commitments = find_commitments(text, cites, handelingen, meta.date)
    warnings = list(meta.warnings)
    warnings.extend(f"conflict: {m.id} given to motions of different members" for m in motions if m.conflict)
    return Document(
        source=source,
        sha256=sha256 or hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest(),
        length=len(raw),
        id=meta.id,
        dossiers=meta.dossiers,
        date=meta.date,
        vergaderjaar=meta.vergaderjaar,
        sender=meta.sender,
        addressee=meta.addressee,
        reference=meta.reference,
        subject=meta.subject,
        shape=text.shape,
        cites=tuple(cites),
        zaken=tuple(find_zaken(text)),
        handelingen=tuple(handelingen),
        references=tuple(find_references(text)),
        footnotes=text.footnotes,
        motions=tuple(motions),
        commitments=tuple(commitments),
        warnings=tuple(dict.fromkeys(warnings)),
        annexes=tuple(find_annexes(text, meta.date)),
        opening=opening(text),
    )


def extract_source(src: Source) -> Document:
    return extract_text(src.text, src.path, src.sha256)
