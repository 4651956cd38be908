r"""Phrase tables of the synthetic exports: names, companies, roles and message templates.

Everything here is invented. Names are common given names and family names of each language,
combined at random, so no row stands for a real person. Templates use ``{field}`` slots that
:func:`networkkit.sample._text.fill` fills column-wise:

``{name}``
    the recipient's first name (or ``%FIRSTNAME%`` when a mass mailing left it unfilled);
``{sender}``
    the sender's first name;
``{company}``, ``{skill}``
    the owner's current company and one of the owner's skills (personalised recruiter mail);
``{place}``
    an event or place in the conversation's language;
``{role}``, ``{client}``
    the job a recruiter offers and the hiring company.

A ``\\n`` in a template is a real line break; layouts before 2026 flatten it to spaces, as
LinkedIn did.
"""

from __future__ import annotations

LANGUAGES = ("en", "ja", "nl", "it", "nb", "de", "fr", "es")
# share of the network speaking each language (the owner lives in Oslo and works in English)
LANGUAGE_WEIGHTS = (0.42, 0.07, 0.09, 0.07, 0.12, 0.10, 0.07, 0.06)

OWNER = {
    "first": "Sam",
    "last": "Member",
    "slug": "sam-member-4b7a21",
    "company": "Nordlys Analytics AS",
    "title": "Senior Data Engineer",
    "email": "sam.member@example.com",
    "phone": "+1 555 0142",
    "skills": (
        "Python",
        "Data Engineering",
        "Machine Learning",
        "Apache Spark",
        "SQL",
        "dbt",
        "Data Visualization",
        "Statistics",
    ),
}

FIRST = {
    "en": [
        "Olivia",
        "James",
        "Amelia",
        "Noah",
        "Grace",
        "Ethan",
        "Chloe",
        "Liam",
        "Hannah",
        "Owen",
        "Priya",
        "Marcus",
        "Zoe",
        "Caleb",
        "Aisha",
        "Dylan",
        "Megan",
        "Rohan",
    ],
    "ja": [
        "健",
        "美咲",
        "Haruto",
        "Yui",
        "Sota",
        "Aoi",
        "翔太",
        "陽菜",
        "Ren",
        "Sakura",
        "Daiki",
        "Mei",
    ],
    "nl": [
        "Daan",
        "Sanne",
        "Bram",
        "Lotte",
        "Thijs",
        "Femke",
        "Joost",
        "Anouk",
        "Sem",
        "Ilse",
        "IJsbrand",
        "Maartje",
    ],
    "it": [
        "Giulia",
        "Matteo",
        "Chiara",
        "Lorenzo",
        "Francesca",
        "Niccolò",
        "Sara",
        "Alessandro",
        "Federica",
        "Davide",
        "Martina",
        "Tommaso",
    ],
    "nb": [
        "Ingrid",
        "Øyvind",
        "Kari",
        "Bjørn",
        "Åse",
        "Magnus",
        "Sigrid",
        "Håkon",
        "Live",
        "Eirik",
        "Solveig",
        "Torbjørn",
    ],
    "de": [
        "Jürgen",
        "Anna",
        "Lukas",
        "Lena",
        "Felix",
        "Katharina",
        "Jonas",
        "Sören",
        "Mia",
        "Maximilian",
        "Jörg",
        "Greta",
    ],
    "fr": [
        "Éloïse",
        "Julien",
        "Camille",
        "Hugo",
        "Hélène",
        "Théo",
        "Léa",
        "Mathieu",
        "Manon",
        "François",
        "Inès",
        "Gaël",
    ],
    "es": [
        "José",
        "Lucía",
        "Javier",
        "Begoña",
        "Alejandro",
        "María",
        "Sergio",
        "Nuria",
        "Íñigo",
        "Carmen",
        "Pablo",
        "Ainhoa",
    ],
}

