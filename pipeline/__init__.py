"""Bilingual extraction of factor → effect → target claims from review papers.

Stages, in the order data flows through them::

    read      bytes -> Document (encodings; pdf.py, layout.py, furniture.py for PDFs)
    clean     cleaned view of the text + map back to Document.text
    segment   sections and sentences
    mentions  dictionary names, abbreviations defined in the paper, fuzzy
    relations trigger words and patterns -> triples
    confidence a fitted model -> each triple's confidence; low ones dropped
    tables    records -> Parquet parts, written atomically
    claims    all triples -> claims.parquet, across papers and languages
    report    claims and their evidence -> one HTML file

``batch`` decides what to (re)process and runs the stages per paper;
``evaluate`` scores the output against gold annotations (its stages: ``evaluation/``).
"""
__version__ = "0.1.0"
