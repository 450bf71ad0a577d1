"""The grammar of one sentence, as far as a stance needs it.

From an anchor (a mention of the object) we walk left like a reader following the grammar:
the verbs and nouns that govern it ("not ruling out the possibility of providing"), the
clause's subject (the agent), and the clauses that embed it ("said that", "asked whether",
"denied reports that"). To the right we look for the recipient ("to Kyiv"), a passive agent
("by Seoul", "from Seoul"), a passive verb when the object is the subject ("No weapons …
have been sent"), a condition ("if …") and a trailing speaker (", X said"). `polarity.fold`
then turns the operators found into a state, and `conclude` checks who, what and to whom.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from monitor.detect.lexicon import GENERIC_AGENTS, TIME_WORDS, TITLE_WORDS
from monitor.detect.polarity import NONE, PREDICATES, RECONSIDER, REFRAINS, SUPPLIES, Claim, fold, op_of, rule_name
from monitor.detect.tagging import Unit

_IRREGULAR_PARTICIPLES = frozenset(
    "sent given sold lent held withheld bought made built shown taken brought led dealt".split()
)
_BOUNDARY_TAGS = frozenset({"HARD", "CONTRAST"})
# "denied the report": what is denied is the supply reported nearby (claims.py anchors these)
_CLAIM_NOUNS = frozenset({"claim", "allegation", "accusation", "assertion", "charge", "rumour", "rumor"})
DENIED_NOUNS = frozenset({"report", "reports", "claim", "claims"})
# Generic nouns that name a person or a vague group, not a deciding government body.
_NOT_BODIES = frozenset({"source", "official", "spokesperson", "spokesman", "spokeswoman", "adviser", "advisor",
                         "leader", "country", "nation", "military"})
# Subordinators that also open a bare time phrase: "After the talks in Kyiv he pledged …".
_TIME_OPENERS = frozenset({"after", "before", "since", "until", "following"})
# Copulas that carry a verdict like "is": "… remained on the table".
_COPULAS = frozenset("remain remains remained stay stays stayed".split())
# Verbs that put an option somewhere: "take/keep/leave X off (on) the table", "put X on hold".
_PLACING_VERBS = frozenset("take takes took taken taking keep keeps kept keeping leave leaves left leaving "
                           "put puts putting place places placed".split())
# "the request" is the request for the object the article reported: weighing it weighs the supply.
ANAPHORIC_OBJECTS = frozenset({"option", "idea", "step", "move", "it", "them", "plan", "possibility", "options",
                               "request", "requests"})


@dataclass
class Agent:
    """Someone a noun phrase names, and how we know they are the one acting."""

    cls: str  # actor | other | target | anaphor | generic
    how: str
    index: int
    first_person: bool = False


@dataclass
class Frame:
    """What the walk around one anchor has found so far."""

    ops: list[tuple[str, int, float]] = field(default_factory=list)  # (op, unit index, clause level; .5 = verdict after the clause)
    agent: Agent | None = None
    speaker: Agent | None = None
    ties: list[tuple[str, str, int]] = field(default_factory=list)  # (how, class, unit index)
    recipient: str = ""  # target | generic | other
    requester_target: bool = False
    hypothetical: bool = False
    background: bool = False
    inherit: bool = False  # the clause has no subject of its own: take the sentence's
    right_verb: bool = False  # a verb follows the anchor in its clause
    right_modal: bool = False  # … and it is "would"/"could": "Seoul's decision to send … would be a mistake"
    no_comment: bool = False  # "declined to say whether …"
    passive: bool = False  # the supply verb is a passive or reduced relative after the object
    subject_supply: bool = False  # "Delivering Taurus to Ukraine was out of the question": the supply is a subject
    verdict: bool = False  # … and the rest of the clause says what becomes of it
    available: bool = False  # "no F-16s available for Ukraine": the subject is the one who has them
    controlled_by: int = -1  # "blocked Denmark from sending": index of "blocked"
    controller: Agent | None = None  # … and who blocked
    other_first_object: bool = False  # "sent Russia shells": another name right after the supply verb
    addressee: str = ""  # "told Zelensky that … will provide": who the clause is said to
    civil_use: bool = False  # "drones for demining": the object is for a civilian purpose


_MONTHS_OR_YEAR = frozenset("january february march april may june july august september october november december"
                            .split())


def reported_or_aux(units: list[Unit], i: int) -> bool:
    """The verb at `i` is not a bare simple past: an auxiliary, modal or negation sits before it."""
    return i > 0 and bool(units[i - 1].tags & {"AUX", "HAS", "HAD", "FUT", "MODAL", "NEG"})


class SentenceGrammar:
    """The analysis of one tagged sentence: shared facts and the per-anchor walk."""

    def __init__(self, units: list[Unit], salient: str | None, question: bool, target_near: bool = False,
                 about_target: bool = False) -> None:
        self.units = units
        self.salient = salient
        self.target_near = target_near  # the target is named here, just before, or in the opening sentence
        self.about_target = about_target  # the article names the target somewhere
        self.question = question
        self.main = self._main_subject()
        self.trailing = self._trailing_speaker()
        self.trailing_doubt = self._trailing_doubt()
        self.media_report = self._media_report()
        self.leading_condition = self._leading_condition_end()

    # -- sentence-wide facts ----------------------------------------------------------------

    def _main_subject(self) -> Agent | None:
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
            if unit.tags & (PREDICATES | {"AUX", "MODAL", "NEG", "REPORT", "HARD", "COMP"}) or unit.obj:
                return None
            agent = self._np_class(k)
            if agent is not None:
                return agent
        return None

    def _media_report(self) -> bool:
        """ ", the New York Times reported." / ", Axios reported, citing officials.": someone else's
        report of the actor's supply, not the actor's word (it supports no `supplies` on its own)."""
        units = self.units
        for k in range(len(units) - 1, max(0, len(units) - 14), -1):
            if units[k].low in ("reported", "reports", "reporting") and k > 0:
                j = k - 1
                while j >= 0 and units[j].low != "," and k - j <= 8:
                    j -= 1
                span = units[j + 1:k]
                if j < 0:
                    return False
                if any("OUTSIDER" in u.tags for u in span):
                    return True  # "a Dutch newspaper reported": media, whatever its nationality
                return not any(u.ent == "actor" for u in span) and any(u.ent in ("other", "target") for u in span)
            if units[k].obj or units[k].tags & PREDICATES:
                return False
        return False

    def _trailing_doubt(self) -> bool:
        """ ", Russian state media alleged." / ", Moscow claimed on Monday." closing the sentence."""
        units = self.units
        for k in range(len(units) - 2, max(0, len(units) - 14), -1):
            # ", a claim Israeli officials did not address." / ", an allegation Paris has not answered.":
            # an appositive that files what came before as someone's claim, unless it is confirmed.
            if units[k].low == "," and units[k + 1].low in ("a", "an", "the") and k + 2 < len(units) and \
                    units[k + 2].low in _CLAIM_NOUNS:
                return not any(u.low.startswith("confirm") or u.obj for u in units[k + 2:])
        for k in range(len(units) - 1, max(0, len(units) - 10), -1):
            unit = units[k]
            verb = unit.low.endswith("ed") or (unit.low in ("claims", "alleges") and not units[k - 1].tags & {"PREP", "DET"})
            if "DOUBT" in unit.tags and verb:
                return any(units[j].low == "," for j in range(max(0, k - 8), k))
            if units[k].obj or units[k].tags & PREDICATES:
                return False
        return False

    def _trailing_speaker(self) -> Agent | None:
        """ ", a senior official said." / ", Kyiv said on Monday." / ", said Yoon." closing the sentence,
        also before a tail about the speaker (", …said, while declining to …", ", … said, adding that …")."""
        units = self.units
        end = len(units)
        for h, unit in enumerate(units):
            # "…has been abandoned, the prime minister told parliament; Norway will …": the reporting
            # clause closes the first half; what follows the semicolon is a sentence of its own.
            if "HARD" in unit.tags and unit.low == ";":
                if any("REPORT" in units[j].tags and self._report_verb(j) and "COMMA" in units[j - 2].tags | units[j - 1].tags
                       for j in range(max(2, h - 3), h)):
                    end = h
                    break
        for k in range(end - 2, 0, -1):
            nxt = units[k + 1]
            if units[k].low == "," and (nxt.tags & {"CONTRAST", "SUB"} or nxt.low in ("as", "adding", "saying", "with") or
                                        (nxt.low.endswith("ing") and not nxt.tags & {"PREP"})):
                if any("REPORT" in units[j].tags and self._report_verb(j) for j in range(max(0, k - 8), k)):
                    end = k
                break
            if units[k].low == ",":
                break
        for k in range(end - 1, 0, -1):
            unit = units[k]
            if "REPORT" in unit.tags and self._report_verb(k):
                j = k - 1
                while j >= 0 and units[j].low not in (",", "”", '"') and k - j <= 10:
                    j -= 1
                span = range(j + 1, k) if j >= 0 and units[j].low in (",", "”", '"') else range(0)
                if j == k - 1:
                    span = range(k + 1, min(len(units), k + 8))  # ", said Yoon."
                best: Agent | None = None
                if any("OUTSIDER" in units[m].tags for m in span):
                    return Agent("other", "outsider", span[0])  # "an opposition lawmaker in Seoul"
                for m in span:
                    agent = self._np_class(m)
                    if agent is not None and agent.cls in ("actor", "target", "other"):
                        return agent
                    best = best or agent
                return best
            if unit.obj or unit.tags & (PREDICATES - {"PRESS", "DIST"}):
                return None
        return None

    def _leading_condition_end(self) -> int:
        """ "If Pyongyang deepens its role, Seoul will …": the main clause is conditional."""
        lead = 0
        while lead < len(self.units) and "QUOTE" in self.units[lead].tags:
            lead += 1  # a quotation opening with the condition
        if lead < len(self.units) and "COND" in self.units[lead].tags:
            for k, unit in enumerate(self.units):
                if unit.low == ",":
                    return k
        return -1

    def _np_class(self, k: int) -> Agent | None:
        unit = self.units[k]
        if unit.ent in ("actor", "target", "other"):
            return Agent(unit.ent, unit.how, k)
        if "FIRSTP" in unit.tags and unit.low != "us":
            return Agent("anaphor", "first-person", k, first_person=True)
        if unit.tags & {"PRON", "POSSPRON"} and unit.low not in ("i",):
            return Agent("anaphor", "pronoun", k)
        if "GENERIC" in unit.tags:
            return Agent("generic", "generic", k)
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
        """What the sentence says about the object mentioned at `anchor` (None: nothing governs it)."""
        units = self.units
        frame = Frame()
        self._object_modifiers(anchor, frame)
        if units[anchor].obj == "arm":
            frame.ops.append(("SUP", anchor, 0))
        elif units[anchor].obj == "beyond":
            frame.ops.append(("SUP", anchor, 0))
        elif units[anchor].obj == "only-aid":
            if not units[anchor].low.startswith("only"):
                # "could not confine itself to humanitarian aid": the restricting verb is the predicate
                frame.ops.append(("SUP", anchor, 0))
                k = anchor - 1
                while k >= 0 and units[k].tags & {"MODAL", "NEG", "AUX", "FUT", "ADV"}:
                    k -= 1
                if k >= 0 and units[k].ent in ("actor", "other", "target"):
                    # its subject is right before it; the operators in between govern it
                    frame.agent = Agent(units[k].ent, "subject", k)
                    frame.ops.append(("NEG", anchor, 0))
                    for j in range(anchor - 1, k, -1):
                        op = op_of(units[j])
                        if op in ("NEG", "MODAL"):
                            frame.ops.append((op, j, 0))
                    if 0 <= self.leading_condition < k:
                        frame.ops.append(("COND_CONS", anchor, 0))
                    return self._conclude(anchor, frame)
            frame.ops.append(("NEG", anchor, 0))  # "providing only non-lethal aid": no weapons
        compound = anchor + 1 < len(units) and "SUPN" in units[anchor + 1].tags
        if compound:
            frame.ops.append(("SUP", anchor + 1, 0))
        appended = self._appended_inclusion(anchor)
        if appended is not None:
            # "we would examine every option, arms for Ukraine included": the object is one of the
            # things the clause before the comma is about; that clause's operators govern it.
            frame.ops.append(("SUP", anchor, 0))
            self._walk_left(appended, frame)
            if 0 <= self.leading_condition < anchor:
                frame.ops.append(("COND_CONS", anchor, 0))
            return self._conclude(anchor, frame)
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
            frame.passive = True
        nominal = self._nominal_subject(anchor, frame)
        if nominal is not None and self._passive_right(nominal, frame, verdict_only=True):
            # "Ukraine's request for Taurus is being examined", "arms deliveries were not being
            # discussed": the object sits in the subject; the clause's own verb decides.
            requests = [i for op, i, level in frame.ops if op == "PRESS" and level == 0]
            frame.ops = [(op, i, level) for op, i, level in frame.ops if not (op == "PRESS" and level == 0)]
            if requests:
                frame.ops.insert(0, ("SUP", anchor, 0))  # a request for the object asks for its supply
            frame.passive = True
            if frame.agent is not None and frame.agent.cls != "actor":
                frame.agent = None  # the requester owns the noun, not the decision
            frame.inherit = False
        elif not any(op in PREDICATES for op, _, level in frame.ops if level == 0) and self._table_idiom(anchor, frame):
            pass  # "had not taken ATACMS off the table"
        elif not any(op in PREDICATES for op, _, level in frame.ops if level == 0):
            supplied = [index for how, _, index in frame.ties if how == "supplied"]
            if supplied:
                frame.ops.insert(0, ("SUP", supplied[0], 0))
            elif not self._passive_right(anchor, frame):
                if any(op == "QUESTION" for op, _, _ in frame.ops):
                    return Claim(NONE, "question: the object is only asked about")  # "asked about arms"
                return None
            else:
                frame.passive = True
                if frame.agent is not None and frame.agent.how not in ("possessor", "governor") and \
                        not frame.available and not frame.verdict:
                    frame.agent = None  # "Ukraine has begun using ATACMS supplied by the US": Ukraine uses
        frame.subject_supply = self._supply_as_subject(frame)
        self._right(anchor + (1 if compound else 0), frame)
        if 0 <= self.leading_condition < anchor:
            frame.ops.append(("COND_CONS", anchor, 0))  # the main clause after "If …,"
        return self._conclude(anchor, frame)

    def _nominal_subject(self, anchor: int, frame: Frame) -> int | None:
        """The last unit of a subject noun phrase built on a supply or request noun around the object
        ("Kyiv's request for Taurus", "arms deliveries"), when no verb of the clause governs it."""
        units = self.units
        level0 = [i for op, i, level in frame.ops if level == 0 and op in PREDICATES]
        if not level0:
            return None
        def determined(i: int) -> bool:
            return i > 0 and bool(units[i - 1].tags & {"POSS", "DET", "POSSPRON"} or units[i - 1].ent)

        # "The plan floated in October to give Ukraine NASAMS has been abandoned": a plan or pledge
        # noun with its "to"-infinitive is a subject noun phrase like "the delivery of NASAMS".
        plan_noun = any("COMMIT" in units[i].tags and determined(i) for i in level0)
        for i in level0:
            unit = units[i]
            noun = "SUPN" in unit.tags or ("PRESS" in unit.tags and determined(i)) or \
                ("COMMIT" in unit.tags and determined(i))
            if plan_noun and "SUP" in unit.tags and "TO" in units[i - 1].tags:
                continue
            if not noun or "SUP" in unit.tags and "SUPN" not in unit.tags:
                return None
        end = max([anchor, *level0])
        return end

    def _table_idiom(self, anchor: int, frame: Frame) -> bool:
        """ "take ATACMS off the table" rules the option out, "keep it on the table" keeps it open:
        the verdict after the object is the predicate, and a negation before the verb applies to it."""
        units = self.units
        verb = anchor - 1
        while verb >= 0 and units[verb].tags & {"DET", "ADV"}:
            verb -= 1
        if verb < 0 or units[verb].low not in _PLACING_VERBS:
            return False
        for k in range(anchor + 1, min(len(units), anchor + 4)):
            if "POSTPOSED" in units[k].tags:
                frame.ops.insert(0, ("SUP", anchor, 0))
                frame.ops.append((op_of(units[k]) or "END", k, 0))
                return True
            if not (units[k].obj or units[k].tags <= {"DET", "ADV", "MODAL"}):
                return False  # "the MiG-29 option off the table": only the object's own noun phrase
        return False

    def _appended_inclusion(self, anchor: int) -> int | None:
        """ ", arms for Ukraine included," closing a clause: returns the comma before the object."""
        units = self.units
        comma = anchor - 1
        while comma >= 0 and units[comma].tags & {"DET", "ADV"}:
            comma -= 1
        if comma < 1 or units[comma].low != ",":
            return None
        for k in range(anchor + 1, min(len(units), anchor + 5)):
            if units[k].low in ("included", "too", "among"):
                after = units[k + 1] if k + 1 < len(units) else None
                if after is None or after.low in (",", ".", ";") or "QUOTE" in after.tags or \
                        (units[k].low == "among" and after.low == "them"):
                    return comma
                return None
            if not (units[k].tags <= {"PREP", "FOR", "TO", "DET"} or units[k].ent or units[k].obj):
                return None
        return None

    def _ellipsis(self, anchor: int) -> int | None:
        """ "but not weapons", ", not weapons": returns the supply verb the negation leaves out."""
        units = self.units
        j = anchor - 1
        while j >= 0 and "DET" in units[j].tags:
            j -= 1
        if j < 1 or units[j].low != "not" or not ("CONTRAST" in units[j - 1].tags or units[j - 1].low in (",", "and")):
            return None
        for k in range(j - 2, -1, -1):
            if units[k].tags & {"SUP", "COMMIT"} and "SUPN" not in units[k].tags:
                return k
        return None

    def _object_modifiers(self, anchor: int, frame: Frame) -> None:
        """ "South Korean weapons", "US-supplied ATACMS", "Korean-made shells": ties on the object."""
        j = anchor - 1
        while j >= 0 and anchor - j <= 4:
            unit = self.units[j]
            if unit.ent:
                if unit.how == "supplied":
                    frame.ties.append(("supplied", unit.ent, j))
                elif unit.how == "origin":
                    frame.ties.append(("origin", unit.ent, j))
                elif unit.how == "adj" or (j + 1 < len(self.units) and "POSS" in self.units[j + 1].tags):
                    frame.ties.append(("adj", unit.ent, j))
                return
            if unit.tags - {"DET", "ADV", "POSS"} and "NEG" not in unit.tags:
                return
            j -= 1

    # -- walking left -----------------------------------------------------------------------

    def _walk_left(self, anchor: int, frame: Frame) -> None:
        """Collect the operators governing the anchor, its agent and the clauses embedding it.

        Level 0 is the anchor's own clause; each "that", "whether" or reporting verb crossed
        goes one level up. A subject found at level 0 is the agent; above it, the speaker."""
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
                        while role_left >= 0 and "QUOTE" in units[role_left].tags:
                            role_left -= 1
                        if frame.agent is not None and frame.agent.how == "controlled" and frame.controller is None:
                            frame.controller = agent
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
            if tags & _BOUNDARY_TAGS or "QMARK" in unit.tags:
                self._stop(frame, pending and frame.agent is None, i + 1, anchor)
                return
            if unit.low == ",":
                # ", officials said," inside the anchor's own clause; above it a comma ends the walk
                skip = self._skip_parenthetical(i, frame) if level == 0 else None
                if skip is not None:
                    i = skip
                    continue
                self._stop(frame, frame.agent is None, i + 1, anchor)
                return
            if "REL" in unit.tags:
                if frame.agent is None:
                    antecedent = self._antecedent(i)
                    if antecedent is not None:
                        frame.agent = antecedent
                return
            if "CONJ" in unit.tags:
                if self._coordinated_verbs(i) and frame.agent is None:
                    frame.inherit = True
                    return
                if frame.agent is not None or not pending:
                    return
                i -= 1
                continue
            if unit.low == "that" and "COMP" in tags and i >= 2 and not units[i - 1].tags and \
                    not units[i - 1].ent and not units[i - 1].obj and "CONJ" in units[i - 2].tags:
                # "… had examined the request and concluded that arming Kyiv would not …": a verb the
                # detector does not know embeds the object; the verbs before "and" govern something else.
                if frame.agent is None:
                    frame.inherit = True
                return
            if tags & {"COMP", "QUESTION"} or (tags & {"REPORT"} and self._report_verb(i)):
                # An embedding clause: what governs it is one level up.
                if unit.low == "whether":
                    frame.ops.append(("WHETHER", i, level + 1))
                if "QUESTION" in unit.tags:
                    frame.ops.append(("QUESTION", i, level + 1))
                elif "REPORT" in unit.tags:
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
            if "SUB" in unit.tags or ("COND" in unit.tags and "PREP" not in unit.tags):
                self._subordinate(unit, frame, level)
                if frame.agent is None:
                    frame.inherit = True
                return
            if "THERE" in unit.tags:
                i -= 1
                continue
            if unit.low == "any" and i + 1 < len(units) and units[i + 1].tags & {"SUPN", "DECIDE", "COMMIT"}:
                frame.ops.append(("MODAL", i, level))  # "any deliveries would be …": not an actual one
            op = op_of(unit)
            if op == "HAD" and not self._perfect(i):
                op = None  # "had no plans": the verb "have", not a past perfect
            if op == "CHANGE" and self._subject_noun(i):
                op = None  # "The revision did not lift the ban": the change is the subject, not the predicate
            if op is not None:
                if op == "PRESS" and i + 1 < len(units) and "TO" in units[i + 1].tags:
                    op = "MODAL"  # "wants to send": the subject's own intention
                if op == "REFU" and i + 2 < len(units) and "TO" in units[i + 1].tags and \
                        units[i + 2].tags & {"REPORT", "DIST"}:
                    frame.no_comment = True  # "declined to say whether …": no position either way
                frame.ops.append((op, i, level))
                if op in PREDICATES:
                    last_pred = i
            i -= 1
        self._stop(frame, frame.agent is None and (pending or governor_pending), 0, anchor)

    def _speaker_class(self, frame: Frame) -> str:
        """Who says it: the governing clause's subject, with "it"/"the ministry" resolved."""
        speaker = frame.speaker
        if speaker is None:
            return ""
        if speaker.cls in ("actor", "other", "target"):
            return speaker.cls
        nearest = self._nearest(speaker.index)
        if nearest is not None:
            return nearest.cls
        return self.main.cls if self.main is not None and self.main.cls in ("actor", "other") else ""

    def _future(self, ops: list[tuple[str, int, float]]) -> bool:
        """Is the supply verb in the future ("will send", "would send", "is set to send")?"""
        supply = next((i for op, i, level in ops if level == 0 and op in ("SUP", "SUPN", "RECV")), None)
        if supply is None:
            return False
        if supply > 0 and self.units[supply - 1].tags & {"HAS", "HAD"} and \
                (supply < 2 or self.units[supply - 2].low not in ("will", "'ll", "shall", "would")):
            return False  # "the Gripens promised by Sweden have arrived": a perfect, done, not a promise
        window = self.units[max(0, supply - 4):supply]
        units = self.units
        return any(u.low in ("will", "'ll", "shall", "would") or
                   ("COMMIT" in u.tags and not (k + 1 < len(units) and units[k + 1].low == "by"))
                   for k, u in enumerate(window, start=max(0, supply - 4)))

    def _own_directive(self, frame: Frame) -> bool:
        """The actor (itself, not "Germany's opposition") directs its own officials to act."""
        units, controlled, controller = self.units, frame.agent, frame.controller
        if controlled is None or controlled.how != "controlled" or controller is None or frame.controlled_by < 0:
            return False
        if "DIRECTIVE" not in units[frame.controlled_by].tags or controller.cls != "actor" or controller.index < 0:
            return False
        after = controller.index + 1
        if after < len(units) and "POSS" in units[after].tags:
            head = units[after + 1] if after + 1 < len(units) else None
            if head is None or "GENERIC" not in head.tags:
                return False  # "Germany's opposition …" is not Germany
        return controlled.cls == "actor" or (controlled.cls in ("anaphor", "generic") and
                                             "FIRSTP" not in units[controlled.index].tags)

    def _supply_as_subject(self, frame: Frame) -> bool:
        """Is the innermost supply word a gerund or noun opening its clause ("Sending arms would be …")?"""
        units = self.units
        supply = next((i for op, i, level in frame.ops if level == 0 and op in ("SUP", "SUPN")), None)
        if supply is None or not (units[supply].low.endswith("ing") or "SUPN" in units[supply].tags):
            return False
        k = supply - 1
        while k >= 0 and (units[k].tags & {"DET", "ADV", "POSS", "POSSPRON", "QUOTE"} or units[k].ent or
                          (not units[k].tags and not units[k].obj and units[k].low.isalpha())):
            if units[k].ent and k > 0 and not units[k - 1].tags & {"COMP", "COMMA", "QUOTE", "CONJ"}:
                return False
            k -= 1
        return k < 0 or bool(units[k].tags & {"COMP", "COMMA", "CONJ", "CONTRAST", "SUB"}) or units[k].low in (",", ";")

    def _perfect(self, i: int) -> bool:
        """Is "had" at i an auxiliary ("had long refused", "had been weighing")?"""
        for unit in self.units[i + 1:i + 4]:
            if unit.tags & {"ADV", "NEG", "HIST"} or unit.low == "long":
                continue
            return unit.low == "been" or unit.low.endswith(("ed", "en")) or unit.low in _IRREGULAR_PARTICIPLES \
                or bool(unit.tags & {"SUP", "REFU", "CONS", "COMMIT", "DECIDE", "END"})
        return False

    def _stop(self, frame: Frame, subjectless: bool, start: int = 0, end: int = 0) -> None:
        """The walk ends: a clause without a subject of ours has a common one, or takes the sentence's."""
        if subjectless:
            common = self._common_subject(start, end)
            if common is not None:
                frame.agent = common
            else:
                frame.inherit = True

    def _common_subject(self, start: int, end: int) -> Agent | None:
        """ "The new treaty … provides", "a retired general writes": a subject that names no one we track."""
        for k in range(start, end):
            unit = self.units[k]
            if unit.cap and unit.text in TITLE_WORDS:
                if unit.low in GENERIC_AGENTS and not (k + 1 < end and self.units[k + 1].cap and
                                                      self.units[k + 1].text in TITLE_WORDS):
                    return Agent("generic", "generic", k)  # "The National Security Council approved …"
                continue  # the title words of a body's name
            if unit.tags & {"DET", "ADV", "QUOTE"} or unit.low == "," or unit.low in TIME_WORDS:
                continue
            if unit.obj or unit.ent or not unit.low.isalpha() or unit.low.endswith(("ing", "ed")):
                return None
            if not unit.tags or unit.tags <= {"NSHEAD", "WAR", "NONWEAPON", "GENREC", "AIDN"}:
                return Agent("other", "common-np", k)
            return None
        return None

    def _cross(self, left: int, frame: Frame, level: int) -> tuple[int, int] | None:
        """After a clause's subject: continue into the clause that embeds it, if any."""
        units = self.units
        if left < 0:
            return None
        if left >= 1 and units[left].ent and "ADDRESS" in units[left - 1].tags:
            left -= 1  # over the addressee to "told"
        unit = units[left]
        if unit.tags & {"COMP", "QUESTION"} or ("REPORT" in unit.tags and self._report_verb(left)):
            if unit.low == "whether":
                frame.ops.append(("WHETHER", left, level + 1))
            if "QUESTION" in unit.tags:
                frame.ops.append(("QUESTION", left, level + 1))
            elif "REPORT" in unit.tags:
                frame.ops.append(("REPORT", left, level + 1))
            return left - 1, level + 1
        if "SUB" in unit.tags or "COND" in unit.tags:
            self._subordinate(unit, frame, level)
            return None
        if unit.low == "," and level == 0:
            skip = self._skip_parenthetical(left, frame)
            if skip is not None:
                return self._cross(skip, frame, level)
        # Time adverbials between a reporting verb and its clause: "said on Thursday that …"
        k = left
        while k >= 0 and (not units[k].tags or units[k].tags & {"PREP", "DET", "ADV"}) and not units[k].ent \
                and left - k < 4:
            k -= 1
        if k >= 0 and k != left and "REPORT" in units[k].tags and self._report_verb(k):
            frame.ops.append(("REPORT", k, level + 1))
            return k - 1, level + 1
        return None

    def _subordinate(self, unit: Unit, frame: Frame, level: int) -> None:
        if "COND" in unit.tags and "HIST" not in unit.tags:
            if level == 0 or frame.agent is not None:
                frame.hypothetical = True  # "if Seoul sends weapons": not a position
        elif "HIST" in unit.tags or unit.low in ("after", "before", "following"):
            frame.background = True

    def _report_verb(self, i: int) -> bool:
        """ "said", "told" as a verb introducing a clause (not "a report", not "according")."""
        unit = self.units[i]
        return unit.low not in ("report", "reports", "according to") and "DIST" not in unit.tags

    def _noun_phrase(self, i: int) -> tuple[int, Agent | None]:
        """The noun phrase ending at unit i, and who it names (its first name wins)."""
        units = self.units
        start = i
        k = i
        if "PRON" in units[i].tags:
            return i, self._np_class(i)  # a pronoun has no modifiers: "told Ukraine it cannot …"
        while k - 1 >= 0:
            prev = units[k - 1]
            named_here = units[k].ent or ("DET" in units[k].tags and k + 1 <= i and units[k + 1].ent)
            if prev.ent or prev.tags & {"DET", "POSS", "POSSPRON", "GENERIC", "ROLE"} or \
                    (prev.low in ("and", ",", "or", "nor") and k - 2 >= 0 and units[k - 2].ent and named_here):
                k -= 1
                start = k
                continue
            if not prev.tags and not prev.obj and prev.low.isalpha() and not prev.cap and k - 2 >= 0 and \
                    (units[k - 2].ent or units[k - 2].tags & {"DET", "POSS", "POSSPRON"}):
                k -= 1
                continue
            if "OF" in prev.tags and k - 2 >= 0 and "GENERIC" in units[k - 2].tags:
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
                    return start, Agent("actor", "joint", m)  # "The United States and South Korea have …"
        return start, agent

    def _place_np(self, start: int, end: int, agent: Agent, frame: Frame, level: int, last_pred: int) -> int:
        """Decide what a noun phrase is to the claim: subject (-2), or skip it and go on."""
        units = self.units
        left = start - 1
        while left >= 0 and "QUOTE" in units[left].tags:
            left -= 1
        k = left
        while k >= 0 and units[k].low in TIME_WORDS and left - k < 3:
            k -= 1
        if k != left and k >= 0 and "REPORT" in units[k].tags:
            left = k  # "said Friday it would …"
        right = end + 1
        # A possessor of a predicate noun: "Seoul's decision", "Kyiv's requests".
        if right < len(units) and "POSS" in units[right].tags and right + 1 < len(units):
            head = units[right + 1]
            if "PRESS" in head.tags or "DIST" in head.tags:
                if agent.cls == "target":
                    frame.requester_target = True
                return start - 1
            if head.tags & (PREDICATES | {"MODAL", "POLICY"}) or head.obj:
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
        if left >= 1 and units[left].ent and "ADDRESS" in units[left - 1].tags:
            return -2  # "has told Ukraine it cannot …": Ukraine is addressed, "it" is the subject
        if left >= 0 and "ADDRESS" in units[left].tags and agent.cls in ("actor", "other", "target"):
            frame.addressee = agent.cls  # the one a promise is made to
            return start - 1  # "told Ukraine on Friday that …": the addressee, not the speaker
        if self._opener_ends(left):
            return -2  # "During the talks he pledged …": the subject right after an opening phrase
        if left < 0 or units[left].tags & {"COMP", "SUB", "REL", "CONJ", "HARD", "CONTRAST", "QUESTION", "COND"} \
                or units[left].low == "," or ("REPORT" in units[left].tags and self._report_verb(left)):
            if "CONJ" in units[left].tags if left >= 0 else False:
                if left - 1 >= 0 and (units[left - 1].ent or units[left - 1].obj):
                    return start - 1  # "Russia and North Korea": part of a longer phrase
            return -2
        prev = units[left]
        if "BY" in prev.tags:
            frame.ties.append(("by", agent.cls, start))
            return start - 1
        if "FROM" in prev.tags:
            frame.ties.append(("from", agent.cls, start))
            return start - 1
        if prev.tags & {"TO", "FOR", "IN"}:
            return start - 1  # "aid to Ukraine and weapons to Poland": another phrase's recipient
        if "PREP" in prev.tags:
            return start - 1
        # Object of a verb. Followed by "to"/"against"/"from" + our verb: it is that verb's agent.
        follower = end + 1
        while follower < len(units) and (units[follower].tags & {"ADV", "NEG"} or (
                "POSSPRON" in units[end].tags and not units[follower].tags and units[follower].low.isalpha())):
            follower += 1  # "asked his team to …"
        controls = follower < len(units) and ("TO" in units[follower].tags or units[follower].low in ("against", "from"))
        if controls and frame.agent is None and level == 0 and follower <= last_pred:
            agent.how = "controlled"
            frame.agent = agent
            frame.controlled_by = left  # the verb that controls it: "blocked", "urged", "allowed"
            return start - 1
        if prev.tags & {"SUP"} and agent.cls in ("target", "other"):
            # "sent Russia shells", "supply Kyiv with": the recipient.
            if agent.cls == "target":
                frame.recipient = frame.recipient or "target"
            else:
                frame.other_first_object = True  # unless "to Ukraine" follows ("transfer Type 03 missiles to …")
        return start - 1

    def _subject_noun(self, i: int) -> bool:
        """Is the noun at i a clause's subject: "the revision did …", "this shift has …"?"""
        units = self.units
        if i == 0 or "DET" not in units[i - 1].tags or i + 1 >= len(units):
            return False
        return bool(units[i + 1].tags & {"AUX", "NEG", "HAS", "HAD", "FUT", "MODAL"})

    def _opener_ends(self, left: int) -> bool:
        """Does a sentence-opening prepositional phrase without a comma end at `left`?
        ("During the talks", "After the meeting"): only nouns and determiners after the preposition."""
        units = self.units
        opener = units[0] if units else None
        if left < 1 or opener is None or opener.tags & {"TO", "OF", "BY", "FROM"} or \
                not ("PREP" in opener.tags or opener.low in _TIME_OPENERS):
            return False
        return all((not u.ent or "PREP" in units[k - 1].tags) and not u.obj and (u.low.isalpha() or u.ent) and
                   not u.tags & {"AUX", "MODAL", "NEG", "REPORT", "COMP", "REL", "PRON", "SUP", "REFU", "HAS", "HAD"}
                   for k, u in enumerate(units[1:left + 1], start=1))

    def _skip_parenthetical(self, comma: int, frame: Frame) -> int | None:
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
        if "REL" in inner[0].tags or (len(inner) <= 4 and (any("REPORT" in u.tags for u in inner) or
                                                         all(u.tags & {"ADV"} for u in inner))):
            return k - 1
        if len(inner) <= 4 and inner[0].ent and k - 1 >= 0 and units[k - 1].tags & {"ROLE", "GENERIC"}:
            return k - 1  # "its national security adviser, Chang Ho-jin, said"
        if inner[0].low in ("during", "on", "in", "at", "after", "speaking") and len(inner) <= 12 and \
                not any(u.tags & PREDICATES or u.obj for u in inner):
            return k - 1  # "Putin, during a trip to Vietnam on Friday, warned …"
        return None

    def _antecedent(self, rel: int) -> Agent | None:
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
        return bool(nxt.tags & (PREDICATES | {"AUX", "MODAL", "NEG", "ADV", "REPORT", "HAS", "HAD"})) or \
            nxt.low.endswith("ed") or nxt.low.endswith("ing")

    # -- looking right ----------------------------------------------------------------------

    def _passive_right(self, anchor: int, frame: Frame, verdict_only: bool = False) -> bool:
        """ "No weapons made in South Korea have been transferred", "batteries supplied by Seoul".

        `verdict_only`: the supply is already read (a supply or request noun); accept only a
        verb that weighs, refuses or decides it ("… is being examined", "… were not discussed")."""
        units = self.units
        saved = list(frame.ops)
        k = anchor + 1
        seen_aux = False
        before_predicate = list(frame.ops)
        while k < len(units):
            unit = units[k]
            if "POSS" in unit.tags and not seen_aux:
                k += 1  # "the batteries in the country's own inventory": a possessive, not a verb
                continue
            if unit.tags & {"AUX", "HAS", "HAD", "FUT"} or unit.low in _COPULAS:
                if not seen_aux:
                    before_predicate = list(frame.ops)
                seen_aux = True
                if "HAD" in unit.tags:
                    frame.ops.append(("HAD", k, 0))  # history, unless a denial or report embeds it
                k += 1
                continue
            if "POSTPOSED" in unit.tags and seen_aux:
                # "ATACMS are not on the table": the negation scopes over the verdict, not the supply
                frame.ops = [(op, i, 0.6 if anchor < i < k and op in ("NEG", "MODAL") else level)
                             for op, i, level in frame.ops]
                frame.ops.insert(0, ("SUP", anchor, 0))
                frame.ops.append((op_of(unit) or "END", k, 0.5))
                frame.verdict = True
                return True
            if "AVAILABLE" in unit.tags:
                frame.ops.insert(0, ("SUP", k, 0))
                frame.ops.insert(1, ("MODAL", k, 0))  # "had no F-16s available for Ukraine"
                frame.available = True
                return True
            if unit.tags & {"NEG", "MODAL", "ADV"}:
                op = "NEG" if "NEG" in unit.tags else ("MODAL" if "MODAL" in unit.tags else None)
                if op:
                    frame.ops.insert(0, (op, k, 0))
                k += 1
                continue
            head = unit.low.split()[0] if unit.low else unit.low
            participle = head.endswith("ed") or head in _IRREGULAR_PARTICIPLES  # "handed over"
            role = op_of(unit)
            if verdict_only and role in ("SUP", "ARRIVE"):
                break
            if role in ("SUP", "CONS", "REFU", "COMMIT", "DECIDE", "END") and participle:
                if role == "COMMIT" and not seen_aux and not verdict_only and k + 2 < len(units) and \
                        "BY" in units[k + 1].tags and units[k + 2].ent:
                    # "The first SCALP missiles promised by France have arrived in Ukraine": a reduced
                    # relative names who promised them; the clause's own verb comes after it.
                    frame.ties.append(("by", units[k + 2].ent, k + 2))
                    k += 3
                    continue
                if role != "SUP" and not seen_aux:
                    break
                if role != "SUP":
                    # "… were not being discussed": the negation and modals scope over the verdict.
                    frame.ops = [(op, i, 0.6 if anchor < i < k and op in ("NEG", "MODAL") else level)
                                 for op, i, level in frame.ops]
                frame.ops.insert(0, (role, k, 0))
                if role != "SUP" and not verdict_only:
                    frame.ops.insert(0, ("SUP", anchor, 0))
                return True
            if role == "ARRIVE":
                frame.ops.insert(0, ("SUP", k, 0))
                return True
            if seen_aux:
                conj = self._next_conjunct(k)
                if conj is None:
                    break
                # "… are not part of the package and will not be handed over": the object is the
                # subject of both predicates; the first one's negation stays with the first.
                frame.ops = list(before_predicate)
                seen_aux = False
                k = conj + 1
                continue
            # Modifiers of the object before its verb: "made in South Korea", "from Seoul", "of this type".
            if unit.tags & {"ORIGIN", "PREP", "DET", "GENERIC", "NSHEAD"} or unit.ent or unit.obj or (not unit.tags and not unit.cap) \
                    or "CONJ" in unit.tags:
                if unit.ent and k > 0:
                    prev = units[k - 1]
                    if "BY" in prev.tags:
                        frame.ties.append(("by", unit.ent, k))
                    elif "FROM" in prev.tags:
                        frame.ties.append(("from", unit.ent, k))
                    elif "IN" in prev.tags and k > 1 and "ORIGIN" in units[k - 2].tags:
                        frame.ties.append(("origin", unit.ent, k))
                k += 1
                continue
            break
        if verdict_only:
            frame.ops[:] = saved  # nothing decides the noun: leave the frame as it was
        return False

    def _pronoun_actor_speaker(self) -> bool:
        """ "…, he said, Seoul might have to …" where "he" is the actor's speaker of the sentence before."""
        if self.salient != "actor":
            return False
        units = self.units
        return any("PRON" in units[i].tags and "REPORT" in units[i + 1].tags and
                   (i == 0 or "COMMA" in units[i - 1].tags) for i in range(len(units) - 1))

    def _finished_review(self, fired: set[int]) -> bool:
        """A weighing verb in the perfect, followed by "and concluded/decided/found …"."""
        units = self.units
        for i in fired:
            if op_of(units[i]) != "CONS" or i == 0 or not units[i - 1].tags & {"HAS", "HAD"}:
                continue
            for j in range(i + 1, min(len(units) - 1, i + 6)):
                if units[j].tags & {"COMMA", "HARD", "SUB", "REL"}:
                    break
                nxt = units[j + 1]
                if "CONJ" in units[j].tags and nxt.low.endswith("ed") and not nxt.tags & {"CONS", "AUX"}:
                    return True
        return False

    def _arrives_at_target(self, anchor: int) -> bool:
        """ "A first consignment of shells shipped by Seoul reached Ukraine": the subject's own verb
        is an arrival at the target, so the consignment is a delivery, not a topic."""
        units = self.units
        for k in range(anchor + 1, min(len(units) - 1, anchor + 8)):
            if units[k].tags & {"COMMA", "HARD", "SUB", "REL", "COMP", "MODAL", "NEG", "COND", "QUESTION"}:
                return False
            if "ARRIVE" in units[k].tags:
                nxt = units[k + 1]
                return nxt.ent == "target" or ("IN" in nxt.tags and k + 2 < len(units) and units[k + 2].ent == "target")
        return False

    def _topic_gerund(self, ops: list[tuple[str, int, float]]) -> bool:
        """The only supply verb is a gerund after a preposition that hangs on an unknown noun."""
        units = self.units
        preds = [i for op, i, level in ops if op in PREDICATES]
        if len(preds) != 1 or op_of(units[preds[0]]) != "SUP":
            return False
        i = preds[0]
        if not units[i].low.split()[0].endswith("ing") or i < 2 or "PREP" not in units[i - 1].tags:
            return False
        head = units[i - 2]
        return not head.tags and not head.ent and not head.obj

    def _next_conjunct(self, k: int) -> int | None:
        """The "and" that opens a second predicate of the same subject ("… and will not be handed over")."""
        units = self.units
        for j in range(k, min(len(units) - 1, k + 8)):
            tags = units[j].tags
            if tags & {"COMMA", "SUB", "REL", "REPORT", "HARD", "QUESTION", "COND"} or units[j].ent:
                return None
            if "CONJ" in tags and units[j].low in ("and", "or", "but") and \
                    units[j + 1].tags & {"AUX", "FUT", "HAS", "MODAL", "NEG"}:
                return j
        return None

    def _right(self, last: int, frame: Frame) -> None:
        """Recipient, passive agent, source and condition in the rest of the clause."""
        units = self.units
        k = last + 1
        own_clause = True
        while k < len(units):
            unit = units[k]
            if "CONTRAST" in unit.tags and k + 1 < len(units) and "COND" in units[k + 1].tags:
                frame.ops.append(("COND_CONS", k + 1, 0))  # "…, but only if other allies do the same"
                break
            if unit.tags & {"HARD", "CONTRAST", "REL", "QMARK"} or unit.low in ("that", "which", "who"):
                break
            if "COND" in unit.tags:
                frame.ops.append(("COND_CONS", k, 0))
                break
            if "POSTPOSED" in unit.tags and not any(i == k for _, i, _ in frame.ops):
                # "put the sale of F-16s … on hold", "… was out of the question", "… is under review"
                frame.ops.append((op_of(unit) or "END", k, 0.5))
                frame.verdict = True
            if frame.subject_supply and frame.right_verb and unit.tags & {"NEG", "REFU", "CONS", "END", "MODAL"} \
                    and "POSTPOSED" not in unit.tags:
                frame.ops.append((op_of(unit) or "NEG", k, 0.5))  # "… is not an option"
                frame.verdict = True
            if not unit.tags and unit.low.endswith("ed") and k > last + 1:
                own_clause = False  # "… under an agreement signed last month": that date is the agreement's
            if unit.tags & {"HIST", "DUR"} and "SUB" not in unit.tags and own_clause:
                frame.ops.append(("HIST" if "HIST" in unit.tags else "DUR", k, 0))
            if "DENY" in unit.tags and not unit.tags & PREDICATES - {"DENY"}:
                frame.ops.append(("DENY_CLAIM", k, 9))  # "Russia's claim that … is false"
            if unit.tags & {"MODAL", "FUT"} and unit.low in ("would", "could", "might", "may") and not frame.right_verb:
                frame.right_modal = True
            if unit.tags & {"AUX", "FUT", "MODAL", "HAS", "HAD"}:
                frame.right_verb = True
            if "SUB" in unit.tags and "PREP" not in unit.tags:
                break
            if unit.low == "," and k + 1 < len(units) and (units[k + 1].tags & {"CONTRAST", "REL", "CONJ"} or
                                                          units[k + 1].low.endswith("ing")):
                break
            if unit.ent and k > 0:
                p = k - 1
                while p > last + 1 and "DET" in units[p].tags and k - p <= 2:
                    p -= 1
                prev = units[p]
                if "POSS" in prev.tags or (k + 1 < len(units) and "POSS" in units[k + 1].tags):
                    k += 1
                    continue
                if prev.tags & {"TO", "FOR"} or (prev.low == "into"):
                    if unit.ent == "target":
                        frame.recipient = frame.recipient or "target"
                    elif unit.ent == "other" and not frame.recipient:
                        frame.recipient = "other"
                elif "IN" in prev.tags and unit.ent == "target" and not (k > 1 and units[k - 2].tags & {"WAR"}):
                    if k > 1 and "ORIGIN" in units[k - 2].tags:
                        frame.ties.append(("origin", unit.ent, k))
                    elif not frame.recipient:
                        frame.recipient = "target-in"
                elif "BY" in prev.tags:
                    frame.ties.append(("by", unit.ent, k))
                elif "FROM" in prev.tags:
                    frame.ties.append(("from", unit.ent, k))
                elif "IN" in prev.tags and k > 1 and "ORIGIN" in units[k - 2].tags:
                    frame.ties.append(("origin", unit.ent, k))
                elif "SUP" in prev.tags or (prev.obj == "arm"):
                    if unit.ent == "target":
                        frame.recipient = frame.recipient or "target"
                    elif not frame.recipient:
                        frame.recipient = "other"
            elif "NONWEAPON" in unit.tags and k > 0 and "FOR" in units[k - 1].tags:
                frame.civil_use = True  # "drones for demining": equipment for a civilian purpose
            elif "GENREC" in unit.tags and k > 0 and (units[k - 1].tags & {"TO", "DET"} or units[k - 1].obj == "arm"
                                                  or units[k - 1].low in ("to", "for")):
                frame.recipient = frame.recipient or "generic"
            elif "GENREC" in unit.tags and k > 1 and "TO" in units[k - 2].tags:
                frame.recipient = frame.recipient or "generic"
            k += 1

    # -- conclusion -------------------------------------------------------------------------

    def _conclude(self, anchor: int, frame: Frame) -> Claim:
        units = self.units
        ops = sorted(frame.ops, key=lambda o: (o[2], 0 if o[1] >= anchor else 1, -o[1] if o[1] < anchor else o[1]))
        value, flags, fired = fold(ops, {i: units[i].tags for _, i, _ in ops if "DOUBT" in units[i].tags})
        background = frame.background or self._history(ops)
        if self.question:
            flags.add("question")
        if frame.hypothetical:
            flags.add("hypothetical")
        agent = self._resolve(anchor, frame)
        words = " · ".join(units[i].text for i in sorted(fired))
        anaphoric = units[anchor].obj == "" and units[anchor].low in ANAPHORIC_OBJECTS | DENIED_NOUNS
        weak = units[anchor].obj in ("weak", "beyond", "only-aid") or anaphoric
        third = self._speaker_class(frame) in ("other", "target")
        third = third or (self.trailing is not None and self.trailing.cls in ("other", "target"))
        denial = "denied" in flags

        fired_ops = {op_of(units[i]) for i in fired}
        decisive = value == REFRAINS and ("DECIDE" in fired_ops or "END" in fired_ops or
                                          any(units[i].low.startswith(("rul", "reject")) for i in fired))

        def claim(state: str, rule: str, strength: float = 1.0) -> Claim:
            who = units[agent.index].text if agent.index >= 0 else agent.cls
            detail = f"{rule}: {words}" if words else rule
            if state != NONE or agent.cls != "unknown":
                detail += f" [agent: {who} ({agent.how})]"
            return Claim(state, detail, background, agent.cls, agent.how, denial, third, anaphoric, strength,
                         decisive and state == REFRAINS)

        if frame.no_comment:
            flags.add("question")
        if self.trailing_doubt:
            flags.add("doubt")  # ", Russian state media alleged."
        nominal = agent.how in ("possessor", "from", "by", "adj", "origin", "inherited", "inherited-generic",
                                "salient", "speaker", "") or agent.index < 0
        # "… could be sent to Ukraine": the modal belongs to the passive supply verb itself.
        own_modal = frame.passive and any(op in ("SUP", "MODAL") and i > anchor for op, i, level in ops if level == 0)
        if frame.right_modal and nominal and value in (SUPPLIES, RECONSIDER) and not own_modal:
            flags.add("hypothetical")  # the supply is the subject of "would be a mistake"
        if frame.subject_supply and frame.right_verb and not frame.verdict and value == SUPPLIES and \
                not self._arrives_at_target(anchor):
            return claim(NONE, "supply-as-subject")  # "Delivering X … was welcomed": says nothing of a decision
        inner = next((units[i] for op, i, level in ops if level == 0 and op in PREDICATES | {"POLICY"}), None)
        if inner is not None and op_of(inner) == "CONS" and "CONSD" not in inner.tags and not anaphoric and \
                frame.recipient not in ("target", "target-in"):
            # "observers … to study North Korean weapons"; but "evaluating ATACMS for Ukraine" weighs a supply
            return claim(NONE, "no-supply-verb")
        speaker_cls = self._speaker_class(frame)
        reporter = self._reporting_subject(ops) if frame.speaker is None else frame.speaker
        if reporter is not None and reporter.cls == "other" and value in (SUPPLIES, RECONSIDER) and \
                agent.cls == "actor" and not self._trailing_actor():
            # "Medvedev said Israel appeared to be getting ready to send arms": someone else's word
            # about the actor, not the actor's position (GUIDELINES: claims by others are `none`).
            return Claim(NONE, f"third-party-claim [agent: {units[reporter.index].text} ({reporter.how})]",
                         background, reporter.cls, reporter.how, denial, True, anaphoric, 1.0, False)
        if "distance" in flags and value in (SUPPLIES, RECONSIDER) and speaker_cls in ("other", "target") and \
                any(op == "DIST" and level > 0 and units[i].low in ("report", "reports") for op, i, level in ops):
            flags.add("doubt")  # "The Kremlin took note of reports that Seoul might …": relayed, not asserted
        if "doubt" in flags and frame.speaker is not None and frame.speaker.cls == "actor":
            flags.discard("doubt")  # the actor's own claim ("Seoul claims it has sent none")
        if "pressure" in flags and self._own_directive(frame):
            # "Biden has asked his team to study sending ATACMS": the actor instructing itself.
            flags.discard("pressure")
            agent = Agent("actor", "directive", frame.controller.index if frame.controller else -1)
        if "advocacy" in flags and agent.cls == "actor" and agent.how in ("subject", "name") and \
                (self.trailing is not None and self.trailing.cls == "actor" or
                 frame.speaker is not None and frame.speaker.cls == "actor" or self._pronoun_actor_speaker()):
            # "Japan might have to go beyond …, Ishiba said": the actor's own necessity is an
            # opening it announces, not a columnist's advice; never yet a decision.
            flags.discard("advocacy")
            if value == SUPPLIES:
                value = RECONSIDER
        for flag, rule in (("question", "question"), ("hypothetical", "hypothetical"), ("advocacy", "advocacy"),
                           ("pressure", "third-party-pressure"), ("doubt", "unconfirmed-claim")):
            if flag in flags:
                return claim(NONE, rule)
        if value == NONE:
            return claim(NONE, "no-position")
        outsider = self.trailing if self.trailing is not None and self.trailing.how == "outsider" else None
        if outsider is not None and value in (SUPPLIES, RECONSIDER):
            return claim(NONE, "outside-view")  # "…, analysts in Seoul say": a view, not the position
        controller = frame.controller
        if agent.how == "controlled" and agent.cls != "actor" and value == REFRAINS and controller is not None \
                and controller.cls == "actor" and frame.controlled_by >= 0 and \
                units[frame.controlled_by].tags & {"REFU", "END"}:
            agent = Agent("actor", "blocks-others", controller.index)  # the actor will not let them
        if agent.cls in ("other", "target"):
            return claim(NONE, "other-agent")
        if frame.recipient == "other" or (frame.other_first_object and frame.recipient not in ("target", "target-in")):
            return claim(NONE, "other-recipient")
        if agent.cls != "actor":
            return claim(NONE, "no-agent")
        if any(op == "RECV" for op, _, level in ops if level == 0) and value != REFRAINS and \
                (self._future(ops) or any(op in ("PRESS", "MODAL") for op, _, _ in ops)):
            return claim(NONE, "recipient-wish")  # "Ukraine hopes to receive …": the recipient's wish
        if value == RECONSIDER and self._finished_review(fired):
            # "had examined the request carefully and concluded that …": the weighing is over; what
            # it concluded is read on its own, the review itself opens nothing.
            return claim(NONE, "finished-review")
        if value == SUPPLIES and self._topic_gerund(ops):
            # "Seoul's restraint on arming Ukraine was not unconditional", "talks on sending arms": the
            # supply is only the topic of a noun the detector does not know; never a decision.
            return claim(NONE, "topic-only")
        if value == SUPPLIES:
            if "distance" in flags or self.media_report:
                return claim(NONE, "unconfirmed-claim")
            speaker = frame.speaker or self.trailing
            if speaker is not None and speaker.cls != "actor" and speaker.how != "generic" and self._future(ops):
                return claim(NONE, "third-party-prediction")  # someone else says Seoul *will* send

            if weak or frame.civil_use:
                return claim(NONE, "not-a-weapon" if not anaphoric else "vague-object")
            if agent.how in ("origin", "salient", "generic", "nearest", "inherited-generic", "assumed"):
                return claim(NONE, "no-agent")
            anywhere = units[anchor].obj == "echo" or any(how == "supplied" for how, _, _ in frame.ties) or \
                (frame.passive and agent.how in ("by", "from"))
            # "pledged to provide Taurus" in a Kyiv story; "told Zelensky that … will provide" when the
            # article is about the target: the promise goes to the one it is made to.
            implicit = not frame.recipient and (self.target_near or frame.addressee == "target" or
                                                (frame.addressee == "other" and self.about_target))
            if frame.recipient not in ("target", "target-in") and not frame.requester_target and \
                    not (anywhere and any(u.ent == "target" for u in units)) and not implicit:
                return claim(NONE, "no-target")
            strength = 1.0 if agent.how in ("subject", "possessor", "controlled", "name", "speaker") else 0.8
            return claim(SUPPLIES, rule_name(value, fired, units), strength)
        strength = 1.0 if agent.how in ("subject", "possessor", "controlled", "relative", "name") else 0.8
        if agent.how == "assumed":
            strength = 0.6
        if weak:
            strength *= 0.8
        return claim(value, rule_name(value, fired, units), strength)

    def _trailing_actor(self) -> bool:
        return self.trailing is not None and self.trailing.cls == "actor"

    def _reporting_subject(self, ops: list[tuple[str, int, float]]) -> Agent | None:
        """The subject of the reporting verb the anchor's clause hangs from, when it is the sentence's
        first subject: "Medvedev, now deputy chairman of …, said Israel …" → Medvedev."""
        report = min((i for op, i, level in ops if op == "REPORT" and level >= 1), default=None)
        main = self.main
        if report is None or main is None or main.index >= report:
            return None
        between = self.units[main.index + 1:report]
        if any(u.tags & (PREDICATES | {"REPORT", "MODAL", "NEG", "COMP", "HARD", "CONTRAST"}) or u.obj for u in between):
            return None
        return main

    def _history(self, ops: list[tuple[str, int, float]]) -> bool:
        """Past perfect, "previously", "for years" with a simple past: the story's background."""
        decisive = max((level for op, _, level in ops if op in PREDICATES | {"NEG", "MODAL"}), default=0)
        tags = {op for op, _, level in ops if level == decisive}
        reported = any(op == "REPORT" and level > decisive for op, _, level in ops)
        if "HIST" in tags or ("HAD" in tags and not reported):
            return True  # "said it had decided not to" reports the present: backshift, not history
        if "DUR" in tags and "HAS" not in tags:
            return True
        if self._dated_past_halt(ops, decisive):
            return True
        return self._leading_history()

    def _dated_past_halt(self, ops: list[tuple[str, int, float]], decisive: float) -> bool:
        """ "Spain paused weapons deliveries in February": a dated simple-past stop is background."""
        units = self.units
        verbs = [i for op, i, level in ops if level == decisive and op in ("END", "REFU")]
        if not verbs or reported_or_aux(units, verbs[0]) or not units[verbs[0]].low.endswith("ed"):
            return False
        return any(units[k].low in ("in", "since") and units[k + 1].low in _MONTHS_OR_YEAR or
                   units[k].low in ("in", "since") and units[k + 1].low.isdigit() and len(units[k + 1].low) == 4
                   for k in range(verbs[0] + 1, len(units) - 1))

    def _leading_history(self) -> bool:
        units = self.units
        if not units:
            return False
        first = units[0]
        if "HIST" in first.tags and "SUB" not in first.tags:
            return True
        if first.low in ("in", "back", "by") and len(units) > 2 and units[1].low.isdigit() and len(units[1].low) == 4:
            return units[2].low == ","
        return False

    def _resolve(self, anchor: int, frame: Frame) -> Agent:
        """Who the agent is: a name, or what a pronoun or "the ministry" stands for."""
        agent = frame.agent
        recv = any(op == "RECV" for op, _, level in frame.ops if level == 0)
        ties = {("by" if how == "supplied" else how): cls for how, cls, _ in reversed(frame.ties)}
        if recv:
            # "Ukraine received ATACMS from the United States": the subject is the recipient.
            if agent is not None and agent.cls == "target":
                frame.recipient = "target"
            if "from" in ties:
                return Agent(ties["from"], "from", -1)
            if "adj" in ties:
                return Agent(ties["adj"], "adj", -1)
            return Agent("unknown", "", -1)
        if agent is None and frame.inherit and self.main is not None:
            agent = Agent(self.main.cls, "inherited" if self.main.cls in ("actor", "other", "target") else
                           "inherited-generic", self.main.index, self.main.first_person)
        if agent is None:
            for how in ("by", "from", "adj"):
                if how in ties:
                    return Agent(ties[how], how, -1)
            if "origin" in ties:
                return Agent(ties["origin"], "origin", -1)
            return self._fallback(frame, anchor)
        if agent.cls in ("actor", "other", "target"):
            return agent
        if agent.first_person:
            speaker = self._quote_speaker(agent.index) or self.trailing or frame.speaker
            if speaker is not None and speaker.cls in ("actor", "other", "target"):
                return Agent(speaker.cls, "speaker", speaker.index)
            if speaker is not None and speaker.cls == "generic" and self.salient == "actor" and \
                    not any(u.ent == "actor" or u.how == "outsider" for u in self.units[speaker.index:]) and \
                    not any("OUTSIDER" in u.tags for u in self.units):
                # '"… we would examine every option," the official told reporters' in a story about
                # the actor: the unnamed official's "we" is the actor, not a name inside the quote.
                return Agent("actor", "spokesman", speaker.index)
            return self._fallback(frame, agent.index)
        speaker = frame.speaker
        if agent.cls == "anaphor" and speaker is not None and speaker.cls in ("actor", "other", "target"):
            return Agent(speaker.cls, "pronoun", speaker.index)
        owner = agent.index + 2
        if owner < len(self.units) and self.units[agent.index + 1].low in ("in", "of") and self.units[owner].ent:
            return Agent(self.units[owner].ent, "name", owner)  # "the government in Seoul"
        nearest = self._nearest(agent.index)
        if nearest is not None:
            return nearest
        if agent.cls == "anaphor" and self.salient == "other" and agent.index == self._first_np():
            # "North Korea has shipped shells … It will also deliver missiles, South Korean officials
            # said": a sentence-opening pronoun continues the previous subject, not the one quoted.
            return Agent("other", "salient", -1)
        fallback = self._fallback(frame, agent.index)
        if fallback.how == "salient" and "PRON" in self.units[agent.index].tags:
            # "he pledged …" after a sentence about Pistorius: the pronoun continues the discourse actor.
            return Agent(fallback.cls, "pronoun", fallback.index)
        if fallback.how == "salient" and self._institution(agent.index):
            # "The National Security Council approved …", "the cabinet decided …" in a story about the
            # actor: a definite government body is the current discourse actor's.
            return Agent(fallback.cls, "institution", fallback.index)
        return fallback

    def _first_np(self) -> int:
        """Index of the first unit that is not a determiner, adverb or quote: the sentence's opening word."""
        for k, unit in enumerate(self.units):
            if not unit.tags & {"DET", "ADV", "QUOTE"}:
                return k
        return -1

    def _institution(self, k: int) -> bool:
        """ "the cabinet", "the National Security Council": a definite, singular government body."""
        units = self.units
        if units[k].low not in GENERIC_AGENTS or units[k].low.endswith("s") or units[k].low in _NOT_BODIES:
            return False
        j = k - 1
        while j >= 0 and units[j].text in TITLE_WORDS and k - j <= 4:
            j -= 1
        return j >= 0 and units[j].low == "the"

    def _quote_speaker(self, inside: int) -> Agent | None:
        """Who says "we": the name next to the reporting verb after the closing quote."""
        units = self.units
        close = next((k for k in range(inside + 1, len(units)) if units[k].low in ("”", '"')), None)
        if close is None:
            return None
        for k in range(close + 1, min(len(units), close + 12)):
            agent = self._np_class(k)
            if agent is not None and agent.cls in ("actor", "target", "other"):
                return agent
            if "REPORT" in units[k].tags and k > close + 1:
                break
        return None

    def _nearest(self, before: int) -> Agent | None:
        for k in range(before - 1, -1, -1):
            unit = self.units[k]
            if unit.ent in ("actor", "other"):
                return Agent(unit.ent, "nearest", k)
        return None

    def _fallback(self, frame: Frame, before: int) -> Agent:
        speaker = frame.speaker or self.trailing
        if speaker is not None and speaker.cls in ("actor", "other", "target"):
            return Agent(speaker.cls, "speaker" if speaker.cls == "actor" else "speaker", speaker.index)
        nearest = self._nearest(before)
        if nearest is not None:
            return nearest
        if self.salient in ("actor", "other"):
            return Agent(self.salient, "salient", -1)
        if self.salient is None and not any(u.ent == "other" for u in self.units):
            return Agent("actor", "assumed", -1)  # "a government spokesman said", no one else named
        return Agent("unknown", "", -1)
