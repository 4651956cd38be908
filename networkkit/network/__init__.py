"""networkkit.network."""
