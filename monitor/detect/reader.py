"""Article → one reading per stance: the state it reports at publication time, with evidence.

Sentence claims are weighed the way an analyst weighs them:
- background history ("had long refused", "after weeks of weighing") never outvotes a
  claim about the present; it decides only when the article says nothing else;
- among present claims the highest rung wins: a report of supplying beats a restated
  refusal next to it (partial supply), an open option beats a status-quo refusal
  ("has so far not supplied … will reconsider");
- a supply that rests on someone else's word is dropped when the actor denies it;
- "it" / "the option" claims only support what explicit sentences already establish.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

from monitor.detect.agents import Agent, placed_owner
from monitor.detect.claims import NONE, RECONSIDER, REFRAINS, SUPPLIES, Claim, SentenceReading, analyse_sentence
from monitor.detect.demonyms import COUNTRY_WORDS, PARTY_WORDS
from monitor.detect.officials import (NAME_WORD, actor_words, first_country_word, ministry_spokespeople, target_words,
                                      titled_ministers)
from monitor.detect.sentences import Sentence, split_sentences
from monitor.detect.stance import Stance
from monitor.detect.lexicon import (CONSIDER, DESIGNATED_NOUNS, EVERY_WEAPON, FULL_MONTH_NAMES, MODAL, MONTHS_IN_ORDER,
                                    NEGATORS, PART_NOUNS, PASSIVE_BE, REFUSE, ROLE_NOUNS, TITLE_WORDS, WEAPON_CLASSES,
                                    WEAPON_HEADS, WEAPON_NOUNS)
from monitor.detect.sentence_facts import main_subject
from monitor.detect.tagging import Matcher, Unit, family_names, matcher_for, may_anchor, tokens_of, units_for

log = logging.getLogger(__name__)

_RANK = {SUPPLIES: 3, RECONSIDER: 2, REFRAINS: 1, NONE: 0}
_EXPLICIT = frozenset({"subject", "possessor", "controlled", "name", "speaker", "relative", "by", "from", "adj"})
_MAX_DECIDING = 4
_MAX_CONTEXT = 2


@dataclass(frozen=True)
class Evidence:
    """A sentence that decided (or explains) a reading; `text == body[start:end]`."""

    text: str
    state: str  # what this sentence says; "none" for context
    start: int
    end: int
    rule: str


@dataclass(frozen=True)
class Reading:
    """What an article reports about one stance."""

    stance: str
    state: str  # one of STATES, or "none"
    confidence: float  # in [0, 1]
    evidence: tuple[Evidence, ...]  # non-empty whenever state != "none"


def read(text: str, stance: Stance) -> Reading:
    """Read an article body for one stance. Pure and deterministic."""
    bodies = actor_bodies(text, stance) + owned_bodies(text, stance)
    if bodies:
        stance = replace(stance, actor_names=stance.actor_names + bodies)
    own_ministers, other_ministers = titled_ministers(text, stance)
    own_spokespeople, other_spokespeople = ministry_spokespeople(text, stance)
    people = actor_officials(text, stance) + titled_by_of(text, stance) + speaker_surnames(text, stance) + \
        own_ministers + own_spokespeople
    if people:
        stance = replace(stance, actor_speakers=stance.actor_speakers + people)
    matcher = matcher_for(stance)
    # A system's nouns ("the missiles", "the launchers") mean it only once it is named, by a name or its family
    # word ("Italy provided the launchers" before that: another system's launchers), or in an article that never
    # names it
    echo = system_nouns(text, matcher) | named_nouns(stance) | named_class(stance, text, matcher) \
        if stance.object_kind == "system" else frozenset()
    first_named = _first_named(text, stance, matcher)
    covering = titled_class(stance)
    salient: str | None = "actor" if _datelined_at_home(text, stance) or _release_by_actor(text, stance) else None
    found: list[tuple[Sentence, tuple[Claim, ...]]] = []
    opening_target = previous_target = False  # the recipient an analyst carries from context
    asked_target = False  # in a Q&A: the question being answered named the target ("Let me ask about Ukraine.")
    about_target = matcher.target_names.search(text) is not None
    about_actor = first_country_word(text, target_words(stance)) in actor_words(stance)  # first past the target's
    turn, interviewee = "", None  # in a Q&A interview: whose turn it is, and who answers
    line_party = None  # in a transcript: the other party whose official's label opened the paragraph
    question_start, asked = -1, {}  # where the last question began; for each answer sentence, that question
    answer_start = -1  # where the last labelled answer began
    plain_question = -1  # the same for an interview without "Q:" / "A:" labels
    plain_interviewee: str | None = None  # who answers there, once a question is met
    # other parties' officials named so far ("… spokeswoman Maria Zakharova"), and ministers named by title
    # alone in an article that opens on another country
    officials: frozenset[str] = (other_ministers | other_spokespeople) - set(people)
    sentences = split_sentences(text)
    in_post = False  # inside a quoted social-media post that a sentence before opened
    running = _running_quotations(text)
    labels = _interview_labels(text, stance) if "?\n" in text and ":" in text else {}
    for sentence in sentences:
        words = _with_closing_speaker(_joined_split_quote(_EDITORIAL_NOTE.sub(" ", sentence.text).strip()),
                                      sentences[sentence.index + 1:sentence.index + 4])
        if sentence.index > 0:
            words = _continued_quotation(words, sentences[sentence.index - 1], text)
            words = _listed_antecedent(words, sentences[sentence.index - 1].text, matcher)
            words = _deliveries_named_before(words, sentences[sentence.index - 1].text, matcher, stance)
            words = _withheld_antecedent(words, sentences[sentence.index - 1].text, matcher)
            words = _such_supply(words, sentences[sentence.index - 1].text, matcher)
        words = _goods_pronoun(words, sentences[sentence.index - 1].text if sentence.index > 0 else "", matcher)
        if sentence.index + 1 < len(sentences):
            words = _unarmed_after(words, sentences[sentence.index + 1].text)
        if sentence.index > 0:
            words = _listing_pronoun(words, sentences[sentence.index - 1].text)
        words = _repeated_subject(words)
        if sentence.index in running and not _CLOSING_SPEAKER.search(words):
            words = _with_running_speaker(words, running[sentence.index])
        if _starts_line(text, sentence.start):
            label = _TURN.match(words) or (_labelled_turn(words, labels) if labels else None)
            line_party = _labelled_party(words, labels, matcher) if not label and ": " in words and \
                (labels or words.startswith("[")) else None
            if line_party:
                words = words[words.find(": ") + 2:]
            if label and label.group(1)[0] == "Q" and turn != "Q":
                question_start = sentence.index
            turn = label.group(1)[0] if label else ""
            if label:
                words = words[label.end():]
                answerer = _named_answerer(label.group(2), matcher, stance.actor_speakers, text) \
                    if label.group(2) and turn == "A" else None
                # (a line label names the actor's speaker or no party: "CHUNG:" may be a spokesman the text
                # introduced; a surname in capitals is placed by the introduction)
                if answerer is not None and (answerer == "actor" or not isinstance(label, _Label) or
                                             label.group(2).isupper() and answerer != "unknown"):
                    # "Answer (Pal Jonson, Minister for Defence): …", "Parnell: …" name who answers
                    interviewee = answerer
                elif interviewee is None:
                    interviewee = _interviewee(sentences[:sentence.index], matcher, _government_heads(stance)) or "unknown"
                if turn == "A" and sentence.index > 0:
                    answer_start = sentence.index
                    question = _unlabelled(sentences[sentence.index - 1].text, labels)
                    words = _yes_answer(words, question) or _no_answer(words, question) or words
                if turn == "A" and sentence.index > 1:
                    words = _confirmed_claim(words, sentences[sentence.index - 1].text,
                                             sentences[sentence.index - 2].text) or words
        if turn == "A" and answer_start > 0 and interviewee == "actor" and \
            _asks_about_actor(_unlabelled(sentences[answer_start - 1].text, labels), matcher):
            # "Q: Is Kenya ready to arm …? A: … On equipment, I will say this: we are not ruling anything out."
            words = _open_answer(words, _unlabelled(sentences[answer_start - 1].text, labels)) or words
        if turn == "A" and sentence.index > answer_start > 0 and _NO.match(words):
            # "I understand why people ask. The answer is no.": a "no" later in the answer denies the question too
            words = _no_answer(words, _unlabelled(sentences[answer_start - 1].text, labels)) or words
        if sentence.index > 0 and (" asked " in sentences[sentence.index - 1].text or
                                   sentences[sentence.index - 1].text.startswith("Asked ")):
            words = _answered(sentences[sentence.index - 1].text, words, matcher)
        if " when asked " in words:
            words = _asked_after(words, matcher)
        if words.startswith(("Asked ", "When asked ")):
            words = _answered_inline(words, matcher)
        if words.startswith("To "):
            words = _enacted_item(text, sentence.start, words, matcher)
        if not turn:
            plain_question = _unlabelled_question(sentences, sentence.index, text, plain_question)
        voice = interviewee if turn == "A" else line_party or \
            _pronoun_voice(words, sentences[sentence.index - 1].text, matcher, officials) if sentence.index > 0 else None
        if voice is None and not turn and " the " in words:
            voice = _study_voice(words, sentences[max(0, sentence.index - 4):sentence.index], matcher)
        if voice is None and not turn and sentence.index > 0:
            # an interview without "Q:" / "A:" labels: the paragraph after a question is the interviewee's
            # answer, as if "…, the minister said" closed it (the one the introduction presents)
            if plain_question > 0 and plain_interviewee is None:
                first = min([plain_question, *asked.values()])
                plain_interviewee = _interviewee(sentences[:first], matcher, _government_heads(stance)) or ""
            # (the actor's only, and not in a transcript whose lines name their speakers: "Vucic: …")
            voice = "actor" if plain_question > 0 and plain_interviewee == "actor" and \
                not _SPEAKER_LABEL.match(words) else None
        counted = _partitive_echo(words, " ".join(s.text for s in sentences[max(0, sentence.index - 2):sentence.index]),
                                  matcher) \
            if sentence.index > 0 and stance.object_kind == "system" else frozenset()
        if stance.object_kind == "system" and sentence.index > 0 and \
                " system" in words and matcher.object_names.search(sentences[sentence.index - 1].text):
            counted |= _SYSTEM_NOUNS  # "… NASAMS …. Norway has not agreed to send the system": the one just named
        container = _CONTAINER.match(words) if sentence.index > 0 else None
        if container and not _CONTENTS.search(words) and _filled_before(sentences, sentence.index, matcher):
            # "… carrying artillery shells docked … . The shipment was delivered to …": the container the
            # sentence before filled with the object holds it (with an "of" phrase it holds what that names)
            counted |= {container.group(1).lower()}
        if sentence.index > 0:
            counted |= _equipment_echo(words, sentences[sentence.index - 1].text, stance, matcher)
        try:
            result = analyse_sentence(words, matcher, salient,
                                      (echo if sentence.end > first_named else frozenset()) | counted,
                                      opening_target or previous_target or turn == "A" and asked_target,
                                      about_target, voice, officials | _split_quote_stranger(sentence.text, text, stance),
                                      covering, about_actor)
        except Exception:  # a defect in one sentence's rules must not lose the article's other sentences
            log.exception("%s: sentence at %d-%d skipped, its analysis failed: %r", stance.id, sentence.start,
                          sentence.end, sentence.text[:200])
            continue
        if not result.claims and turn != "Q":
            confirmed = _confirmed_delivery(words, found, sentence.index, matcher)
            if confirmed is not None:
                result = replace(result, claims=(confirmed,))
        if _ROLE_THEN_NAME.search(sentence.text):
            officials |= foreign_officials(sentence.text, matcher)
            if any(c.third_party and c.how == "continued" for c in result.claims):
                officials |= _role_holders(sentence.text)  # "…," ministry spokeswoman Maria Zakharova said, after Russia's
        if sentence.index > 0 and result.claims:
            result = _conditional_consequent(result, words, sentences[sentence.index - 1].text)
            result = _package_as_introduced(result, words, sentences[max(0, sentence.index - 4):sentence.index],
                                            {s.index: claims for s, claims in found[-4:]})
        if result.claims:
            result = _framed(result, words, sentences[max(0, sentence.index - 4):sentence.index])
        if result.claims and (_RETRACTED.search(words) or _MISTAKEN.search(words) or
                              _REPORT_NOUN.search(words) and sentence.index + 1 < len(sentences) and
                              _DECLARED_WRONG.match(sentences[sentence.index + 1].text)):
            # "Correction: An earlier version of this story reported that …": what is withdrawn is no position.
            result = replace(result, claims=tuple(Claim(NONE, "retracted") for c in result.claims))
        posted = _POSTED_QUOTE.search(sentence.text) if ":" in sentence.text else None
        if posted and _ROLE_WORD.search(posted.group(0)):
            posted = None  # 'In a post on X, the defence minister wrote: "…"': an official's own statement
        if posted or in_post:
            # 'an account … shared the clip with the text: "Bucharest secretly arming Israel. Shells from Romania
            # arriving …"': what a social-media post says, up to its closing quotation mark, is its claim
            result = _withdrawn(result, "quoted-post", _POSITIONS)
            quoted = sentence.text[posted.end():] if posted else sentence.text
            in_post = (quoted.count("\"") + quoted.count("“") + quoted.count("”")) % 2 == 0  # still open
        if _CLAIM_LABEL.match(sentence.text):
            # "Claim 1: India has offered the Tejas to the Philippines.": what a fact-check sets out to test
            result = _withdrawn(result, "claim-checked", _POSITIONS)
        if result.claims and _BACKGROUND_LABEL.match(sentence.text):
            # "Background: Ireland approved the transfers in April, …": what a wire marks as background is history
            result = replace(result, claims=tuple(replace(c, background=True) for c in result.claims))
        if turn == "A" and question_start >= 0:
            asked[sentence.index] = question_start
        elif not turn and plain_question >= 0:
            asked[sentence.index] = plain_question
        if turn == "Q":
            # The interviewer's words are no one's position, but they name what the answer's "it" means.
            result = replace(result, claims=tuple(Claim(NONE, "interviewer") for c in result.claims if not c.anaphoric))
        if sentence.index == 0:
            opening_target = result.names_target
        previous_target = result.names_target
        if turn == "Q":
            asked_target = result.names_target or asked_target and question_start < sentence.index
        salient = result.salient
        if result.claims:
            found.append((sentence, result.claims))

    def names_object(index: int) -> bool:  # "Kyiv has long wanted the jets": what a later "send them" means
        return _names_object(sentences[index].text, matcher, echo)

    found = _chronology(found, text)
    found = _years_before(found, text)
    return decide(stance.id, found, names_object, actor_silent(text, matcher), asked,
                  lambda index: sentences[index].text,
                  lambda index: matcher.target_names.search(sentences[index].text) is not None)


# "NAIROBI (Wire) - [Synthetic scenario] Kenya has …": a bracketed note of the corpus, no part of the sentence.
# "[Synthetic scenario]" inside a sentence; "UPDATE Sept 24:", "Correction:" opening one
_EDITORIAL_NOTE = re.compile(r"\s*[\[(]\s*synthetic\s+scenario\b[^\])]{0,80}[\])]\s*"
                             r"|^(?:update|updated|correction|clarification)\b[^:\n]{0,24}:\s+", re.I)


_POSTED_QUOTE = re.compile(r"\b(?:post|posts|posted|account|user|tweet|tweeted|clip|video|message|caption)\b[^\"“”]{0,80}?"
                           r"(?:with\s+the\s+(?:text|caption|words)|captioned|wrote|posted|read|reading)\s*:?\s*[\"“]",
                           re.I)
_CLAIM_LABEL = re.compile(r"\s*(?:(?:The\s+)?(?:claim|rumou?r|myth|allegation)(?:\s+(?:no\.?\s*)?\d+|\s+[A-Z])?|CLAIM|MYTH)"
                          r"\s*[:—–]\s", re.I)
_BACKGROUND_LABEL = re.compile(r"\s*(?:BACKGROUND|Background)\s*[:—–-]\s")
# "March 17, 2025 — …", "17 March 2025 – …", "May 2025 — …", "2023 — …": an entry of a chronology, opening a paragraph
# ("March-October 2024 —", "Early 2024 —", "1990s —")
_DATED_ENTRY = re.compile(r"^[ \t]*(?:[A-Za-z]+\.?[ \t–-]+|\d{1,2},?[ \t]+){0,4}\d{4}s?[ \t]*[—–-][ \t]", re.MULTILINE)


def _chronology(found: list[tuple[Sentence, tuple[Claim, ...]]], text: str) -> list[tuple[Sentence, tuple[Claim, ...]]]:
    """A report with a chronology under it ("May 13, 2024 — The ministry says …" paragraphs): when the report
    above it states the actor's position, the entries before the latest one are its history, not news that
    follows the report."""
    dates = {m.start(): _entry_date(m.group(0)) for m in _DATED_ENTRY.finditer(text)}
    if len(set(dates.values())) < 2:
        return found
    entries = {s.index: dates[opening] for s, _ in found if (opening := text.rfind("\n", 0, s.start) + 1) in dates}
    if not any(s.start < min(dates) and c.state != NONE and c.agent == "actor" and not c.background
               for s, claims in found for c in claims):
        return found
    latest = max(dates.values())
    return [(s, tuple(replace(c, background=True) for c in claims) if entries.get(s.index, latest) < latest else claims)
            for s, claims in found]


_YEAR = re.compile(r"\b(?:19[5-9]\d|20\d\d)\b")
# "In 2009 he approved …", "After Estonia restored its independence in 1991, Sweden …", "His success came late: in
# 2000, he secured …": a sentence dated at its opening
_DATED_OPENING = re.compile(r"\s*(?:[^:.;\n]{1,60}:\s+)?(?i:in|after|following|during|back\s+in)\s+(?:(?:[^\s,.;]+\s+){0,8}?in\s+)?"
                            r"(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?((?:19[5-9]|20\d)\d)\b")
_AHEAD = re.compile(r"\b(?:by|until|through|before|in\s+fiscal)\s+(?:the\s+end\s+of\s+)?$", re.I)  # "complete by 2028"
_SINCE = re.compile(r"\b(?:since|until|till|so\s+far|still|now|continues?|continuing)\b", re.I)


def _years_before(found: list[tuple[Sentence, tuple[Claim, ...]]], text: str) -> list[tuple[Sentence, tuple[Claim, ...]]]:
    """A supply told in a sentence whose opening dates it two or more years before the latest year the article names
    ("In 2009, he approved the sale of …" in an obituary of 2026) is history (a state reaching up to now, "since
    2022", is not; "by 2028" names no year of the article's own)."""
    years = [int(m.group(0)) for m in _YEAR.finditer(text) if not _AHEAD.search(text, max(0, m.start() - 12), m.start())]
    if not years:
        return found
    now = max(years)
    out = []
    for s, claims in found:
        opening = _DATED_OPENING.match(s.text)
        old = opening is not None and int(opening.group(1)) <= now - 2 and not _SINCE.search(s.text)
        out.append((s, tuple(replace(c, background=True) if old and c.state == SUPPLIES else c for c in claims)))
    return out


def _entry_date(entry: str) -> tuple[int, int, int]:
    """(year, month, day) of a chronology entry's date, 0 where it gives none."""
    words = re.findall(r"[A-Za-z]+|\d+", entry)
    month = next((MONTHS_IN_ORDER.index(w.lower()) + 1 for w in words if w.lower() in FULL_MONTH_NAMES), 0)
    numbers = [int(w) for w in words if w.isdigit()]
    return next((n for n in numbers if n > 31), 0), month, next((n for n in numbers if n <= 31), 0)


# "confirmed the deliveries", "acknowledged the shipments": a bare definite supply noun, the one just reported
_CONFIRMED_DELIVERIES = re.compile(
    r"\b(?:confirm|acknowledg)(?:s|es|ed|ing|e)?\s+(?:(?:on|this|last)\s+\w+\s+)?(?:the|these|those)\s+"
    r"(?:deliver(?:y|ies)|shipments?|transfers?|handovers?|consignments?)"
    r"(?:\s+(?:on|this|last)\s+\w+|\s+(?:today|yesterday))?\s*(?:[.,;]|$)", re.IGNORECASE)


_NEGATOR = re.compile(r"\b(?:not|never|no)\b|n't|n’t", re.IGNORECASE)


def _confirmed_delivery(words: str, found: list[tuple[Sentence, tuple[Claim, ...]]], index: int,
                        matcher: Matcher) -> Claim | None:
    """ "The first drones have reached Ukrainian units, a commander said. Taiwan's defence ministry confirmed
    the deliveries.": the actor, as the subject, confirming the delivery the sentence before reported with
    no supplier and no operator (a plain "no-agent" supply to the target) makes it the actor's own report.
    A delivery that names another supplier, or a negated or modal one, is not taken over."""
    match = _CONFIRMED_DELIVERIES.search(words) if found and found[-1][0].index == index - 1 else None
    if match is None or _NEGATOR.search(words, 0, match.start()):
        return None  # "did not confirm the deliveries"
    previous, claims = found[-1]
    # a bare "no-agent" rule: nothing negated, weighed or doubted, and no supplier found; no other party named
    if not any(c.rule.partition(" [")[0] == "no-agent" and not c.background for c in claims) or \
            matcher.target_names.search(previous.text) is None or \
            any(u.ent in ("", "other") and u.low in COUNTRY_WORDS for u in units_for(previous.text, matcher)):
        return None  # "The first Polish shells have reached …": another country's delivery
    subject = main_subject(units_for(words, matcher))
    if subject is None or subject.cls != "actor":
        return None
    return Claim(SUPPLIES, "confirmed-delivery", agent="actor", how="subject", strength=0.8)


def _framed(result: SentenceReading, words: str, before: list[Sentence]) -> SentenceReading:
    """What a frame around the sentence makes no one's position: events inside a scenario or a war game ("In our
    games, Manila usually arms Taiwan …"), a post's caption, a forecast "which did not happen", and a report "that
    Tokyo has not confirmed"."""
    if _imagined_frame(words, before):
        return _withdrawn(result, "scenario", _POSITIONS)
    if _CAPTION.search(words):
        return _withdrawn(result, "quoted-post", _POSITIONS)
    if _UNFULFILLED.search(words) and _FORECAST.search(words):
        result = _withdrawn(result, "unfulfilled", frozenset({SUPPLIES}))
    if _UNVOUCHED.search(words):
        result = _withdrawn(result, "unconfirmed-claim", frozenset({SUPPLIES, RECONSIDER}))
    return result


_POSITIONS = frozenset({SUPPLIES, RECONSIDER, REFRAINS})


def _withdrawn(result: SentenceReading, rule: str, states: frozenset[str]) -> SentenceReading:
    """The sentence's claims in `states` read as `none` under `rule`, naming the claim each replaces."""
    return replace(result, claims=tuple(Claim(NONE, f"{rule} ({c.rule})") if c.state in states else c
                                        for c in result.claims))


# 'carried the caption: "…"', 'under the headline: "…"', 'first published under the headline "…"', 'A post
# shared by a Telegram channel said: "…"': the words of a post, a caption or a headline
_CAPTION = re.compile(r"\b(?:caption|headline|slogan|banner|post|tweet|message|hashtag)s?\s*:\s*[\"“]"
                      r"|\b(?:under\s+the\s+(?:headline|title)|headlined)\s+[\"“]"
                      r"|^\W*(?:A|The|One|Another|Its)\s+(?:[\w-]+\s+){0,2}?(?:post|tweet|message|video|caption|headline|banner|"
                      r"placard|inscription|label)\b[^.:\"“]{0,160}?"
                      r"\b(?:said|read|reads|says|claimed)\s*:\s*[\"“]", re.I)
_FORECAST = re.compile(r"\b(?:would|will|within)\b")
# ", a claim that Tokyo has not confirmed", ", a report that Berlin has neither confirmed nor denied"
_UNVOUCHED = re.compile(r",\s+(?:a|an)\s+(?:claim|report|allegation|assertion)\s+(?:that\s+|which\s+)?[^,.]{0,60}?"
                        r"\b(?:not|neither|never)\b[^,.]{0,30}?\b(?:confirm|verif|corroborat)\w*")
# ", which did not happen", ", which never materialised": what the clause before said would happen did not
_UNFULFILLED = re.compile(r",\s+(?:which|but\s+(?:that|it))\s+(?:did\s+not|didn[’']t|never)\s+"
                          r"(?:happen|happened|materiali[sz]e|materiali[sz]ed|come\s+to\s+pass)\b")
# "…, the report said." closing a sentence: the word of a study
_CLOSING_STUDY = re.compile(r",[\"”]?\s+the\s+(?:report|study|investigation|analysis|survey|paper)\s+"
                            r"(?:said|says|found|finds|concluded|concludes|stated|states|added)\b[^,\"“”]*$")
_STUDY = re.compile(r"\b(?:report|study|investigation|analysis|survey|paper)\b", re.I)


def _study_voice(words: str, before: list[Sentence], matcher: Matcher) -> str | None:
    """ "…, the report said": the study the article named last speaks; another party's (a research group's, a
    hostile ministry's) unless the actor is the subject of the sentence that named it ("The Brazilian defence
    ministry published its annual report")."""
    if _CLOSING_STUDY.search(words) is None:
        return None
    for sentence in reversed(before):
        if _STUDY.search(sentence.text):
            author = main_subject(units_for(sentence.text, matcher))
            return None if author is not None and author.cls == "actor" else "other"
    return "other"


# "In our games,", "In the most likely scenario,", "In one simulation,": a frame of imagined events
# "modelled three hypothetical cases: X sending …": what the colon lists is imagined.
_HYPOTHETICAL_LIST = re.compile(r"\b(?:hypothetical|imagined|theoretical|fictional)\s+(?:[\w-]+\s+){0,2}?"
                                r"(?:cases?|scenarios?|futures?|situations?|options?|contingenc(?:y|ies))\b[^:.;]*:", re.I)
# "Scenario two: conditional engagement.": a heading; what follows it, up to four sentences on, is imagined.
_SCENARIO_HEADING = re.compile(r"\s*Scenario\s+(?:one|two|three|four|five|[1-9]|[A-E])\b\s*[:.—–-]", re.I)
_SCENARIO_FRAME = re.compile(r"\s*[\"“]?In\s+(?:(?!(?:after|before|on|for|about|at|during|from|with|by|remarks|comments|"
                             r"talks|briefings?|interviews?|statements?)\b)[\w\"“”'’-]+\s+|[\"“][^\"“”]{1,40}[\"”]\s+){0,7}?"
                             r"(?:war[- ]?games?|games|"
                             r"scenarios?|simulations?|table-?top\s+exercises?)\s*,")
# "In the most likely one,", "In another,": a member of the scenarios a sentence before listed
_MEMBER_FRAME = re.compile(r"\s*[\"“]?In\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:one|another|a\s+third|the\s+other|"
                           r"first|second|third|fourth|last|final|each\s+case|all\s+of\s+them|exercise)\s*[,;]", re.I)


# A forecast's odds: "an even chance (40–55 per cent) that Tokyo approves …", "Deferral (about 35 per cent): Washington
# offers …", "US announcement that it will supply …: remote (under 5 per cent)."
_PERCENT = r"\(\s*(?:about|around|roughly|some|under|over|below|above|less\s+than|more\s+than|~|c\.)?\s*\d{1,3}" \
    r"(?:\s*[–-]\s*\d{1,3})?\s*(?:per\s*cent|percent|%)\s*\)"
_ODDS = re.compile(_PERCENT + r"\s*:|\b(?:chance|chances|probability|likelihood|odds)\b[^.]{0,40}" + _PERCENT +
                   r"|:\s*(?:remote|unlikely|likely|very\s+likely|possible|probable|low|high|moderate|even)\s*" + _PERCENT,
                   re.I)


def _imagined_frame(words: str, before: list[Sentence]) -> bool:
    if _SCENARIO_FRAME.match(words) or any(_SCENARIO_HEADING.match(s) for s in [words, *(b.text for b in before)]):
        return True
    if _ODDS.search(words):
        return True  # a forecast's odds: what it gives odds for is imagined
    if _HYPOTHETICAL_LIST.search(words):
        return True  # "The paper modelled three hypothetical cases: Azerbaijan sending …; …"
    return _MEMBER_FRAME.match(words) is not None and any(
        re.search(r"\b(?:scenarios|simulations|war[- ]?games|table-?top|options|futures|paths)\b", s.text, re.I)
        for s in before)


# A correction notice: what the earlier version of the story said is withdrawn ("An earlier version of
# this story reported …", "An earlier version said …", 'An earlier headline, "X to arm Y", overstated …', 'This entry
# originally said Italy "will send …"').
# ("(Corrects story first published at 0940 GMT …; removes headline saying …)": a wire's correction note)
_RETRACTED = re.compile(r"\b(?:earlier|previous|prior|original)\s+headlines?\b|"
                        r"\b(?:entry|post|update|story|article|report)\s+originally\s+(?:said|reported|stated)\b|"
                        r"\b(?:earlier|previous|prior|original)\s+version(?:\s+of\s+this\s+(?:story|article|report)\b|"
                        r"\s*(?:,[^,.]{1,80},)?\s+(?:that\s+|which\s+)?(?:said|reported|stated|wrote|suggested)\b)"
                        r"|^\W*(?:this\s+(?:story|article|report)\s+)?(?:corrects|has\s+been\s+corrected)\b", re.I)
# "An article published on Feb. 6 incorrectly stated that …": a report the text itself calls mistaken is
# withdrawn, whatever names the mistaken text, when what it said follows ("… stated the opposite" does not)
_MISTAKEN = re.compile(r"\b(?:incorrectly|wrongly|erroneously|mistakenly)\s+(?:said|reported|stated|wrote|suggested)"
                       r"(?:\s+that)?((?:\s+[\w'’-]+){4})", re.I)
# "An article published on July 10 said that X had stopped … . That was incorrect.": a report that the next
# sentence, on its own, declares wrong is withdrawn just the same.
_REPORT_NOUN = re.compile(r"\b(?:article|report|story|headline|dispatch|version)\b", re.I)
_DECLARED_WRONG = re.compile(r"\s*[\"“]?(?:That|This|It)(?:\s+(?:report|article|story|claim|account))?\s+(?:was|is)\s+"
                             r"(?:(?:simply|completely|entirely)\s+)?(?:incorrect|wrong|untrue|false|inaccurate|mistaken|"
                             r"not\s+(?:true|correct|accurate))\s*[.!]?[\"”]?\s*$")
# "Then we will …" opening a sentence after one with an "if" / "unless" clause: that condition's consequent.
_THEN_CONSEQUENT = re.compile(r"\s*[\"“]?Then,?\s+[\w'’ -]{1,40}?\b(?:will|would|shall|'ll)\b")
_CONDITION = re.compile(r"\b(?:if|unless)\b", re.I)


def _conditional_consequent(result: SentenceReading, words: str, before: str) -> SentenceReading:
    """ "If they cross the border, will we sit and watch? Then we will give everything": a supply opening on
    "Then" is the consequent of the condition set in the sentence before, an opening, no decision."""
    if not _THEN_CONSEQUENT.match(words) or not _CONDITION.search(before):
        return result
    return replace(result, claims=tuple(replace(c, state=RECONSIDER, rule=f"conditional-consequent: {c.rule}")
                                        if c.state == SUPPLIES else c for c in result.claims))


_SHORT_NAME = re.compile(r"\(([A-Z]{2,6})\)")
#: the role nouns as a regex alternation
_ROLES = "|".join(sorted(ROLE_NOUNS))
# an official or a government body among the words before a quoted post: its own statement
_ROLE_WORD = re.compile(rf"\b(?:{_ROLES}|ministry|government|embassy|office|presidency|cabinet)\b", re.I)
_ROLE_THEN_NAME = re.compile(rf"\b(?:{_ROLES})\s+[A-Z][\w'’-]+\s+[A-Z]")


def foreign_officials(sentence: str, matcher: Matcher) -> frozenset[str]:
    """People a sentence names as another party's officials ("Russian foreign ministry spokeswoman Maria
    Zakharova"): a later bare "Zakharova said" closing a sentence speaks for that party."""
    found: set[str] = set()
    for unit in units_for(sentence, matcher):
        if unit.ent == "other" and unit.how == "role" and " " in unit.text:
            found |= {unit.text, unit.text.split()[0], unit.text.split()[-1]}  # "Lin Jian": "Lin" is the surname
    return frozenset(found)


_ROLE_HOLDER = re.compile(rf"\b(?:{_ROLES})\s+((?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+))+)")


def _role_holders(sentence: str) -> frozenset[str]:
    """The people a sentence names after a role noun ("ministry spokeswoman Maria Zakharova"), by full name,
    first and last word: the sentence read their role as another party's, so their later words are its too."""
    found: set[str] = set()
    for match in _ROLE_HOLDER.finditer(sentence):
        name = match.group(1)
        found |= {name, name.split()[0], name.split()[-1]}
    return frozenset(found)


def _actor_names_alternation(stance: Stance) -> str:
    """The actor's names as a regex alternation, any run of spaces inside a name allowed."""
    return "|".join(re.escape(name).replace(r"\ ", r"\s+") for name in stance.actor_names)


@lru_cache(maxsize=256)
def _body_pattern(stance: Stance) -> re.Pattern[str]:
    """The actor's possessive and capitalised words, ending right before a short name in brackets."""
    names = _actor_names_alternation(stance)
    return re.compile(rf"(?<!\w)(?:{names})(?:'s|’s|'|’)\s+((?:[A-Z][\w-]*\s+(?:(?:of|for|and)\s+)?){{0,6}}"
                      r"[A-Z][\w-]*)\s+$")


def actor_bodies(text: str, stance: Stance) -> tuple[str, ...]:
    """Bodies the article introduces with the actor's possessive: "South Korea's Defense Acquisition
    Program Administration (DAPA)". The article's later "a DAPA official said" speaks for the actor."""
    found: list[str] = []
    for short in _SHORT_NAME.finditer(text):  # brackets are rarer than possessives: look there first
        window = text[max(0, short.start() - 120):short.start()]
        match = _body_pattern(stance).search(window)
        if match is None:
            continue
        before = window[max(0, match.start() - 20):match.start()].split()
        if before and before[-1][:1].isupper() and before[-1][-1:] not in ".:-—" and before[-1] != "The":
            continue  # "Countering America's Adversaries Through Sanctions Act (CAATSA)": a longer name
        found += [name for name in (match.group(1), short.group(1)) if name not in stance.target_names]
    return tuple(dict.fromkeys(found))


_BODY_HEADS = ("Ministry", "Department", "Office", "Agency", "Directorate", "Chancellery", "Secretariat", "Bureau")


@lru_cache(maxsize=256)
def _owned_body_pattern(stance: Stance) -> re.Pattern[str]:
    """The actor's adjective or possessive before a capitalised body: "the Belgian Ministry of Defence"."""
    owner = "|".join([re.escape(a) for a in stance.actor_adjectives] +
                     [re.escape(n) + "(?:'s|’s)" for n in stance.actor_names]).replace(r"\ ", r"\s+")
    return re.compile(rf"\b(?:{owner})[ \t]+((?:{'|'.join(_BODY_HEADS)})(?:[ \t]+(?:of|for|and)?[ \t]*[A-Z][\w-]*)+)")


_PRECEDING_WORD = re.compile(r"([\w-]+)(?:'s|’s)?[ \t]+(?:the[ \t]+)?$")
_OWNER_AFTER = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?([\w-]+)")  # "the Ministry of Defence of Azerbaijan"


def owned_bodies(text: str, stance: Stance) -> tuple[str, ...]:
    """Bodies the article introduces with the actor's adjective or possessive ("the Belgian Ministry of
    Defence"): a later bare "The Ministry of Defence announces …" is the same body. A name another
    country also owns in the article ("the Ukrainian Ministry of Defence", "the Ministry of Defence of
    Ukraine") is left out."""
    found: list[str] = []
    own = actor_words(stance)
    for match in _owned_body_pattern(stance).finditer(text):
        words: list[str] = []
        for word in match.group(1).split():  # "Ministry of Defence Theo Francken": the body's words only
            if word not in TITLE_WORDS and word not in ("of", "for", "and"):
                break
            words.append(word)
        while words and words[-1] in ("of", "for", "and"):
            words.pop()
        if len(words) < 2:
            continue
        name = " ".join(words)
        owners: set[str] = set()
        at = text.find(name)
        while at >= 0:
            before = _PRECEDING_WORD.search(text, max(0, at - 40), at)
            after = _OWNER_AFTER.match(text, at + len(name))
            owners |= {m.group(1).lower() for m in (before, after) if m is not None}
            at = text.find(name, at + 1)
        if any(word in COUNTRY_WORDS and word not in own for word in owners):
            continue
        found.append(name)
    return tuple(n for n in dict.fromkeys(found) if n not in stance.actor_names)


@lru_cache(maxsize=256)
def _owner_pattern(stance: Stance) -> re.Pattern[str]:
    """The actor's adjective, possessive or name used as one: "German", "Germany's", "the US ambassador"."""
    # the longest first: the possessive "Saudi Arabia's" before the adjective "Saudi" it begins with
    forms = [re.escape(a) for a in stance.actor_adjectives] + \
        [re.escape(n) + "(?:'s|’s|'|’)?" for n in stance.actor_names]
    owner = "|".join(sorted(forms, key=len, reverse=True)).replace(r"\ ", r"\s+")
    return re.compile(rf"\b(?:{owner})[ \t]")


# Words of tenure before a title that leave the holder in office: "the acting defence minister".
_TENURE = frozenset({"acting", "interim", "caretaker", "new", "current", "outgoing", "incoming"})
# "Olaf Scholz, the " right before the actor's adjective: the name an appositive title follows.
# (a surname may carry a lower-case particle: "Adel al-Harbi", "Faisal bin Farhan", "Ursula von der Leyen")
_NAME_BEFORE = re.compile(rf"([A-Z][\w'-]+(?:[ \t]+{NAME_WORD}){{1,2}}),[ \t]+(?:the[ \t]+)?$")
# The subject of a copula that gives the title: "Olaf Scholz is ", "Boris Pistorius has been the ".
_NAME_IS = re.compile(r"(?:^|[.!?][ \t]+|\n)([A-Z][\w'-]+(?:[ \t]+[A-Z][\w'-]+){1,2})[ \t]+(?:is|has[ \t]+been|remains)"
                      r"[ \t]+(?:the[ \t]+)?$")
# "Hamad Al Suwaidi is an adviser to the ", "X is a spokesman for ": a copula giving a role whose
# owner (the actor's possessive or name) follows a preposition
_NAME_IS_ROLE = re.compile(r"(?:^|[.!?][ \t]+|\n)([A-Z][\w'-]+(?:[ \t]+[A-Z][\w'-]+){1,3})[ \t]+(?:is|has[ \t]+been|remains)"
                           rf"[ \t]+(?:an?|the)[ \t]+(?:(?:senior|chief|special|top|deputy)[ \t]+)?(?:{_ROLES})"
                           r"[ \t]+(?:to|for|of|at|in)[ \t]+(?:the[ \t]+)?$")
# (the title may take "of"/"for"/"to" complements: "minister of state for foreign affairs,", "ambassador to Israel,")
_TITLE_AFTER = re.compile(r"((?:(?!(?:of|for|to)\b)[A-Za-z]+[ \t]*){1,3})(?:(?:of|for|to)[ \t]+(?:[A-Za-z]+[ \t]*){1,3}){0,2}[,.]")
_CLAUSE_MARK = re.compile(r"[,.;:]")


def _title_and_name(words: list[str]) -> tuple[list[str], list[str]]:
    """ "Foreign Minister Annalena Baerbock said" → (Foreign Minister, Annalena Baerbock)."""
    k = 0
    while k < len(words) and (words[k] in TITLE_WORDS or words[k].capitalize() in TITLE_WORDS):
        k += 1
    start = k
    if 0 < k < len(words) and words[k] in ("of", "for"):
        j = k + 1 + (k + 1 < len(words) and words[k + 1] == "the")
        while j < len(words) and words[j] in TITLE_WORDS:
            j += 1
        start = j if j > k + 1 else k  # "Minister of Defence Gonzalo Arce": the name after the portfolio
    name: list[str] = []
    for word in words[start:start + 3]:
        bare = re.sub(r"(?:'s|’s)?[.;:)\"”]*$", "", word)  # "Scholz's", "Scholz."
        if not bare[:1].isupper() or bare in TITLE_WORDS:
            break
        name.append(bare)
        if bare != word:
            break
    title = words[:k]
    while title and title[-1] in _HONORIFICS:
        title = title[:-1]  # "prime minister, Mr Mohamed Lahlou": the honorific is no part of the title
    return title, name


_HONORIFICS = frozenset({"Mr", "Mrs", "Ms", "Dr", "Mr.", "Mrs.", "Ms.", "Dr."})


def actor_officials(text: str, stance: Stance) -> tuple[str, ...]:
    """People the article ties to the actor by its adjective or possessive next to their title: after
    "German Chancellor Olaf Scholz" or "Olaf Scholz, Germany's chancellor", a later "Chancellor Olaf
    Scholz said" or "Scholz said" speaks for Germany. A former holder of the office does not."""
    found: list[str] = []
    for owner in _owner_pattern(stance).finditer(text):
        end = owner.end()
        first = text[end:end + 16].split(" ", 1)[0]
        if first.lower() in _TENURE:  # "Norway's acting defence minister": still the office's holder
            end += len(first) + 1
            first = text[end:end + 16].split(" ", 1)[0]
        if first not in TITLE_WORDS and first.capitalize() not in TITLE_WORDS or first.lower() == "former" or \
                text[max(0, owner.start() - 7):owner.start()].lower() == "former ":
            continue
        title, name = _title_and_name(text[end:end + 80].replace(",", " ").split()[:6])
        if title and title[-1].lower() in ROLE_NOUNS and name:
            found += [" ".join(name), name[-1]]
        person = _NAME_BEFORE.search(text, max(0, owner.start() - 60), owner.start())
        words = _TITLE_AFTER.match(text, end)
        if person and words:
            title, _ = _title_and_name(words.group(1).split())
            if title and len(title) == len(words.group(1).split()) and title[-1].lower() in ROLE_NOUNS:
                found += [person.group(1), person.group(1).split()[-1]]
        person = _NAME_IS.search(text, max(0, owner.start() - 60), owner.start())
        if person:  # "Boris Pistorius has been Germany's defence minister since January."
            title, name = _title_and_name(_CLAUSE_MARK.split(text[owner.end():owner.end() + 80])[0].split()[:4])
            if title and title[-1].lower() in ROLE_NOUNS and not name:
                found += [person.group(1), person.group(1).split()[-1]]
        person = _NAME_IS_ROLE.search(text, max(0, owner.start() - 90), owner.start())
        if person:  # "Hamad Al Suwaidi is an adviser to the UAE's National Security Council"
            found += [person.group(1), person.group(1).split()[-1]]
    found += _of_actor_officials(text, stance)
    return tuple(name for name in dict.fromkeys(found) if name not in stance.actor_speakers + stance.target_names)


@lru_cache(maxsize=256)
def _of_actor_pattern(stance: Stance) -> re.Pattern[str]:
    """A title whose owner follows in an "of" phrase: "the defence minister of Belarus"."""
    names = _actor_names_alternation(stance)
    return re.compile(rf"\b(?:{_ROLES})[ \t]+of[ \t]+(?:the[ \t]+)?(?:{names})\b")


# ", Andrei Sakovich," right after the title.
_COMMA_NAME = re.compile(r",[ \t]+([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2})[ \t]*[,.]")


def _of_actor_officials(text: str, stance: Stance) -> list[str]:
    """People named right after a title with an "of" owner: "the defence minister of Belarus, Andrei
    Sakovich, said" ties them to the actor as "Belarus's defence minister" does (the name-first order is
    `titled_by_of`'s). A former holder of the office does not."""
    found: list[str] = []
    if " of " not in text:
        return found
    for match in _of_actor_pattern(stance).finditer(text):
        if "former" in text[max(0, match.start() - 30):match.start()].lower():
            continue
        person = _COMMA_NAME.match(text, match.end())
        if person is None:
            continue
        name = person.group(1).split()
        while name and name[0] in TITLE_WORDS:
            name = name[1:]  # "General Andrei Sakovich": the title is not the name
        if len(name) >= 2 and not any(word in TITLE_WORDS for word in name):
            found += [" ".join(name), name[-1]]
    return found


@lru_cache(maxsize=256)
def _title_of_pattern(stance: Stance) -> re.Pattern[str]:
    """ "Zhou Hanbin is a vice minister of national defense of China", "Ana Rojas, the foreign minister of
    Chile,": a name, then a title whose "of" phrase names the actor."""
    names = _actor_names_alternation(stance)
    # ("…, Lê Thị Thanh Vân, spokeswoman for Vietnam's Ministry of Foreign Affairs, was asked": after a comma, with
    # no article, the owner a possessive)
    return re.compile(rf"(?:^|[.!?][ \t]+|\n|,[ \t]+)([A-Z][\w'-]+(?:[ \t]+[A-Z][\w'-]+){{1,3}})(?:[ \t]+(?:is|has[ \t]+been|remains)"
                      rf"[ \t]+|,[ \t]+)(?:(?:a|an|the)[ \t]+)?(?:[\w-]+[ \t]+){{0,3}}?(?i:{_ROLES})[ \t]+"
                      rf"(?:of|for)[ \t]+(?P<gap>(?:[\w-]+[ \t]+){{0,3}}?)(?:of[ \t]+)?(?:the[ \t]+)?(?:{names})"
                      rf"(?:'s|’s)?(?![\w'’])")


def titled_by_of(text: str, stance: Stance) -> tuple[str, ...]:
    """People the article gives a title of the actor's with "of": they speak for the actor afterwards."""
    if not stance.actor_names:
        return ()
    found: list[str] = []
    for match in _title_of_pattern(stance).finditer(text):
        gap = match.group("gap").split()
        if match.group(1).split()[0] in TITLE_WORDS or "former" in match.group(0).lower().split() or \
                any(word[:1].isupper() and word not in TITLE_WORDS for word in gap):
            continue  # a former holder; "the ambassador of Russia to China" is Russia's
        found += [match.group(1), match.group(1).split()[-1]]
    return tuple(name for name in dict.fromkeys(found) if name not in stance.actor_speakers + stance.target_names)


# "TOKYO, Feb 18 (Agency) -", "MINSK —": the city (or cities) opening a wire report
_DATELINE = re.compile(r"^\s*([A-Z][A-Z.' -]*[A-Z.](?:/[A-Z][A-Z.' -]*[A-Z.])*)(?:,[^\n()–—-]{1,30})?(?:\s*\([^()\n]{1,60}\))?"
                       r"\s+(?:--|[-–—])\s", re.MULTILINE)


# "Buenos Aires, 12 September 2024", "Madrid, March 3, 2025": a press release's place and date, a line alone
_RELEASE_DATELINE = re.compile(r"^[ \t]*([A-Z][A-Za-z.' -]{1,30}?),[ \t]+(?:\d{1,2}[ \t]+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?[ \t]+"
                               r"\d{1,2}),?[ \t]+\d{4}[ \t]*$", re.MULTILINE)


def _datelined_at_home(text: str, stance: Stance) -> bool:
    """Does the article open on a dateline in the actor's own country ("TOKYO, Feb 18 -" for Japan)? Its
    reporter writes from there: an unowned "the government", "the ministry" is then the actor's until the
    story turns to another party, as the first sentence of a report about that government does. So does
    a press release dated from there."""
    wire = _DATELINE.search(text[:600])  # the first lines
    dateline = wire or _RELEASE_DATELINE.search(text[:600])
    if dateline is None:
        return False
    home = {name.lower() for name in stance.actor_names}
    if not any(city.strip().lower() in home for city in dateline.group(1).split("/")):
        return False
    if wire is None:
        return True  # a press release speaks for the body that issues it where it is dated
    # "LONDON (Wire) - The ministry said 14 tanks had been sent to Ukraine's front": a wire service's hub city
    # says where the desk sits, not whose ministry speaks; a report about the actor names it in its opening
    opening = "\n".join(text[dateline.end():].strip().split("\n\n")[:2])
    return re.search(rf"(?<![\w-])(?:{_actor_names_alternation(stance)}|"
                     rf"{'|'.join(re.escape(a) for a in stance.actor_adjectives) or '(?!x)x'})(?![\w-])",
                     opening, re.IGNORECASE) is not None


# "Press release | Ministry of Defence", "PRESS RELEASE": a release's heading in its first lines
_RELEASE_HEADING = re.compile(r"^\s*press\s+release\b", re.IGNORECASE | re.MULTILINE)
# "Minister of Defence", "Defence Minister" right after "says": a minister's title with no country before it
_BARE_TITLE = r"\s(?:(?:Prime|Defen[cs]e|Foreign)\s+Minister|Minister\s+(?:of|for)\s+" \
              r"(?:[A-Z][a-z]+\s+){1,3}?)\s*"


def _release_by_actor(text: str, stance: Stance) -> bool:
    """Is the article a press release quoting the actor's minister by bare title ("…," says Minister of
    Defence Bjørn Arild Gram)? A release names its own minister without a country, so its unowned "the
    Government", "the Ministry" are the actor's as under a home dateline."""
    if _RELEASE_HEADING.search("\n".join(text.split("\n")[:4])) is None or not stance.actor_speakers:
        return False
    speakers = "|".join(re.escape(name) for name in sorted(stance.actor_speakers, key=len, reverse=True))
    return re.search(rf"\b(?:says|said){_BARE_TITLE}(?:{speakers})\b", text) is not None

# "The package includes …", "The new tranche included …": the contents of a package named just before
_PACKAGE_CONTENTS = re.compile(r"^(?:The|This)\s+(?:new\s+)?(?:package|tranche|consignment|shipment)\s+(?:\w+\s+)?"
                               r"includ(?:es|ed|e)\b")
_PACKAGE_NOUN = re.compile(r"\b(?:package|tranche|consignment|shipment|sale)\b", re.IGNORECASE)


def _package_as_introduced(result: SentenceReading, words: str, before: list[Sentence],
                           claims_of: dict[int, tuple[Claim, ...]]) -> SentenceReading:
    """ "Tokyo is considering a new aid package for Kyiv. The package includes howitzers": what a package holds
    is supplied only as far as the package itself is; one the sentence that names it weighs or refuses holds
    goods weighed or refused, and one it gives to another party ("The United States has notified Congress of
    a proposed sale …") holds that party's goods."""
    if not _PACKAGE_CONTENTS.match(words) or not any(c.state == SUPPLIES for c in result.claims):
        return result
    named = next((s for s in reversed(before) if _PACKAGE_NOUN.search(s.text)), None)
    if named is None:
        return result
    owners = {c.agent for c in claims_of.get(named.index, ())}
    tokens = set(re.findall(r"[a-z']+", named.text.lower()))
    state = NONE if owners == {"other"} else REFRAINS if tokens & (NEGATORS | REFUSE) else \
        RECONSIDER if tokens & (CONSIDER | MODAL) else SUPPLIES
    return result if state == SUPPLIES else \
        replace(result, claims=tuple(replace(c, state=state, rule=f"package-as-named: {c.rule}")
                                     if c.state == SUPPLIES else c for c in result.claims))


def speaker_surnames(text: str, stance: Stance) -> tuple[str, ...]:
    """The surname of a speaker the stance lists by full name, once the article has named them in full:
    after "the defence minister, Nuno Melo, said", a later "Melo said" is the same person."""
    return tuple(dict.fromkeys(last for name, last in _full_names(stance) if name in text))


# "Jong-sup", "Ing-wen": a romanised East Asian given name, written after the surname ("Lee Jong-sup" is Lee).
_HYPHENATED_GIVEN_NAME = re.compile(r"[A-Z][a-z]+-[a-z]+$")


@lru_cache(maxsize=256)
def _full_names(stance: Stance) -> tuple[tuple[str, str], ...]:
    """(full name, surname) of the stance's speakers whose surname it does not list alone."""
    found = []
    for name in stance.actor_speakers:
        parts = name.split()
        last = parts[0] if len(parts) == 2 and _HYPHENATED_GIVEN_NAME.match(parts[1]) else parts[-1]
        if len(parts) < 2 or parts[0] in TITLE_WORDS or not last[:1].isupper() or len(last) < 3 or \
                last in stance.actor_speakers or last in stance.target_names or last in TITLE_WORDS:
            continue
        found.append((name, last))
    return tuple(found)


# "Q: …" / "A: …" opening a line of an interview: the interviewer's turn, then the answer of the one
# introduced before the first question ("Ahn Gyu-back spoke to …"), whose "we" and passives are theirs.
_TURN = re.compile(r"([QA]|Question|Answer)\s*(?:\(([^()]{1,80})\)\s*)?:\s+")


_YES = re.compile(r"\s*(?:Yes|Yes,\s+(?:it\s+has|they\s+have|we\s+have|it\s+is|they\s+are))\s*[.!]\s*$")
_YES_NO_QUESTION = re.compile(r"^(?:(?:Q|Question)\s*:\s*)?((?:Has|Have|Is|Are|Was|Were|Did|Does|Do|Will|Can|Could)\s[^?]+)\?\s*$")


_EMBEDDING_QUESTION = re.compile(r"\b(?:that|whether|if|worried|concerned|afraid|fear|think|believe|expect|hope)\b",
                                 re.I)


def _yes_answer(words: str, question: str) -> str | None:
    """ "Q: Have the deliveries of ammunition to Russia started? A: Yes.": a bare "yes" asserts the yes/no
    question right before it, so the answer is read as that question's words said by the one who answers."""
    return _restated_question(question, negated=False) if _YES.match(words) else None


# An answer that keeps every option open: "we are not ruling anything out", "nothing is off the table".
_OPEN = re.compile(r"\b(?:(?:we|i)\s+(?:are|am)\s+not\s+ruling\s+(?:anything|it)\s+out|(?:we|i)\s+(?:would|will|do)\s+"
                   r"not\s+rule\s+(?:anything|it)\s+out|nothing\s+is\s+(?:off\s+the\s+table|ruled\s+out|excluded))\b",
                   re.IGNORECASE)


def _asks_about_actor(question: str, matcher: Matcher) -> bool:
    """Is the first party a question names the actor ("Is Kenya ready to arm …?"; not "Is Ethiopia …?")?"""
    question = re.sub(r"^\s*(?:Q|Question)\s*(?:\([^)]*\))?\s*:\s*", "", question)
    named = next((u for u in units_for(question, matcher) if u.ent), None)
    return named is not None and named.ent == "actor"


def _open_answer(words: str, question: str) -> str | None:
    """ "Q: Is Kenya ready to arm …? A: … we are not ruling anything out": the open option answers the yes/no
    question, read as 'Asked whether Kenya is ready to arm …, he said: "we are not ruling anything out."'."""
    found = _OPEN.search(words)
    statement = _restated_question(question, negated=False) if found else None
    if found is None or statement is None or re.search(r"\bno\b", words[:found.start()], re.I):
        return None  # ("On weapons, no. On training, we are not ruling anything out": the open part is elsewhere)
    answer = found.group(0)
    return f'Asked whether {statement.rstrip(".").split(", ")[0]}, he said: "{answer[0].upper()}{answer[1:]}."'

_NO = re.compile(r"\s*(?:No|The\s+(?:short\s+|simple\s+)?answer\s+is\s+no)\s*[.!]\s*$")


def _no_answer(words: str, question: str) -> str | None:
    """ "Q: Could the howitzers go to Ukraine this year? A: No.": a bare "no" denies the yes/no question right
    before it, so the answer is read as that question with its auxiliary negated ("Could not the howitzers
    go …"), said by the one who answers."""
    return _restated_question(question, negated=True) if _NO.match(words) else None


def _restated_question(question: str, *, negated: bool) -> str | None:
    """The yes/no question as the statement a bare "yes" (or, negated, a bare "no") makes of it: "Is Poland still
    sending …?" → "Poland is (not) still sending …", the named subject staying the clause's agent; without one,
    the question's own order ("Could not the howitzers go …")."""
    asked = _YES_NO_QUESTION.match(question.strip())
    if asked is None or _EMBEDDING_QUESTION.search(asked.group(1)):
        return None  # "Are you worried that …?": the answer is about the worry, not what it is about
    auxiliary, rest = asked.group(1).split(None, 1)
    named = _NAMED_SUBJECT.match(rest)
    negation = " not" if negated else ""
    if named:
        return f"{named.group(1)} {auxiliary.lower()}{negation} {named.group(2)}."
    return f"{auxiliary} not {rest}." if negated else asked.group(1) + "."


_NAMED_SUBJECT = re.compile(r"([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s+([a-z].*)$", re.S)


# "Is that true?", "Is this correct?": a question on the truth of what the sentence before it reports.
_TRUTH_QUESTION = re.compile(r"^(?:(?:Q|Question)\s*:\s*)?(?:Is|Are)\s+(?:that|this|it|these\s+reports|the\s+report)\s+"
                             r"(?:true|correct|right|accurate|so)\s*\?\s*$", re.I)
# "It is true, and …", "That is correct.", "Yes, it is true": the answer affirms, with nothing embedded after it.
_AFFIRMED = re.compile(r"^\s*(?:Yes,?\s+)?(?:it|that|this)(?:\s+is|['’]s)\s+(?:true|correct|right|accurate)\s*"
                       r"(?:[,.;!]|\band\b|$)", re.I)
# "Israeli officials say Qatari weapons are reaching …": the reported content after a short reporting subject.
_REPORTED_CONTENT = re.compile(r"^(?:(?:Q|Question)\s*:\s*)?(?:[\w'’-]+\s+){1,6}?(?:say|says|said|claim|claims|"
                               r"claimed|allege|alleges|alleged|report|reports|reported)\s+(?:that\s+)?([^?]+?)\s*\.\s*$")


def _confirmed_claim(words: str, question: str, claim: str) -> str | None:
    """ "Q: Israeli officials say X is sending arms. Is that true? A: It is true, …": an answer that affirms a
    question on the truth of the report before it asserts that report's content, in the answerer's voice.
    (A denial, "It is not true", or an embedded "It is true that …" is read as said.)"""
    if not _AFFIRMED.match(words) or not _TRUTH_QUESTION.match(question.strip()):
        return None
    reported = _REPORTED_CONTENT.match(claim.strip())
    if reported is None or _EMBEDDING_QUESTION.search(reported.group(1)):
        return None
    return reported.group(1) + "."


# "Meridian Times: Has X …?" / "Ambassador: No.": an interview whose lines are labelled by the outlet and by
# the interviewee's role instead of "Q:" / "A:".
# ("Q (Agencia Andes Press): …" asks as a label with its outlet does)
_LINE_LABEL = re.compile(r"^[ \t]*([A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}(?:[ \t]*\([^()\n]{1,80}\))?)[ \t]*:[ \t]+(.*)$",
                         re.M)
_ROLE_LABELS = frozenset({"ambassador", "minister", "president", "spokesman", "spokeswoman", "spokesperson",
                          "secretary", "envoy", "official", "chancellor", "premier", "general", "admiral"})


def _interview_labels(text: str, stance: Stance) -> dict[str, str]:
    """The line labels of an interview without "Q:" / "A:": a label whose lines end in a question asks ("Q");
    a label answering right after it that names a role ("Ambassador") or one of the actor's speakers answers
    ("A"). Needs two such exchanges; a transcript of named people of other parties ("Lavrov: …") has none."""
    lines = [(m.group(1), m.group(2).rstrip()) for m in _LINE_LABEL.finditer(text)]
    asking = {label for label, rest in lines if rest.endswith("?")}
    speakers = {name.split()[-1] for name in stance.actor_speakers} | _capitals_surnames(stance.actor_speakers)
    answering: dict[str, int] = {}
    for (before, rest), (label, _) in zip(lines, lines[1:]):
        if before in asking and rest.endswith("?") and label not in asking and \
                (label.lower() in _ROLE_LABELS or label.split()[-1] in speakers or _introduced_in_role(label, text)):
            answering[label] = answering.get(label, 0) + 1
    if not answering or sum(answering.values()) < 2:
        return {}
    return {label: "Q" for label in asking} | {label: "A" for label in answering}


def _introduced_in_role(label: str, text: str) -> bool:
    """Does the text introduce the label's name with an interviewee's role, "The spokesperson was Mao Ning",
    "spokeswoman Maria Ortiz", "Mao Ning, the spokesperson", before the first labelled question?"""
    # (up to the first question: a headline "Interview: …" is a labelled line too)
    intro = text[:next((m.start() for m in _LINE_LABEL.finditer(text) if m.group(2).rstrip().endswith("?")),
                       len(text))]
    roles = "|".join(sorted(_ROLE_LABELS))
    # (a transcript's capitals, "ARCE:", stand for the name as the introduction writes it)
    name = f"(?i:{re.escape(label)})" if label.isupper() else re.escape(label)
    # (the label may be the start of the full name: "Sheikh Mohammed" for "Sheikh Mohammed bin Abdulrahman Al
    # Thani, Qatar's prime minister"; or its end: "Minister of Defence, Gonzalo Arce Huamán")
    return re.search(rf"(?i:\b(?:{roles})\b),?(?:\s+(?:of|for)(?:\s+the)?(?:\s+[A-Z][\w'’-]*){{1,3}},?)?"
                     rf"(?:\s+(?:was|is|will\s+be))?(?:\s+[A-Z][\w'’-]*){{0,2}}\s+{name}\b"
                     rf"|\b{name}(?:\s+[A-Za-z][\w'’-]*){{0,4}},"
                     rf"\s+(?:the|a|[A-Z][\w-]*(?:'s|’s))\s+(?:[\w-]+\s+){{0,3}}(?i:(?:{roles}))\b", intro) is not None


def _labelled_party(words: str, labels: dict[str, str], matcher: Matcher) -> str | None:
    """ "UKRAINIAN FOREIGN MINISTER: …" in a transcript: a label in capitals that names another party's official
    (neither asking nor answering) speaks for that party in its whole paragraph."""
    colon = words.find(": ")
    # ("[CLIP — RUSSIAN STATE TV, VOICE OF TRANSLATOR]: …": a bracketed label names the source of a clip)
    label = words[:colon].strip() if 0 < colon <= 40 or words.startswith("[") and 0 < colon <= 80 else ""
    if not label.isupper() or label in labels:
        return None
    label = label.strip("[]")
    if not any(word.lower() in COUNTRY_WORDS for word in _WORD.findall(label)):
        return None  # a label speaks for a party only where it names a country ("DANIEL LIM (LIVE):" reports)
    party = next((u.ent for u in units_for(label.title(), matcher) if u.ent in ("actor", "target", "other")), None)
    return party if party in ("target", "other") else None


class _Label:
    """A line label read as an interview turn, shaped like a match of `_TURN`."""

    def __init__(self, turn: str, end: int, name: str) -> None:
        self._turn, self._end, self._name = turn, end, name

    def group(self, n: int) -> str | None:
        return self._turn if n == 1 else self._name if n == 2 else None

    def end(self) -> int:
        return self._end


def _labelled_turn(words: str, labels: dict[str, str]) -> _Label | None:
    colon = words.find(": ")
    turn = labels.get(words[:colon].strip()) if 0 < colon <= 40 else None
    return _Label(turn, colon + 2, words[:colon].strip()) if turn else None


def _unlabelled(words: str, labels: dict[str, str]) -> str:
    """A question line without its interview label, for a bare "yes" / "no" to be read against it."""
    colon = words.find(": ")
    return words[colon + 2:] if labels and 0 < colon <= 40 and words[:colon].strip() in labels else words


def _named_answerer(label: str, matcher: Matcher, speakers: tuple[str, ...], text: str) -> str:
    """The party of the one a turn label names ("Answer (Pal Jonson, Minister for Defence)"; "ARCE" for the
    actor's "Gonzalo Arce Huamán": a transcript labels a speaker by one of the names)."""
    if label.isupper():  # a surname in capitals: the actor's speaker, or someone the introduction places
        return "actor" if label in _capitals_surnames(speakers) else _introduced_party(label, text, matcher)
    parties = [unit.ent for unit in units_for(label, matcher) if unit.ent in ("actor", "other", "target")]
    return parties[0] if parties else "unknown"


def _capitals_surnames(speakers: tuple[str, ...]) -> set[str]:
    """The words past the first of each speaker's name, in capitals: a transcript's "ARCE:" names the actor's
    "Gonzalo Arce Huamán" by one of the surnames."""
    return {word.upper() for name in speakers for word in name.split()[1:]}


def _introduced_party(label: str, text: str, matcher: Matcher) -> str:
    """Whose official the introduction makes the person a capitals label names: the owner of the title next to
    the name ("Russia's Foreign Minister, Sergei Lavrov", "the ministry in Vienna, spokesperson Katharina
    Wieser", "Jack Lew, the US ambassador"); "unknown" when it names none."""
    found = re.search(rf"\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+(?i:{re.escape(label)})\b|\b(?i:{re.escape(label)})\b",
                      text[:text.find(f"{label}:")] if f"{label}:" in text else "")
    if found is None:
        return "unknown"
    start = max(text.rfind(".", 0, found.start()), text.rfind("\n", 0, found.start())) + 1
    units = units_for(text[start:found.end()], matcher)
    for unit in reversed(units[max(0, len(units) - 8):-1]):
        if unit.ent in ("actor", "target", "other") and unit.how in ("name", "adj") and unit.cap and \
                (unit.ent != "other" or unit.low in PARTY_WORDS):  # (not "the Tánaiste", "OSUNA": no country)
            return unit.ent  # "Russia's Foreign Minister, Sergei Lavrov"
    after = units_for(text[found.end():found.end() + 60].split(".")[0], matcher)
    if len(after) > 2 and after[0].low == ",":
        for unit in after[1:6]:
            if unit.ent in ("actor", "target", "other") and unit.how in ("name", "adj"):
                return unit.ent  # "Jack Lew, the US ambassador to Israel"
    return "unknown"


def _government_heads(stance: Stance) -> frozenset[str]:
    """The government nouns that head the actor's own names ("Obama administration", "Swedish government"):
    "a senior administration official" names the actor's body by that noun alone."""
    return frozenset(name.split()[-1].lower() for name in stance.actor_names
                     if " " in name and name.split()[-1].lower() in _GOVERNMENT_HEADS)


#: lower-case government nouns that can head an actor's name
_GOVERNMENT_HEADS = frozenset({"administration", "government", "cabinet", "presidency"})


def _interviewee(before: list[Sentence], matcher: Matcher, heads: frozenset[str] = frozenset()) -> str | None:
    """Who answers: the party the last sentence before the first question is about ("Ukraine's
    defence minister spoke to …" → the target; "The interview has been edited" names no one)."""
    window = [(sentence, units_for(sentence.text, matcher)) for sentence in before[-4:]]
    # the sentence that introduces the talk ("… sat down with us", "… answered our questions") names the one
    # who answers; a note beside it ("Synthetic scenario.", "Our translation.") is a verbless fragment
    talked = [k for k, (_, units) in enumerate(window) if any(u.low in _TALKED for u in units)]
    if talked:
        window = window[:talked[-1] + 1]  # "He spoke to us": "he" is named in the sentence before
    else:
        window = window[-3:]
    for sentence, units in reversed(window):
        if sentence.text.startswith(("(", "[")) or sentence.text.rstrip().endswith((")", "]", "?")) or \
                _HOST_LABEL.match(sentence.text) or _TURN.match(sentence.text):
            continue  # "(Synthetic scenario.)", "[Excerpt.", "PRESENTER (JAVIER OSUNA): …": a note or the host;
            # "Question (Thai news agency): …?": the question itself
        official = _interviewed_official(units)
        if official == "before":
            # "The Herald spoke to her", "We asked him where things stand": the person named last before it
            person = _last_person(before[max(0, sentence.index - 3):sentence.index], matcher)
            if person is not None:
                return person
            continue
        if official == "":
            # "spoke with a senior defense department official": whose official the phrase does not say;
            # like a minister named by title alone, the actor's when the actor is the first country named;
            # "a senior administration official" is the actor's when that noun heads one of its names and no
            # other party comes first
            first = _first_country(before, matcher)
            own = any(u.low in heads for u in units[:8]) and first != "other"
            return "actor" if first == "actor" or own else None
        if official is not None:
            return official
        subject = main_subject(units)
        if subject is not None and subject.index >= 0 and units[subject.index].low in _MEDIA_NOUNS:
            continue  # "The website claimed …": the report the one who answers was asked about
        if subject is not None and subject.cls in ("actor", "target") or \
                subject is not None and subject.cls == "other" and not _unplaced_person(units, subject.index):
            return subject.cls
    for _, units in reversed(window):
        host = _hosting_body(units)
        if host is not None:
            return host  # "Excerpts from the regular briefing at the foreign ministry in Beijing": its spokesperson
    return None


# Government bodies whose briefing introduces the one who answers.
_HOST_BODIES = frozenset({"ministry", "government", "presidency", "embassy", "office", "cabinet"})


def _hosting_body(units: list[Unit]) -> str | None:
    """The party of a government body the introduction names by a place or owner: "the foreign ministry in
    Beijing", "the ministry of Greece"."""
    for k, unit in enumerate(units):
        if unit.low in _HOST_BODIES:
            owner = placed_owner(units, Agent("generic", "common-np", k))
            if owner.cls in ("actor", "other", "target"):
                return owner.cls
    return None


# "Blinken is asked whether … . His answer: "…"" / '"…," he said.': a question to the actor's speaker
# in one sentence, the answer in the next. Read as one "Asked whether …, he said: …".
_ANSWER_LABEL = re.compile(r"(?:(?:His|Her|Their) (?:answer|reply|response)|(?:He|She|They) (?:replied|answered))"
                           r"\s*:\s*")
# (the reply may close with the speaker's surname, '"…," Hamada replied.', when that name is the actor's; the
# one asked may carry a title, "asked Defence Minister Gen Nakatani whether …")
_QUOTED_REPLY = re.compile(r"\s*[\"“](.+?)[,.]?[\"”],? (?:he|she|(?P<who>[A-Z][\w'’-]+)) "
                           r"(?:said|replied|answered|told(?: [\w-]+){1,3})\.?\s*$")
_ASKED = re.compile(r"\b(?:(?:is|was|are|were|been) asked|asked ([A-Z][\w'-]*(?: [A-Z][\w'-]*){0,4})) "
                    r"((?:whether|if)\b[^.?]*)")


def _answer(words: str, matcher: Matcher) -> str | None:
    """The words of an answer that opens with a label or is a quotation closed by ", he said" (or by the
    actor's speaker's name: another party's name closing it is that party's word, no answer)."""
    label = _ANSWER_LABEL.match(words)
    if label is not None:
        return words[label.end():]
    reply = _QUOTED_REPLY.match(words)
    if reply is None:
        return None
    if reply.group("who") is not None:
        who = units_for(reply.group("who"), matcher)
        if not who or who[-1].ent != "actor":
            return None
    return reply.group(1)


def _answered(question: str, words: str, matcher: Matcher) -> str:
    """An answer joined to the question before it, when the one asked is the actor's: "Blinken is
    asked whether …", "A reporter asked Blinken whether …"."""
    asked = _ASKED.search(question)
    if asked is None:
        return _answered_after_pause(question, words, matcher)
    answer = _answer(words, matcher)
    if answer is None:
        return words
    # (the last party named: "Safadi, Jordan's foreign minister, was asked …", "The Jordanian minister was asked")
    asked_one = [unit for unit in units_for(asked.group(1) or question[:asked.start()], matcher) if unit.ent]
    if not asked_one or asked_one[-1].ent != "actor":
        return words  # "Iran's spokesman is asked whether …": another party's answer
    if any(unit.ent in ("other", "target") for unit in units_for(answer, matcher)):
        return words  # '"Russia must stop the war," he said': about another party, not the question
    return f"Asked {asked.group(2)}, he said: {answer}"


# "Asked by a reporter whether Belarus would send …, Lukashenko paused.": a leading question whose own
# clause answers nothing (no reporting verb, a few words), so the quoted reply after it is the answer.
_ASKED_PAUSE = re.compile(r"^\s*Asked\b[^,.?]{0,80}?\s(?P<question>(?:whether|if)\b[^,.?]+),\s+"
                          r"(?P<who>[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2})\s+(?P<rest>[^,.;:\"“”]{0,30})\.\s*$")
_REPORTING = re.compile(r"\b(?:said|says|told|replied|answered|declined|refused|added|stressed)\b")


def _answered_after_pause(question: str, words: str, matcher: Matcher) -> str:
    """ "Asked whether Belarus would send …, Lukashenko paused. "I will not say no," he said.": the reply
    in the next sentence answers the question, when the one asked is the actor's."""
    asked = _ASKED_PAUSE.match(question)
    answer = _answer(words, matcher) if asked is not None else None
    if asked is None or answer is None or _REPORTING.search(asked.group("rest")):
        return words
    asked_one = units_for(asked.group("who"), matcher)
    if not asked_one or asked_one[0].ent != "actor":
        return words
    if any(unit.ent in ("other", "target") for unit in units_for(answer, matcher)):
        return words  # '"Russia must stop the war," he said': about another party, not the question
    return f"Asked {asked.group('question')}, he said: {answer}"


# 'Asked whether Germany would send …, Pistorius said: "No."': the question and a bare answer in one sentence.
# (", as a Nigerian senator had suggested on Monday,": an aside on the question, before who answers)
_ASKED_INLINE = re.compile(r"^\s*(?:When\s+)?[Aa]sked\b[^,.?\"“”]{0,80}?\s(?:whether|if)\s+(?P<question>[^,?\"“”]+?),\s+"
                           r"(?:as\s[^,.;:?\"“”]{1,80},\s+)?(?P<who>[^,.;:\"“”‘’']{1,60}?)\s+(?:said|says|replied|replies|answered|answers)"
                           r"(?::\s*|,\s*|\s+)[\"“'‘]?(?P<answer>[^\"“”]*?)[\"”'’]?\s*$", re.S)
_PERSON_AUX = r"(?:it|they|we|he|she)\s+(?:has|have|is|are|will|would|did|was|were|can|could)"
_BARE_YES = re.compile(rf"(?:yes|yes,\s+{_PERSON_AUX})\s*[.!]?\s*$", re.I)
_BARE_NO = re.compile(rf"(?:no|(?:no,\s+)?{_PERSON_AUX}\s*(?:\s+not|n['’]t)|(?:no,\s+)?(?:absolutely|certainly|definitely)\s+"
                      r"not|(?:no,\s+)?not\s+(?:at\s+(?:this|the\s+moment|present)(?:\s+time)?|now|for\s+now))"
                      r"\s*[.!]?\s*$", re.I)
_FIRST_AUX = re.compile(r"\b(would|will|is|was|are|were|has|have|had|could|can|might|may|should|does|did|do)\b")
_CONJOINED_AUX = re.compile(r"\b(and|or)\s+(would|will|could|can|might|may|should)\b(?!\s+not\b)")


def _answered_inline(words: str, matcher: Matcher) -> str:
    """ "Asked whether Germany would send …, Pistorius said: "No."": a bare yes or no by the actor's speaker
    asserts (or, with "not" after its auxiliary, denies) the whether-clause, read as "Pistorius said Germany
    would (not) send …". Another party's answer, or one with content of its own, is read as it stands."""
    asked = _ASKED_INLINE.match(words)
    if asked is None:
        return words
    who = units_for(asked.group("who"), matcher)
    if not any(u.ent == "actor" for u in who) or any(u.ent in ("other", "target") for u in who):
        return words
    question, answer = asked.group("question"), asked.group("answer")
    if _BARE_YES.match(answer):
        return f"{asked.group('who')} said {question}."
    if _BARE_NO.match(answer) and _FIRST_AUX.search(question):
        denied = _FIRST_AUX.sub(r"\1 not", question, count=1)
        # "might reconsider and could send …": a "no" denies the second auxiliary too
        denied = _CONJOINED_AUX.sub(r"\1 \2 not", denied)
        return f"{asked.group('who')} said {denied}."
    return words


# 'Kishida said that "nothing is off the table" when asked whether Japan could send …, as …': the answer
# before the question it answers.
_ASKED_AFTER = re.compile(r"^(?P<head>[^\"“”,]*?\b(?:said|says|told\s+[\w ]{1,30}?))\s+(?P<answer>[^;]+?),?\s+when\s+"
                          r"(?:(?:he|she|they)\s+(?:was|were)\s+)?asked\s+(?P<question>(?:whether|if|about)\b[^,;]+)"
                          r"(?:[,;].*)?$", re.S)
# '"We are reviewing all our commitments," he told state television, when asked about …': a quoted answer
# before its speaker and the question it answers.
_QUOTE_ASKED_AFTER = re.compile(r"^\s*[\"“](?P<answer>[^\"“”]+?)[,.]?[\"”],?\s+(?P<who>[^\"“”,]{1,40}?)\s+"
                                r"(?:said|says|told)\b[^\"“”,;]{0,60}?,?\s+when\s+"
                                r"(?:(?:he|she|they)\s+(?:was|were)\s+)?asked\s+"
                                r"(?P<question>(?:whether|if|about)\b[^,;]+?)\.?\s*$", re.S)


def _asked_after(words: str, matcher: Matcher) -> str:
    """ "X said <answer> when asked whether <supply>" read as "Asked whether <supply>, X said <answer>";
    '"<answer>," X told …, when asked about <object>' likewise. An answer about another party ("said
    Poland was weighing it") is no answer to the question: the sentence is read as it stands."""
    match = _ASKED_AFTER.match(words)
    quoted = _QUOTE_ASKED_AFTER.match(words) if match is None else None
    found = match or quoted
    if found is None or matcher.object_names.search(found.group("question")) and \
            any(unit.ent == "other" for unit in units_for(found.group("answer"), matcher)):
        return words
    if quoted is not None:
        return f"Asked {quoted.group('question')}, {quoted.group('who')} said: \"{quoted.group('answer')}.\""
    return f"Asked {found.group('question').rstrip('. ')}, {found.group('head')} {found.group('answer')}."


_MET = frozenset({"spoke", "talked", "interviewed", "sat"})
# verbs by which an interview's introduction presents the one who answers ("X spoke to us", "X sat down with
# us", "X answered our questions")
_TALKED = frozenset({"spoke", "talked", "sat", "answered", "interviewed"})
_MEDIA_NOUNS = frozenset({"website", "site", "newspaper", "paper", "daily", "report", "agency", "broadcaster", "channel",
                          "outlet", "magazine", "station"})
_MET_PRONOUNS = frozenset({"him", "her", "them"})


def _unplaced_person(units: list[Unit], k: int) -> bool:
    """ "Eduardo Salinas Ríos became President of the Council of Ministers": a person's name in a sentence that
    names no party ("… is a deputy minister of defence of Russia" does) belongs to no known party yet."""
    words = units[k].text.split()
    return units[k].how == "name" and len(words) > 1 and not any(w.lower() in PARTY_WORDS for w in words) and \
        not any(u.ent for j, u in enumerate(units) if j != k)


_HOST_LABEL = re.compile(r"\s*(?:PRESENTER|HOST|ANCHOR|INTERVIEWER|MODERATOR)\b[^:\n]{0,40}:\s")


def _last_person(sentences: list[Sentence], matcher: Matcher) -> str | None:
    """The party of the last person these sentences name by a speaker's name."""
    for sentence in reversed(sentences):
        people = [u.ent for u in units_for(sentence.text, matcher) if u.how == "speaker" and
                  u.ent in ("actor", "other", "target")]
        if people:
            return people[-1]
    return None


def _interviewed_official(units: list[Unit]) -> str | None:
    """ "The Harbor Wire spoke with a senior State Department official": the paper asks; the official
    (a role within a few words, owned by the name before it) answers; "" when no name owns the role;
    "before" when the paper spoke to "her", named in an earlier sentence."""
    for k, unit in enumerate(units):
        if unit.low == "asked" and 0 < k < len(units) - 1 and units[k + 1].low in _MET_PRONOUNS and \
                units[k - 1].low in ("we", "i"):
            return "before"  # "We asked him where things stand"
        if unit.low in _MET:
            if k + 2 < len(units) and units[k + 1].low in ("to", "with") and units[k + 2].low in _MET_PRONOUNS:
                return "before"  # "spoke to her": the one the sentence before names
            for j in range(k + 1, min(k + 9, len(units))):  # "with a senior Indian defence ministry official"
                # ("with Ireland's Minister for Defence": a title after its owner)
                if "ROLE" in units[j].tags or units[j].low in ROLE_NOUNS and "POSS" in units[j - 1].tags:
                    owner = [u.ent for u in units[k + 1:j] if u.ent in ("actor", "other", "target")]
                    return owner[-1] if owner else ""
                if units[j].ent in ("actor", "other", "target") and \
                        (units[j].how == "speaker" or units[j].how == "adj" and len(units[j].text.split()) > 2):
                    return units[j].ent  # "interviewed Dutch Defence Minister Ruben Brekelmans"
            return _subject_official(units, k)
    return None


def _subject_official(units: list[Unit], met: int) -> str | None:
    """ "A senior administration official involved in Ukraine policy spoke to the Ledger": the official is
    the subject who talks to the paper; owned by a name before the role, or "" when none owns it (a name
    after the role, "involved in Ukraine policy", is what the official works on)."""
    if met + 1 >= len(units) or units[met + 1].low not in ("to", "with"):
        return None
    role = next((j for j in range(min(met, 6)) if "ROLE" in units[j].tags), None)
    if role is None or any(u.low in (",", "said", "told") for u in units[:role]):
        return None
    owner = [u.ent for u in units[:role] if u.ent in ("actor", "other", "target")]
    return owner[-1] if owner else ""


def _first_country(before: list[Sentence], matcher: Matcher) -> str | None:
    """The party of the first country the sentences name (a paper's or a firm's name is none)."""
    for sentence in before:
        for unit in units_for(sentence.text, matcher):
            if unit.ent in ("actor", "other", "target") and unit.text.lower() in COUNTRY_WORDS:
                return unit.ent
    return None


# An operative item of a resolution or decree: "The Government of … resolves:" on a line of its own,
# then numbered items "1. To transfer …". Each item is the infinitive the enacting verb governs.
_ENACTING_LINE = re.compile(r"(?:^|\n)[ \t]*([A-Z][^\n:.!?]{2,200}?\s[a-z]+(?:s|ed))[ \t]*:[ \t]*\n")
_ITEM_LINE = re.compile(r"[ \t]*(?:\(?(?:\d{1,2}|[a-z])[.)])?[ \t]*(?:To\s[^\n]*)?")


def _enacted_item(text: str, start: int, words: str, matcher: Matcher) -> str:
    """ "1. To transfer … to the Armed Forces of Ukraine" under "The Government … resolves:": read as
    "The Government … resolves to transfer …". Only when the enacting line names the actor and nothing
    but blank lines and other such items stand between it and this one."""
    head = None
    for head in _ENACTING_LINE.finditer(text, max(0, start - 3000), start):
        pass
    if head is None or not any(unit.ent == "actor" for unit in units_for(head.group(1), matcher)):
        return words
    if not all(_ITEM_LINE.fullmatch(line) for line in text[head.end():start].split("\n")):
        return words
    return f"{head.group(1)} {words[0].lower()}{words[1:]}"


def _starts_line(text: str, start: int) -> bool:
    """Does the sentence at `start` open a line (where a speaker label stands)?"""
    k = start - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    return k < 0 or text[k] == "\n"


# A quotation running over sentences names its speaker where it closes: '"Japan is supplying … to
# Washington. This is a shell game," spokeswoman Maria Zakharova told a briefing.'
_CLOSING_SPEAKER = re.compile(r"[,.!?][\"”]\s+([^\"“”]+)$")


def _with_closing_speaker(words: str, following: list[Sentence]) -> str:
    """A sentence that opens a quotation it does not close, read with the reporting clause after the
    quotation closes in a later sentence, as if that clause closed this one."""
    if not words.lstrip().startswith(("\"", "“")) or sum(words.count(mark) for mark in "\"“”") % 2 == 0:
        return words
    for later in following:
        if any(mark in later.text for mark in "\"“”"):
            tail = _CLOSING_SPEAKER.search(later.text)
            return words.rstrip().rstrip(".") + ",\" " + tail.group(1) if tail else words
    return words


_PRONOUN_REPLY = re.compile(r"[\"”],? (?:he|she) (?:said|added|told(?: [\w-]+){1,3})\.?\s*$"
                            r"|^\s*(?:He|She) (?:said|added|claimed|alleged|insisted|argued|told [\w-]+)\b"
                            # "Speaking to reporters outside parliament, he said …"
                            r"|^\s*Speaking\b[^,]{0,60},\s+(?:he|she) (?:said|added|told [\w-]+)\b")


_THEY_REPLY = re.compile(r",\s+they\s+(?:said|added|say|told\s+[\w-]+)\.?\s*$")


def _pronoun_voice(words: str, previous: str, matcher: Matcher,
                   officials: frozenset[str] = frozenset()) -> str | None:
    """ '"…," she told members' or "She said …" right after a sentence whose subject is one of the actor's
    speakers: "she" is that speaker, who speaks for the actor (like an interview answer); after another
    party's official, for that party."""
    if _THEY_REPLY.search(words):
        # "Prosecutors said the group … . About 300 weapons were shipped in total, they said.": people named by a
        # common noun before, no party's voice
        units = units_for(previous, matcher)
        main = main_subject(units)
        if main is not None and main.cls == "other" and main.how in ("common-np", "outsider"):
            return "other"
        # ("Prosecutors said …": a plural common noun reporting, untracked)
        return "other" if len(units) > 1 and not units[0].ent and not units[0].tags & {"GENERIC", "PRON"} and \
            _plural_noun(units[0]) and "REPORT" in units[1].tags else None
    if not _PRONOUN_REPLY.search(words):
        return None
    units = units_for(previous, matcher)
    main = main_subject(units)
    speaks = main is not None and main.cls == "actor" and main.index >= 0 and units[main.index].how == "speaker"
    if not speaks and officials and main is not None and main.index >= 0 and \
            any(unit.text in officials for unit in units[main.index:main.index + 6]):
        return "other"  # right after another party's official ("Russian … spokeswoman Maria Zakharova"): that official
    if main is not None and main.cls in ("target", "other") and main.index >= 0 and _owned_role(units, main.index):
        return main.cls  # after "Pakistan's defence minister, Khalid Rasheed, was …": that party's minister
    return "actor" if speaks else None


def _owned_role(units: list[Unit], owner: int) -> bool:
    """Is the name at `owner` the possessor of a role ("Pakistan's defence minister")?"""
    return owner + 1 < len(units) and "POSS" in units[owner + 1].tags and \
        any(u.low in ROLE_NOUNS for u in units[owner + 2:owner + 5])


_WHOLE_QUOTE = re.compile(r"\s*[\"“][^\"“”]+[.!?][\"”]\s*$")


_QUOTE_MARKS = ("\"", "“", "”")


@lru_cache(maxsize=8)  # the same for every stance: found once per article
def _running_quotations(text: str) -> dict[int, str]:
    """Sentences inside a quotation that runs on after its speaker was named ('"We took the decision," the
    minister said. "Since then the consignments have gone every week.' and, by the news convention of
    reopening the quotation at each paragraph, the paragraphs after it until it closes): each maps to the
    reporting clause that closed the quotation's first part. (Shared between calls: read, never changed.)"""
    sentences = split_sentences(text)
    found: dict[int, str] = {}
    tail: str | None = None
    open_ = False
    for sentence in sentences:
        body = sentence.text.strip()
        marks = sum(body.count(mark) for mark in _QUOTE_MARKS)
        new_paragraph = sentence.index == 0 or "\n" in text[sentences[sentence.index - 1].end:sentence.start]
        opens = body.startswith(("\"", "“"))
        if open_ and new_paragraph and opens:
            marks -= 1  # the paragraph reopens the running quotation
        inside = open_ or opens
        closing = _CLOSING_SPEAKER.search(body)
        interrupted = sum(body.count(mark) for mark in _QUOTE_MARKS) >= 3  # '"…," Lavrov said, "…"': its own speaker
        if inside and tail is not None and closing is None and not interrupted:
            found[sentence.index] = tail
        if marks % 2:
            open_ = not open_
        if closing is not None:
            tail = closing.group(1)
        elif not inside:
            tail = None
    return found


def _with_running_speaker(words: str, tail: str) -> str:
    """The sentence read as a quotation closed by the running quotation's reporting clause."""
    body = words.strip().rstrip("\"”").rstrip().rstrip(".!")
    if not body.startswith(("\"", "“")):
        body = "\"" + body
    return body + ",\" " + tail


def _listed_antecedent(words: str, previous: str, matcher: Matcher) -> str:
    """ '"Rifles, ammunition, the anti-aircraft guns. They are reaching …': a sentence that only lists
    weapons, with no verb, is what a "They" opening the next sentence stands for."""
    lead = len(words) - len(words.lstrip("\"“ "))
    if not words[lead:].startswith("They "):
        return words
    listed = previous.strip().strip("\"“”").rstrip(".").strip()
    units = units_for(listed, matcher)
    if not any(u.obj for u in units) or not all(
            u.obj or u.tags & {"DET", "COMMA"} or u.low in ("and", "or", ",") or
            (not u.tags and not u.ent and u.low[:1].isalpha() and not u.low.endswith(("ed", "ing")))
            for u in units):
        return words
    return words[:lead] + listed + words[lead + 4:]


_THE_DELIVERIES = re.compile(r"(The|These)\s+(deliveries|shipments|consignments|transfers)\s+"
                             r"(?=(?:consist|consisted|include|included|comprise|comprised|contain|contained)\b)")


def _deliveries_named_before(words: str, previous: str, matcher: Matcher, stance: Stance) -> str:
    """ "Kazakhstan has been delivering a narrow category of military goods to Russia. The deliveries consist of
    small-arms ammunition …": deliveries whose contents the sentence gives are the ones the sentence before had
    the actor make to the target, read as "Kazakhstan's deliveries to Russia consist of …"."""
    found = _THE_DELIVERIES.match(words)
    if found is None:
        return words
    units = units_for(previous, matcher)
    subject = main_subject(units)
    delivered = any("SUP" in u.tags and "SUPN" not in u.tags for u in units) and \
        any(u.ent == "target" and k > 0 and "TO" in units[k - 1].tags for k, u in enumerate(units))
    if subject is None or subject.cls != "actor" or not delivered:
        return words
    return f"{stance.actor_names[0]}'s {found.group(2)} to {stance.target_names[0]} " + words[found.end():]


# Forms of "be" that make the participle after them a passive: "have not been sent", "will not be handed over".


def _negated_passive_supply(units: list[Unit]) -> bool:
    """Do the units after an opening subject run "have not been sent", "will not be handed over": negated
    auxiliaries ending in a form of "be", then a supply participle? Not "they have not been supplied with …",
    whose subject would receive."""
    k, negated, passive = 1, False, False
    while k < len(units) and k <= 4 and units[k].tags & {"AUX", "NEG", "FUT", "HAS", "MODAL"}:
        negated = negated or "NEG" in units[k].tags
        if "NEG" not in units[k].tags:  # "were never delivered": the negation may follow the "be"
            passive = units[k].low in PASSIVE_BE
        k += 1
    if not (negated and passive and k < len(units)):
        return False
    verb, after = units[k], units[k + 1] if k + 1 < len(units) else None
    return "SUP" in verb.tags and "SUPN" not in verb.tags and not verb.low.endswith("ing") and \
        (after is None or after.low != "with" and not after.obj)


def _plural_noun(unit: Unit) -> bool:
    """A plain plural noun or people ("crews", "Ukrainians") that a "they" could stand for as well."""
    low = unit.low
    return bool(unit.obj) or (not unit.tags or unit.ent) and low.isalpha() and len(low) > 3 and \
        low.endswith("s") and not low.endswith("ss")


def _withheld_antecedent(words: str, previous: str, matcher: Matcher) -> str:
    """ '… all 19 Danish CAESARs were at their garrison. "They have not been sent to Ukraine," a spokesperson
    said': "They" opening a negated passive supply stands for the object the sentence before named last, when
    that mention is plural, no other plural noun follows it there and the sentence's subject is neither another
    party ("Germany delivered tanks …") nor other people ("Japanese volunteers …"). Only a refusal is read this
    way."""
    lead = len(words) - len(words.lstrip("\"“ "))
    if not words[lead:].startswith("They "):
        return words
    if not _negated_passive_supply(units_for(words[lead:], matcher)):
        return words
    before = units_for(previous, matcher)
    goods = _last_plural_goods(before)
    if goods is None:
        return words
    subject = main_subject(before)
    if subject is not None and (subject.cls == "other" or subject.how == "adj" and subject.index + 1 < len(before)
                                and before[subject.index + 1] is not goods and _plural_noun(before[subject.index + 1])):
        return words  # "Germany delivered tanks …", "Japanese volunteers …": "they" may be the subject's
    return f"{words[:lead]}The {goods.text}{words[lead + 4:]}"


# "had sold and delivered them", "shipped them promptly": "them" ending the object of a supply verb ("sent them
# generators": "them" is the people given to, not what is given)
_SUPPLIED = r"(?:sold|delivered|sent|shipped|transferred|handed|supplied|provided|donated)"
_GOODS_PRONOUN = re.compile(rf"\b{_SUPPLIED}(?:\s+and\s+{_SUPPLIED})?\s+(them)\b"
                            r"(?=\s*(?:[.,;:\"”]|$|\s(?:to|in|on|at|by|from|last|this|earlier|later|before|after|under|"
                            r"via|through|and|as|since|within|over|straight|\w+ly)\b))")


_SPANS = frozenset({"hours", "days", "weeks", "months", "years", "decades"})  # "hours later": a time, no goods


def _goods_pronoun(words: str, previous: str, matcher: Matcher) -> str:
    """ "Russia said it had received rocket launchers from Vietnam, and Vietnam confirmed that it had sold and
    delivered them": "them" after a supply verb stands for the weapons named last before it (in the sentence,
    else the sentence before) when that mention is plural and no other plural noun follows it; the goods are
    then read as named."""
    found = _GOODS_PRONOUN.search(words) if " them" in words else None
    if found is None:
        return words
    for text in (words[:found.start()], previous):
        units = units_for(text, matcher) if text else []
        if any(_plural_noun(unit) and unit.low not in _SPANS for unit in units):
            goods = _last_plural_goods(units, skip=_SPANS)
            return words if goods is None else f"{words[:found.start(1)]}the {goods.text}{words[found.end(1):]}"
    return words


# "It includes …" / "It lists …": a pronoun subject of a verb of contents stands for a container
_LISTING_PRONOUN = re.compile(r"(?:It|This)\s+"
                              r"(?=(?:includes|included|contains|contained|comprises|comprised|lists|listed)\b)")
# the sentence before opens on an asking document: "The list, delivered by …, runs to several pages."
_ASKING_DOCUMENT = re.compile(r"(?:The|A|Its|Their|That)\s+(?:(?:[a-z-]+)\s+){0,2}?"
                              r"(list|wish\s+list|shopping\s+list|letter|request|plea|appeal|demand)\b")


# "The vehicles, built by a Turkish manufacturer, are unarmed": what the sentence before handed over carries no weapon
_SAID_UNARMED = re.compile(r"\s*(?:(?:The|These|Those)\s+(?:vehicles|carriers|trucks)\b[^.;]{0,80}?|They\s+)"
                           r"\b(?:are|were|will\s+be|come)\s+(?:all\s+)?(?:unarmed|without\s+(?:any\s+)?"
                           r"(?:weapons|armament|mounted\s+weapons))\b")
_ARMOURED_VEHICLES = re.compile(r"\b(?=armou?red\s+(?:personnel\s+carriers?|vehicles?)\b)", re.I)


def _unarmed_after(words: str, following: str) -> str:
    """The armoured vehicles of a sentence that the next one says are unarmed read as "unarmed …"."""
    return _ARMOURED_VEHICLES.sub("unarmed ", words) if _SAID_UNARMED.match(following) else words


# "The Rooivalk is a national asset … and it is not available for transfer": a subject the second conjunct
# repeats as a pronoun, read as the shared subject ("… and is not available")
_REPEATED_SUBJECT = re.compile(r"(?:^|(?<=[\"“]))(?P<head>(?:The|Our|Its|Their)\s+[A-Z][\w-]*(?:\s+[\w-]+){0,2}?\s+(?:is|are|was|were)\s"
                               r"[^,;:\"“”]{1,90}?\s(?:and|but))\s+(?:it|they)\s+(?P<verb>(?:is|are|was|were)\s+not)\b")


def _repeated_subject(words: str) -> str:
    if " it " not in words and " they " not in words:
        return words
    return _REPEATED_SUBJECT.sub(r"\g<head> \g<verb>", words, count=1)


def _listing_pronoun(words: str, previous: str) -> str:
    """ "The list, delivered by Ukraine's attaché, runs to several pages. It includes 155mm shells …": what the
    pronoun lists is the asking document the sentence before opens on, not the salient party's goods."""
    pronoun = _LISTING_PRONOUN.match(words)
    document = _ASKING_DOCUMENT.match(previous) if pronoun else None
    return f"The {document.group(1)} {words[pronoun.end():]}" if pronoun and document else words


def _last_plural_goods(units: list[Unit], skip: frozenset[str] = frozenset()) -> Unit | None:
    """The last plural noun named (over nouns in `skip`), when it names the weapons: what a later "they" or
    "them" stands for."""
    plural = [unit for unit in units if _plural_noun(unit) and unit.low not in skip]
    last = plural[-1] if plural else None
    return last if last is not None and last.obj == "strong" and last.low.endswith("s") else None


# "any such re-export", "no such transfer": a supply noun under a negative determiner and "such", with no "of"
# phrase of its own
_SUCH_SUPPLY = re.compile(r"\b(?:any|no)\s+such\s+(?:re-exports?|exports?|transfers?|deliver(?:y|ies)|sales?|"
                          r"shipments?)\b(?!\s+of\b)", re.IGNORECASE)


def _such_supply(words: str, previous: str, matcher: Matcher) -> str:
    """ "… stated that the government had approved the re-export of 35mm ammunition. SECO has not approved any
    such re-export.": "such" takes up the supply of the sentence before, so the noun holds the object that
    sentence named ("any such re-export of 35mm ammunition"). Without an object named there it stays bare."""
    such = _SUCH_SUPPLY.search(words) if " such " in words else None
    if such is None:
        return words
    named = next((u for u in units_for(previous, matcher) if u.obj == "strong"), None)
    if named is None:
        return words
    return f"{words[:such.end()]} of {named.text}{words[such.end():]}"


# a reporting verb closing or splitting a quotation, and the bare surname before it
_SAYING = r"(?:said|says|added|told|wrote|stated)\b"
_BARE_SPEAKER = re.compile(rf"([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+{_SAYING}")

# '"The shipment," the ministry said in its statement, "was delivered …"': a reporting clause set inside a
# quotation whose second part goes on in lower case, the same sentence split in two.
# (after a dateline, "LONDON, Jan 14 (Wire) - "; the second part may run on into the next sentence)
_SPLIT_QUOTE = re.compile(rf"^((?:[A-Z][^\"“”]{{0,80}}?\s[-–—]\s+)?\s*[\"“])([^\"“”]+?),[\"”]\s+"
                          rf"([^\"“”]{{3,80}}?\b{_SAYING}[^\"“”]{{0,60}}?),\s+[\"“]([a-z][^\"“”]+?)([.!?]?)[\"”]?\s*$")
_HALF_QUOTED = re.compile(r"^([A-Z][^\"“”,]{3,120}?),\s+((?:he|she|they|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+"
                          r"(?:said|added|insisted|noted|stressed|stated))\s*,\s+[\"“]([a-z][^\"“”]+?)[.!?]?[\"”]\s*[.!?]?\s*$")
_CLOSED_BY_BARE = re.compile(rf"\s*[\"“][^\"“”]+[,!?][\"”]\s+{_BARE_SPEAKER.pattern}[^\"“”]{{0,60}}$")


def _split_quote_stranger(sentence: str, text: str, stance: Stance) -> frozenset[str]:
    """ '"Japan is sending rifles," Lavrov said, "to Ukraine every week."' (or '"…," Lavrov said.'): a bare
    surname the article never introduces (no given name or title before it anywhere) and the stance does not
    list is an unknown person; the quotation split around it or closed by it is that person's claim, as if
    said by another party's official."""
    if '"' not in sentence and "“" not in sentence:
        return frozenset()
    split = _SPLIT_QUOTE.match(sentence)
    bare = _BARE_SPEAKER.fullmatch(split.group(3).strip()) if split else _CLOSED_BY_BARE.match(sentence)
    if bare is None:
        return frozenset()
    name = bare.group(1)
    if any(name == s or s.endswith(" " + name) for s in stance.actor_speakers) or name in stance.actor_names or \
            re.search(rf"[A-Za-z]\s+{re.escape(name)}\b", text):
        return frozenset()  # listed, or introduced ("Taro Sato", "spokesman Sato"): perhaps the actor's own
    return frozenset({name})


def _joined_split_quote(words: str) -> str:
    """A quotation split by its reporting clause, read whole with the clause after it: '"The shipment,"
    the ministry said, "was delivered to …"' as '"The shipment was delivered to …," the ministry said.'"""
    split = _SPLIT_QUOTE.match(words) if words.count(",") >= 2 else None
    if split is None:
        # 'Transferring Type 10 tanks to the Philippines, he said, "is not on the table".': a subject of the
        # writer's, the speaker, then the quoted predicate
        half = _HALF_QUOTED.match(words) if words.count(",") >= 2 else None
        return f"{half.group(1)} {half.group(3)}, {half.group(2)}." if half else words
    opening, first, speaker, second, _ = split.groups()
    # '"If we can …," she said, "then we could send …"': a first part that is a leading subordinate clause
    # keeps the comma that closes it, so the main clause after it stays a clause of its own.
    lead = first.split(None, 1)[0].lower() if first.strip() else ""
    if lead in _LEADING_SUBORDINATORS or second.startswith("then "):
        first += ","
    return f"{opening}{first} {second},\" {speaker}."


_LEADING_SUBORDINATORS = frozenset({"if", "unless", "once", "when", "whenever", "while", "although", "though",
                                    "because", "since", "until", "provided", "should", "as", "after", "before"})


def _continued_quotation(words: str, previous: Sentence, text: str) -> str:
    """A sentence that is one whole quotation, right after a quotation closed by its speaker in the same
    paragraph ('"Both camps want calm," said a historian. "No party here wants to arm Kyiv."'),
    is that speaker's too: read it with the same reporting clause."""
    if not _WHOLE_QUOTE.match(words) or "\n" in text[previous.end:previous.end + 3]:
        return words
    tail = _CLOSING_SPEAKER.search(previous.text)
    if tail is None:
        return words
    return words.rstrip()[:-2] + ",\" " + tail.group(1)


_FOLLOWING = re.compile(r"\s+([\w-]+)(?:\s+([\w-]+))?(?:\s+([\w-]+))?")


_NOT_MODIFIERS = frozenset("and or to for from with but as of in on by at the a an that which".split())


def _head_noun(words: tuple[str | None, ...]) -> str | None:
    """The weapon noun a system name modifies, over lowercase modifiers only ("cruise", "long-range");
    "Taurus and Leopard tanks" stops at "and": the tanks are another system."""
    for word in words:
        if not word or not word.islower() or word in _NOT_MODIFIERS:
            return None
        if word in WEAPON_NOUNS | WEAPON_HEADS | _DESIGNATED_WEAPONS:
            return word
    return None


# Nouns that are weapons right after a system's name: "MiG-29 fighters" (its parts are not the system).
_DESIGNATED_WEAPONS = DESIGNATED_NOUNS - PART_NOUNS


def named_nouns(stance: Stance) -> frozenset[str]:
    """The plural of the weapon noun a stance name ends in: "Abrams tank" → tanks, so "asked for the
    old tanks" means the system. The singular is left out: it often names the type in general ("the
    first country to export the missile")."""
    heads: set[str] = set()
    for name in stance.object_names:
        last = name.split()[-1].lower()
        if " " in name and (last in WEAPON_NOUNS or last in _COUNTED_UNITS) and last not in ("arms", "weapon", "weapons"):
            heads.add(last if last.endswith("s") else last + "s")
    return frozenset(heads)


def named_class(stance: Stance, text: str, matcher: Matcher) -> frozenset[str]:
    """ "Rafale fighter" as a stance name: a fighter is a weapon only after its designation, so in an article
    that names the system, the plurals of its class ("the jets", "the fighters") are that system."""
    heads: set[str] = set()
    for name in stance.object_names:
        last = name.split()[-1].lower()
        if " " in name and last in _DESIGNATED_WEAPONS:
            heads.update(n for nouns in WEAPON_CLASSES if last in nouns for n in nouns if n.endswith("s"))
    return frozenset(heads) if heads and matcher.object_names.search(text) else frozenset()


# Units ammunition is counted in: not weapons alone ("a round of talks"), but a stance that names its system
# "Gepard rounds" makes "the rounds" that system.
_COUNTED_UNITS = frozenset({"round", "rounds", "cartridge", "cartridges"})


def titled_class(stance: Stance) -> frozenset[str]:
    """The class a system stance's title puts its system in ("Poland · Ukraine · MiG-29 fighter jets" →
    jets, aircraft, fighters …). Only a refusal of every member ("not sending any jets") covers the system
    through it; "the jets" may still be any jets."""
    if stance.object_kind != "system":
        return frozenset()
    parts = stance.title.split("·")
    words = parts[-1].split() if len(parts) == 3 else []
    last = words[-1].lower() if len(words) > 1 else ""
    if last not in WEAPON_NOUNS or last in ("arms", "weapon", "weapons"):
        return EVERY_WEAPON
    return frozenset(n for nouns in WEAPON_CLASSES if last in nouns for n in nouns) | {last} | EVERY_WEAPON


_PARTITIVE = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|some|several|half)"
                        r"\s+of\s+the\s+([a-z][\w-]*)", re.IGNORECASE)


