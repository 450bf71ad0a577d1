"""The walk left from an anchor: the words that govern it ("not ruling out the possibility of
providing"), its subject, and the clauses that embed it ("said that", "asked whether")."""

from __future__ import annotations

from monitor.detect.agents import (
    Agent,
    after_dateline,
    common_subject,
    finite_after,
    noun_phrase,
    np_class,
    object_of_preposition,
    relative_antecedent,
)
from monitor.detect.frame import Frame
from monitor.detect.lexicon import (
    BE_FORMS,
    PASSIVE_BE,
    COMMENT_VERBS,
    LEGAL_CHALLENGES,
    MONTH_NAMES,
    OWN_WISHES,
    REQUEST_NOUNS,
    TIME_WORDS,
    WEAPON_NOUNS,
)
from monitor.detect.polarity import PREDICATES, op_of
from monitor.detect.sentence_facts import is_report_verb, main_subject
from monitor.detect.tagging import Unit, after_opening_quotes, dateline_dash
from monitor.detect.tense import IRREGULAR_PARTICIPLES, is_perfect

_BOUNDARY_TAGS = frozenset({"HARD", "CONTRAST"})
# Subordinators that also open a bare time phrase: "After the talks in Kyiv he pledged …".
_TIME_OPENERS = frozenset({"after", "before", "since", "until", "following"})
# "will see X send …": the outcome verb whose bare infinitive has the object as its subject.
_OUTCOME_SEEING = frozenset({"see", "sees", "saw", "seen"})
_PROPOSALS = frozenset({"proposal", "plan", "draft", "bill", "scheme", "option", "proposals", "plans"})
# Verbs that give someone leave to act: "letting Turkey buy", "allow Poland to purchase".
_PERMITTING = frozenset({"let", "lets", "letting", "allow", "allows", "allowed", "allowing", "permit", "permits",
                         "permitted", "permitting"})


def _permitted_purchase(units: list[Unit], i: int) -> bool:
    """ "letting Turkey buy", "allow Poland to purchase": the target buys with the subject's leave."""
    if i >= len(units) or "RECV" not in units[i].tags:
        return False
    j = i - 2 if i >= 2 and "TO" in units[i - 1].tags else i - 1
    return j >= 1 and units[j].ent == "target" and units[j - 1].low in _PERMITTING




def _agent_of_other_passive(units: list[Unit], anchor: int) -> bool:
    """ "due to be replaced by new fighter jets", "were hit by missiles": the object is the agent of a passive
    verb that is no supply, so what governs that verb ("due to", "will") says nothing of supplying it."""
    k = anchor - 1
    while k >= 0 and anchor - k <= 3 and ("DET" in units[k].tags or not units[k].tags and not units[k].ent and
                                          units[k].low.isalnum() and units[k].low not in PASSIVE_BE):
        k -= 1
    if k < 2 or "BY" not in units[k].tags:
        return False
    verb = units[k - 1]
    return not verb.tags and not verb.ent and not verb.obj and units[k - 2].low in PASSIVE_BE and \
        (verb.low.endswith("ed") or verb.low in IRREGULAR_PARTICIPLES)


def _plain_word(unit: Unit) -> bool:
    return not unit.tags and not unit.ent and not unit.obj and not unit.cap and unit.low.isalpha()


def _paired_modifiers(units: list[Unit], conj: int, anchor: int) -> bool:
    """Is the "and" at `conj` between two plain modifiers of the object ("reconnaissance and armed drones")?"""
    # (a plural before "and" is a noun of its own: "of mines and unexploded ordnance")
    return units[conj].low in ("and", "or") and conj >= 1 and _plain_word(units[conj - 1]) and \
        not units[conj - 1].low.endswith("s") and \
        conj + 1 < anchor <= conj + 3 and all(_plain_word(u) for u in units[conj + 1:anchor])


# Prepositions opening a time phrase: "since 2022", "in March".
_TIME_PREPOSITIONS = frozenset({"since", "in", "during", "over", "until", "through"})


def before_time_phrase(units: list[Unit], end: int) -> int:
    """The last word before a time phrase ending at `end` ("to Ukraine since 2022": "Ukraine"); `end` if none."""
    k = end
    while k >= 1 and end - k < 3 and (units[k].low.isdigit() or units[k].low in TIME_WORDS or
                                      units[k].low in MONTH_NAMES):
        k -= 1
    if k < end and units[k].low in _TIME_PREPOSITIONS:
        k -= 1
    return k


def _participle_subject(units: list[Unit], end: int, verb: int) -> bool:
    """Does the noun phrase ending at `end`, with only plain nouns after it, stand right before the "-ing" supply
    participle at `verb` ("Russian military transport aircraft delivering …")? It is the participle's subject."""
    if verb >= len(units) or "SUP" not in units[verb].tags or "SUPN" in units[verb].tags or \
            not units[verb].low.endswith("ing") or not 1 <= verb - end - 1 <= 3:
        return False
    return all(not u.tags and not u.ent and not u.obj and u.low.isalpha() and not u.cap for u in units[end + 1:verb])


def _quoted_addressees(units: list[Unit], close: int) -> int:
    """Where a quotation opens that names those a verb of pressing addresses, closed at `close` right before
    "to" and its infinitive: 'urged "brotherly Gulf states, Qatar first among them" to send'; -1 otherwise."""
    opening = next((k for k in range(close - 1, max(-1, close - 12), -1) if "QUOTE" in units[k].tags), -1)
    if opening < 1 or "PRESS" not in units[opening - 1].tags:
        return -1
    return opening if any(u.ent for u in units[opening + 1:close]) else -1


def _closed_relative(units: list[Unit], rel: int, verb: int) -> bool:
    """Does the relative clause opened at `rel` end before `verb`, so that its noun is the verb's subject? It
    does when the relative has a verb of its own and the second finite verb follows with no link between:
    "a cargo ship which sailed from the UAE port last week delivered weapons"."""
    j = rel + 1
    while j < verb and units[j].tags & {"AUX", "HAS", "HAD", "ADV"}:
        j += 1
    own = units[j] if j < verb else None
    if own is None or own.tags or own.ent or own.obj or \
            not (own.low.endswith("ed") or own.low in IRREGULAR_PARTICIPLES):
        return False
    group = verb
    while group > j + 1 and units[group - 1].tags & {"AUX", "HAS", "HAD", "MODAL", "NEG", "ADV"}:
        group -= 1
    return "SUP" in units[verb].tags and "SUPN" not in units[verb].tags and group > j + 1 and \
        not units[group - 1].tags & {"TO", "FOR", "PREP"} and \
        not any(u.low in (",", "and", "or", ";") or u.tags & {"CONJ", "COMP", "SUB", "REL", "HARD", "REPORT"}
                for u in units[j + 1:group])


_EQUIPPING = frozenset({"equip", "equips", "equipped", "equipping", "re-equip", "re-equips", "re-equipped",
                        "re-equipping"})


def _owned_by_subject(units: list[Unit], j: int) -> bool:
    """At j: "its own battery", "their own units": what the subject keeps for itself."""
    return j + 1 < len(units) and units[j].low in ("its", "their", "our") and units[j + 1].low == "own"


