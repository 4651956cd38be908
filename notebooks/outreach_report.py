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
# # Your outreach

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
import pandas as pd
from IPython.display import display

import networkkit as nk
from networkkit import history, plots, prepare
from networkkit import reports as nr
from networkkit.reports import _summary as top
from networkkit.reports._run import window_words

params = {
    "export_path": export_path, "outreach_path": outreach_path, "start_date": start_date,
    "end_date": end_date, "as_of": as_of, "anonymize": anonymize, "top_n": top_n,
    "history_path": history_path, "compare_by": compare_by,
    "reply_window_days": reply_window_days, "engine": engine, "spark_master": spark_master,
}  # fmt: skip
prepare.check_parameters(params)
nr.setup()
inputs = prepare.outreach_input(
    export_path, outreach_path, engine=engine, spark_master=spark_master, anonymize=anonymize,
    history_path=history_path, start_date=start_date, end_date=end_date, as_of=as_of,
)  # fmt: skip
events, as_of_ts = inputs.events, inputs.as_of
rows = min(top_n, 6)  # rows of each table above the appendix; the executed notebook has all
full = {}  # every table in full, for the executed notebook (not the HTML)
SECTIONS = [
    "Follow-ups",
    "Where threads drop out",
    "Which template works",
    "One channel per conversation",
    "When to send",
    "How fast people answer",
    "Which touch gets the reply",
    "How these numbers are computed",
]
has_threads = events is not None and nr.n_unique(events, "thread_id") > 0
results = {}  # the measures the run history keeps
if has_threads:
    results["funnel"] = nk.outreach.funnel(events, as_of=as_of_ts)
    results["time_to_reply"] = nk.outreach.time_to_reply(events, as_of=as_of_ts, resolution="1h")
    results["cadence_summary"] = nk.outreach.cadence_summary(events)
    results["linkedin"] = nk.outreach.linkedin_response_rate(events, as_of=as_of_ts)
    headline = nk.outreach.headline(events, as_of=as_of_ts)
    measures = {**nk.outreach.outreach_headline(results), **top.headline_values(headline)}
else:
    headline, measures = None, nk.outreach.outreach_headline(results)  # each not measurable
scope = window_words(params)
trend = history.trend(history_path, kind="outreach", current=measures, scope=scope)

# %%
if headline is not None:
    top.show_headline(
        headline,
        trend=trend if history_path else None,
        scope=inputs.scope + (" Names are pseudonyms." if anonymize else ""),
    )
    actions = nk.outreach.next_actions(events, as_of=as_of_ts, top_n=10)
    actions["who"] = actions["thread_id"].map(lambda t: f"thread {t}", na_action="ignore")
    actions["who"] = actions["who"].fillna("template “" + actions["template"] + "”")
    top.show_actions(
        actions,
        who="who",
        verbs={
            "follow_up": "Follow up on",
            "stop_follow_up": "Stop following up",
            "pause_template": "Pause",
            "send_window": "Send more in",
        },
        empty="Nothing to do now: no follow-up is due and no template is clearly worse.",
    )
    top.show_contents(SECTIONS)
else:
    nr.show_outreach_scope(inputs, anonymize=anonymize)
    nr.has_rows(events, what="outreach threads")

# %% [markdown]
# ## Follow-ups

# %%
with nr.section(SECTIONS[0]):
    if has_threads:
        status = nk.outreach.follow_up_status(events, as_of=as_of_ts)
        todo = status[status["status"].isin(["due", "stop"])]
        counts = todo["status"].value_counts() if len(todo) else {}
        due, stop = int(counts.get("due", 0)), int(counts.get("stop", 0))
        top.show_answer(
            f"{due} threads are due a follow-up now and {stop} should stop: the advice is at "
            "most three follow-ups within two weeks of the first touch, three days apart.",
        )
        view = todo.assign(
            what=todo["status"].map({"due": "follow up now", "stop": "stop"}),
            days=todo["days_since_last"].round(0).astype("Int64"),
        ).sort_values(["what", "first_touch_at"])
        full["follow_ups"] = view
        nr.show(
            view,
            columns=["what", "thread_id", "template", "channel", "follow_ups", "days"],
            labels={"thread_id": "thread", "follow_ups": "follow-ups sent",
                    "days": "days since the last touch"},
            max_rows=rows,
        )  # fmt: skip

# %% [markdown]
# ## Where threads drop out

