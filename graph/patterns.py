"""Every regular expression kamergraph uses, as named and commented data.

Grouped by pipeline stage: text shape (clean), references (citations, zaken, Handelingen),
letter metadata, dates, motions, commitments. Finders import these; nothing else compiles
patterns of its own.
"""

from __future__ import annotations

import re

# ---------------------------------------------------------------------------------------------
# Text shape and cleaning
# ---------------------------------------------------------------------------------------------

#: A control character that text files do not contain (tab, line breaks and form feed excepted):
#: many of them mean a binary file.
CONTROL_CHAR = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")
#: A Markdown heading line ("## **Recente cijfers**").
MD_HEADING = re.compile(r"^#{1,6} ", re.M)
#: A horizontal rule or a line of only emphasis markers.
MD_RULE = re.compile(r"(?:-{3,}|\*{3,}|_{3,}|\*\*|__)")
#: Publication-site chrome that is not part of the letter ("Naar boven").
_SITE_CHROME = r"naar boven|terug naar boven|\[?top\]?"
#: Markup at the start of a Markdown line: heading hashes, quote marks, emphasis.
MD_LINE_PREFIX = re.compile(r"[ \t]*(?:#{1,6}[ \t]+|>[ \t]*)?(?:\*\*|__)?")
#: The characters MD_LINE_PREFIX can start with (it matches nothing on a line starting otherwise).
MD_LINE_PREFIX_CHARS = " \t#>*_"
#: Leading white space of a PDF line (pdftotext starts a page with a space).
LEADING_SPACE = re.compile(r"[ \t\f]+")
#: Inline Markdown to drop or unwrap: <sup>N</sup>, links, emphasis, escapes. Every branch
#: starts with a literal character (look-behinds come after it) so the engine can skip ahead.
MD_INLINE = re.compile(
    r"<sup>(?P<sup>[^<]{0,12})</sup>"
    r"|\[\^(?P<fn>\d{1,3})\](?!:)"
    r"|\[(?P<link>[^\]\n]*)\]\([^)\n]*\)"
    r"|<(?:https?://|www\.)[^>\s]*>"
    r"|\*\*|__|\*(?<![\w*]\*)(?=\w)|\*(?<=\w\*)(?![\w*])"
    r"|\\(?=[\\_*\[\]()#-])"
)
#: The characters MD_INLINE's branches start with: clean finds the first of them in a line with
#: str.find (memchr speed) and searches for markup only from there, in a line that has one.
MD_INLINE_FIRST_CHARS = "<[*_\\"
#: The same markup inside a footnote's own text (links keep their text).
MD_INLINE_STRIP = re.compile(r"<sup>(?P<keep>[^<]{0,12})</sup>|\*\*|__|\[(?=[^\]]*\]\()|\]\([^)]*\)")
#: A character every match of MD_INLINE_STRIP holds: a note without any is not searched.
MD_INLINE_STRIP_CHARS = ("<", "*", "_", "[", "]")
#: A Markdown footnote line: "<sup>14</sup> Kamerstuk 35 570 XV, nr. 54."
#: Also the Pandoc form "[^14]: Kamerstuk …" (its marker in the text is "[^14]").
MD_FOOTNOTE = re.compile(r"^[ \t]*(?:<sup>|\[\^)(?P<marker>\d{1,3})(?:</sup>|\]:)[ \t]*(?P<text>.*)$")
#: A publication-site note after the letter: "Noot 1 Kamerstuk 35 669, nr. 36", or "Noot 1"
#: alone with the note's text on the next line.
#: NOOT_LINE's word, to tell whether a text has any: a pattern starting with a literal is searched
#: twice as fast as str.find searches for a word of four characters.
NOOT_WORD = re.compile("Noot")
NOOT_LINE = re.compile(r"^[ \t>*]*(?:X[ \t]?)?Noot[ \t]+(?P<marker>[1-9]\d{0,2})(?!\d)[ \t.:)*]*(?P<text>.*)$")
#: A PDF footnote line: "14 Kamerstuk 35 570 XV, nr. 54." (number, space, text).
PDF_FOOTNOTE = re.compile(r"^(?P<marker>[1-9]\d{0,2})[ \t]+(?P<text>\S.*)$")
#: Digits glued to a word or closing mark: a PDF footnote marker candidate ("motie1 in").
GLUED_MARKER = re.compile(
    r"(?:(?<=[^\W\d_])|(?<=[.,;:)»”’'\"])|(?<=\s)(?=(?:19|20)\d{3}))(?P<digits>\d{1,7})(?=[\s.,;:()»”]|$)"
)
#: A word cut by a hyphen at the end of a PDF line ("thuis-").
HYPHEN_END = re.compile(r"[^\W\d_]-$")
#: A line that counts as blank: empty after stripping, or only a rule or site chrome
#: (MD_RULE and the site chrome in one pattern, so each line is tested once).
BLANK_LINE = re.compile(r"|(?:" + MD_RULE.pattern + r")|(?i:" + _SITE_CHROME + r")")
#: Pre-check for BLANK_LINE: a line longer than this matches only as a rule, starting with one of
#: BLANK_RULE_CHARS (clean tries the pattern on no other line; tests/test_prechecks.py).
BLANK_LINE_MAX_CHROME = 16
BLANK_RULE_CHARS = "-*_"
#: A PDF footnote marker as it stands in the text: after a letter or closing mark, or after
#: a year ("20206": the year 2020 and marker 6). clean matches it only where str.find put the
#: marker's digits (a search from every position would be slow: no literal to skip ahead to).
MARKER_AT = re.compile(r"(?:[^\W\d_]|[.,;:)»”’'\"]|(?<!\d)(?:19|20)\d\d)(?P<marker>\d{1,3})(?=[\s.,;:()»”]|$)", re.M)
#: What may follow MARKER_AT's and GLUED_MARKER's digits besides white space (their look-ahead):
#: digits followed by anything else are no marker, which clean sees without trying the patterns.
MARKER_FOLLOWERS = ".,;:()»”"
#: Inside a footnote's text: a word hyphenated across a line break (the hyphen, the break and the
#: next line's indent are dropped). It starts with a literal, so the engine skips ahead fast.
NOTE_HYPHEN_BREAK = re.compile(r"-(?<=\w-)\n\s*(?=[a-z])")
#: A page footer: "Tweede Kamer, vergaderjaar 2021–2022, 25 883, nr. 425 9" (page number last).
PAGE_FOOTER = re.compile(
    r"Tweede Kamer, vergaderjaar (?P<vj1>\d{4})\s*[–-]\s*(?P<vj2>\d{4}),\s*"
    r"(?P<dossier>\d{2}[ \u00a0]?\d{3})(?:[ -](?P<toev>[IVXLC]+|[A-Z]))?,\s*nr\.\s*(?P<nr>\d{1,4})"
    r"(?:\s+(?P<page>\d{1,3}))?"
)

#: A sentence ends at . ! ? (optionally followed by a closing quote or bracket), white space and
#: a capital, digit, bullet or opening mark.
_SENTENCE_END_REST = r"[»”’\"')]?)\s+(?=[A-Z«\"'(\[•\-–0-9ÀÉÈÖÜ])"
SENTENCE_END = re.compile(r"([.!?]" + _SENTENCE_END_REST)
#: SENTENCE_END once per end mark, for speed only: a pattern starting with a literal lets the
#: engine skip ahead with a plain character scan, five times as fast as the class [.!?];
#: split_sentences searches for "!" and "?" only in a body that has them. Paragraph breaks and
#: bullets are separate passes for the same reason.
SENTENCE_END_AT = {mark: re.compile("(" + re.escape(mark) + _SENTENCE_END_REST) for mark in ".!?"}
#: A paragraph break ends a sentence whatever stands before it (a heading has no full stop), and
#: so does a single line break: clean keeps one in the body only where it ends a sentence
#: (LETTERHEAD_LINE, PARAGRAPH_LINE_CHARS). The body never holds three newlines in a row (clean
#: writes one "\n\n" per run of blank lines).
PARAGRAPH_BREAK = re.compile(r"\n\n?")
#: So does a list bullet inside running PDF text ("… ga ik in op: • De agenda …").
BULLET = re.compile(r"[•▪●](?=\s)")
#: BULLET's characters: a body without any of them (most letters) is not scanned for BULLET.
BULLET_CHARS = ("•", "▪", "●")
#: A list bullet at the start of a sentence is not part of it.
LEADING_BULLET = re.compile(r"(?:[•▪●◦*]|[-–](?=\s))\s*")
#: The characters LEADING_BULLET can start with: a sentence starting with none of them is not
#: matched against it (one check per sentence instead of one regex call).
LEADING_BULLET_CHARS = "•▪●◦*-–"
#: Words whose full stop does not end a sentence: abbreviations and initials ("c.s." is cum suis
#: after filers: "de motie Voordewind c.s. (Kamerstuk …) beschouw ik als afgedaan").
_ABBREVIATIONS = (
    "c.s.", "nr.", "nrs.", "d.d.", "dd.", "o.a.", "t.o.v.", "i.v.m.", "m.b.t.", "bijv.", "bv.", "resp.", "dhr.",
    "mevr.", "mw.", "drs.", "mr.", "dr.", "prof.", "ir.", "ing.", "art.", "blz.", "p.", "vgl.", "zgn.", "e.a.", "jo.",
    "ca.", "incl.", "excl.",
)  # matched case-insensitively; none is longer than six characters
#: A date's "jl." or "a.s." (after white space) with a reference in brackets after it ends no
#: sentence when the sentence goes on after the brackets: "In het debat met uw Kamer van 8 september jl.
#: (Handelingen II 2021/22, nr. 106, item 8) heb ik … toegezegd" (kst-19637-2993). It may end
#: one before a capital ("… van 8 september jl. Daarin …"), also after the brackets: "zoals
#: toegezegd tijdens het Commissiedebat … van 10 februari jl. (Kamerstuk 22 112, nr. 3301) In
#: deze brief …" (kst-22112-3432, whose full stop after the brackets is missing).
#: split_sentences finds the suffixes with str.find and matches what follows them here: a regex
#: that starts with a look-behind is tried at every character (50 ms for 3 MB against 5).
DATE_SUFFIXES = ("jl.", "a.s.")
BRACKET_THEN_SENTENCE_GOES_ON = re.compile(r"\s+\([^()]*\)\s*[a-z,;:]")
NO_SENTENCE_END = re.compile(
    "(?i:" + "|".join(map(re.escape, _ABBREVIATIONS)) + r")|\(?[A-Z]\.(?:[A-Z]\.)*|\(?[A-Z][a-z]?\."
    # (round 12a) initials opening a motion's hyphenated name: "De motie-M.B. Vos over …", "de motie-A. Vos"
    r"|\S*[Mm]oties?-[A-Z]\.(?:[A-Z]\.)*"
)
#: Where a word that NO_SENTENCE_END matches can end, as look-behinds at its full stop (for speed
#: only): an abbreviation after white space, the last of one or more initials after white
#: space, "(" or the full stop of the one before, a capital and a small letter after white space
#: or "(". split_sentences checks the word only at a sentence end standing here (the other full
#: stops end a sentence without a look at the word); tests/test_clean_shortcuts.py.
#: (One look-behind per width, its branches of that width: each look-behind costs a little at
#: every full stop.)
_ABBREVIATION_AT = [
    "(?<=" + "|".join(
        ([r"[\s(.-][A-Z]\."] if n == 3 else [r"[\s(][A-Z][a-z]\."] if n == 4 else [])
        + [r"\s(?i:" + "|".join(re.escape(a[:-1]) for a in _ABBREVIATIONS if len(a) == n - 1) + r")\."]
    ) + ")"
    for n in sorted({len(a) + 1 for a in _ABBREVIATIONS})
]
#: Each of them needs white space, "(" or "." two to six characters before the full stop: a word
#: without any there (most sentence ends) is told apart in one look-behind.
_NO_ABBREVIATION_ROOM = r"(?<=[^\s(.-]{5}[\s\S]\.)"
#: The sentence ends of SENTENCE_END_AT["."] after such a word: every match is one of its matches,
#: at the same place and with the same groups.
SENTENCE_END_MAYBE_ABBREVIATION = re.compile(
    r"(\." + _NO_ABBREVIATION_ROOM.replace("(?<=", "(?<!", 1) + "(?:" + "|".join(_ABBREVIATION_AT) + ")"
    + _SENTENCE_END_REST
)

#: A letterhead or header line, as a whole line (its content without Markdown emphasis): after it
#: a single line break ends the sentence, so that a letter rendered with one line per paragraph
#: ("Den Haag, 12 september 2024\nTijdens het commissiedebat …") does not start its first
#: sentence with the heading. A label with its value on the line ("Datum 12 maart 2021",
#: "Betreft Werken vanuit huis"; a label alone is followed by its value), a postal address
#: ("Postbus 20301", "2500 EH Den Haag"), place and date, the Kamerstuk heading ("Vergaderjaar
#: 2023-2024", "29 279 Rechtsstaat en rechtsorde", "Nr. 874 Brief van de minister …", "Aan de
#: Voorzitter …", "Tweede Kamer der Staten-Generaal | 2 |") and the salutation ("Geachte
#: voorzitter,"). clean tries it only in a letter's head and only on lines of at most
#: LETTERHEAD_MAX_CHARS whose content starts with one of LETTERHEAD_FIRST_CHARS.
_LETTERHEAD_LABELS = (
    r"(?:Datum|Betreft|Onderwerp|Kenmerk|Ons\s+kenmerk|Uw\s+kenmerk|Onze\s+referentie|Uw\s+referentie"
    r"|Uw\s+brief(?:\s+van)?|Bijlagen?|Bijlage\(n\)|Retouradres|Contactpersoon)\b"
)
LETTERHEAD_LINE = re.compile(
    _LETTERHEAD_LABELS + r"[ \t:]*\S.*"
    r"|Postbus\s+\d{1,6}\b.{0,60}"
    r"|\d{4}\s?[A-Z]{2}\s+[A-Z'’][^\W\d_]*(?:[\s-][^\W\d_]+){0,3}"
    r"|(?:Den\s+Haag|['’]s[-\s]Gravenhage)\s*,?\s*[0-3]?\d\s+[a-z]{3,9}\.?\s+(?:19|20)\d\d"
    r"|(?i:Vergaderjaar)\s+(?:19|20)\d\d\s*[–-]\s*(?:19|20)\d\d\b[^\w]*"
    r"|\d{2}\s?\d{3}(?:\s+(?:[IVXLC]{1,6}|[A-Z]))?\s+[A-Z][^\W\d_]+\b.*"
    r"|Nr\.\s*\d{1,4}(?:\s+(?i:brief\s+van)\b.*)?"
    r"|Aan\s+de\s+[Vv]oorzitter\s+van\s+de\s+Tweede\s+Kamer(?:\s+der\s+Staten[-\s]Generaal)?[\s,.]*"
    r"|Tweede\s+Kamer\s+der\s+Staten[-\s]Generaal[\s|\d]*"
    r"|(?:Hoog)?[Gg]eachte\s[^,.;:]{1,60},"
)
#: A letterhead label alone on its line ("Onze referentie"): its value follows on the next line,
#: in the same sentence.
LETTERHEAD_LABEL = re.compile(_LETTERHEAD_LABELS + r"[ \t:]*")
LETTERHEAD_FIRST_CHARS = "DBOKURCPVNATGH'’0123456789"
LETTERHEAD_MAX_CHARS = 160
#: The head of a letter, for LETTERHEAD_LINE, ends at the first line of running text (a line of
#: at least this many characters that ends a sentence), or after HEAD_MAX_LINES lines.
HEAD_SENTENCE_CHARS = 60
HEAD_MAX_LINES = 60
#: A line that ends a sentence (after Markdown emphasis and white space).
LINE_ENDS_SENTENCE = (".", "!", "?", ".»", ".”", ".)", "?»", "?”")
#: Lines that are whole paragraphs (text copied from a web page, "tkconv" text): a text is read so
#: when at least PARAGRAPH_LINES_MIN of its lines are longer than PARAGRAPH_LINE_CHARS (no PDF
#: line is that wide), no more than half as many lines are of PDF width (40 characters up to
#: that), no line is hyphen-broken and at most one in PARAGRAPH_LINES_PER_LOWER long lines starts
#: in lower case (a sentence running on). There, a line break ends a sentence when the next line
#: starts one (a capital, digit, quote or bracket) and the line does not end in a comma,
#: semicolon, hyphen or an open bracket.
PARAGRAPH_LINE_CHARS = 120
PARAGRAPH_LINES_MIN = 2
PARAGRAPH_LINES_PER_LOWER = 4
LINE_RUNS_ON = (",", ";", "-", "–", "(", "/", "&")
#: The first character of a line that starts a sentence (besides a capital or digit).
SENTENCE_START_MARKS = "«\"'‘“("

# ---------------------------------------------------------------------------------------------
# References
# ---------------------------------------------------------------------------------------------

#: A toevoeging: a Roman numeral, with a letter for split budget chapters ("IXB"), or a capital
#: letter for the funds ("34 300 J", "36 200 A").
_TOEV = r"(?:[IVXLC]{1,6}[AB]?|[A-Z])"
#: A dossier number: five digits, the thousands often split by a space ("25 295"); a
#: hyphenated sub-dossier ("21 501-20"); a toevoeging ("35 570 XV", "35570-XV"). Not part of a
#: longer number, a date ("2020/21"), an amount ("€ 35 000") or a reference ("2020-0000154934").
_DOSSIER = (
    r"(?<![\d/.,–-])(?<!€)(?<!€[ \u00a0])\d{2}[ \u00a0]?\d{3}(?!\d)"
    r"(?:-\d{1,3}(?!\d))?"
    r"(?:[ \u00a0-]" + _TOEV + r"(?!\w))?"
)
#: The parts of one dossier, for normalising.
DOSSIER_PARTS = re.compile(
    r"(?P<main>\d{2}[ \u00a0]?\d{3})(?:-(?P<sub>\d{1,3}))?(?:[ \u00a0-](?P<toev>" + _TOEV + r"))?"
)
#: "nr.", "nrs.", "nr" (a missing dot is common), "nummer".
#: PDF text breaks a line after "nr." as often as anywhere ("Kamerstukken 32813, nr.\n952"): one
#: line end may stand between the word and its number.
_NR = r"(?:nrs?\b\.?|nummers?\b)[ \t\u00a0]*(?:\n[ \t\u00a0>]*)?"
#: A document number within a dossier: at most four digits (the highest numbers run in the
#: low thousands), and a list item is never the start of the next citation's dossier
#: ("nr. 54 en 25 295, nr. 912").
_NR_ITEM = r"\d{1,4}(?!\d)(?![ \u00a0]\d{3}(?!\d)|-\d{1,3}\b)"
_NR_SEP = r"\s*(?:,|en|&|t/m|tot\s+en\s+met|-|–)\s*"
#: A Kamerstuk citation: an optional prefix, one or more dossiers, one or more document numbers.
#: "Kamerstukken II 2020/21, 25 295, nr. 912", "Kamerstukken 25 295 en 25 883, nr. 983",
#: "Tweede Kamer, vergaderjaar 2020–2021, 25 295, nr. 734", "25883, nr. 405",
#: "Kamerstuk 32 793, nrs. 176 en 181", "nr. 12 en nr. 14", "Bijlage bij Kamerstuk 35 788, nr. 77".
#: (The look-ahead names every character a match can start with: "Bijlage", "Kamerstuk",
#: "kamerstukken", "Tweede"/"TK", "Eerste"/"EK" or a dossier's digit. It changes no match, but
#: gives re a character set to skip ahead with instead of trying the optional prefix at every
#: offset: 18 -> 7 ms/MB on citation-dense letters.)
KAMERSTUK = re.compile(
    r"(?=[BKkTE\d])"
    r"(?P<prefix>(?:(?:Bijlage\s+bij\s+)?(?:[Kk]amerstuk(?:ken)?|(?:Tweede|Eerste)\s+Kamer|(?<!\w)[TE]K(?!\w))"
    r"(?:\s+I{1,2}(?!\w))?"
    r"(?:,?\s*(?:vergaderjaar\s+)?(?:19|20)\d{2}\s*[/–-]\s*\d{2,4})?\s*,?\s*))?"
    r"(?P<dossiers>" + _DOSSIER + r"(?:\s*(?:,|en|&|/)\s*" + _DOSSIER + r")*)"
    r"(?:\s*,\s*|\s+)(?P<nrs>" + _NR + _NR_ITEM + r"(?:" + _NR_SEP + r"(?:" + _NR + r")?" + _NR_ITEM + r")*)"
)
#: Where a citation's number stands: the finder looks for these first and matches
#: :data:`KAMERSTUK` only around them, which is much faster than trying it at every offset.
CITATION_ANCHOR = re.compile(r"n(?:rs?|ummers?)\b\.?[ \t\u00a0]*(?:\n[ \t\u00a0>]*)?\d")
#: The first letter of a word a :data:`KAMERSTUK` prefix starts with (a superset: "TK" also inside
#: a word). Each branch starts with a literal, so re skips ahead to a B, K, k, T or E, and takes
#: one character, so no word hides another. The finder matches KAMERSTUK only at these and at
#: the dossier numbers right before an anchor, instead of trying every position of a window.
KAMERSTUK_PREFIX_WORD = re.compile(r"B(?=ijlage)|K(?=amerstuk)|k(?=amerstuk)|T(?=weede|K)|E(?=erste|K)")
#: What may stand between a citation's first dossier and its number: dossiers ("35 570 XV",
#: "21 501-20"), their separators (",", "en", "&", "/") and white space. Walking back over these
#: characters from an anchor finds where a citation without prefix can start at the earliest.
KAMERSTUK_DOSSIER_CHARS = "0123456789 \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0,&/-enABCDEFGHIJKLMNOPQRSTUVWXYZ"
#: The characters a KAMERSTUK match can start with (its look-ahead).
KAMERSTUK_START = re.compile(r"[BKkTE\d]")
#: The identifier as the publication site writes it: "kst-35669-36", "kst-35570-XV-54",
#: "kst-21501-20-1234" (also inside a link to zoek.officielebekendmakingen.nl).
KST_ID = re.compile(
    r"kst-(?<![\w-]kst-)(?P<main>\d{5})(?:-(?P<sub>\d{1,3}))?(?:-(?P<toev>" + _TOEV + r"))?-(?P<nr>\d{1,4})(?![\w-])"
)
#: Eerste Kamer documents are numbered by letter (A, B, …, Z, AA, AB, …): "Kamerstukken I 2020/21,
#: 35 570, A", "Eerste Kamer, vergaderjaar 2020–2021, 35 570 XV, C en D", "Kamerstuk 35 570, nr.
#: A". Published as kst-35570-A, kst-33328-AI (zoek.officielebekendmakingen.nl/kst-35261-B.html).
#: The finder takes a match only when the prefix names the Eerste Kamer ("I", "Eerste Kamer",
#: "EK") or "nr." stands before the letter: "Kamerstuk 35 300, A" alone is too weak a sign, and
#: without the comma "35 300 A" is dossier 35 300 A (a fund). A letter before "nr." is a toevoeging.
KAMERSTUK_LETTER = re.compile(
    r"(?P<prefix>(?:[Kk]amerstuk(?:ken)?|(?P<ek>Eerste\s+Kamer|(?<!\w)EK(?!\w)))"
    r"(?:\s+(?P<kamer>I{1,2})(?!\w))?(?:,?\s*(?:vergaderjaar\s+)?(?:19|20)\d{2}\s*[/–-]\s*\d{2,4})?\s*,?\s*)"
    r"(?P<dossier>" + _DOSSIER + r")\s*,\s*(?P<nr>(?:nrs?\.?|letters?)\s*)?"
    r"(?P<letters>[A-Z]{1,2}(?![\w-])(?:\s*(?:,|en|&)\s*[A-Z]{1,2}(?![\w-]))*)(?!\s*,?\s*nrs?\b)"
)
#: Literals a :data:`KAMERSTUK_LETTER` match starts one character before ("[Kk]amerstuk", "Eerste
#: Kamer") or at ("EK"), found with str.find: the pattern is matched only there.
KAMERSTUK_LETTER_TAILS = ("amerstuk", "erste Kamer")
KAMERSTUK_LETTER_EK = "EK"
#: What every :data:`KAMERSTUK_LETTER` match holds after its dossier: a comma, perhaps "nr." or
#: "letter", then one or two capitals standing alone. Searched first (a literal first character:
#: a fast scan), and only a hint after a dossier's last character (a digit or capital before the
#: comma's white space) lets the finder look for letter citations at all; most letters have none.
KAMERSTUK_LETTER_HINT = re.compile(r",\s*(?:(?:nrs?\.?|letters?)\s*)?[A-Z]{1,2}(?![\w-])")
#: One letter in the ``letters`` group.
DOCUMENT_LETTER = re.compile(r"[A-Z]{1,2}")
#: A letter-numbered document's id as the publication site writes it: "kst-35570-A", "kst-35570-XV-C".
KST_LETTER_ID = re.compile(
    r"kst-(?<![\w-]kst-)(?P<main>\d{5})(?:-(?P<sub>\d{1,3}))?(?:-(?P<toev>" + _TOEV + r"))?-(?P<letter>[A-Z]{1,2})(?![\w-])"
)
#: A Markdown link target that starts right after a citation's text: ``](https://…/`` .
LINK_TARGET_GAP = re.compile(r"\]\([^)\s]*")
#: One dossier within the ``dossiers`` group of :data:`KAMERSTUK`.
DOSSIER = re.compile(_DOSSIER)
#: A number or range within the ``nrs`` group.
NR_ITEM = re.compile(r"(?P<a>\d{1,4})(?:\s*(?:t/m|tot\s+en\s+met|-|–)\s*(?:" + _NR + r")?(?P<b>\d{1,4}))?")
#: A vergaderjaar in a citation prefix: "2020/21", "2020–2021".
VERGADERJAAR = re.compile(r"(?P<y1>(?:19|20)\d{2})\s*[/–-]\s*(?P<y2>\d{2,4})")

