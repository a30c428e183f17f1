"""The listening app of notebook 08: type a sentence, see where it goes, hear it.

The logic (predict, render, draw) lives in plain functions that tests call
directly; :class:`ListenApp` only wires them to ipywidgets. Every format is made
audible on headphones: FOA and HOA are decoded binaurally through the chosen HRTF.
"""
from __future__ import annotations

import io
import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .params import SpatialParams

SOUNDS = ("speech-like", "noise-burst", "pink-noise", "tone-chord")
LISTEN_FORMATS = ("binaural", "stereo", "foa")
GALLERY = (
    "오른쪽 앞에서 천천히 다가와",
    "far behind me on the left, drowned in reverb",
    "머리 위에서 시계 방향으로 360도 회전해요",
    "a footstep passes from left to right, quite close",
    "5시 방향에서 3미터 떨어져서 작게 들려요",
    "at 10 o'clock, very far away and completely dry",
)


@dataclass
class Rendered:
    """One listening example: sentence, predicted record, parameters, stereo audio."""

    text: str
    record: dict
    params: SpatialParams
    audio: np.ndarray          # (n, 2) for headphones
    sr: int
    fmt: str
    hrtf: str


def source_sound(sound: str, sr: int, seconds: float, seed: int = 0) -> np.ndarray:
    """A built-in test sound by name, or a user's audio file (resampled, mono)."""
    from .files import read_audio
    from .render import make_test_sound

    if sound in SOUNDS:
        return make_test_sound(sound, sr, seconds, seed)
    x, _ = read_audio(sound, sr=sr)
    return x


def headphone_audio(mono: np.ndarray, sr: int, params: SpatialParams, fmt: str, hrtf: str,
                    seed: int = 0) -> np.ndarray:
    """Render in ``fmt`` and make it two-channel for headphones (ambisonics decoded)."""
    from .render import decode_ambisonics_binaural, render

    if fmt not in LISTEN_FORMATS + ("hoa3",):
        raise ValueError(f"unknown format {fmt!r} (one of {', '.join(LISTEN_FORMATS)}, hoa3)")
    res = render(mono, sr, params, fmt=fmt, hrtf=hrtf, limit=True, seed=seed)
    if fmt in ("foa", "hoa3"):
        return decode_ambisonics_binaural(res.audio, sr, hrtf)
    return res.audio


def render_sentence(text: str, predictor, fmt: str = "binaural", hrtf: str = "kemar",
                    sound: str = "speech-like", seconds: float = 3.0, sr: int = 48000,
                    seed: int = 0) -> Rendered:
    """Predict a sentence's parameters and render it for headphones."""
    rec = predictor.predict([text])[0]
    params = SpatialParams.from_record(rec)
    mono = source_sound(sound, sr, seconds, seed)
    return Rendered(text, rec, params, headphone_audio(mono, sr, params, fmt, hrtf, seed), sr,
                    fmt, hrtf)


def render_scene_sentences(lines: list[tuple[str, str]], predictor, hrtf: str = "kemar",
                           seconds: float = 3.0, sr: int = 48000) -> tuple[np.ndarray, list[dict]]:
    """Several (sentence, sound) pairs mixed into one binaural scene with headroom."""
    from .render import render_scene

    texts = [t for t, _ in lines]
    recs = predictor.predict(texts)
    sources = [(source_sound(s, sr, seconds, i), SpatialParams.from_record(r))
               for i, ((_, s), r) in enumerate(zip(lines, recs))]
    res = render_scene(sources, sr, fmt="binaural", hrtf=hrtf)
    return res.audio, recs


def path_points(params: SpatialParams, n: int = 50) -> np.ndarray:
    """(n, 3) positions x (right), y (front), z (up) in metres along the motion path."""
    from .render.trajectory import params_at

    out = []
    for t in np.linspace(0, 1, n if params.is_moving else 1):
        p = params_at(params, float(t))
        az, el = math.radians(p.az_deg), math.radians(p.el_deg)
        out.append([p.dist_m * math.cos(el) * math.sin(az), p.dist_m * math.cos(el) * math.cos(az),
                    p.dist_m * math.sin(el)])
    return np.array(out)


