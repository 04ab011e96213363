"""The sample shop: a realistic small shop to try Shopkeeper without a mail account."""
