"""spaCy's two rule-based components, the same annotations at a fraction of their cost.

The English model ends with two components that learn nothing: the attribute ruler (the
part of speech, morphology and some lemmas from each token's tag, lower-case form and
dependency label: 179 patterns) and the rule lemmatizer. Together they took about a third of
the parse's CPU (0.75 + 0.47 of 3.3 s on 800 sentences of gold/extra; tok2vec and the parser
the rest), spent in Python, token by token: the attribute ruler runs its matcher over every
token for every pattern and makes a ``Span`` per match; the lemmatizer reads each token's
part of speech and morphology as strings and, for a form already in the base form, works it
out again every time.

``faster(nlp)`` gives both components of a loaded pipeline a class of their own that reads
the same things once per kind of token:

- ``RuleAttributes`` (the attribute ruler): what the patterns of one token do to it depends
  on the token's tag, lower-case form, dependency label and whether it is space alone, the
  only attributes those patterns test; which patterns match such a token is worked out once,
  by the ruler's own matcher (``_single_matches``: a doc's new kinds of token at once), and
  kept. The patterns of two tokens (``gon na``, ``there is``) are run by a matcher holding
  them alone. The attributes are set
  by spaCy's own ``set_token_attrs`` in the ruler's order (by pattern: a later pattern's
  value stands), as the ruler's ``set_annotations`` sets them.
- ``RuleLemmas`` (the lemmatizer): a token's lemma depends on its form, part of speech and
  morphology alone; the lemmatizer's reading of each such triple is kept (spaCy keeps only
  those it works out with its tables, not a form already in the base form). Its rules look a
  form up in a set of the index's words, not in the index's list (``rule_lemmatize``).

A ruler whose patterns test anything else, or aim at another token than their one, keeps
spaCy's own class (``faster`` leaves it). tests/test_spacy_rule_pipes.py compares every
token's attributes with spaCy's own components on the sentences of the sample papers and
gold/extra.
"""
from __future__ import annotations

import warnings

from .spacy_import import import_spacy

import_spacy()  # spaCy without its command line (spacy_import.py), before the imports below

from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG  # noqa: E402
from spacy.errors import Errors, Warnings  # noqa: E402
from spacy.lang.en.lemmatizer import EnglishLemmatizer  # noqa: E402
from spacy.matcher import Matcher  # noqa: E402
from spacy.pipeline import AttributeRuler  # noqa: E402
from spacy.tokens import Doc  # noqa: E402
from spacy.tokens._retokenize import set_token_attrs  # noqa: E402

# The attributes the attribute ruler's patterns of one token may test: a token's match is
# known from these.
_TESTED = ("TAG", "LOWER", "DEP", "IS_SPACE")
_KEPT = 200_000  # kinds of token kept by each component, at most (more: it starts over)


def faster(nlp) -> None:
    """The attribute ruler and the lemmatizer of ``nlp`` (where it has them, in the forms
    these classes read) take the classes below; their annotations are the same."""
    for _, proc in nlp.pipeline:
        if type(proc) is AttributeRuler and _readable(proc):
            proc.__class__ = RuleAttributes
        elif type(proc) is EnglishLemmatizer and proc.mode == "rule":
            proc.__class__ = RuleLemmas
            proc.lemmatize = proc.rule_lemmatize  # bound when it was made, to spaCy's


def _readable(ruler) -> bool:
    """Every pattern of one token tests only ``_TESTED`` and aims at its token (index 0 or -1)."""
    for i in range(len(ruler.attrs)):
        _, alternatives = ruler.matcher.get(str(i))
        for pattern in alternatives:
            if len(pattern) == 1 and (ruler.indices[i] not in (0, -1) or not set(pattern[0]) <= set(_TESTED)):
                return False
    return True


