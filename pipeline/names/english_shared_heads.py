"""``bone and cartilage damage``, ``arterial, venous and cancer-related thrombosis``: the conjuncts before an
English phrase's modifier that share its head (``newnames._english_phrases``), each a name of its own
(bone damage; arterial thrombosis, venous thrombosis). A conjunct is one word: a known name or an adjective
(``ADJECTIVE_ENDINGS``); a noun (``biologics and small
molecules``) or a head word (``egress and rapid mobilization``) names a thing of its own. The other way round,
``shared_modifier_heads``: a second head after and / or that shares the first head's modifiers
(``β-adrenergic agonists and antagonists``: β-adrenergic antagonist)."""
from __future__ import annotations

from ..dictionary.new_name_rules import ADJECTIVE_ENDINGS, NewNameRules, modifier_ok, relation_word

_CONJUNCTIONS = ("and", "or")


def shared_head_conjuncts(tokens, j: int, text: str, rules: NewNameRules, data, spans, head_end: int) -> tuple:
    """The tokens before ``tokens[j]`` (the phrase's first modifier, its head ending at ``head_end``) that
    share the head: the one before ``and``/``or``, and those of a list before it, each after a comma
    (``arterial, venous and …``; ``arterial, venous, and …``)."""
    if j < 2 or tokens[j - 1].text.lower() not in _CONJUNCTIONS or text[tokens[j - 1].end:tokens[j].start].strip():
        return ()
    k = j - 2
    comma = text[tokens[k].end:tokens[j - 1].start].strip()
    if comma not in ("", ","):
        return ()
    found = []
    while k >= 0 and _conjunct(tokens[k], tokens[j], rules, data, spans, head_end):
        found.append(tokens[k])
        before = text[tokens[k - 1].end:tokens[k].start].strip() if k >= 1 else ""
        if k >= 2 and before == "," and _conjunct(tokens[k - 1], tokens[j], rules, data, spans, head_end):
            k -= 1  # one more of a list: "arterial, venous and …"
            continue
        if k >= 1 and not before and modifier_ok(tokens[k - 1].text, rules, data):
            return ()  # "liver and kidney fibrosis" only when the first conjunct is one word
        break
    if comma and len(found) < 2:
        return ()  # "…, and X": a comma before the conjunction only closes a list
    return tuple(found)


def _conjunct(first, modifier, rules: NewNameRules, data, spans, head_end: int) -> bool:
    if not modifier_ok(first.text, rules, data) or rules.en_head(first.text) \
            or relation_word("en", first.text.lower(), data):
        return False  # (an aspect noun in -al ends a list of its own: proliferation, survival and …)
    named = next((c.type for a, b, c in spans if a == first.start and b == first.end), None)
    if named is not None:
        # two names of a kind joined (adiponectin and stem cell factor) share nothing: no "adiponectin
        # cell factor"; a name shares the head of a name of another kind (bone and cartilage damage)
        return not any(a == modifier.start and b == head_end and c.type == named for a, b, c in spans)
    return first.text.lower().endswith(ADJECTIVE_ENDINGS)


def shared_modifier_heads(tokens, i: int, text: str, rules: NewNameRules, data) -> tuple:
    """``β-adrenergic agonists and antagonists``, ``TNF receptors and ligands``: the head word after and / or right
    after the phrase's head ``tokens[i]`` that shares its modifiers, a head of the same type (a ``head`` row of
    new_names.tsv) that ends the noun phrase (not ``inflammatory cytokines and chemokine receptors``, where the
    second word modifies a head of its own)."""
    if i + 2 >= len(tokens) or tokens[i + 1].text.lower() not in _CONJUNCTIONS:
        return ()
    second, kind = tokens[i + 2], rules.en_head(tokens[i].text)
    if text[tokens[i].end:tokens[i + 1].start] != " " or text[tokens[i + 1].end:second.start] != " " \
            or kind is None or not rules.en_head_row(second.text) or rules.en_head(second.text) != kind:
        return ()
    if kind not in _SHARED_MODIFIER_TYPES:
        return ()
    if i + 3 < len(tokens) and not text[second.end:tokens[i + 3].start].strip() \
            and tokens[i + 3].text.lower() not in _PHRASE_ENDS and not relation_word("en", tokens[i + 3].text.lower(), data):
        return ()  # "common myeloid progenitors and lineage differentiation": the second head modifies a word
    return (second,)


# The types of head whose modifiers a second head shares (molecules and agents; a cell's are read by regrouped.py).
_SHARED_MODIFIER_TYPES = frozenset({"gene", "drug", "family"})
# Words after a noun phrase that end it (verbs of being and having, modals).
_PHRASE_ENDS = frozenset({"is", "are", "was", "were", "be", "been", "has", "have", "had", "can", "could", "may",
                          "might", "must", "should", "would", "will", "do", "does", "did"})
