""" "Lees voor" in the browser (static/js/read-aloud.js): the page's main text, read by the browser's own
speech synthesis in Dutch, paused and stopped by keyboard, and no button where the browser cannot speak.

Chromium without a display may have no voices, so most tests replace speechSynthesis by a stand-in
that records what the page asks of it; one test uses the real API.
"""

import re

import pytest
from playwright.sync_api import expect

from scripts.site_pages import PAGES

pytestmark = pytest.mark.browser

PAGES_READ = {
    "stap": (PAGES["stap"][0], "Tools bij deze stap"),
    "tool": (PAGES["tool"][0], "Gebruikt in de praktijk"),
}

# The other pages with a text to read; the simple versions read the simple text, which they show.
OTHER_CONTENT_PAGES = [
    "home",
    "stappenplan",
    "fase",
    "fase-eenvoudig",
    "stap-eenvoudig",
    "tool-eenvoudig",
    "verhaal",
    "succesfactoren",
]

# A stand-in for speechSynthesis: it speaks nothing and records every call in window.__speech.calls.
# window.__speech.setVoices(...) changes the voice list and fires voiceschanged, as Chrome does late;
# window.__speech.finish() ends every utterance, as a browser does when it has read them all;
# window.__speech.fail() fails the first, as Chromium does on a machine without any voice.
RECORDING_SPEECH = """(() => {
    const calls = [];
    const utterances = [];
    const listeners = [];
    let voices = [{name: "Samantha", lang: "en-US", default: true}, {name: "Xander", lang: "nl-NL"}];
    class Utterance {
        constructor(text) { this.text = text; this.lang = ""; this.voice = null; }
    }
    const synth = {
        speaking: false, pending: false, paused: false,
        speak(utterance) {
            utterances.push(utterance);
            calls.push({method: "speak", text: utterance.text, lang: utterance.lang,
                        voice: utterance.voice && utterance.voice.name});
            this.speaking = true;
        },
        pause() { calls.push({method: "pause"}); this.paused = true; },
        resume() { calls.push({method: "resume"}); this.paused = false; },
        cancel() { calls.push({method: "cancel"}); this.speaking = false; utterances.length = 0; },
        getVoices() { return voices; },
        addEventListener(type, listener) { if (type === "voiceschanged") listeners.push(listener); },
        removeEventListener() {},
    };
    Object.defineProperty(window, "speechSynthesis", {value: synth, configurable: true});
    window.SpeechSynthesisUtterance = Utterance;
    window.__speech = {
        calls,
        setVoices(list) { voices = list; listeners.forEach(listener => listener(new Event("voiceschanged"))); },
        finish() { utterances.splice(0).forEach(utterance => utterance.onend && utterance.onend({})); },
        fail() { utterances[0].onerror({error: "synthesis-failed"}); },
    };
})();"""

FAILED = "Voorlezen lukt nu niet in deze browser."
VISUALLY_HIDDEN = re.compile(r"\bvisually-hidden\b")
NO_SPEECH = "delete window.speechSynthesis; delete window.SpeechSynthesisUtterance;"


def calls(page, method=None):
    recorded = page.evaluate("window.__speech.calls")
    return [call for call in recorded if method is None or call["method"] == method]


def first_sentence_of_the_body(page):
    paragraph = page.locator(".prose p").first.inner_text()
    return paragraph.split(". ")[0]


def controls(page):
    return page.get_by_role("group", name="Voorlezen")


def button(page, name):
    return controls(page).get_by_role("button", name=name, exact=True)


def status(page):
    return page.locator("[data-read-aloud-status]")


