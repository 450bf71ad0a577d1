"""The object's own phrase and the constructions built around it.

Modifiers that tie it to someone ("US-supplied ATACMS"), a supply noun in the subject
("Kyiv's request for Taurus"), idioms ("take X off the table"), an appended inclusion
(", arms for Ukraine included"), an ellipsis ("but not weapons") and supplies that are only
a topic or a subject ("Sending arms would be …").
"""

from __future__ import annotations

from collections.abc import Callable

from monitor.detect.demonyms import COUNTRY_WORDS
from monitor.detect.frame import Frame
from monitor.detect.lexicon import HALT_NOUNS, REFUSAL_NOUNS, SHARE_NOUNS, TRADE_NOUNS
from monitor.detect.polarity import PREDICATES, op_of
from monitor.detect.tagging import Unit, place_owner
from monitor.detect.tense import IRREGULAR_PARTICIPLES

# "denied the report": what is denied is the supply reported nearby (claims.py anchors these)
DENIED_NOUNS = frozenset({"report", "reports", "claim", "claims"})
# Verbs that put an option somewhere: "take/keep/leave X off (on) the table", "put X on hold".
_PLACING_VERBS = frozenset({"take", "takes", "took", "taken", "taking", "keep", "keeps", "kept", "keeping", "leave",
                            "leaves", "left", "leaving", "put", "puts", "putting", "place", "places", "placed"})
# "the request" is the request for the object the article reported: weighing it weighs the supply.
ANAPHORIC_OBJECTS = frozenset({"option", "idea", "step", "move", "it", "them", "plan", "possibility", "options",
                               "request", "requests", "proposal", "proposals", "application", "applications"})  # "the proposal is under review": the option named
# "is reviewing this question": a vague noun for the option named or asked before, after a weighing verb only.
MATTER_NOUNS = frozenset({"question", "issue", "matter"})


def object_modifiers(units: list[Unit], anchor: int, frame: Frame) -> None:
    """ "South Korean weapons", "US-supplied ATACMS", "Korean-made shells": ties on the object."""
    j = anchor - 1
    while j >= 0 and anchor - j <= 4:
        unit = units[j]
        if unit.ent:
            if unit.how == "supplied":
                frame.ties.append(("supplied", unit.ent, j))
            elif unit.how == "origin":
                frame.ties.append(("origin", unit.ent, j))
            elif unit.how == "adj" or (j + 1 < len(units) and "POSS" in units[j + 1].tags):
                frame.ties.append(("adj", unit.ent, j))
            return
        if not unit.tags and unit.low in COUNTRY_WORDS:
            frame.ties.append(("adj", "other", j))  # "British missiles" in a stance about Japan: another's goods
            return
        # ("the Argentine army's shells": the possessive "'s", tagged as an auxiliary too, marks the owner)
        if unit.tags - ({"DET", "ADV", "POSS", "AUX"} if "POSS" in unit.tags else {"DET", "ADV", "POSS"}) and \
                "NEG" not in unit.tags:
            return
        j -= 1


def nominal_subject(units: list[Unit], anchor: int, frame: Frame) -> int | None:
    """The last unit of a subject noun phrase built on a supply or request noun around the object
    ("Kyiv's request for Taurus", "arms deliveries"), when no verb of the clause governs it."""
    level0 = [i for op, i, level in frame.ops if level == 0 and op in PREDICATES]
    if not level0:
        return None
    def determined(i: int) -> bool:
        k = i - 1
        while k > 0 and i - k <= 2 and not units[k].tags and not units[k].ent and not units[k].obj and \
                not units[k].cap and units[k].low.isalpha():
            k -= 1  # "Kyiv's latest order", "a fresh request": plain adjectives before the noun
        return k >= 0 and bool(units[k].tags & {"POSS", "DET", "POSSPRON"} or units[k].ent)

    # "The plan floated in October to give Ukraine NASAMS has been abandoned": a plan or pledge
    # noun with its "to"-infinitive is a subject noun phrase like "the delivery of NASAMS".
    # So is a refusal, halt or decision noun with what it refuses or decides, when the clause weighs it:
    # "Germany's ban on exporting Boxers is being reviewed", "the decision not to send tanks could be reconsidered"
    # (a refusal "lifted" or "changed" is read as an end of the refusal, in polarity.py).
    weighed = _weighed_after(units, anchor)
    plan_noun = any("COMMIT" in units[i].tags and determined(i) or _halt_noun(units, i, determined, weighed) or
                    weighed and _decision_noun(units[i]) and determined(i) for i in level0)
    for i in level0:
        unit = units[i]
        noun = "SUPN" in unit.tags or ("PRESS" in unit.tags and determined(i)) or \
            ("COMMIT" in unit.tags and determined(i)) or _halt_noun(units, i, determined, weighed) or \
            weighed and _decision_noun(unit) and determined(i)
        if plan_noun and "SUP" in unit.tags and (units[i - 1].tags & {"TO"} or units[i - 1].low in ("on", "of")):
            continue
        if unit.tags & {"SUP", "RECV"} and _request_infinitive(units, i, determined):
            continue  # "A request from Kyiv to buy shells is being examined": the request's own infinitive
        if not noun or "SUP" in unit.tags and "SUPN" not in unit.tags:
            return None
    end = max([anchor, *level0])
    return end


def _decision_noun(unit: Unit) -> bool:
    return "DECIDE" in unit.tags and unit.low in ("decision", "decisions")


def _weighed_after(units: list[Unit], anchor: int) -> bool:
    """Does the clause after the object phrase weigh something ("… could be reconsidered", "is being reviewed")?"""
    for unit in units[anchor + 1:anchor + 13]:
        if unit.tags & {"COMMA", "HARD"} or unit.low in (",", ";"):
            return False
        if "CONS" in unit.tags:
            return True
    return False


def _halt_noun(units: list[Unit], i: int, determined: Callable[[int], bool], weighed: bool) -> bool:
    """ "the suspension of arms transfers would be reviewed", "Germany's refusal to export Boxers could be
    reconsidered": a determined halt noun (a refusal noun when the clause weighs it) heads the subject like a
    supply noun; the clause's own verb (reviewing, lifting, keeping) decides what becomes of the halt."""
    halt = "END" in units[i].tags and units[i].low in HALT_NOUNS or weighed and held_noun(units[i])
    return halt and determined(i) and i + 1 < len(units) and units[i + 1].low in ("of", "on", "to")


def held_noun(unit: Unit) -> bool:
    """Is the unit a noun of halting or refusing supplies ("the suspension", "a ban", "its refusal")?"""
    return bool(unit.tags & {"END", "REFU"}) and (unit.low in HALT_NOUNS or unit.low in REFUSAL_NOUNS)


def _request_infinitive(units: list[Unit], verb: int, determined: Callable[[int], bool]) -> bool:
    """Is the verb at `verb` the infinitive of a request noun: "a request (from Kyiv) to buy"?"""
    k = verb - 2
    if k >= 2 and units[k].ent and "FROM" in units[k - 1].tags:
        k -= 2
    return k >= 0 and "TO" in units[verb - 1].tags and "PRESS" in units[k].tags and determined(k)


