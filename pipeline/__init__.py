"""Bilingual extraction of factor → effect → target claims from review papers.

Stages, one package each, in the order data flows through them::

    reading/     bytes -> Document (txt, md in any encoding; PDFs: glyphs, layout, furniture)
    text/        blocks of lines, and a cleaned view of the text + map back to Document.text
    sentences/   sections and sentences, and the language of each
    names/       mentions: dictionary names, names the paper defines, new names, grounded to concepts
    english/     the English relation reader (dependency parse) -> triples
    relations/   the relation reader: construction records run by an engine -> triples
    store/       confidence, records -> Parquet parts with provenance, manifest, claims, exports
    reporting/   claims and their evidence -> one HTML file
    evaluation/  scoring against gold annotations (``python -m pipeline eval``)

``dictionary/`` loads dictionaries/ for all of them; ``runtime/`` decides what to (re)process and runs the
stages per paper. Shared by all: ``config`` (paths), ``records`` (the rows between stages), ``textnorm``
(name folding), ``memo``. The command line is ``python -m pipeline`` (``__main__.py``).
"""
__version__ = "0.1.0"
