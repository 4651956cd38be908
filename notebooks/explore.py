# ---
# jupyter:
#   jupytext:
#     formats: py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Start here: explore your LinkedIn export
#
# This notebook reads your export into tidy pandas tables and shows where to go next. Set
# `export_path` in the next cell to your `Complete_LinkedInDataExport_….zip` (or its unpacked
# folder) and run all cells; left empty, it uses the bundled fictional sample. Nothing is
# written anywhere: the files stay as they are.

# %% tags=["parameters"]
export_path: str = ""  # LinkedIn export (zip, folder, or folder with one zip); empty: the sample
outreach_path: str = ""  # outreach event log (CSV or Parquet); empty: from your messages
anonymize: bool = False  # replace every name with a stable pseudonym such as Person 3F2A9C
as_of: str = ""  # when the data ends, YYYY-MM-DD; empty: the export date

# %%
import matplotlib.pyplot as plt

import networkkit as nk
from networkkit import plots
from networkkit import reports as nr

nr.setup()
raw = nk.load_export(export_path or nr.sample_export())
ex = nr.prepare_export(
    raw,
    anonymize=anonymize,
    key=nr.load_key_for("") if anonymize else None,
    as_of=as_of,
)
ex

# %% [markdown]
# ## What was read
#
# The parse report lists every file of the export, the layout (era) it was recognised as,
# the rows read and the rows skipped with the reason. Check it first: a file LinkedIn renamed
# or left out shows up here.

# %%
nr.show_parse_report(ex)

# %% [markdown]
# ## The tables
#
# Every table has fixed, documented columns (see `help(nk.load_export)`); timestamps are UTC.
# `ex.connections`, `ex.messages` and `ex.invitations` are the ones most measures use.
# E-mail addresses and phone numbers were removed by `nr.prepare_export`.

# %%
ex.connections.head()

# %%
ex.messages[["conversation_id", "sender_name", "sent_at", "direction", "content"]].head()

# %% [markdown]
# ## A first measure: growth
#
# Measures take the export first and return a tidy DataFrame; figures take that DataFrame
# first and return the matplotlib Axes.

# %%
with nr.section("Growth"):
    if nr.has_rows(ex.connections, what="connections", file="Connections.csv"):
        grown = nk.network.growth(ex, freq="Q")
        plots.growth(grown, title="Connections per quarter", xlabel="Quarter", ax=plt.gca())
        plt.show()

# %% [markdown]
# ## Outreach as an event log
#
# Outreach measures work on an event log (one row per sent, opened, replied … event). Your
# own first messages on LinkedIn become one with `nk.outreach.from_messages(ex)`; a
# recruiting tool's export is read with `nk.outreach.read_events(path)`.

# %%
if outreach_path:
    events = nk.outreach.read_events(outreach_path)
else:
    events, problem = nr.events_from_export(ex)
    if problem:
        nr.missing(problem)
events = nr.prepare_events(
    events, anonymize=anonymize, key=nr.load_key_for("") if anonymize else None
)
with nr.section("Funnel"):
    if nr.has_rows(events, what="conversations you started"):
        nr.show(
            nr.rate_table(
                nk.outreach.funnel(events, as_of=as_of or None),
                rates=["reply_rate", "open_rate"],  # as the funnel defines them
                keep=["sent", "delivered"],
            )
        )

# %% [markdown]
# ## Where next
#
# - `notebooks/network_report.py` and `notebooks/outreach_report.py` are the two reports;
#   `networkkit report all --export PATH` renders them to HTML in `reports/`.
# - `nk.network.*`: `met_in_person`, `invitations`, `reciprocity`, `freshness`,
#   `keep_warm`, `unanswered`, `inbound_offers` — each documented with its columns.
# - `nk.outreach.*`: `funnel`, `time_to_reply`, `reply_by_step`, `compare`, `cadence`,
#   `send_time`.
