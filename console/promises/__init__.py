"""Promises the owner makes in their own words, found with their precise due time.

``detect`` reads a reply, note or call log and returns :class:`DetectedPromise` values;
``due`` turns a day and time into UTC instants with the shop's business hours and closed
days; ``languages`` and ``lang/*`` hold the per-language cue tables.
"""
