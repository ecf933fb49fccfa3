"""The output in formats other tools open: Cytoscape (GraphML, SIF) and BioC.

``python -m pipeline export --to graphml|sif|bioc|bioc-json [--out DIR] [--file PATH]``

- ``graphml``: the claims as a directed multigraph (networkx, read by
  Cytoscape, Gephi, yEd): one node per concept (``name``, ``type``,
  ``is_class``), one edge per claim, keyed by its ``claim_id``, from factor
  to target, with ``interaction`` (increases, decreases, acts on; ``not ``
  before a negated one), ``polarity``, ``negated``, ``aspect``, ``effects``,
  ``n_papers``, ``n_evidence`` and the other counts of ``claims.parquet``,
  and ``confidence`` where the claims carry one. Lists are ``|``-joined.
- ``sif``: the same graph as Cytoscape's Simple Interaction Format,
  ``factor_id <tab> interaction <tab> target_id`` (the interaction names
  the aspect after a colon so each claim is its own edge), beside two
  attribute tables Cytoscape imports onto it: ``NAME.nodes.tsv`` keyed by
  node id and ``NAME.edges.tsv`` keyed by Cytoscape's edge name
  ``factor_id (interaction) target_id``.
- ``bioc``/``bioc-json``: one BioC document per paper read (``id`` its
  ``doc_id``; ``source``, ``lang`` and ``format`` as infons), one passage
  per run of sentences of one section (``type`` the section), every mention
  an annotation (``identifier`` its concept id, ``type``, ``name``, ``via``),
  each triple's trigger an annotation of type ``trigger``, and each triple
  a relation whose nodes are its factor, trigger and target (a factor or
  target the triple grounds differently from the mention on the same
  characters, a disease read as its cells, gets an annotation of its own,
  ``via`` ``triple``). Offsets are character offsets into ``documents.text``,
  as in the tables, so ``text[offset:offset + length]`` is the annotation.

Every file is written to a temporary file and renamed into place, with the
mode the umask gives.
"""
from __future__ import annotations

import csv
import io
import os
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Iterable, Mapping

from .claims import CLAIMS_FILE, concept_types
from ..records import PipelineError
from .tables import publish, read_table

FORMATS = ("graphml", "sif", "bioc", "bioc-json")
DEFAULT_FILES = {"graphml": "claims.graphml", "sif": "claims.sif", "bioc": "papers.bioc.xml",
                 "bioc-json": "papers.bioc.json"}
INTERACTION = {1: "increases", -1: "decreases", 0: "acts on"}
# (column, type) of the nodes and edges of the graph, in the order the tables list them.
NODE_FIELDS = (("name", str), ("type", str), ("is_class", bool))
EDGE_FIELDS = (("claim_id", str), ("interaction", str), ("polarity", int), ("negated", bool), ("aspect", str),
               ("effects", str), ("effect_words", str), ("n_papers", int), ("n_evidence", int),
               ("n_papers_zh", int), ("n_papers_en", int), ("share_hedged", float), ("contested", bool),
               ("claim_group", str), ("doc_ids", str), ("confidence", float))


def export(out_dir: Path, to: str, file: Path | None = None) -> list[Path]:
    """Write ``out_dir`` in format ``to``; returns the files written."""
    if to not in FORMATS:
        raise PipelineError(f"unknown export format {to!r}; one of {', '.join(FORMATS)}")
    path = file or out_dir / "export" / DEFAULT_FILES[to]
    if to == "graphml":
        return [write_graphml(claims_graph(read_claims(out_dir)), path)]
    if to == "sif":
        return write_sif(claims_graph(read_claims(out_dir)), path)
    return [write_bioc(bioc_collection(out_dir), path, as_json=to == "bioc-json")]


def read_claims(out_dir: Path) -> list[dict]:
    if not (out_dir / CLAIMS_FILE).exists():
        raise PipelineError(f"{out_dir / CLAIMS_FILE}: no claims table; run `python -m pipeline run --out {out_dir}` "
                            f"first")
    try:
        return read_table(out_dir, "claims").to_pylist()
    except (OSError, ValueError) as exc:
        raise PipelineError(f"{out_dir / CLAIMS_FILE}: cannot read the claims: {exc}") from exc


def _write_atomic(path: Path, write) -> Path:
    """Call ``write(binary_file)`` on a temporary file beside ``path``, then rename it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-export-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            write(f)
        publish(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


# --- the claims as a graph ------------------------------------------------------

def interaction(c: Mapping) -> str:
    """``increases``, ``not decreases``, ``acts on``: the claim's direction in a word."""
    return ("not " if c["negated"] else "") + INTERACTION[int(c["polarity"])]


