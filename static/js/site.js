/* Small enhancements for every page; the site works without them. */
(function () {
    "use strict";
    document.documentElement.classList.add("js");

    document.addEventListener("DOMContentLoaded", function () {
        // "Print deze stap/tool": the button is hidden until there is a script to run it.
        document.querySelectorAll(".js-print").forEach(function (button) {
            button.hidden = false;
            button.addEventListener("click", function () { window.print(); });
        });
    });
}());
