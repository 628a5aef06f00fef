"""Errors cross process boundaries (batch grading in worker processes hands them back pickled):
each keeps its class, message and attributes, whatever its __init__ takes."""

from __future__ import annotations

import pickle

import pytest

from trainer import errors
from trainer.values import Usage


def _samples() -> list[errors.TrainerError]:
    return [
        errors.InvalidInput("empty_response", "The reply is empty: type what you would say back."),
        errors.LLMError("The endpoint failed.", status=503, retry_after_s=2.5, attempts=3),
        errors.LLMBadOutput(
            "The model's answer was not JSON.",
            outputs=["nope", "still no"],
            usage=Usage(total_tokens=7),
        ),
        errors.ConfigError("TRAINER_MODEL is empty: set it or unset it."),
    ]


@pytest.mark.parametrize("error", _samples(), ids=lambda e: type(e).__name__)
def test_an_error_survives_pickling(error: errors.TrainerError) -> None:
    back = pickle.loads(pickle.dumps(error))
    assert type(back) is type(error)
    assert str(back) == str(error)
    assert back.code == error.code
    assert vars(back) == vars(error)


def test_every_error_class_round_trips() -> None:
    """Classes added later are covered too: build each from the base's args and pickle it."""
    classes = [
        c
        for c in vars(errors).values()
        if isinstance(c, type) and issubclass(c, errors.TrainerError)
    ]
    assert errors.InvalidInput in classes and len(classes) > 10
    for cls in classes:
        error = cls.__new__(cls)
        Exception.__init__(error, f"{cls.__name__} happened: do the thing.")
        error.__dict__["marker"] = 42
        back = pickle.loads(pickle.dumps(error))
        assert type(back) is cls and back.args == error.args and back.__dict__["marker"] == 42
