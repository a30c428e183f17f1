import pytest

from t2sa_lib.data import load_split
from t2sa_lib.numeric import parse_explicit


@pytest.mark.parametrize("text,expect", [
    ("30 degrees to the left", {"az_deg": -30}),
    ("thirty degrees to the right", {"az_deg": 30}),
    ("Place it 40 degrees toward your right", {"az_deg": 40}),
    ("오른쪽으로 45도", {"az_deg": 45}),
    ("정면 기준 왼쪽으로 120도 방향", {"az_deg": -120}),
    ("좌측 15도 지점", {"az_deg": -15}),
    ("at 4 o'clock", {"az_deg": 120}),
    ("at 12 o'clock", {"az_deg": 0}),
    ("from 9 o'clock", {"az_deg": -90}),
    ("5시 방향에서", {"az_deg": 150}),
    ("세 시 방향에서 들려", {"az_deg": 90}),
    ("elevation 20 degrees", {"el_deg": 20}),
    ("at an elevation of 20 degrees, 3 meters away", {"el_deg": 20, "dist_m": 3}),
    ("10 degrees below ear level", {"el_deg": -10}),
    ("위로 30도, 2.5미터 떨어져서", {"el_deg": 30, "dist_m": 2.5}),
    ("3m 거리에서", {"dist_m": 3}),
    ("about two metres away", {"dist_m": 2}),
    ("at 7 o'clock, 50 meters away", {"az_deg": -150, "dist_m": 6}),   # clipped to 6 m
    ("spins 360 degrees around me counterclockwise", {"rotate_deg": -360}),
    ("시계 방향으로 360도 회전해요", {"rotate_deg": 360}),
    ("two birds sing three times on my left", {}),
    ("a voice on my right", {}),
])
def test_parse_explicit_table(text, expect):
    assert parse_explicit(text) == pytest.approx(expect)


def test_exact_on_the_numeric_ood_set():
    for r in load_split("ood_numeric"):
        spec = r["tags"]["spec"]
        expect = {k: spec[s] for k, s in (("az_deg", "az_num"), ("el_deg", "el_num"),
                                          ("dist_m", "dist_num")) if s in spec}
        assert parse_explicit(r["text"]) == pytest.approx(expect), r["text"]
