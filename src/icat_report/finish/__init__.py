"""A page's Markdown finished after the macros: links resolved, footnotes added, acronyms explained."""