#: Fonts that draw Hangul, in order of preference, if one is installed.
HANGUL_FONTS = ("Noto Sans CJK KR", "Noto Sans KR", "NanumGothic", "UnDotum", "Malgun Gothic",
                "AppleGothic", "Apple SD Gothic Neo")


def hangul_font() -> str | None:
    """The first installed font of :data:`HANGUL_FONTS`, or None."""
    from matplotlib import font_manager

    installed = {f.name for f in font_manager.fontManager.ttflist}
    return next((name for name in HANGUL_FONTS if name in installed), None)


def plot_position(params: SpatialParams, title: str = ""):
    """Top view (front up, right to the right) and side view of the source and its path.

    A Korean ``title`` is drawn with an installed Hangul font; without one it
    is left out (the sentence is shown beside the plot anyway) rather than
    drawn as empty boxes.
    """
    import matplotlib.pyplot as plt

    pts = path_points(params)
    fig, (top, side) = plt.subplots(1, 2, figsize=(7.5, 3.4))
    for ax in (top, side):
        ax.set_xlim(-6.5, 6.5)
        ax.set_ylim(-6.5, 6.5)
        ax.set_aspect("equal")
        ax.grid(alpha=0.3)
    top.add_patch(plt.Circle((0, 0), 0.25, color="0.6"))
    top.plot([0], [0.35], "^", color="0.3")                       # the nose: front is up
    top.plot(pts[:, 0], pts[:, 1], "-", color="C1", alpha=0.7)
    top.plot(pts[0, 0], pts[0, 1], "o", color="C0", ms=9, label="start")
    if len(pts) > 1:
        top.annotate("", pts[-1, :2], pts[-2, :2], arrowprops={"arrowstyle": "->", "color": "C1"})
    top.set_title("top view (front up)")
    top.set_xlabel("right (m)")
    side.add_patch(plt.Circle((0, 0), 0.25, color="0.6"))
    side.plot(pts[:, 1], pts[:, 2], "-", color="C1", alpha=0.7)
    side.plot(pts[0, 1], pts[0, 2], "o", color="C0", ms=9)
    side.set_title("side view (front right)")
    side.set_xlabel("front (m)")
    side.set_ylabel("up (m)")
    if any("\uac00" <= ch <= "\ud7a3" for ch in title):
        font = hangul_font()
        if font:
            fig.suptitle(title, fontsize=9, fontfamily=font)
    else:
        fig.suptitle(title, fontsize=9)
    fig.tight_layout()
    return fig


def position_image(params: SpatialParams, title: str = ""):
    """:func:`plot_position` as an inline PNG (``IPython.display.Image``).

    Displaying the figure itself shows only its repr under a non-inline
    backend (Agg, as in papermill runs); a PNG shows everywhere.
    """
    import matplotlib.pyplot as plt
    from IPython.display import Image

    fig = plot_position(params, title)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=100)
    plt.close(fig)
    return Image(data=buf.getvalue(), format="png")


def params_table_html(rec: dict) -> str:
    """The predicted parameters as a small HTML table."""
    p = SpatialParams.from_record(rec)
    rows = [("azimuth", f"{p.az_deg:+.1f}° (0 front, +90 right)"), ("elevation", f"{p.el_deg:+.1f}°"),
            ("distance", f"{p.dist_m:.2f} m"), ("spread", f"{p.spread_deg:.0f}°"),
            ("wet mix", f"{p.wet_mix:.2f}"), ("DRR", f"{p.drr_db:+.1f} dB"),
            ("gain", f"{p.gain_db:+.1f} dB"),
            ("motion", (p.motion.to_dict() if p.motion else {"kind": "static"})["kind"])]
    return "<table>" + "".join(f"<tr><td><b>{k}</b></td><td>{v}</td></tr>" for k, v in rows) \
        + "</table>"


def render_description(text: str, predictor, hrtf: str = "kemar", seconds: float = 3.0,
                       sr: int = 48000):
    """A scene from one description (:func:`t2sa_lib.scene.describe`), mixed binaurally.

    Each source gets the stand-in sound of its label; the mix is soft-limited.
    Returns the scene and the (n, 2) audio.
    """
    from .render import render_scene
    from .render.label_sounds import source_sound as label_sound
    from .scene import describe

    scene = describe(text, predictor)
    parts = [(label_sound(s.label, s.sound, sr, seconds, i), s.params)
             for i, s in enumerate(scene.sources)]
    return scene, render_scene(parts, sr, fmt="binaural", hrtf=hrtf, limit=True).audio


