"""Where a study cue reaches (used by the ``study`` record of ``filters.py``).

``…研究中发现 CCL2 在肿瘤…的发生发展中起到了关键性的作用，该文就 CCL2 及其相关疾病的最新研究
展开综述``: the study cue (该文…综述) describes the review in its own clause; a finding reported
in a clause before it (发现, 表明: a report cue) is stated, as in a sentence without it. So is one
reported after it (``综述 X 与 Y 的关系…，发现 Z 可调节…``): the report opens a clause of its own.
"""
from __future__ import annotations

from .state import Claim, Reader


def reported_apart(r: Reader, q: Claim) -> bool:
    """The claim's trigger is a finding reported in a clause of its own, apart from the sentence's first
    study cue: after a report cue, in a clause before the study cue (a clause break between them); or
    after a report cue that opens a clause after the study cue (a clause break between the two cues,
    no other study cue between the report and the trigger)."""
    items = r.items
    at = next((k for k, x in enumerate(items) if x is q.it), None)
    study = next((k for k, x in enumerate(items) if x.has("study")), None)
    if at is None or study is None or study == at:
        return False
    if study > at:
        return any(x.has("report") for x in items[:at]) \
            and any(x.kind == "SEP" and x.is_a("clause_break") for x in items[at + 1:study])
    report = next((k for k in range(at - 1, study, -1) if items[k].has("report")), None)
    return report is not None and any(x.kind == "SEP" and x.is_a("clause_break") for x in items[study + 1:report]) \
        and not any(x.has("study") for x in items[report + 1:at])