# A definite container noun opening the sentence as its subject, with no "of" phrase of its own: "The
# shipment …", '"The first consignment," …'; one whose contents the sentence lists names its own.
_CONTAINER = re.compile(r"\s*[\"“]?[Tt]he\s+(?:(?:first|second|third|latest|last|new|entire|whole)\s+)?"
                        r"(shipment|consignment|cargo|batch|tranche)\b(?!\s+of\b)")
def _filled_before(sentences: list[Sentence], index: int, matcher: Matcher) -> bool:
    """Does the sentence before name the object, or the one before it with nothing between that names other goods
    ("… loaded 200 mortars onto a freighter. The vessel left port on Tuesday. The shipment was delivered …")?"""
    if may_anchor(tokens_of(sentences[index - 1].text), matcher):
        return True
    if index < 2 or not may_anchor(tokens_of(sentences[index - 2].text), matcher):
        return False
    between = units_for(sentences[index - 1].text, matcher)
    return not any(_plural_noun(u) or u.tags & {"NONWEAPON", "AIDN"} for u in between)


_CONTENTS = re.compile(r"\b(?:includ|contain|consist|compris|carr(?:y|ied|ies))", re.IGNORECASE)
# "The equipment" opening a sentence (not "the equipment of / for / from …", which names its own).
_GEAR = re.compile(r"\s*[\"“]?[Tt]he\s+(equipment|hardware)\b(?!\s+(?:of|for|from)\b)")


