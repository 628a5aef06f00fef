"""Printing what people and models wrote: escaped on a terminal, exact in a pipe or a file."""

from __future__ import annotations

import sys

import click

from trainer.typed_text import for_terminal


def echo(text: str, *, err: bool = False, nl: bool = True) -> None:
    """click.echo for text that holds anything typed: escaped for the terminal first."""
    click.echo(for_terminal(text), err=err, nl=nl)


def emit_data(text: str) -> None:
    """An export on standard output: exact in a pipe or a file, escaped on a terminal."""
    sys.stdout.write(for_terminal(text) if sys.stdout.isatty() else text)
    sys.stdout.flush()
