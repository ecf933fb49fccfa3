"""Command line: ``python -m pipeline run|report|export|eval|check-dict|candidates|explain``.

Arguments are validated before any work starts; a problem the user can fix
is printed as one line naming the file. Exit codes (``EXIT_CODES``): 0 all
done; 1 ``run`` finished but some papers could not be read (each has its
status; the others were processed); 2 a problem with the command (options,
inputs, dictionaries); 3 the run itself failed (the output folder cannot be
written: not a folder, no permission, disk full); 4 another run is writing
into the same output folder; 130 interrupted.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from . import config
from .records import PipelineError

EXIT_CODES = """exit codes:
  0    every paper was read
  1    run finished, but some papers could not be read (each one's status and
       message is in documents.status / documents.error; the others were
       processed), or a folder or file could not be read (its rows from the
       last run are kept)
  2    a problem with the command: an option, an input that does not exist,
       --out inside an input folder, a broken dictionary
  3    the run itself failed: the output folder cannot be written (a file
       stands there, no permission, read-only, disk full); what was written is
       consistent, and the next run goes on from there
  4    another run is writing into the same output folder (its lock)
  130  interrupted (Ctrl-C); the next run goes on from there"""


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from .store.manifest import OutputBusy, OutputError

    try:
        return _dispatch(args)
    except OutputBusy as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 4
    except OutputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 3
    except PipelineError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted: what was written is kept; the next run goes on from there", file=sys.stderr)
        return 130


def build_parser() -> argparse.ArgumentParser:
    """The command line's parser: every command and option, each with its help."""
    parser = argparse.ArgumentParser(prog="python -m pipeline", description=__doc__.splitlines()[0],
                                     epilog=EXIT_CODES, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    for add in (_add_run, _add_eval, _add_check_dict, _add_candidates, _add_report, _add_export, _add_explain):
        add(sub)
    return parser


def _add_run(sub) -> None:
    """The ``run`` command and its options."""
    run = sub.add_parser("run", help="process papers into Parquet tables", epilog=EXIT_CODES,
                         formatter_class=argparse.RawDescriptionHelpFormatter,
                         description="Read papers (.txt, .md, .pdf) into the tables under --out; only papers\n"
                                     "that changed since the last run are processed. A paper that cannot be read\n"
                                     "is reported and recorded with its status; the others go on.")
    run.add_argument("inputs", nargs="*", type=Path, default=[config.RAW],
                     help="papers or folders of papers (default: raw/)")
    run.add_argument("--out", type=Path, default=config.OUTPUT,
                     help="output folder (default: output/); not inside an input folder")
    run.add_argument("--workers", type=int, default=None,
                     help="processes of the local executor (default: all cores; 1 runs in this process)")
    run.add_argument("--executor", choices=("local", "dask"), default="local",
                     help="where papers are processed: local (a process pool, the default) or dask "
                          "(a Dask distributed cluster, with --scheduler)")
    run.add_argument("--scheduler", default=None, help="Dask scheduler address, with --executor dask; its workers must see "
                          "the inputs and --out at the same paths")
    run.add_argument("--paper-timeout", type=float, default=None, metavar="SECONDS",
                     help="time budget of one paper (default: 300; 0: none); a paper past it is "
                          "stopped and recorded with status timeout and the stage it was in, the others go on, "
                          "and the next run tries it again")
    run.add_argument("--paper-memory", type=float, default=None, metavar="GB",
                     help="memory budget of one paper, in gigabytes of a worker's address space (default: 6; "
                          "0: none); a paper past it fails with status error (MemoryError) and costs only its "
                          "worker; local executor only (a Dask worker has its own --memory-limit)")
    run.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                     help="progress bar (default: on a terminal)")
    run.add_argument("--min-confidence", type=float, default=None, metavar="P",
                     help="write only triples whose confidence is at least P, in [0, 1] (default: the threshold "
                          "chosen on train, in pipeline/models/confidence.json; 0 keeps all)")


