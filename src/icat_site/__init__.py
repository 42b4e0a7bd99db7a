"""The MkDocs adapter of the report: the `icat-report` plugin (plugin.py) and what it does in a build.

Everything MkDocs-specific lives here, in macros.py and in hooks/; the report itself (data, checks,
renderers) is the `icat_report` package, which runs without MkDocs.
"""