# %%
with nr.section(SECTIONS[1]):
    if has_threads:
        stages = nk.outreach.funnel_stages(results["funnel"])
        f = results["funnel"].iloc[0]
        top.show_answer(
            f"{int(f['replied']):,} of {int(f['delivered']):,} delivered threads got a reply "
            f"({100 * f['reply_rate']:.0f} %); each stage below is a share of the stage it "
            "follows, never of all threads.",
        )
        plots.stage_rates(stages, ax=plt.figure(figsize=(8, 3.2)).gca())
        plt.show()

# %% [markdown]
# ## Which template works

# %%
with nr.section(SECTIONS[2]):
    if has_threads and nr.has_values(events, compare_by, what=f"a {compare_by} per thread"):
        comparison = nk.outreach.compare(events, by=compare_by)
        summary = comparison.summary
        best = headline.set_index("measure").loc["best_template"]
        if compare_by == "template" and not pd.isna(best["denominator"]):
            answer = (
                f"{best['label'].removeprefix('Best template: ')} is the best template, clearly "
                f"better than every other ({int(best['numerator'])} replies from "
                f"{int(best['denominator'])} delivered)."
            )
        elif comparison.p_value < 0.05:
            answer = f"The reply rates differ by {compare_by} more than chance would explain."
        else:
            answer = (
                f"No {compare_by} is clearly better than the others: the gaps could be chance."
            )
        top.show_answer(answer)
        nr.show_rates(
            summary.sort_values("reply_rate", ascending=False),
            label=compare_by,
            rate="reply_rate",
            numerator="replied",
            denominator="delivered",
            title=f"Reply rate by {compare_by}",
        )

# %% [markdown]
# ## One channel per conversation

# %%
with nr.section(SECTIONS[3]):
    if has_threads and nr.any_value(events, "channel"):
        switching = nk.outreach.channel_switching(events, as_of=as_of_ts).set_index("group")
        stayed, switched = switching.loc["stayed"], switching.loc["switched"]
        if switched["threads"] == 0:
            answer = (
                f"Every follow-up stayed in the channel of its first touch "
                f"({int(stayed['threads']):,} threads with more than one touch)."
            )
        else:
            answer = (
                f"{int(switched['threads'])} threads changed channel before a reply; "
                f"{int(switched['replied'])} of them got one, against "
                f"{int(stayed['replied'])} of {int(stayed['threads'])} that stayed in one channel."
            )
        top.show_answer(answer)
        if switched["threads"] > 0:
            nr.show(
                nr.rate_table(
                    switching.reset_index(),
                    rates={"reply_rate": ("replied", "threads")},
                    keep=["group", "threads"],
                ),
                labels={"group": "threads that", "reply_rate": "replied (likely range)"},
            )
            switches = nk.outreach.channel_switches(events, as_of=as_of_ts)
            full["channel_switches"] = switches[switches["switched"]]
            nr.show(
                full["channel_switches"],
                columns=["thread_id", "first_channel", "other_channel", "touches", "replied"],
                labels={"thread_id": "thread", "first_channel": "first touch by",
                        "other_channel": "then by", "touches": "touches before a reply"},
                max_rows=rows,
            )  # fmt: skip
    elif has_threads:
        top.show_answer("This log does not say which channel each touch used.")

# %% [markdown]
# ## When to send

# %%
with nr.section(SECTIONS[4]):
    if has_threads:
        grid = nk.outreach.send_time(events)
        margins = nk.outreach.send_time_margins(grid)
        windows = nk.outreach.send_window(events, as_of=as_of_ts)
        better = windows[windows["best"].to_numpy(dtype=bool)]
        top.show_answer(
            f"Send in the {better['window'].iloc[0]} (UTC): it gets clearly more replies."
            if len(better)
            else "No send time is clearly better than another; times are in UTC.",
        )
        if margins["heatmap"]:
            nr.show_send_time(grid)
        else:
            nr.note(
                f"A weekday × hour grid would put as few as {margins['smallest_cell']} threads "
                "in a cell (under 30), so the rates are shown by weekday and by hour instead."
            )
            for key, label, title in (
                ("weekday", "weekday_name", "Reply rate by weekday of the first touch (UTC)"),
                ("hour", "hour", "Reply rate by hour of the first touch (UTC)"),
            ):
                nr.show_rates(
                    margins[key].assign(**{label: margins[key][label].astype(str)}),
                    label=label,
                    rate="reply_rate",
                    numerator="replied",
                    denominator="delivered",
                    title=title,
                )

