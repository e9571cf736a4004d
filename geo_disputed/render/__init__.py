"""Stage 4, outputs: the interactive map, the static figure, their one style, the map assets
and the headless browser."""