LAST = {
    "en": [
        "Carter",
        "Hughes",
        "Bennett",
        "Foster",
        "Patel",
        "Reid",
        "Lawson",
        "Morgan",
        "Brooks",
        "Shaw",
        "Whitfield",
        "O'Connor",
        "Nakamura-Hill",
        "Griffin",
        "Doyle",
        "Ellison",
        "Chen",
        "Okafor",
    ],
    "ja": [
        "佐藤",
        "Suzuki",
        "Takahashi",
        "田中",
        "Watanabe",
        "Ito",
        "山本",
        "Kobayashi",
        "Kato",
        "Yoshida",
        "中村",
        "Matsumoto",
    ],
    "nl": [
        "de Vries",
        "Jansen",
        "van den Berg",
        "Bakker",
        "Visser",
        "Smit",
        "Meijer",
        "de Boer",
        "Mulder",
        "van Dijk",
        "Vermeulen",
        "Hendriks",
    ],
    "it": [
        "Rossi",
        "Bianchi",
        "Esposito",
        "Romano",
        "Colombo",
        "Ricci",
        "Marino",
        "Greco",
        "Bruno",
        "Gallo",
        "Conti",
        "De Luca",
    ],
    "nb": [
        "Hansen",
        "Johansen",
        "Olsen",
        "Larsen",
        "Solberg",
        "Løvås",
        "Bråten",
        "Haugen",
        "Strøm",
        "Dahl",
        "Aasen",
        "Sæther",
    ],
    "de": [
        "Müller",
        "Schmidt",
        "Schneider",
        "Fischer",
        "Weiß",
        "Becker",
        "Schäfer",
        "Hoffmann",
        "Krüger",
        "Wagner",
        "Böhm",
        "Neumann",
    ],
    "fr": [
        "Lefèvre",
        "Martin",
        "Bernard",
        "Dubois",
        "Moreau",
        "Laurent",
        "Girard",
        "Rousseau",
        "Fontaine",
        "Chevalier",
        "Mercier",
        "Bélanger",
    ],
    "es": [
        "García",
        "Fernández",
        "López",
        "Martínez",
        "Sánchez",
        "Pérez",
        "Gómez",
        "Núñez",
        "Ibáñez",
        "Muñoz",
        "Ortega",
        "Castillo",
    ],
}

# people with tricky names that every export contains (group chats, emoji, commas)
SPECIAL_PEOPLE = [
    ("Walid", "T., FICS (UK)", "en"),
    ("Lena 🌱", "Kraft", "de"),
    ("Marie-Claire", "d'Aubigné", "fr"),
    ("Ana", "Ruiz, PhD", "es"),
]

COMPANIES = [
    "Plan A",
    "Brightwave Labs Inc.",
    "Northfield Consulting Ltd",
    "Kestrel Data GmbH",
    "Fjordline Software AS",
    "Lumeo Systems B.V.",
    "Tessera Informatica S.p.A.",
    "株式会社ミライデータ",
    "Solenne Conseil SAS",
    "Alba Digital S.L.",
    "Harbourlight Analytics Ltd",
    "Quanta Retail Group, Inc.",
    "Blåbær Energi AS",
    "Zwartwater Logistiek B.V.",
    "Rheinwerk Mobility GmbH",
    "Orchard & Finch LLP",
    "Sakura Cloud Solutions K.K.",
    "Vela Health Inc.",
    "Polaris Insurance ASA",
    "Ferrovia Smart S.r.l.",
    "Marble Street Capital",
    "Acorn Learning Ltd",
    "Nimbus Fintech SA",
    "Grünfeld Bau AG",
]

RECRUITING_FIRMS = [
    "TalentBridge Search Ltd",
    "Hirewise Inc.",
    "Nordic Talent Partners AS",
    "Stellar Recruitment GmbH",
    "Vantage People B.V.",
]

POSITIONS = {
    "en": [
        "Data Scientist",
        "Software Engineer",
        "Product Manager",
        "Engineering Manager",
        "Senior Data Analyst",
        "Head of Data",
        "UX Researcher",
        "Machine Learning Engineer",
        "CTO",
        "Solutions Architect",
        "Consultant",
        "PhD Candidate",
    ],
    "ja": [
        "データサイエンティスト",
        "ソフトウェアエンジニア",
        "Product Manager",
        "プロジェクトマネージャー",
        "Data Engineer",
    ],
    "nl": ["Data Engineer", "Teamlead Data", "Productowner", "Consultant", "Software Developer"],
    "it": [
        "Ingegnere del software",
        "Data Scientist",
        "Responsabile IT",
        "Analista dati",
        "Project Manager",
    ],
    "nb": ["Dataingeniør", "Seniorrådgiver", "Utvikler", "Avdelingsleder", "Data Scientist"],
    "de": [
        "Softwareentwickler",
        "Teamleiter Data & Analytics",
        "Data Scientist",
        "Berater",
        "Produktmanagerin",
    ],
    "fr": [
        "Ingénieur logiciel",
        "Cheffe de projet",
        "Data Scientist",
        "Consultant",
        "Directeur technique",
    ],
    "es": [
        "Ingeniera de datos",
        "Desarrollador de software",
        "Jefe de producto",
        "Consultora",
        "Data Scientist",
    ],
}

