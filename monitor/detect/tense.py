"""When a clause speaks of: a future supply, a perfect, a finished review or the story's background."""

from __future__ import annotations

from monitor.detect.lexicon import DURATION_UNITS, FULL_MONTH_NAMES, MONTH_NAMES, PRONOUNS
from monitor.detect.polarity import PREDICATES, op_of
from monitor.detect.tagging import Unit

IRREGULAR_PARTICIPLES = frozenset({"sent", "given", "sold", "lent", "held", "withheld", "bought", "made", "built",
                                   "shown", "taken", "brought", "led", "dealt", "spent", "kept", "found", "sought",
                                   "thought", "told", "said", "paid", "drawn", "flown", "written", "chosen", "driven",
                                   "hidden", "stolen"})
# Past forms of supplying, halting and refusing that do not end in "-ed".
_IRREGULAR_PAST = frozenset({"sent", "gave", "sold", "lent", "froze", "frozen", "forbade", "withheld", "said", "told",
                             "made", "took", "held", "kept", "began", "became", "chose", "wrote"})
_DURATIVE = frozenset({"long", "always", "consistently", "repeatedly"})


def _reported_or_aux(units: list[Unit], i: int) -> bool:
    """The verb at `i` is not a bare simple past: an auxiliary, modal or negation sits before it."""
    return i > 0 and bool(units[i - 1].tags & {"AUX", "HAS", "HAD", "FUT", "MODAL", "NEG"})


def is_perfect(units: list[Unit], i: int) -> bool:
    """Is "had" at i an auxiliary ("had long refused", "had been weighing", "had, until May, said")?"""
    k = i + 1
    if k < len(units) and units[k].low == ",":
        # "had, until this year, said": an adjunct between commas sits between auxiliary and participle
        k = next((j + 1 for j in range(k + 1, min(len(units), k + 7)) if units[j].low == ","), k)
    k += _by_then(units, k)
    for unit in units[k:k + 3]:
        if unit.tags & {"ADV", "NEG", "HIST", "DUR"} or unit.low == "long":  # ("had for years said")
            continue
        if unit.low.endswith("ly") and unit.low.isalpha() and not unit.tags and not unit.ent:
            continue  # "had repeatedly said", "had consistently refused": any adverb in -ly
        return unit.low == "been" or unit.low.endswith(("ed", "en")) or unit.low in IRREGULAR_PARTICIPLES \
            or bool(unit.tags & {"SUP", "REFU", "CONS", "COMMIT", "DECIDE", "END"})
    return False


# "by then", "by that time": a reference point in the past, set between "had" and its participle.
_BY_POINTS = frozenset({"time", "point", "stage", "date"})


def _by_then(units: list[Unit], k: int) -> int:
    """How many words of a "by then" / "by that time" adjunct start at k ("had by then delivered")."""
    if k + 1 >= len(units) or units[k].low != "by":
        return 0
    if units[k + 1].low in ("then", "now"):
        return 2
    return 3 if units[k + 1].low in ("that", "this") and k + 2 < len(units) and units[k + 2].low in _BY_POINTS else 0


def standing_policy(units: list[Unit], i: int) -> bool:
    """ "has long rejected", "had always refused": the verb at i tells a policy held over time,
    the status quo, not a decision taken now (so it is no walk-back of an opening)."""
    return i >= 2 and units[i - 1].low in _DURATIVE and bool(units[i - 2].tags & {"HAS", "HAD"}) or \
        _halt_in_place(units, i)


_REMAINING = frozenset({"remain", "remains", "remained", "stay", "stays", "stayed"})
_IN_FORCE = frozenset({"place", "force", "effect"})


def _halt_in_place(units: list[Unit], i: int) -> bool:
    """ "the current policy, a pause on new military transfers …, remained in place": a halt that stays
    in place (in force, in effect) is the status quo, not a decision taken now."""
    for k in range(i + 1, min(len(units) - 2, i + 14)):
        if units[k].low in (";", ":") or "HARD" in units[k].tags:
            return False
        if units[k].low in _REMAINING and units[k + 1].low == "in" and units[k + 2].low in _IN_FORCE:
            return True
    return False


def is_future(units: list[Unit], ops: list[tuple[str, int, float]]) -> bool:
    """Is the supply verb in the future ("will send", "would send", "is set to send")?"""
    supply = next((i for op, i, level in ops if level == 0 and op in ("SUP", "SUPN", "RECV")), None)
    if supply is None:
        return False
    auxiliary = supply - 1
    while auxiliary > 0 and "ADV" in units[auxiliary].tags:
        auxiliary -= 1  # "have now arrived"
    if auxiliary >= 0 and units[auxiliary].tags & {"HAS", "HAD"} and \
            (auxiliary < 1 or units[auxiliary - 1].low not in ("will", "'ll", "shall", "would")):
        return False  # "the Gripens promised by Sweden have arrived": a perfect, done, not a promise
    window: list[int] = []  # the four words before the verb, over adverbs ("would also be glad to receive")
    k = supply - 1
    while k >= 0 and len(window) < 4:
        if "ADV" not in units[k].tags:
            window.append(k)
        k -= 1
    return any(units[k].low in ("will", "'ll", "shall", "would") or
               ("COMMIT" in units[k].tags and not (k + 1 < len(units) and units[k + 1].low == "by") and
                units[k].low not in _APPROVALS_DONE) for k in window)


# A commitment already given is no promise of the future: "has approved the transfer of weapons".
_APPROVALS_DONE = frozenset({"approved", "authorised", "authorized", "cleared", "sanctioned"})


def unreported_would(units: list[Unit], ops: list[tuple[str, int, float]]) -> bool:
    """ "Greece would hand S-300s to Ukraine.": "would" that no one is reported to say is a
    hypothetical, not the backshifted "will" of "said it would send"."""
    supply = next((i for op, i, level in ops if level == 0 and op in ("SUP", "SUPN")), None)
    if supply is None or any(level > 0 for _, _, level in ops) or any("QUOTE" in u.tags for u in units):
        return False
    k = supply - 1
    while k >= 0 and "ADV" in units[k].tags:
        k -= 1
    return k >= 0 and units[k].low == "would"


_PREDICATE_MODALS = frozenset({"would", "could", "might", "may"})


def _would_be_first_time(units: list[Unit], supply: int) -> bool:
    """ "It would be the first time in living memory that Chile armed Peru": the clause a modal "first time"
    introduces is imagined."""
    for j in range(supply - 1, max(2, supply - 14), -1):
        if units[j].tags & {"HARD", "REPORT"}:
            return False
        if units[j].low in ("first time", "only time") and units[j - 1].low == "the" and \
                units[j - 2].low in ("be", "mark") and units[j - 3].low in _PREDICATE_MODALS:
            return True
    return False


