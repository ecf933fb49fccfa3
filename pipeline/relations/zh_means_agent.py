"""Chinese: a means phrase with no one named to use it is what acts (stage ``claim``).

``通过 cGAS-STING 信号通路活化肿瘤微环境内的免疫细胞`` / ``在肥大细胞，通过 FcεRI 信号通路可诱导 IL-33 表达``: a
clause that opens with 通过 + a name (the means) and then a verb trigger, with no subject of its own and none an
earlier clause of the sentence left (clause_subject found none): nobody named acts through the means, so the
means is what the verb says acts on its object (the pathway activates the cells). Where a subject is named
(``A 通过 M 促进 B``) A acts and M mediates (zh.mediator), as before; a trigger inside the means phrase
(``通过激活 M``) is no means named, and is left as it was.
"""
from __future__ import annotations

from .engine import GO_ON, construction
from .state import Claim, Reader


@construction("zh.means_agent", needs=("mediator",))
def means_agent(r: Reader, name: str, q: Claim):
    c = q.c
    if r.lang != "zh" or q.factors is not None or not c.mediators or c.subject is not None \
            or c.pronoun or r.sentence_subject is not None or q.target is None:
        return None
    opener = next((k for k, x in enumerate(q.items[:q.i]) if x.kind == "CUE" and x.has("mediator")), None)
    if opener is None or any(x.kind in ("TRIG", "ENT", "ASP") for x in q.items[:opener]) \
            or any(x.kind == "TRIG" for x in q.items[opener + 1:q.i]):
        return None  # ``IL-17 通过…``: a name before the means is its user; ``通过激活 M``: no means named
    q.factors = list(c.mediators)
    c.mediators.clear()
    c.in_mediator = False  # the trigger closes the means phrase: its object mediates nothing
    q.steps.append(name)
    return GO_ON
