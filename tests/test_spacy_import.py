"""spaCy imported without its command-line package (pipeline/english/spacy_import.py).

Each check runs in a fresh interpreter: the test process may have imported spaCy already."""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _run(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    return done.stdout.strip()


def test_the_model_parses_without_the_command_line_imported():
    out = _run(
        "import sys\n"
        "from pipeline.english.english_parse import english_model\n"
        "doc = english_model()('IL-6 promotes tumor growth.')\n"
        "print('spacy.cli' in sys.modules, [(t.text, t.dep_) for t in doc if t.dep_ in ('nsubj', 'dobj')])\n")
    assert out == "False [('IL-6', 'nsubj'), ('growth', 'dobj')]"


def test_the_command_line_is_the_real_one_when_asked_for():
    out = _run(
        "from pipeline.english.spacy_import import import_spacy\n"
        "spacy = import_spacy()\n"
        "import spacy.cli\n"
        "print(callable(spacy.cli.download), sorted(spacy.info())[:1])\n")
    assert out == "True ['location']"
