"""Chinese: an organ, tissue or body fluid (a concept of the anatomy ontology, UBERON ids: 肾脏, 肠道, 血液,
神经系统) as the target, with no aspect, is where a claim holds, not what is acted on (stage ``claim``).

``FGF23抑制肾脏对磷酸盐的重吸收``: FGF23 inhibits the kidney's reabsorption of phosphate, not the kidney;
``甲状旁腺…作用于骨、肾脏及肠道``: the gland's hormone acts in those organs. The readable gold sets never
give such an organ as a target (their places: bone, cartilage, synovium, the immune system and the tumour
microenvironment are concepts of their own, not organs of the ontology); the other targets of the claim stand.
An organ with an aspect or a process word after it (the nervous system's formation) is what changes, and an organ as the factor is left
to the text (甲状旁腺 written for its hormone).
"""
from __future__ import annotations

from .engine import GO_ON, construction
from .state import Claim, Reader

_ORGAN_ONTOLOGY = "UBERON:"


def is_organ(found) -> bool:
    return found.concept.id.startswith(_ORGAN_ONTOLOGY)


def _phrase(items: list, start: int) -> list:
    """The items from ``start`` up to the next verb, trigger or clause break: the noun phrase of the target."""
    end = next((k for k in range(start, len(items)) if items[k].kind in ("TRIG", "VERB", "SEP")), len(items))
    return items[start:end]


def _process_after(span: list, found) -> bool:
    """``参与神经系统、软骨和性腺的形成``: a process word (any aspect word) closes the phrase after the organ:
    what the claim is on is the organ's process, not a place."""
    return any(x.kind == "ASP" and x.start >= found.cend for x in span)


@construction("zh.organ_place")
def organ_place(r: Reader, name: str, q: Claim):
    """``FGF23抑制肾脏对磷酸盐的重吸收,促进尿磷排泄``: no claim on the kidney."""
    if r.lang != "zh" or q.target is None:
        return None
    span = _phrase(q.items, q.target.start)
    organs = [a for a in q.target.args if is_organ(a.found) and a.aspect is None and not _process_after(span, a.found)]
    if not organs:
        return None
    return GO_ON if q.without(targets=organs) else q.after