def _add_eval(sub) -> None:
    """The ``eval`` command and its options."""
    ev = sub.add_parser("eval", help="score output/ against gold triples")
    ev.add_argument("--gold", type=Path, action="append", default=None,
                    help="folder of gold *.jsonl files (default: gold/dev); repeat with --out to score sets as one")
    ev.add_argument("--out", type=Path, action="append", default=None,
                    help="output folder holding documents and triples (default: output/), one per --gold")
    ev.add_argument("--errors", type=Path, default=None, help="write false positives and misses here")
    ev.add_argument("--json", type=Path, default=None, help="write the figures as JSON here")


def _add_check_dict(sub) -> None:
    """The ``check-dict`` command and its option."""
    chk = sub.add_parser("check-dict", help="validate the dictionaries")
    chk.add_argument("--dictionaries", type=Path, default=config.DICTIONARIES,
                     help="folder of dictionary TSV files to check (default: dictionaries/)")


def _add_candidates(sub) -> None:
    """The ``candidates`` command and its options."""
    cand = sub.add_parser("candidates", help="terms the papers use that the dictionary lacks")
    cand.add_argument("--out", type=Path, default=config.OUTPUT,
                      help="output folder whose tables are read (default: output/)")
    cand.add_argument("--tsv", type=Path, default=config.OUTPUT / "candidates.tsv",
                      help="where to write the ranked candidates (default: output/candidates.tsv)")


def _add_report(sub) -> None:
    """The ``report`` command and its options."""
    rep = sub.add_parser("report", help="the HTML evidence report over output/")
    rep.add_argument("--out", type=Path, default=config.OUTPUT, help="output folder to report on (default: output/)")
    rep.add_argument("--html", type=Path, default=None, help="where to write it (default: OUT/report.html)")
    rep.add_argument("--min-confidence", type=float, default=None,
                     help="the network also shows claims stated once but at least this confident (default: the "
                          "confidence above which the model keeps a tenth of the held-out triples, "
                          "or the run's --min-confidence when higher)")
    rep.add_argument("--if-changed", action="store_true",
                     help="write it only when it is older than the claims table (what `make run` does)")


def _add_export(sub) -> None:
    """The ``export`` command and its options."""
    exp = sub.add_parser("export", help="the claims as a network (GraphML, SIF) or the papers as BioC")
    exp.add_argument("--to", required=True, choices=("graphml", "sif", "bioc", "bioc-json"),
                     help="graphml and sif: the claims for Cytoscape; bioc: papers, mentions and triples "
                          "(BioC XML; bioc-json: BioC JSON) for PubTator-style tools")
    exp.add_argument("--out", type=Path, default=config.OUTPUT, help="output folder to export (default: output/)")
    exp.add_argument("--file", type=Path, default=None, help="where to write it (default: OUT/export/claims.graphml, "
                     "claims.sif, papers.bioc.xml or papers.bioc.json)")


def _add_explain(sub) -> None:
    """The ``explain`` command and its options."""
    why = sub.add_parser("explain", help="how the relation reader read a sentence: items, constructions, triples")
    why.add_argument("sentence", nargs="?", help="the sentence (or passage) to read; its language is detected")
    why.add_argument("--doc", help="a doc_id of the output folder, with --sent")
    why.add_argument("--sent", type=int, help="the sent_id of that document's sentence")
    why.add_argument("--out", type=Path, default=config.OUTPUT, help="output folder of --doc (default: output/)")


def _dispatch(args: argparse.Namespace) -> int:
    """Run the command the arguments name."""
    commands = {"run": _run, "eval": _eval, "check-dict": _check_dict, "candidates": _candidates,
                "explain": _explain, "report": _report, "export": _export}
    if args.command not in commands:
        raise AssertionError(args.command)
    return commands[args.command](args)


