"""Scaffold: replaced by the real loader."""


def load_export(path, **kwargs):  # pragma: no cover - scaffold
    """Read a LinkedIn data export (scaffold)."""
    raise NotImplementedError