RECRUITER_POSITIONS = [
    "Technical Recruiter",
    "Talent Acquisition Partner",
    "Senior Recruiter",
    "Recruitment Consultant",
    "Talent Acquisition Manager",
    "Headhunter",
    "Tech Sourcer",
]

PLACES = {
    "en": [
        "PyData London",
        "the Data Council meetup",
        "the Strata conference",
        "Web Summit",
        "the AWS Summit",
        "the Oslo data breakfast",
    ],
    "ja": ["PyCon JP", "東京の勉強会", "データサミット"],
    "nl": ["de PyData Amsterdam", "de meetup in Utrecht", "het Big Data Expo"],
    "it": ["PyCon Italia", "il meetup di Milano", "la conferenza a Firenze"],
    "nb": ["NDC Oslo", "frokostseminaret", "JavaZone"],
    "de": ["der PyCon DE", "dem Meetup in Berlin", "der data2day"],
    "fr": ["PyData Paris", "la conférence à Lyon", "VivaTech"],
    "es": ["PyConES", "el DataCon de Madrid", "el meetup de Barcelona"],
}

JOB_ROLES = [
    "Lead Data Engineer",
    "Staff Machine Learning Engineer",
    "Head of Analytics",
    "Senior Python Developer",
    "Principal Data Architect",
    "Analytics Engineer",
]

# -- message templates ------------------------------------------------------------------------
# met: first message of a conversation with someone the owner met in person (positive evidence)
MET = {
    "en": [
        "Hi {name},\nGreat meeting you at {place} yesterday! Let's stay in touch.",
        "Hey {name}, great meeting you at {place}. Here is the paper I mentioned.",
        "It was great to meet you in person at {place}, {name}. Coffee next time I'm in town?",
        "{name}, lovely meeting you at {place} last week. Thanks for the tips on hiring.",
    ],
    "ja": [
        "{name}さん、先日は{place}でお会いできて嬉しかったです。今後ともよろしくお願いします。",
        "{name}さん\n{place}ではお会いできて光栄でした。資料をお送りします。",
    ],
    "nl": [
        "Hoi {name}, leuk je ontmoet te hebben op {place}! Zullen we binnenkort koffie drinken?",
        "Hallo {name},\nleuk je ontmoet te hebben gisteren. Hier is de link die ik noemde.",
    ],
    "it": [
        "Ciao {name}, piacere di averti conosciuto a {place}! Restiamo in contatto.",
        "Ciao {name},\npiacere di averti conosciuto ieri sera. Ti mando il link.",
    ],
    "nb": [
        "Hei {name}! Hyggelig å møte deg på {place} i går. Vi snakkes!",
        "Hei {name},\nhyggelig å møte deg i dag. Her er lenken jeg nevnte.",
    ],
    "de": [
        "Hallo {name}, schön, Sie auf {place} kennengelernt zu haben!",
        "Liebe/r {name},\nes war schön, Sie gestern persönlich kennengelernt zu haben.",
    ],
    "fr": [
        "Bonjour {name}, ravi de vous avoir rencontré à {place} ! Au plaisir d'échanger.",
        "Bonjour {name},\nravie de vous avoir rencontrée hier, merci pour la discussion.",
    ],
    "es": [
        "Hola {name}, fue un placer conocerte en {place}. ¡Seguimos en contacto!",
        "Hola {name},\nun placer conocerte en persona ayer. Te paso el enlace.",
    ],
}

# greet: openers with no in-person evidence, some of them deceptive ("nice to meet you" as a
# mere greeting, "hope to meet you", "would be great to meet")
GREET = {
    "en": [
        "Hi {name}, nice to meet you! Thanks for connecting.",
        "Hello {name}, hope to meet you at {place} next month.",
        "Hi {name},\nthanks for the connection. It would be great to meet some day.",
        "Hey {name}, saw your post about data contracts, really interesting.",
        "Hi {name}, nice to e-meet you. {sender} here, from the Slack group.",
    ],
    "ja": [
        "{name}さん、はじめまして。つながりありがとうございます。",
        "{name}さん、いつかお会いできればと思っています。",
    ],
    "nl": [
        "Hoi {name}, bedankt voor het connecten!",
        "Hallo {name}, hopelijk zien we elkaar op {place}.",
    ],
    "it": [
        "Ciao {name}, grazie per il collegamento!",
        "Ciao {name}, spero di conoscerti presto di persona.",
    ],
    "nb": [
        "Hei {name}, takk for at du koblet deg til meg!",
        "Hei {name}, håper vi kan møtes på {place} en gang.",
    ],
    "de": [
        "Hallo {name}, danke für die Vernetzung!",
        "Hallo {name}, ich hoffe, wir lernen uns bald persönlich kennen.",
    ],
    "fr": [
        "Bonjour {name}, merci pour la connexion !",
        "Bonjour {name}, j'espère vous rencontrer à {place}.",
    ],
    "es": [
        "Hola {name}, ¡gracias por conectar!",
        "Hola {name}, ojalá podamos conocernos en {place}.",
    ],
}