#: A zaak number ("2021Z01485") or a document number ("2021D12345").
#: (The year comes first and the look-behind after it, so the regex engine can skip ahead to
#: a "1" or "2": five times faster on long texts.)
ZAAK = re.compile(r"(?P<year>(?:19|20)\d{2})(?<![\w-]\d{4})(?P<kind>[ZD])(?P<nr>\d{5})(?!\w)")
#: Where a ZAAK match can stand: a "Z" or "D" between four digits and five (ZAAK is then matched
#: four characters before it). Each starts with one literal letter, which re finds at memchr
#: speed (1.4 GB/s for both, against 170 MB/s for ZAAK's own scan of every "1" and "2").
ZAAK_AT_Z = re.compile(r"Z(?<=\d{4}Z)\d{5}")
ZAAK_AT_D = re.compile(r"D(?<=\d{4}D)\d{5}")
#: Handelingen: "Handelingen II 2020/21, nr. 27, items 3 en 6", "Handelingen II 2019/20, nr. 5, item 12".
#: Not the Aanhangsel (answers to written questions), which is a different publication.
HANDELINGEN = re.compile(
    r"Handelingen(?<!Aanhangsel Handelingen)(?<!Aanhangsel der Handelingen)(?<!Aanhangsel van de Handelingen)"
    r"(?<!Aanh\. Handelingen)\s+(?P<kamer>II|I)\s*,?\s*"
    r"(?P<vj>(?:19|20)\d{2}\s*[/–-]\s*\d{2,4})\s*,\s*nr\.?\s*(?P<nr>\d{1,3})(?!\d)"
    r"(?:\s*,\s*items?\s+(?P<items>\d{1,3}(?:\s*(?:,|en|&|t/m|tot\s+en\s+met|-|–)\s*\d{1,3}(?!\d))*))?"
)
#: The Aanhangsel der Handelingen (answers to written questions, numbered through the
#: vergaderjaar): "Aanhangsel Handelingen II 2020/21, nr. 1234", "Aanhangsel der Handelingen II,
#: vergaderjaar 2020–2021, nr. 1234", "Aanh. Handelingen II 2019/20, nrs. 2345 en 2346", and as
#: tweedekamer.nl writes it, without the chamber: "Aanhangsel Handelingen, vergaderjaar 2024–2025,
#: nr. 1028" (the Tweede Kamer's). Published as ah-tk-20202021-1234 / ah-ek-… on
#: zoek.officielebekendmakingen.nl (e.g. ah-tk-20222023-1339, ah-tk-20142015-991: no leading zeros).
#: A list needs "nrs."; a list item followed by a month is a date ("nrs. 12 en 14 januari").
AANHANGSEL = re.compile(
    r"(?:Aanhangsel|Aanh\.)\s+(?:(?:der|van\s+de)\s+)?Handelingen(?:\s+(?P<kamer>II|I)(?!\w))?\s*,?\s*"
    r"(?:vergaderjaar\s+)?(?P<vj>(?:19|20)\d{2}\s*[/–-]\s*\d{2,4})\s*,\s*"
    r"(?:nr\.?\s*(?P<nr>\d{1,4})|nrs\.?\s*(?P<nrs>" + _NR_ITEM + r"(?:" + _NR_SEP + r"(?:" + _NR + r")?"
    + _NR_ITEM + r"(?!\s+(?:jan|feb|maa|apr|mei|jun|jul|aug|sep|okt|nov|dec)))*))(?!\d)"
)
#: The Aanhangsel's id as the publication site writes it (also in a link): "ah-tk-20202021-1234".
AANHANGSEL_ID = re.compile(r"ah-(?<![\w-]ah-)(?P<kamer>tk|ek)-(?P<y1>(?:19|20)\d{2})(?P<y2>(?:19|20)\d{2})-(?P<nr>\d{1,4})(?![\w-])")
#: A ministry's reference: "Kenmerk 2020-0000154934", "Onze referentie 2021-0000028336",
#: "Ons kenmerk IENW/BSK-2021/12345", "Kenmerk 3145678-1008655-PG"; the value may stand on the
#: next line (a letter's header block). It holds at least five digits in a row, so "het kenmerk
#: van deze aanpak" or "referentie 2019" are not references. "Uw kenmerk" is the addressee's.
#: The label's word comes first (its qualifier is :data:`REFERENCE_QUALIFIER`, read before it)
#: so that the engine can skip ahead to a K, k, R or r.
MINISTRY_REFERENCE = re.compile(
    r"(?P<label>Kenmerk|kenmerk|Referentie|referentie)(?<![\w][Kk]enmerk)(?<![\w][Rr]eferentie)\**[ \t]*:?[ \t]*(?:\n[ \t*]*)?"
    r"(?P<ref>(?=[A-Za-z0-9/._-]*\d{5})[A-Z0-9][A-Za-z0-9/._-]*(?<=[A-Za-z0-9]))"
)
#: MINISTRY_REFERENCE's label words without their first letter: found with str.find (GB/s), the
#: pattern is matched one character before each (5x faster than its scan for K, k, R and r).
REFERENCE_LABEL_TAILS = ("enmerk", "eferentie")
#: A letter named by its date, in the cleaned body: "de kamerbrief «Gezond en veilig
#: thuiswerken» van 16 november 2020", "de Kamerbrief over Gezond en veilig thuiswerken (d.d. 16
#: november 2020)", "de voortgangsbrief van 2 februari 2021"; also a date without its year ("bij
#: brief van 18 april jl. (Kamerstuk 35 165, nr. 2)", jl./a.s. or none: resolved against the
#: letter's date as every such date is). The finder takes a description only where a citation
#: or a footnote marker stands right after it.
CITED_LETTER = re.compile(
    r"brief\b(?P<about>[^.;:()<>\n]{0,160}?)\s\(?(?P<of>van|d\.d\.|gedateerd)\s+"
    r"(?P<date>[0-3]?\d\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober"
    r"|november|december)(?:\s+(?:19|20)\d{2}(?!\d)|\s+(?:jl\b\.?|j\.l\.|jongstleden|a\.s\.?|aanstaande)|(?![ \t]*\d)))"
    r"\)?"
)
#: A word, for comparing a cited letter's title with a letter's subject, or what a kept promise
#: and a promise made are about.
WORD = re.compile(r"[^\W\d_]+")
#: The end of CITED_LETTER's ``about`` when "van <date>" dates a meeting or a document the letter
#: is about, not the letter: "de brief over het commissiedebat van 14 maart jl.", "de brief over
#: het SER-advies van 3 mei". (Not after "d.d." or "gedateerd": they date the
#: letter.) Searched in the last CITED_LETTER_EVENT_CHARS characters of ``about``.
CITED_LETTER_EVENT = re.compile(
    r"(?i:debat|overleg|vergadering|bijeenkomst|gesprek|hoorzitting|werkbezoek|stemmingen|top|raad|beraad"
    r"|advies|rapport|verslag|uitspraak|arrest|vonnis|besluit|akkoord|motie|amendement)[^\w«»“”\"]*$"
)
CITED_LETTER_EVENT_CHARS = 40
#: What may stand between a letter's date and a citation of it: "van 2 februari 2021 (Kamerstuk …".
CITATION_RIGHT_AFTER = re.compile(r"[ \t]*[(,]?[ \t]*(?:zie[ \t]+)?")
#: The title of a letter in its description: «…», “…”, "…", or "over …".
CITED_LETTER_TITLE = re.compile(
    r"«(?P<a>[^»]{3,150})»|“(?P<b>[^”]{3,150})”|\"(?P<c>[^\"]{3,150})\"|\bover\s+(?:het\s+|de\s+)?(?P<d>.{3,150})"
)
#: The word before a reference label: "Ons kenmerk", "Onze referentie", "Uw kenmerk".
REFERENCE_QUALIFIER = re.compile(r"(?P<q>[Oo]ns|[Oo]nze|[Uu]w)[ \t]+$")

# --- Accuracy round 10c: the Tweede Kamer's compact Kamerstuk numbers ---------------------------
#: A Kamerstuk as tweedekamer.nl and tkconv write it in a document's title: dossier, sub-dossier or
#: toevoeging and number joined by hyphens, "(Kamerstuk 35510-21)", "(Kamerstuk 21501-32-1730)",
#: "Kamerstuk 35570-XV-54". After the word Kamerstuk the last part is the document's number (a
#: Kamerstuk names a document), so "35510-21" is nr. 21 of 35 510, and a sub-dossier has two digits.
KAMERSTUK_COMPACT = re.compile(
    r"(?<![\w-])[Kk]amerstuk(?:ken)?[ \t\u00a0]+(?P<main>\d{5})(?:-(?P<sub>\d{2}))?(?:-(?P<toev>" + _TOEV + r"))?"
    r"-(?P<nr>\d{1,4})(?![\w-])"
)
#: The literal every KAMERSTUK_COMPACT match holds (after its first letter): a letter without it is not searched.
KAMERSTUK_COMPACT_WORD = "amerstuk"
#: The number of an Eerste Kamer Kamerstuk, a letter, before its heading where a Tweede Kamer one
#: has "Nr. 60": "L BRIEF VAN DE MINISTER VAN VOLKSGEZONDHEID, WELZIJN EN SPORT" (kst-35526-L), "G
#: BRIEF VAN DE VOORZITTER …". Alone at the start of its line, in capitals ("nr" is the letter).
HEADER_LETTER = re.compile(r"^[ \t>#*]*(?P<nr>[A-Z]{1,2})[ \t*]+(?=BRIEF[ \t]+VAN[ \t]+DE[ \t])", re.M)
#: tkconv's page header names the document's own place: "Onderdeel van kamerstukdossier 21501 32-1691
#: Landbouw- en Visserijraad." (sub-dossier 32, nr. 1691), "… 35570 IX-30 …", "… 29279 -494 Rechtsstaat en
#: Rechtsorde." A letter published only as .docx has no heading with its number ("Geachte Voorzitter," first).
TKCONV_OWN_PLACE = re.compile(
    r"Onderdeel van kamerstukdossier (?P<main>\d{5})[ \t]+(?:(?P<sub>\d{2})|(?P<toev>" + _TOEV + r"))?-(?P<nr>\d{1,4})"
    r"(?![\w-])(?:[ \t]+(?P<title>[^\n]*?))?\.?[ \t]*$",
    re.M,
)
#: tkconv's page header names who signed first: "Gerelateerde personen:- Eerste ondertekenaar: C.A. Jansen,
#: staatssecretaris van Infrastructuur en Waterstaat (Ooit PVV kamerlid)" (kst-22343-400); a verslag's chair
#: (round 11c): "Eerste ondertekenaar: L. Bromet, voorzitter van de vaste commissie voor Onderwijs, Cultuur en
#: Wetenschap (GroenLinks-PvdA)" (kst-21501-34-428). Read only when the letter as copied holds no signature.
TKCONV_SIGNER = re.compile(
    r"Eerste ondertekenaar:[ \t]*(?P<name>[^,\n]{2,60}?),[ \t]*"
    r"(?P<role>(?:minister|staatssecretaris|voorzitter[ \t]+van[ \t]+de[ \t]+(?:vaste[ \t]+)?commissie)\b[^\n(]{0,100}?)"
    r"[ \t]*(?=\(|$)",
    re.M,
)
#: A cited letter's subject between its date and the citation, matched right after a CITED_LETTER
#: match: "over de brief van 13 april 2022 inzake het proces van de begrotingsbehandeling (Kamerstuk
#: 31 865, nr. 207)" (kst-31865-214), "bij brief van 7 maart 2016 over … (Kamerstuk …)". No sentence
#: end, no other bracket: the citation's bracket follows the subject.
CITED_LETTER_SUBJECT = re.compile(
    r"[ \t]+(?:over|inzake|betreffende)[ \t]+(?P<subject>(?:[^.;:()<>\n]|\.(?![ \t]+[A-Z]))"
    r"{3,250}?)[ \t]*(?=\((?:zie[ \t]+)?(?:[Kk]amerstuk|[TE]K\b|(?:Tweede|Eerste)[ \t]+Kamer))"
)
#: How CITED_LETTER_SUBJECT starts (after one space, as the body has it): other text is not matched.
CITED_LETTER_SUBJECT_STARTS = (" over ", " inzake ", " betreffende ")

# --- Accuracy round 11c: verslagen's dates, Eerste Kamer headings, senders outside the cabinet ---------
_MONTHS_11C = r"januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
#: The date of a Kamerstuk that is no letter, on a line of its own under its heading: "Vastgesteld 12 maart
#: 2021" (a verslag, a lijst van vragen en antwoorden), "Ontvangen 30 juni 2020" (a memorie van antwoord, a
#: verslag as tkconv gives it). The first of this and DATE_LINE dates the document: a "Den Haag, …" line
#: after it dates a letter the verslag reprints ("BRIEF VAN DE VOORZITTER VAN DE VASTE COMMISSIE …").
DOCUMENT_DATE_LINE = re.compile(
    r"^[ \t>*]*(?:Vastgesteld|Ontvangen)[ \t]+(?P<date>[0-3]?\d[ \t]+(?:" + _MONTHS_11C + r")[ \t]+(?:19|20)\d{2})[ \t*]*$",
    re.M,
)
#: The number of an Eerste Kamer Kamerstuk, a letter, before its heading (as HEADER_LETTER) when the
#: document is no letter: "AB VERSLAG VAN EEN NADER SCHRIFTELIJK OVERLEG" (kst-33506-AB), "U VERSLAG VAN EEN
#: SCHRIFTELIJK OVERLEG", "C MEMORIE VAN ANTWOORD", "B HERDRUK1 VOORLOPIG VERSLAG VAN DE VASTE COMMISSIE …".
#: Only these kinds of document: a capital before another capitalised word may number a section ("I ALGEMEEN").
HEADER_LETTER_DOCUMENT = re.compile(
    r"^[ \t>#*]*(?P<nr>[A-Z]{1,2})[ \t*]+(?=(?:HERDRUK\d{0,2}[ \t]+)?(?:(?:NADER[ \t]+)?(?:VOORLOPIG[ \t]+)?VERSLAG"
    r"|EINDVERSLAG|(?:NADERE[ \t]+)?MEMORIE[ \t]+VAN[ \t]+ANTWOORD|BRIEF[ \t]+VAN[ \t]+(?:DE|HET)[ \t])\b)",
    re.M,
)
#: The Eerste Kamer's own dossiers, numbered in Roman figures (from C on), in a heading: "CXXIV Verslag van
#: de Tijdelijke Commissie Werkwijze Eerste Kamer" (kst-CXXIV-G on zoek.officielebekendmakingen.nl).
HEADER_ROMAN_DOSSIER = re.compile(r"^[ \t*]*(?P<dossier>C[CLXVI]{0,7})[ \t]+(?P<title>[A-Z][a-z][^\n]*?)[ \t*]*$", re.M)
#: A heading naming a sender outside the cabinet: "BRIEF VAN DE INFORMATEUR", "BRIEF VAN DE VOORZITTER VAN DE
#: VASTE COMMISSIE VOOR FINANCIËN", "G BRIEF VAN DE VOORZITTER VAN DE EERSTE KAMER DER STATEN-GENERAAL", "BRIEF
#: VAN DE ALGEMENE REKENKAMER", "BRIEF VAN DE VASTE COMMISSIE VOOR …". Capitals only, alone on its line.
HEADER_SENDER_OTHER = re.compile(
    r"^[ \t>#*]*(?:(?:Nr\.[ \t]*\d{1,4}|[A-Z]{1,2})[ \t*]+)?BRIEF[ \t]+VAN[ \t]+(?:DE|HET)[ \t]+"
    r"(?P<role>(?:(?:IN)?FORMATEURS?|VERKENNERS?|VOORZITTER(?=[ \t*]*$|[ \t]+VAN[ \t]+(?:DE|HET)[ \t])"
    r"|(?:VASTE[ \t]+|ALGEMENE[ \t]+|TIJDELIJKE[ \t]+)?COMMISSIE(?=[ \t*]*$|[ \t]+(?:VOOR|VAN|[A-Z]+[ \t]+VOOR)[ \t])"
    r"|ALGEMENE[ \t]+REKENKAMER|NATIONALE[ \t]+OMBUDSMAN|PRESIDIUM|KINDEROMBUDSMAN)"
    r"(?:[ \t]*,?[ \t]+(?:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]*|[–-]))*)[ \t*]*$",
    re.M,
)
#: An Eerste Kamer Kamerstuk in one of the Kamer's own dossiers, numbered in Roman figures (from C on), cited
#: by its letter: "Kamerstukken I 2017/18, CXXIV, G", "Eerste Kamer, vergaderjaar 2016–2017, CXXIV, A", "EK
#: CXXIV, E" (kst-CXXIV-G). The finder tries it only where KAMERSTUK_ROMAN_AT stands (most letters: nowhere).
KAMERSTUK_ROMAN = re.compile(
    r"(?P<prefix>(?:[Kk]amerstuk(?:ken)?(?:[ \t]+I)?|Eerste[ \t]+Kamer|(?<!\w)EK)(?!\w)"
    r"(?:,?\s*(?:vergaderjaar\s+)?(?:19|20)\d{2}\s*[/–-]\s*\d{2,4})?\s*,?\s*)"
    r"(?P<dossier>C[CLXVI]{0,7})(?![\w-])\s*,\s*(?:(?:nrs?\.?|letters?)\s*)?"
    r"(?P<letters>[A-Z]{1,2}(?![\w-])(?:\s*(?:,|en|&)\s*(?![ET]K\b)[A-Z]{1,2}(?![\w-]))*)"
)
#: The dossier of every KAMERSTUK_ROMAN match, after a comma or "EK" ("EK CXXIV, E") and before its comma.
#: (A literal first and look-behinds: a scan for "C" at memchr speed, 0.3 ms/MB, where str.find of ", C"
#: takes 0.8 ms/MB: a comma and a space are everywhere.)
KAMERSTUK_ROMAN_AT = re.compile(r"C(?<=, C)[CLXVI]{0,7}[ \t]*,|C(?<=EK C)[CLXVI]{0,7}[ \t]*,")
#: How far before KAMERSTUK_ROMAN_AT the match may start (its prefix).
KAMERSTUK_ROMAN_PREFIX_CHARS = 60
#: openkamer.org's page header names the document's dossier by its title only: "Dossier: Wijziging van enkele
#: belastingwetten en enige andere wetten (Belastingplan 2018)" (kst-34785-80), its number in "ID: 34785-80".
OPENKAMER_DOSSIER_TITLE = re.compile(r"^Dossier:[ \t]*(?P<title>[^\n]*?)[ \t]*$", re.M)
#: Dossiers held only in sub-dossiers (the EU councils: 21 501-02 Raad Algemene Zaken, 21 501-20 Europese Raad,
#: 21 501-32 Landbouw- en Visserijraad, …): in the compact form "Kamerstuk 21501-20" names the sub-dossier, no
#: document (there is no kst-21501-20), and gives no citation.
SPLIT_DOSSIERS = frozenset({"21501"})
#: A sentence's end with a footnote marker left glued after its full stop, in a copy whose notes were not read:
#: "… inzake asielzoekers.1 Zoals ik vaker heb benadrukt …" (kst-19637-2478). Only after a word in lower case:
#: "artikel 5.1 Wabo", "versie 2.1 De" keep their figures. Group 1 ends the sentence (the marker in it).
SENTENCE_END_AFTER_MARKER = re.compile(r"\.(?<=[a-zà-ÿ]\.)(\d{1,3})\s+(?=[A-Z«\"'(\[•\-–ÀÉÈÖÜ])")
#: Words of such a role written in lower case after its first: "Voorzitter van de vaste commissie voor Financiën".
HEADER_SENDER_OTHER_LOWER = ("van", "voor", "en", "de", "het", "der", "vaste", "commissie")

# ---------------------------------------------------------------------------------------------
# Letter metadata
# ---------------------------------------------------------------------------------------------

_MONTHS = r"januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december")
#: A full Dutch date: "30 april 2021", "1 februari 2021".
DATE = re.compile(r"(?P<day>[0-3]?\d)\s+(?P<month>" + _MONTHS + r")\s+(?P<year>(?:19|20)\d{2})", re.I)
#: The letter's own date line: "Den Haag, 30 april 2021", "Datum 3 februari 2021",
#: "'s-Gravenhage, 1 november 2022", "**Datum**  \n3 februari 2021", "Datum: …".
DATE_LINE = re.compile(
    r"^[ \t>*]*(?:Den\s+Haag|['’‘]?s-Gravenhage|Datum)\**[,:]?[ \t*]*\n?[ \t*]*"
    r"(?P<date>[0-3]?\d\s+(?:" + _MONTHS + r")\s+(?:19|20)\d{2})",
    re.I | re.M,
)
#: Header dossier line: "25 295" alone, or "31 293 Primair Onderwijs".
HEADER_DOSSIER = re.compile(
    r"^[ \t*]*(?P<dossier>\d{2}[ \u00a0]?\d{3}(?:-\d{1,3})?(?:[ \u00a0-](?:[IVXLC]{1,6}|[A-Z]))?)\**"
    r"(?:[ \t]+(?P<title>[^\n]*?))?[ \t*]*$",
    re.M,
)
#: A header dossier's toevoeging wrapped onto the title line by PDF text: "36 600\nC Vaststelling
#: van de begrotingsstaat van het provinciefonds …" is dossier 36 600 C.
HEADER_TOEVOEGING_WRAPPED = re.compile(r"(?P<toev>[IVXLC]{1,6}|[A-Z])[ \t]+(?P<title>[A-Z][a-z][^\n]*)")
#: Header number: "Nr. 1172", also inline "/ Nr. 396".
HEADER_NR = re.compile(r"(?:^|/)[ \t*]*Nr\.[ \t]*(?P<nr>\d{1,4})\b", re.M)
#: "Vergaderjaar 2020–2021".
VERGADERJAAR_LINE = re.compile(r"(?i)vergaderjaar\s+(?P<y1>(?:19|20)\d{2})\s*[–/-]\s*(?P<y2>\d{2,4})")
#: The signature: "De Minister van Sociale Zaken en Werkgelegenheid,\nW. Koolmees". The role may
#: hold commas ("Minister van Onderwijs, Cultuur en Wetenschap") and wrap over up to three lines;
#: it ends with a comma at the end of a line. A second role line may follow ("De
#: Minister-President,\nMinister van Algemene Zaken,"). The name stands alone on its line:
#: initials ("C.E.G. van Gennip", "B. van 't Wout") or a first name ("Carola Schouten"), after
#: academic titles ("mr. drs. F. Grapperhaus") that are not part of the name. It starts at a
#: newline (a literal, so the engine skips ahead): a letter never opens with its signature.
#: Published Kamerstukken (officielebekendmakingen.nl) put role and name on one line: "De
#: Staatssecretaris van Veiligheid en Justitie, K.H.D.M. Dijkhoff"; only initials may follow the
#: comma there, so a sentence "De Minister van Financiën, die …" is no signature.
SIGNATURE = re.compile(
    r"\n[ \t>*]*(?:(?:Met\s+vriendelijke\s+groet|Hoogachtend),?[ \t*]*\n[ \t\n>*]*)?"
    r"(?:De|de|DE)\s+(?P<role>(?:[Mm]inister|[Ss]taatssecretaris|MINISTER|STAATSSECRETARIS)\b[^\n]{0,120}?(?:\n[ \t>]*[^\n]{1,80}?){0,2}?)"
    r"[ \t*]*,(?:[ \t*]*\n[ \t\n>*]*|[ \t]+(?=(?:(?:mr|drs|dr|prof|ir|ing)\.[ \t]*)*(?:[A-Z]\.[ \t]?)+[ \t]?[^\W\d]))"
    r"(?:(?P<role2>(?:[Mm]inister\s+(?:van|voor)|MINISTER\s+(?:VAN|VOOR))\s[^\n]{3,80}?)[ \t*]*,[ \t*]*\n[ \t\n>*]*)?"
    r"(?P<title>(?:(?:mr|drs|dr|prof|ir|ing|ds|dr\.\s*h\.c)\.[ \t]*)*)"
    r"(?P<name>(?:[A-Z]\.[ \t]?)+[ \t]?[^\W\d][^\n,\d*]{1,40}?"
    r"|[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?[ \t][^\n,\d*.:;]{2,40}?)[ \t*\\]*(?=\n|$)"
)
#: Ministry PDF letters sign the same way in capitals ("DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT,
#: / Mark Harbers"; SIGNATURE takes those too) or, since about 2022, with the name first and the
#: role under it, without "De" and without a comma: "M.A.M. Adriaansens / Minister van Economische
#: Zaken en Klimaat". Both lines stand alone; the role ends its line (a comma-less role line in
#: running text would go on: "Minister van Financiën heeft …").
#: Without the comma the name line must look like a name, not like a wrapped line of text ("met
#: de / Minister van Financiën / over …"): initials or a first name, tussenvoegsels, one or two
#: capitalised surnames ("Karien van Gennip", "D. Yeşilgöz-Zegerius", "Hanke Bruins Slot").
_TUSSENVOEGSELS = r"(?:(?:van|de|der|den|ter|ten|te|het|in|op|'t|’t)[ \t]+)*"
_SURNAME = r"[A-ZÀ-Ý][^\s,\d*.:;()]+(?:[ \t]+[A-ZÀ-Ý][^\s,\d*.:;()]+)?"
SIGNATURE_NAME_FIRST = re.compile(
    r"\n[ \t>*]*(?P<title>(?:(?:mr|drs|dr|prof|ir|ing)\.[ \t]*)*)"
    r"(?P<name>(?:(?:[A-Z]\.[ \t]?)+[ \t]?|[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?[ \t]+)"
    + _TUSSENVOEGSELS + _SURNAME + r")[ \t*]*\n[ \t>*]*"
    r"(?P<role>(?:Minister(?:-[Pp]resident)?|Staatssecretaris)[ \t]+(?:van|voor)[ \t]+[A-ZÀ-Ý][^\n.;:]{2,100}?)"
    r"[ \t*]*(?=\n|$)"
)
#: The words a role line of :data:`SIGNATURE_NAME_FIRST` starts with.
SIGNATURE_ROLE_WORDS = ("Minister", "Staatssecretaris")
#: The heading of the Kamerstuk print form names the sender: "Nr. 46 BRIEF VAN DE MINISTER VAN
#: BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES", "**BRIEF VAN DE STAATSSECRETARIS VAN FINANCIËN**",
#: "BRIEF VAN DE MINISTER-PRESIDENT, MINISTER VAN ALGEMENE ZAKEN". Capitals only, alone on its line
#: (a sentence "de brief van de minister van …" names another letter). Used only when the letter
#: has no signature. A heading wrapped after "EN", "VAN", "VOOR" or a comma continues on the next
#: line (:data:`HEADER_SENDER_WRAP`). An Eerste Kamer Kamerstuk's heading starts with its letter:
#: "L BRIEF VAN DE MINISTER VAN …" (:data:`HEADER_LETTER`).
_CAPS_WORD = r"(?:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]*|[–-])"
HEADER_SENDER = re.compile(
    # a reprint's heading opens with HERDRUK and its footnote marker ("Nr. 108 HERDRUK1 BRIEF VAN …")
    r"^[ \t>#*]*(?:(?:Nr\.[ \t]*\d{1,4}|[A-Z]{1,2})[ \t*]+)?(?:HERDRUK(?:\d{1,2}|<sup>\d{1,2}</sup>)?[ \t*]+)?BRIEF[ \t]+VAN[ \t]+DE[ \t]+"
    r"(?P<role>(?:MINISTER-PRESIDENT|MINISTERS?|STAATSSECRETARIS(?:SEN)?)(?:[ \t]*,?[ \t]+" + _CAPS_WORD + r")*)"
    r"[ \t*]*$",
    re.M,
)
HEADER_SENDER_WRAP = re.compile(r"[ \t>*]*(?P<more>" + _CAPS_WORD + r"(?:[ \t]*,?[ \t]+" + _CAPS_WORD + r")*)[ \t*]*$", re.M)
#: The first sender of a heading naming several ("MINISTERS VAN X EN VAN Y", "MINISTER VAN X EN DE
#: STAATSSECRETARIS VAN Y"), as a signature block keeps its first signer; "MINISTER EN
#: STAATSSECRETARIS VAN X" share the ministry (``of`` then comes from the rest).
HEADER_SENDER_FIRST = re.compile(
    r"(?P<role>MINISTER-PRESIDENT(?:,\s*MINISTER)?|MINISTERS?|STAATSSECRETARIS(?:SEN)?)"
    r"(?P<of>,?\s+(?:VAN|VOOR)\s.*?)?(?=\s+EN\s+(?:DE\s+)?(?:MINISTER|STAATSSECRETARIS|VAN\s|VOOR\s)|,\s+(?:VAN|VOOR)\s|$)"
)
#: (a list of three or more ministries goes "VAN X, VAN Y EN VOOR Z": no ministry's name holds ", VAN")
HEADER_SENDER_OF = re.compile(r"\s(?P<of>(?:VAN|VOOR)\s.*?)(?=\s+EN\s+(?:DE\s+)?(?:MINISTER|STAATSSECRETARIS|VAN\s|VOOR\s)|,\s+(?:VAN|VOOR)\s|$)")
#: Words of a ministry's name written in lower case: "Minister van Onderwijs, Cultuur en Wetenschap".
LOWER_CASE_NAME_WORDS = ("van", "voor", "en", "de", "het", "der")
#: The addressee: "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal".
ADDRESSEE = re.compile(
    r"(?im)^[ \t>]*(?:Aan\s+)?(?:de\s+)?(?P<who>voorzitter\s+van\s+de\s+(?:Tweede|Eerste)\s+Kamer(?:\s+der\s+Staten-Generaal)?)"
)
#: A sentence pointing to an enclosure of the letter: "(zie bijlage bij deze brief)", "treft u als
#: bijlage aan", "bijgaand", "bijgevoegd". Only a sentence that also dates the enclosure is used.
ANNEX_CUE = re.compile(r"[Bb]ij(?:lage\s+(?:bij|van)\s+deze\s+brief|gaand|gevoegd)|\bals\s+bijlage|[Tt]reft\s+u\s+(?:hierbij|bij)")
#: Literals every :data:`ANNEX_CUE` match contains: found with ``str.find`` (GB/s) before the
#: pattern runs in a window around them (the pattern alone scans at ~20 MB/s).
ANNEX_ANCHORS = ("ijlage", "ijgaand", "ijgevoegd", "reft u")
#: "Betreft TNO cijfers thuiswerken", "Betreft:\nTNO cijfers thuiswerken". The label is capitalised (a
#: wrapped sentence line may start with "betreft"); with single line breaks an empty label is not
#: followed by the salutation or another header label taken as the subject ("Betreft\nGeachte voorzitter,").
SUBJECT = re.compile(
    r"(?im)^[ \t*]*(?-i:Betreft|BETREFT)\**[ \t:]*\n?[ \t*]*"
    r"(?!(?-i:Geachte|Datum|Kenmerk|Ons|Onze|Uw|Bijlage|Aan)\b)(?P<subject>[^\s][^\n]*)"
)
#: Literals every SUBJECT match holds: a header without them is not searched.
SUBJECT_LABELS = ("Betreft", "BETREFT")
#: A subject wrapped onto the next line, told from the first line of the body by its lower-case
#: start ("Betreft Kabinetsreactie op het advies over\nhybride werken"); no digits, e-mail or web
#: address (the letterhead's column of contact lines is interleaved in PDF text). A bracket may
#: open it: "Betreft Nationaal Programma Circulaire Economie 2023-2030\n(NPCE) incl. kabinetsreactie …".
SUBJECT_WRAP = re.compile(r"\n[ \t*]*(?!www\.)(?P<more>[a-zà-ÿ(][^\n\d@]{0,119}?)[ \t*]*(?=\n|$)")
#: Where the letter itself starts in the cleaned body: after the salutation ("Geachte voorzitter,")
#: or the date line ("Den Haag, 30 april 2021", "Datum 12 maart 2021"), or the subject line ending
#: a paragraph, so that the opening holds no letterhead even when single line breaks ran the
#: header into the first sentence.
#: (The look-ahead names every character a match can start with; it changes no match, but lets
#: re skip ahead to them instead of trying each alternative at every offset: 3.2 -> 1.8 ms/MB.)
OPENING_START = re.compile(
    r"(?=[GBD'’‘s])(?:Geachte\s[^,.;:]{1,60},|Betreft\b(?:(?!Geachte\b|[.!?]\s)[^\n]){1,150}\n|(?:Den\s+Haag|['’‘]?s-Gravenhage|Datum)[ \t,:]*[0-3]?\d\s+(?:" + _MONTHS + r")\s+(?:19|20)\d{2}(?!\d))[ \t]*"
)
#: A line holding only a page footer (:data:`PAGE_FOOTER`, group 1), matched at the start of a
#: line: the finder goes to the lines where :data:`PAGE_FOOTER_START` stands after nothing but
#: indent (str.find) instead of trying the pattern at every line start.
PAGE_FOOTER_LINE = re.compile(r"[ \t]*(" + PAGE_FOOTER.pattern + r")[ \t]*$", re.M)
PAGE_FOOTER_START = "Tweede Kamer, vergaderjaar "
#: "Onze referentie 2021-0000028336".
OWN_REFERENCE = re.compile(r"(?im)^[ \t*]*Onze\s+referentie\**[ \t:]*\n?[ \t*]*(?P<ref>[^\n\s]+)")
#: Part of every OWN_REFERENCE match, lowered: a header whose str.lower() lacks it is not searched
#: (its letters match only themselves and their capitals under re.I, so lowering keeps them).
OWN_REFERENCE_WORD = "eferent"


