"""Cue tables, one module per language (``en``, ``hr``, ``de``, ``ru``, ``sl``, ``tr``)."""
