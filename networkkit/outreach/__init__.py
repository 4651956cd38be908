"""networkkit.outreach."""
