"""A seeded, deterministic synthetic corpus of Kamerbrieven for the benchmark.

usage: python -m bench.generate N OUT_DIR [--seed S]

Letters are built from the sentence shapes of real letters (see ``seeds/``): a Kamerstuk header
or a ministry letterhead, the date line, footnoted Kamerstuk citations, motions named by their
members and parties, sentences that settle a motion or report progress on it, commitments with
deadlines and sentences that keep earlier ones, a signature. Half are Markdown converted from
HTML (``<sup>`` footnotes, one line per paragraph), half PDF text (hard line breaks with
hyphenation, footnote markers glued to words, footnotes at the foot of each page, page footers).

The corpus has structure: letters are dated in order from 2015 to 2026, take the next number in
their dossier, cite earlier letters, and settle or report on motions adopted before them, so a
graph of 100,000 letters has the density of a real archive, not 100,000 islands.
"""

from __future__ import annotations

import argparse
import hashlib
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
START, END = date(2015, 1, 5), date(2026, 6, 30)

# (title in the signature, ministry, dossiers the ministry writes in)
SENDERS: tuple[tuple[str, str, tuple[tuple[str, str], ...]], ...] = (
    (
        "Minister",
        "Sociale Zaken en Werkgelegenheid",
        (
            ("25 883", "Arbeidsomstandigheden"),
            ("29 544", "Arbeidsmarktbeleid"),
            ("26 448", "Structuur van de uitvoering werk en inkomen (SUWI)"),
        ),
    ),
    (
        "Staatssecretaris",
        "Sociale Zaken en Werkgelegenheid",
        (("25 883", "Arbeidsomstandigheden"), ("17 050", "Misbruik en oneigenlijk gebruik")),
    ),
    (
        "Minister",
        "Volksgezondheid, Welzijn en Sport",
        (
            ("25 295", "Infectieziektenbestrijding"),
            ("32 793", "Preventief gezondheidsbeleid"),
            ("29 689", "Herziening Zorgstelsel"),
        ),
    ),
    (
        "Minister",
        "Onderwijs, Cultuur en Wetenschap",
        (
            ("31 293", "Primair Onderwijs"),
            ("31 289", "Voortgezet Onderwijs"),
            ("31 288", "Hoger Onderwijs, Onderzoek en Wetenschapsbeleid"),
        ),
    ),
    (
        "Minister",
        "Justitie en Veiligheid",
        (
            ("29 279", "Rechtsstaat en Rechtsorde"),
            ("28 684", "Naar een veiliger samenleving"),
            ("24 587", "Justitiële Inrichtingen"),
        ),
    ),
    (
        "Minister",
        "Infrastructuur en Waterstaat",
        (("31 305", "Mobiliteitsbeleid"), ("29 984", "Spoor: vervoer- en beheerplan"), ("27 625", "Waterbeleid")),
    ),
    (
        "Minister",
        "Binnenlandse Zaken en Koninkrijksrelaties",
        (
            ("32 847", "Integrale visie op de woningmarkt"),
            ("35 925 VII", "Vaststelling van de begrotingsstaten van het Ministerie van BZK"),
            ("26 643", "Informatie- en communicatietechnologie (ICT)"),
        ),
    ),
    (
        "Minister",
        "Economische Zaken en Klimaat",
        (("32 813", "Kabinetsaanpak Klimaatbeleid"), ("33 529", "Gaswinning"), ("32 637", "Bedrijfslevenbeleid")),
    ),
    (
        "Minister",
        "Landbouw, Natuur en Voedselkwaliteit",
        (
            ("33 576", "Natuurbeleid"),
            ("35 334", "Problematiek rondom stikstof en PFAS"),
            ("28 973", "Ontwikkelingen in de Landbouw"),
        ),
    ),
    ("Staatssecretaris", "Financiën", (("31 066", "Belastingdienst"), ("32 140", "Herziening fiscale behandeling"))),
    (
        "Minister",
        "Buitenlandse Zaken",
        (("21 501-02", "Raad Algemene Zaken en Raad Buitenlandse Zaken"), ("36 180", "Situatie in Oekraïne")),
    ),
    ("Minister", "Defensie", (("36 124", "Defensienota 2022"), ("27 830", "Materieelprojecten"))),
)
INITIALS = ("W.", "C.E.G.", "B.", "H.M.", "M.", "K.H.", "D.", "A.", "E.J.", "F.", "S.A.M.", "J.A.", "R.", "P.")
SURNAMES = (
    "Koolmees",
    "van Gennip",
    "van ’t Wout",
    "de Jonge",
    "Slob",
    "Grapperhaus",
    "van Nieuwenhuizen",
    "Ollongren",
    "Wiebes",
    "Schouten",
    "Hoekstra",
    "Bijleveld",
    "Kuipers",
    "Wiersma",
    "Adema",
    "Yesilgöz-Zegerius",
    "Harbers",
    "de Vries",
    "Jetten",
    "Kaag",
    "Bruins Slot",
    "Dijkgraaf",
    "van der Wal",
    "Schreinemacher",
    "Ollongren",
    "Uitermark",
    "Keijzer",
    "Heinen",
)
MEMBERS = (
    ("Van Weyenberg", "D66"),
    ("Smeulders", "GroenLinks"),
    ("Van der Staaij", "SGP"),
    ("Klaver", "GroenLinks"),
    ("Marijnissen", "SP"),
    ("Omtzigt", "CDA"),
    ("Segers", "ChristenUnie"),
    ("Asscher", "PvdA"),
    ("Ouwehand", "PvdD"),
    ("Bikker", "ChristenUnie"),
    ("Hermans", "VVD"),
    ("Heerma", "CDA"),
    ("Stoffer", "SGP"),
    ("Eerdmans", "JA21"),
    ("Kuzu", "DENK"),
    ("Gündoğan", "Volt"),
    ("Van der Plas", "BBB"),
    ("Agema", "PVV"),
    ("Kwint", "SP"),
    ("Nijboer", "PvdA"),
    ("Bontenbal", "CDA"),
    ("Dassen", "Volt"),
    ("Van Dijk", "SP"),
    ("Tielen", "VVD"),
    ("Paternotte", "D66"),
    ("Kröger", "GroenLinks"),
    ("Grinwis", "ChristenUnie"),
    ("Bisschop", "SGP"),
    ("Wassenberg", "PvdD"),
    ("Fritsma", "PVV"),
    ("Podt", "D66"),
    ("Van Kent", "SP"),
    ("Léon de Jong", "PVV"),
    ("Inge van Dijk", "CDA"),
    ("Maatoug", "GroenLinks"),
)
TOPICS = (
    "thuiswerken",
    "de arbeidsmarktkrapte",
    "het lerarentekort",
    "de stikstofaanpak",
    "de energietransitie",
    "de woningbouwopgave",
    "de uitvoering van de kinderopvangtoeslag",
    "de digitale weerbaarheid",
    "het mobiliteitsbeleid",
    "de jeugdzorg",
    "de aanpak van ondermijning",
    "de gaswinning in Groningen",
    "de zorgverzekering",
    "de inburgering",
    "het pensioenstelsel",
    "de waterveiligheid",
    "het toezicht op de naleving",
    "de vitaliteit van werkenden",
    "de bestaanszekerheid",
    "de opvang van ontheemden",
    "de cybersecurity van vitale infrastructuur",
    "het mkb-beleid",
)
ORGS = (
    "TNO",
    "het RIVM",
    "het CBS",
    "de SER",
    "het CPB",
    "het SCP",
    "de Inspectie SZW",
    "de Nederlandse Arbeidsinspectie",
    "de Algemene Rekenkamer",
    "de Raad van State",
    "de VNG",
    "het UWV",
    "de Belastingdienst",
    "ProRail",
    "de Onderwijsraad",
    "het PBL",
    "sociale partners",
    "de Gezondheidsraad",
)
MEETINGS = (
    "het commissiedebat",
    "het notaoverleg",
    "het plenaire debat",
    "het algemeen overleg",
    "het wetgevingsoverleg",
    "het mondelinge vragenuur",
)
DUE = (
    "voor de zomer van {y}",
    "in het voorjaar van {y}",
    "voor het einde van {y}",
    "in het najaar van {y}",
    "voor 1 juli {y}",
    "in het eerste kwartaal van {y}",
    "voor het kerstreces",
    "begin {y}",
    "na de zomer",
    "uiterlijk in {m} {y}",
)
DELIVERABLES = (
    "de uitkomsten van het onderzoek",
    "de stand van zaken",
    "de uitwerking van de maatregelen",
    "de resultaten van de evaluatie",
    "de voortgang van de aanpak",
    "de reactie van het kabinet",
    "de opbrengst van de gesprekken met sociale partners",
    "het wetsvoorstel",
)
REQUESTS = (
    "verzoekt de regering te onderzoeken hoe {t} kan worden verbeterd",
    "verzoekt de regering in overleg met {o} te komen tot een plan van aanpak voor {t}",
    "verzoekt de regering de Kamer voor het einde van het jaar te informeren over {t}",
    "verzoekt de regering structureel middelen vrij te maken voor {t}",
    "verzoekt de regering om met spoed een wettelijke grondslag te creëren voor {t}",
)
FILLER = (
    "Uit het onderzoek van {o} blijkt dat {p}% van de ondervraagden positief is over {t}.",
    "Dit is een lichte stijging ten opzichte van de vorige meting ({q}%).",
    "Het kabinet hecht er grote waarde aan dat {t} de komende periode aandacht blijft krijgen.",
    "Tegelijk realiseer ik me dat dit voor velen niet altijd makkelijk is.",
    "De verantwoordelijkheid hiervoor ligt primair bij werkgevers en werkenden zelf.",
    "In verband met {t} is de afgelopen maanden intensief overleg gevoerd met {o}.",
    "Het verschil in de percentages zit vooral in verschillen in de vraagstelling en de onderzoekspopulatie.",
    "Zoals eerder aan uw Kamer gemeld, is {t} een opgave die niet in één jaar kan worden opgelost.",
    "Van de betrokken organisaties geeft {p}% aan dat de maatregelen goed uitvoerbaar zijn.",
    "Ook {o} heeft in {m} {y} aandacht gevraagd voor de gevolgen van {t}.",
    "Het streven is om met deze aanpak te bereiken dat alle betrokkenen beter kunnen anticiperen op de ontwikkelingen.",
    "Daarbij wordt onder andere gekeken naar de uitvoerbaarheid, de kosten en de gevolgen voor de regeldruk.",
    "Ik heb bijzonder veel waardering voor de inzet van alle betrokkenen in de afgelopen periode.",
    "Het aantal meldingen is gestegen van {q} in {y0} naar {p} in {y}.",
    "De middelen hiervoor zijn gereserveerd op de begroting van het Ministerie van {min}.",
    "Om deze reden verken ik momenteel hoe de positieve effecten van {t} kunnen worden behouden.",
    "Deze signalen komen deels overeen met de uitkomsten van eerdere metingen van {o}.",
    "Het is belangrijk voor werkgevers, sociale partners en het kabinet om hier aandacht aan te blijven besteden.",
    "De monitor volgt welke effecten {t} heeft op de fysieke en mentale gezondheid van werkenden.",
    "Op {d} {m} jl. heeft {o} het advies uitgebracht, dat ik als bijlage bij deze brief meestuur.",
    "Hierbij zijn er zowel positieve als negatieve gevolgen te zien, o.a. voor de werkdruk en de bereikbaarheid.",
    "Over de precieze vormgeving van de regeling vindt op dit moment nog overleg plaats met de uitvoering.",
)
HEADINGS = (
    "Aanleiding",
    "Stand van zaken",
    "Recente cijfers",
    "Uitvoering van moties",
    "Vervolg",
    "Toezeggingen",
    "Financiële gevolgen",
    "Tot slot",
    "Achtergrond",
    "Reactie op het advies",
    "Voortgang van de aanpak",
    "Samenwerking met sociale partners",
)


