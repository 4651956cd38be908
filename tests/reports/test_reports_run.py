"""Running reports: parameters come from the notebooks, mistakes are named before any run."""

from __future__ import annotations

import pytest

from networkkit.errors import ExportError, ParameterError
from networkkit.prepare import RULES
from networkkit.reports import build_parameters, notebook_defaults, run


def test_defaults_are_read_from_the_notebook():
    defaults = notebook_defaults("outreach")
    assert defaults["compare_by"] == "template"
    assert defaults["reply_window_days"] == 30
    assert defaults["anonymize"] is False
    assert notebook_defaults("network")["top_n"] == 15


def test_custom_notebooks_bring_their_own_defaults(tmp_path, monkeypatch):
    source = tmp_path / "network_report.py"
    source.write_text(
        '# %% tags=["parameters"]\nexport_path: str = ""  # the export\n'
        "history_path: str = ''  # the history\ntop_n: int = 7  # rows\n"
    )
    monkeypatch.setenv("NETWORKKIT_NOTEBOOKS", str(tmp_path))
    params = build_parameters("network", export=None, outreach=None, out_dir=tmp_path)
    assert set(params) == {"export_path", "history_path", "top_n"}
    assert params["top_n"] == 7
    assert params["history_path"] == str((tmp_path / "history.duckdb").resolve())


def test_an_unknown_parameter_is_named_with_what_the_reports_take(tmp_path):
    with pytest.raises(ParameterError, match="unknown parameter 'colour'; the report takes: "):
        run(["network"], out_dir=tmp_path, parameters=[("colour", "red")], progress=False)
    assert not list(tmp_path.iterdir())  # nothing ran


@pytest.mark.parametrize(
    ("pair", "message"),
    [
        (("top_n", "many"), "parameter top_n takes a whole number, not 'many'"),
        (("anonymize", "perhaps"), "parameter anonymize takes true or false, not 'perhaps'"),
        (
            ("start_date", "Monday"),
            f"parameter start_date takes {RULES['start_date']}, not 'Monday'",
        ),
    ],
)
def test_a_value_that_cannot_be_read_is_a_parameter_error(tmp_path, pair, message):
    with pytest.raises(ParameterError) as info:
        run(["network"], out_dir=tmp_path, parameters=[pair], progress=False)
    assert str(info.value) == message


def test_a_missing_export_is_named_before_any_run(tmp_path):
    missing = tmp_path / "nowhere.zip"
    with pytest.raises(ExportError) as info:
        run(["network"], export=missing, out_dir=tmp_path / "out", progress=False)
    assert (
        str(info.value)
        == f"{missing}: no such file or folder; pass a LinkedIn export zip or folder."
    )
    assert not (tmp_path / "out").exists()
