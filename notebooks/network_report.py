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
from IPython.display import display

import networkkit as nk
from networkkit import history, plots, prepare
from networkkit import reports as nr
from networkkit.reports import _summary as top
from networkkit.reports._run import window_words

params = {
    "export_path": export_path, "start_date": start_date, "end_date": end_date, "as_of": as_of,
    "anonymize": anonymize, "top_n": top_n, "history_path": history_path,
    "annotations_path": annotations_path,
}  # fmt: skip
prepare.check_parameters(params)
nr.setup()
inputs = prepare.network_inputs(
    export_path, annotations_path=annotations_path, anonymize=anonymize,
    history_path=history_path, start_date=start_date, end_date=end_date, as_of=as_of,
)  # fmt: skip
# the annotations are keyed and scrubbed like the export, so they apply under --anonymize
ex, annotations, annotation_error = inputs.ex, inputs.annotations, inputs.annotation_error
rows = min(top_n, 5)  # rows of each table above the appendix; the executed notebook has all
full = {}  # every table in full, for the executed notebook (not the HTML)
SECTIONS = [
    "Who is waiting for your answer",
    "Recruiter messages",
    "Invitations waiting for you",
    "Relationships going quiet",
    "Whom you have met",
    "How your network grew",
    "Your profile at first sight",
    "How these numbers are computed",
]
has_messages = len(ex.messages) > 0
offers = nk.network.inbound_offers(ex) if has_messages else None
headline = nk.network.headline(ex, annotations=annotations)
results = nk.network.network_results(ex, annotations=annotations)
measures = {**nk.network.network_headline(ex, results), **top.headline_values(headline)}
scope = window_words(params)
trend = history.trend(history_path, kind="network", current=measures, scope=scope)

# %%
top.show_headline(
    headline,
    trend=trend if history_path else None,
    scope=prepare.export_scope(ex, start_date=start_date, end_date=end_date)
    + " "
    + ex.inferred.summary()  # inferred owner and data end, how sure; files skipped
    + (" Names are pseudonyms." if anonymize else "")
    + " E-mail addresses and phone numbers never appear here.",
)
actions = nk.network.next_actions(ex, top_n=10)
top.show_actions(
    actions,
    who="name",
    verbs={
        "reply": "Reply to",
        "answer_recruiter": "Answer",
        "accept_invitation": "Accept",
        "reconnect": "Reconnect with",
        "review_invitation": "Review the invitation from",
    },
    empty="Nothing is waiting for you: nobody needs an answer and no relationship is going quiet.",
)
top.show_contents(SECTIONS)

# %% [markdown]
# ## Who is waiting for your answer

# %%
with nr.section(SECTIONS[0]):
    waiting = nk.network.waiting(ex, offers=offers) if has_messages else None
    if not nr.has_rows(ex.messages, what="messages", file="messages.csv"):
        pass
    elif len(waiting) == 0:
        top.show_answer("Nobody is waiting for your answer.")
    else:
        first = waiting.iloc[0]
        top.show_answer(
            f"{len(waiting)} {'person is' if len(waiting) == 1 else 'people are'} waiting for "
            f"your answer; {first['name']} has waited longest, {first['waiting_days']:.0f} days.",
        )
        view = waiting.assign(
            recruiter=waiting["offer"].map({"personal": "yes, written for you"}).fillna("no"),
            days=waiting["waiting_days"].round(0).astype("Int64"),
        )
        full["waiting"] = view
        nr.show(
            view,
            columns=["name", "waiting_since", "days", "unanswered_messages", "recruiter"],
            labels={
                "waiting_since": "waiting since",
                "days": "days waiting",
                "unanswered_messages": "their messages",
                "recruiter": "recruiter message",
            },
            max_rows=rows,
        )

# %% [markdown]
# ## Recruiter messages

# %%
with nr.section(SECTIONS[1]):
    if not has_messages:
        nr.missing("Without messages, recruiter messages cannot be found.")
    elif len(offers) == 0:
        top.show_answer("No recruiter or job-offer messages in this export.")
    else:
        summary = nk.network.offer_summary(offers).set_index("group")
        personal = summary.loc["personal"] if "personal" in summary.index else None
        n_personal = 0 if personal is None else int(personal["offers"])
        answered = 0 if personal is None else int(personal["replied"])
        top.show_answer(
            f"{n_personal} of {len(offers)} recruiter messages were written for you, and you "
            f"answered {answered} of those; a mass template needs no answer.",
        )
        words = nk.network.offers_in_words(offers)
        full["offers"] = words
        nr.show(words, max_rows=rows)

# %% [markdown]
# ## Invitations waiting for you

# %%
with nr.section(SECTIONS[2]):
    pending = nk.network.pending_invitations(ex)
    if not nr.has_rows(ex.invitations, what="invitations", file="Invitations.csv"):
        pass
    elif len(pending) == 0:
        top.show_answer("No invitation is waiting for your decision.")
    else:
        noted = int(pending["has_note"].sum())
        top.show_answer(
            f"{len(pending)} invitations wait for your decision; {noted} came with a personal "
            "note.",
        )
        view = pending.assign(
            note=pending["has_note"].map({True: "yes", False: "no"}),
            met=pending["met_evidence"].notna().map({True: "the note says so", False: "–"}),
            days=pending["days"].round(0).astype("Int64"),
        )
        full["pending"] = view
        nr.show(
            view,
            columns=["name", "sent_at", "days", "note", "met"],
            labels={"sent_at": "invited on", "days": "days ago", "met": "met in person"},
            max_rows=rows,
        )