@dataclass
class Motion:
    dossier: str
    nr: int
    members: tuple[tuple[str, str], ...]
    adopted: date
    request: str
    settled: bool = False


@dataclass
class LetterRef:
    dossier: str
    nr: int
    date: date
    subject: str


@dataclass
class Corpus:
    """What earlier letters left behind for later ones to refer to."""

    rng: random.Random
    next_nr: dict[str, int] = field(default_factory=dict)
    letters: list[LetterRef] = field(default_factory=list)
    motions: list[Motion] = field(default_factory=list)
    open_motions: list[Motion] = field(default_factory=list)
    promises: list[tuple[LetterRef, str]] = field(default_factory=list)

    def number(self, dossier: str) -> int:
        nr = self.next_nr.get(dossier, self.rng.randint(1, 400))
        self.next_nr[dossier] = nr + 1
        return nr


# A paragraph is a list of pieces: text, then optionally the footnote that text carries a marker of.
Piece = tuple[str, str | None]


def _nl_date(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def _vergaderjaar(d: date) -> tuple[int, int]:
    y = d.year if d >= date(d.year, 9, 15) else d.year - 1
    return y, y + 1


def _dossier_written(dossier: str, rng: random.Random) -> str:
    """Dossier numbers are written with and without the thousands space."""
    return dossier if rng.random() < 0.8 else dossier.replace(" ", "", 1)


def _kamerstuk(dossier: str, nr: int, d: date, rng: random.Random) -> str:
    y1, y2 = _vergaderjaar(d)
    dw = _dossier_written(dossier, rng)
    shape = rng.random()
    if shape < 0.45:
        return f"Kamerstuk {dw}, nr. {nr}."
    if shape < 0.75:
        return f"Kamerstukken II {y1}/{str(y2)[2:]}, {dw}, nr. {nr}"
    if shape < 0.9:
        return f"Kamerstukken, vergaderjaar {y1}–{y2}, {dw}, nr. {nr}"
    return f"Tweede Kamer, vergaderjaar {y1}–{y2}, {dw}, nr. {nr}"


def _members_phrase(members: tuple[tuple[str, str], ...], rng: random.Random, with_party: bool) -> str:
    def one(m: tuple[str, str]) -> str:
        return f"{m[0]} ({m[1]})" if with_party else m[0]

    if len(members) == 1:
        return f"het lid {one(members[0])}"
    if len(members) > 2 and rng.random() < 0.5:
        return f"de leden {one(members[0])} c.s."
    return "de leden " + ", ".join(one(m) for m in members[:-1]) + " en " + one(members[-1])


def _fill(template: str, rng: random.Random, d: date, ministry: str) -> str:
    p, q = rng.randint(5, 95), rng.randint(5, 95)
    back = d - timedelta(days=rng.randint(5, 200))
    return template.format(
        o=rng.choice(ORGS),
        t=rng.choice(TOPICS),
        p=p,
        q=q,
        m=MONTHS[back.month - 1],
        y=back.year,
        y0=back.year - 1,
        d=back.day,
        min=ministry,
    )


def _when(adopted: date, d: date, rng: random.Random) -> str:
    """A date as letters write it: in full, or 'jl.' within the same year."""
    if adopted.year == d.year and adopted < d and rng.random() < 0.4:
        return f"{adopted.day} {MONTHS[adopted.month - 1]} jl."
    return _nl_date(adopted)


def _motion_paragraph(c: Corpus, mo: Motion, d: date, rng: random.Random) -> list[Piece]:
    members = _members_phrase(mo.members, rng, with_party=rng.random() < 0.6)
    cite = _kamerstuk(mo.dossier, mo.nr, mo.adopted, rng)
    req = mo.request
    r = rng.random()
    if r < 0.45 and not mo.settled:
        mo.settled = True
        lead = rng.choice(
            (
                f"Met deze brief voldoe ik aan de motie van {members}, aangenomen op {_when(mo.adopted, d, rng)}",
                f"Met deze brief geef ik uitvoering aan de motie van {members}",
                f"In de motie van {members}",
            )
        )
        close = rng.choice(
            (
                "Hiermee beschouw ik de motie als afgedaan.",
                "Daarmee is de motie uitgevoerd.",
                "Ik beschouw deze motie daarmee als afgedaan.",
            )
        )
        return [(lead, cite), (f". Deze motie {req}. {close}", None)]
    if r < 0.75:
        y = d.year + (1 if d.month > 8 else 0)
        due = rng.choice(DUE).format(y=y, m=rng.choice(MONTHS[6:]))
        return [
            (f"Over de uitvoering van de motie van {members}", cite),
            (
                f" informeer ik uw Kamer {due}. Het kabinet werkt in opvolging van deze motie samen met "
                f"{rng.choice(ORGS)} aan een uitwerking.",
                None,
            ),
        ]
    return [(f"De motie van {members}", cite), (f" {req}.", None)]


def _commitment_sentence(d: date, rng: random.Random) -> str:
    y = d.year + (1 if d.month > 8 else 0)
    due = rng.choice(DUE).format(y=y, m=rng.choice(MONTHS[6:]))
    what = rng.choice(DELIVERABLES)
    topic = rng.choice(TOPICS)
    return rng.choice(
        (
            f"Ik zal uw Kamer {due} informeren over {what} rond {topic}.",
            f"Ik zeg uw Kamer toe {due} een brief te sturen over {what}.",
            f"{due[0].upper() + due[1:]} ontvangt uw Kamer van mij een brief over {what}.",
            f"Het kabinet zal uw Kamer {due} nader informeren over {topic}.",
        )
    )


def _paragraphs(c: Corpus, ref: LetterRef, ministry: str, rng: random.Random) -> Iterator[list[Piece] | str]:
    """Body of one letter: paragraphs (lists of pieces) and headings (str)."""
    d = ref.date
    yield [
        (
            f"In deze brief informeer ik uw Kamer over {ref.subject}. " + _fill(rng.choice(FILLER), rng, d, ministry),
            None,
        )
    ]
    # keep a promise made in an earlier letter
    if c.promises and rng.random() < 0.3:
        earlier, what = c.promises.pop(rng.randrange(len(c.promises)))
        yield [
            (
                f"Met deze brief geef ik invulling aan de toezegging in mijn brief van {_nl_date(earlier.date)}",
                _kamerstuk(earlier.dossier, earlier.nr, earlier.date, rng),
            ),
            (f" om uw Kamer te informeren over {what}.", None),
        ]
    elif rng.random() < 0.3:
        back = d - timedelta(days=rng.randint(10, 120))
        yield [
            (
                f"Tevens geef ik invulling aan de toezegging die is gedaan tijdens {rng.choice(MEETINGS)} van "
                f"{_when(back, d, rng)} om uw Kamer te informeren over {rng.choice(DELIVERABLES)}.",
                None,
            )
        ]
    n_sections = rng.randint(2, 9)
    for _ in range(n_sections):
        yield rng.choice(HEADINGS)
        for _ in range(rng.randint(2, 5)):
            para: list[Piece] = []
            for _ in range(rng.randint(2, 6)):
                para.append((" " + _fill(rng.choice(FILLER), rng, d, ministry), None))
            if c.letters and rng.random() < 0.5:
                # cite an earlier letter, usually a recent one in the same dossier
                pool = c.letters[-200:]
                old = rng.choice(pool)
                para.append(
                    (
                        f" Zoals gemeld in de brief van {_nl_date(old.date)} over {old.subject}",
                        _kamerstuk(old.dossier, old.nr, old.date, rng),
                    )
                )
                para.append((f" {rng.choice(('is', 'wordt'))} hier verder gewerkt aan een oplossing.", None))
            if rng.random() < 0.15:
                para.append(
                    (
                        " " + _fill(rng.choice(FILLER), rng, d, ministry).rstrip("."),
                        f"Zie: www.{rng.choice(('rijksoverheid', 'monitorarbeid.tno', 'cbs', 'rivm'))}.nl/"
                        f"{rng.choice(TOPICS).split()[-1]}",
                    )
                )
                para.append((".", None))
            para[0] = (para[0][0].lstrip(), para[0][1])
            yield para
        if c.open_motions and rng.random() < 0.6:
            mo = c.open_motions[rng.randrange(len(c.open_motions))]
            yield _motion_paragraph(c, mo, d, rng)
            if mo.settled:
                c.open_motions.remove(mo)
        if rng.random() < 0.35:
            sentence = _commitment_sentence(d, rng)
            c.promises.append((ref, rng.choice(DELIVERABLES)))
            yield [(sentence, None)]


def _adopt_motions(c: Corpus, d: date, dossiers: tuple[tuple[str, str], ...], rng: random.Random) -> None:
    """Motions adopted in the weeks before a letter, in the letter's dossiers."""
    for _ in range(rng.choice((0, 0, 1, 1, 2))):
        dossier = rng.choice(dossiers)[0]
        k = rng.choice((1, 1, 2, 2, 3))
        mo = Motion(
            dossier,
            c.number(dossier),
            tuple(rng.sample(MEMBERS, k)),
            d - timedelta(days=rng.randint(3, 90)),
            rng.choice(REQUESTS).format(t=rng.choice(TOPICS), o=rng.choice(ORGS)),
        )
        c.motions.append(mo)
        c.open_motions.append(mo)
    if len(c.open_motions) > 400:  # old motions drop out of sight, as in a real archive
        del c.open_motions[:100]
    if len(c.promises) > 400:
        del c.promises[:100]


def _render_markdown(
    title: str,
    ministry: str,
    ref: LetterRef,
    dossier_title: str,
    header: bool,
    name: str,
    body: list[list[Piece] | str],
    rng: random.Random,
) -> str:
    y1, y2 = _vergaderjaar(ref.date)
    out: list[str] = []
    if header:
        out += [
            f"Vergaderjaar {y1}–{y2}",
            f"**{ref.dossier}**",
            f"**{dossier_title}**",
            f"**Nr. {ref.nr}**",
            f"**BRIEF VAN DE {title.upper()} VAN {ministry.upper()}**",
            "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
            f"Den Haag, {_nl_date(ref.date)}",
        ]
    else:
        out += [
            f"## Ministerie van {ministry}",
            "> Retouradres Postbus 20901 2500 EX Den Haag",
            "De voorzitter van de Tweede Kamer  \nder Staten-Generaal  \nPrinses Irenestraat 6  \n2595 BD Den Haag",
            f"**Onze referentie**  \n{ref.date.year}-{rng.randint(10**9, 10**10 - 1):010d}",
            f"Datum {_nl_date(ref.date)}  \nBetreft {ref.subject[0].upper() + ref.subject[1:]}",
        ]
    n = 0
    for block in body:
        if isinstance(block, str):
            out.append(f"## **{block}**")
            continue
        text, notes = [], []
        for piece, note in block:
            text.append(piece)
            if note is not None:
                n += 1
                text.append(f"<sup>{n}</sup>")
                notes.append(f"<sup>{n}</sup> {note}")
        out.append("".join(text))
        out.extend(notes)
    out += [f"De {title} van {ministry},", f"{rng.choice(INITIALS)} {name}"]
    return "\n\n".join(out) + "\n"


def _wrap(text: str, width: int, rng: random.Random) -> list[str]:
    """Greedy hard line breaks, sometimes hyphenating a long word, as PDF text extraction gives."""
    lines: list[str] = []
    line: list[str] = []
    used = 0
    for word in text.split(" "):
        if used + len(word) > width and line:
            if len(word) > 9 and word.isalpha() and rng.random() < 0.5:
                cut = rng.randint(4, len(word) - 4)
                line.append(word[:cut] + "-")
                word = word[cut:]
            joined = " ".join(line)
            lines.append(joined if joined.endswith("-") else joined + " ")
            line, used = [], 0
        line.append(word)
        used += len(word) + 1
    if line:
        lines.append(" ".join(line) + " ")
    return lines


def _render_pdf(
    title: str,
    ministry: str,
    ref: LetterRef,
    dossier_title: str,
    header: bool,
    name: str,
    body: list[list[Piece] | str],
    rng: random.Random,
) -> str:
    y1, y2 = _vergaderjaar(ref.date)
    footer = f"Tweede Kamer, vergaderjaar {y1}–{y2}, {ref.dossier}, nr. {ref.nr}"
    footers = header and rng.random() < 0.8
    width = rng.choice((72, 78, 84))
    page_len = rng.randint(44, 54)
    lines: list[str] = []
    if header:
        lines += [
            "Tweede Kamer der Staten-Generaal ",
            "2 ",
            f"Vergaderjaar {y1}–{y2} ",
            "",
            f"{ref.dossier} {dossier_title} ",
            "",
            f"Nr. {ref.nr} BRIEF VAN DE {title.upper()} VAN {ministry.upper()} ",
            "",
        ]
    lines += ["Aan de Voorzitter van de Tweede Kamer der Staten-Generaal ", "", f"Den Haag, {_nl_date(ref.date)} ", ""]
    out: list[str] = []
    page: list[str] = []
    notes: list[str] = []
    page_no = 1
    n = 0

    def flush() -> None:
        nonlocal page_no
        out.extend(page)
        if notes:
            out.append("")
            out.extend(notes)
        if footers:
            first = (
                f"kst-{ref.dossier.replace(' ', '')}-{ref.nr} ISSN 0921 - 7371 ’s-Gravenhage {ref.date.year} "
                if page_no == 1
                else ""
            )
            out.append(f"{first}{footer} {page_no} ")
        page.clear()
        notes.clear()
        page_no += 1

    page.extend(lines)
    for block in body:
        if isinstance(block, str):
            new = [block + " ", ""]
        else:
            parts = []
            for piece, note in block:
                parts.append(piece)
                if note is not None:
                    n += 1
                    parts.append(str(n))  # PDF text glues the marker to the word before it
                    notes.append(f"{n} {note}")
            new = [*_wrap("".join(parts), width, rng), ""]
        for ln in new:
            if len(page) >= page_len:
                flush()
                ln = " " + ln  # text extraction leaves a space where the page broke
            page.append(ln)
    page += [f"De {title} van {ministry}, ", f"{rng.choice(INITIALS)} {name}"]
    flush() if notes or footers else out.extend(page)
    return "\n".join(out) + "\n"


def generate(n: int, out_dir: Path, seed: int = 8) -> list[Path]:
    """Write ``n`` letters into ``out_dir``; the same ``n`` and ``seed`` give the same bytes."""
    if not 1 <= n <= 1_000_000:
        raise ValueError(f"n must be between 1 and 1,000,000, not {n}")
    rng = random.Random(seed)
    corpus = Corpus(rng)
    out_dir.mkdir(parents=True, exist_ok=True)
    span = (END - START).days
    paths: list[Path] = []
    for i in range(n):
        d = START + timedelta(days=span * i // n)
        title, ministry, dossiers = rng.choice(SENDERS)
        dossier, dossier_title = rng.choice(dossiers)
        _adopt_motions(corpus, d, dossiers, rng)
        subject = rng.choice(TOPICS)
        ref = LetterRef(dossier, corpus.number(dossier), d, subject)
        name = rng.choice(SURNAMES)
        body = list(_paragraphs(corpus, ref, ministry, rng))
        header = rng.random() < 0.75
        render = _render_markdown if rng.random() < 0.5 else _render_pdf
        text = render(title, ministry, ref, dossier_title, header, name, body, rng)
        corpus.letters.append(ref)
        data = text.encode("utf-8")
        path = out_dir / f"{i:06d}_{hashlib.sha256(data).hexdigest()[:16]}.txt"
        path.write_bytes(data)
        paths.append(path)
    return paths


def main() -> None:
    ap = argparse.ArgumentParser(prog="python -m bench.generate", description=__doc__.split("\n\n")[0])
    ap.add_argument("n", type=int)
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--seed", type=int, default=8)
    args = ap.parse_args()
    if not 1 <= args.n <= 1_000_000:
        ap.error(f"n must be between 1 and 1,000,000, not {args.n}")
    paths = generate(args.n, args.out_dir, args.seed)
    size = sum(p.stat().st_size for p in paths)
    print(f"{len(paths)} letters, {size / 1e6:.1f} MB in {args.out_dir}")


if __name__ == "__main__":
    main()
