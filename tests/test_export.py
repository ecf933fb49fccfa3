"""Exports for other tools: the claims as GraphML and SIF (Cytoscape), the papers as BioC.
Each is written by the command line and read back with the reader those tools' users have."""
from __future__ import annotations

import csv

import pandas as pd
import pytest

from pipeline.__main__ import main
from pipeline.store.export import EDGE_FIELDS, NODE_FIELDS, claims_graph, read_claims


def export(out, to: str, path) -> None:
    assert main(["export", "--to", to, "--out", str(out), "--file", str(path)]) == 0


def same_graph(a, b) -> None:
    assert dict(a.nodes(data=True)) == dict(b.nodes(data=True))
    assert sorted((u, v, k, sorted(d.items())) for u, v, k, d in a.edges(keys=True, data=True)) == \
        sorted((u, v, k, sorted(d.items())) for u, v, k, d in b.edges(keys=True, data=True))


def test_graphml_reads_back_equal_in_networkx_and_holds_every_claim(sample_output, tmp_path):
    import networkx as nx

    path = tmp_path / "claims.graphml"
    export(sample_output, "graphml", path)
    graph = nx.read_graphml(path, force_multigraph=True)
    same_graph(graph, claims_graph(read_claims(sample_output)))
    # Against the claims table itself: one directed edge per claim, from factor to target.
    claims = pd.read_parquet(sample_output / "claims.parquet")
    assert graph.is_directed() and graph.number_of_edges() == len(claims)
    for c in claims.itertuples():
        edge = graph.edges[c.factor_id, c.target_id, c.claim_id]
        assert (edge["polarity"], edge["negated"], edge["n_papers"], edge["n_evidence"]) == \
            (c.polarity, c.negated, c.n_papers, c.n_evidence)
        assert edge["aspect"] == (c.aspect if isinstance(c.aspect, str) else "") and edge["doc_ids"].split("|") == list(c.doc_ids)
        assert graph.nodes[c.factor_id]["type"] == c.factor_type
        assert graph.nodes[c.target_id]["is_class"] == c.target_is_class
    assert graph.edges["HGNC:TNF", "local:nfkb", claims.claim_id.iloc[0]]["interaction"] == "increases"


def read_sif(path):
    """The network of a SIF file and its two attribute tables, as Cytoscape puts them together."""
    import networkx as nx

    graph = nx.MultiDiGraph()
    # An empty cell is an empty name, or no number (a claim without a confidence).
    typed = lambda fields, row: {k: kind(row[k]) if kind is not bool else row[k] == "true"  # noqa: E731
                                 for k, kind in fields if row[k] != "" or kind is str}
    with open(path.with_name("claims.nodes.tsv"), encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            graph.add_node(row["id"], **typed(NODE_FIELDS, row))
    with open(path.with_name("claims.edges.tsv"), encoding="utf-8", newline="") as f:
        edges = {row["edge"]: typed(EDGE_FIELDS, row) for row in csv.DictReader(f, delimiter="\t")}
    for line in path.read_text(encoding="utf-8").splitlines():
        source, interaction, target = line.split("\t")
        attributes = edges.pop(f"{source} ({interaction}) {target}")
        graph.add_edge(source, target, key=attributes["claim_id"], **attributes)
    assert not edges, "edge rows with no line in the SIF"
    return graph


def test_sif_and_its_tables_read_back_equal(sample_output, tmp_path):
    path = tmp_path / "claims.sif"
    export(sample_output, "sif", path)
    lines = path.read_text(encoding="utf-8").splitlines()
    claims = pd.read_parquet(sample_output / "claims.parquet")
    assert len(lines) == len(set(lines)) == len(claims)  # each claim its own edge in Cytoscape
    same_graph(read_sif(path), claims_graph(read_claims(sample_output)))
    assert "HGNC:TNF\tincreases:activity\tlocal:nfkb" in lines


@pytest.mark.parametrize("to, suffix", [("bioc", "xml"), ("bioc-json", "json")])
def test_bioc_reads_back_equal_and_points_at_the_text(sample_output, tmp_path, to, suffix):
    import bioc
    from bioc import biocjson

    from pipeline.store.export import bioc_collection

    path = tmp_path / f"papers.bioc.{suffix}"
    export(sample_output, to, path)
    with open(path, encoding="utf-8") as f:
        collection = bioc.load(f) if suffix == "xml" else biocjson.load(f)
    assert biocjson.toJSON(collection) == biocjson.toJSON(bioc_collection(sample_output))

    documents = pd.read_parquet(sample_output / "documents").set_index("doc_id")
    mentions = pd.read_parquet(sample_output / "mentions")
    triples = pd.read_parquet(sample_output / "triples")
    assert sorted(d.id for d in collection.documents) == sorted(documents[documents.status == "ok"].index)
    for document in collection.documents:
        text = documents.text[document.id]
        passages = document.passages
        annotations = {a.id: a for p in passages for a in p.annotations}
        for p in passages:
            assert p.text == text[p.offset:p.offset + len(p.text)]
            for a in p.annotations:
                [loc] = a.locations
                assert a.text == text[loc.offset:loc.end] and p.offset <= loc.offset < p.offset + len(p.text)
        # Every mention is an annotation with its concept id; every triple a relation.
        mine = mentions[mentions.doc_id == document.id]
        seen = {(a.locations[0].offset, a.locations[0].end, a.infons["identifier"]) for a in annotations.values()
                if a.infons.get("via") not in (None, "triple")}
        assert seen == set(zip(mine.start, mine.end, mine.concept_id))
        relations = [r for p in passages for r in p.relations]
        rows = triples[triples.doc_id == document.id]
        assert len(relations) == len(rows)
        stated = set()
        for r in relations:
            nodes = {n.role: annotations[n.refid] for n in r.nodes}
            assert set(nodes) == {"factor", "trigger", "target"}
            assert nodes["factor"].infons["identifier"] == r.infons["factor"]
            assert nodes["target"].infons["identifier"] == r.infons["target"]
            assert nodes["trigger"].infons["effect"] == r.infons["effect"]
            stated.add(tuple((nodes[k].locations[0].offset, nodes[k].locations[0].end)
                             for k in ("factor", "trigger", "target")) + (r.infons["factor"], r.infons["target"]))
        assert stated == set(zip(zip(rows.factor_start, rows.factor_end), zip(rows.effect_start, rows.effect_end),
                                 zip(rows.target_start, rows.target_end), rows.factor_id, rows.target_id))


def test_export_without_claims_names_the_folder(tmp_path, capsys):
    assert main(["export", "--to", "graphml", "--out", str(tmp_path)]) == 2
    assert str(tmp_path / "claims.parquet") in capsys.readouterr().err
