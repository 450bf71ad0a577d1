"""What one sentence says about each mention of the object, as far as a stance needs it.

`SentenceGrammar` reads the sentence-wide facts once (`sentence_facts`); then, for each anchor
(a mention of the object), it walks left to the words that govern it, its subject and the
clauses embedding it (`left_walk`), reads the object's own phrase (`object_phrases`) and what
follows it (`right_context`). `polarity.fold` turns the operators found into a state, and the
conclusion checks who acts and speaks (`agents`), when (`tense`), what and to whom.
"""

from __future__ import annotations

import re
from copy import deepcopy
from dataclasses import replace

from monitor.detect.agents import (
    after_dateline,
    Agent,
    continued_reporter,
    continued_speaker,
    directing_actor,
    directs_own_role,
    orders_weighing,
    foreign_official,
    leading_condition_end,
    office_owner,
    own_directive,
    placed_owner,
    share_subjects_advice,
    permitting_actor,
    pronoun_actor_speaker,
    quoted_speaker,
    relative_reporter,
    reporting_subject,
    resolve_agent,
    speaker_class,
)
from monitor.detect.demonyms import COUNTRY_WORDS, PARTY_WORDS
from monitor.detect.frame import Frame
from monitor.detect.left_walk import before_time_phrase, walk_left
from monitor.detect.lexicon import DEPARTURES_FROM, HALT_NOUNS, OWN_WISHES, PASSIVE_BE, PERMIT, TRADE_NOUNS
from monitor.detect.object_phrases import (
    ANAPHORIC_OBJECTS,
    DENIED_NOUNS,
    MATTER_NOUNS,
    antecedent_recipient,
    any_supply_noun,
    appended_inclusion,
    arrives_at_target,
    completed_supply,
    continued_supply,
    decision_of_topic_noun,
    decision_topic,
    ellipsis_verb,
    evaluative_tail,
    extraposed_evaluation,
    fronted_supply,
    generic_predicate,
    hard_to,
    held_line,
    held_noun,
    judged_supply,
    linked_supply_topic,
    measured_supply,
    nominal_subject,
    object_modifiers,
    ongoing_supply,
    overseen_supply,
    owned_supply_noun,
    requested_by_target,
    requested_object,
    required_approval,
    supply_as_subject,
    supposed_object,
    table_idiom,
    target_list,
    target_request_infinitive,
    topic_gerund,
    topic_phrase,
    trade_figure,
    unchanged_position,
    weighed_choice,
)
from monitor.detect.polarity import (
    NONE,
    PREDICATES,
    RECONSIDER,
    REFRAINS,
    SUPPLIES,
    Claim,
    fold,
    lifted_halt,
    op_of,
    outer_report,
    rejected_by_others,
    rule_name,
    unchanged_policy,
    unclear_whether,
    unhalted,
    unruled_change,
)
from monitor.detect.right_context import (
    excepted_delivery,
    lapsing_refusal,
    modal_relative_supply,
    named_relative_delivery,
    passive_right,
    read_right,
    relative_supply,
    weighed_purchase,
    weighed_whether,
)
from monitor.detect.sentence_facts import (
    argued_view,
    leading_attribution,
    leading_outsider,
    main_subject,
    media_report,
    trailing_doubt,
    trailing_speaker,
    quoted_attribution,
    truth_condition,
    unowned_state_media,
)
from monitor.detect.tagging import REGION_WORDS, Unit, after_opening_quotes
from monitor.detect.tense import (
    IRREGULAR_PARTICIPLES,
    dated_report_before,
    reported_delivery,
    finished_review,
    is_background,
    is_future,
    supply_ended,
    restated_policy,
    standing_policy,
    predicative_would,
    unreported_would,
)


# Verbs of holding back goods one owns: their direct object is what is not supplied.
_WITHHOLDING = frozenset({"withhold", "withholds", "withheld", "withholding", "keep", "keeps", "kept", "keeping"})


_INCLUDING = frozenset({"includes", "included", "include", "consists of", "consisted of", "comprises", "comprised"})
_PACKAGE_NOUNS = frozenset({"package", "tranche", "consignment", "shipment"})


# What a country holds rather than hands over: "the combat fleet consists of Hornets"
_HOLDINGS = frozenset({"fleet", "fleets", "arsenal", "arsenals", "inventory", "inventories", "stockpile", "stockpiles",
                       "army", "forces", "force", "navy", "squadron", "squadrons", "equipment"})
_LISTING_VERBS = frozenset({"consists of", "consisted of", "comprises", "comprised"})


# People a unit brings along: "arrived with engineers and helicopters".
_PERSONNEL = frozenset({"engineers", "troops", "soldiers", "crews", "crew", "personnel", "teams", "marines", "sailors",
                        "doctors", "medics", "instructors", "pilots"})


def _arrived_with_crews(units: list[Unit], anchor: int) -> bool:
    """Does the goods' arrival come "with" people ("HMAS Canberra later arrived off Dili with engineers and
    helicopters", "the frigate arrived off Odesa with engineers")? A unit arriving with its people and equipment
    is deployed; it keeps them."""
    arrive = next((k for k in range(max(0, anchor - 6), min(len(units), anchor + 5)) if "ARRIVE" in units[k].tags),
                  None)
    if arrive is None:
        return False
    with_at = next((k for k in range(arrive + 1, min(len(units), arrive + 6)) if units[k].low == "with"), None)
    if with_at is None or with_at > anchor and (units[anchor].low not in _WARSHIPS or
                                                any(u.tags & {"HARD", "SUB", "COMMA"} for u in units[anchor:with_at])):
        return False  # (cargo that arrives "with a team of instructors" is delivered; a warship keeps its crew)
    members = units[with_at + 1:]
    end = next((j for j, u in enumerate(members) if u.tags & {"HARD", "SUB", "REL", "COMP"} or u.low == ";"),
               len(members))
    return any(u.low in _PERSONNEL for u in members[:end])


# Verbs of having and using a weapon: "the CV90s it already operates".
_HOLDING_VERBS = frozenset({"operates", "operate", "operated", "owns", "own", "owned", "fields", "field", "flies",
                            "fly", "uses", "use"})


def _operated_already(units: list[Unit], anchor: int) -> bool:
    """Is the object followed by a relative clause saying someone already has it ("support for the 44 CV90s it
    already operates", "the F-16s that Norway flies"), or by "(already) in (Polish) service"? What a party
    operates is not what it is given."""
    k = anchor + 1
    if k < len(units) and units[k].low == "already":
        k += 1
    if k + 1 < len(units) and units[k].low == "in" and (units[k + 1].low == "service" or units[k + 1].ent and
                                                         k + 2 < len(units) and units[k + 2].low == "service"):
        return True  # "for the TB2s already in Polish service"
    if k < len(units) and units[k].low in ("that", "which"):
        k += 1
    if k >= len(units) or not (units[k].ent or "PRON" in units[k].tags):
        return False
    k += 1
    while k < len(units) and units[k].tags & {"ADV", "AUX", "HAS"}:
        k += 1
    return k < len(units) and units[k].low in _HOLDING_VERBS


def _holdings_listed(units: list[Unit], ops: list[tuple[str, int, float]]) -> bool:
    """ "Finland's combat fleet consists of F/A-18 Hornets": a listing verb whose subject is a force or stock
    tells what the country has, no supply."""
    verb = next((i for op, i, level in ops if op == "SUP" and level == 0), None)
    if verb is None or units[verb].low not in _LISTING_VERBS:
        return False
    return any(unit.low in _HOLDINGS for unit in units[max(0, verb - 4):verb])


def _contents_of_package(units: list[Unit], anchor: int) -> bool:
    """ "… decided on a new package of support to Ukraine. The package includes Archer howitzers": a
    definite package noun as the subject of "includes" before the object is the package the party the
    story is about just gave; what it holds is supplied by that party."""
    verb = next((j for j in range(anchor - 1, -1, -1) if units[j].low in _INCLUDING), None)
    if verb is None or any(u.tags & {"NEG", "MODAL", "COND", "SUB"} or u.ent for u in units[:verb]):
        return False
    head = next((j for j in range(verb - 1, -1, -1) if units[j].low in _PACKAGE_NOUNS), None)
    return head is not None and head > 0 and units[head - 1].low in ("the", "this", "new") and \
        all(u.tags <= {"ADV"} for u in units[head + 1:verb]) and \
        not any(u.ent or u.tags & {"NEG", "COMMA"} for u in units[verb + 1:anchor])


def _withheld_object(units: list[Unit], anchor: int) -> bool:
    """ "justify withholding the tanks", "is keeping the tanks in port": the object named before, as the
    direct object of a withholding verb tagged as a refusal, is the supply refused."""
    j = anchor - 1
    while j >= 0 and units[j].tags & {"DET", "POSSPRON"}:
        j -= 1
    return j >= 0 and "REFU" in units[j].tags and units[j].low.split()[0] in _WITHHOLDING


# Warships change hands by being transferred, handed over, sold or donated; "sent", "deployed" or "contributed" (to
# an operation) they sail somewhere with their own crews ("sent a destroyer to Manila to join a naval review").
_WARSHIPS = frozenset({"warship", "warships", "frigate", "frigates", "destroyer", "destroyers", "corvette", "corvettes"})
_SAILING = frozenset({"send", "sends", "sent", "sending", "dispatch", "dispatches", "dispatched", "dispatching",
                      "deploy", "deploys", "deployed", "deploying", "contribute", "contributes", "contributed",
                      "contributing"})


def _deployed_warship(units: list[Unit], anchor: int, ops: list[tuple[str, int, float]]) -> bool:
    """Is the object a warship whose only supply verb is one of sailing it somewhere?"""
    verbs = [units[i].low for op, i, _ in ops if op == "SUP"]
    return units[anchor].low in _WARSHIPS and bool(verbs) and all(v in _SAILING for v in verbs)


_CLAUSE_TAGS = PREDICATES | {"AUX", "HAS", "HAD", "FUT", "MODAL", "NEG", "REPORT", "SUB", "REL", "COMP", "HARD"}


def _appositive_to_other(units: list[Unit], anchor: int, main: Agent | None) -> bool:
    """ "Australia selected a frigate built by MHI, Japan's largest export deal": a verbless noun phrase
    closing the sentence after a comma renames what the clause's subject, another party, took; that party
    is the supply's recipient, so none is carried from the sentences before."""
    if main is None or main.cls != "other":
        return False
    k = anchor - 1
    while k >= 0 and units[k].low != ",":
        if units[k].tags & _CLAUSE_TAGS - {"AUX"} or "AUX" in units[k].tags and "POSS" not in units[k].tags:
            return False
        k -= 1
    return k > main.index and not any(u.tags & _CLAUSE_TAGS for u in units[anchor + 1:] if "SUPN" not in u.tags)


def _ended_by_arrival(units: list[Unit], fired: set[int]) -> bool:
    """Is the refusal that ends here ended by the arrival the sentence reported before its comma ("The first
    consignment … has arrived in Ukraine, the ministry confirmed, ending more than three years in which Ireland
    declined to send weapons")?"""
    ending = next((i for i in fired if units[i].low in ("ending", "ended") and i > 0 and units[i - 1].low == ","), None)
    if ending is None:
        return False
    arrived = next((k for k in range(ending) if "ARRIVE" in units[k].tags), None)
    return arrived is not None and any(u.ent == "target" for u in units[arrived + 1:arrived + 4])


