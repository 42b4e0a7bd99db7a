"""Step 5: the site's pages assembled from rendered Markdown and HTML (knows nothing of MkDocs)."""
