"""The teacher stage: a teacher fit here, run from a checkpoint, or read from a file, and its top-k
truncation."""
