"""Chinese: a disease that a topic chain carries causes what a later clause's causal verb names (stage ``claim``).

``类风湿关节炎以持续性滑膜炎和血管生成为特征，导致滑膜增生…`` / ``骨折…即可发生，常累及髋骨等部位并导致疼痛、
畸形``: an earlier clause says something of a disease (its subject), and a later clause with no subject of its own
has a causal verb (a verb trigger of effect ``induces``: 导致, 引起, 造成, 诱发). A disease carried into a later
clause is otherwise its setting, not what acts (state.factors_of: ``髓母细胞瘤是最常见的…肿瘤，…处理的 MB 细胞会增强…``);
but a causal verb says what the disease brings about (SPEC: a disease or process may be a factor), so the
disease is the factor. Only where the verb opens its predicate (adverbs, modals, a copula and plain words
such as 一种 before it, after the clause's start or a conjunction: ``，是一种主要引起红斑性皮疹…的炎性疾病``,
``…部位并导致疼痛``), so that nothing before it in the clause could be its own subject; and not where a 的
stands between the verb and the name read as its object (``从而诱发骨折风险增加的骨骼疾病``: the name after 的
is what the disease is, its effect an unnamed phrase). Not after a gerund or a pronoun with no referent.
"""
from __future__ import annotations

from .data import SETTING_TYPES
from .engine import GO_ON, construction
from .items import Item
from .state import Claim, Reader


def _opens_predicate(items: list[Item], i: int) -> bool:
    """Only adverbs, time words (晚期), modals, a copula, plain modifiers or a conjunction stand before the trigger at ``i``,
    back to the clause's start or to a conjunction linking predicates (并)."""
    for k in range(i - 1, -1, -1):
        it = items[k]
        if it.kind == "CUE" and it.cues & {"conj", "clause_link"}:
            return it.has("clause_link") or k == 0
        if it.kind == "VERB" and (it.is_a("modal") or it.is_a("copula")):
            continue
        if it.kind == "WORD" and not it.cues and it.found is None and (it.pos[:1] in ("d", "c", "m", "q", "b", "t")
                                                                       or it.is_a("copula")):
            continue
        return False
    return True


@construction("zh.disease_topic_cause")
def disease_topic_cause(r: Reader, name: str, q: Claim):
    c, held = q.c, r.sentence_subject
    if q.factors is not None or c.subject is not None or held is None or held.agents or c.gerund or c.pronoun:
        return None
    if q.trig.form != "verb" or q.effect != "induces" or q.target is None or not _opens_predicate(c.items, q.i) \
            or any(x.kind == "DE" for x in c.items[q.i + 1:q.target.start]):
        return None
    diseases = [a for a in held.args if a.found.concept.type in SETTING_TYPES]
    if not diseases or held.pronoun:
        return None
    q.factors = diseases
    q.steps.extend((*held.steps, name))
    return GO_ON
