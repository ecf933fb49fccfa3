"""Chinese: an unnamed agent of a name as a subject is the factor, named by its composition (stage ``claim``).

``STAT3 抑制剂可抑制肿瘤细胞增殖`` / ``组织蛋白酶 K 抑制剂可有效抑制骨吸收``: a subject that ends in an agent
word (抑制剂, 拮抗剂, 阻断剂: triggers.tsv, form agent) with no name after it is an unnamed agent of its
names, not the names themselves (groups.read_group leaves it no factor). The agent is what acts (SPEC:
where an agent is named, an inhibitor, the agent is the factor with the effect as written), so the factor
is the name composed of the name and the word (compositions.tsv: STAT3 inhibitor), its span both; where
no construction composes one, there is still no factor. A named agent after the word (``STAT3 抑制剂
Stattic``) is zh.named_agent's.
"""
from __future__ import annotations

from ..names.compositions import compose
from ..names.mentions import found_at
from .engine import GO_ON, construction
from .groups import Arg, Group
from .state import Claim, Reader


def composed_agents(r: Reader, group: Group) -> list[Arg]:
    """The names composed of the group's names and the agent word that ends it, spanning the whole group
    (``ET-1A 受体拮抗剂``: 受体 qualified by the name before it composes no receptor inhibitor alone)."""
    word = r.items[group.end - 1] if group.end <= len(r.items) else None
    if word is None or word.kind != "TRIG" or word.trigger.form != "agent":
        return []
    heads = [(a.found.cstart, a.found.cend, a.found.concept) for a in group.args]
    return [Arg(found_at(r.doc, r.view, s, e, concept, "composed", r.lexicon), None)
            for s, e, concept in compose(r.view.clean.text, heads, r.compositions, r.lexicon)
            if e == word.end and s == r.items[group.start].start and any(h[0] == s for h in heads)]


@construction("zh.unnamed_agent_subject", needs=("form=agent",))
def unnamed_agent_subject(r: Reader, name: str, q: Claim):
    group = q.c.subject or r.sentence_subject
    if r.lang != "zh" or q.factors is not None or group is None or not group.agents or not r.compositions:
        return None
    factors = composed_agents(r, group)
    if not factors:
        return None
    q.factors = factors
    q.steps.extend(group.steps + (name,))
    return GO_ON
