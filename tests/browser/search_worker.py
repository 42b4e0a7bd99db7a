"""Material's search, asked directly: queries posted to its web worker, answers read from it.

Material's search runs in a web worker (assets/javascripts/workers/search.*.js) that takes the
index (message type 0), says when it is ready (1), and answers each query (2) with its results (3).
This script, run before the page's own, keeps the worker the page makes and counts the queries asked
and answered, so that a test can put many queries to the real index in turn, each once the one before
is answered, without typing each one into the search box.
"""

from __future__ import annotations

KEEP_THE_WORKER = """
(() => {
  const Native = window.Worker;
  const state = window.__search = {worker: null, ready: false, asked: 0, answered: 0};
  window.Worker = class extends Native {
    constructor(...args) {
      super(...args);
      state.worker = this;
      this.addEventListener("message", ({data}) => {
        if (data && data.type === 1) state.ready = true;
        if (data && data.type === 3) state.answered += 1;
      });
    }
    postMessage(message, ...rest) {
      if (message && message.type === 2) state.asked += 1;
      return super.postMessage(message, ...rest);
    }
  };
})();
"""

ASK = """
async (queries) => {
  const worker = window.__search.worker;
  const answers = {};
  for (const query of queries) {
    answers[query] = await new Promise((resolve) => {
      const listen = ({data}) => {
        if (!data || data.type !== 3) return;
        worker.removeEventListener("message", listen);
        resolve(data.data.items.flat().map((doc) => doc.location.split("#")[0]));
      };
      worker.addEventListener("message", listen);
      worker.postMessage({type: 2, data: query});
    });
  }
  return answers;
}
"""


def ask_search(page, site_root: str, queries: list[str]) -> dict[str, list[str]]:
    """{query: the pages found, best first (each once)} from the site's own search."""
    page.add_init_script(KEEP_THE_WORKER)
    page.goto(site_root)
    # Ready, and every query the page asked by itself answered: the next answer is the test's.
    page.wait_for_function(
        "window.__search && window.__search.ready && window.__search.asked === window.__search.answered"
    )
    answers = page.evaluate(ASK, queries)
    return {query: list(dict.fromkeys(found)) for query, found in answers.items()}
