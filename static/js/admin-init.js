/*
 * Runs the set-up of Wagtail's admin widgets from JSON data (see toolbox_site/admin_scripts.py),
 * where Wagtail itself writes inline scripts, so the admin needs no 'unsafe-inline' for scripts.
 * Loaded with defer: runs after parsing, in document order, before DOMContentLoaded. Widgets
 * that arrive later (a new inline panel child, a modal) are set up as they are added.
 */
(function () {
    "use strict";

    // The set-up functions a JSON element may name, and the only list of them: it lives here,
    // where an injected element cannot change it, and toolbox_site/admin_scripts.py reads it (as
    // JSON) so the server never writes a name this script would refuse.
    var ALLOWED = {
        "calls": ["initDateChooser", "initTimeChooser", "initDateTimeChooser", "createTaskChooser"],
        "constructors": [
            "InlinePanel",
            "MultipleChooserPanel",
            "Chooser",
            "PageChooser",
            "DocumentChooser",
            "ImageChooser",
            "SnippetChooser"
        ]
    };
    var SELECTOR = 'script[type="application/json"][data-admin-init]';

    function run(element) {
        if (element.hasAttribute("data-admin-init-done")) {
            return;
        }
        element.setAttribute("data-admin-init-done", "");
        var spec = JSON.parse(element.textContent);
        var target = window[spec.name];
        if (typeof target !== "function") {
            throw new Error("admin-init: " + spec.name + " is not loaded");
        }
        if (ALLOWED.constructors.indexOf(spec.name) !== -1) {
            new (Function.prototype.bind.apply(target, [null].concat(spec.args)))();
        } else if (ALLOWED.calls.indexOf(spec.name) !== -1) {
            target.apply(window, spec.args);
        } else {
            throw new Error("admin-init: " + spec.name + " is not allowed");
        }
    }

    function runWithin(root) {
        if (root.matches(SELECTOR)) {
            run(root);
            return;
        }
        root.querySelectorAll(SELECTOR).forEach(run);
    }

    runWithin(document.documentElement);
    new MutationObserver(function (records) {
        records.forEach(function (record) {
            record.addedNodes.forEach(function (node) {
                if (node.nodeType === Node.ELEMENT_NODE) {
                    runWithin(node);
                }
            });
        });
    }).observe(document.documentElement, { childList: true, subtree: true });
})();
