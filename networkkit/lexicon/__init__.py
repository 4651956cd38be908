"""networkkit.lexicon."""
