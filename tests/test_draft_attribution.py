"""Who said it, in the house styles a draft meets: each test is one way an article attributes a
quotation, written here as a reader would find it, with the speaker a reader would name (or nobody,
when the article does not say)."""

from __future__ import annotations

import pytest

from exporter.draft.extract import extract
from exporter.draft.quotes import quotation_spans


def speakers(lang: str, paragraphs: list[str]) -> list[tuple[int, str | None]]:
    return [(q.paragraph, q.speaker) for q in extract(paragraphs, lang).quotes]


def actors(lang: str, paragraphs: list[str]) -> list[str]:
    return [a.name for a in extract(paragraphs, lang).actors]


def test_a_name_with_a_capitalised_particle_is_one_person():
    paragraphs = ["Le ministre de l'Europe et des Affaires étrangères, Jean-Yves Le Drian, s'est rendu à Niamey mardi.",
                  "« Nous ne laisserons pas tomber le Niger dans cette épreuve », a déclaré M. Le Drian."]
    assert speakers("fr", paragraphs) == [(2, "Jean-Yves Le Drian")]
    assert "Jean-Yves Le Drian" in actors("fr", paragraphs)
    assert not any(name.startswith("M.") for name in actors("fr", paragraphs))


def test_a_hyphenated_title_is_no_part_of_a_name_and_describes_its_holder():
    paragraphs = ["UN Secretary-General António Guterres on Tuesday called for calm in Niger.",
                  "“I am deeply concerned by the situation in the country and its people,” the Secretary-General said."]
    assert speakers("en", paragraphs) == [(2, "António Guterres")]
    french = ["La Vice-Secrétaire générale de l'ONU, Amina Mohammed, a achevé samedi une visite au Niger.",
              "« Nous devons investir dans les jeunes et dans les femmes », a poursuivi la Vice-Secrétaire générale."]
    assert speakers("fr", french) == [(2, "Amina Mohammed")]


def test_a_title_with_its_body_before_a_name_and_a_later_description():
    paragraphs = ["U.S. Ambassador to the United Nations Linda Thomas-Greenfield spoke at the Security Council on Monday.",
                  "The ambassador said the United States “remains committed to the people of the Sahel and their future.”"]
    assert speakers("en", paragraphs) == [(2, "Linda Thomas-Greenfield")]
    names = actors("en", paragraphs)
    assert "Linda Thomas-Greenfield" in names and "United Nations" in names
    assert not any("Monday" in n or "Nations Linda" in n for n in names)     # a body's name stops at a name or a day


def test_a_second_quotation_joined_by_adding_that_keeps_the_first_ones_speaker():
    paragraphs = ["“This is a moment of truth for the Council,” said Ms. Thomas-Greenfield, adding that "
                  "“the world is watching what we do here today.”"]
    assert speakers("en", paragraphs) == [(1, "Thomas-Greenfield"), (1, "Thomas-Greenfield")]


def test_an_honorific_or_an_initial_does_not_end_the_speakers_name():
    paragraphs = ["Joyce Msuya, the UN Assistant Secretary-General for Humanitarian Affairs, visited Niger.",
                  "“Niger is one of the priority countries in the Sahel region,” said Ms. Msuya.",
                  "“We stand with the people of Niger and their institutions,” said Antony J. Blinken."]
    assert speakers("en", paragraphs) == [(2, "Joyce Msuya"), (3, "Antony J. Blinken")]


def test_pour_x_before_a_quotation_names_its_speaker():
    paragraphs = ["La ministre des Affaires étrangères, Catherine Colonna, était à Niamey vendredi.",
                  "Pour Mme Colonna, « la sécurité du Sahel est aussi celle de l'Europe tout entière »."]
    assert speakers("fr", paragraphs) == [(2, "Catherine Colonna")]


def test_quotation_marks_typed_straight_on_one_side_and_curly_on_the_other_still_pair():
    text = 'She said "Niger is one of the priority countries,” then “we will stay and deliver" and left.'
    assert [text[s:e] for s, e in quotation_spans(text)] == ["Niger is one of the priority countries,",
                                                             "we will stay and deliver"]
    paragraphs = ['Ms. Joyce Msuya visited Niamey. "Niger is one of the priority countries in the Sahel,” said '
                  'Ms. Msuya. “With growing insecurity, more people are being displaced."']
    assert speakers("en", paragraphs) == [(1, "Joyce Msuya"), (1, "Joyce Msuya")]


def test_a_quotation_standing_alone_after_reported_speech_is_the_reporters_speaker():
    paragraphs = ["Le ministre des Affaires étrangères, Hassoumi Massoudou, a reçu l'envoyé américain.",
                  "Le ministre a indiqué que la situation restait grave dans la région. "
                  "« Nous devons agir vite et ensemble pour le Sahel. »"]
    assert speakers("fr", paragraphs) == [(2, "Hassoumi Massoudou")]
    english = ["Secretary Blinken met Foreign Minister Hassoumi Massoudou in Niamey on Thursday.",
               "He warned that the region faced a growing threat from armed groups. “We cannot let terrorists win this fight.”"]
    assert speakers("en", english) == [(2, "Blinken")]


@pytest.mark.parametrize("paragraphs", [
    # another person named between the reported speech and the quotation: nobody is sure
    ["Le ministre Hassoumi Massoudou a indiqué que la situation restait grave. Il a rencontré Mme Catherine Colonna. "
     "« Nous comptons sur nos partenaires pour la suite du processus. »"],
    # no reported speech before it at all
    ["Le ministre Hassoumi Massoudou était à Paris. « Nous comptons sur nos partenaires pour la suite du processus. »"],
])
def test_a_quotation_standing_alone_with_no_sure_speaker_is_left_to_the_drafter(paragraphs):
    assert speakers("fr", paragraphs) == [(1, None)]


@pytest.mark.parametrize("lang, paragraphs, expected", [
    # a surname alone, the only words of the attribution
    ("en", ["“We are very worried about the safety of our staff in the region,” Dujarric told reporters in New York."],
     ["Dujarric"]),
    # an apposition between the speaker and the verb
    ("en", ["“The junta must release President Bazoum and his family immediately,” Kirby, the White House spokesperson, said."],
     ["Kirby"]),
    # a quotation that is a paragraph of its own, after "He added:"
    ("en", ["Secretary Antony Blinken spoke on Monday. He added:",
            "“We will continue to stand with the people of Niger in this difficult time.”"], ["Antony Blinken"]),
    # a description after an adjunct, the person named in apposition
    ("fr", ["« Le Niger mérite un partenariat d'égal à égal avec tous ses amis », a déclaré à l'issue de l'entretien "
            "le chef de la diplomatie nigérienne, Bakary Yaou Sangaré."], ["Bakary Yaou Sangaré"]),
    # "a-t-elle déclaré, ajoutant que « … »": both hers
    ("fr", ["La ministre Catherine Colonna a parlé mardi.",
            "« Il n'est pas question de reconnaître les putschistes », a-t-elle déclaré, ajoutant que "
            "« la France soutient les efforts de la CEDEAO »."], ["Catherine Colonna", "Catherine Colonna"]),
    # a body, and nobody
    ("fr", ["« Nous ne reconnaissons pas les autorités issues du putsch », a indiqué mardi le Quai d'Orsay dans un communiqué."],
     ["Quai d'Orsay"]),
    ("fr", ["« Le Niger mérite un partenariat d'égal à égal avec tous ses amis », lit-on dans le communiqué."], [None]),
    ("en", ["“We will continue to stand with the people of Niger in this difficult time,” the statement said."], [None]),
    # a description nobody was given before: nobody (the article never says who "le chef de l'ONU" is)
    ("fr", ["Antonio Guterres s'est exprimé devant le Conseil.",
            "Le chef de l'ONU a appelé à « une mobilisation générale de la communauté internationale »."], [None]),
    # a news agency is no speaker's name
    ("en", ["“The situation in Niamey is calm but tense tonight,” Reuters reported."], [None]),
])
def test_more_house_styles_of_attribution(lang, paragraphs, expected):
    assert [speaker for _, speaker in speakers(lang, paragraphs)] == expected


@pytest.mark.parametrize("lang, paragraphs, expected", [
    # "he" after a sentence whose subject is one of two persons named: the subject
    ("en", ["Secretary Antony Blinken met Foreign Minister Hassoumi Massoudou in Niamey.",
            "Blinken praised the minister. “He is a true partner of the United States,” he said."], ["Antony Blinken"]),
    # two persons just named and no subject: nobody
    ("en", ["The meeting brought together Antony Blinken and Hassoumi Massoudou in Niamey.",
            "“He is a true partner of the United States and of Europe,” he said."], [None]),
    # two speakers together, a body's part, a participle between the speaker and the verb
    ("en", ["In a joint statement, France and Germany said “the coup is unacceptable and must be reversed at once.”"], [None]),
    ("en", ["Niger's junta said in a statement on state television that “the French ambassador must leave within 48 hours.”"],
     [None]),
    ("fr", ["« La situation sécuritaire reste très préoccupante dans la région », a déclaré un porte-parole de la CEDEAO."],
     [None]),
    ("en", ["Guterres, speaking in New York, said: “The Sahel cannot wait any longer for our help.”"], ["Guterres"]),
    ("en", ["“The people of Niger deserve better than this,” tweeted U.S. Senator Chris Coons."], ["Chris Coons"]),
    # a body's own document speaks for it
    ("fr", ["« Les conditions restent critiques au Niger et dans toute la région », indique un communiqué du "
            "PAM publié aujourd'hui."], ["PAM"]),
])
def test_who_is_not_the_speaker(lang, paragraphs, expected):
    assert [speaker for _, speaker in speakers(lang, paragraphs)] == expected


# --- round 7: what held-out batch 6 showed once it was scored ------------------------------------

@pytest.mark.parametrize("text, quoted", [
    ("« J'ai vu des travailleurs courageux dans tout le pays,’’ a dit M. Diallo.", [" J'ai vu des travailleurs courageux dans tout le pays,"]),
    ("“I saw brave workers in every region of the country,’’ said Mr. Diallo.", ["I saw brave workers in every region of the country,"]),
    ("‘’Nos deux pays travaillent ensemble pour la paix », a déclaré X. « La relation vise la stabilité’’.",
     ["Nos deux pays travaillent ensemble pour la paix ", " La relation vise la stabilité"]),
])
def test_two_single_marks_typed_for_a_double_one(text, quoted):
    assert [text[s:e] for s, e in quotation_spans(text)] == quoted


@pytest.mark.parametrize("lang, paragraphs, expected", [
    ("fr", ["Le Représentant spécial, Mahamat Saleh ANNADIF, était à Dakar.",
            "« Nous sommes encouragés par l'engagement de la CEDEAO en faveur de la paix », a conclu M. ANNADIF."],
     ["Mahamat Saleh ANNADIF"]),
    ("fr", ["Le général Michael Langley du Corps des Marines des États-Unis était à Nouakchott.",
            "« La relation entre nos deux pays vise à protéger les communautés », a déclaré Langley."], ["Michael Langley"]),
    ("en", ["“Mauritania has been a great friend and partner over the years,” said U.S. Air Force Lt. Gen. Kirk Smith, "
            "deputy commander, U.S. Africa Command."], ["Kirk Smith"]),
    # partial quotations of one sentence: the subject of its speech verb, past a passive and a relative clause
    ("en", ["Victoria Nuland told reporters on Monday that she met the “self-proclaimed chief of defense” and three other "
            "officials, describing the talks as “extremely frank and at times, quite difficult.”",
            "Nuland, who is also the acting deputy secretary of state, says she was asked by Secretary of State Antony "
            "Blinken to travel to Niamey to “see if we could resolve these issues diplomatically.”"],
     ["Victoria Nuland", "Victoria Nuland"]),
    # a paragraph that opens with a quotation goes on with the speaker who ended the one before
    ("en", ["UN Secretary-General António Guterres spoke by video.",
            "“We need to reverse this downward spiral with a renewed push for peace,” the Secretary-General said.",
            "“And we need to make space for vital humanitarian assistance and investments.”"],
     ["António Guterres", "António Guterres"]),
    # … not when another person was named after that speaker
    ("en", ["UN Secretary-General António Guterres spoke by video.",
            "“We need to reverse this downward spiral with a renewed push for peace,” the Secretary-General said, "
            "before President Mohamed Bazoum took the floor.",
            "“And we need to make space for vital humanitarian assistance and investments.”"],
     ["António Guterres", None]),
    # a person of a body is not the body
    ("en", ["“Across the five countries of the region we are talking about millions of displaced people,” the UNHCR "
            "official said."], [None]),
    # a description in apposition before "Mme" and a name, then the description alone
    ("fr", ["La Coordonnatrice humanitaire au Burkina Faso, Mme Carol Flore-Smereczniak, exprime sa tristesse.",
            "« Nous réaffirmons notre engagement indéfectible à soutenir le peuple burkinabè », a souligné la "
            "Coordonnatrice humanitaire."], ["Carol Flore-Smereczniak"]),
])
def test_round_seven_house_styles(lang, paragraphs, expected):
    assert [speaker for _, speaker in speakers(lang, paragraphs)] == expected


def test_names_with_an_apostrophe_or_ould_and_a_count_with_a_nationality():
    names = actors("fr", ["Le président de la transition, Bah N'daw, a reçu le général.",
                          "Le Président Mohamed Ould Cheikh El Ghazouani a reçu le ministre de la Défense, "
                          "M. Hanana Ould Sidi."])
    assert {"Bah N'daw", "Mohamed Ould Cheikh El Ghazouani", "Hanana Ould Sidi"} <= set(names)
    assert not any(n in names for n in ("Cheikh El Ghazouani", "Hanana Ould"))
    figures = extract(["The gang killed two Malian refugee leaders and a local leader."], "en").figures
    assert [(f.value, f.approx) for f in figures] == [(2, False)]


# --- round 8: what held-out batch 7 showed once it was scored ------------------------------------

@pytest.mark.parametrize("lang, paragraphs, expected", [
    ("fr", ["« L'urgence est ici, dans le Sahel, là où les gens souffrent », a déclaré le Haut-Commissaire des Nations "
            "Unies pour les réfugiés, Filippo Grandi, qui a conclu une visite de trois jours.",
            "Le Haut-Commissaire souligne que la communauté internationale doit agir avant que « cette crise ne "
            "devienne ingérable »."], ["Filippo Grandi", "Filippo Grandi"]),
    ("en", ["Stephane Dujarric, spokesman for U.N. Secretary-General Antonio Guterres, said in a statement that the "
            "United Nations \"stands in solidarity with the democratically elected government.\""], ["Stephane Dujarric"]),
    ("en", ["\"We, the defense and security forces, decided to put an end to the regime,\" said Colonel Amadou Abdramane."],
     ["Amadou Abdramane"]),
    ("en", ["Agency chief Filippo Grandi this week concluded a visit to three countries.",
            "“We always look at the Sahel and we think about terrorism”, said Mr. Grandi, speaking on Tuesday.",
            "“But the real problem is here. The emergency is here.”"], ["Filippo Grandi", "Filippo Grandi"]),
])
def test_round_eight_house_styles(lang, paragraphs, expected):
    assert [speaker for _, speaker in speakers(lang, paragraphs)] == expected


def test_bodies_once_and_no_person_in_a_bodys_name():
    names = actors("en", ["ROME—The meeting was called by WFP, and al-Qaida in the Islamic Maghreb (AQIM) and al-Qaida "
                          "were named.", "The President's Malaria Initiative funds the programme."])
    assert "ROME" not in names and "Malaria Initiative" not in names
    assert "AQIM" in names and "al-Qaida" in names                  # two groups, not one
    french = actors("fr", ["« Les Nations unies condamnent cette attaque », a dit le porte-parole.",
                           "Les Nations Unies ont appelé au calme."])
    assert [n.casefold() for n in french].count("nations unies") == 1


def test_a_long_title_before_a_name_and_a_reporting_expression():
    paragraphs = ["Le Représentant spécial du Secrétaire général et Chef du Bureau des Nations Unies pour l'Afrique de "
                  "l'Ouest et le Sahel (UNOWAS), M. Mohamed Ibn Chambas, a indiqué ce matin que les élections seraient "
                  "décisives.",
                  "À l'entame de son propos, le Représentant spécial a dressé un tableau très sombre de la situation. "
                  "Les déplacés sont toujours plus nombreux. « Au Nigéria, environ 7,7 millions de personnes auraient "
                  "besoin d'une aide d'urgence. »"]
    assert speakers("fr", paragraphs) == [(2, "Mohamed Ibn Chambas")]


def test_a_state_read_as_part_of_a_longer_name_before_another_state():
    # "Somalia Federal …" is no mention of Somalia; Kenya after it is one (this raised an IndexError)
    names = actors("en", ["Somalia Federal Government forces and Kenya agreed on a joint plan, the minister said."])
    assert "Kenya" in names


# --- round 9: what held-out batch 8 showed once it was scored ------------------------------------

@pytest.mark.parametrize("lang, paragraphs, expected", [
    ("fr", ["« Qu'y a-t-il de plus répugnant que la violence contre des enfants ? », a demandé Anthony Smith."],
     ["Anthony Smith"]),
    ("fr", ["« Je me suis entretenu dimanche soir avec le président du Tchad », a informé António Guterres."],
     ["António Guterres"]),
    # a colon after a long report of what the speaker said
    ("fr", ["David Gressly a averti les auteurs des violences en Ituri qu'ils devront tôt ou tard rendre des comptes "
            "devant la Justice, car l'impunité ne sera jamais tolérée : « On ne peut pas accepter ces actes de "
            "violence ni les violations des droits humains »."], ["David Gressly"]),
    # the sentence after a quotation says who spoke it so; the name read before its cue
    ("fr", ["« Ce que nous avons vu et entendu est tout simplement inacceptable ». C'est un David Gressly visiblement "
            "choqué qui s'exprimait ainsi ce vendredi à Bunia.",
            "David Gressly a averti les auteurs des violences qu'ils devront rendre des comptes."], ["David Gressly"]),
])
def test_round_nine_house_styles(lang, paragraphs, expected):
    assert [speaker for _, speaker in speakers(lang, paragraphs)] == expected


@pytest.mark.parametrize("lang, text, value, approx", [
    ("fr", "Depuis 2015, plus de « 400.000 personnes ont fui le Burundi ».", 400000, True),
    ("en", "WFP still urgently requires USD 350 million to continue food distributions.", 350000000, False),
    ("fr", "Le HCR et 26 de ses partenaires humanitaires ont lancé un appel mardi.", 26, False),
    ("en", "To help 750,000 of the most vulnerable people, WFP needs more.", 750000, False),
])
def test_round_nine_figures(lang, text, value, approx):
    assert (value, approx) in [(f.value, f.approx) for f in extract([text], lang).figures]


def test_round_nine_names_and_datelines():
    names = actors("fr", ["GOMA / NEW YORK, 4 mars 2011 – Mme Hilde F. Johnson s'est rendue à Goma.",
                          "Mme Johnson a rencontré le général El Hadji Ibrahima Diene, qui a déclaré son soutien."])
    assert "GOMA" not in names and "Hilde" not in names
    assert "Hilde F. Johnson" in names and "El Hadji Ibrahima Diene" in names


# --- round 10: what held-out batch 9 showed once it was scored -----------------------------------

def test_round_ten_a_description_named_in_the_next_paragraph_and_selon_lui():
    paragraphs = ["« Il n'y aura pas de solution militaire exclusive à la crise », a affirmé ce matin devant le Conseil "
                  "de sécurité le Représentant spécial du Secrétaire général en République centrafricaine.",
                  "Si M. Mankeur Ndiaye a estimé que l'action militaire est nécessaire, il l'a jugée insuffisante. "
                  "Sentiment d'autant plus fondé selon lui que le recours aux supplétifs par les Forces armées "
                  "centrafricaines, « si l'on n'y prend pas garde », est dangereux."]
    assert speakers("fr", paragraphs) == [(1, "Mankeur Ndiaye"), (2, "Mankeur Ndiaye")]


def test_round_ten_names_and_figures():
    names = actors("en", ["U.S. Ambassador to Niger, Eric P. Whitaker led the delegation.",
                          "Officials accompanied Ambassadors Whitaker and Young."])
    assert "Eric P. Whitaker" in names and not any(n.startswith("Ambassadors") for n in names)
    assert "Sylvie Valérie" not in actors("fr", ["Mme Sylvie Valérie Baipo-Temon, ministre des Affaires étrangères, "
                                                 "a parlé. Mme Sylvie Valérie Baipo-Temon a ensuite quitté la salle."])
    figures = extract(["Of the civilians killed, 740 were in Amhara.", "It met between two elected presidents at "
                       "the 30 ème Sommet de l'Union africaine."], "en").figures
    assert [(f.paragraph, f.value) for f in figures] == [(1, 740)]


# --- round 11: what held-out batch 10 showed once it was scored ----------------------------------

def test_round_eleven_a_family_name_first_and_a_quoted_title():
    paragraphs = ["Le changement climatique est urgent, explique Qu Dongyu aux Chefs d'État.",
                  "«Il est clair que les défis du Sahel nécessitent une réponse coordonnée», a précisé M. Qu."]
    assert speakers("fr", paragraphs) == [(2, "Qu Dongyu")]
    assert speakers("en", ["The theme of the forum, which runs until Friday, is “Feed the Cities, Grow the Continent "
                           "and More”."]) == []


def test_round_twelve_the_headline_names_the_speaker_the_body_calls_he_or_by_surname():
    headline = "Le Haut-Commissaire des Nations Unies aux droits de l'homme Volker Türk à propos du Myanmar"
    paragraphs = ["« La situation au Myanmar est devenue un cauchemar sans fin pour ses habitants », a-t-il déclaré à Genève.",
                  "« Trois années de règne militaire ont infligé des souffrances insupportables », a déclaré Türk."]
    found = extract(paragraphs, "fr", headline)
    assert [(q.paragraph, q.speaker) for q in found.quotes] == [(1, "Volker Türk"), (2, "Volker Türk")]
    assert all(q.headline for q in found.quotes)
    türk = next(a for a in found.actors if a.name == "Volker Türk")
    assert türk.paragraph == 2                       # cited where the body names him
    # without the headline, nobody
    assert [q.speaker for q in extract(paragraphs, "fr").quotes] == [None, "Türk"]


def test_round_twelve_a_statement_by_a_person_is_theirs_unless_a_sentence_says_otherwise():
    headline = "Statement by UNICEF Executive Director Henrietta Fore"
    paragraphs = ["NEW YORK, 28 March 2021 – “Children were shot and killed on the bloodiest day in Myanmar since February.",
                  "“I am appalled by the indiscriminate killing, including of children, taking place in Myanmar.",
                  "“The longer-term consequences of the crisis for the country's children could be catastrophic.",
                  ]
    found = extract(paragraphs, "en", headline)
    assert [(q.paragraph, q.speaker) for q in found.quotes] == [(1, "Henrietta Fore"), (2, "Henrietta Fore"),
                                                               (3, "Henrietta Fore")]
    # named only in the headline: a speaker, not an actor the body never names
    assert "Henrietta Fore" not in [a.name for a in found.actors]
    other = ["The Secretary-General, António Guterres, said: “Those responsible must be held accountable for this.”"]
    assert [q.speaker for q in extract(other, "en", headline).quotes] == ["António Guterres"]
    # a headline that is no statement's gives the body's quotations nobody
    assert {q.speaker for q in extract(paragraphs, "en", "Henrietta Fore visits Myanmar").quotes} == {None}


def test_round_twelve_declaring_that_and_a_far_verb_after_a_description():
    paragraphs = ["United Nations chief António Guterres visited Rohingya refugee camps in Bangladesh on Monday, "
                  "declaring that “nothing could have prepared me for the scale of the crisis”.",
                  "World Bank President Jim Yong Kim was also there.",
                  "The UN chief said during his visit to the vast Kutapalong Camp, that their safety during the "
                  "monsoon season was “priority one. We cannot allow the monsoons to wash away their hopes.”"]
    assert speakers("en", paragraphs) == [(1, "António Guterres"), (3, "António Guterres")]
    two = ["Antony Blinken met Mohamed Bazoum on Monday, saying that “our partnership has never been stronger than today”."]
    assert speakers("en", two) == [(1, None)]


def test_round_twelve_an_adverb_in_the_verb_a_lost_opening_mark_and_an_initial():
    paragraphs = ["« La situation actuelle en Afghanistan est certainement la plus complexe », a ainsi déclaré "
                  "le Représentant spécial du Secrétaire général, M. Kai Eide.",
                  "Le Secrétaire général adjoint aux affaires politiques, M. B. Lynn Pascoe, a présenté un exposé.",
                  "« La répression n'est pas la solution à la crise », a affirmé le Secrétaire général adjoint."]
    assert speakers("fr", paragraphs) == [(1, "Kai Eide"), (3, "B. Lynn Pascoe")]
    lost = ["The High Commissioner urges the parties to the conflict to halt ongoing hostilities,” spokesperson "
            "Liz Throssell said at the press briefing in Geneva."]
    found = extract(lost, "en").quotes
    assert [(q.speaker, q.text) for q in found] == [
        ("Liz Throssell", "The High Commissioner urges the parties to the conflict to halt ongoing hostilities")]


def test_round_twelve_a_pronoun_after_an_unnamed_described_speaker_is_nobody():
    paragraphs = ["Le Secrétaire général adjoint aux affaires politiques, M. B. Lynn Pascoe, a présenté un exposé.",
                  "Le représentant de la Syrie a pour sa part affirmé que les violences étaient le fait d'extrémistes. "
                  "« Cette réunion du Conseil vise à encourager le terrorisme », a-t-il notamment déclaré."]
    assert speakers("fr", paragraphs) == [(2, None)]


def test_round_twelve_a_body_s_acronym_between_a_title_and_a_name_and_the_un_chief():
    paragraphs = ["United Nations chief António Guterres visited the camps on Monday.",
                  "The head of the UN Refugee Agency (UNHCR) Filippo Grandi was also there, along with the Executive "
                  "Director of the UN Population Fund, UNFPA, Natalia Kanem.",
                  "The UN chief said that their safety was “priority one for all of us here today.”"]
    names = actors("en", paragraphs)
    assert {"Filippo Grandi", "Natalia Kanem"} <= set(names)
    assert speakers("en", paragraphs) == [(3, "António Guterres")]
    assert "Refugees Grandi" not in actors("en", ["High Commissioner for Refugees Grandi has previously described "
                                                   "the shortfall as “a crisis of responsibility for all of us”."])


@pytest.mark.parametrize("lang, text, value, approx", [
    ("en", "The World Bank on Friday announced nearly $500m in grant-based support.", 500_000_000, True),
    ("en", "Shipwrecks this week may have taken as many as 240 lives.", 240, True),
    ("fr", "Soixante et un Libyens ont été tués et 159 autres blessés.", 159, False),
    ("fr", "Sur le terrain, l'ONU estime à 50.000 le nombre de Burundais qui chercheront refuge.", 50_000, False),
    ("en", "Aden – One hundred forty Ethiopian migrants stranded in Yemen arrived in Addis Ababa.", 140, False),
])
def test_round_twelve_figures(lang, text, value, approx):
    assert (value, approx) in [(f.value, f.approx) for f in extract([text], lang).figures]


def test_round_twelve_metres_and_a_name_are_no_figures():
    assert extract(["The runway is 500m long and the Boeing 737m was parked there."], "en").figures == []


