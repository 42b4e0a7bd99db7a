"""The report on paper: its PDF, typeset as a printed report from the built whole-report page.

`python -m icat_report pdf SITE_DIR [OUTPUT]` (make.py; `make pdf` runs it) reads the built
whole-report page (source.py), makes a document of its own from it: a cover and an inside
cover (front.py), a contents list with page numbers and the year in figures (contents.py,
figures.py), the chapters and the appendices (among them the grid of entities by priorities:
figures.py) with every address in a note (edits.py, document.py), and has WeasyPrint typeset
it with the paper stylesheet (paper.css, and the priorities' colours and icons from the data:
priorities.py) into a tagged PDF (typeset.py; notes_in_place.py, page_tops.py and chapters_alone.py
mend the pages), whose page margins become artifacts on the
way (finish.py). file.py says where the PDF lives in the site, download.py renders the link to it.
Nothing here imports MkDocs.
"""
