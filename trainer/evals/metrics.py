"""Agreement between a grader and gold labels: pure arithmetic, no I/O."""

from __future__ import annotations

from collections.abc import Iterable

from pydantic import BaseModel, ConfigDict


class Agreement(BaseModel):
    """A 2x2 confusion matrix for one rubric (positive class = pass) and what follows from it."""

    model_config = ConfigDict(frozen=True)

    pass_pass: int  # gold pass, grader pass
    pass_fail: int  # gold pass, grader fail
    fail_pass: int  # gold fail, grader pass
    fail_fail: int  # gold fail, grader fail

    @property
    def n(self) -> int:
        return self.pass_pass + self.pass_fail + self.fail_pass + self.fail_fail

    @property
    def accuracy(self) -> float:
        return (self.pass_pass + self.fail_fail) / self.n if self.n else 0.0

    @property
    def pass_recall(self) -> float:
        gold_pass = self.pass_pass + self.pass_fail
        return self.pass_pass / gold_pass if gold_pass else 0.0

    @property
    def fail_recall(self) -> float:
        gold_fail = self.fail_pass + self.fail_fail
        return self.fail_fail / gold_fail if gold_fail else 0.0

    @property
    def balanced_accuracy(self) -> float:
        return (self.pass_recall + self.fail_recall) / 2

    @property
    def kappa(self) -> float:
        """Cohen's kappa: agreement beyond what the two label rates give by chance."""
        n = self.n
        if not n:
            return 0.0
        observed = self.accuracy
        gold_pass = (self.pass_pass + self.pass_fail) / n
        pred_pass = (self.pass_pass + self.fail_pass) / n
        expected = gold_pass * pred_pass + (1 - gold_pass) * (1 - pred_pass)
        return 0.0 if expected >= 1 else (observed - expected) / (1 - expected)

    @property
    def majority_accuracy(self) -> float:
        """Accuracy of always answering the commoner gold label (its kappa is 0, its BA 0.5)."""
        gold_pass = self.pass_pass + self.pass_fail
        return max(gold_pass, self.n - gold_pass) / self.n if self.n else 0.0


def agreement(pairs: Iterable[tuple[bool, bool]]) -> Agreement:
    """Pairs of (gold passed, grader passed)."""
    counts = {(True, True): 0, (True, False): 0, (False, True): 0, (False, False): 0}
    for gold, pred in pairs:
        counts[(gold, pred)] += 1
    return Agreement(
        pass_pass=counts[(True, True)],
        pass_fail=counts[(True, False)],
        fail_pass=counts[(False, True)],
        fail_fail=counts[(False, False)],
    )
