"""OSC export checked end to end: a real python-osc UDP server on loopback receives it."""
import json
import threading

import pytest
from pythonosc.dispatcher import Dispatcher
from pythonosc.osc_server import ThreadingOSCUDPServer

from t2sa_lib import osc
from t2sa_lib.params import Motion, SpatialParams


@pytest.fixture
def server():
    received = []
    disp = Dispatcher()
    disp.set_default_handler(lambda address, *args: received.append((address, list(args))))
    srv = ThreadingOSCUDPServer(("127.0.0.1", 0), disp)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield srv.server_address[1], received
    srv.shutdown()
    srv.server_close()


def wait_for(received, n, timeout=5.0):
    import time

    t0 = time.time()
    while len(received) < n and time.time() - t0 < timeout:
        time.sleep(0.01)
    return received


P = SpatialParams(az_deg=90, el_deg=20, dist_m=3, spread_deg=36, wet_mix=0.4, drr_db=3,
                  gain_db=-6)


def test_seed_protocol_values_arrive_in_our_convention(server):
    port, received = server
    n = osc.OscSender("127.0.0.1", port).send_params(P, "seed")
    got = dict(wait_for(received, n))
    assert got["/source/azimuth"] == pytest.approx([90.0])   # right = +90
    assert got["/source/elevation"] == pytest.approx([20.0])
    assert got["/source/distance"] == pytest.approx([3.0])
    assert got["/source/spread"] == pytest.approx([36.0])
    assert got["/source/wet"] == pytest.approx([0.4])
    assert got["/source/gain"] == pytest.approx([-6.0])
    assert got["/source/drr"] == pytest.approx([3.0])


def test_adm_osc_uses_adm_direction_and_ranges(server):
    port, received = server
    n = osc.OscSender("127.0.0.1", port).send_params(P, "adm", source_id=3, name="on my right")
    got = dict(wait_for(received, n))
    assert got["/adm/obj/3/azim"] == pytest.approx([-90.0])   # ADM: positive = left
    assert got["/adm/obj/3/elev"] == pytest.approx([20.0])
    assert got["/adm/obj/3/dist"] == pytest.approx([0.5])     # 3 m of dmax 6 m
    assert got["/adm/obj/3/aed"] == pytest.approx([-90.0, 20.0, 0.5])
    assert got["/adm/obj/3/dmax"] == pytest.approx([6.0])
    assert got["/adm/obj/3/w"] == pytest.approx([0.1])        # 36 of 360 degrees
    assert got["/adm/obj/3/gain"] == pytest.approx([0.50119], rel=1e-4)
    assert got["/adm/obj/3/name"] == ["on my right"]


def test_left_and_behind_map_correctly_to_adm():
    assert osc.adm_position(SpatialParams(az_deg=-30))[0] == pytest.approx(30.0)
    assert osc.adm_position(SpatialParams(az_deg=180))[0] == pytest.approx(180.0)
    with pytest.raises(ValueError, match="start at 1"):
        osc.adm_messages(P, obj=0)


def test_motion_is_streamed_as_timed_positions(server):
    port, received = server
    moving = P.replace(az_deg=0, motion=Motion("rotate", rotate_deg=360))
    sleeps = []
    n = osc.OscSender("127.0.0.1", port).send_params(moving, "seed", duration_s=1.0,
                                                     rate_hz=8, sleep=sleeps.append)
    got = wait_for(received, n)
    az = [v[0] for a, v in got if a == "/source/azimuth"]
    assert len(az) == 1 + 8                      # the frame at t=0 + 8 frames after it
    assert sum(sleeps) == pytest.approx(1.0)
    assert az[1] == pytest.approx(45.0, abs=1)   # an eighth of a turn clockwise per frame
    assert az[2] == pytest.approx(90.0, abs=1)


def test_cli_sends_params_file(server, tmp_path, capsys):
    from t2sa_lib.cli import main

    port, received = server
    pfile = tmp_path / "p.json"
    pfile.write_text(json.dumps({"text": "right", **P.to_record()}))
    assert main(["osc", "--params", str(pfile), "--port", str(port)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["sent"] == 7
    assert dict(wait_for(received, 7))["/source/azimuth"] == pytest.approx([90.0])


def test_cli_errors_are_one_line(tmp_path, capsys):
    from t2sa_lib.cli import main

    assert main(["osc", "--params", str(tmp_path / "none.json")]) == 2
    assert "error:" in capsys.readouterr().err
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({**P.to_record(), "dist_m": 50}))
    assert main(["osc", "--params", str(bad), "--port", "9"]) == 2
    assert "'dist_m' = 50 is outside" in capsys.readouterr().err


SCENE = [("dog", SpatialParams(az_deg=-90, dist_m=4)),
         ("rain", SpatialParams(az_deg=0, spread_deg=110)),
         ("car", SpatialParams(az_deg=90, motion=Motion("pass-by", end_az_deg=-90)))]


def test_scene_sends_one_adm_object_per_source_named_by_label(server):
    port, received = server
    n = osc.OscSender("127.0.0.1", port).send_scene(SCENE, "adm", duration_s=0.2, rate_hz=10,
                                                    sleep=lambda s: None)
    got = wait_for(received, n)
    names = {a: v for a, v in got if a.endswith("/name")}
    assert names == {"/adm/obj/1/name": ["dog"], "/adm/obj/2/name": ["rain"],
                     "/adm/obj/3/name": ["car"]}
    first = {a: v for a, v in got if a.endswith("/azim")}
    assert dict(got)["/adm/obj/1/azim"] == pytest.approx([90.0])     # left is positive in ADM
    moving = [v for a, v in got if a == "/adm/obj/3/azim"]
    assert len(moving) > 1 and moving[-1] == pytest.approx([90.0])   # ends on our left
    assert "/adm/obj/2/azim" in first


def test_scene_seed_protocol_indexes_sources(server, tmp_path):
    from t2sa_lib.cli import main

    port, received = server
    scene = {"text": "t", "sources": [{"label": lab, **p.to_record()} for lab, p in SCENE[:2]]}
    path = tmp_path / "scene.json"
    path.write_text(json.dumps(scene), encoding="utf-8")
    assert main(["osc", "--scene", str(path), "--port", str(port)]) == 0
    got = dict(wait_for(received, 14))
    assert got["/source/1/azimuth"] == pytest.approx([-90.0])
    assert got["/source/2/spread"] == pytest.approx([110.0])