CHAT = {
    "en": [
        "Sounds good, talk soon.",
        "Thanks!\u00a0That helps a lot.",
        "Did you see the new release? Worth a look.",
        "Happy new year, {name}!",
        "Congrats on the new role!",
        "Let me check my calendar and get back to you.",
        "Quick question: are you still using Airflow?",
        "Sure, Thursday works.\nSee you then.",
        "Haha, same here.",
        "Sending you the slides now.",
        "Good luck with the launch!",
    ],
    "ja": [
        "ありがとうございます！",
        "了解です。来週また連絡します。",
        "おめでとうございます！",
        "資料を送りました。",
    ],
    "nl": [
        "Klinkt goed, tot snel.",
        "Dank je wel!",
        "Gefeliciteerd met je nieuwe baan!",
        "Ik kijk even in mijn agenda.",
    ],
    "it": [
        "Perfetto, a presto.",
        "Grazie mille!",
        "Congratulazioni per il nuovo ruolo!",
        "Ti mando le slide.",
    ],
    "nb": [
        "Høres bra ut, snakkes.",
        "Tusen takk!",
        "Gratulerer med ny jobb!",
        "Jeg sjekker kalenderen.",
    ],
    "de": [
        "Klingt gut, bis bald.",
        "Vielen Dank!",
        "Glückwunsch zur neuen Stelle!",
        "Ich schaue in meinen Kalender.",
    ],
    "fr": [
        "Ça marche, à bientôt.",
        "Merci beaucoup !",
        "Félicitations pour le poste !",
        "Je regarde mon agenda.",
    ],
    "es": [
        "Perfecto, hablamos.",
        "¡Muchas gracias!",
        "¡Enhorabuena por el nuevo puesto!",
        "Miro mi agenda y te digo.",
    ],
}

# ask: a conversation the owner starts (asking for advice, an intro, a call)
ASK = {
    "en": [
        "Hi {name}, I'm exploring the data platform space and would love your view. "
        "Do you have 20 minutes next week?",
        "Hi {name},\ncould you introduce me to someone on your analytics team?",
        "Hi {name}, I read your article on streaming pipelines. Mind if I ask two questions?",
        "Hello {name}, we're hiring a data engineer on my team. Anyone come to mind?",
    ],
    "ja": ["{name}さん、少しご相談させていただけますか？", "{name}さん、来週お時間ありますか？"],
    "nl": [
        "Hoi {name}, heb je volgende week tijd voor een kort gesprek?",
        "Hallo {name}, kun je me voorstellen aan iemand van jullie datateam?",
    ],
    "it": [
        "Ciao {name}, avresti 20 minuti la prossima settimana?",
        "Ciao {name}, posso chiederti un consiglio sul tuo team dati?",
    ],
    "nb": [
        "Hei {name}, har du tid til en kort prat neste uke?",
        "Hei {name}, kan du sette meg i kontakt med noen i analyseteamet ditt?",
    ],
    "de": [
        "Hallo {name}, hätten Sie nächste Woche 20 Minuten Zeit?",
        "Hallo {name}, könnten Sie mich mit Ihrem Data-Team bekannt machen?",
    ],
    "fr": [
        "Bonjour {name}, auriez-vous 20 minutes la semaine prochaine ?",
        "Bonjour {name}, pourriez-vous me présenter à votre équipe data ?",
    ],
    "es": [
        "Hola {name}, ¿tendrías 20 minutos la semana que viene?",
        "Hola {name}, ¿me podrías presentar a alguien de tu equipo de datos?",
    ],
}

