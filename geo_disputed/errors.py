"""Exceptions raised by geo_disputed. The CLI turns any of them into a one-line message."""

from __future__ import annotations

import os


class GeoDisputedError(Exception):
    """Base class for every error the package raises on bad input or missing data."""


class DataError(GeoDisputedError, ValueError):
    """A problem in an input file, located by file, row and field.

    Parameters
    ----------
    file : path-like
        The file being read.
    message : str
        What is wrong.
    row : int, optional
        1-based line number in the file (the header is line 1), if the problem is in a row.
    field : str, optional
        Column name, if the problem is in one field.
    """

    def __init__(
        self,
        file: str | os.PathLike[str],
        message: str,
        *,
        row: int | None = None,
        field: str | None = None,
    ) -> None:
        self.file = str(file)
        self.row = row
        self.field = field
        self.message = message
        where = self.file
        if row is not None:
            where += f", row {row}"
        if field is not None:
            where += f", field {field!r}"
        super().__init__(f"{where}: {message}")


class BoundariesNotFound(GeoDisputedError, FileNotFoundError):
    """No administrative boundaries are configured or cached."""