class RuleAttributes(AttributeRuler):
    """``AttributeRuler`` with its patterns of one token read once per kind of token."""

    def __call__(self, doc):
        error_handler = self.get_error_handler()
        try:
            self._annotate(doc)
            return doc
        except Exception as e:
            return error_handler(self.name, self, [doc], e)

    def _annotate(self, doc) -> None:
        singles, pairs = self._matchers()
        known = self.__dict__.setdefault("_known", {})
        if len(known) > _KEPT:
            known.clear()
        by_token: dict[int, list[int]] = {}
        for m_id, start, end in pairs(doc, allow_missing=True, as_spans=False):
            attr_id = int(self.vocab.strings[m_id])
            index = self.indices[attr_id]
            by_token.setdefault(range(start, end)[index], []).append(attr_id)  # span[index], bounds checked
        rows = [tuple(row) for row in doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()] if len(doc) else []
        missing = [key for key in dict.fromkeys(rows) if key not in known]
        if missing:
            known.update(zip(missing, self._single_matches(missing, singles)))
        for i, key in enumerate(rows):
            ids = known[key]
            extra = by_token.get(i)
            if extra:
                ids = sorted(ids + tuple(extra))
            if ids:
                token = doc[i]
                for attr_id in ids:
                    set_token_attrs(token, self.attrs[attr_id])

    def _single_matches(self, keys: list[tuple], singles) -> list[tuple[int, ...]]:
        """For each (tag, lower-case form, label, space-ness), the patterns of one token such a token
        matches, in the ruler's order: the ruler's matcher on a ``Doc`` of one such token per key (a
        pattern of one token reads its token alone)."""
        strings = self.vocab.strings
        doc = Doc(self.vocab, words=[strings[lower] for _, lower, _, _ in keys], spaces=[False] * len(keys))
        for token, (tag, _, dep, _) in zip(doc, keys):
            token.tag = tag
            token.dep = dep
        matched: list[list[int]] = [[] for _ in keys]
        for m_id, start, _ in singles(doc, allow_missing=True, as_spans=False):
            matched[start].append(int(strings[m_id]))
        return [tuple(sorted(ids)) for ids in matched]

    def _matchers(self):
        """Two matchers of the ruler's patterns under their own keys: those of one token, and the others."""
        held = self.__dict__.get("_split")
        if held is None:
            singles, pairs = Matcher(self.vocab, validate=False), Matcher(self.vocab, validate=False)
            for i in range(len(self.attrs)):
                key = str(i)
                _, alternatives = self.matcher.get(key)
                one = [p for p in alternatives if len(p) == 1]
                more = [p for p in alternatives if len(p) != 1]
                if one:
                    singles.add(key, one)
                if more:
                    pairs.add(key, more)
            held = self.__dict__["_split"] = (singles, pairs)
        return held



class RuleLemmas(EnglishLemmatizer):
    """``EnglishLemmatizer`` (rule mode) with its lemma of each form, part of speech and morphology kept."""

    def __call__(self, doc):
        if not self._validated:
            self._validate_tables(Errors.E1004)
        error_handler = self.get_error_handler()
        try:
            self._lemmatize(doc)
            return doc
        except Exception as e:
            error_handler(self.name, self, [doc], e)

    def _lemmatize(self, doc) -> None:
        known = self.__dict__.setdefault("_lemmas", {})
        if len(known) > _KEPT:
            known.clear()
        add = self.vocab.strings.add
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist() if len(doc) else []
        for i, (orth, pos, morph, lemma) in enumerate(rows):
            if not self.overwrite and lemma != 0:
                continue
            token = doc[i]
            held = known.get((orth, pos, morph))
            if held is None:
                held = known[orth, pos, morph] = add(self.lemmatize(token)[0])
            token.lemma = held

    def rule_lemmatize(self, token) -> list[str]:
        """spaCy's ``Lemmatizer.rule_lemmatize`` (3.8), the same steps, but that a form is looked for
        in a set of the index's words: the index of a part of speech is a list (57,528 nouns), and
        ``form in index`` read it through, twice for each rule that fits the word's ending."""
        cache_key = (token.orth, token.pos, token.morph.key)
        if cache_key in self.cache:
            return self.cache[cache_key]
        string = token.text
        univ_pos = token.pos_.lower()
        if univ_pos in ("", "eol", "space"):
            if univ_pos == "":
                warnings.warn(Warnings.W108)
            return [string.lower()]
        if self.is_base_form(token):
            return [string.lower()]
        index_table = self.lookups.get_table("lemma_index", {})
        exc_table = self.lookups.get_table("lemma_exc", {})
        rules_table = self.lookups.get_table("lemma_rules", {})
        if not any((index_table.get(univ_pos), exc_table.get(univ_pos), rules_table.get(univ_pos))):
            return [string] if univ_pos == "propn" else [string.lower()]
        index = self._index_words(index_table, univ_pos)
        exceptions = exc_table.get(univ_pos, {})
        rules = rules_table.get(univ_pos, {})
        orig = string
        string = string.lower()
        forms: list[str] = []
        oov_forms = []
        for old, new in rules:
            if string.endswith(old):
                form = string[: len(string) - len(old)] + new
                if not form:
                    pass
                elif form in index:
                    forms.insert(0, form)
                elif not form.isalpha():
                    forms.append(form)
                else:
                    oov_forms.append(form)
        forms = list(dict.fromkeys(forms))
        for form in exceptions.get(string, []):
            if form not in forms:
                forms.insert(0, form)
        if not forms:
            forms.extend(oov_forms)
        if not forms:
            forms.append(orig)
        self.cache[cache_key] = forms
        return forms

    def _index_words(self, index_table, univ_pos: str) -> frozenset:
        held = self.__dict__.setdefault("_index_sets", {})
        if univ_pos not in held:
            held[univ_pos] = frozenset(index_table.get(univ_pos, {}))
        return held[univ_pos]

