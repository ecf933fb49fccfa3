"""与 + a group closed by a surface postposition (上, 表面) and 的: the group names where the binding partner
sits; the partner is the name after 的, none when no name stands there (zh.surface_partner)."""
from __future__ import annotations

from .conftest import check_construction


def test_the_receptor_on_the_cells_is_the_partner(resources):
    # written for the test: RANKL binds RANK, which sits on the precursors; it does not bind the cells
    check_construction(resources, "zh.surface_partner",
                       "在骨髓微环境中 RANKL 通过与破骨细胞(osteoclast, OC)前体细胞上的 RANK 受体结合, 诱导破骨细胞前体细胞的分化。", {
                           ('RANKL', 'binds', 'RANK', None, False),
                           ('RANKL', 'induces', 'osteoclast precursor', 'differentiation', False),
                       })


def test_an_unnamed_molecule_on_the_cells_names_no_partner(resources):
    # written for the test: CTLA-4 binds B7 molecules on antigen-presenting cells (B7 no dictionary name here),
    # not the B cells themselves; its inhibition of T cells stands
    check_construction(resources, "zh.surface_partner",
                       "CTLA-4 在活化 T 细胞表面表达, 它与 B 细胞等 APC 表面的 B7 分子结合后, 可以抑制 T 细胞的进一步活化。", {
                           ('CTLA-4', 'inhibits', 'T cell', 'activity', False),
                       })


def test_a_partner_with_no_surface_after_it_is_read(resources):
    # written for the test: the partner after 与 is the receptor itself
    check_construction(resources, "-zh.surface_partner", "IL-6 通过与其受体 IL-6R 结合, 激活 JAK/STAT3 信号通路。", {
        ('IL-6', 'binds', 'IL-6R', None, False),
        ('IL-6', 'activates', 'JAK/STAT3 pathway', 'activity', False),
    })