# --- round 13: what held-out batch 12 showed once it was scored ----------------------------------

def test_round_thirteen_names_with_latin_extended_letters_and_abbreviations_in_an_attribution():
    paragraphs = ["“These floods were of epic proportions,” remembers Stanko Vincetić, the Mayor of Orašje.",
                  "“Material consequences will not be erased for another fifty years,” adds Vincetić.",
                  "“This opening symbolizes the renewal of our relationship with Tonga,” U.S. Department of State "
                  "Spokesperson Matthew Miller said.",
                  "“We look forward to being able to engage more fully with our friends!” Marie C. Damour, the U.S. "
                  "ambassador to Fiji, Kiribati, Nauru, Tonga and Tuvalu, said in a tweet.",
                  "During a May 10 opening ceremony, Antone Greubel, deputy chief of mission at U.S. Embassy Suva, Fiji, "
                  "described the partnership as “rooted in shared values and close cooperation.”"]
    assert speakers("en", paragraphs) == [(1, "Stanko Vincetić"), (2, "Stanko Vincetić"), (3, "Matthew Miller"),
                                          (4, "Marie C. Damour"), (5, "Antone Greubel")]


def test_round_thirteen_an_apposition_without_a_determiner_and_a_named_speaker_is_not_the_last_one():
    paragraphs = ["“Ansar Allah must change course and choose dialogue,” said Special Envoy Hans Grundberg.",
                  "“Let’s be clear: Yemen is not out of the woods,” Tom Fletcher, Under-Secretary-General for "
                  "Humanitarian Affairs and Emergency Relief Coordinator also told the Council today."]
    assert speakers("en", paragraphs) == [(1, "Hans Grundberg"), (2, "Tom Fletcher")]
    unread = ["Under-Secretary-General Tom Fletcher and Special Envoy Hans Grundberg briefed the Council.",
              "“Ansar Allah must change course and choose dialogue,” said Mr. Grundberg.",
              "“Let’s be clear: Yemen is not out of the woods yet,” Tom Fletcher; relief chief since 2024, spoke next."]
    assert speakers("en", unread) == [(2, "Hans Grundberg"), (3, None)]


def test_round_thirteen_a_headline_that_opens_or_ends_with_its_speaker():
    body = ["GENÈVE (10 mai 2022) – Mme Michelle Bachelet, Haute-Commissaire, était à Genève mardi.",
            "« Je condamne toutes les formes de violences et j’appelle les autorités à enquêter. »"]
    assert [q.speaker for q in extract(body, "fr").quotes] == [None]
    opens = "Michelle Bachelet appelle à la retenue et au dialogue face à l’escalade de la violence"
    assert [q.speaker for q in extract(body, "fr", opens).quotes] == ["Michelle Bachelet"]
    ends = "L'attentat de Bogota risque d'aggraver le conflit en Colombie, estime Kofi Annan"
    assert [q.speaker for q in extract(body[1:], "fr", ends).quotes] == ["Kofi Annan"]
    about = "Visite de Mme Michelle Bachelet et de M. Kofi Annan à Genève"
    assert [q.speaker for q in extract(body, "fr", about).quotes] == [None]


def test_round_thirteen_a_description_then_the_name_and_the_un_in_a_title():
    paragraphs = ["« Une catastrophe de cette ampleur n'a pas été vécue par le Vanuatu dans son histoire récente », a "
                  "dit le chef du bureau régional pour le Pacifique du Bureau des Nations Unies pour la coordination "
                  "des affaires humanitaires (OCHA), Sune Gudnitz, dans un communiqué de presse."]
    assert speakers("fr", paragraphs) == [(1, "Sune Gudnitz")]
    beirut = ["“The legendary strength of the Lebanese people now faces a test”, said UN Secretary-General António Guterres.",
              "“The shock waves were felt across the city – and indeed across the Mediterranean”, the UN chief said."]
    assert speakers("en", beirut) == [(1, "António Guterres"), (2, "António Guterres")]


def test_round_thirteen_a_long_headline_with_no_final_stop_is_the_title(tmp_path):
    from exporter.draft.read import read_article

    headline = ("humanitarian partners are working around the clock to support and mobilize emergency assistance in "
                "the aftermath of the deadly explosion in Beirut Port last Tuesday: The United Nations")
    path = tmp_path / "a.txt"
    path.write_text(headline + "\n\nAt a virtual briefing on Monday, officials detailed the situation.\n", "utf-8")
    article = read_article(path)
    assert article.title == headline and len(article.paragraphs) == 1


def test_round_thirteen_an_armed_group_defined_once_a_dateline_in_capitals_and_an_elliptic_count():
    names = actors("fr", ["L’attentat, qui a fait 21 morts à Bogotá, a été revendiqué par les rebelles de l’Armée de "
                          "libération nationale (ELN).", "GENÈVE (10 mai 2022) – La Haute-Commissaire a parlé."])
    assert "ELN" in names and "GENÈVE" not in names
    assert "VHR" not in actors("en", ["It was the first Voluntary Humanitarian Return (VHR) flight this year."])
    figures = extract(["Ce rapport indique que 300 personnes ont perdu la vie et 2.000 ont été blessées depuis avril. "
                       "En 2018, 40 ont été arrêtés."], "fr").figures
    assert [(f.value, f.unit) for f in figures] == [(300, "personnes"), (2000, "personnes")]


def test_round_thirteen_a_family_name_in_capitals_written_first():
    paragraphs = ["9 September 2020, Kigali/Rome – Urgent collaboration is needed, the Director-General of the Food "
                  "and Agriculture Organization, QU Dongyu, told a forum of leaders today.",
                  "COVID-19 and other pressures on food supply chains are threatening food security in Africa,” Qu said."]
    assert speakers("en", paragraphs) == [(2, "QU Dongyu")]
    assert "UN Women" not in actors("en", ["The agency, UN Women, said the programme would go on."])


def test_round_thirteen_lake_may_end_a_name():
    names = actors("fr", ["Le Directeur général de l’UNICEF Anthony Lake s’est rendu à Goma, près du Lac Kivu.",
                          "« Nous devons protéger ces enfants de la violence », a déclaré Anthony Lake."])
    assert "Anthony Lake" in names


# --- round 14: what held-out batch 13 showed once it was scored ----------------------------------

def test_round_fourteen_a_generational_suffix_and_a_surname_said_alone():
    paragraphs = ["\"At today's meeting, I urged allies and partners to dig deep and donate,\" said Lloyd J. Austin III "
                  "at the meeting's conclusion.",
                  "It was the first time that new Ukrainian Defense Minister Rustem Umerov was in attendance, Austin "
                  "said. \"I want to thank him for being here.\"",
                  "Air defense, Austin said, remains critical to the success Ukraine has already experienced.",
                  "\"Air defense will continue to be Ukraine's greatest need to protect the skies,\" he said."]
    assert speakers("en", paragraphs) == [(1, "Lloyd J. Austin III"), (2, "Lloyd J. Austin III"),
                                          (4, "Lloyd J. Austin III")]


def test_round_fourteen_a_subject_past_an_adjunct_a_possessive_title_and_an_adjunct_after_the_verb():
    iraq = ["31 March 2017 – Highlighting the lack of resources for programmes assisting those displaced by the "
            "fighting in Iraq’s Mosul Secretary-General António Guterres urged the world to help the people who have "
            "“suffered enormously and go on suffering.”"]
    assert speakers("en", iraq) == [(1, "António Guterres")]
    envoy = ["Legwaila Joseph Legwaila, the Secretary-General's Special Representative for Ethiopia and Eritrea, told "
             "the press that the mission \"was being stalemated, or spoiled by the failure to demarcate the border\"."]
    assert speakers("en", envoy) == [(1, "Legwaila Joseph Legwaila")]
    mladenov = ["« La perspective d’une paix durable entre Palestiniens et Israéliens semble s’éloigner », a mis en "
                "garde, ce matin au Conseil de sécurité, le Coordonnateur spécial des Nations Unies pour le processus "
                "de paix au Moyen-Orient, M. Nickolay Mladenov, pour qui le leadership manque."]
    assert speakers("fr", mladenov) == [(1, "Nickolay Mladenov")]


def test_round_fourteen_two_quotations_one_attribution_and_a_quoted_resolution():
    paragraphs = ["Le Conseil avait entendu le Représentant spécial, Sukehiro Hasegawa, le 5 mai.",
                  "« Les dégâts matériels causés sont faibles, si on les compare à 1994 », mais « l'impact "
                  "psychologique sur la population a été immense », avait dit Sukehiro Hasegawa.",
                  "Dans sa résolution 1677, le Conseil de sécurité « encourage le gouvernement à s'attaquer aux "
                  "causes de la violence »."]
    assert speakers("fr", paragraphs) == [(2, "Sukehiro Hasegawa"), (2, "Sukehiro Hasegawa"), (3, "Conseil de sécurité")]
    # a description no earlier sentence ties to a name stays nobody's
    annan = ["Dans un communiqué, le Secrétaire général « condamne fermement cet attentat cruel et tous les autres »."]
    assert speakers("fr", annan) == [(1, None)]


def test_round_fourteen_bodies_defined_by_acronym_a_range_and_four_word_names():
    found = extract(["DHAKA, NOVEMBER 16 – In addition, the UN Children’s Fund (UNICEF) appealed for help today.",
                     "UNICEF will scale up its cholera response in the region."], "en")
    unicef = [a for a in found.actors if a.name == "UNICEF"]
    assert [a.name for a in found.actors] == ["UNICEF"] and unicef[0].paragraph == 1
    assert "UN Children’s Fund" in unicef[0].aliases
    figures = extract(["« Aux 50 pays donateurs qui ont promis entre 2 et 3 milliards de dollars, nous disons merci »."],
                      "fr").figures
    assert [(f.value, f.approx) for f in figures if f.currency] == [(2_000_000_000, True), (3_000_000_000, True)]
    names = actors("fr", ["Il a rencontré de hauts responsables, parmi lesquels le Premier Ministre Syed Yousef Raza "
                          "Gilani, qui a salué l’aide du HCR."])
    assert "Syed Yousef Raza Gilani" in names


# --- round 15: what held-out batch 14 showed once it was scored ----------------------------------

def test_round_fifteen_a_role_apposition_a_dash_aside_and_a_named_subject_s_partial_quotation():
    paragraphs = ["“Many of the recent arrivals reached Gori on Tuesday and Wednesday,” Hélène Caux, spokesperson for "
                  "the UN High Commissioner for Refugees (UNHCR), told reporters in Geneva.",
                  "“The first week of July could be considered as the warmest week ever recorded,” – with a global "
                  "average close to 17.24 degrees Celsius on 4 July, said Omar Baddour, Chief of Climate Monitoring."]
    assert speakers("en", paragraphs) == [(1, "Hélène Caux"), (2, "Omar Baddour")]
    french = ["« L'obstruction à ma visite est symptomatique d'un gouvernement qui refuse de nous aider », a déclaré "
              "Jan Egeland.",
              "Jan Egeland a rendu hommage aux agences présentes pour « apporter courageusement une assistance à des "
              "millions de personnes »."]
    assert speakers("fr", french) == [(1, "Jan Egeland"), (2, "Jan Egeland")]
    # the subject's partial quotation, not past a clause with a subject of its own
    report = ["M. El-Ghassim Wane a évoqué le rapport dans lequel le Secrétaire général avertit que « le contexte actuel "
              "montre que le statu quo n’est pas une solution »."]
    assert speakers("fr", report) == [(1, None)]


def test_round_fifteen_a_possessive_is_no_person():
    names = actors("en", ["President José Manuel Zelaya Rosales was ousted on Sunday.",
                          "It will recognize no Government other than that of Mr. Zelaya’s."])
    assert not any(n.endswith(("’s", "'s")) for n in names)


# --- round 16: what held-out batch 15 showed once it was scored ----------------------------------

def test_round_sixteen_a_name_called_by_its_first_word_and_a_state_after_a_name():
    paragraphs = ["Le Haut-Commissaire des Nations Unies aux droits de l'homme, Zeid Ra'ad Al Hussein, s'est inquiété vendredi.",
                  "« J'ai reçu des informations inquiétantes concernant des violences à Conakry », a dit M. Zeid.",
                  "« Le Conseil de sécurité est préoccupé par la situation d'instabilité qui prévaut » en Guinée, a "
                  "déclaré devant la presse le président du Conseil pour le mois de décembre, Michel Kafando du Burkina Faso.",
                  "« Le Conseil se propose de l'examiner dans les jours prochains », a précisé M. Kafando."]
    assert speakers("fr", paragraphs) == [(2, "Zeid Ra'ad Al Hussein"), (3, "Michel Kafando"), (4, "Michel Kafando")]
    assert "Michel Kafando du Burkina Faso" not in actors("fr", paragraphs)


def test_round_sixteen_excerpts_from_his_remarks_and_a_second_verb_s_subject():
    paragraphs = ["IAEA Director General Mohamed ElBaradei today spoke to the press. Following are excerpts from his remarks:",
                  "\"We are reaching a critical phase but it is not a crisis situation.\"",
                  "\"We will see how the Board will decide on the kind of resolution they want.\"",
                  "He expressed concern over nuclear safety and said the country has “a gigantic program that has "
                  "enrichment and reprocessing.”"]
    assert speakers("en", paragraphs) == [(2, "Mohamed ElBaradei"), (3, "Mohamed ElBaradei"), (4, "Mohamed ElBaradei")]


# --- after round 16: what held-out batch 16 showed once it was scored ---------------------------

def test_a_headline_may_end_with_a_quoted_word_and_a_body_s_members_are_not_the_body(tmp_path):
    from exporter.draft.read import read_article

    path = tmp_path / "a.txt"
    path.write_text("Algérie : le PAM forcé de réduire les rations pour les réfugiés sahraouis «oubliés»\n\n"
                    "ALGER – En raison d’un manque de financement, les rations sont réduites.\n", "utf-8")
    article = read_article(path)
    assert article.title.endswith("«oubliés»") and len(article.paragraphs) == 1
    lesotho = ["Devastating drought has left tens of thousands “one step away from famine”, UN humanitarians said on Friday."]
    assert speakers("en", lesotho) == [(1, None)]


def test_round_seventeen_a_title_before_a_verb_is_no_apposition_and_attributions_with_adjuncts():
    paragraphs = ["Le Secrétaire général de l'ONU, Ban Ki-moon, a déclaré mercredi avoir pris note des résultats.",
                  "Le Secrétaire général a demandé à son Représentant spécial pour l'Afrique centrale, Abdoulaye "
                  "Bathily, de se rendre à Libreville.",
                  "Le Secrétaire général a exhorté « tous les dirigeants politiques concernés à s'abstenir de toute "
                  "violence »."]
    assert speakers("fr", paragraphs) == [(3, "Ban Ki-moon")]
    danforth = ["« Le Conseil de sécurité a entendu l'exposé du Secrétaire général sur la Côte d'Ivoire », a déclaré "
                "à la presse, au nom des membres du Conseil de sécurité, son Président pour le mois de novembre, "
                "l'ambassadeur des Etats-Unis, John Danforth."]
    assert speakers("fr", danforth) == [(1, "John Danforth")]
    laerke = ["“The UN team and humanitarian partners are today launching a $34 million flash appeal,” spokesperson "
              "Jens Laerke from the Office for the Coordination of Humanitarian Affairs (OCHA), told journalists."]
    assert speakers("en", laerke) == [(1, "Jens Laerke")]


def test_round_seventeen_titles_diseases_and_a_capitalised_dateline_are_no_bodies():
    names = actors("en", ["ZA'ATRI REFUGEE CAMP, Jordan, 20 June (UNHCR) The High Commissioner visited the camp.",
                          "SRSG Landgren said the EVD outbreak had slowed."])
    assert not {"ZA", "SRSG", "EVD"} & set(names)


# --- round 18: what held-out batch 17 showed once it was scored ----------------------------------

def figures(lang: str, paragraphs: list[str]) -> list[tuple[int, float, bool]]:
    return [(f.paragraph, f.value, f.approx) for f in extract(paragraphs, lang).figures]


def test_round_eighteen_an_apposition_with_no_closing_comma_and_a_nationality_in_it():
    michel = ["Expressing his sympathy with the victims, Louis Michel, the European Commissioner responsible for "
              "Development and Humanitarian Aid said: \"This is a major tragedy with hundreds already known to have died.\""]
    assert speakers("en", michel) == [(1, "Louis Michel")]
    envoy = ["Louis Michel, the EU envoy, said: \"This is a major tragedy with hundreds already known to have died.\""]
    assert speakers("en", envoy) == [(1, "Louis Michel")]


def test_round_eighteen_a_title_in_apposition_to_the_role_given_to_and_a_clause_before_a_colon():
    togo = ["L'assistance a été remise par Mr Damien Mama, Coordonnateur du Système des Nations Unies au ministre de "
            "la Sécurité et de la Protection civile, le Général de brigade Yark Damehane. Le ministre de la Sécurité a "
            "exprimé la reconnaissance du gouvernement à l’équipe des Nations Unies: « Notre pays enregistre "
            "régulièrement des phénomènes météorologiques extrêmes. »"]
    assert speakers("fr", togo) == [(1, "Yark Damehane")]
    assert {"Damien Mama", "Yark Damehane"} <= set(actors("fr", togo))


def test_round_eighteen_storms_and_a_resident_title_are_no_persons_and_one_body_is_one_actor():
    names = actors("en", ["The European Commission released aid for the victims of Cyclone Sidr and Tropical Cyclone Yasa.",
                          "The United Nations Secretary-General has sent his condolences.",
                          "A report released by the UN Office for the Coordination of Humanitarian Affairs said so.",
                          "U.S. Army South's commanding general traveled to Colombia, as part of Army South's effort."])
    assert not {"Cyclone Sidr", "Tropical Cyclone Yasa", "Sidr", "Yasa"} & set(names)
    assert "United Nations Secretary-General" not in names and "United Nations" in names
    assert "UN Office for the Coordination of Humanitarian Affairs" in names
    assert "U.S. Army South" in names and "Army South" not in names
    assert "Résidente" not in actors("fr", ["« Nous savons que les sinistrés sont vulnérables », a confié Josiane "
                                            "Yakibou, Représentante Résidente de l’UNFPA au Togo."])
    kenya = actors("en", ["The Office of the President’s Kenya Food Security Group estimated the needs, with the Fiji "
                          "Red Cross Society."])
    assert "Kenya Food Security Group" in kenya and "Fiji Red Cross Society" in kenya
    assert not any(n.startswith("President") for n in kenya)


def test_round_eighteen_halves_glued_units_other_dollars_and_a_category_are_read_right():
    assert (1, 500000, False) in figures("fr", ["Aujourd'hui, un demi-million d'Haïtiens vivent encore dans des camps."])
    assert (1, 2500000, False) in figures("en", ["Since then, two-and-a-half million people have been reached."])
    assert (1, 500000, False) in figures("en", ["A campaign to immunize half a million children began."])
    assert (1, 3500000, False) in figures("fr", ["Trois millions et demi de personnes ont besoin d'aide."])
    assert figures("fr", ["Une demi-heure plus tard, la réunion a commencé."]) == []
    bangladesh = figures("en", ["The category 4 cyclone hit coastal regions with winds up to 240km/h."])
    assert bangladesh == [(1, 240, True)]
    fiji = extract(["The approval of US$100,000 (FJD$204,550) in assistance (approx 8.5 billion rupees)."], "en")
    assert [(f.value, f.currency, f.approx) for f in fiji.figures] == [(100000, "USD", False), (204550, "FJD", False),
                                                                      (8500000000, None, True)]
    assert "FJD" not in [a.name for a in fiji.actors]


# --- round 19: what held-out batch 18 showed once it was scored ----------------------------------

def test_round_nineteen_a_document_after_the_quotation_a_rank_in_full_and_a_name_closing_its_description():
    timor = ["Secretary-General Ban Ki-moon's Special Representative, Atul Khare, said the visit is \"an important "
             "expression of the international community's commitment to the nascent nation,\" according to an UNMIT "
             "news release."]
    assert speakers("en", timor) == [(1, "Atul Khare")]
    assert "Ban Ki-moon" in actors("en", timor)
    peru = ["\"We want to extend our deepest sympathies to the people of Peru,\" said Admiral James Stavridis, "
            "commander of U.S. Southern Command."]
    assert speakers("en", peru) == [(1, "James Stavridis")]
    buhne = ["“We are helping the Government to collect information on needs,” said the UN Humanitarian Coordinator "
             "in Sri Lanka, Neil Buhne."]
    assert speakers("en", buhne) == [(1, "Neil Buhne")]


def test_round_nineteen_an_apposition_ends_at_a_verb_and_a_ministry_named_with_an_adjective():
    laos = ["Daniel A. Clune, U.S. Ambassador to the Lao PDR and Phoukhieo Chanthasomboune, Director of the National "
            "Regulatory Authority (NRA) made the announcement. Ambassador Clune and Mr. Phoukhieo signed a new MOU "
            "to clear UXO."]
    names = actors("en", laos)
    assert "Phoukhieo Chanthasomboune" in names and "Phoukhieo" not in names
    assert not {"MOU", "UXO", "PDR"} & set(names)
    congo = actors("fr", ["Le Ministère congolais de la Santé et de la Population a lancé la campagne avec la "
                          "Banque mondiale et du FIDA."])
    assert "Ministère congolais de la Santé et de la Population" in congo
    assert not any(" et du FIDA" in n for n in congo)


# --- round 20: what held-out batch 19 showed once it was scored ----------------------------------

def test_round_twenty_an_attribution_inside_the_marks_and_a_title_with_a_state_before_a_name():
    darfur = ["« Nous sommes allés aussi loin que nous le pouvions, vu les conditions d’insécurité, note Carol "
              "Bellamy, Directrice générale de l'UNICEF. Mais nous estimons qu’il reste environ 500 000 enfants. »",
              "« L’ouest du Darfour nous inquiète tout particulièrement, car la moitié des enfants y restent hors "
              "d’atteinte, a dit Mme Bellamy. Nous sommes prêts à lancer une campagne. »"]
    assert speakers("fr", darfur) == [(1, "Carol Bellamy"), (2, "Carol Bellamy")]
    # a description inside the marks that fits no one named is no speaker: the rules say nothing
    unknown = ["Carol Bellamy, Directrice générale de l'UNICEF, était au Darfour.",
               "« Nous sommes allés aussi loin que nous le pouvions, a dit un responsable de l'OMS. Mais il reste "
               "beaucoup à faire. »"]
    assert speakers("fr", unknown) == [(2, None)]
    comores = ["Le Chargé d’affaires des États-Unis Amy J. Hyatt a organisé une cérémonie.",
               "« Ces subventions et programmes représentent notre engagement continu », a déclaré le Chargé Hyatt."]
    assert speakers("fr", comores) == [(2, "Amy J. Hyatt")]
    moser = ["“Kazakhstan is taking decisive action to stop the spread of the virus,” said the U.S. Ambassador to "
             "Kazakhstan William Moser. “We need to join forces as the international community.”"]
    assert speakers("en", moser) == [(1, "William Moser"), (1, "William Moser")]


def test_round_twenty_spaced_thousands_in_english_other_dollars_elided_hedges_and_datelines():
    assert figures("en", ["The EU is allocating €250 000 to help around 1 500 families."]) == [(1, 250000, False),
                                                                                              (1, 1500, True)]
    assert (1, 29000000, True) in figures("en", ["WFP received US$ 1.5 million (over N$ 29 million) since 2021."])
    assert figures("fr", ["Près d'un million de personnes souffrent de la faim."]) == [(1, 1000000, True)]
    assert figures("en", ["The landslides claimed several hundred lives."]) == []
    names = actors("fr", ["BANGUI, République centrafricaine / DAKAR, Sénégal/ GENÈVE, 8 janvier 2014 – Une campagne "
                          "de l'UNICEF a commencé avec un GPS."])
    assert "UNICEF" in names and not {"BANGUI", "DAKAR", "GENÈVE", "GPS"} & set(names)


# --- round 21: what held-out batch 20 showed once it was scored ----------------------------------

def test_round_twenty_one_a_title_that_names_a_body_and_the_name_that_ends_the_sentence():
    # blind, the body in the title was taken for the speaker ('UN', 'IOM'): a wrong name
    vanuatu = ["“This deployment follows an official letter from the Vanuatu Prime Minister welcoming support”, said "
               "acting UN Resident Coordinator to Vanuatu, Fiji, Solomon Islands, Tonga and Tuvalu, Alpha Bah.",
               "He added that UN teams would continue to follow the lead set by the Government, “to ensure our "
               "support is aligned to their recovery priorities.”"]
    assert speakers("en", vanuatu) == [(1, "Alpha Bah"), (2, "Alpha Bah")]
    assert "Alpha Bah" in actors("en", vanuatu) and "UN" not in [s for _, s in speakers("en", vanuatu)]
    djibouti = ["“We work closely with the authorities in Djibouti to assist migrants,” said IOM Djibouti Chief of "
                "Mission, Stephanie Daviot.",
                "“Smugglers and human traffickers must be prosecuted for their crimes.”"]
    assert speakers("en", djibouti) == [(1, "Stephanie Daviot"), (2, "Stephanie Daviot")]
    # a place that ends the sentence is no name
    place = ["“We work closely with the authorities to assist migrants,” said the IOM Chief of Mission in Obock, "
             "Solomon Islands."]
    assert speakers("en", place) == [(1, None)]


def test_round_twenty_one_a_pronoun_right_after_qu_apostrophe():
    uganda = ["Le nouveau Haut Commissaire des Nations Unies pour les réfugiés, António Guterres, s'est rendu dans un "
              "camp en Ouganda, pays qu'il a salué comme étant « un modèle de générosité et de solidarité »."]
    assert speakers("fr", uganda) == [(1, "António Guterres")]


# --- round 22: what held-out batch 21 showed once it was scored ----------------------------------

def test_round_twenty_two_ranks_coaches_possessive_bodies_and_a_verb_that_opens_the_sentence():
    # blind, four wrong names: 'Petty Officer', 'Coach Aliou Cissé', 'F’s Chief' (of "UNICEF’s Chief"), 'Gambia'
    palau = ["\"Over the course of this engagement, we reviewed policies and procedures with our partners,\" said "
             "Petty Officer 2nd Class Bruce Duarte, a maritime enforcement specialist."]
    assert speakers("en", palau) == [(1, "Bruce Duarte")]
    unicef = ["“It is essential to work to prevent the outbreak of diarrhea and other infections,” said UNICEF’s "
              "Chief of Policy and Advocacy, Ms. Samantha Cocco-Klein."]
    assert speakers("en", unicef) == [(1, "Samantha Cocco-Klein")]
    gambia = ["Said Hassan, one migrant happy to return to the Gambia after two years in Libya: “So many people are "
              "there. Many are dead, not even buried.”"]
    assert speakers("en", gambia) == [(1, "Hassan")]
    senegal = ["« Le football, comme la vie, est une équipe où chaque joueur a sa place », a déclaré le Coach "
               "Aliou Cissé."]
    assert speakers("fr", senegal) == [(1, "Aliou Cissé")]


# --- round 23: the wrong names held-out batch 22 showed (no batch measures this round blind) ------

