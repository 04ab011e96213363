"""A cheap guess of the language a customer wrote in, among the six our shops answer in.

Counts frequent function words and language-specific letters in the first couple of thousand
characters; returns None when the evidence is thin. Good enough to preselect a reply template
language, not a linguistic classifier.
"""

from __future__ import annotations

import re
from typing import Final

_SAMPLE: Final = 2000
_MIN_SCORE: Final = 2.0
_WORD: Final = re.compile(r"[^\W\d_]+")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_STOPWORDS: Final[dict[str, frozenset[str]]] = {
    "en": _words(
        """the and you your is are to of for with have has not this that my order please
        thanks thank hello hi would could can will it be was where when"""
    ),
    "de": _words(
        """und der die das ich sie nicht ist mit für ein eine meine mein bitte danke hallo
        bestellung wann haben habe wir ihr ihre noch schon auf zu den dem des von"""
    ),
    "hr": _words(
        """i je da sam nije što šta kako molim hvala lijep lijepo pozdrav narudžba narudžbu
        poštovani također ali još li bi može možete jer koji koja kada gdje ste"""
    ),
    "sl": _words(
        """in je da sem ni kaj kako prosim hvala lep lepo pozdrav naročilo naročila
        spoštovani tudi ali še bi lahko ker ki kdaj kje ste pa sta"""
    ),
    "ru": _words(
        """и в не на я что с как по это мой моя заказ пожалуйста спасибо здравствуйте
        добрый день когда где вы мне у но"""
    ),
    "tr": _words(
        """ve bir bu için ile ne da de mi siparişim sipariş lütfen teşekkürler teşekkür
        merhaba iyi günler ben siz nasıl nerede zaman kargo değil"""
    ),
}

_LANGUAGES_OF: Final[dict[str, tuple[str, ...]]] = {
    word: tuple(language for language, words in _STOPWORDS.items() if word in words)
    for word in frozenset().union(*_STOPWORDS.values())
}
"""Each function word and the languages it belongs to: one lookup a word."""

_LETTERS: Final[dict[str, str]] = {
    "de": "äöüß",
    "hr": "ćđ",
    "tr": "ığşİ",
}
_CYRILLIC: Final = re.compile(r"[\u0400-\u04ff]")


def guess_language(text: str) -> str | None:
    """ "en", "hr", "de", "ru", "sl" or "tr", or None when unsure."""
    sample = text[:_SAMPLE].lower()
    if not sample:
        return None
    cyrillic = len(_CYRILLIC.findall(sample))
    if cyrillic > 20 or (cyrillic > 3 and cyrillic * 3 > len(sample)):
        return "ru"
    scores = dict.fromkeys(_STOPWORDS, 0.0)
    for word in _WORD.findall(sample):
        for language in _LANGUAGES_OF.get(word, ()):
            scores[language] += 1.0
    for language, letters in _LETTERS.items():
        scores[language] += 0.5 * sum(sample.count(letter) for letter in letters)
    if "ije" in sample:  # ijekavian spelling (lijepo, vrijeme) is Croatian, not Slovenian
        scores["hr"] += 0.5 * sample.count("ije")
    best = max(scores, key=lambda language: scores[language])
    ranked = sorted(scores.values(), reverse=True)
    if ranked[0] < _MIN_SCORE or ranked[0] < 1.3 * ranked[1]:
        return None
    return best
