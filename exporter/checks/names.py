"""Names the checks take for one another: a country, its people's adjective and its capital, in
French and English — and the organisations whose names differ between the two languages.

A statement says "the Nigerien junta" where the article says "la junte nigérienne", "Washington"
where it says "les États-Unis", "ECOWAS" where it says "CEDEAO".  The claim checks
(:mod:`exporter.checks.claims`) find a name of a statement in the article when the article writes any
name of the same entry.  The rule, documented in the README (Linked sources):

- a demonym names its country, in both directions: "nigérienne" backs "Niger", and "Niger"
  backs "nigérien" (the adjective says "of Niger", whatever noun it qualifies);
- a capital stands for its state's government, as the press writes it ("Washington" for the
  United States, "Paris", "Moscou"): it backs and is backed by the country;
- inflection is listed, not guessed: each entry holds the forms a text may use.

What the table cannot tell — that "avec le Niger" and "avec l'Union européenne" are different
claims though both names are in the paragraph — is for the reader (the README says so).  A brief
adds its own names: every language of an actor's name, and its ``also`` list.
"""

from __future__ import annotations

from functools import cache

# Each entry: the forms of one name, in French and in English.
NAMES: tuple[dict[str, tuple[str, ...]], ...] = (
    {"fr": ("Niger", "nigérien", "nigérienne", "nigériens", "nigériennes", "Niamey"),
     "en": ("Niger", "Nigerien", "Nigeriens", "Niamey")},
    {"fr": ("États-Unis", "Etats-Unis", "américain", "américaine", "américains", "américaines", "Washington"),
     "en": ("United States", "US", "U.S.", "USA", "America", "American", "Americans", "Washington")},
    {"fr": ("France", "français", "française", "françaises", "Paris"),
     "en": ("France", "French", "Paris")},
    {"fr": ("Russie", "russe", "russes", "Moscou", "Kremlin"),
     "en": ("Russia", "Russian", "Russians", "Moscow", "Kremlin")},
    {"fr": ("Union européenne", "UE", "européen", "européenne", "européens", "européennes", "Bruxelles"),
     "en": ("European Union", "EU", "European", "Europeans", "Brussels")},
    {"fr": ("CEDEAO", "Communauté économique des États de l'Afrique de l'Ouest"),
     "en": ("ECOWAS", "Economic Community of West African States")},
    {"fr": ("Afrique de l'Ouest", "ouest-africain", "ouest-africaine", "ouest-africains", "ouest-africaines"),
     "en": ("West Africa", "West African")},
    {"fr": ("Afrique", "africain", "africaine", "africains", "africaines"),
     "en": ("Africa", "African", "Africans")},
    {"fr": ("Sahel", "sahélien", "sahélienne", "sahéliens", "sahéliennes"),
     "en": ("Sahel", "Sahelian")},
    {"fr": ("État islamique", "EI", "Daech"), "en": ("Islamic State", "IS", "ISIS", "ISIL")},
    {"fr": ("Al-Qaïda", "al-Qaïda", "Al-Qaida"), "en": ("al-Qaeda", "Al-Qaeda", "al-Qaida", "Al-Qaida")},
    {"fr": ("Congrès",), "en": ("Congress",)},
    {"fr": ("Occident", "occidental", "occidentale", "occidentaux", "occidentales"),
     "en": ("West", "Western")},
    {"fr": ("Mali", "malien", "malienne", "maliens", "maliennes", "Bamako"),
     "en": ("Mali", "Malian", "Malians", "Bamako")},
    {"fr": ("Burkina Faso", "burkinabè", "burkinabé", "burkinabés", "Ouagadougou"),
     "en": ("Burkina Faso", "Burkinabe", "Ouagadougou")},
    {"fr": ("Nigeria", "Nigéria", "nigérian", "nigériane", "nigérians", "nigérianes", "Abuja"),
     "en": ("Nigeria", "Nigerian", "Nigerians", "Abuja")},
    {"fr": ("Tchad", "tchadien", "tchadienne", "tchadiens", "N'Djamena"), "en": ("Chad", "Chadian", "N'Djamena")},
    {"fr": ("Algérie", "algérien", "algérienne", "algériens", "Alger"), "en": ("Algeria", "Algerian", "Algiers")},
    {"fr": ("Libye", "libyen", "libyenne", "libyens", "Tripoli"), "en": ("Libya", "Libyan", "Tripoli")},
    {"fr": ("Bénin", "béninois", "béninoise", "Cotonou"), "en": ("Benin", "Beninese", "Cotonou")},
    {"fr": ("Chine", "chinois", "chinoise", "Pékin"), "en": ("China", "Chinese", "Beijing")},
    {"fr": ("Royaume-Uni", "britannique", "britanniques", "Londres"), "en": ("United Kingdom", "UK", "British", "London")},
    {"fr": ("Allemagne", "allemand", "allemande", "allemands", "Berlin"), "en": ("Germany", "German", "Berlin")},
    {"fr": ("Nations unies", "ONU", "onusien", "onusienne"), "en": ("United Nations", "UN")},
    {"fr": ("Union africaine", "UA"), "en": ("African Union", "AU")},
    {"fr": ("OTAN",), "en": ("NATO",)},
    {"fr": ("Wagner",), "en": ("Wagner",)},
)

# Months and weekdays are dates, not names: checked as dates (months) or as relative days.
MONTHS = {
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
}
WEEKDAYS = {
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}

# Capitalized words that are not names: titles and forms of address, and capitals a language
# gives ordinary words (English titles of office).
NOT_NAMES = frozenset(w.lower() for w in (
    "M", "Mme", "Mmes", "Mlle", "MM", "Dr", "Me", "Mgr", "Mr", "Mrs", "Ms", "Sir", "Madam",
    "President", "Président", "Secretary", "Assistant", "Deputy", "Minister", "Ministre", "State", "Department",
    "Affairs", "Office", "Director", "Bureau", "General", "Général", "Ambassador", "Ambassadeur",
))


@cache
def forms(language: str) -> dict[str, int]:
    """Every form of the table in ``language`` (lower case) → the number of its entry."""
    out: dict[str, int] = {}
    for n, entry in enumerate(NAMES):
        for form in entry.get(language, ()):
            out.setdefault(form.lower(), n)
    return out


def entry_forms(n: int) -> tuple[str, ...]:
    """Every form of entry ``n``, in every language."""
    return tuple(form for forms_ in NAMES[n].values() for form in forms_)
