"""The claims table: derived from the triples on every run, consistent as papers come and go,
contested claims linked."""
from __future__ import annotations

import shutil

import pandas as pd
import pytest

from pipeline.__main__ import main
from pipeline.store.claims import CLAIMS_FILE, opposes

from .conftest import RAW

KEY = ["factor_id", "polarity", "target_id", "aspect", "negated"]


def claims_of(out) -> pd.DataFrame:
    return pd.read_parquet(out / CLAIMS_FILE)


def grouped_triples(out) -> pd.DataFrame:
    """The claims computed independently with pandas: triples, one per claim and sentence, grouped."""
    t = pd.read_parquet(out / "triples")
    t["aspect"] = t["aspect"].fillna("")
    t = t.drop_duplicates(KEY + ["doc_id", "sent_start", "sent_end"])
    g = t.groupby(KEY)
    return pd.DataFrame({
        "n_evidence": g.size(),
        "n_papers": g.doc_id.nunique(),
        "n_papers_zh": g.apply(lambda x: x[x.lang == "zh"].doc_id.nunique()),
        "n_papers_en": g.apply(lambda x: x[x.lang == "en"].doc_id.nunique()),
        "n_hedged": g.hedged.sum(),
        "doc_ids": g.doc_id.agg(lambda s: tuple(sorted(set(s)))),
        "effect_words": g.effect_text.agg(lambda s: frozenset(s)),
        "factor_name": g.factor_name.first(),
    })


def keyed(claims: pd.DataFrame) -> pd.DataFrame:
    c = claims.copy()
    c["aspect"] = c["aspect"].fillna("")
    return c.set_index(KEY).sort_index()


def run(raw, out) -> int:
    return main(["run", str(raw), "--out", str(out), "--workers", "1", "--no-progress"])


def test_run_writes_claims_whose_counts_agree_with_the_triples(sample_output):
    claims = keyed(claims_of(sample_output))
    expected = grouped_triples(sample_output).sort_index()
    assert claims.index.is_unique
    assert list(claims.index) == list(expected.index)  # one claim per key, none missing, none extra
    for column in ("n_evidence", "n_papers", "n_papers_zh", "n_papers_en", "n_hedged", "factor_name"):
        assert claims[column].tolist() == expected[column].tolist(), column
    assert [tuple(d) for d in claims.doc_ids] == expected.doc_ids.tolist()
    assert [frozenset(w) for w in claims.effect_words] == expected.effect_words.tolist()
    assert (claims.share_hedged == claims.n_hedged / claims.n_evidence).all()
    # The sample papers state IL-6's effects in several sentences; a claim stated in both
    # languages exists (the Chinese papers' English abstracts).
    assert (claims.factor_name == "IL-6").sum() > 10
    assert ((claims.n_papers_zh > 0) & (claims.n_papers_en > 0)).any()


def test_claim_types_come_from_the_dictionary_or_the_papers_own_concepts(sample_output):
    claims = claims_of(sample_output)
    mentions = pd.read_parquet(sample_output / "mentions")
    assert claims.factor_type.notna().all() and claims.target_type.notna().all()
    types = {**dict(zip(claims.factor_id, claims.factor_type)), **dict(zip(claims.target_id, claims.target_type))}
    assert types["HGNC:IL6"] == "gene" and types["CL:0000092"] == "cell"  # osteoclast
    local = {cid: t for cid, t in types.items() if cid.startswith("doc:")}
    assert local, "the sample papers define concepts of their own (abbreviations)"
    mention_types = dict(zip(mentions.concept_id, mentions.concept_type))
    assert all(mention_types[cid] == t for cid, t in local.items())


