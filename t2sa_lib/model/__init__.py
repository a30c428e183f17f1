"""Text-to-parameters model: encoder setup, heads, training, checkpoints."""
