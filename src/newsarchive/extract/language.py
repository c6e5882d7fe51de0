"""The language of an article, detected from its text (py3langid: offline, model bundled).

Pages often declare no language or a wrong one (a template's ``lang="en"`` on a German
story), so the text decides; the page's own declaration is the fallback for texts too
short to judge.
"""
from __future__ import annotations

#: Below this many letters a guess is noise.
MIN_LETTERS = 40


def detect_language(text: str) -> str:
    """ISO 639-1 code of ``text``'s language, or "" when there is too little text to tell."""
    if sum(1 for char in text[:2000] if char.isalpha()) < MIN_LETTERS:
        return ""
    import py3langid   # loads its model once per process, on first use

    code, _ = py3langid.classify(text)
    return str(code)
