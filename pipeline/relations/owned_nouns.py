"""A verb's object named only as the owner of a change of the other direction (stage ``claim``).

``促进了病原体的消除``: the verb acts on the elimination (a verb of the negative direction used as a
noun after 的), not on the pathogens: promoting their elimination is no promoting of pathogens, and
stating either direction on X would say more than the sentence. No claim on X. Plain nouns after
的 (进程, 强度, 生物学行为, 发病过程) stay read as X, as the annotators read them; a nominal
trigger of the positive direction (总生存率的提高) too.
"""
from __future__ import annotations

from .data import EFFECTS
from .engine import construction
from .items import is_conj
from .state import Claim, Reader


@construction("zh.owned_negative_change", needs=("DE",))
def owned_negative_change(r: Reader, name: str, q: Claim):
    """A verb trigger, its object, 的, then a verb trigger of the negative direction that ends the
    phrase (a comma, a conjunction or the clause's end after it): no claim on the object."""
    items = q.items
    if q.trig.form != "verb" or q.target is None or q.relative:
        return None
    de = q.target.end
    if de + 1 >= len(items) or items[de].kind != "DE":
        return None
    change = items[de + 1]
    if change.kind != "TRIG" or change.trigger.form != "verb" or EFFECTS[change.trigger.effect] >= 0:
        return None
    k = de + 2
    if k < len(items) and not (items[k].kind == "SEP" or is_conj(items[k])):
        return None
    return k
