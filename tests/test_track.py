from datetime import datetime, timezone

from monitor.track import GLOBAL, REVISION, SHIFT, SOURCE, Move, StateView, moves_to, plan

JUNE = datetime(2024, 6, 21, tzinfo=timezone.utc)
OCTOBER = datetime(2024, 10, 22, tzinfo=timezone.utc)
INITIAL = StateView("refrains", None)


def test_a_different_state_moves_the_initial_state() -> None:
    assert moves_to(INITIAL, "reconsider", JUNE) == "reconsider"


def test_same_state_and_none_do_not_move() -> None:
    assert moves_to(StateView("reconsider", JUNE), "reconsider", OCTOBER) is None
    assert moves_to(StateView("reconsider", JUNE), "none", OCTOBER) is None


def test_a_reading_older_than_the_state_does_not_move_it() -> None:
    assert moves_to(StateView("supplies", OCTOBER), "refrains", JUNE) is None
    assert moves_to(StateView("supplies", JUNE), "refrains", OCTOBER) == "refrains"


def test_baseline_moves_states_without_alerting() -> None:
    result = plan("reconsider", JUNE, source="Benzinga", global_state=INITIAL, source_state=INITIAL,
                  previous_reading=None, baseline=True)
    assert result.moves == (Move(GLOBAL, "", "refrains", "reconsider"), Move(SOURCE, "Benzinga", "refrains", "reconsider"))
    assert result.alert is None


def test_a_new_article_that_moves_the_global_state_raises_a_shift() -> None:
    result = plan("supplies", OCTOBER, source="Wire", global_state=StateView("reconsider", JUNE),
                  source_state=StateView("reconsider", JUNE), previous_reading=None, baseline=False)
    assert result.alert is not None
    assert (result.alert.type, result.alert.from_state, result.alert.to_state) == (SHIFT, "reconsider", "supplies")


def test_a_source_catching_up_moves_only_its_own_state() -> None:
    result = plan("reconsider", OCTOBER, source="Late Wire", global_state=StateView("reconsider", JUNE),
                  source_state=INITIAL, previous_reading=None, baseline=False)
    assert result.moves == (Move(SOURCE, "Late Wire", "refrains", "reconsider"),)
    assert result.alert is None


def test_a_revision_that_changes_the_reading_raises_a_revision_alert() -> None:
    result = plan("supplies", OCTOBER, source="Wire", global_state=StateView("reconsider", JUNE),
                  source_state=StateView("reconsider", JUNE), previous_reading="reconsider", baseline=False)
    assert result.alert is not None
    assert (result.alert.type, result.alert.from_state, result.alert.to_state) == (REVISION, "reconsider", "supplies")


def test_a_revision_is_alerted_even_when_the_global_state_already_agrees() -> None:
    result = plan("supplies", OCTOBER, source="Wire", global_state=StateView("supplies", JUNE),
                  source_state=StateView("reconsider", JUNE), previous_reading="reconsider", baseline=False)
    assert result.alert is not None and result.alert.type == REVISION
    assert result.moves == (Move(SOURCE, "Wire", "reconsider", "supplies"),)


def test_a_revision_with_the_same_reading_is_silent() -> None:
    result = plan("reconsider", OCTOBER, source="Wire", global_state=StateView("reconsider", JUNE),
                  source_state=StateView("reconsider", JUNE), previous_reading="reconsider", baseline=False)
    assert result.alert is None and result.moves == ()