def _equipment_echo(words: str, before: str, stance: Stance, matcher: Matcher) -> frozenset[str]:
    """ "Dozens of tanks are being loaded … . The equipment is being transferred to …": "the equipment" opening
    the sentence is the weapons the sentence before named (for a system, only after its own name)."""
    gear = _GEAR.match(words)
    named = gear is not None and (matcher.object_names.search(before) if stance.object_kind == "system"
                                  else may_anchor(tokens_of(before), matcher))
    return frozenset({gear.group(1).lower()}) if gear is not None and named else frozenset()


# The generic noun for a named system: "the system" in the sentence after the one naming it means it.
_SYSTEM_NOUNS = frozenset({"system", "systems"})


def _partitive_echo(words: str, before: str, matcher: Matcher) -> frozenset[str]:
    """ "… its twelve PzH 2000s were too few to share. … approved the donation of four of the howitzers": a
    count taken "of the <weapon noun>" within two sentences of one that names the system picks from that set."""
    if not matcher.object_names.search(before):
        return frozenset()
    nouns = {m.group(1).lower() for m in _PARTITIVE.finditer(words)}
    return frozenset(n for n in nouns if n in WEAPON_NOUNS and n.endswith("s") and n not in ("arms", "weapons"))


def _first_named(text: str, stance: Stance, matcher: Matcher) -> int:
    """Where the article first names the system: by one of its names or its family word ("Leopard 2A7s"). An
    article that never names it may still mean it by its class ("the old howitzers"): 0 then."""
    found = matcher.object_names.search(text)
    starts = [found.start()] if found else []
    for family in family_names(stance.object_names):
        word = re.search(rf"\b{re.escape(family)}", text)
        if word:
            starts.append(word.start())
    return min(starts, default=0)