@pytest.mark.parametrize("a, b, expected", [
    ((1, False), (-1, False), True),    # promotes vs inhibits
    ((1, False), (1, True), True),      # promotes vs does not promote
    ((0, False), (0, True), True),      # regulates vs does not affect
    ((1, False), (0, False), False),    # a direction vs no direction
    ((-1, False), (-1, False), False),
    ((1, True), (-1, True), False),     # neither happens: no contradiction
    ((1, True), (-1, False), False),    # "does not promote" is compatible with "inhibits"
])
def test_which_claims_oppose(a, b, expected):
    key = lambda p: ("HGNC:IL6", p[0], "CL:0000092", "differentiation", p[1])  # noqa: E731
    assert opposes(key(a), key(b)) is expected
    assert opposes(key(b), key(a)) is expected


def test_contested_claims_on_the_sample_papers(sample_output):
    claims = claims_of(sample_output)
    by_id = claims.fillna({"aspect": ""}).set_index("claim_id")
    contested = claims[claims.contested].fillna({"aspect": ""})
    assert len(contested) > 0
    # Independently: groups of factor, target and aspect with both an asserted +1 and -1.
    asserted = claims[~claims.negated].fillna({"aspect": ""})
    both = asserted.groupby(["factor_id", "target_id", "aspect"]).polarity.agg(lambda p: {1, -1} <= set(p))
    expected = {k for k, v in both.items() if v}
    got = {(r.factor_id, r.target_id, r.aspect) for r in contested.itertuples()}
    assert got == expected
    for r in contested.itertuples():
        assert len(r.contested_with) > 0
        for other in r.contested_with:
            o = by_id.loc[other]
            assert r.claim_id in o.contested_with  # linked both ways
            assert (o.factor_id, o.target_id, o.aspect) == (r.factor_id, r.target_id, r.aspect)
            assert o.claim_group == r.claim_group
    # 001 says IL-6 inhibits osteoclast formation when RANKL is high and stimulates it when low.
    il6 = contested[(contested.factor_name == "IL-6") & (contested.target_name == "osteoclast")
                    & (contested.aspect == "differentiation")]
    assert set(il6.polarity) == {1, -1}


def test_two_real_sentences_of_opposite_polarity_in_two_papers_are_contested(tmp_raw, tmp_path):
    # Two sentences of paper 002 (line breaks of the extraction removed), one per paper.
    (tmp_raw / "a.txt").write_text("此外，TNF-α 通过抑制胰岛素样生长因子-1 的作用来抑制成骨细胞分化[126]。\n", encoding="utf-8")
    (tmp_raw / "b.txt").write_text("但是，其他研究也有报道 TNF-α具有增强成骨分化的功能，这是因为较低浓度的 TNF-α可增加骨髓间充质"
                                   "干细胞中 Runx2、Osx、Ocn 和碱性磷酸酶的水平，而较高浓度的 TNF-α则可降低它们的水平[130]。\n",
                                   encoding="utf-8")
    out = tmp_path / "out"
    assert run(tmp_raw, out) == 0
    claims = claims_of(out)
    docs = pd.read_parquet(out / "documents").set_index("source").doc_id
    pair = claims[(claims.factor_name == "TNF-α") & (claims.target_name == "osteoblast")
                  & (claims.aspect == "differentiation")].set_index("polarity")
    assert set(pair.index) == {1, -1}
    assert list(pair.loc[-1].doc_ids) == [docs["a.txt"]] and list(pair.loc[1].doc_ids) == [docs["b.txt"]]
    assert pair.contested.all()
    assert list(pair.loc[1].contested_with) == [pair.loc[-1].claim_id]
    assert list(pair.loc[-1].contested_with) == [pair.loc[1].claim_id]
    # b.txt also says the levels of Runx2, Osx, Ocn and ALP go up at a low dose and down at a
    # high one ("…可增加…的水平，而较高浓度的 TNF-α则可降低它们的水平"): each of those is
    # contested within b.txt, one claim each way; nothing else is contested
    others = claims[claims.contested & (claims.target_name != "osteoblast")]
    assert len(others) == 8
    assert all(list(d) == [docs["b.txt"]] for d in others.doc_ids)
    assert (others.groupby("target_name").polarity.apply(set) == {1, -1}).all()


