"""Text classifiers as both teachers and students use them: the tokenizer, building a model, the
precision a device runs in, and batched inference."""
