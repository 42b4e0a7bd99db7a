"""The base of every record of the data model: unknown fields are errors, types strict, values frozen."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Record(BaseModel):
    """Base of every entry: unknown fields are errors, types are strict, values frozen."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)
