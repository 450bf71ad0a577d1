"""One sentence → what it claims about the actor supplying the object to the target.

Each mention of the object (or "arm Ukraine", or "beyond humanitarian aid") is an anchor.
From the anchor we walk left through the sentence like a reader following the grammar:
the verbs and nouns that govern it ("not ruling out the possibility of providing"), the
clause's subject (the agent), and the clauses that embed it ("said that", "asked whether",
"denied reports that"). To the right we look for the recipient ("to Kyiv"), a passive
agent ("by Seoul", "from Seoul"), a passive verb when the object is the subject ("No
weapons … have been sent"), a condition ("if …") and a trailing speaker (", X said").

The operators are then applied inside-out to the value "supplies":
negation and refusal flip it (supplies → refrains → reconsider: "not ruling out"),
weighing and possibility open it (→ reconsider), deciding and beginning keep it, pressure,
advocacy, questions and hypotheticals make it no position of the actor at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from monitor.detect.tagging import Matcher, Unit, may_anchor, tokens_of, units_for

SUPPLIES, RECONSIDER, REFRAINS, NONE = "supplies", "reconsider", "refrains", "none"

# Operators in the order a unit's tags are consulted: the first match is its role.
_OP_ORDER = ("QUESTION", "DENY", "DIST", "PRESS", "REFU", "END", "CHANGE", "CONS", "DECIDE", "COMMIT",
             "SUP", "SUPN", "RECV", "ARRIVE", "MODAL", "DEONT", "NEG", "COND", "ASPECT", "POLICY", "REPORT",
             "HIST", "DUR", "HAD", "HAS")
_PREDICATES = frozenset({"SUP", "SUPN", "RECV", "ARRIVE", "REFU", "CONS", "COMMIT", "DECIDE", "END", "PRESS", "DENY",
                         "CHANGE"})
_FLIP = {SUPPLIES: REFRAINS, REFRAINS: RECONSIDER, RECONSIDER: REFRAINS}
_IRREGULAR_PARTICIPLES = frozenset(
    "sent given sold lent held withheld bought made built shown taken brought led dealt".split()
)
_BOUNDARY_TAGS = frozenset({"HARD", "CONTRAST"})
_ANAPHORIC_OBJECTS = frozenset({"option", "idea", "step", "move", "it", "them", "plan"})
_ANAPHOR_HINT = re.compile(
    r"(?i)\b(?:the|this|that|such an?)\s+(?:option|idea|step|move|plan)\b"
    r"|\b(?:against|out|reconsider\w*|weigh\w*|consider\w*|approv\w*|reject\w*|drop\w*|abandon\w*|shelv\w*)\s+(?:it|them)\b"
)
_ECHO_OBJECTS = frozenset({"them", "it", "batch", "shipment", "consignment", "tranche", "ones"})


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


@dataclass(frozen=True)
class SentenceReading:
    claims: tuple[Claim, ...]
    salient: str | None  # who the next sentence's "it" most likely means


@dataclass
class _Agent:
    cls: str  # actor | other | target | anaphor | generic
    how: str
    index: int
    first_person: bool = False


@dataclass
class _Frame:
    ops: list[tuple[str, int, int]] = field(default_factory=list)  # (op, unit index, level)
    agent: _Agent | None = None
    speaker: _Agent | None = None
    ties: list[tuple[str, str, int]] = field(default_factory=list)  # (how, class, unit index)
    recipient: str = ""  # target | generic | other
    requester_target: bool = False
    hypothetical: bool = False
    background: bool = False
    inherit: bool = False  # the clause has no subject of its own: take the sentence's
    right_verb: bool = False  # a verb follows the anchor in its clause
    right_modal: bool = False  # … and it is "would"/"could": "Seoul's decision to send … would be a mistake"
    no_comment: bool = False  # "declined to say whether …"


def analyse_sentence(sentence: str, matcher: Matcher, salient: str | None = None,
                     echo: frozenset[str] = frozenset()) -> SentenceReading:
    """The claims of one sentence about the stance.

    `salient` is who earlier sentences were about (for "it", "the ministry"); `echo` holds
    the nouns the article uses for the stance's one weapon system ("Taurus missiles" →
    "missiles"), so that "the missiles" later in the article still means that system."""
    tokens = tokens_of(sentence)
    if not may_anchor(tokens, matcher) and not (echo and _mentions(sentence, echo)) and \
            not _ANAPHOR_HINT.search(sentence):
        return SentenceReading((), _cheap_salient(sentence, tokens, matcher) or salient)
    units = units_for(sentence, matcher, tokens)
    context = _Sentence(units, salient, sentence.rstrip().endswith("?"))
    claims: list[Claim] = []
    shared: dict[int, Claim] = {}
    for index in _anchors(units, echo):
        source = _coordinated_with(units, index, shared)
        claim = shared[source] if source is not None else context.claim(index)
        shared[index] = claim
        if claim is not None:
            claims.append(claim)
    return SentenceReading(tuple(claims), context.salient_out())


def _cheap_salient(sentence: str, tokens: list[tuple[int, int, str]], matcher: Matcher) -> str | None:
    """Does a sentence we do not analyse name the actor? (for "it" in the next one)"""
    for start, _, text in tokens:
        for table, key in ((matcher.folded, text.lower()), (matcher.exact, text)):
            for pattern, kind, detail in table.get(key, ()):
                if kind == "ent" and detail[0] == "actor" and pattern.match(sentence, start):  # type: ignore[index]
                    return "actor"
    return None


def _mentions(sentence: str, words: frozenset[str]) -> bool:
    lowered = sentence.lower()
    return any(word in lowered for word in words)


def _anchors(units: list[Unit], echo: frozenset[str] = frozenset()) -> list[int]:
    """Mentions of the object that can carry a claim; "arms industry" and the like cannot."""
    found: list[int] = []
    for i, unit in enumerate(units):
        if echo and unit.low in echo and not unit.obj and _definite(units, i):
            unit.obj = "echo"  # "the missiles", "its own tanks": the system named elsewhere
            found.append(i)
            continue
        nxt = units[i + 1] if i + 1 < len(units) else None
        if unit.obj in ("strong", "weak"):
            if nxt is not None and nxt.has("NSHEAD"):
                continue
            found.append(i)
        elif unit.obj in ("arm", "beyond"):
            found.append(i)
        elif unit.low in _ANAPHORIC_OBJECTS and i > 0 and _anaphoric_object(units, i):
            found.append(i)
        elif unit.low in _ECHO_OBJECTS and found and _echo_object(units, i):
            unit.obj = "echo"  # refers back to the object named earlier in this sentence
            found.append(i)
    return found


def _definite(units: list[Unit], i: int) -> bool:
    j = i - 1
    while j >= 0 and i - j <= 3 and not units[j].tags and not units[j].ent and not units[j].obj and \
            units[j].low.isalpha():
        j -= 1  # "its own", "the older"
    return j >= 0 and units[j].low in ("the", "its", "their", "these", "those", "such") and not units[i - 1].obj


def _echo_object(units: list[Unit], i: int) -> bool:
    """ "delivered the first batch", "has now sent them": a supply verb whose object was named before."""
    j = i - 1
    while j >= 0 and i - j <= 3 and (units[j].has("DET") or units[j].low.isdigit() or
                                     (not units[j].tags and not units[j].ent and not units[j].obj)):
        j -= 1
    return j >= 0 and units[j].has("SUP") and not units[j].has("SUPN") and not units[j].obj


def _anaphoric_object(units: list[Unit], i: int) -> bool:
    """ "decided against it", "weighing the option": the stance's object named by anaphora."""
    j = i - 1
    if units[i].low not in ("it", "them"):
        if j < 0 or units[j].low not in ("the", "this", "that", "such", "a"):
            return False
        j -= 1
        if j >= 0 and units[j].low == "such":
            j -= 1
    if j < 0 or not (units[j].tags & {"CONS", "REFU", "END", "COMMIT", "DECIDE"}):
        return False
    nxt = units[i + 1] if i + 1 < len(units) else None
    return nxt is None or not (nxt.has("OF") or nxt.has("TO"))


