"""Clean a letter's text for the finders while keeping a map back to the text as read.

Letters arrive as Markdown converted from HTML (``<sup>`` footnotes, ``**`` emphasis) or as PDF
text (hard line breaks, words hyphenated across lines, footnotes at the foot of each page,
running page headers). :func:`clean` turns either into one running ``body`` without footnotes,
markers or markup, plus the footnotes themselves, and an offset map so that every span found in
the body points into the original text.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from itertools import accumulate, compress, repeat
from operator import add, sub

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

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s for s, _ in self.sentences]

    def sentence_at(self, pos: int) -> Span:
        sents = self.sentences
        i = bisect_right(self._sentence_starts, pos) - 1
        if i < 0:
            return (0, 0)
        return sents[i]


def _date_suffixes_before_bracket(body: str) -> Iterator[int]:
    """Ends of the "jl." and "a.s." that end no sentence (:data:`P.BRACKET_THEN_SENTENCE_GOES_ON`)."""
    goes_on = P.BRACKET_THEN_SENTENCE_GOES_ON.match
    for suffix in P.DATE_SUFFIXES:
        i = body.find(suffix)
        while i >= 0:
            end = i + len(suffix)
            if (i == 0 or body[i - 1].isspace()) and goes_on(body, end):
                yield end
            i = body.find(suffix, end)


def split_sentences(body: str) -> list[Span]:
    """Split on sentence ends, paragraph breaks and bullets, not on abbreviations (``nr.``,
    ``d.d.``) or initials (``W.``)."""
    cuts: list[tuple[int, int]] = [(m.end(1), m.end()) for m in P.SENTENCE_END_AT["."].finditer(body)]
    # (end of one sentence, start of the next), but not after an abbreviation: the word before a
    # full stop is read only where SENTENCE_END_MAYBE_ABBREVIATION matches, and in the first
    # words (where a word has no white space before it)
    drop = {m.end(1) for m in P.SENTENCE_END_MAYBE_ABBREVIATION.finditer(body) if _abbreviation_before(body, m.end(1))}
    for end, _ in cuts:
        if end > _ABBREVIATION_WINDOW:
            break
        if _abbreviation_before(body, end):
            drop.add(end)
    drop.update(_date_suffixes_before_bracket(body))
    if drop:
        cuts = [c for c in cuts if c[0] not in drop]
    # ".1 Zoals": a marker glued after the full stop (the pattern's literal first: a fast scan, most finding none)
    cuts.extend([(m.end(1), m.end()) for m in P.SENTENCE_END_AFTER_MARKER.finditer(body)])
    for mark in "!?":  # they end no abbreviation
        if mark in body:
            cuts.extend([(m.end(1), m.end()) for m in P.SENTENCE_END_AT[mark].finditer(body)])
    if "\n" in body:  # (one character: a far faster search than for two)
        cuts.extend([m.span() for m in P.PARAGRAPH_BREAK.finditer(body)])
    if any(map(body.__contains__, P.BULLET_CHARS)):  # most letters have none: no scan
        cuts.extend([(m.start(), m.start()) for m in P.BULLET.finditer(body)])
    cuts.sort()
    n = len(body)
    cuts.append((n, n))  # the last sentence runs to the end
    spans: list[Span] = []
    append = spans.append
    start = 0
    isspace = str.isspace
    bullet_start = P.LEADING_BULLET_CHARS
    leading_bullet = P.LEADING_BULLET.match
    for end, nxt in cuts:
        if end < start:
            continue  # inside a cut already made (a full stop before a paragraph break)
        # _strip, inlined: it runs once per sentence
        s, e = start, end
        while s < e and isspace(body[s]):
            s += 1
        if s < e and body[s] in bullet_start:
            bullet = leading_bullet(body, s, e)
            if bullet:
                s = bullet.end()
        while e > s and isspace(body[e - 1]):
            e -= 1
        if e > s:
            append((s, e))
        if nxt > start:
            start = nxt
    return spans


#: How far back from a full stop split_sentences looks for the word before it.
_ABBREVIATION_WINDOW = 12


def _abbreviation_before(body: str, end: int) -> bool:
    """Whether the full stop before ``end`` ends an abbreviation or initials, not a sentence."""
    # body[end - 1] is the last character of the word before the break: only a full stop can
    # end an abbreviation (the word is then the text after the last space); six letters before
    # it make a word of 7+ characters without a full stop two from its end, which
    # _may_be_abbreviation rejects
    if body[end - 1] == "." and (end < 7 or not body[end - 7 : end - 1].isalpha()):
        word = body[max(0, end - _ABBREVIATION_WINDOW) : end].rsplit(None, 1)[-1]
        return _may_be_abbreviation(word) and P.NO_SENTENCE_END.fullmatch(word) is not None
    return False


def _may_be_abbreviation(word: str) -> bool:
    """A necessary condition for NO_SENTENCE_END.fullmatch(word), far cheaper than the pattern.

    Every branch ends with a full stop; an abbreviation has at most 6 characters ("t.o.v.") and
    a longer run of initials ("(A.B.C.") has a full stop two characters from its end, an initial after a
    motion's hyphen ("motie-A.") the hyphen.
    """
    return word[-1] == "." and (len(word) <= 6 or word[-3] in ".-")


def detect_shape(raw: str, texts: list[str] | None = None) -> str:
    """``texts``: the lines of ``raw`` (``_Lines.text``), when the caller has them already."""
    # each search for a tag is tried only when its first character is there: a search for one
    # character is many times as fast as for two or more (most letters have no Markdown)
    if (
        ("<" in raw and "<sup>" in raw)
        or ("[" in raw and "[^" in raw)
        or ("*" in raw and "**" in raw)
        or ("#" in raw and _md_heading(raw))
    ):
        return "markdown"
    if texts is None or any(map(raw.__contains__, _OTHER_BREAKS)):
        lines = raw.splitlines()
    else:
        lines = texts  # splitlines gives the same lines when only \r and \n break them
    if len(lines) >= 10:
        lengths = sorted(map(len, filter(str.strip, lines)))  # of the non-blank lines
        if lengths and lengths[len(lengths) // 2] < 100:
            return "pdf"
    return "plain"


_NONZERO_DIGITS = tuple("123456789")

#: The line breaks str.splitlines knows besides "\r" and "\n".
_OTHER_BREAKS = ("\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029")


def _md_heading(raw: str) -> bool:
    """MD_HEADING.search(raw), but only tried where a line starts with "#"."""
    p = 0 if raw.startswith("#") else raw.find("\n#")
    while p >= 0:
        if P.MD_HEADING.match(raw, p + (raw[p] == "\n")):
            return True
        p = raw.find("\n#", p + 1)
    return False


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


class _Lines:
    """The raw text's lines as columns, each computed in one C-level pass.

    Lines are what ``str.splitlines`` makes of the text, without their line ending; ``cut`` is
    where a line's content starts (after leading space or Markdown block markup) and ``end``
    where its trailing white space starts.
    """

    def __init__(self, raw: str) -> None:
        if "\r" in raw or any(map(raw.__contains__, _OTHER_BREAKS)):
            keep = raw.splitlines(keepends=True)
            self.text: list[str] = list(map(str.rstrip, keep, repeat("\r\n")))
            self.start: list[int] = list(accumulate(map(len, keep), initial=0))
        else:  # every line but perhaps the last ends with one "\n"
            self.text = raw.splitlines()
            self.start = list(accumulate(map(add, map(len, self.text), repeat(1)), initial=0))
            self.start[-1] = len(raw)
        self.rstripped: list[str] = list(map(str.rstrip, self.text))
        self.stripped: list[str] = list(map(str.lstrip, self.rstripped))
        self.end: list[int] = list(map(len, self.rstripped))
        self.cut: list[int] = []  # set by set_shape

    def set_shape(self, shape: str) -> None:
        """Where each line's content starts: after Markdown block markup, or after leading space."""
        if shape == "markdown":
            prefix = P.MD_LINE_PREFIX.match
            starts = P.MD_LINE_PREFIX_CHARS
            # MD_LINE_PREFIX matches the empty string where a line starts with none of its characters
            self.cut = [prefix(t).end() if t[:1] in starts else 0 for t in self.text]  # type: ignore[union-attr]
        else:
            self.cut = list(map(sub, map(len, self.text), map(len, map(str.lstrip, self.text, repeat(" \t\f")))))

    def __len__(self) -> int:
        return len(self.text)

    def __getitem__(self, i: int) -> _Line:
        start = self.start[i]
        return _Line(start, start + len(self.text[i]), self.text[i])