def _supply_subject_effect(units: list[Unit], supply: int) -> bool:
    """ "US Stinger supplies to Armenia would undermine the peace process": a supply noun (with its recipient)
    as the subject of a modal and a verb of its effect imagines the supply, it reports none."""
    j = supply + 1
    while j < len(units) and j - supply <= 4 and (units[j].ent or units[j].tags & {"TO", "DET", "OF"}):
        j += 1
    if j + 1 >= len(units) or units[j].low not in _PREDICATE_MODALS:
        return False
    verb = units[j + 1]
    if verb.tags == {"HINDER"}:
        return True  # "… would undermine / complicate …"
    return not verb.tags and not verb.ent and not verb.obj and verb.low.isalpha() and verb.low.islower() and \
        not verb.low.endswith("ed") and verb.low != "be"


# What an act would cost the one who does it: "would bear the consequences of arming …".
_CONSEQUENCES = frozenset({"consequence", "consequences", "price", "cost", "costs", "risk", "risks"})


def _consequence_of(units: list[Unit], supply: int) -> bool:
    """ 'Seoul "would bear the consequences" of "arming one party"', "would pay a price for sending …": a supply
    as what a modal consequence would follow from is imagined, it reports none."""
    k = supply - 1
    while k >= 0 and "QUOTE" in units[k].tags:
        k -= 1
    if k < 1 or units[k].low not in ("of", "for"):
        return False
    k -= 1
    while k >= 0 and "QUOTE" in units[k].tags:
        k -= 1
    if k < 0 or units[k].low not in _CONSEQUENCES:
        return False
    return any(units[j].low in _PREDICATE_MODALS for j in range(max(0, k - 4), k))


def predicative_would(units: list[Unit], ops: list[tuple[str, int, float]]) -> bool:
    """ "in what would be the first sale of arms to X", "It would be the first such transfer", "A French sale
    would be the Rafale's first": a supply noun as the predicate or the subject of a modal "be" characterises an
    event that may come, it reports none."""
    supply = next((i for op, i, level in ops if level == 0 and op in ("SUP", "SUPN")), None)
    if supply is not None and _would_be_first_time(units, supply):
        return True
    if supply is not None and _consequence_of(units, supply):
        return True
    if supply is None or "SUPN" not in units[supply].tags:
        return False
    for j in range(supply + 1, min(len(units) - 1, supply + 4)):
        if units[j].low == "be" and units[j - 1].low in _PREDICATE_MODALS and \
                not (units[j + 1].tags & PREDICATES or units[j + 1].low.endswith("ed")):
            return True  # "A French sale would be the Rafale's first": what the sale would be, not that it is made
    if _supply_subject_effect(units, supply):
        return True
    k = supply - 1
    while k >= 0 and supply - k <= 4 and ({"DET", "ADV"} & units[k].tags or
                                          not units[k].tags and units[k].low.isalpha() and units[k].low.islower()):
        k -= 1  # "the first", "a complete", "the largest single"
    if k >= 2 and units[k].low == "to" and units[k - 1].low == "amount":
        k -= 1  # "would amount to an indirect delivery": what the act would be
    elif k < 1 or units[k].low not in ("be", "constitute", "mean", "represent", "amount"):
        return False
    k -= 1
    while k >= 0 and "ADV" in units[k].tags:
        k -= 1
    return k >= 0 and units[k].low in _PREDICATE_MODALS


def is_background(units: list[Unit], ops: list[tuple[str, int, float]]) -> bool:
    """Past perfect, "previously", "for years" with a simple past: the story's background."""
    decisive = max((level for op, _, level in ops if op in PREDICATES | {"NEG", "MODAL"}), default=0)
    tags = {op for op, _, level in ops if level == decisive}
    reported = any(op == "REPORT" and level > decisive for op, _, level in ops)
    # "a review that had weighed …": a relative clause in the past perfect tells what went before
    innermost_had = any(op == "HAD" and level == 0 and k > 0 and units[k - 1].low in ("that", "which")
                        for op, k, level in ops)
    if "HIST" in tags or ((innermost_had or "HAD" in tags) and not reported):
        return True  # "said it had decided not to" reports the present: backshift, not history
    if tags == {"MODAL"} and not reported and _option_subject_had(ops, decisive):
        return True  # "The missile option had been studied": the subject noun's verdict, the verb past perfect
    if reported and {level for op, _, level in ops if op == "REPORT"} & {level for op, _, level in ops if op == "HAD"}:
        return True  # "Kishida had said he no longer ruled out …": a past statement, the story's history
    if "DUR" in tags and "HAS" not in tags or _lasting_supply(units, ops, decisive):
        return True
    if _dated_past_halt(units, ops, decisive) or _year_dated_supply(units, ops, decisive):
        return True
    if _former_government(units, ops, decisive) or _past_record(units, ops, decisive):
        return True
    if _trailing_after_clause(units, ops) or _dated_report(units, ops, decisive):
        return True
    if _final_consignment(units, ops) or _participle_of_history(units, ops, decisive):
        return True
    if _reported_then(units, ops) or _pluperfect_sequence(units, ops, decisive) or _then_closing(units, ops, decisive):
        return True
    return _leading_history(units) or _dated_participle(units, ops)


def _reported_then(units: list[Unit], ops: list[tuple[str, int, float]]) -> bool:
    """ "He said at the time that he could not exclude any option", "in the late 2000s officials said …": a report
    dated to the past by its own history words is the story's background."""
    # ("recalls that in the late 2000s officials said they would not …": a date opening the reporting clause)
    reports = [(k, level) for op, k, level in ops if op == "REPORT"]
    return any(op == "HIST" and any(r < k <= r + 3 or level == rl and r - 8 <= k < r for r, rl in reports)
               for op, k, level in ops)


def _then_closing(units: list[Unit], ops: list[tuple[str, int, float]], decisive: float) -> bool:
    """ "Bogotá did not approve the request then, saying …": "then" closing a simple past's clause dates it to that
    earlier time ("and then", "then agreed", "If …, then" are sequences)."""
    verb = min((k for op, k, level in ops if level == decisive and op in PREDICATES), default=-1)
    if verb < 0 or not any(_past_form(units[k].low) or units[k].low == "did" for k in range(max(0, verb - 3), verb + 1)):
        return False
    return any(units[k].low == "then" and units[k - 1].low not in (",", "and", "but") and not units[k - 1].tags & {"CONJ"}
               and units[k + 1].low in (",", ".", ";") for k in range(verb + 1, len(units) - 1))


def _pluperfect_sequence(units: list[Unit], ops: list[tuple[str, int, float]], decisive: float) -> bool:
    """ "Berlin had first rejected the request in February, then agreed in June to look at it again": a simple
    past joined by "then" to a past perfect goes on with its history."""
    verb = min((k for op, k, level in ops if level == decisive and op in PREDICATES), default=-1)
    if verb < 2 or units[verb - 1].low != "then" or not (units[verb].low.endswith("ed") or
                                                           units[verb].low in _IRREGULAR_PAST):
        return False
    return any("HAD" in u.tags for u in units[:verb - 1]) and \
        not any(u.tags & {"HAS", "FUT"} or u.low == "now" for u in units[:verb])


