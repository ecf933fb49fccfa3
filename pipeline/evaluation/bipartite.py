"""A maximum bipartite matching (Kuhn's augmenting paths): the scorer pairs each gold triple with
at most one prediction and the reverse, so that the number of hits never depends on row order."""
from __future__ import annotations

from typing import Mapping, Sequence


def maximum_matching(edges: Sequence[Sequence[int]],
                     seed: Mapping[int, int] | None = None) -> dict[int, int]:
    """A maximum bipartite matching, left index -> right index.

    ``edges[i]`` lists the right vertices left vertex ``i`` may pair with.
    Kuhn's augmenting paths, grown from ``seed`` (itself a valid matching
    within ``edges``): augmenting never unmatches a vertex, so every vertex the
    seed matched stays matched. Edges are tried in the order given.
    """
    match_left: dict[int, int] = dict(seed or {})
    match_right: dict[int, int] = {r: l for l, r in match_left.items()}
    for left in range(len(edges)):
        if left not in match_left and edges[left]:
            augment(left, edges, match_left, match_right)
    return match_left


def augment(root: int, edges: Sequence[Sequence[int]],
            match_left: dict[int, int], match_right: dict[int, int]) -> bool:
    """Find one augmenting path from the free left vertex ``root`` (iterative
    depth-first search) and flip it; False when there is none."""
    parent: dict[int, int] = {}
    stack = [(root, iter(edges[root]))]
    while stack:
        left, candidates = stack[-1]
        for right in candidates:
            if right in parent:
                continue
            parent[right] = left
            owner = match_right.get(right)
            if owner is None:
                flip_path(right, parent, match_left, match_right)
                return True
            stack.append((owner, iter(edges[owner])))
            break
        else:
            stack.pop()
    return False


def flip_path(right: int | None, parent: Mapping[int, int],
              match_left: dict[int, int], match_right: dict[int, int]) -> None:
    """Swap matched and unmatched edges along the path ending at ``right``."""
    while right is not None:
        left = parent[right]
        previous = match_left.get(left)
        match_left[left] = right
        match_right[right] = left
        right = previous