def walk_left(units: list[Unit], anchor: int, frame: Frame) -> None:
    """Collect the operators governing the anchor, its agent and the clauses embedding it.

    Level 0 is the anchor's own clause; each "that", "whether" or reporting verb crossed
    goes one level up. A subject found at level 0 is the agent; above it, the speaker."""
    if _agent_of_other_passive(units, anchor):
        return  # "older jets due to be replaced by new F-16s": the object does the replacing
    level = 0
    pending = True  # the current clause's subject is still to be found
    governor_pending = False  # a subjectless clause takes the next subject found above it
    concluded = -1  # the level above "concluded that …": a weighing there has ended in this finding
    i = anchor - 1
    last_pred = anchor  # index of the innermost predicate seen in the current clause
    while i >= 0:
        unit = units[i]
        tags = unit.tags
        if unit.ent or tags & {"PRON", "POSSPRON", "GENERIC", "FIRSTP"} and not unit.obj:
            np_start, agent = noun_phrase(units, i)
            if agent is not None:
                i = _place_np(units, np_start, i, agent, frame, level, last_pred)
                if i == -2:  # the NP was this clause's subject
                    role_left = np_start - 1
                    if role_left >= 1 and units[role_left].low == "no" and \
                            units[role_left - 1].tags & {"COMP", "QUESTION"}:
                        role_left -= 1  # "that no Japanese weapons would be sent": what embeds it is above "no"
                    while role_left >= 0 and "QUOTE" in units[role_left].tags:
                        role_left -= 1
                    if frame.agent is not None and frame.agent.how == "controlled" and frame.controller is None:
                        frame.controller = agent
                    if pending or governor_pending:
                        governs = False
                        if level == 0 or governor_pending:
                            if frame.agent is None:
                                frame.agent = agent
                                if governor_pending and level > 0:
                                    agent.how = "governor"
                                    governs = True
                            governor_pending = False
                        # "Russian officials said that Japan is weighing whether to send …": the subject of
                        # the weighing is its agent; whoever reports it above is the speaker
                        if level > 0 and frame.speaker is None and not (governs and _reported_above(units, np_start)):
                            frame.speaker = agent
                    elif level > 0 and frame.speaker is None:
                        frame.speaker = agent
                    pending = False
                    nxt = _cross(units, role_left, frame, level)
                    if nxt is None:
                        return
                    i, level = nxt
                    if i >= 0 and units[i + 1].low == "that" and units[i].low in _CONCLUDING and concluded < 0:
                        concluded = level  # "a review had concluded that X could not …"
                    pending = True
                    continue
                continue
        if unit.obj and i != anchor:
            i -= 1
            continue
        if unit.low == "see" and i >= 2 and units[i - 1].low == "would" and level == 0 and _proposal_subject(units):
            frame.ops.append(("MODAL", i - 1, 0))  # "The proposal … would see rifles transferred": if adopted
        done = -1 if unit.low != ":" or level or not pending or frame.agent else _done_before_colon(units, i)
        if done >= 0:
            i = done  # "Serbia should do one thing: sell weapons": what governs "do" governs "sell"
            continue
        if tags & _BOUNDARY_TAGS or "QMARK" in unit.tags or dateline_dash(units, i):
            _stop(units, frame, pending and frame.agent is None, i + 1, anchor)
            return
        if unit.low == "of" and i >= 2 and "LIST" in units[i - 1].tags and units[i - 2].low == ",":
            i -= 1  # "Deliveries, including of weapons, continue": the member's "of" hangs on the listing noun
            continue
        if "LIST" in tags and i >= 2 and units[i - 1].low == "," and level == 0 and \
                (_listed_supply(units, i - 1) or _supply_gerund_member(units, i) or _supply_means_member(units, i)):
            i = _list_head(units, i - 1)  # "delivering the agreed equipment to Riyadh, including missiles": a member of that list
            named = before_time_phrase(units, i)
            if not frame.recipient and units[named].ent and named >= 1 and "TO" in units[named - 1].tags:
                frame.recipient = "target" if units[named].ent == "target" else "other"  # the members go where the list goes
            owner = i - 2 if i >= 2 and "POSS" in units[i - 1].tags else i - 1
            if owner >= 0 and "PRESS" in units[i].tags and units[owner].ent == "target":
                frame.recipient = "target"  # "the Ukrainian requests, including missiles for …": what the target asks for itself
            continue
        if unit.low == "," and level == 0 and _appositive_member(units, i, anchor):
            i = _list_head(units, i)  # "have not sent missiles to Moscow, the X or anything else": one of them
            continue
        first = _first_negated_member(units, i, anchor) if unit.low == "," and level == 0 else -1
        if first >= 0:
            i = first - 1  # '"not one tank, not one shell" had been handed over': the list's one negation
            continue
        if unit.low == "," and _between_adjectives(units, i):
            i -= 1
            continue
        inserted = _inserted_condition(units, i) if unit.low == "," and level == 0 else None
        if inserted is not None:
            frame.ops.append(("COND_CONS", inserted + 2, 0))
            i = inserted  # "Brazil will, if parliament agrees, send rifles": the verb's own modal, under a condition
            continue
        if unit.low == "," and level == 0:
            first = _cleft_comma(units, i)
            if first is not None:
                i = first - 1  # "What we have not done, and will not do, is send …": one "what" clause
                continue
            if _raised_object(units, i):
                i -= 1  # "had not authorised, and was not authorising, any export": the object of both verbs
                continue
        if unit.low == "," and level == 0 and frame.agent is None and _series_verb(units, i):
            first = _shared_governors(units, i)
            if first is not None:
                i = first  # "should approve the sale, ship the first guns …": a series shares "should"
                continue
        if unit.low == ",":
            # ", officials said," inside the anchor's own clause; above it a comma ends the walk
            skip = _skip_parenthetical(units, i, frame) if level == 0 else None
            if skip is not None:
                i = skip
                continue
            if level > 0 and pending and frame.speaker is None and _appositive_before_verb(units, i):
                # "Chile's foreign minister, Ana Rojas, told reporters that …": the speaker; a person the stance
                # does not know speaks with the title's owner ("the French ambassador, Antoine Ravel, said")
                i = _owned_title_end(units, i) or i - 1
                continue
            if level > 0 and pending and frame.speaker is None and i + 1 < len(units) and \
                    "REPORT" in units[i + 1].tags:
                # "The minister, in a side event, says …": an adjunct between the speaker and the reporting
                # verb leaves the speaker its subject, as it does inside the anchor's own clause
                skip = _skip_parenthetical(units, i, frame)
                if skip is not None and skip < i - 1 and units[skip + 2].low in _SETTING_OPENERS:
                    i = skip
                    continue
            adjunct = _adjunct_before_that(units, i) if level > 0 else None
            if adjunct is not None:
                i = adjunct  # "senators claim, without offering evidence, that …": the claim still embeds it
                continue
            _stop(units, frame, frame.agent is None, i + 1, anchor)
            return
        if "REL" in unit.tags and i >= 2 and "PREP" in units[i - 1].tags and frame.agent is None and level == 0:
            # "A plan under which the batteries would be handed to Kyiv is being studied": the object is the
            # subject of the plan's content clause; the verb on the plan decides, never the clause itself
            nxt = _plan_content(units, i - 2, frame, level, anchor)
            if nxt is None:
                return
            i, level = nxt
            pending = True
            continue
        if unit.low in BE_FORMS and level == 0 and units[i + 1].low in ("a", "an") and \
                all(not u.tags - {"DET"} and not u.ent for u in units[i + 1:anchor]):
            return  # "Every mortar that reaches Ukraine is a mortar that …": a predicate noun, no goods moved
        if "QUOTE" in tags and level == 0 and units[i + 1].low == "to":
            opening = _quoted_addressees(units, i)
            if opening >= 0:
                i = opening - 1  # 'urged "Gulf states, Qatar first among them" to send': the quote is whom it urged
                continue
        if "REL" in unit.tags and level == 0 and _closed_relative(units, i, last_pred):
            i -= 1  # "a ship which sailed from Khalifa last week delivered weapons": the ship is the subject
            continue
        if "REL" in unit.tags:
            if frame.agent is None:
                antecedent = relative_antecedent(units, i)
                if antecedent is not None:
                    frame.agent = antecedent
            return
        if "CONJ" in unit.tags and level > 0 and _joined_that(units, i):
            # "said that work would be suspended and that no tanks would be sent": a second complement of
            # the same verb; the first one's verbs govern nothing of it
            # (", saying no such transfer had taken place and that …": with no "that" after the reporting verb, the
            # verb is the first complement's governor; an earlier "report that …" is another clause's)
            first = next((j for j in range(i - 1, -1, -1) if units[j].low == "that" and "COMP" in units[j].tags or
                          "REPORT" in units[j].tags and is_report_verb(units, j)), None)
            if first is not None and units[first].low == "that":
                i = first - 1
                continue
            if first is not None:
                i = first
                continue
            # 'said the cabinet had "chosen not to go ahead" and that no more tanks would be sent': the first
            # complement has no "that"; the reporting verb it hangs on governs the second one too
            verb = next((j for j in range(i - 1, -1, -1) if "REPORT" in units[j].tags and is_report_verb(units, j)),
                        None)
            if verb is not None:
                i = verb
                continue
        if "CONJ" in unit.tags:
            if _paired_supply_verbs(units, i):
                i -= 2  # "has never sold or donated arms": one object, one negation for both verbs
                while i >= 1 and units[i].low == "," and _paired_supply_verbs(units, i):
                    i -= 2  # "has not transferred, donated or sold any weapons": a longer series
                continue
            if _paired_modifiers(units, i, anchor):
                i -= 2  # "sell Morocco reconnaissance and armed drones": two modifiers of the one object
                continue
            if _coordinated_verbs(units, i) and frame.agent is None:
                first = _shared_governors(units, i)
                if first is not None:
                    i = first  # "will not follow Poland and send tanks": "will not" governs "send" too
                    continue
                frame.inherit = True
                question = _shared_question(units, i)
                if question is not None:
                    # "whether Cairo had received or would consider requests": the question that
                    # embeds the first verb embeds the second too; neither is a position
                    frame.ops.append(("QUESTION", question, level + 1))
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
        if tags & {"COMP", "QUESTION"} or (tags & {"REPORT"} and is_report_verb(units, i)):
            # An embedding clause: what governs it is one level up.
            if unit.low == "whether":
                _whether(units, i, frame, level)
            if "QUESTION" in unit.tags and _subject_question(units, i):
                frame.ops.append(("WHETHER", i, level + 1))  # "The question of whether … is being studied"
            elif "QUESTION" in unit.tags:
                frame.ops.append(("QUESTION", i, level + 1))
            elif "REPORT" in unit.tags:
                frame.ops.append(("REPORT", i, level + 1))
                if i + 1 < len(units) and units[i + 1].low in _WH_WORDS and \
                        any("NEG" in u.tags for u in units[max(0, i - 2):i]):
                    frame.no_comment = True  # "did not say how many launchers were included": no answer either way
            if unit.low == "that" and i >= 1 and units[i - 1].low in _CONCLUDING and concluded < 0:
                concluded = level + 1  # "a review had concluded that X could not …": no weighing any more
            if frame.agent is None and pending and level == 0:
                common = common_subject(units, i + 1, anchor)
                if common is not None:
                    frame.agent = common
                elif _reporter_in_relative(units, i):
                    pass  # "the equipment, which the ministry said included launchers": "which" is the subject
                elif _class_relative(units, i):
                    # "nations that keep arming Peru are to blame": a subjectless clause after
                    # a plural noun is a relative clause; its subject is that class of agents, no one tracked
                    frame.agent = Agent("other", "class-relative", i - 1)
                    return
                else:
                    governor_pending = True
            if "REPORT" in unit.tags and _participle_adjunct(units, i):
                # "rejected a report that …, saying no such transfer had taken place": the participle's subject is
                # the sentence's; the main clause's verbs are its siblings, they govern nothing in what it says
                main = main_subject(units)
                if main is not None and main.index < i - 1:
                    frame.speaker = frame.speaker or main
                    if frame.agent is None and level == 0:
                        frame.inherit = True
                    return
            level += 1
            pending = True
            i -= 1
            continue
        if unit.low == "since" and level == 0 and i > 0 and i + 1 < anchor and \
                ("DET" in units[i + 1].tags or units[i + 1].low.endswith("ing")):
            # "No weapons have been delivered since the decision to suspend deliveries": what the "since" phrase
            # dates the clause by happened before it, the story's background
            frame.background = True
            if frame.agent is None:
                frame.inherit = True
            return
        if unit.low == "as" and level == 0 and frame.agent is None and _as_clause_subject(units, i, anchor):
            # "…, a decision that may disappoint Kyiv as it seeks military help": the "as" clause has its own
            # subject; the verbs before "as" govern nothing in it
            frame.agent = np_class(units, i + 1)
            return
        if "HINDER" in tags and level == 0:
            frame.hypothetical = True  # "could complicate the sale of tanks": an effect on the supply, no position
            return
        if "SUB" in unit.tags or ("COND" in unit.tags and "PREP" not in unit.tags):
            _subordinate(unit, frame, level)
            if _dated_when(units, i):
                frame.background = True
            if _recent_after(units, i):
                frame.background = False  # "came a day after the US unveiled …": yesterday's news, no history
            if frame.agent is None:
                frame.inherit = True
            return
        if unit.low in ("as", "while") and frame.agent is None and level == 0 and units[i + 1].low in _EVENT_SUBJECTS:
            # "…, as fighting in neighbouring Myanmar sends shells across the border": an event is the subject
            frame.agent = Agent("other", "common-np", i + 1)
            return
        if "THERE" in unit.tags:
            frame.existential = frame.existential or (level == 0 and frame.agent is None)
            if level == 0 and i > 0 and units[i - 1].low in ("and", "but", ";") and units[anchor].obj:
                return  # "No TB2 has been delivered … and there is no such transfer": a clause of its own
            i -= 1
            continue
        if unit.low in ("to", "against") and _challenge_before(units, i) and not _infinitive_after(units, i):
            # "the court dismissed a challenge to the government's suspension of …": the court rules on
            # the challenge; the decision it leaves standing is the actor's.
            if frame.agent is not None and frame.agent.cls == "generic":
                frame.agent.how = "challenged"  # "the government's": the one sued, never the court
            _stop(units, frame, frame.agent is None and pending, i + 1, anchor)
            return
        if "TO" in tags and level == 0 and last_pred in (anchor, i + 1) and _purpose_object(units, i, anchor) and \
                not any(op in PREDICATES and i + 1 < k < anchor for op, k, _ in frame.ops):
            frame.ops = [o for o in frame.ops if o[1] != i + 1]
            return  # "demining machines to clear unexploded ordnance": the object of another verb, never supplied
        if (unit.low in COMMENT_VERBS or "COMMENT" in unit.tags) and (level == 0 and last_pred == anchor or
                                                                   level == 1 and units[i + 1].low == "whether"):
            # "did not address questions about arms exports", "did not address whether …": no position either way
            frame.no_comment = True
        if unit.low in ("discuss", "discussing", "answer") and i >= 2 and "TO" in units[i - 1].tags and \
                "REFU" in units[i - 2].tags:
            # "declined to discuss arms for Taiwan", "declined to answer questions about …": silence, like "declined
            # to comment"
            frame.no_comment = True
        if unit.low == "any" and i + 1 < len(units) and units[i + 1].tags & {"SUPN", "DECIDE", "COMMIT"} and \
                not _perfect_after(units, i + 1) and not _requirement_after(units, i + 1):
            frame.ops.append(("MODAL", i, level))  # "any deliveries would be …": not an actual one
        op = op_of(unit)
        if op == "RECV" and i >= 2 and "TO" in units[i - 1].tags and "PRESS" in units[i - 2].tags and \
                units[i - 2].low not in OWN_WISHES:
            # "a request to buy shells", "asked to purchase": a request for their sale ("expects to receive",
            # "hopes to buy": the subject's own wish to receive them)
            op = "SUP"
        if op == "RECV" and i >= 2 and (units[i - 1].low == "in" and units[i - 2].low in ("interest", "interested") or
                                        units[i - 1].low == "to" and _seeking_before(units, i - 1)):
            # "expressed interest in buying", "the chance to buy", "trying to buy": a wish or an attempt
            frame.ops.append(("PRESS", i - 2, level))
        if op == "RECV" and units[i].low.startswith("thank") and i + 1 < anchor and units[i + 1].ent:
            frame.ties.append(("from", units[i + 1].ent, i + 1))  # "thanked Argentina for the shells": their giver
        if op == "RECV" and _permitted_purchase(units, i):
            op = "SUP"  # "open to letting Turkey buy F-35s": permission to buy is a sale to the buyer
            frame.recipient = "target"
        if op == "SUP" and unit.low in _EQUIPPING and not frame.recipient and _owned_by_subject(units, i + 1):
            frame.recipient = "other"  # "plans to equip its own battery with CAESAR guns": it fits out its own
        if op == "HAD" and not is_perfect(units, i):
            op = None  # "had no plans": the verb "have", not a past perfect
        if op == "CHANGE" and (_subject_noun(units, i) or _worked_object(units, i, anchor)):
            op = None  # "The revision did not lift the ban": the change is the subject, not the predicate
        if op == "MODAL" and _approved_proposal(units, i) or op == "PRESS" and _granted_request(units, i):
            op = None  # "approved the possible sale", "approved Germany's request to pass": now decided
        if op == "HIST" and _dated_object_relative(units, i):
            op = None  # "is reviewing the hold placed last year": the date is the hold's, not the review's
        if op == "END" and _halted_goods_supplied(units, i):
            op = None  # "releasing a paused shipment": the halt describes the goods the verb hands over
        if op == "PRESS" and _ordered_supply(units, i):
            op = "COMMIT"  # "ordered the release of the bombs to Israel": the orderer's own decision
        if op == "REFU" and _rejects_claim(units, i):
            op = "DENY"  # "rejected an accusation that it had delivered …": a denial of what is claimed
        if op == "DENY" and _verdict_complement(units, i):
            op = None  # "rejected as groundless a report that …": one denial, read at the verb
        if op == "DENY" and _confirm_or_deny(units, i):
            frame.no_comment = True  # "neither confirm nor deny such reports": no position either way
            op = None
        if op in ("CONS", "PRESS") and 0 < concluded <= level:
            op = None  # "a review (ordered in May) concluded that …" is over: its finding is the position
        if op is not None:
            if op == "PRESS" and i + 1 < len(units) and "TO" in units[i + 1].tags and \
                    not (units[i].low in _APPLYING and i + 2 < len(units) and "DET" in units[i + 2].tags):
                # "wants to send": the subject's own intention ("an application to the agency" is addressed to it)
                op = "MODAL"
            to = _after_time_adverbial(units, i + 1)
            if op == "REFU" and to + 1 < len(units) and "TO" in units[to].tags and \
                    units[to + 1].tags & {"REPORT", "DIST"}:
                frame.no_comment = True  # "declined (on Tuesday) to say whether …": no position either way
            if op == "DECIDE" and _decides_on(units, i, anchor):
                frame.ops.append(("WHETHER", i + 1, level))  # "will decide on the request": whether to grant it
            if op == "NEG" and unit.low in ("neither", "not", "never"):
                # "will neither sell nor donate", "will not sell nor donate": the correlative "nor" repeats
                # this one negation over the second verb; it is no second negation.
                frame.ops = [o for o in frame.ops if not (o[0] == "NEG" and o[2] == level and units[o[1]].low == "nor")]
            frame.ops.append((op, i, level))
            if op in PREDICATES:
                last_pred = i
        i -= 1
    _stop(units, frame, frame.agent is None and (pending or governor_pending), 0, anchor)


