/* bordermap compact events (MIT, part of bordermap).
 *
 * Unpacks the gzip-compressed columns of bordermap.layers.compactdata (JSON text and
 * integer columns as bytes, see bordermap.layers.compactevents.packed), draws points
 * and circles of uncertainty on one canvas and each shared extent once with its
 * number of events, builds popups from DOM text nodes (never HTML from data) and
 * follows the time filter through window.bordermap.compact.filter.
 */
function bordermapCompact(group, map, packed, options) {
    "use strict";
    var DAY = 86400000;
    var MAX_LATITUDE = 85.0511287798;
    var EARTH_CIRCUMFERENCE_M = 40075016.686;
    var registry = (window.bordermap = window.bordermap || {});
    var state = (registry.compact = {
        ready: false,
        map: map,
        drawn: {points: 0, circles: 0, extents: 0},
        shown: 0
    });

    function say(text) {
        document.querySelectorAll(".bm-compact-status").forEach(function (node) {
            node.textContent = text;
        });
    }

    if (typeof DecompressionStream === "undefined") {
        say(" This browser cannot unpack the events: open the map in a current browser.");
        return;
    }
    var binary = atob(packed.gzip);
    var bytes = new Uint8Array(binary.length);
    for (var b = 0; b < binary.length; b += 1) { bytes[b] = binary.charCodeAt(b); }
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    new Response(stream).arrayBuffer().then(function (buffer) {
        start(unpacked(new Uint8Array(buffer)));
    }).catch(function (error) {
        say(" The events could not be unpacked: " + error);
        throw error;
    });

    // The JSON text, then each integer column by byte plane (lowest byte of every
    // value first) in the narrowest type that holds it: see compactevents.packed.
    function unpacked(raw) {
        var data = JSON.parse(new TextDecoder().decode(raw.subarray(0, packed.textBytes)));
        var n = data.count, at = packed.textBytes;
        packed.columns.forEach(function (column) {
            var values = integers(raw, at, n, column[2]);
            at += n * Number(column[2].charAt(1));
            if (column[1] === null) {
                data[column[0]] = values;
            } else {
                (data[column[0]] = data[column[0]] || {})[column[1]] = values;
            }
        });
        return data;
    }

    // One pass over a column's planes; a signed type's top byte carries the sign.
    function integers(raw, at, n, type) {
        var values = new Int32Array(n), i;
        var b0 = raw.subarray(at, at + n);
        if (type === "u1") {
            values.set(b0);
        } else if (type === "i1") {
            for (i = 0; i < n; i += 1) { values[i] = (b0[i] << 24) >> 24; }
        } else if (type === "u2") {
            var b1 = raw.subarray(at + n, at + 2 * n);
            for (i = 0; i < n; i += 1) { values[i] = b0[i] | (b1[i] << 8); }
        } else if (type === "i2") {
            var s1 = raw.subarray(at + n, at + 2 * n);
            for (i = 0; i < n; i += 1) { values[i] = b0[i] | ((s1[i] << 24) >> 16); }
        } else {
            var c1 = raw.subarray(at + n, at + 2 * n), c2 = raw.subarray(at + 2 * n, at + 3 * n);
            var c3 = raw.subarray(at + 3 * n, at + 4 * n);
            for (i = 0; i < n; i += 1) { values[i] = b0[i] | (c1[i] << 8) | (c2[i] << 16) | (c3[i] << 24); }
        }
        return values;
    }

    function element(tag, className, text) {
        var node = document.createElement(tag);
        if (className) { node.className = className; }
        if (text !== undefined && text !== null) { node.textContent = text; }
        return node;
    }

    function start(data) {
        var n = data.count;
        var lat = new Float64Array(n), lon = new Float64Array(n);
        var mx = new Float64Array(n), my = new Float64Array(n);
        var look = Int32Array.from(data.look);
        var first = Int32Array.from(data.start);
        var span = Int32Array.from(data.span);
        var visible = new Uint8Array(n).fill(1);
        var y = 0, x = 0;
        for (var i = 0; i < n; i += 1) {
            y += data.lat[i];
            x += data.lon[i];
            lat[i] = y / 1e5;
            lon[i] = x / 1e5;
            var clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat[i]));
            var sin = Math.sin(clamped * Math.PI / 180);
            // Web Mercator as a fraction of the world: Leaflet's own projection.
            mx[i] = 0.5 + lon[i] / 360;
            my[i] = 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
        }
        var looks = data.looks;
        var byLook = looks.map(function () { return []; });
        var byExtent = data.extents.map(function () { return []; });
        for (i = 0; i < n; i += 1) {
            byLook[look[i]].push(i);
            if (looks[look[i]].kind === "extent") { byExtent[looks[look[i]].extent].push(i); }
        }
        var pointLooks = [], circleLooks = [];
        looks.forEach(function (entry, index) {
            if (entry.kind === "point") { pointLooks.push(index); }
            if (entry.kind === "circle") { circleLooks.push(index); }
        });

        function text(field, index) {
            return data.strings[field][data.text[field][index]];
        }

        // --- extents: one layer each, with its number of events ---------------------
        var extentLayers = data.extents.map(function (extent, k) {
            var shape = L.geoJSON(extent.geometry, {
                style: function () {
                    return Object.assign({className: "bm-compact-extent"}, extent.style);
                },
                bubblingMouseEvents: false
            });
            var label = L.marker(extent.label, {
                icon: L.divIcon({className: "bm-extent-count", html: "", iconSize: null}),
                interactive: false,
                keyboard: false
            });
            shape.on("click", function (event) {
                openList(event.latlng, hitsAt(event.containerPoint), shownOf(k));
            });
            return {shape: shape, label: label, count: -1};
        });

        function shownOf(k) {
            return byExtent[k].filter(function (index) { return visible[index]; });
        }

        function updateExtents() {
            extentLayers.forEach(function (entry, k) {
                var count = shownOf(k).length;
                if (count === entry.count) { return; }
                entry.count = count;
                var words = count.toLocaleString("en-US") + (count === 1 ? " event" : " events");
                if (count === 0) {
                    group.removeLayer(entry.shape);
                    group.removeLayer(entry.label);
                    return;
                }
                // Digits and commas only: safe as the icon's HTML and the tooltip's.
                entry.label.options.icon.options.html = count.toLocaleString("en-US");
                if (!group.hasLayer(entry.shape)) {
                    group.addLayer(entry.shape);
                    group.addLayer(entry.label);
                }
                entry.shape.unbindTooltip().bindTooltip(words, {sticky: true});
                var icon = entry.label.getElement();
                if (icon) { icon.textContent = count.toLocaleString("en-US"); }
            });
            state.drawn.extents = extentLayers.filter(function (e) { return e.count > 0; }).length;
        }

        // --- canvas of points and circles ------------------------------------------
        var drawnIndex = new Int32Array(n), drawnX = new Float32Array(n);
        var drawnY = new Float32Array(n), drawnR = new Float32Array(n);
        var drawnCount = 0;
        var pointRadius = 4;

        function radiusAtZoom(zoom) {
            return zoom < 7 ? 3 : zoom < 10 ? 4.5 : 6;
        }

        var CanvasLayer = L.Layer.extend({
            initialize: function (layerOptions) {
                L.setOptions(this, layerOptions);
            },
            onAdd: function () {
                this._canvas = L.DomUtil.create("canvas", "bm-compact-canvas leaflet-zoom-animated");
                // Clicks go to the map, which finds the events under the pointer.
                this._canvas.style.pointerEvents = "none";
                this.getPane().appendChild(this._canvas);
                this.redraw();
            },
            onRemove: function () {
                L.DomUtil.remove(this._canvas);
                drawnCount = 0;
            },
            getEvents: function () {
                var events = {moveend: this.redraw, resize: this.redraw, viewreset: this.redraw};
                if (this._map._zoomAnimated) { events.zoomanim = this._animateZoom; }
                return events;
            },
            _animateZoom: function (event) {
                var scale = this._map.getZoomScale(event.zoom, this._zoom);
                var offset = this._map._latLngBoundsToNewLayerBounds(
                    this._bounds, event.zoom, event.center).min;
                L.DomUtil.setTransform(this._canvas, offset, scale);
            },
            redraw: function () {
                if (!this._map) { return; }
                var m = this._map, size = m.getSize(), ratio = window.devicePixelRatio || 1;
                var canvas = this._canvas;
                canvas.width = Math.round(size.x * ratio);
                canvas.height = Math.round(size.y * ratio);
                canvas.style.width = size.x + "px";
                canvas.style.height = size.y + "px";
                L.DomUtil.setPosition(canvas, m.containerPointToLayerPoint([0, 0]));
                this._bounds = L.latLngBounds(
                    m.containerPointToLatLng([0, size.y]), m.containerPointToLatLng([size.x, 0]));
                this._zoom = m.getZoom();
                draw(canvas.getContext("2d"), m, size);
                canvas.classList.add("bm-event");
            }
        });

        // The canvas is painted pixel by pixel into one ImageData: a software-rendered
        // browser takes seconds to rasterise tens of thousands of canvas arcs, while
        // writing their pixels takes tens of milliseconds.
        function rgb(hex) {
            var value = parseInt(hex.slice(1), 16);
            return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
        }

        function dashes(pattern) {
            return pattern ? pattern.split(" ").map(Number) : [];
        }

        function dashOn(pattern, along) {
            if (!pattern.length) { return true; }
            var period = pattern.reduce(function (a, b) { return a + b; }, 0);
            var at = ((along % period) + period) % period;
            for (var d = 0; d < pattern.length; d += 1) {
                if (at < pattern[d]) { return d % 2 === 0; }
                at -= pattern[d];
            }
            return true;
        }

        // Put colour (r, g, b) at opacity a over pixel p (RGBA, not premultiplied).
        function blend(pixels, p, r, g, b, a) {
            var under = pixels[p + 3] / 255;
            if (a >= 1 || under === 0) {
                pixels[p] = r; pixels[p + 1] = g; pixels[p + 2] = b;
                pixels[p + 3] = Math.round(a * 255);
                return;
            }
            var out = a + under * (1 - a);
            pixels[p] = Math.round((r * a + pixels[p] * under * (1 - a)) / out);
            pixels[p + 1] = Math.round((g * a + pixels[p + 1] * under * (1 - a)) / out);
            pixels[p + 2] = Math.round((b * a + pixels[p + 2] * under * (1 - a)) / out);
            pixels[p + 3] = Math.round(out * 255);
        }

        // A point's pixels for one look and radius: [dx, dy, r, g, b, ...], as the DOM
        // markers: solid when confirmed, white inside otherwise, a dark outline, the
        // ring dashed when disputed, dotted with a cross when denied.
        var masks = {};
        function pointMask(k, radius) {
            var key = k + "/" + radius;
            if (masks[key]) { return masks[key]; }
            var entry = looks[k], colour = rgb(entry.colour);
            var inside = entry.filled ? colour : [255, 255, 255];
            var ringWidth = Math.max(1.5, radius * 0.4);
            var pattern = entry.border === "dashed" ? [3, 2] : entry.border === "dotted" ? [1.5, 1.5] : [];
            var mask = [], reach = Math.ceil(radius + 1);
            for (var y = -reach; y <= reach; y += 1) {
                for (var x = -reach; x <= reach; x += 1) {
                    var d = Math.sqrt(x * x + y * y);
                    var pixel = null;
                    if (d <= radius + 1 && d > radius) {
                        pixel = [40, 40, 40];
                    } else if (d <= radius && d > radius - ringWidth) {
                        pixel = dashOn(pattern, Math.atan2(y, x) * radius) ? colour : inside;
                    } else if (d <= radius) {
                        pixel = inside;
                    }
                    if (entry.marked && d <= radius - ringWidth + 0.5 &&
                            (Math.abs(x - y) < 0.8 || Math.abs(x + y) < 0.8)) {
                        pixel = [34, 34, 34];
                    }
                    if (pixel) { mask.push(x, y, pixel[0], pixel[1], pixel[2]); }
                }
            }
            masks[key] = mask;
            return mask;
        }

        function draw(context, m, size) {
            var ratio = context.canvas.width / size.x;
            var width = context.canvas.width, height = context.canvas.height;
            var zoom = m.getZoom(), scale = m.options.crs.scale(zoom);
            var centre = m.getCenter();
            var onScreen = m.latLngToContainerPoint(centre), projected = m.project(centre, zoom);
            var dx = onScreen.x - projected.x, dy = onScreen.y - projected.y;
            var image = context.createImageData(width, height);
            var pixels = image.data;
            drawnCount = 0;
            pointRadius = radiusAtZoom(zoom);
            var circles = 0, points = 0;
            var covered = new Uint8Array(width * height);
            circleLooks.forEach(function (k) {
                var style = looks[k].style;
                var rings = [];
                byLook[k].forEach(function (index) {
                    if (!visible[index]) { return; }
                    var px = mx[index] * scale + dx, py = my[index] * scale + dy;
                    var metresPerPixel = EARTH_CIRCUMFERENCE_M *
                        Math.cos(lat[index] * Math.PI / 180) / scale;
                    var r = looks[k].radius / metresPerPixel;
                    if (px + r < 0 || py + r < 0 || px - r > size.x || py - r > size.y) { return; }
                    rings.push(px * ratio, py * ratio, r * ratio);
                    drawnIndex[drawnCount] = index;
                    drawnX[drawnCount] = px;
                    drawnY[drawnCount] = py;
                    drawnR[drawnCount] = r;
                    drawnCount += 1;
                    circles += 1;
                });
                if (!rings.length) { return; }
                var c, cx, cy, cr, row;
                if (style.fill) {
                    // The union of the discs, filled once: overlapping circles of one
                    // look do not darken each other.
                    covered.fill(0);
                    for (c = 0; c < rings.length; c += 3) {
                        cx = rings[c]; cy = rings[c + 1]; cr = rings[c + 2];
                        var top = Math.max(0, Math.ceil(cy - cr));
                        var bottom = Math.min(height - 1, Math.floor(cy + cr));
                        for (row = top; row <= bottom; row += 1) {
                            var half = Math.sqrt(cr * cr - (row - cy) * (row - cy));
                            var left = Math.max(0, Math.ceil(cx - half));
                            var right = Math.min(width - 1, Math.floor(cx + half));
                            if (right >= left) {
                                covered.fill(1, row * width + left, row * width + right + 1);
                            }
                        }
                    }
                    var fill = rgb(style.fillColor);
                    for (var q = 0; q < covered.length; q += 1) {
                        if (covered[q]) {
                            blend(pixels, q * 4, fill[0], fill[1], fill[2], style.fillOpacity);
                        }
                    }
                }
                var line = rgb(style.color);
                var pattern = dashes(style.dashArray);
                for (c = 0; c < rings.length; c += 3) {
                    cx = rings[c]; cy = rings[c + 1]; cr = rings[c + 2];
                    var steps = Math.max(8, Math.ceil(2 * Math.PI * cr));
                    var last = -1;
                    for (var s = 0; s < steps; s += 1) {
                        var angle = 2 * Math.PI * s / steps;
                        if (!dashOn(pattern, angle * cr / ratio)) { continue; }
                        var ux = Math.round(cx + cr * Math.cos(angle));
                        var uy = Math.round(cy + cr * Math.sin(angle));
                        if (ux < 0 || uy < 0 || ux >= width || uy >= height) { continue; }
                        var at = uy * width + ux;
                        if (at === last) { continue; }
                        last = at;
                        blend(pixels, at * 4, line[0], line[1], line[2], style.opacity);
                    }
                }
            });
            var radius = pointRadius;
            pointLooks.forEach(function (k) {
                var mask = pointMask(k, Math.round(radius * ratio));
                byLook[k].forEach(function (index) {
                    if (!visible[index]) { return; }
                    var px = mx[index] * scale + dx, py = my[index] * scale + dy;
                    if (px < -radius || py < -radius ||
                            px > size.x + radius || py > size.y + radius) { return; }
                    var bx = Math.round(px * ratio), by = Math.round(py * ratio);
                    for (var e = 0; e < mask.length; e += 5) {
                        var x = bx + mask[e], y = by + mask[e + 1];
                        if (x < 0 || y < 0 || x >= width || y >= height) { continue; }
                        var p = (y * width + x) * 4;
                        pixels[p] = mask[e + 2];
                        pixels[p + 1] = mask[e + 3];
                        pixels[p + 2] = mask[e + 4];
                        pixels[p + 3] = 255;
                    }
                    drawnIndex[drawnCount] = index;
                    drawnX[drawnCount] = px;
                    drawnY[drawnCount] = py;
                    drawnR[drawnCount] = -1;
                    drawnCount += 1;
                    points += 1;
                });
            });
            context.putImageData(image, 0, 0);
            state.drawn.points = points;
            state.drawn.circles = circles;
        }

        // Points under the pointer (nearest first) and circles holding it.
        function hitsAt(point) {
            var near = [], around = [];
            var reach = (pointRadius + 3) * (pointRadius + 3);
            for (var k = 0; k < drawnCount; k += 1) {
                var ex = drawnX[k] - point.x, ey = drawnY[k] - point.y;
                var distance = ex * ex + ey * ey;
                if (drawnR[k] < 0) {
                    if (distance <= reach) { near.push([distance, drawnIndex[k]]); }
                } else if (distance <= drawnR[k] * drawnR[k]) {
                    around.push(drawnIndex[k]);
                }
            }
            near.sort(function (p, q) { return p[0] - q[0] || p[1] - q[1]; });
            return {points: near.map(function (p) { return p[1]; }), circles: around};
        }

        // --- popups ------------------------------------------------------------------
        function labelled(root, className, label, value) {
            var paragraph = element("p", className);
            paragraph.appendChild(element("b", null, label));
            paragraph.appendChild(document.createTextNode(" " + value));
            root.appendChild(paragraph);
        }

        function detail(index) {
            var root = element("div", "bm-popup");
            root.appendChild(element("h3", "bm-title", text("title", index)));
            root.appendChild(element("p", "bm-category", text("category", index)));
            labelled(root, "bm-when", "When:", text("when", index) + text("reported", index));
            labelled(root, "bm-where", "Where:", text("where", index) + text("border", index));
            labelled(root, "bm-status", "Status:", text("status", index));
            if (text("actors", index)) {
                labelled(root, "bm-actors", "Actors:", text("actors", index));
            }
            if (text("description", index)) {
                root.appendChild(element("p", "bm-description", text("description", index)));
            }
            var sources = text("sources", index);
            if (sources.length) {
                var head = element("p", "bm-sources-head");
                head.appendChild(element("b", null, "Sources:"));
                root.appendChild(head);
                var list = element("ul", "bm-sources");
                sources.forEach(function (source) {
                    var item = element("li");
                    var name = source[0] || source[1];
                    if (/^https?:\/\//i.test(source[1])) {
                        var link = element("a", null, name);
                        link.href = source[1];
                        link.target = "_blank";
                        link.rel = "noopener noreferrer";
                        item.appendChild(link);
                    } else {
                        item.appendChild(document.createTextNode(name));
                    }
                    if (source[2]) { item.appendChild(document.createTextNode(", " + source[2])); }
                    list.appendChild(item);
                });
                root.appendChild(list);
            }
            return root;
        }

        // A click on points means those points; elsewhere it means the circles and
        // the extent under the pointer.
        function openList(latlng, hits, extentEvents) {
            var list = hits.points.length ? hits.points : hits.circles.concat(extentEvents);
            if (!list.length) { return; }
            if (list.length === 1) {
                L.popup({maxWidth: 380}).setLatLng([lat[list[0]], lon[list[0]]])
                    .setContent(detail(list[0])).openOn(map);
                return;
            }
            var popup = L.popup({maxWidth: 380, maxHeight: 360}).setLatLng(latlng);
            var root = element("div", "bm-popup bm-popup-list");
            root.appendChild(element("h3", "bm-title",
                list.length.toLocaleString("en-US") + " events here"));
            var items = element("ul", "bm-event-list");
            root.appendChild(items);
            var more = element("button", "bm-more", "Show more");
            more.type = "button";
            var listed = 0;
            function showMore() {
                var stop = Math.min(list.length, listed + options.pageSize);
                for (; listed < stop; listed += 1) {
                    items.appendChild(entry(list[listed]));
                }
                more.style.display = listed < list.length ? "" : "none";
                popup.update();
            }
            function entry(index) {
                var item = element("li");
                var button = element("button", "bm-event-link", text("title", index));
                button.type = "button";
                button.addEventListener("click", function () {
                    var page = element("div");
                    var back = element("button", "bm-back",
                        "← all " + list.length.toLocaleString("en-US") + " events here");
                    back.type = "button";
                    back.addEventListener("click", function () {
                        popup.setContent(root);
                        popup.update();
                    });
                    page.appendChild(back);
                    page.appendChild(detail(index));
                    popup.setContent(page);
                    popup.update();
                });
                item.appendChild(button);
                item.appendChild(document.createTextNode(" — " + text("when", index)));
                return item;
            }
            more.addEventListener("click", showMore);
            root.appendChild(more);
            popup.setContent(root).openOn(map);
            showMore();
        }

        map.on("click", function (event) {
            if (!map.hasLayer(group)) { return; }
            openList(event.latlng, hitsAt(event.containerPoint), []);
        });

        // A hand over a point says it can be clicked (checked once per frame).
        var pointer = null;
        map.on("mousemove", function (event) {
            if (pointer === null) {
                requestAnimationFrame(function () {
                    var over = map.hasLayer(group) && hitsAt(pointer).points.length > 0;
                    map.getContainer().classList.toggle("bm-over-event", over);
                    pointer = null;
                });
            }
            pointer = event.containerPoint;
        });

        // --- time filter -------------------------------------------------------------
        var origin = data.origin ? Date.parse(data.origin + "T00:00:00Z") : 0;
        function dayOf(iso) {
            return Math.round((Date.parse(iso + "T00:00:00Z") - origin) / DAY);
        }

        // Above the SVG of countries and extents (Leaflet puts canvases under SVG in one
        // pane), below markers and popups; clicks pass through to the map.
        var pane = map.getPane("bmCompact") || map.createPane("bmCompact");
        pane.style.zIndex = 450;
        pane.style.pointerEvents = "none";
        var canvasLayer = new CanvasLayer({pane: "bmCompact"});

        // The text the search box looks through: title, places and actors.
        var searchable = null;
        function searchOf(index) {
            if (!searchable) { searchable = new Array(n); }
            if (searchable[index] === undefined) {
                searchable[index] = [text("title", index), text("where", index),
                    text("actors", index), text("status", index)].join(" ").toLowerCase();
            }
            return searchable[index];
        }
        var facetCode = Int32Array.from(data.facet || []);

        // One filter model for the whole page (bordermap.layers.explore): its time
        // range, chosen facet values and search text decide which events are drawn.
        state.filter = function () {
            var model = registry.model || {};
            var from = model.low && data.origin ? dayOf(model.low) : -Infinity;
            var to = model.high && data.origin ? dayOf(model.high) : Infinity;
            var facetOk = (data.facets || []).map(function (facet) {
                return !registry.facetMatches || registry.facetMatches(facet);
            });
            var query = registry.queryMatches && model.query ? registry.queryMatches : null;
            var shown = 0, dated = 0, total = 0;
            for (var index = 0; index < n; index += 1) {
                var s = first[index];
                var keep = (s < 0 || (s + span[index] >= from && s <= to)) &&
                    facetOk[facetCode[index]] && (!query || query(searchOf(index)));
                visible[index] = keep ? 1 : 0;
                if (keep) { total += 1; }
                if (s >= 0) {
                    dated += 1;
                    if (keep) { shown += 1; }
                }
            }
            updateExtents();
            canvasLayer.redraw();
            state.shown = shown;
            return {shown: shown, dated: dated, visible: total, count: n};
        };
        state.facets = data.facets || [];
        state.facetCode = facetCode;

        // The list of events in view (see bordermap.layers.explore).
        function when(index) { return text("when", index); }
        registry.listers = (registry.listers || []).concat([function (bounds) {
            var items = [];
            if (!map.hasLayer(group)) { return items; }
            for (var index = 0; index < n; index += 1) {
                if (!visible[index] || !bounds.contains([lat[index], lon[index]])) { continue; }
                items.push(listItem(index));
            }
            return items;
        }]);
        function listItem(index) {
            var facet = state.facets[facetCode[index]] || {};
            var startDay = first[index];
            return {
                title: text("title", index),
                when: when(index),
                start: startDay < 0 ? "" : new Date(origin + startDay * DAY).toISOString().slice(0, 10),
                status: facet.status || "",
                colour: looks[look[index]].colour || "",
                open: function () {
                    L.popup({maxWidth: 380}).setLatLng([lat[index], lon[index]])
                        .setContent(detail(index)).openOn(map);
                }
            };
        }
        state.containerPoint = function (latitude, longitude) {
            return map.latLngToContainerPoint([latitude, longitude]);
        };

        // Filter first (the canvas is not on the map yet), so it is drawn once.
        updateExtents();
        if (registry.refilter) { registry.refilter(); }
        group.addLayer(canvasLayer);
        state.ready = true;
    }
}
