"""The last pass over a kept notebook: warnings and errors scrubbed, paths turned into labels."""

from __future__ import annotations

import nbformat

from networkkit.reports._outputs import clean_outputs, path_labels, relabel


def test_every_spelling_of_a_path_becomes_its_label(tmp_path):
    log = tmp_path / "Tabitha Voss" / "Tabitha Voss gem log.csv"
    params = {"outreach_path": str(log), "export_path": str(tmp_path / "x"), "anonymize": True}
    labels = path_labels(params)
    text = f"read {log}, file {log.name} in {log.parent}; &lt;{log.name}&gt;"
    out = relabel(text, labels)
    assert "Tabitha" not in out and "gem log" not in out
    assert out.count("the outreach log") >= 2


def test_kept_notebooks_have_warnings_scrubbed_and_paths_labelled(tmp_path):
    export = tmp_path / "Renée Ng export"
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("x = 1")
    cell.outputs = [
        nbformat.v4.new_output(
            "stream",
            name="stderr",
            text=f"UserWarning: bad value 'Wei Li' in {export}; +33 6 12 34 56 78\n",
        ),
        nbformat.v4.new_output(
            "error", ename="ValueError", evalue=f"'Wei Li' in {export}", traceback=[f"{export}"]
        ),
        nbformat.v4.new_output("display_data", data={"text/plain": f"from {export}"}),
    ]
    nb.cells.append(cell)
    plain = clean_outputs(nbformat.from_dict(nb), {"export_path": str(export)})
    kept = plain.cells[0].outputs
    assert "[phone]" in kept[0]["text"] and "Wei Li" in kept[0]["text"]  # names stay
    anon = clean_outputs(nbformat.from_dict(nb), {"export_path": str(export), "anonymize": True})
    text = str(anon.cells[0].outputs)
    assert "Wei Li" not in text and "Renée" not in text and "+33" not in text
    assert "the export" in text