def clean(raw: str) -> Text:
    """Clean ``raw`` (a whole letter) into a :class:`Text`.

    Lines are classified in whole-column passes; a run of ordinary lines (content only, no
    markup, no hyphen at the end) goes into the body in one piece, with its line breaks as
    spaces, and only the other lines (blank, removed, marked up, hyphenated) are handled one
    by one.
    """
    lines = _Lines(raw)
    shape = detect_shape(raw, lines.text)
    lines.set_shape(shape)
    footnote_lines, footnotes = _find_footnotes(raw, lines, shape)
    blank_line, rule_chars, chrome = P.BLANK_LINE.fullmatch, P.BLANK_RULE_CHARS, P.BLANK_LINE_MAX_CHROME
    blank = {
        i for i, s in enumerate(lines.stripped) if (len(s) <= chrome or s[0] in rule_chars) and blank_line(s)
    }
    removed_lines = footnote_lines | _dropped_lines(raw, lines, shape, footnote_lines, blank)
    special = removed_lines | blank
    pdf = shape == "pdf"
    split_after: set[int] = set()  # lines that end a run although the next line is ordinary
    if pdf:
        # a line ending in a hyphen ends its run: the next run starts by joining the word
        # (outside Markdown a line has content when its stripped text is not empty)
        split_after = set(compress(range(len(lines)), map(str.endswith, lines.stripped, repeat("-")))) - special
    # (outside Markdown a line without content counts as blank: no other line is special)
    ends = _sentence_line_ends(lines, shape, special)
    b = _Builder()
    markers: list[Marker] = []
    if shape == "markdown":
        removed = _assemble_markdown(b, raw, lines, removed_lines, blank, markers, ends)
    else:
        removed = _assemble(b, lines, pdf, special, removed_lines, split_after | ends, ends)
    body = b.text()
    expected = sorted(int(f.marker) for f in footnotes if f.marker.isdigit())
    if expected and (shape != "markdown" or not markers):
        body, markers = _glued_markers(b, body, expected, raw)
    elif not footnotes and shape != "markdown":
        # a copy without its notes (cut off, or a page that leaves them out): markers only where certain
        certain = _certain_markers(body)
        if certain:
            body, markers = _glued_markers(b, body, certain, raw, strict=True)
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


