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
           "sep.", "sept.", "oct.", "nov.", "dec."],
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

CURRENCY_SYMBOLS = {"US$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "CHF": "CHF"}
CURRENCY_WORDS = {
    "euro": "EUR", "euros": "EUR", "dollar": "USD", "dollars": "USD", "francs cfa": "XOF", "franc cfa": "XOF",
    "fcfa": "XOF", "f cfa": "XOF", "livres sterling": "GBP", "livre sterling": "GBP", "pounds": "GBP",
    "yens": "JPY", "yen": "JPY", "roubles": "RUB", "rouble": "RUB", "rubles": "RUB", "yuans": "CNY",
    "yuan": "CNY", "usd": "USD", "eur": "EUR", "xof": "XOF", "xaf": "XAF", "gbp": "GBP",
}
# Said once in the draft, where the code is a guess between two currencies of the same name.
CURRENCY_NOTES = {"XOF": "XOF is the West African CFA franc; the Central African one is XAF"}

PERCENT_WORDS = ["%", "pour cent", "pourcent", "percent", "per cent"]

# Before a number: the article hedges (approx: true) …
HEDGES = {
    "fr": ["environ", "près de", "pres de", "quelque", "presque", "approximativement", "autour de", "quasiment",
           "pratiquement", "à peu près", "grosso modo", "de l'ordre de", "de l’ordre de", "une estimation de"],
    "en": ["about", "around", "approximately", "roughly", "nearly", "almost", "some", "an estimated",
           "estimated", "approx.", "circa", "close to", "an approximate"],
}
# … or gives a bound (approx stays false; the draft says which bound in a comment).
BOUNDS = {
    "fr": ["plus de", "moins de", "au moins", "au plus", "jusqu'à", "jusqu’à", "au-delà de", "plus d'",
           "plus d’", "moins d'", "moins d’"],
    "en": ["more than", "over", "less than", "fewer than", "at least", "at most", "up to", "under", "upwards of"],
}

SPEECH_VERBS = {
    "fr": ["déclaré", "dit", "affirmé", "ajouté", "indiqué", "souligné", "expliqué", "précisé", "estimé",
           "assuré", "martelé", "rappelé", "insisté", "annoncé", "répondu", "lancé", "réagi", "poursuivi",
           "conclu", "noté", "écrit", "confié", "reconnu", "averti", "prévenu", "jugé", "déploré", "dénoncé",
           "plaidé", "souhaité", "déclare", "dit", "affirme", "ajoute", "indique", "souligne", "explique",
           "précise", "estime", "assure", "rappelle", "annonce", "poursuit", "conclut", "note", "écrit",
           "commenté", "commente", "observé", "insiste", "martèle", "lâché", "résumé", "répété", "fait valoir"],
    "en": ["said", "says", "added", "adds", "noted", "notes", "stated", "states", "told", "explained",
           "explains", "announced", "announces", "wrote", "writes", "declared", "declares", "insisted",
           "warned", "warns", "stressed", "stresses", "emphasized", "emphasised", "asked", "replied",
           "continued", "concluded", "observed", "remarked", "argued", "acknowledged", "commented",
           "according to", "underlined", "underscored", "estimates", "estimated", "reports", "reported",
           "calls", "called"],
}

# Words that make a phrase before or after a name a role ("le président", "Secretary of State").
PERSON_ROLES = {
    "président", "présidente", "ministre", "secrétaire", "porte-parole", "ambassadeur", "ambassadrice",
    "directeur", "directrice", "chef", "cheffe", "général", "générale", "colonel", "colonel-major", "commandant",
    "administrateur", "administratrice", "représentant", "représentante", "conseiller", "conseillère",
    "sénateur", "sénatrice", "député", "députée", "gouverneur", "gouverneure", "maire", "envoyé", "envoyée",
    "chargé", "chargée", "haut-commissaire", "commissaire", "juge", "procureur", "procureure", "roi", "reine",
    "prince", "chancelier", "chancelière", "lieutenant", "capitaine", "professeur", "professeure", "dirigeant",
    "dirigeante", "fondateur", "fondatrice", "coordinateur", "coordinatrice", "délégué", "déléguée", "émir",
    "premier ministre", "vice-président", "vice-présidente",
    "president", "secretary", "minister", "spokesperson", "spokesman", "spokeswoman", "ambassador", "director",
    "chief", "general", "commander", "administrator", "representative", "adviser", "advisor",
    "senator", "congressman", "congresswoman", "governor", "mayor", "envoy", "commissioner", "judge",
    "prosecutor", "king", "queen", "chancellor", "captain", "chairman", "chairwoman", "chair",
    "deputy", "assistant", "head", "leader", "founder", "coordinator", "sheikh", "premier", "vice-president",
    "officer", "official", "undersecretary", "emir",
}
# Titles written right before a name ("Mme Phee", "Mr. Smith"), dropped when the name is resolved.
HONORIFICS = ["M.", "MM.", "Mme", "Mmes", "Mlle", "Me", "Pr", "Dr", "Mr.", "Mrs.", "Ms.", "Mr", "Mrs", "Ms",
              "Dr.", "Prof.", "Sir", "Dame", "Lord", "Madame", "Monsieur", "Sen.", "Rep.", "Gen.", "Col.",
              "Lt.", "Capt.", "Amb.", "S.E.", "H.E."]

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
    "Union", "Organisation", "Organization", "Programme", "Program", "Agence", "Agency", "Banque", "Bank",
    "Conseil", "Council", "Commission", "Fonds", "Fund", "Assemblée", "Assembly", "Congrès", "Congress",
    "Parlement", "Parliament", "Département", "Department", "Ministère", "Ministry", "Bureau", "Office",
    "Cour", "Court", "Communauté", "Community", "Coalition", "Mission", "Sénat", "Senate", "Nations",
    "Haut-Commissariat", "Croix-Rouge", "Forces", "Armée", "Army", "Parti", "Party", "Front", "Mouvement",
    "Movement", "Alliance", "Fondation", "Foundation", "Institut", "Institute", "Comité", "Committee",
    "Secrétariat", "Secretariat", "Tribunal", "Gouvernement", "Government", "Délégation", "Delegation",
}
# Acronyms that are not actors: countries, currencies, units, generic nouns, media words.
NOT_ACTORS = {
    "US", "USA", "UK", "RDC", "DRC", "RCA", "CAR", "UAE", "EAU", "USD", "EUR", "XOF", "XAF", "GBP", "CFA",
    "FCFA", "PIB", "GDP", "FY", "GMT", "UTC", "TV", "AM", "PM", "OK", "COVID", "ONG", "NGO", "NGOS", "ONGS",
    "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "XIX", "XX", "XXI", "HTML", "PDF", "URL", "PS",
    "NB", "CEO", "QUESTION", "MODERATOR", "SECRETARY", "Q", "R", "SE", "HE", "NO", "KM", "MW", "GW", "TWH",
    "AFP", "RFI", "BBC", "CNN", "TASS",
}
# Capitalized words that start sentences or places, never a first name.
NOT_FIRST_NAMES = {
    "Le", "La", "Les", "L", "Un", "Une", "Des", "Du", "De", "The", "A", "An", "In", "On", "At", "Au", "Aux",
    "Dans", "Depuis", "Selon", "Pour", "Par", "Mais", "Et", "Elle", "Il", "Ils", "Elles", "Cette", "Ce", "Ces",
    "Cet", "Son", "Sa", "Ses", "Leur", "Nous", "Vous", "Je", "We", "I", "He", "She", "They", "It", "This",
    "That", "These", "Those", "Our", "Their", "His", "Her", "Its", "For", "With", "From", "By", "As", "After",
    "Before", "During", "Since", "Today", "Yesterday", "Aujourd", "Hier", "Avant", "Après", "Lors", "Comme",
    "États", "Etats", "United", "Union", "Nations", "Afrique", "Africa", "West", "East", "North", "South",
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