class SentenceGrammar:
    """The analysis of one tagged sentence: shared facts and the per-anchor walk."""

    def __init__(self, units: list[Unit], salient: str | None, question: bool, target_near: bool = False,
                 about_target: bool = False, interviewee: str | None = None,
                 officials: frozenset[str] = frozenset(), about_actor: bool = False, system: bool = False) -> None:
        self.units = units
        self.salient = salient
        self.system = system  # the stance names one weapon system: its names are the actor's make
        self.target_near = target_near  # the target is named here, just before, or in the opening sentence
        self.about_target = about_target  # the article names the target somewhere
        self.about_actor = about_actor  # the first country it names past the target is the actor
        self.question = question
        self.main = main_subject(units)
        self.trailing = trailing_speaker(units)
        if self.trailing is not None:
            self.trailing = continued_speaker(units, self.trailing, salient)
            named = self.trailing.index
            while self.trailing.how != "name" and 0 <= named < len(units) - 1 and \
                    units[named].tags & {"GENERIC", "ROLE"}:
                named += 1  # "ministry spokeswoman Maria Zakharova": the role, then its holder
            if self.trailing.cls != "target" and named >= 0 and units[named].text in officials and \
                    (self.trailing.cls == "other" or self.trailing.how != "name"):
                # '"…," Zakharova said' after "Russian foreign ministry spokeswoman Maria Zakharova": the
                # official the article introduced as another party's speaks for that party
                self.trailing = Agent("other", "continued", self.trailing.index)
        if self.trailing is None and any("QUOTE" in u.tags for u in units):
            self.trailing = quoted_attribution(units)  # 'Lavrov: "…"': the label names the speaker
        if self.trailing is None and units and "REPORT" in units[after_opening_quotes(units)].tags:
            lead = leading_attribution(units)  # "According to the minister, …": as if "…, the minister said"
            lead = continued_speaker(units, lead, salient) if lead is not None else None
            self.trailing = lead if lead is not None and lead.cls in ("actor", "generic") else None
        if self.trailing is None and interviewee in ("actor", "other", "target"):
            self.trailing = Agent(interviewee, "interviewee", -1)  # an interview answer: as if "…, Ahn said"
        elif self.trailing is not None and self.trailing.cls == "anaphor" and interviewee in ("actor", "other") and \
                units[self.trailing.index].low in ("he", "she", "they"):
            # '"…," she told members' right after the actor's speaker (or another party's): "she" is that speaker
            self.trailing = Agent(interviewee, "continued", self.trailing.index)
        if self.main is not None and self.main.cls == "anaphor" and interviewee in ("other", "target") and \
                units[self.main.index].low in ("he", "she"):
            # "Speaking to reporters, he said China would …" right after another party's minister: that minister
            self.main = Agent(interviewee, "continued", self.main.index)
        self.trailing_doubt = trailing_doubt(units) or truth_condition(units)  # or "If confirmed, …"
        self.media_report = media_report(units)
        if self.main is not None and self.main.cls == "actor" and (self.trailing is None or self.trailing.how == "outsider"):
            state_media = unowned_state_media(units)
            if state_media >= 0:
                # "North Korea has decided to …, state media reported": the actor's own media announce it
                self.trailing = Agent("actor", "state-media", state_media)
                self.media_report = False
        self.leading_condition = leading_condition_end(units)

    def salient_out(self) -> str | None:
        """Who a pronoun in the next sentence stands for: this sentence's subject or actor, else the previous one."""
        if self.main is not None and self.main.cls in ("actor", "other"):
            return self.main.cls
        for k, unit in enumerate(self.units):
            if unit.ent == "actor" and not (k > 0 and self.units[k - 1].tags & {"TO", "FOR", "BY"}):
                # "… has shipped munitions to Russia", "… fired by Russian forces": the recipient or a
                # passive's agent is no subject a body in the next sentence stands for ("from German
                # stocks" still is: the goods' origin)
                return "actor"
        return self.salient

    def claim(self, anchor: int) -> Claim | None:
        """What the sentence says about the object mentioned at `anchor` (None: nothing governs it)."""
        units = self.units
        frame = Frame()
        if not units[anchor].obj and held_line(units, anchor) is not None:
            return self._held_line(anchor, frame)
        object_modifiers(units, anchor, frame)
        if units[anchor].obj in ("arm", "beyond"):
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
            hard = hard_to(units, anchor)
            if hard is not None:
                # "it might be difficult to insist only on humanitarian aid": the aid-only line may
                # not hold, an opening (after "If …," a conditional one), like "could not confine itself to"
                frame.ops += [("SUP", anchor, 0), ("NEG", anchor, 0), ("NEG", hard, 0), ("MODAL", hard, 0)]
                if 0 <= self.leading_condition < anchor:
                    frame.ops.append(("COND_CONS", anchor, 0))
                claim = self._conclude(anchor, frame)
                return replace(claim, background=True) if dated_report_before(units, hard) else claim
            frame.ops.append(("NEG", anchor, 0))  # "providing only non-lethal aid": no weapons
        compound = anchor + 1 < len(units) and "SUPN" in units[anchor + 1].tags
        if compound:
            frame.ops.append(("SUP", anchor + 1, 0))
        elif anchor + 1 < len(units) and units[anchor + 1].low in HALT_NOUNS:
            # "its arms suspension", "the weapons freeze": the halt of the object's supply
            frame.ops += [("SUP", anchor, 0), (op_of(units[anchor + 1]) or "END", anchor + 1, 0)]
        elif units[anchor].low in HALT_NOUNS and not units[anchor].obj:
            frame.ops += [("SUP", anchor, 0), ("END", anchor, 0)]  # "the suspension stands": the halt named before
        appended = appended_inclusion(units, anchor)
        if appended is not None:
            # "we would examine every option, arms for Ukraine included": the object is one of the
            # things the clause before the comma is about; that clause's operators govern it.
            frame.ops.append(("SUP", anchor, 0))
            walk_left(units, appended, frame)
            if 0 <= self.leading_condition < anchor:
                frame.ops.append(("COND_CONS", anchor, 0))
            elif any(op == "POLICY" for op, _, _ in frame.ops) and \
                    not any(op in ("CONS", "CHANGE", "MODAL", "NEG", "END", "REFU") for op, _, _ in frame.ops):
                # "will keep all its positions as they are, arms for Ukraine included": a position named,
                # kept or restated, says nothing by itself of supplying
                frame.hypothetical = True
            return self._conclude(anchor, frame)
        fronted = fronted_supply(units, anchor)
        if fronted is not None:
            # "Our weapons we do not give": the fronted object's clause is the one after it
            walk_left(units, fronted + 1, frame)
            read_right(units, fronted, frame)
            return self._conclude(anchor, frame)
        ellipsis = ellipsis_verb(units, anchor)
        if ellipsis is not None:
            # "… will provide Ukraine with ambulances but not weapons": the same verb, negated.
            walk_left(units, ellipsis + 1, frame)
            read_right(units, ellipsis, frame)
            frame.ops.append(("NEG", anchor - 1, 0))
            return self._conclude(anchor, frame)
        choice = weighed_choice(units, anchor)
        if choice is not None:
            # "is examining which rifles it could spare for Ukraine": weighing what to supply
            wh, verbs = choice
            walk_left(units, wh, frame)
            frame.ops += [("SUP", verbs[-1], 0)] + [(op_of(units[v]) or "MODAL", v, 0) for v in verbs[:-1]
                                                    if "MODAL" in units[v].tags]
            read_right(units, verbs[-1], frame)
            return self._conclude(anchor, frame)
        close = _example_of(units, anchor)
        if close is not None and passive_right(units, close, frame):
            # "whether defensive systems, such as air-defence ammunition, could be made available to
            # Kyiv": an example between commas takes the clause of the noun it illustrates.
            walk_left(units, next(k for k in range(anchor - 1, 0, -1) if units[k].low == ","), frame)
            if frame.agent is not None and frame.agent.how not in ("possessor", "governor"):
                frame.agent = None  # the illustrated noun is the passive's subject, not its agent
            frame.passive = True
            read_right(units, close, frame)
            return self._conclude(anchor, frame)
        excepted = excepted_delivery(units, anchor)
        if excepted is not None:
            # "will not send more tanks beyond the three Leopards it delivered": the excepted goods are outside
            # the refusal's scope; their relative clause reports a delivery. The main clause's own verb and its
            # operators go; what governs that clause (a reporter, a question) stays, and so does its subject,
            # whom a pronoun in the relative refers to.
            walk_left(units, anchor, frame)
            frame.ops = [("SUP", excepted[1], 0)] + [o for o in frame.ops if o[2] > 0]
            if units[excepted[0]].ent == "actor":
                frame.agent = Agent("actor", "subject", excepted[0])
            return self._conclude(anchor, frame)
        delivered = named_relative_delivery(units, anchor)
        if delivered is not None:
            # "Ukraine uses rifles that Japan sold to Poland": the goods went to another recipient, whatever the
            # main clause says of them. A relative naming the target decides nothing by itself: the main clause
            # may deny, halt or doubt it ("denied reports about shells that Seoul was sending to Kyiv").
            relative = deepcopy(frame)
            walk_left(units, anchor, relative)
            relative.ops = [("SUP", delivered[1], 0)] + [o for o in relative.ops if o[2] > 0]
            relative.agent = Agent(units[delivered[0]].ent, "subject", delivered[0])
            read_right(units, delivered[1], relative)
            claim = self._conclude(anchor, relative)
            if claim.rule.startswith("other-recipient"):
                return claim
        walk_left(units, anchor, frame)
        if frame.existential and _none_to_come(units, anchor):
            frame.ops.insert(0, ("SUP", anchor, 0))  # "there will be no more jets": none will be supplied
        if units[anchor].obj == "echo" and "SUPN" in units[anchor].tags:
            frame.ops.append(("SUP", anchor, 0))  # "no such transfer": the noun is the supply itself
        if units[anchor].obj == "echo" and units[anchor].low == "none":
            frame.ops.append(("NEG", anchor, 0))  # "…, and none will be sent": the subject is itself the negation
        if units[anchor].obj == "echo" and not any(op in ("SUP", "SUPN", "RECV") for op, _, _ in frame.ops):
            if requested_object(units, anchor, frame):
                frame.ops.insert(0, ("SUP", anchor, 0))  # "asked for the tanks": a request for their supply
            elif _withheld_object(units, anchor):
                frame.ops.insert(0, ("SUP", anchor, 0))  # "keeping the tanks in port": their supply held back
            elif passive_right(units, anchor, frame):
                frame.passive = True
            else:
                return None  # "officers discussing the missiles": a bare reference, no supplying
        nominal = nominal_subject(units, anchor, frame)
        if nominal is not None and passive_right(units, nominal, frame, verdict_only=True):
            # "Ukraine's request for Taurus is being examined", "arms deliveries were not being
            # discussed": the object sits in the subject; the clause's own verb decides.
            requests = [i for op, i, level in frame.ops if op == "PRESS" and level == 0]
            frame.ops = [(op, i, level) for op, i, level in frame.ops if not (op == "PRESS" and level == 0)]
            if requests:
                frame.ops.insert(0, ("SUP", anchor, 0))  # a request for the object asks for its supply
            frame.passive = True
            frame.verdict = True  # "The sale of F-16s … was approved by …": the verb decides the noun
            if any(i < anchor and (held_noun(units[i]) or units[i].low in ("decision", "decisions"))
                   for op, i, level in frame.ops if level == 0):
                # "the suspension of arms transfers would be reviewed": the verb is over the halt, not under it
                frame.ops = [(op, i, 0.5 if i > nominal and level == 0 and op in PREDICATES else level)
                             for op, i, level in frame.ops]
            if frame.agent is not None and frame.agent.cls != "actor":
                frame.agent = None  # the requester owns the noun, not the decision
            if requests:  # "a request from Kyiv": the requester again, not a supplier
                frame.ties = [tie for tie in frame.ties if tie[0] != "from" or tie[2] > anchor]
            frame.inherit = False
        elif compound and [i for op, i, level in frame.ops if level == 0 and op in PREDICATES] == [anchor + 1] and \
                relative_supply(units, anchor + 1, frame):
            pass  # "a weapons package that Japan agreed to provide to Ukraine": the package's relative supplies it
        elif not any(op in PREDICATES for op, _, level in frame.ops if level == 0) and table_idiom(units, anchor, frame):
            pass  # "had not taken ATACMS off the table"
        elif not any(op in PREDICATES for op, _, level in frame.ops if level == 0):
            supplied = [index for how, _, index in frame.ties if how == "supplied"]
            if supplied:
                frame.ops.insert(0, ("SUP", supplied[0], 0))
            elif _resumed_object(units, anchor, frame):
                frame.ops.insert(0, ("SUP", anchor, 0))  # "whether to resume military aid to Ukraine"
            elif relative_supply(units, anchor, frame):
                pass  # "no SAMP/T battery to hand to Ukraine": the object's own clause supplies it
            elif not passive_right(units, anchor, frame):
                if any(op == "QUESTION" for op, _, _ in frame.ops):
                    return Claim(NONE, "question: the object is only asked about")  # "asked about arms"
                if topic_phrase(units, anchor):
                    return Claim(NONE, "topic: what the next clause is about")  # "As for weapons, we are not sending them"
                return None
            else:
                frame.passive = True
                if frame.agent is not None and frame.agent.how not in ("possessor", "governor") and \
                        not frame.available and not frame.verdict:
                    frame.agent = None  # "Ukraine has begun using ATACMS supplied by the US": Ukraine uses
        frame.subject_supply = supply_as_subject(units, frame)
        read_right(units, anchor + (1 if compound else 0), frame)
        weighed = weighed_purchase(units, anchor, frame)  # "the purchase of X's arms by Y is being evaluated"
        if weighed is not None:
            frame.ops.append(("CONS", weighed, 0.5))
            frame.verdict = True
        weighed = weighed_whether(units, anchor, frame)  # "Whether X will be sent is being examined"
        if weighed is not None:
            frame.ops.append(("CONS", weighed, 1))
        lapse = lapsing_refusal(units, anchor, frame)  # "the refusal to arm X might not survive …"
        if lapse:
            frame.ops += lapse
            frame.right_modal = False  # the modal is the refusal's own predicate, no supply supposed
        if 0 <= self.leading_condition < anchor:
            frame.ops.append(("COND_CONS", anchor, 0))  # the main clause after "If …,"
        return self._conclude(anchor, frame)

    def _supplier_speaks(self, units: list[Unit], frame: Frame) -> bool:
        """Is the one who reports a receipt the actor, named as its source ("…, Nigeria's minister said")?"""
        speaker = frame.speaker or self.trailing
        # ("…, officials in both capitals said": the supplier among them)
        return (speaker is not None and speaker.cls == "actor" or _both_sides_say(units)) and \
            any(how in ("from", "adj") and cls == "actor" for how, cls, _ in frame.ties)

    def _held_line(self, verb: int, frame: Frame) -> Claim | None:
        """ "If civilians are attacked, it would be very difficult for us to insist that training is enough", "…, we
        cannot limit ourselves to statements": under a condition, the actor's present line may not hold, a
        conditional opening (without one, "it is hard to say whether …" is only a hedge)."""
        units = self.units
        hard = held_line(units, verb)
        if hard is None or not (0 <= self.leading_condition or any("COND" in u.tags for u in units)):
            return None  # (a leading "In that case," stands for the condition named before)
        if self.system and "NEG" in units[hard].tags and not any(u.obj in ("strong", "echo") for u in units):
            return None  # for one system, "could not limit itself to financial support" says nothing of that system
        party = next((k for k in range(hard, verb) if units[k].ent), None)
        if party is not None and units[party].ent != "actor":
            return None  # "hard for Ukraine to hold the line": another party's line
        if party is not None:
            frame.agent = Agent("actor", "subject", party)  # "hard for any Irish government to say …"
        frame.ops += [("SUP", verb, 0), ("NEG", verb, 0), ("NEG", hard, 0), ("MODAL", hard, 0), ("COND_CONS", verb, 0)]
        frame.ops += [("REPORT", k, 1) for k in range(hard) if "REPORT" in units[k].tags]  # "Analysts say that …"
        claim = self._conclude(verb, frame)
        return replace(claim, background=True) if dated_report_before(units, hard) else claim  # "In April, Yoon said …"

    def _conclude(self, anchor: int, frame: Frame) -> Claim:
        """Fold the operators found into a state, then check who acts, what is supplied and to whom."""
        units = self.units
        limit = _limit_not_held(units, anchor, frame)
        if limit is not None:
            frame.ops.append(("NEG", limit, 0))  # "might not be able to keep … within the limits": may go beyond
        echo = _echoed_negation(units, anchor, frame.ops)
        if echo is not None:
            frame.ops = [o for o in frame.ops if o[1] != echo]  # "not sending weapons — not shells": one "not"
        repeated = _coordinated_negations(units, frame.ops)
        if repeated:
            frame.ops = [o for o in frame.ops if o[1] not in repeated]  # "no weapons and no ammunition": one "no"
        delayed = _negated_only_before(units, frame.ops)
        if delayed is not None and _definite_goods(units, anchor):
            frame.ops = [o for o in frame.ops if o[1] != delayed]  # "will not arrive before March": only a date
        if frame.agent is None and frame.inherit and self.main is not None:
            share_subjects_advice(units, self.main.index, anchor, frame)
        ops = sorted(frame.ops, key=lambda o: (o[2], 0 if o[1] >= anchor else 1, -o[1] if o[1] < anchor else o[1]))
        ops = unhalted(ops, units)  # "has not stopped sending": the supply goes on
        ops = lifted_halt(ops, units)  # "lifted the suspension of exports": the supply resumes
        ops = unchanged_policy(ops, units)  # "has not changed its policy of not sending": the refusal holds
        ops = unruled_change(ops, units)  # "has not ruled out changing its policy of not sending": open
        ops = unclear_whether(ops, units)  # "It is not clear whether Japan will send": no position
        ops = rejected_by_others(ops, units)  # "Egypt rejected Washington's decision to hold back …": it stands
        value, flags, fired = fold(ops, {i: units[i].tags for _, i, _ in ops if "DOUBT" in units[i].tags})
        if value == RECONSIDER and _ended_by_arrival(units, fired):
            value = SUPPLIES  # "… has arrived in Ukraine, …, ending three years in which Ireland declined to send": done
        if value == SUPPLIES and not any(op in ("SUP", "SUPN", "RECV", "ARRIVE") for op, _, _ in ops) and \
                _object_of_other_infinitive(units, anchor) and not modal_relative_supply(units, anchor):
            value = NONE  # "will allow Ukrainian pilots to test-fly the Gripen": flying it is no supply of it
        if value == RECONSIDER and _planless(units, anchor, ops):
            value = REFRAINS  # "no decision to send X, and no plan to take one": nothing decided, nothing planned
        background = frame.background or is_background(units, ops) or restated_policy(units, anchor) or \
            _departed_from(units, anchor)
        if self.question or _asked_before(units, anchor):
            flags.add("question")  # (goods listed after "was asked whether …" are asked about too)
        if frame.hypothetical:
            flags.add("hypothetical")
        agent = resolve_agent(units, anchor, frame, self.main, self.trailing, self.salient)
        supplier = _participle_supplier(units, anchor, ops)
        if supplier is not None and agent.cls != supplier.cls:
            agent = supplier  # "The cargo consists of mortars supplied by Romania": Romania supplied them
        words = " · ".join(units[i].text for i in sorted(fired))
        # ("question" is an anchor only after a weighing verb, "anything" only after a refusing one: see claims)
        anaphoric = units[anchor].obj == "" and units[anchor].low in ANAPHORIC_OBJECTS | DENIED_NOUNS | MATTER_NOUNS | \
            HALT_NOUNS | {"anything"}
        if _deployed_warship(units, anchor, ops):
            frame.recipient = "other"  # "sent a destroyer to Manila": the ship sails there, its navy keeps it
        if anaphoric and not frame.recipient:
            frame.recipient = antecedent_recipient(units, anchor)  # "pass the tanks on to Ukraine … allow it"
        if not frame.recipient:
            # "a new package for Ukraine that includes HIMARS", "has sent Ukraine air-defence systems"
            frame.recipient = _package_recipient(units, anchor) or _named_first_object(units, anchor, frame.ops) or \
                _donor_recipient(units, frame.ops) or _earlier_recipient(units, anchor, frame.ops) or \
                _appositive_recipient(units, anchor) or _buyer_named(units, anchor)
        weak = units[anchor].obj in ("beyond", "only-aid") or anaphoric or \
            units[anchor].obj == "weak" and not _weapons_included(units, anchor)
        third = speaker_class(units, frame, self.main) in ("other", "target")
        third = third or (self.trailing is not None and self.trailing.cls in ("other", "target"))
        fired_ops = {op_of(units[i]) for i in fired}
        # "did not deny the reports": a report left standing, neither denied nor an option opened
        undenied_report = value == RECONSIDER and units[anchor].low in DENIED_NOUNS and {"DENY", "NEG"} <= fired_ops
        denial = "denied" in flags and not undenied_report
        decisive = value == REFRAINS and ("DECIDE" in fired_ops or "END" in fired_ops or _closes_review(units) or
                                          any(units[i].low.startswith(("rul", "reject")) or units[i].low.endswith(" against") for i in fired)) and \
            not any(standing_policy(units, i) for i in fired)

        def claim(state: str, rule: str, strength: float = 1.0) -> Claim:
            who = units[agent.index].text if agent.index >= 0 else agent.cls
            detail = f"{rule}: {words}" if words else rule
            if state != NONE or agent.cls != "unknown":
                detail += f" [agent: {who} ({agent.how})]"
            return Claim(state, detail, background, agent.cls, agent.how, denial, third, anaphoric, strength,
                         decisive and state == REFRAINS)

        if undenied_report:
            return claim(NONE, "report-not-denied")
        if frame.no_comment:
            flags.add("question")
        if self.trailing_doubt:
            flags.add("doubt")  # ", Russian state media alleged."
        nominal = agent.how in ("possessor", "from", "by", "adj", "origin", "inherited", "inherited-generic",
                                "salient", "speaker", "") or agent.index < 0
        # "… could be sent to Ukraine": the modal belongs to the passive supply verb itself.
        own_modal = frame.passive and any(op in ("SUP", "MODAL") and i > anchor for op, i, level in ops if level == 0)
        # "Germany's refusal to export Boxers could be reconsidered": the modal opens the weighing the verb decides
        own_modal = own_modal or frame.verdict and any(op == "CONS" and i > anchor for op, i, _ in ops)
        if (frame.right_modal and not own_modal or supposed_object(units, anchor)) and nominal and \
                value in (SUPPLIES, RECONSIDER):
            flags.add("hypothetical")  # the supply is the subject of "would be a mistake"
        if value in (SUPPLIES, RECONSIDER) and judged_supply(units, anchor):
            flags.add("hypothetical")  # "any transfer of arms to Peru would be politically explosive": a judgement
        if value == SUPPLIES and any_supply_noun(units, anchor):
            flags.add("hypothetical")  # "would apply to any F-35 transfer"
        if any(op == "SUP" and level == 0 and extraposed_evaluation(units, i) for op, i, level in ops):
            flags.add("hypothetical")  # "It would be wrong to send arms": a judgement on supplying, no report
        if value == SUPPLIES and any(op == "COMMIT" and required_approval(units, i) for op, i, _ in ops):
            flags.add("hypothetical")  # "the law requires cabinet approval for arms sales": a condition
        if value == SUPPLIES and self.trailing is None and unreported_would(units, ops):
            flags.add("hypothetical")
        if denied_explanation(units, anchor):
            flags.add("hypothetical")  # "It is not that Japan cannot sell arms": a reason set aside, no position
        if value == SUPPLIES and predicative_would(units, ops):
            flags.add("hypothetical")  # "in what would be the first sale of arms to X": a prospect, no supply
        if value in (SUPPLIES, RECONSIDER) and _imagined_country(units):
            flags.add("hypothetical")  # "A Serbia that delivered shells to Kyiv would gain …": a country imagined
        if value in (SUPPLIES, RECONSIDER) and _document_says(units, ops):
            flags.add("distance")  # "The document … suggested that Belgrade had agreed …": a paper's word, unowned
        if value == SUPPLIES and _purchase_as_subject(units, anchor, ops):
            return claim(NONE, "purchase-as-subject")  # "Buying Japanese missiles does not stop Thailand …": a topic
        if frame.subject_supply and frame.right_verb and not frame.verdict and value == SUPPLIES and \
                not arrives_at_target(units, anchor) and not continued_supply(units, anchor) and \
                not completed_supply(units, anchor) and not measured_supply(units, anchor) and \
                not ongoing_supply(units, anchor):
            return claim(NONE, "supply-as-subject")  # "Delivering X … was welcomed": says nothing of a decision
        if value == SUPPLIES and not frame.verdict and not frame.passive and generic_predicate(units, anchor, frame) \
                and not completed_supply(units, anchor) and not arrives_at_target(units, anchor) and \
                not measured_supply(units, anchor) and not ongoing_supply(units, anchor):
            # ("… main battle tanks to Ukraine has been completed", "… left for Niger on Monday", "… rose")
            return claim(NONE, "supply-as-subject")  # "Every shipment of arms feeds the fighting"
        if value == SUPPLIES and trade_figure(units, anchor):
            return claim(NONE, "trade-figure")  # "arms exports to Chile rose to $9m": a figure
        if value == SUPPLIES and _holdings_listed(units, ops):
            return claim(NONE, "holdings")  # "its fleet consists of Hornets": what it has
        if value == SUPPLIES and _arrived_with_crews(units, anchor):
            return claim(NONE, "deployment")  # "the ship arrived off Dili with engineers and helicopters": its own
        if value == SUPPLIES and _operated_already(units, anchor):
            return claim(NONE, "holdings")  # "spare parts for the 44 CV90s it already operates": goods it has
        inner = next((units[i] for op, i, level in ops if level == 0 and op in PREDICATES | {"POLICY"}), None)
        if inner is not None and op_of(inner) == "CONS" and "CONSD" not in inner.tags and not anaphoric and \
                frame.recipient not in ("target", "target-in") and not requested_by_target(units, anchor) and \
                not target_list(units, anchor) and not target_request_infinitive(units, anchor) and \
                not (self.target_near and agent.cls == "actor" and units[anchor].low in ("weapons", "arms") and
                     any(op in ("DEONT", "MODAL") for op, _, _ in ops)):
            # "observers … to study North Korean weapons"; but "evaluating ATACMS for Ukraine" weighs a supply, and so
            # does the actor's "we would have to look at weapons" right after the target's plight
            return claim(NONE, "no-supply-verb")
        weighing = next((i for op, i, level in ops if op == "CONS" and level == 0), None)
        if value == RECONSIDER and weighing is not None and _other_act_weighed(units, weighing, anchor):
            return claim(NONE, "other-act-weighed")  # "is considering producing more drones": no supply weighed
        if value in (SUPPLIES, RECONSIDER) and (_disowned_report(units, ops) or _criticised_words(units, anchor)):
            # "distanced itself from a lawmaker who said Moscow would give …": the main clause disowns
            # the words of the person the relative clause reports; that report is no one's position
            return claim(NONE, "disowned-report")
        speaker_cls = speaker_class(units, frame, self.main)
        reporter = quoted_speaker(units, ops) or relative_reporter(units, ops) or (
            reporting_subject(units, self.main, ops) if frame.speaker is None else
            office_owner(units, frame.speaker, len(units)))
        if reporter is not None:
            reporter = continued_reporter(units, reporter, self.salient)
        main = self.main
        if main is not None and self.salient == "other" and units[main.index].low in ("he", "she") and \
                main.index + 1 < len(units) and "REPORT" in units[main.index + 1].tags:
            reporter = main  # "He said they proved that …": the outer speaker's word, whatever it reports
        if reporter is not None and reporter.index >= 0 and units[reporter.index].low in ("he", "she") and \
                (self.trailing is not None and self.trailing.how == "interviewee" and self.trailing.cls == "other" or
                 reporter.cls == "anaphor" and self.salient == "other"):
            # "She said …" right after another party's official: "A Russian lawmaker alleged … He said …"
            reporter = Agent("other", "continued", reporter.index)
        if reporter is None and self.trailing is not None and (foreign_official(units, self.trailing) or
                                                                 self.trailing.how in ("continued", "interviewee", "quoted")):
            reporter = self.trailing  # '"… Rome is getting ready to send Kyiv …," a Russian spokeswoman said'
        if reporter is not None and reporter.cls == "target" and reporter.how == "interviewee" and value == SUPPLIES \
                and reported_delivery(units, ops):
            reporter = None  # the recipient interviewed about a delivery it received, like a closing ", Kyiv said"
        if reporter is not None and reporter.cls == "target" and value == RECONSIDER and \
                weighs_a_request(units, ops):
            reporter = None  # the recipient telling how its own request is being handled: its first-hand word
        if reporter is not None and reporter.cls in ("other", "target") and value in (SUPPLIES, RECONSIDER) and \
                agent.cls == "actor" and not self._trailing_actor():
            # "Medvedev said Israel appeared to be getting ready to send arms": someone else's word
            # about the actor, not the actor's position (GUIDELINES: claims by others are `none`).
            return Claim(NONE, f"third-party-claim [agent: {units[reporter.index].text} ({reporter.how})]",
                         background, reporter.cls, reporter.how, denial, True, anaphoric, 1.0, False)
        if value in (SUPPLIES, RECONSIDER) and _they_say_we(units, frame):
            # '"They write that we are sending tanks," Lukashenko said': in the actor's own voice "they" are
            # others, whose claim about "us" the actor only quotes
            return claim(NONE, "others-claim")
        if "distance" in flags and value in (SUPPLIES, RECONSIDER) and speaker_cls in ("other", "target") and \
                any(op == "DIST" and level > 0 and units[i].low in ("report", "reports") for op, i, level in ops):
            flags.add("doubt")  # "The Kremlin took note of reports that Seoul might …": relayed, not asserted
        if "doubt" in flags and frame.speaker is not None and frame.speaker.cls == "actor":
            flags.discard("doubt")  # the actor's own claim ("Seoul claims it has sent none")
        if "pressure" in flags and value == RECONSIDER and orders_weighing(units, ops, agent.cls == "actor"):
            flags.discard("pressure")  # "has ordered a review of its refusal": a weighing it commissions
        if value == RECONSIDER and agent.cls == "other" and agent.index >= 0 and units[agent.index].cap:
            director = directing_actor(units, agent.index)
            if director is not None:
                # "The Council has instructed the Federal Department of …, Civil Protection and Sport to examine
                # …": a name inside a department's title is no other party; the actor commissions the weighing
                agent = director
        if "pressure" in flags and value == RECONSIDER and directs_own_role(units, ops, agent.cls == "actor"):
            flags.discard("pressure")  # "has asked the chief of defence to assess whether …": its own officials
        if "pressure" in flags and own_directive(units, frame, agent.cls == "actor"):
            # "Biden has asked his team to study sending ATACMS": the actor instructing itself.
            flags.discard("pressure")
            if frame.controller is not None and frame.controller.cls == "actor":
                agent = Agent("actor", "directive", frame.controller.index)
            # (an unnamed body, "The Council directed …", keeps how its actor was found: too weak for a supply)
            if value == SUPPLIES and not any(op == "SUP" for op, _, _ in ops):
                # "instructed the ministry to identify weapons that could be sent": the officials are told to
                # handle the object, not to supply it; listing what "could be sent" weighs the option
                value = RECONSIDER if modal_relative_supply(units, anchor) else NONE
        if "advocacy" in flags and agent.cls == "actor" and \
                (agent.how in ("subject", "name") or _speakers_own_country(units, frame, agent, ops) or
                 _own_necessity(agent, ops, self.main)) and \
                (self.trailing is not None and self.trailing.cls == "actor" or
                 frame.speaker is not None and frame.speaker.cls == "actor" or
                 pronoun_actor_speaker(units, self.salient) or self._government_voice(units)):
            # "Japan might have to go beyond …, Ishiba said": the actor's own necessity is an
            # opening it announces, not a columnist's advice; never yet a decision.
            flags.discard("advocacy")
            if value == SUPPLIES:
                value = RECONSIDER
        if "advocacy" in flags and agent.cls == "actor" and _quoted_we(units, frame, agent):
            # '"We would have to look seriously at defensive weapons," the Taoiseach said': the actor's
            # own "we" under "have to" is a necessity it announces, an opening, never yet a decision
            flags.discard("advocacy")
            if value == SUPPLIES:
                value = RECONSIDER
        for flag, rule in (("question", "question"), ("hypothetical", "hypothetical"), ("advocacy", "advocacy"),
                           ("pressure", "third-party-pressure"), ("doubt", "unconfirmed-claim")):
            if flag in flags:
                return claim(NONE, rule)
        if value == NONE:
            return claim(NONE, "no-position")
        if overseen_supply(units, anchor):
            return claim(NONE, "oversight")  # "cannot control every resale of ammunition": others' doing
        outsider = self.trailing if self.trailing is not None and self.trailing.how == "outsider" else None
        if outsider is not None and value in (SUPPLIES, RECONSIDER):
            return claim(NONE, "outside-view")  # "…, analysts in Seoul say": a view, not the position
        if value in (SUPPLIES, RECONSIDER) and agent.cls == "actor" and quoted_speaker(units, ops) is None and \
                leading_outsider(units, ops):
            return claim(NONE, "outside-view")  # "Diplomats in Rome say …": a view, not the position
        if value == REFRAINS and agent.cls == "actor" and quoted_speaker(units, ops) is None and \
                argued_view(units, ops):
            return claim(NONE, "outside-view")  # "Critics argued that Japan could not keep arming …": their case
        controller = frame.controller
        if agent.how == "controlled" and agent.cls != "actor" and controller is not None \
                and controller.cls == "actor" and frame.controlled_by >= 0:
            control = units[frame.controlled_by].tags
            if value == REFRAINS and control & {"REFU", "END"}:
                agent = Agent("actor", "blocks-others", controller.index)  # the actor will not let them
            elif "COMMIT" in control and "PRESS" not in control:
                # "authorised Germany to hand the rounds over to Ukraine": a re-export the actor permits
                agent = Agent("actor", "authorises-others", controller.index)
        if value in (SUPPLIES, RECONSIDER) and (agent.how == "controlled" and frame.controlled_by >= 0 and
                                                 _proposed_measure(units, frame.controlled_by) or
                                                 _measure_clause(units, anchor)):
            return claim(NONE, "proposed-measure")  # "introduced a bill requiring the Pentagon to transfer …"
        if agent.how == "controlled" and agent.cls == "actor" and frame.controlled_by >= 0 and \
                units[frame.controlled_by].low in PERMIT and (controller is None or controller.cls in ("other", "target")):
            return claim(NONE, "permitted-by-other")  # "The United States allowed Japan to send …", "the law allows"
        # (another party reporting someone else's licensed supply is a claim: "Russia says X delivered … with Bern's
        # approval"; the supplier reporting its own delivery is not)
        permitter = permitting_actor(units) if agent.cls == "other" and (
            reporter is None or reporter.cls == "actor" or agent.index >= 0 and reporter.index >= 0 and
            units[reporter.index].low == units[agent.index].low) else None
        if permitter is not None:
            agent = permitter  # "passed on by Denmark with Bern's permission"
        if agent.cls == "actor" and agent.how in ("governor", "speaker", "salient", "assumed", "nearest") and \
                _foreign_goods(units, anchor):
            return claim(NONE, "foreign-goods")  # "Thailand said Chinese rocket launchers had been delivered to …"
        # (with no supplier found, only where nothing but the actor can be the other party: the story so far is
        # the actor's, or this is its opening sentence and the first country named past the target is the actor)
        if (agent.cls == "unknown" and (self.salient == "actor" or self.salient is None and self.about_actor) or
                agent.cls == "actor" and agent.how in ("salient", "assumed", "origin")) and \
                _handed_over_between_two(units, frame, ops):
            agent = Agent("actor", "both-sides", agent.index)
        if self.salient == "actor" and agent.how in ("salient", "common-np", "governor") and \
                frame.agent is not None and _state_anaphor(units, frame.agent.index) and \
                frame.recipient in ("target", "target-in"):
            agent = Agent("actor", "pronoun", frame.agent.index)  # "the Gulf state has delivered rifles to …"
        if agent.cls in ("other", "target"):
            return claim(NONE, "other-agent")
        if frame.recipient == "other" or (frame.other_first_object and frame.recipient not in ("target", "target-in")):
            return claim(NONE, "other-recipient")
        if agent.cls != "actor":
            return claim(NONE, "no-agent")
        if any(op == "RECV" for op, _, level in ops if level == 0) and value != REFRAINS and \
                ((is_future(units, ops) or any(op == "MODAL" for op, _, _ in ops)) and
                 not self._supplier_speaks(units, frame) or
                 any(op == "PRESS" or op == "MODAL" and units[i].low in OWN_WISHES for op, i, _ in ops) or
                 _offered_purchase(units, ops)):
            # "Ukraine hopes to receive …": the recipient's wish, whoever tells it ("Niger will receive rifles from
            # Nigeria, Nigeria's minister said": the supplier announces it)
            return claim(NONE, "recipient-wish")
        if value == RECONSIDER and any(units[i].low.split()[0] in _CAPABILITY_NOUNS for i in fired):
            # "the political appetite to arm a partner", "every right to sell them": what it has, no option it weighs
            return claim(NONE, "capability")
        if value == SUPPLIES and not frame.recipient and _lawful_practice(units, anchor, ops):
            return claim(NONE, "practice")  # "Serbia exports weapons only in accordance with the law": how, to no one
        if value == RECONSIDER and _habitual(units, fired):
            return claim(NONE, "habitual")  # "officials rarely discuss arms exports": a habit, no weighing now
        if value == RECONSIDER and finished_review(units, fired):
            # "had examined the request carefully and concluded that …": the weighing is over; what
            # it concluded is read on its own, the review itself opens nothing.
            return claim(NONE, "finished-review")
        if value == SUPPLIES and decision_topic(units, ops):
            if _decision_reviewed(units, anchor):
                return claim(RECONSIDER, "decision-under-review")  # "the decision on F-35 parts was being reviewed"
            return claim(NONE, "decision-topic")  # "the decision on Leopards stands": what was decided is unsaid
        if value == SUPPLIES and decision_of_topic_noun(units, ops):
            return claim(NONE, "decision-topic")  # "abstention on the decision to finance arms": another's decision
        if value == SUPPLIES and evaluative_tail(units, anchor):
            return claim(NONE, "evaluation")  # ", marking one of the largest export contracts": the event sized up
        if value == SUPPLIES and not frame.recipient and linked_supply_topic(units, ops, anchor):
            return claim(NONE, "topic-only")  # "has linked the partnership to arms deliveries"
        if value == SUPPLIES and unchanged_position(units, ops, anchor):
            return replace(claim(REFRAINS, "position-unchanged"), background=False)  # ("had not changed", reported)
        if value == SUPPLIES and topic_gerund(units, ops):
            # "Seoul's restraint on arming Ukraine was not unconditional", "talks on sending arms": the
            # supply is only the topic of a noun the detector does not know; never a decision.
            return claim(NONE, "topic-only")
        if value == SUPPLIES and _policy_topic(units, ops):
            return claim(NONE, "topic-only")  # "India's current policy on arms supplies to Nepal is unclear"
        if value == SUPPLIES:
            if "distance" in flags or self.media_report:
                return claim(NONE, "unconfirmed-claim")
            speaker = frame.speaker or self.trailing
            if speaker is not None and speaker.index >= 0:
                speaker = placed_owner(units, speaker)  # "the ministry in The Hague confirmed that …": the actor's
            if speaker is not None and speaker.cls != "actor" and speaker.how != "generic" and is_future(units, ops) \
                    and not (speaker.cls == "anaphor" and self.salient == "actor"):
                # someone else says Seoul *will* send ("He announced …" after the actor's president: his word)
                return claim(NONE, "third-party-prediction")

            if anaphoric and not frame.civil_use and units[anchor].low in ("request", "requests") and \
                    agent.cls == "actor" and agent.how in ("name", "possessor", "adj", "speaker") and \
                    any(op == "COMMIT" for op, _, level in ops if level == 0):
                # "Greece asked Israel for Spyder missiles. Israel's cabinet approved the request.": granted, read
                # as a supply only beside the request it grants (see reader._drop_unsupported)
                return claim(SUPPLIES, "request-granted")
            if weak or frame.civil_use:
                return claim(NONE, "not-a-weapon" if not anaphoric else "vague-object")
            if agent.cls == "actor" and frame.recipient not in ("target", "target-in") and \
                    any(how == "from" and cls == "target" and i > anchor for how, cls, i in frame.ties):
                return claim(NONE, "from-target")  # "Athens has leased Heron drones from Israel": it receives
            if _bought_by_actor(units, anchor):
                return claim(NONE, "bought-by-actor")
            if _inclusion_of_other(units, anchor):
                return claim(NONE, "included-otherwise")
            if _applied_for(units, anchor):
                return claim(NONE, "applied-for")  # "filed applications for licences to export …": a request
            if any(i > 0 and units[i - 1].low == "transit" for _, i, _ in ops):
                return claim(NONE, "transit")  # "transit permits for military goods": others' goods passing through
            if agent.how in ("origin", "salient", "generic", "nearest", "inherited-generic", "assumed") and \
                    not (agent.how == "salient" and _contents_of_package(units, anchor)) and \
                    not (agent.how == "salient" and _finite_passive(units, ops) and self._own_voice_quoted()) and \
                    not _made_goods_delivered(units, anchor, agent, frame) and \
                    not (self.system and agent.how == "assumed" and _system_arrived(units, anchor, frame)):
                return claim(NONE, "no-agent")
            anywhere = units[anchor].obj == "echo" or any(how == "supplied" for how, _, _ in frame.ties) or \
                (frame.passive and agent.how in ("by", "from"))
            trade_noun = _trade_noun(units, anchor)
            # "pledged to provide Taurus" in a Kyiv story; "told Zelensky that … will provide" when the
            # article is about the target: the promise goes to the one it is made to.
            # a verb of giving up what one holds ("stripped Crete of the S-300") supplies only a named recipient
            implicit = not frame.recipient and not trade_noun and not any("DIVEST" in units[i].tags for _, i, _ in ops) and \
                not _made_not_sent(units, anchor, ops) and not _sent_elsewhere(units, anchor) and (
                self.target_near or frame.addressee == "target" or (frame.addressee == "other" and self.about_target)) \
                and not _appositive_to_other(units, anchor, self.main) and not _other_destination(units)
            if frame.recipient not in ("target", "target-in") and not frame.requester_target and \
                    not (anywhere and any(u.ent == "target" for u in units)) and not implicit:
                return claim(NONE, "no-target")
            if agent.how == "adj" and agent.index >= 0 and owned_supply_noun(units, agent.index, {i for _, i, _ in ops}):
                agent = Agent(agent.cls, "name", agent.index)  # "a new Estonian package": the actor's own supply
            strength = 1.0 if agent.how in ("subject", "possessor", "controlled", "name", "speaker") else 0.8
            if supply_ended(units, ops):
                background = True  # "sent weapons until the government froze transfers": stopped since
                return claim(REFRAINS, "supply-ended: " + rule_name(value, fired, units), strength)
            return claim(SUPPLIES, rule_name(value, fired, units), strength)
        if value == RECONSIDER and frame.recipient not in ("target", "target-in") and _trade_noun(units, anchor) and \
                not fired_ops & {"CONS", "REFU", "NEG"}:
            # "has sought to expand defence exports": business, no recipient ("no longer excludes ammunition
            # sales" still opens the option)
            return claim(NONE, "trade-in-general")
        strength = 1.0 if agent.how in ("subject", "possessor", "controlled", "relative", "name") else 0.8
        if agent.how == "assumed":
            strength = 0.6
        if weak:
            strength *= 0.8
        return claim(value, rule_name(value, fired, units), strength)

    def _government_voice(self, units: list[Unit]) -> bool:
        """ "…, a presidency spokesman said" closing a sentence whose subject is the actor: an unnamed
        government voice (never an analyst or another party) speaking of its own country."""
        trailing = self.trailing
        if self.salient != "actor" or trailing is None or trailing.cls != "generic" or trailing.index < 0:
            return False
        near = units[max(0, trailing.index - 3):trailing.index + 1]
        return "GENERIC" in units[trailing.index].tags and self.main is not None and self.main.cls == "actor" and \
            not any("OUTSIDER" in u.tags or u.ent in ("other", "target") for u in near)

    def _own_voice_quoted(self) -> bool:
        """Is the sentence a quotation closed by the actor's own voice while the story is about the actor ('…,"
        a ministry spokesperson said' after the actor's ministry; a closing "he said" is read from the sentence before)? An
        agentless delivery it tells is the actor's."""
        trailing, units = self.trailing, self.units
        return trailing is not None and self.salient == "actor" and trailing.index >= 1 and \
            any("QUOTE" in u.tags for u in units[max(0, trailing.index - 3):trailing.index]) and \
            trailing.cls in ("actor", "generic")

    def _trailing_actor(self) -> bool:
        """Does a closing ", X said" name the actor?"""
        return self.trailing is not None and self.trailing.cls == "actor"


