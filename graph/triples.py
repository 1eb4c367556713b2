"""Turn extracted documents into RDF (the model is documented in graph/ontology.ttl and docs/model.md).

Triples are produced directly as N-Triples term strings rather than as rdflib or pyoxigraph
objects: at archive size building Python term objects is what
costs time and memory, while strings sort, deduplicate and hash cheaply. Every IRI is minted
from the input alone (official numbers, content hashes, name slugs), there are no blank nodes,
and ``graph.nt`` is written sorted, so the same letters always give a byte-identical file.

At archive size (100k letters, 18 M triples, a 2.7 GB graph.nt) the graph is never held whole:
a cheap global pass (:class:`Context`) gives what a letter needs from the others, each chunk of
letters becomes a sorted run on disk (in worker processes), the runs are merged into
graph.nt, and Turtle and JSON-LD are written streaming from it (see :func:`write_graph`).

rdflib stays the modelling API for library users (:func:`to_rdflib`); pyoxigraph is the engine
(:mod:`graph.store`, :mod:`graph.query`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import hashlib
import heapq
import json
import multiprocessing
import multiprocessing.context
import os
import shutil
import subprocess
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any, TextIO

from graph import patterns
from graph.deadlines import prinsjesdag
from graph.model import Commitment, Document, MotionMention
from graph.vocab import ID, KG, OB, PREFIXES, ZAAK

#: The vocabulary as plain strings for the writer's hot loop: looking a term up on the rdflib
#: DefinedNamespace costs ~1 µs (0.6 s of 5 s at 3,000 letters). A typo still fails, at first use.
K = SimpleNamespace(**{name: str(getattr(KG, name)) for name in KG.__annotations__})

if TYPE_CHECKING:
    import rdflib

_XSD = PREFIXES["xsd"]
_RDF_TYPE = f"<{PREFIXES['rdf']}type>"
_DCT = PREFIXES["dcterms"]
_ACTIONS = {"settles": KG.settles, "progress": KG.progress, "mentions": KG.mentions}
#: Letters per sorted run of :func:`write_nt` (~185 triples each: ~0.2 M lines, ~80 MB in a worker).
CHUNK_LETTERS = 1000
#: Graphs of more lines than this get their JSON-LD written by a second process.
PARALLEL_SERIALISE = 200_000


# --- terms -----------------------------------------------------------------------------------


def iri(value: str) -> str:
    """An IRI as an N-Triples term; characters an IRI cannot hold are percent-encoded."""
    return "<" + patterns.IRI_UNSAFE.sub(lambda m: "".join(f"%{b:02X}" for b in m.group().encode()), value) + ">"


def literal(value: str, datatype: str | None = None) -> str:
    """A literal as an N-Triples term (a plain string when ``datatype`` is None)."""
    text = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{text}"' if datatype is None else f'"{text}"^^<{datatype}>'


def date_literal(value: str | None) -> str | None:
    """An ``xsd:date`` term, or None when ``value`` is missing or not a real calendar date."""
    if not value or not patterns.PARAM_DATE.fullmatch(value):
        return None
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return None
    return literal(value, _XSD + "date")


def decimal_literal(value: float) -> str:
    text = f"{value:.3f}".rstrip("0")
    return literal(text + "0" if text.endswith(".") else text, _XSD + "decimal")


def integer_literal(value: int) -> str:
    return literal(str(int(value)), _XSD + "integer")


TRUE = literal("true", _XSD + "boolean")


def stable_hash(*parts: object) -> str:
    """First 16 hex digits of the SHA-256 of the parts: the local name of a minted IRI."""
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode()).hexdigest()[:16]


def slug(name: str) -> str:
    """"Van Nijkerken-De Haan" → "van-nijkerken-de-haan"; "B. van 't Wout" → "b-van-t-wout"."""
    ascii_ = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    out, dash = [], False
    for ch in ascii_:
        if ch.isalnum():
            out.append(ch)
            dash = False
        elif ch != "'" and not dash and out:
            out.append("-")
            dash = True
    return "".join(out).strip("-") or stable_hash(name)


# --- IRIs kamergraph mints (public: the view and the resolvers rely on them) --------------------


def letter_iri(doc: Document) -> str:
    """``ob:<kst-id>`` when the letter states its number, else ``id:letter/<content hash>``."""
    return f"{OB}{doc.id}" if doc.id else f"{ID}letter/{doc.sha256[:16]}"


def dossier_iri(dossier: str) -> str:
    return f"{ID}dossier/{dossier.replace(' ', '')}"


def motion_iri(m: MotionMention, letter: str) -> str:
    """``ob:<kst-id>`` when the number is known, else minted from the sorted member names.

    In a conflict (one number given to motions of different members) only the mention that owns
    the number gets it; the other is its own motion, both linked to the conflict node.
    """
    if m.id and not (m.conflict and m.conflict_owner is False):
        return f"{OB}{m.id}"
    if m.members:
        return f"{ID}motion/{'_'.join(sorted(slug(x) for x in m.members))}"
    return f"{ID}motion/{stable_hash(letter, m.span)}"


def commitment_iri(doc: Document, c: Commitment) -> str:
    """Minted from the letter's hash, the sentence and what was read in it: one sentence can
    keep two promises (made on different days), each its own commitment."""
    return f"{ID}commitment/{stable_hash(doc.sha256, c.kind, c.type, c.span, c.made_on, c.made_in, c.due_text)}"


def commitment_key(doc: Document, c: Commitment) -> str:
    """How a resolver names a commitment it links a kept promise to: ``<source>#<start>-<end>``."""
    return f"{doc.source}#{c.span[0]}-{c.span[1]}"


