"""The `trainer` command: the main group, the one mapping from errors to exit codes, and the
command groups, each in its own module and registered here by name.

Exit codes: 0 done; 1 a failure (the grader or model endpoint, a wrong PIN, no access, a name
already taken, a broken data file, a declined confirmation); 2 a usage error: click's own (a
missing or unknown option or argument, a bad choice) and the TrainerError kinds that mean
"what you asked for is wrong" (USAGE_ERRORS)."""

from __future__ import annotations

import click

from trainer import __version__
from trainer.coaching.self_assessment import InvalidAnswers
from trainer.errors import BadArgument, ConfigError, InvalidInput, TrainerError
from trainer.partner.scenarios.bank import NoMatchingScenario, UnknownScenario
from trainer.store import NotFound
from trainer.typed_text import for_terminal

EXIT_FAILED = 1  # the grader, the endpoint, a permission or a data file failed
EXIT_USAGE = 2  # the input, a name or the configuration is wrong (click uses 2 for usage too)

USAGE_ERRORS: tuple[type[TrainerError], ...] = (
    InvalidInput, ConfigError, BadArgument, InvalidAnswers, NotFound, UnknownScenario,
    NoMatchingScenario,
)  # fmt: skip


def exit_code(exc: TrainerError) -> int:
    """The exit code for an error of this kind."""
    return EXIT_USAGE if isinstance(exc, USAGE_ERRORS) else EXIT_FAILED


class _Failed(click.ClickException):
    """`Error: message` on stderr, exit 1."""

    exit_code = EXIT_FAILED


class _Usage(click.ClickException):
    """`Error: message` on stderr, exit 2."""

    exit_code = EXIT_USAGE


class _Group(click.Group):
    """Every TrainerError a command raises ends here as `Error: message` with the exit code for
    its kind, never a traceback: the messages are written for people."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except TrainerError as exc:
            kind = _Usage if exit_code(exc) == EXIT_USAGE else _Failed
            raise kind(for_terminal(str(exc))) from exc


@click.group(cls=_Group)
@click.version_option(__version__, prog_name="trainer")
def main() -> None:
    """Practise reflective listening: grade a reflection on accuracy, validation, not fixing
    and not hijacking."""


def _register() -> None:
    from trainer.cli import coach, drill, eval, grade, me, practice, profile, scenario, together

    for command in (
        grade.grade, practice.practice, *me.COMMANDS, profile.profile_group,
        profile.group_group, drill.drill_group, coach.coach_group, eval.eval_group,
        scenario.scenario_group, together.together_group,
    ):  # fmt: skip
        main.add_command(command)


_register()
