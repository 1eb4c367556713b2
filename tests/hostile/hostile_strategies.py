"""Hypothesis strategies and invariants for hostile-input tests (shared with ``fuzz_extract.py``).

Not a test module (pytest collects ``test_*.py`` only). Letter-shaped input is made from the seed
letters by the mutations that real conversions produce: line breaks lost or doubled, files cut
off, footnotes repeated, stray ``<sup>`` markup, CRLF line ends, control characters.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

from hypothesis import strategies as st

from graph.extract import extract_text
from graph.model import Document

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

#: Fragments that sit on the edges of the patterns: malformed citations, dates, markers, markup.
FRAGMENTS = (
    "Kamerstuk 35 669, nr.", "Kamerstukken II 2020/21, 25 295, nr. 0", "nr. 0", "XXIV",
    "Kamerstuk 123456789012, nr. 5", "25 295, nrs. 1 t/m 99999", "35 570 XV, nr. 54",
    "Tweede Kamer, vergaderjaar 2021–2022, 25 883, nr. 425 9", "Handelingen II 2020/21, nr. ",
    "motie van het lid", "motie-Van Weyenberg", "motie1 in", "<sup>", "</sup>", "<sup>1</sup>",
    "<sup></sup>", "<sup>999</sup>", "**", "\\", "[x](", "](http://x)", "\u00a0", "\u2028",
    "\u00ad", "\ufeff", "\u200b", "Den Haag, 31 februari 2021", "Datum\n", "2021Z", "2021Z01485",
    "De Minister van ,\nW.", "1 ", "\n1 Kamerstuk 25 295, nr. 1\n", "jl.", "t/m", "–", "’", "é",
    "\U0001f600", "\x0b", "\x0c", "\x1b[0m", "\x7f", "\r", "<script>alert(1)</script>",
)

#: Control characters other than NUL (a NUL makes the reader refuse the file as binary).
CONTROL = st.characters(min_codepoint=1, max_codepoint=31) | st.sampled_from("\x7f\x85\u2028\u2029")


@cache
def seed_texts() -> tuple[str, ...]:
    return tuple(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("0*.txt")))


@st.composite
def letter_text(draw: st.DrawFn, max_mutations: int = 6) -> str:
    """A seed letter (or a window of one) with a few realistic corruptions applied."""
    text = draw(st.sampled_from(seed_texts()))
    if draw(st.booleans()):
        a = draw(st.integers(0, len(text)))
        text = text[a : a + draw(st.integers(0, 6000))]
    for _ in range(draw(st.integers(0, max_mutations))):
        kind = draw(st.sampled_from(
            ["join", "truncate", "dup_footnote", "sup", "crlf", "control", "fragment", "double_nl", "cut"]
        ))
        n = len(text)
        pos = draw(st.integers(0, n))
        if kind == "join":  # line breaks deleted (a lost conversion step)
            end = min(n, pos + draw(st.integers(0, 3000)))
            text = text[:pos] + text[pos:end].replace("\n", draw(st.sampled_from(["", " "]))) + text[end:]
        elif kind == "truncate":  # a half-downloaded file
            text = text[:pos]
        elif kind == "dup_footnote":
            notes = re.findall(r"(?m)^(?:<sup>\d+</sup>|\d{1,2} ).*$", text)
            if notes:
                note = draw(st.sampled_from(notes))
                text = text[:pos] + "\n" + note + "\n" + text[pos:]
        elif kind == "sup":
            junk = draw(st.sampled_from(["<sup>", "</sup>", "<sup>x</sup>", "<sup>12", "<sup><sup>3</sup>"]))
            text = text[:pos] + junk + text[pos:]
        elif kind == "crlf":
            text = text.replace("\n", "\r\n")
        elif kind == "control":
            text = text[:pos] + draw(st.text(CONTROL, min_size=1, max_size=3)) + text[pos:]
        elif kind == "fragment":
            text = text[:pos] + draw(st.sampled_from(FRAGMENTS)) + text[pos:]
        elif kind == "double_nl":
            text = text.replace("\n", "\n\n")
        elif kind == "cut":  # a chunk missing from the middle
            text = text[:pos] + text[pos + draw(st.integers(0, 2000)) :]
    return text


#: Any text at all, from plain ASCII noise to every Unicode plane (no surrogates: not decodable).
any_text = st.text(max_size=3000) | st.text(st.characters(codec="utf-8"), max_size=3000)
#: Text built from the patterns' own fragments and their neighbours, to hit edge cases fast.
fragment_soup = st.lists(
    st.sampled_from(FRAGMENTS) | st.text(st.sampled_from(" \n0123456789,./-nrs"), max_size=8), max_size=60
).map("".join)
hostile_text = letter_text() | any_text | fragment_soup


def fold(s: str) -> str:
    """What survives cleaning: no markup, words joined across hyphen breaks, single spaces."""
    s = re.sub(r"<sup>\s*\d{1,3}\s*</sup>|</?sup>|\*\*|__|\\(?=[\\_*\[\]()#-])", "", s)
    # a word cut at a line end: joined in PDF text, "be- strijding" in Markdown; fold both alike
    s = re.sub(r"(?<=[^\W\d_])-\s+(?=[a-z])", "", s)
    return " ".join(s.split())


def _subsequence(needle: str, hay: str) -> bool:
    it = iter(hay)
    return all(ch in it for ch in needle)


def quote_matches(raw: str, span: tuple[int, int], quoted: str) -> bool:
    """``quoted`` (cleaned text) is what ``raw[span]`` says once cleaning is undone.

    Cleaning drops markup, footnote markers, footnote lines and page headers from the body, so
    exact equality after :func:`fold` is the common case; otherwise every character of the quote
    must appear, in order, in the slice, and the slice must start and end with the quote's ends.
    """
    piece = raw[span[0] : span[1]]
    if fold(piece) == fold(quoted):
        return True
    q = "".join(fold(quoted).split())
    p = "".join(fold(piece).split())
    return bool(q) and p[:1] == q[:1] and p[-1:] == q[-1:] and _subsequence(q, p)


def check_spans(raw: str, doc: Document) -> list[str]:
    """Every broken span invariant in ``doc``, as readable strings (empty when all hold)."""
    problems: list[str] = []
    n = len(raw)

    def inside(what: str, span: tuple[int, int]) -> bool:
        ok = 0 <= span[0] <= span[1] <= n
        if not ok:
            problems.append(f"{what}: span {span} outside text of length {n}")
        return ok

    for c in doc.cites:
        if inside(f"citation {c.id}", c.span) and raw[c.span[0] : c.span[1]] != c.text:
            problems.append(f"citation {c.id}: text {c.text!r} != raw {raw[c.span[0]:c.span[1]]!r}")
    for z in doc.zaken:
        if inside(f"zaak {z.id}", z.span) and raw[z.span[0] : z.span[1]] != z.text:
            problems.append(f"zaak {z.id}: text {z.text!r} != raw slice")
    for h in doc.handelingen:
        if inside(f"handeling {h.id}", h.span) and raw[h.span[0] : h.span[1]] != h.text:
            problems.append(f"handeling {h.id}: text {h.text!r} != raw slice")
    for r in doc.references:
        if inside(f"reference {r.id}", r.span) and raw[r.span[0] : r.span[1]] != r.id:
            problems.append(f"reference {r.id}: id != raw slice")
    for f in doc.footnotes:
        inside(f"footnote {f.marker}", f.span)
        for ms in f.marker_spans:
            if inside(f"footnote marker {f.marker}", ms) and f.marker not in raw[ms[0] : ms[1]]:
                problems.append(f"footnote marker {f.marker}: raw slice {raw[ms[0]:ms[1]]!r}")
    for m in doc.motions:
        if inside(f"motion {m.id}", m.span) and m.text and raw[m.span[0] : m.span[1]] != m.text:
            problems.append(f"motion {m.id}: text {m.text!r} != raw {raw[m.span[0]:m.span[1]]!r}")
        if inside(f"motion {m.id} evidence", m.evidence_span) and not quote_matches(raw, m.evidence_span, m.evidence):
            problems.append(f"motion {m.id}: evidence {m.evidence!r} is not raw {raw[slice(*m.evidence_span)]!r}")
    for c in doc.commitments:
        if inside("commitment", c.span) and not quote_matches(raw, c.span, c.text):
            problems.append(f"commitment: text {c.text!r} is not raw {raw[c.span[0]:c.span[1]]!r}")
    return problems


def check_extract(raw: str) -> list[str]:
    """Extract ``raw`` twice: the span invariants, determinism and a JSON-serialisable result."""
    doc = extract_text(raw)
    problems = check_spans(raw, doc)
    first = json.dumps(doc.to_json(), sort_keys=True)
    if json.dumps(extract_text(raw).to_json(), sort_keys=True) != first:
        problems.append("not deterministic: a second extraction differs")
    return problems