def letter_date(doc: Document) -> str | None:
    """The date a letter counts with in timelines: its own, else the one the corpus gives it."""
    return doc.date or doc.date_from_corpus


def counting_date(doc: Document) -> str | None:
    """The date a letter counts with in as-of questions: :func:`letter_date`, else the first day
    of its vergaderjaar (the earliest it can be; written as ``kg:dateEarliest``)."""
    return letter_date(doc) or vergaderjaar_start(doc.vergaderjaar)


def vergaderjaar_start(vergaderjaar: str | None) -> str | None:
    """First day of a parliamentary year: the third Tuesday of September (Prinsjesdag)."""
    if not vergaderjaar or not vergaderjaar[:4].isdigit():
        return None
    return prinsjesdag(int(vergaderjaar[:4])).isoformat()


# --- triples ---------------------------------------------------------------------------------


class _Writer:
    """Collects triples as N-Triples lines without their subject, deduplicated, per subject.

    Sorting ~9 lines per subject and then the subjects takes a third of the comparisons of
    sorting whole lines that share long IRI prefixes (0.42 -> 0.28 s for 2,000 letters). It gives
    the same order: a subject is an IRI, and no ``<…>`` is a prefix of another.
    """

    def __init__(self) -> None:
        self.subjects: dict[str, set[str]] = {}  # subject term → "<p> <o> .\n" lines
        self._iri: dict[str, str] = {}  # predicates and classes as terms
        self.documents: dict[tuple[object, ...], str] = {}  # cited documents written (a quarter of the time)

    def _term(self, value: str) -> str:
        t = self._iri.get(value)
        if t is None:
            t = self._iri[value] = iri(value)
        return t

    def _of(self, s: str) -> set[str]:
        rest = self.subjects.get(s)
        if rest is None:
            rest = self.subjects[s] = set()
        return rest

    def add(self, s: str, p: str, o: str | None) -> None:
        if o is not None:
            self._of(s).add(f"{self._term(p)} {o} .\n")

    def a(self, s: str, *classes: str) -> None:
        rest = self._of(s)
        for c in classes:
            rest.add(f"{_RDF_TYPE} {self._term(c)} .\n")

    def sorted_lines(self) -> list[str]:
        """Every line, sorted (as ``sorted()`` of the whole lines would)."""
        subjects = self.subjects
        return [f"{s} {rest}" for s in sorted(subjects) for rest in sorted(subjects[s])]

    def text(self, s: str, p: str, value: str | None) -> None:
        if value:
            self.add(s, p, literal(value))

    def provenance(self, node: str, letter: str, evidence: str, span: tuple[int, int], rule: str,
                   confidence: float | None) -> None:
        self.text(node, K.evidence, evidence)
        self.add(node, K.spanStart, integer_literal(span[0]))
        self.add(node, K.spanEnd, integer_literal(span[1]))
        self.text(node, K.rule, rule)
        if confidence is not None:
            self.add(node, K.confidence, decimal_literal(confidence))
        self.add(node, PREFIXES["prov"] + "wasDerivedFrom", letter)


