"""A date-range slider that hides events outside the chosen days.

An event is shown while its possible dates (``start``..``end``) overlap the chosen
range.  Undated events stay visible whatever the range, and the control says how
many there are, so nothing disappears for lack of a date.

The page side: every entry of ``window.bordermap.events`` (``start``, ``end`` and
optionally ``layer`` in ``parent``) is counted, and its layer taken out of or put
back into its parent.  Drawings that stand for several events or are not events
(an extent shared by events, the heat layer) register a function in
``window.bordermap.rangeListeners`` instead; it is called after every change and
asks ``window.bordermap.inRange(start, end)`` which of its events are in range.
"""

from __future__ import annotations

import datetime as dt

import geopandas as gpd
from branca.element import MacroElement
from folium.template import Template

from bordermap.geo import schema
from bordermap.layers.control import HTML
from bordermap.layers.scriptjson import to_script_json

_BOX = HTML.get_template("timefilter.html")


class TimeFilter(MacroElement):
    """Date-range slider over the events registered by every event layer.

    Parameters
    ----------
    events : GeoDataFrame
        The events drawn on the map (with ``date_start`` / ``date_end``).
    position : str, optional
        Leaflet control corner.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            (function (map) {
                var options = {{ this.options_json }};
                var control = L.control({position: options.position});
                var box = L.DomUtil.create("div", "bm-box bm-timefilter");
                box.innerHTML = {{ this.html_json }};
                L.DomEvent.disableClickPropagation(box);
                L.DomEvent.disableScrollPropagation(box);
                control.onAdd = function () { return box; };
                control.addTo(map);
                var DAY = 86400000;
                var origin = Date.parse(options.first + "T00:00:00Z");
                function iso(offset) {
                    return new Date(origin + offset * DAY).toISOString().slice(0, 10);
                }
                var from = box.querySelector(".bm-from");
                var to = box.querySelector(".bm-to");
                var low = options.first, high = options.first;
                function inRange(start, end) {
                    return !start || ((end || start) >= low && start <= high);
                }
                window.bordermap = window.bordermap || {};
                window.bordermap.inRange = inRange;
                function apply() {
                    var a = Math.min(+from.value, +to.value);
                    var b = Math.max(+from.value, +to.value);
                    low = iso(a);
                    high = iso(b);
                    box.querySelector(".bm-from-label").textContent = low;
                    box.querySelector(".bm-to-label").textContent = high;
                    var changes = [];
                    var shown = 0, dated = 0;
                    (window.bordermap && window.bordermap.events || []).forEach(function (entry) {
                        var visible = inRange(entry.start, entry.end);
                        if (entry.start) { dated += 1; if (visible) { shown += 1; } }
                        // Counted here, drawn by a shape that listens to the range.
                        if (!entry.layer) { return; }
                        var change = changes.find(function (c) {
                            return c.parent === entry.parent;
                        });
                        if (!change) {
                            change = {parent: entry.parent, add: [], remove: []};
                            changes.push(change);
                        }
                        var present = entry.parent.hasLayer(entry.layer);
                        if (visible && !present) { change.add.push(entry.layer); }
                        if (!visible && present) { change.remove.push(entry.layer); }
                    });
                    changes.forEach(function (c) {
                        if (c.parent.addLayers) {
                            c.parent.removeLayers(c.remove);
                            c.parent.addLayers(c.add);
                        } else {
                            c.remove.forEach(function (layer) { c.parent.removeLayer(layer); });
                            c.add.forEach(function (layer) { c.parent.addLayer(layer); });
                        }
                    });
                    (window.bordermap.rangeListeners || []).forEach(function (listener) {
                        listener(low, high);
                    });
                    // Compact maps draw their events from arrays, not one layer each.
                    var compact = window.bordermap && window.bordermap.compact;
                    if (compact && compact.filter) {
                        var counts = compact.filter(low, high);
                        shown += counts.shown;
                        dated += counts.dated;
                    }
                    box.querySelector(".bm-shown").textContent =
                        "Showing " + shown + " of " + dated + " dated events.";
                    box.setAttribute("data-low", low);
                    box.setAttribute("data-high", high);
                }
                // A compact layer unpacks its events after this runs; it calls back.
                window.bordermap = window.bordermap || {};
                window.bordermap.refilter = apply;
                from.addEventListener("input", apply);
                to.addEventListener("input", apply);
                apply();
            })({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self, events: gpd.GeoDataFrame, *, position: str = "bottomleft") -> None:
        super().__init__()
        self._name = "TimeFilter"
        starts = [s for s in events[schema.DATE_START].fillna("") if s]
        ends = [e for e in events[schema.DATE_END].fillna("") if e] or starts
        undated = int(sum(1 for s in events[schema.DATE_START].fillna("") if not s))
        if starts:
            first, last = min(starts), max(ends)
        else:
            first = last = ""
        days = (dt.date.fromisoformat(last) - dt.date.fromisoformat(first)).days if starts else 0
        self.has_dates = bool(starts)
        self.html_json = to_script_json(
            _BOX.render(first=first, last=last, days=days, undated=undated)
        )
        self.options_json = to_script_json({"first": first, "position": position})
