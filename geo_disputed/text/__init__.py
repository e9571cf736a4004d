"""Stage 1, text: name normalisation, the gazetteer, the geocoder and the geoparser.

Nothing here imports the later stages (``geo``, ``incidents``, ``render``): the gazetteer is
given the administrative units it should hold (:func:`geo_disputed.text.gazetteer.load_gazetteer`).
"""