def _run(args: argparse.Namespace) -> int:
    """Process the inputs into the output folder; 1 when some papers could not be read."""
    from .runtime.batch import DEFAULT_PAPER_MEMORY, DEFAULT_PAPER_TIMEOUT, run

    if args.workers is not None and args.workers < 1:
        raise PipelineError(f"--workers must be at least 1, got {args.workers}")
    if args.executor == "dask" and not args.scheduler:
        raise PipelineError("--executor dask needs --scheduler ADDRESS")
    if args.min_confidence is not None and not 0.0 <= args.min_confidence <= 1.0:
        raise PipelineError(f"--min-confidence must be between 0 and 1, got {args.min_confidence}")
    timeout = DEFAULT_PAPER_TIMEOUT if args.paper_timeout is None else args.paper_timeout
    memory = None if args.executor == "dask" else (
        DEFAULT_PAPER_MEMORY if args.paper_memory is None else args.paper_memory)
    summary = run(args.inputs, args.out, workers=args.workers, executor=args.executor,
                  scheduler=args.scheduler, progress=args.progress, paper_timeout=timeout, paper_memory=memory,
                  min_confidence=args.min_confidence)
    print(summary.line())
    return 0 if summary.complete else 1


def _eval(args: argparse.Namespace) -> int:
    """Score output folders against gold (``pipeline/evaluation/evaluate.py``)."""
    from .evaluation.evaluate import main as evaluate_main

    golds, outs = args.gold or [config.GOLD], args.out or [config.OUTPUT]
    argv = [arg for gold in golds for arg in ("--gold", str(gold))]
    argv += [arg for out in outs for arg in ("--out", str(out))]
    if args.errors:
        argv += ["--errors", str(args.errors)]
    if args.json:
        argv += ["--json", str(args.json)]
    return evaluate_main(argv)


def _check_dict(args: argparse.Namespace) -> int:
    """Validate the dictionaries; 1 when there are problems."""
    from .runtime.curation import check_dictionaries

    problems = check_dictionaries(args.dictionaries)
    for p in problems:
        print(p)
    print(f"{len(problems)} problems" if problems else "dictionaries OK")
    return 1 if problems else 0


def _candidates(args: argparse.Namespace) -> int:
    """Write the terms the papers use that the dictionary lacks."""
    from .runtime.curation import write_candidates

    n = write_candidates(args.out, args.tsv)
    print(f"{n} candidate terms written to {args.tsv}")
    return 0


def _report(args: argparse.Namespace) -> int:
    """Write the HTML evidence report (unless it is current, with --if-changed)."""
    from .reporting.report import report_is_current, write_report

    html = args.html or args.out / "report.html"
    if args.if_changed and report_is_current(args.out, html):
        print(f"report up to date: {html}")
        return 0
    path = write_report(args.out, html, args.min_confidence)
    print(f"report written to {path}")
    return 0


def _export(args: argparse.Namespace) -> int:
    """Write the claims as a network or the papers as BioC."""
    from .store.export import export

    for path in export(args.out, args.to, args.file):
        print(f"{args.to} written to {path}")
    return 0


def _explain(args: argparse.Namespace) -> int:
    """Show how the relation reader read a sentence given, or one of the output folder."""
    from .relations.explain import explain_output, explain_text
    from .runtime.resources import load_resources

    if (args.sentence is None) == (args.doc is None):
        raise PipelineError("explain needs a SENTENCE, or --doc ID --sent N (not both)")
    if args.doc is not None and args.sent is None:
        raise PipelineError("explain --doc needs --sent N (the sentence's sent_id)")
    resources = load_resources()
    if args.sentence is not None:
        print(explain_text(args.sentence, resources))
    else:
        print(explain_output(args.out, args.doc, args.sent, resources))
    return 0


def exit_without_teardown(status: int) -> None:
    """End the process with ``status`` once a run has written everything, without the
    interpreter's teardown: the driver of a run holds jieba's tables, the dictionaries and
    spaCy's model (millions of objects), and freeing them one by one at exit took about half a
    CPU second after every run, every output file long closed. Standard output and error are
    flushed first; the pool's workers have been stopped and the output folder's lock released
    (``batch.run`` returned)."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(int(status or 0))


if __name__ == "__main__":
    _status = main()
    if sys.argv[1:2] == ["run"]:
        exit_without_teardown(_status)
    raise SystemExit(_status)
