"""Clean a letter's text for the finders while keeping a map back to the text as read.

Letters arrive as Markdown converted from HTML (``<sup>`` footnotes, ``**`` emphasis) or as PDF
text (hard line breaks, words hyphenated across lines, footnotes at the foot of each page,
running page headers). :func:`clean` turns either into one running ``body`` without footnotes,
markers or markup, plus the footnotes themselves, and an offset map so that every span found in
the body points into the original text.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cached_property

from graph import patterns as P
from graph.model import Footnote, Span


@dataclass(frozen=True, slots=True)
class Marker:
    """A footnote marker in the running text: ``body_pos`` is where it stood in the body."""

    marker: str
    span: Span  # in the raw text
    body_pos: int


@dataclass
class Text:
    """A letter's raw text, its cleaned body and the map between them."""

    raw: str
    body: str
    shape: str
    footnotes: tuple[Footnote, ...]
    markers: tuple[Marker, ...]
    # piecewise map: body[seg_body[i] + k] == raw[seg_raw[i] + k] (or a replacement of it)
    seg_body: list[int] = field(repr=False)
    seg_raw: list[int] = field(repr=False)
    removed: tuple[Span, ...] = ()  # raw spans left out of the body (footnotes, headers)

    def to_raw(self, pos: int) -> int:
        """The raw offset of body position ``pos``."""
        if not self.seg_body:
            return 0
        i = bisect_right(self.seg_body, pos) - 1
        return self.seg_raw[max(i, 0)] + pos - self.seg_body[max(i, 0)]

    def raw_span(self, start: int, end: int) -> Span:
        if end <= start:
            r = self.to_raw(start)
            return (r, r)
        return (self.to_raw(start), self.to_raw(end - 1) + 1)

    @cached_property
    def footnote_by_marker(self) -> dict[str, Footnote]:
        return {f.marker: f for f in self.footnotes}

    def markers_between(self, start: int, end: int) -> list[Marker]:
        """Markers whose body position lies in ``[start, end]``."""
        pos = self._marker_positions
        return list(self.markers[bisect_left(pos, start) : bisect_right(pos, end)])

    @cached_property
    def _marker_positions(self) -> list[int]:
        return [m.body_pos for m in self.markers]

    @cached_property
    def sentences(self) -> list[Span]:
        """Sentence spans in the body."""
        return split_sentences(self.body)

    def sentence_at(self, pos: int) -> Span:
        sents = self.sentences
        starts = [s for s, _ in sents]
        i = bisect_right(starts, pos) - 1
        if i < 0:
            return (0, 0)
        return sents[i]


def split_sentences(body: str) -> list[Span]:
    """Split on sentence ends, not on abbreviations (``nr.``, ``d.d.``) or initials (``W.``)."""
    spans: list[Span] = []
    start = 0
    for m in P.SENTENCE_END.finditer(body):
        end = m.end(1)
        word = body[max(0, end - 12) : end].split()[-1] if body[max(0, end - 12) : end].split() else ""
        if P.NO_SENTENCE_END.fullmatch(word):
            continue
        if body[start:end].strip():
            spans.append(_strip(body, start, end))
        start = m.end()
    if body[start:].strip():
        spans.append(_strip(body, start, len(body)))
    return spans


def _strip(s: str, a: int, b: int) -> Span:
    while a < b and s[a].isspace():
        a += 1
    while b > a and s[b - 1].isspace():
        b -= 1
    return (a, b)