def test_round_twenty_three_a_body_and_a_portfolio_are_no_part_of_a_speaker_s_name():
    belize = ["“This state-of-the-art mobile hospital will allow the Ministry to quickly provide emergency medical "
              "care,” emphasized U.S. Embassy Belmopan Chargé d’Affaires, a.i. Leyla Moses-Ones.",
              "Minister of Health and Wellness Michel Chebat underscored, “It is by standing in solidarity, united in "
              "the fight against this pandemic, that we will be able to overcome.”"]
    said = speakers("en", belize)
    assert said[1] == (2, "Michel Chebat")
    assert said[0][1] in (None, "Leyla Moses-Ones")            # never "Embassy Belmopan Chargé"


# --- a review of rounds 17-23: the cases where a new rule named the wrong person -----------------

@pytest.mark.parametrize("paragraphs", [
    # a participle, a relative clause or another person's title between the title and the name
    ['"We need far more help for the displaced families here," said the Prime Minister, speaking alongside '
     'the visiting President of Palau, Surangel Whipps.'],
    ['"We need far more help for the displaced families here," said the Minister, thanking the Ambassador of '
     'Japan, Keiko Tanaka.'],
    ['"We need far more help for the displaced families here," said the Governor, who was accompanied by the '
     'Minister of Health, Ana Silva.'],
    ['"We need far more help for the displaced families here," said the Minister at a meeting with the '
     'Ambassador of Japan, Keiko Tanaka.'],
    # a place, a state or an opening adjunct before the speaker's description
    ['"We need far more help for the displaced families here," said the Minister after a visit to Tanna, '
     'Port Resolution.', 'He added that "we will rebuild every school in the province."'],
    ['At a press conference in Port Moresby, Papua New Guinea, the Minister for Health said "we need far more '
     'help for the families here."'],
    ['Meeting Ban Ki-moon, the Minister said "we need far more help for the families here."'],
    # "Said" that is no verb: the sentence has its own
    ['Said Hassan, one migrant happy to return, was clear: "We need far more help for the families in the '
     'region now."'],
])
def test_a_speaker_the_sentence_does_not_name_stays_unnamed(paragraphs):
    assert all(speaker is None for _, speaker in speakers("en", paragraphs))


def test_surnames_that_are_words_and_a_role_in_a_list_and_a_typo_in_a_number():
    for name in ("Theresa May", "Jennifer White", "Nguyen Thi Mai"):
        assert speakers("en", [f'"We need far more help for the displaced families here," said {name}.']) == [(1, name)]
    assert speakers("en", ['Said Djinnit: "We need far more help for the families in the region now."']) \
        == [(1, "Said Djinnit")]
    listed = ["Le président a reçu le ministre de la Santé, le Général Amadou Diallo et le maire de Niamey.",
              "Le ministre de la Santé a déclaré : « nous allons construire des hôpitaux partout »"]
    assert speakers("fr", listed) == [(2, None)]
    # a doubled joiner raised KeyError and lost the whole draft; now no figure, or a right one
    doubled = figures("fr", ["Le HCR estime que deux millions et et demi de personnes ont fui."])
    assert all(value in (2000000, 2500000) for _, value, _ in doubled)
    names = actors("en", ["In March 2020, the NDMO and the NFA – the two agencies in charge – warned of floods."])
    assert {"NDMO", "NFA"} <= set(names)


# --- round 24: what blind batch 23 showed ------------------------------------------------------------

def test_round_twenty_four_a_pronoun_after_an_unnamed_speaker_is_nobody():
    french = ["Le Secrétaire général de l'ONU, António Guterres, s'est félicité mardi de l'accord signé à Niamey.",
              "« Le Secrétaire général salue l'engagement des parties en faveur d'une transition pacifique », a dit "
              "son porte-parole dans un communiqué.",
              "« Il appelle toutes les parties à respecter pleinement les termes de cet accord », a-t-il ajouté."]
    assert speakers("fr", french) == [(2, None), (3, None)]
    english = ["UN Secretary-General António Guterres on Tuesday welcomed the agreement signed in Niamey.",
               "“The Secretary-General welcomes the commitment of the parties to a peaceful transition,” his "
               "spokesperson said in a statement.",
               "“He calls on all parties to respect the terms of this agreement in full,” he added."]
    assert speakers("en", english) == [(2, None), (3, None)]
    # a person named between the two: the pronoun is that person again
    named = french[:2] + ["Mercredi, le ministre des Affaires étrangères, Bakary Yaou Sangaré, a reçu les parties.",
                          french[2]]
    assert speakers("fr", named) == [(2, None), (4, "Bakary Yaou Sangaré")]


def test_round_twenty_four_a_pronoun_is_never_a_person_of_the_other_gender():
    paragraphs = ["Le Secrétaire général de l'ONU, António Guterres, a salué lundi la libération des otages au Mali.",
                  "Mardi, la Rapporteuse spéciale sur les droits de l'homme au Mali, Fatou Diallo, a demandé une enquête.",
                  "Dans un entretien, l'experte a déclaré qu'elle restait inquiète pour les civils.",
                  "« On ne doit pas oublier les victimes de ces violences dans le centre du pays », a-t-elle souligné."]
    assert speakers("fr", paragraphs) == [(4, "Fatou Diallo")]
    # only a man named before: "elle" is nobody the article names
    alone = [paragraphs[0], "« On ne doit pas oublier les victimes de ces violences dans le centre du pays », "
                            "a-t-elle souligné."]
    assert speakers("fr", alone) == [(2, None)]
    english = ["Ms. Amina Diallo, the Minister of Health, met Mr. John Carter, the envoy, in Bamako on Monday.",
               "Mr. Carter spoke first about the clinics.",
               "“We will not forget the victims of the violence in the centre of the country,” she said."]
    assert speakers("en", english) == [(3, "Amina Diallo")]


def test_round_twenty_four_a_family_name_in_capitals_after_an_honorific_and_no_speaker_carried_past_another():
    paragraphs = ["“We are grateful for the continued generosity of the people of Japan,” said Wanja Kaaria, the "
                  "WFP Representative in Cameroon.",
                  "“This contribution reaffirms the solidarity of the Japanese people with the people of Cameroon,” "
                  "said Mr. OSAWA Tsutomu, the Japanese ambassador to Cameroon. “We decided to extend our assistance "
                  "through WFP to address the urgent needs of these people.”"]
    assert speakers("en", paragraphs) == [(1, "Wanja Kaaria"), (2, "OSAWA Tsutomu"), (2, "OSAWA Tsutomu")]
    unnamed = [paragraphs[0], "“This contribution reaffirms the solidarity of the Japanese people with the people of "
                              "Cameroon,” said the ambassador of a donor. “We decided to extend our assistance "
                              "through WFP to address the urgent needs of these people.”"]
    assert speakers("en", unnamed) == [(1, "Wanja Kaaria"), (2, None), (2, None)]


# --- round 25: what blind batch 24 showed ------------------------------------------------------------

def test_round_twenty_five_a_title_s_region_or_county_is_no_name_and_a_spaced_excellency():
    wfp = ["“In these types of emergencies, it is the very poor that are always the most affected,” UN World Food "
           "Programme (WFP) Latin America Regional Director Pedro Medrano said today."]
    assert speakers("en", wfp) == [(1, "Pedro Medrano")]
    assert "Latin America" not in actors("en", wfp)
    county = ["West Pokot County Governor, H. E. Simon Kachapin unveiled the project on Monday. The Governor hailed "
              "the efforts of the partners. “In this financial year the county government recruited 17 nutritionists,” "
              "the Governor announced."]
    assert speakers("en", county) == [(1, "Simon Kachapin")]
    assert not any("Governor" in name for name in actors("en", county))


def test_round_twenty_five_ranks_before_a_surname_with_a_particle_and_a_shorter_description():
    paragraphs = ["UNIFIL Head of Mission and Force Commander Major General Stefano Del Col handed over the position to "
                  "Brigadier General Maroun Kobayati.",
                  "“This handover represents another instance of the deep sense of trust we share,” said the UNIFIL "
                  "Force Commander, Maj. Gen. Del Col.",
                  "“Close cooperation between UNIFIL and the LAF contributes to peace and stability,” the UNIFIL Force "
                  "Commander added."]
    assert speakers("en", paragraphs) == [(2, "Stefano Del Col"), (3, "Stefano Del Col")]


def test_round_twenty_five_a_pronoun_after_a_sentence_ending_with_its_inverted_speaker():
    paragraphs = ["Rome – Le Directeur général de la FAO, M. Qu Dongyu, a appelé aujourd’hui à agir pour les semences.",
                  "La manifestation a bénéficié des interventions de M. Michael Keller, Secrétaire général de la "
                  "Fédération internationale des semences, de M. Ian Barker, Directeur de la stratégie du Système "
                  "CGIAR, et de M. Csaba Gaspar, Directeur de programme de l’OCDE.",
                  "Il faudra augmenter la production alimentaire de moitié, a précisé M. Qu. « L’amélioration de la "
                  "production joue un rôle central dans la réponse à ces enjeux », a-t-il ajouté."]
    assert speakers("fr", paragraphs) == [(3, "Qu Dongyu")]
    # the sentence before names its speaker last, after another person was a subject
    subject = [paragraphs[0], "M. Michael Keller, Secrétaire général de la Fédération, a ensuite présenté le rapport.",
               paragraphs[2]]
    assert speakers("fr", subject) == [(3, "Qu Dongyu")]


def test_round_twenty_five_a_quotation_whose_speaker_the_next_paragraph_names():
    paragraphs = ["« Ce qui nous pousse à être ici, c'est la présence de la MONUSCO. Ils nous protègent quand il y a des "
                  "attaques. »",
                  "Désiré Bahemuka Heri, secrétaire du site des déplacés de Roe, a fait cette déclaration mardi, lors de "
                  "la visite du Représentant spécial adjoint, Khassim Diagne.",
                  "« Nous souhaiterions que la MONUSCO puisse continuer à nous protéger jusqu'à la fin », a poursuivi "
                  "M. Bahemuka."]
    # "M. Bahemuka" stays as written: a middle name may be another person's surname ("Mr. Johnson" is not
    # "Ellen Johnson Sirleaf")
    assert speakers("fr", paragraphs) == [(1, "Désiré Bahemuka Heri"), (3, "Bahemuka")]
    english = ["“We are here because the peacekeepers protect us when there are attacks on the camp.”",
               "Jean Bosco Mulumba, the secretary of the camp, made the statement on Tuesday during a visit of the "
               "mission's deputy head."]
    assert speakers("en", english) == [(1, "Jean Bosco Mulumba")]


def test_round_twenty_five_a_project_s_name_between_marks_is_no_quotation():
    paragraphs = ["The new project, “Bringing back jobs safely under the COVID-19 crisis in the Philippines,” aims to "
                  "make workplaces safer.",
                  "Le nouveau projet, « Des semences de qualité pour une alimentation saine et durable », sera lancé en mai."]
    assert extract(paragraphs, "en").quotes == []


def test_round_twenty_five_a_description_is_never_a_person_named_next_whose_titles_it_does_not_fit():
    paragraphs = ["According to media reports, President José Manuel Zelaya Rosales was ousted by the military on Sunday.",
                  "The Assembly will not recognize any Government other than that of Mr. Zelaya’s.",
                  "“It is the participation of the citizenship that empowers democracy,” the Honduran leader said in "
                  "the Assembly before the resolution was adopted.",
                  "On Sunday, Secretary-General Ban Ki-moon expressed his deep concern over the takeover in Honduras."]
    assert speakers("en", paragraphs)[0][1] in (None, "José Manuel Zelaya Rosales")


def test_round_twenty_five_figures_a_compound_scale_a_range_a_ratio_shillings_kits_and_a_magnitude():
    assert figures("fr", ["L'UNFPA contribue avec 2 milliards 912 millions FCFA au plan de santé."]) == \
        [(1, 2912000000, False)]
    assert figures("fr", ["Le camp est situé à plus ou moins 105 km de Bunia."]) == [(1, 105, True)]
    assert figures("en", ["WFP plans to distribute food rations to 50,000 to 60,000 beneficiaries."]) == \
        [(1, 50000, True), (1, 60000, True)]
    assert (1, 60, False) in figures("en", ["Prices rose from 50 to 60 dollars a barrel."])     # a change, no range
    change = figures("en", ["The number of people in need has more than doubled, from 1.9 million in 2017 to 4.3 "
                            "million in the beginning of 2023."])
    assert (1, 4300000, False) in change and not any(value > 10 ** 9 for _, value, _ in change)
    assert figures("en", ["The county now has 21 nutritionists, or 1 nutritionist per 27,000 people."]) == \
        [(1, 21, False), (1, 27000, False)]
    assert figures("en", ["The EU commissioned a Ksh 90.8 million project; the plan estimates that Ksh1.3 billion "
                          "is required."]) == [(1, 90800000, False), (1, 1300000000, False)]
    assert figures("en", ["WHO has provided two New Emergency Health Kits. An additional five NEHKs will be sent."]) == \
        [(1, 2, False), (1, 5, False)]
    assert figures("en", ["An earthquake measuring 7.6 on the Richter Scale has caused heavy damage."]) == \
        [(1, 7.6, False)]


def test_round_twenty_five_a_role_is_a_title_s_head_not_a_word_of_a_complement_or_a_participle_s_clause():
    def roles(lang, paragraphs):
        return {a.name: a.role for a in extract(paragraphs, lang).actors if a.kind == "person"}
    french = ["Interrogé sur les motivations du gouvernement du président Al-Bashir, Jan Egeland a rappelé qu'un blocage "
              "similaire avait eu lieu en 2004.",
              "Le Secrétaire général a déploré l'absence d'autorisation donnée à Jan Egeland, indiquant qu'il aborderait "
              "la question avec le président du Soudan."]
    assert roles("fr", french).get("Jan Egeland") is None
    dative = ["Le Conseil apporte son appui au président du Burkina Faso, Blaise Compaoré, en tant que facilitateur."]
    assert roles("fr", dative).get("Blaise Compaoré") == "Président du Burkina Faso"
    english = ["“The impact of the storm is multiplying their suffering,” says Marcoluigi Corsi, acting UN Resident "
               "Coordinator in Mozambique.",
               "“We are seeing a worsening trend,” said IOM Djibouti Chief of Mission, Stephanie Daviot."]
    found = roles("en", english)
    assert found.get("Marcoluigi Corsi") == "Acting UN Resident Coordinator in Mozambique"
    assert not (found.get("Stephanie Daviot") or "").startswith("Said")


# --- round 26: what blind batch 25 showed ------------------------------------------------------------

def test_round_twenty_six_the_honourable_is_no_part_of_a_name_and_a_middle_initial_is():
    paragraphs = ["The Honourable Lawrence Cannon, Minister of Foreign Affairs, and the Honourable Beverley J. Oda, "
                  "Minister of International Cooperation, today announced that Canada will take part.",
                  "“We reiterate our commitment to Haiti’s long-term reconstruction and our solidarity,” said Minister "
                  "Cannon. “Canada is committed to supporting Haiti for the long term,” said Minister Oda."]
    assert speakers("en", paragraphs) == [(2, "Lawrence Cannon"), (2, "Beverley J. Oda")]
    assert not any("Honourable" in name for name in actors("en", paragraphs))
    siler = ['"This exercise helped U.S. providers in treating patients in the field," said Lt. Col. Shawn M. Siler, '
             'commander of the 1493rd medical detachment.']
    assert speakers("en", siler) == [(1, "Shawn M. Siler")]


def test_round_twenty_six_a_paragraph_ending_with_said_and_a_quotation_over_paragraphs_left_open():
    paragraphs = ["UK Development Director and Deputy High Commissioner in Bangladesh, Matt Cannell, said",
                  "“The devastating flooding in Sylhet last year demonstrates Bangladesh’s vulnerabilities to climate change.",
                  "“The UK is proud to partner with the UN Resident Coordinator’s Office to support disaster preparedness.",
                  "“This will help guarantee that disaster responses are coordinated and well-informed."]
    assert speakers("en", paragraphs) == [(2, "Matt Cannell"), (3, "Matt Cannell"), (4, "Matt Cannell")]


def test_round_twenty_six_a_speaker_after_a_dash_and_a_quotation_its_attribution_opens_and_leaves_open():
    dash = ["“It is now more vital than ever to support the most vulnerable people. We must respond to the health "
            "crisis.” - Karina Gould, Minister of International Development"]
    assert speakers("en", dash) == [(1, "Karina Gould")]
    left_open = ["Justine Greening met President Koroma in Freetown on Monday.",
                 "Greening said: “Britain’s operation to defeat Ebola is on track. Ebola is being contained and "
                 "thousands of lives have already been saved.",
                 "The UK has so far committed £427 million to the fight against the disease."]
    assert speakers("en", left_open) == [(2, "Justine Greening")]


def test_round_twenty_six_a_partial_quotation_after_the_speech_verb_of_a_titled_subject():
    paragraphs = ["Lors de son discours, l’ambassadeur de France en Angola, Sylvain Itté, a rappelé l’excellence des "
                  "relations entre les deux pays et souligné que les relations politiques entre Paris et Luanda « sont "
                  "plus fortes que les désaccords, et l’amitié reprend ses droits ».",
                  "L’ambassadeur Sylvain Itté a également tenu à rendre hommage aux victimes de l’attentat de Nice ainsi "
                  "que toutes les victimes de « la folie meurtrière portée par les terroristes »."]
    assert speakers("fr", paragraphs) == [(1, "Sylvain Itté"), (2, "Sylvain Itté")]


def test_round_twenty_six_a_spelled_amount_after_a_year():
    assert figures("fr", ["Dès 2019, un milliard d’euros d’engagements supplémentaires seront accordés à l’agence."]) == \
        [(1, 1000000000, False)]
    assert figures("fr", ["Le coût est de 2,5 milliards d'euros."]) == [(1, 2500000000, False)]


# --- round 27: what blind batch 26 showed ------------------------------------------------------------

def test_round_twenty_seven_a_quotation_whose_inner_paragraphs_have_no_marks():
    paragraphs = ["Commissioner Christos Stylianides will travel to Athens today. In a statement, Commissioner "
                  "Stylianides said:",
                  '"Today is a day of great sorrow for Greece and for all of Europe.',
                  "Let me express our condolences to the families and friends of the victims of these fires.",
                  'Together we are working 24/7 to help the brave first responders and emergency services."',
                  "The EU Civil Protection Mechanism was activated on Monday."]
    assert speakers("en", paragraphs) == [(2, "Christos Stylianides"), (3, "Christos Stylianides"),
                                          (4, "Christos Stylianides")]
    # a mark that is never closed: only the paragraph the colon announces, not the ones after it
    unclosed = paragraphs[:3] + ["The EU Civil Protection Mechanism was activated on Monday in Brussels and Athens."]
    assert speakers("en", unclosed) == [(2, "Christos Stylianides")]


def test_round_twenty_seven_a_region_in_a_title_the_pm_and_a_book_s_title():
    region = ["“This has been a landmark visit that attests to the continued commitment of the United States,” said "
              "U.S. Ambassador to Barbados and Eastern Caribbean, Linda S. Taglialatela."]
    assert speakers("en", region) == [(1, "Linda S. Taglialatela")]
    pm = ['Prime Minister David Cameron has sent his "deepest sympathies and condolences" to the people of New Zealand.',
          "The PM said Britain “stands ready to provide whatever assistance is required” and is deploying a team."]
    assert speakers("en", pm) == [(2, "David Cameron")]
    book = ["Il a remis au Chef de l'Etat un exemplaire de son ouvrage « East and West. Understanding the rise of "
            "China » publié en 2008."]
    assert extract(book, "fr").quotes == []


def test_round_twenty_seven_units_with_their_ordinal_and_no_person_of_a_title_s_adjective_or_a_preposition():
    units = ["Soldiers from the 75th Combat Support Hospital, the 407th Ambulance Company and the 4th Medical "
             "Battalion took part, with equipment for the TPF's Criminal Investigations Division's Human Trafficking "
             "Unit."]
    names = actors("en", units)
    assert {"75th Combat Support Hospital", "407th Ambulance Company", "4th Medical Battalion",
            "Human Trafficking Unit"} <= set(names)
    assert not any(name == "Combat Support Hospital" for name in names)
    french = ["« Le virus risque de se propager en Afrique », a déclaré Delphine Borione, Ambassadrice et "
              "Représentante Permanente de la France auprès de l’OAA.",
              "Avec Gabriel BORIC, Président de la République du Chili, il a évoqué la transition énergétique.",
              "Il a également pris part au premier Forum économique de la Francophonie."]
    people = [a.name for a in extract(french, "fr").actors if a.kind == "person"]
    assert "Gabriel BORIC" in people and not {"Permanente", "Forum", "Avec Gabriel BORIC"} & set(people)


# --- round 28: what blind batch 27 showed ------------------------------------------------------------

def test_round_twenty_eight_a_pronoun_object_before_the_verb_a_comma_after_it_and_a_family_name_first():
    jordan = ["« La Jordanie vous prendra en charge. Le HCR fera son possible pour vous aider ici », leur a indiqué "
              "António Guterres. « Mais ce que nous souhaitons, c'est le rétablissement de la paix en Syrie. »"]
    assert speakers("fr", jordan) == [(1, "António Guterres"), (1, "António Guterres")]
    comma = ["« Ces attaques n’entameront nullement la détermination de la Mission à poursuivre son mandat » a "
             "déclaré, M. Koen Davidse, Représentant spécial adjoint de la MINUSMA."]
    assert speakers("fr", comma) == [(1, "Koen Davidse")]
    lee = ["Dans son allocution d'ouverture, le Directeur général de l'OMS, le Dr LEE Jong-wook a fait un compte rendu "
           "au Conseil de son voyage.",
           '"Nous sommes en train de passer rapidement de la phase d\'urgence à celle du relèvement, a déclaré le Dr '
           'Lee. Le passage de la phase des secours à celle de la reconstruction doit se faire en douceur."']
    assert speakers("fr", lee) == [(2, "LEE Jong-wook")]


def test_round_twenty_eight_according_to_a_name_and_its_title_a_second_partial_quotation_and_la_in_a_name():
    according = ["According to Alison Drayton, Director of the UNFPA Caribbean, “dignity is about more than physical "
                 "and mental well-being.”"]
    assert speakers("en", according) == [(1, "Alison Drayton")]
    second = ["Bijaya Rajbhandari, the UNICEF Representative in Thailand, termed the slayings “a tragic, senseless "
              "and unacceptable act” and called upon all parties involved “to use every means at their disposal to "
              "end the violence.”"]
    assert speakers("en", second) == [(1, "Bijaya Rajbhandari"), (1, "Bijaya Rajbhandari")]
    la = ["La Fleur Quammie, Coordinator of Gender Affairs, said “the dignity kits would be handed over to NEMO "
          "to strengthen their response.”"]
    assert speakers("en", la) == [(1, "La Fleur Quammie")]


def test_round_twenty_eight_a_quotation_paragraph_a_colon_announces_left_open_at_the_end():
    left_open = ["At a joint press conference in Ashgabat, High Representative Ms Federica Mogherini stated:",
                 '"The European Union will open its 142nd Delegation in the world and will complete its diplomatic '
                 'presence in Central Asia."']
    assert speakers("en", left_open[:1] + [left_open[1][:-1]]) == [(2, "Federica Mogherini")]


# --- a review of rounds 24-28: the cases where a new rule named the wrong person --------------------

@pytest.mark.parametrize("lang, paragraphs, wrong", [
    # a title's masculine determiner is no gender ("le chef de la diplomatie", "le procureur")
    ("fr", ["Mme Margot Wallström, ministre suédoise des Affaires étrangères, a ouvert lundi la conférence.",
            "Mardi, le chef de la diplomatie européenne, Federica Mogherini, a annoncé une aide de 50 millions "
            "d'euros. Federica Mogherini a ensuite rencontré des réfugiés.",
            "« L'Union européenne restera aux côtés du peuple syrien », a-t-elle déclaré."], "Margot Wallström"),
    # nor is the determiner of another clause's subject
    ("fr", ["M. Amadou Diallo, gouverneur de Mopti, a ouvert lundi l'atelier sur le choléra.",
            "Mardi, la ministre de la Santé a reçu le représentant de l'OMS au Mali, Jean-Pierre Baptiste. "
            "Jean-Pierre Baptiste a présenté le plan de riposte.",
            "« Nous allons renforcer la surveillance épidémiologique dans toute la région », a-t-il déclaré."],
     "Amadou Diallo"),
    # a surname that is another person's middle name
    ("en", ["President Ellen Johnson Sirleaf received the delegation in Monrovia on Monday.",
            "The delegation was led by Mr. Johnson, a senior official of the US State Department.",
            "“We are committed to supporting Liberia's recovery for the long term,” said Mr. Johnson."],
     "Ellen Johnson Sirleaf"),
    # a quotation paragraph after another person's words reported
    ("en", ["UN High Commissioner for Refugees Filippo Grandi visited the Kakuma camp on Tuesday.",
            "Grandi said he had spoken with a young mother who had fled the fighting with her three children.",
            "“We left everything behind. We have nothing left to feed our children.”"], "Filippo Grandi"),
    # a description of someone else than the one official named
    ("en", ["UN High Commissioner for Refugees Filippo Grandi visited the Kakuma camp on Tuesday, where he met "
            "refugee leaders.",
            "“We need more schools and more teachers for our children,” the refugee leader said."], "Filippo Grandi"),
    ("en", ["UN High Commissioner for Refugees Filippo Grandi visited the Kakuma camp on Tuesday.",
            "“We need more schools and more teachers for our children,” a refugee leader said."], "Filippo Grandi"),
    # "his spokesperson": someone else's
    ("en", ["UN spokesperson Stéphane Dujarric told reporters on Monday that the Secretary-General had spoken with "
            "Prime Minister Abiy Ahmed of Ethiopia.",
            "Mr. Abiy has agreed to allow humanitarian access to Tigray. “The Prime Minister remains committed to "
            "peace and to the protection of civilians,” his spokesperson said."], "Stéphane Dujarric"),
    # a second partial quotation whose first has no person for speaker
    ("fr", ["La directrice générale de l'UNICEF, Catherine Russell, a présenté le rapport lundi à New York.",
            "Le gouvernement a qualifié le rapport de « partial et fondé sur de fausses informations » et exigé "
            "« des excuses immédiates de l'agence onusienne »."], "Catherine Russell"),
    # the first verb's subject is not a name inside a clause or an object
    ("fr", ["Les syndicats ont rencontré lundi le ministre Jean Dupont, ont déclaré leur opposition au projet et "
            "ont réclamé « la démission immédiate du gouvernement et des élections »."], "Jean Dupont"),
    # the next paragraph's reporter is not the speaker
    ("en", ["The county governor drew criticism on Monday for his comments on the refugees.",
            "“These people must go back where they came from, we cannot feed them any longer.”",
            "Council spokesman John Kamau said the governor made the remarks in anger and later apologized."],
     "John Kamau"),
])
def test_the_review_of_rounds_24_to_28_no_wrong_speaker(lang, paragraphs, wrong):
    assert all(speaker != wrong for _, speaker in speakers(lang, paragraphs))