def withdrawn_after(units: list[Unit], last: int, comma: int, frame: Frame) -> None:
    """ "X was on the table, and it has been taken off": a coordinated clause whose subject is "it"/"they"
    (the option just given its verdict) and whose own verdict withdraws it ends the option; that later
    verdict replaces the first. Only a withdrawal: nothing here can make a supply."""
    j = comma + 1
    if j + 2 >= len(units) or units[j].low != "and" or units[j + 1].low not in ("it", "they"):
        return
    j += 2
    while j < len(units) and j - comma <= 6 and units[j].tags & {"AUX", "HAS", "ADV"}:
        j += 1
    if j < len(units) and "POSTPOSED" in units[j].tags and op_of(units[j]) == "REFU" and \
            not any(o[1] == j for o in frame.ops):  # (once: the idiom and the right context both look)
        level = next((o[2] for o in frame.ops if last < o[1] < comma and "POSTPOSED" in units[o[1]].tags), 0.5)
        frame.ops = [o for o in frame.ops if not (last < o[1] < comma and "POSTPOSED" in units[o[1]].tags)]
        frame.ops.append(("REFU", j, level))  # at the level of the verdict it replaces


def table_idiom(units: list[Unit], anchor: int, frame: Frame) -> bool:
    """ "take ATACMS off the table" rules the option out, "keep it on the table" keeps it open:
    the verdict after the object is the predicate, and a negation before the verb applies to it."""
    verb = anchor - 1
    while verb >= 0 and units[verb].tags & {"DET", "ADV"}:
        verb -= 1
    if verb < 0 or units[verb].low not in _PLACING_VERBS:
        return False
    for k in range(anchor + 1, min(len(units), anchor + 4)):
        if "POSTPOSED" in units[k].tags:
            frame.ops.insert(0, ("SUP", anchor, 0))
            frame.ops.append((op_of(units[k]) or "END", k, 0))
            comma = next((j for j in range(k + 1, min(len(units), k + 6)) if units[j].low == ","), None)
            if comma is not None:
                withdrawn_after(units, anchor, comma, frame)  # "Putting X on the table …, and it has been taken off"
            return True
        if not (units[k].obj or units[k].tags <= {"DET", "ADV", "MODAL"}):
            return False  # "the MiG-29 option off the table": only the object's own noun phrase
    return False


def appended_inclusion(units: list[Unit], anchor: int) -> int | None:
    """ ", arms for Ukraine included," closing a clause: returns the comma before the object."""
    example = _appended_example(units, anchor)
    if example is not None:
        return example
    comma = anchor - 1
    while comma >= 0 and (units[comma].tags & {"DET", "ADV"} or units[comma].low == "on" or
                          _bare_modifier(units[comma]) and comma >= 1 and "OF" in units[comma - 1].tags):
        comma -= 1  # "a limited sale of 122mm rounds": a caliber or size before the noun
    if comma >= 2 and units[comma].low == "including" and units[comma - 1].low == "," and \
            (units[comma - 2].low in _OPTION_NOUNS | {"possible"} or "POSTPOSED" in units[comma - 2].tags or
             _open_list_clause(units, comma - 1)):
        # "would look at every option, including weapons", "many things become possible, including on
        # arms", "everything is on the table, including …": that clause governs it
        return comma - 1
    if comma >= 0 and units[comma].low in _INCLUDE:
        return _clause_before_inclusion(units, comma)
    if comma >= 4 and "OF" in units[comma].tags and "SUPN" in units[comma - 1].tags:
        # "would weigh closer ties with Kyiv, including the sale of rifles": a supply noun listed
        # after the clause is one of the things that clause is about; its operators govern it.
        k = comma - 2
        while k >= 2 and ("DET" in units[k].tags or _bare_modifier(units[k])):
            k -= 1
        if units[k].low == "including" and units[k - 1].low == ",":
            return k - 1
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


_ANY_THING = frozenset({"anything", "nothing"})


def _appended_example(units: list[Unit], anchor: int) -> int | None:
    """ "will not send anything to Israel, not even ammunition", "anything – even spare parts": an example set
    off after a clause whose object is "anything / nothing" is one of the things that clause is about; its
    operators govern it (the "not" before "even" echoes the clause's own). Returns the comma or dash."""
    even = next((j for j in range(anchor - 1, max(-1, anchor - 7), -1) if units[j].low == "even"), None)
    if even is None or not all(u.obj or u.low == "," or _bare_modifier(u) for u in units[even + 1:anchor]):
        return None
    mark = even - 1 if even >= 1 and units[even - 1].low == "not" else even
    mark -= 1
    if mark < 1 or units[mark].low not in (",", "–", "—"):
        return None
    thing = next((j for j in range(mark - 1, max(-1, mark - 5), -1) if units[j].low in _ANY_THING), None)
    if thing is None or any(u.ent == "other" for u in units[thing:mark]):
        return None  # ("anything to Egypt, not even …": another recipient)
    return mark


def _bare_modifier(unit: Unit) -> bool:
    """A plain lowercase modifier or measure ("limited", "122mm"), no name, object or function word."""
    return not unit.tags and not unit.ent and not unit.obj and unit.low.isalnum() and unit.low == unit.text.lower() \
        and not unit.text[:1].isupper()


_INCLUDE = frozenset({"include", "includes", "included", "including"})
# What ", including X" may list X among as a thing to supply or weigh ("every option, including …");
# "condemned the strikes, including missiles fired at Kyiv" lists no supply.
_OPTION_NOUNS = frozenset({"option", "options", "possibility", "possibilities", "measure", "measures", "means",
                           "step", "steps",
                           "needs", "requirements"})  # "look at the army's needs, including weapons": what it asks for


# Operators that leave what a clause lists open or closed: "does not exclude closer ties, including …".
_LIST_GOVERNORS = frozenset({"NEG", "MODAL", "CONS", "REFU", "DEONT", "COND"})


def _open_list_clause(units: list[Unit], comma: int) -> bool:
    """ "does not exclude expanding cooperation with Russia, including ammunition supplies": the clause
    before ", including" is negated, modal or weighing; what it lists is under that operator, never a
    supply reported on its own."""
    for k in range(comma - 1, max(comma - 12, -1), -1):
        tags = units[k].tags
        if tags & {"HARD", "COMP", "REL", "SUB"} or units[k].low == "," or \
                "REPORT" in tags and k + 1 < comma and units[k + 1].low == "that":
            return False
        if units[k].ent == "other":
            return False  # "is weighing the Latvian requests, including …": another party's list
        if tags & _LIST_GOVERNORS or units[k].obj:
            return bool(tags & _LIST_GOVERNORS)
    return False


def _clause_before_inclusion(units: list[Unit], verb: int) -> int | None:
    """ "nothing is excluded, and that includes the SAMP/T": "that" is the clause before the comma,
    whose operators govern what it includes. Returns that comma."""
    k = verb - 1
    while k >= 0 and "ADV" in units[k].tags:
        k -= 1
    if k < 1 or units[k].low not in ("that", "this", "which"):
        return None
    k -= 1
    if "CONJ" in units[k].tags:
        k -= 1
    return k if k >= 1 and units[k].low == "," else None


def ellipsis_verb(units: list[Unit], anchor: int) -> int | None:
    """ "but not weapons", ", not weapons": returns the supply verb the negation leaves out."""
    j = anchor - 1
    while j >= 0 and "DET" in units[j].tags:
        j -= 1
    if j < 1 or units[j].low != "not" or not ("CONTRAST" in units[j - 1].tags or units[j - 1].low in (",", "and")):
        return None
    for k in range(j - 2, -1, -1):
        if units[k].tags & {"SUP", "COMMIT"} and "SUPN" not in units[k].tags:
            return k
    return None


