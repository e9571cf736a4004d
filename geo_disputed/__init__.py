"""geo_disputed: map Iraq's disputed territories and the Peshmerga/federal security vacuum.

The main entry points are re-exported here::

    from geo_disputed import geocode, geoparse, settings
"""

from geo_disputed import settings
from geo_disputed.errors import BoundariesNotFound, DataError, GeoDisputedError
from geo_disputed.text.gazetteer import load_gazetteer
from geo_disputed.text.geocoder import Candidate, geocode, geocode_many
from geo_disputed.text.geoparser import Mention, geoparse
from geo_disputed.version import __version__

__all__ = [
    "BoundariesNotFound",
    "Candidate",
    "DataError",
    "GeoDisputedError",
    "Mention",
    "__version__",
    "geocode",
    "geocode_many",
    "geoparse",
    "load_gazetteer",
    "settings",
]