def _dropped_lines(raw: str, lines: _Lines, shape: str, footnote_lines: set[int], blank: set[int]) -> set[int]:
    """Running page headers after their first appearance, and (outside Markdown) page footers."""
    dropped: set[int] = set()
    repeated = _repeated_lines(lines.stripped)
    if repeated:
        seen: set[str] = set()
        for i in compress(range(len(lines)), map(repeated.__contains__, lines.stripped)):
            if i in footnote_lines or i in blank:
                continue
            s = lines.stripped[i]
            if s in seen:
                dropped.add(i)
            seen.add(s)
    if shape != "markdown":
        # the footer is read by the metadata finder from raw; the body keeps nothing of it. Only
        # a line with the word can be one: the word found in raw (one scan, most letters have it
        # a few times or never) instead of looked for in every line
        stripped, starts = lines.stripped, lines.start
        p = raw.find(_FOOTER_WORD)
        while p >= 0:
            i = bisect_right(starts, p) - 1
            if P.PAGE_FOOTER.fullmatch(stripped[i]):
                dropped.add(i)
            p = raw.find(_FOOTER_WORD, starts[i + 1])  # the line's next occurrences change nothing
    return dropped


#: The word every PAGE_FOOTER holds.
_FOOTER_WORD = "vergaderjaar"


def _sentence_line_ends(lines: _Lines, shape: str, special: set[int]) -> set[int]:
    """Lines whose line break ends a sentence although a line of text follows without a blank one.

    A letterhead line in the letter's head (LETTERHEAD_LINE); and in a text whose lines are whole
    paragraphs (PARAGRAPH_LINE_CHARS), any line but one that runs on (LINE_RUNS_ON). Either only
    before a line that starts a sentence: never in PDF text whose sentences wrap across lines.
    """
    n = len(lines)
    ends: set[int] = set()
    if n < 2:
        return ends
    markdown = shape == "markdown"
    letterhead, first_chars, max_chars = P.LETTERHEAD_LINE.fullmatch, P.LETTERHEAD_FIRST_CHARS, P.LETTERHEAD_MAX_CHARS
    for i in range(min(n - 1, P.HEAD_MAX_LINES)):
        if i in special:
            continue
        text = _content(lines, i, markdown)
        if len(text) >= P.HEAD_SENTENCE_CHARS and text.endswith(P.LINE_ENDS_SENTENCE):
            break  # running text: the head is over
        if (
            text[:1] in first_chars
            and len(text) <= max_chars
            and i + 1 not in special
            and _starts_sentence(_content(lines, i + 1, markdown))
            and letterhead(text)
        ):
            ends.add(i)
    stripped = lines.stripped
    if shape == "pdf":
        ends |= _heading_line_ends(stripped, ends)
    wide = P.PARAGRAPH_LINE_CHARS
    if max(map(len, stripped)) <= wide:
        return ends  # (most letters: PDF text) no line is a paragraph
    long_lines = sum(map(wide.__lt__, map(len, stripped)))
    lower = sum(1 for t in stripped if t[:1].islower())
    if long_lines < P.PARAGRAPH_LINES_MIN or lower * P.PARAGRAPH_LINES_PER_LOWER > long_lines:
        return ends
    hyphen_end = P.HYPHEN_END.search  # (on the last characters only: a search of the line is slow)
    for i in compress(range(n - 1), map(str.endswith, stripped, repeat("-"))):
        if stripped[i + 1][:1].islower() and hyphen_end(stripped[i], len(stripped[i]) - 3):
            return ends  # a word cut across lines: wrapped text after all
    # lines followed by a line of text (in most Markdown a blank line follows every paragraph)
    texts = set(range(n)).difference(special)
    for i in sorted(texts.intersection(map(sub, texts, repeat(1)))):
        if stripped[i + 1][:1].islower():
            continue  # (the common case of running on, told without the line's content)
        text = _content(lines, i, markdown)
        if (
            text
            and not text.endswith(P.LINE_RUNS_ON)
            and _starts_sentence(_content(lines, i + 1, markdown))
            and not P.LETTERHEAD_LABEL.fullmatch(text)
        ):
            ends.add(i)
    return ends


def _heading_line_ends(stripped: list[str], ends: set[int]) -> set[int]:
    """Lines ending a heading in PDF text that has no blank line after it (P.HEADING_MAX_SHARE)."""
    lengths = list(map(len, stripped))
    widths = sorted(filter(P.HEADING_MIN_FULL.__le__, lengths))
    if len(widths) < P.HEADING_FULL_LINES_MIN:
        return set()
    limit = int(widths[int(len(widths) * P.HEADING_FULL_LINE)] * P.HEADING_MAX_SHARE)
    not_last = P.LINE_ENDS_SENTENCE + P.LINE_RUNS_ON + P.HEADING_NOT_LAST
    marks = P.SENTENCE_START_MARKS
    found: set[int] = set()

    def after_end(j: int) -> bool:  # line j follows a sentence's end, a blank line or a heading
        return j < 0 or not stripped[j] or stripped[j].endswith(P.LINE_ENDS_SENTENCE) or j in ends or j in found

    # (short lines with text only, told in C: a full line of running text is never a heading's last)
    for i in compress(range(len(stripped) - 1), map(range(1, limit + 1).__contains__, lengths)):
        first = stripped[i + 1][:1]
        if (
            (first.isupper() or first.isdigit() or (first != "" and first in marks))
            and not stripped[i].endswith(not_last)
            and (after_end(i - 1) or (not stripped[i - 1].endswith(P.LINE_RUNS_ON) and after_end(i - 2)))
        ):
            found.add(i)
    return found