def _coordinated_with(units: list[Unit], index: int, seen: dict[int, Claim | None]) -> int | None:
    """ "shells, missiles and tanks", "weapons such as air-defence systems": one claim for all."""
    j = index - 1
    skipped = 0
    linked = False
    while j >= 0 and skipped <= 12:
        unit = units[j]
        if j in seen and linked:
            return j
        if unit.has("LIST"):
            linked = True
            skipped = 0  # a list links back to the head noun, however far
        elif unit.has("CONJ") or unit.low == "," or unit.has("FOR") or unit.has("OF") or unit.has("WITH"):
            linked = True
        elif unit.obj or unit.tags & {"DET", "ADV"} or (not unit.tags and not unit.ent):
            pass
        else:
            return None
        j -= 1
        skipped += 1
    return None


class _Sentence:
    """The analysis of one tagged sentence: shared facts and the per-anchor walk."""

    def __init__(self, units: list[Unit], salient: str | None, question: bool) -> None:
        self.units = units
        self.salient = salient
        self.question = question
        self.main = self._main_subject()
        self.trailing = self._trailing_speaker()
        self.trailing_doubt = self._trailing_doubt()
        self.leading_condition = self._leading_condition_end()

    # -- sentence-wide facts ----------------------------------------------------------------

    def _main_subject(self) -> _Agent | None:
        """The subject of the first main clause (after "Asked whether …," or "On Friday,")."""
        units = self.units
        start = 0
        first = units[0] if units else None
        if first is not None and (first.tags & {"SUB", "PREP", "QUESTION", "COND", "HIST", "LIST"} or
                                  first.low.endswith("ing") or first.low == "asked"):
            for k, unit in enumerate(units):
                if unit.low == ",":
                    start = k + 1
                    break
        for k in range(start, len(units)):
            unit = units[k]
            if unit.tags & (_PREDICATES | {"AUX", "MODAL", "NEG", "REPORT", "HARD", "COMP"}) or unit.obj:
                return None
            agent = self._np_class(k)
            if agent is not None:
                return agent
        return None

    def _trailing_doubt(self) -> bool:
        """ ", Russian state media alleged." / ", Moscow claimed on Monday." closing the sentence."""
        units = self.units
        for k in range(len(units) - 1, max(0, len(units) - 10), -1):
            unit = units[k]
            verb = unit.low.endswith("ed") or (unit.low in ("claims", "alleges") and not units[k - 1].tags & {"PREP", "DET"})
            if unit.has("DOUBT") and verb:
                return any(units[j].low == "," for j in range(max(0, k - 8), k))
            if units[k].obj or units[k].tags & _PREDICATES:
                return False
        return False

    def _trailing_speaker(self) -> _Agent | None:
        """ ", a senior official said." / ", Kyiv said on Monday." / ", said Yoon." closing the sentence."""
        units = self.units
        for k in range(len(units) - 1, 0, -1):
            unit = units[k]
            if unit.has("REPORT") and self._report_verb(k):
                j = k - 1
                while j >= 0 and units[j].low not in (",", "”", '"') and k - j <= 10:
                    j -= 1
                span = range(j + 1, k) if j >= 0 and units[j].low in (",", "”", '"') else range(0)
                if j == k - 1:
                    span = range(k + 1, min(len(units), k + 8))  # ", said Yoon."
                best: _Agent | None = None
                for m in span:
                    agent = self._np_class(m)
                    if agent is not None and agent.cls in ("actor", "target", "other"):
                        return agent
                    best = best or agent
                return best
            if unit.obj or unit.tags & (_PREDICATES - {"PRESS", "DIST"}):
                return None
        return None

    def _leading_condition_end(self) -> int:
        """ "If Pyongyang deepens its role, Seoul will …": the main clause is conditional."""
        if self.units and self.units[0].has("COND"):
            for k, unit in enumerate(self.units):
                if unit.low == ",":
                    return k
        return -1

    def _np_class(self, k: int) -> _Agent | None:
        unit = self.units[k]
        if unit.ent in ("actor", "target", "other"):
            return _Agent(unit.ent, unit.how, k)
        if unit.has("FIRSTP") and unit.low != "us":
            return _Agent("anaphor", "first-person", k, first_person=True)
        if unit.tags & {"PRON", "POSSPRON"} and unit.low not in ("i",):
            return _Agent("anaphor", "pronoun", k)
        if unit.has("GENERIC"):
            return _Agent("generic", "generic", k)
        return None

    def salient_out(self) -> str | None:
        if self.main is not None and self.main.cls in ("actor", "other"):
            return self.main.cls
        for unit in self.units:
            if unit.ent == "actor":
                return "actor"
        return self.salient

    # -- one anchor -------------------------------------------------------------------------

    def claim(self, anchor: int) -> Claim | None:
        units = self.units
        frame = _Frame()
        self._object_modifiers(anchor, frame)
        if units[anchor].obj == "arm":
            frame.ops.append(("SUP", anchor, 0))
        elif units[anchor].obj == "beyond":
            frame.ops.append(("SUP", anchor, 0))
        compound = anchor + 1 < len(units) and units[anchor + 1].has("SUPN")
        if compound:
            frame.ops.append(("SUP", anchor + 1, 0))
        ellipsis = self._ellipsis(anchor)
        if ellipsis is not None:
            # "… will provide Ukraine with ambulances but not weapons": the same verb, negated.
            self._walk_left(ellipsis + 1, frame)
            self._right(ellipsis, frame)
            frame.ops.append(("NEG", anchor - 1, 0))
            return self._conclude(anchor, frame)
        self._walk_left(anchor, frame)
        if units[anchor].obj == "echo" and not any(op in ("SUP", "SUPN", "RECV") for op, _, _ in frame.ops):
            if not self._passive_right(anchor, frame):
                return None  # "officers discussing the missiles": a bare reference, no supplying
        if not any(op in _PREDICATES for op, _, level in frame.ops if level == 0):
            supplied = [index for how, _, index in frame.ties if how == "supplied"]
            if supplied:
                frame.ops.insert(0, ("SUP", supplied[0], 0))
            elif not self._passive_right(anchor, frame):
                return None
        self._right(anchor + (1 if compound else 0), frame)
        if 0 <= self.leading_condition < anchor:
            frame.ops.append(("COND_CONS", anchor, 0))  # the main clause after "If …,"
        return self._conclude(anchor, frame)

    def _ellipsis(self, anchor: int) -> int | None:
        """ "but not weapons", ", not weapons": returns the supply verb the negation leaves out."""
        units = self.units
        j = anchor - 1
        while j >= 0 and units[j].has("DET"):
            j -= 1
        if j < 1 or units[j].low != "not" or not (units[j - 1].has("CONTRAST") or units[j - 1].low in (",", "and")):
            return None
        for k in range(j - 2, -1, -1):
            if units[k].tags & {"SUP", "COMMIT"} and not units[k].has("SUPN"):
                return k
        return None

    def _object_modifiers(self, anchor: int, frame: _Frame) -> None:
        """ "South Korean weapons", "US-supplied ATACMS", "Korean-made shells": ties on the object."""
        j = anchor - 1
        while j >= 0 and anchor - j <= 4:
            unit = self.units[j]
            if unit.ent:
                if unit.how == "supplied":
                    frame.ties.append(("supplied", unit.ent, j))
                elif unit.how == "origin":
                    frame.ties.append(("origin", unit.ent, j))
                elif unit.how == "adj" or (j + 1 < len(self.units) and self.units[j + 1].has("POSS")):
                    frame.ties.append(("adj", unit.ent, j))
                return
            if unit.tags - {"DET", "ADV", "POSS"} and not unit.has("NEG"):
                return
            j -= 1

    # -- walking left -----------------------------------------------------------------------

    def _walk_left(self, anchor: int, frame: _Frame) -> None:
        units = self.units
        level = 0
        pending = True  # the current clause's subject is still to be found
        governor_pending = False  # a subjectless clause takes the next subject found above it
        i = anchor - 1
        last_pred = anchor  # index of the innermost predicate seen in the current clause
        while i >= 0:
            unit = units[i]
            tags = unit.tags
            if unit.ent or tags & {"PRON", "POSSPRON", "GENERIC", "FIRSTP"} and not unit.obj:
                np_start, agent = self._noun_phrase(i)
                if agent is not None:
                    i = self._place_np(np_start, i, agent, frame, level, last_pred)
                    if i == -2:  # the NP was this clause's subject
                        role_left = np_start - 1
                        while role_left >= 0 and units[role_left].has("QUOTE"):
                            role_left -= 1
                        if pending or governor_pending:
                            if level == 0 or governor_pending:
                                if frame.agent is None:
                                    frame.agent = agent
                                    if governor_pending and level > 0:
                                        agent.how = "governor"
                                governor_pending = False
                            if level > 0 and frame.speaker is None:
                                frame.speaker = agent
                        elif level > 0 and frame.speaker is None:
                            frame.speaker = agent
                        pending = False
                        nxt = self._cross(role_left, frame, level)
                        if nxt is None:
                            return
                        i, level = nxt
                        pending = True
                        continue
                    continue
            if unit.obj and i != anchor:
                i -= 1
                continue
            if tags & _BOUNDARY_TAGS or unit.has("QMARK"):
                self._stop(frame, pending and frame.agent is None, i + 1, anchor)
                return
            if unit.low == ",":
                skip = self._skip_parenthetical(i, frame)
                if skip is not None:
                    i = skip
                    continue
                self._stop(frame, frame.agent is None, i + 1, anchor)
                return
            if unit.has("REL"):
                if frame.agent is None:
                    antecedent = self._antecedent(i)
                    if antecedent is not None:
                        frame.agent = antecedent
                return
            if unit.has("CONJ"):
                if self._coordinated_verbs(i) and frame.agent is None:
                    frame.inherit = True
                    return
                if frame.agent is not None or not pending:
                    return
                i -= 1
                continue
            if tags & {"COMP", "QUESTION"} or (tags & {"REPORT"} and self._report_verb(i)):
                # An embedding clause: what governs it is one level up.
                if unit.has("QUESTION"):
                    frame.ops.append(("QUESTION", i, level + 1))
                elif unit.has("REPORT"):
                    frame.ops.append(("REPORT", i, level + 1))
                if frame.agent is None and pending and level == 0:
                    common = self._common_subject(i + 1, anchor)
                    if common is not None:
                        frame.agent = common
                    else:
                        governor_pending = True
                level += 1
                pending = True
                i -= 1
                continue
            if unit.has("SUB") or (unit.has("COND") and not unit.has("PREP")):
                self._subordinate(unit, frame, level)
                if frame.agent is None:
                    frame.inherit = True
                return
            if unit.has("THERE"):
                i -= 1
                continue
            if unit.low == "any" and i + 1 < len(units) and units[i + 1].tags & {"SUPN", "DECIDE", "COMMIT"}:
                frame.ops.append(("MODAL", i, level))  # "any deliveries would be …": not an actual one
            op = _op_of(unit)
            if op is not None:
                if op == "PRESS" and i + 1 < len(units) and units[i + 1].has("TO"):
                    op = "MODAL"  # "wants to send": the subject's own intention
                if op == "REFU" and i + 2 < len(units) and units[i + 1].has("TO") and \
                        units[i + 2].tags & {"REPORT", "DIST"}:
                    frame.no_comment = True  # "declined to say whether …": no position either way
                frame.ops.append((op, i, level))
                if op in _PREDICATES:
                    last_pred = i
            i -= 1
        self._stop(frame, frame.agent is None and (pending or governor_pending), 0, anchor)

    def _stop(self, frame: _Frame, subjectless: bool, start: int = 0, end: int = 0) -> None:
        if subjectless:
            common = self._common_subject(start, end)
            if common is not None:
                frame.agent = common
            else:
                frame.inherit = True

    def _common_subject(self, start: int, end: int) -> _Agent | None:
        """ "The new treaty … provides", "a retired general writes": a subject that names no one we track."""
        for k in range(start, end):
            unit = self.units[k]
            if unit.tags & {"DET", "ADV", "QUOTE"} or unit.low == ",":
                continue
            if unit.obj or unit.ent or not unit.low.isalpha() or unit.low.endswith(("ing", "ed")):
                return None
            if not unit.tags or unit.tags <= {"NSHEAD", "WAR", "NONWEAPON", "GENREC", "AIDN"}:
                return _Agent("other", "common-np", k)
            return None
        return None

    def _cross(self, left: int, frame: _Frame, level: int) -> tuple[int, int] | None:
        """After a clause's subject: continue into the clause that embeds it, if any."""
        units = self.units
        if left < 0:
            return None
        unit = units[left]
        if unit.tags & {"COMP", "QUESTION"} or (unit.has("REPORT") and self._report_verb(left)):
            if unit.has("QUESTION"):
                frame.ops.append(("QUESTION", left, level + 1))
            elif unit.has("REPORT"):
                frame.ops.append(("REPORT", left, level + 1))
            return left - 1, level + 1
        if unit.has("SUB") or unit.has("COND"):
            self._subordinate(unit, frame, level)
            return None
        if unit.low == ",":
            skip = self._skip_parenthetical(left, frame)
            if skip is not None:
                return self._cross(skip, frame, level)
        # Time adverbials between a reporting verb and its clause: "said on Thursday that …"
        k = left
        while k >= 0 and (not units[k].tags or units[k].tags & {"PREP", "DET", "ADV"}) and not units[k].ent \
                and left - k < 4:
            k -= 1
        if k >= 0 and k != left and units[k].has("REPORT") and self._report_verb(k):
            frame.ops.append(("REPORT", k, level + 1))
            return k - 1, level + 1
        return None

    def _subordinate(self, unit: Unit, frame: _Frame, level: int) -> None:
        if unit.has("COND") and not unit.has("HIST"):
            if level == 0 or frame.agent is not None:
                frame.hypothetical = True  # "if Seoul sends weapons": not a position
        elif unit.has("HIST") or unit.low in ("after", "before", "following"):
            frame.background = True

    def _report_verb(self, i: int) -> bool:
        """ "said", "told" as a verb introducing a clause (not "a report", not "according")."""
        unit = self.units[i]
        return unit.low not in ("report", "reports", "according to") and not unit.has("DIST")

    def _noun_phrase(self, i: int) -> tuple[int, _Agent | None]:
        """The noun phrase ending at unit i, and who it names (its first name wins)."""
        units = self.units
        start = i
        k = i
        while k - 1 >= 0:
            prev = units[k - 1]
            if prev.ent or prev.tags & {"DET", "POSS", "POSSPRON", "GENERIC", "ROLE"} or \
                    (prev.low in ("and", ",", "or", "nor") and k - 2 >= 0 and units[k - 2].ent and units[k].ent):
                k -= 1
                start = k
                continue
            if not prev.tags and not prev.obj and prev.low.isalpha() and not prev.cap and k - 2 >= 0 and \
                    (units[k - 2].ent or units[k - 2].tags & {"DET", "POSS", "POSSPRON"}):
                k -= 1
                continue
            if prev.has("OF") and k - 2 >= 0 and units[k - 2].has("GENERIC"):
                k -= 1  # "the government of South Korea"
                continue
            break
        start = min(start, k)
        agent = None
        for m in range(start, i + 1):
            candidate = self._np_class(m)
            if candidate is None:
                continue
            if candidate.cls in ("actor", "target", "other"):
                agent = candidate
                break
            if agent is None:
                agent = candidate
        if agent is not None and agent.cls != "actor" and any(u.low in ("and", ",", "nor", "or") for u in units[start:i + 1]):
            for m in range(start, i + 1):
                if units[m].ent == "actor":
                    return start, _Agent("actor", "joint", m)  # "The United States and South Korea have …"
        return start, agent

    def _place_np(self, start: int, end: int, agent: _Agent, frame: _Frame, level: int, last_pred: int) -> int:
        """Decide what a noun phrase is to the claim: subject (-2), or skip it and go on."""
        units = self.units
        left = start - 1
        while left >= 0 and units[left].has("QUOTE"):
            left -= 1
        right = end + 1
        # A possessor of a predicate noun: "Seoul's decision", "Kyiv's requests".
        if right < len(units) and units[right].has("POSS") and right + 1 < len(units):
            head = units[right + 1]
            if head.has("PRESS") or head.has("DIST"):
                if agent.cls == "target":
                    frame.requester_target = True
                return start - 1
            if head.tags & (_PREDICATES | {"MODAL", "POLICY"}) or head.obj:
                # The noun's owner is the agent; the walk goes on to what governs the noun
                # ("debating whether to relax the country's ban on …").
                if frame.agent is None and level == 0:
                    agent.how = "possessor"
                    frame.agent = agent
                return start - 1
        if left >= 0 and units[left].low in ("neither", "no", "not") and \
                (left == 0 or units[left - 1].tags & {"COMP", "CONJ", "CONTRAST", "COMMA"}):
            frame.ops.append(("NEG", left, level))  # "Neither Seoul nor Tokyo has sent …"
            return -2
        if left < 0 or units[left].tags & {"COMP", "SUB", "REL", "CONJ", "HARD", "CONTRAST", "QUESTION", "COND"} \
                or units[left].low == "," or (units[left].has("REPORT") and self._report_verb(left)):
            if units[left].has("CONJ") if left >= 0 else False:
                if left - 1 >= 0 and (units[left - 1].ent or units[left - 1].obj):
                    return start - 1  # "Russia and North Korea": part of a longer phrase
            return -2
        prev = units[left]
        if prev.has("BY"):
            frame.ties.append(("by", agent.cls, start))
            return start - 1
        if prev.has("FROM"):
            frame.ties.append(("from", agent.cls, start))
            return start - 1
        if prev.tags & {"TO", "FOR", "IN"}:
            return start - 1  # "aid to Ukraine and weapons to Poland": another phrase's recipient
        if prev.has("PREP"):
            return start - 1
        # Object of a verb. Followed by "to"/"against"/"from" + our verb: it is that verb's agent.
        follower = end + 1
        while follower < len(units) and units[follower].tags & {"ADV", "NEG"}:
            follower += 1
        controls = follower < len(units) and (units[follower].has("TO") or units[follower].low in ("against", "from"))
        if controls and frame.agent is None and level == 0 and follower <= last_pred:
            agent.how = "controlled"
            frame.agent = agent
            return start - 1
        if prev.tags & {"SUP"} and agent.cls in ("target", "other"):
            # "sent Russia shells", "supply Kyiv with": the recipient.
            if agent.cls == "target":
                frame.recipient = frame.recipient or "target"
            elif not frame.recipient:
                frame.recipient = "other"
        return start - 1

    def _skip_parenthetical(self, comma: int, frame: _Frame) -> int | None:
        """Commas around "officials said", "however", an appositive name or a relative clause."""
        units = self.units
        k = comma - 1
        while k >= 0 and units[k].low != "," and comma - k <= 30:
            k -= 1
        if k < 0 or units[k].low != ",":
            return None
        inner = units[k + 1:comma]
        if not inner:
            return None
        if inner[0].has("REL") or (len(inner) <= 4 and (any(u.has("REPORT") for u in inner) or
                                                         all(u.tags & {"ADV"} for u in inner))):
            return k - 1
        if len(inner) <= 4 and inner[0].ent and k - 1 >= 0 and units[k - 1].tags & {"ROLE", "GENERIC"}:
            return k - 1  # "its national security adviser, Chang Ho-jin, said"
        if inner[0].low in ("during", "on", "in", "at", "after", "speaking") and len(inner) <= 12 and \
                not any(u.tags & _PREDICATES or u.obj for u in inner):
            return k - 1  # "Putin, during a trip to Vietnam on Friday, warned …"
        return None

    def _antecedent(self, rel: int) -> _Agent | None:
        k = rel - 1
        while k >= 0 and self.units[k].low == ",":
            k -= 1
        if k >= 0:
            _, agent = self._noun_phrase(k)
            if agent is not None:
                agent.how = "relative"
            return agent
        return None

    def _coordinated_verbs(self, conj: int) -> bool:
        """ "… and will send", "… and debated": a second verb sharing the first one's subject."""
        nxt = self.units[conj + 1] if conj + 1 < len(self.units) else None
        if nxt is None:
            return False
        return bool(nxt.tags & (_PREDICATES | {"AUX", "MODAL", "NEG", "ADV", "REPORT", "HAS", "HAD"})) or \
            nxt.low.endswith("ed") or nxt.low.endswith("ing")

    # -- looking right ----------------------------------------------------------------------

    def _passive_right(self, anchor: int, frame: _Frame) -> bool:
        """ "No weapons made in South Korea have been transferred", "batteries supplied by Seoul"."""
        units = self.units
        k = anchor + 1
        seen_aux = False
        while k < len(units):
            unit = units[k]
            if unit.tags & {"AUX", "HAS", "HAD", "FUT"}:
                seen_aux = True
                if unit.has("HAD"):
                    frame.background = True
                k += 1
                continue
            if unit.tags & {"NEG", "MODAL", "ADV"}:
                op = "NEG" if unit.has("NEG") else ("MODAL" if unit.has("MODAL") else None)
                if op:
                    frame.ops.insert(0, (op, k, 0))
                k += 1
                continue
            participle = unit.low.endswith("ed") or unit.low in _IRREGULAR_PARTICIPLES
            role = _op_of(unit)
            if role in ("SUP", "CONS", "REFU", "COMMIT", "DECIDE", "END") and participle:
                if role != "SUP" and not seen_aux:
                    return False
                frame.ops.insert(0, (role, k, 0))
                if role != "SUP":
                    frame.ops.insert(0, ("SUP", anchor, 0))
                return True
            if role == "ARRIVE":
                frame.ops.insert(0, ("SUP", k, 0))
                return True
            if seen_aux:
                return False
            # Modifiers of the object before its verb: "made in South Korea", "from Seoul", "of this type".
            if unit.tags & {"ORIGIN", "PREP", "DET"} or unit.ent or unit.obj or (not unit.tags and not unit.cap) \
                    or unit.has("CONJ"):
                if unit.ent and k > 0:
                    prev = units[k - 1]
                    if prev.has("BY"):
                        frame.ties.append(("by", unit.ent, k))
                    elif prev.has("FROM"):
                        frame.ties.append(("from", unit.ent, k))
                    elif prev.has("IN") and k > 1 and units[k - 2].has("ORIGIN"):
                        frame.ties.append(("origin", unit.ent, k))
                k += 1
                continue
            return False
        return False

    def _right(self, last: int, frame: _Frame) -> None:
        """Recipient, passive agent, source and condition in the rest of the clause."""
        units = self.units
        k = last + 1
        while k < len(units):
            unit = units[k]
            if unit.tags & {"HARD", "CONTRAST", "REL", "QMARK"} or unit.low in ("that", "which", "who"):
                break
            if unit.has("COND"):
                frame.ops.append(("COND_CONS", k, 0))
                break
            if unit.tags & {"HIST", "DUR"} and not unit.has("SUB"):
                frame.ops.append(("HIST" if unit.has("HIST") else "DUR", k, 0))
            if unit.has("DENY") and not unit.tags & _PREDICATES - {"DENY"}:
                frame.ops.append(("DENY_CLAIM", k, 9))  # "Russia's claim that … is false"
            if unit.tags & {"MODAL", "FUT"} and unit.low in ("would", "could", "might", "may") and not frame.right_verb:
                frame.right_modal = True
            if unit.tags & {"AUX", "FUT", "MODAL", "HAS", "HAD"}:
                frame.right_verb = True
            if unit.has("SUB") and not unit.has("PREP"):
                break
            if unit.low == "," and k + 1 < len(units) and (units[k + 1].tags & {"CONTRAST", "REL", "CONJ"} or
                                                          units[k + 1].low.endswith("ing")):
                break
            if unit.ent and k > 0:
                p = k - 1
                while p > last + 1 and units[p].has("DET") and k - p <= 2:
                    p -= 1
                prev = units[p]
                if prev.has("POSS") or (k + 1 < len(units) and units[k + 1].has("POSS")):
                    k += 1
                    continue
                if prev.tags & {"TO", "FOR"} or (prev.low == "into"):
                    if unit.ent == "target":
                        frame.recipient = frame.recipient or "target"
                    elif unit.ent == "other" and not frame.recipient:
                        frame.recipient = "other"
                elif prev.has("IN") and unit.ent == "target" and not (k > 1 and units[k - 2].tags & {"WAR"}):
                    if k > 1 and units[k - 2].has("ORIGIN"):
                        frame.ties.append(("origin", unit.ent, k))
                    elif not frame.recipient:
                        frame.recipient = "target-in"
                elif prev.has("BY"):
                    frame.ties.append(("by", unit.ent, k))
                elif prev.has("FROM"):
                    frame.ties.append(("from", unit.ent, k))
                elif prev.has("IN") and k > 1 and units[k - 2].has("ORIGIN"):
                    frame.ties.append(("origin", unit.ent, k))
                elif prev.has("SUP") or (prev.obj == "arm"):
                    if unit.ent == "target":
                        frame.recipient = frame.recipient or "target"
                    elif not frame.recipient:
                        frame.recipient = "other"
            elif unit.has("GENREC") and k > 0 and (units[k - 1].tags & {"TO", "DET"} or units[k - 1].obj == "arm"
                                                  or units[k - 1].low in ("to", "for")):
                frame.recipient = frame.recipient or "generic"
            elif unit.has("GENREC") and k > 1 and units[k - 2].has("TO"):
                frame.recipient = frame.recipient or "generic"
            k += 1

    # -- conclusion -------------------------------------------------------------------------

    def _conclude(self, anchor: int, frame: _Frame) -> Claim:
        units = self.units
        ops = sorted(frame.ops, key=lambda o: (o[2], 0 if o[1] >= anchor else 1, -o[1] if o[1] < anchor else o[1]))
        value, flags, fired = _fold(ops, {i: units[i].tags for _, i, _ in ops if units[i].has("DOUBT")})
        background = frame.background or self._history(ops)
        if self.question:
            flags.add("question")
        if frame.hypothetical:
            flags.add("hypothetical")
        agent = self._resolve(anchor, frame)
        words = " · ".join(units[i].text for i in sorted(fired))
        anaphoric = units[anchor].obj == "" and units[anchor].low in _ANAPHORIC_OBJECTS
        weak = units[anchor].obj in ("weak", "beyond") or anaphoric
        third = frame.speaker is not None and frame.speaker.cls in ("other", "target")
        third = third or (self.trailing is not None and self.trailing.cls in ("other", "target"))
        denial = "denied" in flags

        def claim(state: str, rule: str, strength: float = 1.0) -> Claim:
            who = units[agent.index].text if agent.index >= 0 else agent.cls
            detail = f"{rule}: {words}" if words else rule
            if state != NONE or agent.cls != "unknown":
                detail += f" [agent: {who} ({agent.how})]"
            return Claim(state, detail, background, agent.cls, agent.how, denial, third, anaphoric, strength)

        if frame.no_comment:
            flags.add("question")
        if self.trailing_doubt:
            flags.add("doubt")  # ", Russian state media alleged."
        nominal = agent.how in ("possessor", "from", "by", "adj", "origin", "inherited", "inherited-generic",
                                "salient", "speaker", "") or agent.index < 0
        if frame.right_modal and nominal and value in (SUPPLIES, RECONSIDER):
            flags.add("hypothetical")  # the supply is the subject of "would be a mistake"
        inner = next((units[i] for op, i, level in ops if level == 0 and op in _PREDICATES | {"POLICY"}), None)
        if inner is not None and _op_of(inner) == "CONS" and not inner.has("CONSD") and not anaphoric:
            return claim(NONE, "no-supply-verb")  # "observers … to study North Korean weapons"
        if "doubt" in flags and frame.speaker is not None and frame.speaker.cls == "actor":
            flags.discard("doubt")  # the actor's own claim ("Seoul claims it has sent none")
        for flag, rule in (("question", "question"), ("hypothetical", "hypothetical"), ("advocacy", "advocacy"),
                           ("pressure", "third-party-pressure"), ("doubt", "unconfirmed-claim")):
            if flag in flags:
                return claim(NONE, rule)
        if value == NONE:
            return claim(NONE, "no-position")
        if agent.cls in ("other", "target"):
            return claim(NONE, "other-agent")
        if frame.recipient == "other":
            return claim(NONE, "other-recipient")
        if agent.cls != "actor":
            return claim(NONE, "no-agent")
        if value == SUPPLIES:
            if "distance" in flags:
                return claim(NONE, "unconfirmed-claim")
            if weak:
                return claim(NONE, "not-a-weapon" if not anaphoric else "vague-object")
            if agent.how in ("origin", "salient", "generic", "nearest", "inherited-generic"):
                return claim(NONE, "no-agent")
            anywhere = units[anchor].obj == "echo" or any(how == "supplied" for how, _, _ in frame.ties)
            if frame.recipient not in ("target", "target-in") and not frame.requester_target and \
                    not (anywhere and any(u.ent == "target" for u in units)):
                return claim(NONE, "no-target")
            strength = 1.0 if agent.how in ("subject", "possessor", "controlled", "name", "speaker") else 0.8
            return claim(SUPPLIES, _rule_name(value, fired, units), strength)
        strength = 1.0 if agent.how in ("subject", "possessor", "controlled", "relative", "name") else 0.8
        if weak:
            strength *= 0.8
        return claim(value, _rule_name(value, fired, units), strength)

    def _history(self, ops: list[tuple[str, int, int]]) -> bool:
        """Past perfect, "previously", "for years" with a simple past: the story's background."""
        decisive = max((level for op, _, level in ops if op in _PREDICATES | {"NEG", "MODAL"}), default=0)
        tags = {op for op, _, level in ops if level == decisive}
        if "HIST" in tags or "HAD" in tags:
            return True
        if "DUR" in tags and "HAS" not in tags:
            return True
        return self._leading_history()

    def _leading_history(self) -> bool:
        units = self.units
        if not units:
            return False
        first = units[0]
        if first.has("HIST") and not first.has("SUB"):
            return True
        if first.low in ("in", "back", "by") and len(units) > 2 and units[1].low.isdigit() and len(units[1].low) == 4:
            return units[2].low == ","
        return False

    def _resolve(self, anchor: int, frame: _Frame) -> _Agent:
        """Who the agent is: a name, or what a pronoun or "the ministry" stands for."""
        agent = frame.agent
        recv = any(op == "RECV" for op, _, level in frame.ops if level == 0)
        ties = {("by" if how == "supplied" else how): cls for how, cls, _ in reversed(frame.ties)}
        if recv:
            # "Ukraine received ATACMS from the United States": the subject is the recipient.
            if agent is not None and agent.cls == "target":
                frame.recipient = "target"
            if "from" in ties:
                return _Agent(ties["from"], "from", -1)
            if "adj" in ties:
                return _Agent(ties["adj"], "adj", -1)
            return _Agent("unknown", "", -1)
        if agent is None and frame.inherit and self.main is not None:
            agent = _Agent(self.main.cls, "inherited" if self.main.cls in ("actor", "other", "target") else
                           "inherited-generic", self.main.index, self.main.first_person)
        if agent is None:
            for how in ("by", "from", "adj"):
                if how in ties:
                    return _Agent(ties[how], how, -1)
            if "origin" in ties:
                return _Agent(ties["origin"], "origin", -1)
            return self._fallback(frame, anchor)
        if agent.cls in ("actor", "other", "target"):
            return agent
        if agent.first_person:
            speaker = self._quote_speaker(agent.index) or self.trailing or frame.speaker
            if speaker is not None and speaker.cls in ("actor", "other", "target"):
                return _Agent(speaker.cls, "speaker", speaker.index)
            return self._fallback(frame, agent.index)
        speaker = frame.speaker
        if agent.cls == "anaphor" and speaker is not None and speaker.cls in ("actor", "other", "target"):
            return _Agent(speaker.cls, "pronoun", speaker.index)
        owner = agent.index + 2
        if owner < len(self.units) and self.units[agent.index + 1].low in ("in", "of") and self.units[owner].ent:
            return _Agent(self.units[owner].ent, "name", owner)  # "the government in Seoul"
        nearest = self._nearest(agent.index)
        if nearest is not None:
            return nearest
        return self._fallback(frame, agent.index)

    def _quote_speaker(self, inside: int) -> _Agent | None:
        """Who says "we": the name next to the reporting verb after the closing quote."""
        units = self.units
        close = next((k for k in range(inside + 1, len(units)) if units[k].low in ("”", '"')), None)
        if close is None:
            return None
        for k in range(close + 1, min(len(units), close + 12)):
            agent = self._np_class(k)
            if agent is not None and agent.cls in ("actor", "target", "other"):
                return agent
            if units[k].has("REPORT") and k > close + 1:
                break
        return None

    def _nearest(self, before: int) -> _Agent | None:
        for k in range(before - 1, -1, -1):
            unit = self.units[k]
            if unit.ent in ("actor", "other"):
                return _Agent(unit.ent, "nearest", k)
        return None

    def _fallback(self, frame: _Frame, before: int) -> _Agent:
        speaker = frame.speaker or self.trailing
        if speaker is not None and speaker.cls in ("actor", "other", "target"):
            return _Agent(speaker.cls, "speaker" if speaker.cls == "actor" else "speaker", speaker.index)
        nearest = self._nearest(before)
        if nearest is not None:
            return nearest
        if self.salient in ("actor", "other"):
            return _Agent(self.salient, "salient", -1)
        return _Agent("unknown", "", -1)


def _op_of(unit: Unit) -> str | None:
    tags = unit.tags
    if not tags or tags <= {"DET", "PREP", "ADV", "AUX", "FUT"} - {"HAS"}:
        return None
    for op in _OP_ORDER:
        if op in tags:
            return op
    return None


def _fold(ops: list[tuple[str, int, int]], doubt_at: dict[int, frozenset[str]] | None = None
          ) -> tuple[str, set[str], set[int]]:
    """Apply the operators inside-out to "supplies"; return the value, flags and the words that fired."""
    doubt_at = doubt_at or {}
    value = SUPPLIES
    flags: set[str] = set()
    fired: set[int] = set()
    previous = ""
    for op, index, _level in ops:
        if op == "NEG":
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
    return value, flags, fired


def _rule_name(value: str, fired: set[int], units: list[Unit]) -> str:
    tags = set()
    for index in fired:
        op = _op_of(units[index])
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
