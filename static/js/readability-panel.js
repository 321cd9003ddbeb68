/*
 * The readability panel of the page editor ("Eenvoudige versie" tab, toolbox_site/readability_admin.py)
 * while an editor writes: the texts of both versions go to the admin's live check, and its answer
 * replaces the scores in the panel; a live region says in one line what changed. Without this
 * script the panel shows the scores of the text the form was opened with.
 */
(function () {
    "use strict";

    var DELAY = 800; // ms of quiet after typing before the text is sent
    // Removing or moving a block, or Draftail saving its state, changes the form without an input
    // event: the form is compared this often, as Wagtail's own unsaved-changes check does.
    var POLL = 2000;
    var FAILED = "De leesbaarheid kon niet worden gemeten. De scores hieronder zijn niet bijgewerkt.";

    function setUp(panel) {
        var form = panel.closest("form");
        if (!form) {
            return;
        }
        var url = panel.getAttribute("data-readability-url");
        var pageType = panel.getAttribute("data-readability-page-type");
        var fields = panel.getAttribute("data-readability-fields").split(" ");
        var results = panel.querySelector("[data-readability-results]");
        var status = panel.querySelector("[data-readability-status]");
        var token = form.querySelector('input[name="csrfmiddlewaretoken"]');
        var lastSent = null;
        var timer = null;
        var request = null;

        function isText(name) {
            return fields.some(function (field) {
                return name === field || name.indexOf(field + "-") === 0;
            });
        }

        // Only the fields of the two versions (a StreamField posts "body-count", "body-0-value", ...).
        function textData() {
            var data = new URLSearchParams();
            data.append("page_type", pageType);
            new FormData(form).forEach(function (value, name) {
                if (typeof value === "string" && isText(name)) {
                    data.append(name, value);
                }
            });
            return data.toString();
        }

        function show(answer) {
            if (answer.ok) {
                results.innerHTML = answer.data.html; // the server's own template, escaped there
                status.textContent = answer.data.status;
            } else {
                status.textContent = answer.data.error || FAILED;
            }
        }

        function send() {
            var body = textData();
            if (body === lastSent) {
                return;
            }
            lastSent = body;
            if (request) {
                request.abort();
            }
            request = new AbortController();
            fetch(url, {
                method: "POST",
                body: body,
                credentials: "same-origin",
                signal: request.signal,
                headers: {
                    "Content-Type": "application/x-www-form-urlencoded;charset=UTF-8",
                    "X-CSRFToken": token ? token.value : "",
                    "X-Requested-With": "XMLHttpRequest",
                    "Accept": "application/json"
                }
            })
                .then(function (response) {
                    return response.json().then(function (data) {
                        return { ok: response.ok, data: data };
                    });
                })
                .then(show)
                .catch(function (error) {
                    // Tried again at the next change of the text, not in a loop.
                    if (error.name !== "AbortError") {
                        status.textContent = FAILED;
                    }
                });
        }

        function later() {
            clearTimeout(timer);
            timer = setTimeout(send, DELAY);
        }

        form.addEventListener("input", later);
        form.addEventListener("change", later);
        setInterval(function () {
            if (textData() !== lastSent) {
                later();
            }
        }, POLL);
    }

    document.querySelectorAll("[data-readability]").forEach(setUp);
}());
