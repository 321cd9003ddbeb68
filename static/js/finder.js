/* The finder without page reloads: progressive enhancement of the plain GET form.
   On a change the form's state becomes the URL (pushState), the new results and facet counts are
   fetched as HTML and swapped in, focus stays where it was, and the new count is announced. */
(function () {
    "use strict";

    var finder = document.querySelector("[data-finder]");
    if (!finder || !window.fetch || !window.DOMParser || !window.history.pushState) {
        return;
    }
    var form = finder.querySelector("[data-finder-form]");
    var status = finder.querySelector("[data-finder-status]");
    var filters = finder.querySelector("[data-finder-filters]");
    var pending = null;
    var timer = null;

    // On a phone the filters start folded so the results are in view; the summary says how many are active.
    if (filters && window.matchMedia("(max-width: 59.99rem)").matches) {
        filters.open = false;
    }

    function urlFromForm() {
        var params = new URLSearchParams();
        new FormData(form).forEach(function (value, key) {
            if (String(value).trim() !== "") {
                params.append(key, value);
            }
        });
        var query = params.toString();
        return form.getAttribute("action") + (query ? "?" + query : "");
    }

    function swap(html, focusTarget) {
        var doc = new DOMParser().parseFromString(html, "text/html");
        var incoming = doc.querySelector("[data-finder]");
        if (!incoming) {
            return false;
        }
        var activeId = document.activeElement && document.activeElement.id;
        var selection = null;
        if (document.activeElement && document.activeElement.type === "search") {
            selection = document.activeElement.selectionStart;
        }
        ["[data-finder-results]", ".finder__facets", ".finder__filters > summary"].forEach(function (selector) {
            var current = finder.querySelector(selector);
            var replacement = incoming.querySelector(selector);
            if (current && replacement) {
                current.innerHTML = replacement.innerHTML;
            }
        });
        var query = incoming.querySelector("#finder-q");
        var input = finder.querySelector("#finder-q");
        if (query && input && document.activeElement !== input) {
            input.value = query.value;
        }
        document.title = doc.title;

        var count = finder.querySelector("[data-finder-count]");
        if (status && count) {
            status.textContent = count.textContent.trim();
        }
        var focusElement = (focusTarget === "results" && count) || (activeId && document.getElementById(activeId));
        if (focusElement && focusElement !== document.activeElement) {
            focusElement.focus({ preventScroll: focusTarget !== "results" });
        }
        if (selection !== null && document.activeElement && document.activeElement.setSelectionRange) {
            document.activeElement.setSelectionRange(selection, selection);
        }
        return true;
    }

    function load(url, options) {
        options = options || {};
        if (pending) {
            pending.abort();
        }
        pending = new AbortController();
        var results = finder.querySelector("[data-finder-results]");
        results.setAttribute("aria-busy", "true");
        fetch(url, { headers: { "X-Requested-With": "fetch" }, signal: pending.signal, credentials: "same-origin" })
            .then(function (response) {
                if (!response.ok) { throw new Error("HTTP " + response.status); }
                return response.text();
            })
            .then(function (html) {
                if (options.push) {
                    window.history.pushState({ finder: true }, "", url);
                }
                if (!swap(html, options.focus)) {
                    window.location.assign(url);
                }
            })
            .catch(function (error) {
                if (error.name !== "AbortError") {
                    window.location.assign(url);
                }
            })
            .finally(function () {
                var current = finder.querySelector("[data-finder-results]");
                if (current) { current.removeAttribute("aria-busy"); }
            });
    }

    form.addEventListener("change", function (event) {
        if (event.target.type !== "checkbox") {
            return;
        }
        window.clearTimeout(timer);
        timer = window.setTimeout(function () { load(urlFromForm(), { push: true }); }, 150);
    });

    form.addEventListener("submit", function (event) {
        event.preventDefault();
        window.clearTimeout(timer);
        load(urlFromForm(), { push: true, focus: event.submitter && event.submitter.closest(".finder__submit") ? "results" : null });
    });

    // Chips, "Wis alle filters", suggestions and paging links load in place too.
    finder.addEventListener("click", function (event) {
        var link = event.target.closest("a[href]");
        if (!link || !finder.querySelector("[data-finder-results]").contains(link)) {
            return;
        }
        if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
            return;
        }
        var url = new URL(link.getAttribute("href"), window.location.href);
        if (url.origin !== window.location.origin || url.pathname !== window.location.pathname) {
            return;
        }
        event.preventDefault();
        load(url.pathname + url.search, { push: true, focus: "results" });
        // The form must show the same state as the results it fetched.
        syncFormFrom(url);
    });

    function syncFormFrom(url) {
        var params = url.searchParams;
        form.querySelectorAll("input[type=checkbox]").forEach(function (box) {
            box.checked = params.getAll(box.name).indexOf(box.value) !== -1;
        });
        var input = form.querySelector("#finder-q");
        if (input) { input.value = params.get("q") || ""; }
    }

    window.addEventListener("popstate", function () {
        var url = new URL(window.location.href);
        syncFormFrom(url);
        load(url.pathname + url.search, {});
    });
    window.history.replaceState({ finder: true }, "", window.location.href);
}());