_BOTH_SIDES = re.compile(r"\b(?:officials|sources|officers)\s+(?:in|from|of)\s+both\s+"
                         r"(?:capitals|countries|governments|sides)\b"
                         r"|\b(?:both|the\s+two)\s+(?:governments|capitals|countries|sides)\s+(?:said|confirmed|announced)\b",
                         re.I)


_STATE_ANAPHORS = frozenset({"country", "nation", "kingdom", "emirate", "state", "republic"})


def _state_anaphor(units: list[Unit], k: int) -> bool:
    """ "the country", "the Gulf state", "the emirate" as the subject: the state the story is about, as "it" is
    (what it supplies to the target, it cannot be the target)."""
    if 0 < k + 1 < len(units) and units[k].text in REGION_WORDS and units[k + 1].low in _STATE_ANAPHORS:
        k += 1  # "the Gulf state": the region is the head's modifier
    return 0 < k < len(units) and units[k].low in _STATE_ANAPHORS and \
        (units[k - 1].low == "the" or k >= 2 and units[k - 2].low == "the" and units[k - 1].text in REGION_WORDS)


def _handed_over_between_two(units: list[Unit], frame: Frame, ops: list[tuple[str, int, float]]) -> bool:
    """ "handed over to Poland's brigade at a ceremony attended by officials from both countries", "arrived at a
    Serbian army base, the two governments said": with no supplier named, the target receives and the other of
    the story's two parties hands over (not when a third country is named: "Polish-made rifles")."""
    moved = frame.passive or any("ARRIVE" in units[i].tags for _, i, level in ops if level == 0)
    third = any(u.ent not in ("actor", "target") and (u.how in ("adj", "origin") or u.low.split("-")[0] in COUNTRY_WORDS)
                for u in units[after_dateline(units):])
    return moved and frame.recipient in ("target", "target-in") and _both_sides_say(units) and not third


