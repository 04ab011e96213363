"""Customers: the side panel and the customer list."""