_LIST_JOINS = frozenset({",", "and", "or", "—", "–", "-"})
_SUBJECTS = frozenset({"FIRSTP", "PRON"})


def fronted_supply(units: list[Unit], anchor: int) -> int | None:
    """ "Our weapons we do not give, and we will not": the object fronted before its clause's subject
    and verb (topicalised) is that supply verb's object. Only at the head of the sentence, with nothing
    but determiners, modifiers and other objects around it, and only when the verb's clause then ends
    ("The shells we sent were old" is a relative clause inside a subject). Returns the supply verb."""
    for k in range(anchor):
        unit = units[k]
        if not (unit.obj or unit.tags & {"QUOTE", "DET", "POSSPRON"} or unit.low in _LIST_JOINS or
                not unit.tags and not unit.ent and unit.low.replace("-", "").isalpha()):
            return None
    k = anchor + 1
    while k < len(units) and (units[k].obj or units[k].low in _LIST_JOINS):
        k += 1  # "Shells, guns — we would …"
    if k >= len(units) or not (units[k].tags & _SUBJECTS or units[k].ent == "actor"):
        return None
    k += 1
    while k < len(units) and units[k].tags & {"AUX", "NEG", "MODAL", "FUT", "HAS", "ADV"}:
        k += 1
    if k >= len(units) or "SUP" not in units[k].tags or "SUPN" in units[k].tags:
        return None
    verb = k
    k += 1
    if k + 1 < len(units) and units[k].low == "to" and units[k + 1].ent:
        k += 2  # "… we do not give to Russia"
    for j in range(k, len(units) - 1):
        nxt = j + 1 + ("QUOTE" in units[j + 1].tags and j + 2 < len(units))
        if units[j].low == "," and "AUX" in units[nxt].tags:
            return None  # "The weapons we send to Ukraine, Kishida said, are old": the verb of a subject
    if k >= len(units) or units[k].low in (",", ".", ";", "—", "–", "and", "but") or "QUOTE" in units[k].tags:
        return verb
    return None


def supply_as_subject(units: list[Unit], frame: Frame) -> bool:
    """Is the innermost supply word a gerund or noun opening its clause ("Sending arms would be …")?"""
    supply = next((i for op, i, level in frame.ops if level == 0 and op in ("SUP", "SUPN")), None)
    # (a particle verb's gerund is the first word: "Handing over tanks would be …")
    if supply is None or not (units[supply].low.split()[0].endswith("ing") or "SUPN" in units[supply].tags):
        return False
    k = supply - 1
    if k >= 1 and units[k].low == "of" and units[k - 1].low in _TOPIC_NOUNS:
        k -= 2  # "The question of sending tanks is being studied": the topic noun heads the same subject
    elif (share := _part_of(units, k)) is not None:
        k = share  # "the remaining part of the winter package of weapons": a part of the same supply
    elif k >= 1 and units[k].obj and units[k - 1].low == "that":
        k -= 1  # "decided that Patriot deliveries to Poland will not resume": the object names the deliveries
    while k >= 0 and (units[k].tags & {"DET", "ADV", "POSS", "POSSPRON", "QUOTE"} or units[k].ent or
                      (not units[k].tags and not units[k].obj and units[k].low.isalpha()) or
                      units[k].low == "remaining" and k > 0 and "DET" in units[k - 1].tags):
        if units[k].ent and k > 0 and not units[k - 1].tags & {"COMP", "COMMA", "QUOTE", "CONJ"}:
            return False
        k -= 1
    return k < 0 or bool(units[k].tags & {"COMP", "COMMA", "CONJ", "CONTRAST", "SUB"}) or units[k].low in (",", ";") or \
        units[k].low in _SAYING or \
        units[k].low == ":" and k + 1 == supply and "SUPN" not in units[supply].tags
    # ("Kishida said sending arms would be a mistake": a clause without "that"; "… with its public: exporting
    # arms is not militarism": a gerund right after a colon opens the clause that follows it)


def _part_of(units: list[Unit], k: int) -> int | None:
    """Before the supply noun ending at `k`: "the rest of the (winter) …"; the index before "rest", or None."""
    while k >= 0 and not units[k].tags and not units[k].obj and not units[k].ent and units[k].low.isalpha():
        k -= 1  # "winter"
    if k >= 2 and "DET" in units[k].tags and units[k - 1].low == "of" and units[k - 2].low in SHARE_NOUNS:
        return k - 3
    return None

# Nouns that name the supply as a topic ("the question of sending …"), not as a fact.
_TOPIC_NOUNS = MATTER_NOUNS | {"subject", "topic"}

# Verbs of saying and thinking whose clause may drop "that": what opens it after them is its subject.
_SAYING = frozenset({"said", "says", "say", "argued", "argues", "argue", "believes", "believe", "believed",
                     "thinks", "think", "thought", "warned", "warns", "insisted", "insists", "told", "tells"})


def generic_predicate(units: list[Unit], anchor: int, frame: Frame) -> bool:
    """ "Every shipment of arms feeds the fighting", "voters who think that arms sales mean escalation": a supply
    noun opening its clause as the subject of a plain verb (no supply, arrival or verdict) speaks of
    supplying in general; it reports no supply."""
    preds = [i for op, i, level in frame.ops if level == 0 and op in PREDICATES]
    if len(preds) != 1 or "SUPN" not in units[preds[0]].tags:
        return False
    k = min(preds[0], anchor) - 1
    while k >= 0 and not units[k].ent and not units[k].obj and (
            units[k].tags and units[k].tags <= {"DET", "ADV"} or not units[k].tags and units[k].low.isalpha()):
        k -= 1
    if k >= 0 and not (units[k].tags & {"COMP", "COMMA", "CONJ", "SUB"} or units[k].low in (",", ";")):
        return False
    end = max(preds[0], anchor) + 1
    while end < len(units) and (units[end].obj or units[end].ent or units[end].tags & {"TO", "OF", "FOR", "CONJ"}):
        end += 1  # "deliveries of shells to Ukraine"
    verb = units[end] if end < len(units) else None
    after = units[end + 1] if end + 1 < len(units) else None
    if after is not None and (after.tags & (PREDICATES | {"AUX", "HAS", "HAD", "FUT", "MODAL", "NEG", "BY", "FROM"})):
        return False  # "MiG-29 jets shipped by Poland": a head noun; its verb comes after
    return verb is not None and not verb.tags and not verb.cap and verb.low.isalpha() and \
        not verb.low.endswith(("ed", "ing", "ly"))


_HARD = frozenset({"difficult", "hard", "impossible", "untenable"})


def hard_to(units: list[Unit], anchor: int) -> int | None:
    """ "it might be difficult (for us) to insist only on humanitarian aid": a predicate of difficulty
    over the infinitive that holds to aid only. Returns the index of that predicate."""
    to = anchor - 1
    while to > anchor - 6 and to >= 1 and "TO" not in units[to].tags and _in_aid_verb_phrase(units[to]):
        to -= 1  # "to insist on giving Hezbollah only …": the verbs and the recipient between "to" and the aid
    j = to - 1
    if j < 1 or "TO" not in units[to].tags:
        return None
    if "FOR" in units[j - 1].tags and (units[j].ent or units[j].tags & {"PRON", "FIRSTP"}):
        j -= 2  # "for us", "for Lisbon"
    while j >= 1 and "QUOTE" in units[j].tags:
        j -= 1  # 'it would be "very difficult" for Chile to …'
    return j if j >= 0 and units[j].low in _HARD else None


