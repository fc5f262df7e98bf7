"""`python -m auditcheck` runs the command-line interface."""

from .cli import run

run()
