"""Finding the customer behind an email address, creating one when it is new."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.storage.models import Customer, CustomerAddress


class CustomerResolver:
    """Maps addresses to customer ids within one unit of work, with a small cache."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._cache: dict[str, int] = {}

    def for_address(self, email: str, name: str = "") -> int | None:
        """The customer owning ``email``; a new customer when nobody does yet."""
        email = email.strip().lower()
        if not email:
            return None
        cached = self._cache.get(email)
        if cached is not None:
            return cached
        customer_id = self._session.scalar(
            select(CustomerAddress.customer_id).where(CustomerAddress.email == email)
        )
        if customer_id is None:
            customer = Customer(name=name.strip() or _name_from_address(email))
            self._session.add(customer)
            self._session.flush()
            self._session.add(CustomerAddress(customer_id=customer.id, email=email))
            self._session.flush()
            customer_id = customer.id
        elif name.strip():
            existing = self._session.get(Customer, customer_id)
            # A real name beats the placeholder made from the address.
            if existing is not None and existing.name == _name_from_address(email):
                existing.name = name.strip()
        self._cache[email] = customer_id
        return customer_id


def _name_from_address(email: str) -> str:
    return email.split("@", 1)[0]