_APPLYING = frozenset({"apply", "applies", "applied", "applying", "application", "applications"})
# Before "to" and a purchase verb, a wish or an attempt to buy: "the chance to buy", "trying to buy", "applied to buy"
_SEEKING_TO = frozenset({"chance", "opportunity", "try", "tries", "tried", "trying", "attempt", "attempts", "attempted",
                         "attempting", "struggling", "struggled", "apply", "applies", "applied", "applying"})


def _seeking_before(units: list[Unit], to: int) -> bool:
    """Is the "to" at `to` the infinitive of a wish or an attempt, perhaps past a time adverbial ("applied in the
    spring to purchase")?"""
    k = to - 1
    while k > 0 and to - k <= 4 and units[k].low not in _SEEKING_TO and \
            not (units[k].ent or units[k].obj or units[k].tags & (PREDICATES | {"COMMA", "HARD"})):
        k -= 1
    return k >= 0 and units[k].low in _SEEKING_TO




def _after_time_adverbial(units: list[Unit], k: int) -> int:
    """Where the verb's complement starts after a short time adverbial at k ("declined on Tuesday to say",
    "declined again to comment"); k itself when there is none."""
    j = k
    while j < len(units) and j - k < 3 and (units[j].low in TIME_WORDS or units[j].low in MONTH_NAMES or
                                            units[j].low in ("again", "repeatedly")):
        j += 1
    return j


def _decides_on(units: list[Unit], i: int, anchor: int) -> bool:
    """Is the non-past "decide" at `i` followed by "on / about" over the supply ("will decide on the
    request", "will meet to decide on pending applications to export arms to …")? A decision still to
    come is a weighing: whether to grant it, never the supply itself. So is a decision "how to answer" a request
    for the goods."""
    if i + 1 >= len(units) or units[i].low not in ("decide", "decides", "deciding"):
        return False
    if units[i + 1].low == "how":
        return any(units[k].low in REQUEST_NOUNS for k in range(i + 2, min(anchor, i + 8)))
    if units[i + 1].low not in ("on", "about"):
        return False
    if anchor == i + 3 and not units[anchor].obj:
        return True
    return any(op_of(units[k]) in ("SUP", "SUPN") for k in range(i + 2, anchor))


_EVENT_SUBJECTS = frozenset({"fighting", "shelling", "bombing", "clashes", "unrest", "war", "conflict"})


_AMOUNTS = frozenset({"euros", "dollars", "pounds", "yen", "won", "rupees", "reais", "francs", "kronor", "kroner", "zlotys",
                      "million", "billion", "millions", "billions", "percent", "tonnes", "tons"})


def _class_relative(units: list[Unit], that: int) -> bool:
    """Is "that" at `that` a relative pronoun after a common noun ("countries that keep sending arms",
    '"States that continue to arm …', "the coalition that sends …"), not a complementiser or a predicate
    noun ("Spain is one of the countries that …")? The caller has found no subject between "that" and
    the object."""
    if units[that].low != "that" or that < 1:
        return False
    noun, verb = units[that - 1], units[that + 1] if that + 1 < len(units) else None
    if noun.low in TIME_WORDS:
        return False  # "announced today that", "said last week that": a dated reporting verb, no class of agents
    if noun.low in _AMOUNTS:
        return False  # "a package worth 1.2 billion euros that includes …": the sum's noun, the package's relative
    plural = noun.low.endswith("s") and not noun.low.endswith(("ss", "us"))
    if noun.ent or noun.obj or noun.cap and that > 1 and "QUOTE" not in units[that - 2].tags or \
            not noun.low.isalpha() or noun.low.endswith("ed") or \
            not noun.tags <= ({"GENREC", "REPORT", "GENERIC"} if plural else {"GENREC", "GENERIC"}):
        return False  # "said that", "warned that": a verb
    if verb is None or verb.obj or verb.low.endswith("ing") or verb.tags & {"DET", "QUOTE"} or not verb.low.isalpha():
        return False  # "insists that arming Peru …": a gerund subject; the clause is a complement
    k = that - 2
    while k >= 0 and not units[k].ent and not units[k].obj and (
            "DET" in units[k].tags or not units[k].tags and units[k].low.isalnum() and
            units[k].low not in PASSIVE_BE):
        k -= 1  # "the", "Western", "many other", "G7"
    if k >= 0 and (units[k].ent or units[k].low in PASSIVE_BE or
                   units[k].tags & {"PRON", "GENERIC", "ROLE", "FIRSTP"}):
        return False  # "Ankara states that …": a verb after its subject; "are the states that …": a predicate
    if k >= 1 and units[k].low == "of" and units[k - 1].low in ("one", "some", "two", "three", "several", "many"):
        k -= 1
    if k >= 1 and units[k].low in ("among", "one", "some", "two", "three", "several", "many") and \
            (units[k - 1].low in PASSIVE_BE or units[k - 1].ent or
             units[k - 1].low == "not" and k >= 2 and units[k - 2].low in PASSIVE_BE):
        return False  # "Nigeria is among / one of the countries that have sent …": a predicate, the subject's
    return True


def _supply_verb_governs(units: list[Unit], left: int) -> bool:
    """Is there a supply verb to the left of `left` within the clause ("has supplied the bulk of …")?"""
    for k in range(left, max(-1, left - 6), -1):
        unit = units[k]
        if "SUP" in unit.tags:
            return True
        if unit.ent or unit.low in (",", ";", ":") or unit.tags & {"COMP", "SUB", "REL", "CONJ", "QUOTE"}:
            return False
    return False


# Subject pronouns after "and" open a new clause; they are never listed with the name before "and".
_SUBJECT_PRONOUNS = frozenset({"it", "we", "they", "he", "she"})


def _plain_addressee(units: list[Unit], end: int) -> int:
    """ "tells reporters Rome is …", "told the press Italy would …": the index of the telling verb when the words
    ending at `end` are a plain common noun it addresses (a clause with no "that" follows); -1 otherwise."""
    if end < 1 or units[end].tags or units[end].ent or units[end].obj or units[end].cap or \
            not units[end].low.isalpha():
        return -1
    k = end - 1
    while k >= 0 and end - k <= 2 and ("DET" in units[k].tags or not units[k].tags and not units[k].ent and
                                        not units[k].obj and not units[k].cap and units[k].low.isalpha()):
        k -= 1
    return k if k >= 0 and "ADDRESS" in units[k].tags else -1


# Words before "with" / "to" that make a preposition cite a ground: "in line with", "pursuant to".
_GROUND_HEADS = frozenset({"line", "accordance", "keeping", "consistent", "compliance", "conformity", "due", "owing",
                           "pursuant", "according", "because"})


def _cited_ground(units: list[Unit], left: int) -> bool:
    """Does the word at `left` cite what follows as a ground ("in line with", "under", "because of", "citing")?"""
    if left < 0:
        return False
    word = units[left].low
    if word in ("under", "per", "citing"):
        return True
    return word in ("with", "to", "of") and left >= 1 and units[left - 1].low in _GROUND_HEADS


def _cited_refusal(units: list[Unit], left: int, poss: int, frame: Frame) -> bool:
    """Is the possessor's noun after `poss` a policy ("current policy", "long-standing policy") whose content the
    walk has found negated, cited as a ground at `left`?"""
    k = poss + 1
    while k < len(units) and k - poss <= 3 and not units[k].tags and not units[k].ent and not units[k].obj:
        k += 1  # "current", "long-standing"
    return k < len(units) and "POLICY" in units[k].tags and _cited_ground(units, left) and \
        any(op == "NEG" and j > k for op, j, _ in frame.ops)


