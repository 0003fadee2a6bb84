/* bordermap explore controls (MIT, part of bordermap).
 *
 * One filter model for the page: a date range, chosen values of five facets
 * (category, status, actor, tag, source) and a search text.  Event layers ask
 * window.bordermap.shows(entry) (or, for compact maps, facetMatches / queryMatches
 * and the model's dates) which events to draw.  The controls: a search box, filter
 * checkboxes, a list of the events in view, full screen, a histogram of dates with
 * a brushable range and play / step, and the state in the URL's #.  Every text from
 * the data is set with textContent; nothing from the data is parsed as HTML.
 */
function bordermapExplore(map, options, timeHtml) {
    "use strict";
    var DAY = 86400000;
    var NAMES = ["category", "status", "actor", "tag", "source"];
    var TITLES = {category: "Category", status: "Status", actor: "Actor", tag: "Tag",
        source: "Source"};
    var LIST_LIMIT = 200;
    var bm = (window.bordermap = window.bordermap || {});
    var time = options.time;
    var model = (bm.model = {low: "", high: "", query: "", chosen: {}});
    bm.map = map;
    bm.view = options.bounds;
    NAMES.forEach(function (name) { model.chosen[name] = []; });
    var terms = [];

    function element(tag, className, text) {
        var node = document.createElement(tag);
        if (className) { node.className = className; }
        if (text !== undefined && text !== null) { node.textContent = text; }
        return node;
    }
    function button(className, text, label) {
        var node = element("button", className, text);
        node.type = "button";
        if (label) { node.setAttribute("aria-label", label); }
        return node;
    }
    function control(position, box) {
        var result = L.control({position: position});
        result.onAdd = function () { return box; };
        L.DomEvent.disableClickPropagation(box);
        L.DomEvent.disableScrollPropagation(box);
        result.addTo(map);
        return result;
    }

    // --- the model -------------------------------------------------------------------
    bm.inRange = function (start, end) {
        return !start || !model.low || ((end || start) >= model.low && start <= model.high);
    };
    bm.facetMatches = function (facet) {
        return NAMES.every(function (name) {
            var chosen = model.chosen[name];
            if (!chosen.length) { return true; }
            var value = facet ? facet[name] : undefined;
            if (Array.isArray(value)) {
                return value.some(function (v) { return chosen.indexOf(v) >= 0; });
            }
            return chosen.indexOf(value) >= 0;
        });
    };
    bm.queryMatches = function (text) {
        return terms.every(function (term) { return text.indexOf(term) >= 0; });
    };
    bm.shows = function (entry) {
        return bm.inRange(entry.start, entry.end) &&
            (!entry.facet || bm.facetMatches(entry.facet)) &&
            (!terms.length || bm.queryMatches(entry.search || ""));
    };

    // --- the explore box: search, filters, list, full screen ---------------------------
    var box = element("div", "bm-box bm-explore");
    box.setAttribute("role", "search");
    var search = element("input", "bm-search");
    search.type = "search";
    search.placeholder = "Search titles, places, actors";
    search.setAttribute("aria-label", "Search titles, places and actors");
    box.appendChild(search);
    var buttons = element("div", "bm-explore-buttons");
    var filtersToggle = button("bm-filters-toggle", "Filters");
    var listToggle = button("bm-list-toggle", "Events in view");
    var fullscreen = button("bm-fullscreen-toggle", "Full screen");
    [filtersToggle, listToggle].forEach(function (b) { b.setAttribute("aria-expanded", "false"); });
    fullscreen.setAttribute("aria-pressed", "false");
    buttons.appendChild(filtersToggle);
    buttons.appendChild(listToggle);
    buttons.appendChild(fullscreen);
    box.appendChild(buttons);
    var matches = element("div", "bm-note bm-matches");
    matches.setAttribute("aria-live", "polite");
    box.appendChild(matches);

    var filters = element("div", "bm-filters");
    filters.hidden = true;
    var boxes = {};
    NAMES.forEach(function (name) {
        var choices = options.choices[name] || [];
        boxes[name] = [];
        if (!choices.length) { return; }
        var set = element("fieldset", "bm-facet bm-facet-" + name);
        set.appendChild(element("legend", null, TITLES[name]));
        choices.forEach(function (choice) {
            var label = element("label", "bm-choice");
            var input = element("input");
            input.type = "checkbox";
            input.value = choice.value;
            input.setAttribute("data-facet", name);
            label.appendChild(input);
            if (choice.colour) {
                var dot = element("span", "bm-choice-dot");
                dot.style.backgroundColor = choice.colour;
                label.appendChild(dot);
            }
            label.appendChild(document.createTextNode(choice.label + " (" + choice.count + ")"));
            set.appendChild(label);
            boxes[name].push(input);
            input.addEventListener("change", function () { readChoices(); refilter(); });
        });
        filters.appendChild(set);
    });
    var clear = button("bm-clear", "Clear filters");
    filters.appendChild(clear);
    box.appendChild(filters);

    var list = element("div", "bm-list");
    list.hidden = true;
    var table = element("table", "bm-list-table");
    var head = element("tr");
    ["When", "Event", "Status"].forEach(function (text) { head.appendChild(element("th", null, text)); });
    var thead = element("thead");
    thead.appendChild(head);
    table.appendChild(thead);
    var tbody = element("tbody");
    table.appendChild(tbody);
    list.appendChild(table);
    var more = element("p", "bm-note bm-list-more");
    list.appendChild(more);
    box.appendChild(list);
    control("topleft", box);

    function readChoices() {
        NAMES.forEach(function (name) {
            model.chosen[name] = boxes[name].filter(function (input) { return input.checked; })
                .map(function (input) { return input.value; });
        });
        var chosen = NAMES.reduce(function (n, name) { return n + model.chosen[name].length; }, 0);
        filtersToggle.textContent = chosen ? "Filters (" + chosen + ")" : "Filters";
    }
    function setQuery(text) {
        model.query = text;
        terms = text.toLowerCase().split(/\s+/).filter(function (t) { return t; });
    }
    function toggle(buttonNode, panel, open) {
        // One panel at a time, so the box stays clear of the date range below it.
        if (open) {
            [[filtersToggle, filters], [listToggle, list]].forEach(function (pair) {
                pair[1].hidden = true;
                pair[0].setAttribute("aria-expanded", "false");
            });
        }
        panel.hidden = !open;
        buttonNode.setAttribute("aria-expanded", open ? "true" : "false");
        if (panel === list && open) { fillList(); }
    }
    filtersToggle.addEventListener("click", function () { toggle(filtersToggle, filters, filters.hidden); });
    listToggle.addEventListener("click", function () { toggle(listToggle, list, list.hidden); });
    clear.addEventListener("click", function () {
        NAMES.forEach(function (name) { boxes[name].forEach(function (input) { input.checked = false; }); });
        search.value = "";
        setQuery("");
        readChoices();
        refilter();
    });
    search.addEventListener("input", function () { setQuery(search.value); refilter(); });

    var statusLabels = {};
    (options.choices.status || []).forEach(function (c) { statusLabels[c.value] = c.label; });
    function fillList() {
        if (list.hidden) { return; }
        var bounds = map.getBounds();
        var items = [];
        (bm.listers || []).forEach(function (lister) { items = items.concat(lister(bounds)); });
        items.sort(function (a, b) {
            return (!a.start - !b.start) || (a.start < b.start ? -1 : a.start > b.start ? 1 : 0) ||
                (a.title < b.title ? -1 : a.title > b.title ? 1 : 0);
        });
        tbody.textContent = "";
        items.slice(0, LIST_LIMIT).forEach(function (item) {
            var row = element("tr", "bm-list-row");
            row.appendChild(element("td", "bm-list-when", item.when));
            var cell = element("td", "bm-list-title");
            var open = button("bm-list-open", item.title || "(untitled)");
            if (item.colour) { open.style.borderLeftColor = item.colour; }
            open.addEventListener("click", item.open);
            cell.appendChild(open);
            row.appendChild(cell);
            row.appendChild(element("td", "bm-list-status", statusLabels[item.status] || item.status));
            tbody.appendChild(row);
        });
        list.setAttribute("data-count", String(items.length));
        more.textContent = items.length > LIST_LIMIT
            ? "The first " + LIST_LIMIT + " of " + items.length + " events in view: zoom in or filter for the rest."
            : items.length + (items.length === 1 ? " event" : " events") + " in view.";
    }
    map.on("moveend", fillList);

    // Full screen: the browser's own when it allows it, else the map fills the window.
    var container = map.getContainer();
    function setFull(on) {
        container.classList.toggle("bm-fullscreen", on);
        document.documentElement.classList.toggle("bm-has-fullscreen", on);
        fullscreen.setAttribute("aria-pressed", on ? "true" : "false");
        fullscreen.textContent = on ? "Exit full screen" : "Full screen";
        map.invalidateSize();
    }
    fullscreen.addEventListener("click", function () {
        if (document.fullscreenElement) { document.exitFullscreen(); return; }
        if (container.classList.contains("bm-fullscreen")) { setFull(false); return; }
        setFull(true);
        if (container.requestFullscreen) {
            container.requestFullscreen().catch(function () { /* the window-filling map stays */ });
        }
    });
    document.addEventListener("fullscreenchange", function () {
        if (!document.fullscreenElement) { setFull(false); }
    });
    document.addEventListener("keydown", function (event) {
        if (event.key !== "Escape") { return; }
        // Esc closes the innermost thing open: a popup, then a panel, then full screen.
        if (map._popup && map.hasLayer(map._popup)) { map.closePopup(); return; }
        if (!list.hidden) { toggle(listToggle, list, false); listToggle.focus(); return; }
        if (!filters.hidden) { toggle(filtersToggle, filters, false); filtersToggle.focus(); return; }
        if (container.classList.contains("bm-fullscreen") && !document.fullscreenElement) {
            setFull(false);
        }
    });

    // --- the time box: histogram, brush, range, play / step -----------------------------
    var timeBox = null, from = null, to = null;
    function iso(offset) {
        return new Date(Date.parse(time.first + "T00:00:00Z") + offset * DAY).toISOString().slice(0, 10);
    }
    function offsetOf(text) {
        return Math.round((Date.parse(text + "T00:00:00Z") - Date.parse(time.first + "T00:00:00Z")) / DAY);
    }
    if (time) {
        timeBox = element("div", "bm-box bm-timefilter");
        timeBox.innerHTML = timeHtml;
        control(options.position, timeBox);
        // On a phone the dates fold to one line, as the legend does.
        if (window.innerWidth < options.foldBelowPx) {
            timeBox.querySelector("details.bm-collapsible").open = false;
        }
        from = timeBox.querySelector(".bm-from");
        to = timeBox.querySelector(".bm-to");
        var histogram = timeBox.querySelector(".bm-histogram");
        var tallest = Math.max.apply(null, time.certain.map(function (c, i) { return c + time.vague[i]; }).concat([1]));
        time.certain.forEach(function (certain, i) {
            var bar = element("span", "bm-bar");
            bar.style.left = (100 * i / time.certain.length) + "%";
            bar.style.width = (100 / time.certain.length) + "%";
            var sure = element("span", "bm-bar-certain");
            sure.style.height = (100 * certain / tallest) + "%";
            var vague = element("span", "bm-bar-vague");
            vague.style.height = (100 * time.vague[i] / tallest) + "%";
            bar.appendChild(vague);
            bar.appendChild(sure);
            bar.title = iso(i * time.barDays) + ": " + certain + " dated, " + time.vague[i] + " possibly";
            histogram.appendChild(bar);
        });
        var brush = element("span", "bm-brush");
        histogram.appendChild(brush);
        var anchor = null;
        function dayAt(event) {
            var rect = histogram.getBoundingClientRect();
            var share = Math.max(0, Math.min(1, (event.clientX - rect.left) / rect.width));
            return Math.round(share * time.days);
        }
        histogram.addEventListener("pointerdown", function (event) {
            anchor = dayAt(event);
            if (histogram.setPointerCapture) { histogram.setPointerCapture(event.pointerId); }
            setRange(anchor, anchor);
            event.preventDefault();
        });
        histogram.addEventListener("pointermove", function (event) {
            if (anchor === null) { return; }
            var day = dayAt(event);
            setRange(Math.min(anchor, day), Math.max(anchor, day));
        });
        ["pointerup", "pointercancel"].forEach(function (type) {
            histogram.addEventListener(type, function () { anchor = null; });
        });
        from.addEventListener("input", function () { stop(); refilter(); });
        to.addEventListener("input", function () { stop(); refilter(); });
        var play = timeBox.querySelector(".bm-play");
        var timer = null;
        function step(direction) {
            var a = Math.min(+from.value, +to.value), b = Math.max(+from.value, +to.value);
            if (a === 0 && b === time.days) { b = Math.min(time.days, time.barDays - 1); }
            var width = b - a + 1;
            var start = a + direction * width;
            if (start > time.days || start + width - 1 < 0) { return false; }
            start = Math.max(0, Math.min(time.days, start));
            setRange(start, Math.min(time.days, start + width - 1));
            return true;
        }
        function stop() {
            if (timer === null) { return; }
            clearInterval(timer);
            timer = null;
            play.textContent = "Play";
            play.setAttribute("aria-pressed", "false");
        }
        play.addEventListener("click", function () {
            if (timer !== null) { stop(); return; }
            var a = Math.min(+from.value, +to.value), b = Math.max(+from.value, +to.value);
            if ((a === 0 && b === time.days) || b === time.days) {
                setRange(0, Math.min(time.days, Math.max(b - a, time.barDays) - 1 + (a === 0 && b === time.days ? 0 : 1)));
                if (a === 0 && b === time.days) { setRange(0, Math.min(time.days, time.barDays - 1)); }
            }
            play.textContent = "Pause";
            play.setAttribute("aria-pressed", "true");
            timer = setInterval(function () { if (!step(1)) { stop(); } }, options.playMs);
        });
        timeBox.querySelector(".bm-step-back").addEventListener("click", function () { stop(); step(-1); });
        timeBox.querySelector(".bm-step-forward").addEventListener("click", function () { stop(); step(1); });
        timeBox.querySelector(".bm-all-dates").addEventListener("click", function () {
            stop();
            setRange(0, time.days);
        });
    }
    function setRange(a, b) {
        from.value = a;
        to.value = b;
        refilter();
    }

    // --- applying the model ----------------------------------------------------------
    function refilter() {
        if (time) {
            var a = Math.min(+from.value, +to.value), b = Math.max(+from.value, +to.value);
            model.low = iso(a);
            model.high = iso(b);
            timeBox.querySelector(".bm-from-label").textContent = model.low;
            timeBox.querySelector(".bm-to-label").textContent = model.high;
            timeBox.querySelector(".bm-range-summary").textContent =
                model.low + " to " + model.high;
            var brushNode = timeBox.querySelector(".bm-brush");
            brushNode.style.left = (100 * a / (time.days + 1)) + "%";
            brushNode.style.width = (100 * (b - a + 1) / (time.days + 1)) + "%";
            brushNode.hidden = a === 0 && b === time.days;
        }
        var changes = [];
        var shown = 0, dated = 0, visible = 0, total = 0;
        (bm.events || []).forEach(function (entry) {
            var keep = bm.shows(entry);
            total += 1;
            if (keep) { visible += 1; }
            if (entry.start) { dated += 1; if (keep) { shown += 1; } }
            // Counted here, drawn by a shape that listens to the filters.
            if (!entry.layer) { return; }
            var change = changes.find(function (c) { return c.parent === entry.parent; });
            if (!change) {
                change = {parent: entry.parent, add: [], remove: []};
                changes.push(change);
            }
            var present = entry.parent.hasLayer(entry.layer);
            if (keep && !present) { change.add.push(entry.layer); }
            if (!keep && present) { change.remove.push(entry.layer); }
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
        (bm.rangeListeners || []).forEach(function (listener) { listener(model.low, model.high); });
        // Compact maps draw their events from arrays, not one layer each.
        if (bm.compact && bm.compact.filter) {
            var counts = bm.compact.filter();
            shown += counts.shown;
            dated += counts.dated;
            visible += counts.visible;
            total += counts.count;
        }
        if (time) {
            timeBox.querySelector(".bm-shown").textContent =
                "Showing " + shown + " of " + dated + " dated events.";
            timeBox.setAttribute("data-low", model.low);
            timeBox.setAttribute("data-high", model.high);
        }
        matches.textContent = visible.toLocaleString("en-US") + " of " +
            total.toLocaleString("en-US") + " events shown.";
        box.setAttribute("data-shown", String(visible));
        fillList();
        writeHash();
    }
    bm.refilter = refilter;

    // --- the view and the state in the URL ---------------------------------------------
    // Until the reader moves the map, the view is the events' extent, fitted again
    // whenever the map changes size (a frame laid out after the page loaded).
    var touched = false, ready = false;
    ["pointerdown", "wheel", "keydown", "touchstart"].forEach(function (type) {
        container.addEventListener(type, function () { touched = true; }, {passive: true});
    });
    function fit() {
        if (!touched && options.bounds && map.getSize().x > 0 && map.getSize().y > 0) {
            map.fitBounds(options.bounds, {animate: false});
        }
    }
    function writeHash() {
        if (!ready) { return; }
        var params = new URLSearchParams();
        if (touched) {
            var centre = map.getCenter();
            params.set("map", map.getZoom() + "/" + centre.lat.toFixed(4) + "/" + centre.lng.toFixed(4));
        }
        if (time && (model.low !== time.first || model.high !== iso(time.days))) {
            params.set("from", model.low);
            params.set("to", model.high);
        }
        NAMES.forEach(function (name) {
            model.chosen[name].forEach(function (value) { params.append(name, value); });
        });
        if (model.query) { params.set("q", model.query); }
        // Slashes and commas read better unescaped, and are legal in a fragment.
        var text = params.toString().replace(/%2F/g, "/").replace(/%2C/g, ",");
        if (("#" + text) === location.hash || (!text && !location.hash)) { return; }
        try {
            history.replaceState(null, "", text ? "#" + text : location.pathname + location.search);
        } catch (error) {
            // A sandboxed frame may refuse: the map works the same without a link.
        }
    }
    function readHash() {
        var params = new URLSearchParams(location.hash.replace(/^#/, ""));
        NAMES.forEach(function (name) {
            var wanted = params.getAll(name);
            boxes[name].forEach(function (input) { input.checked = wanted.indexOf(input.value) >= 0; });
        });
        readChoices();
        if (params.get("q")) {
            search.value = params.get("q");
            setQuery(search.value);
        }
        if (time && params.get("from") && params.get("to")) {
            var a = offsetOf(params.get("from")), b = offsetOf(params.get("to"));
            if (isFinite(a) && isFinite(b)) {
                from.value = Math.max(0, Math.min(time.days, a));
                to.value = Math.max(0, Math.min(time.days, b));
            }
        }
        var view = (params.get("map") || "").split("/").map(Number);
        if (view.length === 3 && view.every(isFinite)) {
            touched = true;
            map.setView([view[1], view[2]], view[0], {animate: false});
        }
    }
    map.on("moveend", writeHash);
    map.on("resize", fit);
    // A frame laid out after its page ran (a report's srcdoc frame) may never get a
    // window resize event: watch the map's own box instead.
    if (window.ResizeObserver) {
        new ResizeObserver(function () { map.invalidateSize({pan: false}); }).observe(container);
    }
    window.addEventListener("load", fit);
    window.addEventListener("hashchange", function () { readHash(); refilter(); });
    fit();
    readHash();
    ready = true;
    refilter();
}
