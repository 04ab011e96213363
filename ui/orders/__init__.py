"""Orders in the UI: the customer panel section, the order badge, the CSV import."""