def _participle_of_history(units: list[Unit], ops: list[tuple[str, int, float]], decisive: float) -> bool:
    """ "China was once Venezuela's leading supplier, selling it jets and radars": a participle clause has no
    tense of its own; after a main clause told as history ("once", "previously") it is history too."""
    verb = next((i for op, i, level in ops if level == decisive and op == "SUP"), None)
    if verb is None or verb < 2 or units[verb - 1].low != "," or not units[verb].low.split()[0].endswith("ing"):
        return False
    start = next((k + 1 for k in range(verb - 2, -1, -1)
                  if units[k].tags & {"CONTRAST", "CONJ", "SUB", "HARD"} or units[k].low == ";"), 0)
    return any("HIST" in unit.tags and "SUB" not in unit.tags for unit in units[start:verb - 1])


_FINAL = frozenset({"last", "final"})
_CONSIGNMENTS = frozenset({"consignment", "shipment", "delivery", "batch", "tranche", "transfer", "convoy"})


def _final_consignment(units: list[Unit], ops: list[tuple[str, int, float]]) -> bool:
    """ "The last consignment left in December": the final one of a supply, told in the past, closes it."""
    if not any(op in ("SUP", "SUPN", "ARRIVE") for op, _, level in ops if level == 0):
        return False
    final = next((k for k in range(len(units) - 1) if units[k].low in _FINAL and units[k + 1].low in _CONSIGNMENTS), None)
    if final is not None and any(u.tags & {"SUP", "NEG", "FUT", "MODAL"} for u in units[max(0, final - 4):final]):
        return False  # "will not deliver the final consignment approved in March": the object of another verb
    return final is not None and any((_past_form(u.low) or u.low in ("left", "went", "came")) and
                                     not u.tags & {"REPORT"} and not u.obj and not u.ent
                                     for u in units[final + 2:final + 8])


def _trailing_after_clause(units: list[Unit], ops: list[tuple[str, int, float]]) -> bool:
    """ "…, the government said on Tuesday, a day after the ministry confirmed it was assessing a request": what a
    closing "(a day) after" clause in the past tells happened before the news, the story's background (a
    weighing only: "hours after the cabinet approved the transfer" still reports the approval, unless the news
    reverses it: "Spain withdrew the licences, hours after announcing it would resume sales")."""
    weighing = any(op == "CONS" for op, _, _ in ops)
    if not weighing and not any(op in ("SUP", "COMMIT") for op, _, _ in ops):
        return False
    first = min(i for _, i, _ in ops)
    after = next((j for j in range(first - 1, max(-1, first - 12), -1) if units[j].low == "after"), None)
    if after is None or any(units[k].tags & {"COMMA", "HARD"} for k in range(after + 1, first)):
        return False
    comma = next((k for k in range(after - 1, max(-1, after - 5), -1) if units[k].low == ","), None)
    if comma is None or any(units[k].tags - {"DET"} or units[k].ent for k in range(comma + 1, after)):
        return False  # only "a day", "hours", "two weeks" may stand between the comma and "after"
    if not weighing:
        return any("END" in units[k].tags for k in range(comma)) and units[after + 1].low.endswith("ing")
    # the news before the comma is a decision ("will not transfer", "decided to send"), which ended the weighing
    decided = any(units[k].tags & {"NEG", "REFU", "END", "DECIDE", "COMMIT"} for k in range(comma))
    return decided and any(_past_form(units[k].low) and not units[k].obj for k in range(after + 1, first + 1))


def _option_subject_had(ops: list[tuple[str, int, float]], decisive: float) -> bool:
    """Is the decisive MODAL an option noun in the subject, before a past-perfect verb of its clause?"""
    modal = min((i for op, i, level in ops if op == "MODAL" and level == decisive), default=None)
    return modal is not None and any(op == "HAD" and i > modal and level < decisive for op, i, level in ops)


_FORMER = frozenset({"previous", "former", "outgoing", "preceding"})
_GOVERNMENTS = frozenset({"government", "cabinet", "administration", "coalition"})


def _former_government(units: list[Unit], ops: list[tuple[str, int, float]], decisive: float) -> bool:
    """ "The previous government ruled out arms deliveries": what a government no longer in office did
    (simple past) is the story's history; "the previous government's ban remains" is still the news."""
    verb = min((i for op, i, level in ops if level == decisive and op in PREDICATES and "SUPN" not in units[i].tags),
               default=None)  # the clause's verb, not a supply noun ("deliveries") in its object
    if verb is None or not (_past_form(units[verb].low) or verb >= 1 and units[verb - 1].low == "did"):
        return False  # ("did deliver": an emphatic past)
    if any(units[k].low in _FORMER and units[k + 1].low in _GOVERNMENTS for k in range(min(verb, len(units) - 1))):
        return True
    # "supplied NASAMS to Ukraine during the previous administration", "under licences issued by a previous
    # government": dated by a government since gone
    return any(units[k].low in _FORMER and units[k + 1].low in _GOVERNMENTS and
               any(u.low in ("under", "during") for u in units[max(verb, k - 5):k])
               for k in range(verb + 1, len(units) - 1))


_RANKS = frozenset({"first", "second", "third", "last", "only", "earliest"})


def _past_record(units: list[Unit], ops: list[tuple[str, int, float]], decisive: float) -> bool:
    """ "Estonia was among the first countries to send Javelins", "were the only ones to supply": a rank the
    actor held in the past sums up its record, the story's history ("is the first to send" is news)."""
    verb = next((i for op, i, level in ops if level == decisive and op == "SUP"), None)
    if verb is None or verb < 3 or "TO" not in units[verb - 1].tags:
        return False
    k, ranked = verb - 2, False
    while k > 0 and verb - k <= 5 and not units[k].ent and units[k].low not in ("was", "were"):
        ranked = ranked or units[k].low in _RANKS
        k -= 1
    return ranked and units[k].low in ("was", "were")


