import numpy as np
import pytest

from t2sa_lib.params import Motion, SpatialParams
from t2sa_lib.widgets import (ListenApp, params_table_html, path_points, render_scene_sentences,
                              render_sentence, wav_bytes)


class FakeModel:
    """Stands in for T2SInfer: every sentence goes to the right, 2 m, moving if it says so."""

    def predict(self, texts):
        out = []
        for t in texts:
            p = SpatialParams(az_deg=90, dist_m=2, motion=Motion("rotate") if "circle" in t
                              else None)
            out.append({"text": t, **p.to_record(), "az_deg": 90.0, "el_deg": 0.0})
        return out


@pytest.mark.parametrize("fmt", ["binaural", "stereo", "foa"])
def test_render_sentence_gives_headphone_audio(fmt):
    r = render_sentence("on my right", FakeModel(), fmt=fmt, hrtf="ku100", seconds=0.3,
                        sr=16000)
    assert r.audio.shape[1] == 2
    left, right = (r.audio.astype(float) ** 2).sum(0)
    assert right > left


def test_scene_and_helpers():
    audio, recs = render_scene_sentences([("a", "tone-chord"), ("b", "noise-burst")],
                                         FakeModel(), hrtf="ku100", seconds=0.3, sr=16000)
    assert audio.shape[1] == 2 and len(recs) == 2
    pts = path_points(SpatialParams(az_deg=0, dist_m=2, motion=Motion("rotate")), n=5)
    np.testing.assert_allclose(pts[0], [0, 2, 0], atol=1e-9)   # front = +y
    assert "azimuth" in params_table_html(FakeModel().predict(["x"])[0])
    assert wav_bytes(audio, 16000)[:4] == b"RIFF"


def test_listen_app_renders_and_sends_osc():
    pytest.importorskip("ipywidgets")
    from pythonosc.dispatcher import Dispatcher
    from pythonosc.osc_server import ThreadingOSCUDPServer
    import threading

    got = []
    disp = Dispatcher()
    disp.set_default_handler(lambda addr, *v: got.append(addr))
    server = ThreadingOSCUDPServer(("127.0.0.1", 0), disp)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        app = ListenApp(FakeModel(), hrtfs=["ku100", "kemar"], sr=16000)
        app.ab.value = True
        rendered = app.on_render()
        assert [r.hrtf for r in rendered] == ["ku100", "kemar"]
        app.osc_port.value = server.server_address[1]
        n = app.on_osc()
        import time
        for _ in range(50):
            if len(got) >= n:
                break
            time.sleep(0.02)
        assert "/source/azimuth" in got
    finally:
        server.shutdown()


def test_korean_title_never_drawn_as_missing_glyphs(recwarn):
    import matplotlib

    matplotlib.use("Agg")
    from t2sa_lib.widgets import hangul_font, plot_position

    fig = plot_position(SpatialParams(az_deg=30), title="오른쪽 앞에서")
    fig.canvas.draw()
    assert not [w for w in recwarn if "missing from font" in str(w.message)]
    suptitle = fig._suptitle.get_text() if fig._suptitle else ""
    assert suptitle == ("오른쪽 앞에서" if hangul_font() else "")
    fig = plot_position(SpatialParams(az_deg=30), title="front right")
    assert fig._suptitle.get_text() == "front right"


def test_position_image_is_a_png_for_any_backend():
    from t2sa_lib.widgets import position_image

    img = position_image(SpatialParams(az_deg=-60, motion=Motion("rotate")), "circles")
    assert img.data[:8] == b"\x89PNG\r\n\x1a\n" and len(img.data) > 5000