@pytest.mark.parametrize("name", PAGES_READ)
def test_lees_voor_reads_the_title_and_the_body_in_dutch_but_not_the_side_column(site, open_page, name):
    path, side_heading = PAGES_READ[name]
    for width in (375, 1280):
        page = open_page(width=width)
        page.add_init_script(RECORDING_SPEECH)
        page.goto(site + path)
        title = page.get_by_role("heading", level=1).inner_text()
        sentence = first_sentence_of_the_body(page)

        expect(button(page, "Lees voor")).to_be_visible()
        expect(button(page, "Pauze")).to_be_hidden()
        button(page, "Lees voor").click()
        expect(status(page)).to_have_text("Voorlezen gestart")

        spoken = calls(page, "speak")
        texts = [call["text"] for call in spoken]
        assert texts[0] == title, (width, texts[:3])
        assert sentence in " ".join(texts), (width, sentence)
        assert {call["lang"] for call in spoken} == {"nl-NL"}
        assert {call["voice"] for call in spoken} == {"Xander"}  # the Dutch voice, not the default
        assert max(len(text) for text in texts) <= 200  # short pieces: Chrome stops long utterances
        read = " ".join(texts)
        for not_read in [side_heading, "Direct naar de inhoud", "Lees voor", "Print deze", "Hoofdmenu"]:
            assert not_read not in read, (width, not_read)
        expect(button(page, "Pauze")).to_be_visible()
        expect(button(page, "Stop")).to_be_visible()

        page.evaluate("window.__speech.finish()")
        expect(status(page)).to_have_text("Klaar met voorlezen")
        expect(button(page, "Stop")).to_be_hidden()


def test_a_dutch_voice_is_chosen_also_when_the_browser_lists_its_voices_later(site, open_page):
    page = open_page()
    page.add_init_script(RECORDING_SPEECH + "window.__speech.setVoices([]);")
    page.goto(site + PAGES["stap"][0])
    page.evaluate("""window.__speech.setVoices([
        {name: "Daniel", lang: "en-GB"}, {name: "Ellen", lang: "nl-BE"}, {name: "Hanna", lang: "de_DE"}])""")
    button(page, "Lees voor").click()
    spoken = calls(page, "speak")
    assert {call["voice"] for call in spoken} == {"Ellen"}
    assert {call["lang"] for call in spoken} == {"nl-NL"}

    page.evaluate("""window.__speech.setVoices([{name: "Daniel", lang: "en-GB"}])""")
    button(page, "Lees voor").click()  # starts again from the top, now without a Dutch voice
    spoken = calls(page, "speak")[len(spoken) :]
    assert {call["voice"] for call in spoken} == {None}  # the browser's choice for lang nl-NL
    assert {call["lang"] for call in spoken} == {"nl-NL"}


@pytest.mark.parametrize("name", PAGES_READ)
def test_pause_resume_and_stop_work_by_keyboard(site, open_page, name):
    path, _ = PAGES_READ[name]
    for width in (375, 1280):
        page = open_page(width=width)
        page.add_init_script(RECORDING_SPEECH)
        page.goto(site + path)

        button(page, "Lees voor").focus()
        page.keyboard.press("Enter")
        expect(status(page)).to_have_text("Voorlezen gestart")
        page.keyboard.press("Tab")
        expect(button(page, "Pauze")).to_be_focused()
        page.keyboard.press("Space")
        expect(button(page, "Verder")).to_be_focused()
        expect(status(page)).to_have_text("Gepauzeerd")
        page.keyboard.press("Enter")
        expect(button(page, "Pauze")).to_be_focused()
        expect(status(page)).to_have_text("Voorlezen gaat verder")
        assert [call["method"] for call in calls(page) if call["method"] in ("pause", "resume")] == ["pause", "resume"]

        page.keyboard.press("Tab")
        expect(button(page, "Stop")).to_be_focused()
        before = len(calls(page))
        page.keyboard.press("Enter")
        assert [call["method"] for call in calls(page)[before:]] == ["cancel"]
        expect(status(page)).to_have_text("Gestopt")
        expect(button(page, "Pauze")).to_be_hidden()
        expect(button(page, "Stop")).to_be_hidden()
        expect(button(page, "Lees voor")).to_be_focused()  # the keyboard stays in the controls

        page.keyboard.press("Space")
        expect(button(page, "Stop")).to_be_visible()
        before = len(calls(page))
        page.keyboard.press("Escape")
        assert [call["method"] for call in calls(page)[before:]] == ["cancel"]
        expect(status(page)).to_have_text("Gestopt")
        expect(button(page, "Stop")).to_be_hidden()


def test_the_controls_fit_a_phone_of_320_pixels_while_reading(site, open_page):
    page = open_page(width=320, height=640)
    page.add_init_script(RECORDING_SPEECH)
    for name in [*PAGES_READ, *OTHER_CONTENT_PAGES]:
        page.goto(site + PAGES[name][0])
        button(page, "Lees voor").click()
        expect(button(page, "Stop")).to_be_visible()
        box = controls(page).bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 320, (name, box)
        assert page.evaluate("document.documentElement.scrollWidth") <= 320, name


