"""What a sentence claims, and how its operators combine.

A claim starts as "supplies" and the words that govern the supply verb are applied from the
inside out: negation and refusal flip it (supplies → refrains → reconsider, so "not ruling
out" opens the option), weighing and possibility open it, deciding and beginning keep it;
pressure, advocacy, questions and hypotheticals make it no position of the actor at all.
"""

from __future__ import annotations

from dataclasses import dataclass

from monitor.detect.tagging import Unit

SUPPLIES, RECONSIDER, REFRAINS, NONE = "supplies", "reconsider", "refrains", "none"

_OP_ORDER = ("QUESTION", "DENY", "DIST", "PRESS", "REFU", "END", "CHANGE", "CONS", "DECIDE", "COMMIT",
             "SUP", "SUPN", "RECV", "ARRIVE", "MODAL", "DEONT", "NEG", "COND", "ASPECT", "POLICY", "REPORT",
             "HIST", "DUR", "HAD", "HAS")
PREDICATES = frozenset({"SUP", "SUPN", "RECV", "ARRIVE", "REFU", "CONS", "COMMIT", "DECIDE", "END", "PRESS", "DENY",
                         "CHANGE"})
_FLIP = {SUPPLIES: REFRAINS, REFRAINS: RECONSIDER, RECONSIDER: REFRAINS}


@dataclass(frozen=True)
class Claim:
    """What one anchor in a sentence says, and why."""

    state: str  # supplies | reconsider | refrains | none
    rule: str  # the rule that fired, with the words that triggered it
    background: bool = False  # history inside the story ("had long refused")
    agent: str = "unknown"  # actor | other | target | unknown
    how: str = ""  # how the agent was found: subject, possessor, by, from, pronoun, salient…
    denial: bool = False  # the actor denies a report that it supplies
    third_party: bool = False  # rests on a speaker who is not the actor
    anaphoric: bool = False  # the object was "it" / "the option": only supports other claims
    strength: float = 1.0  # how directly the sentence ties actor, object and target
    decisive: bool = False  # a refusal reported as a decision ("decided not to", "ruled out", "walked back")


def op_of(unit: Unit) -> str | None:
    tags = unit.tags
    if not tags or tags <= {"DET", "PREP", "ADV", "AUX", "FUT"} - {"HAS"}:
        return None
    for op in _OP_ORDER:
        if op in tags:
            return op
    return None


def outer_report(ops: list[tuple[str, int, float]]) -> int | None:
    """Where the first reporting verb over the anchor's clause is ("Medvedev said Israel …" → "said"), or None."""
    return min((i for op, i, level in ops if op == "REPORT" and level >= 1), default=None)


def fold(ops: list[tuple[str, int, float]], doubt_at: dict[int, frozenset[str]] | None = None
          ) -> tuple[str, set[str], set[int]]:
    """Apply the operators inside-out to "supplies"; return the value, flags and the words that fired."""
    doubt_at = doubt_at or {}
    value = SUPPLIES
    flags: set[str] = set()
    fired: set[int] = set()
    previous = ""
    for op, index, _level in ops:
        if op == "WHETHER":
            flags.add("whether")  # an open question until something weighs or decides it
            flags.discard("advocacy")  # "studying whether it should send": the question's "should", no one's advice
            continue
        if op in ("CONS", "DECIDE", "QUESTION", "REFU", "END", "DENY", "PRESS") and "whether" in flags:
            flags.discard("whether")
            if op == "DECIDE":
                value = RECONSIDER if value == SUPPLIES else value  # "will decide whether to send"
                flags.discard("pressure")  # "to decide how to answer Chile's request": its own weighing of it
                fired.add(index)
                previous = op
                continue
        if op == "NEG" and previous == "DIST":
            value = NONE  # "is not accused of arming anyone", "no evidence that …": no one's position
        elif op == "NEG":
            value = RECONSIDER if previous == "DECIDE" else _FLIP[value] if value != NONE else NONE
        elif op in ("REFU", "END"):
            value = _FLIP[value] if value != NONE else NONE
            flags -= {"pressure", "distance"}
        elif op == "CONS":
            value = RECONSIDER if value != NONE else NONE
            flags -= {"pressure", "distance"}
        elif op == "CHANGE":
            value = RECONSIDER if value != NONE else NONE
        elif op in ("MODAL", "COND_CONS"):
            value = RECONSIDER if value == SUPPLIES else value
        elif op in ("DECIDE", "COMMIT"):
            flags.discard("pressure")
        elif op == "PRESS":
            flags.add("pressure")
        elif op == "DEONT":
            flags.add("advocacy")
        elif op == "QUESTION":
            flags.add("question")
        elif op == "DIST":
            flags.add("distance")
            if _level > 0 and "DOUBT" in doubt_at.get(index, ()):
                flags.add("doubt")
        elif op == "DENY_CLAIM":
            if "distance" not in flags and "doubt" not in flags:
                continue
            value = REFRAINS if value in (SUPPLIES, RECONSIDER) else NONE
            flags -= {"distance", "doubt"}
            flags.add("denied")
        elif op == "DENY":
            if value == SUPPLIES or value == RECONSIDER:
                value = REFRAINS
                flags.add("denied")
            else:
                value = NONE
            flags -= {"distance", "doubt"}
        else:
            continue
        fired.add(index)
        previous = op
    if "whether" in flags and value == SUPPLIES:
        value = NONE  # "did not say whether it would send": no position either way
    return value, flags, fired


