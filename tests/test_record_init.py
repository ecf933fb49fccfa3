"""The one-dict ``__init__`` of the records made by the thousand (``record_init.py``): the same
instances as the dataclass's own ``__init__``, for positional and keyword arguments and defaults."""
from __future__ import annotations

import dataclasses
import pickle

import pytest

from pipeline.record_init import one_dict_init, replaced
from pipeline.records import Mention, Triple


def _made_by_the_dataclass(cls, *args, **kwargs):
    obj = cls.__new__(cls)
    cls.__dataclass_init__(obj, *args, **kwargs)
    return obj


def _values(cls) -> dict:
    return {f.name: (f"{f.name}-{k}" if f.default is dataclasses.MISSING else None)
            for k, f in enumerate(dataclasses.fields(cls))}


@pytest.mark.parametrize("cls", [Mention, Triple])
def test_same_instance_as_the_dataclass_init(cls):
    values = _values(cls)
    required = {n: v for n, v in values.items()
                if next(f for f in dataclasses.fields(cls) if f.name == n).default is dataclasses.MISSING}
    for args, kwargs in [((), values), ((), required), (tuple(values.values()), {}),
                         (tuple(required.values())[:3], dict(list(required.items())[3:]))]:
        ours, theirs = cls(*args, **kwargs), _made_by_the_dataclass(cls, *args, **kwargs)
        assert ours == theirs and hash(ours) == hash(theirs) and repr(ours) == repr(theirs)
        assert list(vars(ours).items()) == list(vars(theirs).items())
        assert pickle.loads(pickle.dumps(ours)) == ours
        assert dataclasses.replace(ours, doc_id="other") == dataclasses.replace(theirs, doc_id="other")
    with pytest.raises(dataclasses.FrozenInstanceError):
        cls(**values).doc_id = "changed"
    with pytest.raises(TypeError):
        cls(**required, unknown=1)
    with pytest.raises(TypeError):
        cls()


def test_refuses_what_it_cannot_copy():
    @dataclasses.dataclass(frozen=True)
    class Listed:
        items: list = dataclasses.field(default_factory=list)

    with pytest.raises(TypeError):
        one_dict_init(Listed)


@pytest.mark.parametrize("cls", [Mention, Triple])
def test_replaced_is_dataclasses_replace(cls):
    record = cls(**_values(cls))
    for changes in [{"doc_id": "other"}, {"doc_id": "other", "lang": "zh"}, {}]:
        ours, theirs = replaced(record, **changes), dataclasses.replace(record, **changes)
        assert ours == theirs and hash(ours) == hash(theirs) and repr(ours) == repr(theirs)
        assert list(vars(ours).items()) == list(vars(theirs).items())
    assert replaced(record, doc_id="other").doc_id == "other" and record.doc_id != "other"  # a copy
    with pytest.raises(TypeError):
        replaced(record, unknown=1)


def test_replaced_of_another_dataclass_is_replace():
    @dataclasses.dataclass(frozen=True)
    class Plain:
        a: int
        b: int = 0

    assert replaced(Plain(1), b=2) == Plain(1, 2)
