"""Per-language phrase lists: positive and negative examples for each."""

import pandas as pd
import pytest

from networkkit import lexicon

# (language, text, met in person?)
MET = [
    ("en", "Great meeting you at the fair yesterday!", True),
    ("en", "It was a pleasure to meet you in Oslo.", True),
    ("en", "We met at PyCon last spring, remember?", True),
    ("en", "Really enjoyed meeting you today", True),
    ("en", "Nice to meet you! I'm a recruiter at Acme.", False),
    ("en", "Hope to meet you at the summit.", False),
    ("en", "Looking forward to meeting you next week.", False),
    ("en", "It would be great meeting you for coffee.", False),
    ("en", "Great meeting you on Zoom earlier.", False),
    ("en", "We haven't met yet, but I loved your talk.", False),
    ("nb", "Hyggelig å møte deg på konferansen!", True),
    ("nb", "Takk for sist, det var en fin kveld.", True),
    ("nb", "Vi møttes på fagdagen i fjor.", True),
    ("nb", "Det blir hyggelig å møte deg neste uke.", False),
    ("nb", "Jeg ser frem til å møte deg.", False),
    ("nb", "Vi har aldri møtt hverandre, men ...", False),
    ("nl", "Leuk je ontmoet te hebben op het congres!", True),
    ("nl", "Fijn u gisteren ontmoet te hebben.", True),
    ("nl", "We hebben elkaar ontmoet op de beurs.", True),
    ("nl", "Leuk je te ontmoeten!", False),
    ("nl", "Ik kijk ernaar uit je te ontmoeten.", False),
    ("nl", "We hebben elkaar nog niet ontmoet.", False),
    ("it", "Piacere di averti conosciuto a Milano!", True),
    ("it", "È stato un piacere conoscerti ieri.", True),
    ("it", "Ci siamo conosciuti al convegno di Roma.", True),
    ("it", "Piacere di conoscerti!", False),
    ("it", "Spero di conoscerti presto.", False),
    ("it", "Non vedo l'ora di conoscerti.", False),
    ("ja", "先日はお会いできて嬉しかったです。", True),
    ("ja", "イベントでお会いした田中です。", True),
    ("ja", "お目にかかれて光栄でした。", True),
    ("ja", "まだお会いできていませんが、よろしくお願いします。", False),
    ("ja", "お会いできるのを楽しみにしています。", False),
    ("ja", "ぜひお会いしたいです。", False),
    ("de", "Schön, Sie kennengelernt zu haben!", True),
    ("de", "Hat mich gefreut, Sie auf der Messe kennenzulernen.", True),
    ("de", "Wir haben uns in Berlin kennengelernt.", True),
    ("de", "Freut mich, Sie kennenzulernen.", False),
    ("de", "Ich würde mich freuen, Sie bald kennenzulernen.", False),
    ("de", "Wir haben uns noch nicht kennengelernt.", False),
    ("fr", "Ravi de vous avoir rencontré au salon.", True),
    ("fr", "C'était un plaisir de vous rencontrer hier.", True),
    ("fr", "Nous nous sommes rencontrés à Lyon.", True),
    ("fr", "Ravi de vous rencontrer !", False),
    ("fr", "J'ai hâte de vous rencontrer.", False),
    ("fr", "Nous ne nous sommes jamais rencontrés.", False),
    ("es", "Un placer conocerte en la feria.", True),
    ("es", "Fue un gusto conocerte ayer.", True),
    ("es", "Nos conocimos en el congreso de Madrid.", True),
    ("es", "Será un placer conocerte.", False),
    ("es", "Espero conocerte pronto.", False),
    ("es", "Aún no nos conocemos, pero vi tu charla.", False),
]


@pytest.mark.parametrize(
    ("lang", "text", "met"), MET, ids=[f"{m[0]}-{i}" for i, m in enumerate(MET)]
)
def test_met_in_person(lang, text, met):
    found = lexicon.met_in_person_evidence(pd.Series([text]))
    assert found.notna().iloc[0] == met
    # the language's own list decides it too
    assert lexicon.met_in_person_evidence([text], languages=[lang]).notna().iloc[0] == met


def test_every_language_has_positive_and_negative_met_examples():
    langs = {(lang, met) for lang, _, met in MET}
    assert langs == {(lang, m) for lang in lexicon.LANGUAGES for m in (True, False)}


def test_evidence_snippet_has_context():
    text = "x" * 100 + " Great meeting you at the fair. " + "y" * 100
    snip = lexicon.met_in_person_evidence([text], context=10).iloc[0]
    # at most 10 characters either side of the phrase, never half a word: a cut says "…"
    assert snip == "…Great meeting you at the…"
    text = "Thanks for the talk on Tuesday. Great meeting you at the fair last week!"
    snip = lexicon.met_in_person_evidence([text], context=20).iloc[0]
    assert "Great meeting you" in snip and snip.endswith("…")  # the text goes on: "…"
    # every word shown is a whole word of the message (cut at word boundaries only)
    assert all(word in text.split() for word in snip.strip("…").split())
    whole = lexicon.met_in_person_evidence(["Great meeting you at the fair!"]).iloc[0]
    assert whole == "Great meeting you at the fair!"  # nothing cut, nothing marked