def _supply_predicate(ops: list[tuple[str, int, float]]) -> int | None:
    """Where the first predicate in folding order is, when it is the supply itself."""
    first = next((n for n, (op, _, _) in enumerate(ops) if op in PREDICATES), None)
    return first if first is not None and ops[first][0] in ("SUP", "SUPN") else None


# Verbs that interrupt an activity going on: "has not stopped sending" says it goes on. (Dropping,
# shelving or lifting act on a plan or a ban: negated, they leave an option open or a ban standing.)
HALTING = frozenset({"stop", "stops", "stopped", "stopping", "halt", "halts", "halted", "halting", "suspend",
                      "suspends", "suspended", "suspending", "pause", "pauses", "paused", "pausing", "freeze",
                      "freezes", "froze", "frozen", "cease", "ceases", "ceased", "interrupt", "interrupted"})
_TRUTH = frozenset({"true", "the case", "so"})


def unhalted(ops: list[tuple[str, int, float]], units: list[Unit]) -> list[tuple[str, int, float]]:
    """ "Latvia has not stopped sending weapons", "deliveries have not been halted", "It is not true that
    Latvia has stopped sending …": a negated halt of the supply itself says the supply goes on, so the
    halt and its negation cancel (not the "not ruling out" double negation, which opens an option).
    `ops` are in folding order; the negation must be the halt's own or a truth predicate's above it."""
    supply = _supply_predicate(ops)
    if supply is None or supply + 1 >= len(ops):
        return ops
    halt = supply + 1
    op, i, level = ops[halt]
    if op != "END" or units[i].low.split()[0] not in HALTING or _prevents(units, i, ops[supply][1]):
        return ops
    n = halt + 1
    while n < len(ops) and ops[n][0] in ("HAS", "HAD", "AUX", "ASPECT"):
        n += 1
    if n + 1 < len(ops) and ops[n][0] in ("PRESS", "MODAL") and units[ops[n][1]].low.split()[0] in _CALLS and \
            ops[n + 1][0] in ("REFU", "DENY"):
        return [o for k, o in enumerate(ops) if k not in (halt, n, n + 1)]  # "rejected calls to halt deliveries"
    reported = n < len(ops) and ops[n][0] == "DIST"
    denial = n + reported
    # ("rejected a newspaper report that …": a report rejected is denied too)
    if denial < len(ops) and (ops[denial][0] == "DENY" or reported and ops[denial][0] == "REFU") and \
            ops[denial][2] > level:
        # "rejected reports that it had suspended deliveries", "denied that it had halted shipments": the halt
        # is denied, the supply goes on; the denial still reports it (what it says is said now)
        _, deny, deny_level = ops[denial]
        return [o for k, o in enumerate(ops) if k not in range(halt, denial + 1) or k > halt and o[0] in
                ("HAS", "HAD", "AUX", "ASPECT")] + [("REPORT", deny, deny_level)]
    if n >= len(ops) or ops[n][0] != "NEG":
        return ops
    neg, neg_level = ops[n][1], ops[n][2]
    if neg_level not in (level, 0.6) and not (neg + 1 < len(units) and units[neg + 1].low in _TRUTH):
        return ops
    return [o for k, o in enumerate(ops) if k not in (halt, n)]