def test_the_review_of_rounds_24_to_28_roles_ranges_bodies_and_runaway_quotations():
    roles = {a.name: a.role for a in extract(["The lawyer for the former president, Jean-Paul Benoit, said the "
                                              "trial was unfair."], "en").actors}
    assert roles.get("Jean-Paul Benoit") != "Former president"
    headline = {a.name: a.role for a in extract(["In Meeting With Foreign Minister, Guterres Calls For Restraint.",
                                                 "As Prime Minister, Abiy Ahmed launched the reforms."], "en").actors}
    assert not any((role or "").startswith(("In Meeting", "As Prime")) for role in headline.values())
    for text, exact in (("The number of cholera cases rose from about 2,000 to 5,000 people in two weeks.", 5000),
                        ("The mission reduced its troops by 2,000 to 13,000 soldiers this year.", 13000),
                        ("The ratio of patients to doctors in the district is 1 to 25,000 people.", 25000)):
        assert (1, exact, False) in figures("en", [text]), text
    bodies = actors("en", ["The wounded were evacuated to Tripoli. Mitiga Hospital was shelled on Monday.",
                           "Meanwhile, IRC Kenya said it would expand its programmes."])
    assert not any("Tripoli." in name or name == "IRC Kenya" for name in bodies)
    runaway = extract(["In her statement, Minister Jane Doe wrote: “We stand with the families of the victims. The "
                       "attack, which killed 12 people, was claimed by no group."], "en").quotes
    assert all("attack" not in q.text for q in runaway)


def test_a_body_read_under_two_of_its_names_is_one_row_and_a_time_zone_is_no_body():
    paragraphs = ["(No. 124 - March 30, 2010 – 5:45 p.m. ET) The conference will be held at the United Nations "
                  "headquarters in New York.",
                  "It will be co-hosted by the United States and United Nations. All 192 UN member states have been "
                  "invited to attend."]
    names = actors("en", paragraphs)
    assert names.count("United Nations") == 1 and "UN" not in names and "ET" not in names


# --- after batch 29 (scored blind before these two fixes) ------------------------------------------

def test_a_t_il_without_its_first_hyphen_and_a_description_that_ends_with_the_name():
    typo = ["M. Lacroix a été envoyé à Beni par le Secrétaire général. « Il ne faut pas se tromper d'ennemis "
            "dans cette crise », a t-il déclaré devant la presse."]
    assert speakers("fr", typo) == [(1, "Lacroix")]
    named = ['"La situation est extrêmement inquiétante dans le sud du pays", explique la Directrice exécutive du '
             'PAM Ertharin Cousin lors de sa visite.']
    assert speakers("fr", named) == [(1, "Ertharin Cousin")]


# --- round 29: what batch 29 showed (after it was scored) -------------------------------------------

def test_round_twenty_nine_a_suffix_after_a_comma_is_part_of_the_name():
    thomas = ["U.S. Ambassador Harry K. Thomas, Jr. issued a disaster declaration today.",
              "Ambassador Thomas said, “On behalf of the U.S. government and the American people, I extend my "
              "heartfelt sympathies.”"]
    assert speakers("en", thomas) == [(2, "Harry K. Thomas, Jr.")]
    assert "Harry K. Thomas, Jr." in actors("en", thomas)
    mills = ["“It was 25 years ago that the first USAID staff arrived in Yerevan,” U.S. Ambassador to Armenia "
             "Richard Mills, Jr., said."]
    assert speakers("en", mills) == [(1, "Richard Mills, Jr.")]


def test_round_twenty_nine_a_possessor_s_title_with_a_region_and_an_initial_before_a_surname_in_capitals():
    unicef = ['"Children must not pay the price for the crisis in Burundi," said UNICEF\'s Regional Director in '
              'Eastern & Southern Africa, Leila Gharagozloo-Pakkala. "Burundian law establishes clear respect for '
              'children\'s rights."']
    assert speakers("en", unicef) == [(1, "Leila Gharagozloo-Pakkala"), (1, "Leila Gharagozloo-Pakkala")]
    moeti = ["La nouvelle Directrice régionale de l’OMS pour l’Afrique, Dr Matshidiso R. MOETI a effectué une visite "
             "de courtoisie à Ouagadougou.",
             "« Ceci est ma première visite officielle au Burkina Faso, le pays des hommes intègres », a dévoilé "
             "Dr MOETI au cours des audiences."]
    assert speakers("fr", moeti) == [(2, "Matshidiso R. MOETI")]
    assert "Matshidiso R." not in actors("fr", moeti)


def test_round_twenty_nine_a_possessor_is_no_description_of_another_body_s_official():
    # "Niger's president" is not the one president the article names, when he is not Niger's
    paragraphs = ["President Joe Biden met the press in Washington.",
                  '"We will not resume aid," said Niger\'s president.']
    assert speakers("en", paragraphs) == [(2, None)]
    # … nor is "WFP's Regional Director" UNICEF's, the one regional director named
    unicef = ['"Children must not pay the price," said UNICEF\'s Regional Director, Leila Gharagozloo-Pakkala.',
              '"Food prices are rising sharply for the poorest families," said WFP\'s Regional Director.']
    assert speakers("en", unicef) == [(1, "Leila Gharagozloo-Pakkala"), (2, None)]


# --- round 30: what batch 30 showed (after it was scored) -------------------------------------------

def test_round_thirty_a_region_after_a_dash_in_a_title_is_nobody():
    kaatrud = ["“The DPRK has been hit hard by drought and poor harvests that have left millions hungry,” said WFP "
               "Regional Director – Asia Pacific, David Kaatrud."]
    assert speakers("en", kaatrud) == [(1, "David Kaatrud")]
    assert "Asia Pacific" not in actors("en", kaatrud)


def test_round_thirty_a_statement_of_his_spokesperson_is_not_his_own_words():
    ban = ["Secretary-General Ban Ki-moon today expressed his sadness.",
           "Mr. Ban said the United Nations is ready to assist as needed, and he extended “his deepest condolences to "
           "those affected, especially to the families of those who have been killed,” according to a statement "
           "issued by his spokesperson."]
    assert speakers("en", ban) == [(2, None)]
    # … while a body's release only carries its speaker's words
    khare = ["Special Representative Atul Khare said the visit is \"an important expression of the international "
             "community's commitment to the nascent nation,\" according to an UNMIT news release."]
    assert speakers("en", khare) == [(1, "Atul Khare")]


def test_round_thirty_a_name_given_by_a_passive_is_no_quotation():
    day = ["En mémoire des 22 employés de l'ONU, le 19 août est déclaré depuis 2008 \"Journée internationale de "
           "l'aide humanitaire\". \"Ces héros humanitaires invisibles travaillent dans des circonstances très "
           "difficiles\" selon Alexander De Croo."]
    assert speakers("fr", day) == [(1, "Alexander De Croo")]


def test_round_thirty_names_after_a_nationality_or_a_state_s_title_and_no_title_across_a_sentence():
    swiss = ["La Suisse est très peinée par ce drame. Le Président de la Confédération Hans-Rudolf Merz a envoyé un "
             "télégramme de condoléances à son homologue italien Giorgio Napolitano. La Conseillère fédérale Micheline "
             "Calmy-Rey a envoyé un télégramme au Ministre italien des Affaires étrangères Franco Frattini."]
    names = actors("fr", swiss)
    assert {"Hans-Rudolf Merz", "Micheline Calmy-Rey", "Franco Frattini"} <= set(names)
    assert not any(n.startswith("Confédération") for n in names)
    from exporter.draft.people import find_people
    assert find_people(swiss, "fr").actors["Micheline Calmy-Rey"].described == ["Conseillère fédérale"]
    mountain = ["New Zealander Ross Mountain, an experienced United Nations official, has been appointed. Australian "
                "Tim Costello said the appeal was urgent.",
                "La pandémie de COVID19 a eu un impact énorme. The grant of MNT 700 million was handed over."]
    names = actors("en", mountain)
    assert "Ross Mountain" in names and "Tim Costello" in names
    assert not {"Zealander Ross Mountain", "Australian Tim Costello", "COVID19", "MNT"} & set(names)


def test_round_thirty_a_fraction_of_a_scale_thousands_after_commas_in_french_and_a_spelled_range():
    assert figures("en", ["More than a quarter of a million homes have been destroyed."]) == [(1, 250000, True)]
    assert figures("fr", ["Près de trois quarts d'un million de personnes sont touchées."]) == [(1, 750000, True)]
    assert figures("fr", ["avec une contribution de 6,200,000 euros destinée au Sahel"]) == [(1, 6200000, False)]
    assert figures("en", ["OCHA expects the number of Afghans in need to climb from five million to 7.5 million "
                          "in the coming months."]) == [(1, 5000000, False), (1, 7500000, False)]


def test_round_thirty_associations_and_cooperatives_named_with_le_inside_their_names():
    paragraphs = ["Les lauréats sont l’Association des Jeunes pour le Développement Durable de Bangoi-kouni (AJ2D BK), "
                  "la Coopérative Twamaya et l’Association Lemba."]
    names = actors("fr", paragraphs)
    assert {"Association des Jeunes pour le Développement Durable de Bangoi-kouni", "Coopérative Twamaya",
            "Association Lemba"} <= set(names)
    assert "Association des Jeunes" not in names


# --- round 31: what batch 31 showed (after it was scored) -------------------------------------------

def test_round_thirty_one_a_name_after_a_description_before_the_person_the_description_may_fit():
    minusma = ["Le Représentant spécial du Secrétaire-général et Chef de la MINUSMA, M. Mahamat Saleh Annadif, "
               "condamne fermement l’attaque.",
               "« Les Casques bleus ont réagi de manière proactive et robuste ce qui a permis de neutraliser des "
               "assaillants », a constaté le Commandant de la Force de la MINUSMA, le Général Dennis Gyllensporre."]
    assert speakers("fr", minusma) == [(2, "Dennis Gyllensporre")]
    # "le Commandant" is no "Secrétaire-général": the adjective of a hyphenated title is no rank
    commander = minusma[:1] + ["« Les Casques bleus ont réagi de manière proactive et robuste ce qui a permis de "
                               "neutraliser des assaillants », a constaté le Commandant de la Force de la MINUSMA."]
    assert speakers("fr", commander) == [(2, None)]


def test_round_thirty_one_surnames_in_a_participle_s_sentence_a_first_family_name_and_l_honorable():
    guevara = ["Charge d’Affaires Hugo Guevara and a team from the Embassy donated the food boxes.",
               "Speaking at the donation CDA Guevara said: “We do this to honor and thank the team for their "
               "dedication and support to the Embassy.”"]
    assert speakers("en", guevara) == [(2, "Hugo Guevara")]
    nobody = ["Speaking at the donation the officer said: “We do this to honor and thank the team for their "
              "dedication and support to the Embassy.”"]
    assert speakers("en", nobody) == [(1, None)]
    brizuela = ["The Minister of Foreign Affairs of El Salvador, María Eugenia Brizuela de Ávila, launched the "
                "campaign.",
                "“This campaign has two phases and the first will be promotional,” announced Brizuela who added that "
                "633 radio stations will support the campaign.",
                "The Minister of Foreign Affairs also informed that, once the first six months are over, “we’ll reach "
                "the second phase that has an educative focus.”"]
    assert speakers("en", brizuela) == [(2, "María Eugenia Brizuela de Ávila"), (3, "María Eugenia Brizuela de Ávila")]
    paradis = ["Aujourd'hui, le ministre du Développement international et de la Francophonie, l'honorable Christian "
               "Paradis, a prononcé un discours.",
               "« Je suis fier des efforts que déploie le Canada pour fournir une assistance humanitaire, a affirmé le "
               "ministre Paradis. Nous figurons souvent parmi les premiers pays. »"]
    assert speakers("fr", paradis) == [(2, "Christian Paradis")]


def test_round_thirty_one_two_surnames_in_capitals_words_spoken_next_and_a_lost_opening_mark_before_another():
    monusco = ["« Aujourd'hui, nous réaffirmons notre engagement envers la RDC. Nos soldats sont la face visible des "
               "Nations Unies ».",
               "Le commandant de la Force onusienne en RDC, le lieutenant général Otavio MIRANDA FILHO a prononcé ces "
               "mots lors de la célébration."]
    assert speakers("fr", monusco) == [(1, "Otavio MIRANDA FILHO")]
    webb = ["WFP hopes that this food will offer strength to the survivors of this terrible tragedy,” said Anthea "
            "Webb, the agency’s Representative to China. “By supplying food now, we aim to allow the Government to "
            "focus on the survivors.”"]
    assert speakers("en", webb) == [(1, "Anthea Webb"), (1, "Anthea Webb")]


# --- a review of rounds 29-30: the cases where a new rule named the wrong person or body ------------

_Q = '"We cannot allow this situation to continue any longer,"'


@pytest.mark.parametrize("lang, paragraphs, expected", [
    # a possessor is never a description's head, never counts as a word of the title besides, and a
    # hyphenated head or a word that changes the rank must be in the title
    ("en", ["Secretary-General António Guterres condemned the attack.", _Q + " said the Secretary-General's spokesperson."],
     [(2, None)]),
    ("en", ["UNICEF Executive Director Catherine Russell visited the camp.", _Q + " said UNICEF's Regional Director."],
     [(2, None)]),
    ("en", ["The Minister of Health of Ethiopia, Lia Tadesse, opened the session.", _Q + " said Ethiopia's Minister of Finance."],
     [(2, None)]),
    ("en", ["The Permanent Representative of Russia, Vassily Nebenzia, spoke first.",
            _Q + " said Russia's deputy permanent representative."], [(2, None)]),
    ("en", ["The Permanent Representative of Russia, Vassily Nebenzia, spoke first.", _Q + " said Russia's former ambassador."],
     [(2, None)]),
    ("en", ["The WHO Regional Director for Africa, Matshidiso Moeti, spoke first.", _Q + " said WHO's Director-General."],
     [(2, None)]),
    ("en", ["Ukraine's President Volodymyr Zelensky spoke first.", _Q + " said Ukraine's Vice President."], [(2, None)]),
    # an opening adjunct's object is not the title of the name after it
    ("en", ["After meeting Niger's president, Amina Mohamed said the talks were useful.", _Q + " said Niger's president."],
     [(2, None)]),
    # a nationality in a body's name, an initial ending a "name", a rank abbreviation
    ("en", ["The head of the Haitian National Police, Frantz Elbé, visited the area.", _Q + " he said."],
     [(2, "Frantz Elbé")]),
    ("en", ["Israeli forces demolished 20 homes in Area C. OCHA said 100 people were displaced. " + _Q + " he said."],
     [(1, None)]),
    # verbs that reveal a thing before a quotation
    ("fr", ["L'enquête menée par le ministre Amadou Diallo a révélé « des failles graves dans la gestion des fonds "
            "publics »."], [(1, None)]),
    ("fr", ["Le ministre Amadou Diallo a dévoilé le plan « Mali 2030 : un avenir pour tous nos enfants » lundi à Bamako."],
     [(1, None)]),
    # "Sr." of a title, "II" of a unit, "III." ending a sentence
    ("en", [_Q + " said Martha Pobee, Sr. Political Affairs Officer at DPPA."], [(1, "Martha Pobee")]),
    ("en", ["He met Mr. Ahmed Salem, II Corps commander, and Mr. John Okello.", _Q + " said Mr. Salem."],
     [(2, "Ahmed Salem")]),
    ("en", ["The grant was announced by Secretary of Defense Lloyd J. Austin III.", _Q + " said Secretary Austin."],
     [(2, "Lloyd J. Austin III")]),
    # a region's word may be a first name
    ("fr", ["« Nous ne pouvons pas laisser cette situation perdurer plus longtemps », a déclaré Pacifique "
            "Nininahazwe, défenseur des droits humains."], [(1, "Pacifique Nininahazwe")]),
    ("en", [_Q + " Asia Bibi said."], [(1, "Asia Bibi")]),
    ("en", [_Q + " said UN Goodwill Ambassador America Ferrera."], [(1, "America Ferrera")]),
    # a passive a comma or a speech verb separates from the quotation names nothing
    ("en", ["When famine was declared, Guterres warned: “We cannot allow this situation to continue any longer.”"],
     [(1, "Guterres")]),
    ("en", ["Mr. Ban, who was designated as Special Envoy, said: “We cannot allow this situation to continue any longer.”"],
     [(1, "Ban")]),
    # a speech verb right before the quotation names its speaker, whoever issued the statement
    ("en", ["Secretary-General António Guterres said “we cannot allow this situation to continue any longer,” according "
            "to a statement issued by his spokesperson, Stéphane Dujarric."], [(1, "António Guterres")]),
])
def test_the_review_of_rounds_29_and_30_speakers(lang, paragraphs, expected):
    assert speakers(lang, paragraphs) == expected


@pytest.mark.parametrize("lang, paragraph, present, absent", [
    ("fr", "La Banque mondiale et les Nations Unies ont signé un accord à Niamey.", {"Banque mondiale"},
     {"Banque mondiale et les Nations Unies"}),
    ("fr", "Le Ministère de la Santé et le Bureau de l'OMS ont signé.", {"Ministère de la Santé"},
     {"Ministère de la Santé et le Bureau"}),
    ("fr", "Le Comité de Pilotage de Bandamadji et l’Association Lemba ont gagné.",
     {"Comité de Pilotage de Bandamadji", "Association Lemba"}, set()),
    ("fr", "Le Président de l'Association des Maires du Niger Amadou Diallo a reçu la délégation.", set(),
     {"Association des Maires du Niger Amadou Diallo"}),
    ("fr", "La présidente de la Coopérative Twamaya Fatou Diallo a parlé.", set(), {"Twamaya Fatou Diallo"}),
    ("en", "The Cooperative Republic of Guyana signed the agreement.", {"Guyana"}, {"Cooperative Republic of Guyana"}),
    ("fr", "L'Association des Nations de l'Asie du Sud-Est a tenu son sommet.", set(), {"Association des Nations"}),
    ("en", "Chairman of the Philippine Red Cross, Richard Gordon, said it was fine.", {"Richard Gordon"}, {"Red Cross"}),
    ("en", "Special Envoy for the Indian Ocean Tsunami, Bill Clinton, said it was fine.", {"Bill Clinton"},
     {"Ocean Tsunami"}),
    ("en", "Settlers attacked villages in Area C. ECHO reported the incidents.", set(), {"Area C. ECHO", "Area C."}),
    ("fr", "Philippine de Rothschild, présidente de la fondation, a parlé.", {"Philippine de Rothschild"}, set()),
])
def test_the_review_of_rounds_29_and_30_actors(lang, paragraph, present, absent):
    names = set(actors(lang, [paragraph]))
    assert present <= names and not names & absent


def test_the_review_of_rounds_29_and_30_a_spelled_range_only_to_a_number_of_the_same_scale():
    assert figures("en", ["OCHA expects the number to climb from five million to 2020 levels."]) == []
    assert figures("fr", ["Le budget passe de deux millions à 3 ans."]) == []


# --- round 32: what batch 32 showed (after it was scored) -------------------------------------------

def test_round_thirty_two_a_i_s_e_m_and_the_following_statement():
    chad = ["« Cette généreuse contribution du peuple japonais servira à soutenir les efforts menés par le PAM », a "
            "indiqué le Représentant a.i. du PAM Tchad, Dr. Issa Sanogo.",
            "« Le Gouvernement du Japon espère à travers cette contribution renforcer sa relation avec le Tchad », a "
            "souligné l’Ambassadeur du Japon, S.E.M. Kunio Okamura."]
    assert speakers("fr", chad) == [(1, "Issa Sanogo"), (2, "Kunio Okamura")]
    gaza = ["Le commissaire Lenarčič a, quant à lui, fait la déclaration suivante : « La Commission fait tout ce qui "
            "est en son pouvoir pour apporter une aide humanitaire. »"]
    assert speakers("fr", gaza) == [(1, "Lenarčič")]


def test_round_thirty_two_an_english_decimal_point_before_a_scale_in_french():
    assert figures("fr", ["Ils ont signé des accords totalisant 8.4 millions de dollars américains pour Haïti."]) \
        == [(1, 8400000, False)]
    assert figures("fr", ["Un don de 1.500 tonnes de riz."]) == [(1, 1500, False)]


# --- round 33: what batch 33 showed (after it was scored) -------------------------------------------

def test_round_thirty_three_a_name_then_a_capitalized_title_then_the_verb():
    somalia = ['Larry Meserve, USAID East Africa Regional Mission Director, said, "This new contribution will go a '
               'long way to help meet the needs of millions of Somalis."']
    assert speakers("en", somalia) == [(1, "Larry Meserve")]


def test_round_thirty_three_a_short_quotation_says_who_speaks_on_and_a_closing_mark_typed_as_an_opening_one():
    grandi = ["« C’est beaucoup », a déclaré mercredi M. Filippo Grandi lors d’une conférence de presse à Bangui. « C’est "
              "une proportion de déplacement parmi les plus élevées dans le monde »."]
    assert speakers("fr", grandi) == [(1, "Filippo Grandi")]
    guinea = ["« En Guinée, la rougeole peut avoir un effet dévastateur. Elle tue les enfants « , a déclaré le "
              "Représentant de l’UNICEF en Guinée Dr. Mohamed Ag Ayoya lors du lancement de la campagne."]
    assert speakers("fr", guinea) == [(1, "Mohamed Ag Ayoya")]


def test_round_thirty_three_a_project_s_name_in_title_case_is_no_quotation():
    chad = ["The project “Community Stabilization through Durable Return Solutions, Governance and Livelihood "
            "Development in the Lake Chad Region,” funded by KOICA, will support communities."]
    assert speakers("en", chad) == []
    words = ["The campaign “will reach every child in the country before the rains come,” she said."]
    assert speakers("en", words) == [(1, None)]


# --- a review of rounds 31-32: the cases where a new rule named the wrong person or body ------------

@pytest.mark.parametrize("lang, paragraphs, expected", [
    # a surname alone ending a cut phrase only after a participle, not after "with President Kiir"
    ("en", ["Special Representative Nicholas Haysom met President Salva Kiir in Juba on Monday.",
            "Mr. Haysom in his meeting with President Kiir said: “The peace agreement must be implemented without "
            "delay.”"], [(2, "Nicholas Haysom")]),
    ("fr", ["Le Représentant spécial Mahamat Saleh Annadif a rencontré le Président Ibrahim Boubacar Keïta à Bamako.",
            "M. Annadif lors de son entretien avec le Président Keïta a déclaré : « La mise en œuvre de l'accord doit "
            "s'accélérer sans tarder. »"], [(2, "Mahamat Saleh Annadif")]),
    # a name after a description whose complement holds a role may be the complement's
    ("fr", ["Le Secrétaire général de l'ONU, António Guterres, a condamné l'attaque. Son porte-parole, Stéphane "
            "Dujarric, a été interrogé par la presse.",
            "« Le Secrétaire général est profondément préoccupé par la situation au Mali », a déclaré le porte-parole "
            "du Secrétaire général, António Guterres."], [(2, "Stéphane Dujarric")]),
    ("en", ["MINUSMA spokesperson Olivier Salgado briefed reporters in Bamako.",
            "“Peacekeepers repelled the attack and secured the camp,” said the spokesperson of the Force Commander, "
            "General Dennis Gyllensporre."], [(2, None)]),
    # "said those words amounted to": a commenter
    ("en", ["“We will hunt down every last one of them and their families.”",
            "Volker Türk said those words amounted to incitement to violence and must be investigated."], [(1, None)]),
    # an acronym after a surname in capitals is none of the name
    ("fr", ["« Nous devons agir vite pour protéger les enfants du pays », a déclaré M. Jean DUPONT UNICEF lors de la "
            "réunion."], [(1, "Jean DUPONT")]),
    ("en", ["“The centre is now open to all patients in the state,” said Dr. Amina BELLO NCDC."], [(1, "Amina BELLO")]),
    # region words before a name, a nationality before a body
    ("en", ["“Children are paying the highest price of this crisis,” said UNICEF Regional Director for Latin America "
            "and the Caribbean Jean Gough."], [(1, "Jean Gough")]),
    ("en", ["“Children are paying the highest price of this crisis,” said Congolese Red Cross volunteer Jean "
            "Mukendi."], [(1, "Jean Mukendi")]),
    # "informed" in the passive; an Under-Secretary-General is not "the Secretary-General"
    ("en", ["Envoy Ramtane Lamamra met army chief Abdel Fattah al-Burhan.",
            "“The army will not return to Jeddah under the current conditions,” Lamamra was informed by Burhan."],
     [(2, None)]),
    ("en", ["UN chief António Guterres met Under-Secretary-General Martin Griffiths in Geneva.",
            "“Africa must have a seat at the table where decisions are made,” the Secretary-General said."], [(2, None)]),
    # the first of two family names only after two given names
    ("en", ["WFP country director Jean Baptiste de Souza toured the camp.",
            "“We are scaling up assistance to every family here,” said Baptiste, a refugee from Mali."],
     [(2, "Baptiste")]),
    # a passive a speech verb separates from the mark names nothing; one that names a day does
    ("en", ["After famine was declared, the UN chief Guterres warned “We cannot allow this situation to continue any "
            "longer.”"], [(1, "Guterres")]),
    ("en", ["The 25th of November was designated by the UN General Assembly as “International Day for the Elimination "
            "of Violence against Women” in 1999."], []),
    # no crash on a speaker the rules resolve to a name that is not an actor
    ("en", ["“The situation is calm and the roads are open again,” a Haitian National Police spokesperson said."],
     [(1, None)]),
])
def test_the_review_of_rounds_31_and_32_speakers(lang, paragraphs, expected):
    assert speakers(lang, paragraphs) == expected


@pytest.mark.parametrize("lang, paragraph, present, absent", [
    ("fr", "L'Association Française des Volontaires du Progrès a signé un accord.",
     {"Association Française des Volontaires du Progrès"}, {"Association Française"}),
    ("fr", "La Coopérative Agricole de Sikasso a livré le riz.", {"Coopérative Agricole de Sikasso"}, set()),
    ("en", "“Volunteers are on the ground,” said Philippine Red Cross chairman Richard Gordon.", {"Richard Gordon"},
     {"Philippine Red Cross"}),
])
def test_the_review_of_rounds_31_and_32_actors(lang, paragraph, present, absent):
    names = set(actors(lang, [paragraph]))
    assert present <= names and not names & absent


def test_the_review_of_rounds_31_and_32_a_year_before_a_point_is_no_decimal():
    assert figures("fr", ["Les fonds ont été décaissés en 2023.5 millions de personnes sont concernées."]) == []


# --- round 34: what batch 34 showed (after it was scored) -------------------------------------------

def test_round_thirty_four_a_nationality_before_a_name_and_a_title_pour_les_refugies():
    minusca = ["La Représentante spéciale du Secrétaire général des Nations Unies en RCA et Cheffe de la MINUSCA, la "
               "Rwandaise Valentine Rugwabiza « condamne fermement cette attaque outrageuse contre les casques bleus ».",
               "La Représentante spéciale salue « la réponse ferme et immédiate de la patrouille du contingent »."]
    assert speakers("fr", minusca) == [(1, "Valentine Rugwabiza"), (2, "Valentine Rugwabiza")]
    hcr = ["Le Haut Commissaire des Nations Unies pour les réfugiés António Guterres a rencontré vendredi plusieurs "
           "familles.",
           "António Guterres a rencontré le Président de facto d'Ossétie du Sud, Edouard Kokoity, et d'autres "
           "officiels. Les entretiens ont été consacrés à des aspects qui « sont directement liés à mon mandat en tant "
           "que Haut Commissaire », a-t-il dit."]
    assert speakers("fr", hcr) == [(2, "António Guterres")]