def test_no_button_where_the_browser_cannot_speak_or_runs_no_javascript(site, open_page):
    without_speech = open_page()
    without_speech.add_init_script(NO_SPEECH)
    without_javascript = open_page(javascript=False)
    for name in PAGES_READ:
        path = site + PAGES_READ[name][0]
        without_speech.goto(path)
        assert without_speech.evaluate("'speechSynthesis' in window") is False
        expect(without_speech.get_by_role("heading", level=1)).to_be_visible()
        expect(without_speech.locator("[data-read-aloud-controls]")).to_be_hidden()
        expect(without_speech.get_by_role("button", name="Lees voor")).to_have_count(0)

        without_javascript.goto(path)
        expect(without_javascript.locator("[data-read-aloud-controls]")).to_be_hidden()
        expect(without_javascript.get_by_role("button", name="Lees voor")).to_have_count(0)


def test_when_the_browser_fails_to_speak_the_page_says_so_where_everyone_sees_it(site, page):
    page.add_init_script(RECORDING_SPEECH)
    page.goto(site + PAGES["stap"][0])
    button(page, "Lees voor").click()
    expect(status(page)).to_have_class(VISUALLY_HIDDEN)  # "Voorlezen gestart" is for screen readers only
    page.keyboard.press("Tab")
    expect(button(page, "Pauze")).to_be_focused()
    page.evaluate("window.__speech.fail()")
    expect(status(page)).to_have_text(FAILED)
    expect(status(page)).not_to_have_class(VISUALLY_HIDDEN)
    assert status(page).bounding_box()["width"] > 100
    expect(button(page, "Pauze")).to_be_hidden()
    expect(button(page, "Lees voor")).to_be_focused()


def test_with_the_browsers_own_speech_synthesis_the_button_shows_and_starts_without_errors(site, page):
    page.goto(site + PAGES["stap"][0])
    assert page.evaluate("typeof window.speechSynthesis.speak") == "function"
    expect(button(page, "Lees voor")).to_be_visible()
    button(page, "Lees voor").click()
    # With or without a voice on this machine the page says what happened, and raises no error.
    expect(status(page)).to_have_text(re.compile(rf"^(Voorlezen gestart|Klaar met voorlezen|{re.escape(FAILED)})$"))
    if status(page).inner_text() == FAILED:
        expect(status(page)).not_to_have_class(VISUALLY_HIDDEN)
    else:
        page.keyboard.press("Escape")
        expect(button(page, "Stop")).to_be_hidden()


@pytest.mark.parametrize("name", PAGES_READ)
def test_axe_core_finds_nothing_with_the_controls_shown_and_while_reading(site, open_page, check_axe, name):
    page = open_page(bypass_csp=True)  # axe-core comes in as an inline script
    page.add_init_script(RECORDING_SPEECH)
    page.goto(site + PAGES_READ[name][0])
    expect(button(page, "Lees voor")).to_be_visible()
    check_axe(page, f"{name}, voorlezen klaar om te starten")
    button(page, "Lees voor").click()
    expect(button(page, "Stop")).to_be_visible()
    check_axe(page, f"{name}, tijdens het voorlezen")
    button(page, "Pauze").click()
    expect(button(page, "Verder")).to_be_visible()
    check_axe(page, f"{name}, gepauzeerd")
    assert len(check_axe.checked) == 6


def test_every_other_content_page_reads_its_title_first_and_axe_core_finds_nothing(site, open_page, check_axe):
    page = open_page(bypass_csp=True)  # axe-core comes in as an inline script
    page.add_init_script(RECORDING_SPEECH)
    for name in OTHER_CONTENT_PAGES:
        page.goto(site + PAGES[name][0])
        title = page.get_by_role("heading", level=1).inner_text()
        button(page, "Lees voor").click()
        expect(button(page, "Stop")).to_be_visible()
        texts = [call["text"] for call in calls(page, "speak")]
        assert texts[0] == title, name
        assert len(texts) > 1, name
        assert "Lees voor" not in " ".join(texts), name
        check_axe(page, f"{name}, tijdens het voorlezen")
    assert len(check_axe.checked) == 2 * len(OTHER_CONTENT_PAGES)
