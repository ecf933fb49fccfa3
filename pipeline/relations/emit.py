"""Writing a claim as ``Triple`` records (stage ``output``): the rewrites of each triple's
target and aspect, each recorded in the triple's ``steps``.

``emit`` makes one triple per (factor, target) pair. Before it is written, the ``output``
records are walked in order over a ``Draft`` of it: the effect turned round for a
knocked-down factor, cells named only as 细胞 taken for the cells the sentence names, a
disease's aspect given to its cells, the default aspect of the target's type… Each one
that changes the draft adds its name to the triple's ``steps``, after the steps of the
constructions that read the claim (``How``) and of the pronoun resolutions it uses.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from ..names.mentions import Found, as_concept
from ..records import Triple, box_columns
from ..textnorm import fold
from .data import CELL_ASPECTS, EFFECTS, INVERSE, THING_TYPES
from .engine import GO_ON, construction, run
from .groups import Arg, disease_aspect, is_disease_aspect
from .items import Item, de_follows
from .longer_names import kept  # its records (zh.hyphen_part, …) are registered with it
from .state import Emitted, How, Reader, is_generic_cell, no_clause_break


@dataclass
class Draft:
    """One triple before it is written: its factor and target, the target's concept and
    aspect, and its effect, as the output records rewrite them."""

    f: Arg
    t: Arg
    trigger: Item
    how: How
    base: str  # the effect the claim states
    effect: str
    concept: object
    aspect: str | None
    steps: list[str] = field(default_factory=list)
    fellows: tuple = ()  # the claim's other targets (``细胞分化、增殖和凋亡``: one list)


def emit(r: Reader, factors, targets, trigger: Item, negated: bool, hedged: bool, mediators, how: How,
         effect: str | None = None, target_end: int = 0) -> None:
    """State the claim ``factors`` → ``targets`` (what ``trigger`` says, or ``effect``): one
    triple per pair, written after the ``output`` records; the claim becomes ``r.last``."""
    made = []
    if r.lang == "zh":  # a bare 细胞 with no aspect is no agent the text names (zh.generic_factor), whoever read it
        factors = [f for f in factors if f.aspect is not None or not is_generic_cell(r, f.found.concept)]
        factors, targets = kept(r, factors), kept(r, targets)  # a name inside a longer one, whoever read it
    mediator_id = mediators[0].found.concept.id if mediators else None
    base = effect or trigger.trigger.effect
    for f in factors:
        for t in targets:
            if t.found.concept.id == f.found.concept.id:
                continue
            d = Draft(f, t, trigger, how, base, base, t.found.concept, t.aspect, fellows=tuple(targets))
            run(r, "output", trigger, d)
            steps = list(how.steps) + [r.resolved[x] for x in ((f.found.cstart, f.found.cend),
                                                                (t.found.cstart, t.found.cend)) if x in r.resolved]
            made.append(_triple(r, d, negated, hedged, mediator_id, tuple(dict.fromkeys(steps + d.steps))))
    r.triples.extend(made)
    r.before_last = r.last
    r.last = Emitted(trigger, list(factors), how, made, negated, hedged, list(mediators), target_end,
                     target_args=list(targets))


def _triple(r: Reader, d: Draft, negated: bool, hedged: bool, mediator_id: str | None, steps) -> Triple:
    sent, clean = r.view.sentence, r.view.clean
    e_start, e_end = clean.source_span(d.trigger.start, d.trigger.end)
    fr, tr = d.f.found.record, d.t.found.record
    return Triple(
        doc_id=r.doc.doc_id, lang=sent.lang, sent_start=sent.start, sent_end=sent.end,
        factor_id=fr.concept_id, factor_name=fr.concept_name, factor_text=fr.surface,
        factor_start=fr.start, factor_end=fr.end,
        effect=d.effect, polarity=EFFECTS[d.effect], effect_text=r.doc.text[e_start:e_end],
        effect_start=e_start, effect_end=e_end,
        target_id=tr.concept_id, target_name=tr.concept_name, target_text=tr.surface,
        target_start=tr.start, target_end=tr.end,
        aspect=d.aspect, negated=negated, hedged=hedged, mediator_id=mediator_id, rule=d.how.rule, steps=steps,
        page=sent.page, sent_id=sent.sent_id,
        **box_columns(_claim_box(r, fr.start, tr.end, e_start, e_end)),
    )


def _claim_box(r: Reader, *offsets: int):
    """The box of the stretch from the first to the last of a claim's
    spans, on its sentence's page (PDF only); the sentence's box when the
    claim itself lies on the next page."""
    sent, start, end = r.view.sentence, min(offsets), max(offsets)
    if r.doc.page_of(start) == sent.page:
        return r.doc.bbox(start, end)
    return r.doc.bbox(sent.start, sent.end)


def dedupe(triples: list[Triple], lexicon) -> list[Triple]:
    """One triple per sentence (SPEC 1): a claim stated twice in a sentence,
    or read from two mentions of the same names, is kept once, first reading."""
    seen = set()
    out = []
    # ``triggers apoptosis…, leading to cell death``: a bare process (bare_process) is the
    # claim on the cells' same aspect that the sentence also states
    framed = {(t.factor_id, t.polarity, t.target_id, t.aspect, t.negated) for t in triples}
    for t in triples:
        key = (t.factor_id, t.polarity, t.target_id, t.aspect, t.negated)
        cells = _frame(lexicon, t.target_id) if "bare_process" in t.steps else None
        if cells is not None and (t.factor_id, t.polarity, *cells, t.negated) in framed:
            continue
        if key not in seen:
            seen.add(key)
            out.append(t)
    return out


def _changed(d: Draft, name: str):
    d.steps.append(name)
    return GO_ON


# --- the output records, in their order -------------------------------------------

@construction("anaphor")
def anaphor(r: Reader, name: str, d: Draft):
    """``该通路促进…`` / ``these cells`` / ``This cytokine induces…``: a factor or target named
    by an anaphor resolved before the clause reader (``pipeline/names/anaphors.py``; the English
    parse reader's ``it``): the triple says so in its steps (the word is its span, the
    antecedent its concept). A pronoun the clause reader resolved has its own step."""
    if not any(a.found.record.via == "pronoun" and (a.found.cstart, a.found.cend) not in r.resolved
               for a in (d.f, d.t)):
        return None
    return _changed(d, name)


@construction("knockdown_reversed")
def knockdown_reversed(r: Reader, name: str, d: Draft):
    """``LIF 的阻断可以降低 X``: a knocked-down, deleted or blocked factor acts with its
    effect turned round (LIF upregulates X)."""
    if d.f.knocked_down and not d.t.inverse:
        d.effect = INVERSE[d.base]
        return _changed(d, name)
    return None


@construction("zh.killer_cytotoxicity")
def killer_cytotoxicity(r: Reader, name: str, d: Draft):
    """``增强 NK 细胞的细胞毒性``: the cytotoxicity of cells that kill (``words.tsv``
    killer_cell: NK cells, CD8+ T cells) is their own activity, not the sensitivity that
    tumour cells suffer (drug resistance turned round)."""
    if not (d.t.inverse and d.aspect == "drug_resistance" and d.concept.type == "cell"
            and not d.f.knocked_down and _is_killer_cell(r, d.concept)):
        return None
    d.t = replace(d.t, aspect="activity", inverse=False)
    d.aspect = "activity"
    return _changed(d, name)


def _is_killer_cell(r: Reader, concept) -> bool:
    cell = concept.name.lower()
    return any(w.lower() in cell for w in r.data.words_of("killer_cell", "en"))


@construction("inverse_aspect")
def inverse_aspect(r: Reader, name: str, d: Draft):
    """``提高了肿瘤细胞的化疗敏感性``: an aspect word that names the opposite of its aspect
    (sensitivity: drug resistance) turns the effect round."""
    if d.t.inverse and not d.f.knocked_down:
        d.effect = INVERSE[d.base]
        return _changed(d, name)
    return None


@construction("owner_cell")
def owner_cell(r: Reader, name: str, d: Draft):
    """``促进肿瘤细胞的增殖，并抑制细胞凋亡``: cells named only as 细胞 are the cells the
    sentence names (those a claim on a cell aspect was just stated of, else the nearest)."""
    if d.aspect is None or not is_generic_cell(r, d.concept):
        return None
    owner = _written_owner(r, d.t.found, d.f.found) or _cells_acted_on_last(r, d.f.found) \
        or _owner_cell(r, d.t.found, d.f.found, d.aspect)
    if owner is None:
        return None
    d.t, d.concept = Arg(owner, d.aspect), owner.concept
    return _changed(d, name)


@construction("bare_process")
def bare_process(r: Reader, name: str, d: Draft):
    """``抑制凋亡`` / ``pro-apoptotic``: a process framed on cells (凋亡: a cell's apoptosis)
    written without the cell word and with no owner found is the process itself, no aspect
    (as the gold writes it: apoptosis); ``抑制细胞凋亡`` keeps cells and their apoptosis, and so
    does a list whose cell word is written once (``调节细胞分化、增殖和凋亡``)."""
    if d.aspect is None or not is_generic_cell(r, d.concept) or _flat_english(r, d):
        return None
    process = _framing_process(r, d.t.found.record.surface, d.concept.id)
    if process is None or any(_cells_written(r, a.found) for a in (d.t, *d.fellows)
                              if is_generic_cell(r, a.found.concept)):
        return None
    d.t, d.concept, d.aspect = Arg(as_concept(d.t.found, process), None, d.t.knocked_down), process, None
    return _changed(d, name)


def _frame(lexicon, process_id: str) -> tuple[str, str] | None:
    """(cells id, aspect) of the process a bare_process triple names: the claim on the cells it frames."""
    concept = lexicon.concepts.get(process_id)
    return concept.frame if concept is not None else None


def _flat_english(r: Reader, d: Draft) -> bool:
    """A claim of the flat English reader (not the parse reader's ``en.dep.*``): where it stands, in a sentence the
    parse reader read nothing in, a claim on cells named by no cell word does not (``english_fallback``,
    class_target), so its target stays the cells."""
    return r.lang == "en" and not d.how.rule.startswith("en.dep.")


def _cells_written(r: Reader, found: Found) -> bool:
    """The name ``found`` (of cells) writes a name of the cells (细胞 of 细胞凋亡, cell)."""
    surface = found.record.surface.lower()
    return any(w in surface for w in _names_of(r, found.concept.id))


def _framing_process(r: Reader, surface: str, cell_id: str):
    """The process concept a name framed on the cells ``cell_id`` names, if any."""
    for term in r.lexicon.lookup(fold(surface)):
        concept = r.lexicon.concepts.get(term.concept_id)
        if concept is not None and concept.frame and concept.frame[0] == cell_id:
            return concept
    return None


_NAMES: dict[tuple[int, str], frozenset[str]] = {}


def _names_of(r: Reader, concept_id: str) -> frozenset[str]:
    """Every name of ``concept_id`` as written, lower case (细胞, cell)."""
    key = (id(r.lexicon), concept_id)
    if key not in _NAMES:
        _NAMES[key] = frozenset(t.text.lower() for ts in r.lexicon.terms.values() for t in ts
                                if t.concept_id == concept_id)
    return _NAMES[key]


def _written_owner(r: Reader, target: Found, factor: Found) -> Found | None:
    """``诱导成骨细胞的凋亡``: a cell type written right before the generic cell word, 的
    between or not, owns it (whatever cells an earlier claim was about)."""
    k = next((k for k, it in enumerate(r.items) if it.kind == "ENT" and it.start == target.cstart), None)
    if k is None:
        return None
    k -= 1
    if k >= 0 and r.items[k].kind == "DE":
        k -= 1
    found = r.items[k].found if k >= 0 and r.items[k].kind == "ENT" else None
    if found is None or found.concept.type != "cell" or is_generic_cell(r, found.concept) \
            or found.concept.id == factor.concept.id:
        return None
    return found


@construction("disease_cell_invasion")
def disease_cell_invasion(r: Reader, name: str, d: Draft):
    """``促进肿瘤细胞的生长和浸润``: tumour cells spreading into tissue invade."""
    if is_disease_aspect(d.aspect) and _cells_of_disease(r, d.concept):
        d.aspect = disease_aspect(d.aspect)
        return _changed(d, name)
    return None


@construction("zh.cells_resistance")
def cells_resistance(r: Reader, name: str, d: Draft):
    """``介导 BMSC 诱导的耐药``: drug resistance named on its own is the resistance of the
    cells the sentence names (that do not act themselves); so is the resistance to a drug
    (``BMSC 介导的 TKI 耐药``), which the drug does not own."""
    concept, aspect = d.concept, d.aspect
    cell_aspect = _cell_aspect_process(r, concept) if aspect is None else \
        aspect if concept.type == "drug" and aspect == "drug_resistance" else None
    if cell_aspect is None:
        return None
    owner = _acted_on_cells(r, d.t.found, d.f.found)
    if owner is None:
        return None
    d.t, d.concept, d.aspect = Arg(owner, cell_aspect), owner.concept, cell_aspect
    return _changed(d, name)


@construction("disease_cells")
def disease_cells(r: Reader, name: str, d: Draft):
    """``AML 的增殖``: a cell aspect of a disease is that of the disease's cells (AML cell)."""
    if d.concept.type != "disease" or d.aspect not in CELL_ASPECTS:
        return None
    cells = r.lexicon.concept_named(_cells_name(r, d.concept))
    if cells is None:
        return None
    d.t, d.concept = Arg(as_concept(d.t.found, cells), d.aspect), cells
    return _changed(d, name)


@construction("zh.protected_cells")
def protected_cells(r: Reader, name: str, d: Draft):
    """``发挥保护肠上皮细胞的作用``: a cell type protected (``words.tsv`` protect) with nothing
    named that it is protected from (no 免于/免受 aspect) is kept alive: its survival is promoted."""
    if d.aspect is not None or d.concept.type != "cell" or is_generic_cell(r, d.concept) \
            or d.trigger.text not in r.data.words_of("protect", r.lang) or d.f.knocked_down:
        return None
    d.effect, d.aspect = "promotes", "survival"
    return _changed(d, name)


@construction("trigger_aspect")
def trigger_aspect(r: Reader, name: str, d: Draft):
    """``吸引 X`` (X's recruitment): a target with no aspect of its own takes the one the
    trigger word says (``triggers.tsv``; ``none``: no aspect, not even the default)."""
    if d.aspect is not None or d.concept.type not in THING_TYPES or not d.trigger.trigger.aspect:
        return None
    aspect = d.trigger.trigger.aspect
    d.aspect = None if aspect == "none" else aspect
    return _changed(d, name)


@construction("default_aspect")
def default_aspect(r: Reader, name: str, d: Draft):
    """``TNF-α 激活 NF-κB``: a thing with no aspect takes the default of its type and the
    effect (``default_aspects.tsv``: NF-κB's activity); not the target of a role noun."""
    if d.aspect is not None or d.concept.type not in THING_TYPES or d.trigger.trigger.aspect or not d.how.aspects:
        return None
    d.aspect = r.data.default_aspects.get((d.effect, d.concept.type))
    return _changed(d, name) if d.aspect is not None else None


@construction("no_aspect")
def no_aspect(r: Reader, name: str, d: Draft):
    """``促进骨吸收``: a process is a target in itself; binding names the partner itself
    (``与 gp130 形成…复合物``: no 形成 aspect)."""
    if d.aspect is not None and (d.concept.type == "process" or d.effect == "binds"):
        d.aspect = None
        return _changed(d, name)
    return None


@construction("expression_direction")
def expression_direction(r: Reader, name: str, d: Draft):
    """``上调 RANKL 的表达``: an effect with a direction on an expression is up- or
    down-regulation."""
    if d.aspect == "expression" and EFFECTS[d.effect]:
        d.effect = "upregulates" if EFFECTS[d.effect] > 0 else "downregulates"
        return _changed(d, name)
    return None


# --- whose cells -----------------------------------------------------------------------

def _cells_name(r: Reader, concept) -> str:
    """The English name of a disease's cells (``words.tsv`` cells_of: AML cell)."""
    return f"{concept.name} {r.data.words_of('cells_of', 'en')[0]}"


def _cells_of_disease(r: Reader, concept) -> bool:
    """A cell type named after a disease (tumor cell, leukemia cell): the disease's cells."""
    suffix = " " + r.data.words_of("cells_of", "en")[0]
    if concept.type != "cell" or not concept.name.endswith(suffix):
        return False
    disease = r.lexicon.concept_named(concept.name[:-len(suffix)])
    return disease is not None and disease.type == "disease"


def _cell_aspect_process(r: Reader, concept) -> str | None:
    """The cell aspect a process names by its English name (drug resistance,
    self-renewal: stemness), when it has no frame of its own; else None."""
    word = r.data.aspects.get(("en", concept.name.lower()))
    if concept.type != "process" or concept.frame or word is None or word.aspect not in CELL_ASPECTS:
        return None
    return word.aspect


def _acted_on_cells(r: Reader, target: Found, factor: Found) -> Found | None:
    """The cells whose property ``target`` is: the nearest cell type named before it
    (else after it) that is neither the factor nor the agent of a relative (``BMSC
    诱导的``); else the cells of the nearest disease (AML: AML cells); else None."""
    def candidates(types):
        before, after = None, None
        for k, it in enumerate(r.items):
            concept = it.found.concept if it.kind == "ENT" else None
            if concept is None or concept.type not in types or is_generic_cell(r, concept) \
                    or concept.id == factor.concept.id or _relative_agent(r.items, k):
                continue
            if it.end <= target.cstart:
                before = it.found
            elif it.start >= target.cend and after is None:
                after = it.found
        return before or after
    cell = candidates({"cell"})
    if cell is not None:
        return cell
    disease = candidates({"disease"})
    cells = r.lexicon.concept_named(_cells_name(r, disease.concept)) if disease is not None else None
    return as_concept(disease, cells) if cells is not None else None


def _agent_of_relative(items: list[Item], k: int, factor: Found) -> bool:
    """The name at item ``k`` acts in a relative clause, so it owns no aspect the sentence
    states of others: ``BMSC 介导的凋亡抵抗`` (a trigger and 的 after it), or, in the clause
    of the factor, ``骨髓巨核细胞强阳性表达的环氧酶-2`` (的 right before the factor)."""
    if _relative_agent(items, k):
        return True
    f = next((m for m, x in enumerate(items) if x.kind == "ENT" and x.found is not None
              and x.found.cstart == factor.cstart), None)
    return f is not None and k < f and items[f - 1].kind == "DE" \
        and not any(x.kind == "SEP" for x in items[k:f])


def _relative_agent(items: list[Item], k: int) -> bool:
    """The name at item ``k`` is the agent of a relative clause (``BMSC 诱导的``)."""
    return k + 1 < len(items) and items[k + 1].kind == "TRIG" and de_follows(items, k + 1)


def _cells_acted_on_last(r: Reader, factor: Found) -> Found | None:
    """``抑制 AML 增殖, 促进细胞凋亡``: cells named only as 细胞 right after a claim on
    the proliferation (or another cell aspect) of a cell type or a disease's cells are
    those cells."""
    last = r.last
    if last is None or not last.triples:
        return None
    for a in last.target_args:
        concept = a.found.concept
        if a.aspect not in CELL_ASPECTS or concept.id == factor.concept.id or is_generic_cell(r, concept):
            continue
        if concept.type == "cell":
            return a.found
        cells = r.lexicon.concept_named(_cells_name(r, concept)) if concept.type == "disease" else None
        if cells is not None:
            return as_concept(a.found, cells)
    return None


def _owner_cell(r: Reader, target: Found, factor: Found, aspect: str | None = None) -> Found | None:
    """The cell type that the sentence names nearest before ``target``,
    else nearest after it; never the factor. (A disease is not taken for
    its cells here: ``在骨髓增殖性肿瘤中，细胞因子参与细胞增殖`` names a place.)"""
    before, after = None, None
    # ``抑制 AML 增殖, 促进细胞凋亡``: a disease whose cells a claim of this sentence was
    # already stated of names those cells
    as_cells = {t.target_start: t.target_id for t in r.triples
                if t.sent_start == r.view.sentence.start and t.target_id != t.factor_id}
    for k, it in enumerate(r.items):
        found = it.found if it.kind == "ENT" else None
        if found is not None and _agent_of_relative(r.items, k, factor):
            continue
        if found is not None and found.concept.type == "disease" and found.record.start in as_cells:
            cells = r.lexicon.concepts.get(as_cells[found.record.start])
            found = as_concept(found, cells) if cells is not None and cells.type == "cell" else None
        concept = found.concept if found is not None else None
        if concept is None or concept.type != "cell" or is_generic_cell(r, concept) \
                or concept.id == factor.concept.id:
            continue
        if it.end <= target.cstart:
            before = found
        elif it.start >= target.cend and after is None and not _own_aspect(r.items, k) \
                and (no_clause_break(r, target.cend, it.start) or _aspect_again(r, k, aspect)):
            # ``抑制细胞凋亡，从而使 B 细胞存活``: cells of a later clause are not these, unless
            # it names their same change again (``…细胞凋亡，…保护胆管癌细胞免受…凋亡``)
            after = found
    return before or after


def _aspect_again(r: Reader, k: int, aspect: str | None) -> bool:
    """An aspect word after item ``k`` of the sentence names ``aspect`` again."""
    return aspect is not None and any(x.kind == "ASP" and x.aspect is not None and x.aspect.aspect == aspect
                                      for x in r.items[k + 1:])


def _own_aspect(items: list, k: int) -> bool:
    """The cell type at ``k`` is written with an aspect of its own (``干细胞分化``: a framed
    process, the ENT and an empty ASP right at its end): another member of a list (``细胞增殖和干细胞分化``), not the
    owner of cells named before it."""
    return k + 1 < len(items) and items[k + 1].kind == "ASP" and items[k + 1].start == items[k + 1].end == items[k].end
