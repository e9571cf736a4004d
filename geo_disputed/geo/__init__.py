"""Stage 2, geography: boundaries, the disputed territories and the Kurdistan Region, the
security-vacuum belt, the coordination centres and the neighbouring countries."""
