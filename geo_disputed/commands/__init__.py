"""Sub-commands of the ``geo-disputed`` CLI, one module each (see ``geo_disputed.cli``)."""