def _lasting_supply(units: list[Unit], ops: list[tuple[str, int, float]], decisive: float) -> bool:
    """ "Israel has supplied Azerbaijan with drones for more than a decade", "has long supplied", "For years,
    it has been supplying …", "over the past decade", "since the 1990s": a perfect supply over a span of
    years sums up the story's history; it decides only when nothing present does."""
    verb = next((i for op, i, level in ops if level == decisive and op == "SUP"), None)
    if verb is None or verb == 0 or any(op == "NEG" and level == decisive for op, _, level in ops):
        return False  # ("No weapons have been sent since the end of the mission last year": the state today)
    aux = verb - 1
    if aux >= 1 and units[aux].low in _DURATIVE and "HAS" in units[aux - 1].tags:
        return True  # "has long supplied"
    if aux >= 1 and units[aux].low == "been":
        aux -= 1  # "has been supplying"
    elif aux >= 1 and units[aux].low.endswith("ed") and "HAS" in units[aux - 1].tags and "SUPN" in units[verb].tags:
        aux -= 1  # "has licensed exports of small arms …": the perfect governs the supply noun
    if "HAS" not in units[aux].tags:
        return False
    start = next((k + 1 for k in range(aux - 1, -1, -1) if units[k].tags & _CLAUSE_EDGES), 0)
    if start > 1 and (units[start - 1].low in ("that", "which") and op_of(units[start - 2]) is None and
                      not units[start - 2].tags & {"REPORT", "COMMA", "HARD"}) and \
            any(op_of(u) in PREDICATES for u in units[start:aux]):
        # "The battery that Italy agreed to provide earlier this year has been delivered": a date inside a
        # relative with a verb of its own, on the subject, dates that verb, not the main one
        start = aux
    for k in range(start, len(units)):
        if k > verb and units[k].tags & _CLAUSE_EDGES:
            return False
        if k > verb + 1 and _reduced_relative(units, k):
            return False  # "under an agreement concluded late last year": the date is the agreement's
        years = "DUR" in units[k].tags and ("year" in units[k].low or "decade" in units[k].low)
        if "SUB" not in units[k].tags and (years or "HIST" in units[k].tags and not _short_span(units, k + 1)):
            return True  # "for more than a decade", "in the past"; "for weeks", "in the past week" may be the news
        if _span_of_years(units, k):
            return True
    return False


_CLAUSE_EDGES = frozenset({"HARD", "SUB", "REL", "COMP", "CONTRAST"})


def _reduced_relative(units: list[Unit], k: int) -> bool:
    """Is the unit at k a bare past participle right after a noun ("an agreement concluded …")?"""
    return not units[k].tags and units[k].low.endswith("ed") and not units[k - 1].tags - {"NSHEAD"} and \
        not units[k - 1].ent and units[k - 1].low.isalpha() and not units[k - 1].low.endswith("ly")


def _short_span(units: list[Unit], k: int) -> bool:
    """ "week", "few months" right after "in the past": a span recent enough to be the news."""
    return any(unit.low in DURATION_UNITS and not unit.low.startswith(("year", "decade")) for unit in units[k:k + 2])


def _span_of_years(units: list[Unit], k: int) -> bool:
    """ "over / for the past decade", "in the last ten years", "since the 1990s", "since 2008"."""
    if units[k].low == "since":
        return k + 1 < len(units) and units[k + 1].low.isdigit() and len(units[k + 1].low) == 4 or \
            k + 2 < len(units) and units[k + 1].low == "the" and units[k + 2].low[:-1].isdigit() and \
            units[k + 2].low.endswith("s")
    if units[k].low not in ("over", "for", "in", "during") or k + 2 >= len(units) or units[k + 1].low != "the" or \
            units[k + 2].low not in ("past", "last"):
        return False
    return any(unit.low in DURATION_UNITS and unit.low.startswith(("year", "decade")) for unit in units[k + 3:k + 5])


def _dated_past_halt(units: list[Unit], ops: list[tuple[str, int, float]], decisive: float) -> bool:
    """ "Spain paused weapons deliveries in February": a dated simple-past stop is background."""
    verbs = [i for op, i, level in ops if level == decisive and op in ("END", "REFU")]
    if not verbs or not _past_form(units[verbs[0]].low):
        return False
    if _still_in_force(units, verbs[0]):
        return False  # "was suspended in 2023 and remains suspended": the dated halt is still in force
    # "has frozen sales since February": the perfect of a dated halt is the standing state it began ("were
    # held back in May", a past passive, is dated like the simple past)
    past_passive = verbs[0] > 0 and units[verbs[0] - 1].low in ("was", "were")
    dates = ("since",) if _reported_or_aux(units, verbs[0]) and not past_passive else ("in", "since")
    if "in" in dates and len(units) > 2 and units[0].low == "in" and \
            (units[1].low in FULL_MONTH_NAMES or _season_at(units, 1)):
        return True  # "In January the cabinet halted all exports": the same dated stop, its date leading
    if any(units[k].low in ("until", "till") and (_month_at(units, k + 1) or _season_at(units, k + 1))
           for k in range(verbs[0] - 1)):
        return True  # "until September the government's line was that deliveries were ruled out": since ended
    # ", softening a position it had held since January": a closing participle clause dates its own verb
    end = next((k for k in range(verbs[0] + 1, len(units) - 1) if units[k].low == "," and
                units[k + 1].low.endswith("ing") and units[k + 1].low.isalpha()), len(units) - 1)
    return any(units[k].low in dates and _dated_at(units, k + 1) or
               units[k].low == "last" and (units[k + 1].low in FULL_MONTH_NAMES or units[k + 1].low in _SEASONS)
               for k in range(verbs[0] + 1, end))


_SEASONS = frozenset({"spring", "summer", "autumn", "fall", "winter"})
_STILL_IN_FORCE = frozenset({"remains", "remain", "stays", "stay"})


def _still_in_force(units: list[Unit], verb: int) -> bool:
    """ "… and remains suspended", "… and none have been made since": a present "remains", or a negated perfect
    closed by "since", later in the halt's own clause (not "would remain")."""
    negated = False
    for k in range(verb + 1, len(units)):
        if units[k].tags & {"COMMA", "HARD", "CONTRAST", "SUB", "COMP", "REL"}:
            return False
        if units[k].low in _STILL_IN_FORCE and units[k - 1].low not in ("would", "will", "to") and \
                k + 1 < len(units) and ("END" in units[k + 1].tags or units[k + 1].low in ("in", "unchanged")):
            return True  # ("remains suspended", "remains in place"; not "remains open to resuming")
        negated = negated or units[k].low in ("none", "no", "not", "never", "nothing")
        if negated and units[k].low == "since" and (k + 1 == len(units) or not units[k + 1].low.isalnum()):
            return True
    return False
_MONTH_PARTS = ("early", "mid", "late")


def _month_at(units: list[Unit], k: int) -> bool:
    """ "February", "mid-January", "early March": a month, or a part of one, dates a halt; so does a part of a
    year ("early 2024", "mid-2023"), where a bare year is checked by the caller."""
    low = units[k].low
    part, _, month = low.partition("-")
    if part in _MONTH_PARTS and month:
        low = month
    elif low in _MONTH_PARTS and k + 1 < len(units):
        low = units[k + 1].low
    else:
        return low in FULL_MONTH_NAMES
    return low in FULL_MONTH_NAMES or low.isdigit() and len(low) == 4


def _dated_at(units: list[Unit], k: int) -> bool:
    """A month, a season or a year at k: the date of a past event ("in May", "in the summer", "in 2023")."""
    low = units[k].low
    return _month_at(units, k) or _season_at(units, k) or low.isdigit() and len(low) == 4


