"""Command line: ``python -m pipeline run|report|export|eval|check-dict|candidates``.

Arguments are validated before any work starts; a problem the user can fix
is printed as one line naming the file, with exit code 2. ``run`` exits
with 1 when a paper could not be read (the others are still processed).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import config
from .records import PipelineError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="process papers into Parquet tables")
    run.add_argument("inputs", nargs="*", type=Path, default=[config.RAW],
                     help="papers or folders of papers (default: raw/)")
    run.add_argument("--out", type=Path, default=config.OUTPUT, help="output folder (default: output/)")
    run.add_argument("--workers", type=int, default=None, help="processes of the local executor (default: all cores)")
    run.add_argument("--executor", choices=("local", "dask"), default="local")
    run.add_argument("--scheduler", default=None, help="Dask scheduler address, with --executor dask; its workers must see "
                          "the inputs and --out at the same paths")
    run.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                     help="progress bar (default: on a terminal)")
    run.add_argument("--min-confidence", type=float, default=None, metavar="P",
                     help="write only triples whose confidence is at least P, in [0, 1] (default: the threshold "
                          "chosen on train, in pipeline/models/confidence.json; 0 keeps all)")

    ev = sub.add_parser("eval", help="score output/ against gold triples")
    ev.add_argument("--gold", type=Path, action="append", default=None,
                    help="folder of gold *.jsonl files (default: gold/dev); repeat with --out to score sets as one")
    ev.add_argument("--out", type=Path, action="append", default=None,
                    help="output folder holding documents and triples (default: output/), one per --gold")
    ev.add_argument("--errors", type=Path, default=None, help="write false positives and misses here")
    ev.add_argument("--json", type=Path, default=None, help="write the figures as JSON here")

    chk = sub.add_parser("check-dict", help="validate the dictionaries")
    chk.add_argument("--dictionaries", type=Path, default=config.DICTIONARIES)

    cand = sub.add_parser("candidates", help="terms the papers use that the dictionary lacks")
    cand.add_argument("--out", type=Path, default=config.OUTPUT)
    cand.add_argument("--tsv", type=Path, default=config.OUTPUT / "candidates.tsv")

    rep = sub.add_parser("report", help="the HTML evidence report over output/")
    rep.add_argument("--out", type=Path, default=config.OUTPUT, help="output folder to report on (default: output/)")
    rep.add_argument("--html", type=Path, default=None, help="where to write it (default: OUT/report.html)")
    rep.add_argument("--min-confidence", type=float, default=None,
                     help="the network also shows claims above this confidence (default: the run's threshold)")
    rep.add_argument("--if-changed", action="store_true",
                     help="write it only when it is older than the claims table (what `make run` does)")

    exp = sub.add_parser("export", help="the claims as a network (GraphML, SIF) or the papers as BioC")
    exp.add_argument("--to", required=True, choices=("graphml", "sif", "bioc", "bioc-json"),
                     help="graphml and sif: the claims for Cytoscape; bioc: papers, mentions and triples "
                          "(BioC XML; bioc-json: BioC JSON) for PubTator-style tools")
    exp.add_argument("--out", type=Path, default=config.OUTPUT, help="output folder to export (default: output/)")
    exp.add_argument("--file", type=Path, default=None, help="where to write it (default: OUT/export/claims.graphml, "
                     "claims.sif, papers.bioc.xml or papers.bioc.json)")

    args = parser.parse_args(argv)
    try:
        return _dispatch(args)
    except PipelineError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


def _dispatch(args: argparse.Namespace) -> int:
    if args.command == "run":
        from .batch import run

        if args.workers is not None and args.workers < 1:
            raise PipelineError(f"--workers must be at least 1, got {args.workers}")
        if args.executor == "dask" and not args.scheduler:
            raise PipelineError("--executor dask needs --scheduler ADDRESS")
        if args.min_confidence is not None and not 0.0 <= args.min_confidence <= 1.0:
            raise PipelineError(f"--min-confidence must be between 0 and 1, got {args.min_confidence}")
        summary = run(args.inputs, args.out, workers=args.workers, executor=args.executor,
                      scheduler=args.scheduler, progress=args.progress, min_confidence=args.min_confidence)
        print(summary.line())
        return 1 if summary.failures else 0
    if args.command == "eval":
        from .evaluate import main as evaluate_main

        golds, outs = args.gold or [config.GOLD], args.out or [config.OUTPUT]
        argv = [arg for gold in golds for arg in ("--gold", str(gold))]
        argv += [arg for out in outs for arg in ("--out", str(out))]
        if args.errors:
            argv += ["--errors", str(args.errors)]
        if args.json:
            argv += ["--json", str(args.json)]
        return evaluate_main(argv)
    if args.command == "check-dict":
        from .curation import check_dictionaries

        problems = check_dictionaries(args.dictionaries)
        for p in problems:
            print(p)
        print(f"{len(problems)} problems" if problems else "dictionaries OK")
        return 1 if problems else 0
    if args.command == "candidates":
        from .curation import write_candidates

        n = write_candidates(args.out, args.tsv)
        print(f"{n} candidate terms written to {args.tsv}")
        return 0
    if args.command == "report":
        from .report import report_is_current, write_report

        html = args.html or args.out / "report.html"
        if args.if_changed and report_is_current(args.out, html):
            print(f"report up to date: {html}")
            return 0
        path = write_report(args.out, html, args.min_confidence)
        print(f"report written to {path}")
        return 0
    if args.command == "export":
        from .export import export

        for path in export(args.out, args.to, args.file):
            print(f"{args.to} written to {path}")
        return 0
    raise AssertionError(args.command)


if __name__ == "__main__":
    raise SystemExit(main())