# Verbs that hold a line ("to say …", "to insist that …", "to keep …", "to limit itself to …"): after a predicate of
# difficulty, the line may not hold.
HOLDING = frozenset({"say", "insist", "argue", "tell", "explain", "maintain", "justify", "keep", "limit", "confine",
                     "restrict", "stick", "hold", "refuse", "defend"})


# Restricting oneself: "will not limit itself to words", "cannot confine ourselves to statements".
_RESTRICTING = frozenset({"limit", "confine", "restrict"})
_REFLEXIVES = frozenset({"itself", "ourselves", "themselves", "myself"})


def held_line(units: list[Unit], verb: int) -> int | None:
    """ "it would be very difficult for us to insist that training is enough", "very hard for New Zealand to say
    our help stops at trucks and radios": a predicate of difficulty over the infinitive of a verb that holds
    the present line; or "Egypt will not limit itself to words and classrooms": a negation over restricting
    oneself to what the present line gives (never to weapons). Returns the index of that predicate or negation."""
    if units[verb].low in _RESTRICTING and verb + 3 < len(units) and units[verb + 1].low in _REFLEXIVES and \
            "TO" in units[verb + 2].tags and not units[verb + 3].obj:
        k = verb - 1
        while k >= 0 and units[k].tags & {"MODAL", "AUX", "FUT", "ADV"} and "NEG" not in units[k].tags:
            k -= 1
        if k >= 0 and "NEG" in units[k].tags:
            return k
    if units[verb].low not in HOLDING or verb < 2 or "TO" not in units[verb - 1].tags:
        return None
    j = verb - 2
    if j >= 1 and (units[j].ent or units[j].tags & {"PRON", "FIRSTP"}):
        k = j - 1
        while k >= 1 and "DET" in units[k].tags:
            k -= 1  # "for the Czech Republic"
        if "FOR" in units[k].tags:
            j = k - 1  # "for us", "for Japan"
    while j >= 1 and "QUOTE" in units[j].tags:
        j -= 1  # 'it would become "very hard to argue" that …'
    return j if j >= 0 and units[j].low in _HARD else None


def _in_aid_verb_phrase(unit: Unit) -> bool:
    """May the unit stand between "to" and the aid it restricts to: a plain verb, a preposition, a pronoun
    or the target ("to insist on giving Hezbollah only …"), never another object or party?"""
    if unit.obj or unit.ent in ("actor", "other") or unit.tags & {"NEG", "COMMA", "HARD"}:
        return False
    return unit.ent == "target" or not unit.tags or unit.tags <= {"SUP", "PREP", "PRON", "DET", "REPORT"}  # "insist on"


_MEASURES = frozenset({"worth", "totalled", "totaled", "total", "totals", "amounted", "amount", "amounts", "rose",
                       "fell", "dropped", "doubled", "tripled", "grew", "increased", "decreased", "declined", "jumped",
                       "surged", "slumped", "hit", "reached", "valued"})


def trade_figure(units: list[Unit], anchor: int) -> bool:
    """ "Chilean arms exports to Peru amounted to $9m last year", "sales of shells to
    Kyiv rose sharply": the trade noun is the subject of a measure, a figure, not a supply decided."""
    k = anchor + 1
    if k < len(units) and units[k].low in TRADE_NOUNS:
        k += 1  # "arms exports"
        start = anchor - 1
    elif anchor >= 2 and "OF" in units[anchor - 1].tags and units[anchor - 2].low in TRADE_NOUNS:
        start = anchor - 3  # "exports of arms"
    else:
        return False
    while start >= 0 and not units[start].obj and (units[start].tags <= {"DET", "POSS", "AUX", "ADV"} and
                                                   units[start].low not in (",", ":", ";") or units[start].ent):
        start -= 1  # "Chilean", "the country's", "annual"
    if start >= 0 and not (units[start].low in (",", ":", ";") or units[start].tags & {"CONJ", "QUOTE", "COMP", "REPORT"}):
        return False  # "approved arms exports worth €326m": the figure describes what a verb governs
    while k < len(units) and (units[k].ent or units[k].obj or units[k].tags & {"TO", "OF", "FOR", "DET"}):
        k += 1  # "to Peru"
    while k < len(units) and units[k].tags & {"AUX", "ADV", "HAS", "HAD"} and units[k].low not in _MEASURES:
        k += 1  # "were", "have"
    return k < len(units) and units[k].low in _MEASURES


def owned_supply_noun(units: list[Unit], adj: int, supplies: set[int]) -> bool:
    """ "A new Estonian package of …", "the latest Japanese consignment": a country's adjective that opens
    the supply noun of the claim (over one plain modifier) names whose supply it is, like "Estonia's package"
    ("Austrian export law" is a law, the noun a modifier)."""
    k = adj + 1
    if k < len(units) and _plain_word(units[k]):
        k += 1
    if k >= len(units) or k not in supplies or "SUPN" not in units[k].tags or units[k].obj:
        return False
    return k + 1 >= len(units) or not _plain_word(units[k + 1])


def _plain_word(unit: Unit) -> bool:
    return not unit.tags and not unit.ent and not unit.obj and unit.low.isalpha() and not unit.cap


def set_off_participle_end(units: list[Unit], k: int) -> int | None:
    """At k, a comma opening a participle phrase set off by commas ("…, handed over this afternoon, is …"): the
    unit after its closing comma when a verb group follows, else None."""
    if k + 1 >= len(units) or units[k].low != "," or units[k + 1].ent:
        return None  # (a comma that ends the text opens nothing)
    head = units[k + 1].low.split()[0] if units[k + 1].low else ""
    if not (head.endswith("ed") or head in IRREGULAR_PARTICIPLES):
        return None
    close = next((j for j in range(k + 2, min(len(units), k + 10)) if units[j].low == ","), None)
    after = close + 1 if close is not None else len(units)
    while after < len(units) and "QUOTE" in units[after].tags:
        after += 1
    return close + 1 if close is not None and after < len(units) and units[after].tags & {"AUX", "HAS", "FUT", "MODAL"} \
        else None