def _document(w: _Writer, kst: str, dossier: str | None, dossiers: Sequence[str], nr: int | None,
              toevoeging: str | None) -> str:
    key = (kst, dossier, tuple(dossiers), nr, toevoeging)
    node = w.documents.get(key)
    if node is not None:  # its triples depend on these arguments only: already written
        return node
    node = w.documents[key] = iri(f"{OB}{kst}")
    w.a(node, K.Document)
    w.text(node, _DCT + "identifier", kst)
    if dossier:
        w.add(node, K.dossier, iri(dossier_iri(dossier)))
    for d in (dossier, *dossiers) if dossier else dossiers:
        w.add(node, K.inDossier, iri(dossier_iri(d)))
        w.a(iri(dossier_iri(d)), K.Dossier)
        w.text(iri(dossier_iri(d)), _DCT + "identifier", d)
    if nr is not None:
        w.add(node, K.number, integer_literal(nr))
    w.text(node, K.toevoeging, toevoeging)
    return node


def _letter(w: _Writer, doc: Document) -> str:
    node = iri(letter_iri(doc))
    w.a(node, K.Letter, K.Document)
    w.text(node, _DCT + "identifier", doc.id)
    w.add(node, _DCT + "date", date_literal(doc.date))
    w.add(node, K.dateFromCorpus, date_literal(doc.date_from_corpus))
    if not letter_date(doc):
        w.add(node, K.dateEarliest, date_literal(vergaderjaar_start(doc.vergaderjaar)))
    w.text(node, _DCT + "title", doc.subject)
    w.text(node, K.sourceFile, doc.source)
    w.text(node, K.sha256, doc.sha256)
    w.text(node, K.vergaderjaar, doc.vergaderjaar)
    w.text(node, K.addressee, doc.addressee)
    w.text(node, K.reference, doc.reference)
    for ref in doc.references:
        w.text(node, K.reference, ref.id)
    if doc.sender.name:
        person = iri(f"{ID}person/{slug(doc.sender.name)}")
        w.add(node, K.sender, person)
        w.a(person, PREFIXES["foaf"] + "Person")
        w.text(person, PREFIXES["foaf"] + "name", doc.sender.name)
    w.text(node, K.senderRole, doc.sender.role)
    for i, (number, title) in enumerate(doc.dossiers.items()):
        d = iri(dossier_iri(number))
        w.add(node, K.dossier if i == 0 else K.inDossier, d)
        w.add(node, K.inDossier, d)
        w.a(d, K.Dossier)
        w.text(d, _DCT + "identifier", number.replace(" ", ""))
        w.text(d, PREFIXES["rdfs"] + "label", title)
    if doc.id and doc.dossiers:
        nr = doc.id.rsplit("-", 1)[-1]
        w.add(node, K.number, integer_literal(int(nr)) if nr.isdigit() else None)
    if _same_as(doc):
        w.add(node, PREFIXES["owl"] + "sameAs", iri(f"{OB}{doc.id_from_corpus}"))
    return node


def _same_as(doc: Document) -> bool:
    """Whether the corpus revealed the letter's number (and it is not the one it states)."""
    same = doc.id_from_corpus
    return bool(same and same != doc.id and patterns.PARAM_KST.fullmatch(same))


def _citations(w: _Writer, doc: Document, letter: str) -> None:
    for c in doc.cites:
        # an Eerste Kamer document numbered by letter (kst-35570-A) has no number
        target = _document(w, c.id, c.dossier, c.dossiers, c.nr if c.letter is None else None, c.toevoeging)
        w.add(letter, K.cites, target)
        node = iri(f"{ID}citation/{stable_hash(letter, c.id, c.span)}")
        w.a(node, K.Citation)
        w.add(node, K.letter, letter)
        w.add(node, _DCT + "references", target)
        w.text(node, K.footnote, c.footnote)
        w.provenance(node, letter, c.text, c.span, "citation", None)
    for z in doc.zaken:
        node = iri(f"{ZAAK}{z.id}")
        w.add(letter, K.citesZaak, node)
        w.a(node, K.Zaak)
        w.text(node, _DCT + "identifier", z.id)
    for h in doc.handelingen:
        node = iri(f"{ID}handelingen/{h.id}")
        w.add(letter, K.citesHandelingen, node)
        w.a(node, K.Handelingen)
        w.text(node, _DCT + "identifier", h.id)
        w.text(node, K.vergaderjaar, h.vergaderjaar)
        w.add(node, K.number, integer_literal(h.nr))