def _both_sides_say(units: list[Unit]) -> bool:
    """ "…, officials in both capitals said": the supplier's officials speak too."""
    return _BOTH_SIDES.search(" ".join(u.text for u in units)) is not None


_CLOSING = frozenset({"ending", "concluding", "closing", "completing"})


def _closes_review(units: list[Unit]) -> bool:
    """ "…, ending a review that had lasted since the spring": a refusal that closes a weighing is a decision."""
    return any(unit.low in _CLOSING and any("CONS" in u.tags for u in units[k + 1:k + 4])
               for k, unit in enumerate(units))


def _own_necessity(agent: Agent, ops: list[tuple[str, int, float]], main: Agent | None) -> bool:
    """ "Meloni said that Italy would have to reassess what it can offer": the actor is the subject of the "have
    to" that governs the clause with the object, and the actor's speaker reports it from above."""
    # (not "Jerusalem should declare that …": the one advised to speak reports nothing yet)
    levels = [level for op, i, level in ops if op == "DEONT" and 0 < i - agent.index <= 3]
    return agent.how == "governor" and main is not None and main.cls == "actor" and main.index != agent.index and \
        bool(levels) and any(op == "REPORT" and level > levels[0] for op, _, level in ops)


def _trade_noun(units: list[Unit], anchor: int) -> bool:
    """ "Seoul's arms exports rose", "exports of shells": the trade in general, not a supply to the target nearby."""
    return anchor + 1 < len(units) and units[anchor + 1].low in TRADE_NOUNS or \
        anchor >= 2 and "OF" in units[anchor - 1].tags and units[anchor - 2].low in TRADE_NOUNS