# ---------------------------------------------------------------------------------------------
# Motions (graph/find/motions.py, graph/resolve/members.py)
# ---------------------------------------------------------------------------------------------
# A motion is named by its filers ("de motie van de leden Van Weyenberg (D66) en Smeulders"),
# by a hyphenated name ("de motie-Van Aalst/Remco Dijkstra"), or by its number ("de motie
# Kamerstuk 32 793, nr. 176"). What the letter does with it is read from cue phrases in the
# sentence that names it or in a later sentence pointing back ("Ik beschouw deze motie …").

#: Tweede Kamer parliamentary groups 2012–2025 and the aliases letters write for them
#: (lowercase alias → the group's own spelling). Source: tweedekamer.nl "Fracties" and
#: parlement.com "Fracties in de Tweede Kamer" (groups of the Kamers elected 2012, 2017, 2021, 2023).
PARTY_ALIASES: dict[str, str] = {
    "vvd": "VVD", "pvv": "PVV", "cda": "CDA", "d66": "D66", "sp": "SP", "sgp": "SGP",
    "groenlinks": "GroenLinks", "gl": "GroenLinks", "groen links": "GroenLinks",
    "pvda": "PvdA", "partij van de arbeid": "PvdA",
    "groenlinks-pvda": "GroenLinks-PvdA", "gl-pvda": "GroenLinks-PvdA", "groenlinks/pvda": "GroenLinks-PvdA",
    "christenunie": "ChristenUnie", "cu": "ChristenUnie", "christen unie": "ChristenUnie",
    "partij voor de dieren": "PvdD", "pvdd": "PvdD",
    "50plus": "50PLUS", "50+": "50PLUS", "denk": "DENK",
    "fvd": "FvD", "forum voor democratie": "FvD", "ja21": "JA21", "volt": "Volt",
    "bbb": "BBB", "boerburgerbeweging": "BBB", "bij1": "BIJ1",
    "nsc": "NSC", "nieuw sociaal contract": "NSC",
    "groep van haga": "Groep Van Haga", "bvnl": "BVNL", "fractie den haan": "Fractie Den Haan",
    "groep krol/van kooten-arissen": "Groep Krol/Van Kooten-Arissen",
    # full names and other spellings letters write (round 10a): "(GroenLinks–PvdA)", "(Partij voor de Vrijheid)"
    "groenlinks–pvda": "GroenLinks-PvdA", "gl–pvda": "GroenLinks-PvdA", "gl/pvda": "GroenLinks-PvdA",
    "partij voor de vrijheid": "PVV", "socialistische partij": "SP", "staatkundig gereformeerde partij": "SGP",
    "volkspartij voor vrijheid en democratie": "VVD", "democraten 66": "D66",
    "christen-democratisch appèl": "CDA", "christen democratisch appèl": "CDA", "belang van nederland": "BVNL",
    "lid omtzigt": "Lid Omtzigt",
}
_PARTY = "|".join(re.escape(a) for a in sorted(PARTY_ALIASES, key=len, reverse=True))

# Names. A tussenvoegsel ("van der", "de", "'t") is lowercase mid-name and capitalised at the
# start of a surname, and letters write both ("Van der Staaij", "van der Staaij").
_TV = (
    r"(?:[Vv]an\s+(?:[Dd]e[nr]?\s+|['’]t\s+)?|[Dd]e[nr]?\s+|[Tt]e[nr]?\s+|[Ii]n\s+['’]t\s+|['’][Tt]\s+"
    r"|[Oo]p\s+(?:[Dd]e\s+|['’]t\s+)|[Vv]on\s+(?:[Dd]er\s+)?|[Dd]['’]\s?|[Ee]l\s+)"
)
# Latin Extended-A (U+0100–U+017F) holds letters of members' names: "Yeşilgöz-Zegerius", "Gündoğan".
_UP = r"(?:IJ|[A-ZÀ-ÖØ-Þ\u0100-\u017f])"
_LOW = r"[a-zß-öø-ÿ\u0100-\u017f'’]"
#: Capitalised words that follow "motie" or "en" but are no surname.
_NOT_NAME = (
    r"(?!(?:Kamer|Kamerstuk|Kamerstukken|Kamerbrief|Kamerlid|Kamerleden|Tweede|Eerste|Handelingen|Wet|Regering"
    r"|Motie|Moties|Kamermotie|Kamermoties|Minister|Staatssecretaris|Raad|Over|Deze|Die|Dat|Dit|Het|De|Een|En|In"
    r"|Op|Van|Voor|Met|Zie|Ook|Bij|Uw|Ik"
    r"|Hierin|Daarin|Hiermee|Daarmee|Verder|Tevens|Daarnaast|Januari|Februari|Maart|April|Mei|Juni|Juli"
    r"|Augustus|September|Oktober|November|December)\b)"
)
_WORD = _NOT_NAME + _UP + _LOW + r"+(?:" + _UP + _LOW + r"+)?"
#: A surname without its tussenvoegsel; a double name joined by a hyphen or a spaced dash
#: ("Dik-Faber", "Nijkerken – De Haan"). A word cut short by a hyphen before "en"/"of" is the
#: first half of a compound ("Stemmingen moties Vreemdelingen- en asielbeleid"), no surname.
_CORE = _WORD + r"(?:\s*[-–]\s*" + _TV + r"?" + _WORD + r")?(?![-–]\s+(?:en|of)\b)(?!" + _LOW + r")"
_INITIALS = r"(?:(?:[A-Z]\.\s?){1,4}(?:[A-Z][a-z]\.\s?)?)"
#: A first name, written by parliament to tell members apart ("Jasper van Dijk", "Remco Dijkstra").
_FIRST = r"(?!(?:Van|De|Den|Der|Ter|Ten|Te|In|Op|Von|El)\s)" + _WORD + r"\s+(?=" + _TV + r"?" + _UP + r")"
_NAME = r"(?:" + _INITIALS + r")?(?:" + _FIRST + r")?(?:" + _TV + r")?" + _CORE
#: One member, its parts named: initials are dropped, a first name kept.
MEMBER = re.compile(
    r"(?:" + _INITIALS + r")?(?P<first>" + _FIRST + r")?(?P<tv>" + _TV + r")?(?P<core>" + _CORE + r")"
    r"(?:\s*\(\s*(?P<party>(?i:" + _PARTY + r"))\s*\))?"
)
_MEMBER_ITEM = _NAME + r"(?:\s*\(\s*(?i:" + _PARTY + r")\s*\))?"
_NAMES_SEP = r"(?:\s*,\s*|\s+en\s+|\s*&\s*|\s*/\s*)"
#: "c.s.", "cs", "cs.", "cum suis": the motion has more signatories than those named.
_CS = r"(?:c\.\s?s\.?|cs\b\.?|cum\s+suis\b)"
COSIGNERS = re.compile(r"\s*,?\s*" + _CS)
#: One party for all the names before it: "de leden Bikker en Ceder (beiden ChristenUnie)".
_SHARED_PARTY = r"\(\s*(?:beiden?|allen|allebei)\s+(?P<party>(?i:" + _PARTY + r"))\s*\)"
SHARED_PARTY = re.compile(_SHARED_PARTY)
_NAMES = (
    _MEMBER_ITEM + r"(?:" + _NAMES_SEP + _MEMBER_ITEM + r")*(?:\s*" + _SHARED_PARTY.replace("?P<party>", "?:") + r")?"
    r"(?:\s*,?\s*" + _CS + r")?"
)
#: A doubled "van" or article is a typo real letters keep ("de motie van van het lid Jasper van Dijk",
#: kst-21501-02-2377): it does not stop the filers' reading; nor does "Tweede" ("de motie van de Tweede
#: Kamerleden Paul (VVD) en Peters (CDA)", rijksoverheid.nl, OCW 2022).
_HONORIFIC = r"(?:mevrouw|mevr\.|mw\.|de\s+heer|dhr\.)\s+"
_FILED_BY = (
    r"(?:(?:van(?:\s+van)?|ingediend\s+door|door)\s+(?:(?:de|het|uw)\s+(?:(?:de|het)\s+)?)?"
    r"(?:Tweede\s+[Kk]amer|[Kk]amer)?(?:leden|lid)\s+(?:" + _HONORIFIC + r")?"
    # a member named by title: "de motie van de heer Van der Staaij", "van het lid mw. Westerveld" (round 10a)
    r"|(?:van|ingediend\s+door|door)\s+" + _HONORIFIC + r")"
)

#: A motion named in a letter: "de motie van de leden Van Weyenberg (D66) en Smeulders",
#: "de motie-Van Aalst/Remco Dijkstra", "de motie Marijnissen cs.", "een motie aanvaard van de
#: leden X en Y", "de moties van het lid Omtzigt". The bare head ("de motie", "moties") matches
#: too: the finder then looks for a number, a footnote marker or a pointing-back cue.
MOTION = re.compile(
    r"(?<![\w-])(?P<head>(?:[Kk]amer)?[Mm]otie(?P<plural>s)?)(?![^\W_])"
    r"(?:-(?P<hyph>" + _NAMES + r")"
    r"|,?\s+(?:(?P<verb>aanvaard|aangenomen|ingediend|gewijzigd)\s+)?" + _FILED_BY + r"(?P<members>" + _NAMES + r")"
    # names right after the word stay on its line: "Moties\n\nMotie Bisschop over …" is a heading, then another
    r"|,?[^\S\n]+(?P<direct>" + _NAMES + r"))?"
)
#: Where to try :data:`MOTION`: a literal is found fast, a pattern opening with a look-behind is not.
MOTION_HINT = re.compile("otie")
#: A further group of filers in an enumeration: "… en van het lid Omtzigt".
MOTION_MORE_FILERS = re.compile(r"(?:\s*,\s*|\s+en\s+|\s*;\s*)(?:die\s+)?" + _FILED_BY + r"(?P<members>" + _NAMES + r")")
#: What may stand between a motion and its number: "de motie (Kamerstuk …)", "de motie met
#: Kamerstuk …", "de motie-Omtzigt c.s., Kamerstuk …", "de motie 35 669, nr. 36".
MOTION_NUMBER_GAP = re.compile(
    # "aan deze motie, met kenmerk Kamerstuk 35 000 VII, nr. 18," (kst-35000-VII-96), "(kenmerk 35 000 VII, nr. 18)"
    r"\s*,?\s*\(?\s*(?:(?:zie\s+(?:ook\s+)?)|kenmerk:?\s+|(?:met|onder)\s+(?:(?:het\s+)?(?:[Kk]amerstuk)?nummer\s+|kenmerk\s+)?)?"
)
#: The motion's subject, then its number in brackets: "de motie-Kröger over een brede afweging
#: voor de MIRT-projecten (35300-A, nr. 29)", "de motie van het lid X over Y (Kamerstuk 35 300 A,
#: nr. 16)". The subject holds no bracket, so the first bracket after it is tried.
MOTION_SUBJECT_NUMBER = re.compile(r"\s+over\s+(?P<subject>[^()\n;:.]{1,250}?)\s*\(\s*")
#: A motion named in brackets right after its number: "Kamerstuk 35 300-XVI, nr. 140 (motie van het
#: lid Ellemeet)". Matched against the text before the motion word.
MOTION_BRACKET_AFTER_NUMBER = re.compile(r",?\s*\(\s*(?:de\s+|zie\s+)?$")
#: Names in brackets after a numbered motion: "Kamerstuk 32 793, nr. 176 (Dik-Faber)".
MOTION_NAMES_AFTER_NUMBER = re.compile(r"\s*\(\s*(?:motie\s+)?(?P<names>" + _NAMES + r")\s*\)")
#: Between two numbered motions of one enumeration: ", ", " en ", "; en de motie ".
MOTION_NUMBER_SEP = re.compile(r"(?:\s*[,;]\s*|\s+)(?:en\s+|alsmede\s+)?(?:(?:de\s+)?motie\s+)?")

#: How the Kamer voted for a motion: "met algemene stemmen", "met (een) ruime/grote meerderheid".
_BY_VOTE = r"met\s+(?:algemene\s+stemmen|(?:een\s+)?(?:ruime\s+|grote\s+|brede\s+)?meerderheid)"
_DATE_TEXT = (
    r"[0-3]?\d\s+(?:" + _MONTHS + r")(?:\s+(?:19|20)\d{2}(?!\d))?(?:\s*(?:jl\b\.?|jongstleden|a\.s\.?|aanstaande))?"
)
#: Adoption after the mention: "die is aangenomen op 24 november jl.", "(aangenomen op 21 januari
#: jl.)", "aanvaard op 2 februari 2021", "die op 3 maart door uw Kamer is aangenomen".
ADOPTED_AFTER = re.compile(
    r"(?i)\b(?:aangenomen|aanvaard)\s+(?:door\s+(?:uw|de)\s+Kamer\s+)?(?:op|d\.d\.|dd\.?)\s+(?P<date>" + _DATE_TEXT + r")"
    r"|\b(?:op|d\.d\.)\s+(?P<date2>" + _DATE_TEXT + r")\s+(?:door\s+(?:uw|de)\s+Kamer\s+)?(?:is\s+|werd\s+)?"
    # "… is op 3 december jl. met algemene stemmen aangenomen" (round 10a)
    r"(?:" + _BY_VOTE + r"\s+)?(?:aangenomen|aanvaard)\b"
)
#: A date right after the mention: "de motie Marijnissen cs. d.d. 26 januari jl.", "… van 2 februari".
DATED_MENTION = re.compile(r"\s*,?\s*\(?(?:d\.\s?d\.|dd\.?|van)\s+(?P<date>" + _DATE_TEXT + r")")
#: A date before the mention of an adopted motion: "heeft de Kamer op 2 februari 2021 een motie
#: aanvaard", "de op 24 november aangenomen motie".
#: Also with the Kamer as subject between them: "Op 4 april 2023 heeft uw Kamer de motie … aangenomen",
#: "Bij de stemmingen van 21 februari 2017 (Handelingen II …) heeft uw Kamer de gewijzigde motie …".
ADOPTED_BEFORE = re.compile(
    r"(?i)\b(?:op|(?:bij|tijdens)\s+de\s+stemmingen\s+(?:van|op))\s+(?P<date>" + _DATE_TEXT + r")"
    r"(?:\s*\([^()]{0,160}\))?\s*,?\s+"
    # "Op 3 december jl. is de motie … aangenomen", "Op 3 december jl. nam uw Kamer de motie … aan" (round 10a)
    r"(?:(?:heeft|hebt|had)\s+(?:uw|de)\s+(?:Tweede\s+)?Kamer\s+|(?:is|werd|zijn|werden)\s+"
    r"|(?P<took>nam|namen)\s+(?:uw|de)\s+(?:Tweede\s+)?Kamer\s+)?"
    # "de op 17 november jl. door uw Kamer met algemene stemmen aanvaarde motie-Taverne" (kst-34166-23)
    r"(?:door\s+(?:uw|de)\s+(?:Tweede\s+)?Kamer\s+)?(?:" + _BY_VOTE + r"\s+)?"
    r"(?:(?P<verb>aangenomen|aanvaarde)\s+)?(?:een|de|die)?\s*(?:gewijzigde\s+|aangehouden\s+)?$"
)
#: Adoption words that complete ADOPTED_BEFORE when the verb follows the motion.
ADOPTION_VERB = re.compile(r"(?i)^\W{0,3}(?:\S+\s+){0,12}?(?:aangenomen|aanvaard)\b")
#: The motion did not pass or was put aside: no settlement, no adoption date.
MOTION_REJECTED = re.compile(
    r"(?i)\b(?:verworpen|ingetrokken|aangehouden|niet\s+(?:is\s+|werd\s+)?aangenomen|niet\s+in\s+stemming)\b"
)

_MOT = r"(?:[Kk]amer)?[Mm]oties?\b"
#: A few words before the motion word, or the clause that dates its adoption: "ter uitvoering van de op 17
#: november jl. door uw Kamer met algemene stemmen aanvaarde motie-Taverne" (kst-34166-23).
_DET = (
    r"(?:(?:de\s+)?(?:op\s+" + _DATE_TEXT + r"\s+)?(?:door\s+(?:uw|de)\s+(?:Tweede\s+)?Kamer\s+)?(?:" + _BY_VOTE
    + r"\s+)?(?:aangenomen|aanvaarde)\s+(?:gewijzigde\s+)?|(?:\S+\s+){0,3}?)"
)
#: The letter declares a motion done. The motion word stands inside the cue, so that "ik
#: beschouw dit als afgedaan" about a promise does not settle a motion named earlier.
#: (The look-ahead names the first three letters every branch can start with, for speed only: re
#: then tries the branches at those places alone, twice as fast; under (?i) the classes fold as
#: the branches' letters do. tests/test_speed_guards_motions.py checks both.)
SETTLES_LOOKAHEAD = "(?=[bazkmhdiw][eciaon][shemta])"
SETTLES = re.compile(
    r"(?i)" + SETTLES_LOOKAHEAD + r"(?:\b(?:beschouw|acht|zie)\w*\b[^;]{0,200}?" + _MOT + r"[^;]{0,200}?\b(?:als\s+)?"
    r"(?P<a>afgedaan|afgehandeld|uitgevoerd|afgerond|voldaan)\b"
    r"|" + _MOT + r"[^;]{0,250}?\b(?:beschouw|acht|zie)\w*\s+(?:ik|het\s+kabinet|wij|we)\b[^;]{0,80}?"
    r"\b(?:als\s+)?(?:afgedaan|afgehandeld|uitgevoerd|afgerond)\b"
    # "Met het bovenstaande is uitvoering gegeven aan de motie …" (round 10a)
    r"|\b(?:hiermee|daarmee|hierbij|hiervan|met\s+het\s+(?:bovenstaande|voorgaande)"
    r"|met\s+(?:deze|dit|de\s+(?:toezending|verzending)\s+van\s+(?:deze|dit|het|de))\s+"
    r"(?:\w+)?(?:brief|rapport|rapportage|verslag|nota|onderzoek|overzicht|evaluatie|notitie))\b[^;]{0,80}?"
    r"\b(?:(?:voldoe|voldoen|voldoet|voldaan|tegemoet)\b[^;]{0,60}?\baan"
    r"|(?:uitvoering|gevolg)\s+(?:\w+\s+){0,2}?aan)\b[^;]{0,120}?" + _MOT +
    r"|" + _MOT + r"[^;]{0,250}?\b(?:is|zijn)\s+(?:hiermee\s+|daarmee\s+|hierbij\s+|inmiddels\s+|nu\s+|volledig\s+|reeds\s+"
    r"|dan\s+ook\s+|met\s+deze\s+brief\s+)*(?:afgedaan|uitgevoerd|afgehandeld)\b"
    r"|\b(?:hiermee|daarmee|inmiddels)\s+(?:is|zijn)\s+(?:\S+\s+){0,3}?" + _MOT + r"[^;]{0,200}?\b(?:afgedaan|uitgevoerd"
    r"|afgehandeld)\b"
    r"|\bwaarmee\s+(?:\S+\s+){0,6}?" + _MOT + r"[^;]{0,120}?\b(?:is|zijn)\s+(?:\w+\s+)?(?:afgedaan|uitgevoerd)\b"
    # separable verbs, the particle closing the clause: "Hiermee doe ik de motie … af", "Met deze
    # brief kom ik de motie … na"; and the passive "Met deze brief wordt de motie … afgedaan"
    r"|\b(?:hiermee|daarmee|hierbij|met\s+(?:deze|dit)\s+(?:\w+)?(?:brief|rapport|rapportage|verslag|nota|overzicht))\s+"
    r"(?:(?:doe|doen|kom|komen)\s+(?:ik|wij|we|het\s+kabinet)\s+(?:\S+\s+){0,3}?" + _MOT + r"[^;.]{0,200}?\s(?:af|na)"
    r"(?=\s*[.;,]|\s*$)"
    r"|(?:wordt|worden)\s+(?:\S+\s+){0,3}?" + _MOT + r"[^;]{0,200}?\b(?:afgedaan|afgehandeld)\b))"
)
#: Words one of which every SETTLES / PROGRESS cue contains: a substring test skips the costly
#: pattern in the many sentences that name a motion without a cue.
SETTLES_WORDS = ("afgedaan", "afgehandeld", "uitgevoerd", "afgerond", "voldaan", "voldoe", "tegemoet", "uitvoering",
                 "gevolg", " af", " na")
PROGRESS_WORDS = ("opvolging", "uitvoering", "navolging", "kader", "conform", "overeenkomstig", "aanleiding",
                  "invulling", "gevolg", "implementatie", "uitwerking", "voort", "zoals", "uitgevoerd", "opgevolgd",
                  "hand", "werk")
#: SETTLES_WORDS split by branch, a tighter pre-check where the sentence holds no ODD_FOLDS (then
#: str.lower finds every word (?i) would): a participle of being done ("afgedaan": every branch but
#: two has one), or a verb of complying or "doe"/"kom" ("Hiermee doe ik de motie … af"; "doe" is
#: in "voldoe" too) together with the words the other two branches open with ("hiermee", "met").
SETTLES_DONE_WORDS = ("afgedaan", "afgehandeld", "uitgevoerd", "afgerond", "voldaan")
SETTLES_BY_VERBS = ("doe", "kom", "tegemoet", "uitvoering", "gevolg")
SETTLES_BY_WORDS = ("hiermee", "daarmee", "hierbij", "hiervan", "met")
#: A settling cue undone by its own words: "nog niet als afgedaan", "deels uitgevoerd".
SETTLES_PARTLY = re.compile(
    r"(?i)(?:\(nog\)\s+niet\b|\b(?:nog\s+niet|deels|gedeeltelijk|ten\s+dele|grotendeels|niet\s+volledig)\b)"
)
SETTLES_DENIED = re.compile(r"(?i)\b(?:niet|geen)\b")
#: Follow-up under way or reported.
#: (The look-ahead names the first letter of every branch, for speed only: re then tries the
#: branches at those letters alone, 2.7x faster over a whole body; under (?i) the class folds
#: exactly as the branches' letters do, "İ" and the Kelvin sign included.)
PROGRESS = re.compile(
    r"(?i)(?=[ticonugvkzm])(?:"
    r"\b(?:ter|in)\s+(?:opvolging|uitvoering|navolging)\s+van\s+" + _DET + _MOT
    + r"|\bin\s+het\s+kader\s+van\s+" + _DET + _MOT
    + r"|\b(?:conform|overeenkomstig)\s+(?:het\s+verzoek\s+(?:in|uit|van)\s+|het\s+gevraagde\s+in\s+)?" + _DET + _MOT
    + r"|\bnaar\s+aanleiding\s+van\s+" + _DET + _MOT
    + r"|\b(?:invulling|uitvoering|gevolg|opvolging)\s+(?:\w+\s+){0,2}?aan\s+" + _DET + _MOT
    + r"|\b(?:uitvoering|invulling|opvolging|implementatie|uitwerking)\s+van\s+" + _DET + _MOT
    + r"|\b(?:voortgekomen|voortkomend|voortvloeiend|kwam|kwamen|komt|komen|vloeit|vloeien|vloeide)\s+(?:\w+\s+){0,2}?"
    r"(?:voort\s+)?uit\s+" + _DET + _MOT
    + r"|\bzoals\s+(?:gevraagd|verzocht|bedoeld)\s+(?:in|door|met)\s+" + _DET + _MOT
    # (not after a modal of possibility or duty: "de motie vraagt of de maatregel kan worden uitgevoerd")
    # (graph.find.motions drops a match holding a clause of the motion's request, MOTION_REQUEST_CLAUSE)
    + r"|" + _MOT + r"[^;]{0,200}?(?<!\bkan\s)(?<!\bkunnen\s)(?<!\bzou\s)(?<!\bzouden\s)(?<!\bmoet\s)(?<!\bmoeten\s)"
    r"\b(?:wordt|worden)\s+(?:momenteel\s+|nu\s+|thans\s+)?"
    r"(?:uitgevoerd|opgevolgd|ter\s+hand\s+genomen)\b"
    r"|" + _MOT + r"[^;]{0,200}?\b(?:is|zijn)\s+(?:momenteel\s+|nu\s+|thans\s+|nog\s+|inmiddels\s+|reeds\s+|al\s+)?"
    r"in\s+uitvoering\b"
    r"|" + _MOT + r"[^;]{0,200}?\bwerk(?:t|en)?\s+(?:ik|het\s+kabinet|de\s+regering|wij|we)\s+(?:\S+\s+){0,4}?aan\b"
    r")"
)
#: A motion's request, and a next sentence in which the writer or the cabinet takes it up:
#: "… waarin de regering wordt verzocht …. Aansluitend zal ik uw Kamer informeren".
MOTION_REQUEST = re.compile(r"(?i)\b(?:verzoekt|verzocht|verzoeken|vraagt|vroeg|gevraagd|roept)\b")
FOLLOW_UP = re.compile(
    r"(?i)\b(?:zal|zullen|ga|gaat|gaan)\s+(?:ik|het\s+kabinet|de\s+regering|wij|we)\b"
    r"|\b(?:ik|het\s+kabinet|de\s+regering|wij|we)\s+(?:zal|zullen|ga|gaat|gaan|werk|werkt|werken)\b"
)
#: The cabinet's appreciation of a motion, as given in the debate.
APPRECIATION = re.compile(
    r"(?i)\b(?:(?P<kamer>oordeel\s+(?:aan\s+)?(?:de\s+)?kamer)|(?P<ontraden>ontra(?:den|ad|adt|adde))"
    r"|(?P<overgenomen>overgenomen))\b"
)
#: One of these stands in the lowercased sentence wherever APPRECIATION matches.
APPRECIATION_WORDS = ("oordeel", "ontra", "overgenomen")
#: A sentence pointing back to motions named before it: "deze motie", "de benoemde moties".
MOTION_BACKREF = re.compile(r"(?i)\b(?:[Kk]amer)?[Mm]otie(?P<plural>s)?\b")
#: MOTION_BACKREF's plural alone (one search instead of every match when only the plural counts).
MOTION_BACKREF_PLURAL = re.compile(r"(?i)\b(?:[Kk]amer)?[Mm]oties\b")
#: A paragraph break in the body (a motion's evidence stays inside its paragraph).
MOTION_PARAGRAPH_BREAK = re.compile(r"\n\n")
#: Something else a footnote marker late in the sentence may belong to: then it is not the
#: motion's footnote ("de motie … over het rapport X³").
MOTION_OTHER_SOURCE = re.compile(
    r"(?i)\b(?:brief|brieven|[Kk]amerbrief|rapport|rapportage|verslag|nota|advies|onderzoek|toezegging|wet"
    r"|wetsvoorstel|handelingen|debat|overleg|artikel|website|publicatie|bron)\b"
)
#: A list bullet opening a sentence: not part of the evidence.
LIST_BULLET_CHARS = "-–•*·"  # its first character ("-" first: literal in the class)
LIST_BULLET = re.compile("[" + LIST_BULLET_CHARS + r"]\s+")
#: The dash of a double name, spaced or not: "Nijkerken – De Haan" → "Nijkerken-De Haan".
MEMBER_DASH = re.compile(r"\s*[-–]\s*")
#: Runs of white space inside a name.
MEMBER_SPACE = re.compile(r"\s+")