def _motions(w: _Writer, doc: Document, letter: str) -> None:
    date = date_literal(letter_date(doc))
    for m in doc.motions:
        motion = iri(motion_iri(m, letter))
        w.a(motion, K.Motion)
        if m.id and motion == iri(f"{OB}{m.id}"):
            w.a(motion, K.Document)
            w.text(motion, _DCT + "identifier", m.id)
        parties = [iri(f"{ID}party/{slug(p)}") for p in m.parties]
        for p, label in zip(parties, m.parties, strict=True):
            w.a(p, K.Party, PREFIXES["org"] + "Organization")
            w.text(p, PREFIXES["skos"] + "prefLabel", label)
        for i, name in enumerate(m.members):
            member = iri(f"{ID}member/{slug(name)}")
            w.add(motion, K.member, member)
            w.a(member, K.Member, PREFIXES["foaf"] + "Person")
            w.text(member, PREFIXES["foaf"] + "name", name)
            if len(parties) == len(m.members):  # parties listed member by member
                w.add(member, K.party, parties[i])
        if len(parties) != len(m.members):
            for p in parties:
                w.add(motion, K.party, p)
        w.add(motion, K.adopted, date_literal(m.adopted))
        if m.cosigners:
            w.add(motion, K.cosigners, TRUE)
        w.text(motion, K.appreciation, m.appreciation)
        action = iri(_ACTIONS[m.action])
        node = iri(f"{ID}action/{stable_hash(letter, motion, m.action, m.evidence_span, m.span)}")
        w.a(node, K.MotionAction)
        w.add(node, K.letter, letter)
        w.add(node, K.motion, motion)
        w.add(node, K.action, action)
        w.add(node, _DCT + "date", date)
        w.provenance(node, letter, m.evidence, m.evidence_span, m.rule or "unknown", m.confidence)
        w.add(letter, _ACTIONS[m.action], motion)
        if m.conflict:
            conflict = iri(f"{ID}conflict/{stable_hash(letter, m.id or motion)}")
            w.a(conflict, K.Conflict)
            w.add(conflict, K.letter, letter)
            w.add(conflict, K.motion, motion)
            w.text(conflict, _DCT + "identifier", m.id)
            w.text(conflict, PREFIXES["rdfs"] + "comment", f"{m.id} is given to motions of different members")
            w.add(node, K.conflict, conflict)
            w.add(motion, K.conflict, conflict)


def _commitments(w: _Writer, doc: Document, letter: str, ctx: Context) -> None:
    keys, known = ctx.keys, ctx.known
    for c in doc.commitments:
        node = iri(commitment_iri(doc, c))
        w.a(node, K.Commitment)
        w.text(node, K.commitmentType, c.type)
        w.text(node, K.commitmentKind, c.kind)
        w.text(node, _DCT + "description", c.text)
        w.add(node, K.due, date_literal(c.due))
        w.add(node, K.dueEarliest, date_literal(c.due_earliest))
        w.text(node, K.dueText, c.due_text)
        w.text(node, K.madeBy, c.made_by)
        made_on = c.made_on if c.kind == "fulfilled" else (c.made_on or letter_date(doc))
        w.add(node, K.madeOn, date_literal(made_on))
        w.text(node, K.madeIn, c.made_in)
        if c.refers_to and patterns.PARAM_KST.fullmatch(c.refers_to):
            w.add(node, K.madeInDocument, known.get(c.refers_to) or iri(f"{OB}{c.refers_to}"))
        w.provenance(node, letter, c.text, c.span, c.rule or "unknown", c.confidence)
        if c.kind == "made":
            w.add(letter, K.makes, node)
            w.add(node, K.firstKeptOn, ctx.first_kept.get(node))
            continue
        w.add(letter, K.keeps, node)
        w.add(node, K.keptBy, letter)
        # set by the commitments resolver: the made promise this kept one fulfils ("<source>#<s>-<e>")
        made = keys.get(c.fulfils or "")
        if made:
            w.add(node, K.sameCommitmentAs, made)
            w.add(made, K.keptBy, letter)


