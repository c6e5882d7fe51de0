"""Writing systems the text passes tell apart, kept in one place (standard library only, so that
both the cleaner and the analysis can read it without importing the other)."""

#: Thai, Lao, Myanmar and Khmer: written without spaces between words, as Chinese and Japanese
#: are, and ending no sentence with a full stop. A character class's ranges.
SPACELESS_SOUTHEAST_ASIAN = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"
