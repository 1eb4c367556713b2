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

#: A Markdown heading line ("## **Recente cijfers**").
MD_HEADING = re.compile(r"^#{1,6} ", re.M)
#: A horizontal rule or a line of only emphasis markers.
MD_RULE = re.compile(r"(?:-{3,}|\*{3,}|_{3,}|\*\*|__)")
#: Publication-site chrome that is not part of the letter.
SITE_CHROME = re.compile(r"(?i)naar boven|terug naar boven|\[?top\]?")
#: Markup at the start of a Markdown line: heading hashes, quote marks, emphasis.
MD_LINE_PREFIX = re.compile(r"[ \t]*(?:#{1,6}[ \t]+|>[ \t]*)?(?:\*\*|__)?")
#: Leading white space of a PDF line (pdftotext starts a page with a space).
LEADING_SPACE = re.compile(r"[ \t\f]+")
#: Inline Markdown to drop or unwrap: <sup>N</sup>, links, emphasis, escapes.
MD_INLINE = re.compile(
    r"<sup>(?P<sup>[^<]{0,12})</sup>"
    r"|\[(?P<link>[^\]\n]*)\]\([^)\n]*\)"
    r"|<(?:https?://|www\.)[^>\s]*>"
    r"|\*\*|__|(?<![\w*])\*(?=\w)|(?<=\w)\*(?![\w*])"
    r"|\\(?=[\\_*\[\]()#-])"
)
#: The same markup inside a footnote's own text (links keep their text).
MD_INLINE_STRIP = re.compile(r"<sup>(?P<keep>[^<]{0,12})</sup>|\*\*|__|\[(?=[^\]]*\]\()|\]\([^)]*\)")
#: A Markdown footnote line: "<sup>14</sup> Kamerstuk 35 570 XV, nr. 54."
MD_FOOTNOTE = re.compile(r"^[ \t]*<sup>(?P<marker>\d{1,3})</sup>[ \t]*(?P<text>.*)$")
#: A PDF footnote line: "14 Kamerstuk 35 570 XV, nr. 54." (number, space, text).
PDF_FOOTNOTE = re.compile(r"^(?P<marker>[1-9]\d{0,2})[ \t]+(?P<text>\S.*)$")
#: Digits glued to a word or closing mark: a PDF footnote marker candidate ("motie1 in").
GLUED_MARKER = re.compile(
    r"(?:(?<=[^\W\d_])|(?<=[.,;:)»”’'\"])|(?<=\s)(?=(?:19|20)\d{3}))(?P<digits>\d{1,7})(?=[\s.,;:()»”]|$)"
)
#: A word cut by a hyphen at the end of a PDF line ("thuis-").
HYPHEN_END = re.compile(r"[^\W\d_]-$")
#: A page footer: "Tweede Kamer, vergaderjaar 2021–2022, 25 883, nr. 425 9" (page number last).
PAGE_FOOTER = re.compile(
    r"Tweede Kamer, vergaderjaar (?P<vj1>\d{4})\s*[–-]\s*(?P<vj2>\d{4}),\s*"
    r"(?P<dossier>\d{2}[ \u00a0]?\d{3})(?:[ -](?P<toev>[IVXLC]+|[A-Z]))?,\s*nr\.\s*(?P<nr>\d{1,4})"
    r"(?:\s+(?P<page>\d{1,3}))?"
)

#: A sentence ends at . ! ? (optionally followed by a closing quote or bracket) and white space.
SENTENCE_END = re.compile(r"([.!?][»”’\"')]?)(?:\s+|\n\n)(?=[A-Z«\"'(\[•\-–0-9ÀÉÈÖÜ]|\n)")
#: Words whose full stop does not end a sentence: abbreviations and initials.
NO_SENTENCE_END = re.compile(
    r"(?i:nrs?\.|d\.d\.|dd\.|o\.a\.|t\.o\.v\.|i\.v\.m\.|m\.b\.t\.|bijv\.|bv\.|resp\.|dhr\.|mevr\."
    r"|drs\.|mr\.|dr\.|prof\.|ir\.|ing\.|art\.|blz\.|p\.|vgl\.|zgn\.|e\.a\.|jo\.|ca\.|incl\.|excl\.)"
    r"|\(?[A-Z]\.(?:[A-Z]\.)*|\(?[A-Z][a-z]?\."
)

