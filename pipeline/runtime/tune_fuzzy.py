"""Measure the fuzzy matcher's threshold instead of guessing it.

``python -m pipeline.runtime.tune_fuzzy [--write]``

Positives: English dictionary names with the slips OCR and typing make
(``l`` for ``I``, ``0`` for ``O``, ``rn`` for ``m``, a letter dropped,
doubled or swapped), generated with a fixed seed; each should be matched
back to its own concept. Negatives: the name-like English words of the
papers in ``raw/`` that the dictionary does not know (gene symbols such as
``UBE2O``, long words such as ``osteoimmunology``); none should match
anything. For each threshold the table shows precision and recall of the
fuzzy pass alone and the share of unknown words it wrongly matches; the
threshold kept is the lowest whose false matches stay at or under 1 %. ``--write`` stores it in
``dictionaries/settings.tsv`` with the figures that justify it.
"""
from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

from .. import config
from ..names.matcher import FuzzyIndex, looks_like_name
from ..reading.read import read_document
from .resources import load_resources
from ..textnorm import fold

MAX_FALSE_MATCHES = 0.01
SLIPS = [("I", "l"), ("O", "Q"), ("m", "rn"), ("rn", "m"), ("α", "a"), ("e", "c"), ("c", "e"), ("i", "l")]


def perturb(name: str, rng: random.Random) -> str:
    """One OCR or typing slip in ``name``."""
    options = [(a, b) for a, b in SLIPS if a in name]
    kind = rng.choice(["slip", "drop", "double", "swap"] if options else ["drop", "double", "swap"])
    letters = [i for i, c in enumerate(name) if c.isalpha()][1:]
    if kind == "slip":
        a, b = rng.choice(options)
        at = rng.choice([m.start() for m in re.finditer(re.escape(a), name)])
        return name[:at] + b + name[at + len(a):]
    i = rng.choice(letters[1:-1] or letters)
    if kind == "drop":
        return name[:i] + name[i + 1:]
    if kind == "double":
        return name[:i] + name[i] + name[i:]
    j = min(i + 1, len(name) - 1)
    return name[:i] + name[j] + name[i] + name[j + 1:]


def positives(resources, rng: random.Random, n: int = 600) -> list[tuple[str, str]]:
    """(misspelt name, concept id) pairs."""
    names = sorted({(t.text, t.concept_id) for ts in resources.lexicon.terms.values() for t in ts
                    if t.lang == "en" and len(fold(t.text)) >= FuzzyIndex.MIN_LENGTH and len(ts) == 1
                    and re.fullmatch(r"[A-Za-z0-9α-ω-]+", t.text)})
    sample = rng.sample(names, min(n, len(names)))
    out = []
    for text, cid in sample:
        wrong = perturb(text, rng)
        if fold(wrong) != fold(text) and not resources.lexicon.lookup(fold(wrong)):
            out.append((wrong, cid))
    return out


def negatives(resources, raw: Path) -> list[str]:
    words = set()
    for path in sorted(raw.glob("*")):
        try:
            text = read_document(path).text
        except Exception:  # noqa: BLE001 - a tuning aid; unreadable files are simply not used
            continue
        for m in re.finditer(r"[A-Za-z][A-Za-z0-9α-ω]*(?:-[A-Za-z0-9α-ω]+)*", text):
            w = m.group()
            if len(fold(w)) >= FuzzyIndex.MIN_LENGTH and looks_like_name(w) and not resources.lexicon.lookup(fold(w)):
                words.add(w)
    return sorted(words)


def measure(resources, pos, neg, thresholds) -> list[tuple[float, float, float, float]]:
    """(threshold, recall on misspelt names, wrong readings of misspelt
    names, share of unknown words matched to something) per threshold."""
    rows = []
    for th in thresholds:
        index = FuzzyIndex(resources.fuzzy.concepts, th)
        tp = sum(1 for w, cid in pos if (hit := index.best(fold(w))) and index.concepts[hit[0]].id == cid)
        wrong = sum(1 for w, cid in pos if (hit := index.best(fold(w))) and index.concepts[hit[0]].id != cid)
        false_matches = sum(1 for w in neg if index.best(fold(w)))
        rows.append((th, tp / len(pos) if pos else 0.0, wrong / len(pos) if pos else 0.0,
                     false_matches / len(neg) if neg else 0.0))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="store the chosen threshold in settings.tsv")
    args = parser.parse_args(argv)
    resources = load_resources()
    rng = random.Random(20261122)
    pos, neg = positives(resources, rng), negatives(resources, config.RAW)
    rows = measure(resources, pos, neg, [80, 82, 84, 86, 88, 90, 91, 92, 93, 94, 95, 96])
    print(f"{len(pos)} misspelt names, {len(neg)} unknown name-like words from raw/")
    print("threshold  recall  wrong-reading  unknown-words-matched")
    for th, r, wrong, fm in rows:
        print(f"{th:9.0f}  {r:6.3f}  {wrong:13.3f}  {fm:21.3f}")
    # Unknown words far outnumber typos in real text, so a false match is
    # the costly error: keep the lowest threshold that matches at most 1 %
    # of unknown words to something.
    ok = [row for row in rows if row[3] <= MAX_FALSE_MATCHES] or rows[-1:]
    best = min(ok, key=lambda row: row[0])
    print(f"chosen: {best[0]:.0f} (recall {best[1]:.3f}, unknown words matched {best[3]:.3f})")
    if args.write:
        path = config.DICTIONARIES / "settings.tsv"
        lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("fuzzy_threshold\t")]
        lines.append(f"fuzzy_threshold\t{best[0]:.0f}\tmeasured by python -m pipeline.runtime.tune_fuzzy: the lowest threshold "
                     f"matching at most 1% of {len(neg)} unknown words from raw/ ({best[3]:.3f}); recall "
                     f"{best[1]:.3f} on {len(pos)} misspelt dictionary names")
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
