"""A horizontal bar chart for the terminal: one labelled bar per period, scaled to the width."""
from __future__ import annotations

_EIGHTHS = " ▏▎▍▌▋▊▉"


def bar_chart(counts: list[tuple[str, int]], *, width: int = 80, unicode: bool = True) -> list[str]:
    """Lines of ``label │████▌ count``; bars are scaled so the largest fills the width left."""
    if not counts:
        return []
    label_width = max(len(label) for label, _ in counts)
    top = max(count for _, count in counts)
    number_width = len(str(top))
    room = max(10, width - label_width - number_width - 4)
    lines = []
    for label, count in counts:
        length = count / top * room if top else 0
        lines.append(f"{label:>{label_width}} {'│' if unicode else '|'}{_bar(length, unicode)} {count}")
    axis = "└" if unicode else "+"
    lines.append(f"{'':>{label_width}} {axis}{('─' if unicode else '-') * room}")
    lines.append(f"{'':>{label_width}}  0{'':>{room - len(str(top)) - 1}}{top}")
    return lines


def _bar(length: float, unicode: bool) -> str:
    whole = int(length)
    if not unicode:
        return "#" * whole
    eighths = int((length - whole) * 8)
    return "█" * whole + (_EIGHTHS[eighths] if eighths else "")