def _content(lines: _Lines, i: int, markdown: bool) -> str:
    """Line ``i``'s text without white space (and in Markdown without block markup and emphasis)."""
    if markdown:
        return lines.text[i][lines.cut[i] : lines.end[i]].strip(" \t*_")
    return lines.stripped[i]


def _starts_sentence(text: str) -> bool:
    first = text[:1]
    return first.isupper() or first.isdigit() or (first != "" and first in P.SENTENCE_START_MARKS)


def _assemble(
    b: _Builder,
    lines: _Lines,
    pdf: bool,
    special: set[int],
    removed_lines: set[int],
    split_after: set[int],
    sentence_ends: set[int],
) -> list[Span]:
    """Write the body of PDF or plain text into ``b``; return the raw spans of the removed lines.

    A run of ordinary lines (content only) goes into the body in one piece, its line breaks as
    spaces; each line still gets two segments (the space mapped to its line break, then its
    content), since trailing and leading white space is left out of the body. The other lines
    (blank, removed, marked up) are handled one by one. The builder's lists are filled through
    local names and its length kept in a local: this loop runs once per run and special line.
    """
    texts, starts, cuts = lines.text, lines.start, lines.cut
    n = len(texts)
    # text[cut:end]: the cut is the leading " \t\f" outside Markdown (str.lstrip returns the
    # string itself when there is none: no copy for most lines)
    contents = list(map(str.lstrip, lines.rstripped, repeat(" \t\f")))
    # the segments of every line as if all were one run, made in whole-column passes: line k's
    # space at 2k, its content at 2k + 1; joined[k] is where line k's content starts in the
    # lines joined by spaces, so a run a .. z - 1 takes slice 2a + 1 : 2z moved by its start
    joined = list(accumulate(map(add, map(len, contents), repeat(1)), initial=0))
    line_body = [0] * (2 * n)
    line_body[0::2] = map(sub, joined[:n], repeat(1))
    line_body[1::2] = joined[:n]
    line_raw = [0] * (2 * n)
    line_raw[0::2] = map(sub, starts[:n], repeat(1))
    line_raw[1::2] = map(add, starts[:n], cuts)
    parts, seg_body, seg_raw = b.parts, b.seg_body, b.seg_raw
    length = 0
    tail = ""  # the last part written ("" when none)
    removed: list[Span] = []
    prev_blank = True
    nxt = 0  # the first line not written yet
    for i in [*sorted(special | {h + 1 for h in split_after}), n]:
        if i > nxt:  # ordinary lines nxt .. i - 1
            first = contents[nxt]
            if pdf and tail[-1:] == "-" and first[:1].islower():
                # "thuis-\nwerken": drop the hyphen we just wrote
                tail = tail[:-1]
                length -= 1
                if tail:
                    parts[-1] = tail
                else:
                    parts.pop()
                    seg_body.pop()
                    seg_raw.pop()
            elif length and not tail.endswith("\n\n"):
                # the line break itself becomes a space, or stays where it ends a sentence
                parts.append("\n" if nxt - 1 in sentence_ends else " ")
                seg_body.append(length)
                seg_raw.append(max(starts[nxt] - 1, 0))
                length += 1
            if i - nxt == 1:
                tail = first
                seg_body.append(length)
                seg_raw.append(line_raw[2 * nxt + 1])
            else:
                tail = " ".join(contents[nxt:i])
                seg_body.extend(map(add, line_body[2 * nxt + 1 : 2 * i], repeat(length - joined[nxt])))
                seg_raw.extend(line_raw[2 * nxt + 1 : 2 * i])
            parts.append(tail)
            length += len(tail)
            prev_blank = False
        if i == n:
            break
        if i not in special:  # the line after one ending in a hyphen: a new run starts here
            nxt = i
            continue
        nxt = i + 1
        if i in removed_lines:
            removed.append((starts[i], starts[i] + len(texts[i])))
        else:  # blank: special lines are removed or blank here (a line without content is blank)
            # (HYPHEN_END looks at the last characters only: searching all of a run is slow)
            if not prev_blank and not (pdf and tail[-1:] == "-" and P.HYPHEN_END.search(tail, len(tail) - 3)):
                # a paragraph break (the two newlines), unless a word was cut across it
                tail = "\n\n"
                parts.append(tail)
                seg_body.append(length)
                seg_raw.append(starts[i] - 1 if i else 0)
                length += 2
            prev_blank = True
    b.length = length
    return removed