def claims_graph(claims: Iterable[Mapping]):
    """The claims as a networkx MultiDiGraph: concepts and, keyed by claim_id, claims."""
    import networkx as nx

    graph = nx.MultiDiGraph()
    for c in claims:
        for side in ("factor", "target"):
            graph.add_node(c[f"{side}_id"], name=c[f"{side}_name"], type=c[f"{side}_type"] or "",
                           is_class=bool(c.get(f"{side}_is_class")))
        graph.add_edge(c["factor_id"], c["target_id"], key=c["claim_id"], **edge_attributes(c))
    return graph


def edge_attributes(c: Mapping) -> dict:
    values = {
        "claim_id": c["claim_id"], "interaction": interaction(c), "polarity": int(c["polarity"]),
        "negated": bool(c["negated"]), "aspect": c["aspect"] or "", "effects": "|".join(c["effects"]),
        "effect_words": "|".join(c["effect_words"]), "n_papers": int(c["n_papers"]),
        "n_evidence": int(c["n_evidence"]), "n_papers_zh": int(c["n_papers_zh"]),
        "n_papers_en": int(c["n_papers_en"]), "share_hedged": float(c["share_hedged"]),
        "contested": bool(c["contested"]), "claim_group": c["claim_group"], "doc_ids": "|".join(c["doc_ids"]),
    }
    if c.get("confidence") is not None:
        values["confidence"] = float(c["confidence"])
    return values


def write_graphml(graph, path: Path) -> Path:
    import networkx as nx

    return _write_atomic(path, lambda f: nx.write_graphml(graph, f, encoding="utf-8", prettyprint=True))


def sif_interaction(attributes: Mapping) -> str:
    """The interaction of one claim in SIF: its direction, and its aspect after a colon."""
    aspect = attributes["aspect"]
    return attributes["interaction"] + (f":{aspect}" if aspect else "")