def test_round_thirty_four_the_last_words_of_a_full_name_are_that_person():
    fao = ["FAO Director-General José Graziano da Silva met the Secretary of Agriculture Proceso Alcalá.",
           "“I am here to say that FAO is here to support your work,” Graziano da Silva told the Secretary."]
    assert speakers("en", fao) == [(2, "José Graziano da Silva")]
    assert "Graziano da Silva" not in actors("en", fao)


def test_round_thirty_five_a_capitalized_title_after_today():
    greece = ["Today European Commissioner for Migration, Dimitris Avramopoulos, visited Idomeni in Greece.",
              '"My visit here is to send a message, that the EU from the first moment is here," said the Commissioner, '
              '"and to support the Greek authorities as they manage the complex situation."']
    assert speakers("en", greece) == [(2, "Dimitris Avramopoulos"), (2, "Dimitris Avramopoulos")]


# --- round 35: what batches 30–35 showed of states and bodies (actors) -------------------------------

@pytest.mark.parametrize("lang, paragraphs, state", [
    ("en", ["The UK is providing urgent support to Pakistan after floods."], "UK"),
    ("en", ["Britain will spend £10 million on the appeal."], "Britain"),
    ("fr", ["La RDC a demandé l'aide de ses voisins."], "RDC"),
    ("fr", ["La RCA a signé l'accord avec l'Union africaine."], "RCA"),
])
def test_round_thirty_five_a_state_by_its_short_name_is_a_party(lang, paragraphs, state):
    found = {a.name: a for a in extract(paragraphs, lang).actors}
    assert state in found and found[state].kind == "state"


def test_round_thirty_five_a_state_s_acronym_in_brackets_is_the_same_mention():
    # the full name is a place here; the bracketed acronym after it is no second, acting, mention
    hcr = ["Plus de 17 000 réfugiés originaires de la République démocratique du Congo (RDC) y sont accueillis, "
           "dont 77 % sont des femmes et des enfants."]
    assert not {"RDC", "République démocratique du Congo"} & set(actors("fr", hcr))


def test_round_thirty_five_a_government_named_by_its_state_or_its_nationality_is_the_state():
    rca = ["La MINUSCA soutient la RCA, et va travailler avec le Gouvernement centrafricain pour la paix."]
    found = extract(rca, "fr").actors
    state = next(a for a in found if a.kind == "state")
    assert state.name == "RCA" and "Gouvernement centrafricain" in state.aliases
    assert "Gouvernement centrafricain" not in [a.name for a in found]
    madagascar = ["Le Gouvernement de Madagascar a reçu le don."]
    assert [(a.name, a.kind) for a in extract(madagascar, "fr").actors] == [("Madagascar", "state")]
    mozambique = ["USAID signed two agreements with the Government of the Republic of Mozambique."]
    assert ("Mozambique", "state") in [(a.name, a.kind) for a in extract(mozambique, "en").actors]
    # a nationality names no state the article does not: the body stays as written
    alone = ["Le Gouvernement camerounais a reçu le don du PAM."]
    assert "Gouvernement camerounais" in actors("fr", alone) and not any(a.kind == "state" for a in extract(alone, "fr").actors)


def test_round_thirty_five_units_and_things_written_in_capitals_are_no_bodies():
    text = ["WFP delivered 500 MT of food to the HQ of the district; the HR team and the ICT staff sent SMS alerts "
            "about IED risks."]
    assert actors("en", text) == ["WFP"]


def test_round_thirty_five_the_one_country_a_headline_names_is_a_party():
    body = ["L'Union européenne a porté son aide à 115 millions d'euros pour les victimes du conflit au Mali.",
            "« Notre priorité absolue au Mali consiste à stabiliser la situation », a déclaré la commissaire Kristalina Georgieva."]
    mali = extract(body, "fr", "L'UE accroît son aide humanitaire au Mali")
    assert "Mali" in [a.name for a in mali.actors]
    assert "Mali" not in [a.name for a in extract(body, "fr").actors]        # no headline: a place only
    two = extract(body, "fr", "L'UE accroît son aide au Mali et au Niger")
    assert "Mali" not in [a.name for a in two.actors]                         # two states: neither singled out


# --- round 35: what batches 33–35 showed of attributions -----------------------------------------------

def test_round_thirty_five_a_role_and_a_name_after_an_opening_adjunct_introduce_the_next_paragraph():
    kenya = ["Following the announcement, the Head of the UK’s Department for International Development-Kenya, Ms "
             "Lisa Phillips, said:",
             "“The UK is committed to continuing to help Kenya in providing humanitarian assistance and protection "
             "for refugees.”"]
    assert speakers("en", kenya) == [(2, "Lisa Phillips")]


def test_round_thirty_five_the_present_after_a_quotation():
    burundi = ["« Le Burundi a fait des progrès de taille en matière de droits de l’enfant dans les dernières années, » "
               "constate Johannes Wedenig, Représentant de l’UNICEF au Burundi."]
    assert speakers("fr", burundi) == [(1, "Johannes Wedenig")]


def test_round_thirty_five_a_view_opened_with_pour_and_its_words_after_a_colon():
    grandi = ["Le Haut Commissaire des Nations Unies pour les réfugiés, Filippo Grandi, a visité Bangui.",
              "Pour M. Grandi, le principal indicateur d’un tel retour est le souhait des personnes de vouloir rentrer "
              "ou non : « c’est ce qui doit nous guider dans nos choix ». Les pays n’ont pas fait de pression."]
    assert speakers("fr", grandi) == [(2, "Filippo Grandi")]
    # a sentence opened by "Pour" that names no person: no speaker
    council = ["Pour la première fois, le Conseil a adopté la résolution : « nous devons tous agir ensemble maintenant »."]
    assert speakers("fr", council) == [(1, None)]


# --- the review of round 35: sentences where its first rules named a wrong state or lost a body ---------

@pytest.mark.parametrize("lang, paragraphs, title, present, absent", [
    # "congolais" is Kinshasa's or Brazzaville's; the DR Congo is only where refugees come from
    ("fr", ["Le HCR a salué la décision du Gouvernement congolais d'accueillir plus de 20 000 réfugiés venus de RDC "
            "dans le département de la Likouala, en République du Congo.",
            "Le Gouvernement congolais a mis des terres à la disposition des réfugiés."], None,
     {"Gouvernement congolais"}, {"RDC"}),
    # the Danish Refugee Council
    ("en", ["The Danish Refugee Council (DRC) warned that 3 million people in Syria lack shelter.",
            "“The winter will be deadly,” DRC said in a statement."], None, set(), {"DRC"}),
    # an island of Papua New Guinea
    ("en", ["Thousands of people have been evacuated from their homes in West New Britain, Papua New Guinea, after "
            "Mount Ulawun erupted, the International Organization for Migration (IOM) said."], None,
     {"IOM"}, {"Britain", "Papua New Guinea"}),
    # bodies spelled out, whose acronyms are units or things elsewhere
    ("en", ["The International Paralympic Committee (IPC) and UNESCO signed an agreement on Monday.",
            "The IPC will train 500 coaches in 20 countries, the organization said."], None, {"IPC", "UNESCO"}, set()),
    ("fr", ["Le Syndicat autonome de la magistrature (SAM) a lancé une grève illimitée au Mali.",
            "Le SAM exige la libération des magistrats enlevés, a indiqué son président."], None, {"SAM"}, set()),
    # a family name in capitals that is also an acronym of a thing
    ("en", ["“Japan stands with the people of Ukraine,” said the Ambassador of Japan, ODA Hiroshi, at the ceremony."],
     None, {"ODA Hiroshi"}, set()),
    # "UK" closing a body's name
    ("en", ["The appeal, run by Save the Children UK and UNICEF UK, raised £2 million for children in Gaza."], None,
     set(), {"UK"}),
    # a headline's place named after a state
    ("en", ["The Security Council on Tuesday called on States of the region to criminalize piracy and armed robbery at "
            "sea in the Gulf of Guinea, where 130 seafarers were kidnapped last year."],
     "Security Council calls for action against piracy in Gulf of Guinea", {"Security Council"}, {"Guinea"}),
    ("en", ["Nearly 10 million people need emergency assistance in the Lake Chad Basin, where violence by Boko Haram has "
            "uprooted 2.4 million in Nigeria, Niger, Chad and Cameroon, OCHA said."],
     "Lake Chad Basin: UN appeals for $1.5 billion", {"OCHA"}, {"Chad"}),
    # a headline in capitals: its states are not all read
    ("en", ["At least 12 people drowned on Sunday while trying to cross the Channel from France to the UK in a small "
            "boat, IOM said."], "MIGRANTS DIE CROSSING FROM FRANCE TO UK: IOM CALLS FOR SAFE ROUTES", {"IOM"}, {"UK"}),
    # "RCA" in English
    ("en", ["The IAEA and the Regional Cooperative Agreement for Asia and the Pacific (RCA) held a meeting in Vienna.",
            "The RCA has 22 member States, which share nuclear technology for health and agriculture."], None,
     {"IAEA"}, {"RCA"}),
    # a dateline's country and a plain "Congo"'s gloss
    ("fr", ["BUNIA (RDC), 12 juin 2023 – Des hommes armés ont tué 40 civils dans un camp de déplacés en Ituri, a "
            "indiqué la MONUSCO."], None, {"MONUSCO"}, {"RDC"}),
    ("fr", ["Plus de 5 000 réfugiés sont arrivés du Congo (RDC) depuis janvier, selon le HCR."], None, {"HCR"}, {"RDC"}),
    # Taiwan's formal name is not China's
    ("en", ["The Government of the Republic of China (Taiwan) donated rice to Haiti."], None, set(), {"China"}),
])
def test_the_review_of_round_35(lang, paragraphs, title, present, absent):
    names = {a.name for a in extract(paragraphs, lang, title).actors}
    assert present <= names and not names & absent


@pytest.mark.parametrize("name", ["Sam", "Oda", "Mam"])
def test_the_review_of_round_35_a_first_name_that_is_also_a_thing_s_acronym_still_speaks(name):
    text = [f"“We lost everything in the flood and we need help now,” said {name}, a 34-year-old farmer from the village."]
    assert speakers("en", text) == [(1, name)]


def test_the_review_of_round_35_a_person_s_and_a_town_s_country_in_brackets_are_parties():
    council = ["The statement was presented by Marc Pecsteen de Buytswerve (Belgium), Council President for February."]
    assert "Belgium" in actors("en", council)


# --- round 36: what batch 36 showed (after it was scored) ---------------------------------------------

def test_round_thirty_six_rt_hon_is_an_honorific_and_a_quotation_s_paragraphs_share_its_last_attribution():
    peters = ["New Zealand is contributing NZ$7 million to Ethiopia and Somalia, Foreign Minister Rt Hon Winston "
              "Peters announced today.",
              "“Over 21 million people are in need of humanitarian assistance across Ethiopia,” Mr Peters says.",
              "“Our contributions to the ICRC will support its provision of healthcare support and food.",
              "“Our New Zealand based NGO partners will work with their in-country partners,” Mr Peters says."]
    assert speakers("en", peters) == [(2, "Winston Peters"), (3, "Winston Peters"), (4, "Winston Peters")]
    assert "Rt Hon Winston Peters" not in actors("en", peters) and "NZ" not in actors("en", peters)


def test_round_thirty_six_a_role_that_opens_like_a_determiner_and_a_quotation_inside_with_the_same_marks():
    rehn = ['Olli Rehn, Acting Commissioner for Development and Humanitarian aid said: "These refugees are trapped in '
            'one of the world\'s oldest "frozen" and forgotten conflicts. As long as this conflict remains in a '
            'deadlock, the refugees remain almost totally dependent on international aid."']
    found = extract(rehn, "en").quotes
    assert [(q.speaker, q.text.split()[-1]) for q in found] == [("Olli Rehn", "aid.")]


def test_round_thirty_six_the_place_a_person_speaks_from_is_not_their_first_name():
    lake = ["« Aucun enfant ne devrait être exposé au danger sous quelque forme que ce soit », a déclaré depuis "
            "Bruxelles Anthony Lake, Directeur général de l'UNICEF."]
    assert speakers("fr", lake) == [(1, "Anthony Lake")]
    assert "Bruxelles Anthony Lake" not in actors("fr", lake)


def test_round_thirty_six_a_line_that_signs_the_quotation_above():
    gac = ["Canada is providing $53 million to help Venezuelans in need.",
           "“Venezuelans who have been forced to flee their homes are facing increasingly difficult conditions.”",
           "- Marie-Claude Bibeau, Minister of International Development"]
    assert speakers("en", gac) == [(2, "Marie-Claude Bibeau")]


def test_round_thirty_six_bodies_datelines_and_amounts():
    assert "TÉHÉRAN" not in actors("fr", ["TÉHÉRAN, République islamique d'Iran, le 18 septembre (HCR) Le Haut "
                                          "Commissaire António Guterres a salué les assurances données par l'Iran."])
    assert "MM" not in actors("fr", ["MM. Burkhalter et Bessler ont exprimé leur soutien au Corps suisse."])
    assert "TD" not in actors("en", ["Colm Brophy TD was appointed Minister of State for Overseas Development Aid."])
    embassy = ["The U.S. Embassy in Mauritius donated masks to the Ministry of Health, said Ambassador David Reimer."]
    assert "U.S. Embassy in Mauritius" in actors("en", embassy)
    assert "Irish Aid" in actors("en", ["Irish Aid will fund the response of its partners in Sudan."])
    euros = extract(["La Commission débloquera 200 000 € en faveur de la Fédération."], "fr").figures
    assert [(f.value, f.currency) for f in euros] == [(200000, "EUR")]


# --- round 37: what batch 37 showed (after it was scored) ---------------------------------------------

def test_round_thirty_seven_a_body_s_acronym_after_its_possessive_inside_a_description():
    wfp = ["“Large numbers of smallholder farmers and their families are in the grip of a harsh hunger season,” said "
           "the World Food Programme’s (WFP) Deputy Regional Director for Southern Africa, Brenda Barton."]
    assert speakers("en", wfp) == [(1, "Brenda Barton")]
    assert "World Food Programme’s" not in actors("en", wfp)


def test_round_thirty_seven_a_title_that_lists_its_portfolios_with_commas():
    ec = ['Kristalina Georgieva, European Commissioner for International Cooperation, Humanitarian Aid and Crisis '
          'Response stated "the situation in the regions is serious. Many people have died."']
    assert speakers("en", ec) == [(1, "Kristalina Georgieva")]
    assert actors("en", ec) == ["Kristalina Georgieva"]


def test_round_thirty_seven_armed_groups_and_years_or_editions_in_capitals():
    car = ["Les anti-Balaka et les ex-Séléka ont signé l'accord de Bangui."]
    assert {"anti-Balaka", "ex-Séléka"} <= set(actors("fr", car))
    nepal = ["We look forward to early approval of the FY14 budget, the World Bank said."]
    assert "FY14" not in actors("en", nepal)


# --- after batch 38 was scored -------------------------------------------------------------------------

def test_after_batch_38_an_academic_title_and_an_embassy_named_before_a_consul():
    jones = ["“The findings of the survey will assist my ministry to design programmes,” said Minister of Agriculture "
             "Professor Monty Jones."]
    assert speakers("en", jones) == [(1, "Monty Jones")]
    dfat = ["Our Embassy in Jakarta and Honorary Consul in Medan are checking on the welfare of Australians."]
    assert actors("en", dfat) == ["Embassy in Jakarta"]


# --- the review of rounds 35–37: sentences where their rules gave words to a wrong person or lost one ---

@pytest.mark.parametrize("lang, paragraphs, expected", [
    # the view of X, then someone else's words after the colon
    ("en", ["Stéphane Dujarric is the Secretary-General's spokesperson.",
            "According to Mr. Dujarric, Secretary-General António Guterres told the Security Council on Monday: “The "
            "humanitarian system is at a breaking point and we need help.”"], [(2, "António Guterres")]),
    ("fr", ["Le Haut Commissaire Filippo Grandi est à N'Djamena.",
            "Pour M. Grandi, la situation est critique, et le ministre tchadien de la Santé, Abdelmadjid Abderahim, l'a "
            "confirmé devant la presse : « Nos hôpitaux sont débordés par les blessés de la guerre »."], None),
    ("fr", ["Le porte-parole d'OCHA, Jens Laerke, s'est exprimé à Genève.",
            "Selon M. Laerke, qui citait un collègue sur place, le message est clair : « Il n'y a plus un seul endroit "
            "sûr à Gaza pour les familles »."], [(2, None)]),
    # a closing mark forgotten after someone else's words
    ("en", ["The joint communiqué adopted in Addis Ababa reads: “The parties commit to a cessation of hostilities "
            "across all of Tigray.",
            "“This is a first step, but only a first step,” said Secretary-General António Guterres, welcoming it."],
     [(1, None), (2, "António Guterres")]),
    ("en", ["Fatima, a mother of four displaced from El Fasher, told UN News what she saw.",
            "“We walked for three days without water. My youngest could not go on.",
            "“The scale of suffering is beyond words,” said WFP Country Director Eddie Rowe."],
     [(2, None), (3, "Eddie Rowe")]),
    # a line that goes on, or a list's item, is no signature
    ("en", ["Minister Ahmed Hussen announced the funding on Monday in Ottawa, alongside Catherine Russell.",
            "“Canada will provide $50 million to support children affected by conflict in Sudan and its neighbours.”",
            "- Catherine Russell, Executive Director of UNICEF, joined the announcement by video."], [(2, None)]),
    # a place after a role is no name
    ("en", ["Sheela Matthew, Deputy Country Director, Cox's Bazar, said: “Families are running out of food in the "
            "camps and we need funding now.”"], [(1, "Sheela Matthew")]),
    ("en", ["Jens Laerke, spokesperson, OCHA Geneva, said: “Aid trucks are stuck at the border and cannot enter "
            "the country.”"], [(1, "Jens Laerke")]),
    # two quotations, the first closed after a space
    ("en", ["Tomson Phiri of WFP spoke to reporters in Geneva.",
            "\"We will keep delivering aid to every family in need across the region \"said Mr. Phiri. \"2 million "
            "people depend on us, and our funding runs out in May,\" warned Country Director Menghestab Haile."],
     [(2, "Tomson Phiri"), (2, "Menghestab Haile")]),
])
def test_the_review_of_rounds_35_to_37_speakers(lang, paragraphs, expected):
    found = speakers(lang, paragraphs)
    if expected is None:        # nobody named wrongly: no speaker but the one the words are by, or none
        assert all(s is None for _, s in found), found
    else:
        assert found == expected


@pytest.mark.parametrize("lang, paragraphs, present, absent", [
    ("en", ["ACLED, a group that monitors conflict, reported on 3 May that attacks had doubled."], {"ACLED"}, set()),
    ("en", ["BRAC, Bangladesh’s largest NGO, said on 2 August that it would open 200 centres."], {"BRAC"}, set()),
    ("fr", ["IGAD, qui s'est réunie à Djibouti le 12 juin, a appelé à un cessez-le-feu."], {"IGAD"}, set()),
    ("fr", ["Elle est la première femme élue à la tête d'un État africain depuis Ellen Johnson Sirleaf, a rappelé "
            "la présidente Joyce Banda."], {"Ellen Johnson Sirleaf"}, {"Johnson Sirleaf"}),
    ("en", ["“We are ready to help every family in need this winter,” said Chief Executive Lee Hon Kit of the Hong "
            "Kong Red Cross."], {"Lee Hon Kit"}, set()),
    ("en", ["Combined Task Force 151 (CTF151) escorted the ships; CTF151 said it would stay."], {"CTF151"}, set()),
])
def test_the_review_of_rounds_35_to_37_actors(lang, paragraphs, present, absent):
    names = set(actors(lang, paragraphs))
    assert present <= names and not names & absent, names


def test_the_review_of_rounds_35_to_37_a_dollar_sign_after_an_amount_names_no_currency():
    found = extract(["Le Canada versera une aide de 10 millions $ pour Haïti."], "fr").figures
    assert [f.currency for f in found if f.value == 10_000_000] in ([], [None])


@pytest.mark.parametrize("lang, paragraphs, expected", [
    # a body's acronym in brackets inside a long title, then the name
    ("fr", ["« J’ai pu constater des transformations majeures en un court laps de temps », a déclaré le Coordonnateur "
            "résident des Nations unies et Représentant résident du PNUD pour la Barbade et l'Organisation des États de "
            "la Caraïbe orientale (OECO), Stephen O’Malley, qui s’entretenait avec des journalistes."],
     [(1, "Stephen O’Malley")]),
    # the surname with the other apostrophe
    ("fr", ["Le Coordonnateur résident, Stephen O’Malley, est arrivé lundi.",
            "« Maintenant, on commence à voir la verdure sur les flancs des collines », a ajouté O'Malley."],
     [(2, "Stephen O’Malley")]),
    # "tels étaient les mots de …"
    ("fr", ["Le Représentant spécial est arrivé à Beni. «C’est une visite d’au revoir»; tels étaient les mots de "
            "Martin Kobler, qui a dressé le bilan de deux années."], [(1, "Martin Kobler")]),
    # an incise before the quotation: the speaker before
    ("fr", ["« La Mission a été un exemple de réussite des activités de consolidation », a déclaré Kofi Annan.",
            "Mais avant tout, a-t-il ajouté, « ce sont les Guatémaltèques eux-mêmes qui doivent être fiers »."],
     [(1, "Kofi Annan"), (2, "Kofi Annan")]),
    ("en", ["“The Mission was a success story for peacebuilding,” said Kofi Annan.",
            "But above all, he added, “it is the people of Guatemala who must be proud of what they achieved.”"],
     [(1, "Kofi Annan"), (2, "Kofi Annan")]),
    # Ireland's titles, and a news agency's description of an office
    ("en", ["Marking the day, the Tánaiste, Micheál Martin, announced that Ireland has provided €150 million.",
            "The Tánaiste said:",
            "“The importance of Ireland’s humanitarian aid to millions of people cannot be underestimated.”"],
     [(3, "Micheál Martin")]),
    ("en", ["UN relief chief Mark Lowcock launched the appeal in Geneva on Tuesday.",
            "In a call to donors, the UN relief chief said that the UN and its partners “will be aiming to assist 109 "
            "million of the most vulnerable people”."], [(2, "Mark Lowcock")]),
])
def test_round_40_speakers(lang, paragraphs, expected):
    assert speakers(lang, paragraphs) == expected


@pytest.mark.parametrize("lang, paragraphs, present, absent", [
    # a bank's board that approves: an actor
    ("en", ["The Asian Development Bank’s (ADB) Board of Directors has approved a $20 million grant for Nauru."],
     {"Board of Directors"}, set()),
    # an embassy's name keeps where it is, in French too
    ("fr", ["L'OIM a travaillé avec l'Ambassade de Guinée à Tripoli pour organiser le vol."],
     {"Ambassade de Guinée à Tripoli"}, {"Ambassade de Guinée"}),
    # a list of states that is its clause's subject: they act, the list names no places
    ("fr", ["L'OCHA annonce que l'Australie, la Nouvelle-Zélande, les Etats-Unis et de nombreuses ONG travaillent avec "
            "les agences des Nations Unies."], {"Australie", "Nouvelle-Zélande", "Etats-Unis"}, set()),
    # … but a list of places stays one
    ("fr", ["La crise touche le Burkina Faso, le Mali et le Niger depuis 2012."], set(),
     {"Burkina Faso", "Mali", "Niger"}),
])
def test_round_40_actors(lang, paragraphs, present, absent):
    names = set(actors(lang, paragraphs))
    assert present <= names and not names & absent, names


@pytest.mark.parametrize("lang, paragraphs, present, absent", [
    # (the review of round 40: each of these went wrong once)
    ("en", ["OCHA said that Chad, Niger and Mali were affected by the drought."], set(), {"Chad", "Niger", "Mali"}),
    ("en", ["Mozambique, Malawi and Zimbabwe were struck by Cyclone Idai in March."], set(),
     {"Mozambique", "Malawi", "Zimbabwe"}),
    ("en", ["Chad, Niger and Mali received $10 million each from the fund."], set(), {"Chad", "Niger", "Mali"}),
    ("fr", ["Le PAM indique que le Tchad, le Niger et le Mali sont confrontés à une grave crise alimentaire."], set(),
     {"Tchad", "Niger", "Mali"}),
    ("fr", ["Plusieurs pays de la région sont touchés : le Tchad, le Niger et le Mali notamment."], set(),
     {"Tchad", "Niger", "Mali"}),
    ("en", ["Japan, Norway and Canada have pledged $50 million to the fund."], {"Japan", "Norway", "Canada"}, set()),
    ("en", ["Palestinian Authority Prime Minister Mohammad Shtayyeh visited Gaza on Monday."], {"Palestinian Authority"},
     {"Authority Prime"}),
    ("en", ["The Board of Directors of the World Bank approved a $100 million credit for Malawi."],
     {"Board of Directors", "World Bank"}, {"Board of Directors of the World Bank"}),
    ("fr", ["Le Conseil a exhorté l'Autorité palestinienne et Israël à reprendre les pourparlers."],
     {"Autorité palestinienne", "Israël"}, {"Autorité palestinienne et Israël"}),
    ("fr", ["L'Autorité nationale de gestion des catastrophes a fait état de 1 200 morts."], set(), {"Autorité nationale"}),
    ("fr", ["Un don de l'Ambassade du Japon à Médecins du Monde permettra de soigner 100 000 enfants."],
     {"Ambassade du Japon"}, {"Ambassade du Japon à Médecins du Monde"}),
    ("fr", ["L'Ambassade de Suède à Bamako Mme Maria Larsson a remis le chèque."], {"Ambassade de Suède à Bamako"},
     {"Ambassade de Suède à Bamako Mme"}),
])
def test_the_review_of_round_40_actors(lang, paragraphs, present, absent):
    names = set(actors(lang, paragraphs))
    assert present <= names and not names & absent, names


@pytest.mark.parametrize("lang, paragraphs, expected", [
    # (the review of round 40) someone of a body is not the body; a title reaching another person's name
    ("fr", ["« Nous devons agir vite pour sauver des vies », a expliqué un employé du Programme alimentaire mondial "
            "(PAM), sous couvert d'anonymat."], [(1, None)]),
    ("fr", ["« Nous devons agir vite pour sauver des vies », a déclaré le chef de cabinet de l'Envoyé spécial conjoint "
            "des Nations Unies et de la Ligue des États arabes pour la Syrie Lakhdar Brahimi."], [(1, None)]),
    # round 41: initials for a first name, or between first name and surname
    ("en", ["“Based on the recent country performance assessment, ADB will increase its annual allocation,” said C.C. "
            "Yu, ADB’s Country Director for Tajikistan.", "“The final amount may still change,” Yu added."],
     [(1, "C.C. Yu"), (2, "C.C. Yu")]),
    ("en", ["Seychelles’ Minister of Finance, Trade, Investment and Economic Planning, Naadir N.H. Hassan, thanked the "
            "Bank. “The facility comes at an opportune time and will provide much-needed relief,” Hassan said."],
     [(1, "Naadir N.H. Hassan")]),
    # a person with the place of office in their title is not that place ("… for Comoros, said that")
    ("en", ["Douglas Casson Coutts, the UN resident coordinator for Comoros, said that Comorians “are not looking for "
            "hand-outs. They want the knowledge that will help them.”"], [(1, "Douglas Casson Coutts")]),
    ("en", ["Douglas Casson Coutts, the UN resident coordinator for Comoros, was emphatic that Comorians “are not "
            "looking for hand-outs. They want the knowledge that will help them.”"], [(1, "Douglas Casson Coutts")]),
    # a project's name in quotation marks is no one's words
    ("en", ["The US$60 million “Project for Comprehensive Public Healthcare Service Delivery” will help expand the "
            "model nationwide."], []),
])
def test_the_review_of_round_40_and_round_41_speakers(lang, paragraphs, expected):
    assert speakers(lang, paragraphs) == expected