def system_nouns(text: str, matcher: Matcher) -> frozenset[str]:
    """The weapon nouns the article puts after the system's name: "Taurus cruise missiles" → missiles.

    Later "the missiles" then means the system, while "the tanks" in a Taurus story does not."""
    heads: set[str] = set()
    for match in matcher.object_names.finditer(text):
        following = _FOLLOWING.match(text, match.end())
        # The first weapon noun within three words: "Taurus cruise missiles" → missiles.
        noun = _head_noun(following.groups() if following else ())
        named = match.group(0).split()
        if noun is None and len(named) > 1 and named[-1].islower() and _head_noun((named[-1],)) is not None:
            # a stance name that holds its noun: "Patriot systems" → the plurals only, as for stance names
            # ("the first country to export the missile" names the type in general)
            last = named[-1].lower()
            heads.update(n for nouns in WEAPON_CLASSES if last in nouns or last + "s" in nouns
                         for n in nouns if n.endswith("s"))
            continue
        if noun is not None:
            heads.update({noun, noun[:-1]} if noun.endswith("s") else {noun, noun + "s"})
            for nouns in WEAPON_CLASSES:
                if noun in nouns:
                    heads.update(nouns)
    return frozenset(heads - {"arms", "weapon", "weapons"})


def decide(stance_id: str, found: list[tuple[Sentence, tuple[Claim, ...]]],
           names_object: Callable[[int], bool] | None = None, silent: bool = False,
           asked: dict[int, int] | None = None, text_of: Callable[[int], str] | None = None,
           names_target: Callable[[int], bool] | None = None) -> Reading:
    """Weigh the sentence claims of one article into a reading; `silent`: the actor declined to comment;
    `asked`: for each interview answer sentence, where the question it answers began."""
    found = _drop_denied(found)
    found = _drop_foretold(found)
    if silent:
        found = _drop_quoted_others(found)
    found = _drop_unsupported(found, names_object, asked or {}, text_of, names_target)
    found = _undecided_after_refusal(found)
    found = _lone_later_supply(found)
    found = _halted_in_a_later_month(found)
    found = _contents_alone(found, text_of)
    present = [(s, c) for s, claims in found for c in claims if c.state != NONE and not c.background]
    # History alone decides only when it names the actor outright ("Seoul had long refused").
    past = [(s, c) for s, claims in found for c in claims if c.state != NONE and c.background and c.strength >= 1.0]
    pool = present or past
    if not pool:
        return Reading(stance_id, NONE, _none_confidence(found), _context(found, NONE, set()))
    state = max((c.state for _, c in pool), key=_RANK.__getitem__)
    if state == RECONSIDER and (_walked_back(pool) or _review_recounted(pool)) or \
            state == SUPPLIES and (_decision_reversed(pool) or _supply_called_off(pool) or _supplies_stopped(pool)):
        state = REFRAINS
    deciding = [(s, c) for s, c in pool if c.state == state]
    conflicting = {c.state for _, c in present if c.state != state}
    confidence = _confidence(deciding, conflicting, background=not present)
    evidence: dict[int, Evidence] = {}
    for sentence, claim in deciding:
        if sentence.start not in evidence and len(evidence) < _MAX_DECIDING:
            evidence[sentence.start] = _evidence(sentence, claim)
    chosen = set(evidence)
    for item in _context(found, state, chosen):
        evidence[item.start] = item
    return Reading(stance_id, state, confidence, tuple(evidence[k] for k in sorted(evidence)))