def test_claims_follow_papers_as_they_are_added_and_removed(tmp_raw, tmp_path):
    papers = sorted(RAW.glob("*.txt"))[:3]
    for p in papers[:2]:
        shutil.copy(p, tmp_raw / p.name)
    out = tmp_path / "out"
    assert run(tmp_raw, out) == 0
    first = claims_of(out)
    written = (out / CLAIMS_FILE).stat().st_mtime_ns
    assert run(tmp_raw, out) == 0  # nothing changed: the same claims, not written again
    pd.testing.assert_frame_equal(claims_of(out), first)
    assert (out / CLAIMS_FILE).stat().st_mtime_ns == written

    shutil.copy(papers[2], tmp_raw / papers[2].name)  # a paper added
    assert run(tmp_raw, out) == 0
    added = claims_of(out)
    assert list(keyed(added).index) == list(grouped_triples(out).sort_index().index)
    assert keyed(added).n_evidence.tolist() == grouped_triples(out).sort_index().n_evidence.tolist()
    assert len(added) > len(first)

    (tmp_raw / papers[0].name).unlink()  # a paper removed
    assert run(tmp_raw, out) == 0
    removed = claims_of(out)
    gone = pd.read_parquet(out / "documents").doc_id
    assert len(gone) == 2
    assert all(set(ids) <= set(gone) for ids in removed.doc_ids)
    # The same claims as a fresh run over the two papers left.
    fresh = tmp_path / "fresh"
    assert run(tmp_raw, fresh) == 0
    pd.testing.assert_frame_equal(removed, claims_of(fresh))


def test_a_claims_table_a_killed_run_left_behind_is_rebuilt(tmp_raw, tmp_path, capsys):
    """A run killed after committing its last paper but before the claims table
    (its journal is still there, its manifest not yet written): the next run,
    with nothing to process, still brings the table up to date."""
    import json

    import pyarrow.parquet as pq

    shutil.copy(sorted(RAW.glob("*.txt"))[3], tmp_raw / "paper.txt")
    out = tmp_path / "out"
    assert run(tmp_raw, out) == 0
    first = claims_of(out)
    (out / CLAIMS_FILE).unlink()
    assert run(tmp_raw, out) == 0  # missing: rebuilt
    pd.testing.assert_frame_equal(claims_of(out), first)
    entry = json.loads((out / "_manifest.json").read_text())["papers"]["paper.txt"]
    (out / "_manifest.json").unlink()
    (out / "_journal.jsonl").write_text(json.dumps({"source": "paper.txt", "entry": entry}) + "\n")
    pq.write_table(pq.read_table(out / CLAIMS_FILE).slice(0, 0), out / CLAIMS_FILE)  # the claims of before
    capsys.readouterr()
    assert run(tmp_raw, out) == 0
    assert capsys.readouterr().out.startswith("0 papers processed, 1 unchanged")
    pd.testing.assert_frame_equal(claims_of(out), first)


def test_claims_are_ranked_by_papers_then_sentences(sample_output):
    claims = claims_of(sample_output)
    support = list(zip(-claims.n_papers, -claims.n_evidence))
    assert support == sorted(support)
    # The sample papers' best-supported claim is stated in two papers (TNF-α activates NF-κB,
    # in 001 and 002), ahead of claims stated in more sentences of one paper.
    assert claims.n_papers.iloc[0] == claims.n_papers.max() == 2
    assert (claims.n_evidence > claims.n_evidence.iloc[0]).any()


