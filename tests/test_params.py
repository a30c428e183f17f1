import math

import pytest

from t2sa_lib.params import (RANGES, Motion, ParamsError, SpatialParams, az_deg_to_sc,
                             az_sc_to_deg, clamp_to_ranges, wrap_deg)


def record(**over):
    rec = SpatialParams(az_deg=30, el_deg=10, dist_m=2, spread_deg=20, wet_mix=0.3,
                        drr_db=6, gain_db=-3).to_record()
    rec.update(over)
    return rec


@pytest.mark.parametrize("az,expect", [(0, [0, 1]), (90, [1, 0]), (-90, [-1, 0]), (180, [0, -1])])
def test_azimuth_convention_right_is_positive(az, expect):
    s, c = az_deg_to_sc(az)
    assert s == pytest.approx(expect[0], abs=1e-12) and c == pytest.approx(expect[1], abs=1e-12)
    assert az_sc_to_deg([s, c]) == pytest.approx(wrap_deg(az), abs=1e-9)


@pytest.mark.parametrize("a,w", [(190, -170), (-190, 170), (180, 180), (-180, 180), (540, 180),
                                 (359.5, -0.5)])
def test_wrap_deg(a, w):
    assert wrap_deg(a) == pytest.approx(w)


def test_record_round_trip_keeps_values_and_motion():
    p = SpatialParams(az_deg=-135, el_deg=-20, dist_m=4.5, spread_deg=60, wet_mix=0.8,
                      drr_db=-6, gain_db=-12, motion=Motion("rotate", rotate_deg=-360))
    q = SpatialParams.from_record(p.to_record())
    assert q.az_deg == pytest.approx(-135, abs=0.01)
    assert q.el_deg == pytest.approx(-20, abs=0.01)
    assert (q.dist_m, q.spread_deg, q.wet_mix, q.drr_db, q.gain_db) == (4.5, 60, 0.8, -6, -12)
    assert q.motion == Motion("rotate", rotate_deg=-360.0)
    assert p.to_record()["room_depth"] == {"drr_db": -6}


def test_motion_defaults_filled_in():
    assert SpatialParams(motion=Motion("approach")).motion.end_dist_m == RANGES["dist_m"][0]
    assert SpatialParams(motion=Motion("recede")).motion.end_dist_m == RANGES["dist_m"][1]
    assert SpatialParams(motion=Motion("rotate")).motion.rotate_deg == 360.0
    assert not SpatialParams(motion=Motion("static")).is_moving
    assert SpatialParams(motion=Motion("pass-by", end_az_deg=90)).is_moving


@pytest.mark.parametrize("field,value,needle", [
    ("dist_m", 9.0, "'dist_m' = 9 is outside the allowed range [0.6, 6] m"),
    ("spread_deg", 1.0, "'spread_deg' = 1 is outside"),
    ("wet_mix", 1.5, "'wet_mix' = 1.5 is outside the allowed range [0, 1]"),
    ("gain_db", 40, "'gain_db' = 40 is outside the allowed range [-24, 12] dB"),
    ("dist_m", "far", "'dist_m' must be a number, got str"),
    ("dist_m", float("nan"), "'dist_m' must be finite"),
    ("dist_m", True, "'dist_m' must be a number, got bool"),
])
def test_out_of_range_and_wrong_type_name_the_field(field, value, needle):
    with pytest.raises(ParamsError, match="x.jsonl:3: .*" + needle.replace("[", r"\[")
                       .replace("]", r"\]").replace("(", r"\(").replace(")", r"\)")):
        SpatialParams.from_record(record(**{field: value}), "x.jsonl:3")


def test_bad_az_sc_el_room_motion_are_explained():
    with pytest.raises(ParamsError, match="'az_sc' must be a list of two numbers"):
        SpatialParams.from_record(record(az_sc=[1.0]))
    with pytest.raises(ParamsError, match="unit vector"):
        SpatialParams.from_record(record(az_sc=[0.3, 0.3]))
    with pytest.raises(ParamsError, match=r"'el_rad' = 2.0 is outside"):
        SpatialParams.from_record(record(el_rad=2.0))
    with pytest.raises(ParamsError, match="'room_depth' must be an object with 'drr_db'"):
        SpatialParams.from_record(record(room_depth=3.0))
    with pytest.raises(ParamsError, match="'motion.kind' = 'teleport' is not one of"):
        SpatialParams.from_record(record(motion={"kind": "teleport"}))
    with pytest.raises(ParamsError, match="missing field.*gain_db"):
        rec = record()
        del rec["gain_db"]
        SpatialParams.from_record(rec)


def test_constructor_validates_too():
    with pytest.raises(ParamsError, match="'el_deg' = 75"):
        SpatialParams(el_deg=75)
    assert SpatialParams(az_deg=270).az_deg == -90


def test_clamp_to_ranges_clips_model_outputs():
    out = clamp_to_ranges({"dist_m": 0.1, "wet_mix": 1.2, "az_deg": 200, "text": "x"})
    assert out == {"dist_m": 0.6, "wet_mix": 1.0, "az_deg": -160, "text": "x"}
    assert math.isclose(SpatialParams(az_deg=90).az_sc[0], 1.0)
