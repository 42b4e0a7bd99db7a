"""The whole report on one page: the site's pages joined in reading order (knows nothing of MkDocs)."""
