"""The languages promises are read in, and their cue tables."""

from __future__ import annotations

from console.promises.cues import LanguageCues
from console.promises.lang import de, en, hr, ru, sl, tr

CUES: dict[str, LanguageCues] = {
    cues.code: cues for cues in (en.CUES, hr.CUES, de.CUES, ru.CUES, sl.CUES, tr.CUES)
}
SUPPORTED = tuple(CUES)


class UnsupportedLanguage(ValueError):
    """Promises cannot be read in this language (yet)."""


def cues_for(language: str) -> LanguageCues:
    """The cue tables for ``language`` ("hr", "de-AT" → "de")."""
    code = language.lower().replace("_", "-").split("-")[0]
    try:
        return CUES[code]
    except KeyError:
        raise UnsupportedLanguage(
            f"promises are read in {', '.join(SUPPORTED)}, not '{language}'"
        ) from None