@pytest.mark.parametrize("lang, paragraphs, expected", [
    # (the review of round 41: each of these went wrong once) a title in dotted letters is no initials
    ("en", ["Vice President Kamala Harris arrived in Accra on Sunday.",
            "“Africa’s future is America’s future and we will invest in it,” V.P. Harris said."], [(2, "Kamala Harris")]),
    ("en", ["Prime Minister Narendra Modi met the Secretary-General.",
            "“India stands with the people of Türkiye in this hour,” said P.M. Modi."], [(2, "Narendra Modi")]),
    ("en", ["The delegation then travelled to the U.A.E. Reem Al Hashimy, the Minister of State, said: “We are "
            "committed to the people of Sudan.”"], [(1, "Reem Al Hashimy")]),
    # a description names an office of its own body only
    ("en", ["WFP Executive Director Cindy McCain visited Gaza on Monday.",
            "“Children are dying of hunger in every corner of this place,” the executive director of UNICEF told "
            "reporters."], [(2, None)]),
    ("en", ["Marie-Pierre Poirier, UNICEF Regional Director for West and Central Africa, visited Niamey.",
            "“Vaccination is the best protection we have,” said the WHO regional director for Africa."], [(2, None)]),
    # a long title whose attribution ends after a comma keeps its name
    ("fr", ["« Nous devons agir vite pour sauver des vies », a déclaré la Représentante spéciale du Secrétaire général "
            "des Nations Unies pour la République centrafricaine et cheffe de la Mission multidimensionnelle "
            "intégrée, Valentine Rugwabiza."], [(1, "Valentine Rugwabiza")]),
])
def test_the_review_of_round_41_speakers(lang, paragraphs, expected):
    assert speakers(lang, paragraphs) == expected


@pytest.mark.parametrize("lang, paragraphs, present, absent", [
    ("en", ["The company S.A. Mining said it would pay US$5 million."], set(), {"S.A. Mining"}),
    ("en", ["Dr. A.P.J. Abdul Kalam visited the camp on Monday and said the aid would come."], {"A.P.J. Abdul Kalam"},
     {"A.P.J. Abdul"}),
    ("en", ["Mali, Burkina Faso and Niger have decided to leave ECOWAS."], {"Mali", "Burkina Faso", "Niger"}, set()),
    ("en", ["Japan, Norway and Canada have also pledged funds to the appeal."], {"Japan", "Norway", "Canada"}, set()),
    ("en", ["Slovenia, Belgium, Croatia and Germany have sent hundreds of dehumidifiers."],
     {"Slovenia", "Belgium", "Croatia", "Germany"}, set()),
    ("fr", ["L'Ambassade du Canada à Sao Tomé-et-Principe a financé le projet."],
     {"Ambassade du Canada à Sao Tomé-et-Principe"}, set()),
])
def test_the_review_of_round_41_actors(lang, paragraphs, present, absent):
    names = set(actors(lang, paragraphs))
    assert present <= names and not names & absent, names


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "The malnutrition rate rose from 30% to approximately 45% in six months.", {(30, False), (45, True)}),
    ("fr", "Le taux de malnutrition est passé de 30 % à environ 45 % en six mois.", {(30, False), (45, True)}),
    ("en", "The camp hosts 40,000 refugees approximately half of whom are children.", {(40000, False)}),
])
def test_the_review_of_round_41_hedges(lang, text, expected):
    assert {(f.value, f.approx) for f in extract([text], lang).figures} == expected


@pytest.mark.parametrize("lang, paragraphs, expected", [
    # round 42: a description that goes on to name its person
    ("fr", ["Le HCR s'est déclaré vendredi alarmé.",
            "« Ces deux dernières semaines, le complexe de Dadaab a reçu plus de 20.000 réfugiés somaliens », a dit "
            "une porte-parole du HCR Melissa Fleming, lors d'une conférence de presse à Genève."], [(2, "Melissa Fleming")]),
    ("fr", ["« Nous sommes inquiets pour les réfugiés du camp de Dadaab », a dit un porte-parole du HCR à Genève."],
     [(1, None)]),
    # a partial quotation whose sentence's subject is a description: the one person it fits, and never the
    # person whose title names that description in its complement
    ("en", ["Secretary-General António Guterres spoke in New York on Monday.",
            "The Secretary-General has “rejected the use of violence to promote political goals”."],
     [(2, "António Guterres")]),
    ("fr", ["Ban Ki-moon a appelé toutes les parties à la retenue, a rapporté la porte-parole du Secrétaire général, "
            "Michèle Montas.",
            "Le Secrétaire général a « rejeté le recours à la violence pour promouvoir des objectifs politiques »."],
     [(2, None)]),
    # round 43: "Dre", a service and a rank before the name that ends the attribution
    ("fr", ["« La pandémie a fortement ralenti les efforts de vaccination des enfants », a déclaré la Dre Matshidiso "
            "Moeti, Directrice régionale de l'OMS pour l'Afrique."], [(1, "Matshidiso Moeti")]),
    ("en", ["\"Our crew of more than 1100 highly trained personnel are excited to be in Cambodia,\" said Mission "
            "Commander, Navy Capt. James Morgan."], [(1, "James Morgan")]),
    # a body's title words before the name are no body speaking (batch 43: `ADB`)
    ("en", ["“ADB has a track record of responding positively and quickly to support its members,” said ADB Senior "
            "Social Development Specialist Uzma Hoque."], [(1, "Uzma Hoque")]),
])
def test_round_42_speakers(lang, paragraphs, expected):
    assert speakers(lang, paragraphs) == expected


@pytest.mark.parametrize("lang, paragraphs, present, absent", [
    ("fr", ["Le Secrétaire général de l'Organisation des Etats américains a salué l'accord."],
     {"Organisation des Etats américains"}, {"Organisation des Etats"}),
    ("fr", ["Le représentant du HCR au Yémen, Michele Cervone D'Urso, a salué l'accord."], {"Michele Cervone D'Urso"},
     {"Michele Cervone"}),
    ("en", ["“Air Force medical personnel also will work with the Honduran Ministry of Health and Trujillo Hospital "
            "officials,” he said."], {"Honduran Ministry of Health", "Trujillo Hospital"}, set()),
    ("en", ["The United Nations Food and Agriculture Organization (FAO) said the harvest failed."], {"FAO"},
     {"United Nations Food"}),
])
def test_round_42_actors(lang, paragraphs, present, absent):
    names = set(actors(lang, paragraphs))
    assert present <= names and not names & absent, names


@pytest.mark.parametrize("lang, paragraphs, expected", [
    # (the review of round 42: each of these went wrong once)
    ("fr", ["Le Secrétaire général de l’ONU s’est dit vendredi profondément préoccupé par l’escalade au Liban.",
            "Le Secrétaire général a « exhorté toutes les parties à faire preuve de la plus grande retenue ».",
            "Le secrétaire général de la Ligue arabe, Ahmed Aboul Gheit, a lui aussi appelé à un cessez-le-feu."],
     [(2, None)]),
    ("en", ["António Guterres, Secretary-General of the United Nations, arrived in Port-au-Prince on Monday.",
            "“The people of Haiti cannot wait any longer for security and justice,” said the UN chief."],
     [(2, "António Guterres")]),
    ("en", ["Fighting continued in Gaza on Monday.",
            "“We are doing everything we can to get aid into the strip now,” said a spokesperson for Secretary-General "
            "António Guterres."], [(2, None)]),
    ("fr", ["Le ministre congolais des Affaires étrangères a reçu lundi l’Envoyé spécial.",
            "« Le Congo soutiendra toutes les initiatives de paix dans la région », a déclaré le Ministre D’État "
            "Jean-Claude Gakosso."], [(2, "Jean-Claude Gakosso")]),
])
def test_the_review_of_round_42_speakers(lang, paragraphs, expected):
    assert speakers(lang, paragraphs) == expected


@pytest.mark.parametrize("lang, paragraphs, present, absent", [
    ("fr", ["L’Organisation des Nations Unies indique que 2 000 personnes ont fui."], {"Organisation des Nations Unies"},
     {"Organisation des Nations Unies indique"}),
    ("en", ["President Alassane Ouattara of Côte D'Ivoire said the elections would be peaceful."], set(),
     {"Côte D'Ivoire"}),
    ("en", ["The South Sudanese Ministry of Health confirmed 12 cases of cholera."], set(),
     {"Sudanese Ministry of Health"}),
    ("en", ["The Malian Army and Gendarmerie secured the road."], set(), {"Malian Army and Gendarmerie"}),
    ("en", ["The Ministry of Gender and Community Development launched the campaign."],
     {"Ministry of Gender and Community Development"}, {"Ministry of Gender"}),
    ("en", ["The Ministry of Foreign Affairs and Senegalese Abroad issued a statement."],
     {"Ministry of Foreign Affairs and Senegalese Abroad"}, set()),
    ("en", ["The exercise is conducted with the U.S. Embassy and Honduran government."], {"U.S. Embassy"},
     {"U.S. Embassy and Honduran"}),
])
def test_the_review_of_round_42_actors(lang, paragraphs, present, absent):
    names = set(actors(lang, paragraphs))
    assert present <= names and not names & absent, names


@pytest.mark.parametrize("lang, paragraphs, expected", [
    # (the review of round 43: each of these went wrong once)
    ("fr", ["Le Secrétaire général des Nations Unies, António Guterres, est arrivé à Rafah.",
            "Le Secrétaire général a « appelé à un cessez-le-feu immédiat dans toute la bande de Gaza »."],
     [(2, "António Guterres")]),
    ("en", ["“We will keep working with all our partners on the ground,” said Francesco D'Ovidio, head of the ILO unit."],
     [(1, "Francesco D'Ovidio")]),
    ("en", ["The Secretary of the Committee on the Rights of the Child, Jane Roe, presented the report.",
            "“We will keep working with all our partners on the ground,” said the head of the Committee."], [(2, None)]),
    ("en", ["“ADB has a track record of responding positively and quickly to support its members,” said ADB Senior "
            "Social Development Specialist Uzma Hoque."], [(1, "Uzma Hoque")]),
])
def test_the_review_of_round_43_speakers(lang, paragraphs, expected):
    assert speakers(lang, paragraphs) == expected


@pytest.mark.parametrize("lang, paragraphs, present, absent", [
    ("en", ["Patients were moved to the King Faisal Specialist Hospital on Monday."], set(), {"Hospital"}),
    ("en", ["The Expert Mechanism on the Rights of Indigenous Peoples will meet in July."], set(), {"Mechanism"}),
    ("fr", ["Le Ministère de la Santé publique a annoncé 200 nouveaux cas de choléra."], {"Ministère de la Santé publique"},
     {"Ministère de la Santé"}),
    ("fr", ["Le Bureau de la Coordination des Affaires humanitaires a publié un rapport."],
     {"Bureau de la Coordination des Affaires humanitaires"}, set()),
    ("en", ["The Honduran Ministry of Health reported 300 cases."], {"Honduran Ministry of Health"}, {"Honduran Ministry"}),
])
def test_the_review_of_round_43_actors(lang, paragraphs, present, absent):
    names = set(actors(lang, paragraphs))
    assert present <= names and not names & absent, names


@pytest.mark.parametrize("lang, paragraphs, expected", [
    # (round 45: the misses of held-out batches 39 to 45 that a rule reads)
    # a reflexive speech verb after the quotation, and one more verb
    ("fr", ["« Ce don témoigne une fois de plus de la qualité des relations entre le PAM et le Nigéria », s'est félicité "
            "le Directeur intérimaire du PAM au Nigéria, Ronald Sibanda."], [(1, "Ronald Sibanda")]),
    ("fr", ["« Plus de 60 agences des Nations Unies et agences indépendantes travaillent au Tchad », a rapporté Michèle Montas."],
     [(1, "Michèle Montas")]),
    ("fr", ["« Nous avons enfin un accord pour les réfugiés du camp », se félicite Jean Dupont, directeur du HCR."],
     [(1, "Jean Dupont")]),
    # a name, its title and a colon
    ("fr", ["La Belgique réaffirme son soutien à l’UNRWA.",
            "Caroline Gennez, ministre de la Coopération au développement : « Ce qui se passe actuellement à Gaza défie "
            "toute imagination. »"], [(2, "Caroline Gennez")]),
    ("en", ["Jane Smith, UNICEF Representative in Liberia: “We are doing all we can to help these children now.”"],
     [(1, "Jane Smith")]),
    # (not a place, a date or a heading before the colon)
    ("en", ["Paris, France, 3 May: “We are doing all we can to help these children now.”"], [(1, None)]),
    # a name changed, marked with an asterisk
    ("fr", ["« Quand je rentrerai chez moi, je retournerai à l’école et je continuerai mes études », a déclaré Barry*, "
            "18 ans, avant son départ pour Banjul."], [(1, "Barry")]),
    # a title with "and" and its country before the name
    ("en", ["“The number of people in need of food assistance in Sudan has doubled over the past two years,” said WFP "
            "Representative and Country Director in Sudan Hameed Nuru."], [(1, "Hameed Nuru")]),
    # a participle of saying after a first quotation, "qu'" glued to the next word
    ("fr", ["Erika Feller, la Haut Commissaire assistante, a également fait état de progrès.",
            "Erika Feller a défini sa mission comme positive, notant qu'il y a eu « du progrès dans l'ensemble et que "
            "l'avenir semble bien plus prometteur pour bon nombre de personnes. »"], [(2, "Erika Feller")]),
    # a body named with a nationality is no person the next sentence names instead of the speaker
    ("en", ["Minister Sherlock added:",
            "“Our Irish partner aid organisations have a unique ability to reach the most vulnerable in society. These "
            "goals are shared by Irish Aid and our valued civil society partners."], [(2, "Sherlock")]),
])
def test_round_45_speakers(lang, paragraphs, expected):
    assert speakers(lang, paragraphs) == expected


@pytest.mark.parametrize("lang, paragraphs, present, absent", [
    ("en", ["“When I go home I will go back to school and finish my studies,” said Amina*, 12, before leaving."],
     {"Amina"}, {"Amina*"}),
    # the United Nations named inside another body's name
    ("fr", ["Le Programme alimentaire mondial des Nations Unies (PAM) a reçu un don de 5 000 tonnes de riz."],
     {"PAM", "Nations Unies"}, set()),
    ("en", ["The contribution to the United Nations World Food Programme (WFP) aims to support 2.2 million people."],
     {"WFP", "United Nations"}, set()),
    # a person's name and their state's title: no town and its country
    ("en", ["Ottawa -- Maria Minna, Canada's Minister for International Cooperation, today announced an additional "
            "contribution."], {"Maria Minna", "Canada"}, set()),
    ("en", ["Antone Greubel, deputy chief of mission at U.S. Embassy Suva, Fiji, described the work."], set(), {"Fiji"}),
    # CLDR's short names spelled out
    ("en", ["The Government of Saint Lucia and the Government of Trinidad and Tobago signed the agreement."],
     {"Saint Lucia", "Trinidad and Tobago"}, set()),
    # an acronym after a possessive; a currency code glued to its number is no body
    ("en", ["This amount brings the Canadian International Development Agency's (CIDA) financial contribution to "
            "$1,625,000."], {"CIDA"}, set()),
    ("en", ["The United States pledged USD1M to Grenada."], set(), {"USD1M"}),
])
def test_round_45_actors(lang, paragraphs, present, absent):
    names = set(actors(lang, paragraphs))
    assert present <= names and not names & absent, names


def test_round_45_a_nationality_and_one_word_is_a_body():
    found = {a.name: a.kind for a in extract(["These goals are shared by Irish Aid and our valued civil society partners."], "en").actors}
    assert found.get("Irish Aid") == "organization", found


@pytest.mark.parametrize("lang, paragraphs, expected", [
    # (round 46: the misses of held-out batch 46 that a rule reads)
    # an indefinite description after its verb, then the name: a person, whom "le porte-parole" is later
    ("fr", ["La population de ce camp est passée à près de 44.000 aujourd'hui, a précisé un porte-parole du HCR, Leo "
            "Dobbs, lors d'une conférence de presse à Genève.",
            "« Au cours des dernières semaines, il y a eu des attaques et des affrontements sur le territoire du "
            "Cameroun », a souligné le porte-parole du HCR."], [(2, "Leo Dobbs")]),
    # a region in the title before the name; the name at the end, not the body that begins the title
    ("en", ["The Asian Development Bank (ADB) has approved a $100 million loan for Nepal.",
            "“As a landlocked country, upgrading and connecting rural roads to core road networks is essential,” said ADB "
            "Principal Rural Development Specialist for South Asia Andrew Brubaker."], [(2, "Andrew Brubaker")]),
    # an apposition in lower case between the name and its speech verb
    ("fr", ["En visite au Bénin, Axelle Red, Ambassadrice de bonne volonté de l’UNICEF a réitéré son engagement.",
            "Puis, Flora Sossou, sage-femme, a expliqué les progrès accomplis. « La gratuité du dépistage du VIH/SIDA "
            "lors des consultations prénatales figure parmi les avancées majeures », a-t-elle indiqué."],
     [(2, "Flora Sossou")]),
    # "…,” said X, and added: “…”: the second quotation's speaker too (not when another subject adds)
    ("en", ["“Argentina values its long-term partnership with the World Bank for its support,” said Silvina Batakis, and "
            "added: “The recently approved project is an example of how the national government works.”"],
     [(1, "Silvina Batakis"), (1, "Silvina Batakis")]),
    ("fr", ["« Le Canada se réjouit de pouvoir apporter une aide humanitaire aux populations », a déclaré Jean Dupont, et "
            "a ajouté : « L’annonce d’aujourd’hui contribuera à sauver des vies. »"], [(1, "Jean Dupont"), (1, "Jean Dupont")]),
    ("en", ["“Argentina values its long-term partnership with the World Bank for its support,” said Silvina Batakis, and "
            "the minister of finance added: “The recently approved project is an example of how the government works.”"],
     [(1, "Silvina Batakis"), (1, None)]),
])
def test_round_46_speakers(lang, paragraphs, expected):
    assert speakers(lang, paragraphs) == expected


@pytest.mark.parametrize("lang, paragraphs, present, absent", [
    # a surname with its lower-case particle after an honorific; a title's first words are no body's
    ("en", ["World Bank Managing Director of Operations, Axel van Trotsenburg met with Silvina Batakis, Minister of "
            "Economy. Mr. van Trotsenburg and Minister Batakis discussed inflation."],
     {"Axel van Trotsenburg", "World Bank"}, {"Bank Managing"}),
    ("en", ["The Kyrgyz Republic signed the agreement with UNFPA."], {"Kyrgyz Republic"}, set()),
])
def test_round_46_actors(lang, paragraphs, present, absent):
    names = set(actors(lang, paragraphs))
    assert present <= names and not names & absent, names


@pytest.mark.parametrize("lang, text, expected", [
    # French counts approximate by themselves, as the fidelity check reads them; a currency's code before
    # its number; the first number of a change ("from … to …") with the noun counted before
    ("fr", "Selon des employés du HCR, une centaine de personnes sont enregistrées chaque jour.", [(100, True)]),
    ("fr", "Environ un millier de familles ont reçu une aide.", [(1000, True)]),
    ("fr", "Des centaines de milliers de personnes et plusieurs milliers de réfugiés ont fui.", []),
    ("en", "The World Food Programme has welcomed a donation of AUD 120,000 from the Government of Australia.",
     [(120000, False)]),
    ("fr", "Le nombre de personnes déplacées est passé de 70 000 à 1,4 million en moins de deux ans.",
     [(70000, False), (1400000, False)]),
])
def test_round_46_figures(lang, text, expected):
    assert [(f.value, f.approx) for f in extract([text], lang).figures] == expected


@pytest.mark.parametrize("lang, paragraphs, expected", [
    # (round 46, older misses): a body's office in a state ends a title, no person's name
    ("fr", ["La cérémonie s’est déroulée en présence du Chef de mission de l’OIM Mali, Pascal REYNTJENS et du Chef de "
            "Cabinet du Ministre, Mohamed Ag ALBACHAR.",
            "« Cette antenne contribuera au renforcement des capacités du Gouvernement en général », a déclaré le Chef de "
            "Mission de l’OIM Mali."], [(2, "Pascal REYNTJENS")]),
    # the copy ends inside the next paragraph of the last speaker's words
    ("en", ["“Across the region, climate change remains the most significant threat to Pacific lives,” Chris Hipkins said.",
            "“Prime Minister Brown and I took the opportunity to discuss the enduring challenges caused by climate change."],
     [(1, "Chris Hipkins"), (2, "Chris Hipkins")]),
    # "expressed …:" before the words; a clause is never cut inside brackets
    ("en", ["Proceso Alcalá, the Secretary of Agriculture, met the farmers.",
            "Alcalá expressed his appreciation for FAO’s support: “When we go to the fields to carry out assessments, "
            "rice farmers are happy.”"], [(2, "Proceso Alcalá")]),
    ("en", ["The Honourable Diane Ablonczy, Minister of State of Foreign Affairs (Americas and Consular Affairs) expressed "
            "her sympathies, \"Canada has a strong commitment to our neighbours in Central America.\""],
     [(1, "Diane Ablonczy")]),
])
def test_round_46_older_misses(lang, paragraphs, expected):
    assert speakers(lang, paragraphs) == expected


QQ = "We will keep working with all our partners on the ground to help the families"


@pytest.mark.parametrize("lang, paragraphs, expected", [
    # (the review of round 45: each of these went wrong once)
    ("en", [f"“{QQ},” said Secretary Rubio in Panama City Sunday."], [(1, "Rubio")]),
    ("en", [f"“{QQ},” said Ambassador Smith in Sierra Leone Last Week."], [(1, "Smith")]),
    ("en", ["Secretary of State Antony Blinken met President Luis Abinader in Santo Domingo.",
            f"“{QQ},” said Secretary Blinken to Dominican Republic President Luis Abinader."], [(2, "Antony Blinken")]),
    ("fr", [f"Le quotidien Le Monde a rapporté les propos de Jean Dupont, ministre de la Santé : « {QQ} »"],
     [(1, "Jean Dupont")]),
    ("fr", [f"La nouvelle a inquiété les habitants du quartier, dont Marie Kahindo : « {QQ} »"], [(1, "Marie Kahindo")]),
    ("fr", [f"« {QQ} », rapporte Radio Okapi."], [(1, None)]),
    ("fr", [f"« {QQ} », a rapporté Jeune Afrique."], [(1, None)]),
    ("en", [f"John Smith, Minister of Health, received a letter from the union's president, Mary Brown: “{QQ}.”"],
     [(1, "Mary Brown")]),
    ("fr", [f"Jean Dupont, ministre de la Santé, a lu la lettre du président de l'association : « {QQ} »"], [(1, None)]),
    ("en", [f"The report, presented to Minister John Smith on Monday, paints a grim picture, observing that “{QQ}.”"],
     [(1, None)]),
])
def test_the_review_of_round_45_speakers(lang, paragraphs, expected):
    assert speakers(lang, paragraphs) == expected


@pytest.mark.parametrize("lang, paragraphs, present, absent", [
    ("fr", ["Le Burkina Faso s'est dit prêt à accueillir la prochaine réunion régionale."], {"Burkina Faso"}, set()),
    ("en", [f"“{QQ},” Washington said in a statement."], set(), {"Washington"}),
    ("en", ["President Joe Biden and First Lady Jill Biden visited the camp on Monday.", f"“{QQ},” Biden said."],
     {"Joe Biden"}, {"Biden"}),
    ("en", ["Representative French Hill said the bill would strengthen oversight of foreign aid programmes."],
     {"French Hill"}, set()),
    ("fr", ["Philippine Dupont, directrice de l'ONG Enfance et Partage, a déclaré que l'aide arrivait enfin."],
     {"Philippine Dupont"}, set()),
    ("fr", ["L'Organisation des Nations-Unies a salué cette initiative."], {"Organisation des Nations-Unies"},
     {"Nations-Unies"}),
    ("en", ["The United Nations Organization said thousands had fled."], {"United Nations Organization"},
     {"United Nations"}),
    ("en", ["The Ministry of Health and St. Jude Children's Research Hospital signed the agreement."], set(),
     {"Ministry of Health and St. Jude Children"}),
    ("en", ["A statue of Saint Martin stood in the square where Saint Pierre church was rebuilt."], set(),
     {"Saint Martin"}),
    ("en", ["The Minister met Governor Abel Martinez, Colombia's Chocó province, and villagers."], set(), {"Colombia"}),
])
def test_the_review_of_round_45_actors(lang, paragraphs, present, absent):
    names = set(actors(lang, paragraphs))
    assert present <= names and not names & absent, names


def test_the_review_of_round_45_a_state_that_speaks_is_no_person():
    found = {a.name: a.kind for a in extract(["Le Costa Rica s'est félicité de l'adoption de la résolution."], "fr").actors}
    assert found.get("Costa Rica") == "state", found


@pytest.mark.parametrize("lang, paragraphs, expected", [
    # (round 47: the misses of held-out batch 47 that a rule reads)
    # a title's words after its role are no person's name ("de la Santé")
    ("fr", ["Première rencontre entre le Ministre de la Santé, le Médecin colonel Remy Lamah et le nouveau Représentant "
            "de l’OMS, le Dr Mohammed BELHOCINE.",
            f"Il a insisté sur le fait que l’OMS « doit poursuivre ses efforts en faveur du renforcement du système de "
            f"santé. {QQ}. » a conclu le Ministre de la Santé."], [(2, None)]),
    # after a quotation that ends its sentence, an attribution that opens the next one is the next one's
    ("en", ["Dr. Ahmed Robleh Abdilleh, Djibouti’s Minister of Health, said of the mobile hospital, “This important "
            "donation illustrates the perfect collaboration between our two countries.” Major General Shawley of the "
            "Combined Joint Task Force, added in her remarks, “This is excellent work and enables medical professionals "
            "to train.”"], [(1, "Ahmed Robleh Abdilleh"), (1, "Shawley")]),
    # a rank in lower case before the name in apposition; "a-t-il rapporté"
    ("fr", [f"« {QQ} », a déclaré le porte-parole de la Force, le lieutenant-colonel Abdoul Aziz Ouédraogo, ajoutant "
            f"que tout va bien.", f"« {QQ} », a-t-il rapporté."], [(1, "Abdoul Aziz Ouédraogo"), (2, "Abdoul Aziz Ouédraogo")]),
    # a surname alone before the full name of the one person who bears it
    ("fr", ["Le Premier Ministre Briceño dénonce la montée de l’insécurité mondiale.",
            f"Pour le Premier Ministre de Belize, M. John A. Briceño, l’ONU a échoué. « {QQ} », a-t-il dénoncé."],
     [(2, "John A. Briceño")]),
])
def test_round_47_speakers(lang, paragraphs, expected):
    assert speakers(lang, paragraphs) == expected


def test_round_47_a_hedge_and_a_small_word_before_the_number():
    found = [(f.value, f.approx) for f in extract(["Les plants mesurent à peu près à trente centimètres de haut."], "fr").figures]
    assert found == [(30, True)]


