"""Open a notebook in JupyterLab in headless Chromium, run every cell, screenshot it.

How a person sees the listening notebook: a real JupyterLab server, a real
browser, the widgets drawn by the browser. Usage::

    .venv/bin/python scripts/screenshot_notebook.py notebooks/08_listen.ipynb \\
        figures/listen_notebook.png [--scroll-to "CSS selector"] [--scroll-margin PX]

Needs Debian's ``chromium`` (``apt-get install chromium fonts-noto-cjk``: Korean needs the font). Exits non-zero,
naming the problem, when the browser is missing, a cell fails or the run
times out. Prints a JSON summary: cells run, errors seen, widgets drawn.
"""
from __future__ import annotations

import argparse
import base64
import json
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Headless windows never take focus, so find the notebook panel rather than the current widget.
FIND_PANEL_JS = ("Array.from(window.jupyterapp.shell.widgets('main'))"
                 ".find(w => w.content && w.content.widgets)")

STATE_JS = """(() => {
  const panel = window.jupyterapp && FIND_PANEL;
  if (!panel) return JSON.stringify({ready: false});
  const nb = panel.content;
  const cells = nb.widgets.filter(c => c.model.type === 'code');
  const session = panel.sessionContext;
  return JSON.stringify({
    ready: !!(session && session.session && session.session.kernel),
    status: session ? session.kernelDisplayStatus : 'none',
    code_cells: cells.length,
    run: cells.filter(c => c.model.executionCount !== null).length,
    busy: document.querySelectorAll('.jp-InputArea-prompt').length > 0 &&
          [...document.querySelectorAll('.jp-InputArea-prompt')].some(p => p.textContent.includes('*')),
    errors: cells.filter(c => c.model.outputs.toJSON().some(o => o.output_type === 'error')).length,
    widgets: document.querySelectorAll('.jupyter-widgets').length,
    audio: document.querySelectorAll('audio').length,
    scene_tables: document.querySelectorAll('table.t2sa-scene').length});
})()""".replace("FIND_PANEL", FIND_PANEL_JS)


# Scroll the element into view, then back by a margin so the heading above it shows too.
SCROLL_JS = """(() => {
  const e = document.querySelector(%s);
  if (!e) return;
  e.scrollIntoView();
  let box = e.parentElement;
  while (box && box.scrollHeight <= box.clientHeight) box = box.parentElement;
  if (box) box.scrollTop -= %d;
})()"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_http(url: str, timeout: float) -> None:
    end = time.time() + timeout
    while time.time() < end:
        try:
            urllib.request.urlopen(url, timeout=2).read()
            return
        except OSError:
            time.sleep(0.5)
    raise TimeoutError(f"{url} did not answer within {timeout:.0f} s")


class DevTools:
    """A minimal Chrome DevTools Protocol client over one page's websocket."""

    def __init__(self, port: int):
        import websocket

        targets = json.loads(urllib.request.urlopen(f"http://127.0.0.1:{port}/json").read())
        page = next(t for t in targets if t["type"] == "page")
        self.ws = websocket.create_connection(page["webSocketDebuggerUrl"], timeout=60)
        self.next_id = 0

    def call(self, method: str, **params):
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            msg = json.loads(self.ws.recv())
            if msg.get("id") == self.next_id:
                if "error" in msg:
                    raise RuntimeError(f"{method}: {msg['error']}")
                return msg.get("result", {})

    def eval(self, js: str):
        res = self.call("Runtime.evaluate", expression=js, awaitPromise=True,
                        returnByValue=True)
        return res.get("result", {}).get("value")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("notebook", type=Path)
    ap.add_argument("output", type=Path)
    ap.add_argument("--timeout", type=float, default=300.0)
    ap.add_argument("--width", type=int, default=1400)
    ap.add_argument("--height", type=int, default=1800)
    ap.add_argument("--scroll-to", default=".jupyter-widgets",
                    help="CSS selector of the element to scroll into view before the shot")
    ap.add_argument("--scroll-margin", type=int, default=0,
                    help="pixels to leave above that element (to show a heading)")
    args = ap.parse_args(argv)
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        print("error: chromium not found (apt-get install chromium)", file=sys.stderr)
        return 2
    nb = args.notebook.resolve()
    if not nb.is_file():
        print(f"error: {nb}: no such notebook", file=sys.stderr)
        return 2
    lab_port, cdp_port = free_port(), free_port()
    procs = []
    with tempfile.TemporaryDirectory() as profile:
        try:
            procs.append(subprocess.Popen(
                [sys.executable, "-m", "jupyter", "lab", "--no-browser", f"--port={lab_port}",
                 "--IdentityProvider.token=", "--ServerApp.password=", "--expose-app-in-browser",
                 "--allow-root",
                 f"--ServerApp.root_dir={ROOT}", "--ServerApp.disable_check_xsrf=True"],
                cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
            wait_http(f"http://127.0.0.1:{lab_port}/api", 60)
            procs.append(subprocess.Popen(
                [browser, "--headless=new", "--no-sandbox", "--disable-gpu",
                 f"--remote-debugging-port={cdp_port}", f"--user-data-dir={profile}",
                 # Newer Chromium refuses DevTools websockets from an origin it was not told of;
                 # the closed network makes its background services fail noisily.
                 f"--remote-allow-origins=http://127.0.0.1:{cdp_port}",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic",
                 f"--window-size={args.width},{args.height}", "about:blank"],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
            wait_http(f"http://127.0.0.1:{cdp_port}/json/version", 30)
            cdp = DevTools(cdp_port)
            rel = nb.relative_to(ROOT).as_posix()
            cdp.call("Page.navigate", url=f"http://127.0.0.1:{lab_port}/lab/tree/{rel}")
            end = time.time() + args.timeout
            state = {}
            while time.time() < end:
                state = json.loads(cdp.eval(STATE_JS) or '{"ready": false}')
                if state.get("ready") and state.get("status") == "idle":
                    break
                time.sleep(1)
            else:
                raise TimeoutError(f"the notebook's kernel did not start: {state}")
            cdp.eval(f"(() => {{ const panel = {FIND_PANEL_JS};"
                     " window.jupyterapp.shell.activateById(panel.id);"
                     " return window.jupyterapp.commands.execute('notebook:run-all-cells'); })()")
            while time.time() < end:
                time.sleep(2)
                state = json.loads(cdp.eval(STATE_JS))
                if (state["run"] == state["code_cells"] and not state["busy"]
                        and state["status"] == "idle"):
                    break
            else:
                raise TimeoutError(f"cells still running after {args.timeout:.0f} s: {state}")
            time.sleep(3)    # let widgets and plots finish drawing
            cdp.eval(SCROLL_JS % (json.dumps(args.scroll_to), args.scroll_margin))
            time.sleep(1)
            shot = cdp.call("Page.captureScreenshot", format="png")
            args.output.parent.mkdir(parents=True, exist_ok=True)
            tmp = args.output.with_suffix(".part.png")
            tmp.write_bytes(base64.b64decode(shot["data"]))
            tmp.replace(args.output)
            print(json.dumps({**state, "screenshot": str(args.output)}))
            return 1 if state["errors"] else 0
        finally:
            for p in reversed(procs):
                p.terminate()
                try:
                    p.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    p.kill()


if __name__ == "__main__":
    sys.exit(main())