def _made_goods_delivered(units: list[Unit], anchor: int, agent: Agent, frame: Frame) -> bool:
    """ "Towed howitzers built in Pakistan have been delivered to Nigeria's army", "Belarusian-built systems have
    arrived in Venezuela": the actor's own make, delivered to the target with no other party in the clause, comes from the actor (", with the first
    shipment unloaded at HMAS Stirling" after the clause names a place, no party to it)."""
    end = next((k for k in range(anchor + 1, len(units)) if units[k].tags & {"COMMA", "HARD"}), len(units))
    # "… has arrived in Venezuela", "rifles, machine guns and launchers crossed into Cambodia"
    arrived = any("ARRIVE" in u.tags for u in units[anchor + 1:end]) or \
        any(level == 0 and i > anchor and "ARRIVE" in units[i].tags for _, i, level in frame.ops)
    return agent.how == "origin" and (frame.passive or frame.subject_supply or arrived) and \
        frame.recipient in ("target", "target-in") and \
        not any(u.ent == "other" or u.low in COUNTRY_WORDS and u.ent not in ("actor", "target")
                for u in units[after_dateline(units):end])


def _system_arrived(units: list[Unit], anchor: int, frame: Frame) -> bool:
    """ "The first Boxer armoured vehicles for Qatar have arrived in Doha": in a stance naming one system, the
    system itself, as the subject of a finite arrival or passive delivery at the target with no other party in
    the clause, is the actor's make delivered (not "A Typhoon delivered to Ankara would …", not a gerund)."""
    if units[anchor].obj != "strong" or any(u.tags & {"MODAL", "FUT", "COND", "NEG", "QUESTION"} for u in units):
        return False
    start = after_dateline(units)
    # ("The handover of Rafale fighters to Greece resumed": the subject may be its supply noun)
    if any(u.low in ("a", "an", "any") or u.tags - {"DET", "ADV", "SUPN", "SUP", "OF", "PREP"} or u.ent
           for u in units[start:anchor]):
        return False
    end = next((k for k in range(anchor + 1, len(units)) if units[k].tags & {"COMMA", "HARD"}), len(units))
    # "have arrived", "were handed over", "is on its way", "resumed"
    finite = any("ARRIVE" in u.tags and (u.low.endswith("ed") or u.low == "reached") or
                 "SUP" in u.tags and units[k - 1].low in ("been", "were", "was") or u.low in ("way", "route") or
                 "ASPECT" in u.tags and u.low.endswith(("ed", "s")) for k, u in enumerate(units[:end]) if k > anchor)
    return finite and _made_goods_delivered(units, anchor, Agent("actor", "origin", -1), frame)


# Making goods, not handing them over: "plans to start producing 155mm ammunition with a Turkish partner".
_MAKING = frozenset(("produce produces producing manufacture manufactures manufacturing build builds building assemble "
                     "assembles assembling develop develops developing design designs designing").split())


def _made_not_sent(units: list[Unit], anchor: int, ops: list[tuple[str, int, float]]) -> bool:
    """Is the object the goods a verb of making governs, after the last operator before it ("announced plans
    to start producing ammunition")? Such goods go to no one the sentence names."""
    last_op = max((i for _, i, _ in ops if i < anchor), default=-1)
    return any(unit.low in _MAKING for unit in units[last_op + 1:anchor])


_BUYERS = frozenset({"customers", "buyers", "clients", "countries", "states", "allies", "partners"})


_PURCHASE_NOUNS = frozenset({"purchase", "purchases", "acquisition", "acquisitions", "procurement"})


def _bought_by_actor(units: list[Unit], anchor: int) -> bool:
    """ "the planned Israeli air-defence purchase by the Slovak army": goods whose purchase the actor makes are
    the actor's to receive."""
    k = anchor + 1
    if k + 1 >= len(units) or units[k].low not in _PURCHASE_NOUNS or units[k + 1].low != "by":
        return False
    return any(u.ent == "actor" for u in units[k + 2:k + 5])


_DESTINED = frozenset({"support", "aid", "assistance", "help", "focused", "concentrated", "centred", "centered"})


def _other_destination(units: list[Unit]) -> bool:
    """ "Croatia's support for Ukraine, meanwhile, continues: a new package … was approved", "deliveries remain
    focused on Ukraine, to which it has sent …": the sentence names where its goods go; the recipient of the
    sentences around is not understood."""
    return any(units[k].ent == "other" and units[k].how == "name" and units[k - 1].low in ("for", "to", "on") and
               ("SUPN" in units[k - 2].tags or units[k - 2].low in _DESTINED) for k in range(2, len(units)))


_FUNDS = frozenset({"funding", "funds", "money", "financing", "budget"})


def _inclusion_of_other(units: list[Unit], anchor: int) -> bool:
    """ "Finland's air defence, which also includes NASAMS systems": what a weapon holder is made of; "It includes
    funding for the multirole fighter": the money included, not the goods it pays for."""
    verb = next((k for k in range(anchor - 1, -1, -1) if "SUP" in units[k].tags), None)
    if verb is None or not units[verb].low.startswith("includ"):
        return False
    if verb + 1 < anchor and units[verb + 1].low in _FUNDS:
        return True
    k = verb - 1
    while k >= 0 and (units[k].tags & {"ADV", "REL", "COMMA"}):
        k -= 1
    return k >= 0 and k < verb - 1 and "REL" in units[k + 1].tags | units[min(verb - 1, k + 2)].tags and \
        bool(units[k].obj)