def test_class_words_are_marked_on_each_side(sample_output):
    from pipeline.runtime.resources import load_resources

    claims = claims_of(sample_output)
    class_words = load_resources().rules.class_words
    for side in ("factor", "target"):
        marked = dict(zip(claims[f"{side}_id"], claims[f"{side}_is_class"]))
        assert all(marked[cid] for cid in class_words & marked.keys())  # cell, signaling pathway
        # Families named in common words are classes; families named by a symbol are molecules.
        families = claims[claims[f"{side}_type"] == "family"]
        for cid, name, is_class in zip(families[f"{side}_id"], families[f"{side}_name"], families[f"{side}_is_class"]):
            assert is_class == (name == name.lower() and not any(ch.isdigit() for ch in name)), name
    marked = {**dict(zip(claims.factor_name, claims.factor_is_class)),
              **dict(zip(claims.target_name, claims.target_is_class))}
    assert marked["cytokine"] and marked["interleukin"] and marked["receptor"] and marked["cell"]
    assert not marked["NF-κB"] and not marked["IL-6"] and not marked["osteoclast"]


def test_confidence_of_the_triples_is_carried_into_the_claims_and_ranks_them(sample_output, tmp_path):
    """Triples that carry a confidence (as the confidence model will give): each claim carries the
    highest and the mean of its sentences' highest, and ranks by it among claims of equal support.
    Parts written before the column (here the first paper's) read as null."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from pipeline.runtime.batch import dictionary_types
    from pipeline.store.claims import build_claims, claim_key

    out = tmp_path / "output"
    shutil.copytree(sample_output, out)
    parts = sorted((out / "triples").glob("part-*.parquet"))
    pq.write_table(pq.read_table(parts[0]).drop_columns(["confidence"]), parts[0])  # a part from before the column
    for part in parts[1:]:
        table = pq.read_table(part).drop_columns(["confidence"])
        score = [((s * 31 + e * 17) % 100) / 100 for s, e in zip(table["factor_start"].to_pylist(),
                                                                 table["target_end"].to_pylist())]
        pq.write_table(table.append_column("confidence", pa.array(score, pa.float64())), part)
    from pipeline.store.tables import read_table

    triples = read_table(out, "triples").to_pandas()  # the parts' schemas merged
    claims = pd.DataFrame([c.__dict__ for c in build_claims(out, dictionary_types())])

    triples["key"] = [claim_key(r) for r in triples.to_dict("records")]
    per_sentence = triples.groupby(["key", "doc_id", "sent_start", "sent_end"]).confidence.max()
    expected = {key: (s.max(), s.mean()) for key, s in per_sentence.dropna().groupby(level=0)}
    keys = [claim_key(r) for r in claims.to_dict("records")]
    assert expected and claims.confidence.notna().sum() == len(expected)
    for key, conf, mean in zip(keys, claims.confidence, claims.confidence_mean):
        if key in expected:
            assert conf == pytest.approx(expected[key][0]) and mean == pytest.approx(expected[key][1])
        else:  # stated only in the first paper, whose part has no confidence
            assert pd.isna(conf) and pd.isna(mean)
    rank = list(zip(-claims.n_papers, -claims.n_evidence, -claims.confidence.fillna(-1.0)))
    assert rank == sorted(rank)


def test_readme_duckdb_example_lists_the_best_supported_particular_claims(sample_output, monkeypatch):
    import re

    import duckdb

    from pipeline import config

    readme = (config.ROOT / "README.md").read_text(encoding="utf-8")
    [query] = [q for q in re.findall(r"```sql\n(.*?)```", readme, flags=re.S) if "claims.parquet" in q]
    monkeypatch.chdir(sample_output.parent)
    answer = duckdb.connect().sql(query).df()
    claims = claims_of(sample_output)
    particular = claims[~claims.factor_is_class & ~claims.target_is_class]
    assert len(answer) == min(20, len(particular))
    assert list(answer.factor_name) == list(particular.factor_name[:len(answer)])
    assert not set(answer.factor_name) & {"cytokine", "interleukin"}
    assert (answer.n_papers.iloc[0], answer.n_evidence.iloc[0]) == (2, 4)  # TNF-α activates NF-κB
