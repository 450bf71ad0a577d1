"""Stance detection: what an article reports about an actor supplying an object to a target.

    from monitor.detect import load_stances, read
    for stance in load_stances(Path("config/stances")):
        reading = read(article_body, stance)   # state, confidence, evidence sentences

Modules, one concern each: `stance` (TOML config), `sentences` (splitting, boilerplate),
`lexicon` (general English vocabulary), `tagging` (a sentence's units, per-stance
matchers), `clauses` (the grammar around a mention of the object, driving:
`sentence_facts` (facts read once per sentence), `agents` (who acts, who speaks),
`left_walk` (governing words and embedding clauses), `right_context` (recipient, "by"
agent, passive verdicts), `object_phrases` (the object's own phrase and idioms), `tense`
(future, perfect, story background) and `frame` (what the walk found)), `polarity` (how
negation, modality and the rest combine), `answers` (the answer after "Asked whether …,"),
`claims` (what one sentence says), `reader` (what the article says, with evidence).
"""

from monitor.detect.reader import Evidence, Reading, read
from monitor.detect.stance import STATES, Stance, StanceConfigError, load_stance, load_stances, parse_stance

__all__ = [
    "STATES",
    "Evidence",
    "Reading",
    "Stance",
    "StanceConfigError",
    "load_stance",
    "load_stances",
    "parse_stance",
    "read",
]