def _place_np(units: list[Unit], start: int, end: int, agent: Agent, frame: Frame, level: int, last_pred: int) -> int:
    """Decide what a noun phrase is to the claim: subject (-2), or skip it and go on."""
    if level == 0 and frame.agent is None and _participle_subject(units, end, last_pred):
        # "documents Russian military transport aircraft delivering air-defence components": they deliver; what
        # embeds the clause ("denied a report that imagery showed … delivering") still governs it
        frame.agent = agent
        return start - 1
    if agent.how == "origin" and units[end].how == "origin" and start > 0 and \
            (units[start - 1].tags & {"CONJ", "PREP"} or units[start - 1].low == ","):
        return start - 1  # "sections and other German-made components of …": a modifier in a conjunct
    left = start - 1
    while left >= 0 and "QUOTE" in units[left].tags:
        left -= 1
    k = left
    while k >= 0 and units[k].low in TIME_WORDS and left - k < 3:
        k -= 1
    if k != left and k >= 0 and "REPORT" in units[k].tags:
        left = k  # "said Friday it would …"
    right = end + 1
    if "POSSPRON" in units[end].tags and _cited_refusal(units, left, end, frame):
        if frame.agent is None and level == 0:
            frame.agent = agent
        return -1  # "rejected the requests under its policy of not supplying …": a refusal cited as a ground
    # A possessor of a predicate noun: "Seoul's decision", "Kyiv's requests".
    if right < len(units) and "POSS" in units[right].tags and right + 1 < len(units):
        head = units[right + 1]
        if _cited_refusal(units, left, right, frame):
            if frame.agent is None and level == 0:
                agent.how = "possessor"
                frame.agent = agent
            return -1  # "rejected \"in line with the government's current policy not to supply …\"": a refusal
            # cited as the ground of another act; the verb before it governs that act, not the policy's content
        if "PRESS" in head.tags or "DIST" in head.tags:
            if agent.cls == "target":
                frame.requester_target = True
            elif agent.cls == "other" and not frame.recipient and not any(u.ent == "target" for u in units):
                frame.recipient = "other"  # "declined Kyiv's request for …" in a sentence without the target
            return start - 1
        if head.obj and agent.cls == "generic" and left >= 0 and "OF" in units[left].tags:
            return start - 1  # "the release of part of the country's fleet": the owner of the goods, no agent
        if head.tags & (PREDICATES | {"MODAL", "POLICY"}) or head.obj:
            # The noun's owner is the agent; the walk goes on to what governs the noun
            # ("debating whether to relax the country's ban on …").
            # (but "Moscow has supplied the bulk of Vietnam's weapons": goods owned by a party and governed
            # by a supply verb of the clause are what that verb's subject hands over, not the owner's supply)
            if frame.agent is None and level == 0 and not (head.obj and _supply_verb_governs(units, left)):
                agent.how = "possessor"
                frame.agent = agent
            return start - 1
    if left >= 0 and units[left].low in ("neither", "no", "not") and \
            (left == 0 or units[left - 1].tags & {"COMP", "CONJ", "CONTRAST", "COMMA"}):
        frame.ops.append(("NEG", left, level))  # "Neither Seoul nor Tokyo has sent …"
        return -2
    if left >= 1 and units[left].ent and "ADDRESS" in units[left - 1].tags:
        return -2  # "has told Ukraine it cannot …": Ukraine is addressed, "it" is the subject
    if _plain_addressee(units, left) >= 0:
        return -2  # "tells reporters Rome is reviewing …": the clause after the one told opens with its subject
    if left >= 0 and "ADDRESS" in units[left].tags and agent.cls in ("actor", "other", "target"):
        frame.addressee = agent.cls  # the one a promise is made to
        return start - 1  # "told Ukraine on Friday that …": the addressee, not the speaker
    if _opener_ends(units, left) or _fronted_adverb(units, left):
        return -2  # "During the talks he pledged …": the subject right after an opening phrase
    if left >= 1 and units[left].low == "," and agent.cls in ("target", "other") and "SUP" in units[left - 1].tags:
        k = next((j for j in range(left - 1, max(-1, left - 8), -1) if units[j].low == ","), -1)
        if k > 0 and _shared_object_conjunct(units, k, left):
            # "has been supplying, and is supplying, Iran with missiles": the recipient of both verbs
            if agent.cls == "target":
                frame.recipient = frame.recipient or "target"
            else:
                frame.other_first_object = True
            return start - 1
    # A spaced "-" ends a dateline: "WASHINGTON, June 30 (Wire) - President Cole said that …".
    if left < 0 or units[left].tags & {"COMP", "SUB", "REL", "CONJ", "HARD", "CONTRAST", "QUESTION", "COND"} \
            or units[left].low in (",", "-") or ("REPORT" in units[left].tags and is_report_verb(units, left)):
        if left >= 1 and "CONJ" in units[left].tags and (units[left - 1].ent or units[left - 1].obj) and \
                units[start].low not in _SUBJECT_PRONOUNS and \
                not (object_of_preposition(units, left - 1) and finite_after(units, end)):
            # (but "… sent to Ukraine and Denmark has no plan …": a name after a preposition's object, with a
            # verb of its own, opens a clause)
            # (but "… to Ukraine and it is not sending any": a subject pronoun opens a clause of its own)
            return start - 1  # "Russia and North Korea": part of a longer phrase
        return -2
    prev = units[left]
    if "BY" in prev.tags and left >= 1 and "DIST" in units[left - 1].tags and not units[left - 1].low.endswith("ed"):
        return start - 1  # "a claim by the Russian embassy that …": the claimant, not the supplier
    if "BY" in prev.tags and _request_by(units, left):
        frame.ties.append(("from", agent.cls, start))  # "the request (made) by Russia for …": the one asking
        return start - 1
    if "BY" in prev.tags:
        frame.ties.append(("by", agent.cls, start))
        return start - 1
    if "FROM" in prev.tags:
        frame.ties.append(("from", agent.cls, start))
        if left >= 1 and "PRESS" in units[left - 1].tags and agent.cls == "other" and not frame.recipient and \
                not any(u.ent == "target" for u in units):
            frame.recipient = "other"  # "turned down a request from Kyiv for …" in a sentence without the target
        return start - 1
    if "FOR" in prev.tags and agent.cls in ("other", "target") and frame.agent is None and level == 0 and \
            end + 2 < len(units) and end + 1 <= last_pred and "TO" in units[end + 1].tags and "SUP" in units[end + 2].tags:
        # "arranged for Russia to deliver jets": the party after "for" is the infinitive's own subject, the
        # supplier; the one who arranged it neither supplies nor (as that party) receives
        agent.how = "controlled"
        frame.agent = agent
        frame.controlled_by = left
        return start - 1
    if "TO" in prev.tags and agent.cls == "actor" and left >= 1 and "SUP" in units[left - 1].tags and \
            not frame.recipient:
        frame.recipient = "other"  # "shells … shipped to Hungary for the Hungarian forces' K9s": the actor receives
    if prev.tags & {"TO", "FOR", "IN"}:
        return start - 1  # "aid to Ukraine and weapons to Poland": another phrase's recipient
    if "PREP" in prev.tags:
        return start - 1
    if prev.low in _OUTCOME_SEEING and frame.agent is None and level == 0 and end + 1 == last_pred and \
            "SUP" in units[last_pred].tags and not (left >= 1 and ("MODAL" in units[left - 1].tags or
                                                                  units[left - 1].low in ("would", "might"))):
        # "a deal that will see Finland transfer its guns": the bare infinitive's subject does the supplying;
        # the deal or plan that "sees" it names the occasion, not the supplier ("could see …": a guess)
        agent.how = "controlled"
        frame.agent = agent
        frame.controlled_by = left
        return start - 1
    # Object of a verb. Followed by "to"/"against"/"from" + our verb: it is that verb's agent.
    follower = end + 1
    while follower < len(units) and (units[follower].tags & {"ADV", "NEG"} or (
            "POSSPRON" in units[end].tags and not units[follower].tags and units[follower].low.isalpha())):
        follower += 1  # "asked his team to …"
    if agent.cls == "target" and _permitted_purchase(units, follower + ("TO" in units[follower].tags)
                                                     if follower < len(units) else follower):
        return start - 1  # "allow Turkey to buy F-35s": the buyer is the recipient; the permitter sells
    controls = follower < len(units) and ("TO" in units[follower].tags or units[follower].low in ("against", "from"))
    if controls and frame.agent is None and level == 0 and follower <= last_pred:
        agent.how = "controlled"
        frame.agent = agent
        frame.controlled_by = left  # the verb that controls it: "blocked", "urged", "allowed"
        return start - 1
    if agent.cls == "other" and frame.agent is None and level == 0 and _owned_supply(units, end, last_pred):
        agent.how = "owner"  # "has not blocked EU funding for arms deliveries": the supply is the EU's
        frame.agent = agent
        return start - 1
    if prev.tags & {"SUP"} and agent.cls in ("target", "other"):
        # "sent Russia shells", "supply Kyiv with": the recipient.
        if agent.cls == "target":
            frame.recipient = frame.recipient or "target"
        else:
            frame.other_first_object = True  # unless "to Ukraine" follows ("transfer Type 03 missiles to …")
    return start - 1


_OWNED_HEAD_TAGS = frozenset({"COMMIT", "DECIDE", "POLICY", "SUPN"})


def _owned_supply(units: list[Unit], end: int, last_pred: int) -> bool:
    """ "EU funding for arms deliveries", "NATO plans for weapons": another party's noun right after
    its name, whose "for"/"of" phrase holds the object; the supply is that party's. Requests are
    left out: "rejected NATO requests for arms" asks the subject itself."""
    head, prep = end + 1, end + 2
    if prep >= len(units) - 1 or last_pred > end + 5 or not units[prep].tags & {"FOR", "OF"}:
        return False
    noun = units[head]
    if noun.ent or noun.obj or not noun.low.isalpha() or (noun.tags and not noun.tags <= _OWNED_HEAD_TAGS):
        return False
    obj = next((k for k in range(prep + 1, min(prep + 4, len(units))) if units[k].obj), None)
    return obj is not None and not any(u.ent or u.tags & PREDICATES for u in units[prep + 1:obj])


def _challenge_before(units: list[Unit], to: int) -> bool:
    """Is "to"/"against" at `to` the complement of a challenge noun, also past its "by" phrase: "a
    challenge by Hyundai Rotem to the government's suspension", "an appeal by the firm against …"?"""
    k = to - 1
    while k > 0 and to - k <= 4 and units[k].low != "by" and not units[k].obj and \
            not units[k].tags & (PREDICATES | {"COMMA", "HARD", "REPORT"}):
        k -= 1  # "by Hyundai Rotem", "by a defence firm": who brought the challenge
    if units[k].low != "by":
        k = to  # no "by" phrase: the noun is right before "to"
    return k >= 1 and units[k - 1].low in LEGAL_CHALLENGES


# Light verbs that carry a supply of their object: "get shells to Kyiv", "make jets available".
_CARRYING_VERBS = frozenset({"get", "bring", "make", "put", "take", "move", "fly", "truck", "airlift"})
# "the means to shoot down the drones": what destroys weapons in combat is itself a weapon, so the
# supply stands (read over the object named); detecting or clearing them is not.
_COMBAT_VERBS = frozenset({"shoot", "intercept", "destroy", "down", "defeat", "kill", "strike", "hit"})


def _purpose_object(units: list[Unit], to: int, anchor: int) -> bool:
    """ "machines to clear unexploded ordnance", "radars to Armenia to detect drones": the object is the
    object of an infinitive of purpose hanging on a noun (or the recipient) before "to", whose verb is no
    verb of supplying; what supplies that noun supplies something else. A verb before "to" ("agreed to
    clear the sale") keeps its complement."""
    verb = to + 1
    if verb >= anchor or to < 1 or anchor - verb > 8:
        return False
    v, before = units[verb], units[to - 1]
    if v.ent or v.obj or v.cap or not v.low.isalpha() or v.low.endswith("ly") or \
            v.low in _CARRYING_VERBS | _COMBAT_VERBS or (v.tags and not v.tags <= {"COMMIT"}):
        return False
    if not (before.ent or before.obj or before.tags <= {"NONWEAPON"} and before.low.isalpha() and
            not before.low.endswith("ed")):
        return False  # "agreed to clear", "tried to get": a verb's own complement
    # the object anywhere in the infinitive's clause: "generators to power hospitals hit by missiles"
    return not any(u.tags & {"COMMA", "HARD", "QUOTE", "COMP", "REL", "SUB"} for u in units[verb + 1:anchor])


def _infinitive_after(units: list[Unit], to: int) -> bool:
    """ "appeals to reverse the pause": a request to act, not a legal challenge to a decision."""
    nxt = units[to + 1] if to + 1 < len(units) else None
    return nxt is not None and op_of(nxt) is not None and not nxt.low.endswith(("s", "ion"))


def _proposal_subject(units: list[Unit]) -> bool:
    """Does the sentence open on a proposal ("The proposal, drafted by the ministry, …")?"""
    k = after_dateline(units)
    k += k < len(units) and units[k].low == "the"
    return k < len(units) and units[k].low in _PROPOSALS


def _inserted_condition(units: list[Unit], comma: int) -> int | None:
    """The modal before ", if …," when the comma at `comma` closes such a condition set off between a modal and
    its verb ("will, if parliament agrees, send")."""
    opening = next((k for k in range(comma - 2, max(0, comma - 8), -1) if units[k].low == ","), None)
    if opening is None or opening < 1 or units[opening + 1].low not in ("if", "unless", "provided") or \
            not units[opening - 1].tags & {"MODAL", "FUT", "AUX"}:
        return None
    return opening - 1


def _list_head(units: list[Unit], comma: int) -> int:
    """The last word before ", including …" over adverbs of manner: "the requests again, very seriously,"."""
    k = comma - 1
    while k >= 1 and ("ADV" in units[k].tags or units[k].low in (",", "very")):
        k -= 1
    return k


# What may close an appositive that names one member of a weapon class: "…, the X or anything else".
_APPOSITIVE_END = frozenset({"or", "and", ",", ".", ";"})


def _negated_quantifier(units: list[Unit], start: int, end: int) -> bool:
    """Are the words from start to end a negated quantifier ("not one", "not a single", "no")?"""
    words = [u.low for u in units[start:end]]
    return bool(words) and words[0] in ("not", "no") and len(words) <= 3 and \
        all(w in ("not", "no", "one", "a", "single") for w in words)


def _first_negated_member(units: list[Unit], comma: int, anchor: int) -> int:
    """ "not one tank, not one shell": where the first of two negated members starts, when the anchor is
    the second; -1 otherwise. The list is one noun phrase under one negation, each member repeating it."""
    if not _negated_quantifier(units, comma + 1, anchor) or comma < 2 or not units[comma - 1].obj:
        return -1
    for start in range(comma - 2, max(-1, comma - 5), -1):
        if _negated_quantifier(units, start, comma - 1):
            return start
    return -1


def _appositive_member(units: list[Unit], comma: int, anchor: int) -> bool:
    """ "We have not sent missiles to Moscow, the X or anything else": the object in apposition right
    after a weapon class that the clause supplies (over "to" and its recipient) is a member of that
    class, as after ", including"; "sent tanks to Kyiv, the X arrived later" is a clause of its own."""
    if any("DET" not in units[k].tags for k in range(comma + 1, anchor)):
        return False
    after = units[anchor + 1] if anchor + 1 < len(units) else None
    if after is not None and after.low not in _APPOSITIVE_END and "QUOTE" not in after.tags:
        return False
    head = comma - 1
    if head >= 2 and units[head].ent and "TO" in units[head - 1].tags:
        head -= 2
    return head >= 0 and units[head].low in WEAPON_NOUNS and _listed_supply(units, comma)