def _season_at(units: list[Unit], k: int) -> bool:
    """ "in the summer", "since winter": a season dates a halt like a month does."""
    if units[k].low == "the" and k + 1 < len(units):
        k += 1
    return units[k].low in _SEASONS


def _dated_participle(units: list[Unit], ops: list[tuple[str, int, float]]) -> bool:
    """ "The government restored licences on Oct. 6, saying parts could again be exported": what a
    dated simple past says as it happens belongs to that date, the story's history."""
    saying = next((i for op, i, _ in ops if op == "REPORT" and units[i].low.endswith("ing") and i > 0
                   and units[i - 1].low == ","), None)
    if saying is None:
        return False
    verb = next((k for k in range(saying - 1) if _past_form(units[k].low) and not units[k].ent
                 and not _reported_or_aux(units, k)), None)
    # (a date inside a clause the verb governs is that clause's: "rejected a report that shells had been flown to
    # Israel in April, saying …")
    return verb is not None and any(units[k].low in ("on", "in") and units[k + 1].low in MONTH_NAMES and
                                    not any("COMP" in u.tags for u in units[verb + 1:k])
                                    for k in range(verb + 1, saying - 1))


def reported_delivery(units: list[Unit], ops: list[tuple[str, int, float]]) -> bool:
    """ "Sweden gave the Archers to Ukraine this spring", "has handed over two systems": a supply told as done
    (a bare simple past or a present perfect), with no modal, future or negation in its clause."""
    if any(op in ("MODAL", "FUT", "NEG", "COND_CONS", "CONS") and level == 0 for op, _, level in ops):
        return False
    verbs = [i for op, i, level in ops if op == "SUP" and level == 0]
    if not verbs:
        return False
    i = verbs[0]
    if i > 0 and units[i - 1].tags & {"HAS"} and units[i - 1].low in ("has", "have"):
        return True  # "has delivered"
    return _past_form(units[i].low) and not _reported_or_aux(units, i)


def _past_form(word: str) -> bool:
    """ "froze", "handed over", "shipped": a past form, never "will send" or "sends"."""
    head = word.split()[0]
    return head.endswith("ed") or head in _IRREGULAR_PAST


def _year_dated_supply(units: list[Unit], ops: list[tuple[str, int, float]], decisive: float) -> bool:
    """ "Italy sent one battery to Ukraine in 2023", "agreed in 2020 to sell": a simple past dated to
    a year is the story's history (news is dated "last week", "on Monday"); it decides only when
    nothing present does."""
    verbs = sorted(i for op, i, level in ops if level == decisive and (
        op in ("SUP", "COMMIT", "DECIDE", "RECV") or op == "SUPN" and _goods_of(units, i)))
    if not verbs:
        return False
    if _dated_governor(units, verbs[0]):
        return True
    # "arms exports to Israel totalled £42m in 2022": the object's supply noun, a past year's trade figure
    # ("the shipment of Argentine weapons to Ecuador during the 1995 war": its goods after it)
    nominal = "SUPN" in units[verbs[0]].tags and (verbs[0] > 0 and bool(units[verbs[0] - 1].obj) or
                                                  _goods_of(units, verbs[0]))
    # "Canada has sent billions' worth of weapons since 2022": a perfect summing up the supply since a
    # past year is the story's background too ("has delivered … since Monday" stays current)
    perfect = verbs[0] > 0 and "HAS" in units[verbs[0] - 1].tags and (
        _past_form(units[verbs[0]].low) or units[verbs[0]].low.split()[0] in IRREGULAR_PARTICIPLES)
    if not nominal and not perfect and (_reported_or_aux(units, verbs[0]) or not _past_form(units[verbs[0]].low)):
        return False
    if nominal and _still_in_force(units, verbs[0]):
        return False  # "Deliveries were suspended in 2023 and remain suspended": the halt, not the trade, is dated
    if not perfect and _closed_span_before(units, verbs[0]):
        return True
    if not perfect and _year_leading_clause(units, verbs[0]):
        return True  # "…, and in 2021 and 2022 Abuja handed over …": the year opens the verb's own clause
    # "delivered about 20 tanks between 2023 and 2024", "from 2022 to 2024": a span of past years dates it too
    # (goods after their supply noun are dated only by "during": "the delivery of howitzers continues … in 2026")
    dates = ("since",) if perfect else ("during",) if nominal and not units[verbs[0] - 1].obj else \
        ("in", "during", "between", "from", "throughout")
    clause_end = -1  # the end of a participle clause (", lifting the suspension in place since 2023,"): its own dates
    for k in range(verbs[0] + 1, len(units)):
        if k < clause_end:
            continue
        if units[k].low == "," and k + 1 < len(units) and _verdict_participle(units[k + 1]):
            clause_end = next((j for j in range(k + 1, len(units)) if units[j].low == ","), len(units))
            continue
        if units[k].low in ("that", "which") and not perfect and not nominal and _past_relative(units, k):
            continue  # "supplied the drones that proved decisive in the 2020 war": the object's own past dates it
        if k > verbs[0] + 1 and not units[k].tags and units[k].low.endswith("ed") and units[k - 1].low != "," and \
                "RECV" in units[verbs[0]].tags:
            return False  # "received its first tanks this week, part of an order signed in 2022": the order's date
        if not perfect and units[k].low in _EVENT_ANCHORS and _dated_event(units, k + 1):
            return True  # "shipped tanks after the invasion of February 2022": an event of a past year dates it
        if not perfect and units[k].low == "before" and _halting_supplies(units, k + 1):
            return True  # "delivered two batches … before suspending the transfers": a supply the halt ended
        if units[k].tags & {"HARD", "SUB", "REL", "COMP", "CONTRAST"} or nominal and "FUT" in units[k].tags:
            return False  # "arms exports will resume in 2026": the noun's own verb is future
        if units[k].low == "since" and not perfect:
            return False  # "…, the first shipment since the invasion began in February 2022": counted up to now
        if units[k].low in dates and _year_within(units, k + 1):
            return True
    return False


def _goods_of(units: list[Unit], noun: int) -> bool:
    """At noun, a supply noun: "shipment of (Argentine) weapons"."""
    return noun + 2 < len(units) and units[noun + 1].low == "of" and \
        any(u.obj for u in units[noun + 2:noun + 4])


def _year_leading_clause(units: list[Unit], verb: int) -> bool:
    """Is there an "in <year>" between the start of the verb's clause and the verb?"""
    for k in range(verb - 1, -1, -1):
        if units[k].tags & (_CLAUSE_EDGES | {"COMMA", "REPORT"}) or op_of(units[k]) in PREDICATES:
            return False
        if units[k].low == "in" and k + 1 < verb and units[k + 1].low.isdigit() and len(units[k + 1].low) == 4:
            return True
    return False


