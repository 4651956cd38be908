"""Japanese phrase lists (matched without word boundaries: Japanese has no spaces)."""

from networkkit.lexicon._shared import QUOTED

#: Where a Japanese clause starts, and the rest of it (up to 。！？ or 、).
_START = r"(?:^|(?<=[。！？!?\n、]))"
_CLAUSE = r"[^。！？!?\n、]*"
_SENTENCE = r"[^。！？!?\n]*"

MET_IN_PERSON = (
    # "お会いできて…", "ご一緒できて…", "お話しできて…" (not できたら, できず, できません)
    r"(?:お会い|お話し|ご一緒|ご挨拶|お目にかかること(?:が)?)でき(?!な|る|れ|ず|たら|ませ)",
    r"(?:会え|お目にかかれ)(?:て|た(?!ら))",
    # a past meeting: "お会いした", "お会いしました", "ご一緒させていただいた", "お会いして以来"
    r"(?:お会い|お目にかか|ご一緒|お話し|ご挨拶|名刺交換)(?:し|っ)?"
    r"(?:た(?!い|く|かっ|こと)|まし(?!ょう)|て以来|てから|させていただ)",
    # a visit or a meeting thanked for: "お越しいただき", "ご来社いただき"
    r"(?:お越し|ご来社|ご足労|お立ち寄り|お声がけ|ご挨拶|お会い|ご一緒|お話し|名刺交換)"
    r"(?:させて)?いただ(?:き(?!たい)|いた)",
    # thanks or joy about a past day: "先日はありがとうございました", "昨晩はごちそうさまでした"
    r"(?:先日|昨日|本日|今日|昨晩|昨夜|この前|この間|先週|先月|昨年|去年|以前)[^。！？!?\n]{0,30}?"
    r"(?:ありがとうございました|お世話になりました|ごちそうさまでした|楽しかった|楽しい時間|"
    r"よかった|良かった|嬉しかった|光栄でした)",
)

_VIRTUAL = (
    r"(?:オンライン|バーチャル|リモート|zoom|teams|google\s*meet|skype|ウェビナー|電話|ビデオ|"
    r"配信|メール|slack|画面越し|動画|youtube|linkedin)"
)

NOT_MET = (
    *QUOTED,
    rf"{_START}{_CLAUSE}{_VIRTUAL}{_CLAUSE}",
    # wishes, plans and conditions: "お会いできたら", "お会いしたいです", "お会いしましょう"
    rf"{_START}{_CLAUSE}(?:たら|れば|ましょう|ませんか|たい|たかった|楽しみ|願って|ように|"
    rf"かもしれ|いかが|幸い|場合){_CLAUSE}",
    rf"{_START}{_CLAUSE}(?:来週|明日|今度|近いうち|近々|次に|次回|来月|いつか|そのうち|会期中)"
    rf"{_CLAUSE}",
    # negations: "まだお会いできていません", "お会いできず残念でした"
    rf"{_START}{_CLAUSE}(?:ない|ません|ず|なかった|残念){_CLAUSE}",
    # questions: "以前どこかでお会いしましたか。"
    rf"{_START}{_CLAUSE}(?:か[。？?]|[？?])",
    # hearsay: "…と言っていました", "…と申しておりました", "…したそうで"
    rf"{_SENTENCE}(?:と言って|と申して|そうで|そうです|と聞|と伺){_SENTENCE}",
)

RECRUITER_TITLES = (
    r"リクルーター",
    r"採用担当",
    r"人事採用",
    r"ヘッドハンター",
    r"人材紹介",
    r"キャリアアドバイザー",
    r"キャリアコンサルタント",
)

JOB_OFFER = (
    r"求人",
    r"(?:ポジション|職種)(?:の|を|に|が)",
    r"転職",
    r"スカウト",
    r"ご経歴",
    r"採用(?:を|の|に)",
    r"(?:新しい|新たな)(?:キャリア|挑戦|機会)",
)

STOPWORDS: tuple[str, ...] = ()  # Japanese is told by its script, not by words
