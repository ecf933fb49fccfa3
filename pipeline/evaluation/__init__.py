"""Scoring the pipeline's output against gold (SPEC section 4), one module a stage; data flows one way:

- ``gold``: the gold JSON Lines -> GoldTriple records (``cells`` reads each field or cell);
- ``output_tables``: the ``documents`` and ``triples`` tables -> Document and Prediction records,
  and the document each gold paper names;
- ``locate``: where a gold sentence occurs in its document (white space ignored);
- ``triple_match``: when a prediction matches a gold triple, sentence and aspect aside;
- ``bipartite``: the maximum matching that pairs them one to one;
- ``scoring``: per paper, then added up -> a Report of ``scores`` (counts and errors);
- ``name_coverage``: gold names found as mentions in their sentence;
- ``bilingual``: agreement of a paper's Chinese and English abstracts;
- ``printout``: the summary table and the error listing.

``python -m pipeline eval`` (``pipeline/evaluation/evaluate.py``) is the command line over them.
"""
