"""One sentence → what it claims about the actor supplying the object to the target.

Each mention of the object (or "arm Ukraine", "beyond humanitarian aid", "only non-lethal
aid") is an anchor; `clauses.SentenceGrammar` reads the grammar around it and
`polarity.fold` combines what governs it. Coordinated objects ("shells, missiles and
tanks") share one reading. Sentences that cannot mention the object are skipped after a
token look-up, which keeps the detector fast.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from monitor.detect.agents import after_dateline, leading_time_clause
from monitor.detect.answers import answer_claim
from monitor.detect.clauses import SentenceGrammar
from monitor.detect.demonyms import COUNTRY_WORDS
from monitor.detect.lexicon import EVERY_WEAPON, HALT_NOUNS, MONTH_NAMES, REQUEST_NOUNS, WEAPON_NOUNS
from monitor.detect.object_phrases import (
    ANAPHORIC_OBJECTS,
    DENIED_NOUNS,
    HOLDING,
    MATTER_NOUNS,
    MORE_OF,
    held_line,
    set_off_participle_end,
)
from monitor.detect.polarity import HALTING, NONE, PREDICATES, RECONSIDER, REFRAINS, SUPPLIES, Claim
from monitor.detect.sentence_facts import main_subject
from monitor.detect.tagging import (CLAUSE_END, KEEPING, Matcher, Unit, lowered, may_anchor, place_owner, tokens_of,
                                    units_for)

__all__ = ["NONE", "RECONSIDER", "REFRAINS", "SUPPLIES", "Claim", "SentenceReading", "analyse_sentence"]

_ANAPHOR_HINT = re.compile(
    r"(?i)\b(?:the|this|that|such an?)\s+(?:option|idea|step|move|plan|proposals?|requests?|applications?)\b"
    r"|\b(?:den(?:y|ies|ied|ying)|dismiss\w*|refut\w*)\s+(?:the|this|that|these|such)\s+(?:reports?|claims?)\b"
    r"|\brul\w*\s+(?:it|them|that|this)\s+out\b"
    r"|\b(?:send\w*|sent|deliver\w*|suppl\w*|provid\w*|transfer\w*|ship\w*|hand\w*|giv\w*|gave)\s+(?:it|them)\b"
    r"|\b(?:against|out|look\w*\s+(?:again\s+)?(?:at|into)|reconsider\w*|weigh\w*|consider\w*|approv\w*|reject\w*|drop\w*|abandon\w*|shelv\w*)\s+(?:it|them)\b"
    # "I am not excluding it", "we are examining it": the option asked about, refused or weighed
    r"|\b(?:exclud\w*|examin\w*|stud(?:y|ies|ied|ying)|evaluat\w*|assess\w*|analy[sz]\w*|review\w*)\s+(?:it|them)\b"
    # "we are keeping them": withheld (not "no argument for keeping them": a gerund after a preposition)
    rf"|\b{KEEPING}\s+them{CLAUSE_END}"
    # "Bratislava is discussing it with partners": the other weighing verbs of the lexicon too
    # (under way: "we discussed it" tells of a talk held, no option weighed now)
    r"|\b(?:discussing|debating|mulling|contemplating|pondering|revisiting|rethinking)\s+(?:it|them)\b"
    r"|\b(?:out|exclud\w*)\s+(?:any|all|the)\s+(?:possibility|possibilities|options?)\b"
    r"|\bit\s+(?:is|has)\s+(?:still\s+|now\s+)?(?:being|been)\s+(?:\w+ly\s+)?\w+ed\b"  # "It is being (carefully) examined": see _weighed_subject
    r"|^\W*it\s+is\s+(?:still\s+|now\s+|currently\s+)?under\s+(?:review|consideration|study|examination)\b"  # the same
    # "reviewing the Venezuelan requests", "examining Kyiv's request": the target's own request (see _target_request)
    r"|\b(?:the|this|that)\s+[A-Z][\w-]*\s+requests?\b|[A-Z][\w-]*(?:'s|’s)\s+requests?\b"
    r"|^\W*they\s+(?:are|were|remain)\s+not\s+part\s+of\b"  # "They are not part of …": see _excluded_pronoun
    r"|\bthe\s+question\s+again\b"  # "is weighing the question again": see _reopened_question
    r"|\b\w+ing\s+(?:this|that|the)\s+(?:question|issue|matter)\b"  # "is reviewing this question": see _weighed_matter
    r"|\b(?:exclud\w*|rul\w*\s+out)\s+anything\b"  # "I would not exclude anything": see _excluded_anything
    # "The freeze stands": see _weighed_halt ("the ban on exporting …" names its own content)
    r"|\b(?:the|this|that|its)\s+(?:suspension|freeze|moratorium|ban|halt)\b(?!\s+(?:on|of|against)\b)"
)
#: every alternative of _ANAPHOR_HINT needs one of these as a whole word
_ANAPHOR_WORDS = frozenset({"it", "them", "option", "options", "idea", "step", "move", "plan", "request", "requests",
                            "proposal", "proposals", "application", "applications",
                            "report", "reports", "claim", "claims", "possibility", "possibilities", "they", "question",
                            "issue", "matter", "anything", "suspension", "freeze", "moratorium", "ban", "halt",
                            "out"})  # ("ruled that out": not "that", which most sentences have)


def _anaphor_hint(sentence: str, tokens: Sequence[tuple[int, int, str]]) -> bool:
    """_ANAPHOR_HINT, tried only when a word it needs is there (most sentences have none of them)."""
    for _, _, text in tokens:
        low = text.lower()
        if low in _ANAPHOR_WORDS or (("-" in low or "–" in low) and not _ANAPHOR_WORDS.isdisjoint(_WORD_PARTS.split(low))):
            return _ANAPHOR_HINT.search(sentence) is not None
    return False


_WORD_PARTS = re.compile(r"[-–]")
# "hard (for us) to insist …", "difficult to keep …": see held_line
_HELD_LINE_HINT = re.compile(r"\b(?:difficult|hard|impossible|untenable)\b\W{0,3}(?:for\s+(?:\w+\s+){1,3})?to\s+(?:"
                             + "|".join(sorted(HOLDING)) + r")\b|\b(?:limit|confine|restrict)\s+(?:itself|ourselves|"
                             r"themselves|myself)\s+to\b", re.IGNORECASE)
_ECHO_OBJECTS = frozenset({"them", "it", "batch", "shipment", "consignment", "tranche", "ones"})
_ELLIPTIC = frozenset({"more", "any", "some", "others"})  # "send more": the object named before, elided
# In a sentence that names the stance's system, a definite class noun ("the missiles", "a weapon
# whose …") refers back to it; `_definite` keeps out bare plurals ("Germany sends missiles").
_CLASS_NOUNS = frozenset({"weapon", "weapons", "missile", "missiles", "system", "systems", "rocket", "rockets"})


@dataclass(frozen=True)
class SentenceReading:
    claims: tuple[Claim, ...]
    salient: str | None  # who the next sentence's "it" most likely means
    names_target: bool = False  # the sentence names the target (context for the next sentence)


def analyse_sentence(sentence: str, matcher: Matcher, salient: str | None = None,
                     echo: frozenset[str] = frozenset(), target_near: bool = False,
                     about_target: bool = False, interviewee: str | None = None,
                     officials: frozenset[str] = frozenset(),
                     covering: frozenset[str] = frozenset(), about_actor: bool = False) -> SentenceReading:
    """The claims of one sentence about the stance.

    `salient` is who earlier sentences were about (for "it", "the ministry"); `echo` holds
    the nouns the article uses for the stance's one weapon system ("Taurus missiles" →
    "missiles"), so that "the missiles" later in the article still means that system.
    `target_near`: the previous or the opening sentence names the target, so a supply with
    no recipient of its own ("pledged to provide Taurus") is understood to go to it;
    `about_target`: the article names the target somewhere (for "told Zelensky that … will provide");
    `about_actor`: the first country it names past the target is the actor (for a handover "attended by
    officials of both countries" in its opening);
    `interviewee`: the sentence is an interview answer by this party, who says all of it;
    `officials`: names the article introduced earlier as another party's officials;
    `covering`: the class the stance puts its system in ("jets"): a refusal of every one covers it."""
    tokens = tokens_of(sentence)
    unread = not may_anchor(tokens, matcher) and not (echo and _mentions(sentence, echo | _singulars(echo))) and \
        not _anaphor_hint(sentence, tokens) and not (covering and _mentions(sentence, covering))
    if unread and not _HELD_LINE_HINT.search(sentence):
        return _unread(sentence, tokens, matcher, salient)
    reading = _read(sentence, tokens, matcher, salient, echo, target_near, about_target, interviewee, officials,
                    covering, about_actor)
    if unread and all(c.state == NONE for c in reading.claims):
        return _unread(sentence, tokens, matcher, salient)  # read for a line held, and none is: as if unread
    return reading


def _unread(sentence: str, tokens: tuple[tuple[int, int, str], ...], matcher: Matcher,
            salient: str | None) -> SentenceReading:
    """A sentence that cannot mention the object: only whom it is about, and whether it names the target."""
    actor, target = _cheap_names(sentence, tokens, matcher)
    who = "actor" if actor else salient
    if actor and salient is None:
        # the lead "Russia's foreign ministry warned Japan …": the story is about its subject first
        main = main_subject(units_for(sentence, matcher, tokens))
        who = "other" if main is not None and main.cls == "other" else "actor"
    return SentenceReading((), who, target)


def _read(sentence: str, tokens: tuple[tuple[int, int, str], ...], matcher: Matcher, salient: str | None,
          echo: frozenset[str], target_near: bool, about_target: bool, interviewee: str | None,
          officials: frozenset[str], covering: frozenset[str], about_actor: bool) -> SentenceReading:
    """The claims of a sentence that may mention the object (see analyse_sentence)."""
    units = units_for(sentence, matcher, tokens)
    span = leading_time_clause(units)
    if span is not None:
        units = units[:span[0]] + units[span[1] + 1:]  # "after the envoy had left for Paris,": only a date
    lows = [u.low for u in units]
    named, origin = [bool(u.ent) for u in units], ["ORIGIN" in u.tags for u in units]
    # (a dateline's city alone, "HAIFA (Wire) -", is where the story was written, no destination; "GOMA, DR Congo,
    # April 2 —" names the country the goods reach)
    dateline = after_dateline(units)
    city_only = not any(u.ent == "target" and u.low in COUNTRY_WORDS for u in units[:dateline])
    names_target = any(u.ent == "target" and not _no_destination(lows, i, named, origin)
                       for i, u in enumerate(units) if i >= dateline or not city_only) or \
        _arrival_in_dateline_city(units, dateline)
    context = SentenceGrammar(units, salient, _question(sentence), target_near or names_target,
                              about_target, interviewee, officials, about_actor, matcher.kind == "system")
    claims: list[Claim] = []
    shared: dict[int, Claim] = {}
    if matcher.kind == "system" and any(u.obj == "strong" for u in units):
        echo = echo | _CLASS_NOUNS  # "… request for Taurus, Scholz said he would not deliver a weapon whose …"
    universal = _universal_class(units, covering)
    further_refused: int | None = None
    for index in sorted(set(_anchors(units, echo)) | universal):
        if _in_closing_speaker(units, index):
            continue
        source = _coordinated_with(units, index, shared)
        claim = shared[source] if source is not None else context.claim(index)
        if source is not None and claim is not None and claim.rule.startswith("not-a-weapon") and \
                units[index].obj == "strong":
            claim = context.claim(index)  # "military equipment, comprising mortar ammunition": a weapon member is read itself
        if claim is not None and index in universal and claim.state == SUPPLIES:
            claim = None  # "sent jets": a supply of the class is no supply of the system
        if claim is not None and claim.anaphoric and source is not None and units[index].obj == "strong":
            claim = replace(claim, anaphoric=False)  # "assessing a request for weapons": the object is named
        shared[index] = claim
        if claim is not None and further_refused is not None and claim.state == SUPPLIES and \
                any("END" in u.tags for u in units[further_refused + 1:index]):
            # "will not send further weapons to Laos, drawing a line under a programme that saw rifles delivered": the
            # refusal of more goods ends the deliveries the sentence recalls after it, which are its history ("on
            # top of the rifles it sold in May" adds to them: a partial supply)
            claim = replace(claim, background=True)
        if claim is not None:
            claims.append(claim)
            if further_refused is None and claim.state == REFRAINS and _more_of(units, index):
                further_refused = index
    claims = _undecided_beside_refusal(claims)
    if any(c.rule.startswith("undecided") for c in claims) and _NONE_COMING.search(sentence):
        claims = _no_decision_to_come(claims)  # "no decision …, and none is coming"
    elif any(c.rule.startswith("undecided") for c in claims) and _POLICY_STANDS.search(sentence):
        # "there is no decision to transfer …, and the existing policy stands": the standing refusal holds
        claims = _no_decision_to_come(claims, "no-decision-policy-stands")
    if any(c.state == RECONSIDER and c.rule.startswith("weighing") or _weighed_itself(c) for c in claims) and \
            _NEGATIVE_VERDICT.search(sentence):
        claims = _weighed_and_refused(claims)  # "…, and the answer is no"
    if any(c.state == RECONSIDER and c.rule.startswith("possibility") for c in claims) and \
            _OWN_WILL_CONDITION.search(sentence):
        # "Germany could deliver tanks within months if it chose to": what it is able to do, no option it weighs
        claims = [replace(c, state=NONE, rule="capability: " + c.rule)
                  if c.state == RECONSIDER and c.rule.startswith("possibility") else c for c in claims]
    if any(c.state == REFRAINS for c in claims) and _NOW_RECONSIDERING.search(sentence):
        # (the refusal may be dated, "in April": the weighing is now)
        claims = [replace(c, state=RECONSIDER, rule="refusal-reconsidered: " + c.rule, decisive=False, background=False)
                  if c.state == REFRAINS else c for c in claims]
    if claims and all(c.state == NONE for c in claims):
        answer = answer_claim(units, context.main, salient)  # "Asked whether …, Scholz said no decision had been made"
        if answer is not None:
            claims.append(answer)
    return SentenceReading(tuple(claims), context.salient_out(), names_target)


def _arrival_in_dateline_city(units: list[Unit], dateline: int) -> bool:
    """ "GEORGETOWN — Crates of rifles were unloaded at Cheddi Jagan International Airport": goods arriving at a
    place no party owns, in a story datelined in the target's city, arrived there."""
    if not any(u.ent == "target" for u in units[:dateline]):
        return False
    arrival = next((k for k in range(dateline, len(units)) if "ARRIVE" in units[k].tags), None)
    return arrival is not None and arrival + 1 < len(units) and \
        ("IN" in units[arrival + 1].tags or units[arrival + 1].low == "at") and \
        place_owner(units, arrival + 1) in (None, "target")


def _cheap_names(sentence: str, tokens: tuple[tuple[int, int, str], ...], matcher: Matcher) -> tuple[bool, bool]:
    """Does a sentence we do not analyse name the actor (for "it" in the next one) or the target
    (the recipient a following supply sentence leaves implicit)?"""
    folded_keys, exact_keys = matcher.name_keys
    lows = lowered(tokens)
    if folded_keys.isdisjoint(lows) and exact_keys.isdisjoint(text for _, _, text in tokens):
        return False, False
    actor = target = False
    for i, ((start, _, text), low) in enumerate(zip(tokens, lows)):
        for table, key in ((matcher.folded, low), (matcher.exact, text)):
            for pattern, kind, detail in table.get(key, ()):
                if kind == "ent" and pattern.match(sentence, start):
                    if detail[0] == "actor":  # type: ignore[index]
                        actor = True
                    elif detail[0] == "target":  # type: ignore[index]
                        target = target or not _no_destination(lows, i)
        if actor and target:
            break
    return actor, target


# "crossed from Poland", "via Romania": a place the goods leave or pass through, no destination.
_PASSED_THROUGH = frozenset({"from", "via", "through", "across"})


def _no_destination(lows: Sequence[str], i: int, named: Sequence[bool] = (), origin: Sequence[bool] = ()) -> bool:
    """Is the target named at `i` only as a place the goods left or passed through, or (with `named`, which
    words name a party, and `origin`, which are participles of making) as the goods' maker ("developed jointly
    by India and Russia"), so that it is no recipient for a supply without one to take? ("a request from Warsaw"
    still names the asking target; "made by Japan for Ukraine" names its recipient.)"""
    before = lows[i - 1] if i else ""
    if before in _PASSED_THROUGH:
        return not (before == "from" and i > 1 and lows[i - 2] in REQUEST_NOUNS)
    j = i - 1
    while j > 0 and i - j <= 4 and (lows[j] in ("and", ",") or named and named[j]):
        j -= 1  # "by India and Russia"
    k = j - 1 if j > 0 and lows[j - 1] == "jointly" else j
    if not (j > 0 and lows[j] == "by" and k > 0 and origin and origin[k - 1]):
        return False
    # ("engines for the tanks manufactured by Israel": parts for the maker's own goods go to it)
    return "for" not in lows[max(0, k - 6):k - 1]


# '"Could Romania hand over …?" a reporter asked.': a quoted question closed by the one who asked it
_ASKED_QUESTION = re.compile(r"\?[\"”]\s*,?\s+[^\"“”]{0,60}\basked\b[^\"“”]*$")


def _question(sentence: str) -> bool:
    stripped = sentence.rstrip().rstrip("\"”’'").rstrip()  # ('… if it were asked?"': a quoted question)
    return stripped.endswith("?") or _ASKED_QUESTION.search(stripped) is not None


def _singulars(nouns: frozenset[str]) -> frozenset[str]:
    """ "batteries" → battery, "systems" → system: a counted singular ("one system") may refer back too."""
    return frozenset(n[:-3] + "y" if n.endswith("ies") else n[:-1] for n in nouns if n.endswith("s"))


def _mentions(sentence: str, words: frozenset[str]) -> bool:
    lowered = sentence.lower()
    return any(word in lowered for word in words)


_GIVE = frozenset({"give", "gives", "gave", "given", "giving"})
_NOT_A_THEME = frozenset({"last", "next", "this", "earlier", "later", "yesterday", "today", "soon", "early",
                          "back", "away", "up", "out", "over", "instead", "too", "also", "again", "first"})


def _indirect_object(units: list[Unit], i: int) -> bool:
    """ "have given the jet prominent coverage": the object right after "give" with a bare noun phrase of its
    own after it is the indirect object, the one something else is given to; the second noun phrase is what
    is given ("gave the tanks to Kyiv", "gave Ukraine the tanks" keep the object as what is given)."""
    j = i - 1
    while j > 0 and units[j].tags & {"DET"}:
        j -= 1
    if units[j].low not in _GIVE or i + 1 >= len(units):
        return False
    k = i + 1
    while k < len(units) and not units[k].tags and not units[k].cap and units[k].low.isalpha() \
            and units[k].low not in _NOT_A_THEME:
        k += 1
    return k > i + 1 and (k == len(units) or units[k].low in (".", ",", ";", "and", "but"))


_PARTS = frozenset({"part", "parts", "component", "components", "spare"})
# A trade noun modifying a body or rule ("defence export agency", "arms sales office"): the head is the body
_TRADE_MODIFIERS = frozenset({"export", "exports", "sale", "sales", "supply", "procurement"})
_TRADE_BODY_HEADS = frozenset({"agency", "agencies", "office", "offices", "authority", "authorities", "directorate",
                               "department", "departments", "division", "bureau", "regulator", "regulators",
                               "control", "controls", "regime", "rules", "law", "laws", "official", "officials",
                               "criteria", "guidelines", "policy"})


_SEIZING = frozenset({"seize", "seizes", "seized", "seizing", "confiscate", "confiscates", "confiscated", "confiscating",
                      "impound", "impounds", "impounded", "intercept", "intercepts", "intercepted", "intercepting"})


def _seized(units: list[Unit], i: int) -> bool:
    """Is the mention at i what a verb of seizing takes ("seized several consignments of weapons")?"""
    for k in range(i - 1, max(-1, i - 6), -1):
        if units[k].low in _SEIZING:
            return True
        if units[k].ent or units[k].tags - {"DET", "OF", "PREP", "SUPN", "ADV"} or units[k].low in (",", ";"):
            return False
    return False


def _purpose_of_other_goods(units: list[Unit], i: int) -> bool:
    """ "could provide enough material for hundreds of missiles", "will send fuel for the tanks": the supply
    verb's own object is a plain noun and the weapon only names what it is for; the weapon is not what is
    supplied. Parts of the weapon ("spare parts for the tanks") keep their reading."""
    j = i - 1
    while j > 0 and i - j <= 5 and (units[j].tags <= {"DET", "OF", "PREP"} and units[j].low != "for") and \
            not units[j].cap and not units[j].obj and not units[j].ent:
        j -= 1
    if units[j].low != "for" or j < 2:
        return False
    k = j - 1
    if units[k].tags - {"NONWEAPON"} or units[k].cap or not units[k].low.isalpha() or units[k].low in _PARTS:
        return False
    k -= 1
    while k > 0 and j - k <= 3 and not units[k].tags and not units[k].cap and units[k].low.isalpha():
        k -= 1
    # the supply word must be the verb, not a modifier ("on re-export rights for the tanks")
    return "SUP" in units[k].tags and "-" not in units[k].low and not units[k - 1].tags & {"PREP", "DET", "OF"}


_ATTACK_NOUNS = frozenset({"strike", "attack", "raid", "barrage"})


def _attack_head(units: list[Unit], k: int) -> bool:
    """ "a missile strike on Kyiv", "the drone attack.": a singular attack noun ending its phrase heads it, so the
    weapon before it is only how the attack was made ("attack drones", "strike aircraft" stay weapons)."""
    if k >= len(units) or units[k].low not in _ATTACK_NOUNS:
        return False
    after = units[k + 1] if k + 1 < len(units) else None
    return after is None or bool(after.tags & {"PREP", "COMMA", "CONJ"}) or not after.low[:1].isalnum()


def _anchors(units: list[Unit], echo: frozenset[str] = frozenset()) -> list[int]:
    """Mentions of the object that can carry a claim; "arms industry" and the like cannot."""
    found: list[int] = []
    singular = _singulars(echo)
    for i, unit in enumerate(units):
        counted = i > 0 and units[i - 1].low in _NUMERALS and unit.low in singular  # "part with one system"
        if echo and (unit.low in echo or counted) and not unit.obj and _definite(units, i):
            if _indirect_object(units, i) or _other_model_before(units, i):
                continue
            unit.obj = "echo"  # "the missiles", "its own tanks": the system named elsewhere
            found.append(i)
            continue
        nxt = units[i + 1] if i + 1 < len(units) else None
        if unit.obj in ("strong", "weak"):
            if _seized(units, i):
                continue  # "customs have seized several consignments of weapons": taken, not supplied
            if nxt is not None and ("NSHEAD" in nxt.tags or _attack_head(units, i + 1)):
                continue
            if nxt is not None and "CONJ" in nxt.tags and i + 3 < len(units) and units[i + 2].obj and \
                    ("NSHEAD" in units[i + 3].tags or _attack_head(units, i + 3)):
                continue  # "missile and drone strikes", "arms and ammunition plants": both modify one head
            if nxt is not None and not nxt.tags and not nxt.cap and i + 2 < len(units) and \
                    ("NSHEAD" in units[i + 2].tags or not units[i + 2].tags and not units[i + 2].cap and
                     i + 3 < len(units) and "NSHEAD" in units[i + 3].tags):
                continue  # "Abrams full-mission simulators", "Abrams crew simulators": plain modifiers before the head
            if nxt is not None and i + 2 < len(units) and nxt.low in _TRADE_MODIFIERS and \
                    units[i + 2].low in _TRADE_BODY_HEADS:
                continue  # "its defence export agency", "the arms sales office": a body named by the trade, no supply
            if i > 1 and _indirect_object(units, i):
                continue
            if i > 2 and _purpose_of_other_goods(units, i):
                continue
            found.append(i)
        elif unit.obj in ("arm", "beyond", "only-aid"):
            found.append(i)
        elif not unit.obj and held_line(units, i) is not None:
            found.append(i)  # "it would be difficult for us to insist that training is enough": the line held
        elif (unit.low in ANAPHORIC_OBJECTS or unit.low in DENIED_NOUNS) and i > 0 and _anaphoric_object(units, i):
            found.append(i)
        elif unit.low == "question" and _reopened_question(units, i):
            found.append(i)  # "it is weighing the question again": the decision named before, reopened
        elif unit.low in HALT_NOUNS and not unit.obj and (_weighed_halt(units, i) or _standing_halt(units, i)):
            found.append(i)  # "The freeze is under review", "the suspension stands": the halt named before
        elif unit.low in MATTER_NOUNS and _weighed_matter(units, i):
            found.append(i)  # "Beijing is reviewing this question": the question just asked or named
        elif unit.low == "anything" and _excluded_anything(units, i):
            found.append(i)  # "I would not exclude anything": any option, the one just asked about among them
        elif unit.low == "they" and _excluded_pronoun(units, i):
            found.append(i)  # "They are not part of what we provide": the goods of the sentence before
        elif i == 0 and unit.low == "it" and _weighed_subject(units, i):
            found.append(i)  # "It is being examined by the ministry": the request just named
        elif "SUPN" in unit.tags and found and i > 0 and (units[i - 1].low == "such" or _further_supply(units, i)):
            unit.obj = "echo"  # "has authorised no such transfer": the supply of the object named before
            found.append(i)
        elif unit.low in _ECHO_OBJECTS and found and _echo_object(units, i) and not _names_content(units, i):
            if any(units[k].obj for k in found):
                unit.obj = "echo"  # refers back to the object named earlier in this sentence
            found.append(i)  # (after a bare "it" only, "we promised it, and we delivered it", still that "it")
        elif "SUPN" in unit.tags and found and _weighed_supply_noun(units, i):
            unit.obj = "echo"  # "… options for transferring LAV vehicles, and Canada is weighing a transfer"
            found.append(i)
        elif "SUPN" in unit.tags and found and _resumed_supply(units, i):
            unit.obj = "echo"  # "Should Warsaw accept the terms for the K2PL, we could restart deliveries"
            found.append(i)
        elif not found and i > 0 and _pronoun_to_target(units, i):
            found.append(i)  # anaphoric, like "We are not sending them"
        elif unit.low == "none" and found and _subject_none(units, i) and _subject_object(units, found[-1]):
            unit.obj = "echo"  # "No tank has left the country, and none is being prepared for …": none of those
            found.append(i)
        elif unit.low in _ELLIPTIC and found and _echo_object(units, i) and _bare(units, i):
            unit.obj = "echo"  # "Asked whether more tanks would follow, he said there were no plans to send more"
            found.append(i)
    return found


_FURTHER = frozenset({"further", "more", "additional", "new"})


def _further_supply(units: list[Unit], i: int) -> bool:
    """ "The howitzers must stay with our own army, and no more deliveries are foreseen": "no further /
    more" before a supply noun with no object of its own is another supply of the object named before."""
    nxt = units[i + 1] if i + 1 < len(units) else None
    return i >= 2 and units[i - 1].low in _FURTHER and units[i - 2].low == "no" and \
        (nxt is None or not (nxt.obj or "OF" in nxt.tags))


def _more_of(units: list[Unit], i: int) -> bool:
    """Is the object at i counted as more of the goods ("further weapons", "any more tanks", "additional arms")?"""
    return i >= 1 and units[i - 1].low in MORE_OF


def _resumed_supply(units: list[Unit], i: int) -> bool:
    """ "restart deliveries", "halt shipments": a bare plural supply noun right after a verb of going on
    or stopping, with no object of its own, is the supply of the object named before it."""
    nxt = units[i + 1] if i + 1 < len(units) else None
    return units[i].low.endswith("s") and bool(units[i - 1].tags & {"ASPECT", "END"}) and \
        (nxt is None or not (nxt.obj or "OF" in nxt.tags))


def _bare(units: list[Unit], i: int) -> bool:
    """Is the quantifier at i a whole noun phrase ("send more at present"), not "more tanks"?"""
    nxt = units[i + 1] if i + 1 < len(units) else None
    return nxt is None or (not nxt.obj and (bool(nxt.tags & {"PREP", "ADV", "CONJ", "COMMA", "CONTRAST", "SUB"}) or
                                            nxt.low in (".", ",", ";")))


def _subject_none(units: list[Unit], i: int) -> bool:
    """Is "none" at i the subject opening a coordinated clause ("…, and none will be sent"), its verb group
    right after it (or after "of them")?"""
    if units[i - 1].low not in ("and", "but", ",", ";"):
        return False
    j = i + 1
    if j + 1 < len(units) and units[j].low == "of" and units[j + 1].low in ("them", "these", "those"):
        j += 2
    return j < len(units) and bool(units[j].tags & {"AUX", "FUT", "HAS", "MODAL"})


def _subject_object(units: list[Unit], o: int) -> bool:
    """Does the object at o head the subject of its clause ("No Portuguese tank has left …", "Our tanks
    are …"), so that a later "none" takes it up? Not an object inside a phrase ("no approval for the
    delivery of jets", where "none" is none of the approval)."""
    k = o - 1
    while k >= 0 and (units[k].tags <= {"DET", "POSSPRON"} and not units[k].obj and units[k].low.isalnum()
                      and units[k].low not in ("that", "and", "but") or units[k].ent and not units[k].tags - {"ENT"}
                      or units[k].low == "no"):
        if units[k].low == "no":
            return True
        k -= 1
    return k < 0 or bool(units[k].tags & {"QUOTE", "COMP"}) or units[k].low in ("that", '"', "“")


_NUMERALS = frozenset("one two three four five six".split())
_ORIGIN_SUFFIXES = ("-made", "-built", "-designed", "-produced", "-manufactured", "-developed")


_RANKS = frozenset({"first", "second", "third", "last", "latest", "final", "next"})


def _definite(units: list[Unit], i: int) -> bool:
    if i >= 2 and units[i - 1].low in ("more", "further") and units[i - 2].low == "no":
        return True  # "no more jets": more of those the article is about
    if i >= 2 and units[i - 1].low in ("a", "an") and units[i - 2].low == "such":
        return True  # "the handover of such a system": the one just named
    if i >= 2 and units[i - 1].low in _NUMERALS and "SUP" in units[i - 2].tags and "SUPN" not in units[i - 2].tags:
        return True  # "whether it can part with one system": a count of the system the article is about
    if i >= 3 and units[i - 1].low[:1].isdigit() and "SUP" in units[i - 2].tags and \
            ("SUPN" not in units[i - 2].tags or "TO" in units[i - 3].tags):
        return True  # "to re-export 12,400 rounds": a count in figures right after a supply verb, the same
    if i >= 1 and units[i - 1].low in ("a", "an") and i + 1 < len(units) and \
            ("REL" in units[i + 1].tags or units[i + 1].low == "that"):
        return True  # "a weapon whose targeting …": described, so a particular one
    j = i - 1
    while j >= 0 and i - j <= 3 and (not units[j].tags and not units[j].ent and not units[j].obj and
                                     units[j].low.isalpha() or units[j].low.endswith(_ORIGIN_SUFFIXES) or
                                     units[j].low in _RANKS):  # "the first batch", "the latest shipment"
        if _model_name(units, j):
            return False  # "the Hawk launchers": a model of its own names another system
        j -= 1  # "its own", "the older", "the German-designed": where it is made is a modifier too
    if j >= 3 and units[j].low in ("or", "and") and not units[j - 1].tags and units[j - 2].low == "any":
        j -= 2  # "any launcher or missile": the determiner of the first noun covers the second
    if j >= 1 and units[j].low == "any" and _negated_before(units, j):
        return True  # "no plan to transfer any launcher": a denial over every one includes the system
    # "our own batteries" in a quotation: the speaker's country's, like "its own"
    return j >= 0 and units[j].low in ("the", "its", "their", "our", "these", "those", "such") and not units[i - 1].obj


def _negated_before(units: list[Unit], j: int) -> bool:
    """Does a negation govern the clause up to j, with no comma or clause break between?"""
    for k in range(j - 1, max(-1, j - 7), -1):
        if units[k].tags & {"COMMA", "HARD", "CONJ", "SUB", "COND", "QUESTION"}:
            return False
        if "NEG" in units[k].tags:
            return True
    return False


def _model_name(units: list[Unit], j: int) -> bool:
    """Is the untagged word at j, inside a noun phrase, a capitalised model name ("the Hawk launchers")?"""
    word = units[j].low
    if "-" in word or word.endswith(("ern", "ean", "ian", "ese", "ish", "ic")):
        return False  # "the German-designed tanks", "the Soviet-era guns", "the Western jets": descriptions
    return j > 0 and units[j].cap and units[j].text[:1].isupper() and not units[j - 1].low in ('"', "“", ":")


def _names_content(units: list[Unit], i: int) -> bool:
    """ "will send a further batch of artillery shells": a container noun with an "of" phrase holds
    what that phrase names, never the object named before ("a batch of them" echoes through "them")."""
    return units[i].low not in ("them", "it", "ones") and i + 1 < len(units) and units[i + 1].low == "of"


def _echo_object(units: list[Unit], i: int) -> bool:
    """ "delivered the first batch", "has now sent them": a supply verb whose object was named before."""
    j = i - 1
    if j >= 1 and units[j].low == "of" and units[i].low == "them":
        j -= 1  # "pass several dozen of them": a part of the goods named before is still those goods
        i -= 1
    while j >= 0 and i - j <= 3 and (("DET" in units[j].tags) or units[j].low.isdigit() or
                                     (not units[j].tags and not units[j].ent and not units[j].obj)):
        j -= 1
    return j >= 0 and "SUP" in units[j].tags and "SUPN" not in units[j].tags and not units[j].obj


# Adjectives that date or rank an anaphoric noun without saying what it is about.
_RENEWAL_ADJECTIVES = frozenset({"new", "latest", "fresh", "renewed", "recent", "revised", "updated", "second",
                                 "formal", "pending", "specific", "concrete", "detailed", "written", "official"})


def _anaphoric_object(units: list[Unit], i: int) -> bool:
    """ "decided against it", "weighing the option": the stance's object named by anaphora."""
    j = i - 1
    owned = _target_request(units, i)
    if owned is not None:
        j = owned  # "is reviewing the Venezuelan requests": the verb before the owner governs the request
        nxt = units[i + 1] if i + 1 < len(units) else None
        if nxt is not None and nxt.tags & {"FOR", "OF", "TO"}:
            return False  # "Kyiv's request for Taurus": the object named there is the anchor
    elif units[i].low not in ("it", "them"):
        if j >= 1 and units[j].low in _RENEWAL_ADJECTIVES:
            j -= 1  # "the new request", "the latest request": when it came, not what it asks for
        if j < 0 or units[j].low not in ("the", "this", "that", "such", "a", "any", "all"):
            return False
        j -= 1
        if j >= 0 and units[j].low == "such":
            j -= 1
        if j >= 1 and units[j].low in ("on", "about") and "DECIDE" in units[j - 1].tags:
            j -= 1  # "will decide on the request"
    if units[i].low in DENIED_NOUNS:
        if j < 0 or "DENY" not in units[j].tags:
            return False  # "denied the report": a denial of the supply reported before; nothing else
        if _reported_halt(units, i):
            return False  # "dismissed a report that it had suspended deliveries": the halt is denied, not a supply
    elif (j < 0 or not (units[j].tags & {"CONS", "REFU", "END", "COMMIT", "DECIDE"} or _supplied_pronoun(units, i))) \
            and not _weighed_subject(units, i):
        return False
    if units[i].low == "it" and _coordinated_antecedent(units, j):
        return False
    nxt = units[i + 1] if i + 1 < len(units) else None
    return nxt is None or not (("OF" in nxt.tags) or ("TO" in nxt.tags))


def _reported_halt(units: list[Unit], noun: int) -> bool:
    """Does the report noun at `noun` go on "that …" with a halt of supplies ("that it had suspended deliveries",
    "a report by Russian state media that it had halted …")?"""
    that = next((k for k in range(noun + 1, min(noun + 7, len(units))) if units[k].low == "that"), None)
    if that is None or any(u.tags & PREDICATES or u.low == "," for u in units[noun + 1:that]):
        return False
    for unit in units[that + 1:that + 7]:
        if "END" in unit.tags:
            return unit.low.split()[0] in HALTING
        if unit.tags & PREDICATES or unit.low == ",":
            return False
    return False


def _coordinated_antecedent(units: list[Unit], verb: int) -> bool:
    """ "had received the complaint and would study it": the verb's "it" is the plain noun that ends the
    verb phrase coordinated just before, not the stance's object."""
    conj = next((k for k in range(verb - 1, max(verb - 5, 1), -1) if units[k].low == "and"), None)
    if conj is None or any(u.ent or u.obj for u in units[conj + 1:verb]):
        return False
    noun, det = units[conj - 1], units[conj - 2]
    return not noun.tags and not noun.obj and not noun.ent and noun.low.isalpha() and \
        det.low in ("the", "a", "this", "that") and not det.obj


def _weighed_halt(units: list[Unit], i: int) -> bool:
    """ "is reviewing the suspension", "The freeze is under review": a definite halt noun with no content of its
    own ("the freeze on oil exports" has one), weighed, is the halt of the supply the article named before."""
    nxt = units[i + 1] if i + 1 < len(units) else None
    if i < 1 or units[i - 1].low not in ("the", "this", "that", "its") or \
            nxt is not None and nxt.tags & {"OF", "TO", "PREP"}:
        return False
    if any(units[k].low == "in" and units[k + 1].low in MONTH_NAMES for k in range(i - 1)):
        return False  # "told lawmakers in October that the freeze was being re-examined": a weighing since overtaken
    return i >= 2 and "CONS" in units[i - 2].tags or _weighed_subject(units, i)


# Verbs by which a halt stays in force: "the suspension stands", "the freeze remains in place".
_STANDING = frozenset({"stands", "remains", "stays", "holds"})


def _standing_halt(units: list[Unit], i: int) -> bool:
    """ "the suspension stands", "the freeze remains in place": a definite halt noun, the subject of a present
    verb of staying in force, keeps the halt of the supply named before (a refusal)."""
    if i < 1 or units[i - 1].low not in ("the", "this", "that", "its") or i + 1 >= len(units):
        return False
    verb = units[i + 1]
    if verb.low not in _STANDING:
        return False
    after = units[i + 2] if i + 2 < len(units) else None
    if after is not None and after.low == "in":  # "remains in place", never "stands in the way of"
        return i + 3 < len(units) and units[i + 3].low in ("place", "force", "effect")
    return after is None or after.low in (".", ",", ";", "until", "unchanged") or "QUOTE" in after.tags


def _target_request(units: list[Unit], i: int) -> int | None:
    """ "the Venezuelan requests", "Kyiv's request": a request the target owns asks for the supply the
    article names, like "the request". The index of the word before the owner phrase (-1 at the start),
    or None when the noun is no target's request."""
    if units[i].low not in ("request", "requests") or i < 1:
        return None
    j = i - 1
    if "POSS" in units[j].tags and j >= 1:
        j -= 1  # "Kyiv's request"
    if units[j].ent != "target":
        return None
    j -= 1
    if j >= 0 and units[j].low in ("the", "this", "that"):
        j -= 1  # "the Venezuelan requests"
    return j


def _universal_class(units: list[Unit], covering: frozenset[str]) -> set[int]:
    """ "We are not sending any jets", "no fighter jets will go": a refusal of every member of the class the
    stance puts its system in covers the system. Marked as echoes of it; a bare or definite class noun
    ("sent jets", "the jets") is not."""
    found: set[int] = set()
    if not covering:
        return found
    for i, unit in enumerate(units):
        if unit.obj or unit.low not in covering:
            continue
        j = i - 1
        while j >= 0 and i - j <= 3 and not units[j].tags and not units[j].ent and not units[j].obj and \
                units[j].low.replace("-", "").isalpha():
            j -= 1  # "any fighter jets", "no combat aircraft"
        nxt = units[i + 1] if i + 1 < len(units) else None
        if nxt is not None and ("SUPN" in nxt.tags or nxt.low.isalpha() and not nxt.tags):
            continue  # "any aircraft deliveries": a modifier of another noun
        verb = j >= 1 and "SUP" in units[j - 1].tags and "SUPN" not in units[j - 1].tags  # "sending any jets"
        passive = any("SUP" in u.tags for u in units[i + 1:i + 5])  # "no jets will be sent"
        negated_verb = j >= 0 and "SUP" in units[j].tags and "SUPN" not in units[j].tags and \
            _negated_before(units, j) and unit.low in EVERY_WEAPON and _class_named(units, covering)
        if j >= 0 and (units[j].low == "no" and (verb or passive) or
                       units[j].low == "any" and verb and _negated_before(units, j)) or negated_verb:
            # ("is not providing lethal weapons, including artillery shells": every weapon refused, the class named)
            unit.obj = "echo"
            found.add(i)
    return found


def _class_named(units: list[Unit], covering: frozenset[str]) -> bool:
    """Does the sentence name the system's own class ("…, including artillery shells")?"""
    classes = covering - EVERY_WEAPON
    return any(unit.low in classes for unit in units)


def _other_model_before(units: list[Unit], i: int) -> bool:
    """ "financed IRIS-T launchers and is supplying the missiles": a definite class noun after another model
    named in the same sentence (a capitalised designation before a weapon noun) refers back to that model,
    not to the stance's system, unless the system itself is named before it."""
    if any(u.obj == "strong" for u in units[:i]):
        return False
    for j in range(1, i - 1):
        if not units[j].cap or units[j].ent or units[j].obj or units[j].tags:
            continue
        if any(u.low in WEAPON_NOUNS for u in units[j + 1:min(j + 4, i)]):
            return True
    return False


def _pronoun_to_target(units: list[Unit], i: int) -> bool:
    """ "we are not handing them to Kyiv": a pronoun object of a supply verb followed by "to" and the
    target is the object named before, with its recipient ("to" is not "the option to …")."""
    return i + 2 < len(units) and "TO" in units[i + 1].tags and units[i + 2].ent == "target" and \
        _supplied_pronoun(units, i)


def _weighed_supply_noun(units: list[Unit], i: int) -> bool:
    """ "…, and Canada is weighing a transfer": a supply noun right after a weighing verb (over an article),
    in a sentence that named the object before, is a supply of that object weighed (never a supply itself)."""
    return i >= 2 and units[i - 1].low in ("a", "the") and "CONS" in units[i - 2].tags and \
        units[i - 2].low.endswith("ing")


def _reopened_question(units: list[Unit], i: int) -> bool:
    """ "Six months later, it is weighing the question again": "the question" right after a weighing verb
    and before "again" can only be the decision the article named before (anaphoric: never a supply)."""
    return 2 <= i < len(units) - 1 and units[i + 1].low == "again" and units[i - 1].low == "the" and \
        "CONS" in units[i - 2].tags


# Weighing verbs that say an option is looked at now (not "discussing", which may be a talk with others).
_REVIEWING = frozenset({"reviewing", "studying", "examining", "considering", "weighing", "evaluating", "assessing",
                        "reconsidering", "re-examining", "reassessing", "revisiting"})


def _weighed_matter(units: list[Unit], i: int) -> bool:
    """ "The leadership is reviewing this question": "this / that / the question (issue, matter)" with no
    content of its own, right after a progressive weighing verb, is the option named or asked before
    (anaphoric: never a supply)."""
    nxt = units[i + 1] if i + 1 < len(units) else None
    return i >= 2 and units[i - 1].low in ("this", "that", "the") and units[i - 2].low in _REVIEWING and \
        (nxt is None or not nxt.tags & {"OF", "TO", "FOR"} and nxt.low not in ("of", "about", "on", "with"))


def _excluded_anything(units: list[Unit], i: int) -> bool:
    """ "I would not exclude anything", "we do not rule out anything": "anything" as the object of a
    refusing verb is every option, the one named or asked before among them (anaphoric: never a supply)."""
    nxt = units[i + 1] if i + 1 < len(units) else None
    return i >= 1 and "REFU" in units[i - 1].tags and (nxt is None or nxt.low in (".", ",", ";", "!") or
                                                       "QUOTE" in nxt.tags)


def _excluded_pronoun(units: list[Unit], i: int) -> bool:
    """ "They are not part of what we are providing": "they" opening the sentence as the subject of a
    negated "part of" is the goods just named, excluded from a supply (anaphoric: never a supply itself)."""
    lead = next((k for k, u in enumerate(units) if "QUOTE" not in u.tags and u.low not in ('"', "“", "'")), 0)
    if i != lead or i + 2 >= len(units) or units[i + 1].low not in ("are", "were", "remain"):
        return False
    # the tagger may join "not part of what we are providing" into one refusal unit
    return units[i + 2].low.startswith("not part") or units[i + 2].low == "not" and i + 3 < len(units) and \
        units[i + 3].low.startswith("part")


def _supplied_pronoun(units: list[Unit], i: int) -> bool:
    """ "We are not sending them": a pronoun right after a supply verb is the object named before
    (never a supply on its own: an anaphoric object is too vague for one)."""
    verb = units[i - 1]
    # not "Not donate it"; "are not going to hand them over": "going to" puts the auxiliary a word further back
    back = 5 if i >= 3 and units[i - 3].low == "going" and "TO" in units[i - 2].tags else 4
    finite = any(u.tags & {"AUX", "MODAL", "FUT", "HAS"} for u in units[max(0, i - back):i - 1])
    return units[i].low in ("it", "them") and "SUP" in verb.tags and "SUPN" not in verb.tags and finite


def _weighed_subject(units: list[Unit], i: int) -> bool:
    """ "the request is being considered": the anaphoric noun is the subject of a present passive
    weighing. A past one ("had said the request was being evaluated") may since have ended. A quote
    mark may open the predicate: 'said that the request "is being examined …"'."""
    j = i + 2 if i + 1 < len(units) and "QUOTE" in units[i + 1].tags else i + 1
    j = (set_off_participle_end(units, j) or j) if j < len(units) else j  # ("That application, resubmitted …, is")
    if j + 1 < len(units) and units[j].low == "from" and units[j + 1].ent == "target":
        j += 2  # "the proposal from Manila is being considered": the target asked; the one asked weighs it
    if j + 1 < len(units) and units[j].low in ("will", "would") and units[j + 1].low == "be":
        j += 1  # "told Kyiv that the request would be studied": a weighing promised, still to come
    elif j < len(units) and units[j].low in ("was", "were") and _backshifted(units, i):
        pass  # "an official said the request was under review": the present, shifted back by "said"
    elif j >= len(units) or units[j].low not in ("is", "are", "has", "have"):
        return False
    k = j + 1
    # (an adverb or a quote mark may come before the participle: 'is "currently being reviewed')
    # ("is being carefully reviewed": a manner adverb in -ly before the participle is no verb of its own)
    while k < len(units) and k - j <= 2 and (units[k].tags & {"AUX", "ADV", "QUOTE"} or
                                             not units[k].tags and units[k].low.endswith("ly") and units[k].low.isalpha()):
        k += 1
    return k < len(units) and "CONS" in units[k].tags


def _backshifted(units: list[Unit], i: int) -> bool:
    """Is the noun at i the subject of a clause reported by a simple-past verb ("said (that) the
    request …")? Not after a past perfect ("had said the request was …"), which may since have changed."""
    k = i - 1
    while k >= 0 and i - k <= 3 and (units[k].tags & {"DET", "QUOTE"} or units[k].low == "that"):
        k -= 1
    return k >= 1 and units[k].low in ("said", "stated", "added", "confirmed") and \
        not units[k - 1].tags & {"HAD", "HAS"}


# Words that may describe a closing speaker: "said a spokeswoman for a campaign group against arms exports".
_SPEAKER_WORDS = frozenset({"DET", "ROLE", "GENERIC", "PREP", "FOR", "OF", "IN", "ADV", "OBJ"})


def _in_closing_speaker(units: list[Unit], anchor: int) -> bool:
    """Is the object part of who closes the sentence (", said a campaign group against arms exports"),
    a description of the speaker, not a claim?"""
    for k in range(anchor - 1, 0, -1):
        unit = units[k]
        if "REPORT" in unit.tags:
            return units[k - 1].low in (",", '"', "”") and bool(units[k + 1].tags & {"DET", "ROLE", "GENERIC"}) \
                and not unit.low.endswith("ing") and not _finite_after(units, anchor)
        if not (unit.tags <= _SPEAKER_WORDS or unit.low == "against") or unit.ent:
            return False
    return False


def _finite_after(units: list[Unit], anchor: int) -> bool:
    """ "Singh, in a side event, says the third battery will be handed over …": an auxiliary after the noun
    phrase makes it the subject of a reported clause; a closing speaker ends with its description."""
    for unit in units[anchor + 1:anchor + 16]:
        if unit.low in (",", "."):
            return False
        if unit.tags & _FINITE_TAGS:
            return True
    return False


_FINITE_TAGS = frozenset({"AUX", "FUT", "MODAL", "HAS", "HAD"})


def _coordinated_with(units: list[Unit], index: int, seen: dict[int, Claim | None]) -> int | None:
    """ "shells, missiles and tanks", "weapons such as air-defence systems": one claim for all."""
    if units[index].low in ANAPHORIC_OBJECTS and _weighed_subject(units, index):
        return None  # "asked Japan for weapons, and the request is under review": the subject of a clause of its own
    j = index - 1
    skipped = 0
    linked = False
    while j >= 0 and skipped <= 12:
        unit = units[j]
        if j in seen and linked:
            return j
        if "LIST" in unit.tags:
            linked = True
            skipped = 0  # a list links back to the head noun, however far
        elif "CONJ" in unit.tags or unit.low == "," or "FOR" in unit.tags or "OF" in unit.tags or "WITH" in unit.tags:
            linked = True
        elif unit.obj or unit.tags & {"DET", "ADV"} or (not unit.tags and not unit.ent):
            pass
        else:
            return None
        j -= 1
        skipped += 1
    return None


# "We have studied the request, and the answer is no": a weighing whose own sentence gives its verdict.
# (a time adverbial between noun and verb keeps the verdict: "and the answer for the moment is no")
_NEGATIVE_VERDICT = re.compile(r"\b(?:and|but)\s+(?:the|our|my)\s+(?:answer|conclusion|verdict),?\s+"
                               r"(?:(?:for\s+(?:the\s+moment|the\s+time\s+being|now)|at\s+(?:this|the)\s+(?:moment|stage|point)"
                               r"|today|so\s+far),?\s+)?(?:is|was|remains)\s+"
                               r"(?:a\s+(?:clear\s+|firm\s+)?)?(?:no|negative)\s*(?:[,.;:!?\"”’)]|$)"
                               # "We looked at it, and it is not the path we will take"
                               r"|\b(?:and|but)\s+(?:it|that)\s+(?:is|was)\s+not\s+(?:the|a)\s+(?:path|way|route|road|option|course)\s+"
                               r"(?:that\s+)?(?:we|it|the\s+government)\s+(?:will|would|are\s+going\s+to|is\s+going\s+to|want\s+to)\s+"
                               r"(?:take|follow|choose|go\s+down)\b", re.IGNORECASE)


def _weighed_itself(claim: Claim) -> bool:
    """ "We looked at Patriot carefully": the actor weighing the object itself, no recipient named. On its
    own that is no supply; closed by "and the answer is no" it was the weighing of its supply."""
    return claim.state == NONE and claim.rule.startswith("no-supply-verb") and claim.agent == "actor" and \
        not claim.background


# A condition on the actor's own will: "if it chose to", "if the political will existed".
_OWN_WILL_CONDITION = re.compile(r"\bif\s+(?:it|they|[A-Z][\w-]+|the\s+government)\s+(?:chose|wanted|decided|wished)\s+to\b"
                                 r"|\bif\s+the\s+(?:political\s+)?will\s+(?:existed|were\s+there|was\s+there)\b")


# "Germany, which in April declined a request for …, is now reconsidering": a weighing with no object of its own,
# after a refusal in the same sentence, weighs that refusal again; "its refusal … was 'not written in stone'"
# leaves it open.
_NOW_RECONSIDERING = re.compile(r"\b(?:is|are|has\s+been|have\s+been)\s+now\s+(?:reconsidering|rethinking|revisiting)"
                                r"(?:\s+(?:it|that|the|its|this)(?:\s+(?:decision|refusal|position|stance|answer))?)?"
                                r"\s*(?:[,.;:\"”]|$)"
                                r"|\b(?:is|was|remains)\s+[\"“]?not\s+(?:written|set|carved|cast)\s+in\s+stone",
                                re.IGNORECASE)


def _weighed_and_refused(claims: list[Claim]) -> list[Claim]:
    """ "We have considered it, and the answer is no": the weighing is over and ended in a refusal."""
    return [replace(c, state=REFRAINS, rule="weighed-and-refused" + c.rule[len("weighing"):], decisive=True)
            if c.state == RECONSIDER and c.rule.startswith("weighing") else
            replace(c, state=REFRAINS, rule="weighed-and-refused: " + c.rule, decisive=True) if _weighed_itself(c)
            else c for c in claims]


# "There has been no decision to send tanks, and none is coming / none is planned": the decision itself is
# denied for the future too, so "no decision" is no longer an open question but a refusal.
_NONE_COMING = re.compile(r"\bno\s+decision\b[^.;?!]{0,120}?\b(?:and|but)\s+(?:there\s+(?:is|will\s+be)\s+)?none\s+"
                          r"(?:is|will\s+be)\s+(?:coming|forthcoming|planned|on\s+the\s+way|in\s+sight)"
                          r"\s*(?:[,.;:!?\"”’)]|$)", re.IGNORECASE)


# "no decision …, and the (existing) policy stands / remains unchanged": the status quo is kept ("the
# policy remains under review" is no such verdict).
_POLICY_STANDS = re.compile(r"\bno\s+decision\b[^.;?!]{0,120}?\b(?:and|but)\s+(?:the|our|its|their)\s+"
                            r"(?:(?:existing|current|present|long-standing|established)\s+)?"
                            r"(?:policy|position|stance|line)\s+(?:stands|holds|is\s+unchanged|has\s+not\s+changed"
                            r"|remains\s+(?:unchanged|in\s+(?:place|force)|the\s+same))\b", re.IGNORECASE)


def _no_decision_to_come(claims: list[Claim], rule: str = "no-decision-to-come") -> list[Claim]:
    return [replace(c, state=REFRAINS, rule=rule + c.rule[len("undecided"):])
            if c.state == RECONSIDER and c.rule.startswith("undecided") and not c.background else c for c in claims]


def _undecided_beside_refusal(claims: list[Claim]) -> list[Claim]:
    """ "No Gripens have been sent to Ukraine, and there is no decision to send any": beside a
    present refusal by the same agent in the same sentence, "no decision" restates the refusal
    (a denial), it does not open the option."""
    refusing = {c.agent for c in claims if c.state == REFRAINS and not c.background and not c.anaphoric}
    if not refusing:
        return claims
    return [replace(c, state=REFRAINS, rule="no-decision-beside-refusal" + c.rule[len("undecided"):])
            if c.state == RECONSIDER and c.rule.startswith("undecided") and c.agent in refusing and not c.background
            else c for c in claims]
