"""Japanese phrase lists (matched without word boundaries: Japanese has no spaces)."""

MET_IN_PERSON = (
    r"お会いでき(?:て|た)",
    r"お目にかかれて",
    r"先日は(?:ありがとう|どうも)",
    r"(?:で|にて|の際に)お会いし(?:た|まして)(?!い)",
)

NOT_MET = (
    r"お会いできてい(?:ない|ません)",
    r"お会いしたこと(?:が|は)?(?:ない|ありません|ございません)",
    r"お会いできる(?:の|こと)を楽しみ",
    r"お会いできれば",
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
