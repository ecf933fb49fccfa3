"""jieba imported without pkg_resources, and jieba.posseg's table of tags read from a cache
(pipeline/names/jieba_import.py): the same module files read, the same table as jieba's own reading.

Each check runs in a fresh interpreter (the test process has imported jieba already), with its
own temporary folder, so that the cache is first written, then read."""
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_SAME_TABLE = (
    "import sys, types\n"
    "from pipeline.names.jieba_import import import_posseg, _tag_cache_path\n"
    "posseg = import_posseg()\n"
    "jieba = sys.modules['jieba']\n"
    "own = types.SimpleNamespace()\n"
    "posseg.POSTokenizer.load_word_tag(own, jieba.dt.get_dict_file())  # jieba's own reading\n"
    "import os\n"
    "print(posseg.dt.word_tag_tab == own.word_tag_tab, len(own.word_tag_tab) > 300000,\n"
    "      os.path.exists(_tag_cache_path(jieba)), 'pkg_resources' in sys.modules,\n"
    "      [(p.word, p.flag) for p in posseg.cut('白细胞介素促进炎症')])\n")


def _run(code: str, tmp: Path) -> str:
    env = {**os.environ, "TMPDIR": str(tmp)}
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True, env=env)
    return done.stdout.strip()


def test_the_tag_table_is_jiebas_written_then_read(tmp_path):
    first = _run(_SAME_TABLE, tmp_path)  # no cache: jieba reads its dictionary, the cache is written
    second = _run(_SAME_TABLE, tmp_path)  # the cache read
    assert first == second
    assert first.startswith("True True True False [(")


def test_a_damaged_cache_is_read_again_from_the_dictionary(tmp_path):
    _run(_SAME_TABLE, tmp_path)
    for cache in tmp_path.glob("pipeline-jieba-tags.*.cache"):
        cache.write_bytes(b"damaged")
    assert _run(_SAME_TABLE, tmp_path).startswith("True True True False")


def test_pkg_resources_is_the_real_one_when_asked_for(tmp_path):
    out = _run("import sys\n"
               "from pipeline.names.jieba_import import import_jieba\n"
               "jieba = import_jieba()\n"
               "before = 'pkg_resources' in sys.modules\n"
               "import warnings; warnings.simplefilter('ignore')\n"
               "import pkg_resources\n"
               "print(before, hasattr(pkg_resources, 'resource_stream'), len(jieba.dt.get_dict_file().read()) > 10**6)\n",
               tmp_path)
    assert out == "False True True"


def test_a_cache_that_cannot_be_written_costs_only_time(tmp_path):
    """A cache folder that cannot be written (here: none) leaves no file behind and the table is jieba's."""
    out = _run("import sys\n"
               "from pipeline.names.jieba_import import _read_table, _write_table\n"
               f"missing = {str(tmp_path / 'missing' / 'tags.cache')!r}\n"
               "_write_table(missing, {'白细胞': 'n'})\n"
               f"written = {str(tmp_path / 'tags.cache')!r}\n"
               "_write_table(written, {'白细胞': 'n'})\n"
               "print(_read_table(missing), _read_table(written))\n", tmp_path)
    assert out == "None {'白细胞': 'n'}"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tags.cache"]
