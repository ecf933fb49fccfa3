"""The scorer's printout: the summary table (strict and relaxed P/R/F1 overall, by language, by
paper) and the error listing (misses, false positives, aspect-only hits), grouped by paper."""
from __future__ import annotations

from collections import defaultdict
from typing import Any, Callable, Iterable, Sequence

from .gold import GoldTriple
from .output_tables import Prediction
from .scores import AspectMismatch, Miss, Report, Scores


def format_summary(report: Report) -> str:
    """A compact table: strict and relaxed P/R/F1 overall, by language, by paper."""
    header = (f"{'scope':<34} {'gold':>5} {'pred':>5} | {'strict P':>8} {'R':>6} {'F1':>6}"
              f" | {'relaxed P':>9} {'R':>6} {'F1':>6}")
    lines = [header, "-" * len(header), summary_row("all", report.overall)]
    lines += [summary_row(f"lang {k}", v) for k, v in report.by_lang.items()]
    lines += [summary_row(f"paper {k}", v) for k, v in report.by_paper.items()]
    lines.append("-" * len(header))
    lines.append(
        f"misses {len(report.misses)} (gold sentence not found: {len(report.unlocated)}), "
        f"false positives {len(report.false_positives)}, "
        f"aspect-only mismatches {len(report.aspect_mismatches)}")
    lines.append(f"unscored documents {report.unscored_documents} "
                 f"({report.ignored_predictions} predictions ignored)")
    lines += [f"warning: {w}" for w in report.warnings]
    return "\n".join(lines)


def summary_row(label: str, s: Scores) -> str:
    """One line of the summary table."""
    st, rx = s.strict, s.relaxed
    return (f"{label[:34]:<34} {st.n_gold:>5} {st.n_pred:>5} | {st.precision:>8.3f}"
            f" {st.recall:>6.3f} {st.f1:>6.3f} | {rx.precision:>9.3f} {rx.recall:>6.3f}"
            f" {rx.f1:>6.3f}")


def describe_gold(g: GoldTriple) -> str:
    """A gold triple on one line."""
    return (f"{g.factor} --{g.effect or '?'}({g.polarity:+d})--> {g.target}"
            f" [aspect: {g.aspect or '-'}]{flags(g.negated, g.hedged)}  ({g.origin})")


def describe_prediction(p: Prediction) -> str:
    """A predicted triple on one line, with the rule that made it."""
    factor = p.factor_text or p.factor_name or p.factor_id or "?"
    target = p.target_text or p.target_name or p.target_id or "?"
    polarity = f"{p.polarity:+d}" if p.polarity is not None else "?"
    return (f"{factor} ({p.factor_id}) --{p.effect or '?'}({polarity})--> {target}"
            f" ({p.target_id}) [aspect: {p.aspect or '-'}]{flags(p.negated, False)}"
            f"  rule={p.rule or '-'} lang={p.lang}")


def flags(negated: bool, hedged: bool) -> str:
    """The NEGATED / hedged markers of a triple line in the report."""
    return (" NEGATED" if negated else "") + (" hedged" if hedged else "")


def format_errors(report: Report) -> str:
    """The readable error report, grouped by paper: misses, false positives,
    and hits that need the aspect ignored."""
    misses = group_by(report.misses, lambda m: m.gold.doc)
    false_pos = group_by(report.false_positives, lambda fp: fp[0])
    aspect = group_by(report.aspect_mismatches, lambda a: a.gold.doc)
    out: list[str] = []
    for paper in report.by_paper:
        out.append(f"==================== {paper} ====================")
        out += section(f"misses ({len(misses[paper])})", misses[paper], miss_lines)
        out += section(f"false positives ({len(false_pos[paper])})", false_pos[paper],
                       lambda fp: [describe_prediction(fp[1]), f"    sentence: {fp[1].sentence}"])
        out += section(f"matched only with aspect ignored ({len(aspect[paper])})",
                       aspect[paper], aspect_lines)
        out.append("")
    out += [f"warning: {w}" for w in report.warnings]
    return "\n".join(out) + "\n"


def miss_lines(m: Miss) -> list[str]:
    """A missed gold triple and its sentence."""
    note = "" if m.located else "  [gold sentence NOT FOUND in document text]"
    return [describe_gold(m.gold) + note, f"    sentence: {m.gold.sentence}"]


def aspect_lines(a: AspectMismatch) -> list[str]:
    """A gold triple hit only relaxed, with the prediction it was paired with."""
    return [f"gold aspect {a.gold.aspect or '-'} / predicted {a.prediction.aspect or '-'}",
            f"    gold: {describe_gold(a.gold)}",
            f"    pred: {describe_prediction(a.prediction)}",
            f"    sentence: {a.gold.sentence}"]


def section(title: str, items: Sequence[Any], render: Callable[[Any], list[str]]) -> list[str]:
    """A titled block of the error report; nothing when it is empty."""
    if not items:
        return []
    return [f"-- {title} --", *(line for item in items for line in render(item))]


def group_by(items: Iterable[Any], key: Callable[[Any], str]) -> dict[str, list[Any]]:
    """Items in lists by key (missing keys give an empty list)."""
    groups: dict[str, list[Any]] = defaultdict(list)
    for item in items:
        groups[key(item)].append(item)
    return groups
