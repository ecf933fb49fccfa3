"""The relation reader's data: its word classes (words.tsv), its construction records (constructions.tsv)
with the errors a broken record gives, the curator's list made from them (docs/constructions.md), and
the code, which holds no word of either language."""
from __future__ import annotations

import io
import re
import shutil
import tokenize
from pathlib import Path

import pytest

from pipeline import config
from pipeline.dictionary.lexicon import DictionaryError
from pipeline.relations import load_rule_data

DATA = load_rule_data(config.DICTIONARIES)
# A Chinese word is written in Han characters (CJK Unified Ideographs and Extension A). Punctuation
# of the script (。！？, （）, 【】, the ideographic space, full-width forms) is a character class, no
# word: it may stay in the code, as a named constant with a comment.
HAN = re.compile(r"[\u3400-\u9fff]")
# The English classes of words.tsv that used to be lists in relations.py.
MOVED_CLASSES = ("be", "break", "article", "nominal_partner", "by", "complementizer", "role_in", "effect_on",
                 "with", "includes", "cells_of", "family_of")


def test_a_trigger_can_say_no_aspect():
    assert DATA.triggers[("zh", "负调节因子")].aspect == "none"


@pytest.mark.parametrize("lang,word,has,lacks", [
    ("zh", "的", {"de"}, set()),
    ("en", "of", {"de"}, set()),
    ("en", "Of", set(), {"de"}),  # of is matched as written
    ("en", "The", {"article"}, set()),  # an article whatever its case
    ("en", "antagonized", {"be_participle_ending", "past_ending"}, set()),
    ("zh", "，", {"clause_break", "gap", "wide_comma"}, {"comma"}),
    ("en", ",", {"clause_break", "comma"}, set()),
])
def test_word_classes(lang, word, has, lacks):
    marks = DATA.marks(lang, word)
    assert has <= marks and not lacks & marks


def _dictionaries_with(tmp_path: Path, edit) -> Path:
    folder = tmp_path / "dictionaries"
    shutil.copytree(config.DICTIONARIES, folder)
    path = folder / "relations" / "constructions.tsv"
    path.write_text(edit(path.read_text(encoding="utf-8")), encoding="utf-8")
    return folder


@pytest.mark.parametrize("edit,problem", [
    (lambda s: s.replace("zh.passive\tzh\tclaim", "zh.active\tzh\tclaim", 1), "already used"),
    (lambda s: s.replace("zh.passive\tzh\tclaim", "zh.passive\tzh\tclaims", 1), "unknown stage"),
    (lambda s: s.replace("zh.passive\tzh\tclaim", "zh.passive\ten\tclaim", 1), "must start with en."),
    (lambda s: s.replace("\ttriples\tRANKL 活性被", "\tclaim\tRANKL 活性被", 1), "emits must be one of"),
    (lambda s: s.replace("zh.passive\tzh\tclaim\t200", "zh.passive\tzh\tclaim\tlate", 1), "order must be a whole number"),
    (lambda s: s.replace("zh.passive\tzh\tclaim\t200", "zh.passive_again\tzh\tclaim\t200", 1), "no handler"),
    (lambda s: s.replace("zh.passive\tzh\tclaim\t200", "zh.passive\tzh\tclaim\t210", 1), "has the order of"),
])
def test_a_broken_record_is_an_error_that_names_its_line(tmp_path, edit, problem):
    folder = _dictionaries_with(tmp_path, edit)
    with pytest.raises(DictionaryError, match=problem) as error:
        load_rule_data(folder)
    assert "constructions.tsv" in str(error.value)


