"""Layout: long signatures, calls and displays come out as black would write them."""

from __future__ import annotations

import keyword

import black
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.layout import Brackets, call, declaration, display, import_from, signature, width


def black_at(depth: int, statement: str, argument: bool = False) -> str:
    """Black's result for `statement` nested `depth` levels deep (as an argument of a call that
    takes one line per argument, if `argument`), without what surrounds it."""
    lines = [f"{'    ' * level}def f{level}():" for level in range(depth)]
    if argument:
        lines[-1:] = [lines[-1], "    " * depth + "return call("]
    lines.append("    " * (depth + 1 if argument else depth) + statement)
    if statement.endswith(":"):
        lines.append("    " * (depth + 1) + "pass")
    if argument:
        lines.append("    " * depth + ")")
    mode = black.Mode(target_versions={black.TargetVersion.PY310}, line_length=100)
    formatted = black.format_str("\n".join(lines) + "\n", mode=mode).splitlines()[depth + argument :]
    if statement.endswith(":") or argument:
        formatted = formatted[:-1]
    return "\n".join(formatted)[4 * (depth + argument) :]


OPTIONS = "options: RequestOptions | None = None"
LONG = "WebhooksPullRequest5BaseRepoPullRequestCreationPolicy"
CASES = [
    ("short def", 1, signature(1, "def get", ["self", "owner: str", "*", OPTIONS], "None")),
    ("hugged def", 1, signature(1, "def get", ["self", "*", OPTIONS], "ApiResponse[models.VeryLongNameOfAModel]")),
    ("exploded def", 1, signature(1, "def get", ["self", "aaaa: int", "b" * 30 + ": str", "*", OPTIONS], "X")),
    ("single parameter def", 1, signature(1, "def get", ["self"], "ApiResponse[models." + "X" * 60 + "]")),
    ("long parameter", 1, signature(1, "def f", ["self", "*", "state: models." + "S" * 80 + " | None = None", OPTIONS], "X")),
    ("longer parameter", 1, signature(1, "def f", ["self", "*", "state: models." + "S" * 90 + " | None = None", OPTIONS], "X")),
    ("long union parameter", 1, signature(1, "def f", ["self", "*", f"body: models.{'A' * 45} | models.{'B' * 45}", OPTIONS], "X")),
    ("callable parameter", 1, signature(1, "def f", ["self", "*", f"cb: Callable[[models.{'C' * 60}], None] | None = None"], "X")),
    ("long return", 1, signature(1, "def " + "m" * 60, ["self", "o: str", "*", OPTIONS], f"SyncPager[models.{'R' * 85}]")),
    ("long union return", 0, signature(0, "def f", ["org: str"], f"Endpoint[models.{'A' * 45} | models.{'B' * 45}]")),
    ("union return", 1, signature(1, "def f", ["self", "org: str", "*", OPTIONS], f"models.{'A' * 45} | models.{'B' * 45}")),
    ("no parameters", 0, signature(0, "def " + "p" * 70, [], "Endpoint[list[models.Package]]")),
    ("short field", 1, declaration(1, "name", "str | None", "None")),
    ("field value in parentheses", 1, declaration(1, "pull_request_creation_policy", f"{LONG} | None", "None")),
    ("field annotation in parentheses", 1, declaration(1, "pull_request_creation_policy_x" + "x" * 20, f"{LONG} | None", "None")),
    ("field call split", 1, declaration(1, "prcp", f"{LONG} | None", Brackets("Field", ("default=None", 'alias="x-y"')))),
    ("field call in parentheses", 1, declaration(1, "pull_request_creation_policy", f"{LONG} | None", Brackets("Field", ("default=None", 'alias="x"')))),
    ("field union", 1, declaration(1, "pull_request_creation_policy", f"{LONG} | {LONG}")),
    ("field union with value", 1, declaration(1, "pr", f"{LONG} | {LONG} | None", "None")),
    ("field subscript", 1, declaration(1, "pull_request_creation_policy", f"dict[str, {LONG}] | None", "None")),
    ("field too long to split", 1, declaration(1, "pull_request_creation_policy", LONG * 2)),
    ("field name too long", 1, declaration(1, "privacy", LONG + "Parent" * 5)),
    ("field list of union", 1, declaration(1, "requested_reviewers", f"list[{LONG} | {LONG} | None]")),
    ("type alias", 0, declaration(0, "CopilotSpaceCollaborator", "TypeAlias", f"{LONG}Variant0 | {LONG}Variant1")),
    ("long type alias", 0, declaration(0, "OrgRulesetConditions", "TypeAlias", " | ".join([LONG] * 3))),
    ("nested union", 1, declaration(1, "tools", f"list[{' | '.join([LONG] * 3)}] | None", "None")),
    ("deeper union", 1, declaration(1, "tools", f"list[list[{LONG} | {LONG}] | None] | None", "None")),
    ("import", 0, import_from(".pets", ["Pet", "PetKind"])),
    ("long import", 0, import_from("." + "m" * 60, [LONG])),
    ("long imports", 1, import_from("." + "m" * 60, [LONG, LONG + "2"], 1)),
    ("async def", 1, signature(1, "async def get", ["self", "owner: str", "repo: str", "*", OPTIONS], "models.FullRepository")),
    ("module def", 0, signature(0, "def get", ["owner: str", "repo: str", "*", *["per_page: int | None = None"] * 3], "Endpoint[None]")),
    ("short call", 2, call(2, "return self._send", ["_endpoints.get(owner, repo)", "options"])),
    (
        "hugged call",
        2,
        call(2, "return self._client._send_raw", [Brackets("_endpoints.repos_get", ("owner", "repo", "per_page=per_page", "page=page")), "options"]),
    ),
    (
        "nested hug",
        2,
        call(2, "return self._client._send_raw", [Brackets("_endpoints.repos_get", ("owner", "repo", "per_page=per_page", "page=page", "direction=direction", "sort=sort")), "options"]),
    ),
    (
        "nested explode",
        2,
        call(2, "return self._client._send_raw", [Brackets("_endpoints.repos_get", tuple(f"argument_{i}=argument_{i}" for i in range(9))), "options"]),
    ),
    ("display exploded", 2, display(2, "query=", "{", [f'"key_{i}": key_{i}' for i in range(8)], ",")),
    ("display of one", 2, display(2, "path_params=", "{", ['"' + "k" * 90 + '": k'], ",")),
    ("short display", 2, display(2, "path_params=", "{", ['"owner": owner', '"repo": repo'], ",")),
    ("class bases", 0, call(0, "class " + "Long" * 24, ["OpenEnum"], ":")),
    ("wide characters", 2, display(2, "query=", "{", ['"名前": name', '"値": value', '"' + "x" * 30 + '": x'], ",")),
]