# ---------------------------------------------------------------------------------------------
# References
# ---------------------------------------------------------------------------------------------

#: A dossier number: five digits, the thousands often split by a space ("25 295"); a
#: hyphenated sub-dossier ("21 501-20"); a toevoeging, Roman numeral or capital letter
#: ("35 570 XV", "35570-XV", "34 300 J").
_DOSSIER = (
    r"(?<![\d/.,–-])\d{2}[ \u00a0]?\d{3}(?!\d)"
    r"(?:-\d{1,3}(?!\d))?"
    r"(?:(?:[ \u00a0]|-)(?:[IVXLC]{1,6}|[A-Z])(?![\w]))?"
)
#: The parts of one dossier, for normalising.
DOSSIER_PARTS = re.compile(
    r"(?P<main>\d{2}[ \u00a0]?\d{3})(?:-(?P<sub>\d{1,3}))?(?:[ \u00a0-](?P<toev>[IVXLC]{1,6}|[A-Z]))?"
)
#: A Kamerstuk citation: one or more dossiers and one or more document numbers.
#: "Kamerstukken II 2020/21, 25 295, nr. 912", "Kamerstukken 25 295 en 25 883, nr. 983",
#: "Tweede Kamer, vergaderjaar 2020–2021, 25 295, nr. 734", "25883, nr. 405",
#: "Kamerstuk 32 793, nrs. 176 en 181", "nr. 12 en nr. 14".
KAMERSTUK = re.compile(
    r"(?P<prefix>(?:(?:Bijlage\s+bij\s+)?(?:Kamerstuk(?:ken)?|Tweede\s+Kamer)(?:\s+II)?"
    r"(?:,?\s*(?:vergaderjaar\s+)?\d{4}\s*[/–-]\s*\d{2,4})?\s*,?\s*))?"
    r"(?P<dossiers>" + _DOSSIER + r"(?:\s*(?:,|en|&|/)\s*" + _DOSSIER + r")*)"
    r"\s*,\s*(?P<nrs>nrs?\.\s*\d{1,5}(?!\d)(?:\s*(?:,|en|&|t/m|tot en met|-|–)\s*(?:nrs?\.\s*)?\d{1,5}(?!\d))*)"
)
#: One dossier within the ``dossiers`` group of :data:`KAMERSTUK`.
DOSSIER = re.compile(_DOSSIER)
#: A number or range within the ``nrs`` group.
NR_ITEM = re.compile(r"(?P<a>\d{1,5})(?:\s*(?:t/m|tot en met|-|–)\s*(?:nrs?\.\s*)?(?P<b>\d{1,5}))?")
#: A vergaderjaar in a citation prefix: "2020/21", "2020–2021".
VERGADERJAAR = re.compile(r"(?P<y1>(?:19|20)\d{2})\s*[/–-]\s*(?P<y2>\d{2,4})")

#: A zaak number ("2021Z01485") or a document number ("2021D12345").
ZAAK = re.compile(r"(?<![\w-])(?P<year>(?:19|20)\d{2})(?P<kind>[ZD])(?P<nr>\d{5})(?!\w)")
#: Handelingen: "Handelingen II 2020/21, nr. 27, items 3 en 6", "Handelingen II 2019/20, nr. 5, item 12".
HANDELINGEN = re.compile(
    r"Handelingen\s+(?P<kamer>II|I)\s+(?P<vj>(?:19|20)\d{2}\s*[/–-]\s*\d{2,4})\s*,\s*nr\.\s*(?P<nr>\d{1,3})"
    r"(?:\s*,\s*items?\s+(?P<items>\d{1,3}(?:\s*(?:,|en|&)\s*\d{1,3})*))?"
)
#: A ministry's reference: "Kenmerk 2020-0000154934", "Onze referentie 2021-0000028336".
MINISTRY_REFERENCE = re.compile(
    r"(?i:kenmerk|onze\s+referentie|ons\s+kenmerk|referentie)\s*:?\s*\**\s*(?P<ref>(?:19|20)\d{2}-\d{6,12})"
)