def _supply_gerund_member(units: list[Unit], including: int) -> bool:
    """ "might have to consider going beyond humanitarian help, including supplying arms": an act listed as a
    member of an act before the comma; what governs that act (the weighing) governs the member too."""
    member = units[including + 1] if including + 1 < len(units) else None
    head = _list_head(units, including - 1)
    return member is not None and "SUP" in member.tags and member.low.endswith("ing") and \
        any(units[k].low.endswith("ing") and not units[k].tags & {"SUP", "SUPN"} for k in range(max(0, head - 4), head))


def _supply_means_member(units: list[Unit], including: int) -> bool:
    """ "weighing how best to strengthen Yemen's forces, including through the supply of weapons": a supply
    listed as one means of the act before the comma; what governs that act governs the means."""
    if including + 2 >= len(units) or units[including + 1].low not in ("through", "by", "via"):
        return False
    return any(units[k].tags & {"SUP", "SUPN"} for k in range(including + 2, min(len(units), including + 5)))


def _listed_supply(units: list[Unit], comma: int) -> bool:
    """Does the clause before ", including" supply something, with nothing else governing its list
    ("is delivering the agreed equipment to Riyadh, including …"; not "since the suspension of …")?
    A supply or request noun right before the comma (or before adverbs of manner) heads the list itself:
    "resuming some shipments, including …", "weighing the requests again, very seriously, including …"."""
    head = _list_head(units, comma)
    if head >= 2 and units[head].ent and units[head - 1].tags & {"TO", "FOR"} and "SUPN" in units[head - 2].tags:
        head -= 2  # "Deliveries to Russia, including …": the supply noun before its recipient heads the list
    if head >= 0 and not units[head].obj and ("SUPN" in units[head].tags or "PRESS" in units[head].tags and head >= 1
                                              and (units[head - 1].ent or units[head - 1].tags & {"DET", "POSS"})):
        return True
    for k in range(comma - 1, max(-1, comma - 15), -1):  # (over "from the stocks of the … Forces")
        tags = units[k].tags
        if "SUP" in tags and ("SUPN" not in tags or k >= 1 and "TO" in units[k - 1].tags):
            return True  # ("decided to supply": after "to", a noun-or-verb form is the verb)
        if "SUPN" in tags and units[k + 1].low == "of" and _verb_object(units, k) and \
                any(u.obj for u in units[k + 2:comma]):
            return True  # "approved the transfer of military equipment, including …" (not "of funds"): its goods
        if tags & (PREDICATES - {"COMMIT", "SUPN"}) or tags & {"NEG", "HARD", "COMMA", "SUB", "REL", "COMP"} or \
                units[k].obj and units[k].obj != "weak":
            return False  # (a general noun, "military equipment", is the list's head: its members name it)
    return False


def _verb_object(units: list[Unit], noun: int) -> bool:
    """Is the noun at `noun` the object of a verb ("approved the transfer"), not of a preposition ("control
    over the export")?"""
    k = noun - 1 if noun < 1 or not units[noun - 1].tags & {"DET", "POSS"} else noun - 2
    return k >= 0 and bool(units[k].tags & PREDICATES)


def _first_of_joined_quotes(units: list[Unit], left: int) -> int:
    """At `left`, the "and" in '"…" and "…"': the index of the first quotation's opening mark, else -1."""
    if units[left].low not in ("and", "or") or left < 2 or "QUOTE" not in units[left - 1].tags:
        return -1
    return next((k for k in range(left - 2, -1, -1) if "QUOTE" in units[k].tags), -1)


_HAPPENED = frozenset({"happened", "occurred", "place"})


def _never_happened(units: list[Unit], colon: int) -> bool:
    """Before a colon: "something that had never happened", "an event that did not take place"."""
    return colon >= 2 and units[colon - 1].low in _HAPPENED and \
        any("NEG" in u.tags for u in units[max(0, colon - 4):colon - 1])


def _cross(units: list[Unit], left: int, frame: Frame, level: int) -> tuple[int, int] | None:
    """After a clause's subject: continue into the clause that embeds it, if any."""
    if left < 0:
        return None
    if left >= 1 and "HIST" in units[left].tags and "SUB" not in units[left].tags and "COMP" in units[left - 1].tags:
        frame.ops.append(("HIST", left, level))  # "recalls that in the late 2000s officials were clear that …": dated
        left -= 1
    if left >= 1 and units[left].ent and "ADDRESS" in units[left - 1].tags:
        left -= 1  # over the addressee to "told"
    elif (telling := _plain_addressee(units, left)) >= 0:
        left = telling  # over "reporters", "the press" to "tells"
    if units[left].low == "and" and left >= 1 and units[left - 1].low in ("he", "she", "they", "we", "i"):
        left -= 2  # "whether she and the chancellor agreed …": a pronoun joined to the subject is part of it
        if left < 0:
            return None
    opening = _first_of_joined_quotes(units, left)
    if opening > 0 and "DIST" in units[opening - 1].tags:
        return opening - 1, level  # 'claim "Hanoi ships missiles" and "Hanoi arms Manila"': both are what is claimed
    if opening > 0 and "REPORT" in units[opening - 1].tags:
        left = opening - 1  # 'said "…" and "…"': both quotations are what was said
    unit = units[left]
    if unit.low == ":" and _never_happened(units, left):
        frame.ops.append(("NEG", left, level))  # "something that had never happened: an Indonesian ship delivering …"
        return None
    if unit.low == ":" and left >= 2 and units[left - 1].tags & {"REPORT", "DIST"} and \
            "QUOTE" not in units[left + 1].tags and not units[left - 2].tags & {"AUX", "MODAL", "HAS", "HAD"}:
        # "A rumour says: the Americans are about to send …", "I have it from good sources: …": what is said
        # (a quotation after the colon has its speaker read with the quotation's own rules; "the story we should
        # have told: …" introduces the writer's own statement)
        said = left - 1
        if "REPORT" in units[said].tags and is_report_verb(units, said):
            frame.ops.append(("REPORT", said, level + 1))
            return said - 1, level + 1
        return said, level + 1
    if unit.tags & {"COMP", "QUESTION"} or ("REPORT" in unit.tags and is_report_verb(units, left)):
        conj = next((j for j in range(left - 2, max(0, left - 8), -1) if units[j].low in ("and", "or")), -1)
        if unit.low == "that" and units[left - 1].low == "," and conj > 0 and _joined_that(units, conj):
            left = conj + 1  # "claimed that …, and, in another version, that …": the second "that" joins the first
        if unit.low == "whether":
            _whether(units, left, frame, level)
        if "QUESTION" in unit.tags and _subject_question(units, left):
            frame.ops.append(("WHETHER", left, level + 1))  # "The question of whether X should …" as a subject
        elif "QUESTION" in unit.tags:
            frame.ops.append(("QUESTION", left, level + 1))
        elif "REPORT" in unit.tags:
            frame.ops.append(("REPORT", left, level + 1))
            claim = _claim_subject_joined(units, left)
            if claim >= 0:
                frame.ops.append(("DIST", claim, level + 1))
        elif "DEONT" in unit.tags:
            frame.ops.append(("DEONT", left, level + 1))  # "It is time Pakistan sold …": advice
        return left - 1, level + 1
    if "REL" in unit.tags and left >= 2 and "PREP" in units[left - 1].tags:
        return _plan_content(units, left - 2, frame, level)
    if "SUB" in unit.tags or "COND" in unit.tags:
        _subordinate(unit, frame, level)
        if _dated_when(units, left):
            frame.background = True
        if _recent_after(units, left):
            frame.background = False  # "came a day after the US unveiled …": yesterday's news, no history
        return None
    if unit.low == "," and level == 0:
        skip = _skip_parenthetical(units, left, frame)
        if skip is not None:
            return _cross(units, skip, frame, level)
        condition = _embedded_condition(units, left)
        if condition is not None:
            # "said that if fighting continued, Bangkok might have to …": the condition set inside the report
            frame.ops.append(("COND_CONS", condition, level))
            return _cross(units, condition - 1, frame, level)
    # Time adverbials between a reporting verb and its clause: "said on Thursday that …"
    k = left
    while k >= 0 and (not units[k].tags or units[k].tags & {"PREP", "DET", "ADV"}) and not units[k].ent \
            and left - k < 4:
        k -= 1
    if k >= 0 and k != left and "REPORT" in units[k].tags and is_report_verb(units, k):
        frame.ops.append(("REPORT", k, level + 1))
        return k - 1, level + 1
    return None


def _joined_that(units: list[Unit], conj: int) -> bool:
    """Does a "that" clause follow the "and" at `conj`, right after it or after a short prepositional phrase set
    off by commas ("…, and, in another version, that …")?"""
    k = conj + 1
    if k + 1 < len(units) and units[k].low == "," and "PREP" in units[k + 1].tags:
        k += 1
        while k < len(units) and units[k].low != "," and k - conj <= 6:
            if units[k].tags & PREDICATES or units[k].obj or units[k].ent:
                return False
            k += 1
        k += 1
    return k < len(units) and units[k].low == "that" and "COMP" in units[k].tags


def _between_adjectives(units: list[Unit], comma: int) -> bool:
    """ "send a second, larger batch of PAC-3s": a comma between a determiner's two adjectives is
    inside one noun phrase, not a clause boundary."""
    if comma < 2 or comma + 2 >= len(units):
        return False
    before, after = units[comma - 1], units[comma + 1]
    plain = before.tags <= {"DET"} and not after.tags and not before.ent and not after.ent and \
        before.low.isalpha() and after.low.isalpha() and not before.cap and not after.cap  # "second" is a DET
    return plain and "DET" in units[comma - 2].tags


# What one may do to a plan that decides its content: weigh, reject, drop or approve it.
_PLAN_VERDICTS = frozenset({"CONS", "REFU", "END", "COMMIT"})
# Signing a binding instrument commits its parties to what it says ("a memorandum" or "a plan" binds no one).
_SIGNING = frozenset({"signed", "sign", "signs", "signing", "concluded"})
_BINDING_NOUNS = frozenset({"contract", "contracts", "agreement", "deal", "treaty"})
def _signed_instrument(units: list[Unit], noun: int) -> int | None:
    """The verb of "signed a contract (on Monday) under which …": signing a binding instrument makes its
    content a decision; the index of "signed", or None."""
    while noun > 0 and units[noun].low in TIME_WORDS:
        noun -= 1  # "a contract on Monday"
    if units[noun].low not in _BINDING_NOUNS:
        return None
    for k in range(noun - 1, max(noun - 5, -1), -1):
        if units[k].low in _SIGNING:
            return k
        if not (units[k].tags <= {"DET", "ADV"} or units[k].ent):
            return None
    return None


# verbs that end a weighing in a finding: "the review concluded / found / determined that …"
_CONCLUDING = frozenset("concluded concludes found finds determined determines decided decides".split())


def _plan_content(units: list[Unit], noun: int, frame: Frame, level: int,
                  anchor: int = -1) -> tuple[int, int] | None:
    """ "a proposal under which Greece would hand …": the clause is the content of a plan, so the
    verb on the plan decides ("is examining a proposal under which …" weighs the supply); a plan
    merely described ("floated a plan under which …") is no position. A plan that is the subject
    ("A plan under which … is being studied") takes the verb after its content clause."""
    k = noun - 1
    while k >= 0 and noun - k <= 3 and (units[k].tags <= {"DET", "ADV", "QUOTE"} or bool(units[k].ent)):
        k -= 1  # "an American proposal", "the new plan", 'will look at "the conditions under which …
    verdict = units[k].tags & _PLAN_VERDICTS if k >= 0 else frozenset()
    signed = _signed_instrument(units, noun)
    if not verdict and signed is not None:
        k, verdict = signed, frozenset({"COMMIT"})  # "signed a contract under which X will deliver …": decided
    if not verdict and anchor >= 0 and _opens_clause(units, k):
        main = _verdict_after_content(units, anchor)
        if main is not None:
            # the verdict first, then the negation or modal over it: "is not being considered"
            frame.ops += [(op_of(units[j]) or "NEG", j, level + (1 if n == 0 else 1.1)) for n, j in enumerate(main)]
            if k >= 0 and units[k].tags & {"COMP", "REPORT"}:
                return k, level + 1  # "said that a plan under which … is being studied": the speaker above
            return None
    if not verdict and units[noun + 1].low == "under" and _told_as_done(units, noun + 2):
        return None  # "an arrangement under which Pretoria continues to supply …": a practice, not a plan
    if not verdict and units[noun].low in _CONDITION_NOUNS and units[noun + 1].low == "under":
        # "has set out a condition under which Iron Dome could be made available": the one who sets it opens
        # the option on that condition (whoever is named inside the condition, the one who sets it decides)
        frame.ops.append(("COND_CONS", noun, level))
        setter = main_subject(units)
        if setter is not None and setter.index < noun:
            frame.agent = Agent(setter.cls, "governor", setter.index)  # it governs the condition's clause
            return None
        return k - 1 if k >= 0 and "DET" in units[k].tags else k, level
    if not verdict or "SUP" in units[k].tags:
        frame.hypothetical = True
        return None
    frame.ops.append((min(verdict), k, level + 1))
    return k - 1, level + 1