FOLLOWUP = {
    "en": [
        "Hi {name}, just following up on my note above.",
        "Bumping this up in case it got buried.",
        "Hi {name}, any thoughts?",
        "Last try from me. Have a great week!",
    ],
    "ja": ["{name}さん、先日のメッセージの件、いかがでしょうか。", "再度のご連絡失礼します。"],
    "nl": [
        "Hoi {name}, even een herinnering aan mijn bericht.",
        "Nog even checken of je dit gezien hebt?",
    ],
    "it": ["Ciao {name}, ti riscrivo per il messaggio di prima.", "Hai avuto modo di leggere?"],
    "nb": ["Hei {name}, bare en påminnelse om meldingen over.", "Fikk du sett på dette?"],
    "de": ["Hallo {name}, ich wollte kurz nachhaken.", "Haben Sie meine Nachricht gesehen?"],
    "fr": [
        "Bonjour {name}, je me permets de relancer mon message.",
        "Avez-vous pu y jeter un œil ?",
    ],
    "es": ["Hola {name}, te escribo de nuevo por si se perdió mi mensaje.", "¿Pudiste verlo?"],
}

REPLY = {
    "en": [
        "Hi {name}, sorry for the slow reply! Happy to chat, Tuesday?",
        "Thanks for reaching out, {name}. Let me think about it.",
        "Sure, sending an intro now.",
        "Not right now, but keep me posted.",
    ],
    "ja": [
        "{name}さん、ご連絡ありがとうございます。火曜日はいかがですか？",
        "承知しました。確認します。",
    ],
    "nl": [
        "Hoi {name}, sorry voor de late reactie! Dinsdag?",
        "Dank voor je bericht, ik kom erop terug.",
    ],
    "it": ["Ciao {name}, scusa il ritardo! Martedì va bene?", "Grazie del messaggio, ci penso."],
    "nb": [
        "Hei {name}, beklager sent svar! Tirsdag passer fint.",
        "Takk for meldingen, jeg ser på det.",
    ],
    "de": [
        "Hallo {name}, entschuldigen Sie die späte Antwort! Dienstag?",
        "Danke für die Nachricht, ich melde mich.",
    ],
    "fr": [
        "Bonjour {name}, désolé pour le retard ! Mardi ?",
        "Merci pour votre message, je reviens vers vous.",
    ],
    "es": [
        "Hola {name}, ¡perdona la tardanza! ¿El martes?",
        "Gracias por escribir, lo miro y te digo.",
    ],
}

# recruiter mass mailings: one template goes to many people with small variations
RECRUITER_MASS = {
    "en": [
        "Hi {name},\nI have an exciting opportunity for a {role} with a fast-growing client "
        "in Oslo. Competitive package, hybrid working. Open to a quick chat?",
        "Hello {name}, I'm working on a {role} role for {client}. Your profile looks like a "
        "great match! Are you open to new opportunities?",
        "Hi {name}! Hope you're well. We're hiring a {role} (remote, EU). Interested in "
        "hearing more? Reply with a good time to call.",
    ],
    "de": [
        "Hallo {name}, ich habe eine spannende Position als {role} bei {client}. "
        "Hätten Sie Interesse an einem kurzen Austausch?"
    ],
    "nl": [
        "Hoi {name}, voor een opdrachtgever zoek ik een {role}. Sta je open voor een "
        "nieuwe uitdaging?"
    ],
    "fr": [
        "Bonjour {name}, je recrute un(e) {role} pour {client}. Seriez-vous ouvert(e) "
        "à un échange ?"
    ],
    "nb": ["Hei {name}! Vi søker en {role} til {client}. Er dette interessant?"],
}

RECRUITER_PERSONAL = [
    "Hi {name},\nI saw your work on {skill} at {company} and your talk at {place}. We're "
    "building a new platform team at {client} and your background fits unusually well. "
    "Would you be open to a conversation about the {role} role?",
    "Hi {name}, congratulations on five years at {company}! Your {skill} projects caught my "
    "eye. I'm hiring a {role} at {client}; happy to share details if you're curious.",
    "{name}, I enjoyed your post on {skill}. Given what you've built at {company}, I think the "
    "{role} opening at {client} could be interesting. No pressure at all.",
]

INMAIL_SUBJECTS = [
    "{role} opportunity at {client}",
    "Exploring {role} roles?",
    "Quick question about your next move",
    "Confidential: {role} search",
]

INMAIL_BODY = [
    "<p>Hi {name},</p><p>I'm reaching out about a <strong>{role}</strong> opening at "
    "{client}:&nbsp;the team works on large-scale data platforms.</p><p>Best,<br>{sender}</p>",
    "Hi {name}, I'm retained by {client} to find a {role}. Would you have time this week?",
    "<p>Hello {name},</p><ul><li>Role: {role}</li><li>Company: {client}</li><li>Location: "
    "Oslo &amp; remote</li></ul><p>Interested? Let me know&nbsp;:)</p>",
]

