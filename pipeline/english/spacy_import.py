"""spaCy imported without its command-line package.

``import spacy`` runs ``from .cli.info import info`` (to offer ``spacy.info()``), and
importing ``spacy.cli`` imports every command of spaCy's command line, their
dependencies with them (weasel, typer, httpx...): about a third of the import's time,
paid by every run that parses English, in the driver before the pool forks, while the
pipeline never calls the command line. ``import_spacy`` imports spaCy with two stand-in
modules for ``spacy.cli`` and ``spacy.cli.info`` in place, and removes them once
spaCy is imported: the model loads as before, ``spacy.info`` imports the real command
on its first call, and a later ``import spacy.cli`` imports the real package.
"""
from __future__ import annotations

import sys
import types

_CLI, _CLI_INFO = "spacy.cli", "spacy.cli.info"


def import_spacy():
    """The ``spacy`` module, imported (when it is not yet) without ``spacy.cli``."""
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    if _CLI in sys.modules or _CLI_INFO in sys.modules:  # pragma: no cover - a partial import before
        import spacy
        return spacy
    cli = types.ModuleType(_CLI)
    cli.__path__ = []  # a package, so that ``spacy.cli.info`` is looked up in sys.modules
    info = types.ModuleType(_CLI_INFO)
    info.info = _info
    sys.modules[_CLI], sys.modules[_CLI_INFO] = cli, info
    try:
        import spacy
    finally:
        for name, stand_in in ((_CLI, cli), (_CLI_INFO, info)):
            if sys.modules.get(name) is stand_in:
                del sys.modules[name]
    return spacy


def _info(*args, **kwargs):
    """``spacy.info``: spaCy's own, imported on first use."""
    from spacy.cli.info import info

    return info(*args, **kwargs)