# Calls on someone to act: rejecting one to halt deliveries keeps them going.
_CALLS = frozenset({"call", "calls", "calling", "demand", "demands", "demanding", "appeal", "appeals", "urging"})


def _prevents(units: list[Unit], verb: int, supply: int) -> bool:
    """ "stops Dublin from donating": "stop" with a party and "from" before the supply prevents it, it does not
    end it ("Nothing stops Dublin from donating …" leaves the supply possible, not going on)."""
    return any(units[k].low == "from" for k in range(verb + 1, supply)) and \
        any(units[k].ent or units[k].tags & {"PRON", "GENERIC"} for k in range(verb + 1, supply))


# A halt of deliveries under way, as opposed to a ban on them: lifting it lets the deliveries go on.
_HALT_NOUNS = frozenset({"suspension", "freeze", "halt", "pause", "moratorium", "hold"})
# "ended its suspension of deliveries": ending a halt lifts it.
_ENDING = frozenset({"end", "ends", "ended", "ending"})


def lifted_halt(ops: list[tuple[str, int, float]], units: list[Unit]) -> list[tuple[str, int, float]]:
    """ "lifted the suspension of weapons exports to Poland": lifting a halt of the supply itself resumes
    it, so the halt and the lifting cancel (the supply goes on, as with "has not stopped sending"). What
    governs the lifting still applies: "is weighing lifting the freeze" stays open, "did not lift" refuses."""
    halt = _supply_predicate(ops)
    if halt is None and len(ops) >= 2 and _halt_of_compound_supply(ops[0][1], units):
        halt = -1  # "lifted the freeze on K2 tank deliveries": the object names the supply noun after it
    if halt is None or halt + 2 >= len(ops):
        return ops
    noun, verb = ops[halt + 1], ops[halt + 2]
    if noun[0] != "END" or units[noun[1]].low not in _HALT_NOUNS or verb[0] != "END" or \
            not (units[verb[1]].low.startswith("lift") or units[verb[1]].low in _ENDING) or verb[1] > noun[1]:
        return ops
    return [o for k, o in enumerate(ops) if k not in (halt + 1, halt + 2)]


def _halt_of_compound_supply(noun: int, units: list[Unit]) -> bool:
    """ "the freeze on K2 tank deliveries": a halt noun whose "on / of" phrase is a supply noun modified by
    the object (the object's compound, not a predicate of its own) halts that supply."""
    if units[noun].low not in _HALT_NOUNS or noun + 2 >= len(units) or units[noun + 1].low not in ("on", "of"):
        return False
    for k in range(noun + 2, min(noun + 6, len(units))):
        if "SUPN" in units[k].tags:
            return k > noun + 2
        if units[k].tags and not units[k].obj:
            return False
    return False


# Verbs of changing a policy: negated, they keep the policy as it is, whatever it says.
_CHANGING = frozenset({"change", "changed", "changing", "alter", "altered", "altering", "modify", "modified",
                       "revise", "revised", "revising", "shift", "shifted"})