# the owner's answers to recruiters
RECRUITER_REPLY = [
    "Thanks {name}, I'm not looking right now, but feel free to check back next year.",
    "Hi {name}, sounds interesting. Could you share the salary range?",
    "Thanks for thinking of me! Not a fit at the moment.",
    "Hi {name}, happy to talk. Thursday afternoon works.",
]

SPONSORED = [
    '<p class="spinmail-quill-editor__spin-break">Hi %FIRSTNAME%,</p><p class="spinmail-quill-'
    'editor__spin-break">Join our free webinar on modern data stacks&nbsp;&amp; get the '
    'e-book.</p><br><p>Register here: <a href="https://example.com/webinar">link</a></p>',
    '<p class="spinmail-quill-editor__spin-break">Hi {name},</p><p>Our MBA for working '
    "professionals starts in January. Scholarships &gt; 50% available.</p>",
    "<p>Dear {name},</p><p>Upgrade your analytics with a 30-day trial.&nbsp;No card needed."
    "</p><br><p>Unsubscribe anytime.</p>",
]

GROUP_TITLES = ["Offsite planning", "PyData volunteers", "", "Book club 📚", "Alumni 2014"]
GROUP_LINES = [
    "Who's in for Friday?",
    "I can bring the projector.",
    "Count me in!",
    "Moved the meeting to 3pm.",
    "Thanks all\u00a0👋",
    "Link: https://example.org/doc",
]

MEMBER_LINES = [
    "Thanks for the help back then!",
    "Hi, are you still at the company?",
    "Sure, no problem.",
]

# invitation notes (flattened: LinkedIn turns line breaks into runs of spaces)
NOTE_MET = {
    "en": [
        "Hi {name},  great meeting you at {place}! Let's connect.",
        "Great to meet you today at {place}, {name}.",
    ],
    "ja": ["{name}さん、{place}でお会いできて嬉しかったです。"],
    "nl": ["Hoi {name}, leuk je ontmoet te hebben op {place}!"],
    "it": ["Ciao {name}, piacere di averti conosciuto a {place}!"],
    "nb": ["Hei {name}, hyggelig å møte deg på {place}!"],
    "de": ["Hallo {name}, schön, Sie auf {place} kennengelernt zu haben."],
    "fr": ["Bonjour {name}, ravi de vous avoir rencontré à {place}."],
    "es": ["Hola {name}, un placer conocerte en {place}."],
}
NOTE_OTHER = {
    "en": [
        "Hi {name},  I am a VP of research and enjoyed your posts. Would love to connect.",
        "Hi {name}, nice to meet you here! I work in data too.",
        "Hello {name}, hope to meet you at {place}.",
        "Hi {name}, I'm a Technical Recruiter with roles that may interest you.",
    ],
    "ja": ["{name}さん、はじめまして。よろしくお願いします。"],
    "nl": ["Hoi {name}, graag wil ik met je connecten."],
    "it": ["Ciao {name}, mi piacerebbe aggiungerti alla mia rete."],
    "nb": ["Hei {name}, jeg vil gjerne koble meg til deg."],
    "de": ["Hallo {name}, ich würde mich gerne mit Ihnen vernetzen."],
    "fr": ["Bonjour {name}, je souhaite vous ajouter à mon réseau."],
    "es": ["Hola {name}, me gustaría añadirte a mi red."],
}

COACH_LINES = [
    ("How can I make my headline stand out for data engineering roles?", "owner"),
    (
        "Lead with the outcome you deliver, then the tools: for example 'Data engineer building "
        "reliable pipelines with Python and Spark'.",
        "coach",
    ),
    ("Thanks. What about the summary?", "owner"),
    (
        "Keep it to three short paragraphs: what you do, a result you are proud of, and what you "
        "are looking for.",
        "coach",
    ),
]

ENDORSE_SKILLS = [*OWNER["skills"], "Data Warehousing", "ETL", "Team Leadership"]
RECOMMENDATION_TEXTS = [
    "Sam is one of the most thoughtful engineers I have worked with. Our pipelines became "
    "boringly reliable after Sam joined, which is the best compliment I can give.",
    "I had the pleasure of managing Sam for two years. Sam combines rigour with kindness and "
    "mentored three juniors into strong engineers.",
    "Sam helped our team migrate to a modern data stack in record time. Highly recommended.",
]