def arrives_at_target(units: list[Unit], anchor: int) -> bool:
    """ "A first consignment of shells shipped by Seoul reached Ukraine", "The first consignment of
    shells has been delivered to the Ukrainian army": the subject's own verb is an arrival at the
    target or a past passive delivery to it, so the consignment is a delivery, not a topic."""
    dealt = False  # "under the contract with Ukraine": the subject names the target as the other party
    aside = range(0)
    for k in range(anchor + 1, min(len(units) - 1, anchor + 24)):  # over "approved for export by X's committee"
        if k in aside:
            continue
        if "COMMA" in units[k].tags and _listed_object_next(units, k):
            continue  # "assault rifles, machine guns and ammunition supplied by …": a list of the goods
        if k == anchor + 1 and (end := set_off_participle_end(units, k)) is not None:
            aside = range(k, end)  # "missiles, drawn from navy stocks, have been shipped to …": the subject's verb after it
            continue
        if units[k].low == "will" and k + 3 < len(units) and units[k + 1].low == "be" and \
                "SUP" in units[k + 2].tags and "SUPN" not in units[k + 2].tags:
            # "the package of rifles for Ukraine will be delivered in May": a plain future of the goods bound there
            nxt = units[k + 3]
            return "TO" in nxt.tags and any(u.ent == "target" for u in units[k + 4:k + 6]) or dealt
        if units[k].tags & {"COMMA", "HARD", "SUB", "REL", "COMP", "MODAL", "NEG", "COND", "QUESTION", "FUT"}:
            return False
        nxt = units[k + 1]
        if "ARRIVE" in units[k].tags:
            # "arrived in Syria", "arrived at Damascus airport": a place of the target; "a consignment of
            # interceptors for Ukraine landed at Rzeszów": goods bound for the target, wherever they land on the way
            if nxt.ent == "target" or dealt or place_owner(units, k + 1) == "target":
                return True
            continue  # "arrived at Muuga harbour … and was handed over to the Estonian forces": the next verb tells
        if units[k].low in ("unloaded", "offloaded") and units[k - 1].low in ("was", "were") and \
                (dealt or place_owner(units, k + 1) == "target"):
            # "The first consignment of British weapons for Ghana's armed forces was unloaded at Tema", "crates of
            # Canadian rifles were unloaded at Georgetown airport"
            return True
        if units[k].low in _SETTING_OFF and (_bound_for_target(units, k + 1) or dealt):
            # "A shipment of rifles left for Niger", "is on its way to Kyiv", "set sail for …"; "the first
            # consignment of materiel for Ukraine left the naval base": goods bound for the target set off
            return True
        if units[k].low in DEAL_NOUNS and "WITH" in nxt.tags:
            dealt = dealt or any(u.ent == "target" for u in units[k + 2:k + 4])
        if units[k].ent == "target" and any(u.low in ("for", "to") for u in units[max(anchor, k - 3):k]):
            dealt = True  # "The first consignment of torpedoes for the Indian Navy has been delivered"
        if "SUP" in units[k].tags and "SUPN" not in units[k].tags and units[k - 1].low in ("been", "was", "were"):
            # "The first consignment of missiles under the contract with Russia has been delivered": with no
            # destination of its own, a delivery under a deal with the target (or bound for it) went to the target
            return "TO" in nxt.tags and any(u.ent == "target" for u in units[k + 2:k + 4]) or \
                dealt and not nxt.tags & {"TO", "IN"}
    return False


# Verbs (and "on its way", "en route") of setting off towards a place, or crossing on the way there.
_SETTING_OFF = frozenset({"left", "leaves", "departed", "departs", "sailed", "sails", "sail", "heading", "headed",
                          "bound", "way", "route", "crossed"})


def _bound_for_target(units: list[Unit], start: int) -> bool:
    """Does a "for" / "to" within the next few words name the target ("for Niger", "to the Ukrainian army",
    "left a port in western Japan for India")?"""
    for k in range(start, min(len(units) - 1, start + 7)):
        if units[k].low in ("for", "to"):
            nxt = units[k + 2] if units[k + 1].low == "the" and k + 2 < len(units) else units[k + 1]
            return nxt.ent == "target"
        if units[k].tags & {"COMMA", "HARD", "CONJ"}:
            return False
    return False


# Words for a sale agreed with a buyer: "the contract with Ukraine", "an export deal, with Indonesia".
DEAL_NOUNS = frozenset({"contract", "contracts", "agreement", "agreements", "deal", "deals", "accord"})


_COMPLETED = frozenset({"completed", "finalised", "finalized"})


def completed_supply(units: list[Unit], anchor: int) -> bool:
    """ "The transfer of three tanks to Ukraine has been completed": a supply noun as the subject of a
    passive of completion, with the target named in the subject, is a delivery done, not a topic. A
    negation, modal or future before the verb stops the scan and keeps the subject reading."""
    if not any("SUPN" in units[j].tags for j in range(max(0, anchor - 3), min(len(units), anchor + 2))):
        return False  # the cheap check: no supply noun around the object
    target = False
    for k in range(anchor + 1, min(len(units), anchor + 16)):
        unit = units[k]
        if unit.low in _COMPLETED or unit.low == "carried" and k + 1 < len(units) and units[k + 1].low == "out":
            return target and units[k - 1].low in ("been", "was", "were")  # ("was carried out in accordance with …")
        if unit.ent == "target":
            target = True
        if unit.tags & {"HARD", "SUB", "REL", "COMP", "MODAL", "NEG", "COND", "QUESTION", "FUT"} or unit.low == ",":
            return False
    return False


# Words counting goods as more of the same: "further shipments", "more tanks", "additional arms".
MORE_OF = frozenset({"further", "more", "additional"})
_FOLLOWING = frozenset({"follow", "come"})


def continued_supply(units: list[Unit], anchor: int) -> bool:
    """ "Further shipments of tanks will follow in June": "further / more" supplies as the subject of a
    plain future "will follow / come" announce the next deliveries of a supply under way, not a topic.
    A modal ("could follow") or a negation stops the scan and keeps the subject reading."""
    if not any("SUPN" in units[j].tags and units[j - 1].low in MORE_OF for j in range(max(1, anchor - 3), anchor + 1)):
        return False  # the cheap check: no "further shipments" before the object
    for k in range(anchor + 1, min(len(units) - 1, anchor + 12)):
        if units[k].low == "will" and units[k + 1].low in _FOLLOWING:
            return True
        if units[k].tags & {"HARD", "SUB", "REL", "COMP", "MODAL", "NEG", "COND", "QUESTION"} or units[k].low == ",":
            return False
    return False


# What a supply under way is doing: "Austria's transfer of rifles to Bosnia is proceeding as announced".
_ONGOING = frozenset({"proceeding", "progressing", "continuing", "underway"})


def ongoing_supply(units: list[Unit], anchor: int) -> bool:
    """ "Austria's transfer of small arms to Bosnia is proceeding largely as announced", "deliveries … are under
    way": a supply noun whose own verb says it goes on reports a supply happening, not a topic."""
    if not any("SUPN" in units[j].tags for j in range(max(0, anchor - 5), anchor)):
        return False
    for k in range(anchor + 1, min(len(units) - 1, anchor + 12)):
        if units[k].low in ("is", "are") and (units[k + 1].low in _ONGOING and units[k + 2].low != "to" or
                                              units[k + 1].low == "under" and units[k + 2:k + 3] and
                                              units[k + 2].low == "way"):
            return True
        if units[k].tags & {"HARD", "SUB", "REL", "COMP", "MODAL", "NEG", "COND", "QUESTION"} or units[k].low == ",":
            return False
    return False


# Verbs of a measured quantity rising: "Deliveries of Slovak ammunition to Israel rose in the first half".
_RISING = frozenset({"rose", "increased", "grew", "doubled", "tripled", "climbed", "jumped", "surged", "soared",
                     "rises", "increases", "grows", "doubles", "climbs"})


def measured_supply(units: list[Unit], anchor: int) -> bool:
    """ "Deliveries of Slovak artillery ammunition to Israel rose in the first half of the year": a supply whose
    volume grew took place, a report of it, not a topic."""
    if not any("SUPN" in units[j].tags for j in range(max(0, anchor - 5), anchor)):
        return False
    for k in range(anchor + 1, min(len(units), anchor + 12)):
        if units[k].low in _RISING:
            return not units[k - 1].tags & {"MODAL", "NEG", "AUX"}  # ("could increase", "have not grown")
        if units[k].tags & {"HARD", "SUB", "REL", "COMP", "MODAL", "NEG", "COND", "QUESTION", "COMMA"}:
            return False
    return False


