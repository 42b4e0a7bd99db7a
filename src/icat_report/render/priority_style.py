"""The priorities' colours and icons as a stylesheet, written from data/priorities.yaml.

For each priority N the stylesheet defines, on :root,
`--icat-priority-N` (its colour: fills, with white text on them, and text on paper and
the light page), `--icat-priority-N-ink` (text and rules on the page: the colour itself by
day, the nearest tint that reads on the night page by night), `--icat-priority-N-mark` (chart
marks and bars: the colour itself by day, by night the least tint that a graphic needs, 3:1, so
the marks keep the tiles' colour instead of fading to the text's pastels) and
`--icat-priority-N-icon` (its icon, for a CSS mask). Every element about a priority carries `data-priority="N"`,
which sets the unnumbered `--icat-priority`, `--icat-priority-ink`, `--icat-priority-mark` and `--icat-priority-icon`
for the stylesheets to use. Colours are checked for contrast when the data is loaded
(model/types.py); the night tints are computed here (model/colour.py). The few other icons
the stylesheets draw (SITE_ICONS, e.g. `--icat-photo-icon`) are written here too, from the
same icon sets.
"""

from __future__ import annotations

from ..model.colour import SLATE_BACKGROUND, WHITE, ink_on, mix
from ..report import Report
from .icons import icon_css_url

STYLESHEET = "assets/stylesheets/priorities.css"
NIGHT_INK_RATIO = 4.8  # a margin over AA (4.5:1) for small text on the night page
NIGHT_MARK_RATIO = 3.1  # a margin over WCAG 1.4.11 (3:1) for graphics on the night page
# The lightest night ground a priority's text sits on: a card (tokens.css: --icat-card-bg, 5% white).
NIGHT_CARD = mix(SLATE_BACKGROUND, WHITE, 0.05)
SITE_ICONS = {"photo": "material/image-off-outline"}  # --icat-NAME-icon: a photo not reproduced


def priority_stylesheet(report: Report) -> str:
    """The stylesheet's text (colours are #rrggbb and icons known names: the model checked both)."""
    day = [f"  --icat-{name}-icon: {icon_css_url(icon)};" for name, icon in SITE_ICONS.items()]
    night, scoped = [], []
    for priority in report.priorities:
        n = priority.number
        day += [
            f"  --icat-priority-{n}: {priority.colour};",
            f"  --icat-priority-{n}-ink: {priority.colour};",
            f"  --icat-priority-{n}-mark: {priority.colour};",
            f"  --icat-priority-{n}-icon: {icon_css_url(priority.icon)};",
        ]
        night.append(f"    --icat-priority-{n}-ink: {ink_on(priority.colour, NIGHT_CARD, NIGHT_INK_RATIO)};")
        night.append(f"    --icat-priority-{n}-mark: {ink_on(priority.colour, NIGHT_CARD, NIGHT_MARK_RATIO)};")
        scoped.append(
            f'[data-priority="{n}"] {{\n  --icat-priority: var(--icat-priority-{n});\n'
            f"  --icat-priority-ink: var(--icat-priority-{n}-ink);\n"
            f"  --icat-priority-mark: var(--icat-priority-{n}-mark);\n"
            f"  --icat-priority-icon: var(--icat-priority-{n}-icon);\n}}"
        )
    return (
        "/* Written by the build from data/priorities.yaml (icat_report/render/priority_style.py). */\n"
        ":root {\n" + "\n".join(day) + "\n}\n\n"
        "/* The night palette is for screens: on paper the day colours print. */\n"
        '@media screen {\n  [data-md-color-scheme="slate"] {\n'
        + "\n".join(night)
        + "\n  }\n}\n\n"
        + "\n\n".join(scoped)
        + "\n"
    )