# %% [markdown]
# ## How fast people answer

# %%
with nr.section(SECTIONS[5]):
    if has_threads:
        t = results["time_to_reply"].iloc[0]
        top.show_answer(
            f"Half of the threads got a reply within {t['median_days']:.1f} days."
            if t["median_days"] == t["median_days"]
            else f"Fewer than half of the threads have a reply so far ({int(t['replied']):,} of "
            f"{int(t['n']):,}); threads still waiting count as waiting, not as no.",
        )
        plots.time_to_reply(
            nk.outreach.reply_curve(events, as_of=as_of_ts, resolution="1h"),
            time="days",
            ax=plt.figure(figsize=(8, 3)).gca(),
        )
        plt.show()

# %% [markdown]
# ## Which touch gets the reply

# %%
with nr.section(SECTIONS[6]):
    if has_threads:
        steps = nk.outreach.reply_by_step(events)
        first = steps.iloc[0]
        top.show_answer(
            f"The first message gets {int(first['replied']):,} of the replies"
            + (
                f"; the follow-ups add {int(steps['replied'].iloc[1:].sum()):,} more."
                if len(steps) > 1
                else "; no follow-up was sent before a reply."
            ),
        )
        nr.show_rates(
            steps.assign(step=steps["step"].map(lambda s: "first message" if s == 1
                                               else f"follow-up {s - 1}")),
            label="step",
            rate="reply_rate",
            numerator="replied",
            denominator="received",
            title="Replied after this touch, of the threads that received it",
        )  # fmt: skip

# %% [markdown]
# ## How these numbers are computed

# %%
nr.publish_headline(measures)
top.show_answer(
    "The methods behind the numbers above, the other ways to count them, and what was read.",
)
nr.note(
    "Rates carry 95 % Wilson score intervals. Times to reply are Kaplan–Meier estimates: "
    "threads still waiting are censored at the end of the data. Templates are compared with a "
    "chi-square test (Fisher's exact test for small counts), pairs adjusted with Holm's method."
)

# %% [markdown]
# ### Funnel counts and other reply rates
#
# The headline's reply rate is replied ÷ delivered threads. The others, under their own names.

# %%
with nr.section("Funnel counts"):
    if has_threads:
        group = compare_by if nr.any_value(events, compare_by) else None
        nr.show_funnel(
            results["funnel"],
            None if group is None else nk.outreach.funnel(events, by=group, as_of=as_of_ts),
            by=group,
            response=results["linkedin"],
            chart=False,  # counts over different denominators would go back up: see above
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
# ### Time to reply, by channel

# %%
with nr.section("Time to reply"):
    if has_threads:
        hours = {"as_of": as_of_ts, "resolution": "1h"}
        channel = "channel" if nr.n_unique(events, "channel") > 1 else None
        nr.show_time_to_reply(
            results["time_to_reply"]
            if channel is None
            else nk.outreach.time_to_reply(events, by=channel, **hours),
            nk.outreach.reply_curve(events, by=channel, **hours),
            by=channel,
        )

# %% [markdown]
# ### Template comparison: the tests

# %%
with nr.section("Template comparison"):
    if has_threads and nr.any_value(events, compare_by):
        nr.show_comparison(nk.outreach.compare(events, by=compare_by), by=compare_by)

# %% [markdown]
# ### Cadence
#
# Threads that reply stop getting follow-ups, so "threads with more follow-ups reply less" is
# partly survivorship: the reply-by-step chart above is the fair view.

# %%
with nr.section("Cadence"):
    if has_threads:
        nr.show_cadence(nk.outreach.follow_up_counts(events), results["cadence_summary"])

# %% [markdown]
# ### Compared with earlier runs
#
# This run's numbers next to the last runs recorded in the history; a run on another date
# window is marked "(other window)" and never compared.

# %%
with nr.section("Compared with earlier runs"):
    nr.show_trend(trend)

# %% [markdown]
# ### What was read
#
# What was read from the input: rows, threads, the time span, and which events the source
# tracks.

# %%
with nr.section("What was read"):
    nr.show(inputs.parse_report, max_rows=500)

# %% tags=["remove_cell"]
for name, table in full.items():  # every table in full: in the executed notebook only
    print(name)
    display(table)
plt.close("all")
