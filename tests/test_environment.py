"""``environment.yml`` (conda) installs what ``pyproject.toml`` declares, and nothing else.

Compared: the ``[project] dependencies`` and the ``dev`` extra, with the extras it names
(``geo-disputed[scale,browser]``) expanded. Names are normalised as PyPI does (``Python_Bidi``
is ``python-bidi``) and extras and environment markers are dropped; a package whose
conda-forge name differs from its PyPI one is mapped by ``CONDA_FORGE_NAMES``. An entry of
environment.yml's ``pip:`` section counts under its PyPI name. Version bounds must agree too.
"""

from __future__ import annotations

import re
from pathlib import Path

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10: pytest's own dependency there
    import tomli as tomllib

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = ROOT / "pyproject.toml"
ENVIRONMENT = ROOT / "environment.yml"

#: PyPI name -> conda-forge name, where they differ.
CONDA_FORGE_NAMES = {
    "arabic-reshaper": "arabic_reshaper",
    "matplotlib": "matplotlib-base",  # the library without the Qt GUI backend
    "playwright": "playwright-python",
}
#: In environment.yml but not a dependency of the package.
CONDA_ONLY = {"python", "pip"}
#: The extras environment.yml installs (besides the core dependencies).
EXTRAS = ("dev",)


# -- reading the two files -----------------------------------------------------------------


def pyproject_requirements(pyproject: dict, extras=EXTRAS) -> dict[str, str]:
    """Canonical PyPI name -> version specifier, for the dependencies and ``extras``, with
    the package's own extras (``geo-disputed[scale]``) expanded."""
    project = pyproject["project"]
    own_name = canonicalize_name(project["name"])
    optional = project.get("optional-dependencies", {})
    found: dict[str, str] = {}
    seen: set[str] = set()

    def add(lines: list[str]) -> None:
        for line in lines:
            requirement = Requirement(line)
            name = canonicalize_name(requirement.name)
            if name == own_name:
                for extra in sorted(requirement.extras - seen):
                    seen.add(extra)
                    add(optional[extra])
                continue
            found[name] = str(requirement.specifier)

    add(project.get("dependencies", []))
    for extra in extras:
        seen.add(extra)
        add(optional[extra])
    return found


def _strip_comment(line: str) -> str:
    return re.sub(r"(^|\s)#.*$", "", line).rstrip()


def parse_simple_yaml(text: str) -> dict:
    """The subset of YAML an environment file uses: top-level ``key: value`` and ``key:``
    followed by ``- item`` lines, one of which may be ``- pip:`` with its own ``- item``
    lines below it. (PyYAML, when installed, is used instead; the two are checked to
    agree.)"""
    data: dict = {}
    key = None
    nested: list | None = None
    item_indent = None
    for raw in text.splitlines():
        line = _strip_comment(raw)
        if not line.strip():
            continue
        indent = len(line) - len(line.lstrip())
        body = line.strip()
        if indent == 0:
            name, _, value = body.partition(":")
            key, nested, item_indent = name.strip(), None, None
            data[key] = value.strip() if value.strip() else []
            continue
        if not body.startswith("- ") or key is None or not isinstance(data[key], list):
            raise ValueError(f"unsupported YAML line: {raw!r}")
        item = body[2:].strip()
        if item_indent is None:
            item_indent = indent
        if indent == item_indent:
            if item.endswith(":"):
                nested = []
                data[key].append({item[:-1].strip(): nested})
            else:
                nested = None
                data[key].append(item)
        elif indent > item_indent and nested is not None:
            nested.append(item)
        else:
            raise ValueError(f"unexpected indentation: {raw!r}")
    return data


def load_environment(text: str) -> dict:
    try:
        import yaml
    except ImportError:
        return parse_simple_yaml(text)
    return yaml.safe_load(text)


def conda_spec(spec: str) -> tuple[str, str]:
    """``("name", "version spec")`` of a conda match spec such as ``pandas>=2.1``."""
    match = re.fullmatch(r"\s*([A-Za-z0-9_.\-]+)\s*(.*?)\s*", spec)
    if not match:
        raise ValueError(f"cannot read conda spec {spec!r}")
    return match[1].lower(), match[2].replace(" ", "")


def environment_requirements(environment: dict) -> tuple[dict[str, str], dict[str, str]]:
    """``(conda, pip)``: conda name -> spec, and canonical PyPI name -> spec of the
    ``pip:`` section (its options and local paths, such as ``-e .``, left out)."""
    conda: dict[str, str] = {}
    pip: dict[str, str] = {}
    for entry in environment["dependencies"]:
        if isinstance(entry, dict):
            for line in entry.get("pip", []):
                if line.startswith(("-", ".", "/")):
                    continue
                requirement = Requirement(line)
                pip[canonicalize_name(requirement.name)] = str(requirement.specifier)
        else:
            name, spec = conda_spec(str(entry))
            conda[name] = spec
    return conda, pip


def _same_spec(a: str, b: str) -> bool:
    return sorted(a.replace(" ", "").split(",")) == sorted(b.replace(" ", "").split(","))


