"""Step 2: the data model: the records of each data file, their field types, and the files."""

from .dates import Day, PartialDate  # noqa: F401 (public names of the model)
from .records import *  # noqa: F403 (the records are this package's public names)
from .types import *  # noqa: F403 (and their field types)
