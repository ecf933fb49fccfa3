"""Chinese: a name written right after the prefix 抗/促 is what the prefix acts on (stage ``group``).

``对免疫细胞抗肿瘤起阻碍作用``: 抗肿瘤 (anti-tumour) is one word whose name, the tumour, is the object
of the prefix; where no construction reads the prefix as a claim (``zh.prefix_word``: part of a word), the
name is still no subject of the clause: it acts on nothing (the clause's subject stays the one an earlier
clause left, or none).
"""
from __future__ import annotations

from .engine import DONE, construction
from .state import Clause, Reader
from .subjects import GroupRead


@construction("zh.prefixed_name", needs=("form=prefix",))
def prefixed_name(r: Reader, name: str, c: Clause, g: GroupRead):
    """``分泌型MICA…,对免疫细胞抗肿瘤起阻碍作用``: the tumour does not hinder the immune cells."""
    k = g.group.start
    if r.lang != "zh" or g.role is not None or k == 0:
        return None
    prefix = c.items[k - 1]
    if prefix.kind != "TRIG" or prefix.trigger.form != "prefix" or prefix.end != c.items[k].start:
        return None
    return DONE
