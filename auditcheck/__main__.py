"""`python -m auditcheck` runs the command-line interface."""

from .cli import main

main()
