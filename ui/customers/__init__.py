"""Customer corrections: merging two customers, splitting an address off."""
