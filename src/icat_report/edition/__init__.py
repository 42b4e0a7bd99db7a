"""The printed edition of 2021, kept with the code: its text, the records it holds, and the measure
of how much of its text a site shows.

The printed report's text (printed-report-2021.txt, a text extraction of its PDF) and the ids of
the records it holds (printed-records-2021.json) never change. icat_report.departures measures a
project against them; `make check` tells it as information, and "Notes on this edition" tells
readers. Neither ever blocks an edit.
"""
