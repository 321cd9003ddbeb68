/* "Lees voor": the browser's own speech synthesis reads the page's main text aloud, in Dutch.

   The controls (templates/includes/read_aloud.html) are rendered hidden and shown only where the
   browser can speak, so without JavaScript or speech synthesis there is no button that does nothing.
   What is read: the elements marked data-read-aloud, the page title first, without navigation,
   side columns, forms, controls, anything hidden, and elements marked data-read-aloud-skip. No
   outside service: the text never leaves the browser. */
(function () {
    "use strict";

    var LANG = "nl-NL";
    // Chrome stops an utterance after about fifteen seconds of speech: no piece is longer than this.
    var MAX_PIECE = 200;
    // Not part of the text: navigation, side columns, forms and their fields, pictures made of
    // code, what the print view leaves out (.no-print, .page-actions: links and buttons around the
    // text), and what the page hides from everyone.
    var SKIP = [
        "nav", "aside", "form", "button", "input", "select", "textarea", "label", "script", "style",
        "template", "noscript", "svg", "canvas", "iframe", "audio", "video", "object",
        "[hidden]", "[aria-hidden='true']", "[data-read-aloud-skip]", "[data-read-aloud-controls]",
        ".no-print", ".page-actions"
    ].join(",");
    // The browser's error when speech is stopped on purpose (cancel, or a new start): no failure.
    var STOPPED_ON_PURPOSE = ["interrupted", "canceled"];

    function canSpeak() {
        return "speechSynthesis" in window && Boolean(window.speechSynthesis)
            && typeof window.SpeechSynthesisUtterance === "function";
    }

    /* A Dutch voice if the browser lists one: Dutch from the Netherlands first, then any Dutch
       (Flemish). Android writes languages as nl_NL. Without one, the lang of the utterance still
       asks the browser for Dutch. */
    function dutchVoice() {
        var voices = window.speechSynthesis.getVoices() || [];
        var langOf = function (voice) { return String(voice.lang || "").replace("_", "-").toLowerCase(); };
        var exact = Array.prototype.find.call(voices, function (voice) { return langOf(voice) === "nl-nl"; });
        return exact || Array.prototype.find.call(voices, function (voice) {
            return langOf(voice).indexOf("nl") === 0;
        }) || null;
    }

    function tidy(text) {
        return text.replace(/\s+/g, " ").trim();
    }

    /* The text of the marked elements as blocks (a heading, a paragraph, a list item...), in the
       order a reader sees them. An inline element joins its block; a block element starts a new one. */
    function textBlocks(roots, title) {
        var blocks = [];
        var current = "";

        function flush() {
            var text = tidy(current);
            if (text) {
                blocks.push(text);
            }
            current = "";
        }

        function walk(node) {
            if (node.nodeType === Node.TEXT_NODE) {
                current += node.nodeValue;
                return;
            }
            if (node.nodeType !== Node.ELEMENT_NODE || node === title || node.matches(SKIP)) {
                return;
            }
            var style = window.getComputedStyle(node);
            if (style.display === "none" || style.visibility === "hidden") {
                return;
            }
            if (node.tagName === "BR") {
                flush();
                return;
            }
            if (node.tagName === "IMG") {
                current += " " + (node.getAttribute("alt") || "") + " ";
                return;
            }
            var block = style.display.indexOf("inline") !== 0 && style.display !== "contents";
            if (block) {
                flush();
            }
            node.childNodes.forEach(walk);
            if (block) {
                flush();
            } else {
                current += " ";
            }
        }

        if (title) {
            current = title.textContent;
            flush();
        }
        roots.forEach(function (root) {
            walk(root);
            flush();
        });
        return blocks;
    }

    /* A piece of at most MAX_PIECE characters, broken where a reader pauses: after a sentence,
       then after a comma, semicolon or colon, and only as a last resort between two words. */
    function pieces(text) {
        if (text.length <= MAX_PIECE) {
            return [text];
        }
        // A marker after each break, not a lookbehind: Safari before 16.4 cannot parse one.
        var breaks = [/([.!?…])\s+/g, /([,;:])\s+/g, /(\S)\s+/g];
        for (var i = 0; i < breaks.length; i += 1) {
            var parts = text.replace(breaks[i], "$1\u0000").split("\u0000");
            if (parts.length > 1) {
                return packed(parts, i === breaks.length - 1);
            }
        }
        return [text];
    }

    /* Short parts are joined again up to MAX_PIECE, long ones broken further. */
    function packed(parts, lastResort) {
        var result = [];
        var piece = "";
        parts.forEach(function (part) {
            if (piece && (piece + " " + part).length > MAX_PIECE) {
                result.push(piece);
                piece = "";
            }
            piece = piece ? piece + " " + part : part;
        });
        if (piece) {
            result.push(piece);
        }
        return lastResort ? result : result.reduce(function (all, part) { return all.concat(pieces(part)); }, []);
    }

    function setUp(controls) {
        var synth = window.speechSynthesis;
        var start = controls.querySelector("[data-read-aloud-action='start']");
        var pause = controls.querySelector("[data-read-aloud-action='pause']");
        var stop = controls.querySelector("[data-read-aloud-action='stop']");
        var status = controls.querySelector("[data-read-aloud-status]");
        var state = "idle";
        // Each start is a new session: events of utterances of an earlier session are ignored.
        var session = 0;
        // The utterances are kept: Chrome drops events of an utterance nobody holds on to.
        var utterances = [];
        var voice = dutchVoice();

        // Chrome lists its voices only after a while and says so with voiceschanged.
        if (typeof synth.addEventListener === "function") {
            synth.addEventListener("voiceschanged", function () { voice = dutchVoice(); });
        }

        // The status is for screen readers, except a failure: that everyone must see.
        function say(message, failed) {
            status.textContent = message;
            status.classList.toggle("visually-hidden", !failed);
        }

        function show(reading) {
            var focused = controls.contains(document.activeElement) && document.activeElement !== start;
            pause.hidden = !reading;
            stop.hidden = !reading;
            if (!reading && focused) {
                start.focus();  // the focused button disappears: keep the keyboard in the controls
            }
        }

        function setPaused(paused) {
            state = paused ? "paused" : "speaking";
            pause.textContent = paused ? "Verder" : "Pauze";
        }

        function end(message, failed) {
            session += 1;
            state = "idle";
            utterances = [];
            pause.textContent = "Pauze";
            show(false);
            say(message, failed);
        }

        function read() {
            var roots = Array.prototype.slice.call(document.querySelectorAll("[data-read-aloud]"));
            var title = document.querySelector("[data-read-aloud] h1") || document.querySelector("h1");
            var texts = textBlocks(roots, title).reduce(function (all, block) { return all.concat(pieces(block)); }, []);
            synth.cancel();
            if (synth.paused) {
                synth.resume();  // else Chrome keeps a new text paused as well
            }
            if (!texts.length) {
                end("Er is op deze pagina geen tekst om voor te lezen.", true);
                return;
            }
            session += 1;
            var mine = session;
            voice = voice || dutchVoice();
            utterances = texts.map(function (text, index) {
                var utterance = new window.SpeechSynthesisUtterance(text);
                utterance.lang = LANG;
                if (voice) {
                    utterance.voice = voice;
                }
                utterance.onend = function () {
                    if (mine === session && index === texts.length - 1) {
                        end("Klaar met voorlezen");
                    }
                };
                utterance.onerror = function (event) {
                    if (mine === session && STOPPED_ON_PURPOSE.indexOf(event.error) === -1) {
                        synth.cancel();
                        end("Voorlezen lukt nu niet in deze browser.", true);
                    }
                };
                return utterance;
            });
            utterances.forEach(function (utterance) { synth.speak(utterance); });
            setPaused(false);
            show(true);
            say("Voorlezen gestart");
        }

        start.addEventListener("click", read);
        pause.addEventListener("click", function () {
            if (state === "speaking") {
                synth.pause();
                setPaused(true);
                say("Gepauzeerd");
            } else if (state === "paused") {
                synth.resume();
                setPaused(false);
                say("Voorlezen gaat verder");
            }
        });
        stop.addEventListener("click", function () {
            synth.cancel();
            end("Gestopt");
        });
        document.addEventListener("keydown", function (event) {
            if (event.key === "Escape" && state !== "idle" && !event.defaultPrevented) {
                synth.cancel();
                end("Gestopt");
            }
        });
        // Leaving the page ends the reading: the next page must not go on with this text.
        window.addEventListener("pagehide", function () {
            if (state !== "idle") {
                synth.cancel();
                end("Gestopt");
            }
        });
        controls.hidden = false;
    }

    document.addEventListener("DOMContentLoaded", function () {
        if (!canSpeak()) {
            return;
        }
        document.querySelectorAll("[data-read-aloud-controls]").forEach(setUp);
    });
}());