def scene_table_html(scene) -> str:
    """The sources of a scene, one row each: label, words, place, motion."""
    head = ("<tr><th>label</th><th>words</th><th>az °</th><th>el °</th><th>dist m</th>"
            "<th>spread °</th><th>wet</th><th>gain dB</th><th>motion</th></tr>")
    rows = []
    for s in scene.sources:
        p = s.params
        kind = p.motion.kind if p.motion else "static"
        rows.append(f"<tr><td><b>{s.label}</b></td><td>{s.span}</td><td>{p.az_deg:+.0f}</td>"
                    f"<td>{p.el_deg:+.0f}</td><td>{p.dist_m:.1f}</td><td>{p.spread_deg:.0f}</td>"
                    f"<td>{p.wet_mix:.2f}</td><td>{p.gain_db:+.1f}</td><td>{kind}</td></tr>")
    room = scene.room
    return (f"<table class=\"t2sa-scene\">{head}{''.join(rows)}</table><p>room: wet {room.get('wet_mix', 0):.2f}, "
            f"DRR {room.get('drr_db', 0):+.1f} dB</p>")


def scene_image(scene):
    """Top view (front up, right to the right) of every source of a scene and its path."""
    import matplotlib.pyplot as plt
    from IPython.display import Image

    fig, ax = plt.subplots(figsize=(4.6, 4.6))
    ax.set_xlim(-6.5, 6.5)
    ax.set_ylim(-6.5, 6.5)
    ax.set_aspect("equal")
    ax.grid(alpha=0.3)
    ax.add_patch(plt.Circle((0, 0), 0.25, color="0.6"))
    ax.plot([0], [0.35], "^", color="0.3")
    font = hangul_font()
    for i, s in enumerate(scene.sources):
        pts = path_points(s.params)
        ax.plot(pts[:, 0], pts[:, 1], "-", color=f"C{i}", alpha=0.7)
        ax.plot(pts[0, 0], pts[0, 1], "o", color=f"C{i}", ms=9)
        if len(pts) > 1:
            ax.annotate("", pts[-1, :2], pts[-2, :2], arrowprops={"arrowstyle": "->",
                                                                  "color": f"C{i}"})
        korean = any("\uac00" <= ch <= "\ud7a3" for ch in s.label)
        ax.annotate(s.label if font or not korean else f"source {i + 1}", pts[0, :2],
                    xytext=(6, 6), textcoords="offset points", fontsize=9,
                    fontfamily=font if korean and font else None)
    ax.set_title("scene, top view (front up)")
    ax.set_xlabel("right (m)")
    ax.set_ylabel("front (m)")
    buf = io.BytesIO()
    fig.tight_layout()
    fig.savefig(buf, format="png", dpi=100)
    plt.close(fig)
    return Image(data=buf.getvalue(), format="png")


def wav_bytes(audio: np.ndarray, sr: int) -> bytes:
    """16-bit WAV bytes for a browser audio player."""
    import soundfile as sf

    buf = io.BytesIO()
    sf.write(buf, np.clip(audio, -1, 1), sr, format="WAV", subtype="PCM_16")
    return buf.getvalue()