_APPLICATIONS = frozenset({"application", "applications", "request", "requests"})
_LICENCES = frozenset({"licence", "licences", "license", "licenses", "permit", "permits", "permission",
                       "authorisation", "authorization"})


def _applied_for(units: list[Unit], anchor: int) -> bool:
    """ "have filed applications for licences to export 155mm ammunition to Israel": the supply a licence is
    asked for."""
    verb = next((k for k in range(anchor, -1, -1) if "SUP" in units[k].tags), None)
    return verb is not None and verb >= 4 and units[verb - 1].low == "to" and units[verb - 2].low in _LICENCES and \
        units[verb - 3].low == "for" and (units[verb - 4].low in _APPLICATIONS or units[verb - 4].low == "applied")


def _asked_before(units: list[Unit], anchor: int) -> bool:
    """ "was asked whether the process could include military cooperation, or even sales of Turkish weapons to
    Armenia": goods listed after a question's first member are asked about too, up to an answer."""
    for k in range(anchor - 1, -1, -1):
        unit = units[k]
        if unit.tags & {"HARD", "REPORT"} or unit.low in (";", ":"):
            return False
        if "QUESTION" in unit.tags and unit.low.startswith("asked"):
            return k > 0  # (a leading "Asked whether …, X said …" is answered after its comma: read elsewhere)
    return False


def _sent_elsewhere(units: list[Unit], anchor: int) -> bool:
    """ "does export arms, including ammunition, mostly to customers in Asia and Africa": a destination of the
    sentence's own that is not the target; the target of the sentences around is not understood."""
    for k in range(anchor + 1, len(units) - 1):
        if units[k].tags & {"SUB", "REL", "COMP", "HARD", "CONTRAST"} or units[k].low in ("after", "before", "as"):
            return False  # ("…, years after Washington resisted selling the jet to Arab states": another clause)
        if "TO" in units[k].tags and any(u.low in _BUYERS for u in units[k + 1:k + 3]):
            return not any(u.ent == "target" for u in units[k:])  # ("to customers including Ukraine")
    return False


def _decision_reviewed(units: list[Unit], anchor: int) -> bool:
    """Is the decision whose topic the anchor is under review in its own clause ("the government's decision on
    F-35 components was 'being reviewed'")? The matter it settled is open again."""
    for unit in units[anchor + 1:]:
        if unit.tags & {"COMMA", "HARD", "SUB", "REL", "CONTRAST", "NEG"} or unit.low in ("and", "but"):
            return False
        if op_of(unit) == "CONS":
            return True
    return False


# Words that open a set-off list of what goods are: "— mainly air-defence missiles and ammunition —".
_MAINLY = frozenset({"mainly", "mostly", "chiefly", "largely", "principally", "primarily"})


def _weapons_included(units: list[Unit], anchor: int) -> bool:
    """ "Qatari military equipment, including armoured personnel carriers, assault rifles and ammunition", "Greek
    military equipment for Georgia — mainly air-defence missiles and 23mm ammunition —": goods of a general kind
    whose listed members are weapons are weapons."""
    k = anchor + 1
    if k + 1 < len(units) and units[k].tags & {"FOR", "TO"} and units[k + 1].ent:
        k += 2  # "for Georgia", "to Georgia"
    if k + 2 >= len(units) or units[k].low not in (",", "—", "–", "(", ":"):
        return False
    if "LIST" in units[k + 1].tags or units[k + 1].low in _MAINLY:
        k += 1
    elif units[k].low == ",":
        return False
    return units[k + 1].obj == "strong"


def _named_first_object(units: list[Unit], anchor: int, ops: list[tuple[str, int, float]]) -> str | None:
    """The party named right after the supply verb, before the goods: "has sent Ukraine air-defence systems"."""
    for _, i, level in ops:
        if level == 0 and i + 1 < anchor and "SUP" in units[i].tags and "SUPN" not in units[i].tags and \
                units[i + 1].ent in ("target", "other") and units[i + 1].how == "name" and \
                not (i + 2 < len(units) and units[i + 2].low in ("'s", "’s")):
            return units[i + 1].ent
    return None


def _departed_from(units: list[Unit], anchor: int) -> bool:
    """Is the anchor inside the position a shift leaves behind ("…, a shift from the line Minsk took last year when
    it said it was not selling arms")? That position is the story's past, not the present one."""
    for k in range(anchor - 1, max(0, anchor - 25), -1):
        if units[k].tags & {"HARD", "QUOTE"} or units[k].low == ";":
            return False
        if DEPARTURES_FROM.get(units[k].low) == units[k + 1].low:
            return True
    return False


_CONTENTS_VERBS = _LISTING_VERBS | {"consist of", "includes", "include", "included", "contains", "contain", "contained"}


def _participle_supplier(units: list[Unit], anchor: int, ops: list[tuple[str, int, float]]) -> Agent | None:
    """The party named after a supply participle that follows the goods ("mortars and equipment supplied by
    Romania"), when no supply verb before the goods governs them: that party supplied them."""
    if any(op in ("SUP", "SUPN", "RECV") and i < anchor and units[i].low not in _CONTENTS_VERBS for op, i, _ in ops):
        return None  # (a verb of contents, "it consists of …", names what the goods are, not who gives them)
    k = anchor + 1
    while k < len(units) and (units[k].obj or units[k].tags & {"CONJ", "DET"} or units[k].low == ","):
        k += 1  # over the rest of the list: "mortars, mortar rounds and associated equipment"
    if k + 2 < len(units) and "SUP" in units[k].tags and "SUPN" not in units[k].tags and \
            (units[k].low.endswith("ed") or units[k].low in IRREGULAR_PARTICIPLES) and units[k + 1].low == "by" and \
            units[k + 2].ent in ("actor", "other", "target"):
        return Agent(units[k + 2].ent, "by", k + 2)
    return None


def _finite_passive(units: list[Unit], ops: list[tuple[str, int, float]]) -> bool:
    """Is the supply verb a finite passive ("were delivered", "is being delivered"), not a participle modifying
    goods in general ("weapons sent to Libya do not stay …")?"""
    return any(op == "SUP" and level == 0 and i >= 1 and units[i - 1].low in _FINITE_BE for op, i, level in ops)


_FINITE_BE = PASSIVE_BE - {"be"}  # (not "will be delivered": a future, not yet a delivery)


_ORDERING = frozenset({"ordered", "bought", "purchased", "commissioned"})


def _buyer_named(units: list[Unit], anchor: int) -> str | None:
    """The party that ordered the goods, named right after them: "delivered the last of the S-400 sets ordered by
    India" (the goods go to their buyer); goods "ordered for the National Armed Forces" stay with the buyer; or
    named as the possessor of their purchase: "The Philippines' purchase of Indian missile batteries"."""
    k = anchor - 1
    while k > 0 and anchor - k <= 3 and (units[k].ent == "actor" or not units[k].tags and not units[k].ent):
        k -= 1  # "Italian coastal"
    if k >= 3 and units[k].low == "of" and "RECV" in units[k - 1].tags and "POSS" in units[k - 2].tags and \
            units[k - 3].ent in ("target", "other"):
        return units[k - 3].ent
    k = anchor - 1
    while k > 0 and (units[k].obj or units[k].ent == "actor" or units[k].tags and
                     units[k].tags <= {"DET", "OF", "PREP", "SUP", "SUPN", "POSS", "AUX", "ADV"}):
        k -= 1  # "— Italy's first export of the missile —": an appositive; its noun is the purchase before it
    if units[k].low in ("—", "–", ","):
        for j in range(max(0, k - 9), k - 2):
            if units[j].ent in ("target", "other") and "POSS" in units[j + 1].tags and "RECV" in units[j + 2].tags:
                return units[j].ent
    for k in range(anchor + 1, min(len(units) - 2, anchor + 4)):
        if units[k].low in _ORDERING and units[k + 1].low == "by" and units[k + 2].ent in ("target", "other"):
            return units[k + 2].ent
        if units[k].low in _ORDERING and units[k + 1].low == "for":
            forces = k + 3 if units[k + 2].tags == {"DET"} else k + 2
            if forces < len(units) and not units[forces].ent and "GENERIC" in units[forces].tags:
                return "other"  # "new rifles ordered for the National Armed Forces": the buyer's own forces
        if units[k].tags & {"COMMA", "HARD", "SUB", "REL", "COMP", "CONJ"} or units[k].ent:
            return None
    return None


def _appositive_recipient(units: list[Unit], anchor: int) -> str | None:
    """The recipient of a supply that an appositive after it describes: "approved the transfer of mortars to
    Ukraine, its largest single package of artillery this year" (the package is that transfer)."""
    k = anchor - 1
    while k > 0 and (units[k].obj or units[k].tags <= {"OF", "PREP", "SUPN", "DET", "POSSPRON"} and
                     not units[k].ent and units[k].low != ","):
        k -= 1
    if units[k].low != "," or not units[k + 1].tags & {"POSSPRON", "DET"} or \
            not any("SUPN" in u.tags for u in units[k + 1:anchor]):
        return None
    named = before_time_phrase(units, k - 1)
    if named >= 1 and units[named].ent in ("target", "other") and "TO" in units[named - 1].tags:
        return units[named].ent
    return None


def _earlier_recipient(units: list[Unit], anchor: int, ops: list[tuple[str, int, float]]) -> str | None:
    """The recipient of earlier goods of the same verb, when the anchor is joined after them: "sent missiles
    back to the United States and (for) the jet …", "delivered tanks to Poland and, later, rifles"."""
    verb = max((i for op, i, level in ops if op == "SUP" and level == 0 and i < anchor), default=-1)
    if verb < 0:
        return None
    goods = any(u.obj for u in units[max(0, verb - 2):verb])  # "missiles sent back to …": goods before a participle
    for k in range(verb + 1, anchor - 2):
        goods = goods or bool(units[k].obj)
        named = k + 2 if units[k + 1].tags & {"DET"} else k + 1
        if goods and "TO" in units[k].tags and named < anchor and units[named].ent in ("target", "other") and \
                any("CONJ" in u.tags for u in units[named + 1:anchor]):
            return units[named].ent
    return None


# Who gives to a party, named by its gifts: "one of Ukraine's largest military donors, sending …".
_DONOR_NOUNS = frozenset({"donor", "donors", "supplier", "suppliers", "backer", "backers", "benefactor",
                          "benefactors", "patron", "patrons", "sponsor", "sponsors"})


def _donor_recipient(units: list[Unit], ops: list[tuple[str, int, float]]) -> str | None:
    """The party whose donor the supplier is, when the supply is a participle set off after that noun:
    "became one of Ukraine's largest military donors, sending F-16s" (the goods go to Ukraine)."""
    for _, i, level in ops:
        if level or i < 4 or "SUP" not in units[i].tags or not units[i].low.endswith("ing") or \
                units[i - 1].low != "," or units[i - 2].low not in _DONOR_NOUNS:
            continue
        k = i - 3
        while k >= 2 and not units[k].ent and not units[k].tags - {"GENERIC", "ADV"} and i - k <= 6:
            k -= 1  # over the donor's adjectives: "largest military"
        if "POSS" in units[k].tags and units[k - 1].ent in ("target", "other"):
            return units[k - 1].ent
    return None


def _package_recipient(units: list[Unit], anchor: int) -> str | None:
    """The recipient of a package whose contents are the goods: "a new package for Ukraine that includes HIMARS",
    "the Pentagon's latest Ukraine package, worth $400 million, included HIMARS" (the owner supplies, the
    name between owner and noun receives)."""
    including = next((k for k in range(anchor - 1, max(-1, anchor - 4), -1) if units[k].low.startswith("includ")), None)
    if including is None:
        return None
    for k in range(including - 1, max(-1, including - 10), -1):
        if "SUPN" not in units[k].tags:
            continue
        after = units[k + 1:k + 4]
        if len(after) == 3 and after[0].low in ("for", "to") and after[1].ent in ("target", "other") and \
                after[2].low in ("that", "which"):
            return after[1].ent
        before = units[k - 1] if k >= 1 else None
        if before is not None and before.ent in ("target", "other") and before.how == "name" and \
                any("POSS" in u.tags for u in units[max(0, k - 4):k - 1]):
            return before.ent
        return None
    return None


_DENIED_EXPLANATION = (("it", "is", "not", "that"), ("it", "was", "not", "that"), ("it's", "not", "that"),
                       ("it", "'s", "not", "that"), ("it", "’s", "not", "that"))


def denied_explanation(units: list[Unit], anchor: int) -> bool:
    """ "It is not that Japan cannot send arms (, it is that …)": the "that" clause of a cleft opening on
    "It is not that" is an explanation the speaker sets aside, not a state of affairs, so no position."""
    lead = after_opening_quotes(units)
    words = tuple(u.low for u in units[lead:lead + 4])
    if any(u.low in (";", "—", "–") or "CONTRAST" in u.tags for u in units[lead:anchor]):
        return False  # "…; it is that we will not": the clause after the break is the speaker's own
    return any(words[:len(p)] == p and lead + len(p) <= anchor for p in _DENIED_EXPLANATION)


