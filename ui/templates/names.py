"""Names shown for template categories and languages."""

from __future__ import annotations

from ui.i18n import TranslationContext


class TemplateNames(TranslationContext):
    """The "TemplateNames" translation context."""


def category_title(category: str) -> str:
    """The starter categories in the owner's language; the shop's own ones as written."""
    match category:
        case "":
            return TemplateNames.tr("Other")
        case "orders":
            return TemplateNames.tr("Orders")
        case "shipping":
            return TemplateNames.tr("Shipping")
        case "products":
            return TemplateNames.tr("Products")
        case "after_sales":
            return TemplateNames.tr("Returns and repairs")
        case "feedback":
            return TemplateNames.tr("Reviews and feedback")
        case "calls":
            return TemplateNames.tr("Calls")
        case "greetings":
            return TemplateNames.tr("Greetings")
    words = category.replace("_", " ").strip()
    return words[:1].upper() + words[1:]


def shortcut_text(number: int) -> str:
    """ "Ctrl+1" as the platform writes it."""
    from PySide6.QtGui import QKeySequence

    return QKeySequence(f"Ctrl+{number}").toString(QKeySequence.SequenceFormat.NativeText)
