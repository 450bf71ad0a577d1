from monitor.diffing import DELETE, EQUAL, INSERT, changed_passages, diff, render


def test_diff_reconstructs_both_texts() -> None:
    old, new = "Seoul will review the request. Nothing else.", "Seoul approved the request. Nothing else."
    ops = diff(old, new)
    assert "".join(t for op, t in ops if op != INSERT) == old
    assert "".join(t for op, t in ops if op != DELETE) == new
    assert any(op == EQUAL and "the request" in t for op, t in ops)


def test_semantic_cleanup_keeps_words_whole() -> None:
    ops = diff("The ministry will review it.", "The ministry has approved it.")
    assert render(ops) == "The ministry [-will review-]{+has approved+} it."


def test_changed_passage_is_the_whole_sentence() -> None:
    old = "First sentence stays. Seoul will meet on Friday to discuss arms. Last one stays."
    new = "First sentence stays. Seoul on Friday approved arms. Last one stays."
    [passage] = changed_passages(diff(old, new))
    assert passage.before == "Seoul will meet on Friday to discuss arms."
    assert passage.after == "Seoul on Friday approved arms."


def test_edits_in_one_sentence_make_one_passage() -> None:
    old = "The government has been weighing it. Done."
    new = "The government had been weighing it for weeks. Done."
    assert len(changed_passages(diff(old, new))) == 1


def test_appended_sentence_is_shown_with_its_neighbour() -> None:
    [passage] = changed_passages(diff("One. Two.", "One. Two. Three."))
    assert passage.before == "Two."
    assert passage.after == "Two. Three."


def test_identical_texts_have_no_passages() -> None:
    assert changed_passages(diff("Same text.", "Same text.")) == []


def test_a_changed_word_is_shown_whole() -> None:
    assert render(diff("Seoul may reconsider.", "Seoul reconsidered.")) == "Seoul [-may reconsider-]{+reconsidered+}."


def test_texts_of_many_distinct_words_reconstruct() -> None:
    old = " ".join(f"w{i}" for i in range(70_000))
    new = old.replace("w5 ", "w5 inserted ")
    ops = diff(old, new)
    assert "".join(t for op, t in ops if op != DELETE) == new
    assert [t for op, t in ops if op == INSERT] == ["inserted "]
