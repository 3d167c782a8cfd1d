"""The dependency ranges pyproject.toml declares are the ones CI tests: each floor is pinned in
.ci/floors.txt, where .ci/run installs the project a second time and runs the whole suite."""

from __future__ import annotations

import re
import tomllib

from tests.conftest import ROOT


def _name(requirement: str) -> str:
    return re.split(r"[\[<>=!~; ]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def _declared() -> dict[str, str]:
    """Each runtime dependency (and the draft extra's) → its declared floor."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    floors = {}
    for requirement in project["dependencies"] + project["optional-dependencies"]["draft"]:
        floor = re.search(r">=\s*([0-9][0-9A-Za-z.]*)", requirement)
        assert floor, f"{requirement}: no floor declared"
        floors[_name(requirement)] = floor.group(1)
    return floors


def _pinned() -> dict[str, str]:
    pins = {}
    for line in (ROOT / ".ci" / "floors.txt").read_text("utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, version = line.split("==")
            pins[_name(name)] = version.strip()
    return pins


def test_every_declared_floor_is_the_version_ci_pins():
    declared, pinned = _declared(), _pinned()
    assert {name: pinned.get(name) for name in declared} == declared


def test_ci_pins_only_declared_dependencies_and_what_they_bring():
    transitive = {"click"}  # typer's floor for it: brief imports typer only
    assert set(_pinned()) - set(_declared()) == transitive


def test_ci_runs_the_suite_at_the_floors_and_without_the_fast_paths():
    run = (ROOT / ".ci" / "run").read_text("utf-8")
    assert "-c .ci/floors.txt" in run and "BRIEF_COMPAT=public" in run
