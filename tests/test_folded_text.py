"""The matcher's folded text (pipeline/names/matcher.py ``FoldedText``): each character of a real
sentence folded as ``fold_char`` folds it alone, and ``origin`` pointing every folded
character back at the character it came from (a separator gives none, a Greek letter
several)."""
from __future__ import annotations

from pipeline import config
from pipeline.names.matcher import FoldedText
from pipeline.textnorm import fold_char

RAW = sorted(config.RAW.glob("*.txt"))


def _one_by_one(text: str) -> tuple[str, tuple[int, ...]]:
    pieces = [fold_char(c) for c in text]
    return "".join(pieces), tuple(i for i, p in enumerate(pieces) for _ in p)


def test_a_sentence_with_greek_letters_and_separators_points_back_at_its_characters():
    text = "IL-1β 和 TNF-α 促进破骨细胞分化"
    ft = FoldedText.of(text)
    assert ft.folded == "il1beta和tnfalpha促进破骨细胞分化"
    assert (ft.folded, ft.origin) == _one_by_one(text)
    beta = ft.folded.index("beta")
    assert {ft.origin[k] for k in range(beta, beta + 4)} == {text.index("β")}


def test_a_chinese_clause_folds_to_itself():
    text = "骨髓间充质干细胞"
    assert (FoldedText.of(text).folded, FoldedText.of(text).origin) == (text, tuple(range(len(text))))


def test_every_line_of_the_sample_papers_folds_as_its_characters_do():
    for path in RAW:
        for line in path.read_text(encoding="utf-8").splitlines():
            ft = FoldedText.of(line)
            assert (ft.folded, ft.origin) == _one_by_one(line), line
