"""`python -m icat_report diff BASE [HEAD]`: what a change does to the report, not which files it touches.

For a reviewer of a pull request (CI writes it to the job summary) and for an editor before they
publish: per data file, the records added, removed and changed (the changed fields, long texts as
a word diff); the figures that move; the published pages whose text changes, with a short word
diff; the printed report's words before and after. revisions.py lays out each revision, records.py,
figures.py and pages.py compare them, summary.py writes the result as Markdown or text.
"""