def _assemble_markdown(
    b: _Builder,
    raw: str,
    lines: _Lines,
    removed_lines: set[int],
    blank: set[int],
    markers: list[Marker],
    sentence_ends: set[int],
) -> list[Span]:
    """Write the body of Markdown into ``b``, dropping inline markup; return the removed spans.

    A Markdown paragraph is one line: every line is read on its own, in one search for markup
    (no separate pass to find the lines that have some).
    """
    texts, starts, cuts, ends = lines.text, lines.start, lines.cut, lines.end
    parts, seg_body, seg_raw = b.parts, b.seg_body, b.seg_raw
    inline = P.MD_INLINE.finditer
    # markup starts with one of these characters: those the letter has are looked for in each
    # line (a one-character find is far faster than the pattern's scan of every character)
    first_chars = [c for c in P.MD_INLINE_FIRST_CHARS if c in raw]
    length = 0
    broken = False  # the last part written is a paragraph break
    removed: list[Span] = []
    prev_blank = True
    for i, text in enumerate(texts):
        start = starts[i]
        if i in removed_lines:
            removed.append((start, start + len(text)))
            continue
        if i in blank:
            if not prev_blank:
                parts.append("\n\n")  # a paragraph break (the two newlines)
                seg_body.append(length)
                seg_raw.append(max(start - 1, 0))
                length += 2
                broken = True
            prev_blank = True
            continue
        prev_blank = False
        if length and not broken:
            # the line break itself becomes a space, or stays where it ends a sentence
            parts.append("\n" if i - 1 in sentence_ends else " ")
            seg_body.append(length)
            seg_raw.append(max(start - 1, 0))
            length += 1
        pos, end = cuts[i], ends[i]
        first = end
        for c in first_chars:
            p = text.find(c, pos, first)
            if p >= 0:
                first = p
        for m in inline(text, first, end) if first < end else ():
            if m.start() > pos:
                parts.append(text[pos : m.start()])
                seg_body.append(length)
                seg_raw.append(start + pos)
                length += m.start() - pos
                broken = False
            kind = m.lastgroup
            if kind == "fn":
                markers.append(Marker(m.group("fn"), (start + m.start(), start + m.end()), length))
            elif kind == "sup" or kind == "link":
                kept = m.group(kind)
                if kind == "sup" and kept.strip().isdigit():
                    markers.append(Marker(kept.strip(), (start + m.start(), start + m.end()), length))
                elif kept:
                    parts.append(kept)
                    seg_body.append(length)
                    seg_raw.append(start + m.start(kind))
                    length += len(kept)
                    broken = False
            pos = m.end()
        if end > pos:
            parts.append(text[pos:end])
            seg_body.append(length)
            seg_raw.append(start + pos)
            length += end - pos
            broken = False
    b.length = length
    return removed


def _glued_markers(
    b: _Builder, body: str, expected: list[int], raw: str, strict: bool = False
) -> tuple[str, list[Marker]]:
    """Find PDF footnote markers glued to words ("motie1 in", "20206)") and cut them out.

    A candidate is taken only when it is the next footnote number expected, so figures such as
    "CO2" or "9e ronde" stay text. A marker that the copy put at the start of the next line
    ("«Alle kinderen kansrijk»1,\n2 heb ik", :func:`_line_start_marker`) is cut out with the
    line break before it.
    """
    keep: list[Span] = []  # body ranges to keep, in order
    found: list[tuple[str, Span]] = []
    pos = 0
    for k, nxt in enumerate(expected):
        n = str(nxt)
        cut = _glued_marker(body, n, pos, strict)
        following = expected[k + 1] if k + 1 < len(expected) else None
        line = -1 if strict else _line_start_marker(b, body, raw, n, pos, cut, following)
        if line >= 0:
            keep.append((pos, line - 1))  # (body[line - 1] is the space the line break became)
            pos = line + len(n)
            raw_s = _to_raw(b, line)
        elif cut >= 0:
            keep.append((pos, cut))
            pos = cut + len(n)
            raw_s = _to_raw(b, cut)
        else:
            break
        found.append((n, (raw_s, raw_s + len(n))))
    if not found:
        return body, []
    keep.append((pos, len(body)))
    # the body without the markers; segments of each kept range shift left by what was cut
    parts: list[str] = []
    seg_body: list[int] = []
    seg_raw: list[int] = []
    markers: list[Marker] = []
    shift = 0
    for i, (s, e) in enumerate(keep):
        if e > s:
            parts.append(body[s:e])
            j = bisect_right(b.seg_body, s)
            k = bisect_left(b.seg_body, e, j)
            seg_body.append(s - shift)
            seg_raw.append(_to_raw(b, s))
            seg_body.extend(map(sub, b.seg_body[j:k], repeat(shift)))
            seg_raw.extend(b.seg_raw[j:k])
        if i < len(found):
            markers.append(Marker(found[i][0], found[i][1], e - shift))
            shift += keep[i + 1][0] - e
    b.parts, b.seg_body, b.seg_raw = parts, seg_body, seg_raw
    b.length = len(body) - shift
    return "".join(parts), markers


#: Without footnotes (:func:`_certain_markers`) this many glued markers 1, 2, … in order make them certain.
CERTAIN_MARKERS_MIN = 2
#: ... each after a word in lower case of at least this many letters ("m2", "km2" are units) or after a
#: closing mark that follows a letter ("(AEF)1,", "kansrijk»1").
CERTAIN_MARKER_WORD = 3
#: ... or after a full stop or comma that ends a word of at least this many letters ("nr.1", "blz.1" and
#: "art.1" are numbers after an abbreviation).
CERTAIN_MARKER_WORD_BEFORE_STOP = 5


