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
# # Your outreach
#
# How your first messages and follow-ups perform: the funnel from sent to replied, how fast
# people answer, which touch gets the reply, which template works better, when to send, and
# whether your follow-up rhythm stays within the usual advice. A thread is one person
# contacted in one sequence; every rate is a count over a named denominator with a 95 %
# interval.

# %% tags=["parameters", "remove_cell"]
export_path: str = ""  # LinkedIn export used when there is no outreach log; empty: the sample
outreach_path: str = ""  # outreach event log (CSV or Parquet; Gem, Apollo or canonical)
start_date: str = ""  # first day of first touches to include, YYYY-MM-DD; empty: all
end_date: str = ""  # last day to include, YYYY-MM-DD; empty: up to the end of the data
as_of: str = ""  # when the data ends, YYYY-MM-DD; empty: the latest event
anonymize: bool = False  # replace every name with a stable pseudonym such as Person 3F2A9C
top_n: int = 15  # rows in each top-N list
history_path: str = ""  # DuckDB file of earlier runs; empty: no trend
compare_by: str = "template"  # column to compare reply rates by: template, campaign, channel
reply_window_days: int = 30  # the window of the reply-within rate
engine: str = "pandas"  # outreach engine: pandas, or spark for logs beyond one machine
spark_master: str = ""  # Spark master URL for engine spark; empty: SPARK_REMOTE, else local[*]

# %% tags=["remove_cell"]
import matplotlib.pyplot as plt

import networkkit as nk
from networkkit import history
from networkkit import reports as nr

nr.setup()
key = nr.load_key_for(history_path) if anonymize else None
inferred = ""  # what the export's reader inferred and skipped (no names): one header line
if engine == "spark":
    # Spark reads the log (a file, folder or glob, local or in a cluster's storage) and
    # computes every aggregate; only small results come back to pandas for the figures.
    raw_events = nk.outreach.read_events_spark(outreach_path, master=spark_master or None)
    origin = f"the outreach log {outreach_path.rsplit('/', 1)[-1]} (read with Spark)"
    problem = None
elif outreach_path or (not export_path and nr.SAMPLE_OUTREACH.exists()):
    log_path = outreach_path or nr.sample_outreach()
    raw_events = nk.outreach.read_events(log_path)
    parse_report = nr.event_log_report(raw_events, path=log_path)
    origin = f"the outreach log {log_path.rsplit('/', 1)[-1]}"
    problem = None
else:
    ex = nr.prepare_export(
        nk.load_export(export_path or nr.sample_export()),
        anonymize=anonymize,
        key=key,
        as_of=as_of,
    )
    raw_events, problem = nr.events_from_export(ex)
    parse_report = ex.parse_report
    inferred = ex.inferred.summary()
    origin = "the conversations you started on LinkedIn (your export's messages)"
if engine == "spark":
    events = nr.prepare_events_spark(
        raw_events, start_date=start_date, end_date=end_date, anonymize=anonymize, key=key
    )
    parse_report = nr.event_log_report(events, path=outreach_path)
else:
    events = nr.prepare_events(
        raw_events, anonymize=anonymize, key=key, start_date=start_date, end_date=end_date
    )
    events.attrs.update(raw_events.attrs)
facts = nr.event_facts(events)
cutoff = nr.window(start_date, end_date)[1]
as_of_ts = as_of or (None if cutoff is None else str(cutoff))
results = {}  # each section's measures, for the headline and the run history

# %%
if problem:
    nr.missing(problem)
if inferred:
    nr.note(inferred)
nr.say(
    f"Read from {origin}: {facts['threads']:,} threads, {facts['events']:,} events"
    + (
        f", first touches from {start_date or 'the start'} to {end_date or 'the end'}."
        if start_date or end_date
        else "."
    )
)
if anonymize:
    nr.note(
        "Names are replaced by stable pseudonyms; e-mail addresses and phone numbers "
        "never appear in this report."
    )

# %% [markdown]
# ## Funnel
#
# Of the threads you started, how many were delivered, opened, clicked, replied to and
# answered positively — each as a share of delivered threads, with its interval.