# ---------------------------------------------------------------------------------------------
# Graph: RDF terms and query parameters (graph/triples.py, graph/query.py)
# ---------------------------------------------------------------------------------------------
#: Characters an IRI may not contain (RFC 3987 / N-Triples IRIREF): percent-encoded when minting.
IRI_UNSAFE = re.compile(r'[\x00-\x20<>"{}|^`\\\x7f]')
#: A local name Turtle and JSON-LD can write after a prefix without escapes (kept conservative).
PREFIX_LOCAL = re.compile(r"[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?")
#: An escape inside an N-Triples string literal: ``\"``, ``\\``, ``\n``, ``\r``, ``\t``.
NT_ESCAPE = re.compile(r'\\(["\\nrtbf])')
#: A whole query parameter value that is a kst id: "kst-35669-36", "kst-35570-XV-54", and an
#: Eerste Kamer document numbered by letter, "kst-35570-A".
#: (an Eerste Kamer dossier may be a Roman number: "kst-CXXIV-G", as graph/shapes.ttl admits)
PARAM_KST = re.compile(r"kst-(?:\d{5}|C[CLXVI]{0,7})(?:-\d{1,3})?(?:-" + _TOEV + r")?-(?:\d{1,4}|[A-Z]{1,2})")
#: A whole dossier number as clerks write it: "25883", "25 883", "35570-XV", "21501-20".
PARAM_DOSSIER = re.compile(r"(?P<main>\d{2}[ \u00a0.]?\d{3})(?P<rest>(?:-\d{1,3})?(?:-" + _TOEV + r")?)")
#: A whole date parameter: "2022-12-31".
PARAM_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
#: A whole absolute http(s) IRI with nothing that could leave an IRI term.
PARAM_IRI = re.compile(r"https?://[^\x00-\x20<>\"{}|^`\\\x7f]+")
#: A parameter declaration in a stored query: ``# param as_of (date, default today): text``.
QUERY_PARAM = re.compile(
    r"^#\s*param\s+(?P<name>[a-z][a-z0-9_]*)\s*\((?P<type>[a-z]+)(?:\s*,\s*default\s+(?P<default>[^)]+?))?\s*\)\s*:\s*(?P<doc>.*)$"
)
#: A LIMIT or OFFSET anywhere in a query (outside comments): such a query pages itself, so
#: ``--limit`` is not added to it.
QUERY_PAGED = re.compile(r"(?im)^(?!\s*#).*?\b(?:LIMIT|OFFSET)\s+\d")
#: Where a stored query's WHERE clause opens: a remote query's bindings go in right after it.
WHERE_OPEN = re.compile(r"(?im)^(?!\s*#).*?\bWHERE\s*\{")

# ---------------------------------------------------------------------------------------------
# Graph Store push: HTTP answers of SPARQL servers (graph/push.py)
# ---------------------------------------------------------------------------------------------
#: One ``name=value`` or ``name="quoted value"`` of a WWW-Authenticate challenge (RFC 7235).
AUTH_PARAM = re.compile(r'(?P<key>[A-Za-z][\w-]*)\s*=\s*(?:"(?P<quoted>(?:[^"\\]|\\.)*)"|(?P<token>[^\s,"]+))')
#: The scheme opening a challenge: "Digest realm=…", "Basic realm=…".
AUTH_SCHEME = re.compile(r"\s*(?P<scheme>[A-Za-z][\w-]*)(?:\s+|$)")
#: A markup tag or doctype in an HTML error page (Virtuoso answers errors with one), dropped for a
#: one-line message; an IRI in angle brackets ("graph <https://…>") is not a tag and stays.
HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>|<![^<>]*>")
#: A backslash escape inside a quoted challenge value.
QUOTED_PAIR = re.compile(r"\\(.)")

# ---------------------------------------------------------------------------------------------
# Commitments and deadlines
# ---------------------------------------------------------------------------------------------
# Promises are found per sentence: a promise verb with a subject that can promise (the writer,
# the cabinet, a named minister), never a third party ("de SER", "de Inspectie"); deadlines are
# time phrases in that sentence, resolved by graph.deadlines against the letter's date.

_NUMWORD = r"\d{1,3}|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|veertien|achttien"
#: A Dutch season word.
_SEASON = r"voorjaar|lente|zomer|najaar|herfst|winter"
#: "begin", "medio", "eind(e)" in front of a period ("begin maart", "het einde van het jaar").
_PART = (
    r"(?:aan\s+het\s+|het\s+|in\s+het\s+)?(?P<part>begin|medio|midden|half|halverwege|eind|einde)\s+"
    r"(?:van\s+)?(?:de\s+maand\s+|het\s+|de\s+)?"
)
#: The DUE_* patterns but DUE_DAY, DUE_MONTH, DUE_RECESS and DUE_NEXT start with a look-ahead of the
#: first letters of their branches (speed only: ~1.8x; tests/test_prechecks.py proves it changes no match).
#: A preposition that turns a period into a deadline: "vóór", "uiterlijk", "na".
_REL = r"(?P<rel>vóór|voor|uiterlijk|tegen|na|rond|omstreeks|voorafgaand\s+aan)"
#: A year written out, or the current / next one ("het nieuwe jaar" too, kst-35300-XIV-62).
#: "van" before either ("in het eerste kwartaal van volgend jaar" read as this year's first quarter, round 10b).
_YEAR = r"(?:van\s+)?(?:(?:het\s+jaar\s+)?(?P<year>(?:19|20)\d{2})(?!\d)|(?P<which>dit|deze|komend|komende|volgend|volgende|aankomend|aankomende|nieuwe)\s+jaar)"

#: "binnenkort", "zo spoedig mogelijk", "op korte termijn": a promise without a date.
DUE_VAGUE = re.compile(
    r"(?i)(?=[bdinostz])\b(?:binnenkort|zo\s+(?:spoedig|snel)\s+mogelijk|z\.s\.m\.|op\s+korte\s+termijn|spoedig|"
    r"op\s+(?:afzienbare\s+)?termijn|(?:in\s+)?de\s+komende\s+(?:tijd|periode|weken|maanden)|te\s+zijner\s+tijd|"
    r"t\.z\.t\.|(?:na|bij)\s+afronding|zodra)\b"
)
#: A day: "voor 1 juli", "uiterlijk 15 maart 2022", "op 1 april a.s.", "per 1 januari".
DUE_DAY = re.compile(
    r"(?i)\b(?:(?P<rel>vóór|voor|uiterlijk|tegen|op|per|rond|omstreeks|na)\s+)(?:(?:de\s+)?(?:week|maand)\s+van\s+)?"
    r"(?P<day>[0-3]?\d)\s+(?P<month>" + _MONTHS + r")(?:\s+(?P<year>(?:19|20)\d{2})(?!\d))?"
    r"(?:\s*(?P<as>a\.s\.?|aanstaande))?"
)
#: A month: "in maart", "medio februari", "begin maart 2021", "voor eind juni", "uiterlijk in mei".
DUE_MONTH = re.compile(
    r"(?i)(?<![\d\w])(?:" + _REL + r"\s+)?(?:" + _PART + r"|in\s+(?:de\s+maand\s+)?)?"
    r"(?P<month>" + _MONTHS + r")\b(?:\s+(?:van\s+)?(?P<year>(?:19|20)\d{2})(?!\d))?"
)
#: A quarter: "in het eerste kwartaal van 2021", "Q2 2022", "voor het einde van het derde kwartaal".
DUE_QUARTER = re.compile(
    r"(?i)(?=[1-4abdehilmnoqrtuv])\b(?:" + _REL + r"\s+)?(?:" + _PART + r")?(?:in\s+)?(?:het\s+)?"
    r"(?:(?P<q>eerste|tweede|derde|vierde|laatste|1e|2e|3e|4e)\s+kwartaal(?:\s+" + _YEAR + r")?"
    r"|(?P<qq>q[1-4])\s*(?:(?P<qyear>(?:19|20)\d{2})|'(?P<qyy>\d{2}))?)\b"
)
#: A half year: "in de eerste helft van 2022", "de tweede helft van dit jaar", "het komende halfjaar".
DUE_HALF = re.compile(
    r"(?i)(?=[12adehiknortuv])\b(?:" + _REL + r"\s+)?(?:in\s+)?(?:de\s+|het\s+)?"
    r"(?:(?P<h>eerste|tweede|1e|2e)\s+(?:helft|halfjaar|half\s+jaar)(?:\s+van)?(?:\s+(?:het\s+jaar|" + _YEAR + r"))?"
    r"|(?P<coming>komend|komende|aankomend|aankomende)\s+(?:half\s*jaar|halfjaar))"
)
#: A season: "in het voorjaar van 2021", "voor de zomer", "dit najaar", "eind 2022" is a year, "in het voorjaar van
#: volgend jaar" (round 10b).
DUE_SEASON = re.compile(
    r"(?i)(?=[abdehiklmnortuvwz])\b(?:" + _REL + r"\s+)?(?:" + _PART + r")?(?:in\s+)?"
    r"(?:(?P<this>het|de|dit|deze|komend|komende|aankomend|aankomende|volgend|volgende)\s+)?"
    r"(?P<season>" + _SEASON + r")\b(?!\s*-)(?:\s+(?:van\s+)?(?P<year>(?:19|20)\d{2})(?!\d)"
    r"|\s+van\s+(?P<which>dit|volgend|volgende|komend|komende)\s+jaar\b)?"
)
#: A recess of the Tweede Kamer: "voor het zomerreces", "na het kerstreces 2021", "voor het meireces",
#: "voor aanvang van het zomerreces" (its start), "uiterlijk voor het einde van het zomerreces", "na
#: afloop van het kerstreces" (its end), "tijdens het zomerreces" (the recess itself).
DUE_RECESS = re.compile(
    r"(?i)\b(?:" + _REL + r"|(?P<during>in|tijdens|gedurende))\s+"
    r"(?:(?P<rpart>de\s+start|het\s+begin|(?:de\s+)?aanvang|het\s+einde?|afloop)\s+van\s+)?"
    r"(?:het\s+)?(?:aanstaande\s+|komende\s+|eerstvolgende\s+)?"
    r"(?P<recess>zomer|kerst|mei|voorjaars|krokus|herfst|paas)[\s-]?reces(?:\s+(?:van\s+)?(?P<year>(?:19|20)\d{2}))?\b"
)
#: A year: "voor het einde van het jaar", "eind 2022", "begin volgend jaar", "in 2023", "dit jaar".
DUE_YEAR = re.compile(
    r"(?i)(?=[12abdeghikmnortuv])\b(?:" + _REL + r"\s+)?(?:" + _PART + r"|in\s+de\s+loop\s+van\s+|in\s+|gedurende\s+)?" + _YEAR + r"\b"
)
#: The end of the current year: "voor het einde van het jaar", "in de loop van het jaar".
DUE_YEAR_END = re.compile(
    r"(?i)(?=[abehimnortuv])\b(?:" + _REL + r"\s+)?(?:" + _PART + r"|in\s+de\s+loop\s+van\s+(?:het\s+)?)(?:lopende\s+)?jaar\b"
)
#: A span of time from the letter: "binnen vier weken", "binnen drie maanden", "over twee weken".
DUE_WITHIN = re.compile(
    r"(?i)(?=[bdiou])\b(?P<rel>binnen|over|uiterlijk\s+binnen|(?:in\s+)?de\s+komende)\s+(?P<n>" + _NUMWORD + r")\s+"
    r"(?P<unit>werkdagen|dagen|dag|weken|week|maanden|maand|jaar|jaren)\b"
)
#: Prinsjesdag, the third Tuesday of September (Grondwet art. 65): "voor Prinsjesdag", "rond Prinsjesdag
#: 2024", "uiterlijk op Prinsjesdag", "met de begroting op Prinsjesdag".
DUE_PRINSJESDAG = re.compile(
    r"(?i)\b(?P<rel>vóór|voor|uiterlijk(?:\s+op)?|tegen|op|rond|omstreeks|na|met|bij)\s+(?:de\s+)?prinsjesdag"
    r"(?:\s+(?:van\s+)?(?P<year>(?:19|20)\d{2})(?!\d))?\b"
)
#: "volgende week", "komende maand", "deze maand".
DUE_NEXT = re.compile(
    r"(?i)\b(?:in\s+)?(?P<which>volgende|komende|deze|aankomende)\s+(?P<unit>week|maand)\b"
)
#: Characters that re's IGNORECASE matches to an ASCII letter but str.lower does not fold to it
#: ("İ" even lowers to two characters). In text without them, a (?i) pattern whose literals are
#: all lowercase matches the same spans as that pattern without (?i) on the lowercased text.
ODD_FOLDS = ("İ", "ı", "ſ")
#: The DUE_* patterns for the lowercased sentence: without (?i), re compares characters as they
#: are (2x faster). graph.deadlines uses them where the sentence holds no ODD_FOLDS
#: (tests/test_speed_guards_commitments.py: same spans, and str.lower keeps every character class).
(DUE_VAGUE_LOW, DUE_DAY_LOW, DUE_MONTH_LOW, DUE_QUARTER_LOW, DUE_HALF_LOW, DUE_SEASON_LOW, DUE_RECESS_LOW,
 DUE_YEAR_LOW, DUE_YEAR_END_LOW, DUE_WITHIN_LOW, DUE_PRINSJESDAG_LOW, DUE_NEXT_LOW) = (
    re.compile(p.pattern.removeprefix("(?i)"))
    for p in (DUE_VAGUE, DUE_DAY, DUE_MONTH, DUE_QUARTER, DUE_HALF, DUE_SEASON, DUE_RECESS, DUE_YEAR, DUE_YEAR_END,
              DUE_WITHIN, DUE_PRINSJESDAG, DUE_NEXT)
)

#: Dates (graph/dates.py). The first day of a meeting over several days, right before the day of
#: DAY_MONTH: "op 4 en 5 november jl.", "4, 5 en 6 november 2020" (searched up to that day, hence ``$``).
#: Not a number of something else ("nr. 4 en 5 november", "2019 en 5 november"): no digit, "." or ","
#: before it, and each day below the next (checked in graph.dates).
FIRST_DAY_BEFORE = re.compile(
    r"(?<![\d.,/:-])(?<!\bnr\.\s)(?<!\bnrs\.\s)(?P<first>[1-9]|[12]\d|3[01])"
    r"(?P<more>(?:\s*,\s+(?:[1-9]|[12]\d|3[01]))*)\s+en\s+$"
)

#: Who promises: the writer, the cabinet, or a minister named in the sentence.
PROMISER_COLLEAGUE = re.compile(
    r"(?i)\b(?:mijn\s+(?:collega|ambtgeno(?:o|te))|de\s+(?:minister|staatssecretaris))"
    r"(?:\s+(?P<prep>van|voor)\s+(?P<dept>(?-i:[A-Z][\w&-]*(?:,?\s+(?:en\s+)?[A-Z][\w&-]*){0,4})))"
)
#: A subordinate clause's verb-final promise to the Kamer: "waarna ik uw Kamer spoedig zal informeren",
#: "zodat wij u voor de zomer zullen berichten" (never "of ik u … zal", an indirect question, nor a
#: negation before the verb). Main clauses never put "u"/"uw Kamer" between subject and "zal".
_TO_KAMER_THEN = r"\s+(?:u|uw\s+kamer)\s+(?:(?!niet\b|geen\b|nooit\b)[^\s.;?]+\s+){0,8}?"
#: A future promise with its subject: "Ik zal", "zal ik", "Het kabinet zal", "wij zullen",
#: "Mijn collega van VWS zal", "Ik ga … ", "Ik ben voornemens", "Het kabinet streeft ernaar", "Ik verwacht u
#: de brief uiterlijk 30 april te doen toekomen" (kst-35300-VII-113).
PROMISE = re.compile(
    r"(?i)(?:^|[\s,;:(–-])(?:"
    r"(?P<ik>ik\s+(?:zal|ga|kom|ben\s+(?:voornemens|van\s+plan)|streef\s+er\s*naar|zeg\s+(?:u\s+|uw\s+kamer\s+)?toe|verwacht\b(?=.*\s(?:aan\s+)?uw\s+kamer\b.*\bte\s+(?:kunnen\s+)?(?:sturen|zenden|toe\s+te\s+zenden|bieden|informeren|berichten|doen\s+(?:toe)?komen)"
    r"|\s+(?:(?!dat\b)[\w-]+\s+){0,5}?(?:aan\s+)?u\s+(?:[\w-]+\s+){0,8}?te\s+(?:kunnen\s+)?(?:sturen|zenden|bieden|informeren|berichten|doen\s+(?:toe)?komen)\b))"
    r"|(?:zal|ga|kom)\s+ik|zeg\s+ik\s+toe|streef\s+ik\s+er\s*naar|(?<!\bof\s)ik" + _TO_KAMER_THEN + r"zal\b)"
    r"|(?P<wij>(?:wij|we)\s+(?:zullen|gaan|zijn\s+(?:voornemens|van\s+plan)|streven\s+er\s*naar|zeggen\s+toe)\b"
    r"|zullen\s+(?:wij|we)\b|streven\s+(?:wij|we)\s+er\s*naar\b|(?<!\bof\s)(?:wij|we)" + _TO_KAMER_THEN + r"zullen\b"
    # round 12b: "gaan we" after a fronted clause or adverb ("Daarnaast gaan we samen met provincies …")
    r"|gaan\s+(?:wij|we)\b)"
    r"|(?P<kabinet>(?:het\s+kabinet|de\s+regering)\s+(?:zal|gaat|is\s+voornemens|is\s+van\s+plan|streeft\s+er\s*naar|zegt\s+toe|"
    r"verwacht\b(?=.*\s(?:aan\s+)?uw\s+kamer\b.*\bte\s+(?:kunnen\s+)?(?:sturen|zenden|toe\s+te\s+zenden|bieden|informeren|berichten|doen\s+(?:toe)?komen)"
    r"|\s+(?:(?!dat\b)[\w-]+\s+){0,5}?(?:aan\s+)?u\s+(?:[\w-]+\s+){0,8}?te\s+(?:kunnen\s+)?(?:sturen|zenden|bieden|informeren|berichten|doen\s+(?:toe)?komen)\b))"
    r"|(?:zal|gaat)\s+het\s+kabinet|(?:zal|gaat)\s+de\s+regering|streeft\s+(?:het\s+kabinet|de\s+regering)\s+er\s*naar"
    r"|(?<!\bof\s)(?:het\s+kabinet|de\s+regering)" + _TO_KAMER_THEN + r"zal\b)"
    r"|(?P<other>(?:mijn\s+(?:collega|ambtgeno(?:o|te))|de\s+(?:minister|staatssecretaris))(?:\s+(?:van|voor)\s+(?-i:[A-Z][\w&-]*"
    r"(?:,?\s+(?:en\s+)?[A-Z][\w&-]*){0,4}))?\s+(?:zal|zullen)\b)"
    r")"
)
#: Pre-checks for PROMISE, PROMISE_PASSIVE and PROMISE_PRESENT on the lowercased sentence, before
#: the patterns themselves (20-35 MB/s: (?i) alternatives behind a separator class or ``\b`` give
#: the engine no literal to skip to). Each is a NECESSARY condition, read off the words every
#: branch of its pattern holds, and shaped for speed: ``in`` tests (GB/s), or patterns without
#: (?i) whose every branch starts with a literal (re then skips to those letters, 200-700 MB/s).
#: PROMISE needs one of the four cues below. Keep them in step when a pattern changes
#: (tests/test_prechecks.py checks them).
#: "ik zal", "ik ga", "ik ben voornemens", "kom ik", "zeg ik toe" (after "ik" is found with ``in``).
PROMISE_CUE_IK = re.compile(r"ik\s+(?:zal|ga|kom|ben|streef|zeg|verwacht|u)|zal\s+ik|ga\s+ik|kom\s+ik|zeg\s+ik|streef\s+ik")
#: "wij zullen", "we gaan", "wij zijn voornemens", "we streven ernaar", "zullen we" (after "we" or
#: "wij" is found with ``in``).
PROMISE_CUE_WE = re.compile(
    r"wij\s+(?:zullen|gaan|zijn|streven|zeggen)|we\s+(?:zullen|gaan|zijn|streven|zeggen)|zullen\s+w(?:ij|e)"
    r"|streven\s+w(?:ij|e)|w(?:ij|e)\s+u|gaan\s+w(?:ij|e)"
)
#: "het kabinet zal / gaat / is voornemens / streeft / zegt toe / verwacht", "zal de regering"
#: (after "kabinet" or "regering" is found with ``in``).
PROMISE_CUE_CABINET = re.compile(
    r"kabinet\s+(?:zal|gaat|is|streeft|zegt|verwacht)|regering\s+(?:zal|gaat|is|streeft|zegt|verwacht)"
    r"|zal\s+(?:het\s+kabinet|de\s+regering)|gaat\s+(?:het\s+kabinet|de\s+regering)|streeft\s+(?:het\s+kabinet|de\s+regering)"
    r"|(?:kabinet|regering)\s+u"
)
#: "mijn collega van VWS zal", "de staatssecretaris zal": one of these with "zal" or "zul".
PROMISE_CUE_OTHER = ("collega", "ambtgeno", "minister", "staatssecretaris")
#: Over a whole lowercased letter: "ik" before a promise verb (PROMISE_CUE_IK, PRESENT_NEEDS) or
#: after one ("kom ik", "informeer ik u"; "zal ik" holds MADE_CUE_MODAL), or after two white space
#: characters (a longer gap than the one-character look-behinds see). Starts with the literal "ik":
#: re skips to it (1.2 GB/s; PROMISE_CUE_IK, whose branches start with four letters, runs at 150 MB/s).
MADE_CUE_IK_AFTER = ("ga", "kom", "zeg", "informeer", "stuur", "zend", "bericht", "houd", "breng", "streef", "kan",
                     "hoop")
