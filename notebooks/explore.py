# ---
# jupyter:
#   jupytext:
#     formats: py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#   language_info:
#     name: python
# ---

# %% [markdown]
# # Start here: explore your LinkedIn export
#
# This notebook walks through networkkit the way you would use it yourself: load an export,
# check what was read, take one measure of each kind, then drill down to one person, one
# company and one message template. Set `export_path` in the next cell to your
# `Complete_LinkedInDataExport_….zip` (or its unpacked folder) and run all cells; left empty,
# it uses the bundled fictional sample and its outreach log.
#
# **What it writes:** nothing, unless you set `anonymize = True` *and* a `key_path`: then the
# pseudonym key is read from that file, or created there on first use, and the cell says so.
# With `anonymize = True` and no `key_path`, the key lives in memory for this session only.
# Your export is only read.

# %% tags=["parameters"]
export_path: str = ""  # LinkedIn export (zip, folder, or folder with one zip); empty: the sample
outreach_path: str = ""  # outreach event log (CSV or Parquet); empty: sample log or your messages
anonymize: bool = False  # replace every name with a stable pseudonym such as Person 3F2A9C
as_of: str = ""  # when the data ends, YYYY-MM-DD; empty: the export date
key_path: str = ""  # pseudonym key file (read, or created); empty: a key for this session only

# %% [markdown]
# ## Load
#
# `nk.load_export` reads every file of the export into tidy pandas tables. Before anything is
# shown, `nk.prepare.scrub_export` removes e-mail addresses and phone numbers, and, when you
# ask for it, `nk.prepare.anonymize_export` replaces every name with a pseudonym derived from
# a secret key.

# %%
# %matplotlib inline
import dataclasses
import secrets
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import display

import networkkit as nk

nk.plots.use_style()
pd.set_option("display.max_columns", 20)
pd.set_option("display.max_colwidth", 80)

raw = nk.load_export(export_path or nk.reports.sample_export())
ex = nk.prepare.scrub_export(raw)
if as_of:
    ex = dataclasses.replace(ex, as_of=pd.Timestamp(as_of, tz="UTC"))
key = None
if anonymize:
    if key_path:
        key = nk.prepare.load_key(key_path)
        print(f"Pseudonym key: {Path(key_path).expanduser().resolve()} (read, or created now).")
    else:
        key = secrets.token_bytes(32)
        print("Pseudonym key: new for this session, kept in memory; nothing was written.")
    ex = nk.prepare.anonymize_export(ex, key=key)
ex

# %% [markdown]
# ## What was read
#
# The parse report lists every file of the export, the layout (era) it was recognised as,
# the rows read and the rows skipped with the reason. Check it first: a file LinkedIn renamed
# or left out shows up here.

# %%
skipped = int(ex.parse_report["skipped"].sum())
print(
    f"{len(ex.parse_report)} files read, {skipped} rows skipped; data up to {ex.as_of:%Y-%m-%d}."
)
ex.parse_report

# %% [markdown]
# ## The tables
#
# Every table has fixed, documented columns (see `help(nk.load_export)`); timestamps are UTC,
# a value that could not be read is missing (NA), never a guess. `ex.connections`,
# `ex.messages` and `ex.invitations` are the ones most measures use.

# %%
ex.connections[["full_name", "company", "position", "connected_on"]].head()

# %%
ex.messages[["conversation_id", "sender_name", "sent_at", "direction", "content"]].head()

# %% [markdown]
# ## One measure of each kind
#
# A measure takes the export (or an outreach event log) first and returns a tidy DataFrame
# whose docstring lists its columns. Every rate comes with its numerator, its denominator and
# a 95 % Wilson interval; `nk.describe_rates(result)` lists them as the measure itself defines
# them, so a rate is never shown over another denominator than its own.
#
# **Growth**: how many people you connected with per quarter, and the running total.

# %%
growth = nk.network.growth(ex, freq="Q")
if len(growth):
    nk.plots.growth(growth, title="Connections per quarter", xlabel="Quarter")
    plt.show()
growth.tail()

# %% [markdown]
# **Reciprocity**: of your connections, the share you have exchanged at least one message
# with, and the share where both sides wrote.

# %%
nk.describe_rates(nk.network.reciprocity(ex))[["rate", "text"]]

# %% [markdown]
# **Freshness**: when you last exchanged a message with each connection; *dormant* means more
# than a year ago, *never* means no message at all.

# %%
nk.describe_rates(nk.network.freshness_summary(ex))[["status", "text"]]

# %% [markdown]
# **Invitations**: how many of your invitations carried a note, and how many of those sent
# long enough ago were accepted.

# %%
nk.describe_rates(nk.network.invitations(ex))[["direction", "note", "rate", "text"]]

# %% [markdown]
# **Unanswered**: conversations you started that got no reply within 14 days.

# %%
nk.describe_rates(nk.network.unanswered_summary(ex))[["rate", "text"]]

# %% [markdown]
# ## Outreach
#
# Outreach measures work on an event log: one row per sent, opened, clicked, replied …
# event. A recruiting tool's export is read with `nk.outreach.read_events(path)`; your own
# first messages on LinkedIn become one with `nk.outreach.from_messages(ex)`.
#
# **Funnel**: per thread (one person contacted in one sequence), how many were delivered,
# opened, clicked and answered. Open and click rates count only threads whose channel can
# track them (e-mail, not LinkedIn messages), so their denominator is `tracked`, not
# `delivered`.

