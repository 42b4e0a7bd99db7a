"""Step 3: the read values checked against the model and against each other, every problem at once."""
