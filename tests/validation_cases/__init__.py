"""The bad-input corpus of tests/test_validation.py: every kind of editor's mistake, each with the
exact messages it must give, grouped by what the mistake is about."""

from .dates import DATE_CASES
from .fields import FIELD_CASES
from .files import FILE_CASES
from .presentation import PRESENTATION_CASES
from .references import REFERENCE_CASES
from .syntax import SYNTAX_CASES
from .texts import TEXT_CASES

CASES = FILE_CASES + SYNTAX_CASES + FIELD_CASES + REFERENCE_CASES + DATE_CASES + TEXT_CASES + PRESENTATION_CASES
