"""Paths the pipeline uses by default, in one place."""
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DICTIONARIES = ROOT / "dictionaries"
RAW = ROOT / "raw"
OUTPUT = ROOT / "output"
GOLD = ROOT / "gold" / "dev"