@dataclass(frozen=True)
class Context:
    """What one letter's triples need to know about the others: the cheap global pass.

    ``known``: a Kamerstuk id → the IRI of the letter in the corpus that has it (stated, or
    revealed by another letter); ``keys``: a commitment key (:func:`commitment_key`) → the IRI
    of that made commitment; ``first_kept``: a made commitment's IRI → the ``xsd:date`` term of
    the earliest dated letter that keeps it (``kg:firstKeptOn``).
    """

    known: dict[str, str]
    keys: dict[str, str]
    first_kept: dict[str, str]

    @classmethod
    def of(cls, docs: Sequence[Document]) -> Context:
        known = {d.id: iri(letter_iri(d)) for d in docs if d.id}
        for d in docs:  # a stated number wins over one the corpus reveals; the first letter wins
            if _same_as(d):
                known.setdefault(d.id_from_corpus or "", iri(letter_iri(d)))
        keys = {commitment_key(d, c): iri(commitment_iri(d, c)) for d in docs for c in d.commitments}
        first: dict[str, str] = {}  # ISO dates compare as strings
        for d in docs:
            day = counting_date(d)
            if day is None:  # a promise kept only by a letter of unknown date stays open
                continue
            for c in d.commitments:
                made = keys.get(c.fulfils or "") if c.kind != "made" else None
                if made and day < first.get(made, "9999"):
                    first[made] = day
        return cls(known, keys, {k: v for k, day in first.items() if (v := date_literal(day)) is not None})

    def part(self, docs: Sequence[Document]) -> Context:
        """Only the entries ``docs`` look up: what a worker process is sent with its letters."""
        refers = {c.refers_to for d in docs for c in d.commitments if c.refers_to}
        fulfils = {c.fulfils for d in docs for c in d.commitments if c.fulfils}
        made = {iri(commitment_iri(d, c)) for d in docs for c in d.commitments if c.kind == "made"}
        return Context({k: v for k in refers if (v := self.known.get(k)) is not None},
                       {k: v for k in fulfils if (v := self.keys.get(k)) is not None},
                       {k: v for k in made if (v := self.first_kept.get(k)) is not None})


def _lines(docs: Sequence[Document], ctx: Context) -> list[str]:
    """The triples of ``docs`` (looking others up in ``ctx``) as sorted, unique N-Triples lines."""
    w = _Writer()
    for doc in docs:
        letter = _letter(w, doc)
        _citations(w, doc, letter)
        _motions(w, doc, letter)
        _commitments(w, doc, letter, ctx)
    return w.sorted_lines()


def triples(docs: Sequence[Document], corpus: Sequence[Document] | None = None) -> list[str]:
    """The graph of ``docs`` as sorted, unique N-Triples lines (each ending in a newline).

    With ``corpus`` (which holds ``docs``), links to the other letters are resolved against the
    whole corpus: the triples are exactly those ``docs`` contribute to the corpus's graph.
    """
    return _lines(docs, Context.of(corpus if corpus is not None else docs))


def _write_run(docs: Sequence[Document], ctx: Context, path: Path) -> None:
    """The sorted lines of some letters, written to ``path`` (one run of the merge)."""
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.writelines(_lines(docs, ctx))


def _merged(runs: Sequence[Path]) -> Iterator[str]:
    """The sorted runs merged into one sorted stream, duplicates (shared nodes) dropped."""
    files = [open(r, encoding="utf-8", newline="\n") for r in runs]
    try:
        last = None
        for line in heapq.merge(*files):
            if line != last:
                yield line
                last = line
    finally:
        for f in files:
            f.close()


def _merge_runs(runs: Sequence[Path], path: Path) -> int:
    """Merge the sorted runs into ``path``, each line once; return its line count.

    GNU sort merges in C and in its own process: 0.54 s of CPU for the 1.9 M lines of 10,000
    letters, against 1.3 s for :func:`_merged` in this one. Byte order in the C locale is the
    code point order ``sorted()`` gives, as UTF-8 keeps it. Without a sort that takes these
    options (BSD sort has no ``--batch-size``) or when it fails, :func:`_merged` does the same.
    """
    sort = shutil.which("sort") if len(runs) > 1 else None
    if sort is not None:
        try:  # a batch as large as the runs: one pass, no temporary files
            subprocess.run([sort, "-m", "-u", f"--batch-size={len(runs)}", "-o", str(path), "--", *map(str, runs)],
                           env={**os.environ, "LC_ALL": "C"}, check=True, capture_output=True)
            with open(path, "rb") as f:
                return sum(block.count(b"\n") for block in iter(lambda: f.read(1 << 20), b""))
        except (OSError, subprocess.CalledProcessError):
            path.unlink(missing_ok=True)
    count = 0
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for line in _merged(runs):
            f.write(line)
            count += 1
    return count


