"""JSON that is safe to place inside an HTML ``<script>`` element.

Data reaches the page's JavaScript only as JSON literals written by this module,
never by pasting strings into code.  ``<``, ``>``, ``&`` and ``'`` are written as
``\\u`` escapes so no value can close the script tag or open a comment, and line and
paragraph separators are escaped because older JavaScript engines reject them in
string literals.
"""

from __future__ import annotations

import json

_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "'": "\\u0027",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}
_TABLE = str.maketrans(_ESCAPES)


def to_script_json(value: object) -> str:
    """Serialise ``value`` as compact, key-sorted JSON safe inside ``<script>``.

    Parameters
    ----------
    value : object
        Anything :func:`json.dumps` accepts; NaN and infinities are refused.

    Returns
    -------
    str
        The same text for the same value, every time (keys sorted, no spaces).
    """
    text = json.dumps(value, sort_keys=True, separators=(",", ":"), allow_nan=False)
    return text.translate(_TABLE)