# Papers that report, no party: "The document suggested that …", "a leaked cable says …".
_PAPERS = frozenset({"document", "documents", "slide", "slides", "cable", "cables", "memo", "dossier", "leak",
                     "headline", "headlines"})


def _policy_topic(units: list[Unit], ops: list[tuple[str, int, float]]) -> bool:
    """Is the only predicate a supply noun right after "policy on" ("its policy on arms supplies to Nepal", "the
    position regarding exports", "its approach to arms sales")? The noun names what the policy is about, not a
    supply."""
    preds = [i for op, i, level in ops if op in PREDICATES]
    if len(preds) != 1 or "SUPN" not in units[preds[0]].tags:
        return False
    k = preds[0] - 1
    while k > 0 and (units[k].obj or units[k].tags & {"DET"} or not units[k].tags and not units[k].ent):
        k -= 1
    return k > 0 and (units[k].low in ("on", "regarding", "towards", "toward", "about") and
                      units[k - 1].low in ("policy", "policies", "position", "positions", "stance", "line") or
                      units[k].low == "to" and units[k - 1].low in ("approach", "approaches", "attitude"))


# Nouns of means or entitlement before "to" (tagged as modal in tagging): "the capacity to supply", "the right to sell"
_CAPABILITY_NOUNS = frozenset({"appetite", "capacity", "capability", "ability", "wherewithal", "right", "freedom"})
_FINITE = frozenset({"does", "do", "did", "is", "are", "was", "were", "would", "will", "can", "could", "may", "might",
                     "has", "have"})


def _purchase_as_subject(units: list[Unit], anchor: int, ops: list[tuple[str, int, float]]) -> bool:
    """ "Buying Japanese missiles does not stop …": a purchase gerund opening the sentence with its object right
    before the verb is the subject, the act as a topic ("Buying them, Thailand …" is an adjunct)."""
    verb = next((i for op, i, level in ops if op == "RECV" and level == 0), None)
    return verb is not None and verb == after_opening_quotes(units) and units[verb].low.endswith("ing") and \
        anchor + 1 < len(units) and units[anchor + 1].low in _FINITE


def _document_says(units: list[Unit], ops: list[tuple[str, int, float]]) -> bool:
    """Is the subject of the reporting verb the clause hangs on an unowned paper ("The document, one of dozens
    that surfaced …, suggested that …")? Its content is a claim; the actor's own paper ("Japan's white paper",
    "the ministry's document") speaks for the actor."""
    report = outer_report(ops)
    start = after_dateline(units)
    if report is not None and report > start and units[start].low in _PAPERS and units[start].low.endswith("s"):
        # "Documents posted online by a hacking group suggest that …": papers of no one named (not "Documents
        # published by the Brazilian government …", the actor's own)
        return not any(units[j].low == "by" and _actor_publisher(units, j + 1) for j in range(start, report))
    if report is None or report <= start + 1 or units[start].low not in ("the", "a", "an", "this"):
        return False
    return units[start + 1].low in _PAPERS or units[start + 2].low in _PAPERS and not units[start + 1].ent


def _foreign_goods(units: list[Unit], anchor: int) -> bool:
    """ "Chinese rocket launchers", "the delivery of Russian-made jets": goods named by another country's adjective
    are that country's; with no supplier named, their delivery is that country's doing."""
    k = anchor - 1
    while k >= 0 and anchor - k <= 3 and (units[k].obj or not units[k].ent and not units[k].tags and
                                          units[k].low.replace("-", "").isalpha() and units[k].low not in PARTY_WORDS):
        k -= 1  # "Chinese long-range rocket launchers"
    return k >= 0 and (units[k].ent == "other" and units[k].how in ("adj", "origin") or
                       not units[k].ent and units[k].cap and units[k].low in PARTY_WORDS)


def _imagined_country(units: list[Unit]) -> bool:
    """ "A Serbia that delivered shells …", "an Italy willing to arm …": the actor's name with an indefinite
    article and a clause describing it is a version of the country imagined, not the country."""
    return any(unit.ent == "actor" and unit.how == "name" and 0 < k < len(units) - 1 and
               units[k - 1].low in ("a", "an") and units[k + 1].low in _IMAGINING
               for k, unit in enumerate(units))


# ("a Romania with a spine would arm Israel tomorrow")
_IMAGINING = frozenset({"that", "which", "willing", "ready", "able", "with", "without"})


# Texts put to a vote, which require nothing until passed: "a bill requiring the Pentagon to …".
_PROPOSED_MEASURES = frozenset({"bill", "bills", "legislation", "motion", "motions", "resolution", "amendment",
                                "amendments", "draft", "petition"})


def _proposed_measure(units: list[Unit], control: int) -> bool:
    """Is the verb that directs the supplier ("requiring", "calling on", "directing") said of a text put to a
    vote that the same clause does not say was passed ("introduced legislation on Thursday requiring …")?"""
    for k in range(control - 1, max(-1, control - 7), -1):
        if units[k].low in _PROPOSED_MEASURES:
            return not _passed(units, k, control)
        if units[k].tags & {"REPORT", "HARD"} or units[k].ent:
            return False
    return False


def _actor_publisher(units: list[Unit], k: int) -> bool:
    """ "(published by) the Brazilian government", "(by) Japan's defence ministry": the actor or one of its bodies,
    not "a German broadcaster"."""
    while k < len(units) and units[k].tags & {"DET"}:
        k += 1
    if k >= len(units) or units[k].ent != "actor":
        return False
    if units[k].how == "name" and not (k + 1 < len(units) and "POSS" in units[k + 1].tags):
        return True
    return any("GENERIC" in unit.tags for unit in units[k + 1:k + 4])


def _measure_clause(units: list[Unit], anchor: int) -> bool:
    """ "filed a bill that would allow the government to transfer …", "a motion calling for …": the supply is
    what a text put to a vote would do, and the sentence does not say it was passed ("legislation that took
    effect", "a draft resolution condemning …" do not direct anyone)."""
    for k in range(anchor - 1, -1, -1):
        if units[k].low in _PROPOSED_MEASURES and k + 2 < anchor and (
                units[k + 1].low in ("that", "which") and units[k + 2].low == "would" or
                units[k + 1].low in _DIRECTING or
                any(units[j].low == "would" and units[j + 1].low in _DIRECT for j in range(k + 1, anchor - 1))):
            # ("The bill, sponsored by …, would require the ministry to transfer …")
            return not _passed(units, k, anchor)
    return False


def _passed(units: list[Unit], measure: int, end: int) -> bool:
    """Does the clause say the text at `measure` was passed ("passed a bill requiring …", "… now law", "in force")?"""
    return any(u.low.startswith(("pass", "adopt", "enact", "approv")) or u.low in ("signed", "law", "force")
               for u in units[max(0, measure - 4):end])


_DIRECT = frozenset({"require", "allow", "authorise", "authorize", "oblige", "direct", "mandate", "force", "compel",
                     "permit", "order", "instruct"})
# What a text put to a vote would do to the government: "a bill requiring / allowing the ministry to …".
_DIRECTING = frozenset({"requiring", "allowing", "authorising", "authorizing", "obliging", "directing", "mandating",
                        "calling", "urging", "instructing", "ordering", "permitting", "compelling"})


# Singular pronouns by which a speaker names the party they speak for: "said his country might have to …";
# a possessive only with a noun for the party itself ("its allies", "her counterparts" are others).
_OWN_PARTY_PRONOUNS = frozenset({"it", "his", "her", "its"})
_OWN_PARTY_NOUNS = frozenset({"country", "government", "nation"})
_COPULAS = frozenset({"be", "is", "was", "'s", "’s"})


def _speakers_own_country(units: list[Unit], frame: Frame, agent: Agent, ops: list[tuple[str, int, float]]) -> bool:
    """Is the subject a singular pronoun ("his country", "it") that stands for the actor because the actor's
    own speaker says it ("X's foreign minister said his country might have to …")? Not "they", which may be
    any group the speaker talks about; and only when the necessity is the pronoun's own ("X should say that
    it will not …" advises the speaker)."""
    subject = frame.agent
    if agent.how != "pronoun" or subject is None or subject.index < 0 or subject.index + 1 >= len(units):
        return False
    pronoun, after = units[subject.index].low, units[subject.index + 1:subject.index + 4]
    if pronoun == "it":
        party = not any(u.low in _COPULAS for u in after)  # "said it must be up to Germany to …": no one's
    else:
        party = pronoun in _OWN_PARTY_PRONOUNS and after[0].low in _OWN_PARTY_NOUNS
    return party and frame.speaker is not None and frame.speaker.cls == "actor" and \
        all(i > subject.index for op, i, _ in ops if op == "DEONT")


def _quoted_we(units: list[Unit], frame: Frame, agent: Agent) -> bool:
    """Is the subject a first-person "we" inside a quotation the actor's speaker makes (named after it,
    or carried from the sentence before)?"""
    subject = frame.agent
    if subject is None or not subject.first_person or units[subject.index].low != "we":
        return False
    return agent.how in ("speaker", "spokesman") or (agent.how == "salient" and "QUOTE" in units[0].tags)


def _none_to_come(units: list[Unit], anchor: int) -> bool:
    """ "There will be no more jets", "there would be no Leopards for Kyiv": the object itself is what
    will not exist, a future existential negation (over "more", "further" or a determiner), so none is to
    be supplied; "there are no tanks left in stock" tells a present stock, not a decision."""
    k = anchor - 1
    while k >= 0 and (units[k].tags & {"DET"} or units[k].low in ("more", "further")) and "NEG" not in units[k].tags:
        k -= 1
    return k >= 3 and units[k].low == "no" and units[k - 1].low == "be" and "FUT" in units[k - 2].tags and \
        "THERE" in units[k - 3].tags


# A bound kept on a supply: "within the limits (observed so far)", "within those bounds".
_LIMIT_NOUNS = frozenset({"limit", "limits", "bounds", "confines", "ceiling", "ceilings"})


def _limit_not_held(units: list[Unit], anchor: int, frame: Frame) -> int | None:
    """ "Iran might not be able to keep its cooperation within the limits observed until now": a bound
    on the supply that the actor may not keep is an opening, like "could not confine itself to". Only
    under a negation and a modal of the anchor's own clause (a bound merely kept or not kept says
    nothing of an opening). Returns the index of "within"."""
    negations = [i for op, i, level in frame.ops if op == "NEG" and level == 0 and i < anchor]
    if not negations or not any(op == "MODAL" and level == 0 for op, _, level in frame.ops):
        return None
    for k in range(max(negations) + 1, anchor - 1):
        if units[k].low == "within":
            j = k + 1
            while j < anchor and j - k <= 3 and units[j].tags & {"DET", "POSSPRON"}:
                j += 1
            if units[j].low in _LIMIT_NOUNS:
                return k
    return None


_MONTHS_AND_SEASONS = frozenset(
    "january february march april may june july august september october november december spring summer autumn "
    "fall winter".split())


def _date_after(units: list[Unit], k: int) -> bool:
    """Does a point in time start at k ("March", "2026", "next year", "the end of May", "the spring")?"""
    if k < len(units) and units[k].low == "the":
        k += 1
    if k >= len(units):
        return False
    word = units[k].low
    return word in _MONTHS_AND_SEASONS or (word.isdigit() and len(word) == 4) or \
        (word in ("next", "end", "early", "late", "mid") and k + 1 < len(units))


def _definite_goods(units: list[Unit], anchor: int) -> bool:
    """ "the rounds", "the Swiss-made ammunition", "its howitzers": goods already settled on, not any goods."""
    for k in range(anchor - 1, max(-1, anchor - 4), -1):
        if units[k].low in ("the", "these", "those", "its", "their", "our"):
            return True
        if not (units[k].ent or units[k].obj or not units[k].tags):
            return False
    return False


def _negated_only_before(units: list[Unit], ops: list[tuple[str, int, float]]) -> int | None:
    """ "The rounds will not arrive before March", "will not be delivered until next year": a "not" over a
    supply or an arrival bounded by "before / until <date>" denies only the earlier date (the delivery is
    scheduled); the supply itself is not refused. Returns the index of that "not"."""
    for op, i, level in ops:
        if op != "NEG" or level != 0 or units[i].low != "not":
            continue
        verb = next((j for o, j, _ in ops if o in ("SUP", "ARRIVE") and i < j <= i + 3), None)
        if verb is None:
            return None
        for k in range(verb + 1, min(len(units) - 1, verb + 7)):
            if units[k].low in ("before", "until", "till"):
                return i if _date_after(units, k + 1) else None
            if units[k].tags & {"COMMA", "HARD", "SUB", "CONJ", "REL", "COMP"}:
                return None
    return None


_LIST_MARKS = frozenset({",", "—", "–", "-", ";", "("})