def detect_shape(raw: str) -> str:
    if "<sup>" in raw or "[^" in raw or "**" in raw or P.MD_HEADING.search(raw):
        return "markdown"
    lines = raw.splitlines()
    if len(lines) >= 10:
        lengths = sorted(len(x) for x in lines if x.strip())
        if lengths and lengths[len(lengths) // 2] < 100:
            return "pdf"
    return "plain"


class _Builder:
    """Accumulates body text with its offset segments."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.seg_body: list[int] = []
        self.seg_raw: list[int] = []
        self.length = 0

    def add(self, text: str, raw_pos: int) -> None:
        """Append ``text`` copied from ``raw[raw_pos:]`` (or a same-length replacement)."""
        if not text:
            return
        self.seg_body.append(self.length)
        self.seg_raw.append(raw_pos)
        self.parts.append(text)
        self.length += len(text)

    def tail(self) -> str:
        return self.parts[-1] if self.parts else ""

    def text(self) -> str:
        return "".join(self.parts)


@dataclass(slots=True)
class _Line:
    start: int
    end: int  # without the newline
    text: str


def _lines(raw: str) -> list[_Line]:
    out = []
    pos = 0
    for line in raw.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        out.append(_Line(pos, pos + len(body), body))
        pos += len(line)
    return out


def clean(raw: str) -> Text:
    """Clean ``raw`` (a whole letter) into a :class:`Text`."""
    shape = detect_shape(raw)
    lines = _lines(raw)
    footnote_lines, footnotes = _find_footnotes(raw, lines, shape)
    repeated = _repeated_lines(lines)
    removed: list[Span] = []
    b = _Builder()
    markers: list[Marker] = []
    expected = sorted(int(f.marker) for f in footnotes if f.marker.isdigit())
    seen_header: set[str] = set()
    prev_blank = True
    for idx, line in enumerate(lines):
        if idx in footnote_lines:
            removed.append((line.start, line.end))
            continue
        stripped = line.text.strip()
        if not stripped or P.MD_RULE.fullmatch(stripped) or P.SITE_CHROME.fullmatch(stripped):
            if not prev_blank and not (shape == "pdf" and P.HYPHEN_END.search(b.tail())):
                # a paragraph break (the two newlines), unless a word was cut across it
                b.add("\n\n", max(line.start - 1, 0))
            prev_blank = True
            continue
        key = stripped
        if key in repeated:
            if key in seen_header:
                removed.append((line.start, line.end))
                continue
            seen_header.add(key)
        if P.PAGE_FOOTER.fullmatch(stripped) and shape != "markdown":
            removed.append((line.start, line.end))
            # keep nothing: the footer is read by the metadata finder from raw
            continue
        _add_line(b, raw, line, shape, markers)
        prev_blank = False
    body = b.text()
    if expected and (shape != "markdown" or not markers):
        body, markers = _glued_markers(b, expected)
    # markers seen: attach marker spans to footnotes
    by_marker: dict[str, list[Span]] = {}
    for m in markers:
        by_marker.setdefault(m.marker, []).append(m.span)
    footnotes = [
        Footnote(f.marker, f.text, f.span, tuple(by_marker.get(f.marker, ()))) for f in footnotes
    ]
    return Text(
        raw=raw,
        body=body,
        shape=shape,
        footnotes=tuple(footnotes),
        markers=tuple(markers),
        seg_body=b.seg_body,
        seg_raw=b.seg_raw,
        removed=tuple(removed),
    )


def _add_line(b: _Builder, raw: str, line: _Line, shape: str, markers: list[Marker]) -> None:
    """Append one body line, dropping markup; join a word hyphenated across the line break."""
    text = line.text
    start = line.start
    # leading spaces (a PDF page start) and Markdown block markup
    lead = P.MD_LINE_PREFIX.match(text) if shape == "markdown" else P.LEADING_SPACE.match(text)
    cut = lead.end() if lead else 0
    pos = cut
    joined_hyphen = False
    tail = b.tail()
    if tail.endswith("-") and shape == "pdf" and text[cut:cut + 1].islower():
        # "thuis-\nwerken": drop the hyphen we just wrote
        b.parts[-1] = tail[:-1]
        b.length -= 1
        joined_hyphen = True
    elif b.length and not tail.endswith("\n\n"):
        b.add(" ", max(start - 1, 0))  # the line break itself becomes a space
    if joined_hyphen and b.parts[-1] == "":
        b.parts.pop()
        b.seg_body.pop()
        b.seg_raw.pop()
    content_end = len(text.rstrip())
    if shape == "markdown":
        for m in P.MD_INLINE.finditer(text, pos, content_end):
            b.add(text[pos : m.start()], start + pos)
            sup = m.group("sup")
            if m.group("fn") is not None:
                markers.append(Marker(m.group("fn"), (start + m.start(), start + m.end()), b.length))
            elif sup is not None:
                if sup.strip().isdigit():
                    markers.append(Marker(sup.strip(), (start + m.start(), start + m.end()), b.length))
                else:
                    b.add(sup, start + m.start("sup"))
            elif m.group("link") is not None:
                b.add(m.group("link"), start + m.start("link"))
            pos = m.end()
    b.add(text[pos:content_end], start + pos)


def _glued_markers(b: _Builder, expected: list[int]) -> tuple[str, list[Marker]]:
    """Find PDF footnote markers glued to words ("motie1 in", "20206)") and cut them out.

    A candidate is taken only when it is the next footnote number expected, so figures such as
    "CO2" or "9e ronde" stay text.
    """
    body = b.text()
    keep: list[Span] = []  # body ranges to keep, in order
    found: list[tuple[str, Span]] = []
    want = iter(expected)
    nxt = next(want, None)
    pos = 0
    for m in P.GLUED_MARKER.finditer(body):
        if nxt is None:
            break
        digits, n = m.group("digits"), str(nxt)
        if not digits.endswith(n):
            continue
        head = digits[: -len(n)]
        if head and not (len(head) == 4 and head[:2] in ("19", "20")):
            continue  # "20206" is the year 2020 and marker 6; "1236" is a number
        cut = m.start("digits") + len(head)
        keep.append((pos, cut))
        pos = m.end("digits")
        raw_s = _to_raw(b, cut)
        found.append((n, (raw_s, raw_s + len(n))))
        nxt = next(want, None)
    if not found:
        return body, []
    keep.append((pos, len(body)))
    new = _Builder()
    markers: list[Marker] = []
    for i, (s, e) in enumerate(keep):
        _copy_range(b, new, s, e)
        if i < len(found):
            markers.append(Marker(found[i][0], found[i][1], new.length))
    b.parts, b.seg_body, b.seg_raw, b.length = new.parts, new.seg_body, new.seg_raw, new.length
    return new.text(), markers


def _to_raw(b: _Builder, pos: int) -> int:
    i = bisect_right(b.seg_body, pos) - 1
    return b.seg_raw[i] + pos - b.seg_body[i]


def _copy_range(src: _Builder, dst: _Builder, s: int, e: int) -> None:
    """Copy body range [s, e) of ``src`` into ``dst`` keeping the raw offsets."""
    if e <= s:
        return
    i = bisect_right(src.seg_body, s) - 1
    while s < e and i < len(src.seg_body):
        seg_start = src.seg_body[i]
        seg_text = src.parts[i]
        seg_end = seg_start + len(seg_text)
        a = max(s, seg_start)
        z = min(e, seg_end)
        if z > a:
            dst.add(seg_text[a - seg_start : z - seg_start], src.seg_raw[i] + a - seg_start)
        s = max(s, z)
        i += 1


def _repeated_lines(lines: list[_Line]) -> set[str]:
    """Short lines that recur verbatim: running page headers and footers."""
    counts: dict[str, int] = {}
    for line in lines:
        s = line.text.strip()
        if 3 <= len(s) <= 80 and not s.endswith((".", ":", ";")):
            counts[s] = counts.get(s, 0) + 1
    return {s for s, n in counts.items() if n >= 2 and not P.MD_RULE.fullmatch(s)}


def _find_footnotes(raw: str, lines: list[_Line], shape: str) -> tuple[set[int], list[Footnote]]:
    """Footnote lines (by index) and the footnotes they hold."""
    if shape == "markdown":
        idx, notes = _markdown_footnotes(lines)
    else:
        idx, notes = _pdf_footnotes(raw, lines)
    more_idx, more = _noot_footnotes(raw, lines, idx, {f.marker for f in notes})
    return idx | more_idx, notes + more


def _noot_footnotes(raw: str, lines: list[_Line], taken: set[int], known: set[str]) -> tuple[set[int], list[Footnote]]:
    """A publication site's notes block: "Noot 1 …" lines, the text on the line or the next ones."""
    idx: set[int] = set()
    notes: list[Footnote] = []
    if "Noot" not in raw:
        return idx, notes
    n = len(lines)
    for i, line in enumerate(lines):
        m = P.NOOT_LINE.match(line.text) if i not in taken else None
        if not m or m.group("marker") in known:
            continue
        block = [i]
        j = i + 1
        if not m.group("text").strip():  # "Noot 1" alone: the text follows
            while j < n and not lines[j].text.strip():
                j += 1
            if j == n or P.NOOT_LINE.match(lines[j].text):
                continue
        while j < n and lines[j].text.strip() and not P.NOOT_LINE.match(lines[j].text) and j not in taken:
            block.append(j)
            j += 1
        text_lines = [k for k in block if k != i or m.group("text").strip()]
        first = lines[text_lines[0]]
        text_start = line.start + m.start("text") if text_lines[0] == i else first.start + _lead(first.text)
        last = lines[block[-1]]
        idx.update(block)
        idx.update(range(i, block[-1] + 1))
        notes.append(Footnote(m.group("marker"), _join_lines(raw[text_start : last.end]), (text_start, last.end)))
        known.add(m.group("marker"))
    return idx, notes


def _lead(s: str) -> int:
    return len(s) - len(s.lstrip())


def _markdown_footnotes(lines: list[_Line]) -> tuple[set[int], list[Footnote]]:
    idx: set[int] = set()
    notes: list[Footnote] = []
    for i, line in enumerate(lines):
        m = P.MD_FOOTNOTE.match(line.text)
        if not m:
            continue
        idx.add(i)
        text_start = line.start + m.start("text")
        text = P.MD_INLINE_STRIP.sub(lambda x: x.group("keep") or "", m.group("text")).strip()
        notes.append(Footnote(m.group("marker"), text, (text_start, line.end)))
    return idx, notes


def _pdf_footnotes(raw: str, lines: list[_Line]) -> tuple[set[int], list[Footnote]]:
    """Numbered lines at a page foot, in sequence 1, 2, 3 …, with their continuation lines."""
    idx: set[int] = set()
    notes: list[Footnote] = []
    expected = 1
    i = 0
    n = len(lines)
    while i < n:
        line = lines[i]
        m = P.PDF_FOOTNOTE.match(line.text)
        # a number at the start of a line inside a running sentence ("worden\n10 tot 15") is text
        prev = lines[i - 1].text.rstrip() if i else ""
        prev_ok = not prev or (i - 1) in idx or not (prev[-1:].islower() and m and m.group("text")[:1].islower())
        if m and int(m.group("marker")) == expected and prev_ok and _marker_seen(raw, line.start, m.group("marker")):
            block = [i]
            j = i + 1
            while j < n:
                t = lines[j].text
                if not t.strip() or t[:1].isspace() or P.PDF_FOOTNOTE.match(t) or P.PAGE_FOOTER.fullmatch(t.strip()):
                    break
                block.append(j)
                j += 1
            block.extend(_stray_continuation(lines, j, expected + 1))
            j = block[-1] + 1
            idx.update(block)
            first, last = lines[block[0]], lines[block[-1]]
            text_start = first.start + m.start("text")
            text = _join_lines(raw[text_start : last.end])
            notes.append(Footnote(m.group("marker"), text, (text_start, last.end)))
            expected += 1
            i = j
            continue
        i += 1
    return idx, notes


def _stray_continuation(lines: list[_Line], j: int, following: int) -> list[int]:
    """Lines of a note that pdftotext set apart by a blank line, just before the next note.

    "5 Coalitieakkoord …, 15 december 2021." / "" / "Bijlage bij Kamerstuk 35 788, nr. 77" /
    "6 Kamerstuk …": the stray line belongs to note 5, because note 6 follows right after it
    and running text never stands between two notes of one page.
    """
    k = j
    while k < len(lines) and not lines[k].text.strip():
        k += 1
    if k == j:
        return []
    stray: list[int] = []
    while k < len(lines) and len(stray) < 2:
        t = lines[k].text
        m = P.PDF_FOOTNOTE.match(t)
        if m:
            return stray if stray and int(m.group("marker")) == following else []
        if not t.strip() or t[:1].isspace() or P.PAGE_FOOTER.fullmatch(t.strip()):
            return []
        stray.append(k)
        k += 1
    return []


def _marker_seen(raw: str, before: int, marker: str) -> bool:
    """A footnote number counts only when a marker with that number stands earlier in the text."""
    pat = re.compile(r"(?:[^\W\d_]|[.,;:)»”’'\"]|(?<!\d)(?:19|20)\d\d)" + marker + r"(?=[\s.,;:()»”]|$)", re.M)
    return pat.search(raw, 0, before) is not None


def _join_lines(s: str) -> str:
    s = re.sub(r"(\w)-\n\s*(?=[a-z])", r"\1", s)
    return re.sub(r"\s+", " ", s).strip()
