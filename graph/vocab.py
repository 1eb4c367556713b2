"""The kamergraph vocabulary (``kg:``) and the IRIs kamergraph mints.

Well-known vocabularies are reused where they fit (Dublin Core terms, PROV-O, FOAF, the W3C
Organization ontology); ``KG`` holds only what they lack. Being a ``DefinedNamespace``, a typo
such as ``KG.setles`` raises at import time instead of writing a wrong triple. Labels and
comments in Dutch and English are in ``graph/ontology.ttl``.
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

KG_IRI = "https://w3id.org/kamergraph/def#"
#: Documents are identified by their officielebekendmakingen page.
OB = Namespace("https://zoek.officielebekendmakingen.nl/")
#: Things kamergraph mints (letters without a number, members, parties, commitments, actions).
ID = Namespace("https://w3id.org/kamergraph/id/")
#: Zaken at the Tweede Kamer.
ZAAK = Namespace("https://www.tweedekamer.nl/kamerstukken/detail?id=")
ORG = Namespace("http://www.w3.org/ns/org#")
PROV = Namespace("http://www.w3.org/ns/prov#")

#: Prefixes written in graph.ttl, graph.jsonld's context and the stored queries. Longer
#: namespaces first, so ``id:`` things are written with their kind's own prefix.
PREFIXES: dict[str, str] = {
    "kg": KG_IRI,
    "ob": str(OB),
    "letter": f"{ID}letter/",
    "person": f"{ID}person/",
    "member": f"{ID}member/",
    "party": f"{ID}party/",
    "dossier": f"{ID}dossier/",
    "motion": f"{ID}motion/",
    "action": f"{ID}action/",
    "commitment": f"{ID}commitment/",
    "citation": f"{ID}citation/",
    "conflict": f"{ID}conflict/",
    "handelingen": f"{ID}handelingen/",
    "id": str(ID),
    "zaak": str(ZAAK),
    "dcterms": "http://purl.org/dc/terms/",
    "prov": str(PROV),
    "foaf": "http://xmlns.com/foaf/0.1/",
    "org": str(ORG),
    "owl": "http://www.w3.org/2002/07/owl#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}


class KG(DefinedNamespace):
    """Terms of the kamergraph vocabulary."""

    _NS = Namespace(KG_IRI)
    _fail = True

    # classes
    Letter: URIRef  # a Kamerbrief read by kamergraph
    Document: URIRef  # any parliamentary document (Kamerstuk) known by number
    Motion: URIRef  # a motie
    Commitment: URIRef  # a toezegging
    Dossier: URIRef  # a Kamerstukdossier
    Member: URIRef  # a Kamerlid
    Party: URIRef  # a fractie / political party
    MotionAction: URIRef  # what one letter does with one motion (carries the evidence)
    Citation: URIRef  # one citation of a document in a letter
    Zaak: URIRef
    Handelingen: URIRef
    Conflict: URIRef  # one number given to motions of different members

    # letters and documents
    dossier: URIRef  # document → dossier (the first dossier named)
    inDossier: URIRef  # document → every dossier it belongs to
    number: URIRef  # volgnummer within the dossier
    toevoeging: URIRef
    vergaderjaar: URIRef
    sourceFile: URIRef  # the file the letter was read from
    sha256: URIRef
    sender: URIRef
    senderRole: URIRef
    addressee: URIRef
    reference: URIRef  # ministry reference (kenmerk)
    cites: URIRef  # letter → document it cites
    citesZaak: URIRef
    citesHandelingen: URIRef
    dateFromCorpus: URIRef  # a date another letter gives this one
    dateEarliest: URIRef  # earliest date an undated letter can have (start of its vergaderjaar)

    # motions
    member: URIRef  # motion → member who filed it
    party: URIRef  # member or motion → party
    cosigners: URIRef  # true when "c.s." names more signers than listed
    adopted: URIRef  # date the Kamer adopted the motion
    appreciation: URIRef  # oordeel Kamer, ontraden, overgenomen

    # letter ↔ motion (shortcuts; the MotionAction node carries the evidence)
    settles: URIRef
    progress: URIRef
    mentions: URIRef
    action: URIRef  # the action node's kind: kg:settles, kg:progress or kg:mentions
    letter: URIRef  # action node → letter
    motion: URIRef  # action node → motion
    conflict: URIRef  # action node or motion → Conflict

    # commitments
    makes: URIRef  # letter → commitment made in it
    keeps: URIRef  # letter → commitment it fulfils
    keptBy: URIRef  # commitment → letter that fulfils it
    firstKeptOn: URIRef  # made commitment → date of the first letter that kept it (for as-of queries)
    commitmentType: URIRef  # "inform" or "act"
    commitmentKind: URIRef  # "made" or "fulfilled" (as read in one letter)
    madeBy: URIRef  # who promised: the writer, the kabinet, another minister
    madeOn: URIRef
    madeIn: URIRef  # where it was made, as text (algemeen overleg, debat, brief)
    madeInDocument: URIRef  # where it was made, as a document
    due: URIRef  # latest date that still keeps the promise
    dueEarliest: URIRef
    dueText: URIRef  # the deadline as written
    sameCommitmentAs: URIRef  # a kept promise ↔ the promise made in an earlier letter

    # provenance of every extracted claim
    evidence: URIRef  # the quoted sentence
    spanStart: URIRef
    spanEnd: URIRef
    rule: URIRef  # which rule found it
    confidence: URIRef
    footnote: URIRef  # marker of the footnote a citation stands in
