"""Pure renderers: report data in, Markdown out. Nothing here knows about MkDocs.

Each function takes the `Report` and an `Href` (how to write a link from the page
being rendered to another page) and returns Markdown for a macro to insert.
"""
