"""The site as a plain project (final Markdown, files, config) that Zensical builds without our plugins."""