@pytest.mark.parametrize(("depth", "laid_out"), [(d, text) for _, d, text in CASES], ids=[n for n, _, _ in CASES])
def test_layout_is_what_black_writes(depth: int, laid_out: str) -> None:
    argument = laid_out.endswith(",")  # a keyword argument, on its own line in a call
    assert laid_out == black_at(depth - argument, laid_out, argument)


def test_long_lines_are_split_and_short_ones_are_not() -> None:
    assert signature(0, "def f", ["a: int"], "None") == "def f(a: int) -> None:"
    exploded = signature(1, "def get", ["self", "a" * 40 + ": int", "b" * 40 + ": int"], "None")
    assert exploded.splitlines() == ["def get(", "        self,", f"        {'a' * 40}: int,", f"        {'b' * 40}: int,", "    ) -> None:"]
    assert width("名前") == 4


NAMES = st.text(alphabet="abcdefghijklmnopqrstuvwxyz_", min_size=1, max_size=40).map(lambda s: "n" + s).filter(lambda s: not keyword.iskeyword(s))


@st.composite
def calls(draw: st.DrawFn, level: int = 0) -> Brackets:
    items: list[str | Brackets] = []
    for _ in range(draw(st.integers(1, 8))):
        if level < 2 and draw(st.booleans()):
            items.append(draw(calls(level + 1)))
        else:
            items.append(f"{draw(NAMES)}={draw(NAMES)}" if draw(st.booleans()) else draw(NAMES))
    return Brackets(draw(NAMES), tuple(items))


@settings(max_examples=150, deadline=None)
@given(depth=st.integers(0, 3), returned=calls())
def test_random_nested_calls_are_laid_out_as_black_does(depth: int, returned: Brackets) -> None:
    laid_out = call(depth, "return " + returned.head, returned.items)
    assert laid_out == black_at(depth, laid_out)


@settings(max_examples=150, deadline=None)
@given(depth=st.integers(0, 3), parameters=st.lists(NAMES.map(lambda n: f"{n}: int | None = None"), min_size=1, max_size=9))
def test_random_signatures_are_laid_out_as_black_does(depth: int, parameters: list[str]) -> None:
    laid_out = signature(depth, "def method", ["self", "*", *parameters], "models.Result")
    assert laid_out == black_at(depth, laid_out)
