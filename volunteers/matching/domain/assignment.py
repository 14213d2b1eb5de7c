"""The whole-cohort assignment: which Tidgiver to suggest for each waiting participant, all at once.

A pure function on a score matrix, so it can be tested on small cases with a known optimum. The solver is
scipy's ``linear_sum_assignment`` (the Hungarian method) on a matrix where each Tidgiver appears once per free
place, plus one "no suggestion" column per participant.
"""

from collections.abc import Sequence

import numpy as np
from scipy.optimize import linear_sum_assignment

# Far below any real score: a pair a hard filter excludes is never chosen over leaving a participant unpaired.
_EXCLUDED = -1e12


def best_assignment(scores: np.ndarray, capacities: Sequence[int]) -> list[tuple[int, int]]:
    """The (participant, Tidgiver) index pairs that maximise the total score, each Tidgiver at most ``capacities[v]``
    times and each participant at most once.

    ``scores[p, v]`` is the integer score of the pair, or NaN where a hard filter excludes it. A participant
    stays without a suggestion when every Tidgiver they may have is taken by a better overall plan. Among plans
    with the same total score the one that pairs the most participants wins (the "no suggestion" columns cost
    a fraction of a point, together less than one).
    """
    scores = np.asarray(scores, dtype=float)
    participants, volunteers = scores.shape
    capacities = np.asarray(capacities, dtype=int)
    if participants == 0 or volunteers == 0:
        return []
    if capacities.shape != (volunteers,) or (capacities < 0).any():
        raise ValueError("capacities must give a free-place count (0 or more) for each Tidgiver")
    owner = np.repeat(np.arange(volunteers), capacities)
    matrix = np.empty((participants, len(owner) + participants))
    matrix[:, : len(owner)] = np.where(np.isnan(scores), _EXCLUDED, scores)[:, owner]
    matrix[:, len(owner) :] = -1.0 / (participants + 1)
    rows, columns = linear_sum_assignment(matrix, maximize=True)
    return [
        (int(row), int(owner[column]))
        for row, column in zip(rows, columns, strict=True)
        if column < len(owner) and matrix[row, column] > _EXCLUDED
    ]
