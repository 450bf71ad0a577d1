"""The answer to a reporter's question: "Asked whether Germany would send Taurus, Scholz said no
decision had been made."

The object sits in the question, which is no position (GUIDELINES.md); the answer after the comma
has no object of its own but is about exactly that question. We read the answer's operators over
the question's supply: "no decision" leaves it open, "ruled it out" closes it. An answer never
yields `supplies` ("yes" alone is too little to report a delivery), and an answer without a verb
of deciding, weighing or refusing says nothing: "would not speculate", "the policy had not
changed" (which policy? the tests keep that one `none`).
"""

from __future__ import annotations

from monitor.detect.agents import Agent, after_dateline, noun_phrase
from monitor.detect.polarity import RECONSIDER, REFRAINS, Claim, fold, op_of
from monitor.detect.tagging import Unit

_CONTENT_OPS = frozenset({"REFU", "END", "CONS", "DECIDE", "COMMIT", "MODAL"})
_ANSWER_OPS = _CONTENT_OPS | {"NEG"}
_NO_COMMENT = frozenset({"comment", "comments", "speculate", "elaborate", "say", "discuss", "confirm", "specify",
                         "answer", "details"})


def answer_claim(units: list[Unit], main: Agent | None, salient: str | None = None) -> Claim | None:
    """What the answer clause after a leading "Asked whether …," says about the asked supply. "he"
    answering is the actor's speaker when the sentence before was about the actor."""
    start, main = _question_start(units, main)
    if main is None:
        return None
    if main.cls == "anaphor" and salient in ("actor", "other") and main.index >= 0 and "PRON" in units[main.index].tags:
        if salient == "other":
            return None  # "he" continues another party's speaker named before
        main = Agent("actor", "pronoun", main.index)
    comma = next((k for k in range(start + 1, len(units)) if units[k].low == ","), None)
    if comma is None or not any(u.obj for u in units[start:comma]):
        return None
    asked_actor = any(u.ent == "actor" for u in units[start:comma])
    if not (main.cls == "actor" or (asked_actor and main.cls in ("generic", "anaphor"))):
        return None  # the answer must come from the actor, or its unnamed spokesman
    elided = _elided_no(units, comma + 1) or _answer_is_no(units, comma + 1)
    if elided is not None:
        return _answer(REFRAINS, elided, units, main)
    ops: list[tuple[str, int, float]] = []
    said_no = -1
    for k in range(comma + 1, len(units)):
        unit = units[k]
        if k == said_no:
            continue  # the "no" of "say no" is the refusal itself, not another negation
        if unit.low == ":" and "REPORT" in units[k - 1].tags:
            continue  # 'Rubio said: "I'm not ruling anything out."': the answer is the quotation
        if "CONTRAST" in unit.tags and _reported_no_weighing(units, k):
            # 'said that "the situation can always change," but that no review was under way': the second
            # clause reported by the same verb closes what the first left open
            return _answer(REFRAINS, "but · no review", units, main)
        if unit.tags & {"CONTRAST", "HARD", "QMARK", "WAR"} or unit.obj:
            # "…, but …", "the war must end": another matter; an object of its own is read by the ordinary rules
            break
        if unit.low == "no" and k + 1 < len(units) and units[k + 1].low == "," and \
                any("NEG" in u.tags for u in units[k + 2:]):
            continue  # '"No, that issue is not being discussed"': the clause after says the "no" again
        if _says_no(units, k):
            ops.append(("REFU", k, 0))  # "I will not say no": refusing to refuse leaves the question open
            said_no = k + 1
            continue
        if unit.low in _NO_COMMENT or unit.low in ("hypothetical", "hypotheticals"):
            return None  # "declined to comment", "could not comment on hypothetical questions": no answer
        op = op_of(unit)
        if op == "END" and k == main.index + 1 and (k + 1 == len(units) or units[k + 1].low in (".", ",", ";")):
            continue  # "…, Lukashenko paused.": the speaker pausing before the answer, no halt of anything
        if op in _ANSWER_OPS and not _ends_war(units, k):
            ops.append((op, k, 0))
    if not any(op in _CONTENT_OPS for op, _, _ in ops):
        return None
    value, flags, fired = _fold_conjuncts(units, ops) or fold(list(reversed(ops)))  # innermost is rightmost
    if value not in (REFRAINS, RECONSIDER) or flags:
        return None
    return _answer(value, " · ".join(units[i].text for i in sorted(fired)), units, main)


def _answer(state: str, words: str, units: list[Unit], main: Agent) -> Claim:
    """The actor's answer: its subject's, or its unnamed spokesman's."""
    how = "subject" if main.cls == "actor" else "spokesman"
    who = units[main.index].text if main.index >= 0 else "actor"
    return Claim(state, f"answer: {words} [agent: {who} ({how})]", False, "actor", how, strength=0.8)


_CLAUSE_VERBS = frozenset({"AUX", "HAS", "HAD", "FUT", "MODAL", "NEG"})


def _reported_no_weighing(units: list[Unit], but: int) -> bool:
    """ "…, but that no review was under way", "but that it was not considering it": a "that" clause after "but"
    that negates a weighing."""
    if but + 1 >= len(units) or units[but + 1].low != "that":
        return False
    clause = units[but + 2:but + 9]
    end = next((j for j, u in enumerate(clause) if u.tags & {"CONTRAST", "HARD"} or u.low in (",", ";")), len(clause))
    clause = clause[:end]
    negation = next((j for j, u in enumerate(clause) if "NEG" in u.tags), None)
    return negation is not None and any("CONS" in u.tags for u in clause[negation + 1:negation + 5])


