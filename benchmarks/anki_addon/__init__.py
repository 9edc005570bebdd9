"""Benchmark add-on for Anki: reports when the deck list is shown, and times answer to next card.

Installed by benchmarks/anki_side.py into a throw-away base folder. QUIZAPP_BENCH_MODE selects:
"start" prints "deck list shown" once the deck list is in the page and painted; "review" also
opens the reviewer and prints a JSON list of answer-to-next-question times (seconds).
"""

import json
import os
import time

from aqt import gui_hooks, mw
from aqt.qt import QTimer

MODE = os.environ.get("QUIZAPP_BENCH_MODE", "")
ANSWERS = int(os.environ.get("QUIZAPP_BENCH_ANSWERS", "30"))
# Polls until the page shows the text, waits for the next frame to be painted, then tells Python.
WAIT_FOR = """(function wait() {
  if (document.body && document.body.innerText.includes(%s)) {
    requestAnimationFrame(() => requestAnimationFrame(() => pycmd("quizappbench:shown")));
  } else { setTimeout(wait, 1); }
})();"""
state = {"deck_list": False, "started": None, "times": [], "waiting": False}


def say(line):
    print(line, flush=True)


def on_deck_browser_rendered(browser):
    if state["deck_list"]:
        return
    state["deck_list"] = True
    state["waiting"] = "deck list"
    browser.web.eval(WAIT_FOR % json.dumps("Default"))


def on_js_message(handled, message, context):
    if message != "quizappbench:shown":
        return handled
    if state["waiting"] == "deck list":
        say("deck list shown")
        if MODE == "review":
            QTimer.singleShot(500, start_review)
    elif state["waiting"] == "question":
        if state["started"] is not None:
            state["times"].append(time.perf_counter() - state["started"])
        if len(state["times"]) >= ANSWERS:
            say(json.dumps({"answer_to_next_s": state["times"]}))
            state["waiting"] = None
            return (True, None)
        QTimer.singleShot(50, show_answer)
    elif state["waiting"] == "answer":
        QTimer.singleShot(50, answer)
    state["waiting"] = None
    return (True, None)


def start_review():
    mw.moveToState("review")


def on_question_shown(card):
    state["waiting"] = "question"
    mw.reviewer.web.eval(WAIT_FOR % json.dumps(card.note()["Front"]))


def show_answer():
    state["waiting"] = "answer"
    mw.reviewer._showAnswer()
    mw.reviewer.web.eval(WAIT_FOR % json.dumps("Answer"))


def answer():
    state["started"] = time.perf_counter()
    mw.reviewer._answerCard(3)


if MODE:
    gui_hooks.deck_browser_did_render.append(on_deck_browser_rendered)
    gui_hooks.webview_did_receive_js_message.append(on_js_message)
    gui_hooks.reviewer_did_show_question.append(on_question_shown)
