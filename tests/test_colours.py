"""The priorities' colours in the built stylesheet: from the data, text at AA in both palettes, the
timeline's marks at 3:1 in the tiles' colours, and the neutral mark for "no priority given"."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from projects import EDITION

DATA = EDITION / "data"  # the 2021 edition: an edit of data/ cannot fail these

WHITE = "#ffffff"
# The night grounds a priority's text sits on (tokens.css: Material's slate with --md-hue 205, and a card on it).
NIGHT_GROUNDS = {"the night page": "#1e2529", "a card at night": "#293034"}


def _luminance(colour: str) -> float:
    """WCAG 2 relative luminance, written here from the definition (not the site's own model/colour.py)."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _contrast(first: str, second: str) -> float:
    high, low = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _stylesheet(site: Path) -> str:
    return (site / "assets" / "stylesheets" / "site.css").read_text(encoding="utf-8")


def test_each_priority_has_its_colour_and_icon_from_the_data(built_site):
    priorities = yaml.safe_load((DATA / "priorities.yaml").read_text(encoding="utf-8"))
    css = _stylesheet(built_site)
    day = css[css.index(":root {") : css.index("@media screen")]
    for priority in priorities:
        n = priority["number"]
        assert f"--icat-priority-{n}: {priority['colour'].lower()};" in day
        assert f"--icat-priority-{n}-icon: url(" in day
        assert f'[data-priority="{n}"] {{' in css
    assert len({p["colour"].lower() for p in priorities}) == len(priorities), "two priorities share a colour"
    assert len({p["icon"] for p in priorities}) == len(priorities), "two priorities share an icon"


def _priorities_and_styles(site: Path) -> tuple[list[dict], str, str]:
    """The 2021 priorities, the site's stylesheet, and its night part (from the priorities' generated block on)."""
    priorities = yaml.safe_load((DATA / "priorities.yaml").read_text(encoding="utf-8"))
    css = _stylesheet(site)
    night = css[css.index('[data-md-color-scheme="slate"] {', css.index("priority_style.py")) :]
    return priorities, css, night


def test_the_priorities_colours_keep_aa_contrast_in_both_palettes(built_site):
    priorities, _, night = _priorities_and_styles(built_site)
    for priority in priorities:
        n, colour = priority["number"], priority["colour"].lower()
        # By day: white text on the colour, and the colour as text on white (the same ratio).
        assert _contrast(colour, WHITE) >= 4.5, (n, colour)
        # By night: the priority's text colour on every night ground.
        ink = re.search(rf"--icat-priority-{n}-ink: (#[0-9a-f]{{6}});", night)[1]
        for ground, background in NIGHT_GROUNDS.items():
            assert _contrast(ink, background) >= 4.5, f"priority {n}: {ink} on {ground} ({background})"


def test_the_timelines_marks_keep_their_colour_and_3_to_1_in_both_palettes(built_site):
    priorities, css, night = _priorities_and_styles(built_site)
    for priority in priorities:
        n, colour = priority["number"], priority["colour"].lower()
        assert f"--icat-priority-{n}-mark: {colour};" in css, "by day a mark is the tile's own colour"
        mark = re.search(rf"--icat-priority-{n}-mark: (#[0-9a-f]{{6}});", night)[1]
        ink = re.search(rf"--icat-priority-{n}-ink: (#[0-9a-f]{{6}});", night)[1]
        for ground, background in NIGHT_GROUNDS.items():  # WCAG 1.4.11: graphics 3:1
            assert _contrast(mark, background) >= 3, f"priority {n}: mark {mark} on {ground}"
        assert _contrast(mark, colour) < _contrast(ink, colour), f"priority {n}: the mark nearer the tile than the text"
    # "No priority given": a filled neutral, 3:1 in both palettes, a grey (low chroma) no priority is mistaken for;
    # and no more than a graphic needs, so that it recedes behind the priorities' colours.
    day, dark = re.findall(r"--icat-timeline-none: (#[0-9a-f]{6});", css)
    assert 3 <= _contrast(day, WHITE) < 3.5 and all(3 <= _contrast(dark, bg) < 3.7 for bg in NIGHT_GROUNDS.values())
    for neutral in (day, dark):
        channels = [int(neutral[i : i + 2], 16) for i in (1, 3, 5)]
        assert max(channels) - min(channels) <= 0x30, f"{neutral} is a grey, not a colour"
        assert neutral not in {p["colour"].lower() for p in priorities}