def _opens_clause(units: list[Unit], k: int) -> bool:
    """Does the "and" at k open a clause with a subject of its own ("…, and the cabinet has no plan …")?"""
    j = k + 1
    if j < len(units) and "DET" in units[j].tags:
        j += 1
    if j + 1 >= len(units) or not (units[j].ent or units[j].tags & {"PRON", "GENERIC"} or j > k + 1):
        return False
    return bool(units[j + 1].tags & _CLAUSE_VERBS)


def _fold_conjuncts(units: list[Unit], ops: list[tuple[str, int, float]]) -> tuple[str, set[str], set[int]] | None:
    """ "Today it is not possible, and the cabinet has no plan to do it": two clauses with subjects
    of their own answer the question side by side; each negation is its own clause's, so they do not fold
    into a double negation. When every clause with a verdict says the same, that is the answer."""
    joins = [k for k in range(ops[0][1], ops[-1][1]) if units[k].low == "and" and _opens_clause(units, k)]
    if not joins:
        return None
    parts: list[list[tuple[str, int, float]]] = [[]]
    for op in ops:
        while len(parts) <= len(joins) and op[1] > joins[len(parts) - 1]:
            parts.append([])
        parts[-1].append(op)
    # a clause about another party ("and Russia has no intention of stopping the war") answers nothing
    others = {n + 1 for n, k in enumerate(joins) if any(u.ent in ("other", "target") for u in units[k + 1:k + 3])}
    folded = [fold(list(reversed(part))) for n, part in enumerate(parts)
              if n not in others and any(op in _CONTENT_OPS for op, _, _ in part)]
    if not folded or len(folded) < 2 and not others or len({value for value, _, _ in folded}) != 1 or \
            any(flags for _, flags, _ in folded):
        return None
    return folded[0][0], set(), set().union(*(fired for _, _, fired in folded))


def _says_no(units: list[Unit], k: int) -> bool:
    """ "say no", "saying no" closing its clause: a refusal of the asked supply, not a refusal to comment."""
    return units[k].low in ("say", "saying") and k + 1 < len(units) and units[k + 1].low == "no" and \
        (k + 2 == len(units) or units[k + 2].low in (",", ".", ";", "!") or "QUOTE" in units[k + 2].tags)


def _ends_war(units: list[Unit], k: int) -> bool:
    """ "We must stop the war": the verb's object is the war, not the asked supply."""
    j = k + 1
    while j < len(units) and "DET" in units[j].tags:
        j += 1
    return j < len(units) and "WAR" in units[j].tags


def _question_start(units: list[Unit], main: Agent | None) -> tuple[int, Agent | None]:
    """Where the reporter's question begins, and who answers: "Asked whether …, X said" opens the
    sentence; in "A spokesperson, asked by reporters whether …, said: …" it follows the speaker."""
    first = after_dateline(units)  # "THE HAGUE, Feb 17 — Asked whether …": the dateline comes first
    if first < len(units) and "QUESTION" in units[first].tags:
        return first, main
    for k in range(1, min(len(units) - 1, 12)):
        if units[k].low == "," and "QUESTION" in units[k + 1].tags:
            return k + 1, noun_phrase(units, k - 1)[1]
    return 0, None


_VERDICT_NOUNS = frozenset({"answer", "response", "reply"})
_VERDICT_COPULAS = frozenset({"is", "was", "remains", "remained", "stays", "stayed", "would", "will", "be",
                              "still", "for", "now"})


def _answer_is_no(units: list[Unit], start: int) -> str | None:
    """ "…, a spokesman said the government's answer "remains no"": the answer noun with a copula and a
    bare "no" closing the clause is a refusal of the asked supply (quotation marks around it or not)."""
    for k in range(start, min(len(units), start + 10)):
        if units[k].low not in _VERDICT_NOUNS:
            continue
        j = k + 1
        while j < len(units) and ("QUOTE" in units[j].tags or units[j].low in _VERDICT_COPULAS):
            j += 1
        end = units[j + 1] if j + 1 < len(units) else None
        if j > k + 1 and j < len(units) and units[j].low == "no" and \
                (end is None or end.low in (",", ".", ";") or "QUOTE" in end.tags):
            return " ".join(u.text for u in units[k:j + 1])
        return None
    return None


_ELIDED_SUBJECTS = frozenset({"it", "they", "we", "he", "she"})
_ELIDED_AUX = frozenset({"would", "will", "could", "can", "did", "does", "do", "has", "have", "had", "was", "were"})


def _elided_no(units: list[Unit], start: int) -> str | None:
    """ "…, Netanyahu said it would not, arguing …": a refusal whose verb is the asked supply, elided.

    Only a reporting verb followed by pronoun/name + auxiliary + "not" closing the clause counts;
    "said it would not comment" has a verb of its own and is read by the ordinary rules."""
    for k in range(start, min(len(units) - 3, start + 12)):
        if "REPORT" not in units[k].tags:
            continue
        subject, aux, neg = units[k + 1], units[k + 2], units[k + 3]
        if subject.low == "that" and k + 4 < len(units):
            subject, aux, neg = units[k + 2], units[k + 3], units[k + 4]
            k += 1
        end = units[k + 4] if k + 4 < len(units) else None
        if (subject.low in _ELIDED_SUBJECTS or subject.ent == "actor") and aux.low in _ELIDED_AUX and \
                neg.low in ("not", "n't") and (end is None or end.low in (",", ".", ";") or
                                               end.tags & {"CONTRAST", "QUOTE"}):
            return f"{units[k].text} {subject.text} {aux.text} {neg.text}"
        return None
    return None