def requested_by_target(units: list[Unit], anchor: int) -> bool:
    """ "assessing a list of weapons requested by Damascus": a participle of asking right after the object,
    with the target as its agent, makes the weighed goods a request for a supply to the target."""
    k = anchor + 1
    if not (k + 2 < len(units) and "PRESS" in units[k].tags and units[k].low.endswith(("ed", "ght")) and
            units[k + 1].low == "by"):
        return False
    j = k + 2 + (units[k + 2].low == "the" and k + 3 < len(units))  # "requested by the Sudanese army"
    return units[j].ent == "target"


def target_request_infinitive(units: list[Unit], anchor: int) -> bool:
    """ "reviewing Taiwan's request to restore the launchers": the object of an infinitive inside the target's
    own request ("<target>'s request / appeal to <verb> …", "a request from <target> to <verb> …") is what the
    target asks to have, whatever the verb; weighing that request weighs a supply to it."""
    j = anchor - 1
    while j >= 0 and anchor - j <= 5 and not units[j].tags & {"TO", "HARD", "COMMA", "REL", "NEG"}:
        j -= 1  # "the 18 launchers": numbers, determiners and the infinitive's verb
    if j < 3 or anchor - j > 5 or "TO" not in units[j].tags:
        return False
    if units[j - 1].ent == "target" and units[j - 2].low in ("from", "by") and "PRESS" in units[j - 3].tags:
        return True  # "a request from Poland to add the launchers to the package": the asker named after the noun
    return "PRESS" in units[j - 1].tags and "POSS" in units[j - 2].tags and units[j - 3].ent == "target"


_LIST_NOUNS = frozenset({"list", "lists", "request", "requests", "inventory"})
_HANDING_IN = frozenset({"sent", "submitted", "handed", "presented", "delivered", "given", "requested", "asked",
                         "wanted", "sought"})


def target_list(units: list[Unit], anchor: int) -> bool:
    """ "going through the list of rounds that Kyiv had sent": a list of the object that the target drew
    up or handed in (a relative clause with the target as subject) is the target's request, weighed."""
    j = anchor - 1
    while j >= 0 and anchor - j <= 6 and (units[j].obj or units[j].low == "and" or _plain_modifier(units[j])):
        j -= 1  # "of 155mm and 122mm rounds"
    if j < 1 or units[j].low != "of" or units[j - 1].low not in _LIST_NOUNS:
        return False
    k = anchor + 1
    if k < len(units) and units[k].low in ("that", "which"):
        k += 1
    if k >= len(units) or units[k].ent != "target":
        return False
    k += 1
    while k < len(units) and units[k].low in ("had", "has", "have", "was", "were", "is", "just", "already"):
        k += 1
    return k < len(units) and units[k].low in _HANDING_IN


def _plain_modifier(unit: Unit) -> bool:
    """A lowercase measure or adjective with no tag ("155mm", "artillery"), no name."""
    return not unit.tags and not unit.ent and unit.low.isalnum() and not unit.text[:1].isupper()


def _listed_object_next(units: list[Unit], comma: int) -> bool:
    """Does the comma at `comma` go on, over up to two plain words, to another object noun (a list)?"""
    for j in range(comma + 1, min(len(units), comma + 4)):
        if units[j].obj:
            return True
        if units[j].tags - {"DET", "CONJ"} or units[j].ent:
            return False
    return False


def topic_gerund(units: list[Unit], ops: list[tuple[str, int, float]]) -> bool:
    """The only supply verb is a gerund after a preposition that hangs on an unknown noun."""
    preds = [i for op, i, level in ops if op in PREDICATES]
    if len(preds) != 1 or op_of(units[preds[0]]) not in ("SUP", "RECV"):
        return False
    i = preds[0]
    if not units[i].low.split()[0].endswith("ing") or i < 2:
        return False
    if "PREP" not in units[i - 1].tags:
        # "muse about the Government Arsenal selling ammunition abroad": the gerund's own subject between
        j = i - 1 - (i >= 3 and "DET" in units[i - 2].tags and bool(units[i - 1].ent))
        return bool(units[i - 1].ent) and j >= 2 and units[j - 1].low in ("about", "of") and \
            not units[j - 2].tags and not units[j - 2].ent and not units[j - 2].obj
    head = units[i - 2]
    if units[i - 1].low == "on" and head.low in _GO_ON:
        return False  # "will go on supplying ammunition": "go on" continues the supply, like "continue"
    if "POLICY" in head.tags and units[i - 1].low in ("on", "regarding", "towards", "toward", "about"):
        # "its position on sending X has not changed / is no", "answered questions about sending X": the topic of a
        # policy or a question, never a supply
        return True
    if "REPORT" in head.tags and units[i - 1].low in ("of", "about"):
        return True  # '"It is not compatible with our law," he said of sending arms': what the remark is about
    if head.ent and units[i - 1].low in ("about", "regarding", "concerning"):
        return True  # "sounded out Vietnam about buying small arms": what one party asks another about
    return not head.tags and not head.ent and not head.obj


_GO_ON = frozenset({"go", "goes", "going", "went", "gone"})
_STANCE_NOUNS = frozenset({"position", "stance", "policy"})
_CHANGED = frozenset({"changed", "altered", "shifted", "moved"})


_EVALUATING = frozenset({"marking", "making", "becoming", "representing", "underlining", "underscoring"})


def evaluative_tail(units: list[Unit], anchor: int) -> bool:
    """ ", marking one of the largest defence export contracts in Estonian history": a participle set off after the
    clause sizes up its event; the supply it names is that event again, no claim of its own."""
    for k in range(anchor - 1, max(-1, anchor - 12), -1):
        if units[k].low == ",":
            return k + 1 < anchor and units[k + 1].low in _EVALUATING and not _names_both_parties(units, k + 1)
        if units[k].tags & (PREDICATES - {"SUPN"}) and not units[k].obj:
            return False
    return False


def _names_both_parties(units: list[Unit], start: int) -> bool:
    """Does the tail name the supply's two parties ("marking the first delivery of weapons from the Czech Republic to
    Sudan")? Then it says what the event was, a delivery between them, which the clause before may not."""
    tail = units[start:]
    end = next((j for j, u in enumerate(tail) if u.tags & {"HARD", "SUB", "REL", "COMP"}), len(tail))
    tail = [u for u in tail[:end] if u.tags != {"DET"}]
    pairs = list(zip(tail, tail[1:]))
    return any(a.tags & {"FROM", "BY"} and b.ent == "actor" for a, b in pairs) and \
        any("TO" in a.tags and b.ent == "target" for a, b in pairs)


def linked_supply_topic(units: list[Unit], ops: list[tuple[str, int, float]], anchor: int) -> bool:
    """ "the first time he has linked the partnership to arms deliveries": a bare plural supply noun after a
    preposition, with no verb of the clause that the detector knows and no recipient, is a topic."""
    preds = [i for op, i, level in ops if op in PREDICATES and level == 0]
    if len(preds) != 1 or op_of(units[preds[0]]) not in ("SUP", "SUPN") or "SUPN" not in units[preds[0]].tags:
        return False
    noun = preds[0]
    start = min(noun, anchor)
    while start >= 1 and not units[start - 1].tags and not units[start - 1].ent and units[start - 1].low.isalpha() \
            and not units[start - 1].cap:
        start -= 1  # "cautious about large weapons transfers": over the adjectives
    return units[noun].low.endswith("s") and start >= 1 and units[start - 1].low in ("to", "with", "about") and \
        not any(op in ("HAS", "AUX") for op, i, level in ops if level == 0 and i > noun)


