"""Find commitments (toezeggingen): promises made in the letter and promises it keeps.

Sentence by sentence:

- *kept*: a sentence that keeps a promise it names ("geef ik invulling aan mijn toezegging in het
  algemeen overleg van 11 november jl. om …"), one commitment per promise it names; or a sentence
  that points back ("Met deze brief voldoe ik aan deze toezeggingen") to the promises named in the
  sentences just before it, each its own commitment with the sentence that names it as text. A
  sentence that says only that a promise is kept ("Hiermee kom ik mijn toezegging na"), naming no
  what, where or when (not even in a footnote), keeps only a promise named or announced before it;
- *made*: a future promise by the writer, the cabinet or a named minister ("Ik zal uw Kamer in het
  voorjaar informeren", "Het kabinet zal … vrijmaken"), ``inform`` when it is about informing or
  sending something to the Kamer, else ``act``; its deadline comes from :mod:`graph.deadlines`.
  Hedged with "kunnen" ("Naar verwachting kan ik uw Kamer voor de zomer informeren"), only a promise
  to inform with a deadline still to come, at a lower confidence.

Third parties ("de SER", "de Inspectie"), conditions, questions and the letter describing itself
are not promises. Where and when a kept promise was made comes from the words after "toezegging":
a date (resolved against the letter's date), a Kamerstuk in a footnote or parenthesis, Handelingen,
an earlier letter by name, or the kind of meeting.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from itertools import chain
from typing import Literal

from graph import patterns as P
from graph.clean import Text
from graph.dates import estimate_letter_date, find_date
from graph.deadlines import Deadline, find_deadline
from graph.find.citations import vergaderjaar
from graph.find.metadata import LETTERHEAD_CHARS
from graph.model import Citation, Commitment, Handeling, Span

LOOK_BACK = 3  # sentences a pointing-back sentence ("deze toezeggingen") may reach
LIST_GAP = 2  # sentences between a pointing-forward one ("onderstaande toezeggingen") and its list
OPENING_CHARS = 1500  # how far past the letterhead a letter's opening sentence may end
JOIN_GAP = 2  # sentences a promise naming only its when ("Ik streef ernaar … voor het zomerreces") may time back
#: A sentence can only hold a promise if it has one of these (a cheap pre-check before the patterns;
#: "bied" and "hoogte" for PROMISE_HEDGED's "kunnen wij u … aanbieden", "… op de hoogte stellen").
PROMISE_HINTS = ("zal", "zul", "ga ", "gaat", "gaan", "kom ", "voornem", "plan", "stree", "verwacht", "kamer", "zeg",
                 "ontvangt", "bied", "hoogte", "hoop", "hope", "tegemoet", *P.PRESENT_NEEDS)


def find_commitments(
    text: Text, cites: list[Citation], handelingen: list[Handeling], letter_date: str | None
) -> list[Commitment]:
    anchor = letter_date
    if anchor is None:
        vj_line = P.VERGADERJAAR_LINE.search(text.raw)
        anchor = estimate_letter_date(text.body, vergaderjaar(vj_line.group(0)) if vj_line else None)
    finder = _Finder(text, cites, handelingen, anchor)
    finder.letter_date = letter_date
    return finder.run()


class _Finder:
    def __init__(self, text: Text, cites: list[Citation], handelingen: list[Handeling], anchor: str | None):
        self.text = text
        self.cites = cites
        self.handelingen = handelingen
        self.anchor = anchor
        self.letter_date: str | None = None  # the letter's own date, when it states one (not estimated)
        self.made_at: dict[int, Deadline] = {}  # sentence start → the deadline of the promise made there
        self.made_in_sentence: dict[Span, int] = {}  # a promise made's raw span → its sentence's start in the body
        self.out: list[Commitment] = []
        self.named: set[int] = set()  # sentences whose promise is already recorded as kept
        self.recalled: list[int] = []  # sentences reporting a promise made before, neither kept nor made here
        # The literal pre-checks read the lowercased sentence, which is only a necessary condition
        # for the (?i) patterns when str.lower folds as re does: re's IGNORECASE also matches "i"
        # to "İ" and "ı" and "s" to "ſ", which str.lower keeps (or makes two characters of).
        self.prechecks = not any(map(text.body.__contains__, P.ODD_FOLDS))

    def run(self) -> list[Commitment]:
        body = self.text.body
        sents = self.text.sentences
        last_past = -10  # the last sentence saying "toegezegd": only then can a later one keep it
        last_restated = -10  # the last one restating a promise ("Zoals toegezegd zal ik …")
        for i in self._worth_reading() if self.prechecks else range(len(sents)):
            if i in self.named:
                continue  # an item of a list of kept promises, already recorded
            s, e = sents[i]
            sent = body[s:e]
            low = sent.lower()
            said = "toegezegd" in low
            restated = said and _restated_or_denied(sent)
            if restated:
                last_restated = i
            elif i - last_restated == 1 and P.LETTER_IS_REPORT.match(sent):
                # "Deze brief behelst de eerste zelfstandige rapportage": this letter keeps it (kst-29279-331)
                self._kept_before(i, sent, needs_past=True, one=True)
            if ("toezeg" in low or said) and not restated:
                kept = self._kept(i, s, e, sent, low)
                if "toegezegd" in low:
                    last_past = i
                    if not kept:
                        self.recalled.append(i)
                if kept or "toegezegd" in low:
                    continue
            if i - last_past <= 2 and self._keeps_named_before(sent, low):
                self._kept_before(i, sent, needs_past=True)
            if any(map(low.__contains__, P.KEPT_AS_SAID_NEEDS)) and self._kept_as_said(i, s, e, sent):
                continue
            if any(map(low.__contains__, PROMISE_HINTS)):
                before = len(self.out)
                self._made(s, e, sent, low)
                if len(self.out) == before and "kondig" in low and "te zullen" in low:
                    self._announced(s, e, sent)
                if len(self.out) == before and (
                    (not self.prechecks or any(map(low.__contains__, P.REPORTED_NEEDS)))
                    and P.PROMISE_REPORTED.search(sent)
                ):
                    self.recalled.append(i)
            if "vragen" in low and P.ANSWERED_LATER.search(sent):
                self._passive_promise(s, e, sent, low, "answered-later", ahead=False)
            elif (
                "kamer" in low
                and (not self.prechecks or any(map(low.__contains__, P.SENT_PASSIVE_NEEDS)))
                and (sent_passive := P.PROMISE_SENT_PASSIVE.search(sent)) is not None
            ):
                # "Het rapport zal voor de zomer aan uw Kamer worden gestuurd"; a present tense only with a when
                # still to come ("De evaluatie wordt in het najaar aan uw Kamer aangeboden")
                auxes = sent_passive.group("aux", "aux2", "aux3", "aux4", "aux5")
                present = any(a and a.lower().startswith("w") for a in auxes)
                self._passive_promise(s, e, sent, low, "sent-passive", ahead=present)
        opening = LETTERHEAD_CHARS + OPENING_CHARS
        if any(body.find(w, 0, opening) >= 0 for w in P.PROMISED_WRITTEN_NEEDS) and (
            P.PROMISED_WRITTEN_LOW.search(body[:opening].lower()) if self.prechecks else P.PROMISED_WRITTEN.search(
                body, 0, opening)
        ):
            # "Vandaag heb ik u aangekondigd heden schriftelijk nader te antwoorden op vragen …" (kst-35925-III-30):
            # a promise to answer in writing, recalled at the opening, is what this letter does
            first = self._first_sentence()
            if first >= 0 and first not in self.recalled and first not in self.named:
                s, e = sents[first]
                if P.PROMISED_WRITTEN.search(body, s, e) and P.REPORTING_VERB.search(body, s, e):
                    self.recalled.append(first)
        if self.recalled:
            self._recalled()
        if sum(c.kind == "made" for c in self.out) > 1:
            self._join_when()
        return sorted(self.out, key=lambda c: c.span)

    def _worth_reading(self) -> list[int]:
        """The sentences :meth:`run` can do anything with, found in one pass over the whole body.

        A superset, from literals that each rule needs (the loop then applies the rules as before):
        "toezeg"/"toegezegd" and the two sentences after "toegezegd" (promises kept), and the cues of
        :func:`_may_promise`, :func:`_may_passive` and :func:`_may_present` (promises made): every
        sentence holding "zal", "zul" or "ontvangt" (MADE_CUE_MODAL), "kabinet" or "regering" before a promise
        verb or after one and an article (MADE_CUE_CABINET, :func:`_cabinet_after_verb`), "ik" before
        a promise verb or after white space (MADE_CUE_IK, "ik hoop" too), "wij gaan", "wij zijn voornemens",
        "wij informeren", "wij u", "wij kunnen", "wij hopen", "hopen wij" (MADE_CUE_WE), "kunnen wij",
        "verwacht dat" (MADE_CUE_HEDGED, MADE_CUE_EXPECT), or "wordt uw kamer", "uw kamer wordt" (MADE_CUE_PASSIVE*).
        Most sentences of a letter hold none of them and are never sliced, lowercased or searched.
        """
        sents = self.text.sentences
        body = self.text.body
        if "\u212a" in body:  # the Kelvin sign, which str.lower makes "k"
            low = body.lower()  # same offsets: no "İ" here (self.prechecks)
        else:
            # 2.5x faster than str.lower on non-ASCII text, same offsets: ASCII letters lowered where
            # str.lower has them (no other character lowers to one), every character latin-1 lacks
            # a space, which a cue's white space may match: the cues can only match more
            low = body.encode("latin-1", "replace").lower().decode("latin-1").replace("?", " ")
        starts = [s for s, _ in sents]

        def holding(words: tuple[str, ...], cabinet: bool = False) -> set[int]:
            found: set[int] = set()
            cue = P.MADE_CUE_CABINET.match
            for w in words:
                p = low.find(w)
                while p >= 0:
                    i = bisect_right(starts, p) - 1
                    if i >= 0 and p + len(w) <= sents[i][1] and (
                        not cabinet or cue(low, p + len(w)) or _cabinet_after_verb(low, sents[i][0], p)
                    ):
                        found.add(i)
                        p = low.find(w, sents[i][1])  # the rest of the sentence adds nothing
                    else:
                        p = low.find(w, p + 1)
            return found

        past = holding(("toegezegd",))
        todo = holding(("toezeg", "ontvangt")) | holding(("kabinet", "regering"), cabinet=True) | past
        # "Zoals beloofd bied ik u hierbij … aan" (with "zoals", "conform" or "overeenkomstig") and "… kondig ik aan met
        # een notitie te zullen komen" (_announced, "te zullen"); "kondig" finds "aangekondigd" too: one scan less
        todo.update(i for i in holding(P.KEPT_AS_SAID_SCAN)
                    if any(low.find(w, sents[i][0], sents[i][1]) >= 0 for w in P.KEPT_AS_SAID_LEADS))
        # PROMISE_REPORTED ("heeft … uw Kamer laten weten u … te informeren"), and PROMISE_SUBORDINATE in the
        # present tense, which needs a reporting verb ("heb ik aangegeven dat ik uw Kamer … bericht")
        todo.update(i for i in holding(P.REPORTED_NEEDS)
                    if any(map(low[sents[i][0] : sents[i][1]].__contains__, P.REPORTED_VERB_NEEDS)))
        todo.update(j for i in past for j in (i + 1, i + 2) if j < len(sents))
        cues = (P.MADE_CUE_MODAL, P.MADE_CUE_IK, P.MADE_CUE_WE, P.MADE_CUE_PASSIVE, P.MADE_CUE_PASSIVE_AFTER,
                P.MADE_CUE_HEDGED, P.MADE_CUE_EXPECT, P.MADE_CUE_AWAIT, P.MADE_CUE_KAMER)
        # a cue that starts with a rare word, matched only where str.find finds it (re's scan for a literal
        # costs 0.7 ms/MB; a frequent word, "kamer", is better left to re)
        anchored = self._anchored(low, "vragen", P.MADE_CUE_ANSWERED) + self._anchored(low, "gaan", P.MADE_CUE_GAAN_WE)
        for m in chain(chain.from_iterable(c.finditer(low) for c in cues), anchored):
            # every sentence the match touches (a cue inside a sentence may hide behind a match
            # that starts in the sentence before)
            todo.update(range(max(bisect_right(starts, m.start()) - 1, 0), bisect_right(starts, m.end() - 1)))
        return sorted(todo)

    @staticmethod
    def _anchored(low: str, word: str, cue: re.Pattern[str]) -> list[re.Match[str]]:
        """The matches of ``cue`` (which starts with ``word``) in ``low``, tried only where ``word`` stands."""
        found = []
        p = low.find(word)
        while p >= 0:
            m = cue.match(low, p)
            if m is not None:
                found.append(m)
            p = low.find(word, p + 1)
        return found

    # --- promises kept -------------------------------------------------------------------------

    def _keeps_named_before(self, sent: str, low: str) -> bool:
        """KEEPS_NAMED_BEFORE, where its words stand (KEEPS_NAMED_BEFORE_NEEDS)."""
        if self.prechecks and not any(map(low.__contains__, P.KEEPS_NAMED_BEFORE_NEEDS)):
            return False
        return P.KEEPS_NAMED_BEFORE.search(sent) is not None

    def _kept(self, i: int, s: int, e: int, sent: str, low: str) -> bool:
        """Record the promises a sentence keeps; ``True`` when it keeps (or points back to) any."""
        keeps = P.KEEPS_PROMISE.search(sent)
        before = self._keeps_named_before(sent, low)
        here_and_now = keeps is None and before and "toegezegd" in low
        if (keeps or before) and P.POINTER_FORWARD.search(sent):
            if self._kept_listed(i):
                return True
            if sent.rstrip().endswith(":") and not P.OPEN_PROMISES.search(sent):
                # "Met deze brief informeer ik uw Kamer over de uitvoering van de volgende moties en toezeggingen
                # op de volgende onderwerpen:" and a list of topics right after it (kst-29538-331): at least one
                # promise kept, the sentence its only evidence; never a list of promises still open, nor
                # promises "hieronder genoemd" that are not found
                self._add_kept(s, e, sent, (0, len(sent)), "keeps-forward", 0.6)
                return True
        bare = P.KEPT_WITHOUT_CONTENT.fullmatch(sent) is not None
        if (keeps or here_and_now) and bare and self._made_in(s, e, sent) == (None, None):
            # "Hiermee kom ik mijn toezegging na" (no footnote either): only the promise named or announced before
            if not self._kept_before(i, sent, needs_past=False, one="toezeggingen" not in low):
                self._announced_before(i)
            return True
        if keeps and P.UNNAMED_PROMISES.search(sent) and self._made_in(s, e, sent) == (None, None):
            # "Daarnaast wordt met deze brief invulling gegeven aan een aantal moties en toezeggingen" (kst-27625-693):
            # no promise named, where or when; the ones kept are named in the letter's sections
            return True
        if keeps or here_and_now:
            # "In het debat heb ik toegezegd …, wat ik met deze brief doe": named and kept at once
            named = list(P.PROMISE_ITEM.finditer(sent))
            items = [m for m in named if not _points_back(sent, m.start(), m.end())]
            if not items and keeps and any(not _points_back(sent, m.start(), None) for m in named):
                # "Hiermee kom ik de toezegging na": the promise named just before; failing that, this one
                if not self._kept_before(i, sent, needs_past=False, one="toezeggingen" not in low):
                    self._add_kept(s, e, sent, (0, len(sent)), "keeps-named", 0.75)
                return True
            if items:
                for k, m in enumerate(items):
                    # "Zoals in het AO van 3 maart toegezegd": where and when stand before the participle
                    a = m.start() if keeps and not (k == 0 and m.group(0).lower() == "toegezegd") else 0
                    end = items[k + 1].start() if k + 1 < len(items) else len(sent)
                    self._add_kept(s, e, sent, (a, end), "keeps-named", 0.9 if keeps else 0.75)
                self.named.add(i)
                return True
        if before and P.POINTS_BACK.search(sent):
            # "deze toezegging", "De toezegging is hiermee nagekomen": one promise, the nearest named
            self._kept_before(i, sent, needs_past=False, one="toezeggingen" not in low)
            return True
        return False

    def _kept_before(self, i: int, sent: str, needs_past: bool, one: bool = False) -> int:
        """A sentence keeping the promises named before it: each becomes a kept commitment (how many)."""
        sents = self.text.sentences
        body = self.text.body
        reach = 2 if needs_past else LOOK_BACK
        found = 0
        for j in range(i - 1, max(-1, i - 1 - reach), -1):
            if j in self.named:
                continue
            s, e = sents[j]
            prev = body[s:e]
            m = P.PAST_PROMISE.search(prev) if needs_past else P.PROMISE_ITEM.search(prev)
            if m is None or (needs_past and "toegezegd" not in prev.lower()):
                continue
            # a promise named there, not one only pointed back to ("Met deze brief voer ik deze toezegging uit")
            item = next((x for x in P.PROMISE_ITEM.finditer(prev)
                         if not (x.group(0)[:6].lower() == "toezeg" and _points_back(prev, x.start(), x.end()))), None)
            if item is None:
                continue
            # the segment naming the promise: the sentence from its start, as "toegezegd" often comes last
            self._add_kept(s, e, prev, (0, len(prev)), "keeps-named-before", 0.8 if not needs_past else 0.7)
            self.named.add(j)
            found += 1
            if one:
                break
        return found

    def _kept_listed(self, i: int) -> int:
        """The list after a sentence keeping "onderstaande toezeggingen": each item naming a promise
        ("De toezegging aan het lid Tielen om …") is kept (how many); motions in the list are passed over."""
        sents = self.text.sentences
        body = self.text.body
        found = 0
        gap = 0
        for j in range(i + 1, len(sents)):
            s, e = sents[j]
            item = body[s:e]
            if P.LISTED_PROMISE.match(item):
                self._add_kept(s, e, item, (0, len(item)), "keeps-listed", 0.85)
                self.named.add(j)
                found += 1
            elif not P.LISTED_MOTION.match(item):
                if found or gap >= LIST_GAP:
                    break  # the list has ended, or never began
                gap += 1
        return found

    def _kept_as_said(self, i: int, s: int, e: int, sent: str) -> bool:
        """A promise named "beloofd", "aangekondigd" or "afgesproken" that this letter keeps now ("Zoals beloofd stuur
        ik u vandaag …", "Zoals eerder aangekondigd bied ik u hierbij … aan"); ``True`` when recorded. Not a promise
        restated for later ("Zoals aangekondigd zal ik u in het najaar informeren": a modal or a deadline ahead), a
        question, or a negation."""
        said = P.KEPT_AS_SAID.search(sent)
        if said is None or sent.rstrip().endswith("?") or P.HEDGE_NEGATED.search(sent):
            return False
        rest = sent[said.end() :]
        if P.KEPT_NOW.search(rest) is None or P.MODAL_AHEAD.search(rest):
            return False
        deadline = find_deadline(rest, self.anchor)
        if deadline is not None and deadline.rule != "today" and (deadline.due or deadline.earliest):
            return False  # "Zoals aangekondigd stuur ik u in het najaar …": a promise restated
        confidence = 0.8 if said.group("said").lower() == "beloofd" else 0.6
        self._add_kept(s, e, sent, (0, len(sent)), "keeps-said", confidence)
        self.named.add(i)
        return True

    def _announced_before(self, i: int) -> None:
        """The sentence just before a contentless keeping one, when it announced something ("beloofd")."""
        if i == 0 or i - 1 in self.named:
            return
        s, e = self.text.sentences[i - 1]
        prev = self.text.body[s:e]
        said = self.text.raw_span(s, e)
        if any(c.span == said for c in self.out):
            return  # already a promise of its own ("Ik heb aangekondigd dat ik u zal informeren")
        if P.ANNOUNCED_BEFORE.search(prev) and not prev.rstrip().endswith("?"):
            self._add_kept(s, e, prev, (0, len(prev)), "keeps-named-before", 0.6)
            self.named.add(i - 1)

    def _add_kept(self, s: int, e: int, sent: str, seg: Span, rule: str, confidence: float) -> None:
        a, b = seg
        segment = sent[a:b]
        made_on = self._made_on(segment)
        made_in, refers_to = self._made_in(s + a, s + b, segment)
        if made_on is None and P.LETTER_ANAPHOR.search(segment):
            made_on = self._letter_before(s)
        if made_on is None and (today := P.SAID_TODAY.search(segment)):
            # "Vandaag heb ik u aangekondigd …": the letter's own day; not "Zoals toegezegd stuur ik u vandaag …"
            verb = P.SAID_VERB.search(segment)
            if verb is None or today.start() < verb.end():
                made_on = self.letter_date
        if P.HERE_ANAPHOR.match(segment) and (made_on is None or made_in is None):
            # "Hierin heb ik uw Kamer toegezegd …" right after "Op 22 juni heb ik uw Kamer de 7de
            # Voortgangsrapportage toegestuurd (Kamerstuk 31 066, nr. 854)" (kst-31066-857): made there
            i = bisect_right([a for a, _ in self.text.sentences], s) - 1
            if i >= 1:
                ps, pe = self.text.sentences[i - 1]
                prev = self.text.body[ps:pe]
                made_on = made_on or self._made_on(prev)
                if made_in is None:
                    made_in, refers_to = self._made_in(ps, pe, prev)
        what_m = P.PROMISED_WHAT.search(segment)
        self.out.append(
            Commitment(
                kind="fulfilled",
                type="inform" if P.INFORM_VERB.search(segment) or (
                    P.INFORM_PARTICIPLE.search(segment) and P.TO_KAMER.search(segment)) else "act",
                text=sent,
                span=self.text.raw_span(s, e),
                made_on=made_on,
                made_in=made_in,
                refers_to=refers_to,
                rule=rule,
                confidence=confidence,
                what=what_m.group("what").strip() if what_m else None,
            )
        )

    def _made_on(self, segment: str) -> str | None:
        """The first date in the segment naming a kept promise that lies before the letter: a date on or
        after it is something else's ("zoals toegezegd in het AO …, het rapport dat op 21 juni 2019 is
        gepubliceerd" in a letter of that day, kst-27858-461)."""
        at = 0
        while True:
            made_on, span = find_date(segment[at:], self.anchor)
            if made_on is None or span is None or self.letter_date is None or made_on < self.letter_date:
                return made_on
            at += span[1]

    def _letter_before(self, s: int) -> str | None:
        """The date of the letter the sentence before the one at ``s`` names ("Bij brief van 29 januari 2024 …"),
        for a promise made "in de brief" ("In de brief is toegezegd dat …")."""
        i = bisect_right([a for a, _ in self.text.sentences], s) - 1
        if i < 1:
            return None
        ps, pe = self.text.sentences[i - 1]
        prev = self.text.body[ps:pe]
        m = P.LETTER_OF.search(prev)
        return find_date(prev[m.end() : m.end() + 40], self.anchor)[0] if m else None

    def _made_in(self, bs: int, be: int, segment: str) -> tuple[str | None, str | None]:
        """Where a kept promise was made: a Kamerstuk, Handelingen, a letter's name or a meeting."""
        rs, re_ = self.text.raw_span(bs, be)
        markers = {m.marker for m in self.text.markers_between(bs, be + 1)}
        notes = [self.text.footnote_by_marker[mk].span for mk in markers if mk in self.text.footnote_by_marker]

        def inside(span: Span) -> bool:
            return rs <= span[0] < re_ or any(a <= span[0] < b for a, b in notes)

        for c in self.cites:
            if (c.footnote is not None and c.footnote in markers) or rs <= c.span[0] < re_:
                return c.id, c.id
        for h in self.handelingen:
            if inside(h.span):
                y1, y2 = h.vergaderjaar.split("-")
                # an answer to written questions is in the Aanhangsel, numbered on its own
                book = "Aanhangsel Handelingen" if h.aanhangsel else "Handelingen"
                return f"{book} {h.kamer} {y1}/{y2[2:]}, nr. {h.nr}", None
        letter = P.MADE_IN_LETTER.search(segment)
        # not a debate the promise is due before ("toegezegd om voor het commissiedebat van 1 juli …", kst-31066-857)
        due = [m.span() for m in P.DUE_DEBATE.finditer(segment)] if "voor" in segment.lower() else []
        venues = P.MADE_IN_VENUE.finditer(segment)
        venue = next((v for v in venues if not any(a <= v.start() < b for a, b in due)), None)
        if letter and (venue is None or letter.start() < venue.start()):
            return letter.group("letter").strip(" ,"), None
        if venue:
            name = venue.group("venue")
            return ("algemeen overleg" if name.upper() == "AO" else name.lower()), None
        return None, None

    # --- promises made -------------------------------------------------------------------------

    def _made(self, s: int, e: int, sent: str, low: str) -> None:
        # each pattern only where its literals stand (None there either way): most sentences
        # reach none of the three slow patterns
        pre = self.prechecks
        ik = "ik" in low
        m = P.PROMISE.search(sent) if not pre or _may_promise(low, ik) else None
        if m is None and (not pre or ("zal" in low and P.STATE_CUE.search(low))):
            m = P.PROMISE_STATE.search(sent)  # "Het ministerie zal …", "Het Rijk zal …": read like "het kabinet"
        if m is not None and _no_future(m, sent, low):
            m = None
        passive = None if m or (pre and not _may_passive(low)) else P.PROMISE_PASSIVE.search(sent)
        present = None if m or passive or (pre and not _may_present(low)) else P.PROMISE_PRESENT.search(sent)
        hedged = hoped = awaited = sub = None
        if m is None and passive is None and present is None:
            hedged = P.PROMISE_HEDGED.search(sent) if not pre or _may_hedged(low) else None
            if hedged is None:
                hoped = P.PROMISE_HOPED.search(sent) if not pre or "hoop" in low or "hope" in low else None
                if hoped is None:
                    awaited = P.PROMISE_AWAIT.search(sent) if not pre or "tegemoet" in low else None
                    if awaited is None:
                        sub = P.PROMISE_SUBORDINATE.search(sent) if not pre or _may_subordinate(low) else None
                        if sub is None:
                            return
        if sent.rstrip().endswith("?") or ((not pre or _may_not_promise(low)) and P.NOT_PROMISE.search(sent)):
            return
        if (_may_be_letter(low) and P.LETTER_ITSELF.search(sent)) or _main_clause_passive(m or sub, sent):
            return  # "In deze Kamerbrief zal ik …": the letter; "Het rapport dat ik u stuurde, zal … worden besproken"
        deadline = find_deadline(sent, self.anchor)
        if deadline is None and any(map(low.__contains__, P.OUTLINE_NEEDS)) and P.OUTLINE_VERB.search(sent) and not (
            "debat" in low or "overleg" in low
        ):
            return  # "Allereerst zal ik ingaan op de voortgang": the letter's outline, no promise
        if deadline is None and "dat" in low and self._recalled_and_past(sent):
            return
        if deadline is None and "dan" in low and P.THEN_SAME_TIME.search(sent):
            deadline = self._then(s)
        if hedged is not None:
            # "kan ik u … informeren" promises only with a when still to come ("Ik kan u informeren over
            # de stand per 1 januari" reports), and not "hierbij" or "niet"
            if not self._ahead(deadline) or P.PRESENT_IS_LETTER.search(sent) or P.HEDGE_NEGATED.search(sent):
                return
            self._add_made(s, e, sent, deadline, "inform", _hedged_by(hedged), "hedged", 0.6)
            return
        if hoped is not None:
            # "Ik hoop uw Kamer voor de zomer te informeren": a wish, the least sure promise; with or
            # without a when, but not one already past, and not "hiermee" (the letter) nor "niet"
            if (deadline is not None and not self._ahead(deadline)) or P.PRESENT_IS_LETTER.search(sent) or (
                P.HEDGE_NEGATED.search(sent)
            ):
                return
            self._add_made(s, e, sent, deadline, "inform", _hedged_by(hoped), "hoped", 0.5)
            return
        if awaited is not None:
            # "U kunt de brief voor de zomer tegemoet zien": the writer's promise to send; not one
            # already past, nor "hierbij" (the letter itself)
            if (deadline is not None and not self._ahead(deadline)) or P.PRESENT_IS_LETTER.search(sent):
                return
            self._add_made(s, e, sent, deadline, "inform", "ik", "awaited", 0.8)
            return
        dated = deadline is not None and deadline.due is not None
        if sub is not None:
            # "die ik op 23 februari aan uw Kamer zal doen toekomen"; "dat ik uw Kamer in het najaar bericht"
            # only with a dated deadline ahead (a present tense may report what is done now)
            # the deadline within the clause or after it: one before it says when the promise was reported
            deadline = find_deadline(sent[sub.start() :], self.anchor)
            dated = deadline is not None and deadline.due is not None
            # a present tense promises only where a promise is reported ("heb ik aangegeven dat ik uw Kamer …
            # bericht"), never "Ik kan me voorstellen dat wij uw Kamer voor de zomer informeren"
            if sub.group("verb") and (not dated or not self._ahead(deadline) or P.PRESENT_IS_LETTER.search(sent)
                                      or not P.REPORTING_VERB.search(sent, 0, sub.start())):
                return
            inform = bool(P.INFORM_VERB.search(sent) or sub.group("verb"))
            self._add_made(s, e, sent, deadline, "inform" if inform else "act", "ik" if sub.group("ik") else "kabinet",
                           "subordinate", 0.8 if sub.group("modal") else 0.7)
            return
        if present is not None:
            verb = next(v for v in present.group("verb", "verb2", "verb3", "verb4", "verb5", "verb6", "verb7") if v)
            # a vague deadline ahead promises too: "binnenkort", "in de volgende voortgangsrapportage"; so
            # do outcomes still to come, the Kamer last ("Over de uitkomsten hiervan bericht ik Uw Kamer.")
            if deadline is not None:
                ahead = deadline.rule in ("next-report", "debate")
                ahead = ahead or P.PRESENT_VAGUE_AHEAD.search(deadline.text) is not None
            else:
                ahead = P.PRESENT_ABOUT_OUTCOME.fullmatch(sent) is not None
            if P.PRESENT_IS_LETTER.search(sent) or not (dated or ahead or verb.lower().startswith(("houd", "breng"))):
                return
            if _done_today(deadline):
                return  # "Zoals eerder gemeld stuur ik u vandaag de evaluatie": done now, not promised
        if passive is not None and "ontvangt" in passive.group(0).lower() and (
            P.PRESENT_IS_LETTER.search(sent) or not dated or _done_today(deadline)
        ):
            # "Hierbij ontvangt uw Kamer de gevraagde brief" is the letter; "Voor de zomer ontvangt uw Kamer …" promises
            return
        plural = present is not None and any(present.group("wij", "verb6", "verb7"))
        made_by = "kabinet" if plural else "ik"
        if m is not None:
            said = m.group(0).lower()
            if P.COME_BACK.search(said) and "terug" not in sent.lower():
                return  # "ik kom tot de conclusie": only "ik kom hierop terug" promises
            if "verwacht" in said and P.HEDGE_NEGATED.search(sent):
                return  # "Ik verwacht uw Kamer niet voor de zomer te kunnen informeren"
            if m.re is P.PROMISE_STATE:
                made_by = "kabinet"
            elif m.group("kabinet") and (who := P.SUBJECT_AFTER_MODAL.match(sent, m.end())) is not None:
                made_by = "ik" if who.group("who").lower() == "ik" else "kabinet"  # "… van het kabinet zal ik …"
            elif m.group("wij") or m.group("kabinet"):
                made_by = "kabinet"
            elif m.group("other"):
                made_by = _minister(m.group("other"))
        inform = bool(passive or present) or bool(P.INFORM_VERB.search(sent) and P.TO_KAMER.search(sent))
        if not inform and P.WEAK_ACT.search(sent):
            return
        if passive:
            confidence = 0.8
        elif m is not None and "zal" in m.group(0).lower():
            confidence = 0.9
        elif m is not None and P.HEDGE_EXPECT.search(sent):
            confidence = 0.6  # "Ik verwacht u in het najaar te kunnen informeren": hedged
        else:
            confidence = 0.7
        rule = "passive" if passive else "present" if present else "promise"
        self._add_made(s, e, sent, deadline, "inform" if inform else "act", made_by, rule, confidence)

    def _announced(self, s: int, e: int, sent: str) -> None:
        """A promise announced in the present tense with "te zullen": "In mijn … brief … kondig ik aan met een
        aanvullende beleidsnotitie ter zake te zullen komen in mei 2012" (kst-31288-250; rule announced). Not a
        question, a negation ("niet te zullen"), a condition, or a deadline already past."""
        m = P.PROMISE_ANNOUNCED.search(sent)
        if m is None or sent.rstrip().endswith("?") or P.HEDGE_NEGATED.search(sent, m.start()):
            return
        if P.NOT_PROMISE.search(sent):
            return
        deadline = find_deadline(sent[m.start() :], self.anchor)
        if deadline is not None and not self._ahead(deadline):
            return
        inform = bool(P.COME_WITH.search(sent, m.start()) or (P.INFORM_VERB.search(sent) and P.TO_KAMER.search(sent)))
        made_by = "ik" if m.group("who") or m.group("who3") else "kabinet"
        self._add_made(s, e, sent, deadline, "inform" if inform else "act", made_by, "announced", 0.8)

    def _passive_promise(self, s: int, e: int, sent: str, low: str, rule: str, ahead: bool) -> None:
        """A promise to inform in the passive, by no one named but the writer: questions to be answered in a later
        document ("Zijn overige vragen worden betrokken bij het vandaag aangekondigde voortgangsbericht",
        kst-35925-III-30, rule answered-later), a thing to be sent to the Kamer ("Het rapport zal voor de zomer aan
        uw Kamer worden gestuurd", sent-passive). Never this letter ("in deze brief", "hierbij", "hieronder"), a
        negation or a question; ``ahead``: only with a deadline still to come (a present tense)."""
        span = self.text.raw_span(s, e)
        if any(c.span == span for c in self.out) or sent.rstrip().endswith("?"):
            return
        if P.PRESENT_IS_LETTER.search(sent) or P.HEDGE_NEGATED.search(sent):
            return
        if _may_be_letter(low) and P.LETTER_ITSELF.search(sent):
            return
        if (not self.prechecks or _may_not_promise(low)) and P.NOT_PROMISE.search(sent):
            return
        deadline = find_deadline(sent, self.anchor)
        if deadline is not None and not self._ahead(deadline):
            return
        if ahead and (deadline is None or not (deadline.due or deadline.rule in ("next-report", "debate")
                                               or P.PRESENT_VAGUE_AHEAD.search(deadline.text))):
            return
        if ahead and _done_today(deadline):
            return  # "Het rapport wordt vandaag aan uw Kamer gestuurd": done now
        made_by = "ik"
        if P.BY_CABINET.search(sent):
            made_by = "kabinet"
        elif by_minister := P.BY_MINISTER.search(sent):  # "door de Staatssecretaris van IenW"
            made_by = _minister(sent[by_minister.start():])
        self._add_made(s, e, sent, deadline, "inform", made_by, rule, 0.6)

    def _recalled(self) -> None:
        """Promises the letter reports as made before (:attr:`recalled`) and neither keeps explicitly nor
        makes again in so many words.

        At the letter's opening a promise to send a letter (PROMISED_LETTER) that nothing says is late is
        kept by the letter itself ("In mijn brief van 16 maart heb ik uw Kamer toegezegd … een
        stand-van-zakenbrief te sturen", kst-31066-1100); any other there is undecided. Elsewhere one with
        a dated deadline still ahead is restated, a promise made ("… is toegezegd een overzicht … met uw
        Kamer te delen voor Prinsjesdag", kst-35510-59); one whose deadline has passed, or that has none,
        is neither.
        """
        sents = self.text.sentences
        body = self.text.body
        taken = {c.span for c in self.out}  # sentences already holding a promise made or kept
        first = self._first_sentence()
        for i in self.recalled:
            s, e = sents[i]
            if i in self.named or self.text.raw_span(s, e) in taken:
                continue
            sent = body[s:e]
            if sent.rstrip().endswith("?") or P.KEPT_DENIED.search(sent) or P.NOT_PROMISE.search(sent):
                continue
            told = P.INFORM_VERB.search(sent) is not None and P.TO_KAMER.search(sent) is not None
            if i == first:
                # the opening recalls what this letter is about: kept when a letter was promised, else undecided
                after = body[s : sents[min(i + 2, len(sents) - 1)][1]]
                if ((told and P.PROMISED_LETTER.search(sent)) or P.PROMISED_WRITTEN.search(sent)) and not (
                    P.NOT_YET_KEPT.search(after) or P.KEPT_DENIED.search(after)
                ):
                    self._add_kept(s, e, sent, (0, len(sent)), "kept-by-letter", 0.6)
                    self.named.add(i)
                continue
            # a deadline without a year counts from when the promise was made, if the sentence says so ("In het
            # debat van 3 maart heb ik toegezegd u voor 1 juni te informeren" is past in a letter of 22 June)
            said = P.REPORTING_VERB.search(sent)
            deadline = find_deadline(sent[said.end() if said else 0 :], self._made_on(sent) or self.anchor)
            if deadline is None and said is not None and not any(map(str.isalnum, sent[said.end() :])):
                # the participle last ("is uw Kamer voor het begrotingsdebat een rapportage toegezegd",
                # kst-35510-59): the deadline stands in the object before it, after the finite verb (a
                # time phrase opening the sentence, before that verb, says when the promise was made)
                aux = P.FINITE_AUX.search(sent, 0, said.start())
                if aux is not None:
                    deadline = find_deadline(sent[aux.end() : said.start()], self._made_on(sent) or self.anchor)
            # a debate still to come ("voor het begrotingsdebat", kst-35510-59) has no date but is ahead
            if deadline is None or (deadline.due is None and deadline.rule != "debate") or not self._ahead(deadline):
                continue
            told = told or P.PROMISED_DOCUMENT.search(sent) is not None
            who = P.PROMISER_COLLEAGUE.search(sent)
            # "… is uw Kamer … toegezegd": a passive names no one but the government
            passive = P.PROMISE_PASSIVE_PAST.search(sent) is not None and not P.WRITER_NAMED.search(sent)
            made_by = _minister(who.group(0)) if who else "kabinet" if passive else "ik"
            self._add_made(s, e, sent, deadline, "inform" if told else "act", made_by, "restated", 0.7)

    def _first_sentence(self) -> int:
        """The index of the letter's first sentence after its letterhead (the date line, the salutation)."""
        start = 0
        for m in P.OPENING_START.finditer(self.text.body, 0, LETTERHEAD_CHARS):
            start = m.end()
        body = self.text.body
        sents = self.text.sentences
        return next((i for i, (s, e) in enumerate(sents) if e > start and body[max(s, start) : e].strip()), -1)

    def _join_when(self) -> None:
        """A promise naming nothing but who, the Kamer and when (PROMISE_ONLY_WHEN) times the undated
        promise to inform made up to JOIN_GAP sentences before it: one promise, not two (kst-33763-103)."""
        starts = [s for s, _ in self.text.sentences]
        made = sorted((c for c in self.out if c.kind == "made"), key=lambda c: c.span)
        dropped: set[int] = set()
        for k, c in enumerate(made):
            if c.due is None or not c.due_text or c.type != "inform" or k == 0:
                continue
            if not P.PROMISE_ONLY_WHEN.fullmatch(c.text.replace(c.due_text, " ", 1)):
                continue
            prev = made[k - 1]
            if prev.type != "inform" or prev.due_text:
                continue
            j = bisect_right(starts, self.made_in_sentence[c.span]) - 1
            pj = bisect_right(starts, self.made_in_sentence[prev.span]) - 1
            if not 0 < j - pj <= JOIN_GAP:
                continue
            joined = replace(prev, due=c.due, due_earliest=c.due_earliest, due_text=c.due_text,
                             rule=f"{prev.rule}+joined-{c.rule.split('+', 1)[-1]}")
            self.out[self.out.index(prev)] = joined
            self.made_in_sentence[joined.span] = self.made_in_sentence[prev.span]
            made[k - 1] = joined
            dropped.add(id(c))
        if dropped:
            self.out = [c for c in self.out if id(c) not in dropped]

    def _then(self, s: int) -> Deadline | None:
        """ "Tevens zal ik u dan … sturen": the dated deadline of the promise made in the sentence just before."""
        i = bisect_right([a for a, _ in self.text.sentences], s) - 1
        before = self.made_at.get(self.text.sentences[i - 1][0]) if i >= 1 else None
        if before is None or before.due is None:
            return None
        return Deadline(before.due, before.earliest, "dan", (0, 0), "then")

    def _recalled_and_past(self, sent: str) -> bool:
        """A promise the writer reports having made ("heb ik u bericht … dat ik Uw Kamer voor 1 april 2020 een
        notitie zal doen toekomen") whose deadline has passed at the letter's date: no promise made now."""
        if self.letter_date is None or P.RECALLED_PROMISE.search(sent) is None:
            return False
        said = find_deadline(sent, None)  # read without the letter's date: one in the past stays
        return said is not None and said.due is not None and said.due < self.letter_date

    def _ahead(self, deadline: Deadline | None) -> bool:
        """A deadline not before the letter (vague ones, "binnenkort", count; so does an unknown letter date)."""
        if deadline is None:
            return False
        when = deadline.due or deadline.earliest
        return when is None or self.anchor is None or when >= self.anchor

    def _add_made(
        self, s: int, e: int, sent: str, deadline: Deadline | None, type_: Literal["inform", "act"], made_by: str,
        rule: str, confidence: float,
    ) -> None:
        if deadline is not None:
            self.made_at[s] = deadline
        span = self.text.raw_span(s, e)
        self.made_in_sentence[span] = s
        self.out.append(
            Commitment(
                kind="made",
                type=type_,
                text=sent,
                span=span,
                due=deadline.due if deadline else None,
                due_earliest=deadline.earliest if deadline else None,
                due_text=deadline.text if deadline else None,
                made_by=made_by,
                rule=rule + (f"+{deadline.rule}" if deadline else ""),
                confidence=confidence,
            )
        )


def _done_today(deadline: Deadline | None) -> bool:
    """A present tense's "vandaag" (not "later vandaag", "vanmiddag", "morgen"): what the sentence says is done on the
    letter's day ("Vandaag stuur ik u ook de evaluatie", "Het rapport wordt vandaag aan uw Kamer gestuurd"), no
    promise still to keep."""
    return deadline is not None and deadline.rule == "today" and deadline.text.lower() == "vandaag"


def _restated_or_denied(sent: str) -> bool:
    """A sentence saying "toegezegd" that keeps no promise: one restated for later ("Zoals toegezegd
    zal ik …", "zal ik u de toegezegde brief sturen") or one this letter says it cannot keep ("Het is
    niet mogelijk, zoals eerder toegezegd, uw Kamer eind februari te informeren"). Either may still
    make a promise."""
    return bool(
        P.RESTATED_PROMISE.search(sent) or P.RESTATED_PROMISED_THING.search(sent) or P.KEPT_DENIED.search(sent)
    )


def _no_future(m: re.Match[str], sent: str, low: str) -> bool:
    """A promise verb that promises nothing: "gaan" as a separable verb ("We gaan bodemverstoring door ontgraving
    tegen", "We gaan daarom door met deze aanpak"), or a modal predicting what the subject will undergo ("zullen we
    vaker oude verontreinigingen tegenkomen")."""
    said = m.group(0).lower()
    if "ga" in said and P.GAAN_SEPARABLE.match(sent, m.end()) is not None:
        return True
    return (("zal" in said or "zul" in said) and any(map(low.__contains__, P.UNDERGONE_NEEDS))
            and P.PROMISE_UNDERGONE.match(sent, m.end()) is not None)


def _main_clause_passive(m: re.Match[str] | None, sent: str) -> bool:
    """A verb-final promise ("dat ik u … zal") whose modal heads a passive ("Het rapport dat ik u vorige week
    stuurde, zal in het overleg worden besproken"): the modal is the main clause's, the writer promises nothing."""
    if m is None:
        return False
    said = m.group(0).rstrip()
    low = said.lower()
    if not (low.endswith(("zal", "zullen")) and (" u " in low or " kamer " in low)):
        return False
    return P.KAMER_PASSIVE.match(sent, m.start() + len(said) - (3 if low.endswith("zal") else 6)) is not None


def _may_be_letter(low: str) -> bool:
    """A necessary condition for LETTER_ITSELF on the lowercased sentence."""
    return any(map(low.__contains__, P.LETTER_ITSELF_THIS)) and any(map(low.__contains__, P.LETTER_ITSELF_NOUNS))


def _may_promise(low: str, ik: bool) -> bool:
    """A necessary condition for PROMISE on the lowercased sentence: one of its cues stands."""
    return bool(
        (ik and P.PROMISE_CUE_IK.search(low))
        or (("kabinet" in low or "regering" in low) and P.PROMISE_CUE_CABINET.search(low))
        or (("we" in low or "wij" in low) and P.PROMISE_CUE_WE.search(low))
        or (("zal" in low or "zul" in low) and any(map(low.__contains__, P.PROMISE_CUE_OTHER)))
    )


def _cabinet_after_verb(low: str, start: int, p: int) -> bool:
    """Whether "het" or "de" and one of CABINET_AFTER_VERBS stand right before ``p`` in ``low`` (from
    ``start`` on), white space between: "gaat het kabinet", "kan de regering" (for _worth_reading)."""
    space = str.isspace
    q = p
    while q > start and space(low[q - 1]):
        q -= 1
    for article in ("het", "de"):
        if q < p and low.endswith(article, start, q):
            r = t = q - len(article)
            while t > start and space(low[t - 1]):
                t -= 1
            if t < r and low.endswith(P.CABINET_AFTER_VERBS, start, t):
                return True
    return False


def _may_hedged(low: str) -> bool:
    """A necessary condition for PROMISE_HEDGED on the lowercased sentence."""
    return ("kan" in low or "kun" in low or "verwacht" in low) and P.PROMISE_CUE_HEDGED.search(low) is not None


def _hedged_by(m: re.Match[str]) -> str:
    """Who makes a hedged or hoped promise: the writer, or "kabinet" for "wij" and the cabinet."""
    return "ik" if m.group("ik") or ("ik2" in m.re.groupindex and m.group("ik2")) else "kabinet"


def _may_subordinate(low: str) -> bool:
    """A necessary condition for PROMISE_SUBORDINATE on the lowercased sentence."""
    return ("kamer" in low or "u " in low) and P.SUBORDINATE_CUE.search(low) is not None


def _may_passive(low: str) -> bool:
    """A necessary condition for PROMISE_PASSIVE on the lowercased sentence."""
    return "kamer" in low and "uw" in low and any(map(low.__contains__, P.PASSIVE_NEEDS))


def _may_present(low: str) -> bool:
    """A necessary condition for PROMISE_PRESENT on the lowercased sentence."""
    if "ontvangt" in low:
        return True
    if not any(map(low.__contains__, P.PRESENT_NEEDS)):
        return False
    if "ik" in low and P.PRESENT_CUE_IK.search(low):
        return True
    writer = "we" in low or "wij" in low or "kabinet" in low
    return writer and P.PRESENT_CUE_WE.search(low) is not None


def _may_not_promise(low: str) -> bool:
    """A necessary condition for NOT_PROMISE on the lowercased sentence, branch by branch."""
    head = low
    while (bare := head.lstrip().lstrip(P.NOT_PROMISE_BULLETS)) != head:
        head = bare  # the pattern's "^[-•–*\\s]*": str.lstrip strips what re's \\s matches
    modal = "zal" in low or "zul" in low
    return (
        head.startswith(P.NOT_PROMISE_OPENERS)
        or ("brief" in low and ("deze" in low or "onderhavige" in low or "voorliggende" in low))
        or "hieronder" in low
        or "hierna" in low
        or "zou" in low
        or ("moeten" in low and modal)
        or ("ga" in low and "op" in low)
        or (("niet" in low or "geen" in low) and (modal or "ga" in low))
    )


def _points_back(sent: str, pos: int, end: int | None) -> bool:
    """ "deze toezeggingen", "de benoemde moties en toezeggingen", "De toezegging is hiermee nagekomen":
    a pointer to a promise named before, not a promise named here (``end`` None: the words before only)."""
    before = sent[max(0, pos - 40) : pos].lower()
    m = P.POINTER_BEFORE.search(before)
    # "aan twee toezeggingen uit het debat van …" names two; "de twee toezeggingen" points back
    pointer = m is not None and not P.OWN_DETERMINER_LAST.search(before) and not (
        m.group(0).startswith("twee") and not P.ARTICLE_LAST.search(before, 0, m.start()))
    return pointer or (end is not None and P.POINTER_AFTER.match(sent, end) is not None)


def _minister(said: str) -> str:
    """"Mijn collega van VWS zal" → "Minister van VWS"; "de staatssecretaris van SZW" likewise."""
    m = P.PROMISER_COLLEAGUE.search(said)
    if m is None or not m.group("dept"):
        return "Minister"
    role = "Staatssecretaris" if "staatssecretaris" in said.lower() else "Minister"
    # "Koninkrijksrelaties3": a footnote marker the text kept glued (a department name has no digits)
    return f"{role} {m.group('prep').lower()} {m.group('dept').rstrip('0123456789')}"