def mismatches(pyproject: dict, environment: dict) -> list[str]:
    """Every way environment.yml and pyproject.toml disagree, one line each."""
    wanted = pyproject_requirements(pyproject)
    conda, pip = environment_requirements(environment)
    problems = []
    for name, spec in sorted(wanted.items()):
        conda_name = CONDA_FORGE_NAMES.get(name, name)
        if conda_name in conda:
            got = conda[conda_name]
        elif name in pip:
            got = pip[name]
        else:
            problems.append(f"missing: {name}{spec} (conda-forge: {conda_name})")
            continue
        if not _same_spec(got, spec):
            problems.append(f"version differs: {name} is {spec!r} in pyproject, {got!r} here")
    pypi_of = {CONDA_FORGE_NAMES.get(name, name): name for name in wanted}
    for conda_name in sorted(set(conda) - CONDA_ONLY):
        if conda_name not in pypi_of:
            problems.append(f"not in pyproject: conda package {conda_name}")
    for name in sorted(set(pip) - set(wanted)):
        problems.append(f"not in pyproject: pip package {name}")
    for name in sorted(set(pip) & set(wanted)):
        if CONDA_FORGE_NAMES.get(name, name) in conda:
            problems.append(f"listed twice: {name} (conda and pip)")
    return problems


@pytest.fixture(scope="module")
def pyproject() -> dict:
    with PYPROJECT.open("rb") as fh:
        return tomllib.load(fh)


@pytest.fixture(scope="module")
def environment() -> dict:
    return load_environment(ENVIRONMENT.read_text(encoding="utf-8"))


# -- the real files ------------------------------------------------------------------------


def test_environment_matches_pyproject(pyproject, environment) -> None:
    problems = mismatches(pyproject, environment)
    assert not problems, "environment.yml against pyproject.toml:\n" + "\n".join(problems)


def test_environment_is_conda_forge_and_installs_the_project(environment) -> None:
    assert environment["channels"] == ["conda-forge"]
    conda, _ = environment_requirements(environment)
    assert {"python", "pip"} <= set(conda)
    assert _same_spec(conda["python"], ">=3.10")
    pip_sections = [e["pip"] for e in environment["dependencies"] if isinstance(e, dict)]
    assert any("-e ." in section for section in pip_sections)


def test_requirements_read_from_pyproject(pyproject) -> None:
    wanted = pyproject_requirements(pyproject)
    # core, dev, and the extras dev names through geo-disputed[scale,browser]
    assert {"geopandas", "python-bidi", "arabic-reshaper", "pytest", "distributed"} <= set(wanted)
    assert "playwright" in wanted
    assert "geo-disputed" not in wanted
    assert len(wanted) >= 25


def test_hand_parser_reads_the_file_as_yaml_does() -> None:
    yaml = pytest.importorskip("yaml")
    text = ENVIRONMENT.read_text(encoding="utf-8")
    assert parse_simple_yaml(text) == yaml.safe_load(text)


# -- the comparison itself, on made-up files -----------------------------------------------

FAKE_PYPROJECT = {
    "project": {
        "name": "geo-disputed",
        "dependencies": [
            "Python_Bidi>=0.4",
            "arabic-reshaper>=3.0",
            "numpy>=1.26; python_version>'3'",
        ],
        "optional-dependencies": {
            "dev": ["pytest>=8", "geo-disputed[browser]"],
            "browser": ["playwright[extra]>=1.40"],
        },
    }
}
FAKE_ENVIRONMENT = """\
name: x
channels:
  - conda-forge
dependencies:
  - python>=3.10
  - python-bidi>=0.4
  - arabic_reshaper>=3.0  # conda-forge spells it so
  - numpy>=1.26
  - pip
  - pip:
      - -e .
      - pytest>=8
      - playwright>=1.40
"""


def test_comparison_accepts_a_matching_pair() -> None:
    assert mismatches(FAKE_PYPROJECT, parse_simple_yaml(FAKE_ENVIRONMENT)) == []


def test_comparison_detects_a_missing_name() -> None:
    environment = parse_simple_yaml(FAKE_ENVIRONMENT.replace("  - python-bidi>=0.4\n", ""))
    assert mismatches(FAKE_PYPROJECT, environment) == [
        "missing: python-bidi>=0.4 (conda-forge: python-bidi)"
    ]
    # a name from an expanded extra, only in the pip section
    environment = parse_simple_yaml(FAKE_ENVIRONMENT.replace("      - playwright>=1.40\n", ""))
    assert mismatches(FAKE_PYPROJECT, environment) == [
        "missing: playwright>=1.40 (conda-forge: playwright-python)"
    ]


def test_comparison_detects_extra_twice_listed_and_drifted_names() -> None:
    text = (
        FAKE_ENVIRONMENT.replace("numpy>=1.26", "numpy>=1.20")
        .replace("  - pip\n", "  - scipy\n  - pip\n")
        .replace("      - -e .\n", "      - -e .\n      - requests\n      - python-bidi\n")
    )
    assert mismatches(FAKE_PYPROJECT, parse_simple_yaml(text)) == [
        "version differs: numpy is '>=1.26' in pyproject, '>=1.20' here",
        "not in pyproject: conda package scipy",
        "not in pyproject: pip package requests",
        "listed twice: python-bidi (conda and pip)",
    ]
