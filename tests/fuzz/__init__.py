"""Property-based fuzzing of the real data files and pages (issue 10).

mutations.py and payloads.py make cases (changed copies of data/ and docs/),
strategies.py draws them with Hypothesis or with a seeded random generator,
worker.py checks and builds one case in a separate process, site_check.py reads
the built site, invariant.py runs the workers and names each case's outcome.
"""
