"""A Chinese verb trigger right before 的 heads a relative clause (V 的 N). When the subject's own predicate opens
with another verb, a copula or 在, the V 的 N phrase is that word's object, predicate or place: the subject is not
said to act on N (zh.embedded_relative); a relative whose agent stands right before it is still read."""
from __future__ import annotations

from .conftest import check_construction


def test_a_relative_inside_the_object_of_another_verb_is_no_claim_of_the_subject(resources):
    # written for the test: GM-CSF is used to treat what infections cause; it does not cause myelosuppression
    check_construction(resources, "zh.embedded_relative",
                       "目前GM-CSF主要用于改善放、化疗严重感染等原因导致的骨髓抑制,并能促进造血前体细胞的增殖。", {
                           ('GM-CSF', 'promotes', '造血前体细胞', 'proliferation', False),
                       })


def test_a_relative_right_after_its_agent_is_read(resources):
    # written for the test: IL-10 itself induces the regulatory T cells (no verb between IL-10 and 诱导的)
    check_construction(resources, "-zh.embedded_relative", "IL-10 本身或随后诱导的 T调节细胞会损害病原体控制和清除。", {
        ('IL-10', 'induces', 'Treg', 'differentiation', False),
        ('IL-10', 'inhibits', 'pathogen clearance', None, False),
    })



def test_a_relative_inside_the_object_of_a_modal_verb_is_no_claim_of_the_subject(resources):
    # after r10zh ("UCMSC可抑制Ⅱ-2激活的NK细胞的增殖"): the subject's predicate opens with a modal (可) and a verb;
    # IL-2 (written Ⅱ-2, no name) activates the NK cells, the stem cells do not; their second claim stands
    check_construction(resources, "zh.embedded_relative",
                       "间充质干细胞可抑制Ⅱ-2激活的NK细胞的增殖,并促进调节性T细胞的增殖。", {
                           ('MSC', 'promotes', 'Treg', 'proliferation', False),
                       })