_HALTING = frozenset({"suspending", "halting", "stopping", "freezing", "pausing", "cancelling", "canceling", "ending"})
_SUPPLY_RUNS = frozenset({"transfers", "deliveries", "shipments", "exports", "supplies", "sales", "handovers"})


def _halting_supplies(units: list[Unit], k: int) -> bool:
    """ "suspending the transfers", "halting all deliveries": a halt of the supplies themselves (not "freezing
    temperatures", "stopping in Poland")."""
    return k < len(units) and units[k].low in _HALTING and \
        any(unit.low in _SUPPLY_RUNS for unit in units[k + 1:k + 4])


def _dated_governor(units: list[Unit], verb: int) -> bool:
    """ "signed a contract in June 2024 to supply …", "agreed in 2020 to sell": an infinitive whose governing
    verb is a past form dated to a year before it."""
    if verb < 2 or units[verb - 1].low != "to" or any(u.tags & {"HAS"} for u in units[verb:]):
        return False  # ("…, and 12 have been delivered so far": what the contract brought is news)
    for j in range(verb - 2, max(-1, verb - 10), -1):
        if units[j].tags & _CLAUSE_EDGES:
            return False
        if _past_form(units[j].low) and not units[j].obj and not _reported_or_aux(units, j):
            return any(units[k].low in ("in", "during") and _year_within(units, k + 1) for k in range(j + 1, verb - 1))
    return False


# The periods a "before this year" / "until last month" span closes on.
_PERIODS = frozenset({"year", "month", "week", "spring", "summer", "autumn", "winter"})


def _closed_span_before(units: list[Unit], verb: int) -> bool:
    """ "before this year, Chinese factories supplied …", "until last year, Japan sent …": a simple past under a
    span that ends at a recent period is over, the story's history, like one dated to a past year."""
    for k in range(max(0, verb - 8), verb - 1):
        if units[k].low not in ("before", "until", "till"):
            continue
        span = " ".join(u.low for u in units[k + 1:k + 3]).split()  # "last year" may be one unit or two
        if len(span) >= 2 and span[0] in ("this", "last") and span[1] in _PERIODS:
            return True
    return False


# Prepositions that place a supply before or after a named event ("after the invasion of February 2022").
_EVENT_ANCHORS = frozenset({"after", "before", "following"})
_VERBAL = frozenset({"AUX", "HAS", "HAD", "FUT", "MODAL", "NEG", "COMMA", "HARD", "SUB", "REL", "COMP", "CONTRAST"})


def _dated_event(units: list[Unit], start: int) -> bool:
    """A verbless noun phrase naming a year within its first words ("the invasion of February 2022", "Russia's
    invasion of Ukraine in 2022"); a clause ("after Kyiv asked in 2022") is a time clause of its own, never a
    date of the supply."""
    for unit in units[start:start + 8]:
        if unit.low.isdigit() and len(unit.low) == 4:
            return True
        if "POSS" in unit.tags:
            continue
        if unit.obj or unit.tags & (PREDICATES | _VERBAL) or _past_form(unit.low) and not unit.ent:
            return False
    return False


# A participle that is a verdict of its own ("lifting / ending the suspension"), not the supply's figure
# (", totalling £42m in 2022" still dates the supply).
_OWN_VERDICTS = PREDICATES - {"SUP", "SUPN", "ARRIVE", "RECV"}


def _verdict_participle(unit: Unit) -> bool:
    return unit.low.endswith("ing") and not unit.obj and bool(unit.tags & _OWN_VERDICTS)


def _past_relative(units: list[Unit], rel: int) -> bool:
    """ "that proved decisive in …": a relative clause right on the object whose verb is a simple past."""
    return rel > 0 and bool(units[rel - 1].obj) and rel + 1 < len(units) and _past_form(units[rel + 1].low) and \
        not units[rel + 1].tags & {"AUX", "HAS", "HAD", "FUT", "MODAL"}


def _year_within(units: list[Unit], start: int) -> bool:
    """A year within "in 2023", "in May 2023", "in the spring of 2023", "in the first nine months of 2018"."""
    for unit in units[start:start + 6]:
        if unit.low.isdigit() and len(unit.low) == 4:
            return True
        plain = not unit.tags and unit.low.isalpha()  # "first", "nine", "half": the span's own words
        if unit.ent or unit.obj or not (unit.tags <= {"DET", "ADV", "OF", "PREP"} or unit.low in FULL_MONTH_NAMES or plain):
            return False
    return False


def _leading_history(units: list[Unit]) -> bool:
    """The sentence opens on history: a history word, "In 2022," or "A year ago," before the clause."""
    if not units:
        return False
    first = units[0]
    if "HIST" in first.tags and "SUB" not in first.tags:
        return True
    if "DUR" in first.tags and len(units) > 2:
        # "For years, Minsk denied …", "For decades the Philippines said …": a span that has closed
        start = 2 if units[1].low == "," else 1
        return _past_clause_after(units, start) or _past_verb_after(units, start)
    if first.low in ("until now", "until recently", "till now") and len(units) > 2 and units[1].low == ",":
        return True  # "Until now, Ireland had confined its support to …": a span the story's news closes
    if first.low in ("until", "till") and len(units) > 3 and not any(u.low in ("will", "shall", "'ll") for u in units):
        # "Until this year, Jordan's position had been …", "Until September, …": a span that has closed
        comma = next((k for k in range(2, min(len(units), 5)) if units[k].low == ","), None)
        if comma is not None and _past_verb_after(units, comma + 1) and \
                (_closed_span_before(units, comma) or _month_at(units, 1) or _season_at(units, 1) or
                 units[1].low.isdigit() and len(units[1].low) == 4):
            return True
    if len(units) > 4 and units[1].low in ("year", "years") and units[2].low == "ago" and \
            (first.low in ("a", "one", "two", "three", "four", "five", "ten") or first.low.isdigit()):
        after = 5 if units[3].low == "this" else 3  # "A year ago (this week), Athens approved …": a year since
        return after < len(units) and (units[after].low == "," or _past_clause_after(units, after))
    year = 2 if first.low == "back" and len(units) > 3 and units[1].low == "in" else 1  # "Back in 2009, …"
    if first.low in ("in", "back", "by") and len(units) > year + 1 and units[year].low.isdigit() and \
            len(units[year].low) == 4:
        after = _after_coordinated_date(units, year + 1)
        return after < len(units) and (units[after].low == "," or _past_clause_after(units, after))
    if first.low in ("in", "on"):
        # "In January 2023,", "On 6 June 2024,": a date with its year before the clause ("In November of that
        # year,": a year already left behind)
        for k in range(1, min(len(units) - 1, 4)):
            if "HIST" in units[k].tags and k > 1 and units[k + 1].low == ",":
                return True
            if units[k].low.isdigit() and len(units[k].low) == 4:
                return k > 1 and (units[k + 1].low == "," or _past_clause_after(units, k + 1))
            if not (units[k].low in FULL_MONTH_NAMES or units[k].low.isdigit()):
                return False
    return False