def _certain_markers(body: str) -> list[int]:
    """The footnote numbers 1, 2, … that stand glued in order in a text without footnotes, when there are
    at least CERTAIN_MARKERS_MIN of them ("toegezegd3 om" after "(AEF)1," and "aan2."); else none."""
    out: list[int] = []
    pos = 0
    while True:
        n = str(len(out) + 1)
        p = _glued_marker(body, n, pos, True)
        if p < 0:
            break
        out.append(len(out) + 1)
        pos = p + len(n)
    return out if len(out) >= CERTAIN_MARKERS_MIN else []


def _strict_marker_at(body: str, p: int) -> bool:
    """Whether the digits at ``p`` follow a word in lower case of CERTAIN_MARKER_WORD letters or more, or a
    closing mark after a letter: no year, unit, capital ("CO2") or figure ("2.1") before them."""
    c = body[p - 1] if p else ""
    if c in _CLOSING_MARKS:
        return p >= 2 and body[p - 2].isalpha()
    end = p - 1 if c in ".,;:" else p  # after a sentence's or clause's end: "aangekondigd.1 Met deze brief"
    a = end
    while a > 0 and body[a - 1].isalpha():
        a -= 1
    word = body[a:end]
    least = CERTAIN_MARKER_WORD if end == p else CERTAIN_MARKER_WORD_BEFORE_STOP
    return len(word) >= least and word[-least:].islower()


def _glued_marker(body: str, n: str, pos: int, strict: bool = False) -> int:
    """Where marker ``n`` first stands glued to a word after ``pos`` (GLUED_MARKER), or -1.

    The digits are found with str.find and only then checked: the marker is the end of a run
    of digits that GLUED_MARKER matches, alone or after a year (``strict``: only after a word in
    lower case or a closing mark, :func:`_strict_marker_at`).
    """
    p = body.find(n, pos)
    followers, end = P.MARKER_FOLLOWERS, len(body)
    while p >= 0:
        q = p + len(n)  # digits inside a longer number or word: no marker, no regex
        if q < end and not (body[q].isspace() or body[q] in followers):
            p = body.find(n, p + 1)
            continue
        a = p
        while a > max(pos, p - 5) and body[a - 1].isdecimal():  # a marker has at most a year before it
            a -= 1
        m = P.GLUED_MARKER.match(body, a) if p - a in (0, 4) else None
        if m and m.end("digits") == p + len(n) and (a == p or body[a : a + 2] in ("19", "20")):
            if not strict or (a == p and _strict_marker_at(body, p)):
                return p
        p = body.find(n, p + 1)
    return -1


def _line_start_marker(
    b: _Builder, body: str, raw: str, n: str, pos: int, cut: int, following: int | None
) -> int:
    """Where marker ``n`` stands at the start of a line after body position ``pos``, or -1.

    Only where that is certain: the line start reads as a marker (:func:`_marker_at_line_start`),
    no glued marker ``n`` stands before it (``cut``, -1 for none), and the footnote numbers stay
    in order: the next one (``following``) stands glued after it, and a glued ``n`` further on
    comes only after that next one (so it is a figure, "CO2", not the marker).
    """
    start = _to_raw(b, pos) if pos < len(body) else len(raw)
    stop = _to_raw(b, cut) if cut >= 0 else len(raw)
    p = raw.find("\n" + n, start, stop)
    while p >= 0:
        r = p + 1
        q = _to_body(b, len(body), r) if _marker_at_line_start(raw, r, len(n)) else -1
        if q > pos and body[q - 1] == " ":
            nxt = _glued_marker(body, str(following), q + len(n)) if following is not None else -1
            if (following is None and cut < 0) or (nxt >= 0 and (cut < 0 or nxt < cut)):
                return q
        p = raw.find("\n" + n, r, stop)
    return -1


#: How a web address starts: a footnote giving one starts in lower case.
_WEB = ("http", "www.")
#: What ends the line before a marker put at the start of the next one: a closing quote or bracket.
_CLOSING_MARKS = "»”’\")"


def _marker_at_line_start(raw: str, r: int, width: int) -> bool:
    """Whether the ``width`` digits at line start ``r`` can be a footnote marker put there.

    A copy of a Kamerstuk may set a marker at the start of the next line: after the previous
    marker and its comma ("«Alle kinderen kansrijk»1,\n2 heb ik", kst-24515-455), after a
    closing mark, or after a name ("de motie van het lid Van der Lee\n2 over"), then the
    sentence going on in lower case, or nothing else on the line. A number after a word in lower
    case or a sentence's end is text ("artikel\n2 van de wet", "aanstaande.\n11 gemeenten");
    so is one before a capital ("1 Kamerstuk …", a footnote's own line).
    """
    if r < 2 or raw[r - 1] != "\n":
        return False
    after = raw[r + width : r + width + 2]
    if not (after == "" or after[0] in "\n," or (after[0] == " " and after[1:].islower())):
        return False
    if raw.startswith(_WEB, r + width + 1):
        return False  # a footnote's own line: "6 https://nos.nl/…"
    before = raw[r - 2]
    if before == ",":
        return raw[r - 3 : r - 2].isdecimal()  # a list of markers split over the lines: "1,\n2"
    if before in _CLOSING_MARKS:
        return True
    if not before.isalpha():
        return False
    word = max(raw.rfind(" ", 0, r - 1), raw.rfind("\n", 0, r - 1)) + 1
    return raw[word].isupper()


