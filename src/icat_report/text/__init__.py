"""Text written by editors: the Markdown conventions of the data, and escaping by output context."""
