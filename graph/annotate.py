"""Describe a document for people: the ``--format text`` view of ``kamergraph extract``."""

from __future__ import annotations

from graph.model import Document


def describe(doc: Document) -> str:
    lines = [f"== {doc.source}"]
    lines.append(f"  id: {_or_corpus(doc.id, doc.id_from_corpus)}")
    lines.append(f"  date: {_or_corpus(doc.date, doc.date_from_corpus)}")
    if doc.sender.role or doc.sender.name:
        lines.append(f"  sender: {doc.sender.role or '?'}, {doc.sender.name or '?'}")
    if doc.subject:
        lines.append(f"  subject: {doc.subject}")
    if doc.dossiers:
        lines.append("  dossiers: " + "; ".join(f"{k} {v}".strip() for k, v in doc.dossiers.items()))
    if doc.cites:
        lines.append("  cites: " + ", ".join(dict.fromkeys(c.id for c in doc.cites)))
    if doc.zaken:
        lines.append("  zaken: " + ", ".join(dict.fromkeys(z.id for z in doc.zaken)))
    if doc.handelingen:
        lines.append("  handelingen: " + ", ".join(h.text for h in doc.handelingen))
    for m in doc.motions:
        who = " en ".join(m.members) + (" c.s." if m.cosigners else "")
        lines.append(f"  motion {m.id or '(no number)'} {who}: {m.action}")
        lines.append(f"      «{m.evidence}»")
    for c in doc.commitments:
        due = f" due {c.due}" if c.due else ""
        lines.append(f"  commitment {c.kind}/{c.type}{due}: «{c.text}»")
    for w in doc.warnings:
        lines.append(f"  warning: {w}")
    return "\n".join(lines)


def _or_corpus(own: str | None, from_corpus: str | None) -> str:
    if own:
        return own
    return f"{from_corpus} (from the corpus)" if from_corpus else "-"
