"""Stage 3, incidents: reading event files of every published shape, validating them, and
the spatial queries on them (in memory and on dask).

Examples
--------
>>> from geo_disputed.incidents import load_incidents
>>> result = load_incidents("data/incidents.csv")
>>> result.summary()
'read 36, accepted 36, rejected 0'
"""

from geo_disputed.incidents.formats import ACLED_COLUMNS, SCHEMA, UCDP_COLUMNS
from geo_disputed.incidents.load import (
    FORMATS,
    LoadResult,
    check_file,
    load_incidents,
    parse_dates,
    write_rejects,
)

__all__ = [
    "ACLED_COLUMNS",
    "FORMATS",
    "SCHEMA",
    "UCDP_COLUMNS",
    "LoadResult",
    "check_file",
    "load_incidents",
    "parse_dates",
    "write_rejects",
]