class ListenApp:
    """Widgets: sentence box, format, HRTF (built-in or SOFA path), sound, render, A/B, scene."""

    def __init__(self, predictor, hrtfs: list[str] | None = None, sr: int = 48000):
        import ipywidgets as w

        from .render import list_hrtfs

        self.predictor, self.sr = predictor, sr
        names = hrtfs or [n for n, ok in list_hrtfs().items() if ok]
        self.text = w.Textarea(value=GALLERY[0], description="sentence",
                               layout=w.Layout(width="95%"))
        self.fmt = w.Dropdown(options=LISTEN_FORMATS, value="binaural", description="format")
        self.hrtf = w.Dropdown(options=names, value=names[0], description="HRTF")
        self.sofa = w.Text(placeholder="or a path to your .sofa file", description="SOFA file")
        self.sound = w.Dropdown(options=SOUNDS, value="speech-like", description="sound")
        self.wav = w.Text(placeholder="or a path to your WAV", description="WAV file")
        self.ab = w.Checkbox(value=False, description="A/B")
        self.fmt_b = w.Dropdown(options=LISTEN_FORMATS, value="binaural", description="B format")
        self.hrtf_b = w.Dropdown(options=names, value=names[-1], description="B HRTF")
        self.button = w.Button(description="Render", button_style="primary")
        self.scene_text = w.Textarea(
            value="오른쪽에서 들려요 | tone-chord\nfar behind me on the left | noise-burst",
            description="scene", layout=w.Layout(width="95%", height="70px"))
        self.scene_button = w.Button(description="Render scene")
        self.osc_host = w.Text(value="127.0.0.1", description="OSC host")
        self.osc_port = w.IntText(value=9000, description="port")
        self.osc_protocol = w.Dropdown(options=("seed", "adm"), value="seed",
                                       description="protocol")
        self.osc_button = w.Button(description="Send to DAW (OSC)")
        self.out = w.Output()
        self.button.on_click(self.on_render)
        self.osc_button.on_click(self.on_osc)
        self.scene_button.on_click(self.on_scene)
        self.last: list[Rendered] = []
        self.widget = w.VBox([self.text, w.HBox([self.fmt, self.hrtf, self.sofa]),
                              w.HBox([self.sound, self.wav]),
                              w.HBox([self.ab, self.fmt_b, self.hrtf_b]), self.button,
                              w.HBox([self.osc_host, self.osc_port, self.osc_protocol,
                                      self.osc_button]),
                              self.scene_text, self.scene_button, self.out])

    def _hrtf(self, choice: str) -> str:
        return self.sofa.value.strip() or choice

    def _sound(self) -> str:
        return self.wav.value.strip() or self.sound.value

    def on_render(self, _=None) -> list[Rendered]:
        """Render the sentence (and its B version in A/B mode) and show it."""
        from IPython.display import HTML, Audio, display

        variants = [(self.fmt.value, self._hrtf(self.hrtf.value))]
        if self.ab.value:
            variants.append((self.fmt_b.value, self.hrtf_b.value))
        self.last = [render_sentence(self.text.value, self.predictor, f, h, self._sound(),
                                     sr=self.sr) for f, h in variants]
        with self.out:
            self.out.clear_output()
            first = self.last[0]
            display(HTML(params_table_html(first.record)))
            display(position_image(first.params, first.text))
            for label, r in zip("AB", self.last):
                display(HTML(f"<b>{label}</b>: {r.fmt}, HRTF {Path(r.hrtf).name}"))
                display(Audio(wav_bytes(r.audio, r.sr), rate=r.sr))
        return self.last

    def on_osc(self, _=None, sleep=None) -> int:
        """Send the last rendered sentence's parameters over OSC (render first if none)."""
        import time

        from .osc import OscSender

        if not self.last or self.last[0].text != self.text.value:
            self.on_render()
        sender = OscSender(self.osc_host.value, self.osc_port.value)
        n = sender.send_params(self.last[0].params, self.osc_protocol.value,
                               sleep=sleep or time.sleep)
        with self.out:
            print(f"sent {n} OSC messages to {self.osc_host.value}:{self.osc_port.value} "
                  f"({self.osc_protocol.value})")
        return n

    def on_scene(self, _=None):
        """Mix one source per line ("sentence | sound") into a scene and play it."""
        from IPython.display import HTML, Audio, display

        lines = []
        for raw in self.scene_text.value.splitlines():
            if raw.strip():
                text, _, sound = raw.partition("|")
                lines.append((text.strip(), sound.strip() or "speech-like"))
        audio, recs = render_scene_sentences(lines, self.predictor, self._hrtf(self.hrtf.value),
                                             sr=self.sr)
        with self.out:
            self.out.clear_output()
            for (text, sound), rec in zip(lines, recs):
                display(HTML(f"{text} — {sound}: az {rec['az_deg']:+.0f}°, "
                             f"{rec['dist_m']:.1f} m"))
            display(Audio(wav_bytes(audio, self.sr), rate=self.sr))
        return audio, recs
