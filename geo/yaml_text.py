"""YAML read as the text written: ``load_text_yaml``.

PyYAML's safe loader still types plain scalars: ``id: 017`` becomes 15, ``title:
12:30`` becomes 750, ``country: NO`` becomes ``False``, ``0x1F`` 31 and an unquoted
``date: 2026-02-30`` a crash.  Event files are text written by people, so here every
scalar is the text as written, and what YAML could do beyond plain data is refused:
anchors and aliases (a few hundred bytes of nested aliases expand to gigabytes, the
"billion laughs"), explicit tags, and nesting deeper than an event file needs.

The result keeps the line of every mapping key, so messages can name it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar

import yaml

#: Deepest nesting accepted: the list of events (1), an event (2), its ``sources``
#: list (3), one source (4), a value (5); one level to spare for a clear message
#: from the checks that follow instead of this one.
MAX_DEPTH = 6

#: Tags a node may carry: the ones YAML gives plain text, lists and mappings.
_PLAIN_TAGS = frozenset(
    {"tag:yaml.org,2002:str", "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map"}
)
#: Plain scalars that mean "no value", as in JSON's null; read as empty text.
_NULLS = frozenset({"", "~", "null", "Null", "NULL"})


class YamlRefused(yaml.YAMLError):
    """Something the event reader does not accept, at a line of the file."""

    def __init__(self, message: str, mark: yaml.Mark | None, field: str = "-") -> None:
        super().__init__(message)
        self.message = message
        self.field = field
        self.line = None if mark is None else mark.line + 1


class TextLoader(yaml.SafeLoader):
    """A SafeLoader whose resolvers give every scalar the ``str`` tag.

    Composing refuses anchors, aliases and nesting deeper than :data:`MAX_DEPTH`
    before anything is expanded or recursed into.
    """

    # No implicit resolvers: a plain scalar resolves to the default tag, str.
    yaml_implicit_resolvers: ClassVar[dict] = {}

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent, index):  # PyYAML's hook for every node
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise YamlRefused(
                f"YAML anchors and aliases are not accepted (found {event.anchor!r}): "
                "write each value out",
                event.start_mark,
            )
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                raise YamlRefused(
                    f"nested deeper than {MAX_DEPTH} levels: an event file is a list of "
                    "events whose fields are text, lists of text or a sources list",
                    event.start_mark,
                )
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


@dataclass
class TextMapping:
    """A YAML mapping as text: values by key and the line of every key."""

    values: dict[str, object]
    lines: dict[str, int] = field(default_factory=dict)
    line: int = 0


def compose_text(text: str) -> yaml.Node | None:
    """Compose ``text`` into a node tree with :class:`TextLoader`.

    Raises
    ------
    yaml.YAMLError
        On a syntax error; :class:`YamlRefused` on anchors, aliases or deep nesting.
    """
    loader = TextLoader(text)
    try:
        return loader.get_single_node()
    finally:
        loader.dispose()


def node_text(node: yaml.Node) -> object:
    """Turn a composed node into text, lists and :class:`TextMapping`.

    Raises
    ------
    YamlRefused
        On an explicit tag other than str/seq/map, a key that is not text, or a key
        given twice in one mapping.
    """
    if node.tag not in _PLAIN_TAGS:
        raise YamlRefused(
            f"YAML tags such as {node.tag!r} are not accepted: write the value as text",
            node.start_mark,
        )
    if isinstance(node, yaml.ScalarNode):
        if node.style is None and node.value in _NULLS:
            return ""
        return node.value
    if isinstance(node, yaml.SequenceNode):
        return [node_text(item) for item in node.value]
    mapping = TextMapping({}, {}, node.start_mark.line + 1)
    for key_node, value_node in node.value:
        if not isinstance(key_node, yaml.ScalarNode):
            raise YamlRefused("a key must be plain text", key_node.start_mark)
        key = str(node_text(key_node))
        line = key_node.start_mark.line + 1
        if key in mapping.values:
            raise YamlRefused(
                f"key given twice in one mapping, first at line {mapping.lines[key]}",
                key_node.start_mark,
                key,
            )
        mapping.values[key] = node_text(value_node)
        mapping.lines[key] = line
    return mapping