_GOING_ON = frozenset({"continue", "continues", "continued", "keep", "keeps", "kept"})
_CONDITION_NOUNS = frozenset({"condition", "conditions", "circumstances"})


def _told_as_done(units: list[Unit], rel: int) -> bool:
    """Does the content clause after "under which" tell what is being or has been done ("continues to
    supply", "have been handed over", "had flowed") rather than what a plan would do ("would send")?"""
    for unit in units[rel + 1:rel + 9]:
        if unit.low == "," or unit.tags & {"MODAL", "FUT", "COND", "REL", "COMP", "SUB"}:
            return False
        if unit.tags & {"HAS", "HAD"} or unit.low in _GOING_ON:
            return True
    return False


def _reported_above(units: list[Unit], start: int) -> bool:
    """Is the noun phrase starting at `start` the subject of a "that" clause under a reporting verb
    ("… said (that) Japan is weighing …")?"""
    k = start - 1
    if k >= 0 and units[k].low == "that":
        k -= 1
    return k >= 0 and "REPORT" in units[k].tags and is_report_verb(units, k)


_DO_FORMS = frozenset({"do", "does", "did", "done", "doing"})


_RAISING_CONJ = frozenset({"and", "or", "nor"})


def _raised_object(units: list[Unit], comma: int) -> bool:
    """ "had not authorised, and was not authorising, any export of arms": a comma closing a coordinated
    verb set off by commas, right before their shared object, is inside the clause, not its end."""
    verb = comma - 1
    if verb < 1 or not units[verb].tags & PREDICATES or units[verb].obj or "SUPN" in units[verb].tags and \
            not units[verb].low.endswith(("ing", "ed")):
        return False
    k = verb - 1
    while k >= 0 and units[k].tags & {"AUX", "NEG", "ADV", "MODAL", "FUT", "HAD", "HAS"} and verb - k <= 4:
        k -= 1
    return k >= 2 and units[k].low in _RAISING_CONJ and units[k - 1].low == "," and \
        (bool(units[k - 2].tags & PREDICATES) and not units[k - 2].obj or _plain_verb_group(units, k - 2))


def _plain_verb_group(units: list[Unit], end: int) -> bool:
    """ "does not carry out", "did not make": a verb the lexicon does not know (with a particle) right after
    its auxiliary or negation, the first of two verbs sharing an object."""
    start = end - 1 if end >= 1 and units[end].low in ("out", "up") else end
    return start >= 1 and not units[start].tags and units[start].low.isalpha() and not units[start].cap and \
        bool(units[start - 1].tags & {"AUX", "NEG", "MODAL", "FUT"})


def _cleft_comma(units: list[Unit], comma: int) -> int | None:
    """In a pseudo-cleft ("What we have not done, and will not do, is send …") a comma before the "is" that
    links the "what" clause to its verb is inside that clause: the first comma after "What", whose
    subject and negation govern the verb (a repeated ", and will not do," restates the same negation)."""
    if comma + 1 >= len(units) or units[comma + 1].low not in ("is", "was"):
        return None
    # (the clause may open the sentence or follow a colon: "Let me be precise: what we have not sent, …")
    lead = next((j + 1 for j in range(comma - 1, -1, -1) if units[j].low == ":"), 0)
    while lead < comma and "QUOTE" in units[lead].tags:
        lead += 1
    # (its verb is "do" over the verb after "is", or the supply verb itself: "what we have not sent, and
    # what we are not going to send, is weapons")
    if units[lead].low != "what" or not any(u.low in _DO_FORMS or "SUP" in u.tags for u in units[lead + 1:comma]):
        return None
    return next(j for j in range(lead + 1, comma + 1) if units[j].low == ",")


def _opens_clause(units: list[Unit], k: int) -> bool:
    """Is `k` (the unit before a noun phrase) the start of the sentence, a dateline or a "that"?"""
    return k < 0 or units[k].low in (",", "that") or bool(units[k].tags & {"COMP", "HARD", "QUOTE"}) or \
        dateline_dash(units, k)


def _verdict_after_content(units: list[Unit], anchor: int) -> list[int] | None:
    """The main verb after a plan's content clause ("… would be handed to Ukraine | is being studied"): a
    new auxiliary group after the clause's own verb, with the weighing / refusing / approving verb it
    carries and the negations and modals in it. None when the sentence has none."""
    k = anchor + 1
    while k < len(units) and not units[k].tags & {"AUX", "MODAL", "FUT", "HAS", "SUP"}:
        if units[k].tags & {"HARD", "QMARK"} or units[k].low == ",":
            return None
        k += 1
    while k < len(units) and units[k].tags & {"AUX", "MODAL", "FUT", "HAS", "NEG", "ADV", "SUP"}:
        k += 1  # the content clause's own verb group
    for j in range(k, min(len(units), k + 8)):
        unit = units[j]
        if unit.tags & {"HARD", "QMARK", "REL"} or unit.low in (",", "that"):
            return None
        if unit.tags & {"AUX", "HAS", "MODAL", "FUT"} and not units[j - 1].tags & {"AUX", "MODAL", "FUT", "HAS"}:
            found = [j2 for j2 in range(j, min(len(units), j + 5)) if op_of(units[j2]) in ("NEG", "MODAL")]
            m = j
            while m < len(units) and units[m].tags & {"AUX", "MODAL", "FUT", "HAS", "NEG", "ADV"}:
                m += 1
            if m < len(units) and units[m].tags & (_PLAN_VERDICTS | {"REFU", "END"}) and "SUP" not in units[m].tags:
                return [m] + [f for f in found if f < m]
            return None
    return None


def _subject_question(units: list[Unit], i: int) -> bool:
    """ "The question of whether China should arm Russia is on the table": the noun "question" opening the
    sentence is its subject, an open question like "Whether …"; its own predicate decides (weighed, dropped),
    not a reporter asking."""
    noun = units[i].low.split()[:2]
    return len(noun) == 2 and noun[0] in ("question", "questions") and noun[1] in ("of", "about", "on", "over") \
        and all(u.tags & {"DET", "QUOTE"} for u in units[:i])


def _whether(units: list[Unit], i: int, frame: Frame, level: int) -> None:
    frame.ops.append(("WHETHER", i, level + 1))
    asked = _coordinated_question(units, i)
    if asked is not None:
        frame.ops.append(("QUESTION", asked, level + 1))
    if i >= 2 and "NEG" in units[i - 2].tags and "REPORT" in units[i - 1].tags:
        frame.no_comment = True  # "did not say whether …", like "declined to say whether …"
    elif i >= 2 and "NEG" in units[i - 1].tags and units[i - 2].low in BE_FORMS:
        # "The question is not whether X can send …": the negation denies that the embedded question is
        # the issue; it says nothing about the supply either way
        frame.no_comment = True


_WH_WORDS = frozenset({"how", "which", "what", "when", "where"})


def _coordinated_question(units: list[Unit], i: int) -> int | None:
    """ "was asked whether X could send …, or whether Y might …": a "whether" joined by "or"/"and" to one that
    a question embeds is asked too; the question's index."""
    k = i - 1
    if k >= 0 and units[k].low in ("or", "and"):
        k -= 1
    if k == i - 1 or k < 0:
        return None
    for j in range(k - 1, -1, -1):
        if "QUESTION" in units[j].tags:
            return j
        if units[j].tags & {"HARD", "CONTRAST"} or units[j].low in (";", ":") or "REPORT" in units[j].tags:
            return None
    return None


def _dated_when(units: list[Unit], i: int) -> bool:
    """ "since last June, when a sale … was called off", "in 2023, when …", "as it did in 2022 when …", "a shift from
    February, when …": a past time the clause describes."""
    if units[i].low != "when" or i < 2:
        return False
    if units[i - 1].low != ",":
        year = units[i - 1].low
        return year.isdigit() and len(year) == 4 and units[i - 2].low == "in"
    before = units[i - 2].low
    if (before.isdigit() and len(before) == 4) or before == "ago":
        return True
    # ("a shift from February, when …", "a contrast with June, when …": a month left behind)
    return before in MONTH_NAMES | {"year", "month", "week"} and i >= 3 and units[i - 3].low in ("last", "since") or \
        before in MONTH_NAMES and i >= 3 and units[i - 3].low in ("from", "with", "in", "since", "until", "than")


# Lags that keep an "after" clause in the news: "a day after", "hours after", "shortly after".
_RECENT_LAGS = frozenset({"day", "days", "hour", "hours", "minutes", "moments", "shortly"})


def _recent_after(units: list[Unit], i: int) -> bool:
    """ "The announcement came a day after the United States unveiled …": an "after" clause a day or hours
    before the news is part of it, not the story's background ("years after", "after the 2022 invasion" are)."""
    if units[i].low != "after" or i < 1 or units[i - 1].low not in _RECENT_LAGS:
        return False
    # a bare plural lag counts too: "said on Tuesday, hours after the cabinet approved …"
    return units[i - 1].low in ("shortly", "hours", "minutes", "moments") or \
        i >= 2 and units[i - 2].low in ("a", "one", "two", "the", "few", "hours", "just", "only", "mere")


def _subordinate(unit: Unit, frame: Frame, level: int) -> None:
    """A subordinator above the anchor: "if …" makes it hypothetical, "after …" the story's background."""
    if "COND" in unit.tags and "HIST" not in unit.tags:
        if level == 0 or frame.agent is not None:
            frame.hypothetical = True  # "if Seoul sends weapons": not a position
    elif "HIST" in unit.tags or unit.low in ("after", "before", "following"):
        frame.background = True


_BARE_ENDINGS = ("s", "ed", "ing")


def _as_clause_subject(units: list[Unit], as_: int, anchor: int) -> bool:
    """Does "as" at `as_` open a clause: a pronoun or a name, then a verb, before the anchor ("as it seeks …")?"""
    if as_ + 2 >= anchor:
        return False
    subject, verb = units[as_ + 1], units[as_ + 2]
    # (not "as they are", a copula closing a comparison; "as Hanoi keeps up a flow of arms" is a clause)
    return bool("PRON" in subject.tags or subject.ent) and bool(verb.tags & (PREDICATES | {"REPORT", "ASPECT"}))


def _reporter_in_relative(units: list[Unit], verb: int) -> bool:
    """ "which the ministry said included …": the reporting verb's subject right after a relative pronoun, so the
    clause it reports has that pronoun, not the reporter, as its subject."""
    k = verb - 1
    while k >= 0 and verb - k <= 5 and (units[k].tags & {"DET", "GENERIC", "ROLE"} or units[k].ent) and \
            not units[k].tags & {"REL"}:
        k -= 1
    return k >= 0 and k < verb - 1 and units[k].low in ("which", "that") and "REL" in units[k].tags


def _participle_adjunct(units: list[Unit], verb: int) -> bool:
    """Is the reporting verb at `verb` a participle opening an adjunct after a comma (", saying …")?"""
    return units[verb].low.endswith("ing") and verb >= 1 and units[verb - 1].low == ","


def _done_before_colon(units: list[Unit], colon: int) -> int:
    """ "should do one thing: sell weapons", "must do what it has avoided: send arms", "should move quickly:
    transfer the batteries": a bare supply verb right after a colon names the thing the clause before it says is
    (to be) done. The index of that "do" (or of the word before the colon, after "should"), or -1."""
    verb = units[colon + 1] if colon + 1 < len(units) else None
    if verb is None or "SUP" not in verb.tags or verb.low.endswith(_BARE_ENDINGS):
        return -1
    for k in range(colon - 1, max(-1, colon - 16), -1):
        if units[k].low == "do":
            return k
        if units[k].low in ("should", "must") and k < colon - 1:
            return colon - 1
        if units[k].tags & _BOUNDARY_TAGS or units[k].low in (",", ";"):
            return -1
    return -1