def unchanged_position(units: list[Unit], ops: list[tuple[str, int, float]], anchor: int) -> bool:
    """ "Ankara's position on exporting TB2 drones to Kenya has not changed", "… remains unchanged": a stance on
    the supply said to hold, which is the refusal that stands (a stance that changed is news of its own)."""
    if not topic_gerund(units, ops):
        return False
    supply = next(i for op, i, _ in ops if op in PREDICATES)
    if units[supply - 2].low not in _STANCE_NOUNS:
        return False
    for k in range(anchor + 1, min(len(units), anchor + 12)):
        if units[k].tags & {"COMMA", "HARD"}:
            return False
        if units[k].low == "unchanged" or units[k].low in _CHANGED and "NEG" in units[k - 1].tags:
            return True
    return False


def supposed_object(units: list[Unit], anchor: int) -> bool:
    """ "… said any German tanks reaching Ukraine would be a mistake": "any" opens a clause whose
    subject is the object and a modal verb follows; the supply is supposed, not reported.
    "has not sent any tanks" (a verb before "any") is not this. So is ", in what would be X's first arms
    transfer to Y": what the event would be, supposed."""
    for k in range(anchor - 1, max(anchor - 9, 0), -1):
        if units[k].tags & {"COMMA", "HARD"}:
            break
        if units[k].low in ("what", "which") and units[k + 1].low in ("would", "could", "might") and \
                k + 2 < anchor and units[k + 2].low in ("be", "mark", "become", "represent"):
            return True
    j = anchor - 1
    while j >= 0 and (units[j].obj or (units[j].ent and units[j].how == "adj")):
        j -= 1  # "any South Korean artillery shells"
    if j < 0 or units[j].low != "any" or (j > 0 and not units[j - 1].tags & {"REPORT", "COMP", "COMMA"}):
        return False
    return any(u.low in ("would", "could", "might") for u in units[anchor + 1:])


# Words that judge an act: "It would be wrong / a mistake / important to send …".
_EVALUATIONS = frozenset(
    "wrong right mistake error important necessary essential vital crucial wise unwise dangerous risky reckless "
    "irresponsible premature unthinkable inconceivable sensible appropriate inappropriate legitimate immoral "
    "illegal naive foolish absurd pointless senseless idea time duty obligation folly".split())
_COPULA_FORMS = frozenset({"is", "was", "be", "'s", "’s", "were", "been", "seems", "seemed", "remains"})
# What a supply would do to others: "any transfer would anger Moscow / be politically explosive".
_CONSEQUENCES = frozenset(
    "explosive provocative controversial costly damaging anger angers provoke provokes inflame antagonise antagonize "
    "damage harm hurt escalate endanger jeopardise jeopardize undermine complicate poison strain".split())


def judged_supply(units: list[Unit], anchor: int) -> bool:
    """ "diplomats say any transfer of lethal equipment to Peru would be politically explosive", "… would anger
    Moscow": a supply under "any" that a modal verb then judges by its effects is supposed and weighed by no one
    ("any transfer would be limited to defensive arms" sets a term and is not this)."""
    start = next((j for j in range(anchor - 1, max(-1, anchor - 4), -1) if units[j].low == "any"), None)
    if start is None or "SUPN" not in units[start + 1].tags:
        return False
    modal = next((k for k in range(anchor + 1, min(len(units), anchor + 8)) if units[k].low in ("would", "could", "might")),
                 None)
    return modal is not None and any(u.low in _CONSEQUENCES or u.low in _EVALUATIONS for u in units[modal + 1:modal + 5])


def extraposed_evaluation(units: list[Unit], verb: int) -> bool:
    """ "It would be wrong to send arms to Kyiv", "It is a mistake to supply …": the supply infinitive is the
    extraposed subject of a judgement; someone judges supplying, nobody reports it. ("it is ready to send",
    whose "it" is a country, judges nothing.)"""
    if verb < 4 or "TO" not in units[verb - 1].tags:
        return False
    j = verb - 2
    judged = False
    while j >= 0 and verb - j <= 6 and (not units[j].tags or units[j].tags <= {"DET", "ADV"}) and not units[j].ent:
        judged = judged or units[j].low in _EVALUATIONS
        j -= 1
    if not judged or j < 1 or units[j].low not in _COPULA_FORMS:
        return False
    j -= 1
    while j >= 0 and units[j].tags & {"MODAL", "FUT", "AUX", "HAS", "NEG", "ADV"}:
        j -= 1
    return j >= 0 and units[j].low == "it"


_REQUIRING = frozenset({"require", "requires", "required", "requiring", "need", "needs", "needed", "needing"})


def required_approval(units: list[Unit], commit: int) -> bool:
    """ "export law requires cabinet approval for the sale of weapons": an approval that something requires
    is a condition of a supply, not an approval given."""
    j = commit - 1
    while j >= 0 and commit - j <= 3 and (not units[j].tags or units[j].tags <= {"DET", "ADV", "GENERIC"}) and \
            units[j].low not in _REQUIRING:
        j -= 1
    return j >= 0 and units[j].low in _REQUIRING


# Verbs of overseeing what others do with an object: "cannot control every resale of ammunition".
_OVERSIGHT = frozenset(f"{stem}{end}" for stem in ("control", "track", "trace", "monitor", "verify", "police")
                       for end in ("", "s", "ed", "led", "ing", "ling"))


def overseen_supply(units: list[Unit], anchor: int) -> bool:
    """ "cannot control every resale of ammunition exported to …", "could not track the shipments of arms":
    the object of a verb of oversight, negated or not, is what others do with it; no position of the
    subject on supplying it."""
    j = anchor - 1
    while j >= 0 and units[j].obj:
        j -= 1  # "drone parts": the compound's first noun
    if j >= 2 and "OF" in units[j].tags:
        j -= 2  # "every resale of ammunition": the noun before "of"
    while j >= 0 and units[j].tags & {"DET", "ADV"}:
        j -= 1
    if j >= 1 and units[j].low in ("on", "over"):
        j -= 1  # "kept tight controls on exports of drone parts": a noun of oversight over the supply
    return j >= 0 and units[j].low in _OVERSIGHT


def any_supply_noun(units: list[Unit], anchor: int) -> bool:
    """ "would apply to any F-35 transfer", "any sale of Leopards": a supply noun under "any" is one
    that might happen, never one reported (a negation before it still refuses: "will not approve any
    F-35 sale")."""
    if anchor + 1 < len(units) and "SUPN" in units[anchor + 1].tags:
        j = anchor - 1  # "any F-35 transfer"
    elif anchor >= 2 and "OF" in units[anchor - 1].tags and "SUPN" in units[anchor - 2].tags:
        j = anchor - 3  # "any transfer of F-35s"
    elif anchor + 1 < len(units) and "SUP" in units[anchor + 1].tags and units[anchor + 1].low.endswith(("ed", "sent")):
        j = anchor - 1  # "any rifle sent to eastern Chad risks …": whatever might be sent
    else:
        return False
    while j >= 0 and units[j].ent and units[j].how == "adj":
        j -= 1  # "any American F-35 sale"
    if j >= 0 and units[j].low in ("all", "every") and not any(u.ent == "target" for u in units):
        return True  # "All exports of weapons are carried out under the law": exports in general, to no one
    return j >= 0 and units[j].low == "any"


