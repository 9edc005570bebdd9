"""A strict YAML reader that remembers line numbers and refuses duplicate keys."""

from __future__ import annotations

import re
from typing import Any

import yaml
from yaml.composer import ComposerError
from yaml.constructor import ConstructorError
from yaml.nodes import MappingNode, Node, ScalarNode

from quizapp.core import limits
from quizapp.core.formats.linedict import LineDict

__all__ = ["DuplicateKeyError", "LineDict", "load_yaml"]


class DuplicateKeyError(ConstructorError):
    """A mapping names the same key twice."""


class _Loader(yaml.SafeLoader):
    """SafeLoader with YAML 1.2 booleans, no implicit dates, and line-aware mappings.

    Within :mod:`quizapp.core.limits`: no aliases (``*name``: the way to a "billion laughs"
    bomb, and never needed by a question file), nesting at most ``MAX_DEPTH`` deep, numbers at
    most ``MAX_NUMBER_CHARS`` long and finite.
    """

    _depth = 0

    def compose_node(self, parent: Node | None, index: int) -> Node | None:
        """Compose one node, refusing aliases and nesting deeper than the limit."""
        if self.check_event(yaml.AliasEvent):
            raise ComposerError(
                None,
                None,
                "aliases (*name) are not allowed in question files; write the value out",
                self.peek_event().start_mark,
            )
        self._depth += 1
        try:
            if self._depth > limits.MAX_DEPTH:
                raise ComposerError(
                    None,
                    None,
                    f"nested more than {limits.MAX_DEPTH} levels deep",
                    self.peek_event().start_mark,
                )
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def _construct_number(loader: _Loader, node: ScalarNode) -> int | float:
    """Construct an int or a float within the limits on numbers."""
    line = node.start_mark.line + 1
    try:
        limits.check_number_text(str(node.value), line)
        if node.tag.endswith(":int"):
            return yaml.SafeLoader.construct_yaml_int(loader, node)
        value = yaml.SafeLoader.construct_yaml_float(loader, node)
        return limits.check_finite(value, line)
    except limits.LimitError as error:
        raise ConstructorError(None, None, error.message, node.start_mark) from None


_Loader.add_constructor("tag:yaml.org,2002:int", _construct_number)
_Loader.add_constructor("tag:yaml.org,2002:float", _construct_number)


# YAML 1.1 reads `no`, `on` and dates as booleans and dates: an option "No" or "2007-11-20"
# must stay text, so only true/false, null, ints and floats are resolved implicitly.
_YAML11_ONLY = ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")
_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag not in _YAML11_ONLY]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def _construct_mapping(loader: _Loader, node: MappingNode, deep: bool = False) -> LineDict:
    loader.flatten_mapping(node)
    mapping = LineDict()
    mapping.line = node.start_mark.line + 1
    mapping.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        try:
            hash(key)
        except TypeError:  # a list, mapping or set written as a key
            raise ConstructorError(
                None, None, "a key must be a word, not a list or mapping", key_node.start_mark
            ) from None
        if key in mapping:
            raise DuplicateKeyError(
                None,
                None,
                f"duplicate key '{key}' (first on line {mapping.key_lines[key]})",
                key_node.start_mark,
            )
        mapping[key] = loader.construct_object(value_node, deep=deep)
        mapping.key_lines[key] = key_node.start_mark.line + 1
    return mapping


_Loader.add_constructor("tag:yaml.org,2002:map", _construct_mapping)


def load_yaml(text: str) -> Any:
    """Parse YAML text into plain values, mappings as :class:`LineDict`.

    Raises:
        yaml.YAMLError: the text is not valid YAML or repeats a key; the error has a mark.
    """
    return yaml.load(text, Loader=_Loader)  # noqa: S506 -- _Loader derives from SafeLoader