MADE_CUE_IK = re.compile(
    r"ik(?:\s+(?:zal|ga|kom|ben|streef|zeg|verwacht|informeer|stuur|zend|bericht|houd|breng|kan|hoop)|(?<=\s\sik)|"
    + "|".join(rf"(?<={verb}\sik)" for verb in MADE_CUE_IK_AFTER)
    + ")"
)
#: The writer informing the Kamer in the present tense: "Ik informeer uw Kamer voor de zomer over …",
#: "Voor de zomer stuur ik uw Kamer de evaluatie", "Ik houd uw Kamer op de hoogte", "U ontvangt de
#: voortgangsbrief voor het zomerreces". A promise only with a deadline (or "op de hoogte houden"):
#: "Hierbij informeer ik uw Kamer", "Hierbij ontvangt u" is the letter itself.
PROMISE_PRESENT = re.compile(
    r"(?i)\b(?:ik\s+(?P<verb>informeer|stuur|zend|bericht|houd|breng)\s+(?:u|uw\s+kamer)\b"
    r"|(?P<verb2>informeer|stuur|zend|bericht|houd|breng)\s+ik\s+(?:u|uw\s+kamer)\b"
    r"|(?P<verb3>ontvangt)\s+u\b|u\s+(?P<verb4>ontvangt)\b"
    r"|(?P<wij>wij|we|het\s+kabinet)\s+(?P<verb5>informeren|informeert|sturen|stuurt|zenden|zendt|berichten|houden|houdt"
    r"|brengen|brengt)\s+(?:u|uw\s+kamer)\b"
    r"|(?P<verb6>informeren|sturen|zenden|berichten|houden|brengen)\s+(?:wij|we)\s+(?:u|uw\s+kamer)\b"
    r"|(?P<verb7>informeert|stuurt|zendt|houdt|brengt)\s+het\s+kabinet\s+(?:u|uw\s+kamer)\b)"
)
#: PROMISE_PRESENT needs "ik", "we", "wij" or "kabinet" and one of these verbs, or "ontvangt"
#: (pre-check, see PROMISE_CUE_IK).
PRESENT_NEEDS = ("informe", "stuur", "stur", "zend", "bericht", "houd", "breng")
#: The branches of PROMISE_PRESENT for "ik", on the lowercased text: "ik informeer", "ik stuur" or
#: "ik u" ("stuur ik u", "informeer ik uw Kamer"); "ik" alone stands in "gebruik", "ontwikkeling".
PRESENT_CUE_IK = re.compile(r"ik\s+(?:informeer|stuur|zend|bericht|houd|breng|u)")
#: The branches of PROMISE_PRESENT for "wij" and the cabinet, on the lowercased text: "wij informeren",
#: "informeren we", "het kabinet stuurt" (a literal start: re skips to it, over a whole letter too).
PRESENT_CUE_WE = re.compile(
    r"(?:wij|we|kabinet)\s+(?:informe|stu|zend|bericht|houd|breng)|(?:informeren|sturen|zenden|berichten|houden"
    r"|brengen)\s+we|(?:informeren|sturen|zenden|berichten|houden|brengen)\s+wij"
    r"|(?:informeert|stuurt|zendt|houdt|brengt)\s+het\s+kabinet"
)
#: Over a whole lowercased letter, the promises of "wij" and "we" that hold no "zal" or "zul":
#: "wij gaan", "wij zijn voornemens / van plan", "we streven ernaar", "wij zeggen toe", "wij informeren"
#: (a literal start, 1.5 GB/s; PRESENT_CUE_WE, whose branches start with many letters, runs at 25 MB/s)
#: and "wij u" / "we uw Kamer" ("informeren wij u"); "het kabinet stuurt" holds "kabinet".
MADE_CUE_WE = re.compile(
    r"w(?:ij|e)(?:\s+(?:gaan|zijn\s+(?:voornemens|van\s+plan)|streven|zeggen|informe|stu|zend|bericht|houd|breng|u|kunnen"
    r"|hopen|er\s*naar)|(?<=hopen\swij)|(?<=hopen\swe))"
)
#: At "kabinet" or "regering" found in a whole lowercased letter: the promise verbs of PROMISE,
#: PROMISE_PRESENT, PROMISE_HEDGED and PROMISE_HOPED after the cabinet ("het kabinet gaat", "het
#: kabinet stuurt", "de regering kan", "het kabinet hoopt"; "het kabinet u … zal" holds MADE_CUE_MODAL).
MADE_CUE_CABINET = re.compile(
    r"\s+(?:zal|zul|gaat|is|streeft|zegt|verwacht|kan|hoopt|informe|stu|zend|bericht|houd|breng)"
)
#: Their verbs before the cabinet and its article ("gaat het kabinet", "streeft de regering", "kan het
#: kabinet", "hoopt de regering", "stuurt het kabinet"), read backwards from "kabinet" in
#: graph.find.commitments._cabinet_after_verb.
CABINET_AFTER_VERBS = ("zal", "gaat", "streeft", "kan", "hoopt", "informeert", "stuurt", "zendt", "houdt", "brengt")
#: Over a whole lowercased letter: "zal" or "zul" (one scan for both; re skips to the "z").
MADE_CUE_MODAL = re.compile(r"z(?:al|ul)")
#: Over a whole lowercased letter, the Kamer informed in the passive with "wordt" (PROMISE_PASSIVE's
#: other branches hold "zal" or "ontvangt"): two patterns, each with a literal start.
MADE_CUE_PASSIVE = re.compile(r"wordt\s+(?:uw|de)\s+kamer")
MADE_CUE_PASSIVE_AFTER = re.compile(r"uw\s+kamer\s+wordt")
#: Not the letter itself: "Hierbij informeer ik uw Kamer", "Met deze brief stuur ik u", "stuur ik u de
#: bijgevoegde Nederlandse reactie … toe" (kst-21501-33-918).
PRESENT_IS_LETTER = re.compile(r"(?i)\b(?:hierbij|hiermee|bij\s+deze|bijgaand|bijgevoegde?|graag|hierover\s+nu)\b")
#: The Kamer informed in the passive: "wordt uw Kamer … geïnformeerd", "zal uw Kamer … ontvangen",
#: "ontvangt uw Kamer", "stuur ik uw Kamer".
PROMISE_PASSIVE = re.compile(
    r"(?i)\b(?:(?:wordt|zal)\s+uw\s+kamer\b[^.;]{0,120}?\b(?:geïnformeerd|ge-?informeerd|bericht|op\s+de\s+hoogte\s+(?:gesteld|gehouden)|"
    r"worden\s+geïnformeerd|ontvangen|toegezonden)"
    r"|uw\s+kamer\s+(?:wordt|zal)\b[^.;]{0,120}?\b(?:geïnformeerd|bericht|op\s+de\s+hoogte\s+(?:gesteld|gehouden))"
    r"|ontvangt\s+uw\s+kamer|uw\s+kamer\s+ontvangt)"
)
#: PROMISE_PASSIVE needs "uw", "kamer" and one of these (pre-check, see PROMISE_CUE_IK).
PASSIVE_NEEDS = ("wordt", "zal", "ontvangt")
#: A promise to inform hedged with "kunnen": "Naar verwachting kan ik uw Kamer voor de zomer informeren
#: over …", "Wij kunnen u in het najaar de evaluatie sturen", "Ik verwacht dat ik uw Kamer voor de zomer
#: kan informeren". Only the Kamer (or "u") as object and an informing verb, never "kan ik me
#: voorstellen" or "Ik kan u berichten dat …" (a report, not a promise); graph.find.commitments also
#: asks for a deadline and no negation (HEDGE_NEGATED). "de Kamer" too: "Ik verwacht dat ik de Kamer in
#: het tweede kwartaal van dit jaar kan informeren" (kst-21501-33-918).
PROMISE_HEDGED = re.compile(
    r"(?i)\b(?:(?:(?P<ik>kan\s+ik|ik\s+kan)|(?P<wij>kunnen\s+(?:wij|we)|(?:wij|we)\s+kunnen)"
    r"|(?P<kabinet>kan\s+(?:het\s+kabinet|de\s+regering)|(?:het\s+kabinet|de\s+regering)\s+kan))"
    r"\s+(?!(?:me|mij|ons|zich|niet|geen)\b)(?:[^.;?]{0,100}?\s)?(?:u|uw\s+kamer|de\s+(?:tweede\s+)?kamer)\s+"
    r"(?:[^.;?]{0,120}?\s)?"
    r"|verwacht(?:en)?\s+dat\s+(?:(?P<ik2>ik)|(?P<wij2>wij|we)|(?P<kabinet2>het\s+kabinet|de\s+regering))\s+"
    r"(?:[^.;?]{0,60}?\s)?(?:u|uw\s+kamer|de\s+(?:tweede\s+)?kamer)\s+(?:[^.;?]{0,100}?\s)?(?:kan|kunnen)\s+)"
    r"(?:nader\s+|verder\s+)?(?:informeren|berichten|toe\s*sturen|sturen|toe\s*zenden|zenden|aanbieden"
    r"|op\s+de\s+hoogte\s+(?:stellen|brengen))\b(?!\s+dat\b)"
)
#: PROMISE_HEDGED needs one of these on the lowercased sentence (pre-check, see PROMISE_CUE_IK).
PROMISE_CUE_HEDGED = re.compile(
    r"(?:kan|kunnen)\s+(?:ik|wij|we|het\s+kabinet|de\s+regering)\b|\b(?:ik|wij|we|kabinet|regering)\s+(?:kan|kunnen)\b"
    r"|verwacht(?:en)?\s+dat"
)
#: Over a whole lowercased letter, the cues of PROMISE_HEDGED the other MADE_CUE_* miss ("ik kan",
#: "kan ik", "wij kunnen" are in MADE_CUE_IK, MADE_CUE_WE; sentences with "kabinet" or "regering"
#: are read anyway): two patterns, each with a literal start.
MADE_CUE_HEDGED = re.compile(r"kunnen\s+w(?:ij|e)\b")
MADE_CUE_EXPECT = re.compile(r"verwacht(?:en|ing\s+is)?\s+dat")
#: A promise with "te kunnen" ("Ik verwacht uw Kamer in het najaar te kunnen informeren"): hedged, less sure.
HEDGE_EXPECT = re.compile(r"(?i)\bte\s+kunnen\b")
#: "niet", "geen", "nooit" in a hedged promise: "kan ik u nog niet informeren" (a hyphen after: "niet-gebruik").
HEDGE_NEGATED = re.compile(r"(?i)\b(?:niet|geen|nooit)\b(?!-)")
#: Informing or sending to the Kamer (type inform): "informeren", "berichten", "(toe)sturen",
#: "aanbieden", "op terugkomen", "met de Agenda te komen", "met uw Kamer (te) delen" (kst-30234-394),
#: "(te) doen toekomen" (kst-27858-461) or "doen komen" (kst-19637-2651), read back from "met",
#: "toekomen" and "komen" so that every branch starts with a letter of the look-ahead, which names the
#: branches' first letters (speed only, 2x; tests/test_prechecks.py).
INFORM_VERB = re.compile(
    r"(?i)(?=[abgikmorstvwz])\b(?:informeren|met\s+(?:uw|de)\s+kamer\b(?<=delen\smet\s(?:uw|de)\skamer)"
    r"|met\s+(?:uw|de)\s+kamer\s+(?:te\s+)?delen|toekomen(?<=doen\stoekomen)|komen(?<=doen\skomen)"
    r"|informeer|geïnformeerd|berichten|bericht(?=\s+(?:over|u|uw))|(?:toe\s*)?(?:te\s+)?sturen|stuur|"
    r"(?:toe\s*)?(?:te\s+)?zenden|zend|toezenden|aan\s+(?:te\s+)?bieden|aanbieden|bied\b[^.]{0,60}\baan|rapporteren|"
    r"op\s+de\s+hoogte\s+(?:te\s+)?(?:stellen|houden|brengen)|terug\s*(?:te\s+)?komen|kom\b[^.]{0,80}\bterug|"
    r"ontvangt|ontvangen|"
    r"met\s+(?:de|een|het|mijn|zijn)\s+(?:[\w-]+\s+){0,3}?(?:brief|agenda|plan|actieplan|voorstel|wetsvoorstel|nota|visie|"
    r"reactie|kabinetsreactie|rapportage|voortgangsrapportage|evaluatie|uitwerking|overzicht|routekaart|update)\b[^.]{0,120}?\bte\s+komen|"
    r"(?:brief|agenda|wetsvoorstel|kabinetsreactie|voortgangsrapportage|rapportage)\b[^.]{0,60}\baan\s+uw\s+kamer)"
)
#: The Kamer (or "u") as the one informed; an inform promise must name it.
TO_KAMER = re.compile(r"(?i)\b(?:uw\s+kamer|de\s+(?:tweede\s+)?kamer|u\b)|\bte\s+komen\b|\bterug\s*(?:te\s+)?kom|\bkom\b[^.]{0,80}\bterug\b")
#: Sentences that are not promises: conditions, the letter itself, duties and exhortations.
#: The look-ahead names the branches' first characters (speed only; tests/test_prechecks.py).
#: The words NOT_PROMISE takes at a sentence's start, after bullets and white space (also the pre-check's).
NOT_PROMISE_BULLETS = "-•–*"
#: Not "zodra" ("as soon as"): "Zodra bekend is wanneer …, wordt uw Kamer hierover geïnformeerd" promises, its
#: deadline vague (DUE_VAGUE).
NOT_PROMISE_OPENERS = ("als", "indien", "mocht", "mochten", "wanneer", "tenzij", "mits")
NOT_PROMISE = re.compile(
    r"(?i)(?=[-•–*\sadghimotvwz])(?:^(?:[" + NOT_PROMISE_BULLETS + r"\s]*)(?:" + "|".join(NOT_PROMISE_OPENERS) + r")\b"
    r"|\b(?:deze|onderhavige|voorliggende)\s+brief\b|\bhieronder\b|\bhierna\b|\bzullen\s+(?:\w+\s+){0,4}moeten\b"
    r"|\b(?:ga|gaat|gaan)\s+(?:\w+\s+){0,6}?in\s+op\b|\b(?:ga|gaat|gaan)\s+(?:\w+\s+){0,6}?(?:nader\s+)?op\s+in\b"
    r"|\bzal\s+(?:\w+\s+){0,4}moeten\b|\bzou(?:den)?\b"
    r"|\b(?:zal|zullen|ga|gaat|gaan)\s+(?:\w+\s+){0,3}?(?:niet|geen)\b)"
)

#: A promise kept by this letter: "geef ik invulling aan mijn toezegging", "kom ik de toezegging na",
#: "voldoe ik aan deze toezeggingen", "wordt een aantal toezeggingen … afgedaan",
#: "Zoals toegezegd in het commissiedebat … informeer ik u", "ter uitvoering van de toezegging".
#: Read per sentence: ``.`` rather than ``[^.]``, which cut at "jl." and "d.d." inside the sentence.
#: The look-ahead names the branches' first letters (speed only, 2x; tests/test_prechecks.py).
KEEPS_PROMISE = re.compile(
    r"(?i)(?=[cdgikotvz])\b(?:(?:geef|geeft|geven)\b.{0,80}?\binvulling\s+aan\b.{0,40}?\btoezegging"
    r"|invulling\s+(?:te\s+)?(?:gegeven|geven)\s+aan\b.{0,40}?\btoezegging"
    r"|(?:ga|gaat)\b.{0,80}?\bin\s+op\b.{0,80}?\btoezegging"
    r"|(?:kom|komt|komen)\b.{0,60}?\btoezegging(?:en)?\b.{0,60}?\bna\b"
    r"|(?:voldoe|voldoet|voldoen)\b.{0,40}?\baan\b.{0,40}?\btoezegging"
    r"|(?:doe|doet|doen)\b.{0,60}?\btoezegging(?:en)?\b.{0,40}?\bgestand"
    # the promise first, kept now: "Deze toezegging doe ik hierbij gestand" (kst-17050-596), "Die
    # toezeggingen komen wij met deze brief na" (not "… kom ik in het voorjaar na": later)
    r"|toezegging(?:en)?\s+(?:doe|doet|doen|kom|komt|komen)\s+(?:ik|wij|we)\s+"
    r"(?:(?:hier|daar)(?:mee|bij|door)|met\s+deze\s+brief)\s+(?:gestand|na)\b"
    r"|(?:ter\s+uitvoering|in\s+uitvoering|ter\s+invulling|ter\s+nakoming|in\s+vervolg\s+op|conform|overeenkomstig)\s+(?:van\s+)?"
    r"(?:mijn|de|een|deze|die|het|zijn|haar)\s+(?:\w+\s+){0,2}toezegging"
    r"|toezegging(?:en)?\b.{0,200}?\b(?:afgedaan|afdoe|af\s+te\s+doen|ingelost|nagekomen)"
    r"|(?:zoals|conform)\s+(?:[^\s,;]+\s+){0,8}?toegezegd\b)"
)
#: "Zoals toegezegd zal ik uw Kamer voor de zomer informeren": a promise restated, still to be kept.
RESTATED_PROMISE = re.compile(
    r"(?i)\b(?:zoals|conform)\s+(?:[^\s,;]+\s+){0,8}?toegezegd\b.*?(?:\b(?:zal|zullen)\s+(?:ik|wij|we|het\s+kabinet)\b"
    r"|\b(?:ik|wij|we)\s+(?:zal|zullen)\b)"
)
#: Words before "toezegging" that make it a pointer back, not a promise named ("deze toezeggingen").
POINTER_BEFORE = re.compile(
    r"(?i)\b(?:deze|die|beide|genoemde|benoemde|bovengenoemde|voornoemde|twee)\s+(?:\w+\s+){0,2}$"
)
#: A keeping sentence pointing forward to a list of the promises it keeps: "geef ik met deze brief
#: invulling aan onderstaande moties en toezeggingen", "voldoe ik aan de volgende toezeggingen:".
POINTER_FORWARD = re.compile(
    r"(?i)\b(?:onderstaande|(?:na)?volgende|hieronder\s+(?:genoemde|vermelde|opgenomen|opgesomde|staande)"
    r"|hierna\s+(?:genoemde|vermelde|volgende|te\s+noemen))\s+(?:[\w-]+\s+){0,3}?toezegging"
)
#: An item of such a list, at the sentence's start: "De toezegging aan het lid Tielen om te onderzoeken …",
#: "– Toezegging over …" (LISTED_MOTION: a motion in the same list, passed over).
LISTED_PROMISE = re.compile(r"(?i)[\s\-•–*]*(?:de\s+|een\s+)?toezegging(?:en)?\b")
LISTED_MOTION = re.compile(r"(?i)[\s\-•–*]*(?:de\s+)?(?:gewijzigde\s+)?motie\b")
#: "Ik kom" promises only when it comes back to something: "Ik kom hier voor de zomer op terug".
COME_BACK = re.compile(r"(?i)\bkom\b")
#: One promise within a sentence that may name several: from "toezegging"/"toegezegd" onwards.
PROMISE_ITEM = re.compile(r"(?i)\b(?:toezegging(?:en)?|toegezegde?)\b")
#: A sentence that keeps the promises named before it: "Met deze brief voldoe ik aan deze
#: toezeggingen", "Hiermee kom ik deze toezegging na", "Met deze brief breng ik u op de hoogte",
#: "Ik beschouw de benoemde moties en toezeggingen hiermee als afgedaan". First-letter look-ahead
#: for speed only, as KEEPS_PROMISE.
#: "Met deze brief doen wij die toezegging gestand", "Hierbij ontvangt u het rapport", "In verband met
#: de kabinetswisseling ontvangt u deze brief nu", "In deze brief geven we een overzicht van de stand
#: van zaken" (kst-29240-108) (after a sentence saying what was promised).
#: Round 10b: "Bijgevoegd bied ik het rapport en het advies aan uw Kamer aan" (kst-31066-857), "Hierbij bied ik u …".
#: Every branch holds one of KEEPS_NAMED_BEFORE_NEEDS (a pre-check on the lowercased sentence).
KEEPS_NAMED_BEFORE_NEEDS = ("hierme", "daarme", "hierbij", "deze", "beschouw", "ontvangt", "bijgaand", "bijgevoegd")
KEEPS_NAMED_BEFORE = re.compile(
    r"(?i)(?=[bdhimto])\b(?:(?:met\s+deze\s+brief|in\s+deze\s+brief|hiermee|hierbij|daarmee|hiermede|bij\s+deze"
    r"|bijgevoegd|bijgaand)\b.{0,80}?"
    r"\b(?:voldoe|voldoet|voldoen|kom|komt|komen|geef|geeft|geven|doe|doet|doen|breng|brengen|informeer|informeren"
    r"|bericht|berichten|stuur|sturen|zend|zenden|beschouw|beschouwen|ontvangt|bied|biedt|bieden)\b"
    r"|\b(?:beschouw|beschouwt)\b.{0,80}?\btoezegging(?:en)?\b.{0,40}?\bafgedaan"
    r"|\b(?:hiermee|daarmee)\s+(?:is|zijn)\s+(?:\S+\s+){0,3}?toezegging(?:en)?\b.{0,40}?\b(?:afgedaan|ingelost|nagekomen)"
    r"|\btoezegging(?:en)?\b.{0,60}?\b(?:hiermee|daarmee|bij\s+deze|met\s+deze\s+brief)\b.{0,40}?"
    r"\b(?:afgedaan|ingelost|nagekomen)"
    r"|\bontvangt\s+u\s+(?:hierbij\s+|hiermee\s+|nu\s+|daarom\s+)?(?:deze\s+brief|dit\s+rapport|bijgaand)\b"
    # round 8b: "In de bijlage bij deze brief vindt u de rapportage" (kst-30234-394), "Bijgaand treft u …"
    r"|\b(?:(?:in|bij)\s+(?:de\s+)?(?:bijlage\s+(?:bij|van)\s+)?deze\s+brief|hierbij|bijgaand|bijgevoegd)\s+(?:treft|vindt)\s+u\b)"
)
#: A keeping sentence that only points back ("deze toezegging(en)", "de benoemde toezeggingen").
POINTS_BACK = re.compile(
    r"(?i)\b(?:deze|die|beide|genoemde|benoemde|bovengenoemde|voornoemde|hiervoor\s+genoemde|de\s+twee)\s+"
    r"(?:\w+\s+)?(?:moties\s+en\s+)?toezegging(?:en)?\b|\b(?:hiermee|daarmee)\b|\bmet\s+deze\s+brief\b"
)
#: Right after "toezegging": the promise is only the subject of its keeping, named before ("De
#: toezegging is hiermee nagekomen", "De toezeggingen worden met deze brief afgedaan"), or nothing but
#: keeping words follow to the sentence's end ("Hiermee kom ik de toezegging na", "Ik beschouw de
#: toezegging hiermee als afgedaan"): not described here.
POINTER_AFTER = re.compile(
    r"(?i)\s+(?:is|zijn|wordt|worden)\s+(?:hiermee|daarmee|hierbij|bij\s+deze|met\s+deze\s+brief|dan\s+ook|nu)\b"
    r"|(?:\s+(?:is|zijn|wordt|worden|hiermee|daarmee|hierbij|bij\s+deze|met\s+deze\s+brief|dan\s+ook|nu|als|volledig"
    r"|afgedaan|nagekomen|ingelost|na|gestand|beschouwd)\b)*\s*[.!]?\s*$"
)
#: A sentence that says only that a promise is kept, not what was promised, where or when ("Hiermee
#: kom ik mijn toezegging na", "Met deze brief geef ik invulling aan een toezegging aan uw Kamer",
#: "Zoals toegezegd informeer ik u hierbij"): nothing but these words. On its own it is no kept promise
#: a clerk can track; it keeps the promise named just before it, if any.
_KEPT_FILLER = (
    r"met|deze|dit|brief|hiermee|hierbij|hiermede|daarmee|bij|ik|wij|we|het|kabinet|de|regering|u|uw|kamer|tevens"
    r"|ook|graag|dan|nu|hierin|daarin|daarbij|daarom|geef|geeft|geven|gegeven|kom|komt|komen|voldoe|voldoet|voldoen"
    r"|doe|doet|doen|invulling|aan|na|gestand|mijn|onze|ons|een|die|zijn|haar|toezegging|toezeggingen|toegezegd"
    r"|zoals|conform|overeenkomstig|eerder|eerdere|gedane|gemaakte|heb|hebben|heeft|gedaan|is|wordt|worden|afgedaan"
    r"|nagekomen|ingelost|als|beschouw|beschouwt|beschouwd|volledig|ter|uitvoering|van|in|vervolg|op|nakoming"
    r"|informeer|informeren|stuur|stuurt|zend|bericht|hierover|daarover|nader|verder|hiervan|toe|bijgaand|ontvangt"
)
KEPT_WITHOUT_CONTENT = re.compile(r"(?i)\W*(?:(?:" + _KEPT_FILLER + r")\b\W*)+")
#: The sentence before a contentless keeping one, announcing what it keeps in other words than
#: "toezegging": "In het debat heb ik uw Kamer een brief over de pilots beloofd", "… aangekondigd".
ANNOUNCED_BEFORE = re.compile(
    r"(?i)\b(?:heb|hebben|heeft|is|zijn)\b.{0,200}?\b(?:beloofd|aangekondigd|in\s+het\s+vooruitzicht\s+gesteld)\b"
)
#: A past promise to the Kamer: "heb … toegezegd", "is toegezegd", "werd toegezegd".
PAST_PROMISE = re.compile(r"(?i)\b(?:heb|hebt|heeft|hebben|is|zijn|werd|werden)\b[^.]{0,200}?\btoegezegd\b|\btoegezegd\b")
#: Where a promise was made: the kind of meeting or document.
MADE_IN_VENUE = re.compile(
    r"(?i)\b(?P<venue>algemeen\s+overleg|commissiedebat|notaoverleg|wetgevingsoverleg|schriftelijk\s+overleg|"
    r"plenair(?:e)?\s+debat|dertigledendebat|tweeminutendebat|begrotingsbehandeling|(?:mondelinge\s+)?vragenuur|"
    r"(?:beantwoording\s+van\s+(?:de\s+)?|antwoorden\s+op\s+(?:de\s+)?)?kamervragen|debat|AO|overleg)\b"
)
#: An earlier letter named as where a promise was made: "in de kamerbrief «Gezond en veilig
#: thuiswerken» van 16 november 2020", "in de stand van zakenbrief Covid-19, dd 15 maart jl.".
MADE_IN_LETTER = re.compile(
    r"(?i)\b(?:in|bij|via)\s+(?:de|het|mijn|zijn|haar|onze)\s+"
    r"(?P<letter>(?:[\w-]+\s+){0,3}?[\w-]*brief(?:\s+(?:«[^»]{1,120}»|\"[^\"]{1,120}\"|“[^”]{1,120}”|"
    r"(?!van\b|d\.d\.|dd\b|over\b|aan\b)(?-i:[A-Z0-9])[\w-]*(?:[ -](?-i:[A-Z0-9])[\w-]*)?))?)"
)
#: A promise made in a letter named only as "de brief", "die brief", "dezelfde brief", undated
#: ("In de brief is toegezegd dat …"): the letter the sentence before dates ("Bij brief van 29 januari
#: 2024 hebben onze ambtsvoorgangers …"). Never "deze brief", this letter.
LETTER_ANAPHOR = re.compile(r"(?i)\b(?:in|bij|met)\s+(?:de|die|dezelfde|diezelfde|genoemde)\s+brief\b(?!\s+(?:van|d\.?d\.?)\b)")
#: The date of a letter named in the sentence before: "(bij) brief van 29 januari 2024", "brief d.d. 3 maart".
LETTER_OF = re.compile(r"(?i)\bbrief\s+(?:van|d\.?d\.?)\s+(?=\d)")
#: "de toezegging over het indienen van een adviesaanvraag": what was promised.
#: A full stop between digits ("artikel 4.7", "€ 1.5 miljard") is no sentence end (round 11b, kst-28165-334).
PROMISED_WHAT = re.compile(r"(?i)\b(?:om|over|te)\s+(?P<what>(?:[^.;]|(?<=\d)\.(?=\d)){6,200})")
#: An act too vague to keep or break: taking something into account, paying attention, being
#: committed to, talking ("meenemen", "betrekken", "aandacht geven", "inzetten op", "in gesprek gaan").
#: Such a sentence is an intention, not a promise a clerk can track (an inform promise still counts).
#: First-letter look-ahead for speed only, as KEEPS_PROMISE.
WEAK_ACT = re.compile(
    r"(?i)(?=[abgimnorvz])\b(?:meenemen|mee\s+(?:te\s+)?nemen|betrekken|aandacht\s+(?:\w+\s+){0,2}?(?:geven|besteden|hebben|houden"
    # round 12b: "In april gaan we hier weer aandacht voor vragen"; "gaan we … in gesprek met" (inverted)
    r"|vragen)|(?:ga|gaat|gaan)\s+(?:\w+\s+){0,8}?in\s+gesprek"
    r"|rekening\s+(?:\w+\s+){0,3}?houden|vorm\s+(?:\w+\s+){0,2}?geven|inzetten\s+op|bezien\s+(?:of|hoe|welke|wat)"
    r"|(?:mij|ons|zich)\s+(?:\w+\s+){0,3}?inzetten|(?:nauwlettend\s+|nauw\s+)?(?:blijven\s+)?volgen|monitoren"
    r"|gesprek\s+(?:\w+\s+){0,8}?(?:aangaan|voeren)|in\s+gesprek\s+(?:gaan|treden|blijven))\b"
)

# --- Accuracy round 8b: promises not kept, restated or awaited --------------------------------
#: A promise named as NOT kept by this letter: "Het is daarom niet mogelijk, zoals eerder toegezegd,
#: uw Kamer eind februari te informeren" (kst-27925-966), "Anders dan toegezegd …", "later dan
#: toegezegd": a postponement, no kept promise (graph.find.commitments reads it only where the
#: sentence says "toegezegd").
KEPT_DENIED = re.compile(
    r"(?i)\bniet\s+(?:meer\s+|langer\s+)?(?:mogelijk|haalbaar|gelukt|lukt|lukken|gehaald|gerealiseerd)\b"
    r"|\b(?:anders|later)\s+dan\s+(?:[^\s,;]+\s+){0,6}?toegezegd\b"
)
#: A promised thing still to come, restated: "Tevens zal ik u dan de eerder toegezegde brief sturen"
#: (kst-33763-103), "Wij zullen uw Kamer de toegezegde evaluatie voor de zomer sturen": a promise made
#: (again), not kept. The future tense of the writer in the same sentence, either order.
RESTATED_PROMISED_THING = re.compile(
    r"(?i)\btoegezegde\b(?=.*\b(?:(?:zal|zullen)\s+(?:ik|wij|we|het\s+kabinet)|(?:ik|wij|we)\s+(?:zal|zullen))\b)"
    r"|\b(?:(?:zal|zullen)\s+(?:ik|wij|we|het\s+kabinet)|(?:ik|wij|we)\s+(?:zal|zullen))\b.*\btoegezegde\b"
)
#: The Kamer told to expect something: "U kunt de brief spoedig, uiterlijk voor het einde van het
#: meireces, tegemoet zien" (kst-33279-1), "Uw Kamer kan de evaluatie in het najaar tegemoetzien", "kunt u
#: … tegemoet zien": a promise to inform. Never "u kon" (past) nor a negation before "tegemoet".
PROMISE_AWAIT = re.compile(
    r"(?i)\b(?:(?:u|uw\s+kamer|de\s+kamer)\s+(?:kunt|kan)|(?:kunt|kan)\s+(?:u|uw\s+kamer|de\s+kamer))\s+"
    r"(?:(?!niet\b|geen\b|nooit\b)[^\s.;?]+[\s,]+){0,16}?tegemoet\s*(?:te\s+)?zien\b"
)
#: Its cue over a whole lowercased letter (graph.find.commitments._worth_reading): a literal start.
MADE_CUE_AWAIT = re.compile(r"tegemoet\s*(?:te\s+)?zien")
#: A present-tense promise about outcomes still to come, nothing after the Kamer: "Over de uitkomsten
#: hiervan bericht ik Uw Kamer." (kst-34775-A-63), "Over de resultaten van de pilot informeer ik u nader."
#: Outcomes are not known yet, so the verb looks ahead; never with words after the Kamer ("… als volgt",
#: "… in paragraaf 3", "… hieronder"), which point into this letter.
PRESENT_ABOUT_OUTCOME = re.compile(
    r"(?i)\W*over\s+(?:de|het|die|dat)\s+(?:[\w-]+\s+){0,2}?(?:uitkomst(?:en)?|resulta(?:at|ten)|afloop|bevindingen"
    r"|conclusies|besluitvorming)\b[^.;:?]{0,160}?\s(?:bericht|informeer)\s+ik\s+(?:u|uw\s+kamer)"
    r"(?:\s+(?:nader|verder|vervolgens|dan|opnieuw|te\s+zijner\s+tijd|t\.z\.t\.))*\s*[.!]?\s*"
)
#: A promise timed by the promise just before it: "Zoals verzocht … zal ik dit uiterlijk 13 mei aanstaande
#: doen. Tevens zal ik u dan de eerder toegezegde brief sturen" (kst-33763-103): "dan" right after the
#: modal and its subject (and "u"), or opening the sentence before them; never "dan ook", "dan wel", "dan
#: nog" (therefore, or, still).
THEN_SAME_TIME = re.compile(
    r"(?i)(?:\b(?:zal|zullen)\s+(?:ik|wij|we|het\s+kabinet)\s+(?:(?:u|uw\s+kamer|de\s+kamer)\s+)?dan"
    r"|^\W*(?:(?:en|tevens|ook)\s+)?dan\s+(?:zal|zullen)\s+(?:ik|wij|we|het\s+kabinet))\b(?!\s+(?:ook|wel|nog)\b)"
)
#: A promise the writer reports having made before: "Bij brief van 27 november 2019 heb ik u bericht
#: … dat ik Uw Kamer daartoe voor 1 april 2020 een notitie zal doen toekomen" (kst-35300-VII-113): the
#: past reporting verb, then "dat" and the writer (read per sentence: "." may stand in "c.s.").
#: graph.find.commitments makes it no new promise when its deadline has passed at the letter's date.
RECALLED_PROMISE = re.compile(
    r"(?i)\b(?:heb|hebben|had|hadden)\s+(?:ik|wij|we)\b.{0,300}?\b(?:bericht|gemeld|aangegeven|laten\s+weten"
    r"|aangekondigd|meegedeeld|medegedeeld|geschreven|toegezegd|verzekerd)\b.{0,300}?\bdat\s+(?:ik|wij|we)\b"
    r"|\b(?:ik|wij|we)\s+(?:heb|hebben|had|hadden)\b.{0,300}?\b(?:bericht|gemeld|aangegeven|laten\s+weten"
    r"|aangekondigd|meegedeeld|medegedeeld|geschreven|toegezegd|verzekerd)\b.{0,300}?\bdat\s+(?:ik|wij|we)\b"
)

# ---------------------------------------------------------------------------------------------
# Accuracy round 9b: promises in subordinate clauses, restated, kept by the letter, joined
# ---------------------------------------------------------------------------------------------