# %%
if outreach_path:
    events = nk.outreach.read_events(outreach_path)
elif not export_path:
    events = nk.outreach.read_events(nk.reports.sample_outreach())
else:
    try:
        events = nk.outreach.from_messages(ex)
    except nk.ExportError as err:
        print(f"No outreach threads from this export: {err}")
        events = pd.DataFrame(columns=nk.outreach.EVENT_COLUMNS)
events = nk.prepare.scrub_events(events)
if key is not None:
    # the export's people are looked for in the log's templates and campaigns too
    events = nk.prepare.anonymize_events(events, key=key, people=nk.prepare.known_people(raw))
if len(events):
    funnel = nk.outreach.funnel(events, as_of=as_of or None)
    display(nk.describe_rates(funnel)[["rate", "numerator", "denominator", "text"]])
else:
    print("No outreach events to measure.")

# %% [markdown]
# **Reply by step**: of the threads that received the first, second, third … message, the
# share answered after that message, before the next.

# %%
if len(events):
    by_step = nk.describe_rates(nk.outreach.reply_by_step(events), labels=["step"])
    display(by_step[["step", "text"]])

# %% [markdown]
# ## Drill down: one person
#
# The connection you exchanged the most messages with: their status (from
# `nk.network.freshness`) and the conversation, oldest message first.

# %%
fresh = nk.network.freshness(ex)
people = fresh[fresh["is_connection"] & (fresh["messages"] > 0)]
if people.empty:
    print("No connection you exchanged messages with in this export.")
else:
    person = people.sort_values(["messages", "last_exchange"], ascending=False).iloc[0]
    print(
        f"{person['full_name']}: {person['messages']} messages, last on "
        f"{person['last_exchange']:%Y-%m-%d} ({person['days_since']:.0f} days ago): "
        f"{person['status']}."
    )
    msgs = ex.messages
    theirs = (msgs["sender_key"] == person["member_key"]).fillna(False) | msgs[
        "recipient_keys"
    ].map(lambda keys: pd.api.types.is_list_like(keys) and person["member_key"] in list(keys))
    history = msgs.loc[theirs, ["sent_at", "direction", "sender_name", "content"]]
    display(history.sort_values("sent_at").head(20))

# %% [markdown]
# ## Drill down: one company
#
# `nk.network.companies` counts your connections per employer (legal suffixes and spelling
# variants merged); `nk.network.people_at` lists who they are.

# %%
top = nk.network.companies(ex, top=5)
display(top[["company", "connections", "sentence"]])
if len(top):
    people_there = nk.network.people_at(ex, top["company"].iloc[0])
    display(people_there[["full_name", "position", "connected_on"]])

# %% [markdown]
# ## Drill down: one template
#
# `nk.outreach.threads(events, by="template")` has one row per thread, with its template:
# here the threads of the most used one, and that template's rates from the funnel by
# template.

# %%
threads = nk.outreach.threads(events, by="template") if len(events) else pd.DataFrame()
if threads.empty or threads["template"].isna().all():
    print("This event log names no templates.")
else:
    template = threads["template"].value_counts().index[0]
    mine = threads[threads["template"] == template]
    print(f"{template}: {len(mine)} threads, {int(mine['replied'].sum())} with a reply.")
    display(mine[["first_touch_at", "steps", "opened", "replied", "days_to_reply"]].head(10))
    by_template = nk.describe_rates(nk.outreach.funnel(events, by="template"))
    display(by_template[by_template["template"] == template][["rate", "text"]])

# %% [markdown]
# ## Reuse a figure
#
# The figures of the reports are functions in `nk.plots`: data first, options by keyword,
# `ax=` in and the Axes out (`bars`, `cadence`, `funnel`, `growth`, `heatmap`, `rates`,
# `time_to_reply`, `trend`). `nk.plots.rates` draws any rates with their intervals, here
# straight from `nk.describe_rates`:

# %%
if len(events) and events["template"].notna().any():
    replies = by_template[by_template["rate"] == "reply_rate"]
    nk.plots.rates(
        replies,
        label="template",
        rate="value",
        low="low",
        high="high",
        numerator="k",
        denominator="n",
        title="Reply rate by template",
    )
    plt.show()

# %% [markdown]
# ## Where next
#
# - The two reports: `networkkit report all --export PATH` renders them to HTML in
#   `reports/`; in Python, `nk.reports.render("network", parameters={...}, out_dir="reports")`.
#   Their notebooks are `notebooks/network_report.py` and `notebooks/outreach_report.py`.
# - `nk.network.*`: `growth`, `companies`, `people_at`, `met_in_person`, `invitations`,
#   `reciprocity`, `initiative`, `response_latency`, `freshness`, `keep_warm`, `unanswered`,
#   `inbound_offers`, `compare_exports`; each documents its columns (`help(...)`).
# - `nk.outreach.*`: `funnel`, `threads`, `time_to_reply`, `reply_by_step`, `compare`,
#   `cadence`, `send_time`; they also run on Polars, DuckDB and Spark frames.
