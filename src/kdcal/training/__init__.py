"""The training stage: the students' tokenizer, model, losses and resumable training loop."""
