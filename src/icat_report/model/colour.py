"""Colours as WCAG measures them: relative luminance, contrast ratio, and a tint that reads on the night page.

The priorities' colours come from data/priorities.yaml; the site writes text in them and
white text on them. WCAG 2.2 (1.4.3) asks 4.5:1 for text: the model refuses a colour that
misses it, and `ink_on` finds, for the dark palette, the nearest tint of a colour that
reads as text on its background.
"""

from __future__ import annotations

import re
from functools import cache

AA_TEXT = 4.5
WHITE = "#ffffff"
# Material's night background with this site's blue-grey hue (tokens.css: --md-hue: 205):
# hsla(205, 15%, 14%), as the browser computes it; and the cards' ground on it (5% white).
SLATE_BACKGROUND = "#1e2529"
HEX_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


def _channels(colour: str) -> tuple[int, int, int]:
    if not HEX_COLOUR.match(colour):
        raise ValueError(f"{colour!r} is not a colour written #rrggbb")
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


@cache  # a pure function of a few colours, asked hundreds of times a build (ink_on tries tint after tint)
def luminance(colour: str) -> float:
    """WCAG 2 relative luminance of #rrggbb."""

    def linear(channel: int) -> float:
        value = channel / 255
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (linear(c) for c in _channels(colour))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(first: str, second: str) -> float:
    """The WCAG contrast ratio of two colours, from 1 to 21."""
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def mix(colour: str, other: str, share: float) -> str:
    """colour moved `share` (0 to 1) of the way towards other, as #rrggbb."""
    pairs = zip(_channels(colour), _channels(other), strict=True)
    return "#" + "".join(f"{round(a + (b - a) * share):02x}" for a, b in pairs)


def ink_on(colour: str, background: str = SLATE_BACKGROUND, ratio: float = AA_TEXT) -> str:
    """The colour itself if text in it reads on background, else the least tint towards white that does."""
    for step in range(0, 101):
        tint = mix(colour, WHITE, step / 100)
        if contrast(tint, background) >= ratio:
            return tint
    return WHITE
