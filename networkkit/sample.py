"""Realistic synthetic LinkedIn exports and outreach logs."""