def _to_body(b: _Builder, length: int, r: int) -> int:
    """The body position of raw offset ``r``, or -1 when ``r`` was left out of the body."""
    i = bisect_right(b.seg_raw, r) - 1
    if i < 0:
        return -1
    at = b.seg_body[i] + r - b.seg_raw[i]
    end = b.seg_body[i + 1] if i + 1 < len(b.seg_body) else length
    return at if at < end else -1


def _to_raw(b: _Builder, pos: int) -> int:
    i = bisect_right(b.seg_body, pos) - 1
    return b.seg_raw[i] + pos - b.seg_body[i]


def _repeated_lines(stripped: list[str]) -> set[str]:
    """Short lines that recur verbatim: running page headers and footers."""
    return {
        s
        for s, n in Counter(stripped).items()
        if n >= 2 and 3 <= len(s) <= 80 and not s.endswith((".", ":", ";")) and not P.MD_RULE.fullmatch(s)
    }


def _find_footnotes(raw: str, lines: _Lines, shape: str) -> tuple[set[int], list[Footnote]]:
    """Footnote lines (by index) and the footnotes they hold."""
    if shape == "markdown":
        idx, notes = _markdown_footnotes(lines)
    else:
        idx, notes = _pdf_footnotes(raw, lines)
    more_idx, more = _noot_footnotes(raw, lines, idx, {f.marker for f in notes})
    return idx | more_idx, notes + more


def _noot_footnotes(raw: str, lines: _Lines, taken: set[int], known: set[str]) -> tuple[set[int], list[Footnote]]:
    """A publication site's notes block: "Noot 1 …" lines, the text on the line or the next ones."""
    idx: set[int] = set()
    notes: list[Footnote] = []
    if not P.NOOT_WORD.search(raw):
        return idx, notes
    texts = lines.text
    n = len(texts)
    for i in compress(range(n), map(str.__contains__, texts, repeat("Noot"))):
        if i in taken:
            continue
        m = P.NOOT_LINE.match(texts[i])
        split = None if m else _split_noot_marker(texts, i)
        marker = m.group("marker") if m else split
        if marker is None or marker in known:
            continue
        block = [i] if m else [i, i + 1]
        j = block[-1] + 1
        own_text = m is not None and bool(m.group("text").strip())
        if not own_text:  # "Noot 1" alone, or "X Noot" and "1" on two lines: the text follows
            while j < n and not texts[j].strip():
                j += 1
            if j == n or _noot_head(texts, j):
                continue
        while j < n and texts[j].strip() and not _noot_head(texts, j) and j not in taken:
            block.append(j)
            j += 1
        text_lines = block if own_text else block[1 if m else 2 :]
        if not text_lines:
            continue  # a head alone, right before another note's lines: nothing to take
        first = lines[text_lines[0]]
        text_start = lines.start[i] + m.start("text") if m and text_lines[0] == i else first.start + _lead(first.text)
        last = lines[block[-1]]
        idx.update(block)
        idx.update(range(i, block[-1] + 1))
        notes.append(Footnote(marker, _join_lines(raw[text_start : last.end]), (text_start, last.end)))
        known.add(marker)
    return idx, notes


def _split_noot_marker(texts: list[str], i: int) -> str | None:
    """The number of a note head split over two lines ("X Noot" then "1"), or None."""
    if i + 1 < len(texts) and P.NOOT_SPLIT_HEAD.fullmatch(texts[i]):
        m = P.NOOT_SPLIT_MARKER.fullmatch(texts[i + 1])
        return m.group("marker") if m else None
    return None


def _noot_head(texts: list[str], j: int) -> bool:
    """Line ``j`` opens a note: "Noot 1 …", or a head split over it and the next line."""
    return "Noot" in texts[j] and (P.NOOT_LINE.match(texts[j]) is not None or _split_noot_marker(texts, j) is not None)


def _lead(s: str) -> int:
    return len(s) - len(s.lstrip())


def _markdown_footnotes(lines: _Lines) -> tuple[set[int], list[Footnote]]:
    idx: set[int] = set()
    notes: list[Footnote] = []
    # MD_FOOTNOTE lines start with "<" or "[" after their indent
    texts, starts = lines.text, lines.start
    for i in compress(range(len(lines)), map(str.startswith, lines.stripped, repeat(("<", "[")))):
        line = texts[i]
        m = P.MD_FOOTNOTE.match(line)
        if not m:
            continue
        idx.add(i)
        text = m.group("text")
        if any(map(text.__contains__, P.MD_INLINE_STRIP_CHARS)):  # (most notes have no markup)
            text = P.MD_INLINE_STRIP.sub(lambda x: x.group("keep") or "", text)
        notes.append(Footnote(m.group("marker"), text.strip(), (starts[i] + m.start("text"), starts[i] + len(line))))
    return idx, notes


