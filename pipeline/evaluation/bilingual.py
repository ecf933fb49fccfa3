"""SPEC 4's cross-lingual agreement on the abstracts a paper gives in both Chinese and English."""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from .cells import normalize_aspect
from .output_tables import load_documents, read_table, table_path


def bilingual_agreement(out_dir: str | Path) -> dict[str, tuple[int, int, float]]:
    """SPEC 4's cross-lingual agreement on the abstracts a paper gives in both
    languages: per document, the Jaccard overlap of the (factor id, polarity,
    target id, aspect) sets of its Chinese and its English abstract.

    Returns {source: (n_zh, n_en, jaccard)} for documents with triples in both.
    """
    out = Path(out_dir)
    sentences = read_table(table_path(out, "sentences"), ("doc_id", "sent_id", "section"))
    triples = read_table(table_path(out, "triples"),
                         ("doc_id", "sent_id", "lang", "factor_id", "polarity", "target_id", "aspect"))
    documents = {d.doc_id: d.source for d in load_documents(out)}
    abstract = {(r["doc_id"], r["sent_id"]) for r in sentences if r["section"] == "abstract"}
    sets: dict[str, dict[str, set]] = defaultdict(lambda: {"zh": set(), "en": set()})
    for t in triples:
        if (t["doc_id"], t["sent_id"]) in abstract and t["lang"] in ("zh", "en"):
            key = (t["factor_id"], t["polarity"], t["target_id"], normalize_aspect(t["aspect"]))
            sets[t["doc_id"]][t["lang"]].add(key)
    out_rows = {}
    for doc_id, by_lang in sets.items():
        zh, en = by_lang["zh"], by_lang["en"]
        if zh and en:
            out_rows[documents.get(doc_id, doc_id)] = (len(zh), len(en), len(zh & en) / len(zh | en))
    return out_rows
