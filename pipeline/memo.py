"""A bounded memo that belongs to one object at a time (a paper, the lexicon, the rule data).

The answers it keeps hold only for that object, which the memo cannot hash (dataclasses with
dict fields): so it remembers whose answers it holds, by identity, and starts over for another
owner, or when it is full (which only costs time)."""
from __future__ import annotations

from typing import Any


class OwnedMemo:
    def __init__(self, size: int):
        self.size = size
        self._owner: Any = None
        self._held: dict = {}

    def of(self, owner: Any) -> dict:
        """The memo's answers for ``owner``: empty when it held another's or was full."""
        if self._owner is not owner or len(self._held) >= self.size:
            self._owner, self._held = owner, {}
        return self._held