def _stop(units: list[Unit], frame: Frame, subjectless: bool, start: int = 0, end: int = 0) -> None:
    """The walk ends: a clause without a subject of ours has a common one, or takes the sentence's."""
    if subjectless:
        common = common_subject(units, start, end)
        if common is not None:
            frame.agent = common
        else:
            frame.inherit = True


def _appositive_before_verb(units: list[Unit], comma: int) -> bool:
    """ "…'s foreign minister, Ana Rojas, told …": the comma closes a name in apposition to a
    title, right before the reporting verb the walk crossed; the name is the verb's subject."""
    if comma + 1 >= len(units) or "REPORT" not in units[comma + 1].tags:
        return False
    k = comma - 1
    while k >= 0 and units[k].low != "," and comma - k <= 5:
        k -= 1
    return k >= 1 and units[k].low == "," and units[k + 1].ent and comma - k <= 4 and \
        bool(units[k - 1].tags & {"ROLE", "GENERIC"})


def _owned_title_end(units: list[Unit], comma: int) -> int | None:
    """For ", Antoine Ravel," closed at `comma`: when the name is no party the stance knows and the title before
    it has an owner named among the actor's or target's ("the French ambassador"), the title's last word."""
    opening = comma - 1
    while opening > 0 and units[opening].low != ",":
        opening -= 1
    name = units[opening + 1]
    if name.ent != "other" or name.how != "name" or opening < 2:
        return None
    start = opening  # back over the title's words: "the French (defence) ambassador"
    while start > 0 and opening - start < 4 and (units[start - 1].tags & {"ROLE", "GENERIC", "ENT", "POSS"} or
                                                 not units[start - 1].tags):
        start -= 1
    owned = any(u.ent in ("actor", "target") and u.how in ("adj", "possessor", "name") for u in units[start:opening])
    return opening - 1 if owned else None


def _adjunct_before_that(units: list[Unit], comma: int) -> int | None:
    """ "claim, without offering new evidence, that …", "said, speaking in Oslo, that …": an adjunct
    between commas after a reporting verb leaves "that" its complement, as "is weighing, together with
    its allies, whether …" leaves a verb of weighing its "whether". Returns the verb's index."""
    if comma + 1 >= len(units) or units[comma + 1].low not in ("that", "whether") or "COMP" not in units[comma + 1].tags:
        return None
    k = comma - 1
    while k >= 0 and units[k].low != "," and comma - k <= 12:
        if units[k].obj or units[k].tags & {"QUOTE", "COMP"}:
            return None
        k -= 1
    if k < 1 or units[k].low != "," or k == comma - 1:
        return None
    verb = k - 1
    while verb > 0 and k - verb <= 4 and (units[verb].low in TIME_WORDS or units[verb].low.isdigit() or
                                          units[verb].low in ("over", "at", "the", "during", "late", "early")):
        verb -= 1  # "reported on Wednesday (over the weekend), citing unnamed sources, that …": the date after the verb
    if units[comma + 1].low == "whether":
        return verb if units[verb].tags & {"CONS", "DECIDE"} else None
    reports = "REPORT" in units[verb].tags and is_report_verb(units, verb) or "DIST" in units[verb].tags
    return verb if reports else None


_INITIATIVE = frozenset({"PRESS"})  # "at the request of …", "at Moscow's urging"
_PREDICATES_AFTER_AT = PREDICATES - _INITIATIVE


# Adjuncts of setting between a speaker and its reporting verb ("X, in a statement, said …").
_SETTING_OPENERS = frozenset({"during", "on", "in", "at", "after", "speaking"})

# Connectives that stand alone between commas inside a clause ("X does not, however, send …").
_CONNECTIVE_ADVERBS = frozenset({"however", "though", "nevertheless", "nonetheless", "moreover", "furthermore",
                                 "therefore", "too"})


def _embedded_condition(units: list[Unit], comma: int) -> int | None:
    """Where an "if" / "unless" clause closed by this comma opens, right after "that" or a reporting verb."""
    for k in range(comma - 1, max(-1, comma - 16), -1):
        if units[k].low in ("if", "unless"):
            before = units[k - 1] if k > 0 else None
            return k if before is not None and (before.low == "that" or "REPORT" in before.tags) else None
        if units[k].tags & {"HARD", "COMMA", "QUOTE"}:
            return None
    return None


def _skip_parenthetical(units: list[Unit], comma: int, frame: Frame) -> int | None:
    """Commas around "officials said", "however", an appositive name or a relative clause."""
    k = comma - 1
    while k >= 0 and units[k].low != "," and comma - k <= 30:
        k -= 1
    if k < 0 or units[k].low != ",":
        return None
    inner = units[k + 1:comma]
    if not inner:
        return None
    if _shared_object_conjunct(units, k, comma):
        return comma - 1  # "has not supplied, and does not supply, arms": the nearer verb governs the object
    if _free_participle(units, k, comma):
        return None
    if "REL" in inner[0].tags or (len(inner) <= 4 and (any("REPORT" in u.tags for u in inner) or
                                                     all(u.tags & {"ADV"} for u in inner))):
        return k - 1
    if len(inner) == 1 and inner[0].low in _CONNECTIVE_ADVERBS:
        return k - 1  # "does not, however, send": a sentence adverb between commas leaves the verb group whole
    if len(inner) <= 4 and inner[0].ent and k - 1 >= 0 and units[k - 1].tags & {"ROLE", "GENERIC"}:
        return k - 1  # "its national security adviser, Chang Ho-jin, said"
    if inner[0].low in _LISTING_OPENERS and len(inner) <= 8 and any("PRESS" in u.tags for u in units[max(0, k - 5):k]):
        return k - 1  # "call on all partners, including our Turkish friends, to refrain from …": the ones urged
    if inner[0].low in ("during", "on", "in", "at", "after", "speaking", "together", "jointly", "alongside", "along") \
            and len(inner) <= 12 and not any(u.tags & (_PREDICATES_AFTER_AT if inner[0].low == "at" else PREDICATES)
                                             or u.obj for u in inner):
        # (after "at" a request says on whose initiative: "is studying, at the request of the Russian side, …")
        return k - 1  # "Putin, during a trip to Vietnam on Friday, warned …", "is weighing, together with …, whether"
    if (inner[0].low == "with" or [u.low for u in inner[:2]] == ["complete", "with"]) and len(inner) <= 8 and \
            not any(u.tags & PREDICATES for u in inner):
        return k - 1  # "the transfer of a corvette, complete with its guns, together with …": what the goods come with
    return None


# Words opening a list set off by commas after the ones it names: ", including our Turkish friends,"
_LISTING_OPENERS = frozenset({"including", "especially", "notably", "particularly"})

_VERB_GROUP = frozenset({"AUX", "FUT", "MODAL", "NEG", "HAS", "HAD", "ASPECT", "ADV"})


def _free_participle(units: list[Unit], k: int, comma: int) -> bool:
    """ "decided not to send tanks, Scholz said, ending deliveries …": a participle after the reporting
    clause opens a free adjunct whose subject is the whole event before it, so nothing before the
    parenthetical governs it. (After an auxiliary the verb group goes on: "is, officials said, sending".)"""
    nxt = units[comma + 1] if comma + 1 < len(units) else None
    if nxt is None or not nxt.low.split()[0].endswith("ing") or not nxt.tags & PREDICATES:
        return False  # (", turning down …": a phrasal verb is one unit)
    before = units[k - 1] if k >= 1 else None
    return before is None or not (before.tags & _VERB_GROUP or before.low in ("is", "are", "was", "were", "be", "been"))


def _shared_object_conjunct(units: list[Unit], k: int, comma: int) -> bool:
    """ "has not supplied, and does not supply, arms", "has sent, and will send, shells": two supply verbs
    before one object, the second set off by commas; the object after them is both verbs' object."""
    inner = units[k + 1:comma]
    if len(inner) < 3 or inner[0].low not in ("and", "or", "but", "nor") or "SUP" not in inner[-1].tags:
        return False  # (a verb after its auxiliary: "does not supply" is no noun)
    if not all(u.tags & {"AUX", "FUT", "MODAL", "NEG", "HAS", "ADV", "ASPECT", "TO"} for u in inner[1:-1]):
        return False
    return k >= 1 and "SUP" in units[k - 1].tags and "SUPN" not in units[k - 1].tags


def _coordinated_verbs(units: list[Unit], conj: int) -> bool:
    """ "… and will send", "… and debated": a second verb sharing the first one's subject."""
    nxt = units[conj + 1] if conj + 1 < len(units) else None
    if nxt is None or _compound_adjective(nxt) and not (conj + 2 < len(units) and _phrase_opener(units[conj + 2])):
        return False
    return bool(nxt.tags & (PREDICATES | {"AUX", "MODAL", "NEG", "ADV", "REPORT", "HAS", "HAD", "ASPECT"})) or \
        nxt.low.endswith("ed") or nxt.low.endswith("ing")


# Verb prefixes a hyphen may split off ("re-armed", "co-funded"): the word is still a verb.
_VERB_PREFIXES = frozenset({"re", "co", "pre", "de", "over", "under", "out", "cross"})


def _compound_adjective(unit: Unit) -> bool:
    """ "shoulder-fired and vehicle-mounted missiles": an untagged noun-participle compound is a modifier of
    the noun after it, never a second verb after "and" ("re-armed" keeps its verb prefix)."""
    head, _, rest = unit.low.partition("-")
    return bool(rest) and not unit.tags and head.isalpha() and head not in _VERB_PREFIXES


def _phrase_opener(unit: Unit) -> bool:
    """A determiner, pronoun or name opens a noun phrase: the hyphenated word before it is a verb with its
    object ("and fast-tracked the delivery"), not a modifier."""
    return bool(unit.tags & {"DET", "POSSPRON", "PRON"}) or bool(unit.ent)


# Words before a verb that a bare verb coordinated with it shares: "will not follow … and send".
# A deontic "should / ought to" is shared too: "ought to sign a contract … and ship the shells" is advice.
_VERB_GOVERNORS = frozenset({"AUX", "MODAL", "NEG", "FUT", "TO", "HAS", "HAD", "DEONT"})


def _shared_governors(units: list[Unit], conj: int) -> int | None:
    """ "Germany will not follow Poland and send tanks", "refused to bow to pressure and send": a bare
    verb right after "and" shares the auxiliaries, negation and "to" of the verb before it. Returns
    the index of the last such word before the first verb, where the walk goes on; None when the
    second verb has its own ("… and will send") or no such verb is near."""
    second = units[conj + 1]
    if second.low.endswith("ing") and not second.tags & _VERB_GOVERNORS:
        return _shared_gerund_head(units, conj)
    if second.tags & _VERB_GOVERNORS or second.low.endswith("ing"):
        return None
    # "… and sent tanks" after "rejected calls to halt exports": a past form is a verb of its own,
    # unless a perfect or passive auxiliary is what both share ("has not followed … and sent").
    participle = second.low.endswith("ed") or second.low in IRREGULAR_PARTICIPLES
    for k in range(conj - 1, max(conj - 12, 0), -1):  # a first verb with a long object ("… in its own name")
        unit = units[k]
        if "CONJ" in unit.tags and units[k - 1].ent and units[k + 1].ent:
            continue  # "follow the Netherlands and Denmark and send": names joined inside the object
        if unit.low in (",", ";") or unit.tags & {"CONJ", "COMP", "REL", "SUB", "HARD", "CONTRAST"}:
            return None
        if units[k - 1].tags & _VERB_GOVERNORS and not units[k - 1].tags >= {"NEG", "PREP"} and \
                not unit.tags & _VERB_GOVERNORS and not unit.ent:  # ("strikes against his fighters and …")
            j = k - 1
            while j > 0 and units[j - 1].tags & (_VERB_GOVERNORS | {"ADV"}):
                j -= 1
            if participle and not any(u.tags & {"HAS", "HAD"} or u.low in PASSIVE_BE for u in units[j:k]):
                return None
            return k - 1
    return None


def _shared_gerund_head(units: list[Unit], conj: int) -> int | None:
    """ "accused Cairo of bombing his forces and supplying the army", "denied training officers and supplying
    rifles": a gerund after "and" shares what governs the gerund before it; the walk goes on from there."""
    for k in range(conj - 1, max(conj - 10, 1), -1):
        if units[k].low in (",", ";") or units[k].tags & {"CONJ", "COMP", "REL", "SUB", "HARD", "CONTRAST"}:
            return None
        if units[k].low.endswith("ing") and (units[k - 1].low in ("of", "for", "about") or
                                             units[k - 1].tags & (PREDICATES | {"REPORT", "DIST", "DOUBT"})):
            return k - 1  # ("is considering training officers and supplying rifles": the verb governs both)
    return None