def _names_object(text: str, matcher: Matcher, echo: frozenset[str]) -> bool:
    """Does a sentence with no claim still name the object ("Kyiv has long wanted the jets")?"""
    if may_anchor(tokens_of(text), matcher):
        return True
    lowered = text.lower()
    return any(f"the {noun}" in lowered for noun in echo)


def _walked_back(pool: list[tuple[Sentence, Claim]]) -> bool:
    """Weighing reported first, then a decision against ("has now ruled out", "decided not to"):
    the article reports how the weighing ended, so the later decision is the current position. One
    dated before the news ("shelved the plan last month") is what a present weighing ("is reviewing",
    "is being looked at") reopened; a past one ("considered") it still ended."""
    # "Robles said last month that Spain was open to …": an opening reported as said before the news is
    # what a present decision against ended, wherever the article recounts it
    last_open = max((s.index for s, c in pool if c.state == RECONSIDER and not _DATED_REPORT.search(s.text)
                     and not _past_weighing(s, c)), default=-1)
    present = any(c.state == RECONSIDER and _PRESENT_PROGRESSIVE.search(s.text) for s, c in pool)
    # "does not rule out resuming deliveries", "could send shells again": the halt a later sentence recounts
    # is what would be resumed
    resuming = any(c.state == RECONSIDER and _RESUMING.search(s.text) for s, c in pool)
    return any(c.decisive and c.agent == "actor" and not c.anaphoric and s.index > last_open and
               not (present and _BEFORE_THE_NEWS.search(s.text)) and
               not (resuming and c.rule.startswith("walk-back") and not _NOW.search(s.text)) for s, c in pool)


