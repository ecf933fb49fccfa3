"""jieba and its part-of-speech tagger imported with less work at every start.

Two costs every run paid in the driver, serial, before the pool forks:

- ``import jieba`` imports ``pkg_resources`` (about 0.13 CPU s) only to open the files of its own
  package (``jieba._compat.get_module_res``); without it, jieba opens the same files with
  ``open``. ``import_jieba`` imports jieba with ``pkg_resources`` unavailable for that moment
  (a ``None`` in ``sys.modules``, which makes its import fail), then takes the stand-in away:
  a later ``import pkg_resources`` imports the real one.
- ``import jieba.posseg`` reads jieba's dictionary file line by line for its table of tags
  (``POSTokenizer.load_word_tag``, 350,000 words, about 0.45 CPU s). ``import_posseg`` keeps that
  table in a cache file beside jieba's own cache of the same dictionary (the temporary folder),
  named by the dictionary file's path, size and time and by jieba's version, read whole with
  ``marshal``; while ``jieba.posseg`` is imported, its tokenizer hands it an empty dictionary file,
  and the table from the cache takes the place of the empty one. The same table
  (tests/test_jieba_import.py compares it with jieba's reading); without a cache, or with one that
  cannot be read, jieba reads the dictionary as it does, and the cache is written for the next start.
"""
from __future__ import annotations

import contextlib
import hashlib
import io
import marshal
import os
import sys
import tempfile

_PKG_RESOURCES = "pkg_resources"


def import_jieba():
    """The ``jieba`` module, imported (when it is not yet) without ``pkg_resources``."""
    if "jieba" in sys.modules:
        return sys.modules["jieba"]
    if _PKG_RESOURCES in sys.modules:  # imported already: nothing to spare
        import jieba
        return jieba
    sys.modules[_PKG_RESOURCES] = None  # ``import pkg_resources`` raises ImportError meanwhile
    try:
        import jieba
    finally:
        if sys.modules.get(_PKG_RESOURCES, 0) is None:
            del sys.modules[_PKG_RESOURCES]
    return jieba


def import_posseg():
    """The ``jieba.posseg`` module, imported (when it is not yet) with its table of tags read from
    the cache of the module docstring."""
    if "jieba.posseg" in sys.modules:
        return sys.modules["jieba.posseg"]
    jieba = import_jieba()
    path = _tag_cache_path(jieba)
    table = _read_table(path) if path else None
    if table is None:
        import jieba.posseg as posseg
        if path:
            _write_table(path, posseg.dt.word_tag_tab)
        return posseg
    jieba.dt.get_dict_file = io.BytesIO  # the module's tagger reads no dictionary: the cache has its table
    try:
        import jieba.posseg as posseg
    finally:
        del jieba.dt.get_dict_file
    posseg.dt.word_tag_tab = table
    return posseg


def _tag_cache_path(jieba) -> str | None:
    """The cache file of the tag table of jieba's default tokenizer's dictionary, or None
    (another dictionary than the default file, or a file that cannot be found)."""
    if jieba.dt.dictionary != jieba.DEFAULT_DICT:
        return None
    dictionary = os.path.join(os.path.dirname(os.path.abspath(jieba.__file__)), jieba.DEFAULT_DICT_NAME)
    try:
        stat = os.stat(dictionary)
    except OSError:
        return None
    key = f"{dictionary}|{stat.st_size}|{stat.st_mtime_ns}|{jieba.__version__}|{sys.version_info[:2]}"
    name = f"pipeline-jieba-tags.{hashlib.sha256(key.encode()).hexdigest()[:16]}.cache"
    return os.path.join(jieba.dt.tmp_dir or tempfile.gettempdir(), name)


def _read_table(path: str) -> dict | None:
    try:
        with open(path, "rb") as cache:
            table = marshal.loads(cache.read())
    except Exception:  # noqa: BLE001 - missing, unreadable or damaged: read the dictionary as jieba does
        return None
    return table if isinstance(table, dict) and table else None


def _write_table(path: str, table: dict) -> None:
    """The table written whole, atomically (another process may read or write it meanwhile); a
    folder that cannot be written costs only the next start's time. Its tags (a few dozen) are
    interned, so that ``marshal`` writes each once and reads back one string per tag, not one
    per word (a third less time)."""
    data = marshal.dumps({word: sys.intern(tag) for word, tag in table.items()})
    try:
        fd, temporary = tempfile.mkstemp(prefix=os.path.basename(path), dir=os.path.dirname(path))
    except OSError:  # a folder that cannot be written
        return
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
