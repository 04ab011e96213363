"""The inbox: what needs the shop's attention, in order, and the actions taken on it."""
