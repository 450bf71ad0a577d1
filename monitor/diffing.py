"""What changed between two versions of an article (diff-match-patch, semantic cleanup)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from diff_match_patch import diff_match_patch

DELETE, EQUAL, INSERT = -1, 0, 1
Ops = list[tuple[int, str]]

_TOKEN = re.compile(r"\w+|\s+|[^\w\s]")
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”’)]*\s+|\n+")


@dataclass(frozen=True)
class ChangedPassage:
    """A changed stretch widened to whole sentences: what it said before and after."""

    before: str
    after: str


def diff(old: str, new: str) -> Ops:
    """Word diff with semantic cleanup, so changes align with words and phrases.

    Each distinct word, space run or punctuation mark is diffed as one character (as
    diff-match-patch's line mode does with lines): a fraction of the work of a character
    diff, and no edit splits a word.
    """
    engine = _WordDiff()
    engine.Diff_Timeout = 2.0
    codes: dict[str, str] = {}
    words: list[str] = []
    ops = engine.diff_main(_encode(old, codes, words), _encode(new, codes, words), False)
    engine.diff_cleanupSemantic(ops)
    return [(op, "".join(words[ord(code)] for code in text)) for op, text in ops]


class _WordDiff(diff_match_patch):  # type: ignore[misc]
    def diff_cleanupSemanticLossless(self, diffs: list[list[object]]) -> None:
        """Edits of whole words are on word boundaries already (the codes are no text to score)."""


def _encode(text: str, codes: dict[str, str], words: list[str]) -> str:
    """`text` as one character per token, codes shared by both texts."""
    out = []
    for token in _TOKEN.findall(text):
        code = codes.get(token)
        if code is None:
            code = codes[token] = chr(len(words))
            words.append(token)
        out.append(code)
    return "".join(out)


def changed_passages(ops: Ops) -> list[ChangedPassage]:
    """The sentences around each change, in the old and the new text."""
    old = "".join(text for op, text in ops if op != INSERT)
    new = "".join(text for op, text in ops if op != DELETE)
    spans: list[tuple[int, int, int, int]] = []  # old begin/end, new begin/end, sentence-wide
    old_pos = new_pos = 0
    index = 0
    while index < len(ops):
        if ops[index][0] == EQUAL:
            old_pos += len(ops[index][1])
            new_pos += len(ops[index][1])
            index += 1
            continue
        old_start, new_start = old_pos, new_pos
        while index < len(ops) and ops[index][0] != EQUAL:
            op, text = ops[index]
            if op == DELETE:
                old_pos += len(text)
            else:
                new_pos += len(text)
            index += 1
        span = (*_sentence_span(old, old_start, old_pos), *_sentence_span(new, new_start, new_pos))
        if spans and (span[0] <= spans[-1][1] or span[2] <= spans[-1][3]):
            # Several edits inside one sentence are one changed passage.
            last = spans.pop()
            span = (min(last[0], span[0]), max(last[1], span[1]), min(last[2], span[2]), max(last[3], span[3]))
        spans.append(span)
    return [ChangedPassage(old[a:b].strip(), new[c:d].strip()) for a, b, c, d in spans]


def render(ops: Ops) -> str:
    """A compact text rendering: [-deleted-]{+inserted+}."""
    marks = {DELETE: "[-{}-]", INSERT: "{{+{}+}}", EQUAL: "{}"}
    return "".join(marks[op].format(text) for op, text in ops)


def _sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen [start, end) to the sentences it touches."""
    begin = 0
    for match in _SENTENCE_END.finditer(text, 0, start):
        begin = match.end()
    match = _SENTENCE_END.search(text, max(end, begin))
    finish = match.start() + len(match.group(0).rstrip()) if match else len(text)
    return begin, finish
