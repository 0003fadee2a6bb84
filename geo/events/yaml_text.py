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

from typing import ClassVar

import yaml

from bordermap.geo.events.records import TextMapping

#: Deepest nesting accepted: the list of events (1), an event (2), its ``sources``
#: list (3), one source (4), a value (5); one level to spare for a clear message
#: from the checks that follow instead of this one.
MAX_DEPTH = 6

_TOO_DEEP = (
    f"nested deeper than {MAX_DEPTH} levels: an event file is a list of events whose "
    "fields are text, lists of text or a sources list"
)

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


class _GuardedComposer:
    """The composing hook both loaders share: refuse before expanding or recursing."""

    _depth = 0

    def compose_node(self, parent, index):  # PyYAML's hook for every node
        event = self.peek_event()  # type: ignore[attr-defined]
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise YamlRefused(
                f"YAML anchors and aliases are not accepted (found {event.anchor!r}): "
                "write each value out",
                event.start_mark,
            )
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                raise YamlRefused(_TOO_DEEP, event.start_mark)
            return super().compose_node(parent, index)  # type: ignore[misc]
        finally:
            self._depth -= 1


class TextLoader(_GuardedComposer, yaml.SafeLoader):
    """A SafeLoader whose resolvers give every scalar the ``str`` tag.

    Composing refuses anchors, aliases and nesting deeper than :data:`MAX_DEPTH`
    before anything is expanded or recursed into.
    """

    # No implicit resolvers: a plain scalar resolves to the default tag, str.
    yaml_implicit_resolvers: ClassVar[dict] = {}


if yaml.__with_libyaml__:
    from yaml._yaml import CParser

    class _LibyamlTextLoader(
        _GuardedComposer, yaml.composer.Composer, CParser, yaml.resolver.BaseResolver
    ):
        """:class:`TextLoader` with libyaml's scanner and parser: five times faster.

        libyaml only parses; composing, and so every refusal, stays the Python code
        above, and resolving stays :class:`TextLoader`'s (every scalar is text).
        """

        yaml_implicit_resolvers: ClassVar[dict] = {}

        def __init__(self, stream: str) -> None:
            CParser.__init__(self, stream)
            yaml.composer.Composer.__init__(self)
            yaml.resolver.BaseResolver.__init__(self)

    _LOADER: type = _LibyamlTextLoader
else:  # pragma: no cover - PyYAML built without libyaml
    _LOADER = TextLoader


def compose_text(text: str) -> yaml.Node | None:
    """Compose ``text`` into a node tree with :class:`TextLoader` (libyaml's parser
    when PyYAML has it, the same composing and resolving either way).

    Raises
    ------
    yaml.YAMLError
        On a syntax error; :class:`YamlRefused` on anchors, aliases or deep nesting.
    """
    loader = _LOADER(text)
    try:
        return loader.get_single_node()
    except yaml.MarkedYAMLError as err:
        # libyaml stops very deep nesting itself, before the composer sees it.
        if "nesting depth" in str(err.problem):
            raise YamlRefused(_TOO_DEEP, err.problem_mark) from None
        raise
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
        if not node.style and node.value in _NULLS:  # plain: None in PyYAML, "" in libyaml
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