def write_nt(docs: Sequence[Document], path: Path, jobs: int | None = None,
             on_runs: Callable[[list[Path]], object] | None = None) -> int:
    """Write the sorted, unique ``graph.nt`` of ``docs`` to ``path``; return its line count.

    Letters are turned into triples in chunks, each chunk's sorted lines written to a run file
    beside ``path`` (in worker processes for large corpora), and the runs merged: memory holds
    one chunk per worker, never the whole graph. Every line depends only on its letter and the
    global :class:`Context`, so the output does not depend on how the letters were chunked.

    Workers are spawned, so a script that calls this (through ``build``) guards its entry point
    with ``if __name__ == "__main__":``, as multiprocessing asks.

    ``on_runs(runs)`` is called once every line is in a run file, before the merge; the runs are
    deleted after it, so a caller that reads them (the build's store) opens them at once.
    """
    ctx = Context.of(docs)
    n_chunks = max(1, -(-len(docs) // CHUNK_LETTERS))
    size = -(-len(docs) // n_chunks)
    chunks = [docs[i:i + size] for i in range(0, len(docs), size)]
    runs = [path.with_name(f".{path.name}.run{i:05d}") for i in range(len(chunks))]
    workers = min(jobs or os.cpu_count() or 1, len(chunks))
    try:
        if workers > 1:
            # Fresh (spawned) workers, each sent its chunk pickled (2.3 kB a letter). Forked workers
            # shared this process's pages, but every object they read or allocated copied a page:
            # at 100,000 letters each grew to 1.1 GB and the build peaked at 3.0 GB.
            spawn = multiprocessing.get_context("spawn")
            with ProcessPoolExecutor(max_workers=workers, mp_context=spawn) as pool:
                for done in [pool.submit(_write_run, c, ctx.part(c), r) for c, r in zip(chunks, runs, strict=True)]:
                    done.result()
        else:
            for c, r in zip(chunks, runs, strict=True):
                _write_run(c, ctx, r)
        if on_runs:
            on_runs(runs)
        return _merge_runs(runs, path)
    finally:
        for r in runs:
            r.unlink(missing_ok=True)


def read_nt(path: Path) -> Iterator[str]:
    """The lines of an N-Triples file kamergraph wrote (a line ends only at ``\\n``)."""
    with open(path, encoding="utf-8", newline="\n") as f:
        yield from f


# --- serialisations --------------------------------------------------------------------------


def _split(line: str) -> tuple[str, str, str]:
    s, p, o = line.split(" ", 2)
    return s, p, o[:-3]


def _grouped(lines: Iterable[str]) -> Iterator[tuple[str, list[tuple[str, str]]]]:
    """(subject, [(predicate, object), ...]) per subject; sorted lines keep a subject together."""
    current, pos = "", list[tuple[str, str]]()
    for line in lines:
        s, p, o = _split(line)
        if s != current:
            if pos:
                yield current, pos
            current, pos = s, []
        pos.append((p, o))
    if pos:
        yield current, pos


_BY_LENGTH = sorted(PREFIXES.items(), key=lambda kv: -len(kv[1]))


_NS_PREFIX = {ns: prefix for prefix, ns in PREFIXES.items()}


@functools.lru_cache(maxsize=1 << 16)  # predicates, types, members and letters recur constantly
def compact(term_iri: str) -> str | None:
    """``prefix:local`` for an IRI (without brackets), or None when no prefix fits cleanly."""
    # fast path: every namespace ends in "/" or "#", so the one ending at the IRI's last
    # separator is the longest it can start with (the loop below gives the same answer, slower)
    cut = max(term_iri.rfind("/"), term_iri.rfind("#")) + 1
    prefix = _NS_PREFIX.get(term_iri[:cut])
    if prefix is not None and patterns.PREFIX_LOCAL.fullmatch(term_iri, cut):
        return f"{prefix}:{term_iri[cut:]}"
    for prefix, ns in _BY_LENGTH:
        if term_iri.startswith(ns):
            local = term_iri[len(ns):]
            if patterns.PREFIX_LOCAL.fullmatch(local):
                return f"{prefix}:{local}"
    return None


def _turtle_term(term: str) -> str:
    if term.startswith("<"):
        return compact(term[1:-1]) or term
    if term.endswith(">"):
        value, _, datatype = term.rpartition("^^")
        return f"{value}^^{compact(datatype[1:-1]) or datatype}"
    return term


class _TurtleNodes:
    """Turtle, one subject block at a time, to an open file."""

    def __init__(self, f: TextIO) -> None:
        self.f = f
        self.preds = {_RDF_TYPE: "a"}  # predicate term → as written
        for prefix, ns in PREFIXES.items():
            f.write(f"@prefix {prefix}: <{ns}> .\n")

    def node(self, s: str, pos: list[tuple[str, str]]) -> None:
        out = [f"\n{_turtle_term(s)}"]
        last = ""
        for p, o in sorted(pos, key=lambda po: po[0] != _RDF_TYPE):  # "a" first, order otherwise kept
            if p == last:
                out.append(f",\n        {_turtle_term(o)}")
            else:
                pred = self.preds.get(p)
                if pred is None:
                    pred = self.preds[p] = _turtle_term(p)
                out.append(f"{' ;' if last else ''}\n    {pred} {_turtle_term(o)}")
                last = p
        out.append(" .\n")
        self.f.write("".join(out))

    def close(self) -> None:
        pass


def write_turtle(lines: Iterable[str], path: Path) -> None:
    _serialise(lines, {path: _TurtleNodes})


def _unescape(text: str) -> str:
    if "\\" not in text:
        return text
    table = {'"': '"', "\\": "\\", "n": "\n", "r": "\r", "t": "\t", "b": "\b", "f": "\f"}
    return patterns.NT_ESCAPE.sub(lambda m: table[m.group(1)], text)


def _jsonld_value(term: str) -> Any:
    if term.startswith("<"):
        return {"@id": compact(term[1:-1]) or term[1:-1]}
    if term.endswith(">"):
        value, _, datatype = term.rpartition("^^")
        return {"@value": _unescape(value[1:-1]), "@type": compact(datatype[1:-1]) or datatype[1:-1]}
    return _unescape(term[1:-1])


def jsonld_context() -> dict[str, Any]:
    """The prefixes; JSON-LD 1.1 uses one not ending in ``/`` or ``#`` only when marked ``@prefix``."""
    return {p: ns if ns[-1] in ":/?#[]@" else {"@id": ns, "@prefix": True} for p, ns in PREFIXES.items()}


#: ``json.dumps(node, ensure_ascii=False)`` without building an encoder per node (the graph has no cycles)
_JSON = json.JSONEncoder(ensure_ascii=False, check_circular=False)


class _JsonldNodes:
    """A flat JSON-LD document (one node object per subject) with the prefixes as its context."""

    # one node object per line: readable, and json's C encoder (indent= falls back to Python's)
    def __init__(self, f: TextIO) -> None:
        self.f = f
        self.sep = ""
        self.keys = {_RDF_TYPE: "@type"}  # predicate term → its key in a node object
        context = json.dumps({"@version": 1.1, **jsonld_context()}, ensure_ascii=False, indent=1)
        f.write('{"@context": ' + context + ',\n"@graph": [\n')

    def node(self, s: str, pos: list[tuple[str, str]]) -> None:
        keys = self.keys
        node: dict[str, Any] = {"@id": compact(s[1:-1]) or s[1:-1]}
        for p, o in pos:
            key = keys.get(p)
            if key is None:
                key = keys[p] = compact(p[1:-1]) or p[1:-1]
            value = (compact(o[1:-1]) or o[1:-1]) if key == "@type" else _jsonld_value(o)
            values = node.get(key)
            if values is None:
                node[key] = [value]
            else:
                values.append(value)
        self.f.write(self.sep + _JSON.encode(node))
        self.sep = ",\n"

    def close(self) -> None:
        self.f.write("\n]}\n")


def write_jsonld(lines: Iterable[str], path: Path) -> None:
    _serialise(lines, {path: _JsonldNodes})


def _serialise(lines: Iterable[str], outputs: dict[Path, Callable[[TextIO], _TurtleNodes | _JsonldNodes]]) -> None:
    """Write each output from one pass over sorted N-Triples lines (read and split once)."""
    with contextlib.ExitStack() as stack:
        writers = [make(stack.enter_context(open(path, "w", encoding="utf-8"))) for path, make in outputs.items()]
        for s, pos in _grouped(lines):
            for w in writers:
                w.node(s, pos)
        for w in writers:
            w.close()


def _serialise_runs(runs: Sequence[Path], ttl: Path, jsonld: Path) -> None:
    """Worker: graph.ttl and graph.jsonld in one pass, from graph.nt or the sorted runs it is merged from."""
    _serialise(_merged(runs), {ttl: _TurtleNodes, jsonld: _JsonldNodes})


def write_graph(docs: Sequence[Document], out_dir: Path, validate: bool = True, jobs: int | None = None,
                release: bool = False, on_runs: Callable[[list[Path]], object] | None = None) -> int:
    """Write graph.nt (sorted), graph.ttl and graph.jsonld into ``out_dir``; return the triple count.

    Unless ``validate`` is false the graph is checked against graph/shapes.ttl; a violation
    raises :class:`graph.errors.ValidationFailed` (with pySHACL's report) and leaves none of
    the three files behind. The Turtle and JSON-LD are written in one streaming pass over the
    sorted lines; for a large graph in a worker process that starts on the sorted runs while
    graph.nt is merged from them, alongside another that validates.

    With ``release`` (``docs`` a list), the letters are dropped from ``docs`` once graph.nt is
    written and the sample to validate is taken: the rest needs only graph.nt, and at 100,000
    letters they hold 1.4 GB. ``on_runs`` is passed to :func:`write_nt`: it is handed files that
    together hold every triple before graph.nt is merged from them, to start work that reads them
    alongside the merge and the serialisers (the build's store).
    """
    out_dir = Path(out_dir)
    names = [out_dir / "graph.nt", out_dir / "graph.ttl", out_dir / "graph.jsonld"]
    cores = jobs or os.cpu_count() or 1
    early: list[Path] = []  # hard links to the sorted runs, which write_nt deletes after the merge
    # spawned, not forked: a forked worker's allocations land in the pages this process frees
    # and copy them (at 100,000 letters each serialiser grew to ~0.6 GB)
    spawn = multiprocessing.get_context("spawn")
    try:
        with ProcessPoolExecutor(max_workers=2, mp_context=spawn) as pool:
            futures: list[Future[object]] = []

            def started(runs: list[Path]) -> None:
                if on_runs:
                    on_runs(runs)
                if cores > 1 and len(runs) > 1:  # a large graph: serialise it while it is merged
                    try:
                        for r in runs:
                            early.append(r.with_name(r.name.replace(".run", ".ser", 1)))
                            os.link(r, early[-1])
                    except OSError:  # no hard links here: serialise from graph.nt once merged
                        _unlink(early)
                        return
                    futures.append(pool.submit(_serialise_runs, list(early), names[1], names[2]))

            count = write_nt(docs, names[0], jobs, started)
            calls: list[Callable[[], object]] = []
            if validate:
                from graph import validate as v

                picked = v.sample(docs, count)  # a worker is sent the sampled letters, not all of them
                calls.append(partial(v.check_letters, *picked) if picked else partial(v.check_nt, names[0]))
            if release and isinstance(docs, list):
                docs.clear()
            if not futures:
                calls.append(partial(_serialise_runs, names[:1], names[1], names[2]))
            if count > PARALLEL_SERIALISE and cores > 1:
                futures += [pool.submit(c) for c in calls]
            else:
                for c in calls:
                    c()
            for done in futures:
                done.result()
    except BaseException:
        _unlink(names)
        raise
    finally:
        _unlink(early)
    return count


def _unlink(paths: list[Path]) -> None:
    for p in paths:
        p.unlink(missing_ok=True)
    paths.clear()


def to_rdflib(docs: Sequence[Document]) -> rdflib.Graph:
    """The graph of ``docs`` as an rdflib Graph, prefixes bound (for library users)."""
    import rdflib

    g = rdflib.Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    g.parse(data="".join(triples(docs)), format="nt")
    return g