#: A promise in a verb-final subordinate clause with a time phrase before the Kamer: "In de stand van
#: zakenbrief, die ik op 23 februari aan uw Kamer zal doen toekomen, volgt …" (kst-25295-993), or in
#: the present tense: "heb ik aangegeven dat ik uw Kamer in het najaar van 2019 opnieuw bericht over …"
#: (kst-31293-458). The clause opens with a relative pronoun or conjunction (a main clause never puts
#: words between its subject and the Kamer before a final verb); never "of ik" (an indirect question)
#: nor a negation. ``modal``: a promise as PROMISE's; ``verb``: only with a dated deadline ahead.
PROMISE_SUBORDINATE = re.compile(
    r"(?i)\b(?:die|dat|zodat|waarna|waarmee|waarin|nadat|zodra)\s+(?:(?P<ik>ik)|(?P<wij>wij|we|het\s+kabinet))\s+"
    r"(?:(?!niet\b|geen\b|nooit\b)[^\s.;?]+\s+){0,6}?(?:aan\s+)?(?:u|uw\s+kamer)\s+"
    r"(?:(?!niet\b|geen\b|nooit\b)[^\s.;?]+\s+){0,10}?"
    r"(?:(?P<modal>zal|zullen)|(?P<verb>informeer|informeren|bericht|berichten|stuur|sturen|zend|zenden|toestuur"
    r"|toesturen|toezend|toezenden))\b"
)
#: Its pre-check on the lowercased sentence. Over a whole letter its modal form holds "zal" or "zullen"
#: (MADE_CUE_MODAL), its present form a reporting verb (REPORTED_NEEDS and REPORTED_VERB_NEEDS).
SUBORDINATE_CUE = re.compile(r"(?:die|dat|zodat|waarna|waarmee|waarin|nadat|zodra)\s+(?:ik|wij|we|het\s+kabinet)\s")
#: A promise to the Kamer reported as made before, by the writer or another ("heeft de Staatssecretaris
#: … uw Kamer laten weten u eind van het jaar te informeren", kst-35510-59): the reporting verb, then the
#: infinitive to the Kamer. With "toegezegd" PAST_PROMISE reads it. Graph.find.commitments restates such
#: a promise only with a dated deadline still ahead at the letter's date.
PROMISE_REPORTED = re.compile(
    r"(?i)\b(?:laten\s+weten|aangegeven|aangekondigd|toegezegd)\s+(?:om\s+)?"
    r"(?:aan\s+)?(?:u|uw\s+kamer)\s+(?:(?!niet\b|geen\b|nooit\b)[^\s.;?]+\s+){0,12}?te\s+(?:nader\s+)?"
    r"(?:informeren|berichten|sturen|zenden|toe\s*(?:te\s+)?sturen|toe\s*(?:te\s+)?zenden|doen\s+toekomen)\b"
)
#: PROMISE_REPORTED's reporting verbs, each found with ``str.find`` over a whole lowercased letter
#: (graph.find.commitments._worth_reading; "toegezegd" is read anyway). Each costs ~0.3% of extraction,
#: hence only the common three.
REPORTED_NEEDS = ("laten weten", "aangegeven", "aangekondigd")
#: And one of its verbs (or PROMISE_SUBORDINATE's), in the same sentence.
REPORTED_VERB_NEEDS = ("informe", "bericht", "stur", "zend", "toekomen")
#: A promise whose object is a letter to send ("toegezegd … een stand-van-zakenbrief te sturen", kst-31066-1100;
#: "toegezegd een brief te sturen over …", kst-29911-329): recalled at the opening of a letter, this letter
#: is what was promised. Not "toegezegd uw Kamer te informeren", which a later letter may do.
PROMISED_LETTER = re.compile(
    r"(?i)\btoegezegd\b.{0,200}?\b(?:een|de|het|nog\s+een)\s+(?:[\w-]+\s+){0,3}?[\w-]*brief\b.{0,200}?"
    r"\b(?:te\s+(?:sturen|zenden|versturen)|toe\s*te\s+(?:sturen|zenden)|te\s+doen\s+toekomen)\b"
)
#: The verb reporting a promise made before: a time phrase before it says when the promise was made
#: ("Voor de zomer heb ik … uw Kamer toegezegd een brief te sturen", kst-29911-329), not when it is due.
REPORTING_VERB = re.compile(
    r"(?i)\b(?:toegezegd|laten\s+weten|aangegeven|aangekondigd)\b"
)
#: Promises listed as still open, not kept: "Hierbij treft u een overzicht van de volgende openstaande
#: toezeggingen".
OPEN_PROMISES = re.compile(r"(?i)\b(?:openstaande|lopende|uitstaande|nog\s+niet\s+(?:afgedane|nagekomen|ingeloste))\b")
#: The letter's own day or the next: "vandaag", "vanmiddag", "morgen", a clock time ("Ik verwacht uw Kamer
#: rond 16:00 een brief te doen komen", kst-19637-2651: that day; "om 12.00 uur" with "uur" after a full stop). Not "heden", which letters use for
#: what happened that day ("Heden heeft de Minister … aangeboden"), nor "de zorg van morgen", nor "vandaag" before
#: a participle ("het vandaag aangekondigde voortgangsbericht", kst-35925-III-30: done that day, round 10b).
DUE_TODAY = re.compile(
    r"(?i)\b(?:(?:later\s+)?(?P<today>vandaag|vanmiddag|vanavond)(?!\s+(?:ge|aange|ver|be|ont)\w*[dt]e?\b)|(?<!\bvan\s)(?<!\bvoor\s)(?P<days>over)?(?P<tomorrow>morgen)(?:ochtend|middag)?"
    r"|(?P<rel>rond|omstreeks|om|voor|vóór|uiterlijk)\s+(?:[01]?\d|2[0-3])(?::[0-5]\d(?:\s*uur)?|\.[0-5]\d\s*uur))(?![\w:.]\d)"
)
DUE_TODAY_LOW = re.compile(DUE_TODAY.pattern.removeprefix("(?i)"))
#: Words that say a promise recalled at the letter's opening is not kept yet: "Helaas is het niet
#: gelukt …", "… vergt meer tijd", "uitstel" (with KEPT_DENIED).
NOT_YET_KEPT = re.compile(
    r"(?i)\b(?:helaas|uitstel|uitgesteld|vertraging|vertraagd|meer\s+tijd|nog\s+niet|later\s+dan|niet\s+eerder)\b"
)
#: A promise that names nothing but who, the Kamer and when: "Ik streef ernaar de Kamer nog voor het
#: zomerreces te informeren" right after "Zoals toegezegd … zal ik de Kamer bovendien informeren over de
#: oorzaak …" (kst-33763-103) times that promise rather than making another (read with its deadline
#: phrase cut out).
PROMISE_ONLY_WHEN = re.compile(
    r"(?i)\W*(?:(?:ik|wij|we|het|kabinet|de|regering|streef|streeft|streven|er|ernaar|naar|zal|zullen|verwacht"
    r"|verwachten|hoop|hopen|uw|kamer|u|nog|te|kunnen|informeren|berichten|hierover|daarover|hierop|daarop"
    r"|nader|verder|dan|ook|graag|terug|komen|kom)\b\W*)+"
)
#: Right after a date or month a deadline phrase matched: "jl." or "jongstleden" makes it a past date
#: ("op 21 november jl. (Kamerstukken …) heb ik aangegeven …", kst-31293-458), not a deadline.
PAST_MARK_AFTER = re.compile(r"(?i)\s*(?:jl\b\.?|j\.l\.|jongstleden\b|l\.l\.)")

# ---------------------------------------------------------------------------------------------
# Accuracy round 10b: deadlines that name a debate, the letter describing itself, clause ends
# ---------------------------------------------------------------------------------------------

#: A deadline that names a debate of the Kamer: "voor het begrotingsdebat" (kst-35510-59), "voor de
#: begrotingsbehandeling", "voorafgaand aan het notaoverleg", "voor het commissiedebat van 3 maart",
#: "voor het commissiedebat Digitale Zaken op 10 oktober 2023". graph.deadlines (rule "debate") dates it
#: only where the text does (the day before the debate): a debate's day is set by the Kamer's agenda,
#: which no table here holds, so "voor het begrotingsdebat" keeps its words and no date. Words between the
#: debate and "van" and its date are a name, never "over", "met", "in" ("voor het debat over de brief van 3 maart");
#: before "op" and its date any words ("ruimschoots voorafgaand aan het Wetgevingsoverleg over de Jaarverslagen van
#: Infrastructuur en Waterstaat op 20 juni", kst-34775-A-66). A
#: date marked past ("voor het AO van 3 maart jl.") makes it no deadline.
DUE_DEBATE = re.compile(
    r"(?i)(?=[rtuv])\b(?P<rel>(?:(?:uiterlijk|ruim|tijdig|ruimschoots)\s+)?(?:vóór|voor|voorafgaand\s+aan))\s+"
    r"(?:(?:de\s+)?(?:start|aanvang)\s+van\s+)?(?:het|de)\s+"
    r"(?:(?:eerstvolgende|volgende|komende|aankomende|aanstaande|geplande|jaarlijkse|plenaire)\s+){0,2}"
    r"(?P<debate>[\w-]*debat|(?:algemeen|schriftelijk)\s+overleg|nota-?overleg|wetgevingsoverleg|ao|wgo"
    r"|begrotingsbehandeling|behandeling\s+van\s+(?:het|dit|de|deze)\s+(?:[\w-]+\s+)?(?:wetsvoorstel|begroting|wet|nota))\b"
    r"(?:(?:(?:\s+(?!(?:over|met|in|naar|waarin|waar|en|of|dat|die)\b)[\w&-]+){0,4}?\s+van|(?:\s+[\w&-]+){0,10}?\s+op)\s+"
    r"(?P<day>[0-3]?\d)\s+(?P<month>" + _MONTHS + r")(?:\s+(?P<year>(?:19|20)\d{2})(?!\d))?(?P<past>\s*(?:jl\b|j\.l\.|jongstleden))?)?"
)
DUE_DEBATE_LOW = re.compile(DUE_DEBATE.pattern.removeprefix("(?i)"))
#: A deadline that names a year's budget: "bij de begroting voor 2024" (not "voor 2024", before that year), "met de
#: ontwerpbegroting 2023", "bij de eerstvolgende begroting", "bij de Miljoenennota". Budget bills are submitted on
#: Prinsjesdag, the third Tuesday of September of the year before (Grondwet art. 105 lid 2 with art. 65):
#: graph.deadlines (rule "budget") dates it so.
DUE_BUDGET = re.compile(
    r"(?i)(?=[bmiuv])\b(?P<rel>bij|met|in|vóór|voor|uiterlijk\s+bij)\s+(?:de\s+)?"
    r"(?:(?:ontwerp)?begroting(?:en)?\s+(?:(?:voor|van)\s+(?:het\s+jaar\s+)?)?(?P<year>(?:19|20)\d{2})(?!\d)"
    r"|(?:eerstvolgende|komende|volgende|nieuwe)\s+(?:ontwerp)?begroting(?:en)?\b"
    r"|miljoenennota(?:\s+(?P<myear>(?:19|20)\d{2})(?!\d))?\b)"
)
DUE_BUDGET_LOW = re.compile(DUE_BUDGET.pattern.removeprefix("(?i)"))
#: A sentence that names what this letter does, not a promise: "In deze Kamerbrief zal ik een toelichting
#: geven op …" (kst-32802-73), "In deze voortgangsbrief ga ik in op …", "In de onderhavige brief zal ik u
#: informeren over …" (NOT_PROMISE has "deze brief"; these are its compounds and "in de … brief").
LETTER_ITSELF = re.compile(
    r"(?i)\b(?:in|met|via)\s+(?:deze|dit|de\s+onderhavige|de\s+voorliggende|de\s+huidige|onderhavige|voorliggende)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:[\w-]*brief|rapportage|voortgangsrapportage|verzamelbrief|nota|notitie)\b"
)
#: LETTER_ITSELF needs one of each in the lowercased sentence (a pre-check).
LETTER_ITSELF_THIS = ("deze", "dit", "onderhavig", "voorliggend", "huidige")
LETTER_ITSELF_NOUNS = ("brief", "rapportage", "nota", "notitie")
#: Verbs that describe a letter's own content ("ingaan op", "stilstaan bij", "een toelichting geven",
#: "toelichten", "schetsen", "uiteenzetten"): a promise with them and no deadline is the letter's outline
#: ("Allereerst zal ik ingaan op de voortgang"), with a deadline a promise ("Ik zal in de volgende
#: voortgangsrapportage ingaan op …").
#: OUTLINE_VERB needs one of these in the lowercased sentence (a pre-check).
OUTLINE_NEEDS = ("in gaan", "ingaan", "in te gaan", " in op", "staan bij", "stilstaan", "toelichting", "licht",
                 "schetsen", "uiteen", "beschrijven", "bespreken")
OUTLINE_VERB = re.compile(
    r"(?i)\b(?:in\s*(?:te\s+)?gaan\s+op|(?:ga|gaan)\s+(?:\w+\s+){0,4}?in\s+op|stil\s*(?:te\s+)?staan\s+bij"
    r"|toelichting\s+(?:te\s+)?geven|(?:toe\s*(?:te\s+)?lichten|lichten\s+\w+\s+toe)|(?:te\s+)?schetsen"
    r"|uiteen\s*(?:te\s+)?zetten|eerst\s+(?:\w+\s+){0,3}?(?:beschrijven|bespreken))\b"
)
#: A passive plan of the Kamer's, not the writer's promise: "Het rapport dat ik u vorige week stuurde, zal in het
#: overleg van 10 maart worden besproken", "… zal worden geagendeerd" (round 9): the Kamer discusses, agendas
#: and treats what is sent. Matched at the modal of a verb-final promise ("dat ik u … zal"), whose subject
#: "ik" a passive cannot have: the modal belongs to the main clause.
KAMER_PASSIVE = re.compile(
    r"(?i)(?:zal|zullen)\s+(?:(?!(?:dat|die|om|of|zodat)\b)[^\s.;?]+\s+){0,12}?(?:worden|zijn)\s+(?:besproken|geagendeerd|behandeld"
    r"|betrokken|gewogen|bediscussieerd|gedebatteerd)\b"
)
#: A promise recalled in the passive, by no one named ("… is uw Kamer … een rapportage toegezegd", kst-35510-59):
#: the cabinet's, unless the writer is named ("door mij", "heb ik").
PROMISE_PASSIVE_PAST = re.compile(r"(?i)\b(?:is|werd|zijn|werden)\b[^.;]{0,200}?\btoegezegd\b")
WRITER_NAMED = re.compile(r"(?i)\b(?:ik|wij|we|mij|ons|mijn|onze)\b")
#: The finite verb of a sentence recalling a promise, before its participle ("is", "heb", "werd").
FINITE_AUX = re.compile(r"(?i)\b(?:is|werd|zijn|werden|heb|hebt|heeft|hebben|had|hadden)\b")
#: A sentence naming a kept promise that opens with "Hierin" or "Daarin": made in the document the sentence
#: before names, on its date ("Op 22 juni heb ik uw Kamer de 7de Voortgangsrapportage toegestuurd (Kamerstuk 31
#: 066, nr. 854). Hierin heb ik uw Kamer toegezegd …", kst-31066-857).
HERE_ANAPHOR = re.compile(r"(?i)\W*(?:hierin|daarin)\b")
#: A promise to answer or report in writing ("heb ik u aangekondigd heden schriftelijk nader te antwoorden op
#: vragen", kst-35925-III-30; "toegezegd per brief te reageren"): recalled at a letter's opening (with a reporting
#: verb), this letter keeps it, as PROMISED_LETTER. Lowercase literal starts, searched over a letter's opening.
PROMISED_WRITTEN = re.compile(
    r"(?i)(?:schriftelijk|per\s+brief|bij\s+brief)\s+(?:(?!niet\b|geen\b)[^\s.;?]+\s+){0,4}?te\s+"
    r"(?:beantwoorden|antwoorden|reageren|informeren|berichten|rapporteren|terug\s+te\s+komen)\b"
)
#: Its literals, found with ``str.find`` before it is searched ("S/schriftelijk", "per/Per brief", "bij/Bij brief").
PROMISED_WRITTEN_NEEDS = ("chriftelijk", "er brief", "ij brief")
PROMISED_WRITTEN_LOW = re.compile(PROMISED_WRITTEN.pattern.removeprefix("(?i)"))
#: A promise said to be made today: "Vandaag heb ik u aangekondigd …", "heden", "eerder vandaag" (never "tot (op)
#: heden", until now); made on the letter's own date.
#: Questions the writer will answer in a later document: "Zijn overige vragen worden betrokken bij het vandaag
#: aangekondigde voortgangsbericht" (kst-35925-III-30), "De overige vragen zullen in de voortgangsbrief worden
#: beantwoord", "… worden beantwoord in de brief die u voor de zomer ontvangt". The present or future passive (never
#: "zijn beantwoord", done) and a document named with "bij"/"in" before or after the participle.
#: Between "vragen" and the verb: no relative pronoun ("het verslag bevat de vragen die worden beantwoord in de nota"
#: describes, and the questions are not the sentence's subject).
_NO_RELATIVE = r"(?:(?!\b(?:die|dat|welke|waarop)\b)[^.;?]){0,80}?"
_LATER_DOC = r"(?:bij|in)\s+(?:de|het|een|mijn|onze)\s+(?:[\w-]+\s+){0,3}?[\w-]*(?:brief|bericht|rapportage|nota|beantwoording)\b"
ANSWERED_LATER = re.compile(
    r"(?i)\bvragen\b" + _NO_RELATIVE + r"\b(?:worden|zullen)\s+(?:[^.;?]*?\s)?" + _LATER_DOC
    + r"[^.;?]*?\b(?:beantwoord|betrokken|meegenomen)\b"
    r"|\bvragen\b" + _NO_RELATIVE + r"\b(?:worden|zullen)\s+(?:(?!niet\b|geen\b)[^\s.;?]+\s+){0,3}?"
    r"(?:beantwoord|betrokken|meegenomen)\s+" + _LATER_DOC
)
#: Words that are no third party's act: "door de SER" makes a passive someone else's, "door mij", "door ons", "door
#: het kabinet" keep it the writer's.
_NOT_BY_OTHERS = r"(?:(?!\bdoor\s+(?!mij\b|ons\b|het\s+kabinet\b|de\s+regering\b|de\s+(?:minister|staatssecretaris)\b))[^.;?])"
#: ... nor after the participle: "De Kamer wordt voor de zomer geïnformeerd door de Gezondheidsraad".
_NOT_BY_OTHERS_AFTER = r"(?![^.;?]{0,60}?\bdoor\s+(?!mij\b|ons\b|het\s+kabinet\b|de\s+regering\b|de\s+(?:minister|staatssecretaris)\b))"
_SENT = r"(?:gestuurd|verzonden|toegezonden|toegestuurd|aangeboden|gezonden|voorgelegd)"
_TOLD = r"(?:geïnformeerd|ge-?informeerd|op\s+de\s+hoogte\s+(?:gesteld|gehouden))"
#: A thing sent to the Kamer in the passive, or the Kamer (not "uw Kamer": PROMISE_PASSIVE) informed: "Het rapport
#: zal voor de zomer aan uw Kamer worden gestuurd", "De evaluatie wordt in het najaar aan uw Kamer aangeboden", "De
#: Kamer wordt voor de zomer geïnformeerd", "het plan dat in mei aan de Kamer zal worden voorgelegd". The writer's
#: promise to inform (graph.find.commitments asks the present tense for a deadline ahead); never a third party's
#: ("door de Raad"), never past ("is … gestuurd").
PROMISE_SENT_PASSIVE = re.compile(
    r"(?i)\b(?P<aux>zal|zullen|wordt|worden)\b" + _NOT_BY_OTHERS + r"{0,120}?\b(?:aan|naar)\s+(?:uw|de)\s+(?:tweede\s+)?"
    r"kamer\b" + _NOT_BY_OTHERS + r"{0,60}?\b" + _SENT + r"\b"
    r"|\b(?:aan|naar)\s+(?:uw|de)\s+(?:tweede\s+)?kamer\s+(?P<aux2>zal|zullen|wordt|worden)\s+(?:worden\s+)?" + _SENT + r"\b"
    r"|\bde\s+(?:tweede\s+)?kamer\s+(?P<aux3>wordt|zal)\b" + _NOT_BY_OTHERS + r"{0,200}?\b" + _TOLD + _NOT_BY_OTHERS_AFTER
    + r"|\b(?P<aux4>wordt|zal)\s+de\s+(?:tweede\s+)?kamer\b" + _NOT_BY_OTHERS + r"{0,200}?\b" + _TOLD + _NOT_BY_OTHERS_AFTER
    # shared with the Kamer: "Het Convenant zal op 2 november met uw Kamer worden gedeeld"
    + r"|\b(?P<aux5>zal|zullen|wordt|worden)\b" + _NOT_BY_OTHERS + r"{0,120}?\bmet\s+(?:uw|de)\s+(?:tweede\s+)?kamer\b"
    + _NOT_BY_OTHERS + r"{0,60}?\bgedeeld\b" + _NOT_BY_OTHERS_AFTER
    # expected: "De verwachting is dat de Kamer rond de zomer … kan worden geïnformeerd"
    + r"|\b(?:de\s+verwachting\s+is|(?:ik|wij|we)\s+verwacht(?:en)?)\s+dat\s+(?:uw|de)\s+(?:tweede\s+)?kamer\b"
    + _NOT_BY_OTHERS + r"{0,160}?\b(?P<aux6>kan|zal)\s+(?:kunnen\s+)?worden\s+" + _NOT_BY_OTHERS + r"{0,80}?" + _TOLD
    + _NOT_BY_OTHERS_AFTER
)
#: A passive's agent in the cabinet: "Hierover wordt de Kamer door de Staatssecretaris van IenW geïnformeerd".
BY_MINISTER = re.compile(r"(?i)\bdoor\s+de\s+(?:minister|staatssecretaris)\b")
#: A passive whose agent is the cabinet ("door het kabinet", "door ons"): made_by "kabinet".
BY_CABINET = re.compile(r"(?i)\bdoor\s+(?:ons|het\s+kabinet|de\s+regering)\b")
#: Its cue over a whole lowercased letter, with a literal start (re skips to "kamer"; a cue of the participles alone
#: ran at 35 MB/s): "kamer wordt", "kamer zal", "kamer … aangeboden" (the future tense holds "zal", MADE_CUE_MODAL;
#: "wordt de Kamer … geïnformeerd" is read only where another cue stands).
MADE_CUE_KAMER = re.compile(
    r"kamer\s+(?:(?:wordt|worden|zal|zullen)\b|(?:\S+\s+){0,4}?"
    r"(?:gestuurd|verzonden|toegezonden|toegestuurd|aangeboden|gezonden|voorgelegd)\b)"
)
#: PROMISE_SENT_PASSIVE needs one of these in the lowercased sentence (a pre-check).
SENT_PASSIVE_NEEDS = ("gestuurd", "verzonden", "toegezonden", "toegestuurd", "aangeboden", "gezonden", "voorgelegd",
                      "nformeerd", "op de hoogte", "gedeeld")
#: Its cue over a whole lowercased letter (graph.find.commitments._worth_reading): a literal start.
MADE_CUE_ANSWERED = re.compile(r"vragen\b[^.;?]{0,80}?\b(?:worden|zullen)\b")
SAID_TODAY = re.compile(r"(?i)\b(?:vandaag|vanochtend|vanmorgen|vanmiddag|(?<!\bop\s)(?<!\btot\s)heden)\b")
#: A sentence saying this letter is the report a promise restated just before it promised ("Zoals ik heb
#: toegezegd in mijn brief van 7 maart 2016 … zal ik u … twee keer per jaar apart rapporteren. Deze brief
#: behelst de eerste zelfstandige rapportage.", kst-29279-331): that promise is kept (again).
LETTER_IS_REPORT = re.compile(
    r"(?i)^\W*(?:deze|onderhavige|voorliggende)\s+brief\s+(?:behelst|bevat|vormt|is)\s+(?:de|het|een)\s+"
    r"(?:[\w-]+\s+){0,3}?[\w-]*(?:rapportage|voortgangsbrief|verslag|overzicht|update|brief)\b"
)
#: A document promised to the Kamer ("uw Kamer … een eerste rapportage over de voortgang toegezegd"): a
#: promise to inform.
PROMISED_DOCUMENT = re.compile(
    r"(?i)\b(?:u|uw\s+kamer|de\s+kamer)\s+(?:[^\s.;?]+\s+){0,10}?(?:een|de|het)\s+(?:[\w-]+\s+){0,3}?"
    r"[\w-]*(?:brief|rapportage|rapport|overzicht|notitie|nota|evaluatie|update|analyse|actieplan|reactie)\b"
    r"[^.;]{0,160}?\btoegezegd\b"
)

# ---------------------------------------------------------------------------------------------
# Accuracy round 11b: promises kept in other words, participles of sending, holidays as recesses
# ---------------------------------------------------------------------------------------------

