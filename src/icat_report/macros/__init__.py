"""What a page may call and print: the report's macros, their checks before anything renders,
and where the report mentions each member (knows nothing of MkDocs; macros.py registers them)."""
