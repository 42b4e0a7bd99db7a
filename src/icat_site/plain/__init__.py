"""The site's final pages as a plain project that Zensical builds (`python -m icat_report render`)."""
