"""A faster ``__init__`` for the frozen dataclasses a paper makes by the thousand (``records.py``).

A frozen dataclass's own ``__init__`` sets each field with ``object.__setattr__``, one call per
field (its ``__setattr__`` refuses the plain way): a ``Mention`` (18 fields) costs about twice
what the same record costs with its fields handed over at once. ``one_dict_init`` gives the
class an ``__init__`` with the same parameters, in the same order, with the same defaults,
that sets the instance's ``__dict__`` to a dict of the fields in field order, once: the same
instance as the dataclass's ``__init__`` makes (tests/test_record_init.py), equality, hash,
``repr``, pickling and ``dataclasses.replace`` unchanged. Only a class whose fields are all
``__init__`` parameters with at most a plain default, and without ``__post_init__``, qualifies.
"""
from __future__ import annotations

import dataclasses


def one_dict_init(cls: type) -> type:
    """``cls`` (a frozen dataclass) with the ``__init__`` of the module docstring."""
    fields = dataclasses.fields(cls)
    if hasattr(cls, "__post_init__") or hasattr(cls, "__slots__") or any(
            not f.init or f.default_factory is not dataclasses.MISSING for f in fields):
        raise TypeError(f"{cls.__name__}: one_dict_init needs plain fields and no __post_init__")
    defaults = {f"_default_{f.name}": f.default for f in fields if f.default is not dataclasses.MISSING}
    params = ", ".join(f.name if f.default is dataclasses.MISSING else f"{f.name}=_default_{f.name}"
                       for f in fields)
    body = ", ".join(f"{f.name!r}: {f.name}" for f in fields)
    namespace = {"_set": object.__setattr__, **defaults}
    exec(f"def __init__(self, {params}):\n    _set(self, '__dict__', {{{body}}})\n", namespace)  # noqa: S102
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__doc__ = cls.__init__.__doc__
    cls.__dataclass_init__ = cls.__init__  # the dataclass's own, which the test compares with
    cls.__init__ = init
    return cls


def replaced(record, **changes):
    """``dataclasses.replace(record, **changes)`` for a record of a ``one_dict_init`` class: the
    same instance (its ``__dict__`` the fields in field order, ``changes`` in their places), made
    by copying that dict once instead of reading every field and calling ``__init__`` (a
    ``Triple``'s 32 fields: ``confidence.score_triples`` replaces every triple of a paper)."""
    fields = record.__dict__
    if "__dataclass_init__" not in type(record).__dict__ or not changes.keys() <= fields.keys():
        return dataclasses.replace(record, **changes)  # another class; an unknown field raises as replace does
    new = object.__new__(type(record))
    object.__setattr__(new, "__dict__", {**fields, **changes})
    return new