def _echoed_negation(units: list[Unit], anchor: int, ops: list[tuple[str, int, float]]) -> int | None:
    """ "We are not sending weapons — not shells, not mortars, nothing": a "not" opening a list member
    after a dash or comma repeats the negation of the clause it hangs on; it is not a second one (which
    would read as "not ruling out"). Only when that clause's supply verb is itself negated: "We send
    shells, not mortars" keeps its contrast. Returns the index of the repeated "not"."""
    k = anchor - 1
    while k > 0 and not units[k].tags and not units[k].cap and k > anchor - 3:
        k -= 1  # "not 155mm shells"
    if k < 1 or units[k].low != "not" or units[k - 1].low not in _LIST_MARKS:
        return None
    verbs = [i for op, i, level in ops if op in ("SUP", "SUPN") and level == 0 and i < k - 1]
    if not verbs:
        return None
    if any(op == "NEG" and level == 0 and i < min(verbs) for op, i, level in ops):
        return k
    return None


def _coordinated_negations(units: list[Unit], ops: list[tuple[str, int, float]]) -> set[int]:
    """ "No weapons and no ammunition have been sent", "Neither weapons nor ammunition": a "no" or "nor" opening
    a noun coordinated with one that a "no" or "neither" opened negates the same clause once more, it is no
    double negation. Returns the indices of the repeated negations."""
    negations = sorted(i for op, i, _ in ops if op == "NEG")
    repeated: set[int] = set()
    for first, second in zip(negations, negations[1:]):
        if units[first].low not in ("no", "neither") or units[second].low not in ("no", "nor", "none") or \
                second - first > 10:
            continue
        between = units[first + 1:second]
        linked = units[second].low == "nor" or between and between[-1].low in ("and", "or", ",")
        # ("no such transfers had taken place and none were planned": a "none" opening the next clause negates
        # that clause, not this one again)
        if linked and (units[second].low == "none" or not any(u.tags & _CLAUSE_VERBS for u in between)):
            repeated.add(second)
    return repeated


_CLAUSE_VERBS = frozenset({"SUP", "AUX", "HAS", "HAD", "MODAL", "FUT", "REPORT", "COMP"})


# Adverbs of frequency: "rarely discuss", "usually consider" tell what someone does as a rule.
_HABITUAL = frozenset({"rarely", "seldom", "usually", "often", "typically", "generally", "routinely", "normally"})


# Heads of a manner phrase citing the rules a practice follows: "in accordance with the law".
_RULE_HEADS = frozenset({"accordance", "compliance", "conformity", "line"})


def _lawful_practice(units: list[Unit], anchor: int, ops: list[tuple[str, int, float]]) -> bool:
    """Is the supply a practice in the simple present, its goods named in general and qualified by the rules it
    follows ("exports weapons only in accordance with the law and with end-user certificates")? It tells how the
    actor exports, to no one in particular."""
    verbs = [i for op, i, level in ops if op == "SUP" and level == 0 and i < anchor]
    if not verbs or anchor - verbs[-1] > 3:
        return False
    verb = units[verbs[-1]].low
    subject = units[verbs[-1] - 1] if verbs[-1] else None
    if not verb.endswith("s") or verb.endswith("ss") or subject is None or \
            not (subject.ent or subject.tags & {"PRON", "GENERIC"}) or "POSS" in subject.tags or \
            any(u.tags & {"DET", "NUM", "POSS"} for u in units[verbs[-1] + 1:anchor]):
        return False
    after = [u.low for u in units[anchor + 1:anchor + 5]]
    if after[:1] == ["only"]:
        after = after[1:]
    return len(after) >= 3 and after[0] == "in" and after[1] in _RULE_HEADS and after[2] == "with"


def _habitual(units: list[Unit], fired: set[int]) -> bool:
    """Is a weighing verb that fired told as a habit ("Israeli officials rarely discuss arms exports")?"""
    return any(op_of(units[i]) == "CONS" and i > 0 and units[i - 1].low in _HABITUAL for i in fired)


_PARTICLES = frozenset({"down", "up", "off", "out"})


def _object_of_other_infinitive(units: list[Unit], anchor: int) -> bool:
    """Is the object that of an infinitive whose verb the detector does not know ("to test-fly the Gripen")?"""
    k = anchor - 1
    while k > 0 and (units[k].tags <= {"DET", "POSSPRON"} and units[k].tags or units[k].obj or
                     not units[k].tags and units[k].low[:1].isdigit()):
        k -= 1  # "the JAS 39"
    purpose = k  # "plans to use it for maritime patrol aircraft and drones": over a purpose and its list
    while purpose > 1 and anchor - purpose < 10 and units[purpose - 1].low != "to" and (
            units[purpose].low in ("for", "and", "or", ",") or units[purpose].obj or not units[purpose].tags and
            not units[purpose].ent and units[purpose].low.isalpha() and not units[purpose].cap):
        purpose -= 1
    if purpose < k and any(units[j].low == "for" for j in range(purpose + 1, k + 1)):
        k = purpose
    if k >= 2 and units[k].low in _PARTICLES and not units[k - 1].tags:
        k -= 1  # "to shoot down drones": a particle verb
    after = units[anchor + 1:anchor + 3]
    return k >= 1 and units[k - 1].low == "to" and not units[k].tags and not units[k].ent and not units[k].obj and \
        units[k].low.replace("-", "").isalpha() and not units[k].cap and units[k].low not in ("let", "help") and \
        not any(u.tags & {"SUP", "ARRIVE", "RECV"} for u in after)  # ("to let its weapons reach Kyiv")


# After "no decision to send X": "and no plan to take one", "and no such decision is being prepared".
_NOR_PLANNED = re.compile(r"^(?:,\s*)?(?:and|nor)\s+(?:(?:there\s+is|is\s+there)\s+)?(?:no\s+(?:plans?|intention)(?:\s+(?:to|for)\b|\s*[.,;]|\s*$)|"
                          r"no\s+such\s+decision\s+is\s+(?:being\s+)?(?:prepared|planned|considered)\b|none\s+is\s+planned\b)")


_NEXT_CLAUSE = re.compile(r"\s(?=and\s|nor\s|,\s*and\s)")


def _planless(units: list[Unit], anchor: int, ops: list[tuple[str, int, float]]) -> bool:
    """ "There is no decision to send X, and no plan to take one": an undecided question that no plan keeps
    open is a refusal."""
    decision = next((i for op, i, _ in ops if op == "DECIDE" and i < anchor), None)
    if decision is None or not any(op == "NEG" and i < decision for op, i, _ in ops):
        return False
    rest = " " + " ".join(u.low for u in units[anchor + 1:])
    clause = _NEXT_CLAUSE.split(rest, maxsplit=1)
    return len(clause) == 2 and _NOR_PLANNED.match(clause[1]) is not None


# Verbs of going on whose object is a supply by itself: "resume military aid" is resuming supplying it.
_RESUME_VERBS = frozenset({"resume", "resumes", "resumed", "resuming", "restart", "restarts", "restarted",
                           "restarting", "continue", "continues", "continued", "continuing"})


def _resumed_object(units: list[Unit], anchor: int, frame: Frame) -> bool:
    """Is the object the direct object of "resume / restart / continue" in its own clause (over a
    determiner or adjectives only), the verb read at level 0?"""
    k = anchor - 1
    while k >= 0 and anchor - k <= 4 and (units[k].obj or units[k].tags <= {"DET", "ADV"} and not units[k].ent and
                                          units[k].low.isalpha() and units[k].low not in _RESUME_VERBS):
        k -= 1
    return k >= 0 and units[k].low in _RESUME_VERBS and \
        any(op == "ASPECT" and i == k and level == 0 for op, i, level in frame.ops)


def _example_of(units: list[Unit], anchor: int) -> int | None:
    """ "systems, such as air-defence ammunition, could …", "cooperation, including weapons, is being
    studied": the comma closing an example of the noun before; None when the object is not one."""
    k = anchor - 1
    while k >= 0 and units[k].obj and anchor - k < 3:
        k -= 1  # "such as air-defence missiles"
    if k < 2 or units[k].low not in ("such as", "including") or units[k - 1].low != ",":
        return None  # ", including weapons," between commas illustrates the noun before as ", such as" does
    for k in range(anchor + 1, min(anchor + 5, len(units) - 1)):
        if units[k].low == ",":
            return k
        if units[k].tags and not units[k].obj:
            return None
    return None


def weighs_a_request(units: list[Unit], ops: list[tuple[str, int, float]]) -> bool:
    """ "… said that China is considering a request to supply Pakistan": a weighing verb whose direct
    object is a request (no supply verb of its own in between); the recipient knows that first-hand."""
    for op, i, level in ops:
        if op != "CONS" or level != 0:
            continue
        for k in range(i + 1, min(len(units), i + 4)):
            if units[k].low in ("request", "requests", "plea", "appeal"):
                return True
            if units[k].low not in ("a", "the", "its", "their", "this", "that", "new", "fresh", "formal"):
                break
    return False


# "Russia has offered to buy back the missiles from India": a buyer's offer (proposal, bid) to buy is
# its wish; the seller has agreed to nothing yet.
_PURCHASE_OFFERS = frozenset({"offer", "offers", "offered", "offering", "propose", "proposes", "proposed",
                              "proposing", "bid", "bids", "seeks", "sought", "seeking"})
_WISHES = frozenset({"like", "love", "glad", "happy", "keen", "eager", "pleased"})  # "would like to receive"


def _offered_purchase(units: list[Unit], ops) -> bool:
    """Is a receiving verb of the clause the infinitive of an offer, a proposal or a wish ("offered to buy back
    …", "would very much like to receive …", "would certainly be glad to receive …")?"""
    return any(op == "RECV" and i >= 2 and units[i - 1].low == "to" and
               any((units[j].low in _PURCHASE_OFFERS or units[j].low in _WISHES and _wished(units, j))
                   for j in range(max(0, i - 5), i - 1)
                   if all(not units[m].ent and units[m].low != "," for m in range(j + 1, i - 1)))
               for op, i, level in ops if level == 0)  # (a time phrase between: "offered last month to buy")


def _wished(units: list[Unit], k: int) -> bool:
    """ "would (very much) like to", "is eager to": a wish, not "were happy to receive …" (a receipt told)."""
    before = [unit.low for unit in units[max(0, k - 4):k]]
    return not any(word in ("was", "were", "had") for word in before) and (
        units[k].low != "like" or any(word in ("would", "'d", "’d") for word in before))


# Verbs by which a clause disowns someone's words (set test first: cheap per sentence).
_DISOWN = frozenset("distanced corrected contradicted disowned rebutted repudiated".split())


def _other_act_weighed(units: list[Unit], weighing: int, anchor: int) -> bool:
    """Is the object taken by a gerund of another act right after the weighing ("considering producing more
    drones", "considering expanding its order for U.S.-made missiles")? A gerund that sends the object on to the
    target is a supply however the lexicon calls it ("considering releasing some of its AMVs to Ukraine")."""
    j = weighing + 1
    onward = any("TO" in units[k].tags and units[k + 1].ent == "target" for k in range(anchor + 1, min(len(units) - 1,
                                                                                                     anchor + 5)))
    return j < anchor and units[j].low.endswith("ing") and len(units[j].low) > 5 and not units[j].tags and \
        not units[j].cap and not onward and \
        all(u.ent not in ("actor", "target") and not u.tags & {"SUP", "SUPN", "COMMA", "CONJ"} and u.low != ";"
            for u in units[j + 1:anchor])


def _they_say_we(units: list[Unit], frame: Frame) -> bool:
    """Does "they" report what "we" do ("They say that we are sending …")? One voice never calls itself both."""
    agent, speaker = frame.agent, frame.speaker
    return agent is not None and agent.first_person and speaker is not None and 0 <= speaker.index < len(units) - 1 \
        and units[speaker.index].low == "they" and units[speaker.index + 1].low in _HEARSAY_VERBS


# What others put about ("they write that …"); "they know that …" would grant it.
_HEARSAY_VERBS = frozenset("say says said write writes wrote claim claims claimed allege alleges alleged "
                           "report reports reported tell tells told".split())


# Verbs of blaming someone "for" what they did or said, and gerunds of saying after that "for".
_CRITICISING = frozenset("criticised criticized criticises criticizes faulted attacked blamed chided rebuked "
                         "slammed condemned mocked derided ridiculed lambasted castigated berated".split())
_SAYING_GERUNDS = frozenset("suggesting saying claiming proposing hinting arguing implying stating".split())


def _criticised_words(units: list[Unit], anchor: int) -> bool:
    """ "Lee criticised his predecessor for suggesting that weapons might be sent": the clause after a gerund
    of saying, hung on "for" after a verb of blaming, is the blamed person's words, which the subject rejects;
    it is no one's position."""
    for k in range(anchor - 1, 2, -1):
        if units[k].low == "that" and "COMP" in units[k].tags:
            return units[k - 1].low in _SAYING_GERUNDS and units[k - 2].low == "for" and \
                any(u.low in _CRITICISING for u in units[:k - 2])
    return False


def _disowned_report(units: list[Unit], ops: list[tuple[str, int, float]]) -> bool:
    """ "corrected remarks by an envoy who suggested that deliveries could resume": a report verb
    whose subject is "who", in a sentence whose earlier verb disowns that person's words."""
    report = outer_report(ops)
    if report is None or report < 2 or units[report - 1].low != "who":
        return False
    return any(u.low in _DISOWN for u in units[:report - 1])
