"""Word lists the extraction rules read, French and English: one place to review and extend them.

Each list says what a rule looks for — a speech verb after a quotation, a title before a name, a
hedge before a number — so a rule reads as a sentence and a missed case is fixed by adding a word.
"""

from __future__ import annotations

MONTHS = {
    "fr": ["janvier", "février", "fevrier", "mars", "avril", "mai", "juin", "juillet", "août", "aout",
           "septembre", "octobre", "novembre", "décembre", "decembre"],
    "en": ["january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.",
           "sep.", "sept.", "oct.", "nov.", "dec.",
           # abbreviated without a dot ("6 oct 2023", "12 janv. 2024")
           "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "janv", "févr", "fév",
           "avr", "juil", "déc"],
}
MONTH_NUMBER = {"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
                "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
                "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
                     "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
                     "décembre": 12, "decembre": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6,
                     "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}

# Words the languages are told apart by (frequent, short, not shared).
STOPWORDS = {
    "fr": {"le", "la", "les", "des", "du", "un", "une", "et", "est", "que", "qui", "dans", "pour", "pas", "sur",
           "au", "aux", "avec", "ce", "cette", "il", "elle", "ont", "sont", "été", "a", "de", "en", "par", "ne",
           "se", "son", "sa", "ses", "leur", "leurs", "nous", "vous", "mais", "ou", "où", "comme", "plus", "l",
           "d", "qu", "s", "n", "y", "à"},
    "en": {"the", "of", "and", "to", "in", "is", "that", "for", "it", "with", "as", "was", "on", "be", "by",
           "this", "are", "from", "at", "or", "an", "have", "has", "had", "not", "but", "which", "their",
           "they", "were", "will", "would", "its", "been", "who", "we", "our", "said", "he", "she", "his", "her"},
}

# Words that cannot be the noun a number counts (articles, prepositions, verbs, pronouns).
NOT_A_NOUN = STOPWORDS["fr"] | STOPWORDS["en"] | {
    "dont", "entre", "contre", "depuis", "pendant", "après", "avant", "selon", "chez", "sans", "sous", "vers",
    "ainsi", "aussi", "très", "tous", "toutes", "tout", "autres", "autre", "seulement",
    "soit", "into", "than", "per", "each", "all", "more",
    "less", "only", "also", "about", "over", "under", "up", "down", "out", "then", "when", "while", "after",
    "before", "between", "against", "since", "during", "through", "until", "among", "percent", "these",
    "those", "there", "here", "what", "so", "if", "no", "yes", "can", "could", "may", "might", "must",
    "should", "shall", "do", "does", "did", "is", "am",
}

SCALES = {"million": 10**6, "millions": 10**6, "milliard": 10**9, "milliards": 10**9, "billion": 10**9,
          "billions": 10**9, "thousand": 10**3, "trillion": 10**12, "mille": 10**3, "k": 10**3, "bn": 10**9,
          "m": 10**6, "mn": 10**6, "md": 10**9, "mds": 10**9}

CURRENCY_SYMBOLS = {"US$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "CHF": "CHF",
                    # the dollars of other countries, as their senders write them ("FJD$204,550")
                    "A$": "AUD", "AU$": "AUD", "NZ$": "NZD", "C$": "CAD", "CA$": "CAD", "HK$": "HKD",
                    "S$": "SGD", "FJ$": "FJD", "FJD$": "FJD", "N$": "NAD", "EC$": "XCD", "$NZ": "NZD", "$US": "USD", "$AU": "AUD",
                    # the Kenyan shilling, glued to its number or not ("Ksh1.3 billion", "a Ksh 90.8 million")
                    "Ksh": "KES", "KSh": "KES", "KShs": "KES",
                    # Malawi's kwacha by its code, glued or not ("some MWK615 million")
                    "MWK": "MWK",
                    # the pound sign as quoted-printable writes it, in a copy of an e-mailed release ("a =A3463,000
                    # contribution")
                    "=A3": "GBP"}
CURRENCY_WORDS = {
    "euro": "EUR", "euros": "EUR", "dollar": "USD", "dollars": "USD", "francs cfa": "XOF", "franc cfa": "XOF",
    "fcfa": "XOF", "f cfa": "XOF", "livres sterling": "GBP", "livre sterling": "GBP", "pounds": "GBP",
    "yens": "JPY", "yen": "JPY", "roubles": "RUB", "rouble": "RUB", "rubles": "RUB", "yuans": "CNY",
    "yuan": "CNY", "usd": "USD", "eur": "EUR", "xof": "XOF", "xaf": "XAF", "gbp": "GBP",
    # a sign after the amount, as French writes it ("200 000 €"; not "$", Canada's dollar as often as not)
    "€": "EUR", "£": "GBP", "$us": "USD", "$ us": "USD", "us$": "USD",
}
# Said once in the draft, where the code is a guess between two currencies of the same name.
CURRENCY_NOTES = {"XOF": "XOF is the West African CFA franc; the Central African one is XAF"}

PERCENT_WORDS = ["%", "pour cent", "pourcent", "percent", "per cent"]

# Before a number: the article hedges (approx: true) …
HEDGES = {
    "fr": ["environ", "près de", "près d'", "près d’", "pres de", "quelque", "presque", "approximativement", "autour de", "quasiment",
           "pratiquement", "à peu près", "grosso modo", "de l'ordre de", "de l’ordre de", "une estimation de", "plus ou moins",
           "estimé à", "estimée à", "estimés à", "estimées à"],
    "en": ["about", "around", "approximately", "roughly", "nearly", "almost", "some", "an estimated",
           "estimated", "approx.", "approx", "circa", "close to", "an approximate", "more or less", "estimated at",
           "estimated that", "estimated to be"],
}
# … or after it (at most one word between): the hedges that say "about", and the bounds ("or more").
HEDGES_AFTER = {"environ", "à peu près", "approximativement", "or so", "approximately", "roughly"}
BOUNDS_AFTER = {"or more", "or less", "ou plus", "ou moins", "et plus"}
# … or gives a bound (approx stays false; the draft says which bound in a comment).
BOUNDS = {
    "fr": ["plus de", "moins de", "au moins", "au plus", "jusqu'à", "jusqu’à", "au-delà de", "plus d'",
           "plus d’", "moins d'", "moins d’", "supérieur à", "supérieure à", "supérieurs à", "supérieures à",
           "inférieur à", "inférieure à", "inférieurs à", "inférieures à", "dépassé", "dépasse", "dépassant", "au-dessus de"],
    "en": ["more than", "over", "less than", "fewer than", "at least", "at most", "up to", "under", "upwards of",
           "as many as", "as much as", "above", "in excess of", "exceed", "exceeds", "exceeded", "exceeding",
           "surpass", "surpasses", "surpassed", "surpassing", "topped", "topping"],
}

SPEECH_VERBS = {
    "fr": ["déclaré", "dit", "affirmé", "ajouté", "indiqué", "souligné", "expliqué", "précisé", "estimé",
           "assuré", "martelé", "rappelé", "insisté", "annoncé", "répondu", "lancé", "réagi", "poursuivi",
           "conclu", "noté", "écrit", "confié", "reconnu", "averti", "prévenu", "jugé", "déploré", "dénoncé",
           "plaidé", "souhaité", "déclare", "dit", "affirme", "ajoute", "indique", "souligne", "explique",
           "précise", "estime", "assure", "rappelle", "annonce", "poursuit", "conclut", "note", "écrit",
           "commenté", "commente", "observé", "insiste", "martèle", "lâché", "résumé", "répété", "fait valoir",
           "salué", "salue", "réitéré", "réitère", "relevé", "relève", "fait savoir", "mis en garde", "averti",
           "exhorté", "appelé", "promis", "garanti", "regretté", "déploré", "constaté", "avancé", "prévenu",
           "tweeté", "publié", "dressé un tableau", "brossé un tableau", "fait le point", "fait observer", "fait la déclaration suivante",
           "fait remarquer", "demandé", "demande", "interrogé", "s'est interrogé", "s’est interrogé", "informé",
           "confirmé", "confirme", "signalé", "signale", "raconté", "raconte", "témoigné", "témoigne",
           "répliqué", "rétorqué", "renchéri", "admis", "concédé", "exprimé", "félicité", "remercié",
           "encouragé", "invité", "condamné", "condamne", "démenti", "nié", "proposé", "suggéré", "recommandé",
           "mentionné", "soutenu", "réclamé", "réclame", "exigé", "exige", "insisté", "explique-t-il",
           "s'est réjoui", "s’est réjoui", "s'est inquiété", "s’est inquiété",
           "fait aujourd'hui la déclaration suivante", "fait aujourd’hui la déclaration suivante"],
    "en": ["said", "says", "added", "adds", "noted", "notes", "stated", "states", "told", "explained",
           "explains", "announced", "announces", "wrote", "writes", "declared", "declares", "insisted",
           "warned", "warns", "stressed", "stresses", "was emphatic", "were emphatic", "emphasized", "emphasised", "asked", "replied",
           "continued", "concluded", "observed", "remarked", "argued", "acknowledged", "commented",
           "according to", "underlined", "underscored", "estimates", "estimated", "reports", "reported",
           "calls", "called", "welcomed", "welcomes", "highlighted", "highlights", "recalled", "affirmed",
           "reaffirmed", "reiterated", "urged", "urges", "cautioned", "pointed out", "tells", "assured",
           "promised", "pledged", "vowed", "added that", "stressed that", "insists", "maintained", "recounted",
           "tweeted", "posted", "responded", "answered", "countered", "wondered", "conceded", "admitted",
           "confirmed", "denied", "claimed", "asserted", "predicted", "complained", "lamented", "appealed",
           "pleaded", "explained", "went on", "summed up", "told reporters", "recalls", "asks", "warned that",
           "remembers", "remembered", "described", "informed that", "expressed", "expresses"],
}

# Verbs that say who spoke only after a quotation ("», a dévoilé Dr MOETI"); before one they reveal a
# thing ("a dévoilé le plan « … »", "l'enquête a révélé « … »").
SPEECH_VERBS_AFTER = {"fr": ["dévoilé", "révélé",
                             # the present a report writes after a quotation ("« … », constate Johannes
                             # Wedenig"); before one, the sentence's subject is often not the speaker's
                             # ("le rapport dans lequel le Secrétaire général avertit que « … »")
                             "constate", "observe", "avertit", "prévient", "déplore", "dénonce", "regrette",
                             "reconnaît", "plaide", "souhaite", "confie", "résume", "réagit", "lance",
                             "rapporté", "rapporte", "félicite", "se félicite", "se réjouit", "s'inquiète", "s’inquiète"],
                      "en": ["revealed"]}

# Words that make a phrase before or after a name a role ("le président", "Secretary of State").
PERSON_ROLES = {
    "tánaiste", "taoiseach", "tanaiste",      # Ireland's deputy head of government and head
    # a special representative's title by its initials ("le RSSG El-Ghassim WANE", "SRSG Pramila Patten")
    "rssg", "srsg", "dsrsg", "rssga",
    "faipule", "ulu",                         # Tokelau's village leaders and its head
    "princesse", "princess", "souverain", "souveraine",     # "la Princesse Haya", "du Souverain de Dubaï"
    "responsable",                            # "le responsable du bureau du HCR à Gambella, Alexander Kishara"
    "président", "présidente", "ministre", "secrétaire", "porte-parole", "ambassadeur", "ambassadrice",
    "directeur", "directrice", "chef", "cheffe", "général", "générale", "colonel", "colonel-major", "commandant",
    "administrateur", "administratrice", "représentant", "représentante", "conseiller", "conseillère",
    "sénateur", "sénatrice", "député", "députée", "gouverneur", "gouverneure", "maire", "envoyé", "envoyée",
    "chargé", "chargée", "haut-commissaire", "commissaire", "juge", "procureur", "procureure", "roi", "reine",
    "prince", "chancelier", "chancelière", "lieutenant", "capitaine", "professeur", "professeure", "dirigeant",
    "dirigeante", "fondateur", "fondatrice", "coordinateur", "coordinatrice", "coordonnateur", "coordonnatrice",
    "délégué", "déléguée", "émir",
    "premier ministre", "vice-président", "vice-présidente",
    "economist", "manager",
    "president", "secretary", "minister", "spokesperson", "spokesman", "spokeswoman", "ambassador", "director",
    "chief", "general", "commander", "administrator", "representative", "adviser", "advisor",
    "senator", "congressman", "congresswoman", "governor", "mayor", "envoy", "commissioner", "judge",
    "prosecutor", "king", "queen", "chancellor", "captain", "chairman", "chairwoman", "chair",
    "deputy", "assistant", "head", "leader", "founder", "coordinator", "sheikh", "premier", "vice-president",
    "officer", "official", "undersecretary", "emir", "admiral", "amiral", "coach", "entraîneur", "sélectionneur",
}
# Titles written right before a name ("Mme Phee", "Mr. Smith"), dropped when the name is resolved.
HONORIFICS = ["M.", "MM.", "Mme", "Mme.", "Mmes", "Mlle", "Me", "Pr", "Dr", "Dre", "Mr.", "Mrs.", "Ms.", "Mr", "Mrs", "Ms",
              "Dr.", "Prof.", "Sir", "Dame", "Lord", "Madame", "Monsieur", "Sen.", "Rep.", "Gen.", "Col.",
              "Lt.", "Capt.", "Amb.", "S.E.", "H.E.", "S. E.", "H. E.", "S.E.M.", "S.E.Mme",
              "Honourable", "Honorable", "Hon.", "Lieut.", "l'honorable", "l’honorable", "L'honorable", "L’honorable",
              # New Zealand's and Britain's ministers: "Foreign Minister Rt Hon Winston Peters"
              "Rt Hon", "Rt. Hon.", "Rt Hon.", "Right Honourable", "Rt Honourable", "the Hon",
              # an academic title: "Minister of Agriculture Professor Monty Jones"
              "Professor", "Professeur", "Professeure",
              # the doctor's title in full ("le Docteur DIARRA Abdoulaye", "la Docteure …")
              "Docteur", "Docteure"]

# Nouns that make the phrase before an organization its role ("le bloc ouest-africain de la CEDEAO").
ORG_ROLES = {
    "bloc", "organisation", "organization", "alliance", "communauté", "community", "conseil", "council",
    "junte", "junta", "groupe", "group", "parti", "party", "coalition", "agence", "agency", "mouvement",
    "movement", "gouvernement", "government", "ministère", "ministry", "département", "department",
    "bureau", "office", "commission", "union", "fonds", "fund", "banque", "bank", "programme", "program",
    "autorité", "authority", "organe", "body", "institution", "force", "forces", "armée", "army", "milice",
    "militia", "filiale", "affiliate", "branche", "branch", "syndicat", "entreprise", "company",
    "société", "firm", "ong", "ngo", "association", "fondation", "foundation", "tribunal", "court", "cour",
    "service", "agences", "agencies", "organisations", "organizations", "programmes", "mission",
}
# Words that start an organization's proper name ("Union européenne", "World Food Programme").
ORG_HEADS = {
    "Union", "Association", "Coopérative", "Organisation", "Organization", "Programme", "Program", "Agence", "Agency", "Banque", "Bank",
    "Conseil", "Council", "Commission", "Fonds", "Fund", "Assemblée", "Assembly", "Congrès", "Congress",
    "Parlement", "Parliament", "Département", "Department", "Ministère", "Ministry", "Bureau", "Office",
    "Cour", "Court", "Communauté", "Community", "Coalition", "Mission", "Sénat", "Senate", "Nations",
    "Haut-Commissariat", "Croix-Rouge", "Forces", "Armée", "Army", "Parti", "Party", "Front", "Mouvement",
    "Movement", "Alliance", "Fondation", "Foundation", "Institut", "Institute", "Comité", "Committee",
    "Secrétariat", "Secretariat", "Tribunal", "Gouvernement", "Government", "Délégation", "Delegation",
    "Corps", "Centre", "Center", "Ambassade", "Embassy", "Consulat", "Consulate", "Board", "Authority", "Autorité",
    # (French heads whose names go on in lower case: "la Direction de la protection civile")
    "Direction", "Fédération", "Groupe", "Cellule", "Observatoire",
}
# Titles written as initials before a person's name ("DG Tedros", "CS Keriako Tobiko", "LTG John Smith"):
# never the body of the person's title, which an acronym before a name may be ("du DFAE Ignazio Cassis").
TITLE_ACRONYMS = {"DG", "DDG", "ADG", "PDG", "DGA", "VP", "EVP", "SVP", "DPM", "FM", "MP", "MEP", "MPs", "HC", "RC", "DHC",
                  "DRC", "CS", "CAS", "PS", "CEO", "CFO", "COO", "CTO", "GOC", "ADC", "LTG", "MG", "BG", "GEN", "COL", "LTC",
                  "MAJ", "CPT", "CAPT", "LT", "SGT", "SSG", "SFC", "MSG", "CSM", "SGM", "CPL", "PFC", "RSM", "HRH", "HM",
                  "HE", "SE", "SG", "SRSG", "DSRSG", "RSSG", "USG", "ASG", "ERC", "CDA", "DCM", "OIC"}
# Acronyms that are not actors: countries, currencies, units, generic nouns, media words.
NOT_ACTORS = {
    "CHF", "MWK",                                       # currencies by their codes
    # honours after a name ("Senator Linda Reynolds CSC")
    "CSC", "OBE", "MBE", "CBE", "KBE", "DBE", "CMG", "KCMG", "GCMG", "MVO", "DSO", "OAM", "CNZM", "ONZM", "KNZM",
    "US", "USA", "UK", "RDC", "DRC", "RCA", "CAR", "UAE", "EAU", "USD", "EUR", "XOF", "XAF", "GBP", "CFA",
    "FCFA", "PIB", "GDP", "FY", "AUD", "NZD", "CAD", "HKD", "SGD", "FJD", "JPY", "CNY", "INR", "ZAR", "NAD", "GPS", "GMT", "UTC", "ET", "EST", "EDT", "PST", "PDT", "CET", "CEST", "BST", "TV", "AM", "PM", "OK", "COVID", "COVID19", "SARS", "MERS", "MNT", "ONG", "NGO", "NGOS", "ONGS",
    "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "XIX", "XX", "XXI", "HTML", "PDF", "URL", "PS",
    "NB", "CEO", "QUESTION", "MODERATOR", "SECRETARY", "Q", "R", "SE", "HE", "NO", "KM", "MW", "GW", "TWH",
    "AFP", "RFI", "BBC", "CNN", "TASS", "DC",
    # titles and diseases written as acronyms: no body ("SRSG Landgren", "EVD" for Ebola virus disease)
    "SRSG", "DSRSG", "RSSG", "RSSGA", "USG", "ASG", "ERC", "SG", "CDA", "DCM", "EVD",
    # a ship's prefix and its class ("USS Rodney M. Davis (FFG 60)")
    "USS", "USNS", "HMS", "HMNZS", "HMAS", "FFG", "DDG", "LHD", "LPD", "HIV", "AIDS", "SIDA", "VIH",
    # things, not bodies: unexploded ordnance, a memorandum, the "PDR" of "Lao PDR"
    "UXO", "ERW", "MOU", "MOA", "PDR",
    # "MM. Burkhalter et Bessler"; an Irish member of parliament ("Colm Brophy TD")
    "MM", "TD",
}
# Units, things, fields and trades written as acronyms — metric tonnes, megabytes, headquarters, human
# resources, improvised explosive devices, oral rehydration salts, official development aid, a phase
# scale, exercises' kinds, ranks, places ("local government area") —: no body, unless the article
# spells one out ("the International Paralympic Committee (IPC)", "le Syndicat autonome de la
# magistrature (SAM)"). Only the acronym rules read this list: "Sam", "ODA Hiroshi" stay names.
THINGS_IN_CAPITALS = {
    "MT", "MB", "GB", "KG", "HQ", "HR", "IED", "IEDS", "ICT", "SMS", "HPLC", "IPC", "WASH", "ORS", "TA",
    "MSME", "MSMES", "NCO", "NCOS", "HADR", "ODA", "APD", "BCG", "RMG", "SOFA", "LGA", "LGAS", "CPX", "FTX",
    "MP", "MPS", "IDP", "IDPS", "PPE", "GBV", "SGBV", "NFI", "NFIS", "SAM", "MAM", "ARV", "ARVS",
}
# News agencies and outlets an attribution may name ("“…,” Reuters reported"): never a person.
MEDIA = {"Reuters", "Bloomberg", "Xinhua", "Anadolu", "Interfax", "Sputnik", "Jeune", "Libération", "Mediapart",
         "Twitter", "Facebook", "Telegram", "WhatsApp", "YouTube", "Instagram", "Radio Okapi", "Jeune Afrique", "RFI"}
# Ranks and grades written in full ("said Admiral James Stavridis", "Petty Officer 2nd Class X"): never
# a word of a person's name, at its start or at its end.
RANKS_IN_FULL = {"Admiral", "Amiral", "Colonel", "Captain", "Capitaine", "Lieutenant", "Sergeant", "Sergent",
                 "Brigadier", "Marshal", "Maréchal", "Commodore", "Petty", "Class", "Major"}
# Capitalized words that start sentences or places, never a first name.
NOT_FIRST_NAMES = RANKS_IN_FULL | {
    "Le", "La", "Les", "L", "Un", "Une", "Des", "Du", "De", "The", "A", "An", "In", "On", "At", "Au", "Aux",
    # prepositions that open a sentence ("Avec Gabriel BORIC, …") and a title's adjectives ("Représentante
    # Permanente", "Acting")
    "Avec", "Sans", "Chez", "Contre", "Malgré", "Vers", "Parmi", "Outre", "Grâce", "Auprès", "Concernant",
    "Through", "Without", "Against", "Among", "Amid", "Despite", "Following", "Permanent", "Permanente",
    "Adjoint", "Adjointe", "Générale", "Principal", "Principale", "Senior", "Acting", "Interim", "Forum",
    # a portfolio's words ("Commissioner for …, Humanitarian Aid and Crisis Response stated")
    "Crisis", "Disaster", "Recovery", "Resilience",
    # adjectives of bodies' names ("Programme National de Cantines Scolaires", "European Civil Protection")
    "National", "Nationale", "Internationale", "Civil", "Civile", "Federal", "Fédéral", "Fédérale", "Central",
    "Centrale", "Humanitaire", "Protection", "Mechanism", "Production", "Développement",
    "Prince", "Princesse", "Princess", "Souverain", "Souveraine", "Operating",
    # after an honorific, a degree's or a parliament's word ("Docteur Honoris Causa", "the Hon Member for …")
    "Honoris", "Member", "Members",
    "Dans", "Depuis", "Selon", "Pour", "Par", "Mais", "Et", "Elle", "Il", "Ils", "Elles", "Cette", "Ce", "Ces",
    "Cet", "Son", "Sa", "Ses", "Leur", "Nous", "Vous", "Je", "We", "I", "He", "She", "They", "It", "This",
    "That", "These", "Those", "Our", "Their", "His", "Her", "Its", "For", "With", "From", "By", "As", "After",
    "Before", "During", "Since", "Today", "Yesterday", "Aujourd", "Hier", "Avant", "Après", "Lors", "Comme",
    "États", "Etats", "States", "United", "Union", "Nations", "Afrique", "Africa", "West", "East", "North", "South",
    "Lieut", "République", "Republic", "Confédération", "Confederation", "Fédération", "Federation", "Royaume",
    "Kingdom", "Zealander", "Zealanders", "Icelander", "Luxembourger", "Islander", "Islanders",
    "Ouest", "Est", "Nord", "Sud", "Saint", "Sainte", "San", "New", "Air", "Base", "Lake", "Mount", "Fiscal",
    "Bureau", "Department", "Département", "Ministère", "Ministry", "Agency", "Agence", "Office",
    "Programme", "Program", "Conseil", "Council", "Chambre", "House", "Maison", "White", "Palais", "Quai",
    "Plan", "Alors", "Ainsi", "Enfin", "Puis", "Toutefois", "However", "Meanwhile", "Moreover",
    "Additionally", "Also", "Mme", "Madame", "Monsieur", "Mr", "Mrs", "Ms", "Dr", "Sir", "Président",
    "President", "Secretary", "Secrétaire", "Minister", "Ministre", "Spokesperson", "General", "Général",
    "Ambassador", "Ambassadeur", "Administrator", "Assistant", "Deputy", "Under", "Former", "Ancien",
    "Chargé", "Chief", "Chef", "Press", "Statement", "Media", "Note", "Communiqué", "Déclaration",
    "Point", "Official", "Janvier", "January", "Février", "February", "Mars", "March",
    "Avril", "April", "Mai", "May", "Juin", "June", "Juillet", "July", "Août", "August", "Septembre",
    "September", "Octobre", "October", "Novembre", "November", "Décembre", "December", "Lundi", "Mardi",
    "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche", "Monday", "Tuesday", "Wednesday", "Thursday",
    "Friday", "Saturday", "Sunday", "État", "Etat", "Islamic", "State", "Coalition", "Sahel",
    # words of titles and of organizations' names, never a person's
    "Affairs", "Affaires", "Security", "Sécurité", "Defense", "Defence", "Défense", "Command", "Staff",
    "Forces", "Armed", "International", "Political", "Development", "Assistance", "Humanitarian",
    "African", "Africaine", "Africaines", "Intérieur", "Justice", "Relations", "Cabinet", "Group", "Contact",
    "Ministers", "Ministres", "Commander", "Chairman", "Europe", "European", "Européenne", "Armées",
    # more words of titles ("Deputy Assistant Secretary for International Security Policy Jane Doe",
    # "the Special Representative warned"): never the first word of a person's name
    "Policy", "Politique", "Operations", "Opérations", "Management", "Programs", "Programmes", "Planning",
    "Resources", "Cooperation", "Coopération", "Strategy", "Stratégie", "Strategic", "Intelligence",
    "Communications", "Administration", "Nonproliferation", "Counterterrorism", "Special", "Spécial",
    "Spéciale", "Representative", "Représentant", "Représentante", "Envoy", "Envoyé", "Envoyée", "Adviser",
    "Advisor", "Conseiller", "Conseillère", "Director", "Directeur", "Directrice", "Head", "Coordinator",
    "Coordinateur", "Coordonnateur", "Coordonnatrice", "Spokesman", "Spokeswoman", "Porte-parole",
    # ("High Commissioner for Refugees Grandi", "Executive Director")
    "Refugees", "Réfugiés", "Rights", "Migration", "Population", "Children", "Commissioner", "Commissaire",
    "Executive", "Exécutif", "Exécutive", "Regional", "Régional", "Régionale", "Relief", "Emergency",
    "Peacekeeping", "Women", "Health", "Resident", "Résident", "Résidente",
    # grades and a coach's titles ("Seaman", "Coach Aliou Cissé")
    "Warrant", "Seaman", "Airman", "Specialist", "Private", "Corporal", "Coach", "Entraîneur", "Sélectionneur",
    # a ministry's portfolio, before its minister's name ("Minister of Health and Wellness Michel Chebat")
    "Wellness", "Welfare", "Education", "Finance", "Finances", "Interior", "Agriculture", "Labour", "Labor",
    "Trade", "Environment", "Energy", "Transport", "Tourism", "Culture", "Fisheries",
    # storms are named like persons ("Cyclone Sidr", "Tropical Cyclone Yasa", "l'ouragan Matthew")
    "Cyclone", "Hurricane", "Typhoon", "Tropical", "Storm", "Ouragan", "Typhon", "Tempête",
}

# Sentences a reader starts the analyst's sections from.
CONDITION_CUES = {
    "fr": ["si ", "à condition", "à mesure que", "sous réserve", "pourvu que", "à moins que", "tant que",
           "exhort", "demand", "exige", "appel", "appelle", "doit", "doivent", "devait", "devaient", "devra",
           "devront", "encourag", "condition", "pressé", "presse ", "invite", "engag", "réciproque",
           "par étapes", "assoupli"],
    "en": ["if ", "unless", "provided", "as long as", "on condition", "must", "should", "urge", "call on",
           "calls on", "called on", "calls for", "called for", "demand", "require", "condition", "in exchange",
           "in return", "reciproc", "encourag", "insist"],
}
UNCERTAINTY_CUES = {
    "fr": ["craindre", "craint", "espér", "espoir", "incertain", "pourrait", "pourraient", "risque", "question",
           "statut", "avenir", "si les", "si le", "si la", "reste à", "inquiét", "menace", "préoccup"],
    "en": ["fear", "hope", "uncertain", "could", "may ", "might", "whether", "risk", "question", "remain",
           "concern", "threat", "unclear", "future"],
}
US_CUES = {
    "fr": ["états-unis", "etats-unis", "washington", "américain", "américaine", "maison blanche",
           "département d'état", "département d’état", "biden", "trump", "pentagone"],
    "en": ["united states", "u.s.", "us ", "washington", "american", "white house", "state department",
           "department of state", "pentagon", "the secretary"],
}

SPOKEN_LANGUAGES = {
    "anglais": "en", "français": "fr", "arabe": "ar", "espagnol": "es", "allemand": "de", "russe": "ru",
    "portugais": "pt", "haoussa": "ha", "italien": "it", "chinois": "zh", "english": "en", "french": "fr",
    "arabic": "ar", "spanish": "es", "german": "de", "russian": "ru", "portuguese": "pt", "hausa": "ha",
    "italian": "it", "chinese": "zh", "mandarin": "zh", "ukrainian": "uk", "ukrainien": "uk",
}

# --- states, organisations and groups (issue 21) ---------------------------------------------------
# States are found by their CLDR names in English and French (babel's territory names, read by
# exporter.draft.bodies); these are the other names articles use for them.
STATE_VARIANTS = {
    "US": ["United States of America", "Etats-Unis", "Etats-Unis d'Amérique", "États-Unis d'Amérique",
           "États-Unis d’Amérique"],
    "RU": ["Russian Federation", "Fédération de Russie"],
    "VN": ["Viet Nam", "Vietnam", "Viêt-nam"],
    "TR": ["Turkey"],
    "CD": ["Democratic Republic of the Congo", "République démocratique du Congo", "RDC"],
    "CF": ["RCA"],
    "CG": ["Republic of the Congo", "République du Congo"],
    "CI": ["Côte d'Ivoire", "Ivory Coast", "Cote d'Ivoire"],
    "MM": ["Myanmar", "Burma", "Birmanie"],
    "GB": ["Great Britain", "Grande-Bretagne", "UK", "U.K.", "Britain"],
    "KP": ["Democratic People's Republic of Korea"],
    "CZ": ["Czech Republic", "République tchèque"],
    "PS": ["Palestine", "State of Palestine", "État de Palestine"],
    "VA": ["Holy See", "Saint-Siège", "Vatican"],
    "NG": ["Nigéria"],
    "SN": ["Sénégal"],
    "TD": ["Tchad"],
    "GW": ["Guinée Bissau"],
    "MR": ["Mauritanie"],
    "VC": ["Saint Vincent and the Grenadines", "St. Vincent and the Grenadines", "Saint-Vincent-et-les-Grenadines"],
    "KN": ["St. Kitts and Nevis"],
    "ST": ["Sao Tome and Principe"],
    "KG": ["Kyrgyz Republic", "République kirghize"],
}
# A state's short names, read as the state only in the articles of their language: in English "RCA"
# is also the Regional Cooperative Agreement; "DRC", the Danish Refugee Council, is none of them.
SHORT_STATE_NAMES = {"UK": "en", "U.K.": "en", "Britain": "en", "RDC": "fr", "RCA": "fr"}
# CLDR codes that are not states (regions, unions, "unknown").
NOT_STATES = {"EU", "EZ", "UN", "QO", "ZZ", "XA", "XB", "AQ", "BV", "HM", "UM", "IC", "EA", "DG", "CP", "TA", "AC"}
# Words before a state's name that make it a place, not a party ("in Niger", "au Niger", "la
# capitale du Niger"): the state acts elsewhere in the article or is not an actor.
PLACE_BEFORE = {
    "en": ["in", "inside", "across", "throughout", "within", "into", "to", "from", "at", "near", "around",
           "toward", "towards", "through", "across the", "area of", "region of", "regions of", "parts of",
           "states of", "countries of", "nations of", "gulf of", "lake",
           "part of", "capital of", "border of", "borders of", "north of", "south of", "east of", "west of",
           "countries of", "territory of", "visit to", "trip to", "across the"],
    "fr": ["à", "au", "aux", "en", "dans", "vers", "depuis", "jusqu'au", "jusqu’au", "région du", "régions du",
           "zone du", "capitale du", "frontière du", "frontières du", "nord du", "sud du", "est du", "ouest du",
           "territoire du", "pays du", "région de", "capitale de", "partie du", "pays de", "États de", "Etats de",
           "districts du", "district du", "régions de", "provinces du", "golfe de", "golfe du", "lac",
           "bassin du", "s'agissant du", "s’agissant du", "s'agissant de", "s’agissant de", "quant au",
           # where people come from ("des réfugiés venus de RDC")
           "venus de", "venues de", "venu de", "venue de", "venus du", "venues du", "originaires de",
           "originaire de", "originaires du", "originaire du", "en provenance de", "en provenance du"],
}
# Adjectives of nationality, for the descriptions that name a person by them ("le diplomate
# américain"): the state's code.
NATIONALITIES = {
    "américain": "US", "américaine": "US", "american": "US", "u.s.": "US", "us": "US", "français": "FR",
    "française": "FR", "french": "FR", "nigérien": "NE", "nigérienne": "NE", "nigerien": "NE",
    "nigérian": "NG", "nigériane": "NG", "nigerian": "NG", "malien": "ML", "malienne": "ML", "malian": "ML",
    "burkinabè": "BF", "burkinabe": "BF", "burkinabé": "BF", "burkinabée": "BF", "burkinabés": "BF", "burkinabées": "BF", "tchadien": "TD", "tchadienne": "TD", "chadian": "TD",
    "russe": "RU", "russian": "RU", "ukrainien": "UA", "ukrainienne": "UA", "ukrainian": "UA",
    "chinois": "CN", "chinoise": "CN", "chinese": "CN", "britannique": "GB", "british": "GB",
    "allemand": "DE", "allemande": "DE", "german": "DE", "italien": "IT", "italienne": "IT", "italian": "IT",
    "canadien": "CA", "canadienne": "CA", "canadian": "CA", "japonais": "JP", "japonaise": "JP",
    "japanese": "JP", "kényan": "KE", "kényane": "KE", "kenyan": "KE", "algérien": "DZ", "algérienne": "DZ",
    "algerian": "DZ", "marocain": "MA", "marocaine": "MA", "moroccan": "MA", "sénégalais": "SN",
    "sénégalaise": "SN", "senegalese": "SN", "ivoirien": "CI", "ivoirienne": "CI", "ivorian": "CI",
    "béninois": "BJ", "béninoise": "BJ", "beninese": "BJ", "togolais": "TG", "togolaise": "TG",
    "togolese": "TG", "mauritanien": "MR", "mauritanienne": "MR", "mauritanian": "MR", "iranien": "IR",
    "iranienne": "IR", "iranian": "IR", "turc": "TR", "turque": "TR", "turkish": "TR",
    "australien": "AU", "australienne": "AU", "australian": "AU", "irlandais": "IE", "irlandaise": "IE",
    "irish": "IE", "suisse": "CH", "swiss": "CH", "belge": "BE", "belgian": "BE", "néerlandais": "NL",
    "néerlandaise": "NL", "dutch": "NL", "espagnol": "ES", "espagnole": "ES", "spanish": "ES", "indien": "IN",
    "indienne": "IN", "indian": "IN", "pakistanais": "PK", "pakistanaise": "PK", "pakistani": "PK",
    "afghan": "AF", "afghane": "AF", "brésilien": "BR", "brésilienne": "BR", "brazilian": "BR",
    "mexicain": "MX", "mexicaine": "MX", "mexican": "MX", "coréen": "KR", "coréenne": "KR", "korean": "KR",
    "suédois": "SE", "suédoise": "SE", "swedish": "SE", "norvégien": "NO", "norvégienne": "NO",
    "norwegian": "NO", "danois": "DK", "danoise": "DK", "danish": "DK", "haïtien": "HT", "haïtienne": "HT",
    "haitian": "HT", "congolais": "CD", "congolaise": "CD", "congolese": "CD", "éthiopien": "ET",
    "éthiopienne": "ET", "ethiopian": "ET", "somalien": "SO", "somalienne": "SO", "somali": "SO",
    "soudanais": "SD", "soudanaise": "SD", "sudanese": "SD", "syrien": "SY", "syrienne": "SY", "syrian": "SY",
    "irakien": "IQ", "irakienne": "IQ", "iraqi": "IQ", "libanais": "LB", "libanaise": "LB", "lebanese": "LB",
    "philippin": "PH", "philippine": "PH", "filipino": "PH", "zealander": "NZ",
    "rwandais": "RW", "rwandaise": "RW", "rwandan": "RW", "burundais": "BI", "burundaise": "BI", "burundian":
    "BI", "centrafricain": "CF", "centrafricaine": "CF", "guinéen": "GN", "guinéenne": "GN", "guinean": "GN",
    "camerounais": "CM", "camerounaise": "CM", "cameroonian": "CM", "gabonais": "GA", "gabonaise": "GA",
    "gabonese": "GA", "ghanéen": "GH", "ghanéenne": "GH", "ghanaian": "GH", "libérien": "LR", "libérienne":
    "LR", "liberian": "LR", "ougandais": "UG", "ougandaise": "UG", "ugandan": "UG", "tanzanien": "TZ",
    "tanzanienne": "TZ", "tanzanian": "TZ", "zambien": "ZM", "zambienne": "ZM", "zambian": "ZM", "zimbabwéen":
    "ZW", "zimbabwéenne": "ZW", "zimbabwean": "ZW", "mozambicain": "MZ", "mozambicaine": "MZ", "mozambican":
    "MZ", "angolais": "AO", "angolaise": "AO", "angolan": "AO", "sud-africain": "ZA", "sud-africaine": "ZA",
    "égyptien": "EG", "égyptienne": "EG", "egyptian": "EG", "tunisien": "TN", "tunisienne": "TN", "tunisian":
    "TN", "libyen": "LY", "libyenne": "LY", "libyan": "LY", "jordanien": "JO", "jordanienne": "JO", "jordanian":
    "JO", "yéménite": "YE", "yemeni": "YE", "bangladais": "BD", "bangladaise": "BD", "bangladeshi": "BD",
    "népalais": "NP", "népalaise": "NP", "nepalese": "NP", "birman": "MM", "birmane": "MM", "burmese": "MM",
    "thaïlandais": "TH", "thaïlandaise": "TH", "thai": "TH", "vietnamien": "VN", "vietnamienne": "VN",
    "vietnamese": "VN", "cambodgien": "KH", "cambodgienne": "KH", "cambodian": "KH", "indonésien": "ID",
    "indonésienne": "ID", "indonesian": "ID", "malaisien": "MY", "malaisienne": "MY", "malaysian": "MY",
    "colombien": "CO", "colombienne": "CO", "colombian": "CO", "vénézuélien": "VE", "vénézuélienne": "VE",
    "venezuelan": "VE", "péruvien": "PE", "péruvienne": "PE", "peruvian": "PE", "bolivien": "BO", "bolivienne":
    "BO", "bolivian": "BO", "chilien": "CL", "chilienne": "CL", "chilean": "CL", "argentin": "AR", "argentine":
    "AR", "argentinian": "AR", "cubain": "CU", "cubaine": "CU", "cuban": "CU", "guatémaltèque": "GT",
    "guatemalan": "GT", "hondurien": "HN", "hondurienne": "HN", "honduran": "HN", "salvadorien": "SV",
    "salvadorienne": "SV", "salvadoran": "SV", "nicaraguayen": "NI", "nicaraguayenne": "NI", "nicaraguan": "NI",
    "portugais": "PT", "portugaise": "PT", "portuguese": "PT", "grec": "GR", "grecque": "GR", "greek": "GR",
    "polonais": "PL", "polonaise": "PL", "polish": "PL", "autrichien": "AT", "autrichienne": "AT", "austrian":
    "AT", "finlandais": "FI", "finlandaise": "FI", "finnish": "FI", "luxembourgeois": "LU", "luxembourgeoise":
    "LU", "israélien": "IL", "israélienne": "IL", "israeli": "IL", "palestinien": "PS", "palestinienne": "PS",
    "palestinian": "PS", "saoudien": "SA", "saoudienne": "SA", "saudi": "SA", "qatari": "QA", "qatarie": "QA",
    "sud-soudanais": "SS", "sud-soudanaise": "SS", "érythréen": "ER", "érythréenne": "ER", "eritrean": "ER",
    "djiboutien": "DJ", "djiboutienne": "DJ", "djiboutian": "DJ", "comorien": "KM", "comorienne": "KM",
    "comorian": "KM", "malgache": "MG", "malagasy": "MG", "bissau-guinéen": "GW", "sierra-léonais": "SL",
    "sierra-léonaise": "SL", "gambien": "GM", "gambienne": "GM", "gambian": "GM", "cap-verdien": "CV",
    "cap-verdienne": "CV",
}
# Well-known bodies and groups, by kind, each with the names articles use for it (the first is the
# canonical key; a draft names the actor as the article first does). "organization" for
# institutions, "group" for armed and political groups. Optional "UN"/"des Nations unies"
# qualifiers are read by exporter.draft.bodies.
BODIES = [
    ("organization", ["United Nations", "Nations Unies", "Nations unies", "Nations-Unies", "ONU", "UN", "U.N."]),
    ("organization", ["Security Council", "Conseil de sécurité", "UNSC"]),
    ("organization", ["General Assembly", "Assemblée générale", "UNGA"]),
    ("organization", ["Human Rights Council", "Conseil des droits de l'homme", "Conseil des droits de l’homme"]),
    ("organization", ["International Court of Justice", "Cour internationale de justice", "ICJ", "CIJ"]),
    ("organization", ["International Criminal Court", "Cour pénale internationale", "ICC", "CPI"]),
    ("organization", ["World Food Programme", "World Food Program", "Programme alimentaire mondial", "WFP", "PAM"]),
    ("organization", ["UNICEF"]), ("organization", ["FAO"]), ("organization", ["UNESCO"]),
    ("organization", ["UNHCR", "HCR", "Haut-Commissariat des Nations unies pour les réfugiés"]),
    ("organization", ["Irish Aid"]),
    # an aid agency whose name mixes cases, which no acronym rule reads
    ("organization", ["AusAID", "Australian Agency for International Development"]),
    ("organization", ["OCHA", "Office for the Coordination of Humanitarian Affairs", "Bureau de la coordination des affaires humanitaires"]),
    ("organization", ["World Health Organization", "Organisation mondiale de la santé", "WHO", "OMS"]),
    ("organization", ["International Monetary Fund", "Fonds monétaire international", "IMF", "FMI"]),
    ("organization", ["World Bank", "Banque mondiale"]),
    ("organization", ["UNDP", "PNUD"]), ("organization", ["IOM", "OIM"]), ("organization", ["IAEA", "AIEA"]),
    ("organization", ["MINUSMA"]), ("organization", ["UNOWAS"]),
    ("organization", ["European Union", "Union européenne", "Union Européenne", "EU", "UE"]),
    ("organization", ["European Commission", "Commission européenne"]),
    ("organization", ["European Council", "Conseil européen"]),
    ("organization", ["European Parliament", "Parlement européen"]),
    ("organization", ["African Union", "Union africaine", "AU", "UA"]),
    ("organization", ["ECOWAS", "CEDEAO", "Economic Community of West African States",
                      "Communauté économique des États de l'Afrique de l'Ouest",
                      "Communauté économique des États de l’Afrique de l’Ouest"]),
    ("organization", ["G5 Sahel", "G5-Sahel"]),
    ("organization", ["Alliance of Sahel States", "Alliance des États du Sahel", "Sahel Alliance States", "AES"]),
    ("organization", ["NATO", "OTAN"]), ("organization", ["OSCE"]), ("organization", ["G7"]),
    ("organization", ["G20"]), ("organization", ["BRICS"]), ("organization", ["ASEAN"]), ("organization", ["OPEC", "OPEP"]),
    ("organization", ["Arab League", "Ligue arabe"]),
    ("organization", ["State Department", "Department of State", "U.S. State Department", "U.S. Department of State", "Département d'État", "Département d’État"]),
    ("organization", ["Defense Department", "Department of Defense", "Pentagon", "Pentagone", "DOD", "DoD"]),
    ("organization", ["White House", "Maison Blanche"]),
    ("organization", ["Congress", "Congrès"]), ("organization", ["Senate", "Sénat"]),
    ("organization", ["Joint Chiefs of Staff"]),
    ("organization", ["U.S. Africa Command", "AFRICOM", "Africom", "Commandement américain pour l'Afrique",
                      "Commandement américain pour l’Afrique", "Commandement des États-Unis pour l'Afrique",
                      "Commandement des États-Unis pour l’Afrique"]),
    ("organization", ["USAID", "U.S. Agency for International Development",
                      "United States Agency for International Development"]),
    ("organization", ["Quai d'Orsay", "Quai d’Orsay"]), ("organization", ["Élysée", "Elysée"]),
    ("organization", ["Assemblée nationale"]),
    ("organization", ["Agence française de développement", "AFD"]),
    ("organization", ["CNSP", "Conseil national pour la sauvegarde de la patrie"]),
    # humanitarian bodies whose names hold no organisation noun
    ("organization", ["International Committee of the Red Cross", "Comité international de la Croix-Rouge", "ICRC", "CICR"]),
    ("organization", ["International Federation of Red Cross and Red Crescent Societies", "IFRC", "FICR",
                      "Fédération internationale des Sociétés de la Croix-Rouge et du Croissant-Rouge"]),
    ("organization", ["Médecins Sans Frontières", "Médecins sans frontières", "Doctors Without Borders", "MSF"]),
    ("organization", ["Médecins du Monde", "Médecins Du Monde", "Doctors of the World"]),
    ("organization", ["Catholic Relief Services"]), ("organization", ["Save the Children"]),
    ("organization", ["Oxfam"]), ("organization", ["Amnesty International"]),
    ("organization", ["Human Rights Watch"]), ("organization", ["Population Services International"]),
    ("organization", ["Concern Worldwide"]), ("organization", ["Trócaire", "Trocaire"]),
    ("organization", ["Christian Aid"]), ("organization", ["World Vision", "World Vision International"]),
    ("organization", ["CARE International", "CARE"]), ("organization", ["Plan International"]),
    ("organization", ["Caritas", "Caritas Internationalis"]), ("organization", ["Tearfund"]),
    ("organization", ["Action Against Hunger", "Action contre la Faim", "Action contre la faim"]),
    ("organization", ["Handicap International", "Humanity & Inclusion"]),
    ("organization", ["Norwegian Refugee Council", "Conseil norvégien pour les réfugiés"]),
    ("organization", ["International Rescue Committee"]), ("organization", ["Mercy Corps"]),
    ("organization", ["ACTED", "Acted"]),
    ("group", ["al-Qaida", "al-Qaeda", "Al-Qaïda", "Al-Qaida", "al-Qaïda", "Al-Qaeda"]),
    ("group", ["al-Qaida in the Islamic Maghreb", "al-Qaeda in the Islamic Maghreb", "Al-Qaïda au Maghreb islamique",
               "AQMI", "AQIM"]),
    ("group", ["Ansar Dine", "Ansar Eddine", "Ansar Dine"]),
    ("group", ["Islamic State", "État islamique", "Etat islamique", "ISIS", "ISIL", "Daech", "Daesh", "EI",
               "Islamic State of Iraq and Syria", "Islamic State of Iraq and the Levant"]),
    ("group", ["Islamic State in the Greater Sahara", "État islamique au Grand Sahara", "EIGS", "ISGS"]),
    ("group", ["Islamic State West Africa Province", "État islamique en Afrique de l'Ouest"]),
    ("group", ["Boko Haram"]), ("group", ["JNIM", "GSIM"]), ("group", ["ISWAP"]),
    ("group", ["al-Shabaab", "al-Shabab", "Shebab"]), ("group", ["Wagner"]), ("group", ["Hamas"]),
    ("group", ["Hezbollah"]), ("group", ["Taliban", "talibans"]),
    # the Central African Republic's armed groups
    ("group", ["anti-Balaka", "Anti-Balaka", "antibalaka", "anti-balaka"]),
    ("group", ["ex-Séléka", "Séléka", "ex-Seleka", "Seleka", "Ex-Séléka"]),
]
# Nouns that end an English organisation's name ("U.S. Africa Command", "Ukraine Defense Contact
# Group", "Nigerien Armed Forces", "Accra Initiative").
ORG_TAILS = {"Department", "Command", "Council", "Committee", "Group", "Initiative", "Forces", "Agency",
             "Ministry", "Commission", "Coalition", "Alliance", "Assembly", "Bank", "Fund", "Parliament",
             "Court", "Army", "Navy", "Corps", "Office", "Secretariat", "Mission", "Authority", "Corporation",
             "Board", "Center", "Centre", "Institute", "Foundation", "Network", "Society", "Services",
             # units of an army, a police force or a ministry ("75th Combat Support Hospital", "Human
             # Trafficking Unit", "Criminal Investigations Division")
             "Division", "Unit", "Battalion", "Regiment", "Brigade", "Company", "Hospital", "Detachment", "Squadron"}
# A description that names a person ("le diplomate américain", "the ambassador", "la cheffe des
# affaires politiques de l'ONU"): its head noun and the role words that fit it.
DESCRIPTION_HEADS = {
    "tánaiste": "minister", "taoiseach": "minister",        # Ireland's deputy head of government and head
    "responsable": "head",                                   # "le responsable du bureau du HCR à Gambella, X"
    "diplomate": "diplomat", "diplomat": "diplomat", "ambassadeur": "diplomat", "ambassadrice": "diplomat",
    "ambassador": "diplomat", "envoyé": "diplomat", "envoyée": "diplomat", "envoy": "diplomat",
    "émissaire": "diplomat", "emissary": "diplomat", "représentant": "diplomat", "représentante": "diplomat",
    "representative": "diplomat", "chargé": "diplomat", "chargée": "diplomat",
    "chef": "head", "cheffe": "head", "head": "head", "chief": "head", "leader": "head", "dirigeant": "head",
    "dirigeante": "head", "patron": "head", "patronne": "head",
    "porte-parole": "spokesperson", "spokesperson": "spokesperson", "spokesman": "spokesperson",
    "spokeswoman": "spokesperson",
    "ministre": "minister", "minister": "minister", "secrétaire": "secretary", "secretary": "secretary",
    "président": "president", "présidente": "president", "president": "president",
    "général": "general", "générale": "general", "general": "general", "commandant": "general",
    "commander": "general", "officier": "general", "officer": "general",
    "administrateur": "administrator", "administratrice": "administrator", "administrator": "administrator",
    "directeur": "director", "directrice": "director", "director": "director",
    "coordonnateur": "coordinator", "coordonnatrice": "coordinator", "coordinateur": "coordinator",
    "coordinatrice": "coordinator", "coordinator": "coordinator",
    "commissaire": "commissioner", "haut-commissaire": "commissioner", "commissioner": "commissioner",
    "gouverneur": "governor", "gouverneure": "governor", "governor": "governor", "maire": "mayor", "mayor": "mayor",
    "pm": "prime minister",
}
# The role words each kind of description fits.
DESCRIPTION_FITS = {
    "diplomat": {"ambassadeur", "ambassadrice", "ambassador", "envoyé", "envoyée", "envoy", "diplomate", "diplomat",
                 "représentant", "représentante", "representative", "chargé", "chargée", "émissaire", "emissary",
                 "haut-représentant", "secretary of state", "secrétaire d'état", "secrétaire d’état", "amb."},
    "head": {"chef", "cheffe", "head", "chief", "leader", "dirigeant", "dirigeante", "directeur", "directrice",
             "director", "président", "présidente", "president", "secrétaire", "secretary", "secretary-general",
             "chairman", "chair", "commandant", "commander", "administrator", "administrateur", "premier", "prime"},
    # (a director is a director, not any head: "le Directeur général" is not "la Présidente du Comité")
    "director": {"directeur", "directrice", "director", "director-general", "directeur général", "directrice générale"},
    "spokesperson": {"porte-parole", "spokesperson", "spokesman", "spokeswoman"},
    "minister": {"ministre", "minister", "secretary", "tánaiste", "tanaiste", "taoiseach"},
    "secretary": {"secrétaire", "secretary", "secretary-general"},
    "president": {"président", "présidente", "president"},
    "general": {"général", "générale", "general", "commandant", "commander", "colonel", "chief of staff"},
    "administrator": {"administrateur", "administratrice", "administrator"},
    "coordinator": {"coordonnateur", "coordonnatrice", "coordinateur", "coordinatrice", "coordinator"},
    "commissioner": {"commissaire", "haut-commissaire", "commissioner"},
    "governor": {"gouverneur", "gouverneure", "governor"},
    "mayor": {"maire", "mayor"},
    "prime minister": {"prime minister", "premier ministre", "première ministre"},
}
# Nouns a count of which is a duration, not a figure ("une visite de deux jours", "2 years ago").
DURATION_NOUNS = {"jour", "jours", "semaine", "semaines", "mois", "an", "ans", "année", "années", "heure", "heures",
                  "minute", "minutes", "seconde", "secondes", "décennie", "décennies", "siècle", "siècles", "fois",
                  "day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours", "decade",
                  "decades", "century", "centuries", "times", "second", "seconds", "weekend", "weekends", "nuit",
                  "nuits", "night", "nights"}
