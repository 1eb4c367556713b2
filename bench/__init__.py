"""kamergraph's benchmark suite: a synthetic corpus generator and the measurements (``python -m bench``)."""
