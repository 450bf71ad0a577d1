"""Stance detection: what an article reports about an actor supplying an object to a target.

    from monitor.detect import load_stances, read
    for stance in load_stances(Path("config/stances")):
        reading = read(article_body, stance)   # state, confidence, evidence sentences

Modules, one concern each: `stance` (TOML config), `sentences` (splitting, boilerplate),
`lexicon` (general English vocabulary), `tagging` (units of a sentence), `claims`
(what one sentence says), `reader` (what the article says).
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
