{#
  The page side of bordermap.layers.events.EventLayer: draws its events (points,
  circles of uncertainty, extents, and one shape with a count badge per shared
  place), registers each in window.bordermap.events for the time filter and the
  filters, and lists those in view.  Every value arrives as escaped JSON
  (this.data_json, this.options_json, this.attribution_json); every text from the
  data is set with textContent, or is a popup escaped when the page was written.
  Only the macro reaches the page, as it is written here, indentation included:
  the same map gives the same bytes.
#}
{% macro script(this, kwargs) %}
            var {{ this.get_name() }} = L.featureGroup(
                [], {attribution: {{ this.attribution_json }}});
            (function (group, map) {
                var data = {{ this.data_json }};
                var records = data.records;
                var options = {{ this.options_json }};
                var bm = (window.bordermap = window.bordermap || {});
                function element(tag, className, text) {
                    var node = document.createElement(tag);
                    node.className = className;
                    if (text !== undefined) { node.textContent = text; }
                    return node;
                }
                // What the filters look at: dates, facet and the searchable text.
                function entryOf(record) {
                    return {start: record.start, end: record.end, id: record.id,
                        facet: data.facets[record.facet], search: record.search};
                }
                function shows(record) {
                    if (bm.shows) { return bm.shows(entryOf(record)); }
                    return !bm.inRange || bm.inRange(record.start, record.end);
                }
                // A cluster is a ring of its events' colours, in proportion, around
                // their number: it says what is inside before it is opened.
                function clusterIcon(cluster) {
                    var counts = {}, total = 0;
                    cluster.getAllChildMarkers().forEach(function (marker) {
                        var colour = marker.options.bmColour || options.mixedColour;
                        counts[colour] = (counts[colour] || 0) + 1;
                        total += 1;
                    });
                    var at = 0, stops = [];
                    Object.keys(counts).sort().forEach(function (colour) {
                        var next = at + 100 * counts[colour] / total;
                        stops.push(colour + " " + at.toFixed(1) + "% " + next.toFixed(1) + "%");
                        at = next;
                    });
                    var ring = element("div", "bm-cluster-ring");
                    ring.style.background = "conic-gradient(" + stops.join(", ") + ")";
                    ring.appendChild(element("span", "bm-cluster-count", String(total)));
                    ring.setAttribute("data-colours", Object.keys(counts).sort().join(" "));
                    var size = total < 10 ? 34 : total < 100 ? 40 : 46;
                    return L.divIcon({html: ring, className: "marker-cluster bm-cluster",
                        iconSize: L.point(size, size)});
                }
                var points = options.cluster
                    ? L.markerClusterGroup(Object.assign(
                        {iconCreateFunction: clusterIcon}, options.clusterOptions))
                    : L.featureGroup();
                var shapes = L.featureGroup();
                var registry = [];
                var layers = [];
                var pointLayers = [];
                var stack = [];
                var groups = (data.groups || []).map(function (group) {
                    return sharedPlace(group);
                });
                records.forEach(function (record) {
                    var layer;
                    if (record.group !== undefined) {
                        // Drawn once for all its events; each event is still counted.
                        var shared = groups[record.group];
                        if (!shared.drawn) {
                            shared.drawn = true;
                            shapes.addLayer(shared.layer);
                            stack.push(shared.layer);
                        }
                        registry.push(entryOf(record));
                        layers.push(null);
                        return;
                    }
                    if (record.kind === "point") {
                        layer = L.marker([record.lat, record.lon], {
                            bmColour: record.colour,
                            icon: L.divIcon({
                                className: record.className,
                                html: record.icon,
                                iconSize: [18, 18],
                                iconAnchor: [9, 9],
                                popupAnchor: [0, -9],
                                tooltipAnchor: [9, 0]
                            })
                        });
                        pointLayers.push(layer);
                    } else if (record.kind === "circle") {
                        layer = L.circle([record.lat, record.lon], Object.assign(
                            {radius: record.radius, className: record.className}, record.style));
                        shapes.addLayer(layer);
                        stack.push(layer);
                    } else {
                        layer = L.geoJSON(data.extents[record.extent], {
                            style: function () {
                                return Object.assign({className: record.className}, record.style);
                            }
                        });
                        shapes.addLayer(layer);
                        stack.push(layer);
                    }
                    layer.bindPopup(record.popup, {maxWidth: 380});
                    layer.bindTooltip(record.tooltip, {sticky: record.kind !== "point"});
                    registry.push(Object.assign(entryOf(record), {
                        layer: layer,
                        parent: record.kind === "point" ? points : shapes
                    }));
                    layers.push(layer);
                });
                function counted(n) { return n + (n === 1 ? " event" : " events"); }
                // One shape, one count badge and one list popup for the events that
                // share a place.  Every text is set as text; the list items are the
                // events' own popups, escaped when the page was written.
                function sharedPlace(group) {
                    var shown = group.members.slice();
                    var place = {layer: null, marker: null, drawn: false};
                    var style = function () {
                        var colours = {}, statuses = {};
                        shown.forEach(function (m) {
                            var i = group.members.indexOf(m);
                            colours[group.colours[i]] = true;
                            statuses[group.statuses[i]] = true;
                        });
                        var c = Object.keys(colours), s = Object.keys(statuses);
                        var key = (c.length === 1 ? c[0] : options.mixedColour) + " " +
                            (s.length === 1 ? s[0] : options.mixedStatus);
                        return Object.assign({className: group.className}, group.styles[key]);
                    };
                    var shape = group.kind === "circle"
                        ? L.circle([group.lat, group.lon],
                            Object.assign({radius: group.radius}, style()))
                        : L.geoJSON(data.extents[group.extent], {style: style});
                    var badge = element("span", "bm-count");
                    var number = element("b", "bm-count-number");
                    var word = element("span", "bm-count-word");
                    var dots = element("span", "bm-count-dots");
                    badge.appendChild(number);
                    badge.appendChild(word);
                    badge.appendChild(dots);
                    // A marker, so the list is also reached with the keyboard (Tab, Enter).
                    var marker = L.marker([group.lat, group.lon], {
                        icon: L.divIcon(
                            {className: "bm-count-badge", html: badge, iconSize: null})
                    });
                    // Popups go on the shape and the badge each: Leaflet cannot bind
                    // a tooltip to a group holding a GeoJSON group.
                    var layer = L.featureGroup([shape, marker]);
                    place.layer = layer;
                    place.marker = marker;
                    function head() {
                        return counted(shown.length) + " " + group.where;
                    }
                    function content() {
                        var box = element("div", "bm-group-popup");
                        box.appendChild(element("p", "bm-group-head", head()));
                        var hidden = group.members.length - shown.length;
                        if (hidden) {
                            box.appendChild(element("p", "bm-group-note",
                                counted(hidden) + " here outside the chosen dates " +
                                "or filters; undated events are always listed."));
                        }
                        var list = element("ol", "bm-group-list");
                        shown.forEach(function (m) {
                            var item = element("li", "bm-group-item");
                            item.innerHTML = records[m].popup;
                            list.appendChild(item);
                        });
                        box.appendChild(list);
                        return box;
                    }
                    function tip() {
                        return element("span", "bm-group-tip", head() + ": click for the list");
                    }
                    // The badge says its count itself (and in its title); a tooltip
                    // would only cover the popup it opens.
                    shape.bindPopup(content, {maxWidth: 400});
                    shape.bindTooltip(tip, {sticky: true});
                    marker.bindPopup(content, {maxWidth: 400});
                    function refresh() {
                        shown = group.members.filter(function (m) {
                            return shows(records[m]);
                        });
                        if (!shown.length) {
                            shapes.removeLayer(layer);
                            return;
                        }
                        if (place.drawn && !shapes.hasLayer(layer)) { shapes.addLayer(layer); }
                        shape.setStyle(style());
                        number.textContent = String(shown.length);
                        word.textContent = shown.length === 1 ? "event" : "events";
                        badge.setAttribute("data-count", String(shown.length));
                        badge.setAttribute("title", head());
                        dots.textContent = "";
                        var seen = {};
                        shown.forEach(function (m) {
                            var colour = group.colours[group.members.indexOf(m)];
                            if (seen[colour]) { return; }
                            seen[colour] = true;
                            var dot = element("span", "bm-count-dot");
                            dot.style.backgroundColor = colour;
                            dots.appendChild(dot);
                        });
                        [shape, marker].forEach(function (part) {
                            if (part.isPopupOpen()) { part.getPopup().update(); }
                        });
                    }
                    refresh();
                    window.bordermap = window.bordermap || {};
                    window.bordermap.rangeListeners =
                        (window.bordermap.rangeListeners || []).concat([refresh]);
                    return place;
                }
                if (options.cluster) { points.addLayers(pointLayers); }
                else { pointLayers.forEach(function (layer) { points.addLayer(layer); }); }
                group.addLayer(shapes);
                group.addLayer(points);
                // Shapes put back (by the time filter or the layer control) come back
                // on top; restore the drawing order, larger shapes under smaller ones,
                // so every shape stays clickable.
                function restack() {
                    if (!map.hasLayer(shapes)) { return; }
                    stack.forEach(function (layer) {
                        if (shapes.hasLayer(layer)) { layer.bringToFront(); }
                    });
                }
                shapes.on("add", restack);
                // The list of events in view (see bordermap.layers.explore).
                function open(index) {
                    var record = records[index], layer = layers[index];
                    if (record.group !== undefined) {
                        groups[record.group].marker.openPopup();
                    } else if (record.kind === "point" && points.zoomToShowLayer) {
                        points.zoomToShowLayer(layer, function () { layer.openPopup(); });
                    } else {
                        layer.openPopup([record.lat, record.lon]);
                    }
                }
                function listed(bounds) {
                    var items = [];
                    records.forEach(function (record, index) {
                        if (!map.hasLayer(group) || !shows(record) ||
                                !bounds.contains([record.lat, record.lon])) { return; }
                        items.push({title: record.title, when: record.when,
                            start: record.start, id: record.id, colour: record.colour,
                            status: data.facets[record.facet].status,
                            open: function () { open(index); }});
                    });
                    return items;
                }
                bm.listers = (bm.listers || []).concat([listed]);
                window.bordermap.events = (window.bordermap.events || []).concat(registry);
                window.bordermap.rangeListeners =
                    (window.bordermap.rangeListeners || []).concat([restack]);
            })({{ this.get_name() }}, {{ this._parent.get_name() }});
        {% endmacro %}
