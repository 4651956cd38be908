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
# # Your network
#
# What your LinkedIn data export says about your professional network: how it grew, whom you
# have met, how you invite, who you stay in touch with, who is waiting for an answer, and who
# writes to you with job offers. Every rate shows its counts and a 95 % interval.

# %% tags=["parameters", "remove_cell"]
export_path: str = ""  # LinkedIn export (zip, folder, or folder with one zip); empty: the sample
start_date: str = ""  # first day to include, YYYY-MM-DD; empty: from the beginning
end_date: str = ""  # last day to include, YYYY-MM-DD; empty: up to the export date
as_of: str = ""  # when the data ends, YYYY-MM-DD; empty: the export date
anonymize: bool = False  # replace every name with a stable pseudonym such as Person 3F2A9C
top_n: int = 15  # rows in each top-N list (companies, keep-warm, unanswered, offers)
history_path: str = ""  # DuckDB file of earlier runs; empty: no trend
annotations_path: str = ""  # your met-in-person annotations CSV; empty: none

# %% tags=["remove_cell"]
import matplotlib.pyplot as plt

import networkkit as nk
from networkkit import history, plots, prepare
from networkkit import reports as nr

nr.setup()
inputs = prepare.network_inputs(
    export_path, annotations_path=annotations_path, anonymize=anonymize,
    history_path=history_path, start_date=start_date, end_date=end_date, as_of=as_of,
)  # fmt: skip
# the annotations are keyed and scrubbed like the export, so they apply under --anonymize
ex, annotations, annotation_error = inputs.ex, inputs.annotations, inputs.annotation_error
results = {}  # each section's measures, for the headline and the run history

# %%
nr.describe_scope(ex, start_date=start_date, end_date=end_date, anonymize=anonymize)
nr.note(ex.inferred.summary())  # inferred owner and data end, how sure; files skipped

# %% [markdown]
# ## Growth and composition
#
# How many people you connected with each month, and where your connections work now.

# %%
with nr.section("Growth and composition"):
    if nr.has_rows(ex.connections, what="connections", file="Connections.csv"):
        grown = nk.network.growth(ex)
        if nr.has_rows(grown, what="dated connections", file="Connections.csv"):
            plots.growth(grown, ax=plt.figure().gca())
            plt.show()
            last = grown.tail(12)
            nr.say(
                f"{int(grown['cumulative'].iloc[-1]):,} dated connections in all; "
                f"{int(last['new_connections'].sum()):,} in the last {len(last)} months shown."
            )
        top = nk.network.companies(ex, top=top_n)
        if nr.has_rows(top, what="connections with a company", file="Connections.csv"):
            plots.bars(
                top,
                label="company",
                value="connections",
                title=f"Top {len(top)} employers of your connections",
                xlabel="Connections",
                ax=plt.figure(figsize=(8, 0.3 * len(top) + 1.2)).gca(),
            )
            plt.show()
            nr.show(top, columns=["company", "connections", "share"], percent=["share"])

# %% [markdown]
# ## Met in person
#
# The share of your connections you have met in person: confirmed by your own annotations,
# inferred from what an invitation note or message says ("great meeting you at …"), or
# unknown — and unknown is not "no".

# %%
with nr.section("Met in person"):
    if annotation_error is not None:
        raise annotation_error
    if nr.has_rows(ex.connections, what="connections", file="Connections.csv"):
        met = nk.network.met_in_person(ex, annotations)
        results["met"] = nk.network.met_in_person_summary(ex, per_connection=met)
        nr.show_met(results["met"], met, top_n=top_n)

# %% [markdown]
# ## Invitations and notes
#
# How often an invitation carries a personal note, in each direction, and how many of your
# own invitations were accepted (among those at least 21 days old).

# %%
with nr.section("Invitations and notes"):
    if nr.has_rows(ex.invitations, what="invitations", file="Invitations.csv"):
        results["invitations"] = nk.network.invitations(ex)
        nr.show_invitations(results["invitations"])

# %% [markdown]
# ## Reciprocity and freshness
#
# Reciprocity is the share of your connections you have exchanged at least one message with
# (two-way: messages in both directions); freshness is how long ago you last wrote with each
# of them — a contact is dormant after 365 days of silence.

# %%
with nr.section("Reciprocity and freshness"):
    if nr.has_rows(ex.messages, what="messages", file="messages.csv"):
        results["reciprocity"] = nk.network.reciprocity(ex)
        results["initiative"] = nk.network.initiative(ex)
        nr.show_reciprocity(results["reciprocity"], results["initiative"])
        results["freshness"] = nk.network.freshness(ex)
        nr.show_freshness(results["freshness"])

# %% [markdown]
# ## Keep warm
#
# People you used to write with regularly whose silence is now more than twice their usual
# gap (overdue) or four times (lapsing): a short message keeps the relationship alive.

# %%
with nr.section("Keep warm"):
    if nr.has_rows(ex.messages, what="messages", file="messages.csv"):
        results["keep_warm"] = nk.network.keep_warm(ex)
        due = results["keep_warm"]
        due = due[due["status"].isin(["lapsing", "overdue"])]
        if nr.has_rows(due, what="contacts due a message"):
            nr.show(
                due,
                columns=[
                    "full_name",
                    "status",
                    "exchanges",
                    "median_gap_days",
                    "silence_days",
                    "last_exchange",
                ],
                max_rows=top_n,
            )

# %% [markdown]
# ## Unanswered
#
# Conversations you started that never got a reply, among those at least 14 days old, and how
# quickly each side answers the other.

# %%
with nr.section("Unanswered"):
    if nr.has_rows(ex.messages, what="messages", file="messages.csv"):
        results["unanswered"] = nk.network.unanswered_summary(ex)
        nr.show_unanswered(
            results["unanswered"],
            nk.network.unanswered(ex),
            nk.network.follow_up_etiquette(ex),
            top_n=top_n,
        )
        nr.show_latency(nk.network.response_latency(ex))

# %% [markdown]
# ## Inbound offers
#
# Recruiter and job-offer messages you received, scored 0–1 for how personal they are (your
# name, company or skills mentioned; unfilled placeholders and copies of other messages count
# against), and how often you answered them.

# %%
with nr.section("Inbound offers"):
    if nr.has_rows(ex.messages, what="messages", file="messages.csv"):
        results["offers"] = nk.network.inbound_offers(ex)
        if nr.has_rows(results["offers"], what="recruiter or job-offer messages"):
            results["offer_summary"] = nk.network.offer_summary(results["offers"])
            nr.show_offers(results["offers"], results["offer_summary"], top_n=top_n)

# %% [markdown]
# ## Compared with earlier runs
#
# This run's headline numbers next to the last runs recorded in the history, and the change
# since the latest one.

# %%
headline = nk.network.network_headline(ex, results)
nr.publish_headline(headline)
with nr.section("Compared with earlier runs"):
    nr.show_trend(history.trend(history_path, kind="network", current=headline))

# %% [markdown]
# ## Appendix: what was read
#
# Every file of the export, the layout it was recognised as, the rows read and the rows
# skipped, with the reason.

# %%
with nr.section("Appendix: what was read"):
    nr.show_parse_report(ex)