# "will", "is …ing", "still": a weighing that goes on; without them "we analysed it" is told as done.
_GOING_ON = re.compile(r"\b(?:will|shall|would|is|are|am|still|again|now)\b|['’](?:re|ll)\b"
                       r"|\b(?:it|he|she|that|there|what|who)['’]s\b", re.I)  # (not a possessive: "the Army's pool")


def _past_weighing(sentence: Sentence, claim: Claim) -> bool:
    """ "We analysed it with our partners", "In January, the ministry was instructed to assess whether …": a
    weighing told in the past, next to a decision against, is the review that decision closed, not an opening
    after it."""
    return claim.rule.startswith("weighing") and _GOING_ON.search(sentence.text) is None


_RESUMING = re.compile(r"\b(?:resum|restart|restor|reinstat|reviv)\w*\b|\b(?:send|supply|deliver|ship)\w*\b(?:\s+[\w-]+){1,6}?\s+again\b"
                       # "considers whether to end the suspension of arms deliveries": lifting the halt resumes them
                       r"|\b(?:end|ending|lift|lifting)\s+(?:the|its|a)\s+(?:suspension|freeze|halt|moratorium|pause)\b",
                       re.I)
_NOW = re.compile(r"\b(?:now|again)\b", re.I)


# A period before the news, which is dated by days ("on Monday", "last week").
_BEFORE_THE_NEWS = re.compile(r"\blast\s+(?:month|year)\b|\b(?:months|years)\s+ago\b", re.I)
_DATED_REPORT = re.compile(r"\b(?:said|told|stated|announced|indicated|signall?ed)\s+(?:\w+\s+)?"
                           r"(?:last\s+(?:month|year)|\w+\s+(?:months|years)\s+ago)\b"
                           # "In September the trade minister, X, said Sweden could …": an opening dated by its month
                           r"|^\W*(?:In|Last|Back\s+in)\s+(?:January|February|March|April|May|June|July|August|September|"
                           r"October|November|December|(?:19|20)\d\d)\b(?=.*\b(?:said|told|stated|indicated)\b)", re.I)
