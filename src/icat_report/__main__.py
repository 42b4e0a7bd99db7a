"""`python -m icat_report`: see cli.py."""

import os
import sys

from .cli import main

try:
    sys.exit(main())
except BrokenPipeError:
    # The reader closed the output early (`... | head`): not an error of the command. Python's documented
    # way out (library/signal.html, "Note on SIGPIPE"): point stdout at devnull so the exit flush is quiet.
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    sys.exit(1)
