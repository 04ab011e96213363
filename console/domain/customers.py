"""Kinds of customers: the shop writes differently to a business than to a person."""

from __future__ import annotations

from enum import StrEnum


class CustomerKind(StrEnum):
    PRIVATE = "private"
    BUSINESS = "business"