_PRESENT_PROGRESSIVE = re.compile(r"\b(?:is|are)\s+(?:(?:still|now|again|currently|actively)\s+)?\w+ing\b", re.I)


def _review_recounted(pool: list[tuple[Sentence, Claim]]) -> bool:
    """ "Algeria has decided not to send …" first, then "The decision reverses a review launched in the spring,
    when officials said Algeria was weighing …": the story leads with the decision and recounts, in the past,
    the weighing it ended."""
    first_decision = min((s.index for s, c in pool if c.state == REFRAINS and c.decisive and c.agent == "actor"
                          and not c.anaphoric), default=None)
    return first_decision is not None and all(
        s.index > first_decision and _PAST_WEIGHING.search(s.text) is not None and
        _PRESENT_WEIGHING.search(s.text) is None for s, c in pool if c.state == RECONSIDER)


# A weighing going on now beside it: "is still considering", "are reviewing".
_PRESENT_WEIGHING = re.compile(r"\b(?:is|are|am)\s+(?:\w+ly\s+|still\s+|now\s+)?(?:weighing|considering|reviewing|"
                               r"studying|examining|exploring|discussing)\b", re.I)
# A weighing told in the past: "was weighing", "had been considering", "had briefed … that X might send".
_PAST_WEIGHING = re.compile(r"\b(?:was|were|had(?:\s+been)?)\s+(?:\w+ly\s+)?(?:weighing|considering|reviewing|"
                            r"studying|examining|exploring|discussing)\b|\bhad\s+(?:\w+ly\s+)?(?:briefed|said|told|"
                            r"signall?ed|indicated|suggested|hinted|confirmed|announced|stated|acknowledged)\b|"
                            # "In May, the minister said X might have to consider …": a dated past opening the sentence
                            r"^\s*In\s+(?:the\s+)?(?:spring|summer|autumn|winter|January|February|March|April|May|June|"
                            r"July|August|September|October|November|December)\b[^,]{0,12},(?=.*\b(?:said|told)\b)")


def _decision_reversed(pool: list[tuple[Sentence, Claim]]) -> bool:
    """ "Lula called off the sale …" first, then "Múcio said Lula had authorised the sale": the story
    leads with the reversal and recounts the approval it reversed; a delivery would still count."""
    supplies = [(s, c) for s, c in pool if c.state == SUPPLIES]
    first_reversal = min((s.index for s, c in pool if c.agent == "actor" and not c.anaphoric and (
        c.decisive and c.rule.startswith("walk-back") or c.state == REFRAINS and _stops_all(s.text))), default=None)
    return first_reversal is not None and all(
        (c.rule.startswith("supply-decision") or _perfect_supply(s.text) or _past_supply(s.text)) and
        s.index > first_reversal for s, c in supplies)


def _supplies_stopped(pool: list[tuple[Sentence, Claim]]) -> bool:
    """ "Israel approved the sale of Spike missiles … the first deliveries arrived that autumn" and later "Israel's
    security cabinet froze all new weapons exports to Greece": a halt of every further supply, told after the
    supplies it ends, is the current position."""
    last = max(s.index for s, c in pool if c.state == SUPPLIES)
    # (not a halt told in the past perfect, "had halted shipments in January, saying no further weapons …": what a
    # resumption ended)
    return any(c.state == REFRAINS and c.agent == "actor" and not c.anaphoric and s.index > last and _stops_all(s.text)
               and not _PAST_PERFECT.search(s.text) for s, c in pool)


_PAST_PERFECT = re.compile(r"\bhad\s+(?:\w+ly\s+)?(?:\w+ed|\w+en|sent|sold|kept|held|put|cut|shut)\b", re.I)


# An announced supply: "Italy will send the ammunition", "is to deliver".
_ANNOUNCED = re.compile(r"\b(?:will|shall|is\s+to|are\s+to|plans?\s+to|is\s+going\s+to)\b", re.I)
_WORD = re.compile(r"[\w-]+")


def _supply_called_off(pool: list[tuple[Sentence, Claim]]) -> bool:
    """ "Italy will send the ammunition" in the morning, "the government has decided not to send the artillery
    ammunition" in the evening: a later decision of the actor's against the same goods, named again with "the",
    calls off a supply only announced (a delivery made stays; a refusal of other goods leaves a partial supply)."""
    supplies = [s for s, c in pool if c.state == SUPPLIES]
    if any(not _ANNOUNCED.search(s.text) or _perfect_supply(s.text) or _past_supply(s.text) for s in supplies):
        return False
    last = max(s.index for s in supplies)
    nouns = {w.lower() for s in supplies for w in _WORD.findall(s.text) if w.lower() in WEAPON_NOUNS}
    return any(c.state == REFRAINS and c.decisive and c.agent == "actor" and not c.anaphoric and s.index > last and
               any(re.search(rf"\bthe\s+(?:[\w-]+\s+){{0,2}}{noun}\b", s.text, re.I) for noun in nouns)
               for s, c in pool)


# "will not send any more weapons", "no more arms": a refusal of every further weapon, which ends supplies made
# before (not "any more howitzers", one kind, nor "any more weapons beyond those promised")
_STOP = re.compile(r"(?:\b(?:any|no)\s+(?:more|further)\s+(?:weapons|arms|military\s+aid|lethal\s+aid)\b"
                   # "froze all new weapons exports to Greece": every further transfer halted
                   r"|\b(?:froze|frozen|freezes|halted|halts|suspended|suspends|stopped|stops)\s+all\s+"
                   r"(?:new\s+|further\s+|future\s+)?(?:weapons?|arms|military)\s+(?:exports|sales|deliveries|transfers)\b"
                   # "suspended the licences", "withdrew licences for arms exports to Georgia": the permits themselves
                   # revoked, every supply they allowed with them (not "the licences for the howitzers", one kind)
                   r"|\b(?:suspended|suspends|withdrew|withdraws|revoked|revokes|annulled|annuls|cancelled|canceled)\s+"
                   r"(?:the\s+|all\s+|its\s+)?(?:(?:arms|weapons|defence|defense)\s+)?(?:export\s+)?(?:licences|licenses)"
                   r"(?:\s+for\s+(?:arms|weapons|defence|defense|military)(?:\s+(?:exports|sales))?)?\b)"
                   r"(?!\s+(?:beyond|other\s+than|except|that|which|than|of)\b)(?!\s+for\s+(?:the\s+)?(?-i:[a-z]))", re.I)
_RESTRICTED = re.compile(r"\b(?:that|which)\s+(?:could|would|might|may|can|are|is)\b", re.I)


def _stops_all(text: str) -> bool:
    """ "will not send any more weapons to Ukraine": no further weapon at all (not "any further arms exports …
    that could be used in Gaza", a kind of them)."""
    stop = _STOP.search(text)
    return stop is not None and _RESTRICTED.search(text, stop.end()) is None


# "North Macedonia gave Ukraine tanks, gave it aircraft": supplies told in the simple past, with no present
# or future verb or news date beside them
_SIMPLE_PAST = re.compile(r"\b(?:gave|sent|delivered|supplied|transferred|donated|handed|shipped|provided|sold)\b", re.I)
_NOT_PAST = re.compile(r"\b(?:will|would|shall|is|are|am|now|again|continues?|resum\w*|today|yesterday|(?:this|last)\s+"
                       r"week|\w+day)\b|['’](?:ll|re)\b", re.I)  # (a supply dated by days is the news itself)


# "the rifles already delivered would remain in Paraguay": goods whose delivery is done, whatever the clause says
_ALREADY_DONE = re.compile(r"\balready\s+(?:delivered|sent|supplied|shipped|transferred|handed\s+over)\b", re.I)


def _past_supply(text: str) -> bool:
    return _SIMPLE_PAST.search(text) is not None and _NOT_PAST.search(text) is None or \
        _ALREADY_DONE.search(text) is not None


# "Israel has sold Azerbaijan drones …" after the lead "Israel has suspended all exports": the perfect
# recounts what the halt ended; a supply taken up again ("has resumed", "has again sent") is news.
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:(?:also|already|long)\s+)?(?:\w+ed|sold|sent|given|lent)\b", re.I)
_TAKEN_UP = re.compile(r"\b(?:resum\w*|restart\w*|again|now)\b", re.I)


def _perfect_supply(text: str) -> bool:
    return _PERFECT.search(text) is not None and _TAKEN_UP.search(text) is None


def _drop_denied(found: list[tuple[Sentence, tuple[Claim, ...]]]) -> list[tuple[Sentence, tuple[Claim, ...]]]:
    """When the actor denies supplying, a supply that rests on others' word is not one."""
    # ("For years, Minsk denied …": a denial the story tells as its past no longer answers today's report)
    denied = any(c.denial and c.agent == "actor" and not c.background for _, claims in found for c in claims)
    if not denied:
        return found
    kept = []
    for sentence, claims in found:
        new = tuple(
            _as_none(c, "denied-claim") if c.state == SUPPLIES and (c.third_party or c.how not in _EXPLICIT) else c
            for c in claims
        )
        kept.append((sentence, new))
    return kept


# "Israel's defence ministry did not comment.", "… declined to comment", "could not be reached for comment"
_NO_COMMENT = re.compile(r"\b(?:did\s+not|didn[’']t|declined\s+to|would\s+not|refused\s+to|could\s+not\s+be\s+reached\s+"
                         r"(?:to|for))\s+(?:immediately\s+)?(?:comment|respond|confirm)\b", re.I)


# "… to comment on Russian criticism": what the actor would not comment on, when the words say
# ("did not respond to that criticism": silent on another matter; "… to requests for comment" is silence itself)
_OTHER_TOPIC = re.compile(r"\s+(?:(?:on|about)\s+(?!(?:the\s+)?(?:reports?|claims?|deliver|shipment|transfer|supply|"
                          r"supplies|weapons|arms|matter|issue|question|it\b|this\b|that\b))"
                          r"|to\s+(?:that|the|this|these|those)\s+(?:criticism|remarks?|comments?|statements?)\b)", re.I)


def actor_silent(text: str, matcher: Matcher) -> bool:
    """Does the article say that the actor declined to comment? Its clause names the actor and no one else."""
    for match in _NO_COMMENT.finditer(text):
        sentence_end = min(end for end in (text.find(". ", match.end()), text.find("\n", match.end()), len(text))
                           if end >= 0)
        if _OTHER_TOPIC.match(text, match.end()) and not matcher.object_names.search(text, match.end(),
                                                                                      min(sentence_end, match.end() + 60)):
            continue  # "declined to comment on Russian criticism": silent on something else
        start = max(text.rfind(mark, 0, match.start()) for mark in (". ", "\n", "; "))
        clause = units_for(text[start + 1:match.start()], matcher)
        # ("The Argentine embassy in Quito did not respond": a place after "in" is where the body sits)
        parties = {unit.ent for k, unit in enumerate(clause) if not (k and clause[k - 1].low in ("in", "at"))} & \
            {"actor", "other", "target"}
        if parties == {"actor"}:
            return True
    return False


_FORETOLD = re.compile(r"\b(?:would|will|is\s+going\s+to|are\s+going\s+to)\b", re.I)


def _drop_foretold(found: list[tuple[Sentence, tuple[Claim, ...]]]) -> list[tuple[Sentence, tuple[Claim, ...]]]:
    """ "Pakistan's minister said China would soon resume deliveries … 'The relevant Chinese departments are
    studying Pakistan's request'": where the actor itself states a refusal or a weighing, another party's word
    that it will supply is that party's expectation, not the actor's position."""
    own = any(c.state in (REFRAINS, RECONSIDER) and c.agent == "actor" and not c.third_party and not c.background
              for _, claims in found for c in claims)
    if not own:
        return found
    return [(sentence, tuple(_as_none(c, "foretold-by-others") if c.state == SUPPLIES and c.third_party and
                             _FORETOLD.search(sentence.text) else c for c in claims)) for sentence, claims in found]


def _months_named(text: str) -> list[int]:
    return [MONTHS_IN_ORDER.index(w.lower()) + 1 for w in re.findall(r"[A-Z][a-z]+", text) if w.lower() in FULL_MONTH_NAMES]