_WANTING = frozenset({"wants", "want", "needs", "need", "requests", "request", "requested"})


def antecedent_recipient(units: list[Unit], anchor: int) -> str:
    """ "… that Warsaw could pass its K2 tanks on to Ukraine, saying the rules did not allow it": "it" is
    the supply named before in the sentence, so it goes where that one goes ("other", "target" or "")."""
    named = next((j for j in range(anchor - 1, -1, -1) if units[j].obj in ("strong", "weak")), None)
    if named is None:
        return ""
    # "If the Lebanese state wants missiles …, Iran is ready to provide them": the one who wants the goods
    # named before is the one they would go to.
    want = next((j for j in range(named - 1, max(-1, named - 9), -1) if units[j].low in _WANTING), None)
    if want is not None and all(u.obj or u.tags & {"CONJ", "COMMA"} or not u.tags for u in units[want + 1:named]):
        wanter = next((units[j].ent for j in range(want - 1, max(-1, want - 5), -1)
                       if units[j].ent in ("target", "other")), "")
        if wanter:
            return wanter  # ("wants missiles, armoured vehicles or radars": over the list)
    for k in range(named + 1, min(anchor, named + 4)):
        if "TO" in units[k].tags and units[k + 1].ent in ("target", "other"):
            return units[k + 1].ent
        if units[k].tags & {"COMMA", "HARD", "COMP", "CONJ"}:
            break
    return ""


def requested_object(units: list[Unit], anchor: int, frame: Frame) -> bool:
    """ "Ukraine has asked for the tanks": the object named back after a request verb and "for" is
    what the requester wants supplied; its supply is asked for, not merely mentioned."""
    j = anchor - 1
    while j >= 0 and anchor - j <= 4 and (units[j].tags & {"DET", "POSSPRON"} or not units[j].tags and not units[j].ent):
        j -= 1  # "the old", "its retired"
    return j >= 1 and "FOR" in units[j].tags and "PRESS" in units[j - 1].tags and \
        any(op == "PRESS" and i == j - 1 for op, i, _ in frame.ops)


_TOPIC_OPENERS = frozenset({"regarding", "concerning", "on"})


def topic_phrase(units: list[Unit], anchor: int) -> bool:
    """ "As for weapons systems, …", "Regarding tanks, …": the object opens the sentence as its topic,
    what a pronoun in the clause after it ("we are not sending them") stands for."""
    j = anchor - 1
    while j >= 0 and units[j].tags <= {"DET", "ADV"}:
        j -= 1
    if j < 0 or anchor + 1 >= len(units) or units[anchor + 1].low != ",":
        return False
    if units[j].low == "for" and j >= 1 and units[j - 1].low == "as":
        j -= 1
    elif units[j].low not in _TOPIC_OPENERS:
        return False
    return j <= 2  # at the start, after at most a quote or an answer label ("A:")


_TOPIC_PREPOSITIONS = frozenset({"on", "about", "over", "regarding", "concerning"})


def decision_topic(units: list[Unit], ops: list[tuple[str, int, float]]) -> bool:
    """ "The chancellor's decision on Leopards stands": a decision noun whose topic is the object
    itself, with no supply word, does not say what was decided ("a decision to send" does); nor does one on
    supplying ("a decision on sending tanks is close"): the gerund names the question, not the answer."""
    decisions = [i for op, i, level in ops if op == "DECIDE" and level == 0 and
                 units[i].low in ("decision", "decisions") and i + 1 < len(units) and
                 units[i + 1].low in _TOPIC_PREPOSITIONS]
    supplies = [i for op, i, level in ops if op in ("SUP", "SUPN", "RECV", "ARRIVE") and level == 0]
    return bool(decisions) and all(i - 2 in decisions and units[i].low.endswith("ing") for i in supplies)


def decision_of_topic_noun(units: list[Unit], ops: list[tuple[str, int, float]]) -> bool:
    """ "opted for abstention on the decision to finance arms", "a vote on the decision to send": a
    decision noun after a topic preposition that hangs on a noun the detector does not know is that
    noun's topic (someone's decision voted or abstained on), not the subject's own decision."""
    for op, i, level in ops:
        if op != "DECIDE" or units[i].low not in ("decision", "decisions"):
            continue
        k = i - 1
        while k >= 0 and "DET" in units[k].tags:
            k -= 1
        if k < 1 or units[k].low not in _TOPIC_PREPOSITIONS:
            continue
        head = k - 1
        while head >= 0 and "QUOTE" in units[head].tags:
            head -= 1  # 'opted for "constructive abstention" on the decision'
        if head >= 0 and not units[head].tags and not units[head].ent and not units[head].obj and \
                units[head].low.isalpha():
            return True
    return False


_WH_WORDS = frozenset({"which", "what"})
_PARTITIVE_DETS = frozenset({"its", "their", "the", "our", "his", "her"})


def weighed_choice(units: list[Unit], anchor: int) -> tuple[int, list[int]] | None:
    """ "is examining which rifles it could spare for Ukraine": the object fronted in a question
    that a weighing verb governs, choosing what to supply. Returns the question word and the embedded
    verbs (its modal, then the verb itself) when the verb is a supply verb or has the recipient after
    it ("spare for Ukraine"), and its subject names no other party."""
    # "how many of its jets", "which of the rifles": a partitive between the question word and the object
    q = anchor - 2 if anchor >= 4 and units[anchor - 2].low == "of" and units[anchor - 1].low in _PARTITIVE_DETS \
        else anchor
    if q >= 3 and units[q - 1].low in ("many", "much") and units[q - 2].low == "how" and "CONS" in units[q - 3].tags:
        wh = q - 2  # "is examining how many tanks it can send": "how many" asks which amount to supply
    elif q >= 2 and units[q - 1].low in _WH_WORDS and "CONS" in units[q - 2].tags:
        wh = q - 1
    else:
        return None
    k = anchor + 1
    while k < len(units) and (units[k].obj or units[k].low in ("and", "or", ",") and k + 1 < len(units) and
                              units[k + 1].obj):
        k += 1  # "which weapons and ammunition"
    if k + 3 < len(units) and units[k].low == "," and units[k + 1].low == "if" and units[k + 2].low in ("any", "at"):
        close = k + 3 + (units[k + 3].low == "all")
        if close < len(units) and units[close].low == ",":
            k = close + 1  # "how many tanks, if any, it could spare": a hedge on the amount, no condition
    while k < len(units) and (units[k].tags & {"DET", "PRON", "CONJ", "GENERIC"} or units[k].ent == "actor" or
                              not units[k].tags and not units[k].ent and units[k].low.isalpha()) and \
            not units[k].low.endswith(("ed", "ing")) and k - anchor <= 5:
        k += 1  # its subject: "it", "the country", "Japan"
    verbs: list[int] = []
    while k < len(units) and units[k].tags & {"MODAL", "AUX", "FUT"}:
        verbs.append(k)
        k += 1
    if k >= len(units) or units[k].ent or units[k].obj:
        return None
    recipient = k + 1 < len(units) and units[k + 1].tags & {"TO", "FOR"} and units[k + 1].tags & {"PREP"} and \
        k + 2 < len(units) and units[k + 2].ent == "target"
    if "SUP" not in units[k].tags and not (not units[k].tags and units[k].low.isalpha() and recipient):
        return None
    return wh, verbs + [k]