#: A promise named with another verb than "toezeggen", kept by this letter: "Zoals beloofd stuur ik u vandaag …",
#: "Zoals eerder aangekondigd bied ik u hierbij … aan", "Zoals met uw Kamer afgesproken ontvangt u hierbij …".
#: Not "zoals gemeld / vermeld" (something said, no promise) nor
#: "zoals verzocht" (the Kamer's request, not the writer's promise). graph.find.commitments asks the rest of the
#: sentence for this letter's own act (KEPT_NOW) and no modal or deadline ahead (a restated promise).
KEPT_AS_SAID = re.compile(
    r"(?i)\b(?:zoals|conform|overeenkomstig)\s+(?:[^\s,;]+\s+){0,12}?"
    r"(?P<said>beloofd|aangekondigd|afgesproken)\b"
)
#: KEPT_AS_SAID needs one of these in the lowercased sentence (a pre-check; also the cue of _worth_reading).
KEPT_AS_SAID_NEEDS = ("beloofd", "aangekondigd", "afgesproken")
#: Over a whole letter (graph.find.commitments._worth_reading): "kondig" finds "aangekondigd" and PROMISE_ANNOUNCED's
#: "kondig ik aan"; a sentence is read when one of KEPT_AS_SAID_LEADS stands in it too ("te zullen" for the latter).
KEPT_AS_SAID_SCAN = ("beloofd", "afgesproken", "kondig")
KEPT_AS_SAID_LEADS = ("zoals", "conform", "overeenkomstig", "te zullen")
#: What this letter does now, after KEPT_AS_SAID: "hierbij", "vandaag", "met deze brief", "bijgaand", a present
#: tense of sending or informing with the writer as subject ("stuur ik u", "wij informeren uw Kamer"), "ontvangt u",
#: "treft u", or the perfect of sending ("heb ik u … toegezonden", "heb ik … aangeboden").
KEPT_NOW = re.compile(
    r"(?i)\b(?:hierbij|hiermee|hiermede|bijgaand|bijgevoegd|met\s+(?:deze|dit)\s+(?:[\w-]+\s+)?(?:brief|rapport)|vandaag"
    r"|(?:stuur|zend|verstuur|bied|informeer|bericht)\s+(?:ik|wij|we)\b|(?:ik|wij|we)\s+(?:stuur|zend|verstuur|bied"
    r"|informeer|informeren|bericht|sturen|zenden|bieden)\b|ontvangt\s+u\b|u\s+ontvangt\b|(?:treft|vindt)\s+u\b"
    r"|(?:heb|hebben)\s+(?:ik|wij|we)\b[^.;]{0,120}?\b(?:(?:toe)?ge(?:stuurd|zonden)|verzonden|verstuurd|aangeboden)\b)"
)
#: A determiner of its own right before "toezegging" ("met deze brief mijn toezegging", kst-28165-334): an earlier
#: "deze" belongs to another noun, so POINTER_BEFORE's "deze … toezegging" is no pointer back.
OWN_DETERMINER_LAST = re.compile(r"(?i)\b(?:mijn|onze|uw|zijn|haar|hun|de|het|een)\s+$")
#: The subject right after a cabinet branch of PROMISE: "Vanwege de demissionaire status van het kabinet zal ik de nieuwe
#: bewindspersoon … verzoeken" (kst-33400-VIII-5): "het kabinet" is a genitive there, the writer promises.
SUBJECT_AFTER_MODAL = re.compile(r"(?i)\s+(?P<who>ik|wij|we)\b")
#: A school holiday named for the Kamer's recess: "voor de zomervakantie", "na de kerstvakantie", "voor de
#: herfstvakantie", "voor de krokusvakantie", "voor de meivakantie" (letters use them for the recess of that name;
#: graph.deadlines reads them as DUE_RECESS, rule "holiday"); "voor de krokus" alone too. The groups are DUE_RECESS's.
DUE_HOLIDAY = re.compile(
    r"(?i)\b(?:" + _REL + r"|(?P<during>in|tijdens|gedurende))\s+"
    r"(?:(?P<rpart>de\s+start|het\s+begin|(?:de\s+)?aanvang|het\s+einde?|afloop)\s+van\s+)?"
    r"(?:de\s+)?(?:aanstaande\s+|komende\s+|eerstvolgende\s+)?"
    r"(?P<recess>zomer|kerst|mei|voorjaars|krokus|herfst|paas)(?:[\s-]?vakantie|(?<=krokus)\b)"
    r"(?:\s+(?:van\s+)?(?P<year>(?:19|20)\d{2}))?\b"
)
DUE_HOLIDAY_LOW = re.compile(DUE_HOLIDAY.pattern.removeprefix("(?i)"))
#: A feast day: "voor de kerst" (25 December), "voor de kerstdagen", "rond de jaarwisseling", "na oud en nieuw" (1 January).
DUE_FEAST = re.compile(
    r"(?i)\b(?P<rel>vóór|voor|uiterlijk(?:\s+met)?|tegen|rond|omstreeks|na)\s+(?:de\s+)?"
    r"(?P<feast>kerst(?:mis|dagen|periode)?|jaarwisseling|oud\s+en\s+nieuw)(?:\s+(?:van\s+)?(?P<year>(?:19|20)\d{2})(?!\d))?\b"
)
DUE_FEAST_LOW = re.compile(DUE_FEAST.pattern.removeprefix("(?i)"))
#: Half a year or a month and a half from the letter: "over een half jaar", "binnen een halfjaar", "binnen anderhalf
#: jaar", "over anderhalve maand" (DUE_YEAR_END read "half jaar" as the middle third of this year).
DUE_WITHIN_HALF = re.compile(
    r"(?i)\b(?P<rel>binnen|over|uiterlijk\s+binnen)\s+(?:een\s+)?(?P<n>half|halve|anderhalf|anderhalve)\s*"
    r"(?P<unit>jaar|maand|week)\b"
)
DUE_WITHIN_HALF_LOW = re.compile(DUE_WITHIN_HALF.pattern.removeprefix("(?i)"))
#: A few weeks or months, no number: "over enkele weken", "binnen een paar maanden", "binnen afzienbare tijd" (no date).
DUE_FEW = re.compile(
    r"(?i)\b(?:binnen|over|in)\s+(?:enkele|een\s+paar|een\s+aantal|afzienbare)\s+(?:dagen|weken|maanden|tijd)\b"
)
DUE_FEW_LOW = re.compile(DUE_FEW.pattern.removeprefix("(?i)"))
#: The first or last months of a year: "in de eerste maanden van volgend jaar" (its beginning), "in de laatste maanden
#: van 2023" (its end); DUE_YEAR read only "van volgend jaar", the whole year.
DUE_MONTHS_OF = re.compile(
    r"(?i)\b(?:in\s+)?de\s+(?P<first>eerste|laatste)\s+(?:maanden|weken)\s+" + _YEAR + r"\b"
)
DUE_MONTHS_OF_LOW = re.compile(DUE_MONTHS_OF.pattern.removeprefix("(?i)"))
#: A deadline that names the spring or autumn budget update: "voor de Voorjaarsnota 2012" (kst-31288-250), "bij de
#: Voorjaarsnota", "met de Najaarsnota". The Minister of Finance sends the Voorjaarsnota by 1 June and the Najaarsnota
#: by 1 December (https://www.tweedekamer.nl/zo-werkt-de-kamer/wat-gebeurt-er-met-mijn-belastinggeld/tussentijdse-
#: controle-de-voorjaarsnota-en: "Hij of zij stuurt de Voorjaarsnota uiterlijk 1 juni naar de Tweede Kamer, en de
#: Najaarsnota uiterlijk 1 december"); graph.deadlines (rule "budget-note") dates it so.
DUE_BUDGET_NOTE = re.compile(
    r"(?i)\b(?P<rel>bij|met|in|vóór|voor|uiterlijk(?:\s+bij)?|tegen|na)\s+(?:de\s+)?(?P<note>voorjaarsnota|najaarsnota)"
    r"(?:\s+(?:van\s+)?(?P<year>(?:19|20)\d{2})(?!\d))?\b"
)
DUE_BUDGET_NOTE_LOW = re.compile(DUE_BUDGET_NOTE.pattern.removeprefix("(?i)"))
#: A promise announced in the present tense with "te zullen": "… kondig ik aan met een aanvullende beleidsnotitie ter
#: zake te zullen komen in mei 2012" (kst-31288-250), "Wij kondigen hierbij aan uw Kamer in het najaar te zullen
#: informeren". Not the past ("heb ik aangekondigd … te zullen": a promise recalled).
PROMISE_ANNOUNCED = re.compile(
    r"(?i)\b(?:kondig\s+(?P<who>ik)|kondigen\s+(?P<who2>wij|we)|(?P<who3>ik)\s+kondig|(?P<who4>wij|we)\s+kondigen)\b"
    r"[^.;?]{0,120}?\baan\b[^.;?]{0,200}?\bte\s+zullen\b"
)
#: Coming with a document ("met een … notitie te zullen komen", "met een brief te komen"): a promise to inform.
COME_WITH = re.compile(r"(?i)\bmet\s+(?:een|de|het)\s+[^.;?]{0,80}?\bte\s+(?:zullen\s+)?komen\b")
#: Promises kept that the sentence leaves unnamed, its last words: "Daarnaast wordt met deze brief invulling gegeven aan
#: een aantal moties en toezeggingen" (kst-27625-693), "… komen wij tegemoet aan enkele toezeggingen en moties". No
#: promise a clerk can track; the letter names them further on.
UNNAMED_PROMISES = re.compile(
    r"(?i)\b(?:een\s+aantal|enkele|verschillende|diverse|meerdere|een\s+reeks|twee|drie|vier|vijf|zes)\s+"
    r"(?:(?:[\w-]+\s+){0,2}?(?:moties|verzoeken)\s+en\s+)?(?:[\w-]+\s+)?toezeggingen(?:\s+en\s+(?:moties|verzoeken))?"
    r"(?:\s+(?:van|aan)\s+(?:uw|de)\s+(?:tweede\s+)?kamer)?\W*$"
)
#: An article or demonstrative right before a number ("de twee toezeggingen"): POINTER_BEFORE's "twee" points back only
#: with one ("aan twee toezeggingen uit het commissiedebat van 10 februari" names them).
ARTICLE_LAST = re.compile(r"(?i)\b(?:de|deze|die|beide)\s+$")
#: A modal that puts the act after KEPT_AS_SAID later: "Zoals aangekondigd zal ik u … informeren" restates a promise.
MODAL_AHEAD = re.compile(r"(?i)\b(?:zal|zullen|zult|ga|gaan|gaat)\b")
#: Participles of sending, which INFORM_VERB (infinitives and present tenses) lacks: "heb ik u … toegezonden", "wordt …
#: aan uw Kamer gezonden", "heb ik … aangeboden" (with TO_KAMER: a kept promise to inform).
INFORM_PARTICIPLE = re.compile(r"(?i)\b(?:(?:toe)?ge(?:stuurd|zonden)|verzonden|verstuurd|aangeboden)\b")
#: The verb reporting that a promise was made, for a "vandaag" before it ("Vandaag heb ik u aangekondigd …"): made
#: today; after it ("Zoals toegezegd stuur ik u vandaag …") "vandaag" says when the letter keeps it.
SAID_VERB = re.compile(
    r"(?i)\b(?:toegezegd|toezegging(?:en)?|beloofd|aangekondigd|afgesproken|laten\s+weten|aangegeven)\b"
)

# ---------------------------------------------------------------------------------------------
# Accuracy round 12b: the ministry or the State as promiser, "gaan" that is no future
# ---------------------------------------------------------------------------------------------

#: A ministry by its acronym or one-word name, as ministry letters name their own department ("IenW zal …").
#: Case-sensitive: "az", "bz" are no names in lower case.
MINISTRY_ACRONYM = r"(?:IenW|LNV|BZK|VWS|OCW|EZK|EZ|SZW|JenV|BZ|AZ|KGG|VRO|Financiën|Defensie)"
#: The ministry or the State as the subject of a future promise with "zal", read like "het kabinet": "Het ministerie
#: zal de kerosinekwaliteit … agenderen", "zal het ministerie van IenW elk jaar een rapportage naar de Kamer
#: sturen", "Het Rijk zal komende jaren … actualiseren", "IenW zal … het advies vragen" (IenW 2022). Only "zal": a
#: present "gaat" is often told in passing ("een vervolgonderzoek dat SZW gaat uitvoeren"), and the letter-wide
#: pre-scan finds "zal" anyway (MADE_CUE_MODAL). Not a ministry named as someone's ("de begroting van VWS zal",
#: "de minister van Defensie zal": PROMISE's own branch), nor a passive ("Het Rijk zal worden gevraagd").
PROMISE_STATE = re.compile(
    r"(?:^|(?<=[\s,;:(–-]))(?:"
    r"(?:(?i:het\s+ministerie|de\s+rijksoverheid)(?:\s+van\s+[A-Z][\w&-]*(?:,?\s+(?:en\s+)?[A-Z][\w&-]*){0,4})?"
    r"|(?i:het)\s+Rijk|(?<!\bvan\s)(?<!\bvan\s\s)(?<!\bvoor\s)(?<!\bvoor\s\s)" + MINISTRY_ACRONYM + r")\s+(?i:zal)\b"
    r"|(?i:zal)\s+(?:(?i:het\s+ministerie|de\s+rijksoverheid)(?:\s+van\s+[A-Z][\w&-]*(?:,?\s+(?:en\s+)?[A-Z][\w&-]*){0,4})?"
    r"|(?i:het)\s+Rijk|" + MINISTRY_ACRONYM + r")\b"
    r")(?!\s+(?i:worden|zijn\s+\w+d)\b)"
)
#: PROMISE_STATE needs "zal" and this on the lowercased sentence (pre-check, see PROMISE_CUE_IK).
STATE_CUE = re.compile(
    r"ministerie|rijk|(?:ienw|lnv|bzk|vws|ocw|ezk?|szw|jenv|bz|az|kgg|vro|financiën|defensie)\s+zal"
    r"|zal\s+(?:ienw|lnv|bzk|vws|ocw|ezk?|szw|jenv|bz|az|kgg|vro|financiën|defensie)\b"
)
#: Over a whole lowercased letter: "gaan we" after a fronted clause or adverb ("Daarnaast gaan we …"; PROMISE's
#: "wij" branch), any white space between (a literal start: re skips to it).
MADE_CUE_GAAN_WE = re.compile(r"gaan\s+w(?:ij|e)\b")
#: "gaan" as a separable verb, not the future: after the finite "gaan"/"gaat"/"ga" and its subject, a particle
#: closing the clause ("We gaan bodemverstoring door ontgraving tegen en hergebruiken grond hoogwaardig", "We gaan
#: met dit NPCE een volgende fase van deze urgente transitie in.") or a particle with its preposition ("We gaan
#: daarom door met deze aanpak", "we gaan uit van", "gaan we zorgvuldig om met"). Matched from the verb's end.
GAAN_SEPARABLE = re.compile(
    # after a parenthetical, if any: "en gaan we, zo is de verwachting, naar …"
    r"(?i)(?:\s*,[^,.;:?!()]{1,60},)?(?:\s+(?:[\w’'-]+\s+){0,3}?(?:door\s+met|uit\s+van|om\s+met|over\s+tot"
    r"|voorbij\s+aan|akkoord\s+met|(?:er|daar|hier)van\s+uit)\b"
    # "gaan" of movement: "en gaan we, zo is de verwachting, naar een hybride werkvorm" (no infinitive can follow)
    r"|\s*(?:naar|richting)\b"
    # " en" closes the clause only after a particle that opens no pair ("voor en na", "op en neer", "in en om")
    r"|[^,.;:?!()]*?\s(?:(?:tegen|door|uit|mee|af|toe)\s*(?:[,.;:?!)]|\s+en\b|$)"
    r"|(?:om|in|aan|over|voor|na|op)\s*(?:[,.;:?!)]|$)))"
)
#: PROMISE_UNDERGONE needs one of these (pre-check on the lowercased sentence).
UNDERGONE_NEEDS = ("komen", "merken", "zien", "ervaren", "ondervinden", "krijgen")
#: A prediction, not a promise: the modal's clause ends in a verb of undergoing ("Omdat we de ondergrondse ruimte
#: intensiever gaan benutten, zullen we vaker oude verontreinigingen tegenkomen"). Not "laten zien", "tegemoet
#: zien", "in beeld krijgen" (acts). Matched from the modal's end.
PROMISE_UNDERGONE = re.compile(
    # within the main clause: no subordinate one ("zullen we … bepalen hoe de borging eruit moet komen te zien")
    r"(?i)(?:(?!\b(?:hoe|dat|of|wat|welke|waar|wanneer|die|om|te)\b)[^,.;:?!()])*?"
    r"\s(?<!\blaten\s)(?<!\bdoen\s)(?<!\btegemoet\s)(?<!\bbeeld\s)(?<!\bkaart\s)"
    r"(?:tegenkomen|tegen\s+komen|merken|zien|ervaren|ondervinden|krijgen)\s*(?:[,.;:?!)]|\s+en\b|$)"
)

# ---------------------------------------------------------------------------------------------
# Accuracy round 5: wrapped dossier titles, motions answered, hedged promises
# ---------------------------------------------------------------------------------------------

#: The line right after a header dossier's title, which may continue it (PDF print form: "36 200
#: XVI Vaststelling van de begrotingsstaten van het Ministerie van\nVolksgezondheid, Welzijn en
#: Sport (XVI) voor het jaar 2023"). A blank line ends the title.
HEADER_TITLE_WRAP = re.compile(r"\n(?P<line>[ \t>*]*(?P<more>[^\s*][^\n]*?))[ \t*]*(?=\n|$)")
#: A line after a title that starts something else of the letterhead: its number, the heading
#: "BRIEF VAN …", the addressee, place and date, the vergaderjaar, a label.
HEADER_TITLE_NOT_WRAP = re.compile(
    r"(?i:nr\.|nrs\.|brief\s+van|aan\s+de\b|den\s+haag|['’]s-gravenhage|vergaderjaar|tweede\s+kamer|eerste\s+kamer"
    r"|datum|betreft|onderwerp|geachte|kamerstuk)|[A-Z]{2,}\s+[A-Z]{2,}"
)
#: A title line ending so that the next line must go on with it ("… van het Ministerie van",
#: "… Welzijn en", "… Volksgezondheid,").
HEADER_TITLE_RUNS_ON = re.compile(r"(?i)(?:[,(–-]|\b(?:van|de|het|der|den|en|voor|op|in|met|tot|over|inzake|om|aan|bij|uit|of))$")
# --- Accuracy round 8a: dated motions, number-led headings, the letter describing itself ---------
#: The date between a motion's filers and its number: "de motie van het lid Gijs van Dijk d.d. 11
#: december 2017 (Kamerstuk 34 775 A, nr. 42)" (kst-34775-A-63), "de motie Kröger van 2 februari
#: (…)". No bracket before the date: "(van 2 februari; Kamerstuk …)" is not this shape.
MOTION_DATE_BEFORE_NUMBER = re.compile(r"\s*,?\s*(?:d\.\s?d\.|dd\.?|van)\s+" + _DATE_TEXT + r"(?=\s*[,(]|\s+[Kk]amerstuk)")
#: A header dossier line whose "title" is the document's number and its heading, as sites reprint
#: the print form: "34775 A 63 BRIEF VAN DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT"
#: (kst-34775-A-63). A dossier title never opens with a number and two words in capitals.
HEADER_TITLE_IS_HEADING = re.compile(r"\d{1,4}[ \t]+[A-Z]{2,}(?:[ \t]+[A-Z]{2,})")
#: The letter describing itself before a date and a citation: "Graag informeer ik uw Kamer in deze
#: hoofdlijnenbrief over de Europawet …, zoals toegezegd tijdens het Commissiedebat … van 10
#: februari jl. (Kamerstuk 22 112, nr. 3301)" (kst-22112-3432): the date and the number are the
#: debate's, no cited letter's. Matched against the text just before the word holding "brief".
CITED_LETTER_SELF = re.compile(r"(?i)\b(?:deze|onderhavige|voorliggende)\s+[\w-]*$")
CITED_LETTER_SELF_CHARS = 40
#: The filers after a motion's number: "is op 19 april motie 33979 nr. 127 van de leden Koşer Kaya en
#: Thieme aangenomen" (rijksoverheid.nl, LNV 2016), "de motie (Kamerstuk 35 925, nr. 12) van het lid
#: Omtzigt". Only "van het lid"/"van de leden": "… nr. 12) van uw Kamer" names no filer.
MOTION_FILERS_AFTER_NUMBER = re.compile(r"\s*\)?\s*,?\s*" + _FILED_BY + r"(?P<names>" + _NAMES + r")")

# --- Accuracy round 6: motions answered with the verb, reprinted headings ------------------------
#: "Daarmee beantwoord ik tevens de motie van het lid De Lange" (kst-24515-455), "Ik beantwoord
#: hiermee de motie …", "Met deze brief beantwoorden wij de gewijzigde motie …": only adverbs between
#: the verb and the motion's article, so "beantwoord ik vragen over de motie" is no answer to it.
MOTION_ANSWERED_VERB = (
    r"(?:beantwoord(?:t|en)?\s+(?:ik|wij|we|het\s+kabinet)|(?:ik|wij|we|het\s+kabinet)\s+beantwoord(?:t|en)?)\s+"
    r"(?:(?:hiermee|daarmee|hierbij|daarbij|tevens|ook|eveneens|mede|graag|nu|met\s+deze\s+brief)\s+){0,3}"
    r"(?:de|deze|die)\s+(?:(?:gewijzigde|aangenomen|aangehouden|genoemde|eerdergenoemde|bovengenoemde)\s+)?[Mm]oties?\b"
)
#: A further motion in a plural list after one closed by "c.s.": "de moties Marijnissen c.s. en
#: Klaver c.s." (kst-26643-971). Its names must close with "c.s." too, so that a capitalised word
#: after "en" ("de moties Omtzigt c.s. en Kamervragen") is no motion.
MOTION_MORE_COSIGNED = re.compile(
    r"(?:\s*,\s*|\s+en\s+)(?P<members>" + _MEMBER_ITEM + r"(?:" + _NAMES_SEP + _MEMBER_ITEM + r")*\s*,?\s*" + _CS + r")"
)
#: The letter answering a motion, follow-up reported: "In reactie op de motie van het lid X …", "In
#: reactie op deze motie …", "Als antwoord op het verzoek uit de motie …", "Hierbij reageer ik op de
#: motie …", "In deze brief ga ik in op de motie …" (never "niet"; a motion answered in a debate,
#: "In reactie op de motie heb ik oordeel Kamer gegeven", is read by graph.find.motions).
MOTION_ANSWERED = re.compile(
    r"(?i)\b(?:(?:(?:in|als)\s+(?:reactie|antwoord)\s+op\s+"
    r"|(?:reageer|reageert|reageren)\s+(?:ik|wij|we|het\s+kabinet)\s+(?:(?!niet\b)\S+\s+){0,3}?op\s+"
    r"|(?:ga|gaat|gaan)\s+(?:ik|wij|we|het\s+kabinet)\s+(?:(?!niet\b)\S+\s+){0,3}?in\s+op\s+)"
    r"(?:(?:het\s+verzoek|de\s+vraag|het\s+gevraagde|de\s+oproep)\s+(?:in|uit|van)\s+)?" + _DET + _MOT
    + r"|" + MOTION_ANSWERED_VERB + r")"
)
#: One of these stands in the lowercased sentence wherever MOTION_ANSWERED matches.
MOTION_ANSWERED_WORDS = ("reactie", "antwoord", "reage", " in op ")
#: A deadline that is the next report of a series, no date: "in de volgende voortgangsrapportage",
#: "bij de eerstvolgende voortgangsbrief", "in de komende verzamelbrief" (graph.deadlines, rule
#: "next-report", read as vague: a dated phrase in the same sentence wins).
DUE_NEXT_REPORT = re.compile(
    r"(?i)\b(?:in|bij|met|via)\s+(?:de|het|een)\s+(?:volgende|eerstvolgende|eerstkomende|komende|aankomende|nieuwe)\s+"
    r"(?:[\w-]+\s+){0,2}?[\w-]*(?:rapportage|brief|verslag|monitor|update|overzicht|jaarverslag|nota)\b"
)
DUE_NEXT_REPORT_LOW = re.compile(DUE_NEXT_REPORT.pattern.removeprefix("(?i)"))
#: A present-tense promise ("Ik informeer uw Kamer …") without a date still promises when its vague
#: deadline looks ahead: "binnenkort", "zo spoedig mogelijk", "zodra …", the next report; not
#: "de komende periode", which a letter describing itself says too.
PRESENT_VAGUE_AHEAD = re.compile(r"(?i)binnenkort|spoedig|snel\s+mogelijk|z\.s\.m|korte\s+termijn|zodra|zijner\s+tijd|t\.z\.t")
#: A hoped promise to inform: "Ik hoop uw Kamer voor de zomer te kunnen informeren", "Wij hopen u in
#: het najaar de evaluatie te sturen", "Het kabinet hoopt u … te berichten". Never "Ik hoop dat …",
#: "Ik hoop u hiermee voldoende te hebben geïnformeerd" (done: the verb after "te" is "hebben"),
#: nor a negation ("Ik hoop u niet …"); graph.find.commitments also drops the past ("hoopte"
#: does not match: "hoop" is followed by white space), conditions and the letter itself. Its cues
#: for _worth_reading: "ik hoop", "hoop ik" (MADE_CUE_IK), "wij hopen", "hopen wij" (MADE_CUE_WE: hence
#: one white space character in "hopen wij"), "kabinet hoopt", "hoopt het kabinet" (MADE_CUE_CABINET,
#: CABINET_AFTER_VERBS).
PROMISE_HOPED = re.compile(
    r"(?i)\b(?:(?P<ik>ik\s+hoop|hoop\s+ik)|(?P<wij>(?:wij|we)\s+hopen|hopen\s(?:wij|we))"
    r"|(?P<kabinet>(?:het\s+kabinet|de\s+regering)\s+hoopt|hoopt\s+(?:het\s+kabinet|de\s+regering)))\s+"
    r"(?:(?!dat\b|niet\b|geen\b|nooit\b)[^\s.;?]+\s+){0,8}?(?:u|uw\s+kamer)\s+"
    r"(?:(?!niet\b|geen\b|nooit\b)[^\s.;?]+\s+){0,12}?te\s+(?:kunnen\s+)?(?:nader\s+|verder\s+)?"
    r"(?:informeren|berichten|sturen|zenden|bieden|rapporteren|op\s+de\s+hoogte\s+(?:te\s+)?(?:stellen|brengen))\b"
)
#: A settling cue that claims only a share of the work: "Met deze brief geef ik mede uitvoering aan
#: de motie …", "een eerste invulling aan" (never "mede namens", the co-signing minister).
SETTLES_SHARE = re.compile(r"(?i)\bmede\s+(?:uitvoering|invulling|gevolg)\b|\been\s+eerste\s+(?:uitvoering|invulling)\b")

# --- Accuracy round 9a: split note heads, headings without a preposition, headed motions ---------
#: The publication site's note head with its number on the next line, as its HTML reads when copied:
#: "X Noot" (the "X" is the close button) or "XNoot" or "Noot" alone, then "1" alone, then the note's
#: text after a blank line (kst-21501-33-918, kst-35600-58). NOOT_LINE reads "Noot 1 …" on one line.
NOOT_SPLIT_HEAD = re.compile(r"[ \t>*]*(?:X[ \t]?)?Noot[ \t]*")
NOOT_SPLIT_MARKER = re.compile(r"[ \t]*(?P<marker>[1-9]\d{0,2})[ \t]*")
#: A print-form heading whose preposition is missing: "BRIEF VAN DE MINISTER BASIS- EN VOORTGEZET
#: ONDERWIJS EN MEDIA" (kst-35300-VIII-212). Read only when HEADER_SENDER_FIRST finds no "VAN"/"VOOR".
HEADER_SENDER_NO_PREP = re.compile(
    r"(?P<role>MINISTER|STAATSSECRETARIS)\s+(?!(?:VAN|VOOR|EN|DE)\s)(?P<of>\S.*?)"
    r"(?=\s+EN\s+(?:DE\s+)?(?:MINISTER|STAATSSECRETARIS)\b|$)"
)
#: The ministries (departments) 2010-2025, as the heading writes them: their minister and every state
#: secretary is "van" them; a minister whose heading names anything else is a minister without a
#: ministry, "voor" it ("Minister voor Basis- en Voortgezet Onderwijs en Media", "Minister voor Medische
#: Zorg", "Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking").
HEADER_MINISTRY = re.compile(
    r"(?:ALGEMENE|BINNENLANDSE|BUITENLANDSE|ECONOMISCHE|SOCIALE)\s+ZAKEN\b|DEFENSIE\b|FINANCI[EË]N\b"
    r"|INFRASTRUCTUUR\s+EN\b|(?:JUSTITIE|VEILIGHEID)\s+EN\s+(?:JUSTITIE|VEILIGHEID)\b|LANDBOUW,|ONDERWIJS,"
    r"|VOLKSGEZONDHEID,|ASIEL\s+EN\s+MIGRATIE\b|KLIMAAT\s+EN\s+GROENE\s+GROEI\b|VOLKSHUISVESTING\s+EN\s+RUIMTELIJKE"
)
#: A heading in PDF text without blank lines around it ("…beleidsontwikkelingen.\nMoties\nMotie Bisschop
#: over toezicht …, zowel voor bekostigde\nals niet-bekostigde scholen\nDe motie van het lid Bisschop
#: verzoekt …", kst-35300-VIII-212 as tweedekamer.nl prints it): one or two lines after a sentence's end
#: or a blank line, the last of them short (at most HEADING_MAX_SHARE of a full line: the text's
#: HEADING_FULL_LINE quantile of lines of at least HEADING_MIN_FULL characters, read only with
#: HEADING_FULL_LINES_MIN such lines), not ending in a mark (LINE_ENDS_SENTENCE, LINE_RUNS_ON or
#: HEADING_NOT_LAST), and a line starting a sentence after it. Its line break ends a sentence.
HEADING_MAX_SHARE = 0.6
HEADING_FULL_LINE = 0.75
HEADING_MIN_FULL = 40
HEADING_FULL_LINES_MIN = 5
HEADING_NOT_LAST = (":", ")", "»", "”", "'", '"')
#: The writer or the cabinet will carry out a motion: follow-up announced (progress). "Ik zal de motie
#: van het lid Ceder uitvoeren door …", "Het kabinet gaat de motie als volgt uitvoeren", "De motie … zal
#: ik uitvoeren via …", "Ik voer de motie … uit door …", "Ik ben voornemens de motie … uit te voeren".
#: The verb closes the clause (a full stop, comma or a preposition of means after it), so "ik zal de motie
#: bespreken met wie het programma uitvoeren" is none, nor a verb after a relative pronoun ("… met de
#: partijen die het programma uitvoeren"); graph.find.motions drops a match holding "niet" or "geen".
#: Only articles, adverbs and an adoption participle between the modal and the motion.
_WE = r"(?:ik|wij|we|het\s+kabinet|de\s+regering)"
_MOTION_NP = (
    r"(?:(?:hiermee|daarmee|ook|tevens|eveneens|graag|nu|dan)\s+){0,2}(?:de|deze|die|beide|bovengenoemde|genoemde)\s+"
    r"(?:(?:aangenomen|aanvaarde|gewijzigde|genoemde)\s+)?(?:[Kk]amer)?[Mm]oties?\b"
    r"(?:(?!\b(?:die|dat|welke|wie|waar\w*|omdat|zodat|of)\b)[^;:]){0,200}?"
)
_CLAUSE_END = r"(?=\s*(?:[.,;:)]|$)|\s+(?:door|via|met|als|zoals|binnen|in|na|op|bij|zodra|zodat|en)\b)"
MOTION_WILL_EXECUTE = re.compile(
    r"(?i)\b(?:(?:zal|zullen|ga|gaat|gaan)\s+" + _WE + r"|" + _WE + r"\s+(?:zal|zullen|ga|gaat|gaan))\s+"
    + _MOTION_NP + r"\buitvoeren" + _CLAUSE_END
    + r"|(?:[Kk]amer)?[Mm]oties?\b[^;:]{0,200}?\b(?:zal|zullen|ga|gaat|gaan)\s+" + _WE + r"\s+(?:\S+\s+){0,3}?uitvoeren"
    + _CLAUSE_END
    + r"|\b(?:voer|voert|voeren)\s+" + _WE + r"\s+" + _MOTION_NP + r"\suit" + _CLAUSE_END
    + r"|\b" + _WE + r"\s+(?:voer|voert|voeren)\s+" + _MOTION_NP + r"\suit" + _CLAUSE_END
    + r"|\b(?:ben|is|zijn)\s+(?:" + _WE + r"\s+)?(?:voornemens|van\s+plan)\s+" + _MOTION_NP + r"\buit\s+te\s+voeren\b"
)
#: A literal every MOTION_WILL_EXECUTE match holds (in the lowercased sentence without ODD_FOLDS).
MOTION_WILL_EXECUTE_WORD = "uit"
#: The writer or the cabinet reports having carried out a motion: "Ik heb de motie van het lid Ceder
#: uitgevoerd", "Hiermee heeft het kabinet de motie … volledig uitgevoerd" (settles, as "De motie is
#: uitgevoerd" does). Only adverbs before the motion's article, no relative pronoun before the verb
#: (_MOTION_NP): "Ik heb onderzocht of de motie kan worden uitgevoerd" is none. graph.find.motions reads
#: "deels"/"gedeeltelijk" as progress (SETTLES_PARTLY) and drops "niet"/"geen".
MOTION_CARRIED_OUT = re.compile(
    r"(?i)\b(?:(?:heb|hebben|heeft)\s+" + _WE + r"|" + _WE + r"\s+(?:heb|hebben|heeft))\s+" + _MOTION_NP
    + r"\buitgevoerd" + _CLAUSE_END
)
MOTION_CARRIED_OUT_WORD = "uitgevoerd"
#: More ways a letter declares a motion done (settles), besides SETTLES: "Aan het verzoek in de motie …
#: is hiermee voldaan" (the adverb makes it this letter's act), "Met deze brief is de motie … afgedaan",
#: "De motie … kan hiermee als afgedaan worden beschouwd", "Ik stel voor de motie … hiermee als afgedaan
#: te beschouwen". graph.find.motions reads SETTLES_PARTLY / SETTLES_DENIED in the match as SETTLES'.
_DONE = r"(?:afgedaan|afgehandeld|uitgevoerd)"
SETTLES_MORE = re.compile(
    r"(?i)\baan\s+(?:\S+\s+){0,4}?" + _MOT + r"[^;]{0,200}?\b(?:is|wordt)\s+(?:hiermee|daarmee|hierbij|met\s+deze\s+brief)"
    # "Aan de motie … is hiermee uitvoering gegeven" (round 10a)
    r"\s+(?:\S+\s+){0,2}?(?:voldaan|(?:uitvoering|gevolg)\s+gegeven)\b"
    r"|\bmet\s+deze\s+brief\s+(?:is|zijn)\s+(?:\S+\s+){0,3}?" + _MOT + r"[^;]{0,200}?\b" + _DONE + r"\b"
    r"|" + _MOT + r"[^;]{0,250}?\b(?:kan|kunnen|mag|mogen)\s+(?:(?:hiermee|daarmee|nu|dan\s+ook|inmiddels)\s+)*"
    r"(?:als\s+)?" + _DONE + r"\s+(?:worden\s+)?(?:beschouwd|gezien|verklaard)\b"
    r"|" + _MOT + r"[^;]{0,200}?\bals\s+" + _DONE + r"\s+te\s+(?:beschouwen|zien|verklaren)\b"
)
#: Literals one of which every SETTLES_MORE match holds (lowercased sentence without ODD_FOLDS).
SETTLES_MORE_WORDS = ("voldaan", "afgedaan", "afgehandeld", "uitgevoerd", "gegeven")