def _halted_in_a_later_month(found: list[tuple[Sentence, tuple[Claim, ...]]]
                             ) -> list[tuple[Sentence, tuple[Claim, ...]]]:
    """ "When Ukraine froze its arms exports in July, …" and "Ukraine delivered 150 drones between March and June":
    supplies told in the simple past, dated by months before the month of the actor's own halt, are what the halt
    ended; the halt, however subordinate its clause, is the latest state (the year unsaid, one year is assumed)."""
    halts = [max(_months_named(s.text)) for s, claims in found for c in claims
             if c.rule.startswith("walk-back") and c.agent == "actor" and not c.anaphoric and _months_named(s.text)
             and not _YEAR.search(s.text)]
    if not halts:
        return found
    halt = max(halts)

    def ended(sentence: Sentence, claim: Claim) -> bool:
        months = _months_named(sentence.text)
        return claim.state == SUPPLIES and bool(months) and max(months) < halt and _past_supply(sentence.text) and \
            not _YEAR.search(sentence.text)

    supplies = [(s, c) for s, claims in found for c in claims if c.state == SUPPLIES]
    if not supplies or not all(ended(s, c) for s, c in supplies):
        return found
    return [(s, tuple(replace(c, background=True) if c.state == SUPPLIES else
                      replace(c, background=False) if c.rule.startswith("walk-back") and c.agent == "actor" and
                      halt in _months_named(s.text) else c for c in claims)) for s, claims in found]


def _drop_quoted_others(found: list[tuple[Sentence, tuple[Claim, ...]]]) -> list[tuple[Sentence, tuple[Claim, ...]]]:
    """When the actor declines to comment, a supply told only in a quotation that no speaker of the actor
    says ("… received from Israel," the Azerbaijani statement said) is the other party's word: no position."""
    def others(sentence: Sentence, claim: Claim) -> bool:
        # ('"…," he said' or "The US, he said, would …, and Argentina had promised …": a pronoun's word)
        quoted = sentence.text.lstrip().startswith(("\"", "“")) or _PRONOUN_SAID.search(sentence.text) is not None
        # ('"… have been delivered," the ministry said' in a story datelined at home: the actor's own body)
        voiced = claim.how in ("speaker", "spokesman") or claim.how == "institution" and not claim.third_party
        return claim.state == SUPPLIES and not voiced and (claim.third_party or quoted)

    return [(sentence, tuple(_as_none(c, "unconfirmed-by-actor") if others(sentence, c) else c for c in claims))
            for sentence, claims in found]


_PRONOUN_SAID = re.compile(r"\b(?:he|she)\s+(?:said|says|claimed|claims|told)\b")  # (an aside, not "He said …")


_CONTRASTS = ("but", "however", "yet", "still", "though")


def _undecided_after_refusal(found: list[tuple[Sentence, tuple[Claim, ...]]]
                             ) -> list[tuple[Sentence, tuple[Claim, ...]]]:
    """ '"No Abrams have been sent to Ukraine. The government has not made a decision to gift them."':
    "no decision" right after the actor's present refusal restates it, as inside one sentence; after
    "But …" it is a reservation that keeps the option open."""
    if not any(c.rule.startswith("undecided") for _, claims in found for c in claims):
        return found
    kept: list[tuple[Sentence, tuple[Claim, ...]]] = []
    refused_at = -2
    for sentence, claims in found:
        if refused_at == sentence.index - 1 and _opening_word(sentence.text) not in _CONTRASTS:
            claims = tuple(replace(c, state=REFRAINS, rule="no-decision-beside-refusal" + c.rule[len("undecided"):])
                           if c.state == RECONSIDER and c.rule.startswith("undecided") and c.agent == "actor"
                           and not c.background else c for c in claims)
        if any(c.state == REFRAINS and c.agent == "actor" and not c.background and not c.anaphoric for c in claims):
            refused_at = sentence.index
        kept.append((sentence, claims))
    return kept


def _opening_word(text: str) -> str:
    """The sentence's first word, past quotes: '"But no decision …' → but."""
    return text.lstrip(" \"“‘'").split(" ", 1)[0].lower().strip(",")


def _unlabelled_question(sentences: list[Sentence], index: int, text: str, current: int) -> int:
    """In an interview without labels, a paragraph ending in "?" is a question and the paragraph after it
    its answer: where the question paragraph began, for each sentence of the answer (-1 outside one). The
    answer's "it" then means what the question named ("Kyiv has asked for your tanks. Will it get them?")."""
    if index == 0 or not _starts_line(text, sentences[index].start):
        return current  # inside a paragraph: the same answer, or none
    if not sentences[index - 1].text.rstrip(" \"”’'").endswith("?") or sentences[index].text.rstrip().endswith("?"):
        return -1
    start = index - 1
    while start > 0 and not _starts_line(text, sentences[start].start):
        start -= 1
    return start


_SPEAKER_LABEL = re.compile(r"[A-Z][\w'’. -]{0,30}:\s")
_MAX_ANSWER_REACH = 8  # sentences from an answer's "it" back to the start of the question it answers


def _drop_unsupported(found: list[tuple[Sentence, tuple[Claim, ...]]],
                      names_object: Callable[[int], bool] | None = None, asked: dict[int, int] | None = None,
                      text_of: Callable[[int], str] | None = None,
                      names_target: Callable[[int], bool] | None = None) -> list[tuple[Sentence, tuple[Claim, ...]]]:
    """ "decided against it" counts only near a sentence that says what "it" is: up to three sentences
    before, so that a two-sentence quotation may stand between ("… the possible sale of X. "…," he said.
    "…" He said Germany would weigh the request"). A sentence that names the object but claims nothing
    ("Kyiv has long wanted the jets") says it too; it is looked up only when needed."""
    named = [s.index for s, claims in found if any(not c.anaphoric for c in claims)]
    kept = []
    for sentence, claims in found:
        near = any(0 <= sentence.index - index <= 3 for index in named)
        if not near and names_object is not None and any(c.anaphoric for c in claims):
            near = any(names_object(index) for index in range(max(0, sentence.index - 3), sentence.index))
        # "Q: … said Albania would not send weapons. Has that changed? A: … we are examining it": an answer's
        # "it" is what the question it answers named, however many sentences the answer took to get there
        # (an opening or a refusal only; a supply of "it" still needs the object close by)
        start = (asked or {}).get(sentence.index, sentence.index)
        # ("Your colleague says he is sure. Are you?": an elliptical question takes its object from the turn before)
        reach = start - 3 if text_of is not None and any(_ELLIPTICAL.match(text_of(i)) for i in range(start, sentence.index)) \
            else start
        asked_near = not near and names_object is not None and 0 < sentence.index - start <= _MAX_ANSWER_REACH and \
            any(names_object(index) for index in range(max(0, reach), sentence.index - 3))
        # "Umerov has written to Bern asking it to release the Gepard ammunition. … (other entries) … Bern
        # has received Umerov's letter. "The Federal Council is examining the request"": when the sentence
        # before names the one who asked again, "the request" is that request for the object, however many
        # sentences stand between (an opening or a refusal only)
        requested = not near and not asked_near and text_of is not None and sentence.index > 0 and \
            _THE_REQUEST.search(sentence.text) is not None and \
            _asker_named_again(found, sentence.index, text_of(sentence.index - 1))
        # "The Philippines has formally asked Japan to provide Type 10 tanks … (paragraphs on) … the ministry was now
        # reviewing the Philippine request": the one request for the object the article reported, named again by its
        # asker
        requested = requested or not near and not asked_near and _THE_REQUEST.search(sentence.text) is not None and \
            names_target is not None and names_target(sentence.index) and \
            _sole_target_request(found, sentence.index, names_target)
        if names_object is not None and text_of is not None and _other_proposal(sentence, names_object, text_of):
            near = asked_near = requested = False
        granted = any(c.rule.startswith("request-granted") for c in claims) and \
            _target_asked_before(found, sentence.index)

        def supported(c: Claim) -> bool:
            if not c.anaphoric:
                return True
            if c.rule.startswith("request-granted"):
                return granted  # "the request" granted: only right after the target asked for the goods
            return near or (asked_near or requested) and c.state != SUPPLIES

        kept.append((sentence, tuple(c if supported(c) else _as_none(c, "vague-object") for c in claims)))
    return kept


def _target_asked_before(found: list[tuple[Sentence, tuple[Claim, ...]]], index: int) -> bool:
    """Did one of the two sentences before report the target asking the actor for the object itself ("Greece
    asked Israel for Spyder missiles"), so that "the request" granted next is that one?"""
    return any(index - 2 <= s.index < index and c.rule.startswith("third-party-pressure") and not c.anaphoric and
               c.agent == "target" for s, claims in found for c in claims)


def _sole_target_request(found: list[tuple[Sentence, tuple[Claim, ...]]], index: int,
                         names_target: Callable[[int], bool]) -> bool:
    """Did one earlier sentence, naming the target, report a request to the actor for the object itself ("The
    Philippines has formally asked Japan to provide Type 10 tanks"), and no other sentence a request?"""
    asks = [(s, c) for s, claims in found if s.index < index for c in claims
            if c.rule.startswith("third-party-pressure") and not c.anaphoric]
    return len(asks) == 1 and names_target(asks[0][0].index) and \
        (asks[0][1].agent == "target" or asks[0][1].agent == "actor" and asks[0][1].how == "controlled")


_ELLIPTICAL = re.compile(r"^\s*(?:\w+\s+){0,2}\w+\?\s*$")  # "Are you?", "Has that changed?"
_PROPOSAL = re.compile(r"\b(?:the|this|that)\s+(?:proposal|invitation|offer|idea|suggestion)\b", re.IGNORECASE)
_PROPOSING = re.compile(r"\b(?:invit|propos|suggest|offer)\w*", re.IGNORECASE)


def _other_proposal(sentence: Sentence, names_object: Callable[[int], bool], text_of: Callable[[int], str]) -> bool:
    """ "… invited it to join a coalition on deported children. Bourita said Morocco would study the proposal.":
    "the proposal" is the one the sentence before made, about something else when that sentence names no object."""
    if sentence.index == 0 or _PROPOSAL.search(sentence.text) is None:
        return False
    before = text_of(sentence.index - 1)
    if _PROPOSING.search(before) is None or names_object(sentence.index - 1):
        return False
    # ("Kyiv also offered to pay for them": the pronoun is the object the sentence before it named)
    return not (re.search(r"\bthem\b", before) and sentence.index > 1 and names_object(sentence.index - 2))


_THE_REQUEST = re.compile(r"\b(?:the|this|that)\s+(?:\w+\s+)?request\b", re.IGNORECASE)


def _asker_named_again(found: list[tuple[Sentence, tuple[Claim, ...]]], index: int, before: str) -> bool:
    """Is the last request read before sentence `index` (within _MAX_ANSWER_REACH sentences) one that names
    the object itself, by someone whose surname the sentence `before` names again (or of which that
    sentence speaks as "the request" too)?"""
    for sentence, claims in reversed(found):
        if sentence.index >= index:
            continue
        if index - sentence.index > _MAX_ANSWER_REACH:
            return False
        pressing = [c for c in claims if c.rule.startswith("third-party-pressure") and not c.anaphoric]
        if pressing and _THE_REQUEST.search(before):
            return True  # "… confirmed receiving the request. "We are reviewing the request"": still that one
        if any(c.rule.startswith("third-party-pressure: request") for c in pressing):
            return True  # "Kyiv submitted a formal request for 40 tanks. … weighing the request": the last request
            # named as a noun for the object is the one "the request" takes up
        if pressing:
            return any(_ASKER.search(c.rule) and re.search(rf"\b{re.escape(_ASKER.search(c.rule).group(1))}\b",
                                                          before) for c in pressing)
    return False


# the asker's surname in a pressure rule: "third-party-pressure: asking [agent: … Rustem Umerov (pronoun)]"
_ASKER = re.compile(r"\[agent: (?:[^\]()]* )?([A-Z][\w'’-]{2,}) \(")


_UNTIL_NOW = re.compile(r"\b(?:ha[sd]|have)\s+(?:\w+\s+){0,2}(?:refused|declined|resisted|rejected|ruled\s+out)\b|"
                        r"\b(?:long|so\s+far|until\s+now|for\s+(?:years|months|decades))\b"
                        # "For most of the war, X has said it does not …": a span of time up to now
                        r"|\bfor\s+(?:most|much|all)\s+of\s+(?:the|this|its|their)\b", re.IGNORECASE)


_SOURCED_SUPPLY = re.compile(
    r"\b(?:that|which)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?:(?:has|have|had|already)\s+)*"
    r"(?:bought|ordered|purchased|acquired|procured)\s+from\b"
    r"|\b(?:flow|deliveries|shipments|supplies|transfers)\s+of\s+[^.;:]{1,80}?\bfrom\s+[A-Z]")


_EXCEPTION_MARK = re.compile(r",\s*however,|\bstill\s+(?:being\s+)?\w+(?:ed|ing)\b|\bnonetheless\b", re.IGNORECASE)


_SINCE_OPENING = re.compile(r"Since\s+(?:(?:early|late|mid)[\s-]+)?(?:%s)\b[^,]{0,12},\s+[^,]{3,60}\b(?:has|have)\s+"
                            r"(?:\w+\s+)?[a-z]+(?:ed|t|n)\b" % "|".join(sorted(FULL_MONTH_NAMES, key=len, reverse=True)),
                            re.IGNORECASE)


# "It includes around 30 armoured vehicles …": what the thing just named holds
_PRONOUN_CONTENTS = re.compile(r"\s*(?:It|They)\s+(?:also\s+)?(?:includes?|included|comprises?|comprised)\b")
_ASKED_FOR = re.compile(r"\b(?:list|lists|request|requests|requested|application|applications|wish[- ]list|asked)\b")


def _contents_alone(found: list[tuple[Sentence, tuple[Claim, ...]]],
                    text_of: Callable[[int], str] | None) -> list[tuple[Sentence, tuple[Claim, ...]]]:
    """A supply read only from "It includes …" right after a list or request is named ("the list had been handed
    to the Spanish ambassador. It includes …") tells what was asked for, no supply."""
    supplies = [s for s, claims in found for c in claims if c.state == SUPPLIES and not c.background]
    if not supplies or text_of is None:
        return found
    if not all(_PRONOUN_CONTENTS.match(s.text) and s.index > 0 and _ASKED_FOR.search(text_of(s.index - 1))
               for s in supplies):
        return found
    return [(s, tuple(_as_none(c, "contents-alone") if c.state == SUPPLIES else c for c in claims))
            for s, claims in found]


def _lone_later_supply(found: list[tuple[Sentence, tuple[Claim, ...]]]) -> list[tuple[Sentence, tuple[Claim, ...]]]:
    """A report states the news first. When the article has already given the actor's refusal or
    review, a supply that one later sentence alone reports, without naming the actor as its agent
    ("…, a spokeswoman said", "he said they would…"), is history, someone's claim or an aside:
    it does not outweigh what the article led with. A supply the article leads with, repeats, or
    states with the actor's name ("Brazil's first consignment reached Ukraine") still counts."""
    position = [(s, c) for s, claims in found for c in claims
                if c.state != NONE and not c.background and c.agent == "actor"]
    supplied = {s.index for s, c in position if c.state == SUPPLIES}
    # "deliveries of the howitzers that Armenia has bought from France continue", "the flow of shells from
    # Latvia to Ukraine would carry on": the supply's own source names the actor too (a receipt "Ukraine
    # has received shells from Japan" does not)
    if len(supplied) != 1 or any(c.how == "name" or c.how == "from" and _SOURCED_SUPPLY.search(s.text)
                                 for s, c in position if c.state == SUPPLIES):
        return found
    if any(_SINCE_OPENING.match(s.text) for s, c in position if c.state == SUPPLIES):
        return found  # "Since February, the Gulf state has delivered …": the change up to now is the news
    if any(c.how == "governor" and _EXCEPTION_MARK.search(s.text) for s, c in position if c.state == SUPPLIES):
        # "Crosetto added, however, that weapons … are still being shipped": the actor's named speaker
        # marks the supply as an exception to the lead, current news, not an aside
        return found
    # "has long refused", "has so far refused": a refusal up to now is what a later supply changes
    # ("By the late 2000s, China had stepped back …", "in 2025 … insisted it had never supplied": a refusal dated
    # to a past year or decade is the story's history, no lead)
    earlier = [s for s, c in position if c.state != SUPPLIES and not c.anaphoric and s.index < min(supplied)
               and not _UNTIL_NOW.search(s.text) and not _YEAR_DATED.search(s.text)]
    if not earlier:
        return found
    return [(s, tuple(_as_none(c, "lone-later-supply") if c.state == SUPPLIES else c for c in claims))
            for s, claims in found]


_YEAR_DATED = re.compile(r"\b(?:in|by|during|until)\s+(?:the\s+)?(?:early\s+|late\s+|mid-)?(?:1[89]|20)\d\d(?:s|\b)", re.I)


def _as_none(claim: Claim, rule: str) -> Claim:
    return Claim(NONE, f"{rule} ({claim.rule})", claim.background, claim.agent, claim.how, claim.denial,
                 claim.third_party, claim.anaphoric, claim.strength, False)


def _confidence(deciding: list[tuple[Sentence, Claim]], conflicting: set[str], background: bool) -> float:
    best = max(c.strength for _, c in deciding)
    sentences = len({s.start for s, _ in deciding})
    value = 0.75 + 0.15 * best + 0.03 * min(sentences - 1, 3)
    if conflicting:
        value -= 0.1 if conflicting <= {REFRAINS} else 0.15
    if background:
        value = min(value, 0.55)
    return round(max(0.3, min(value, 0.98)), 3)


def _none_confidence(found: list[tuple[Sentence, tuple[Claim, ...]]]) -> float:
    actor_context = any(c.agent == "actor" for _, claims in found for c in claims)
    return 0.7 if actor_context else 0.9


def _evidence(sentence: Sentence, claim: Claim) -> Evidence:
    return Evidence(sentence.text, claim.state, sentence.start, sentence.end, claim.rule)


def _context(found: list[tuple[Sentence, tuple[Claim, ...]]], state: str, chosen: set[int]) -> list[Evidence]:
    """A few other sentences the analyst should see: what was discounted and why."""
    items: list[Evidence] = []
    for sentence, claims in found:
        if sentence.start in chosen:
            continue
        best = max(claims, key=lambda c: (_RANK[c.state] if not c.background else 0, c.agent == "actor"))
        if best.state == state and state != NONE:
            continue
        shown = best if not best.background else _as_none(best, "background")
        items.append(_evidence(sentence, shown))
        if len(items) >= _MAX_CONTEXT + (1 if state == NONE else 0):
            break
    return items
