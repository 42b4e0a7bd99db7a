"""Step 1 of the data's path: YAML files read into plain values that remember their line and column."""