# --- Accuracy round 10a: filers named around the motion word, a plan to carry a motion out ----------
_FILED_BY_WHO = r"(?:het|de)\s+(?:Tweede\s+[Kk]amer|[Kk]amer)?(?:lid|leden)\s+"
#: Filers in a relative clause after a bare "motie": "de motie die het Tweede Kamerlid Ceder (CU) indiende"
#: (rijksoverheid.nl, BZ 2022), "de motie die de leden Bikker en Ceder hebben ingediend". The verb of filing
#: closes the clause, so "de motie die het lid X steunde" names no filer.
MOTION_FILED_AFTER = re.compile(
    r"\s*,?\s+die\s+" + _FILED_BY_WHO + r"(?P<names>" + _NAMES + r")\s+"
    r"(?:(?:in|bij|tijdens)\s+(?:het|de)\s+[\w-]+\s+)?"
    r"(?:indiende|indienden|(?:heeft|hebben)\s+ingediend|ingediend\s+(?:heeft|hebben))\b"
)
#: Filers before the motion word: "de door het lid Omtzigt c.s. ingediende motie", "de door de leden Paul en
#: Peters ingediende en door uw Kamer aangenomen motie". Matched against the text just before the word
#: (MOTION_FILED_BEFORE_CHARS characters).
MOTION_FILED_BEFORE = re.compile(
    r"\bdoor\s+" + _FILED_BY_WHO + r"(?P<names>" + _NAMES + r")\s+"
    r"(?:(?:in|bij|tijdens)\s+(?:het|de)\s+[\w-]+\s+)?ingediende\s+"
    r"(?:en\s+(?:door\s+(?:uw|de)\s+(?:Tweede\s+)?Kamer\s+)?(?:" + _BY_VOTE + r"\s+)?(?:aangenomen|aanvaarde)\s+)?"
    r"(?:gewijzigde\s+)?$"
)
MOTION_FILED_BEFORE_CHARS = 200
#: The literal every MOTION_FILED_BEFORE match holds, and how far before the motion word it can stand ("…
#: ingediende en door uw Tweede Kamer met algemene stemmen aangenomen gewijzigde motie").
MOTION_FILED_BEFORE_WORD = "ingediende"
MOTION_FILED_BEFORE_WORD_CHARS = 90
#: The writer's plan to carry a motion out, the motion named first: "hoe hij de motie-Ceder van plan is uit
#: te voeren" (rijksoverheid.nl, BZ 2022), "De motie … ben ik voornemens als volgt uit te voeren" (progress,
#: as MOTION_WILL_EXECUTE). Only "om" or a manner adverb between the plan and the verb, and no relative
#: pronoun or "of" after the motion: "de motie vraagt of de regering van plan is de maatregel uit te voeren"
#: is none. graph.find.motions drops a match holding "niet" or "geen".
MOTION_PLANNED = re.compile(
    r"(?i)\b(?:de|deze|die)\s+(?:[Kk]amer)?[Mm]oties?\b"
    r"(?:(?!\b(?:die|dat|welke|wie|waar\w*|omdat|zodat|of)\b)[^;:]){0,200}?"
    r"\b(?:(?:voornemens|van\s+plan)\s+(?:ben|is|zijn)|(?:ben|is|zijn)\s+" + _WE + r"\s+(?:voornemens|van\s+plan))\s+"
    r"(?:om\s+)?(?:(?:als\s+volgt|op\s+de\s+volgende\s+wijze|zo|ook|dan\s+ook)\s+)?uit\s+te\s+voeren\b"
)
#: Literals one of which every MOTION_PLANNED match holds (lowercased sentence without ODD_FOLDS).
MOTION_PLANNED_WORDS = ("voornemens", "van plan")
#: A motion's number in brackets, skipped to read the next filers of an enumeration: "de moties van de leden
#: Bromet en Van der Lee (Kamerstuk 35 570 XIV, nr. 12) en van het lid Geurts (Kamerstuk 35 570 XIV, nr. 30)".
MOTION_NUMBER_BRACKET = re.compile(r"\s*\((?=[^()]*\d)[^()]{1,80}\)")
#: A short bracket without a digit after a motion's names, skipped to find its number: a group no alias in
#: PARTY_ALIASES names ("het lid Markuszower (Groep Markuszower) (Kamerstuk 36 600, nr. 12)").
MOTION_NAME_BRACKET = re.compile(r"\s*\((?![^()]*\d)[^()]{1,40}\)")
#: Bare names of a further motion in a plural enumeration, its number right after them: "de moties van de
#: leden Westerveld (Kamerstuk 35 570 VIII, nr. 9) en Kwint (Kamerstuk 35 570 VIII, nr. 10)". The number
#: is required, so that a capitalised word after "en" is no filer, nor a word of the Kamer ("Kamervragen").
MOTION_MORE_NUMBERED = re.compile(
    r"(?:\s*,\s*|\s+en\s+)(?!Kamer)(?P<members>" + _NAMES + r")(?=\s*\(\s*(?:[Kk]amerstuk(?:ken)?\s+)?\d)"
)
#: Effect given to a motion, the motion first: "Aan de motie … wordt uitvoering gegeven door een pilot"
#: (progress), "Aan de motie … is (volledig) uitvoering gegeven" (settles, as "De motie is uitgevoerd").
#: "Aan de motie … is hiermee uitvoering gegeven" is SETTLES_MORE's; graph.find.motions reads SETTLES_PARTLY /
#: SETTLES_DENIED in the match ("Aan de motie kan geen uitvoering worden gegeven" does not match: the
#: auxiliary stands right before the effect).
MOTION_EFFECT_GIVEN = re.compile(
    r"(?i)\baan\s+(?:\S+\s+){0,4}?" + _MOT + r"[^;]{0,200}?\b(?P<aux>is|zijn|wordt|worden)\s+"
    r"(?:(?:inmiddels|reeds|al|volledig|nu|momenteel|thans|nog|deels|gedeeltelijk|niet|geen)\s+){0,2}"
    r"(?:uitvoering|gevolg)\s+gegeven\b"
)
#: A literal every MOTION_EFFECT_GIVEN match holds (lowercased sentence without ODD_FOLDS).
MOTION_EFFECT_GIVEN_WORD = "gegeven"
#: The letter answering a motion, the subject first (MOTION_ANSWERED reads "Met deze brief reageer ik op …"):
#: "Ik reageer hiermee op de motie …", "Het kabinet reageert met deze brief op de motie …", "Ik ga in deze
#: brief in op de motie …", "Minister Dijkgraaf en minister Wiersma reageren op de motie …" (rijksoverheid.nl,
#: OCW 2022). Only adverbs between the verb and "op" (never "niet"), and only an article between "op" and the
#: motion, so "Ik reageer ook op vragen over de motie" is none.
MOTION_ANSWERED_SUBJECT_FIRST = re.compile(
    r"(?i)\b(?:ik|wij|we|het\s+kabinet|de\s+regering|(?:minister|staatssecretaris)(?:s|sen)?\b(?:\s+[^\s.;:]+){0,6}?)\s+"
    r"(?:(?:reageer|reageert|reageren)\s+(?:(?!niet\b)\S+\s+){0,4}?op"
    r"|(?:ga|gaat|gaan)\s+(?:(?!niet\b)\S+\s+){0,4}?in\s+op)\s+"
    r"(?:(?:het\s+verzoek|de\s+vraag|het\s+gevraagde|de\s+oproep)\s+(?:in|uit|van)\s+)?"
    r"(?:de|deze|die|beide|genoemde|bovengenoemde)\s+(?:(?:gewijzigde|aangenomen|aanvaarde)\s+)?" + _MOT
)
#: Literals one of which every MOTION_ANSWERED_SUBJECT_FIRST match holds (lowercased sentence without ODD_FOLDS).
MOTION_ANSWERED_SUBJECT_FIRST_WORDS = ("reage", " in op ")
#: A word opening a clause of a motion's request between the motion and a verb of follow-up: "De motie vraagt
#: ervoor te zorgen dat het plan wordt uitgevoerd" is no follow-up (PROGRESS, MOTION_TAKEN_UP matches that open
#: on the motion word and hold one are dropped by graph.find.motions).
MOTION_REQUEST_CLAUSE = re.compile(r"(?i)\b(?:dat|die|welke|wat|of|om|te)\b")
#: A motion taken up or worked out (progress): "Ik werk deze motie uit in de Voorjaarsnota", "Deze motie werk
#: ik uit in …", "De motie wordt opgepakt / uitgewerkt / meegenomen in …". Not after a modal of possibility
#: or duty ("de motie vraagt of de maatregel kan worden uitgewerkt"), never with "niet"/"geen" (graph.find.motions
#: drops those), only adverbs between the auxiliary and the participle, and no clause of the motion's request
#: before it (MOTION_REQUEST_CLAUSE: "De motie vraagt ervoor te zorgen dat het advies wordt meegenomen" is none).
MOTION_TAKEN_UP = re.compile(
    r"(?i)\b" + _WE + r"\s+(?:werk|werkt|werken)\s+" + _MOTION_NP + r"\suit\b"
    r"|" + _MOT + r"[^;:]{0,200}?\b(?:werk|werken)\s+(?:ik|wij|we)\s+(?:(?:nu|verder|nader|graag)\s+)?uit\b"
    r"|" + _MOT + r"[^;:]{0,200}?(?<!\bkan\s)(?<!\bkunnen\s)(?<!\bzou\s)(?<!\bzouden\s)(?<!\bmoet\s)(?<!\bmoeten\s)"
    r"\b(?:wordt|worden)\s+(?:(?:momenteel|nu|thans|verder|nader|inmiddels)\s+)?(?:uitgewerkt|opgepakt|meegenomen)\b"
)
#: Literals one of which every match of MOTION_TAKEN_UP's participle branch holds, and the pair every match of
#: its "werk … uit" branches holds (lowercased sentence without ODD_FOLDS).
MOTION_TAKEN_UP_WORDS = ("uitgewerkt", "opgepakt", "meegenomen")
MOTION_WORKED_OUT_WORDS = ("werk", " uit")
#: A settling cue whose verb belongs to a clause inside the motion's words, relative or subordinate: "De
#: motie … vraagt om een overzicht van projecten die zijn uitgevoerd", "… om een evaluatie nadat de pilot is
#: uitgevoerd", "De motie … vraagt of het onderzoek is uitgevoerd". Matched against the end of a SETTLES
#: match; "De motie, die vraagt om X, is hiermee uitgevoerd" keeps its cue (a comma, or more than two words
#: after a relative pronoun or three after a conjunction, before the verb).
#: The words SETTLES_IN_CLAUSE can end on (a cue ending otherwise is not searched).
SETTLES_IN_CLAUSE_ENDS = ("afgedaan", "uitgevoerd", "afgehandeld", "afgerond")
_SUBORDINATOR = r"(?:zodra|als|wanneer|nadat|indien|totdat|tot|voordat|mits|of)"
SETTLES_IN_CLAUSE = re.compile(
    r"(?i)\b(?:(?:die|dat|welke|wat)\s+(?:\w+\s+){0,2}?|" + _SUBORDINATOR + r"\s+(?:\w+\s+){0,3}?)"
    r"(?:is|zijn|werd|werden)\s+(?:\w+\s+){0,2}?(?:afgedaan|uitgevoerd|afgehandeld|afgerond)$"
)
#: A settling cue inside a condition or a time still to come, the conjunction just before the cue: "Zodra
#: de motie … is uitgevoerd, zal ik u informeren", "Ik informeer u als de motie … is afgehandeld" (no
#: declaration). Matched against the SETTLES_BEFORE_CHARS characters before a SETTLES match; "omdat" and
#: "nu" state a fact and are no condition ("Nu de motie is uitgevoerd, …").
SETTLES_AFTER_CONDITION = re.compile(r"(?i)\b" + _SUBORDINATOR + r"\s+(?:\S+\s+){0,3}$")
SETTLES_BEFORE_CHARS = 40
#: A settling cue whose object is something else, the motion only named in a modifier of it: "Met deze brief
#: voldoe ik aan de toezegging die ik deed naar aanleiding van de motie", "… uitvoering aan het verzoek van
#: de commissie over de motie". Matched against the end of a SETTLES match that ends on the motion word;
#: "het verzoek in/uit/van de motie" is the motion's own request and keeps the cue.
SETTLES_MOTION_AS_MODIFIER = re.compile(
    r"(?i)\b(?:over|naar\s+aanleiding\s+van|n\.a\.v\.|tijdens|bij|rond(?:om)?|inzake|betreffende|ten\s+aanzien\s+van)\s+"
    r"(?:(?:de|deze|die|het|een)\s+)?(?:(?:gewijzigde|aangenomen|aanvaarde|genoemde)\s+)?(?:[Kk]amer)?[Mm]oties?$"
)
#: A settling cue with a condition or a time still to come right after it: "Ik beschouw de motie … als afgedaan
#: zodra het rapport is verschenen", "De motie … kan als afgedaan worden beschouwd wanneer de wet in werking
#: treedt", "… als afgedaan na publicatie van het rapport" (no declaration now). "als" only before a subject
#: ("als het rapport …"), so "als afgedaan als onderdeel van het programma" keeps its cue.
SETTLES_THEN_CONDITION = re.compile(
    r"(?i)\s*,?\s*(?:zodra|wanneer|indien|mits|nadat|totdat|zo\s+gauw|als\s+(?:het|de|dit|deze|die|er|ik|wij|we|u|uw)\b"
    r"|na\s+(?:afloop|publicatie|ontvangst|verschijning|afronding|inwerkingtreding|vaststelling|aanname)\b)"
)


# --- Accuracy round 11a: withdrawn motions, motions not yet done ----------------------------------
#: A withdrawn or rejected motion named by its state, the word just before the motion word: "de inmiddels
#: ingetrokken motie van het lid …", "de verworpen motie-…". Matched against the text right before the
#: mention (MOTION_STATE_BEFORE_CHARS). "aangehouden" is not here: a held motion may still be answered.
MOTION_STATE_BEFORE = re.compile(r"(?i)\b(?:ingetrokken|verworpen)\s+(?:gewijzigde\s+)?$")
MOTION_STATE_BEFORE_CHARS = 40
#: A motion said to be withdrawn, after its mention or in a sentence pointing back to it: "De motie … is
#: ingetrokken", "…, die inmiddels is ingetrokken, …", "Deze motie is op 3 maart door de indiener ingetrokken".
#: Only adverbs and phrases opening on a preposition stand between the auxiliary and the participle, and the
#: participle closes the clause: "… is de vergunning ingetrokken" and "de motie vraagt het ingetrokken besluit
#: te herzien" are none.
_WITHDRAWN_BETWEEN = (
    r"(?:\s+(?:inmiddels|later|vervolgens|al|reeds|weer|nadien|toen|ook)"
    r"|\s+(?:door|op|bij|tijdens|aan|na|in)(?:\s+[^\s.,;:]+){0,5}?)*"
)
MOTION_WITHDRAWN = re.compile(
    r"(?i)(?:\b(?:is|zijn|werd|werden)\b" + _WITHDRAWN_BETWEEN + r"|\b(?:inmiddels|later|vervolgens))\s+ingetrokken"
    r"(?=\s*(?:[.,;:)]|$)|\s+(?:door|tijdens|bij|na|nadat|omdat|en|op|in)\b)"
)
#: A motion not yet done: "De motie … is nog niet afgedaan", "… kan (nog) niet als afgedaan worden
#: beschouwd", "… beschouw ik op dit moment niet als afgedaan", "… is vooralsnog niet uitgevoerd". The letter
#: reports the motion open and its execution going on: progress (graph.find.motions). A bare "niet" without
#: a word of time ("Ik beschouw de motie niet als afgedaan") declares nothing of the sort and is no match.
MOTION_NOT_YET_DONE = re.compile(
    r"(?i)" + _MOT + r"[^;]{0,250}?"
    r"(?:\(nog\)|\b(?:nog|vooralsnog|voorlopig|op\s+dit\s+moment(?:\s+nog)?|nu\s+nog))\s+niet\s+"
    r"(?:(?:is|zijn|kan|kunnen|wordt|worden|geheel|volledig|helemaal|als)\s+){0,3}"
    r"(?:afgedaan|afgehandeld|uitgevoerd|afgerond)\b"
)
#: A literal every MOTION_NOT_YET_DONE match holds, with one of SETTLES_DONE_WORDS (lowercased sentence without
#: ODD_FOLDS).
MOTION_NOT_YET_DONE_WORD = "niet"
#: The judgement left to the Kamer with the motion between its words (APPRECIATION reads them side by side):
#: "Het kabinet laat het oordeel over de motie … aan de Kamer", "… heb ik het oordeel over deze motie aan uw
#: Kamer gelaten". A verb of leaving is required, so "het oordeel over de motie is aan de Kamer voorgelegd" is
#: none (searched within one sentence: the motion's number holds a full stop).
APPRECIATION_LEFT_TO_KAMER = re.compile(
    r"(?i)\b(?:laat|laten|liet|lieten|gelaten)\b[^;]{0,60}?\boordeel\s+over\b[^;]{0,250}?\baan\s+(?:de|uw)\s+Kamer\b"
    r"|\boordeel\s+over\b[^;]{0,250}?\baan\s+(?:de|uw)\s+Kamer\s+(?:te\s+)?(?:laat|laten|liet|lieten|gelaten)\b"
)
#: The letter reporting where a motion stands: "Hierbij informeer ik u over de stand van zaken van de motie …",
#: "de voortgang van de uitvoering van de motie …" (progress, as "over de uitvoering van de motie").
MOTION_STATUS = re.compile(
    r"(?i)\b(?:stand\s+van\s+zaken|voortgang)\s+(?:van|rond|rondom|omtrent|bij|inzake|ten\s+aanzien\s+van"
    r"|met\s+betrekking\s+tot)\s+(?:de\s+uitvoering\s+van\s+)?" + _DET + _MOT
)
#: Literals one of which every MOTION_STATUS match holds (lowercased sentence without ODD_FOLDS).
MOTION_STATUS_WORDS = ("stand van zaken", "voortgang")
#: Filers as the subject of the sentence, the motion their means or their object: "Het lid Omtzigt c.s. heeft bij
#: motie (Kamerstuk …) verzocht …", "De leden Bromet en Van der Lee hebben een motie ingediend (Kamerstuk …)".
#: Matched against the text right before the motion word (MOTION_FILED_BEFORE_CHARS). After "bij"/"via" the
#: members are the filers; after "een"/"de"/"in"/"met" only with a verb of filing or asking after the motion
#: (MOTION_FILED_VERB_AFTER): "Het lid X heeft de motie gesteund" and "… heeft met de motie ingestemd" are none.
MOTION_FILED_SUBJECT = re.compile(
    r"\b(?:[Hh]et|[Dd]e)\s+(?:Tweede\s+)?(?:[Kk]amer)?(?:lid|leden)\s+(?P<names>" + _NAMES + r")\s+"
    r"(?:heeft|hebben|had|hadden)\s+(?P<how>bij|via|in|met|een|de)\s+(?:(?:een|de)\s+)?(?:gewijzigde\s+)?$"
)
#: The auxiliaries one of which every MOTION_FILED_SUBJECT match holds, within MOTION_FILED_SUBJECT_AUX_CHARS
#: characters before the motion word ("hadden via een gewijzigde " is the longest tail).
MOTION_FILED_SUBJECT_WORDS = (" heeft ", " hebben ", " had ", " hadden ")
MOTION_FILED_SUBJECT_AUX_CHARS = 40
MOTION_FILED_VERB_AFTER = re.compile(r"\b(?:ingediend|voorgesteld|verzocht|gevraagd|opgeroepen|uitgesproken)\b")
#: How far after the motion word MOTION_FILED_VERB_AFTER may stand for the motion's number to be read after it.
MOTION_FILED_VERB_CHARS = 60
#: Adoption after the mention with the vote before the auxiliary: "…, die op 3 december 2021 met algemene
#: stemmen is aangenomen, …" (ADOPTED_AFTER reads "is met algemene stemmen aangenomen").
ADOPTED_AFTER_VOTE_FIRST = re.compile(
    r"(?i)\b(?:op|d\.d\.)\s+(?P<date>" + _DATE_TEXT + r")\s+(?:door\s+(?:uw|de)\s+Kamer\s+)?" + _BY_VOTE
    + r"\s+(?:is|werd)\s+(?:aangenomen|aanvaard)\b"
)
#: The sentence after a motion's request giving effect to it without naming the motion (graph.find.motions reads
#: it only there, as FOLLOW_UP): "Hieraan wordt invulling gegeven door …", "Aan dit verzoek is voldaan met …",
#: "Het kabinet heeft hier uitvoering aan gegeven", "Daar geef ik graag gehoor aan". Progress, never a
#: settlement (the motion is only pointed to); graph.find.motions drops a match holding "niet"/"geen" or a modal
#: (MOTION_EFFECT_HEDGED: "Hieraan kan geen uitvoering worden gegeven").
FOLLOW_UP_EFFECT = re.compile(
    r"(?i)\b(?:hieraan|daaraan|aan\s+(?:dit|dat|het|deze|die)\s+(?:verzoek|oproep|vraag))\s+[^.;]{0,80}?"
    r"\b(?:(?:uitvoering|invulling|gevolg|opvolging|gehoor)\s+(?:\w+\s+){0,2}?(?:gegeven|geven)|voldaan"
    r"|tegemoet\s+gekomen)\b"
    r"|\b(?:hier|daar)\s+(?:\w+\s+){0,3}?(?:uitvoering|invulling|gevolg|opvolging|gehoor)\s+aan\s+(?:gegeven|geven)\b"
    r"|\b(?:hier|daar)\s+(?:geef|geeft|geven|gaf|gaven)\s+(?:ik|wij|we|het\s+kabinet|de\s+regering)\s+(?:\w+\s+){0,3}?"
    r"(?:uitvoering|invulling|gevolg|opvolging|gehoor)\s+aan\b"
)
MOTION_EFFECT_HEDGED = re.compile(r"(?i)\b(?:niet|geen|kan|kunnen|zou|zouden|moet|moeten|mag|mogen)\b")


# --- Accuracy round 12a: status lines of motions, adoptions by other bodies, "in lijn met" ---------
#: A status line under a motion in a "stand van zaken moties" letter or annex: "Motie van het lid X over Y
#: (Kamerstuk 35 570 XV, nr. 54)\nStand van zaken: afgedaan." graph.find.motions reads it only in the motion's
#: own sentence after its name, or opening the next sentence, and never past the next motion. ``settles``:
#: done; ``open``: "(nog) niet afgedaan", "deels uitgevoerd", "in uitvoering", "loopt" (progress); ``held``:
#: held, withdrawn, rejected or lapsed (mentions).
MOTION_STATUS_LINE = re.compile(
    r"(?i)\b(?:stand\s+van\s+zaken|status)\s*:\s*(?:"
    r"(?P<open>(?:\(nog\)|nog|vooralsnog)\s+niet\s+(?:afgedaan|afgehandeld|afgerond|uitgevoerd)"
    r"|(?:deels|gedeeltelijk)\s+(?:afgedaan|afgehandeld|afgerond|uitgevoerd)"
    r"|in\s+(?:uitvoering|behandeling|voorbereiding)|loopt|lopend|openstaand|open)"
    r"|(?P<held>aangehouden|ingetrokken|verworpen|vervallen)"
    r"|(?P<settles>afgedaan|afgehandeld|afgerond|uitgevoerd|voltooid|gereed))\b(?!-)"
)
#: Literals one of which the text holds wherever MOTION_STATUS_LINE matches (a pre-check on the body as written).
MOTION_STATUS_LINE_WORDS = ("tatus", "TATUS", "zaken", "Zaken", "ZAKEN")
#: The same states as a table cell of the motion's row: "| Motie van het lid X (Kamerstuk …, nr. 54) | Afgedaan |"
#: (the cell holds the state alone).
MOTION_STATUS_CELL = re.compile(
    r"(?i)\|\s*(?:(?P<open>(?:\(nog\)|nog)\s+niet\s+(?:afgedaan|afgerond|uitgevoerd)|in\s+uitvoering|loopt|lopend)"
    r"|(?P<held>aangehouden|ingetrokken|verworpen|vervallen)"
    r"|(?P<settles>afgedaan|afgehandeld|afgerond|uitgevoerd))\.?\s*(?=\||$)"
)
#: A line or sentence giving a motion's own words under its heading, which a status line may follow: "De motie
#: verzoekt de regering …", "Verzoekt de regering …", "Constaterende dat …", "Overwegende dat …", "Spreekt uit …".
MOTION_REQUEST_LINE = re.compile(
    r"(?i)(?:de\s+(?:kamer)?motie\s+)?(?:verzoekt|vraagt|roept|constaterende|overwegende|spreekt\s+uit"
    r"|van\s+mening\s+dat|gehoord\s+de\s+beraadslaging)\b"
)
#: Adoption by another body right after the verb: "een plan dat op 3 december 2021 is aangenomen door de
#: gemeenteraad" dates no motion of the Kamer. Matched right after an ADOPTED_AFTER match; the Kamer (Tweede or
#: Eerste: both adopt motions) is no other body.
ADOPTED_BY_OTHER = re.compile(r"\s+door\s+(?!(?:uw|de|het)\s+(?:(?:Tweede|Eerste)\s+)?Kamer\b)")
#: The writer acting in line with a motion (progress): "In lijn met de motie van het lid X heb ik …", "In het
#: verlengde van de motie-Y is de regeling aangepast", "Het kabinet heeft, in lijn met de motie …, besloten".
#: Only as an adverbial opening the sentence or after a comma (graph.find.motions), so "Het voorstel van de VNG is in lijn met de
#: motie" (a judgement of someone else's plan) is none; graph.find.motions drops a sentence holding "niet"/"geen"
#: before the motion word.
MOTION_IN_LINE = re.compile(
    r"(?P<comma>,\s*)?(?i:in\s+(?:lijn\s+met|het\s+verlengde\s+van))\s+" + _DET + _MOT
)
#: Literals one of which every MOTION_IN_LINE match holds (lowercased sentence without ODD_FOLDS).
MOTION_IN_LINE_WORDS = ("in lijn met", "in het verlengde van")
