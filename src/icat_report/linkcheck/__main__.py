"""`python -m icat_report.linkcheck`: the same check as `python -m icat_report links`, without MkDocs.

`python -m icat_report` loads the site's page checks, which need MkDocs; this entry point
needs only the `links` extra.
"""

import sys

from .command import main

sys.exit(main(sys.argv[1:]))
