/* bordermap labels (MIT, part of bordermap).
 *
 * Towns from the offline gazetteer, each named from the zoom its population earns,
 * and one placement pass after every move or filter change: the names of the
 * events' regions and the clusters stay where they are, a country's name moves a
 * line down or up to clear them (or waits for a closer zoom), count badges move
 * down until they cover none of these nor each other, and a town whose name would
 * cover any of these is left out until the reader zooms in.  Town names are set
 * with textContent.
 */
function bordermapLabels(map, towns) {
    "use strict";
    var bm = (window.bordermap = window.bordermap || {});
    var pane = map.getPane("bmTowns") || map.createPane("bmTowns");
    // Above areas and lines, under markers, badges and popups; never takes a click.
    pane.style.zIndex = 450;
    pane.style.pointerEvents = "none";
    var layer = L.layerGroup().addTo(map);
    var entries = towns.map(function (town) {
        var box = document.createElement("span");
        box.className = "bm-town-box";
        box.setAttribute("data-zoom", String(town[2]));
        var dot = document.createElement("span");
        dot.className = "bm-town-dot";
        var name = document.createElement("span");
        name.className = "bm-town-name";
        name.textContent = town[3];
        box.appendChild(dot);
        box.appendChild(name);
        var marker = L.marker([town[0], town[1]], {
            icon: L.divIcon({className: "bm-town", html: box, iconSize: null}),
            interactive: false,
            keyboard: false,
            pane: "bmTowns"
        });
        return {marker: marker, zoom: town[2], name: name};
    });
    var state = (bm.labels = {towns: 0, badges: 0, moved: 0, place: place});

    function box(element) {
        var r = element.getBoundingClientRect();
        if (!r.width || !r.height) { return null; }
        return {l: r.left - 1, t: r.top - 1, r: r.right + 1, b: r.bottom + 1};
    }
    function overlaps(a, b) {
        return a.l < b.r && b.l < a.r && a.t < b.b && b.t < a.b;
    }
    function down(r, by) {
        return {l: r.l, t: r.t + by, r: r.r, b: r.b + by};
    }

    function place() {
        var zoom = map.getZoom();
        var container = map.getContainer();
        var taken = [];
        // A region's name is drawn on its own area, which the data is about; the
        // country holding it is large enough for its name to stand a line away.
        container.querySelectorAll(".bm-label-region").forEach(function (element) {
            var r = box(element);
            if (r) { taken.push(r); }
        });
        // Country names come largest country first: one that would cover a name
        // already placed moves a line or two, or waits until the reader zooms in.
        var countries = 0;
        container.querySelectorAll(".bm-label-country").forEach(function (element) {
            var marker = element.closest(".leaflet-marker-icon") || element;
            marker.style.visibility = "";
            marker.style.marginTop = "";
            var r = box(element);
            if (!r) { return; }
            var step = r.b - r.t + 1, at = null;
            [0, step, -step, 2 * step, -2 * step].some(function (shift) {
                var moved = down(r, shift);
                if (taken.some(function (other) { return overlaps(moved, other); })) {
                    return false;
                }
                marker.style.marginTop = shift ? shift + "px" : "";
                at = moved;
                return true;
            });
            if (!at) {
                marker.style.visibility = "hidden";
                return;
            }
            taken.push(at);
            countries += 1;
        });
        container.querySelectorAll(".marker-cluster, .bm-point").forEach(
            function (element) {
                var r = box(element);
                if (r) { taken.push(r); }
            });
        var badges = 0, moved = 0;
        container.querySelectorAll(".leaflet-marker-pane .bm-count[data-count], " +
                ".leaflet-marker-pane .bm-extent-count").forEach(function (badge) {
            badge.style.marginTop = "";
            var r = box(badge);
            if (!r) { return; }
            var step = r.b - r.t + 1, shift = 0;
            for (var tries = 0; tries < 8; tries += 1) {
                var at = down(r, shift);
                if (!taken.some(function (other) { return overlaps(at, other); })) { break; }
                shift += step;
            }
            if (shift) {
                badge.style.marginTop = shift + "px";
                moved += 1;
            }
            taken.push(down(r, shift));
            badges += 1;
        });
        var shown = 0;
        entries.forEach(function (entry) {
            if (zoom < entry.zoom) {
                layer.removeLayer(entry.marker);
                return;
            }
            if (!layer.hasLayer(entry.marker)) { layer.addLayer(entry.marker); }
            var element = entry.marker.getElement();
            element.style.visibility = "";
            var r = box(entry.name);
            if (!r) { return; }
            var bounds = container.getBoundingClientRect();
            var inside = r.r > bounds.left && r.l < bounds.right &&
                r.b > bounds.top && r.t < bounds.bottom;
            if (!inside || taken.some(function (other) { return overlaps(r, other); })) {
                element.style.visibility = "hidden";
                return;
            }
            taken.push(r);
            shown += 1;
        });
        state.countries = countries;
        state.towns = shown;
        state.badges = badges;
        state.moved = moved;
    }

    var pending = false;
    function later() {
        if (pending) { return; }
        pending = true;
        requestAnimationFrame(function () {
            pending = false;
            place();
        });
    }
    map.on("zoomend moveend resize", later);
    bm.rangeListeners = (bm.rangeListeners || []).concat([later]);
    later();
}