TITLES = [
    ("en", "Senior Technical Recruiter", True),
    ("en", "Talent Acquisition Partner", True),
    ("en", "Software Engineer", False),
    ("nb", "Rekrutteringsrådgiver", True),
    ("nb", "Seniorrådgiver økonomi", False),
    ("nl", "Medewerker werving en selectie", True),
    ("nl", "Verpleegkundige", False),
    ("it", "Selezionatrice senior", True),
    ("it", "Ingegnere del software", False),
    ("ja", "採用担当マネージャー", True),
    ("ja", "ソフトウェアエンジニア", False),
    ("de", "Personalberaterin IT", True),
    ("de", "Entwicklerin", False),
    ("fr", "Chargée de recrutement", True),
    ("fr", "Développeur web", False),
    ("es", "Reclutadora de TI", True),
    ("es", "Ingeniero de datos", False),
]


@pytest.mark.parametrize(("lang", "title", "yes"), TITLES)
def test_recruiter_titles(lang, title, yes):
    assert lexicon.is_recruiter_title(pd.Series([title]), languages=[lang]).iloc[0] == yes
    assert lexicon.is_recruiter_title([title]).iloc[0] == yes


OFFERS = [
    ("en", "I have an exciting opportunity that fits your profile.", True),
    ("en", "Are you open to new opportunities?", True),
    ("en", "Thanks for the beer last night!", False),
    ("nb", "Vi har en ledig stilling som kan passe deg.", True),
    ("nb", "Takk for praten i går.", False),
    ("nl", "Ik heb een vacature voor een data engineer.", True),
    ("nl", "Bedankt voor je hulp!", False),
    ("it", "Ho un'offerta di lavoro per te a Torino.", True),
    ("it", "Grazie per il caffè.", False),
    ("ja", "求人のご案内です。", True),
    ("ja", "ありがとうございました。", False),
    ("de", "Ich habe ein spannendes Stellenangebot für Sie.", True),
    ("de", "Danke für das Gespräch.", False),
    ("fr", "Nous recrutons un ingénieur pour notre équipe.", True),
    ("fr", "Merci pour ton aide.", False),
    ("es", "Tenemos una oferta de trabajo en Madrid.", True),
    ("es", "Gracias por la charla.", False),
]


@pytest.mark.parametrize(("lang", "text", "yes"), OFFERS)
def test_job_offer_phrases(lang, text, yes):
    assert lexicon.has_job_offer_phrase(pd.Series([text]), languages=[lang]).iloc[0] == yes
    assert lexicon.has_job_offer_phrase([text]).iloc[0] == yes


LANGS = [
    ("en", "Hi Sam, I hope you are well and that we can talk about the role this week."),
    ("nb", "Hei Sam, takk for sist! Jeg har en jobb som kan passe deg veldig godt."),
    ("nl", "Hoi Sam, ik heb een mooie functie voor jou bij een bedrijf in Utrecht."),
    ("it", "Ciao Sam, grazie per il messaggio, sono molto contento di sentirti."),
    ("ja", "山田さん、先日はありがとうございました。"),
    ("de", "Hallo Sam, ich habe eine Stelle für Sie und würde gerne mit Ihnen sprechen."),
    ("fr", "Bonjour Sam, je vous contacte pour un poste dans notre équipe à Paris."),
    ("es", "Hola Sam, gracias por tu mensaje, estoy muy contento con el proyecto."),
]


@pytest.mark.parametrize(("lang", "text"), LANGS)
def test_detect_language(lang, text):
    assert lexicon.detect_language(pd.Series([text])).iloc[0] == lang


def test_detect_language_undetermined_and_chinese():
    out = lexicon.detect_language(["Hi!", None, "你好，谢谢"])
    assert out.tolist() == ["und", "und", "und"]


def test_unknown_language_code_is_refused():
    with pytest.raises(ValueError, match="unknown language"):
        lexicon.met_in_person_evidence(["x"], languages=["xx"])
    with pytest.raises(ValueError, match="unknown phrase kind"):
        lexicon.compile_patterns("nope")


@pytest.mark.parametrize("kind", ["met_in_person", "not_met", "recruiter_titles", "job_offer"])
def test_re2_prefilters_compile_and_never_drop_a_python_match(kind):
    import pyarrow as pa
    import pyarrow.compute as pc

    texts = [t for _, t, _ in MET] + [t for _, t, _ in TITLES] + [t for _, t, _ in OFFERS]
    python = lexicon.compile_patterns(kind)
    loose = pc.match_substring_regex(
        pa.array(texts), lexicon._prefilter(kind, lexicon.LANGUAGES), ignore_case=True
    ).to_pylist()
    for text, hit in zip(texts, loose, strict=True):
        if python.search(text):
            assert hit, text
