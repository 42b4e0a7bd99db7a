"""`python -m icat_report`: see cli.py."""

import sys

from .cli import main

sys.exit(main())