# ---------------------------------------------------------------------------------------------
# Letter metadata
# ---------------------------------------------------------------------------------------------

_MONTHS = r"januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december")
#: A full Dutch date: "30 april 2021", "1 februari 2021".
DATE = re.compile(r"(?P<day>[0-3]?\d)\s+(?P<month>" + _MONTHS + r")\s+(?P<year>(?:19|20)\d{2})", re.I)
#: The letter's own date line: "Den Haag, 30 april 2021", "Datum 3 februari 2021".
DATE_LINE = re.compile(
    r"^[ \t>*]*(?:Den\s+Haag|'s-Gravenhage|’s-Gravenhage|Datum)\**[,:]?[ \t*]*\n?[ \t*]*"
    r"(?P<date>[0-3]?\d\s+(?:" + _MONTHS + r")\s+(?:19|20)\d{2})",
    re.I | re.M,
)
#: Header dossier line: "25 295" alone, or "31 293 Primair Onderwijs".
HEADER_DOSSIER = re.compile(
    r"^[ \t*]*(?P<dossier>\d{2}[ \u00a0]?\d{3}(?:-\d{1,3})?(?:[ \u00a0-](?:[IVXLC]{1,6}|[A-Z]))?)\**"
    r"(?:[ \t]+(?P<title>[^\n]*?))?[ \t*]*$",
    re.M,
)
#: Header number: "Nr. 1172", also inline "/ Nr. 396".
HEADER_NR = re.compile(r"(?:^|/)[ \t*]*Nr\.[ \t]*(?P<nr>\d{1,4})\b", re.M)
#: "Vergaderjaar 2020–2021".
VERGADERJAAR_LINE = re.compile(r"(?i)vergaderjaar\s+(?P<y1>(?:19|20)\d{2})\s*[–/-]\s*(?P<y2>\d{2,4})")
#: The signature: "De Minister van Sociale Zaken en Werkgelegenheid,\nW. Koolmees".
SIGNATURE = re.compile(
    r"(?:^|\n)[ \t]*(?:Met\s+vriendelijke\s+groet,?\s*)?(?:De|de)\s+(?P<role>(?:Minister(?:-[Pp]resident)?|Staatssecretaris|"
    r"Minister\s+voor|Minister\s+van)\b[^,\n]*(?:\n[ \t]*[^,\n]*)?)\s*,\s*\n\s*(?:\n\s*)*"
    r"(?P<name>(?:[A-Z]\.\s?){1,5}[^\n,]{2,40}?)[ \t]*(?=\n|$)"
)
#: The addressee: "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal".
ADDRESSEE = re.compile(
    r"(?im)^[ \t>]*(?:Aan\s+)?(?:de\s+)?(?P<who>voorzitter\s+van\s+de\s+(?:Tweede|Eerste)\s+Kamer(?:\s+der\s+Staten-Generaal)?)"
)
#: "Betreft TNO cijfers thuiswerken".
SUBJECT = re.compile(r"(?im)^[ \t*]*Betreft\**[ \t:]*\n?[ \t*]*(?P<subject>[^\n]+)")
#: "Onze referentie 2021-0000028336".
OWN_REFERENCE = re.compile(r"(?im)^[ \t*]*Onze\s+referentie\**[ \t:]*\n?[ \t*]*(?P<ref>[^\n\s]+)")