def _series_verb(units: list[Unit], comma: int) -> bool:
    """A bare supply verb after a comma, in a series of verbs that "and" or "or" closes later on ("approve the
    sale, ship the guns and explain …")."""
    verb = units[comma + 1] if comma + 1 < len(units) else None
    return verb is not None and "SUP" in verb.tags and "SUPN" not in verb.tags and \
        not verb.low.endswith(("ing", "ed")) and any(u.low in ("and", "or", "nor") for u in units[comma + 2:])


def _shared_question(units: list[Unit], conj: int) -> int | None:
    """The question word ("whether", "Asked if") that opens the clause of the verb before `conj`, when
    nothing but that clause's subject and verb lies between them."""
    for k in range(conj - 1, max(conj - 10, -1), -1):
        tags = units[k].tags
        if "QUESTION" in tags or units[k].low == "whether":  # ("Whether we go further and send weapons is …")
            return k
        if units[k].low in (",", ";") or tags & {"CONJ", "COMP", "REL", "SUB", "HARD", "CONTRAST", "COND"}:
            return None
    return None


def _paired_supply_verbs(units: list[Unit], conj: int) -> bool:
    """ "sold or donated", "sell and deliver": two bare supply verbs sharing the object after them."""
    if conj < 1 or conj + 1 >= len(units):
        return False
    before, after = units[conj - 1], units[conj + 1]
    return "SUP" in before.tags and "SUP" in after.tags and not (before.tags | after.tags) & {"SUPN"} \
        and not before.obj and not after.obj


_CLAIM_ENDINGS = ("tion", "tions", "report", "reports", "claim", "claims")  # accusation, allegation


def _claim_subject_joined(units: list[Unit], verb: int) -> int:
    """ "The report, aired on Friday, showed images of launchers and said they were …": a reporting verb joined by
    "and" to an earlier verb of a sentence whose subject is a report or claim says what the report claims. The
    claim noun's index, or -1."""
    if verb < 3 or units[verb - 1].low != "and":
        return -1
    head = 1 if "DET" in units[0].tags else 0
    if head >= verb - 2 or "DIST" not in units[head].tags or not units[head].low.endswith(_CLAIM_ENDINGS):
        return -1
    between = units[head + 1:verb - 1]
    if any(u.tags & {"SUB", "COMP", "HARD", "QUOTE", "REPORT"} for u in between):
        return -1
    return head


def _rejects_claim(units: list[Unit], i: int) -> bool:
    """ "rejected an accusation", "rejects the reports": a refusal verb whose object is someone's claim."""
    k = _after_as_verdict(units, i + 1)  # "rejected as groundless an allegation that …"
    while k < len(units) and ("DET" in units[k].tags or units[k].ent and k + 1 < len(units) and
                              "DIST" in units[k + 1].tags):
        k += 1  # "a new US allegation": the claimant's name modifies the claim noun
    return k < len(units) and "DIST" in units[k].tags and units[k].low.endswith(_CLAIM_ENDINGS)


def _after_as_verdict(units: list[Unit], k: int) -> int:
    """Past a verdict complement "as (\"groundless\")" right after a rejecting verb; else `k` itself."""
    if k >= len(units) or units[k].low != "as":
        return k
    j = k + 1
    while j < len(units) and ("QUOTE" in units[j].tags or _degree_adverb(units[j])):
        j += 1
    if j >= len(units) or "DENY" not in units[j].tags:
        return k
    j += 1
    while j < len(units) and "QUOTE" in units[j].tags:
        j += 1
    return j


def _verdict_complement(units: list[Unit], i: int) -> bool:
    """Is the denial word at `i` the "as" complement of a rejecting verb ("rejected / dismissed as
    groundless a report that …")? The verb and its verdict make one denial."""
    j = i - 1
    while j >= 0 and ("QUOTE" in units[j].tags or _degree_adverb(units[j])):
        j -= 1  # "rejected as \"categorically false\"": quotes and a degree adverb leave the verdict one
    return j >= 1 and units[j].low == "as" and bool(units[j - 1].tags & {"REFU", "DENY"}) and \
        _after_as_verdict(units, j) > i


def _degree_adverb(unit: Unit) -> bool:
    """A plain "-ly" adverb ("categorically", "completely") with no role of its own."""
    return unit.low.endswith("ly") and len(unit.low) > 4 and not unit.ent and not unit.tags - {"ADV"}


def _confirm_or_deny(units: list[Unit], i: int) -> bool:
    """Is the denial word at `i` the second half of "(neither) confirm nor deny" / "(would not) confirm or
    deny"? Declining both is withholding an answer, no denial."""
    return i >= 2 and units[i - 1].low in ("or", "nor") and \
        units[i - 2].low in ("confirm", "confirms", "confirmed", "confirming")


def _approved_proposal(units: list[Unit], i: int) -> bool:
    """ "has approved the possible sale", "approved a potential $8 billion sale": the adjective names
    what was proposed; the approval decides it."""
    if i < 2 or "DET" not in units[i - 1].tags or "COMMIT" not in units[i - 2].tags:
        return False
    for unit in units[i + 1:i + 5]:
        if "SUPN" in unit.tags:
            return True
        if unit.tags or unit.ent or unit.obj:
            return False  # only a price or a count between: "$8 billion", "two-year"
    return False


def _granted_request(units: list[Unit], i: int) -> bool:
    """ "approved Germany's request to pass the rounds to Ukraine": a request noun that is the object
    of an approving verb was granted; the request no longer stands between the actor and the supply."""
    if units[i].low not in ("request", "requests"):
        return False
    k = i - 1
    while k >= 0 and i - k <= 4 and (units[k].ent or units[k].tags & {"DET", "POSS", "POSSPRON"} or not units[k].tags):
        k -= 1
    return k >= 0 and "COMMIT" in units[k].tags and units[k].low.endswith("ed")


# Nouns naming the goods' handing over, which an order by their holder sets going.
_HANDOVER_NOUNS = frozenset({"release", "delivery", "deliveries", "shipment", "shipments", "transfer", "dispatch"})


def _ordered_supply(units: list[Unit], i: int) -> bool:
    """ "ordered the release of the bombs": an order whose object is the handing over of the goods is a
    decision to hand them over, unlike an order for goods ("ordered 40 tanks") or for others to act."""
    if units[i].low not in ("order", "orders", "ordered") or i + 3 >= len(units) or units[i + 1].low != "the":
        return False
    return units[i + 2].low in _HANDOVER_NOUNS and units[i + 3].low in ("of", "to")


def _dated_object_relative(units: list[Unit], i: int) -> bool:
    """Is the past date at i that of a reduced relative on a verb's object ("reviewing the hold placed last
    year on …")? The object's noun, its determiner and the verb before them leave no finite verb to date."""
    if i < 4 or not (units[i - 1].low.endswith("ed") or units[i - 1].low in IRREGULAR_PARTICIPLES):
        return False
    noun = units[i - 2]
    return not units[i - 1].tags and not noun.tags and not noun.cap and noun.low.isalpha() and \
        "DET" in units[i - 3].tags and op_of(units[i - 4]) in PREDICATES


def _halted_goods_supplied(units: list[Unit], i: int) -> bool:
    """Is the halting word at i an attributive participle ("a paused shipment", "the frozen tanks") on goods
    that a supply verb right before takes as its object? It tells what became of them before that verb."""
    word = units[i].low
    if not word.endswith(("ed", "en")) or i < 2 or i + 1 >= len(units):  # "paused", "frozen"
        return False
    goods = units[i + 1].obj or "SUPN" in units[i + 1].tags
    return bool(goods) and "DET" in units[i - 1].tags and "SUP" in units[i - 2].tags


def _subject_noun(units: list[Unit], i: int) -> bool:
    """Is the noun at i a clause's subject: "the revision did …", "this shift has …"?"""
    if i == 0 or "DET" not in units[i - 1].tags or i + 1 >= len(units):
        return False
    return bool(units[i + 1].tags & {"AUX", "NEG", "HAS", "HAD", "FUT", "MODAL"})


def _worked_object(units: list[Unit], verb: int, anchor: int) -> bool:
    """Is the object the direct object of a verb of changing ("will refit Polish howitzers")? Work
    done on the weapons themselves (a repair, a refit) changes no policy on supplying them."""
    if units[verb].low.endswith("s") and verb > 0 and "DET" in units[verb - 1].tags:
        return False  # "a policy shift", "the changes": a noun
    if anchor + 1 < len(units) and "SUPN" in units[anchor + 1].tags:
        return False  # "rethink arms deliveries": the supply itself is what changes
    return anchor - verb <= 4 and all(
        not (u.tags - {"DET", "POSS", "POSSPRON", "ADV", "ENT"}) and not u.obj and u.low.isalpha()
        for u in units[verb + 1:anchor])


def _fronted_adverb(units: list[Unit], left: int) -> bool:
    """ '…: "At this stage Latvia does not intend …"', "Meanwhile Riga said …": adverbs opening the clause
    (the sentence, a quotation or the part after a colon) stand before its subject."""
    k = left
    while k >= 0 and units[k].tags and units[k].tags <= {"ADV"}:
        k -= 1
    if k == left:
        return False
    while k >= 0 and "QUOTE" in units[k].tags:
        k -= 1
    return k < 0 or "HARD" in units[k].tags


def _opener_ends(units: list[Unit], left: int) -> bool:
    """Does a sentence-opening prepositional phrase without a comma end at `left`?
    ("During the talks", "After the meeting"): only nouns and determiners after the preposition."""
    lead = after_opening_quotes(units)  # '"In that case we would …"': the quotation opens on the phrase
    opener = units[lead] if lead < len(units) else None
    if left < lead + 1 or opener is None or opener.tags & {"TO", "OF", "BY", "FROM"} or \
            not ("PREP" in opener.tags or opener.low in _TIME_OPENERS):
        return False
    return all((not u.ent or "PREP" in units[k - 1].tags) and not u.obj and (u.low.isalpha() or u.ent) and
               (not u.tags & {"AUX", "MODAL", "NEG", "REPORT", "COMP", "REL", "PRON", "SUP", "REFU", "HAS", "HAD"}
                or _demonstrative(units, k))
               for k, u in enumerate(units[lead + 1:left + 1], start=lead + 1))


def _demonstrative(units: list[Unit], k: int) -> bool:
    """ "In that case", "After that meeting": "that" between a preposition and its noun is a determiner."""
    return units[k].low == "that" and "PREP" in units[k - 1].tags and k + 1 < len(units) and \
        not units[k + 1].tags and units[k + 1].low.isalpha()


_REQUIRING = frozenset({"require", "requires", "need", "needs", "subject"})


def _requirement_after(units: list[Unit], noun: int) -> bool:
    """ "Any export of arms requires government approval", "any sale is subject to a licence": a rule
    that every such supply must meet, stated in the present; it supposes no supply (unlike "any
    deliveries would be …")."""
    for unit in units[noun + 1:noun + 8]:
        if unit.tags & {"FUT", "MODAL", "HARD", "COMMA", "COND"}:
            return False
        if unit.low in _REQUIRING:
            return True
    return False


def _perfect_after(units: list[Unit], noun: int) -> bool:
    """ "any exports had gone to allies": the noun's verb is a perfect, so "any" ranges over what
    actually happened (all of it went elsewhere); it supposes nothing."""
    for unit in units[noun + 1:noun + 8]:
        if unit.tags & {"FUT", "MODAL", "HARD", "COMMA"}:
            return False
        if unit.tags & {"HAS", "HAD"}:
            return True
    return False


_REQUESTS = frozenset({"request", "requests", "plea", "pleas", "appeal", "appeals", "demand", "demands"})


def _request_by(units: list[Unit], by: int) -> bool:
    """ "the request by Russia", "a request made / submitted / sent by Kyiv": a "by" phrase on a request noun,
    straight or through its participle, names who asks (like "from"), never the agent of the clause's verb."""
    k = by - 1
    if k >= 1 and units[k].low in _MAKING_REQUEST:
        k -= 1  # (not "the request rejected / granted by Tokyo": that "by" is who answers it)
    return k >= 0 and units[k].low in _REQUESTS


_MAKING_REQUEST = frozenset({"made", "submitted", "filed", "lodged", "sent", "presented", "issued", "raised",
                             "tabled", "addressed", "voiced", "renewed", "repeated", "reiterated"})