# %%
with nr.section("Funnel"):
    if nr.has_rows(events, what="outreach threads"):
        results["funnel"] = nk.outreach.funnel(events, as_of=as_of_ts)
        group = compare_by if nr.any_value(events, compare_by) else None
        results["linkedin"] = nk.outreach.linkedin_response_rate(events, as_of=as_of_ts)
        nr.show_funnel(
            results["funnel"],
            None if group is None else nk.outreach.funnel(events, by=group, as_of=as_of_ts),
            by=group,
            response=results["linkedin"],
        )
        within = nk.outreach.reply_within(events, days=reply_window_days, as_of=as_of_ts)
        nr.say(
            f"Replied within {reply_window_days} days (threads at least that old): "
            + nr.format_rate(
                within["replied"].iloc[0],
                within["eligible"].iloc[0],
                within["rate_low"].iloc[0],
                within["rate_high"].iloc[0],
            )
            + f"; {int(within['censored'].iloc[0]):,} younger threads are not yet decided."
        )

# %% [markdown]
# ## Time to reply
#
# How long people take to answer, counted from your first touch; threads still waiting are
# censored at the end of the data rather than counted as "no".

# %%
with nr.section("Time to reply"):
    if nr.has_rows(events, what="outreach threads"):
        # whole hours, counted in the engine: at most one count per hour the log spans
        # leaves it, however many threads (a Spark log of any size)
        hours = {"as_of": as_of_ts, "resolution": "1h"}
        results["time_to_reply"] = nk.outreach.time_to_reply(events, **hours)
        channel = "channel" if nr.n_unique(events, "channel") > 1 else None
        nr.show_time_to_reply(
            results["time_to_reply"]
            if channel is None
            else nk.outreach.time_to_reply(events, by=channel, **hours),
            nk.outreach.reply_curve(events, by=channel, **hours),
            by=channel,
        )

# %% [markdown]
# ## Reply by step
#
# For each touch — the first message, then each follow-up — the share of threads that replied
# after it and before the next one.

# %%
with nr.section("Reply by step"):
    if nr.has_rows(events, what="outreach threads"):
        nr.show_reply_by_step(nk.outreach.reply_by_step(events))

# %% [markdown]
# ## Template comparison
#
# Reply rates per template (or the column chosen in `compare_by`), with a test of whether
# they differ at all and pairwise tests corrected for multiple comparisons.

# %%
with nr.section("Template comparison"):
    if nr.has_rows(events, what="outreach threads") and nr.has_values(
        events, compare_by, what=f"a {compare_by} per thread"
    ):
        nr.show_comparison(nk.outreach.compare(events, by=compare_by), by=compare_by)

# %% [markdown]
# ## Send time
#
# The reply rate by the weekday and hour (UTC) of the first touch.

# %%
with nr.section("Send time"):
    if nr.has_rows(events, what="outreach threads"):
        nr.show_send_time(nk.outreach.send_time(events))

# %% [markdown]
# ## Cadence
#
# How many follow-ups you send before a reply and how far apart; the usual advice is at most
# three follow-ups within the two weeks after the first touch.

# %%
with nr.section("Cadence"):
    if nr.has_rows(events, what="outreach threads"):
        results["cadence_summary"] = nk.outreach.cadence_summary(events)
        nr.show_cadence(nk.outreach.follow_up_counts(events), results["cadence_summary"])

# %% [markdown]
# ## Compared with earlier runs
#
# This run's headline numbers next to the last runs recorded in the history, and the change
# since the latest one.

# %%
headline = nr.outreach_headline(results)
nr.publish_headline(headline)
with nr.section("Compared with earlier runs"):
    nr.show_trend(history.trend(history_path, kind="outreach", current=headline))

# %% [markdown]
# ## Appendix: what was read
#
# What was read from the input: rows, threads, the time span, and which events the source
# tracks.

# %%
with nr.section("Appendix: what was read"):
    nr.show(parse_report, max_rows=500)
    plt.close("all")