def test_an_unknown_word_class_is_an_error(tmp_path):
    folder = tmp_path / "dictionaries"
    shutil.copytree(config.DICTIONARIES, folder)
    words = folder / "relations" / "words.tsv"
    words.write_text(words.read_text(encoding="utf-8") + "articles\ten\tthe\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match=r"words.tsv:\d+: unknown word class 'articles'"):
        load_rule_data(folder)


def test_the_curators_list_is_up_to_date():
    from pipeline.relations.docs import DOC, current_text

    text = current_text()
    assert DOC.read_text(encoding="utf-8") == text, "docs/constructions.md is out of date: python -m pipeline.relations.docs"
    assert all(f"`{r.name}`" in text for r in DATA.constructions)
    assert "`en.dep.passive_agent`" in text  # the English parse reader's records too


def test_the_two_readers_records_have_distinct_names():
    """A rule names one record: no name is both a record of constructions.tsv and of
    english_constructions.tsv."""
    from pipeline.english.english_words import load_english_vocab

    english = {c.name for c in load_english_vocab(config.DICTIONARIES, DATA).constructions}
    assert english and not english & {c.name for c in DATA.constructions}


def _code_strings(path: Path) -> list[str]:
    """The string literals of a module, without its docstrings (comments are no tokens of their own)."""
    tokens = list(tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline))
    out = []
    for k, tok in enumerate(tokens):
        if tok.type != tokenize.STRING:
            continue
        before = next((t for t in reversed(tokens[:k]) if t.type not in (tokenize.NL, tokenize.COMMENT)), None)
        after = tokens[k + 1] if k + 1 < len(tokens) else None
        docstring = (before is None or before.type in (tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT)) \
            and after is not None and after.type in (tokenize.NEWLINE, tokenize.ENDMARKER)
        if not docstring:
            out.append(tok.string)
    return out


def test_no_chinese_word_in_the_code():
    """No string of the code (docstrings and comments aside) holds a Han character; the words are
    in dictionaries/ (relations/ for the relation reader; sections.tsv for line_patterns.py, layout.py and
    pdf.py; composition_words.tsv for compositions.py; abbreviation_words.tsv for abbreviations.py)."""
    holding = {p.name for p in (config.ROOT / "pipeline").rglob("*.py")
               if any(HAN.search(s) for s in _code_strings(p))}
    assert not holding, f"Chinese words in the code of {sorted(holding)}"


def test_no_word_of_the_moved_lists_in_the_relation_reader():
    from pipeline.dictionary.lexicon import ASPECTS, TYPES
    from pipeline.relations.data import CUE_KINDS, EFFECTS, FORMS, WORD_KINDS

    names = set(WORD_KINDS) | set(CUE_KINDS) | set(TYPES) | set(EFFECTS) | set(ASPECTS) | set(FORMS)
    moved = {w for kind in MOVED_CLASSES for w in DATA.words_of(kind, "en")} - names
    for path in (config.ROOT / "pipeline" / "relations").glob("*.py"):
        literals = {s.strip("\"'").lower() for s in _code_strings(path)}
        assert not literals & moved, f"{path.name}: {sorted(literals & moved)} belong in words.tsv"


def test_a_verb_row_reads_its_participle_as_a_modifier_and_its_gerund_as_a_noun():
    """``IL-1-induced RANKL`` and ``the binding of RANKL to RANK`` need no rows of their own: the verb rows give them."""
    from pipeline.english.english_words import EnglishVocab

    vocab = EnglishVocab(DATA)
    assert vocab.trigger("induced", ("modifier",)).effect == "induces"
    assert vocab.trigger("binding", ("noun",)).effect == "binds"


def test_a_trigger_row_an_earlier_row_already_gives_is_an_error(tmp_path):
    """A row that can never apply (its word is a derived form of an earlier verb row) is named with the row that
    takes its place, so the curator sees why an edit to it changes nothing."""
    folder = tmp_path / "dictionaries"
    shutil.copytree(config.DICTIONARIES, folder)
    path = folder / "relations" / "triggers.tsv"
    path.write_text(path.read_text(encoding="utf-8") + "en\tsuppressed\tinhibits\tmodifier\t\t\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match=r"triggers.tsv:\d+: 'suppressed' is already read from line \d+ "
                                              r"\('suppress', verb\)"):
        load_rule_data(folder)