# %% [markdown]
# ## Relationships going quiet

# %%
with nr.section(SECTIONS[3]):
    quiet = nk.network.keep_warm(ex, top_n=None) if has_messages else None
    if not has_messages:
        nr.missing("Without messages, no relationship's rhythm can be measured.")
    elif len(quiet) == 0:
        top.show_answer(
            "None of your two-way relationships of the last two years is going quiet.",
        )
    else:
        strongest = quiet.iloc[0]
        top.show_answer(
            f"{len(quiet)} relationships you kept up in the last two years have gone quiet for "
            f"their own rhythm; the strongest is {strongest['full_name']}, silent for "
            f"{strongest['silence_days']:.0f} days.",
        )
        view = quiet.assign(
            rhythm=quiet["median_gap_days"].map(lambda d: f"every {d:.0f} days"),
            silence=quiet["silence_days"].round(0).astype("Int64"),
            state=quiet["status"].map({"lapsing": "lapsing", "overdue": "overdue"}),
        )
        full["keep_warm"] = view
        nr.show(
            view,
            columns=["full_name", "rhythm", "silence", "exchanges", "last_exchange", "state"],
            labels={
                "full_name": "name",
                "rhythm": "usual rhythm",
                "silence": "days silent",
                "exchanges": "days you wrote",
                "last_exchange": "last message",
            },
            max_rows=rows,
        )

# %% [markdown]
# ## Whom you have met

# %%
with nr.section(SECTIONS[4]):
    met_row = headline.set_index("measure").loc["met_in_person"]
    k, n = met_row["numerator"], met_row["denominator"]
    if not n:
        top.show_answer("This export holds no connections.")
    else:
        ratio = f"about 1 in {n / k:.0f}" if k else "none"
        top.show_answer(
            f"You met {ratio} of your connections in person ({int(k)} of {int(n)}), as far as "
            "your annotations and messages tell; for the rest it is not known, which is not "
            "the same as no.",
        )
        met = results["met"].assign(status=results["met"]["status"].map(nk.network.MET_WORDS))
        nr.show_rates(
            met,
            label="status",
            rate="share",
            numerator="connections",
            denominator="total",
            title="Your connections, by whether you have met",
        )

# %% [markdown]
# ## How your network grew

# %%
with nr.section(SECTIONS[5]):
    grown = nk.network.growth(ex) if len(ex.connections) else None
    if grown is None or len(grown) == 0:
        top.show_answer("No dated connections in this export.")
    else:
        new = headline.set_index("measure").loc["new_connections"]
        top.show_answer(
            f"You have {int(grown['cumulative'].iloc[-1]):,} dated connections; "
            f"{int(new['value'])} are from the last 90 days.",
        )
        plots.growth(grown, ax=plt.figure(figsize=(8, 3)).gca())
        plt.show()
        companies = nk.network.companies(ex, top=top_n)
        full["companies"] = companies
        nr.show(companies, columns=["company", "connections", "share"], percent=["share"],
                max_rows=rows)  # fmt: skip

# %% [markdown]
# ## Your profile at first sight

# %%
with nr.section(SECTIONS[6]):
    checklist = nk.network.profile_checklist(ex)
    missing_items = checklist.loc[~checklist["ok"], "label"].tolist()
    top.show_answer(
        "Your profile has everything others look at first."
        if not missing_items
        else "Your profile lacks: " + ", ".join(s.lower() for s in missing_items) + ".",
    )
    nr.show(
        checklist.assign(ok=checklist["ok"].map({True: "✓ yes", False: "✗ no"})),
        columns=["label", "ok", "detail"],
        labels={"label": "item", "ok": "there"},
        max_rows=10,
    )

# %% [markdown]
# ## How these numbers are computed

# %%
nr.publish_headline(measures)
top.show_answer(
    "The methods behind the numbers above, the other ways to count them, and what was read.",
)
nr.note(
    "Rates carry 95 % Wilson score intervals; times to an answer are Kaplan–Meier estimates, "
    "so conversations still waiting count as waiting, not as never answered; a relationship "
    "is going quiet when its silence exceeds twice the median gap between the days you wrote."
)

# %% [markdown]
# ### Met in person: the evidence

# %%
with nr.section("Met in person"):
    if annotation_error is not None:
        raise annotation_error
    if "met" in results:
        nr.show_met(results["met"], nk.network.met_in_person(ex, annotations), top_n=top_n)

# %% [markdown]
# ### Other reply rates
#
# The headline's two reply rates are "you answer others" and "others answer you". These are
# the other ways to count replies, each under its own name.

# %%
with nr.section("Other reply rates"):
    if has_messages:
        nr.show_reciprocity(results["reciprocity"], results["initiative"])
        nr.show_unanswered(
            results["unanswered"],
            nk.network.unanswered(ex),
            nk.network.follow_up_etiquette(ex),
            top_n=top_n,
        )
        nr.show_latency(nk.network.response_latency(ex))
        if "offer_summary" in results:
            nr.show_offers(offers, results["offer_summary"], top_n=top_n)
        nr.show_freshness(results["freshness"])

# %% [markdown]
# ### Invitations and notes

# %%
with nr.section("Invitations and notes"):
    if "invitations" in results:
        nr.show_invitations(results["invitations"])

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
# Every file of the export, the layout it was recognised as, the rows read and the rows
# skipped, with the reason.

# %%
with nr.section("What was read"):
    nr.show_parse_report(ex)

# %% tags=["remove_cell"]
for name, table in full.items():  # every table in full: in the executed notebook only
    print(name)
    display(table)
plt.close("all")
