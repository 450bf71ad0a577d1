"""Article body → sentences with character offsets, page boilerplate left out.

Extracted text still carries bits of the page: "Related Articles", "Back to top button",
photo credits, copyright and newsletter lines, lists of other headlines. None of it is
the article (GUIDELINES.md), so those lines never reach the claim analysis. Offsets always
point into the text given, so evidence can be highlighted in the original.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Sentence:
    text: str  # == body[start:end]
    start: int
    end: int
    index: int  # position among the kept sentences


_LINE = re.compile(r"[^\n]+")
_BULLET = re.compile(r"^\s*(?:[•·▪●◦‣*\-–—]\s+)?")
_TERMINAL = re.compile(r"[.!?…][\"”’')\]]*$|[\"”]$")
_INNER_END = re.compile(r"[.!?][\"”’')\]]*\s+\S")  # a full stop inside the line: prose, not a title
_QUESTION_END = re.compile(r"\?[\"”’')\]]*$")
# "Q: Will you send it?", "Daily Star: Will you …?": an interview question, never a headline
_TURN_LABEL = re.compile(r"(?:Q|[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3})[ \t]*:[ \t]")

# Lines that open a list of other stories: what follows is headlines, not this article.
_SECTION = re.compile(
    r"^(?:related(?: articles| stories| news| coverage| content| posts)?|read (?:more|also|next)|also read"
    r"|more (?:from|on|in|stories|news)\b.*|most (?:read|popular|viewed|shared)|recommended(?: for you| stories)?"
    r"|you (?:may|might) (?:also )?like|see also|trending(?: now| stories)?|latest(?: news| stories)?"
    r"|top stories|editor'?s picks|what to read next)\s*:?$",
    re.IGNORECASE,
)
# Page furniture that can stand on a line of its own, whatever its length.
_FURNITURE = re.compile(
    r"©|\(c\)\s*\d{4}|all rights reserved|^(?:related|read more|read also|also read|see also|advertisement"
    r"|sponsored|share this|follow us|sign up|subscribe|comments?|back to top)\b"
    r"|\b(?:this (?:story|summary|article|text) (?:was|has been|is) (?:generated|written|produced|created))"
    r"|\bgenerated (?:by|using|with) (?:ai\b|artificial intelligence|\w+ neuro)"
    r"|\bnewsletter\b|\bcookies?\b|privacy policy|terms of (?:use|service)|click here|download (?:the|our) app"
    r"|investment advice|trade confidently|media bias rating|^original (?:video|article|story)\b"
    r"|^(?:photo|image|picture|video|file photo|credit|source)s?\s*(?::|via|by|credit)"
    r"|\bvia (?:getty|shutterstock|reuters|ap|afp|epa)\b|(?:getty images|shutterstock)\s*$",
    re.IGNORECASE,
)
# Words one of which every _FURNITURE line contains: most lines skip the big pattern.
_FURNITURE_KEYS = ("©", "(c)", "rights", "related", "read", "see also", "advertis", "sponsor", "share", "follow",
                   "sign up", "subscri", "comment", "back to top", "generated", "newsletter", "cookie", "privacy",
                   "terms of", "click", "download", "invest", "trade confidently", "bias", "original", "photo",
                   "image", "picture", "video", "credit", "source", "via ", "getty", "shutterstock")
_FURNITURE_HINT = re.compile("|".join(re.escape(key) for key in _FURNITURE_KEYS))
_FURNITURE_MAX_WORDS = 40  # a long line that happens to say "newsletter" is still prose
_HEADLINE_MAX_WORDS = 20  # an unpunctuated line up to this long is a title, label or caption

# Sentence ends: . ! ? (and closing quotes) then space then something that starts a sentence.
_BOUNDARY = re.compile(r"[.!?…][\"”’')\]]*\s+(?=[\"“‘(\[]?[A-Z0-9•])")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr gen lt col sgt capt cmdr adm sen rep gov prof st jan feb mar apr jun jul aug sep sept "
    "oct nov dec no vs etc inc corp ltd co jr sr u.s u.n u.k e.u a.m p.m approx est dept fig".split()
)


@lru_cache(maxsize=8)  # an article is read once per stance: split it once
def split_sentences(body: str) -> tuple[Sentence, ...]:
    """The article's sentences in order, each with offsets into `body`."""
    sentences: list[Sentence] = []
    in_section = False
    for match in _LINE.finditer(body):
        line = match.group()
        lead = _BULLET.match(line).end()  # type: ignore[union-attr]  # always matches
        content = line[lead:].rstrip()
        if not content:
            continue
        if _SECTION.match(content):
            in_section = True
            continue
        if in_section:
            # A list of other headlines ends at the first line that reads like prose.
            if not content.endswith((".", ".”", '."', ".’")):
                continue
            in_section = False
        if is_boilerplate(content):
            continue
        offset = match.start() + lead
        for start, end in _split_line(content):
            sentences.append(Sentence(content[start:end], offset + start, offset + end, len(sentences)))
    return tuple(sentences)


def is_boilerplate(line: str) -> bool:
    """True for a line that belongs to the page rather than the article."""
    words = len(line.split())
    if words <= _FURNITURE_MAX_WORDS and _maybe_furniture(line) and _FURNITURE.search(line):
        return True
    unpunctuated = (not _TERMINAL.search(line) and not _INNER_END.search(line)) or line.endswith(":")
    return (unpunctuated and words <= _HEADLINE_MAX_WORDS) or \
        (bool(_QUESTION_END.search(line)) and words <= 12 and not _TURN_LABEL.match(line) and
         not _INNER_END.search(line))  # "X has asked for Y. Has Z refused?": an interviewer's turn, prose


def _maybe_furniture(line: str) -> bool:
    return _FURNITURE_HINT.search(line.lower()) is not None


def _split_line(line: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for boundary in _BOUNDARY.finditer(line):
        if _is_abbreviation(line, boundary.start()):
            continue
        end = boundary.end()
        text_end = end - (len(boundary.group()) - len(boundary.group().rstrip()))
        spans.append((start, text_end))
        start = end
    if start < len(line):
        spans.append((start, len(line)))
    return spans


def _is_abbreviation(line: str, dot: int) -> bool:
    """A full stop after "Gen", "U.S" or a lone initial ("J.") does not end a sentence."""
    if line[dot] != ".":
        return False
    word_start = dot
    while word_start > 0 and (line[word_start - 1].isalnum() or line[word_start - 1] == "."):
        word_start -= 1
    word = line[word_start:dot].lower()
    if word == "no" and not line[dot + 1:].lstrip()[:1].isdigit():
        return False  # "No. Serbia does not …": the answer "no", not "No. 5"
    if word.isalpha() and word.islower() and len(word) <= 4 and not _VOWELS.intersection(word) and \
            line[dot + 1:].lstrip()[:1].isdigit():
        return True  # "vz. 77", "nr. 5", "pp. 12": a word with no vowel is an abbreviation before a number
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha() and line[word_start].isupper())


_VOWELS = frozenset("aeiouy")
