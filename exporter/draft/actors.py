"""The actors table a draft proposes: from every person, state, body and group :class:`People`
holds, the ones that act, speak or are a party, in the order the article names them, each with the
affiliation its title gives."""

from __future__ import annotations

import re

from exporter.draft.found import FoundActor, FoundQuote
from exporter.draft.people import People


def affiliations(actors: list[FoundActor], people: People, paragraphs: list[str]) -> None:
    """A person's affiliation: the body or state their title or apposition names first ("Chargé
    d'Affaires of the U.S. Mission …", "Ambassadeur des États-Unis au Niger"); an organisation's:
    the body it belongs to ("the State Department’s Bureau of …").  Only actors of the draft."""
    bodies = [a for a in actors if a.kind != "person"]
    mentions = people.mentions_by_name()

    def first_named(text: str, exclude: str) -> str | None:
        hits = []
        for body in bodies:
            if body.name == exclude:
                continue
            for name in {body.name} | body.aliases:
                m = re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)
                if m:
                    hits.append((m.start(), -len(name), body.name))
        return min(hits)[2] if hits else None

    for actor in actors:
        if actor.kind == "person" and actor.described:
            actor.affiliation = first_named(" ".join(actor.described), actor.name)
        elif actor.kind == "organization":
            for p, o, _ in mentions.get(actor.name, ())[:20]:
                owner = re.search(r"(\S[^,;:()]{0,80}?)['’]s\s+$", paragraphs[p - 1][max(0, o - 90):o])
                found = owner and first_named(owner.group(1), actor.name)
                if found:
                    actor.affiliation = found
                    break


def select_actors(people: People, quotes: list[FoundQuote]) -> list[FoundActor]:
    """Actors worth a row: every person found with a cue; every organisation or group named by its
    name or acronym; every state the article names as a party (not only as a place)."""
    chosen = []
    for actor in people.actors.values():
        if actor.paragraph == 0:
            continue                          # named only in the headline, and not a speaker
        if actor.kind in ("person", "organization", "group") or actor.party:
            chosen.append(actor)
    order = {name: i for i, name in enumerate(people.actors)}
    return _once_each(sorted(chosen, key=lambda a: (a.paragraph, order[a.name])))


def _once_each(actors: list[FoundActor]) -> list[FoundActor]:
    """One row for a body or a state the rules read twice, under its name and under its acronym or
    another of its names ("United Nations", then "UN member states"): the first, holding the other's
    names and mentions.  Persons are left as they are (two persons may share a surname)."""
    kept: list[FoundActor] = []
    for actor in actors:
        names = {actor.name.casefold()} | {a.casefold() for a in actor.aliases}
        same = next((k for k in kept if k.kind == actor.kind and k.kind != "person"
                     and names & ({k.name.casefold()} | {a.casefold() for a in k.aliases})), None)
        if same is None:
            kept.append(actor)
            continue
        same.aliases |= {actor.name} | actor.aliases
        same.aliases.discard(same.name)
        same.mentions += actor.mentions
        same.acts, same.party = same.acts or actor.acts, same.party or actor.party
    return kept