def _pdf_footnotes(raw: str, lines: _Lines) -> tuple[set[int], list[Footnote]]:
    """Numbered lines at a page foot, in sequence 1, 2, 3 …, with their continuation lines."""
    idx: set[int] = set()
    notes: list[Footnote] = []
    expected = 1
    marked_before = _MarkersBefore(raw)
    texts = lines.text
    n = len(texts)
    i = 0
    # PDF_FOOTNOTE lines start with a digit 1-9
    for cand in compress(range(n), map(str.startswith, texts, repeat(_NONZERO_DIGITS))):
        if cand < i:
            continue  # inside the note just taken
        i = cand
        m = P.PDF_FOOTNOTE.match(texts[i])
        if not m or int(m.group("marker")) != expected:
            continue
        # a number at the start of a line inside a running sentence ("worden\n10 tot 15") is text
        prev = texts[i - 1].rstrip() if i else ""
        if prev and (i - 1) not in idx and prev[-1:].islower() and m.group("text")[:1].islower():
            continue
        marker = m.group("marker")
        if (i - 1) not in idx and _marker_at_line_start(raw, lines.start[i], len(marker)):
            continue  # a marker the copy put at the start of the line ("kansrijk»1,\n2 heb ik")
        if (
            (i - 1) not in idx
            and not marked_before.seen(marker, lines.start[i])
            and not _marker_after(raw, marker, lines.start[i] + len(texts[i]), MARKER_AFTER_NOTE_CHARS)
        ):
            # a footnote number counts only when a marker with it stands earlier, or when it goes on a
            # run of notes ("15 Kamerstuk …" / "16 Kamerstuk …"), or its marker stands just after the
            # notes: a page break inside the sentence that holds the marker may put its note above it
            continue
        block = [i]
        j = i + 1
        while j < n:
            t = texts[j]
            if not t.strip() or t[:1].isspace() or P.PDF_FOOTNOTE.match(t) or P.PAGE_FOOTER.fullmatch(t.strip()):
                break
            block.append(j)
            j += 1
        block.extend(_stray_continuation(texts, j, expected + 1))
        i = block[-1] + 1
        idx.update(block)
        text_start = lines.start[block[0]] + m.start("text")
        last = lines[block[-1]]
        notes.append(Footnote(m.group("marker"), _join_lines(raw[text_start : last.end]), (text_start, last.end)))
        expected += 1
    return idx, notes


def _stray_continuation(texts: list[str], j: int, following: int) -> list[int]:
    """Lines of a note that pdftotext set apart by a blank line, just before the next note.

    "5 Coalitieakkoord …, 15 december 2021." / "" / "Bijlage bij Kamerstuk 35 788, nr. 77" /
    "6 Kamerstuk …": the stray line belongs to note 5, because note 6 follows right after it
    and running text never stands between two notes of one page.
    """
    k = j
    while k < len(texts) and not texts[k].strip():
        k += 1
    if k == j:
        return []
    stray: list[int] = []
    while k < len(texts) and len(stray) < 2:
        t = texts[k]
        m = P.PDF_FOOTNOTE.match(t)
        if m:
            return stray if stray and int(m.group("marker")) == following else []
        if not t.strip() or t[:1].isspace() or P.PAGE_FOOTER.fullmatch(t.strip()):
            return []
        stray.append(k)
        k += 1
    return []


#: How far after a footnote's line its marker may stand (the first lines of the next page).
MARKER_AFTER_NOTE_CHARS = 1000


def _marker_after(raw: str, marker: str, start: int, reach: int) -> bool:
    """Whether marker ``marker`` stands glued to a word (MARKER_AT) within ``reach`` characters after ``start``."""
    end = min(len(raw), start + reach)
    p = raw.find(marker, start, end)
    followers = P.MARKER_FOLLOWERS
    while p >= 0:
        q = p + len(marker)
        if q == len(raw) or raw[q].isspace() or raw[q] in followers:
            for a in (p - 1, p - 4):  # after a letter or mark, or after a year
                m = P.MARKER_AT.match(raw, a) if a >= start else None
                if m and m.start("marker") == p:
                    return True
        p = raw.find(marker, p + 1, end)
    return False


class _MarkersBefore:
    """Whether a marker with a given number stands in the text before a given offset.

    Searched backwards from the offset (a footnote's line): the marker mostly stands on the
    same page, so the search stops soon, where a forward search for the first marker would
    cross the whole text before it each time. What was searched is remembered per number, so
    a number checked on many lines costs one scan.
    """

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.found: dict[str, int] = {}  # a marker stands before this offset
        self.clear: dict[str, int] = {}  # no marker stands before this offset

    def seen(self, marker: str, limit: int) -> bool:
        found = self.found.get(marker)
        if found is not None and found <= limit:
            return True
        clear = self.clear.get(marker, 0)
        if limit <= clear:
            return False
        raw = self.raw
        # occurrences starting at or after `low` are not searched yet (one may end past `clear`)
        low = max(clear - len(marker) + 1, 0)
        p = raw.rfind(marker, low, limit)
        followers, n = P.MARKER_FOLLOWERS, len(raw)
        while p >= 0:
            q = p + len(marker)  # most digits found are part of a longer number: no regex for them
            if q < n and not (raw[q].isspace() or raw[q] in followers):
                p = raw.rfind(marker, low, q - 1)
                continue
            for a in (p - 1, p - 4):  # after a letter or mark, or after a year
                m = P.MARKER_AT.match(raw, a) if a >= 0 else None
                if m and m.start("marker") == p and m.group("marker") == marker:
                    self.found[marker] = p + 1  # (only a smaller offset than a known one is searched again)
                    return True
            if _marker_at_line_start(raw, p, len(marker)):  # "kansrijk»1,\n2 heb ik"
                self.found[marker] = p + 1
                return True
            p = raw.rfind(marker, low, p + len(marker) - 1)
        self.clear[marker] = limit
        return False


def _join_lines(s: str) -> str:
    if "\n" in s:
        s = P.NOTE_HYPHEN_BREAK.sub("", s)
    return " ".join(s.split())  # white space runs as one space, none at the ends