def test_round_47_a_currency_sign_before_its_country_letters():
    x = extract(["“New Zealand has so far committed $NZ2.25 million to Cyclone Gita relief,” she said."], "en")
    assert [(f.value, f.currency) for f in x.figures] == [(2250000, "NZD")]
    assert "NZ2" not in {a.name for a in x.actors}


@pytest.mark.parametrize("lang, paragraphs, expected", [
    # a director is a director, not any head the article names
    ("fr", ["La cérémonie s'est tenue aux côtés de la Présidente du Comité du patrimoine mondial, Madame Ina "
            "Marčiulionytė.", f"« {QQ} », a déclaré le Directeur général."], [(2, None)]),
    ("en", ["WFP Executive Director David Beasley visited the camp.", f"“{QQ},” the director said."],
     [(2, "David Beasley")]),
])
def test_round_47_a_director_is_no_president(lang, paragraphs, expected):
    assert speakers(lang, paragraphs) == expected


@pytest.mark.parametrize("lang, paragraphs, expected", [
    # (round 48: the misses of held-out batch 48 that a rule reads)
    # "le Docteur" as an honorific before a family name in capitals
    ("fr", [f"« {QQ} », a expliqué à la presse le Docteur DIARRA Abdoulaye, Représentant par intérim de l’OMS aux "
            f"Comores."], [(1, "DIARRA Abdoulaye")]),
    # letters after a name; "a fait aujourd’hui la déclaration suivante :"; the paragraphs that open « and never close
    ("fr", ["L’honorable Rob Nicholson, C.P., c.r., député fédéral de Niagara Falls et ministre des Affaires étrangères, a "
            "fait aujourd’hui la déclaration suivante :",
            "« Les représentants du Canada ont travaillé sans relâche pour aider les Canadiens au Népal.",
            "« À New Delhi, les Canadiens recevront une aide consulaire, notamment pour les documents de voyage."],
     [(2, "Rob Nicholson"), (3, "Rob Nicholson")]),
    # a statement's heading paragraph, then its dateline, a dash and the words never closed
    ("fr", ["Déclaration de Kristalina Georgieva, Commissaire pour la coopération internationale.",
            "Bruxelles le 10 septembre 2013 – \"Je condamne fermement l'assassinat de deux humanitaires en République "
            "Centrafricaine. Il est inconcevable de viser des individus qui travaillent pour sauver la vie d'autrui."],
     [(2, "Kristalina Georgieva")]),
    # the copy ends inside the same speaker's next words
    ("en", ["Minister Ablonczy spoke in Ottawa.",
            "\"Canada is committed to working with our partners in Latin America to achieve our shared goal,\" said Minister "
            "Ablonczy. \"By fostering strong ties and forging deeper connections throughout the region, Canada is helping."],
     [(2, "Ablonczy"), (2, "Ablonczy")]),
])
def test_round_48_speakers(lang, paragraphs, expected):
    assert speakers(lang, paragraphs) == expected


def test_round_48_a_scale_in_capitals_is_no_body():
    found = {a.name for a in extract(["Ces équipements, d’une valeur de 60 MILLIONS de Francs Comoriens, aideront le "
                                      "Ministère."], "fr").actors}
    assert "MILLIONS" not in found


@pytest.mark.parametrize("lang, paragraphs, present, absent", [
    # a body's complement after its tail noun is its name's — not another body after it
    ("en", ["The grant is financed by the Japan Fund for Poverty Reduction and administered by ADB."],
     {"Japan Fund for Poverty Reduction"}, {"Japan Fund"}),
    ("en", ["Blankets were sent through the Pan-American Disaster Response Unit of the International Federation of the "
            "Red Cross."], set(), {"Pan-American Disaster Response Unit of the International Federation"}),
])
def test_round_48_actors(lang, paragraphs, present, absent):
    names = set(actors(lang, paragraphs))
    assert present <= names and not names & absent, names


def test_round_49_a_statement_over_paragraphs_after_its_dateline():
    # the statement opens after its dateline and closes at the end of its last paragraph: every paragraph
    # is the headline's speaker's
    paragraphs = ["New York, le 4 avril 2011 - \"L'UNICEF reste gravement préoccupé par la violence actuelle en Côte "
                  "d’Ivoire.", "Nous sommes particulièrement troublés par les informations selon lesquelles il y aurait "
                  "des enfants parmi les victimes.", "Nous craignons des flambées de maladie dans les camps de déplacés.\""]
    title = "Déclaration du Directeur général de l'UNICEF, M. Anthony Lake, sur la situation en Côte d'Ivoire"
    assert [(q.paragraph, q.speaker) for q in extract(paragraphs, "fr", title).quotes] == [
        (1, "Anthony Lake"), (2, "Anthony Lake"), (3, "Anthony Lake")]


@pytest.mark.parametrize("lang, paragraphs, expected", [
    # (the review of rounds 46 and 47: each of these went wrong once)
    ("en", ["President Paul Kagame and First Lady Jeannette Kagame visited the camp.",
            f"“{QQ},” said President Kagame."], [(2, "Paul Kagame")]),
    ("en", [f"“{QQ},” said U.S. Embassy Addis Ababa."], [(1, "U.S. Embassy Addis Ababa")]),
    ("en", [f"“Our partners are ready,” said Minister Jane Smith, while Ambassador John Brown welcomed the deal and "
            f"said: “{QQ}.”"], [(1, "John Brown")]),
    ("en", [f"“{QQ}!” said Minister Jane Smith, adding: “{QQ}.”"], [(1, "Jane Smith"), (1, "Jane Smith")]),
    ("en", [f"“{QQ},” said President al-Sisi."], [(1, "al-Sisi")]),
    ("en", [f"According to the Minister of Health (Dr. Jane Smith), “{QQ}.”"], [(1, "Jane Smith")]),
    ("fr", [f"« {QQ} », a déclaré Pacifique Nininahazwe Mbonimpa."],
     [(1, "Pacifique Nininahazwe Mbonimpa")]),
])
def test_the_review_of_rounds_46_and_47_speakers(lang, paragraphs, expected):
    assert speakers(lang, paragraphs) == expected


@pytest.mark.parametrize("lang, paragraphs, present, absent", [
    ("en", ["Christian Aid, a British charity, said the floods had destroyed the harvest."], set(), {"Christian Aid"}),
    ("en", ["World Vision expressed concern about the children."], set(), {"World Vision"}),
])
def test_the_review_of_rounds_46_and_47_actors(lang, paragraphs, present, absent):
    found = {a.name: a.kind for a in extract(paragraphs, lang).actors}
    assert present <= set(found) and all(found.get(n) != "person" for n in absent), found


@pytest.mark.parametrize("lang, text, expected", [
    ("fr", "Une dizaine de milliers de réfugiés ont franchi la frontière.", [(10000, True)]),
    ("fr", "Le nombre d'enfants de 6 à 59 mois vaccinés a augmenté.", []),
    ("en", "The agency is concerned about the 1,500 refugees stranded at the border.", [(1500, False)]),
])
def test_the_review_of_rounds_46_and_47_figures(lang, text, expected):
    assert [(f.value, f.approx) for f in extract([text], lang).figures] == expected


@pytest.mark.parametrize("lang, paragraphs, expected", [
    # (round 49: the misses of held-out batch 49 that a rule reads) "the Hon", and letters after the name
    ("en", ["Quote attributable to Minister for Foreign Affairs, Senator the Hon Penny Wong:",
            f"“{QQ}.”",
            "Quote attributable to Minister for International Development and the Pacific, the Hon Pat Conroy MP:",
            f"“{QQ}.”"], [(2, "Penny Wong"), (4, "Pat Conroy")]),
])
def test_round_49_speakers(lang, paragraphs, expected):
    assert speakers(lang, paragraphs) == expected


@pytest.mark.parametrize("lang, paragraphs, present, absent", [
    # a state's name is no person's; a last name with its article in lower case; a dateline's month first
    ("en", ["GENEVA, October 2 (UNHCR) - The president of the United Arab Emirates, Sheikh Khalifa bin Zayed al-Nahayan, "
            "has donated US$10 million to the UN refugee agency."],
     {"Khalifa bin Zayed al-Nahayan", "United Arab Emirates"}, {"Arab Emirates", "GENEVA"}),
    ("en", ["“We are ready to help every family in need this winter,” said Chief Executive Lee Hon Kit of the Red Cross."],
     {"Lee Hon Kit"}, set()),
])
def test_round_49_actors(lang, paragraphs, present, absent):
    names = set(actors(lang, paragraphs))
    assert present <= names and not names & absent, names


@pytest.mark.parametrize("lang, paragraphs, present, absent", [
    # NGOs whose names hold no organisation noun; a currency's code glued to its amount is no body
    ("en", ["The funding goes to Concern Worldwide, Trócaire, Christian Aid and World Vision in Malawi."],
     {"Concern Worldwide", "Trócaire", "Christian Aid", "World Vision"}, set()),
    ("en", ["Ireland provided MWK615 million (€750,000) to the flood response."], set(), {"MWK615"}),
])
def test_round_50_actors(lang, paragraphs, present, absent):
    names = set(actors(lang, paragraphs))
    assert present <= names and not names & absent, names


def test_the_review_of_round_45_a_one_word_body_that_speaks_is_no_person():
    # (the review of round 45 found "Tearfund said" made a person; it is an organisation since round 50)
    found = {a.name: a.kind for a in extract([f"“{QQ},” Tearfund said."], "en").actors}
    assert found.get("Tearfund") != "person", found


@pytest.mark.parametrize("lang, paragraphs, title, expected", [
    # (the review of rounds 48 and 49: each of these went wrong once)
    ("fr", ["Déclaration du Secrétaire général sur la mort de l’ancien Président Jacques Chirac.",
            "« Il fut un ardent défenseur du multilatéralisme et de la paix dans le monde. »"], None, [(2, None)]),
    ("en", ["Statement by the Spokesperson on the death of former President Jacques Chirac.",
            "“He devoted his life to the service of his country and of the world.”"], None, [(2, None)]),
    ("en", ["“We have lost everything we owned in the floods,” said Amina Yusuf, a mother of three.",
            "“Our house was destroyed and we have nothing left to eat.” Her neighbour Fatima Ali said, “We are all in the "
            "same situation here.”"], None, [(1, "Amina Yusuf"), (2, "Amina Yusuf"), (2, "Fatima Ali")]),
    ("en", [f"“{QQ},” said Minister Jane Smith when she opened the meeting, and added: “We will continue to support the "
            f"people.”"], None, [(1, "Jane Smith"), (1, "Jane Smith")]),
])
def test_the_review_of_rounds_48_and_49_speakers(lang, paragraphs, title, expected):
    assert [(q.paragraph, q.speaker) for q in extract(paragraphs, lang, title).quotes] == expected


@pytest.mark.parametrize("lang, paragraphs, present, absent", [
    ("en", ["The Norwegian Refugee Council for Yemen said 2 million people were displaced."], {"Yemen"}, set()),
    ("en", ["The Central Emergency Response Fund for Sudan will release $10 million, the United Nations said."],
     {"Sudan"}, {"Central Emergency Response Fund for Sudan"}),
    ("fr", ["Fatou Diop, sage-femme au centre de santé de l'ONG, a expliqué que les naissances avaient augmenté."],
     {"Fatou Diop"}, set()),
    ("en", ["Ahmed Hassan, working for a local charity in Aleppo, said food prices had doubled."], {"Ahmed Hassan"}, set()),
    ("fr", ["L'Université de Kinshasa a décerné le titre de Docteur Honoris Causa au Président Félix Tshisekedi."],
     set(), {"Honoris Causa"}),
    ("en", ["The motion was tabled by the Hon Member for Canberra and adopted by the House."], set(), {"Hon Member"}),
])
def test_the_review_of_rounds_48_and_49_actors(lang, paragraphs, present, absent):
    names = set(actors(lang, paragraphs))
    assert present <= names and not names & absent, names


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Refugee arrivals are close to the 1 million mark, the agency said.", [(1000000, True)]),
    ("fr", "Le nombre de cas a augmenté. Il est passé de 200 à 400.", [(200, False), (400, False)]),
])
def test_the_review_of_rounds_48_and_49_figures(lang, text, expected):
    assert [(f.value, f.approx) for f in extract([text], lang).figures] == expected


def test_the_review_of_rounds_48_and_49_a_hedge_before_the_in_the_check():
    from exporter.checks.fidelity import occurrences

    found = [o for o in occurrences("Arrivals have reached nearly the 2,000 mark this week.", "en") if 2000.0 in o.values]
    assert found and found[0].hedged


@pytest.mark.parametrize("lang, paragraphs, expected", [
    # (round 51: the misses of held-out batch 50 that a rule reads)
    # a line that signs the quotation above it, its title in French lower case
    ("fr", ["Le Groupe de Lima a été créé en août 2017.",
            "« Le monde doit se mobiliser pour mettre un terme à la crise actuelle au Venezuela. Le Canada est déterminé "
            "à soutenir le peuple vénézuélien. »", "- François-Philippe Champagne, ministre des Affaires étrangères"],
     [(2, "François-Philippe Champagne")]),
    # (not a line that goes on)
    ("fr", ["Le Groupe de Lima a été créé en août 2017.", f"« {QQ}. »",
            "- François-Philippe Champagne, ministre des Affaires étrangères, a rencontré ses homologues."], [(2, None)]),
    # an apposition its speech verb closes with no comma
    ("en", [f"“{QQ},” Stephanie Bunker, a spokesperson for OCHA said of the floods."], [(1, "Stephanie Bunker")]),
])
def test_round_51_speakers(lang, paragraphs, expected):
    assert speakers(lang, paragraphs) == expected


@pytest.mark.parametrize("lang, paragraphs, expected", [
    # (round 52: the misses of held-out batches 45-51 that a rule reads)
    # a description opening the main clause, then a participle that introduces the words; the surname
    # alone after an honorific, its apposition closed by the verb with no comma
    ("fr", ["Le 8 juillet, M. Matsuura, Directeur général de l’UNESCO a inauguré les travaux du Comité.",
            "Dans le discours qu’il a prononcé à l’ouverture des travaux le 9 juillet, le Directeur général a souligné "
            "combien la Convention de 1972 constitue un instrument fondamental pour la préservation de la diversité "
            "culturelle, estimant qu’il « sera primordial pour l’UNESCO de veiller à ce que cette Convention "
            "fonctionne »."], [(2, "Matsuura")]),
    # (not when the description fits nobody named before)
    ("fr", ["Le 8 juillet, M. Matsuura a inauguré les travaux du Comité.",
            "Dans le discours qu’il a prononcé à l’ouverture des travaux, la Présidente du Comité a souligné combien "
            "la Convention de 1972 constitue un instrument fondamental pour la préservation de la diversité culturelle, "
            "estimant qu’il « sera primordial pour l’UNESCO de veiller à ce que cette Convention fonctionne »."],
     [(2, None)]),
    # a description that says more than the one title of its kind ("le Ministre Remy Lamah")
    ("fr", ["Le Médecin colonel Remy Lamah a reçu le Représentant de l’OMS.", "Le Ministre Remy Lamah a parlé des vaccins.",
            "« Nous attendons beaucoup de l’OMS dans ces différents domaines », a conclu le Ministre de la Santé."],
     [(3, "Remy Lamah")]),
    # (not when another person holds a title of its kind, nor when it changes the rank)
    ("fr", ["Le Ministre Remy Lamah a reçu le ministre des Finances, Mohamed Diaré.",
            "« Nous attendons beaucoup de l’OMS dans ces différents domaines », a conclu le Ministre de la Santé."],
     [(2, None)]),
    ("fr", ["Le Ministre Remy Lamah a parlé des vaccins.",
            "« Nous attendons beaucoup de l’OMS dans ces différents domaines », a conclu le ministre adjoint de la Santé."],
     [(2, None)]),
    # a quotation in an opening adjunct: the main clause's subject's words
    ("fr", ["Le porte-parole de la Force, le lieutenant-colonel Abdoul Aziz Ouédraogo, a tenu une conférence de presse.",
            "Après avoir présenté les condoléances de la Mission « au peuple bangladais, et salué la mémoire de ces "
            "valeureux soldats », le lieutenant-colonel Abdoul Aziz Ouédraogo a indiqué qu’une cérémonie a eu lieu."],
     [(2, "Abdoul Aziz Ouédraogo")]),
    # (not an adjunct of time, whose words may be anyone's)
    ("fr", ["Le porte-parole de la Force, le lieutenant-colonel Abdoul Aziz Ouédraogo, a tenu une conférence de presse.",
            "Lors du débat sur « la protection des civils dans les conflits armés en Afrique centrale », le "
            "lieutenant-colonel Abdoul Aziz Ouédraogo a indiqué qu’une cérémonie a eu lieu."], [(2, None)]),
    # a paragraph that is a quotation and nothing else, in an article with one voice
    ("en", ["“The Kingdom of Tonga is a friend and neighbour to New Zealand,” says High Commissioner Tiffany Babington.",
            "Two Defence Force planes have arrived since Tuesday bringing emergency supplies.",
            "“While there is still a lot of work ahead to recover from the cyclone, we stand ready to help.”"],
     [(1, "Tiffany Babington"), (3, "Tiffany Babington")]),
    # (not with two voices, nor after a paragraph that announces someone the rules do not name)
    ("en", ["“The Kingdom of Tonga is a friend and neighbour to New Zealand,” says High Commissioner Tiffany Babington.",
            "“We are grateful for the help of all our neighbours,” said Minister Siaosi Sovaleni.",
            "Two Defence Force planes have arrived since Tuesday bringing emergency supplies.",
            "“While there is still a lot of work ahead to recover from the cyclone, we stand ready to help.”"],
     [(1, "Tiffany Babington"), (2, "Siaosi Sovaleni"), (4, None)]),
    ("en", ["“The Kingdom of Tonga is a friend and neighbour to New Zealand,” says High Commissioner Tiffany Babington.",
            "A resident of Nuku’alofa told us:",
            "“While there is still a lot of work ahead to recover from the cyclone, we stand ready to help.”"],
     [(1, "Tiffany Babington"), (3, None)]),
])
def test_round_52_speakers(lang, paragraphs, expected):
    assert speakers(lang, paragraphs) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # the pound sign as a quoted-printable copy writes it, Malawi's kwacha by its code, "of those"
    ("en", "The funds comprise =A3253,000 for NGOs and the =A3210,000 already provided.",
     [(253000, False, "GBP"), (210000, False, "GBP")]),
    ("en", "The Irish Government has allocated some MWK615 million (€750,000).",
     [(615000000, True, "MWK"), (750000, False, "EUR")]),
    ("en", "Ensure over 3,000 of those most severely affected receive immediate food.", [(3000, True, None)]),
    # (not "of those of", a reference)
    ("en", "Two of those of the committee left.", []),
])
def test_round_52_figures(lang, text, expected):
    assert [(f.value, f.approx, f.currency) for f in extract([text], lang).figures] == expected


def test_round_52_the_check_reads_the_currencies_the_draft_reads():
    from exporter.checks.fidelity import occurrences

    found = {v for o in occurrences("a =A3463,000 contribution and some MWK615 million", "en") for v in o.values}
    assert {463000.0, 615000000.0} <= found


@pytest.mark.parametrize("lang, paragraphs, expected", [
    # (round 53: the misses of held-out batch 52 that a rule reads)
    # a French title whose complement is "en charge de"
    ("fr", ["« Je vous supplie de patienter encore un peu », a affirmé la Haut Commissaire assistante en charge des "
            "opérations Judy Cheng-Hopkins aux représentants des réfugiés."], [(1, "Judy Cheng-Hopkins")]),
    # "membre de …" opens an apposition after the name
    ("fr", ["Mme Kristalina Georgieva, membre de la Commission européenne responsable de l'aide humanitaire, a déclaré à "
            "ce sujet: «La situation humanitaire est catastrophique au Bangladesh.»"], [(1, "Kristalina Georgieva")]),
    # a quotation of its own after a sentence whose subject is the one person it names
    ("en", ["Ms. Isabel M. Guerrero, World Bank Vice President for the South Asia Region, visited Dhaka.",
            "Vice President Guerrero also took the opportunity to congratulate the Prime Minister on recent accords. "
            "“South Asia is one of the least integrated regions in the world, yet the gains are substantial.”"],
     [(2, "Isabel M. Guerrero")]),
    # (not when the person is not the sentence's subject, nor when it names two)
    ("en", ["Ms. Isabel M. Guerrero, World Bank Vice President for the South Asia Region, visited Dhaka.",
            "The visit of Vice President Guerrero came after recent accords. “South Asia is one of the least integrated "
            "regions in the world, yet the gains are substantial.”"], [(2, None)]),
    ("en", ["Ms. Isabel M. Guerrero, World Bank Vice President for the South Asia Region, visited Dhaka.",
            "Vice President Guerrero also congratulated Prime Minister Sheikh Hasina on recent accords. “South Asia is one "
            "of the least integrated regions in the world, yet the gains are substantial.”"], [(2, None)]),
    # "Major" is a rank, not a first name
    ("en", ["“This equipment is part of a multi-pronged effort to assist our close ally,” said Major Joshua Glendening, "
            "chief of the U.S. Office of Defense Cooperation in Albania."], [(1, "Joshua Glendening")]),
])
def test_round_53_speakers(lang, paragraphs, expected):
    assert speakers(lang, paragraphs) == expected


@pytest.mark.parametrize("lang, paragraphs, present, absent", [
    # a French body's name whose complement is in lower case, after a determiner
    ("fr", ["Le Centre national des catastrophes a indiqué que 2 000 personnes étaient ensevelies."],
     {"Centre national des catastrophes"}, {"Centre national"}),
    ("fr", ["La présidente du Comité du patrimoine mondial a ouvert la session."], {"Comité du patrimoine mondial"}, set()),
    ("fr", ["Selon la Direction de la protection civile, les pluies continuent."], {"Direction de la protection civile"}, set()),
    ("fr", ["Un spécialiste de l'Office fédéral de la protection civile) partira samedi."],
     {"Office fédéral de la protection civile"}, set()),
    ("fr", ["Le Groupe de Minsk de l'OSCE a salué les pourparlers."], {"Groupe de Minsk"}, set()),
    # (never a verb, an infinitive, a time or a state's own name)
    ("fr", ["Le Gouvernement angolais devrait consacrer plus de fonds à l'éducation."], set(),
     {"Gouvernement angolais devrait"}),
    ("fr", ["Le Conseil de sécurité a entendu la Mission d’exécuter son mandat pour le mois prochain."], set(),
     {"Mission d’exécuter", "Conseil de sécurité pour le mois"}),
    ("fr", ["La Fédération de Russie a envoyé des troupes."], {"Fédération de Russie"}, set()),
    # a state's possessive before a body's name is the state's
    ("en", ["The Appeal is a collaboration among the UN, Pakistan’s National Disaster Management Authority and NGOs."],
     {"National Disaster Management Authority"}, {"Pakistan’s National Disaster Management Authority"}),
    # an aid agency whose name mixes cases
    ("en", ["She will inspect AusAID activities in the district of Liquica."], {"AusAID"}, set()),
])
def test_round_53_actors(lang, paragraphs, present, absent):
    names = set(actors(lang, paragraphs))
    assert present <= names and not names & absent, names


def test_round_53_the_russian_federation_is_a_state():
    found = {a.name: a.kind for a in extract(["La Fédération de Russie a envoyé des troupes."], "fr").actors}
    assert found.get("Fédération de Russie") == "state", found


def test_round_53_a_count_and_more():
    found = extract(["Some 35,000 more have asked for help in getting back before refugee status ends."], "en").figures
    assert [(f.value, f.approx) for f in found] == [(35000, True)]


def test_round_53_the_check_reads_a_hundred_thousand():
    # (the draft read "more than a hundred thousand people" as 100,000; the check read 100, and warned)
    from exporter.checks.fidelity import occurrences

    found = [o for o in occurrences("It will help more than a hundred thousand people in Burma.", "en")]
    assert [(sorted(o.values), o.hedged) for o in found] == [([100000.0], "more than a hundred thousand")]


@pytest.mark.parametrize("lang, paragraphs, expected", [
    # (round 54: the misses of held-out batch 53 that a rule reads)
    # a special representative's title by its initials
    ("fr", ["« Je me réjouis des excellentes relations entre la MINUSMA et les autorités », a déclaré le RSSG "
            "El-Ghassim WANE au cours d’une rencontre."], [(1, "El-Ghassim WANE")]),
    # a family name in capitals written first, after a title, another verb after it
    ("en", ["FAO Director-General QU Dongyu visited some of Lesotho’s key agricultural sites.",
            "“This machinery will significantly contribute to agricultural production in the country,” Qu said."],
     [(2, "QU Dongyu")]),
    # a title's region, "for Arab States", before the name
    ("en", ["ILO Deputy Regional Director for Arab States Frank Hagemann said the signing was a culmination.",
            "\"We have been working with our partners in Jordan to extend the programme,\" Hagemann said."],
     [(2, "Frank Hagemann")]),
    # Tokelau's titles
    ("en", ["The Ulu of Tokelau, Faipule Pio Tuia said: \"Tokelau welcomes this New Zealand contribution both for what "
            "it does.\""], [(1, "Pio Tuia")]),
    # two honorifics, the second with a point
    ("en", ["“We are thankful that with this support we will be able to react quicker,” H.E. Mme. Baykham Khatthiya, "
            "Minister of Labour and Social Welfare said."], [(1, "Baykham Khatthiya")]),
    # a title, then the name in apposition, then the verb
    ("en", ["“We encourage you to seriously consider voluntary repatriation while assistance is still available,” UNHCR "
            "Representative in Zambia, James Lynch, told refugees in Kwala."], [(1, "James Lynch")]),
    # (a name in title case after a determiner is no one's words)
    ("en", ["This new “Education Sector Reform Performance Contract” will build on the results of EU support."], []),
])
def test_round_54_speakers(lang, paragraphs, expected):
    assert speakers(lang, paragraphs) == expected


@pytest.mark.parametrize("lang, paragraphs, present, absent", [
    ("fr", ["Accompagné du Représentant spécial du Secrétaire général au Mali (RSSG), El-Ghassim WANE, la délégation a eu "
            "plusieurs rencontres."], {"El-Ghassim WANE"}, {"WANE", "RSSG"}),
    # a dateline with no date, its source in brackets
    ("en", ["BEIRUT (ILO News) – The ILO Regional Office for Arab States signed an extension of the programme."], set(),
     {"BEIRUT"}),
    ("fr", ["La Suisse verse 20 millions CHF au HCR."], set(), {"CHF"}),
])
def test_round_54_actors(lang, paragraphs, present, absent):
    names = set(actors(lang, paragraphs))
    assert present <= names and not names & absent, names


def test_round_54_others_alone_are_a_count():
    found = extract(["Le glissement de terrain a causé la disparition d’environ 100 autres."], "fr").figures
    assert [(f.value, f.approx) for f in found] == [(100, True)]


