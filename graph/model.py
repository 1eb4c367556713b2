"""What kamergraph extracts from a letter: frozen dataclasses, each carrying its character span.

Spans are ``(start, end)`` offsets into the letter's text *as read* (after decoding), so
``raw[start:end]`` is always the matched text or the sentence quoted as evidence.
``Document.to_json`` produces the ``kamergraph extract --format json`` contract.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from operator import attrgetter
from typing import Any, Literal, TypeVar

Span = tuple[int, int]

Action = Literal["settles", "progress", "mentions"]
CommitmentKind = Literal["made", "fulfilled"]
CommitmentType = Literal["inform", "act"]


_T = TypeVar("_T")


def _pickled_by_fields(cls: type[_T]) -> type[_T]:
    """Pickle as ``cls(*values)``: a frozen slotted dataclass's own ``__getstate__`` and
    ``__setstate__`` walk ``fields()`` in Python for every object, which made sending and caching
    the letters' Documents between processes 2-3 times slower."""
    names = [f.name for f in fields(cls)]  # type: ignore[arg-type]
    get = attrgetter(*names)  # a tuple of the values, in C (one name gives the bare value)

    def __reduce__(self: _T) -> tuple[type[_T], tuple[Any, ...]]:
        return cls, get(self) if len(names) > 1 else (get(self),)

    cls.__reduce__ = __reduce__  # type: ignore[method-assign,assignment]
    return cls


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Footnote:
    """A numbered note: ``marker`` is its number as written, ``span`` covers the note's text."""

    marker: str
    text: str
    span: Span
    marker_spans: tuple[Span, ...] = ()


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Citation:
    """A Kamerstuk cited by number: ``id`` is ``kst-<dossier>[-<toevoeging>]-<nr>``."""

    id: str
    text: str
    span: Span
    dossier: str
    nr: int
    toevoeging: str | None = None
    dossiers: tuple[str, ...] = ()  # every dossier named, the first one gives the id
    footnote: str | None = None  # marker of the footnote the citation stands in
    vergaderjaar: str | None = None
    # how the citing text describes the cited letter: "de kamerbrief «Gezond en veilig
    # thuiswerken» van 16 november 2020" (used to recognise a letter that lacks its number)
    letter_date: str | None = None
    letter_title: str | None = None
    # Eerste Kamer documents are numbered by letter ("Kamerstukken I 2020/21, 35 570, A", id
    # kst-35570-A): the letter is kept here and ``nr`` is 0
    letter: str | None = None


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Zaak:
    """A Tweede Kamer zaak (``2021Z01485``) or document number (``2021D12345``)."""

    id: str
    text: str
    span: Span
    kind: Literal["zaak", "document"] = "zaak"


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Handeling:
    """A citation of the Handelingen: ``Handelingen II 2020/21, nr. 27, items 3 en 6``."""

    vergaderjaar: str  # "2020-2021"
    nr: int
    items: tuple[int, ...]
    text: str
    span: Span
    kamer: str = "II"
    # an answer to written questions in the Aanhangsel ("Aanhangsel Handelingen II 2020/21, nr.
    # 1234"): a publication of its own, numbered through the vergaderjaar, id ``ah-tk-…``
    aanhangsel: bool = False

    @property
    def id(self) -> str:
        kamer = "tk" if self.kamer == "II" else "ek"
        return f"{'ah' if self.aanhangsel else 'h'}-{kamer}-{self.vergaderjaar.replace('-', '')}-{self.nr}"


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Reference:
    """A ministry's own reference (``Kenmerk 2020-0000154934``)."""

    id: str
    text: str
    span: Span
    kind: str = "ministry"


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class AnnexMention:
    """The letter encloses a document sent on a date: "Op 30 maart jl. … (zie bijlage bij deze brief)"."""

    date: str  # YYYY-MM-DD, resolved against the letter's date
    text: str  # the sentence
    span: Span


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Sender:
    role: str | None = None
    name: str | None = None


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class MotionMention:
    """A motion named in a letter and what the letter does with it."""

    id: str | None
    members: tuple[str, ...]
    parties: tuple[str, ...]
    cosigners: bool
    adopted: str | None  # YYYY-MM-DD
    action: Action
    evidence: str  # the sentence that decides the action
    span: Span  # the mention itself
    evidence_span: Span
    text: str = ""  # the mention as written
    appreciation: str | None = None  # oordeel Kamer, ontraden, overgenomen
    rule: str = ""
    confidence: float = 0.0
    conflict: bool = False
    footnote: str | None = None
    # every raw span where the letter names this motion (``span`` is the one the action concerns)
    mentions: tuple[Span, ...] = ()
    # in a conflict: True on the mention taken to own the number (the first cited, unless the
    # corpus confirms the other members), False on the others; None without a conflict
    conflict_owner: bool | None = None


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Commitment:
    """A promise to the Kamer, made in this letter or kept by it."""

    kind: CommitmentKind
    type: CommitmentType
    text: str  # the sentence
    span: Span
    due: str | None = None  # latest date that keeps the promise, YYYY-MM-DD
    due_earliest: str | None = None
    due_text: str | None = None
    made_on: str | None = None  # where and when a kept promise was made
    made_in: str | None = None
    made_by: str | None = None  # writer, kabinet, or the minister named
    refers_to: str | None = None  # kst id of the letter the promise was made in, when known
    rule: str = ""
    confidence: float = 0.0
    what: str | None = None  # what was promised, as written ("om voor het kerstreces de Kamer te informeren …")
    # corpus resolution: a kept promise linked to the promise made in an earlier letter of the corpus
    keeps: str | None = None  # the sentence of the promise made there (evidence of the link)
    link_confidence: float = 0.0
    kept_by: tuple[str, ...] = ()  # on a promise made: ids (or sources) of the letters that keep it
    fulfils: str | None = None  # on a kept promise: the promise made it keeps, "<source>#<start>-<end>"


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Document:
    """Everything found in one letter."""

    source: str
    sha256: str
    length: int
    id: str | None = None
    dossiers: dict[str, str] = field(default_factory=dict)
    date: str | None = None
    vergaderjaar: str | None = None
    sender: Sender = field(default_factory=Sender)
    addressee: str | None = None
    reference: str | None = None
    subject: str | None = None
    shape: str = "plain"
    cites: tuple[Citation, ...] = ()
    zaken: tuple[Zaak, ...] = ()
    handelingen: tuple[Handeling, ...] = ()
    references: tuple[Reference, ...] = ()
    footnotes: tuple[Footnote, ...] = ()
    motions: tuple[MotionMention, ...] = ()
    commitments: tuple[Commitment, ...] = ()
    warnings: tuple[str, ...] = ()
    annexes: tuple[AnnexMention, ...] = ()
    opening: str = ""  # the first sentences of the body, to recognise a letter others describe
    # filled in by corpus resolution, from what other letters say of this one
    id_from_corpus: str | None = None
    date_from_corpus: str | None = None
    annex_of: str | None = None  # id (or source) of the letter this one was enclosed with

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("footnotes")
        for c in data["cites"]:
            c["footnote_marker"] = c["footnote"]
            c["footnote"] = c["footnote"] is not None
        for h, obj in zip(data["handelingen"], self.handelingen, strict=True):
            h["id"] = obj.id
        return data