def _after_coordinated_date(units: list[Unit], start: int) -> int:
    """Past "and early 2023", "to mid-2024" after a leading year: where the clause starts."""
    k = start
    while k + 1 < len(units) and units[k].low in ("and", "or", "to", "until", "through"):
        j = k + 1
        while j < len(units) and j < k + 4 and not (units[j].low.isdigit() and len(units[j].low) == 4) and \
                (units[j].low in FULL_MONTH_NAMES or units[j].low in ("early", "late", "mid", "mid-")):
            j += 1
        if j < len(units) and units[j].low.isdigit() and len(units[j].low) == 4:
            k = j + 1
        else:
            break
    return k


def _past_verb_after(units: list[Unit], start: int) -> bool:
    """Is the first verb within five words of `start` a past one ("had been", "was", "refused")?"""
    for unit in units[start:start + 6]:
        if unit.low in ("had", "was", "were") or _past_form(unit.low) and not unit.ent and not unit.obj:
            return True
        if unit.tags & {"AUX", "FUT", "MODAL", "HAS"} and "POSS" not in unit.tags:
            return False
    return False


def _past_clause_after(units: list[Unit], start: int) -> bool:
    """ "In May 2023 the government lifted …", "In 2022 ministers said …": without a comma, the date still leads when a subject
    follows it and the sentence tells a simple past (no future, modal or present perfect)."""
    bare_noun = not units[start].tags and units[start].low.isalpha() and not _past_form(units[start].low)
    if not (units[start].tags & {"DET", "GENERIC"} or units[start].ent or bare_noun):  # "officials said"
        return False
    if any(u.tags & {"FUT", "MODAL", "HAS"} for u in units[start:]):
        return False
    return any(_past_form(u.low) and not u.ent for u in units[start + 1:start + 5])


_POLICY_NOUNS = frozenset({"position", "stance", "policy", "line"})
_UNCHANGED = frozenset({"unchanged", "unaltered"})


def restated_policy(units: list[Unit], anchor: int) -> bool:
    """ "The position of the government on further arms consignments is unchanged": the object is
    the topic of a standing policy said to hold, which restates the status quo (the story's
    background), never a supply reported now."""
    topic = next((k for k in range(anchor - 1, -1, -1) if units[k].low in ("on", "regarding", "towards", "toward")),
                 None)
    if topic is None or not any(u.low in _POLICY_NOUNS for u in units[max(0, topic - 6):topic]):
        return False
    if any(u.tags & {"HARD", "SUB", "REL"} for u in units[topic:anchor]):
        return False
    for k in range(anchor + 1, min(len(units), anchor + 9)):
        if units[k].tags & {"HARD", "SUB", "REL", "COMMA"}:
            return False
        if units[k].low in _UNCHANGED or units[k].low == "same" and units[k - 1].low == "the":
            return True
        if units[k].low == "changed" and "NEG" in units[k - 1].tags:
            return True  # "… on sending X to Ukraine has not changed": "unchanged" said with a negation
    return False


# Verbs that end a weighing named as their object: "concluded a review", "completed its assessment".
_COMPLETING = frozenset({"concluded", "completed", "finished", "ended", "wrapped up"})


def finished_review(units: list[Unit], fired: set[int]) -> bool:
    """A weighing verb in the perfect, followed by "and concluded/decided/found …"; or a simple-past one
    followed by ", and we concluded …" (the finding's own subject pronoun after the comma)."""
    for i in fired:
        if op_of(units[i]) != "CONS" or i == 0:
            continue
        if _noun_concluded(units, i):
            return True  # "We have looked at it carefully, and our conclusion is that …": over, in that finding
        if _review_ended(units, i):
            return True  # "A review of the request has concluded with a recommendation against …"
        if units[i - 1].low == "having":
            return True  # "Having considered the Polish request carefully, we have concluded …": a weighing done
        ended = next((k for k in range(i - 1, max(-1, i - 4), -1) if units[k].low in _COMPLETING), None)
        if ended is not None and all(u.tags <= {"DET", "POSSPRON"} for u in units[ended + 1:i]) and \
                not any(u.tags & {"NEG", "MODAL", "FUT"} or u.low in ("not", "never", "yet")
                        for u in units[max(0, ended - 3):ended]):
            # "Spain has concluded a review of Moldova's request and will not …": the weighing is over ("had not
            # yet concluded its review": it goes on)
            return True
        before = i - 2 if i >= 2 and "QUOTE" in units[i - 1].tags else i - 1  # 'had "assessed the request …"'
        done = bool(units[before].tags & {"HAS", "HAD"}) or units[i].low.split()[0].endswith("ed")
        if done and _and_then_found(units, i):
            return True  # "We have examined the request thoroughly, and the government has concluded that …"
        if not units[before].tags & {"HAS", "HAD"}:
            # (the verb of a particle unit is its first word: "looked at it carefully and concluded that …")
            if units[i].low.split()[0].endswith("ed") and (_pronoun_concluded(units, i) or _then_concluded(units, i)):
                return True  # "We considered it, and we concluded that …": the weighing is over
            continue
        for j in range(i + 1, min(len(units) - 1, i + 16)):
            if "COMMA" in units[j].tags and j + 2 < len(units) and units[j + 1].low == "and" and \
                    units[j + 2].low in _FINDING_VERBS:
                return True  # "had weighed the request against its own needs …, and concluded that …"
            if units[j].tags & {"COMMA", "HARD", "SUB", "REL"}:
                break
            nxt = units[j + 1]
            if "CONJ" in units[j].tags and nxt.low.endswith("ed") and not nxt.tags & {"CONS", "AUX"} and j < i + 6:
                return True
            if units[j].low == "but" and nxt.low in _FINDING_VERBS:
                return True  # 'had studied the request "with respect" but concluded that …'
            if units[j].low == "and" and nxt.low in _FINDING_VERBS:
                return True  # 'had "assessed the Polish request for further deliveries" and concluded that …
    return False


_REVIEW_NOUNS = frozenset({"review", "assessment", "evaluation", "examination", "study", "deliberations",
                           "reassessment", "reconsideration"})
_ENDED = frozenset({"concluded", "ended", "completed", "finished"})


def _review_ended(units: list[Unit], i: int) -> bool:
    """ "An inter-ministerial review of Ukraine's request for … has concluded": a weighing noun whose own verb,
    in the perfect or the past, says it is over (not "will conclude", "has not concluded")."""
    if units[i].low not in _REVIEW_NOUNS:
        return False
    for j in range(i + 1, min(len(units) - 1, i + 14)):
        if units[j].tags & {"COMMA", "HARD", "REL", "NEG", "FUT"}:
            return False  # (over "of whether Belgium could send …": the weighed question is the noun's own)
        if units[j].low in _ENDED:
            return units[j - 1].low in ("has", "have", "had", "was", "were", "been") or j == i + 1
        if units[j].tags & {"HAS", "HAD"} and "POSS" not in units[j].tags and units[j + 1].low not in _ENDED | {"been"}:
            return False
    return False