def unchanged_policy(ops: list[tuple[str, int, float]], units: list[Unit]) -> list[tuple[str, int, float]]:
    """ "has not changed its policy of not sending arms": the outer negation falls on the change, not on the
    supply, so the policy's own negation alone decides (a refusal kept, no double negation that opens it).
    Only when the policy itself is negated; "has not changed its policy of sending" keeps its reading."""
    negs = [i for op, i, _ in ops if op == "NEG"]
    if len(negs) < 2:
        return ops
    for i in negs:
        if i + 1 >= len(units) or units[i + 1].low not in _CHANGING:
            continue
        of = next((k for k in range(i + 2, min(i + 6, len(units) - 1))
                   if "POLICY" in units[k].tags and units[k + 1].low == "of"), None)
        # (the change that does not happen goes with its negation: "no change in its policy of not …")
        if of is not None and any(j > of + 1 for j in negs):
            return [o for o in ops if o[1] not in (i, i + 1)]
        # "its policy of not selling or donating arms has not changed": the policy as the subject of the change
        subject = next((k for k in range(i - 1, 0, -1) if "POLICY" in units[k].tags and units[k + 1].low == "of"), None)
        if subject is not None and any(subject + 1 < j < i for j in negs):
            return [o for o in ops if o[1] not in (i, i + 1)]
    return ops


def unclear_whether(ops: list[tuple[str, int, float]], units: list[Unit]) -> list[tuple[str, int, float]]:
    """ "It is not clear whether Japan will send …", "Japan has not made clear whether it will send …": a
    negated "clear" over an open "whether" is uncertainty or a withheld answer, like "unclear whether" or
    "declined to say whether"; no commitment is denied, so the "not" and "clear" carry no refusal."""
    whether = {i for op, i, _ in ops if op == "WHETHER"}
    for op, i, _ in ops:
        if op == "COMMIT" and units[i].low == "clear" and i + 1 in whether:
            neg = next((j for o, j, _ in ops if o == "NEG" and i - 3 <= j < i), None)
            if neg is not None:
                return [o for o in ops if o[1] not in (i, neg)]
    return ops


def rejected_by_others(ops: list[tuple[str, int, float]], units: list[Unit]) -> list[tuple[str, int, float]]:
    """ "Egypt rejected Washington's decision to hold back tanks": another party's rejection of the actor's
    decision leaves the decision standing; it is no reversal of it by the actor."""
    for op, i, _ in ops:
        if op != "REFU" or i + 2 >= len(units):
            continue
        owner = units[i + 1]
        rejecter = [u.ent for u in units[:i] if u.ent]
        if owner.ent == "actor" and "POSS" in units[i + 2].tags and rejecter and "actor" not in rejecter:
            return [o for o in ops if o[1] != i]
    return ops


def unruled_change(ops: list[tuple[str, int, float]], units: list[Unit]) -> list[tuple[str, int, float]]:
    """ "has not ruled out changing its policy of not sending arms": what is not ruled out is ending the
    refusal, so the option to supply is open; the policy's own negation is what the change undoes (and
    "has ruled out changing its policy of not sending" rules out sending: the refusal holds)."""
    refus = [i for op, i, _ in ops if op == "REFU" and i + 1 < len(units) and units[i + 1].low in _CHANGING]
    if not refus:
        return ops
    i = refus[0]
    of = next((k for k in range(i + 2, min(i + 6, len(units) - 1))
               if "POLICY" in units[k].tags and units[k + 1].low == "of"), None)
    inner = [j for op, j, _ in ops if op == "NEG" and of is not None and j > of + 1]
    return [o for o in ops if o[1] not in inner[:1]] if inner else ops


def rule_name(value: str, fired: set[int], units: list[Unit]) -> str:
    tags = set()
    for index in fired:
        op = op_of(units[index])
        if op:
            tags.add(op)
    if value == SUPPLIES:
        if tags & {"DECIDE", "COMMIT"}:
            return "supply-decision"
        return "supply"
    if value == RECONSIDER:
        if "NEG" in tags and tags & {"REFU", "END"}:
            return "double-negation"
        if "CONS" in tags:
            return "weighing"
        if "DECIDE" in tags and "NEG" in tags:
            return "undecided"
        if "CHANGE" in tags:
            return "policy-change"
        if tags & {"END"}:
            return "refusal-lifted"
        return "possibility"
    if "DENY" in tags:
        return "denial"
    if "END" in tags:
        return "walk-back"
    if "REFU" in tags:
        return "refusal"
    if tags & {"COMMIT", "DECIDE"} and "NEG" in tags:
        return "no-plan"
    return "negated-supply"
