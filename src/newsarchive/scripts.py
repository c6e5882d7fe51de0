"""Writing systems the text passes tell apart, kept in one place (standard library only, so that
both the cleaner and the analysis can read it without importing the other)."""
import re
import unicodedata
from functools import lru_cache

#: The capitals of the Latin alphabets ("Ö", "Ł", "Š"), a character class's contents: names and
#: places in Polish, Czech or Turkish open with them as others do with A to Z.
LATIN_CAPITALS = "A-Z" + "".join(char for char in map(chr, range(0xC0, 0x250)) if char.isupper())

#: Thai, Lao, Myanmar and Khmer: written without spaces between words, as Chinese and Japanese
#: are, and ending no sentence with a full stop. A character class's ranges.
SPACELESS_SOUTHEAST_ASIAN = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"


def _combining_marks() -> str:
    """A character class of the combining marks (Unicode categories Mn, Mc, Me), which ``\\w``
    leaves out: the vowel signs and viramas of Hindi, Bengali or Tamil words (and the accents
    of decomposed Latin text) are parts of their words. Read from the Unicode database where
    marks stand (about 20,000 code points, a millisecond or two), not written out by hand."""
    ranges: list[tuple[int, int]] = []
    for low, high in ((0x0300, 0x3100), (0xA600, 0xABFF), (0xFB1E, 0xFE30)):
        for code in range(low, high):
            if unicodedata.category(chr(code))[0] == "M":
                if ranges and ranges[-1][1] == code - 1:
                    ranges[-1] = (ranges[-1][0], code)
                else:
                    ranges.append((code, code))
    return "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in ranges)


#: Combining marks, as a character class's ranges.
COMBINING_MARKS = _combining_marks()


@lru_cache(maxsize=1 << 16)
def as_addresses_write(text: str) -> str:
    """``text`` as web addresses write it, to compare the two: without accents ("darán" is
    "daran" in a slug, "Nestlé" is "nestle" in a domain), "ß" as "ss", and a German umlaut alike
    whether an address drops its dots or spells them out ("gelöst", "gelost" and "geloest" are
    all "gelost"). Cached: it is asked about single words, the same ones over and over."""
    unaccented = "".join(char for char in unicodedata.normalize("NFKD", text.replace("ß", "ss"))
                         if not unicodedata.combining(char))
    return _SPELT_OUT_UMLAUT.sub(r"\1", unaccented)


_SPELT_OUT_UMLAUT = re.compile(r"([aouAOU])e")