@pytest.mark.parametrize("lang, paragraphs, expected", [
    # (round 55: the misses of held-out batch 54 that a rule reads)
    # a description whose place comes before the name in apposition
    ("fr", ["« Nous devons sauver des vies et enregistrer les réfugiés », a précisé le responsable du bureau du HCR à "
            "Gambella, Alexander Kishara."], [(1, "Alexander Kishara")]),
    # a princess's title, and the headline's short name for her
    ("fr", ["La Princesse Haya Bint Al Hussein, épouse du Souverain de Dubaï, a appelé au soutien.",
            "« Les Mamans que j'ai rencontrées disent qu'elles n'ont plus de nourriture », a expliqué la Princesse Haya."],
     [(2, "Haya Bint Al Hussein")]),
    # a person's age in apposition makes the name a person's
    ("en", ["Faezlan B. Angah, 15, from Malaysia’s Orang Asli indigenous minority, described the impact of education.",
            "“When I was little, I had many questions to ask,” said Faezlan, who promotes education among his peers."],
     [(2, "Faezlan B. Angah")]),
    # a paragraph that is the quotation, after one that ends reporting its speaker's words
    ("en", ["U.S. Ambassador to Malaysia Brian McFeeters oversaw a donation today. Ambassador McFeeters met with and "
            "thanked Malaysian frontliners and said he hopes the contribution can help ease their work.",
            "“The U.S. and Malaysia have a long history of working together on public health issues.”"],
     [(2, "Brian McFeeters")]),
    # (not when that paragraph's last sentence reports nobody)
    ("en", ["U.S. Ambassador to Malaysia Brian McFeeters said he hopes the contribution can help. The donation arrived "
            "on Tuesday.", "“The U.S. and Malaysia have a long history of working together on public health issues.”"],
     [(2, None)]),
    # "spoke about" is an act of speech
    ("en", ["U.S. Ambassador to Malaysia Brian McFeeters oversaw a donation today.",
            "Ambassador McFeeters also spoke about the United States’ commitment to global relief efforts. “Over the past "
            "two decades, the United States has provided more than $140 billion in global health assistance.”"],
     [(2, "Brian McFeeters")]),
])
def test_round_55_speakers(lang, paragraphs, expected):
    assert speakers(lang, paragraphs) == expected


@pytest.mark.parametrize("lang, paragraphs, present, absent", [
    # a name right after a preposition's article, or after a body's adjective, is a complement's words
    ("fr", ["« L’agriculture est un moteur, a déclaré Michel Chancy, Secrétaire d’État à la Production Animale. Un "
            "programme comme celui-ci garantit des achats »."], {"Michel Chancy"}, {"Production Animale"}),
    ("en", ["The aid goes through the European Commission's Directorate-General for European Civil Protection and "
            "Humanitarian Aid Operations (ECHO)."], set(), {"Civil Protection"}),
    ("fr", ["Évelyne Pérard, Coordonnatrice du Programme National de Cantines Scolaires, était présente."],
     {"Évelyne Pérard"}, {"National de Cantines Scolaires"}),
    ("fr", ["La Princesse Haya Bint Al Hussein, épouse du Souverain de Dubaï, a appelé au soutien."],
     {"Haya Bint Al Hussein"}, {"Souverain de Dubaï", "Princesse Haya Bint Al Hussein"}),
])
def test_round_55_actors(lang, paragraphs, present, absent):
    names = set(actors(lang, paragraphs))
    assert present <= names and not names & absent, names


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "The EU is providing an additional €500,000 (EC$1,600,000) in humanitarian aid.",
     [(500000, False, "EUR"), (1600000, False, "XCD")]),
    ("en", "Total assistance is expected to surpass $4 billion by 2020.", [(4000000000, True, "USD")]),
    ("fr", "Ce pays accueille désormais 170 000 Sud-Soudanais qui ont fui leur pays.", [(170000, False, None)]),
])
def test_round_55_figures(lang, text, expected):
    assert [(f.value, f.approx, f.currency) for f in extract([text], lang).figures] == expected


def test_round_55_the_check_reads_tens_and_units_apart():
    # (the draft read "a team of seventy six search and rescue specialists" as 76; the check read 70 and 6, and warned)
    from exporter.checks.fidelity import occurrences

    found = occurrences("The UK is sending a team of seventy six search and rescue specialists.", "en")
    assert any(o.values == frozenset({76.0}) and o.written == "seventy six" for o in found)


@pytest.mark.parametrize("lang, paragraphs, expected", [
    # (round 56: the misses of held-out batch 55 that a rule reads)
    # a body's word before a lower-case role before the name
    ("en", ["“This is the largest movement of refugees from Nepal’s camps so far,” agency spokesperson Jennifer Pagonis "
            "told reporters in Geneva."], [(1, "Jennifer Pagonis")]),
])
def test_round_56_speakers(lang, paragraphs, expected):
    assert speakers(lang, paragraphs) == expected


@pytest.mark.parametrize("lang, paragraphs, present, absent", [
    # a regnal number is part of the name
    ("en", ["The Kingdom of Morocco, under the leadership of His Majesty King Mohammed VI, set out a plan."],
     {"Mohammed VI"}, {"Mohammed"}),
    # a title's words and a climate are no person
    ("en", ["“These biscuits will help children stay in school,” said WFP’s Deputy Executive Director and Chief "
            "Operating Officer, Amir Abdulla."], {"Amir Abdulla"}, {"Operating Officer"}),
    ("en", ["Central America has been particularly hard hit by El Nino this season."], set(), {"El Nino"}),
    # a bracket in a state's CLDR name: never its last word alone
    ("en", ["“Like many small states, Tonga is vulnerable,” said Ferid Belhaj, World Bank Country Director for "
            "Timor-Leste, Papua New Guinea & Pacific Islands."], {"Ferid Belhaj"}, {"Islands"}),
    # an acronym in a person's title before the name is a body
    ("fr", ["Le voyage du chef du DFAE Ignazio Cassis en Afrique de l'Est s'est achevé."], {"DFAE", "Ignazio Cassis"},
     set()),
    # a title's and a ship's initials are no body
    ("en", ["Speaking at the donation CDA Guevara said the embassy was proud.", "The USS Rodney M. Davis (FFG 60) "
            "arrived in Male."], set(), {"CDA", "USS", "FFG"}),
])
def test_round_56_actors(lang, paragraphs, present, absent):
    names = set(actors(lang, paragraphs))
    assert present <= names and not names & absent, names


@pytest.mark.parametrize("lang, paragraphs, expected", [
    # (round 56, older blind misses) a long attribution between a quotation and the next one left open at the copy's end
    ("en", ["The World Bank approved a loan.",
            "“With this operation, the World Bank will help Eswatini contain the spread of the virus”, says Marie "
            "Francoise Marie-Nelly, World Bank Country Director for Eswatini, Botswana, Lesotho, Namibia and South "
            "Africa. “It will also help the Government to stabilize the country’s fiscal position."],
     [(2, "Marie Francoise Marie-Nelly"), (2, "Marie Francoise Marie-Nelly")]),
    # a copy's braces inside the marks, and Burkina Faso's president by his title and by his nationality
    ("fr", ["Abdou Diouf s’est entretenu avec Blaise Compaoré, Président du Faso.",
            "« {Je suis venu avec plaisir dans cette maison qui est aussi la mienne} », a déclaré le Président burkinabé."],
     [(2, "Blaise Compaoré")]),
])
def test_round_56_older_misses(lang, paragraphs, expected):
    assert speakers(lang, paragraphs) == expected


def test_round_56_braces_are_trimmed_and_the_quote_stays_verbatim():
    paragraph = "« {Je suis venu avec plaisir dans cette maison qui est aussi la mienne} », a déclaré Blaise Compaoré."
    (quote,) = extract([paragraph], "fr").quotes
    assert quote.text == "Je suis venu avec plaisir dans cette maison qui est aussi la mienne" and quote.text in paragraph


@pytest.mark.parametrize("lang, paragraphs, expected", [
    # (the review of rounds 52 and 53: each of these went wrong once)
    # a description of another body's head is not the one person titled by its word alone
    ("en", ["President Joyce Banda opened the meeting of partners in Lilongwe.",
            "“We will provide 500 million dollars,” said the President of the African Development Bank."], [(2, None)]),
    ("fr", ["Le Gouverneur Mamadou Traoré a reçu la mission.",
            "« Les routes sont coupées depuis deux semaines », a indiqué le gouverneur de la région de Mopti."], [(2, None)]),
    # a surname after a preposition or an adjunct takes no apposition
    ("fr", ["Selon M. Diallo, le gouverneur de Mopti a quitté la ville hier.",
            "« La situation est grave et les routes sont coupées », a déclaré le gouverneur."], [(2, None)]),
    ("en", ["After meeting Mr. Diallo, the Governor of Mopti visited the camp.",
            "“The situation is serious and the roads are cut,” said the Governor."], [(2, None)]),
    # the spokesperson for a minister is not the minister
    ("fr", ["Le Médecin colonel Remy Lamah a reçu le Représentant de l’OMS.",
            "La délégation a rencontré le porte-parole du Ministre Remy Lamah.",
            "« Nous ne nous arrêterons pas avant la fin de l’épidémie », a déclaré le porte-parole."], [(3, None)]),
    # a paragraph set apart after one that brings another voice
    ("en", ["WFP Country Director John Smith visited the camp on Monday.", "“We are doing everything we can,” Smith said.",
            "A mother of five who fled the fighting told WFP staff that her family had not eaten for three days.",
            "“We had nothing left. The food saved my children.”"], [(2, "John Smith"), (4, None)]),
    ("fr", ["Le Représentant de la FAO, Jean Dupont, a visité la région.", "« Nous faisons tout notre possible », a déclaré M. Dupont.",
            "Une agricultrice de la région, mère de quatre enfants, témoigne des difficultés.",
            "« Nous n'avons plus rien à manger depuis des mois. »"], [(2, "Jean Dupont"), (4, None)]),
    # a noun, a passive, or a quotation with its own attribution is no act of address
    ("en", ["Ms. Isabel M. Guerrero, World Bank Vice President, visited Dhaka.",
            "Vice President Guerrero was greeted by the mayor of Dhaka. “Dhaka is proud of this partnership with the Bank.”"],
     [(2, None)]),
    ("en", ["Ms. Isabel M. Guerrero, World Bank Vice President, visited Dhaka.",
            "Vice President Guerrero thanked the donors who had contributed to the fund. “Without this money we could not "
            "have rebuilt our school,” one of the teachers said."], [(2, None)]),
    ("fr", ["Mme Fatoumata Ndiaye, représentante de l’UNICEF, a visité le village.",
            "Mme Ndiaye a reçu les remerciements des familles. « Merci pour les vaccins qui ont sauvé nos enfants. »"],
     [(2, None)]),
    # words an opening adjunct quotes from others
    ("fr", ["Le ministre de la Santé, Amadou Diallo, a visité l'hôpital de Kayes mardi.",
            "Après avoir lu la lettre des infirmières qui disaient « ne plus être payées depuis six mois », le ministre "
            "Amadou Diallo a promis le versement des salaires."], [(2, None)]),
    # John Major keeps his name
    ("en", ["Former Prime Minister John Major opened the conference in London.",
            "“Aid saves lives and builds a safer world for all of us,” said John Major."], [(2, "John Major")]),
])
def test_the_review_of_rounds_52_and_53_speakers(lang, paragraphs, expected):
    assert speakers(lang, paragraphs) == expected


@pytest.mark.parametrize("lang, paragraphs, absent", [
    ("fr", ["Selon la Fédération internationale des sociétés de la Croix-Rouge, 2 000 maisons ont été détruites."],
     {"Fédération internationale des sociétés"}),
    ("fr", ["La Cellule de crise du ministère des affaires étrangères suit la situation."],
     {"Cellule de crise du ministère des affaires"}),
    ("fr", ["Les électeurs se sont rendus au Bureau de vote numéro 3 de Kati."], {"Bureau de vote"}),
])
def test_the_review_of_rounds_52_and_53_actors(lang, paragraphs, absent):
    names = set(actors(lang, paragraphs))
    assert not names & absent, names


def test_the_review_of_rounds_52_and_53_a_reference_is_no_count():
    found = extract(["The committee reviewed compliance with paragraph 12 of those resolutions and found gaps."], "en").figures
    assert [f.value for f in found] == []


@pytest.mark.parametrize("lang, paragraphs, expected", [
    # (round 57: the misses of held-out batch 56 that a rule reads)
    # a joint statement's paragraphs set apart: the first named, as the corpus counts it
    ("en", ["New Zealand is committing $3.3 million, Foreign Minister Phil Goff and Aid Minister Marian Hobbs announced.",
            "\"The money will be distributed to a number of United Nations agencies,\" Phil Goff and Marian Hobbs said.",
            "\"The United Nations has warned that without immediate assistance thousands of lives could be lost.",
            "\"Key needs will be for emergency shelter, food and medical care in an emergency.\""],
     [(2, "Phil Goff"), (3, "Phil Goff"), (4, "Phil Goff")]),
    # a statement's heading "Déclaration d’…"
    ("fr", ["Déclaration d’Abdullah Fadil, représentant de l’UNICEF au Pakistan, suite à sa visite dans la province de Sindh.",
            "Islamabad/Paris, le 16 septembre 2022 – « Les inondations catastrophiques en cours au Pakistan ont déjà coûté "
            "la vie à au moins 528 enfants. Chacun de ces décès est une tragédie."], [(2, "Abdullah Fadil")]),
])
def test_round_57_speakers(lang, paragraphs, expected):
    assert speakers(lang, paragraphs) == expected


@pytest.mark.parametrize("lang, paragraphs, present", [
    # a title's portfolios listed with commas, with or without a determiner
    ("en", ["Minister for Foreign Affairs and Trade, Charles Flanagan TD, and Minister of State for Development, Trade "
            "Promotion and North South Cooperation, Seán Sherlock, TD, announced today that Ireland will contribute."],
     {"Charles Flanagan", "Seán Sherlock"}),
    ("fr", ["La visite d’Antonio Guterres, Secrétaire général de l’ONU, a commencé lundi."], {"Antonio Guterres"}),
    # an apposition its speech verb closes with no comma ("… Aid underlined the importance …")
    ("en", ["Health, shelter and logistics are key components of the aid. Louis Michel, the European Commissioner for "
            "Development and Humanitarian Aid underlined the importance of providing aid swiftly through the "
            "Commission’s partner agencies working on the ground."], {"Louis Michel"}),
])
def test_round_57_actors(lang, paragraphs, present):
    names = set(actors(lang, paragraphs))
    assert present <= names, names


def test_round_57_topped_is_a_bound():
    found = extract(["Surgeries in Guatemala topped 115 during the mission."], "en").figures
    assert [(f.value, f.approx) for f in found] == [(115, True)]


@pytest.mark.parametrize("lang, paragraphs, expected", [
    # (round 58: the misses of held-out batch 57 that a rule reads)
    # words whose mark is never closed, then "C'est ce qu'a déclaré X"
    ("fr", ["« Pour guérir les plaies pour tout un chacun et pour toutes les communautés en Ituri, il est impératif que la "
            "confiance s'installe entre tous les acteurs. C'est ce qu'a déclaré la Représentante spéciale du Secrétaire "
            "général des Nations Unies en République démocratique du Congo, Bintou Keita, ce jeudi à Bunia."],
     [(1, "Bintou Keita")]),
    # a partial quotation after a pronoun that opens an act of address
    ("fr", ["Le Représentant spécial, Ahmedou Ould-Abdallah, a salué la décision.",
            "Il félicite également le peuple bissau-guinéen, « pour leur détermination à défendre leurs libertés et à "
            "travailler pour la paix »."], [(2, "Ahmedou Ould-Abdallah")]),
])
def test_round_58_speakers(lang, paragraphs, expected):
    assert speakers(lang, paragraphs) == expected


def test_round_58_a_headline_s_verb_ends_a_title():
    # ("Le Directeur général de la FAO rencontre le Premier ministre tchadien, M. X": X is the Prime Minister, so
    # "le Directeur général" is the one person the FAO's title fits)
    x = extract(["M. José Graziano da Silva, Directeur général de la FAO a effectué sa première visite au Tchad.",
                 "M. José Graziano da Silva a rencontré M. Albert Pahimi Padacké, Premier ministre tchadien.",
                 "«A ce jour, cette région n'a fait l'objet que de très peu d'attention par rapport à d'autres zones de "
                 "conflit», a indiqué le Directeur général."], "fr",
                "Le Directeur général de la FAO rencontre le Premier ministre tchadien, M. Albert Pahimi Padacké")
    assert [(q.paragraph, q.speaker) for q in x.quotes] == [(3, "José Graziano da Silva")]


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "The outbreak spread to 13 out of 18 regions, resulting in 618 fatalities.", [13, 18, 618]),
    ("en", "The figure includes some 30,000 refugees in December and another 18,000 in January.", [30000, 18000]),
])
def test_round_58_figures(lang, text, expected):
    assert [f.value for f in extract([text], lang).figures] == expected


@pytest.mark.parametrize("lang, paragraphs, expected", [
    # (round 59: the misses of held-out batch 58 that a rule reads)
    # an adjunct with no comma before it, between the verb and the name
    ("fr", ["« Nous avons eu notre premier cas de Covid-19 le 9 mars », raconte dans un entretien avec ONU Info, Dre Marie "
            "Marcos, spécialiste en santé maternelle et infantile."], [(1, "Marie Marcos")]),
    # a senator's honorifics after the title in apposition
    ("en", ["“Just as Fijian personnel supported Australian communities during our recent bushfires, Australia stands "
            "with Fiji,” said Minister for Foreign Affairs, Senator the Hon Marise Payne."], [(1, "Marise Payne")]),
    # a minister's portfolio is no name of its own
    ("en", ["“Just as Fijian personnel supported Australian communities during our recent bushfires, Australia stands "
            "with Fiji,” said the Minister for Foreign Affairs."], [(1, None)]),
    # a first name that is also a state's
    ("en", ["“These are difficult times for everyone, but especially for the poorest,” said Jordan Schwartz, World Bank "
            "Director for the Southern Cone."], [(1, "Jordan Schwartz")]),
])
def test_round_59_speakers(lang, paragraphs, expected):
    assert speakers(lang, paragraphs) == expected


@pytest.mark.parametrize("lang, paragraphs, present, absent", [
    ("en", ["The Minister for Defence, Senator the Hon Linda Reynolds CSC, said Australia would send a ship."],
     {"Linda Reynolds"}, {"Linda Reynolds CSC", "CSC"}),
    ("en", ["“Just as Fijian personnel supported Australian communities, Australia stands with Fiji,” said the Minister "
            "for Foreign Affairs."], set(), {"Foreign Affairs"}),
])
def test_round_59_actors(lang, paragraphs, present, absent):
    names = set(actors(lang, paragraphs))
    assert present <= names and not names & absent, names


@pytest.mark.parametrize("lang, paragraphs, expected", [
    # (the review of rounds 54 to 57: each of these went wrong once)
    # a witness the official reports on speaks for herself
    ("en", ["UNHCR chief Filippo Grandi visited Chad.",
            "High Commissioner Filippo Grandi, who visited the camps last week, said he had met people who fled the "
            "fighting in Darfur.", "“We left everything behind. My husband was killed in front of our children.”"],
     [(3, None)]),
    ("fr", ["Le chef du HCR, Filippo Grandi, s'est rendu au Tchad.",
            "Filippo Grandi a dit avoir rencontré des déplacés qui ont fui les combats au Darfour.",
            "« Nous avons tout laissé derrière nous. Mon mari a été tué devant nos enfants. »"], [(3, None)]),
    # "spoke to" the people whose words follow
    ("en", ["Health Minister Jane Doe visited the camp.",
            "Minister Jane Doe spoke to residents of the camp. “We have nothing left here, not even water.”"], [(2, None)]),
    # a dead man named in the description of his widow
    ("en", ["“He was a good man and a good president,” the widow of the late President, John Magufuli, said."],
     [(1, None)]),
    # "Nino" is a first name
    ("fr", ["« Les détenus sont en danger dans les prisons du pays », a déclaré Nino Lomjaria, défenseure publique de "
            "Géorgie."], [(1, "Nino Lomjaria")]),
    # "s'est exprimée" is still an act of speech
    ("fr", ["Le Mali ouvre la session.", "« Les fonds manquent pour les écoles », a dit le porte-parole Jean Dupont.",
            "La ministre Aminata Diallo s’est exprimée à l’ouverture de la session. « Le Mali ne reculera pas face au "
            "terrorisme. »"], [(2, "Jean Dupont"), (3, "Aminata Diallo")]),
])
def test_the_review_of_rounds_54_to_57_speakers(lang, paragraphs, expected):
    assert speakers(lang, paragraphs) == expected


@pytest.mark.parametrize("lang, paragraphs, present, absent", [
    ("fr", ["Le gouverneur d’El Fasher a déclaré que la ville était encerclée."], set(), {"El Fasher"}),
    ("fr", ["Le gouverneur d’Abou Dhabi a annoncé un don de 10 millions de dollars."], set(), {"Abou Dhabi"}),
    ("fr", ["Les combattants d’Al Shabaab ont déclaré avoir attaqué la base."], set(), {"Al Shabaab"}),
    ("en", ["DG Tedros Adhanom Ghebreyesus said the pandemic was not over."], set(), {"DG"}),
    ("en", ["CS Keriako Tobiko said the government would plant trees."], set(), {"CS"}),
    ("en", ["In Ouham Pendé, 15, Nana Mambéré, 12, and Ouaka, 9, schools were attacked, the report said."], set(),
     {"Ouham Pendé", "Nana Mambéré"}),
    ("en", ["Georgian Parliament Speaker Nino Burjanadze said the vote was legal."], set(),
     {"Parliament Speaker Nino Burjanadze"}),
    ("fr", ["Le voyage du chef du DFAE Ignazio Cassis en Afrique de l'Est s'est achevé."], {"DFAE"}, set()),
])
def test_the_review_of_rounds_54_to_57_actors(lang, paragraphs, present, absent):
    names = set(actors(lang, paragraphs))
    assert present <= names and not names & absent, names


def test_the_review_of_rounds_54_to_57_two_titles_are_not_one():
    found = {a.name: a for a in extract(["Ambassador Jones, Deputy Head of Mission, Sarah Lee and Defence Attaché, "
                                          "Colonel Tom Gray attended."], "en").actors}
    assert "Ambassador Jones" not in (found["Sarah Lee"].role or ""), found["Sarah Lee"].role


@pytest.mark.parametrize("lang, paragraphs, expected", [
    # (round 60: the misses of held-out batch 59 that a rule reads)
    # a lower-case role in apposition, its speech verb closing it with no comma
    ("en", ["“With these cards, refugees will be able to identify themselves as people legally permitted to reside,” Pia "
            "Prytz Phiri, country representative for the UN High Commissioner for Refugees (UNHCR) said, stressing that "
            "the cards are valid."], [(1, "Pia Prytz Phiri")]),
    # a signature line with no dash
    ("en", ["Canada is providing aid to Indonesia.",
            "“Canada is deeply saddened by the loss of life and devastation that was left behind by the earthquake.”",
            "Marie-Claude Bibeau, Minister of International Development"], [(2, "Marie-Claude Bibeau")]),
    # the next words of the same speaker, their closing mark forgotten, the next paragraph going on with none
    ("en", ["“Living in the Marshall Islands we know all too well about climate change,” said The Honorable Mattlan "
            "Zackhras, Minister in Assistance to the President of the Republic of the Marshall Islands. “This project is "
            "tailored to the specific challenges our country faces.",
            "The Marshall Islands are exposed to a variety of natural hazards."],
     [(1, "Mattlan Zackhras"), (1, "Mattlan Zackhras")]),
    # a Spanish name with "y"
    ("fr", ["« Nous sommes heureux de les voir rentrer chez eux en toute sécurité », a déclaré Daniel Silva y Poveda, "
            "chef de mission de l’OIM."], [(1, "Daniel Silva y Poveda")]),
])
def test_round_60_speakers(lang, paragraphs, expected):
    assert speakers(lang, paragraphs) == expected


@pytest.mark.parametrize("lang, paragraphs, expected", [
    # (round 61: the misses of held-out batch 60 that a rule reads)
    # an adjunct opened by "après" between the verb and the description
    ("fr", ["« Cette résolution contribuera à la paix en Colombie et renforcera la confiance », a affirmé, après le vote, la "
            "Ministre des affaires étrangères colombienne, Mme Maria Angela Holguín Cuellar."],
     [(1, "Maria Angela Holguín Cuellar")]),
    # a pronoun, its auxiliary and an adverb reporting the words of the sentence after
    ("fr", ["« Grâce à ces financements japonais, le projet contribuera à renforcer la gestion des frontières » a déclaré "
            "Alexander Zuev, représentant résident du PNUD.",
            "Il a également précisé que les femmes bénéficieront du commerce transfrontalier. « Les installations "
            "sanitaires des marchés transfrontaliers seront rénovées en tenant compte des besoins des femmes. »"],
     [(1, "Alexander Zuev"), (2, "Alexander Zuev")]),
    # a ranked name, then a body's name and a role in lower case, no comma before the verb
    ("en", ["Flying along on the mission, Admiral Timothy Keating, U.S. Pacific Command commander said \"We stand ready to "
            "help our humanitarian relief teams. We just want to help.\""], [(1, "Timothy Keating")]),
])
def test_round_61_speakers(lang, paragraphs, expected):
    assert speakers(lang, paragraphs) == expected


def test_round_61_swiss_thousands():
    found = extract(["Plus de 80’000 bâtiments ont été endommagés et quelque 17'000 personnes ont fui."], "fr").figures
    assert [(f.value, f.approx) for f in found] == [(80000, True), (17000, True)]


def test_a_hedge_before_another_count_is_kept_as_the_check_reads_it():
    # (batch 61: "About another 180 personnel" — the check read the hedge, the draft did not, and it warned)
    found = extract(["About 120 personnel are in Fiji. About another 180 personnel will arrive on HMNZS Canterbury."],
                    "en").figures
    assert [(f.value, f.approx) for f in found] == [(120, True), (180, True)]


def test_a_list_of_names_and_titles_under_a_quotation_signs_nothing():
    # (a signature line with no dash, round 60, is never a line of a list of participants)
    paragraphs = ["The ministers met in Suva.", "“We will rebuild the schools together and faster than before the storm.”",
                  "John Smith, Director of Operations", "Mary Brown, Head of Logistics"]
    assert speakers("en", paragraphs) == [(2, None)]


@pytest.mark.parametrize("lang, paragraphs, expected", [
    # (the review of rounds 58 to 61: each of these went wrong once)
    # a pronoun with its auxiliary inside a paragraph stands for someone or something else
    ("fr", ["« Grâce à ces financements, le projet contribuera à renforcer la gestion des frontières », a déclaré "
            "Alexander Zuev, représentant résident du PNUD.",
            "Le rapport annuel de la Banque mondiale a été publié mardi. Il a également souligné que les femmes sont les "
            "premières touchées. « Les femmes commerçantes perdent jusqu'à la moitié de leurs revenus chaque année. »"],
     [(1, "Alexander Zuev"), (2, None)]),
    # a "Name, Title" line with no dash under words continued from a quotation above, or in a list
    ("en", ["Minister Anna Berg visited the camp in Kakuma on Tuesday.", "“We have nothing left,” said one mother.",
            "“The rains did not come this year and our goats died.”", "Anna Berg, Minister of Development"],
     [(3, None)]),
    ("en", ["The following speakers took part in the forum.", "“Building resilience is everyone's business and ours too.”",
            "Maria Lopez, Director of Programmes", "Ahmed Khan, Head of Operations"], [(2, None)]),
])
def test_the_review_of_rounds_58_to_61_speakers(lang, paragraphs, expected):
    assert speakers(lang, paragraphs) == expected