# verbs of a finding that close a weighing: "examined the request and concluded that …"
_FINDING_VERBS = frozenset({"concluded", "determined", "found", "decided"})
_CHOOSING = frozenset({"chose", "opted", "preferred", "settled", "picked", "selected"})


def _then_concluded(units: list[Unit], i: int) -> bool:
    """After the simple-past weighing at i, in the same clause: "and concluded / found that …" (a verb of
    finding sharing its subject, with its "that" clause) or "but chose …": the weighing ended in that finding."""
    for j in range(i + 1, min(len(units) - 2, i + 14)):
        if units[j].tags & {"HARD", "SUB", "REL", "COMMA"}:
            return False
        if units[j].low == "and" and units[j + 1].low in _FINDING_VERBS and j < i + 9:
            return units[j + 2].low == "that"
        if units[j].low in ("and", "but") and units[j + 1].low in _CHOOSING:
            return True  # "considered a package of missiles but chose a non-lethal option instead": weighed and settled
    return False


def _and_then_found(units: list[Unit], i: int) -> bool:
    """After the perfect or simple-past weighing at i: ", and" then, within a few words, a verb of finding ("…, and
    the government has concluded that …") or a negation before a supply verb ("…, and in light of the situation,
    France will not be supplying the aircraft"): the weighing ended in that finding."""
    for j in range(i + 1, min(len(units) - 2, i + 20)):
        if units[j].tags & {"HARD", "SUB", "REL", "QUOTE"}:
            return False
        if "COMMA" not in units[j].tags or units[j + 1].low != "and":
            continue
        rest = units[j + 2:j + 14]
        return any(u.low in _FINDING_VERBS for u in rest[:6]) or any(
            "NEG" in u.tags and any("SUP" in v.tags for v in rest[n + 1:n + 4]) for n, u in enumerate(rest))
    return False


_FINDING_NOUNS = frozenset({"conclusion", "finding", "verdict", "assessment"})


def _noun_concluded(units: list[Unit], i: int) -> bool:
    """After the weighing at i, past parenthetical commas ("carefully, in good faith,"): "and our / the
    conclusion is that …", a finding noun of the weigher's with its "that" clause."""
    for j in range(i + 1, min(len(units) - 4, i + 14)):
        if units[j].tags & {"HARD", "SUB", "REL"}:
            return False
        if "CONJ" in units[j].tags and units[j + 1].tags & {"DET", "POSSPRON"} and \
                units[j + 2].low in _FINDING_NOUNS and units[j + 3].low in ("is", "was") and units[j + 4].low == "that":
            return True
    return False


def _pronoun_concluded(units: list[Unit], i: int) -> bool:
    """After the simple-past weighing at i, within a few words: "(,) and <pronoun> concluded/decided that"."""
    for j in range(i + 1, min(len(units) - 3, i + 9)):
        if units[j].tags & {"HARD", "SUB", "REL"}:
            return False
        if "CONJ" in units[j].tags and units[j + 1].low in PRONOUNS:
            verb = units[j + 2]
            return verb.low.endswith("ed") and not verb.tags & {"CONS", "AUX"} and units[j + 3].low == "that"
    return False


_UNTIL = frozenset({"until", "till"})
_PAST_PROGRESSIVE = frozenset({"was", "were", "been"})  # "was sending", "had been supplying"


def supply_ended(units: list[Unit], ops: list[tuple[str, int, float]]) -> bool:
    """ "Italy sent weapons to Ukraine until the government froze transfers", "had been supplying shells until
    last month": a past supply whose own clause closes it with "until" and a halt or a past date is over;
    "will keep sending arms until the war ends" still goes on."""
    verbs = sorted(i for op, i, level in ops if level == 0 and op in ("SUP", "SUPN", "ARRIVE"))
    if not verbs or any(op in ("FUT", "MODAL") for op, _, level in ops if level == 0):
        return False
    verb = verbs[0]
    progressive = verb >= 1 and units[verb - 1].low in _PAST_PROGRESSIVE
    if not (_past_form(units[verb].low) and not _reported_or_aux(units, verb) or progressive):
        return False
    for k in range(verb + 1, len(units) - 1):
        if units[k].low in _UNTIL:
            return _ends_then(units, k + 1)
        if units[k].tags & {"HARD", "CONTRAST", "COMP", "REL", "SUB"}:
            return False
    return False


def _ends_then(units: list[Unit], k: int) -> bool:
    """After "until": "recently", "last month", "May", "2024", or a clause whose verb halts supplies."""
    low = units[k].low
    if low == "recently" or _month_at(units, k) or low.isdigit() and len(low) == 4:
        return True
    words = low.split() + (units[k + 1].low.split()[:1] if k + 1 < len(units) else [])
    if words[0] == "last" and len(words) > 1 and words[1] in _PERIODS | _SEASONS:
        return True  # "last month" (one unit or two), "last spring"
    return any("END" in unit.tags and _past_form(unit.low) for unit in units[k:k + 6])


def dated_report_before(units: list[Unit], end: int) -> bool:
    """ "In April, Yoon said in an interview that it might be difficult …": is there a past reporting verb before
    `end` in a sentence that opens on a date?"""
    return any("REPORT" in units[k].tags and _past_form(units[k].low) and opening_date(units, k) for k in range(end))


def opening_date(units: list[Unit], verb: int) -> bool:
    """Does the sentence open on "In April,", "In 2023," or "In the spring," before the verb at `verb`?"""
    if len(units) < 3 or units[0].low != "in" or not _dated_at(units, 1):
        return False
    comma = next((k for k in range(2, min(5, len(units))) if units[k].low == ","), None)
    return comma is not None and comma < verb


def _dated_report(units: list[Unit], ops: list[tuple[str, int, float]], decisive: float) -> bool:
    """ "Trump said in October that he might send …", "told reporters last month that …": a statement dated to
    an earlier month, season or year is what the actor said then, the story's background. (Only an opening: a
    delivery "confirmed last month" has still happened.)"""
    if not any(op in ("MODAL", "CONS") and level == decisive for op, _, level in ops):
        return False
    for op, k, level in ops:
        if op != "REPORT" or level <= decisive or not _past_form(units[k].low):
            continue
        for j in range(k + 1, min(k + 6, len(units) - 1)):
            low = units[j].low
            if low in ("that", ",") or units[j].tags & {"COMP", "COMMA"}:
                break
            if low == "in" and _dated_at(units, j + 1):
                return True
            if low == "last" and units[j + 1].low in _PERIODS - {"week"} | _SEASONS:
                return True
    return False
