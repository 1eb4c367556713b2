"""Find Kamerstuk citations, zaken, Handelingen and ministry references.

These finders run on the raw text, so spans need no mapping; the cleaned :class:`Text` tells
which footnote a citation stands in.
"""

from __future__ import annotations

from bisect import bisect_right

from graph import patterns as P
from graph.clean import Text
from graph.model import Citation, Footnote, Handeling, Reference, Zaak

MAX_RANGE = 25  # "nrs. 5 t/m 8" expands; a longer range is a typo or not a list of documents


def normalise_dossier(text: str) -> tuple[str, str | None, str | None] | None:
    """``"35 570 XV"`` → ``("35570", None, "XV")``; ``"21 501-20"`` → ``("21501", "20", None)``."""
    m = P.DOSSIER_PARTS.fullmatch(text.strip().replace("\u00a0", " "))
    if not m:
        return None
    return m.group("main").replace(" ", ""), m.group("sub"), m.group("toev")


def kst_id(main: str, sub: str | None, toev: str | None, nr: int) -> str:
    parts = [main]
    if sub:
        parts.append(sub)
    if toev:
        parts.append(toev)
    return "kst-" + "-".join(parts) + f"-{nr}"


def vergaderjaar(text: str) -> str | None:
    """``"2020/21"`` or ``"2020–2021"`` → ``"2020-2021"``."""
    m = P.VERGADERJAAR.search(text)
    if not m:
        return None
    y1 = int(m.group("y1"))
    y2s = m.group("y2")
    y2 = int(y2s) if len(y2s) == 4 else (y1 // 100) * 100 + int(y2s)
    if y2 != y1 + 1:
        return None
    return f"{y1}-{y2}"


def _numbers(nrs: str) -> list[int]:
    out: list[int] = []
    for m in P.NR_ITEM.finditer(nrs):
        a = int(m.group("a"))
        b = int(m.group("b")) if m.group("b") else a
        if b < a or b - a > MAX_RANGE:
            b = a
        out.extend(range(a, b + 1))
    return [n for n in out if n > 0]


class FootnoteIndex:
    """Which footnote a raw offset falls in."""

    def __init__(self, footnotes: tuple[Footnote, ...]) -> None:
        ordered = sorted(footnotes, key=lambda f: f.span)
        self.starts = [f.span[0] for f in ordered]
        self.notes = ordered

    def at(self, pos: int) -> Footnote | None:
        i = bisect_right(self.starts, pos) - 1
        if i >= 0 and self.notes[i].span[0] <= pos < self.notes[i].span[1]:
            return self.notes[i]
        return None


def find_citations(text: Text) -> list[Citation]:
    """Every Kamerstuk cited by number, one :class:`Citation` per document number."""
    raw = text.raw
    index = FootnoteIndex(text.footnotes)
    out: list[Citation] = []
    for m in P.KAMERSTUK.finditer(raw):
        dossiers = []
        for d in P.DOSSIER.finditer(m.group("dossiers")):
            parts = normalise_dossier(d.group(0))
            if parts:
                dossiers.append(parts)
        if not dossiers:
            continue
        main, sub, toev = dossiers[0]
        names = tuple(kst_id(*d, 0)[4:-2] for d in dossiers)
        note = index.at(m.start())
        vj = vergaderjaar(m.group("prefix") or "")
        start = m.start("prefix") if m.group("prefix") else m.start("dossiers")
        for nr in _numbers(m.group("nrs")):
            out.append(
                Citation(
                    id=kst_id(main, sub, toev, nr),
                    text=raw[start : m.end()],
                    span=(start, m.end()),
                    dossier=names[0],
                    nr=nr,
                    toevoeging=toev,
                    dossiers=names,
                    footnote=note.marker if note else None,
                    vergaderjaar=vj,
                )
            )
    return out


def find_zaken(text: Text) -> list[Zaak]:
    out = []
    for m in P.ZAAK.finditer(text.raw):
        kind = "zaak" if m.group("kind") == "Z" else "document"
        out.append(Zaak(m.group(0), m.group(0), m.span(), kind))  # type: ignore[arg-type]
    return out


def find_handelingen(text: Text) -> list[Handeling]:
    out = []
    for m in P.HANDELINGEN.finditer(text.raw):
        vj = vergaderjaar(m.group("vj"))
        if vj is None:
            continue
        items = tuple(int(x) for x in P.NR_ITEM.findall(m.group("items") or "") for x in [x[0]] if x)
        out.append(Handeling(vj, int(m.group("nr")), items, m.group(0), m.span(), m.group("kamer")))
    return out


def find_references(text: Text) -> list[Reference]:
    return [Reference(m.group("ref"), m.group(0), m.span("ref")) for m in P.MINISTRY_REFERENCE.finditer(text.raw)]