def write_sif(graph, path: Path) -> list[Path]:
    """``path`` (the network) and, beside it, its node and edge attribute tables."""
    stem = path.name[:-len(".sif")] if path.name.endswith(".sif") else path.name
    nodes_path, edges_path = path.with_name(stem + ".nodes.tsv"), path.with_name(stem + ".edges.tsv")
    lines = [f"{f}\t{sif_interaction(a)}\t{t}\n" for f, t, a in graph.edges(data=True)]
    node_rows = [[n] + [_cell(a.get(k)) for k, _ in NODE_FIELDS] for n, a in graph.nodes(data=True)]
    edge_rows = [[f"{f} ({sif_interaction(a)}) {t}"] + [_cell(a.get(k)) for k, _ in EDGE_FIELDS]
                 for f, t, a in graph.edges(data=True)]
    _write_atomic(path, lambda f: f.write("".join(lines).encode("utf-8")))
    _write_atomic(nodes_path, lambda f: f.write(_tsv(["id"] + [k for k, _ in NODE_FIELDS], node_rows)))
    _write_atomic(edges_path, lambda f: f.write(_tsv(["edge"] + [k for k, _ in EDGE_FIELDS], edge_rows)))
    return [path, nodes_path, edges_path]


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _tsv(header: list[str], rows: list[list[str]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter="\t", lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


# --- the papers as BioC ---------------------------------------------------------

def bioc_collection(out_dir: Path):
    """Every paper read under ``out_dir`` as a BioC collection."""
    import bioc

    try:
        documents = [d for d in read_table(out_dir, "documents").to_pylist() if d["status"] == "ok"]
        sentences = read_table(out_dir, "sentences").to_pylist()
        mentions = read_table(out_dir, "mentions").to_pylist()
        triples = read_table(out_dir, "triples").to_pylist()
    except (OSError, ValueError, KeyError) as exc:
        raise PipelineError(f"{out_dir}: cannot read the tables to export: {exc}") from exc
    from ..runtime.batch import dictionary_types

    types = concept_types(mentions, dictionary_types())
    by_doc = {name: _by_doc(rows) for name, rows in
              (("sentences", sentences), ("mentions", mentions), ("triples", triples))}
    collection = bioc.BioCCollection()
    collection.source = "cytokine-triples"
    collection.key = "cytokine-triples.key"
    for doc in sorted(documents, key=lambda d: d["source"]):
        collection.add_document(bioc_document(doc, by_doc["sentences"][doc["doc_id"]],
                                              by_doc["mentions"][doc["doc_id"]], by_doc["triples"][doc["doc_id"]],
                                              types))
    return collection


def _by_doc(rows: list[dict]) -> dict[str, list[dict]]:
    grouped: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        grouped[row["doc_id"]].append(row)
    return grouped


def passages_of(text: str, sentences: list[Mapping]) -> list[tuple[int, int, str]]:
    """(start, end, section) of each run of consecutive sentences of one section."""
    runs: list[list] = []
    for s in sorted(sentences, key=lambda s: (s["start"], s["end"])):
        if runs and runs[-1][2] == s["section"] and s["start"] >= runs[-1][1]:
            runs[-1][1] = s["end"]
        else:
            runs.append([s["start"], s["end"], s["section"]])
    return [tuple(r) for r in runs]


def bioc_document(doc: Mapping, sentences: list[Mapping], mentions: list[Mapping], triples: list[Mapping],
                  types: Mapping[str, str]):
    """One paper: passages, mentions and triggers as annotations, triples as relations."""
    import bioc

    text = doc["text"]
    document = bioc.BioCDocument()
    document.id = doc["doc_id"]
    document.infons.update(_filled({"source": doc["source"], "lang": doc["lang"], "format": doc["format"]}))
    passages = []
    for start, end, section in passages_of(text, sentences):
        passage = bioc.BioCPassage()
        passage.offset, passage.text = start, text[start:end]
        passage.infons["type"] = section
        passages.append((start, end, passage))
        document.add_passage(passage)
    annotations = _Annotations(text, passages)
    for m in sorted(mentions, key=lambda m: (m["start"], m["end"], m["concept_id"])):
        annotations.add(m["start"], m["end"], {"identifier": m["concept_id"], "type": m["concept_type"],
                                               "name": m["concept_name"], "via": m["via"]})
    for n, t in enumerate(sorted(triples, key=lambda t: (t["sent_start"], t["effect_start"], t["factor_start"],
                                                          t["target_start"], t["factor_id"], t["target_id"]))):
        relation = bioc.BioCRelation()
        relation.id = f"R{n}"
        relation.infons.update(_filled(_relation_infons(t)))
        for role in ("factor", "effect", "target"):
            infons = ({"type": "trigger", "effect": t["effect"], "polarity": str(t["polarity"])} if role == "effect"
                      else {"identifier": t[f"{role}_id"], "type": types.get(t[f"{role}_id"]) or "unknown",
                            "name": t[f"{role}_name"], "via": "triple"})
            ref = annotations.find_or_add(t[f"{role}_start"], t[f"{role}_end"], infons)
            relation.add_node(bioc.BioCNode(ref, "trigger" if role == "effect" else role))
        annotations.passage_at(t["sent_start"]).add_relation(relation)
    return document


def _filled(infons: Mapping[str, str | None]) -> dict[str, str]:
    """The infons that have a value: BioC XML reads an empty one back as none."""
    return {k: v for k, v in infons.items() if v}


def _relation_infons(t: Mapping) -> dict[str, str]:
    return {"type": "claim", "effect": t["effect"], "polarity": str(t["polarity"]), "aspect": t["aspect"] or "",
            "negated": str(bool(t["negated"])).lower(), "hedged": str(bool(t["hedged"])).lower(),
            "rule": t["rule"], "factor": t["factor_id"], "target": t["target_id"]}


class _Annotations:
    """The annotations of one document, each in the passage that holds it, found by
    span and concept (a trigger by span and effect: a knocked-down factor turns the
    same word's effect round in one triple and not in another)."""

    def __init__(self, text: str, passages: list):
        self.text, self.passages = text, passages
        self.ids: dict[tuple, str] = {}

    def passage_at(self, offset: int):
        for start, end, passage in self.passages:
            if start <= offset < end:
                return passage
        raise PipelineError(f"offset {offset} lies in no sentence of the document: the tables are out of step")

    @staticmethod
    def _key(start: int, end: int, infons: Mapping[str, str]) -> tuple:
        return (start, end, infons.get("identifier") or (infons["type"], infons.get("effect")))

    def add(self, start: int, end: int, infons: Mapping[str, str]) -> str:
        import bioc

        annotation = bioc.BioCAnnotation()
        annotation.id = f"A{len(self.ids)}"
        annotation.infons.update(_filled(infons))
        annotation.text = self.text[start:end]
        annotation.add_location(bioc.BioCLocation(start, end - start))
        self.passage_at(start).add_annotation(annotation)
        self.ids.setdefault(self._key(start, end, infons), annotation.id)
        return annotation.id

    def find_or_add(self, start: int, end: int, infons: Mapping[str, str]) -> str:
        """The annotation of this span naming the same concept (or trigger), made when there is none."""
        found = self.ids.get(self._key(start, end, infons))
        return found if found is not None else self.add(start, end, infons)


def write_bioc(collection, path: Path, as_json: bool = False) -> Path:
    import bioc
    from bioc import biocjson

    text = biocjson.dumps(collection, indent=1) if as_json else bioc.dumps(collection)
    return _write_atomic(path, lambda f: f.write(text.encode("utf-8")))
