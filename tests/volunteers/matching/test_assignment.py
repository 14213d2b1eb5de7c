"""The cohort assignment on small cases whose optimum is known (worked out by hand, or by trying every plan)."""

import itertools
import math

import numpy as np
import pytest

from volunteers.matching.domain.assignment import best_assignment

NAN = math.nan


def test_best_assignment_beats_greedy_on_a_known_optimum():
    # Greedy gives A the best Tidgiver X (10) and B what is left (1): 11. The optimum is A–Y + B–X: 17.
    scores = [[10, 9], [8, 1]]

    assert sorted(best_assignment(scores, [1, 1])) == [(0, 1), (1, 0)]


def test_best_assignment_fills_a_tidgiver_with_two_places():
    # X has two places, Y one; C may only have X. Optimum: A–Y 9 + B–X 8 + C–X 7 = 24.
    scores = [[10, 9], [8, 1], [7, NAN]]

    assert sorted(best_assignment(scores, [2, 1])) == [(0, 1), (1, 0), (2, 0)]


def test_best_assignment_leaves_out_excluded_pairs():
    scores = [[NAN, NAN], [3, NAN]]

    assert best_assignment(scores, [1, 1]) == [(1, 0)]


def test_best_assignment_leaves_a_participant_without_suggestion_when_places_run_out():
    assert best_assignment([[5], [3]], [1]) == [(0, 0)]


def test_best_assignment_skips_a_tidgiver_without_free_places():
    assert best_assignment([[5, 1]], [0, 1]) == [(0, 1)]


def test_best_assignment_pairs_more_participants_when_totals_tie():
    # A–X alone scores 4, as does A–X + B–Y (0): the plan with two pairs wins.
    scores = [[4, NAN], [4, 0]]

    assert sorted(best_assignment(scores, [1, 1])) == [(0, 0), (1, 1)]


def test_best_assignment_of_nobody_is_empty():
    assert best_assignment(np.empty((0, 3)), [1, 1, 1]) == []
    assert best_assignment(np.empty((2, 0)), []) == []


def test_best_assignment_rejects_capacities_of_the_wrong_length():
    with pytest.raises(ValueError, match="capacities"):
        best_assignment([[1, 2]], [1])


def _brute_force_best_total(scores, capacities):
    participants, volunteers = scores.shape
    best = 0
    for plan in itertools.product([None, *range(volunteers)], repeat=participants):
        used = [plan.count(v) for v in range(volunteers)]
        pairs = [(p, v) for p, v in enumerate(plan) if v is not None]
        if any(used[v] > capacities[v] for v in range(volunteers)) or any(np.isnan(scores[p, v]) for p, v in pairs):
            continue
        best = max(best, sum(scores[p, v] for p, v in pairs))
    return best


@pytest.mark.parametrize("seed", range(20))
def test_best_assignment_total_equals_trying_every_plan(seed):
    rng = np.random.default_rng(seed)
    scores = rng.integers(0, 50, size=(4, 3)).astype(float)
    scores[rng.random((4, 3)) < 0.25] = NAN
    capacities = rng.integers(0, 3, size=3)

    pairs = best_assignment(scores, capacities)

    assert sum(scores[p, v] for p, v in pairs) == _brute_force_best_total(scores, capacities)
    assert len({p for p, _v in pairs}) == len(pairs)
    assert all(sum(1 for _p, w in pairs if w == v) <= capacities[v] for v in range(3))
