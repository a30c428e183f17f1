"""The language layer: each phenomenon in both languages, read and applied.

Readings are checked against what the words mean (the regions of
``t2sa_lib.language.vocabulary``); :func:`constrain` is checked on hand-made
estimates, so these tests need no model.
"""
import math

import pytest

from t2sa_lib.language import constrain, frames, read
from t2sa_lib.params import Motion, SpatialParams


def az(text):
    s = read(text).statements.get("az_deg")
    return None if s is None else (s.value, s.negated)


def value(text, attr):
    s = read(text).statements.get(attr)
    return None if s is None else s.value


@pytest.mark.parametrize("text, want", [
    ("it's not on my right, it's on my left", -90.0),
    ("오른쪽이 아니라 왼쪽에서 들려", -90.0),
    ("not behind me, in front", 0.0),
    ("앞 말고 뒤에서", 180.0),
    ("left, no wait, right", 90.0),
    ("왼쪽... 아니, 오른쪽으로", 90.0),
    ("instead of the right side, put it on the left", -90.0),
    ("오른쪽 대신 왼쪽으로", -90.0),
])
def test_negation_and_contrast(text, want):
    assert az(text) == (want, False)


@pytest.mark.parametrize("text", ["anything but in front of me", "오른쪽은 절대 안 돼"])
def test_denial_alone_excludes(text):
    stated = read(text).statements["az_deg"]
    assert stated.negated
    est = SpatialParams(az_deg=stated.value)
    out, _ = constrain(est, read(text))
    assert not stated.contains(out.az_deg)


@pytest.mark.parametrize("text, lo, hi", [
    ("slightly to the right", 5, 35), ("살짝 오른쪽", 5, 35),
    ("hard left", -100, -80), ("완전히 왼쪽으로", -100, -80),
    ("a bit left of straight ahead", -35, -5),
])
def test_degree_words_move_azimuth(text, lo, hi):
    assert lo <= az(text)[0] <= hi


@pytest.mark.parametrize("text, attr, lo, hi", [
    ("very far away", "dist_m", 4.5, 6.0), ("아주 멀리서", "dist_m", 4.5, 6.0),
    ("a bit far", "dist_m", 2.5, 4.5), ("조금 멀리", "dist_m", 2.5, 4.5),
    ("slightly above", "el_deg", 5, 30), ("약간 위에서", "el_deg", 5, 30),
    ("barely audible", "gain_db", -24, -12), ("거의 안 들리게", "gain_db", -24, -12),
])
def test_degree_words_move_other_attributes(text, attr, lo, hi):
    assert lo <= value(text, attr) <= hi


@pytest.mark.parametrize("text", ["all right, put the cello behind me",
                                  "the leftover hum from the backpack, behind me",
                                  "왼손으로 쓴 편지를 읽는 소리, 뒤에서",
                                  "뒷정리하는 소리가 등 뒤에서"])
def test_distractor_words_are_not_directions(text):
    assert az(text) == (180.0, False)


@pytest.mark.parametrize("text", ["the right microphone for the job", "left-handed guitarist",
                                  "앞치마 두른 요리사", "좌우명을 읊는 목소리"])
def test_distractor_alone_leaves_the_default_front(text):
    # The network, misled by the side-like word, may place it at the side.
    assert az(text) == (0.0, False)


@pytest.mark.parametrize("text, want_az, attr, lo, hi", [
    ("a whisper behind my head", 180.0, "dist_m", 0.6, 1.0),
    ("뒤통수 쪽에서 속삭임", 180.0, "dist_m", 0.6, 1.0),
    ("under my chin", 0.0, "el_deg", -60, -20),
    ("턱 밑에서", 0.0, "el_deg", -60, -20),
    ("the side away from my right ear", -90.0, None, 0, 0),
    ("오른쪽 귀 반대편에서", -90.0, None, 0, 0),
])
def test_body_references(text, want_az, attr, lo, hi):
    assert az(text)[0] == pytest.approx(want_az)
    if attr:
        assert lo <= value(text, attr) <= hi


@pytest.mark.parametrize("text, want", [
    ("I'm facing north; the wind comes from the east", 90.0),
    ("facing west, the bell rings from the north", 90.0),
    ("북쪽을 보고 있을 때 동쪽에서 들리는 바람", 90.0),
    ("남쪽을 바라보고 서 있는데 서쪽에서 종이 울려", 90.0),
    ("from the audience behind me", 180.0),
    ("관객석 쪽에서 박수", 180.0),
])
def test_frames_of_reference(text, want):
    assert az(text)[0] == pytest.approx(want)


@pytest.mark.parametrize("text, attr, want", [
    ("put the bass at about 225 degrees", "az_deg", -135.0),
    ("bearing 300", "az_deg", -60.0),
    ("at 4 o'clock", "az_deg", 120.0),
    ("시계방향 225도", "az_deg", -135.0),
    ("왼쪽 대략 100도", "az_deg", -100.0),
    ("three paces behind me", "dist_m", 2.25),
    ("10 feet away", "dist_m", 3.048),
    ("세 걸음 뒤", "dist_m", 2.25),
    ("50센티 앞", "dist_m", 0.5),
    ("45% reverb", "wet_mix", 0.45),
    ("리버브 70%", "wet_mix", 0.7),
    ("-6 dB", "gain_db", -6.0),
    ("6 dB quieter", "gain_db", -6.0),
    ("12데시벨 낮춰서", "gain_db", -12.0),
    ("30 degrees wide", "spread_deg", 30.0),
    ("폭 10도", "spread_deg", 10.0),
    ("20 degrees up", "el_deg", 20.0),
    ("위로 20도", "el_deg", 20.0),
    ("DRR +10 dB", "drr_db", 10.0),
    ("spread it across roughly 60 degrees", "spread_deg", 60.0),
    ("widen it out to 90°", "spread_deg", 90.0),
    ("put the bell 15 degrees up and 40 right", "az_deg", 40.0),
    ("30 degrees up, 20 left", "az_deg", -20.0),
])
def test_numbers_for_every_attribute(text, attr, want):
    assert value(text, attr) == pytest.approx(want)


@pytest.mark.parametrize("text, lo, hi", [("a 2.5 s reverb tail", 0.45, 0.85),
                                         ("잔향 3초", 0.5, 1.0),
                                         ("1.5 s of reverb", 0.3, 0.7),
                                         ("RT60 of 0.3 seconds", 0.0, 0.25)])
def test_rt60_gives_a_wet_region(text, lo, hi):
    """The region an RT60 gives lies inside what the labellers gave for that time."""
    s = read(text).statements["wet_mix"]
    assert lo <= s.lo <= s.value <= s.hi <= hi


def test_stated_number_outside_range_is_clipped_with_a_note():
    out, notes = constrain(SpatialParams(), read("a distant train, 50 meters away"))
    assert out.dist_m == 6.0
    assert notes and "50" in notes[0] and "dist_m" in notes[0]


@pytest.mark.parametrize("text, attr, lo, hi", [
    ("footsteps in the basement", "el_deg", -60, -20), ("지하실에서 발소리", "el_deg", -60, -20),
    ("rain on the attic roof", "el_deg", 20, 60), ("다락방에서 쥐 소리", "el_deg", 20, 60),
    ("a choir in a cathedral", "wet_mix", 0.6, 1.0), ("성당 안의 합창", "wet_mix", 0.6, 1.0),
    ("talking inside a closet", "wet_mix", 0.0, 0.25), ("옷장 안에서", "wet_mix", 0.0, 0.25),
    ("a tiled bathroom", "wet_mix", 0.45, 1.0), ("타일 욕실", "wet_mix", 0.45, 1.0),
    ("a mosquito", "dist_m", 0.6, 1.5), ("모기 소리", "dist_m", 0.6, 1.5),
    ("a bone-dry close-miked voice", "wet_mix", 0.0, 0.15), ("드라이하게", "wet_mix", 0.0, 0.15),
    ("drowned in reverb", "wet_mix", 0.6, 1.0), ("리버브 듬뿍", "wet_mix", 0.6, 1.0),
    ("not dry at all", "wet_mix", 0.2, 0.6), ("건조하게는 말고", "wet_mix", 0.2, 0.6),
    ("an enormous choir filling the whole church", "spread_deg", 45, 120),
    ("사방에서 감싸는 빗소리", "spread_deg", 90, 120),
    ("birds on the telephone wire outside", "el_deg", 20, 60), ("전깃줄 위에서 참새들", "el_deg", 20, 60),
    ("a child calling from the bottom of a well", "el_deg", -60, -45),
    ("우물 바닥에서 들리는 목소리", "el_deg", -60, -45),
    ("옆집 TV 소리가 벽 너머로 먹먹하게", "gain_db", -24, -4),
    # A bound, not a denial: "never louder than a whisper" is very quiet, at no stated distance.
    ("never louder than a whisper", "gain_db", -24, -12), ("no louder than a murmur", "gain_db", -24, -12),
    ("잔향 하나도 없이, 코앞에서", "wet_mix", 0.0, 0.15), ("리버브도 1도 없게", "wet_mix", 0.0, 0.15),
    ("reverb? none at all", "wet_mix", 0.0, 0.15),
])
def test_everyday_and_world_words(text, attr, lo, hi):
    assert lo <= value(text, attr) <= hi


@pytest.mark.parametrize("text", ["John Smith Sr. speaks", "a lecture at the USC campus"])
def test_abbreviations_that_are_no_stage_position(text):
    assert frames.stage_abbreviation(read(text).text) is None


def test_a_bound_states_no_distance_and_1do_is_no_angle():
    assert "dist_m" not in read("never louder than a whisper").statements
    assert "az_deg" not in read("리버브도 1도 없게").statements


@pytest.mark.parametrize("text, kind", [
    ("circling around my head slowly", "rotate"), ("머리 주위를 빙빙 돌며", "rotate"),
    ("a car passing by from left to right", "pass-by"), ("왼쪽에서 오른쪽으로 휙 지나가는", "pass-by"),
    ("footsteps coming up behind me", "approach"), ("천천히 다가와", "approach"),
    ("drifting away into the distance", "recede"), ("점점 멀어지는", "recede"),
    ("a drum spins 360 degrees around me", "rotate"), ("creeps just a little closer", "approach"),
    ("the moan drifts upward and away", "recede"), ("개가 내 쪽으로 걸어와", "approach"),
    ("소리가 천천히 다가옵니다", "approach"),
    ("정면에서 살짝 오른쪽으로 목소리가 시계 방향으로 360도 회전해요", "rotate"),
])
def test_motion_verbs(text, kind):
    assert read(text).motion["kind"] == kind


@pytest.mark.parametrize("text, sign", [("orbiting counter-clockwise", -1), ("반시계 방향으로 빙빙", -1),
                                        ("circling clockwise", 1)])
def test_rotation_sense(text, sign):
    assert read(text).motion["rotate_deg"] * sign > 0


@pytest.mark.parametrize("text, degrees", [
    ("a drone circles me twice", 720.0), ("드론이 내 주위를 세 바퀴 돌아", 1080.0),
    ("orbiting counter-clockwise three times", -1080.0), ("내 주위를 반 바퀴 돌아", 180.0),
    ("circling around my head slowly", 360.0), ("세 번째 종이 울리고 머리 위를 빙빙 돌아", 360.0)])
def test_rotation_counts_its_turns(text, degrees):
    assert read(text).motion["rotate_deg"] == degrees


@pytest.mark.parametrize("text, start, end", [
    ("공이 오른발에서 왼발 쪽으로 굴러가", 90.0, -90.0), ("오른쪽 귀에서 왼쪽 귀로 넘어가", 90.0, -90.0),
    ("a ball rolls from my right foot to my left", 90.0, -90.0)])
def test_a_path_between_body_parts(text, start, end):
    motion = read(text).motion
    assert motion["kind"] == "pass-by"
    assert (motion["start_az_deg"], motion["end_az_deg"]) == (start, end)


def test_path_sets_start_and_end():
    out, _ = constrain(SpatialParams(az_deg=30.0), read("moving from my left to behind me"))
    assert out.az_deg == -90.0 and out.motion == Motion("pass-by", end_az_deg=180.0)


def test_region_keeps_an_estimate_inside_it_and_moves_one_outside():
    r = read("far behind me on the left")
    inside, _ = constrain(SpatialParams(az_deg=-140.0, dist_m=5.0), r)
    assert (inside.az_deg, inside.dist_m) == (-140.0, 5.0)
    outside, _ = constrain(SpatialParams(az_deg=90.0, dist_m=1.0), r)
    assert outside.az_deg == -135.0 and 3.0 <= outside.dist_m <= 6.0


def test_nothing_stated_leaves_the_estimate_alone():
    est = SpatialParams(az_deg=3.0, dist_m=1.7, wet_mix=0.2)
    assert constrain(est, read("just a plain recording of a kettle"))[0] == est


@pytest.mark.parametrize("text, attr, lo, hi", [
    ("a giggle behind my left ear", "az_deg", -136.0, -134.0),
    ("왼쪽 귀 뒤에서 킥킥", "az_deg", -136.0, -134.0),
    ("a ringing right between my eyes", "az_deg", -1.0, 1.0),
    ("미간에서 울리는 소리", "dist_m", 0.6, 1.0),
    ("귀 뒤에서 바스락", "dist_m", 0.6, 1.0),
    ("a voice at my left elbow", "dist_m", 0.6, 1.5),
    # A body part's height yields to the height the words state.
    ("chirp high above my right shoulder", "el_deg", 20.0, 60.0),
    ("오른쪽 어깨 위로 높이", "el_deg", 20.0, 60.0),
])
def test_body_references_beyond_the_basics(text, attr, lo, hi):
    assert lo <= value(text, attr) <= hi


@pytest.mark.parametrize("text, attr, lo, hi", [
    ("slightly higher than ear level", "el_deg", 5.0, 30.0),
    ("a bit above eye level", "el_deg", 5.0, 30.0),
    ("and 약간 lower", "el_deg", -30.0, -5.0),
    ("whistling at shoulder height", "el_deg", -30.0, -5.0),
    ("어깨 높이쯤에서 휘파람", "el_deg", -30.0, -5.0),
    ("the phone buzzing on the desk", "el_deg", -30.0, -5.0),
    ("책상 위에서 폰 진동", "el_deg", -30.0, -5.0),
    ("지퍼 소리, 왼쪽 아래", "el_deg", -60.0, -20.0),
    ("typing from the next cubicle over", "dist_m", 1.5, 4.0),
    ("옆 테이블에서 웅얼거리는 소리", "dist_m", 1.5, 4.0),
    ("at the back of a huge hall", "dist_m", 3.0, 6.0),
    ("the hum is far too loud, bring it down", "gain_db", -24.0, -4.0),
    ("소리가 너무 커요", "gain_db", -24.0, -4.0),
    ("fully wet, as if in a concert hall", "wet_mix", 0.6, 1.0),
    ("short reverb on the snare", "wet_mix", 0.05, 0.35),
    ("리버브는 짧게", "wet_mix", 0.05, 0.35),
    ("잔향 거의 없이 바짝 마른 소리로", "wet_mix", 0.0, 0.15),
    ("a tiny, quiet notification", "spread_deg", 5.0, 15.0),
    ("반 발짝 정도만 가까이", "dist_m", 0.37, 0.38),
])
def test_everyday_words_for_height_distance_loudness_reverb(text, attr, lo, hi):
    assert lo <= value(text, attr) <= hi


@pytest.mark.parametrize("text, want", [
    ("Facing west, put the foghorn due south of me.", -90.0),
    ("the explosion happens off-screen to the right", 90.0),
    ("화면 밖 왼쪽에서 폭발", -90.0),
    ("the car alarm sits frame right", 45.0),
    ("my right-hand man speaks from directly behind me", 180.0),
    ("the mug clink just left of center", -20.0),
    ("왼쪽으로 쪼끔만 더", -20.0),
    ("아주 미세하게 오른쪽", 20.0),
    # Off centre is a little off the front, unless it is far off.
    ("a little off center to the right", 20.0),
    ("the guitar sits off-centre, on the right", 20.0),
    ("살짝 중앙에서 벗어나 오른쪽", 20.0),
    ("way off center to the left", -45.0),
])
def test_frames_degrees_and_distractors_in_both_languages(text, want):
    assert az(text) == (want, False)


def test_a_korean_path_with_a_verb_between_its_ends():
    r = read("공이 오른쪽 뒤에서 굴러와서 앞쪽으로 가게")
    assert r.motion["kind"] == "pass-by"
    assert (r.motion["start_az_deg"], r.motion["end_az_deg"]) == (135.0, 0.0)


@pytest.mark.parametrize("text, want", [
    ("왼손 쪽에서 플루트 소리가 들려요", -90.0),       # the left-hand side is a side
    ("오른손 편에서 하프", 90.0),
    ("In the middle of this scene, a bell is heard at my right", 90.0),
])
def test_sides_named_with_hands_and_scenes_named_as_middles(text, want):
    assert az(text) == (want, False)


def test_a_korean_path_starts_at_its_first_place_not_at_a_body_part():
    r = read("코앞에서 합창 소리가 오른쪽에서 왼쪽으로 스쳐 지나가")
    assert (r.motion["start_az_deg"], r.motion["end_az_deg"]) == (90.0, -90.0)


@pytest.mark.parametrize("text, near", [
    ("the phone buzzing on the desk", True), ("책상 위에서 폰 진동", True),
    # Where the listener sits says nothing of how far the source is.
    ("While I am sitting at my desk late at night, a voice can be heard dead ahead", False),
    ("늦은 밤 책상에 앉아 있을 때 앞쪽에서 합창 소리가 들린다", False),
])
def test_a_desk_is_near_only_when_the_source_is_on_it(text, near):
    assert (value(text, "dist_m") is not None) == near


@pytest.mark.parametrize("text, want", [
    # A correction only corrects when something follows it; "no reverb" is no correction.
    ("a bell by my left ear, no echo at all", (-90.0, False)),
    ("the drip is not on my left, it's in front, the tap I mean", (0.0, False)),
    ("Does it go up high? Nope, on my right, by my knee", (90.0, False)),
    ("알림음은 오른쪽만 아니면 어디든 좋아", (90.0, True)),
])
def test_corrections_need_a_restatement(text, want):
    assert az(text) == want


@pytest.mark.parametrize("text, attr, lo, hi", [
    ("Does it go up high? Nope, on my right, by my knee", "el_deg", -60, -20),
    ("왼쪽 위... 아니 왼쪽 아래야", "el_deg", -60, -20),
    ("a buzz somewhere around my head", "el_deg", -10, 10),
    ("a click behind my head", "el_deg", -10, 10),
    ("crickets by my right ankle", "el_deg", -60, -20),
    ("왼쪽 골반 옆에서 열쇠 짤랑", "dist_m", 0.6, 1.0),
    ("쇄골 앞에서 목걸이 달랑", "el_deg", -60, -20),
    ("the puppy nipping at my heels", "el_deg", -60, -40),
])
def test_heights_and_distances_of_more_body_parts(text, attr, lo, hi):
    assert lo <= value(text, attr) <= hi


@pytest.mark.parametrize("text, want", [
    ("a rustle in my blind spot", 180.0),
    ("a squeak down behind my left knee", -135.0),
    ("사각지대에서 부스럭", 180.0),
    ("If 12 o'clock is the window, the kettle is at 3", 90.0),
    ("Treat the door as 12 o'clock; the baby cries at 9", -90.0),
    ("West is my front. The church bell rings from the north.", 90.0),
    ("The camera looks south; the siren is east of camera.", -90.0),
    ("캐릭터가 서쪽을 바라볼 때 종소리는 정북에서", 90.0),
    ("The camera faces the piano. A cough from behind the piano.", 0.0),
    ("무대를 보고 앉았는데 무대 뒤에서 쿵 소리", 0.0),
    ("The fridge is on my left; something drips behind the fridge.", -90.0),
    ("책장이 내 오른쪽에 있어. 그 책장 뒤에서 쥐가 긁는 소리", 90.0),
    # Cue-sheet abbreviations, seen from the audience: stage left is the audience's right.
    ("Q12: thunder SL", 40.0), ("the dog whines under the bed DSR", -45.0), ("bell CS", 0.0),
    # The side away from a placed thing is across the listener from it.
    ("The door is on my right. The knock comes from the opposite side.", -90.0),
    ("문이 오른쪽에 있는데 소리는 그 반대편에서 나", -90.0),
    ("The heater is behind me; the cat sleeps away from it.", 0.0),
    ("교실 뒷문이 드르륵 열린다", 180.0),
])
def test_frames_landmarks_and_clock_fronts(text, want):
    assert az(text) == (want, False)


@pytest.mark.parametrize("text, attr, lo, hi", [
    ("a horn sounds from the valley, distant and echoing", "wet_mix", 0.45, 1.0),
    ("Reverb 없이 딱 정면에서", "wet_mix", 0.0, 0.15),
    ("turn the reverb way down, almost none", "wet_mix", 0.0, 0.15),
    ("the organ at the altar", "wet_mix", 0.6, 1.0),
    ("잔향은 훨씬 길게 해주세요", "wet_mix", 0.6, 1.0),
    ("a low voice just across the table", "dist_m", 1.0, 2.2),
    ("a low voice just across the table", "gain_db", -24, -4),
    ("dishes in the kitchen down the hall", "dist_m", 2.5, 4.5),
    ("a cello one floor below me", "dist_m", 3.0, 6.0),
    ("the train coming from way ahead", "dist_m", 4.5, 6.0),
    ("a plane far overhead", "dist_m", 4.5, 6.0),
    ("chimes, not too loud", "gain_db", -7, -1.5),
    ("종소리 너무 크지 않게", "gain_db", -7, -1.5),
    ("폭죽이 엄청 크고 멀리서", "gain_db", 6, 12),
    ("아주 살짝만 들리게 숨소리", "gain_db", -24, -12),
    ("지하주차장 저쪽 끝에서 문 닫히는 소리", "dist_m", 3.0, 6.0),
    ("보컬 살짝 뒤로 빼 주세요", "dist_m", 2.5, 4.5),
])
def test_more_everyday_words(text, attr, lo, hi):
    assert lo <= value(text, attr) <= hi


def test_pushing_back_in_the_mix_is_no_direction():
    assert az("보컬 살짝 뒤로 빼 주세요") in (None, (0.0, False))


@pytest.mark.parametrize("text, kind", [
    ("a ceiling fan spinning above me", None),
    ("뒤에서 선풍기 돌아가는 소리", None),
    ("UFO 소리를 시계 방향으로 두 바퀴 돌려 줘", "rotate"),
    ("트럭이 왼쪽 멀리서 출발해서 앞을 지나 오른쪽으로 사라짐", "pass-by"),
])
def test_machines_that_run_do_not_circle(text, kind):
    motion = read(text).motion
    assert (motion or {}).get("kind") == kind


@pytest.mark.parametrize("text, attr, lo, hi", [
    ("an alarm blares on the left", "gain_db", 3, 12),
    ("a radio on the left, half drowned out", "gain_db", -24, -4),
    ("아이들 노는 소리, 별로 안 크게", "gain_db", -8, -4),
    ("정면 TV 소리 꽤 큼", "gain_db", 3, 12),
    ("a clock in a cozy room, soft reverb", "wet_mix", 0.05, 0.35),
    ("공연장인데 울림은 중간", "wet_mix", 0.2, 0.55),
    ("a door opens at the very back, on the right", "az_deg", 115, 155),
])
def test_loudness_rooms_and_the_very_back(text, attr, lo, hi):
    assert lo <= value(text, attr) <= hi


@pytest.mark.parametrize("text, want", [
    ("서쪽을 보고 있어. 종소리는 남쪽에서... 아니, 북쪽에서", (90.0, False)),
    ("스크린을 앞으로 두면 박수는 스크린 반대편에서", (180.0, False)),
    ("with the stage in front, the drums at the right side of the stage, a bit back", (45.0, False)),
    ("무대를 정면으로 두고 드럼은 무대 오른쪽 끝에서 살짝 뒤로", (45.0, False)),
    ("피아노가 정면에 있다고 하면 첼로는 피아노 바로 오른쪽", (25.0, False)),
    ("With the window as 12 o'clock, the bird sings from 2", (60.0, False)),
    ("플레이어가 동쪽을 향할 때 폭포는 남쪽", (90.0, False)),
    ("오른쪽 귀 옆에서 모기... 아니 파리", (90.0, False)),
])
def test_corrected_compass_points_frames_and_neighbours(text, want):
    assert az(text) == want


@pytest.mark.parametrize("text, attr, lo, hi", [
    ("턱 밑에서 딸깍, 멀지 않게", "dist_m", 0.6, 1.0),
    ("새소리는 살짝 위에, 머리 위까지는 아니고", "el_deg", 5, 30),
    ("선풍기 소리 너무 시끄럽진 않게", "gain_db", -8, -4),
    ("두 팔 거리쯤에서 컵 소리", "dist_m", 1.33, 1.47),
    ("a bell across the valley, echoing a lot", "wet_mix", 0.6, 1.0),
    ("the gull swoops over me", "el_deg", 20, 60),
    ("a ghost circling around my ears", "dist_m", 0.6, 1.0),
    ("a buzz right by my left cheek", "el_deg", -10, 10),
    ("백업 좀 해둬, 뒷정리도", "el_deg", -10, 10),
    ("Reel 2 spotting: a kettle below ear level", "el_deg", -30, -5),
    ("the gong, fully wet, RT60 around 4 seconds", "wet_mix", 0.95, 1.0),
    ("an owl above me with a lot of echo", "wet_mix", 0.6, 1.0),
    ("a bell far off with a long washy tail", "wet_mix", 0.6, 1.0),
    ("박수 한 번, 울림은 하나도 없이", "wet_mix", 0.0, 0.15),
    ("자갈 밟는 소리, 안 시끄럽게", "gain_db", -8, -4),
    ("보스 포효, 음량 최대", "gain_db", 6, 12),
    ("볼륨은 줄이지 말고 그대로", "gain_db", -3, 3),
    ("the ringtone, quieter by a touch", "gain_db", -7, -1.5),
    ("가까이, 근데 귀에 붙을 정도는 아니고", "dist_m", 0.9, 1.5),
    ("the wind is everywhere, wide and loud", "spread_deg", 90, 120),
    ("the pump lower down, to the west", "el_deg", -60, -20),
    ("위도 아래도 말고 수평으로", "el_deg", -10, 10),
    ("책상 밑에서 아주 작은 알림 소리", "gain_db", -24, -12),
    ("작은 방에서 소리가 울려", "wet_mix", 0.0, 0.25),
    ("윗집 드릴 소리 개시끄러움", "gain_db", 6, 12),
    ("폭죽, 볼륨은 너무 세지 않게", "gain_db", -8, -4),
    ("the drums on the right and not so booming", "gain_db", -8, -4),
    ("a door slams two floors down", "el_deg", -60, -20),
    ("a radio at the bottom of the stairwell", "el_deg", -60, -20),
    ("교회 종소리, 언덕 너머라 희미하게", "dist_m", 3, 6),
    ("music in the next apartment, through the wall", "dist_m", 2.5, 4.5),
    ("몇 걸음 떨어져서 수군거림", "dist_m", 1.5, 4),
    ("수군거리는 소리, 잘 안 들리게", "gain_db", -24, -12),
    ("천둥은 멀리서, 가깝게 하지 말 것", "dist_m", 3, 6),
    ("속삭임인데 오른쪽 말고 왼쪽에서", "gain_db", -24, -4),
    ("거리는 한 뼘 정도", "dist_m", 0.19, 0.21),          # a hand span; constrain clips it
    ("the bell jingles at the player's feet", "el_deg", -60, -40),
    ("an alarm at their feet", "el_deg", -60, -40),
    ("가슴 안쪽에서 심장 소리", "el_deg", -60, -20),
    ("오른쪽 팔꿈치 옆에서 비닐 소리", "el_deg", -60, -20),
    ("종소리, 나무 꼭대기쯤", "el_deg", 20, 60),
    ("박수 소리는 발코니 높이", "el_deg", 20, 60),
    ("빗소리, 메아리 살짝", "wet_mix", 0.05, 0.35),
    ("a chime, slightly echoey", "wet_mix", 0.05, 0.35),
    ("천둥이 객석 전체를 덮을 만큼", "spread_deg", 90, 120),
    ("the owl is not 3 metres away, more like 30", "dist_m", 29.0, 31.0),
    ("5미터 아니고 한 15미터쯤 떨어져서 개 짖는 소리", "dist_m", 14.0, 16.0),
    ("a gong 4미터쯤 앞에서", "dist_m", 3.9, 4.1),
    ("the fan is at 0°, count clockwise: the kettle sits at 300°", "az_deg", -61.0, -59.0),
    ("0도가 정면이고 시계방향이면 초인종은 90도 위치", "az_deg", 89.0, 91.0),
    ("open the reverb up on the hats, say to 25%", "wet_mix", 0.24, 0.26),
    ("a neighbour's radio two floors below, 2 floors down", "dist_m", 5.9, 6.1),
    ("빗소리, 볼륨 좀 낮춰서", "gain_db", -24.0, -4.0),
    ("차고 안에서 망치질", "wet_mix", 0.45, 1.0),
    ("언덕 너머에서 종이 울려", "dist_m", 4.5, 6.0),
    ("the tag rustles, right up against me", "dist_m", 0.6, 1.0),
    ("속닥속닥 얘기하는 소리", "gain_db", -24.0, -4.0),
    ("a little higher, in the driver's seat", "wet_mix", 0.0, 0.25),
    ("a chime at 3 o'clock... sorry, 9 o'clock", "az_deg", -91.0, -89.0),
    ("crickets at -30 degrees azimuth, where positive is left", "az_deg", 29.0, 31.0),
    ("put the snare in front and low", "el_deg", -60.0, -20.0),
    ("a lark singing up and to the left", "el_deg", 20.0, 60.0),
    ("the clock is on the far wall", "dist_m", 1.5, 4.0),
    ("a cough, mid distance", "dist_m", 1.5, 4.0),
    ("a baby babbling in the nursery, all carpeted", "wet_mix", 0.0, 0.25),
    ("턱 바로 아래에서 지퍼 소리", "dist_m", 0.6, 1.0),
    ("이마 바로 앞에서 손가락 튕기는 소리", "el_deg", 5.0, 30.0),
    ("청취자 기준 오른쪽 뒤 45도에서 하이힐 발자국", "az_deg", 133.0, 137.0),
    ("엘리베이터 도착음은 오른쪽 뒤 135도", "az_deg", 133.0, 137.0),
    ("The stage is the front. Put the snare slightly stage left.", "az_deg", 5.0, 40.0),
    ("is the chime supposed to come from the right side of the monitor?", "az_deg", 5.0, 40.0),
    ("밴드 보컬이고, 위치는 무대 중앙에서 약간 뒤", "az_deg", -20.0, 20.0),
    ("뒤 아니에요, 옆. 경적이 오른쪽 옆에서", "az_deg", 65.0, 115.0),
    ("오른쪽 덤불 뒤에서 늑대가 바스락거려요", "az_deg", 65.0, 115.0),
    ("베이스는 우", "az_deg", 65.0, 115.0),
    ("the flute at 10 o'clock, just slightly raised", "el_deg", 5.0, 30.0),
    ("11시 방향으로 두고 높이는 살짝 올려서", "el_deg", 5.0, 30.0),
    ("a jet at about 300 m, 상공을 가로질러", "el_deg", 20.0, 60.0),
    ("mouse clicks from my left side, down by my hand", "el_deg", -60.0, -20.0),
    ("바로 옆이 아니라 조금 떨어진 왼쪽에서 연필 깎는 소리", "dist_m", 1.5, 4.0),
    ("a car alarm wails somewhere deep in the level", "dist_m", 3.0, 6.0),
    ("flies buzzing around my face", "dist_m", 0.6, 1.0),
    ("the pad fully wide, low in volume", "gain_db", -24.0, -4.0),
    ("he mutters right in front of me", "gain_db", -24.0, -4.0),
    ("베이스 드롭, 잔향은 짧게", "wet_mix", 0.05, 0.25),
    ("a short reverb on the snare", "wet_mix", 0.05, 0.25),
    ("2) wind on the left 3)", "az_deg", -115.0, -65.0),
    ("a car alarm from off to my left while the driver shouts 'right, let's go'", "az_deg", -115.0, -65.0),
    ("Facing the screen, the explosion lands just past the right edge.", "az_deg", 25.0, 65.0),
    ("정북이 0도고 시계방향으로 재서 270도 쪽에서 멧새가 지저귀어", "az_deg", -92.0, -88.0),
    ("왼쪽 깜빡이 켤 때 나는 딸깍 소리, 계기판 정면에서", "az_deg", -20.0, 20.0),
    ("우 45도 coffee pour", "az_deg", 43.0, 47.0),
    ("a tiny high beep between my eyes", "el_deg", -10.0, 10.0),
    ("문 삐걱 소리요, 발밑 말고 왼쪽 어깨 높이로 올려 주세요", "el_deg", -30.0, -5.0),
    ("rain drumming on the roof of a cramped attic", "wet_mix", 0.0, 0.25),
    ("set the reverb to like 70% on the gunshot", "wet_mix", 0.665, 0.735),
    ("부엌 라디오 소리, reverb 꽤 많이", "wet_mix", 0.6, 1.0),
    ("타일 욕실 샤워기 소리, 울림은 조금 줄여서", "wet_mix", 0.45, 1.0),
    ("빗소리를 꽤 넓께, 거의 180도 가까이 펼쳐 주세요", "spread_deg", 179.0, 181.0),   # clipped later
    ("fridge hum slightly left, low level", "gain_db", -24.0, -4.0),
    ("옆방에서 목소리가 웅얼웅얼 새어 나와", "gain_db", -24.0, -4.0),
    ("tuning up at the back of a big empty hall", "dist_m", 3.0, 6.0),
    ("a skylark singing way up high", "dist_m", 3.0, 6.0),
    ("a bat swoops just above my hair", "dist_m", 0.6, 1.0),
    ("a baby crying two rows behind me", "dist_m", 1.5, 2.0),
    ("a toddler crying 3 seats to my left", "dist_m", 1.5, 2.0),
    ("숨결이 느껴질 만큼 아주 가깝게 속삭여", "dist_m", 0.6, 1.0),
    ("교회 종소리는 동쪽 언덕에서 울려요", "dist_m", 3.0, 6.0),
    # Volume as a share of full scale, a reverb time given as a range, "no width".
    ("crowd walla at 30% volume, spread all around", "gain_db", -11.0, -9.9),
    ("라디오처럼 틀어줘, 볼륨은 50%만", "gain_db", -6.3, -5.7),
    ("a choir as if in a cathedral, 4-5 seconds of reverb", "wet_mix", 0.6, 1.0),
    ("heartbeat. centre, no width, low level", "spread_deg", 5.0, 15.0),
    ("heartbeat. centre, no width, low level", "az_deg", -20.0, 20.0),
    ("심장박동, 가슴 바로 앞, 거리 거의 0", "dist_m", -0.001, 0.001),     # clipped to 0.6 later
    # Heights and distances of feet, ankles, elbows, chests; floors away; jets.
    ("a floorboard creaks somewhere beneath our feet", "el_deg", -60.0, -45.0),
    ("왼쪽 발목 언저리에서 개울물 졸졸", "el_deg", -60.0, -45.0),
    ("모기 소리 오른쪽 팔꿉치 옆에서", "el_deg", -60.0, -20.0),
    ("a heartbeat inside the listener's chest", "el_deg", -30.0, -20.0),
    ("door slam in the stairwell, a couple floors down", "dist_m", 3.0, 6.0),
    ("a jet passing overhead", "dist_m", 3.0, 6.0),
    ("Bass drone: 위로 뜨면 안 됨, 바닥에 깔리게", "el_deg", -60.0, -20.0),
    ("풍경 소리, 절대 머리 위로 올라가지 않게", "el_deg", -10.0, 10.0),
    # A hand's breadth off the floor is still low; metres above it are high.
    ("훈련생 오른쪽 무릎 옆, 바닥에서 한 뼘 정도 위에서 경보기 삑삑", "el_deg", -60.0, -20.0),
    ("땅에서 조금 떠 있는 높이로 드론이 윙", "el_deg", -60.0, -20.0),
    ("a cricket a few inches off the floor to my left", "el_deg", -60.0, -20.0),
    ("a foot off the ground, behind me", "el_deg", -60.0, -20.0),
    ("a kite 10 meters above the ground", "el_deg", 20.0, 60.0),
    # Reverb at a minimum; a microphone held close.
    ("narration with minimal reverb", "wet_mix", 0.0, 0.1),
    ("대사 정면, 리버브 최소. 성당 같은 울림은 빼주세요 드라이하게", "wet_mix", 0.0, 0.1),
    ("왼쪽 귀에 마이크 바짝 대고 탭핑해 주세요", "wet_mix", 0.0, 0.15),
    ("nice and quiet, turn it down a bit", "gain_db", -6.0, -4.0),
    # Sides named after the body part, by a guess, by the other ear, by a car seat.
    ("cat purring by my knee, the right one", "az_deg", 65.0, 115.0),
    ("a mosquito right by my ear, can't tell which, maybe the left", "az_deg", -115.0, -65.0),
    ("whale song from the side away from their right ear, at waist height", "az_deg", -115.0, -65.0),
    ("whale song from the side away from their right ear, at waist height", "el_deg", -60.0, -20.0),
    ("오른쪽 귀 말구 그 반대편 귀에서만 째깍째깍", "az_deg", -115.0, -65.0),
    ("오른쪽 귀 말구 그 반대편 귀에서만 째깍째깍", "dist_m", 0.6, 1.0),
    ("조수석 창 밖으로 오토바이 소리", "az_deg", 65.0, 115.0),
    ("a horn blares from the driver's side", "az_deg", -115.0, -65.0),
    # Frames: a front set by the window, behind the monitor, hard screen left, the theatre.
    ("창문 쪽을 정면으로 했을 때 왼쪽 벽 너머에서 TV 소리", "az_deg", -115.0, -65.0),
    ("책상에 앉았다 치고 모니터 뒤쪽으로 멀리서 공사 소리", "az_deg", -20.0, 20.0),
    ("knock at the door, hard screen left", "az_deg", -115.0, -65.0),
    ("kettle whistle offstage left, rising", "az_deg", 65.0, 115.0),
    ("에스프레소 머신은 상수 쪽 바 뒤에서 치익", "az_deg", 25.0, 65.0),
    ("문 종은 하수 입구에서 딸랑", "az_deg", -65.0, -25.0),
    ("배우 시점 기준으로, 객석 맨 뒷줄에서 기침 한 번", "az_deg", -20.0, 20.0),
    ("배우 시점 기준으로, 객석 맨 뒷줄에서 기침 한 번", "dist_m", 3.0, 6.0),
    ("thunder from the east; visitors face the entrance, which is north", "az_deg", 88.0, 92.0),
    ("시냇물 소리 정면에서 한참 왼쪽으로 빼줘요, 거의 옆까지", "az_deg", -115.0, -65.0),
    ("people cough here and there", "spread_deg", 45.0, 120.0),
    # Played low, kept under the voice; reverb long in either language; near and mid range.
    ("the radio plays low inside behind us", "gain_db", -24.0, -4.0),
    ("coffee machine behind us; keep it under the voice", "gain_db", -24.0, -4.0),
    ("보스 숨소리. reverb 길게 2.5s", "wet_mix", 0.45, 1.0),
    ("우측 근거리 무전 노이즈", "dist_m", 0.6, 1.5),
    ("중거리에서 개 짖는 소리", "dist_m", 1.5, 4.0),
    # Full volume is asked for in words, not as a ratio; a performer's side named with its
    # audience equivalent, or denied, is a side.
    ("박수소리 빵빵하게!! 볼륨 100%로", "gain_db", 6.0, 12.0),
    ("볼륨은 20% 정도로 귀뚜라미", "gain_db", -14.7, -13.3),
    ("천둥은 배우 기준 말고 객석 기준 왼쪽", "az_deg", -115.0, -65.0),
    ("배우 시점에서 오른쪽, 그니까 객석에서 보면 왼쪽에 풍경 소리", "az_deg", -115.0, -25.0),
    # Under the chin is chest height; any named listener's ear; the horizon is ear level,
    # also after "low" and a denied "overhead" (절대 ... X); a top shelf is above the eyes.
    ("a music box just under the listener's chin", "el_deg", -30.0, -20.0),
    ("턱 바로 밑에서 종이 구기는 소리", "el_deg", -30.0, -20.0),
    ("rattle on the side away from the driver's right ear", "az_deg", -115.0, -65.0),
    ("helicopter, never above us, low on the horizon ahead", "el_deg", -10.0, 10.0),
    ("헬기 소리, 멀리 수평선 쪽에 낮게 깔아서", "el_deg", -10.0, 10.0),
    ("천둥은 절대 머리 위 X. 저 멀리서 우르릉", "el_deg", -10.0, 10.0),
    ("천둥은 절대 머리 위 X. 저 멀리서 우르릉", "gain_db", 3.0, 12.0),
    ("the radio murmuring on the top shelf", "el_deg", 15.0, 35.0),
    ("책장 맨 윗칸에서 오르골", "el_deg", 15.0, 35.0),
    ("제트기가 저 멀리 높이 지나가게", "el_deg", 20.0, 60.0),
    ("indicator tick from the dash", "el_deg", -30.0, -5.0),
    # Far behind (한참 뒤), lips at the ear, turned down a little or by a number, blasting.
    ("피아노 한참 뒤로 빼 주세요", "dist_m", 4.5, 6.0),
    ("성당 안에서 웅성웅성, 한참 뒤쪽에서", "dist_m", 3.0, 6.0),
    ("귀에 입술 닿을랑 말랑 가까이서 속삭여", "dist_m", 0.6, 1.0),
    ("라디오가 너무 크니까 좀 줄여 줘", "gain_db", -6.0, -4.0),
    ("트럭 경적 완전 터지게", "gain_db", 6.0, 12.0),
    ("the fridge is fine, just turn it down like 6 dB", "gain_db", -6.3, -5.7),
    # A teeny bit; a bare hour once a clock names the front; an RT60 between the steps.
    ("fan hum, a teeny bit to the left", "az_deg", -40.0, -5.0),
    ("if 12 o'clock is the door then the noise is coming from like 4 ish", "az_deg", 118.0, 122.0),
    ("the chime, 3 m out, 1.5 s of reverb", "wet_mix", 0.3, 0.55),
    ("gong, fully wet, RT60 around 4 seconds", "wet_mix", 0.95, 1.0),
    # A correction takes back only the clause it follows, across a hesitation.
    ("계단통 울리는 느낌으로, 왼쪽에- 아 아니다 오른쪽 귀 가까이로", "wet_mix", 0.45, 1.0),
    ("계단통 울리는 느낌으로, 왼쪽에- 아 아니다 오른쪽 귀 가까이로", "az_deg", 65.0, 115.0),
    ("모기 소리요, 왼쪽 귀... 아 죄송 오른쪽 귀 가까이서", "az_deg", 65.0, 115.0),
    # A corner of the screen is inside the picture; a little toward the side away from an ear.
    ("treat the screen as front. a drone above the top right corner of it", "az_deg", 5.0, 40.0),
    ("모니터를 정면으로 치고 화면 오른쪽 위 구석에서 알림음 띵", "az_deg", 5.0, 40.0),
    ("심장박동 — 오른쪽 귀 반대편으로 살짝, 낮게 깔기", "az_deg", -40.0, -5.0),
])
def test_hand_written_wording_lands_in_its_region(text, attr, lo, hi):
    assert lo <= value(text, attr) <= hi


@pytest.mark.parametrize("text, want", [
    ("왼쪽 살짝 앞에서 장난감 자동차", (-70.0, False)),
    ("on the left, and just slightly behind", (-110.0, False)),
    ("선생님 목소리는 교실 앞에서, 저는 맨 뒤에 앉았어요", (0.0, False)),
    ("I'm sitting at the back; the singer is in front of me", (0.0, False)),
    ("내 오른쪽 귀에서 먼 쪽, 즉 왼쪽에서 문 닫히는 소리", (-90.0, False)),
    ("스피커가 내 오른쪽에 있는데, 새소리는 그 스피커 바로 뒤편에서", (90.0, False)),
])
def test_axis_degree_listener_position_and_far_ear(text, want):
    assert az(text) == want


@pytest.mark.parametrize("text, want", [
    ("어깨 너머로 종소리", (180.0, False)),
    ("왼쪽 엉덩이 주머니에서 진동", (-135.0, False)),
    ("오른쪽 엉덩이 근처에서 열쇠 소리", (90.0, False)),
    ("Upstairs... no, to your left, a chair scrapes", (-90.0, False)),
    ("파리 소리, 오른쪽 귀... 아 죄송 왼쪽 귀", (-90.0, False)),
    ("with the statue in front of you, the guide talks from your left", (-90.0, False)),
    ("With the piano in front of the player, a cough just right of the piano", (25.0, False)),
    ("The sofa is behind me; the cat purrs to the right of the sofa", (155.0, False)),
    ("the pad a hair left of center", (-12.0, False)),
    ("캠 기준 말고 카메라 기준으로 왼쪽, 화면 밖에서 노크", (-90.0, False)),
    ("Off-screen, a truck rumbles past from camera right to camera left", (90.0, False)),
    ("화면이 정면이라 치면 경적은 9시.", (-90.0, False)),
    ("내일 오전까지 넘길게요. 종소리는 그냥 정면에 두시고요.", (0.0, False)),
    ("spread the rain across the front, but nothing behind me", (0.0, False)),
])
def test_sixth_dev_set_frames_bodies_and_corrections(text, want):
    assert az(text) == want


@pytest.mark.parametrize("text, start, end", [
    ("the steps start hard right, cross behind me, end hard left", 90.0, -90.0),
    ("a siren approaches from the left, passes in front, then fades away to the right",
     -90.0, 90.0),
    ("오토바이가 멀리서 다가와 바로 옆을 지나 사라짐. 왼쪽에서 오른쪽.", -90.0, 90.0),
])
def test_paths_named_by_start_and_end(text, start, end):
    motion = read(text).motion
    assert (motion["kind"], motion["start_az_deg"], motion["end_az_deg"]) == ("pass-by", start, end)


def test_a_position_in_degrees_is_no_height():
    statements = read("270도 위치에서 휘파람").statements      # 위치: a position, not 위 (up)
    assert "el_deg" not in statements and statements["az_deg"].value == -90.0


@pytest.mark.parametrize("text, want", [
    ("the whistle is not from my left... sorry, the right side", (90.0, False)),
    ("책상을 앞에 두고 볼 때, 알림음은 책상 왼쪽에서", (-45.0, False)),
    ("창문이 앞이라고 치면 빗소리는 창문 뒤쪽에서", (0.0, False)),
    ("무대를 정면으로 보고, 베이스는 드럼보다 조금 뒤", (0.0, False)),
    ("The screen is front; the bird lands just beyond the left edge of the frame", (-40.0, False)),
    ("a hiss right at the crown of my head", (0.0, False)),
])
def test_seventh_dev_set_frames_and_corrections(text, want):
    assert az(text) == want


@pytest.mark.parametrize("text, kind, start, end", [
    ("the bees aren't coming closer; they drift off", "recede", None, None),
    ("트럭이 다가왔다가 다시 멀어져", "pass-by", None, None),
    ("a kite swoops from 90° round to 270°", "pass-by", 90.0, -90.0),
    ("her footsteps move from my right to dead ahead", "pass-by", 90.0, 0.0),
    ("don't pan the jet front to back; pan it back to front", "pass-by", 180.0, 0.0),
    ("Facing west, a bus rolls from north to south", "pass-by", 90.0, -90.0),
    ("남쪽을 보고 있는데, 기차가 동쪽에서 서쪽으로 지나가", "pass-by", -90.0, 90.0),
    ("a runner catches up with me from behind", "approach", None, None),
    ("a car idles on my left, then it drives off behind me", "pass-by", -90.0, 180.0),
])
def test_denied_motion_comings_and_goings_and_paths(text, kind, start, end):
    motion = read(text).motion
    assert motion["kind"] == kind
    assert (motion.get("start_az_deg"), motion.get("end_az_deg")) == (start, end)


def test_a_place_named_from_here_to_there_is_no_path_without_a_verb():
    assert read("a vendor shouts from the stall just ahead to my left").motion is None
    assert read("the hum travels from the stall ahead to my left").motion["kind"] == "pass-by"


def test_a_small_garage_is_between_a_room_and_a_hall():
    assert value("a hammer in the garage", "wet_mix") == pytest.approx(0.5)


@pytest.mark.parametrize("text, kind, start, end", [
    ("a jet flies over from front to back, not back to front", "pass-by", 0.0, 180.0),
    ("드론이 머리 위로 지나가요, 뒤에서 앞으로.", "pass-by", 180.0, 0.0),
    ("a cart rolls past from left to right in front of me", "pass-by", -90.0, 90.0),
    ("the marble bounces from my right toward the center", "pass-by", 90.0, 0.0),
    ("계단 아래에서 발소리가 올라오는 중", "approach", None, None),
    ("footsteps in the attic, moving from one end to the other", "pass-by", None, None),
    ("내 앞을 지나 오른쪽으로 사라져", "pass-by", None, 90.0),
    ("A car approaches from the far left and passes in front of me to the right", "pass-by", -90.0, 90.0),
    ("A bus pulls up from my left and stops in front of me", "pass-by", -90.0, 0.0),
    ("휠체어가 굴러가는 소리(앞→오른쪽으로 이동)", "pass-by", 0.0, 90.0),
    ("오른쪽 위 천장 속에서 쥐가 달리는 소리, 그게 왼쪽으로 이동함", "pass-by", 90.0, -90.0),
    ("그 숨소리가 천천히 가까워진다", "approach", None, None),
    ("비둘기들이 머리 위를 날아감", "pass-by", None, None),
    ("오토바이가 왼쪽에서 오른쪽으로... 아니, 오른쪽에서 왼쪽으로 지나가", "pass-by", 90.0, -90.0),
    ("3시 방향에서 스쿠터 시동 걸고 9시 방향으로 부웅 떠나는 소리", "pass-by", 90.0, -90.0),
    ("오른쪽 90도에서 시작해서 뒤쪽 180도까지 천천히 돌아가는 바람 소리", "pass-by", 90.0, 180.0),
    ("the siren should sweep in from hard left and settle in the centre", "pass-by", -90.0, 0.0),
    ("seagulls wheeling over my shoulder", "rotate", None, None),
    ("전투기가 위에서 급강하하면서 정면으로 내리꽂히는 소리", "approach", None, 0.0),
    ("my son runs from the front door on my left to the window behind me", "pass-by", -90.0, 180.0),
    ("a whisper starts at your right ear and slowly crawls around to your left", "pass-by", 90.0, -90.0),
    ("파도가 멀리서가 아니라 바로 발치까지 밀려오는 느낌", "approach", None, None),
    ("계단 아래에서 구두 소리가 또각또각 올라온다", "approach", None, None),
    ("jet flyover, high and directly overhead", "pass-by", None, None),
    ("footsteps come down the stairs from above", "approach", None, None),
    ("water creeps in from the far corner and ends up pooling near my feet", "approach", None, None),
])
def test_hand_written_paths_and_motions(text, kind, start, end):
    motion = read(text).motion
    assert motion["kind"] == kind
    assert (motion.get("start_az_deg"), motion.get("end_az_deg")) == (start, end)


@pytest.mark.parametrize("text", ["좌회전 깜빡이 소리", "책상 위 작은 모터가 윙 하고 돌아가는 소리"])
def test_turns_and_running_machines_do_not_circle(text):
    assert read(text).motion is None


@pytest.mark.parametrize("text", ["a drone hovering over my head, slowly spinning around",
                                  "a level crossing bell keeps ringing on my left",
                                  "트럭이 시동 걸어둔 채 공회전 중"])
def test_spinning_in_place_crossings_and_idling_do_not_move(text):
    motion = read(text).motion
    assert motion is None or motion["kind"] == "static"


@pytest.mark.parametrize("text", ["위로가 되는 잔잔한 오르골 멜로디", "앞으로 잘 부탁드려요! 오르골 멜로디"])
def test_comfort_and_from_now_on_are_no_places(text):
    assert value(text, "el_deg") in (None, 0.0) and az(text) in (None, (0.0, False))


def test_a_file_named_whoosh_is_no_motion():
    assert read("Remember to rename the whoosh files before handing them to QA.").motion is None


def test_a_place_named_before_and_to_a_side_is_no_path():
    """"from in front of the driver and to the left": one place, not a start and an end."""
    motion = read("the turn-signal tick comes from in front of the driver and to the left").motion
    assert motion is None or "end_az_deg" not in motion


def test_surging_in_as_a_simile_is_no_approach():
    """"안개가 사방에서 밀려오듯": a simile of envelopment (OOD metaphorical set), not a motion."""
    assert read("안개가 사방에서 밀려오듯 사이렌이 들린다").motion is None
    assert read("파도가 발치까지 밀려오는 느낌").motion["kind"] == "approach"


@pytest.mark.parametrize("text, attr, lo, hi", [
    # The audience's side is the listener's, whatever the performer's side adds.
    ("doorbell, offstage left as the audience sees it, so that's actors' right", "az_deg", -115.0, -65.0),
    ("cello stage left from the performer's view, i.e. the audience hears it on their right",
     "az_deg", 65.0, 115.0),
    ("무대 기준 말고 객석 기준으로 왼쪽. 그러니까 배우 입장에선 오른쪽에 바이올린", "az_deg", -115.0, -65.0),
    ("천둥은 하우스 왼쪽 뒤편에서. 배우 기준 말고 객석 기준 왼쪽", "az_deg", -155.0, -115.0),
    ("the trumpet is house right, halfway up the stage", "az_deg", 25.0, 65.0),
    ("Audience's left, so that's my right when I'm up on the stage. Snare goes there.",
     "az_deg", 65.0, 115.0),
    # A frame that only sets the front leaves its sides full sides.
    ("화면 기준으로 오른쪽 살짝 위에 띄워주세요, 모니터가 정면", "az_deg", 65.0, 115.0),
    # Heights in everyday words and in numbers.
    ("phone ring at the front desk, waist height", "el_deg", -30.0, -20.0),
    ("소리는 제 바로 앞 조리대 높이에서", "el_deg", -30.0, -20.0),
    ("a singing bowl just above your forehead", "el_deg", 20.0, 30.0),
    ("이마 위에서 종소리", "el_deg", 20.0, 30.0),
    ("neighbour's radio, up by the gutter outside", "el_deg", 20.0, 60.0),
    ("buzz on the left side of the desk", "el_deg", -30.0, -5.0),
    ("경고음이 책상 왼쪽 모서리 쪽에서", "el_deg", -30.0, -5.0),
    ("the cat purring near my feets", "el_deg", -60.0, -40.0),
    ("whale song from 3 m above head height", "el_deg", 45.0, 60.0),
    ("drone 5 m away and 2 m up", "el_deg", 20.0, 25.0),
    ("drone 5 m away and 2 m up", "dist_m", 4.75, 5.25),
    ("footsteps maybe 30 feet below the players", "el_deg", -60.0, -20.0),
    ("드론이 머리 위 2미터 높이에서", "el_deg", 45.0, 60.0),
    # A denial adds nothing to a word stated for the same attribute.
    ("the rumble comes from the plant room below the floor, not from the ceiling", "el_deg", -60.0, -40.0),
    ("위로는 띄우지 마세요", "el_deg", -60.0, 20.0),
    # Loudness: steps, masking and everyday words.
    ("NPC 목소리 쩌렁쩌렁해서 다 묻힘. volume 한 단계만 내려주셈", "gain_db", -6.0, -4.0),
    ("볼륨 한 칸만 올려 줘", "gain_db", 3.0, 6.0),
    ("bring it up a notch", "gain_db", 3.0, 6.0),
    ("레벨은 지금 -6dB에서 한 눈금만 올려", "gain_db", -5.7, -2.5),
    ("차 안에서 라디오가 엔진 소리에 묻혀 잘 안 들리는 느낌", "wet_mix", 0.0, 0.25),
    ("room tone: anything but loud, it's meant to be felt not heard", "gain_db", -24.0, -12.0),
    ("brush at my right shoulder, whisper quiet", "gain_db", -24.0, -12.0),
    ("doorbell, medium level, don't run it hot", "gain_db", -3.0, 3.0),
    ("작은 새가 살며시 지저귑니다", "gain_db", -24.0, -4.0),
    # Reverb: a tail that rings, reflections, vaults.
    ("thunder from upstage, let the tail ring about 4 sec", "wet_mix", 0.6, 1.0),
    ("객석 뒤 벽에서 반사돼 오는 느낌으로", "wet_mix", 0.45, 1.0),
    ("PA announcer up in the roof gantry, big stadium echo", "wet_mix", 0.45, 1.0),
    ("숲속입니다. 바람이 나뭇잎을 스치고", "wet_mix", 0.0, 0.3),
    ("the roar rises from the basement vaults", "wet_mix", 0.6, 1.0),
    # Degree words as non-native writers use them.
    ("the cat purring, little bit on right side", "az_deg", 5.0, 40.0),
])
def test_fifteenth_dev_set_audience_heights_steps_and_tails(text, attr, lo, hi):
    assert lo <= value(text, attr) <= hi


def test_a_drift_across_to_the_other_shoulder_is_a_pass():
    motion = read("a soft chime at your left shoulder, now let it drift slowly across to your "
                  "right shoulder").motion
    assert motion["kind"] == "pass-by" and motion["end_az_deg"] == 90.0


def test_panning_over_to_a_side_is_a_place_not_a_motion():
    assert read("pan the synth over to the left").motion is None


@pytest.mark.parametrize("text, attr, lo, hi", [
    # A bug report's "right now it sounds like ..." is what is wrong, not what is wanted.
    ("BUG: the whisper should sit right behind the player's head. Right now it reads like it's "
     "coming from the ceiling fan.", "el_deg", -10.0, 10.0),
    ("보스 SFX가 뒤통수 바로 뒤에서 나야 되는데 현재 build에선 정면에서 들림. 수정 요망", "az_deg", 150.0, 180.0),
    # Frames: a front set by "X is the front", the listener's side, performers, compass nouns.
    ("if my desk is the front then the rain on the window is off to my right", "az_deg", 65.0, 115.0),
    ("trumpet sting, stage left, heard from the seats, so it lands on the listener's right",
     "az_deg", 65.0, 115.0),
    ("첼로 위치는 청취자 기준이 아니라 연주자 기준 왼쪽입니다", "az_deg", 25.0, 65.0),
    ("여러분은 남쪽 하늘을 바라보고 계십니다. 동쪽 지평선 너머에서 바람 소리", "az_deg", -92.0, -88.0),
    ("facing south over the marsh, a bittern booming due west, far off", "az_deg", 88.0, 92.0),
    ("the DJ track in the left-over reception clip: pull it way back behind us", "az_deg", 150.0, 180.0),
    # Everyday words: a floor below, too quiet, unnoticed, wrapped around, the sternum.
    ("위층이 아니라 아랫층에서 쿵쿵 울리는 소리", "el_deg", -60.0, -20.0),
    ("the drip plays from behind; should be in front. Also way too quiet.", "gain_db", 3.0, 12.0),
    ("jet flyby, way too quiet, it should be blasting", "gain_db", 6.0, 12.0),
    ("희미하게 삑, 삑. 훈련생이 처음엔 못 알아챌 정도로", "gain_db", -24.0, -12.0),
    ("wrap it all the way around the audience, soft as breath", "spread_deg", 90.0, 120.0),
    ("흉골 앞 약 30cm 지점에서 심장 박동음", "el_deg", -30.0, -20.0),
    ("cricket near my feet, slightly left of me. v. close, dry", "dist_m", 0.6, 1.0),
])
def test_sixteenth_dev_set_reports_frames_and_levels(text, attr, lo, hi):
    v = value(text, attr)
    assert lo <= v <= hi or (attr == "az_deg" and hi == 180.0 and -180.0 <= v <= lo - 360.0)


@pytest.mark.parametrize("text, kind", [
    ("a car pulls in from way down the street and stops right in front of the listener", "approach"),
    ("a squeak scurries in from the door and stops right by your feet", "approach"),
    ("the drone swoops down from above and stops in front of me", "pass-by"),
    ("모기가 왼쪽 귓가에서 앵앵거리다가 머리 주변을 뱅뱅 도는 소리", "rotate"),
    ("저 높은 밤하늘을 제트기 한 대가 천천히 가로지릅니다", "pass-by"),
])
def test_arrivals_circling_and_crossing_words(text, kind):
    assert read(text).motion["kind"] == kind


@pytest.mark.parametrize("text, attr, lo, hi", [
    # Toward a body part, not at it: a little off centre to that side.
    ("빗소리는 왼쪽 어깨 쪽으로 살짝만 치우치게 해 주세요", "az_deg", -40.0, -5.0),
    ("move the chime slightly towards my right shoulder", "az_deg", 5.0, 40.0),
    ("a chime right at my left shoulder", "az_deg", -115.0, -70.0),
    ("put the news reader in front of my nose", "el_deg", -10.0, 10.0),
    ("코러스는 목덜미 뒤쪽에서 살짝만 나오게 해줘", "gain_db", -24.0, -4.0),
])
def test_toward_a_body_part_the_nose_and_a_little_sound(text, attr, lo, hi):
    assert lo <= value(text, attr) <= hi


def test_toward_a_body_part_states_no_height_or_distance():
    said = read("빗소리는 왼쪽 어깨 쪽으로 살짝만 치우치게").statements
    assert "el_deg" not in said and "dist_m" not in said


@pytest.mark.parametrize("text, attr, lo, hi", [
    # A stated elevation at the end of a sentence.
    ("synth pad at 135 degrees, elevation around 30.", "el_deg", 28.0, 32.0),
    ("im facing to north, church bell from the east", "az_deg", 88.0, 92.0),
    ("가슴 바로 앞에서 심장 쿵쿵", "el_deg", -30.0, -20.0),
    ("허리 뒤에서 열쇠꾸러미 짤랑", "az_deg", 155.0, 180.0),
    ("허리 뒤에서 열쇠꾸러미 짤랑", "el_deg", -30.0, -20.0),
    # Sitting on a shoulder is at its height, not above it.
    ("왼쪽 어깨 위에 앉아있는 앵무새", "el_deg", -30.0, -5.0),
    ("crowd murmuring low in the background", "dist_m", 3.0, 6.0),
    ("waterfall, somewhere in the next valley", "dist_m", 4.5, 6.0),
    ("organ, cathedral size. A wash, not a point.", "spread_deg", 45.0, 120.0),
    ("faint whisper at the left shoulder. Almost nothing.", "gain_db", -24.0, -12.0),
    ("the music box, turn it way down", "gain_db", -24.0, -12.0),
    ("stairwell voice, up a flight", "el_deg", 20.0, 60.0),
    # Pushing far away in Korean mixing slang is a place, not a removal.
    ("기타 소리 훨씬 더 멀리 빼주세요, 지금 너무 코앞이에요.", "dist_m", 4.5, 6.0),
    ("[Bug] 발밑에서 나야 하는 발소리가 머리 위쪽에서 재생됨. 발 근처로 내려야 함", "el_deg", -60.0, -40.0),
    ("입구를 등지고 서면 파도 소리는 맞은편 벽 쪽에서", "az_deg", -20.0, 20.0),
    ("사이렌이 조수석 뒤쪽에서 점점 가까워져요", "az_deg", 110.0, 160.0),
    ("a knock behind the driver's seat", "az_deg", -160.0, -110.0),
    ("문을 12시로 놓고 보면 노크 소리는 9시쯤.", "az_deg", -92.0, -88.0),
    ("왼쪽 메뉴에서 프리셋 불러오고 새 효과음은 정면에", "az_deg", -20.0, 20.0),
])
def test_heights_distances_frames_and_complaints_of_fresh_writers(text, attr, lo, hi):
    assert lo <= value(text, attr) <= hi


def test_a_seat_the_listener_sits_in_places_nothing():
    assert value("the car radio in front of me. I'm sitting in the passenger seat.", "az_deg") == 0.0


def test_a_program_s_side_starts_no_path():
    assert read("open the left panel, then put the cat behind me").motion is None


@pytest.mark.parametrize("text, start, end", [
    ("whisper starts at the back of the neck and slides round to the left ear", 180.0, -90.0),
    ("riser sweeps hard left to hard right over four bars", -90.0, 90.0),
    ("jet flyover: swoop in from behind, straight overhead, out the front", 180.0, 0.0),
])
def test_paths_start_where_their_words_start(text, start, end):
    r = read(text)
    assert (r.motion["start_az_deg"], r.motion["end_az_deg"]) == (start, end)
    assert r.statements["az_deg"].value == start


def test_sides_name_a_path_where_its_places_do_not():
    m = read("trolley rolls from the corridor door to the window, frame left to frame right").motion
    assert (m["start_az_deg"], m["end_az_deg"]) == (-90.0, 90.0)


def test_a_body_part_near_a_path_s_start_places_it_more_exactly():
    r = read("오토바이가 오른쪽 어깨 너머에서 부웅 하고 나타나 왼쪽으로 빠져나감.")
    assert r.statements["az_deg"].value == 130.0 and r.motion["end_az_deg"] == -90.0


@pytest.mark.parametrize("text, kind", [
    ("the carriage enters from the right", "pass-by"),
    ("a few seconds later it's closer, maybe five metres", "approach"),
    ("then it grows, sweeping closer", "approach"),
    ("저 멀리 현관에서 낑낑대다가 이제 제 발치까지 왔어요", "approach"),
    ("파리가 머리 주위를 계속 맴돈다", "rotate"),
    ("slowly bring the choir closer, from far away to about 2 m", "approach"),
])
def test_more_motion_words(text, kind):
    assert read(text).motion["kind"] == kind


@pytest.mark.parametrize("text, start, end", [
    ("the whale song rises from below the floor up through the visitor, ending high above",
     -52.0, 35.0),
    ("A coin drops from table height to the floor by my right foot.", -25.0, -40.0),
    ("엘리베이터 올라가는 소리, 발아래에서 시작해서 천장 쪽으로.", -52.0, 35.0),
    ("바람 소리가 아래서부터 위로 솟구치듯 올라감", -40.0, 35.0),
    ("새 지저귐이 발치에서 시작해 완전히 높이 솟아오르게.", -52.0, 35.0),
    ("footsteps in the stairwell, going from the basement up to the roof", -52.0, 35.0),
    # body parts name heights too
    ("ASMR 요청: 정수리부터 목덜미까지 쓸어내리는 브러시 소리", 55.0, -8.0),
])
def test_paths_between_heights_start_low_and_end_high_or_the_reverse(text, start, end):
    r = read(text)
    assert (r.motion["kind"], r.motion["start_el_deg"], r.motion["end_el_deg"]) == ("pass-by", start, end)
    assert r.statements["el_deg"].value == start


@pytest.mark.parametrize("text", ["rain falling all around", "from my knee to my thigh",
                                  "turn the volume up to max",
                                  # a fall lands where it falls; a denied rise does not happen
                                  "샤워 물줄기가 정수리로 떨어지는 느낌",
                                  "절대 탑승자 머리 위로 올라가지 않음. 눈높이 정면 수평 유지."])
def test_falling_rain_and_neighbouring_heights_make_no_height_path(text):
    motion = read(text).motion
    assert motion is None or "end_el_deg" not in motion


def test_a_height_path_rises_in_place():
    out, _ = constrain(SpatialParams(az_deg=30.0, el_deg=0.0),
                       read("the gull rises slowly from eye level to way up high"))
    assert out.el_deg == 0.0 and out.motion == Motion("pass-by", end_az_deg=30.0, end_el_deg=55.0)


@pytest.mark.parametrize("text, want", [
    ("[QA-2291] 보스 포효가 정면이 아니라 뒤에서 재생됨. 기대: 전방 / 실제: 후방", 0.0),
    ("Bug: expected: left / actual: right", -90.0),
])
def test_a_report_s_actual_state_is_the_wrong_one(text, want):
    assert value(text, "az_deg") == want


@pytest.mark.parametrize("text, kind, end", [
    ("Ambulance siren 멀어져, heading off to the left.", "recede", -90.0),
    ("기차 소리는 뒤쪽으로 멀어져가게", "recede", 180.0),
    ("a wasp hovering above, then 멀어져 forward.", "recede", 0.0),
])
def test_an_approach_or_recede_can_turn_as_it_goes(text, kind, end):
    motion = read(text).motion
    assert (motion["kind"], motion["end_az_deg"]) == (kind, end)


@pytest.mark.parametrize("text, start, end", [
    ("Helicopter flyover: starts far behind player, swoops overhead, exits in front.", 180.0, 0.0),
    ("전투기 1대 후방에서 머리 위로 저공 통과 후 전방으로 이탈.", 180.0, 0.0),
    ("Ambulance siren comes up from the rear left quarter, overtakes on the left and pulls away "
     "ahead.", -135.0, 0.0),
    # a loop on the way does not make it circle
    ("The bee zips in from my left, loops once around my head, and buzzes off behind me.", -90.0, 180.0),
    ("A bee buzzes in from behind, loops around my head twice, then drifts off to the front right.",
     180.0, 45.0),
])
def test_a_source_that_comes_in_one_way_and_leaves_another_passes(text, start, end):
    motion = read(text).motion
    assert (motion["kind"], motion["start_az_deg"], motion["end_az_deg"]) == ("pass-by", start, end)


@pytest.mark.parametrize("text, attr, lo, hi", [
    # A place on a screen named up and across is on the picture: a little off centre, a
    # little above or below the eyes.
    ("구독 알림음은 화면 기준 오른쪽 아래에서 띵", "az_deg", 5.0, 40.0),
    ("구독 알림음은 화면 기준 오른쪽 아래에서 띵", "el_deg", -30.0, -5.0),
    ("알림은 화면 오른쪽 위에서 나오게", "az_deg", 5.0, 40.0),
    ("알림은 화면 오른쪽 위에서 나오게", "el_deg", 5.0, 30.0),
    ("the ping comes from the upper left of the screen", "az_deg", -40.0, -5.0),
    ("the ping comes from the upper left of the screen", "el_deg", 5.0, 30.0),
    ("a click from the bottom right corner of the monitor", "el_deg", -30.0, -5.0),
    ("디코 알림음은 모니터 왼쪽 정도", "az_deg", -40.0, -5.0),
    # The thing set as front places what is beside it.
    ("Treat the vault door as the front wall. The clock goes to the right of it.", "az_deg", 25.0, 65.0),
    # "just to the right" is a little right.
    ("put the receptionist's voice close and just to the right", "az_deg", 5.0, 40.0),
    ("a guitar just off to the left", "az_deg", -40.0, -5.0),
])
def test_places_on_a_screen_beside_the_front_and_just_off_centre(text, attr, lo, hi):
    assert lo <= value(text, attr) <= hi


@pytest.mark.parametrize("text, attr, lo, hi", [
    ("화면 오른쪽에서 총소리", "az_deg", 25.0, 65.0),
    ("무대 오른쪽에서 피아노", "az_deg", 25.0, 65.0),
    ("It's just to my left", "az_deg", -115.0, -65.0),
])
def test_a_side_of_the_screen_or_stage_or_beside_me_stays_wide(text, attr, lo, hi):
    assert lo <= value(text, attr) <= hi


@pytest.mark.parametrize("text, attr, lo, hi", [
    # Casual Korean runs a side or a degree word into the next word.
    ("사이렌 소리 오른쪽뒤에서", "az_deg", 115.0, 155.0),
    ("개 짖는 소리 왼쪽앞에서", "az_deg", -65.0, -25.0),
    ("종소리 훨씬멀리서", "dist_m", 4.5, 6.0),
    # Far down a corridor or a stairwell.
    ("a phone rings somewhere way down the corridor", "dist_m", 4.0, 6.0),
    ("someone whistling way down the stairwell", "el_deg", -60.0, -20.0),
    # A bare "low" among places is a height; desk level and bed height are below the ears.
    ("Cricket chirp right behind my head, kinda low.", "el_deg", -30.0, -5.0),
    ("crackle dead ahead, low, fairly close", "el_deg", -30.0, -20.0),
    ("the alarm sits at bed height", "el_deg", -30.0, -20.0),
    ("Crawler foley: near the player's feet, left side, low.", "el_deg", -60.0, -40.0),
    ("clicks come from the right, about desk level", "el_deg", -30.0, -20.0),
])
def test_run_together_korean_and_far_down_a_corridor(text, attr, lo, hi):
    assert lo <= value(text, attr) <= hi


def test_an_aunt_is_not_a_pocket_and_every_step_louder_approaches():
    assert "el_deg" not in read("UI click sound. Priority: low.").statements
    assert "el_deg" not in read("아주머니가 왼쪽에서 부르는 소리").statements
    assert read("주머니 속에서 폰 진동").statements["el_deg"].value < -20.0
    assert read("boots thud up the hill, louder with every step").motion["kind"] == "approach"


@pytest.mark.parametrize("text, attr, lo, hi", [
    # A change by a share of the level, and decibels with "about" between number and verb.
    ("ceiling fan whirring overhead, turn it down like 20%", "gain_db", -2.2, -1.7),
    ("make the pad 30% louder", "gain_db", 2.0, 2.5),
    ("볼륨 20% 줄여줘", "gain_db", -2.2, -1.7),
    ("보일러 소리 너무 커요 6dB 정도 줄여줘", "gain_db", -6.3, -5.7),
    ("볼륨 50%", "gain_db", -6.3, -5.7),
    # Reverb stated as zero, or as none at all, is drier than dry.
    ("리버브 0. 완전 dry, 코앞에서 말하는 내레이션", "wet_mix", 0.0, 0.0),
    ("host voice dead centre, no reverb", "wet_mix", 0.0, 0.05),
    ("리버브 전혀 없이 가운데", "wet_mix", 0.0, 0.05),
    # An arm's length in Korean; a bearing with a stated facing; a bare angle once the
    # convention is named.
    ("시계 초침 소리를 귀에 바짝 붙이지 말고 팔 하나 거리쯤 빼주세요.", "dist_m", 0.6, 0.8),
    ("facing north, wind coming in from roughly 315", "az_deg", -47.0, -43.0),
    ("Using the monitor as 0° and going clockwise, can the notification ping sit at 270?",
     "az_deg", -92.0, -88.0),
])
def test_shares_zero_reverb_arm_lengths_bearings_and_bare_angles(text, attr, lo, hi):
    assert lo <= value(text, attr) <= hi


@pytest.mark.parametrize("text, attr, lo, hi", [
    # A foot is lower than a knee; an elbow and the shoulder blades are close.
    ("왼발 옆 강아지 낑낑", "el_deg", -60.0, -45.0),
    ("Something skitters from my left foot", "el_deg", -60.0, -45.0),
    ("a voice from between my shoulder blades", "az_deg", 155.0, 180.0),
    ("a voice from between my shoulder blades", "el_deg", -30.0, -5.0),
    ("오른쪽 팔꿈치 옆에서 마우스 클릭", "dist_m", 0.6, 1.0),
    # The performer's point of view puts the listener on the stage; the audience's keeps
    # a stage side in front.
    ("배우 시점으로 stage left에서 문 쾅 닫히는 소리", "az_deg", -115.0, -65.0),
    ("From the actor's point of view: the tambourine is off to her right, upstage.",
     "az_deg", 100.0, 150.0),
    ("cello sits downstage left, as the audience sees it", "az_deg", -65.0, -25.0),
    # The back seat on the passenger's side; the passenger's side of a right-hand-drive car.
    ("운전석에 앉아 있고 앞유리가 정면. 뒷좌석 조수석 쪽에서 애가 칭얼거리는 소리", "az_deg", 110.0, 160.0),
    ("a siren from the rear passenger side (UK car)", "az_deg", -160.0, -110.0),
    # Behind what is in front is still in front; a corner of the desk is just off centre.
    ("windscreen as front: the indicator ticks low and slightly right, behind the dash",
     "az_deg", 5.0, 40.0),
    ("책상 기준 왼쪽 아래 구석, 본체 팬 돌아가는 소리", "az_deg", -40.0, -5.0),
    # Typos of 약간 and 방향.
    ("움직이지 말고 왼쪽 약갼 앞에 고정", "az_deg", -85.0, -50.0),
    ("문을 12시로 잡고 냉장고 웅~ 4시 방햐쯤", "az_deg", 118.0, 122.0),
    ("the drone skims the ground", "el_deg", -60.0, -20.0),
])
def test_feet_blades_performer_view_back_seats_and_desk_corners(text, attr, lo, hi):
    assert lo <= value(text, attr) <= hi


@pytest.mark.parametrize("text", [
    "Never above me: the drone comes straight at me from ahead, skimming the ground.",
    "발자국이 앞에서 오는 게 아니라 뒤에서 점점 따라붙는 느낌",
])
def test_coming_straight_at_me_and_catching_up_approach(text):
    assert read(text).motion["kind"] == "approach"


@pytest.mark.parametrize("text, attr, lo, hi", [
    # A compass point placed around the listener sets the facing.
    ("thunder far off to the north. im facing the window, so north is behind me", "az_deg", 170.0, 180.0),
    ("north is on my left; the church bell rings from the east", "az_deg", -5.0, 5.0),
    ("북쪽이 내 뒤야. 남쪽에서 종소리", "az_deg", -5.0, 5.0),
    # 상단 is the upper part; from a balcony the listener looks down.
    ("플레이어 후방 상단에서 포효", "el_deg", 20.0, 60.0),
    ("A crowd cheering somewhere below, like I'm on a balcony over the square", "el_deg", -60.0, -20.0),
    # Inside a subway car is a small room; a platform is not.
    ("지하철 안. 안내방송은 위에서", "wet_mix", 0.0, 0.25),
    ("지하철 승강장에서 안내방송", "wet_mix", 0.45, 1.0),
    # Shelf height is a little above the eyes; deep in the stage is far.
    ("위쪽에.. 아니 천장 말고 선반 높이쯤. 오른쪽 벽 선반", "el_deg", 5.0, 30.0),
    ("POS: 객석 기준 무대 오른편 깊숙이", "dist_m", 3.0, 6.0),
    ("Visitors enter facing the painting. The choir rises from behind the canvas, high up.",
     "az_deg", -20.0, 20.0),
])
def test_compass_axes_upper_parts_balconies_and_small_cars(text, attr, lo, hi):
    assert lo <= value(text, attr) <= hi


@pytest.mark.parametrize("text, lo, hi", [
    # Beside a command to change the level, how loud it is now is the complaint.
    ("hey google, turn the thunder down, it's blasting", -24.0, -4.0),
    ("it's blasting", 6.0, 12.0),
])
def test_the_level_complained_of_is_not_the_target(text, lo, hi):
    assert lo <= value(text, "gain_db") <= hi


@pytest.mark.parametrize("text, attr, lo, hi", [
    # In a car the radio and the windscreen are within reach.
    ("Put the music on like it's the car radio, in front of me.", "dist_m", 0.6, 1.5),
    ("차 안에서 듣는 것처럼, 앞유리에 빗방울 두두둑 떨어지는 소리", "dist_m", 0.6, 1.5),
    # Hand and pocket height are below the ears; a plane passing is up, a paper plane not.
    ("탁상시계 째깍 소리는 모니터 오른쪽, 손 높이에 두고 싶어요", "el_deg", -30.0, -5.0),
    ("rattle at roughly door-pocket height", "el_deg", -30.0, -5.0),
    ("방금 비행기 지나감? 저 멀리서 우우웅 정도", "el_deg", 20.0, 60.0),
    # A stated height fixes the angle to within ten degrees.
    ("whale song from 3 m above visitor head height", "el_deg", 45.0, 60.0),
])
def test_car_parts_hand_height_planes_and_stated_heights(text, attr, lo, hi):
    assert lo <= value(text, attr) <= hi


def test_a_paper_plane_is_not_up():
    assert "el_deg" not in read("종이비행기가 날아와").statements


@pytest.mark.parametrize("text, attr, lo, hi", [
    # A part of the thing taken as the front is just off centre; its side beyond it, more.
    ("desk = front. printer whirring behind the desk on the left.", "az_deg", -65.0, -25.0),
    ("Take the display case as front. Hammer taps from its back left corner.", "az_deg", -45.0, -15.0),
    ("Windscreen counts as front. Indicator ticking from the right end of the dashboard", "az_deg", 15.0, 45.0),
    ("책상이 앞이라고 하면, 프린터는 책상 밑 왼쪽 구석에 있어요.", "az_deg", -45.0, -15.0),
    ("책상이 정면이에요. 책상 밑 왼쪽 서랍에서 딸깍딸깍", "az_deg", -45.0, -15.0),
    # A share of a hard pan; a clock hour once the front is set by another hour.
    ("My right-handed drummer tracked this snare; pan it to my left, around 40%.", "az_deg", -38.0, -34.0),
    ("보컬 왼쪽으로 30% 패닝", "az_deg", -29.0, -25.0),
    ("창문을 12시로 놓으면 방문이 4시쯤이거든? 거기서 문 끼이익", "az_deg", 118.0, 122.0),
    # "앞으로" can mean "from now on".
    ("앞으로 이 노크 소리 자주 쓸 거예요. 제 왼편 문에서 똑똑똑", "az_deg", -115.0, -65.0),
    ("kettle click a touch in front of my left shoulder", "az_deg", -85.0, -55.0),
])
def test_parts_of_the_front_thing_pan_shares_and_set_clocks(text, attr, lo, hi):
    assert lo <= value(text, attr) <= hi


@pytest.mark.parametrize("text, attr, lo, hi", [
    # A sound pressure level, relative to conversation.
    ("Bass thumping from the basement at roughly 85 dB while the kid insists it's 'quiet'.", "gain_db", 3.0, 12.0),
    ("도서관 정도로 조용하게, 40 dB", "gain_db", -24.0, -4.0),
    ("boost it 6 dB", "gain_db", 5.7, 6.3),
    ("Not a whisper, not a shout. Normal talking level.", "gain_db", -3.0, 3.0),
    ("음악 볼륨 좀 낮춰요, 너무 쾅쾅 울려서 대화가 안 들려요", "gain_db", -6.0, -4.0),
    ("시끄럽지만 않으면 돼요. 환풍기 돌아가는 소리", "gain_db", -24.0, 3.0),
    # Heights: a denied start makes no path; the complaint names where it is now.
    ("드론 소리인데 절대 머리 위에서 나면 안 됨. 눈높이, 앞쪽으로.", "el_deg", -10.0, 10.0),
    ("the footsteps should be near my feet, rn they're floating at head height", "el_deg", -60.0, -40.0),
    ("윗집 애들 쿵쿵 뛰는 소리", "el_deg", 20.0, 60.0),
    ("무릎 높이에서 장난감 자동차가 부릉부릉, 아이들 눈높이에 맞춰서", "el_deg", -60.0, -20.0),
    ("Rain hitting the skylight.", "el_deg", 20.0, 60.0),
    ("white noise machine by my elbow", "el_deg", -30.0, -20.0),
    # Widths, distances and rooms in everyday words.
    ("Crowd murmur wrapped around the listener's waist", "spread_deg", 90.0, 120.0),
    ("applause out in front, spread wall to wall", "spread_deg", 45.0, 120.0),
    ("Drip on the right, near the ear.", "dist_m", 0.6, 1.0),
    ("거실 TV 뒤 벽 너머에서 드릴 소리", "dist_m", 3.0, 6.0),
    ("배우 기준 오른쪽, 무대 안쪽에서 철문 쾅", "dist_m", 3.0, 6.0),
    ("someone singing in a stairwel", "wet_mix", 0.45, 1.0),
    ("We're in a football stadium. The crowd roars.", "wet_mix", 0.2, 0.55),
    ("Market square: a vendor shouting", "wet_mix", 0.0, 0.3),
    ("시장 한복판. 호객하는 소리", "wet_mix", 0.0, 0.3),
    ("Lecture hall. Professor at the front.", "wet_mix", 0.2, 0.55),
])
def test_sound_levels_complaints_and_everyday_heights_widths_rooms(text, attr, lo, hi):
    assert lo <= value(text, attr) <= hi


@pytest.mark.parametrize("text, kind, start, end", [
    ("A kid runs from the patio door on my right all the way to the garden behind me", "pass-by", 90.0, 180.0),
    ("애기가 왼쪽 현관문에서 내 뒤 창문까지 후다닥 뛰어감", "pass-by", -90.0, 180.0),
    ("제트기가 뒤에서 머리 위로 확 지나가서 앞쪽으로 사라지게", "pass-by", 180.0, 0.0),
    ("Grace hammers on the wall behind me; halfway through she moves over to the wall on my right.",
     "pass-by", 180.0, 90.0),
    ("A dog barks far off to the right. Then it runs up and barks right next to me.", "approach", None, None),
    ("강아지가 처음엔 왼쪽 멀리서 짖다가 잠시 후 내 발치까지 와서 헥헥거려요.", "approach", None, None),
    ("A dog barks far off to your left. A few seconds later it's closer, still left.", "approach", None, None),
    # Climbs between body heights, routes between rooms with no side, leaving it be.
    ("jet roaring overhead, coming from behind me and heading off in front", "pass-by", 180.0, 0.0),
    ("a skittering that starts near my feet and creeps up to my shoulder", "pass-by", None, None),
    ("발끝에서 시작해서 머리 위까지 천천히 기어 올라오는 벌레 소리", "pass-by", None, None),
    ("부엌에서 현관까지 슬리퍼 질질 끌고 가는 소리", "pass-by", None, None),
    ("Grandpa walks from the kitchen to the front door", "pass-by", None, None),
    ("A dog barks far off in front, then trots closer and closer until it's at my feet.", "approach", None, None),
    ("turn the fridge hum down a touch. leave it where it is on the left", "static", None, None),
])
def test_routes_climbs_coming_up_close_and_staying_put(text, kind, start, end):
    motion = read(text).motion
    assert motion["kind"] == kind
    assert motion.get("start_az_deg") == start and motion.get("end_az_deg") == end


def test_a_unit_word_is_whole_and_entering_is_no_motion():
    assert "dist_m" not in read("a football, a stepladder").statements
    assert read("매장 입구 들어오면 정면이 카운터예요").motion is None


@pytest.mark.parametrize("text, attr, lo, hi", [
    # A front named as 12 o'clock in either order; a bare hour "around 9" after it.
    ("screen = 12 o'clock. enemy radio chatter at 4 o'clock", "az_deg", 118.0, 122.0),
    ("door = 12 o'clock. phone ringing around 9, low down on the floor", "az_deg", -92.0, -88.0),
    ("Facing north: chickadee NW, ~15 m, on a low branch", "az_deg", -47.0, -43.0),
    ("발소리가 캐릭터 시점 기준 우측 후방 45°에서 나야 함", "az_deg", 133.0, 137.0),
    ("From the performer's side, not the audience's: the bell is stage right.", "az_deg", 65.0, 115.0),
    ("gunshot offstage left - correction, offstage RIGHT.", "az_deg", -115.0, -65.0),
    ("책상에 앉은 상태 기준으로, 책상 아래 왼쪽 구석에서 본체 팬 도는 소리", "az_deg", -45.0, -15.0),
    # A side moved a little toward the back or front by other words; "bit" alone is a degree.
    ("Whisper on the side away from my right ear, and slightly behind.", "az_deg", -125.0, -95.0),
    ("폰 진동이 왼쪽 옆구리 쪽에서 드르륵, 살짝 뒤로 치우치게", "az_deg", -125.0, -95.0),
    ("Notification ping slightly in front of my right ear", "az_deg", 55.0, 85.0),
    ("정면은 아니고 정면에서 살짝 빗겨서 왼쪽", "az_deg", -35.0, -5.0),
    ("an old clock above my head, bit to the right", "az_deg", 5.0, 35.0),
    # Heights, levels and distances in everyday words.
    ("rain stick at my left sholder, barely there", "el_deg", -30.0, -5.0),
    ("A jet roaring overhead, BLASTING, make the floor shake", "el_deg", 45.0, 60.0),
    ("ceiling fan whirring overhead, keep it low volume", "el_deg", 45.0, 60.0),
    ("music box in the attic. faint, almost gone", "gain_db", -24.0, -12.0),
    ("turn the fridge hum down a touch, it's too loud. leave it where it is on the left", "gain_db", -6.0, -4.0),
    ("I face northwest; church bells due north, a long long way away", "dist_m", 4.5, 6.0),
    ("대여섯 걸음 뒤에서 따라오는 구두 소리", "dist_m", 3.5, 4.8),
    ("귀 바로 옆 말고 방 저 끝에서 전화벨", "dist_m", 1.5, 4.0),
])
def test_twelve_o_clock_named_compass_letters_nudged_sides_and_levels(text, attr, lo, hi):
    assert lo <= value(text, attr) <= hi


@pytest.mark.parametrize("text, attr, lo, hi", [
    # A side named after a denied stage side; the performer's standpoint (입장) is a view.
    ("Ring tone - not stage right, stage left please.", "az_deg", 25.0, 65.0),
    ("관객 기준 말고 공연자 입장에서 오른편. 거기서 탬버린", "az_deg", 65.0, 115.0),
    ("객석 기준 왼쪽, 그러니까 무대 위 배우 입장에선 오른쪽. 거기서 박수", "az_deg", -115.0, -65.0),
    # The sun rises in the east and sets in the west, with a stated facing.
    ("북쪽 보고 서 있어요. 해 지는 쪽에서 종소리", "az_deg", -92.0, -88.0),
    ("I'm facing north; a cockerel from where the sun rises", "az_deg", 88.0, 92.0),
    # A listener at the back of a hall hears the hall's front ahead and far off.
    ("we're sitting in the back row and the organ starts", "az_deg", -20.0, 20.0),
    ("we're sitting in the back row and the organ starts", "dist_m", 3.0, 6.0),
    # What a note says is wrong, before an arrow, gives way to the fix after it.
    ("bug: dialogue pans hard right -> should be centered", "az_deg", -20.0, 20.0),
    ("QA: 발소리가 오른쪽으로 쏠려 있음 → 중앙으로", "az_deg", -20.0, 20.0),
    ("Tapping on the windshield, driver's side", "az_deg", -50.0, -20.0),
    # Everyday heights, distances, widths, levels and rooms.
    ("a fly buzzing a little higher than my head", "el_deg", 5.0, 30.0),
    ("crickets chirping in the long grass", "el_deg", -60.0, -20.0),
    ("a music box in the loft, as if we're in the room below it", "el_deg", 20.0, 60.0),
    ("move the sheep further out", "dist_m", 3.0, 6.0),
    ("kids shouting at the far end of the park", "dist_m", 3.0, 6.0),
    ("rain all round, steady", "spread_deg", 90.0, 120.0),
    ("a tractor across the fields", "wet_mix", 0.0, 0.3),
    ("a kettle in the kitchen, low and warm", "gain_db", -24.0, -4.0),
    ("앞으로 이거 기준으로 할게요. 뒤에서 바람 소리", "az_deg", 150.0, 180.0),
    ("선풍기 소리 은근하게 깔아주세요", "gain_db", -24.0, -4.0),
    ("오르골 소리 있는 듯 없는 듯", "gain_db", -24.0, -12.0),
    ("발소리는 발밑에서만. 위로 뜨면 NG", "el_deg", -60.0, -20.0),
    ("바람이 바닥에 낮게 깔리게", "el_deg", -60.0, -20.0),
])
def test_denied_stage_sides_sun_sides_listener_at_back_and_arrows(text, attr, lo, hi):
    assert lo <= value(text, attr) <= hi


@pytest.mark.parametrize("text, end", [
    ("A moth flutters from the lamp over to the left of my head", -90.0),
    ("a pigeon flaps down from the roof and lands on my right shoulder", 90.0),
])
def test_a_move_from_a_sideless_place_ends_at_its_side(text, end):
    motion = read(text).motion
    assert motion["kind"] == "pass-by" and motion["end_az_deg"] == end


def test_aircraft_going_over_pass_and_a_choir_gathering_moves():
    assert read("a helicopter going over, quite low").motion["kind"] == "pass-by"
    gather = read("왼쪽 뒤편에서 노래가 시작해서 천천히 가운데로 모여요").motion
    assert gather["kind"] == "pass-by" and gather["end_az_deg"] == 0.0
    assert read("a dog comes bounding closer").motion["kind"] == "approach"


@pytest.mark.parametrize("text, attr, lo, hi", [
    # A side said to be the listener's own wins over the frame before it.
    ("The violin is stage left, so for me in row F it's over on my right", "az_deg", 65.0, 115.0),
    ("배우 기준 오른쪽이니까 청취자한텐 왼쪽이겠죠? 문 소리 그쪽으로", "az_deg", -115.0, -65.0),
    # Cue-sheet areas and bare "off left"; "Dr." is a title, "mosquito" holds no "to right".
    ("clock ticking on the mantel DR.", "az_deg", -65.0, -25.0),
    ("Dr. Kim speaks on the right", "az_deg", 65.0, 115.0),
    ("dog barking offstage L", "az_deg", 65.0, 115.0),
    ("hippos grunting off left in the water", "az_deg", -115.0, -65.0),
    ("mosquito right behind my head", "az_deg", 150.0, 180.0),
    # Everyday heights, distances, widths and reverb.
    ("a radio on the patio table", "el_deg", -30.0, -5.0),
    ("a jet going over at cruising height", "el_deg", 20.0, 60.0),
    ("바깥 처마에서 풍경이 댕그랑", "el_deg", 20.0, 60.0),
    ("마룻바닥 밑에서 긁는 소리, bgm 위에 깔 거에요", "el_deg", -60.0, -20.0),
    ("the hum sits in front, small.", "spread_deg", 5.0, 15.0),
    ("대웅전 안처럼 길게 울리게", "wet_mix", 0.45, 1.0),
    ("make the owl fainter", "gain_db", -24.0, -4.0),
    ("the extractor fan roars above the stove", "gain_db", 3.0, 12.0),
    ("applause from the back of the hall", "dist_m", 3.0, 6.0),
    ("정면 기준 시계방향 270도, 3m, reverb 2.5초", "wet_mix", 0.5, 0.8),
    ("wisper at my left shoulder", "gain_db", -24.0, -4.0),
    # the performer's side decides, also with an edge of the stage named before it
    ("드럼은 무대 왼쪽 끝이요. 객석에서 보는 왼쪽 말고 무대 위 연주자 기준 왼쪽!", "az_deg", 25.0, 90.0),
])
def test_listener_sides_cue_areas_and_everyday_words(text, attr, lo, hi):
    assert lo <= value(text, attr) <= hi


def test_the_performer_on_the_stage_states_no_height():
    assert "el_deg" not in read("무대 위 연주자 기준 왼쪽에서 드럼").statements


def test_huge_reverb_is_a_big_room_not_a_wide_source():
    assert "spread_deg" not in read("huge reverb on all of it").statements
    assert read("an enormous choir").statements["spread_deg"].value >= 45.0


@pytest.mark.parametrize("text, kind, start, end", [
    ("a breath on the back of my neck that slides round to my left ear", "pass-by", 180.0, -90.0),
    ("A motorbike comes up behind and roars past to the front", "pass-by", 180.0, 0.0),
    ("a lawnmower going back and forth across the garden", "pass-by", None, None),
    ("아이가 앞에서 왔다 갔다 뛰어다녀요", "pass-by", None, None),
    ("Her heels clicking away from me down the marble hall", "recede", None, None),
    # "틀어서" turns it a little off centre: no way from one side to another
    ("북 소리가 먼 데서 다가오는데, 정면에서 살짝 왼쪽으로 틀어서", "approach", None, None),
])
def test_moves_started_before_the_verb_back_and_forth_and_offsets(text, kind, start, end):
    reading = read(text)
    assert reading.motion["kind"] == kind
    if start is not None:
        assert reading.statements["az_deg"].value == start and reading.motion["end_az_deg"] == end


@pytest.mark.parametrize("text", ["a cat sitting away from me on the left", "a voice facing away from me"])
def test_where_a_sound_sits_or_faces_away_is_no_receding(text):
    motion = read(text).motion
    assert motion is None or motion["kind"] != "recede"


def test_seats_church_bells_and_a_way_worked_up():
    assert 0.6 <= value("a radio right behind my seat, crackling", "dist_m") <= 1.5
    assert value("church bells from behind, out in the town square", "wet_mix") <= 0.3
    assert "el_deg" not in read("the cleaners' hoover working its way up from the rear").statements


@pytest.mark.parametrize("text, kind", [
    ("the fox edged nearer", "approach"),
    ("the cleaners' hoover working its way up from the rear", "approach"),
    ("A dog barks way behind me. Then it trots closer and flops down at my feet.", "approach"),
    ("it sounds closer now", None),
])
def test_coming_nearer_and_to_the_listener_approaches(text, kind):
    motion = read(text).motion
    assert (motion and motion["kind"]) == kind


@pytest.mark.parametrize("text, wet", [("a church bell tolls, its echo hanging in the air for ages", True),
                                       ("the reverb tail lingers", True), ("a ringing phone hangs up", False)])
def test_an_echo_that_hangs_is_a_long_reverb(text, wet):
    assert (read(text).statements.get("wet_mix") is not None) == wet


def test_a_walk_on_to_a_place_after_coming_in_is_a_way():
    reading = read("Dave came in the front door (on my left) and walked all the way to the kitchen behind me")
    assert reading.statements["az_deg"].value == -90.0
    assert reading.motion["kind"] == "pass-by" and reading.motion["end_az_deg"] == 180.0
    assert read("a cat on my left and moves to the right").motion["end_az_deg"] == 90.0


@pytest.mark.parametrize("text, attr, lo, hi", [
    # a vehicle pulling up stops there; a landmark "near" says nothing of the listener
    ("Bus pulls up on my right.", "az_deg", 65.0, 115.0),
    ("A crowd cheers far in front, near the stage.", "dist_m", 3.0, 6.0),
    # "no direction" is no correction of what came before it
    ("the boss music is blasting from everywhere, no direction, just wide", "spread_deg", 90.0, 120.0),
    ("the boss music is blasting from everywhere, no direction, just wide", "gain_db", 6.0, 12.0),
    ("그 기타 소리 오른쪽으로 살짝 빼주고 볼륨도 낮춰줘", "az_deg", 5.0, 40.0),
    ("a jet passing overhead, from behnid me to out in front", "az_deg", 150.0, 180.0),
    ("the loom clacks in front, never louder than the narrator", "gain_db", -12.0, -2.0),
    ("가까이서 나는 게 아니구 저어기 동네 끝에서 개가 짖는 거라니까", "dist_m", 4.5, 6.0),
    ("Facing north. A tractor somewhere west.", "az_deg", -92.0, -88.0),
    ("Sheep bleating down in the valley", "el_deg", -60.0, -20.0),
    ("Keep the heartbeat in the middle", "az_deg", -20.0, 20.0),
    ("Detective across from me", "dist_m", 1.0, 2.2),
    ("the harpsichord is stage left, so it sits on the visitor's left", "az_deg", -115.0, -65.0),
])
def test_dev27_words_vehicles_landmarks_and_listener_sides(text, attr, lo, hi):
    assert lo <= value(text, attr) <= hi


@pytest.mark.parametrize("text, attr, lo, hi", [
    # a frame that only sets the front keeps "slightly"; a performer's view said on its own
    ("Taking the stage as front, the desk mic bleed should sit slightly left of center.", "az_deg", -40.0, -5.0),
    ("stage right에서 문 삐걱. 관객석 기준 말고 배우 기준으로요!", "az_deg", 65.0, 115.0),
    ("큐 23: 라디오 잡음 — 무대 왼쪽(배우 기준)에서 작게.", "az_deg", 25.0, 65.0),
    ("the kid's whimper goes on the side away from my right ear, kind of muffled like through a wall",
     "az_deg", -115.0, -65.0),
    ("Sim note: stall horn just over the pilot's left shoulder", "az_deg", -148.0, -92.0),
    # just above a shoulder is ear height; a shelf is above the desk; near the feet is low
    ("귀신 속삭임은 왼쪽 어깨 바로 위에서, 거의 귀에 닿을 듯이 작게 해주세요.", "el_deg", -10.0, 15.0),
    ("a bell high above my right shoulder", "el_deg", 20.0, 60.0),
    ("선반 위에 올려둔 라디오 느낌", "el_deg", 5.0, 30.0),
    ("진동 알림음은 절대 위에서 들리면 안 돼요. 발 근처로만 부탁드립니다", "el_deg", -60.0, -45.0),
    # everyday words for distance, loudness and width
    ("북쪽 보고 있을 때 한참 서쪽 먼바다에서 뱃고동 부우웅", "dist_m", 4.5, 6.0),
    ("머리 주위를 빙글빙글 도는 벌, 가까워질 때 커졌다가 멀어지면 작아지게", "dist_m", 0.6, 1.5),
    ("벨 소리를 책장 맨 위 칸에 두고, 볼륨은 누가 중얼거리는 정도로만", "gain_db", -24.0, -4.0),
    ("at my left shoulder a parrot squawk, a bit too loud on purpose", "gain_db", 3.0, 6.0),
    ("jet going overhead, that huge rumble", "gain_db", 3.0, 12.0),
    ("바닥에 쫙 깔리듯이 낮게 웅— 하는 drone", "spread_deg", 45.0, 120.0),
    ("그냥 가운데 두고 살짝만 넓게 퍼뜨려 주세요", "spread_deg", 15.0, 45.0),
])
def test_dev29_frames_shoulders_shelves_and_everyday_levels(text, attr, lo, hi):
    assert lo <= value(text, attr) <= hi


@pytest.mark.parametrize("text, attr, lo, hi", [
    ("방 안에선 난로가 오른쪽 가까이서 탁탁 튀어요. 천둥은 없음", "dist_m", 0.6, 1.5),
    ("리버브는 없음", "wet_mix", 0.0, 0.15),
    ("마당 왼쪽 끝에서 개가 짖어", "dist_m", 3.0, 6.0),
    ("객석 맨 뒤에서 앙상블 허밍 fade in", "dist_m", 3.0, 6.0),
    ("왼쪽 나무에서 새소리만 짹짹", "el_deg", 20.0, 40.0),
    ("차 소리는 빼주세요, 왼쪽에서 새소리만 조금", "gain_db", -24.0, -4.0),
    ("창밖 전체로 빗소리", "spread_deg", 90.0, 120.0),
    ("ATC chatter in the headset, centred", "dist_m", 0.6, 1.0),
    ("rain hammering the roof", "gain_db", 3.0, 12.0),
    ("wind howls outside the door at the top", "el_deg", 20.0, 60.0),
    ("wolf howling on the ridge way behind us", "el_deg", 5.0, 30.0),
    ("Dad tapping the steering wheel just ahead on the left", "dist_m", 0.6, 1.5),
    ("drop the crowd down a lot", "gain_db", -24.0, -12.0),
])
def test_dev29_absences_ends_of_places_trees_and_loud_rain(text, attr, lo, hi):
    assert lo <= value(text, attr) <= hi


@pytest.mark.parametrize("text, attr, lo, hi", [
    # corrections, fillers and glosses of another's side
    ("left - no wait right. the knock", "az_deg", 65.0, 115.0),
    ("Right then – the front desk chatter in the lobby scene should sit behind the listener", "az_deg", 150.0, 180.0),
    ("Now imagine you're the one on stage, looking out. The clapping starts over on your left – which, "
     "for the audience, is their right.", "az_deg", -115.0, -65.0),
    ("the clock tick tock must be behind of my left ear, very near", "az_deg", -160.0, -115.0),
    ("Rain on the tin roof. Not dead centre – pull it up and off to the right a bit.", "az_deg", 5.0, 40.0),
    ("Screen reader voice at my right elbow, about 50 cm away", "az_deg", 65.0, 115.0),
    ("the desk is my front. printer is humming under the desk on the rigth side", "az_deg", 10.0, 60.0),
    ("문이 12시면 초인종은 3시", "az_deg", 88.0, 92.0),
    # heights from the floor, over the head, on a nightstand, hung high, a chandelier
    ("선반 위 라디오. 바닥에서 6피트쯤 높이, 볼륨은 40% 정도로", "el_deg", 0.0, 30.0),
    ("a radio 6 feet off the floor", "el_deg", 0.0, 30.0),
    ("rain on an umbrella right over the crown of my head", "dist_m", 0.6, 1.0),
    ("오르골은 침대 옆 협탁 위에", "el_deg", -30.0, -5.0),
    ("벽 높이 걸린 큰 괘종시계", "el_deg", 20.0, 60.0),
    ("bat flies from the chandelier over to the window", "el_deg", 20.0, 60.0),
    ("Facing the window — the scratching is on the glass. Outside. Top corner.", "el_deg", 10.0, 30.0),
    # loudness and rooms
    ("코치 보이스는 정수리 바로 위. 운동 방해 안 될 정도로만, 너무 크게 말고.", "gain_db", -8.0, -4.0),
    ("옆방에서 누가 중얼중얼 혼잣말하는 소리", "gain_db", -24.0, -4.0),
    ("Jet going over the track, real low, straight overhead.", "gain_db", 3.0, 12.0),
    ("Hotel lobby, front desk bell.", "wet_mix", 0.2, 0.55),
    ("The front desk bell in a big marble hotel lobby", "wet_mix", 0.45, 1.0),
    ("천장 높은 로비에서 구두 발자국 소리가 울리고", "wet_mix", 0.45, 1.0),
])
def test_dev17_corrections_glosses_floor_heights_and_lobbies(text, attr, lo, hi):
    assert lo <= value(text, attr) <= hi


@pytest.mark.parametrize("text, attr, lo, hi", [
    ("Move the kick slightly left, just a touch, maybe 10 degrees, and way further back.", "az_deg", -12.0, -8.0),
    ("Aircraft heading 270. Lighthouse foghorn due north of us, couple miles off.", "az_deg", 88.0, 92.0),
    ("객석에서 보면 왼쪽, 배우들 입장에선 오른쪽. 거기서 문 쾅 닫히는 소리", "az_deg", -115.0, -25.0),
    ("발바닥 바로 밑에서 마룻바닥 삐걱", "el_deg", -60.0, -45.0),
    ("the cat's bell jingling around my feet, she wants her food", "el_deg", -60.0, -45.0),
])
def test_dev19_a_side_before_its_angle_a_heading_performers_and_feet(text, attr, lo, hi):
    assert lo <= value(text, attr) <= hi


def test_korean_climbing_up_and_brushing_past():
    assert read("계단실 아래층에서 구두 소리가 또각또각 울리면서 점점 올라와요").motion["kind"] == "approach"
    assert read("관람객 목덜미 뒤로 서늘한 바람이 훅 스칩니다.").motion["kind"] == "pass-by"


def test_a_height_off_the_floor_is_no_distance_and_korean_crawling_and_scurrying_move():
    assert "dist_m" not in read("a radio 6 feet off the floor").statements
    assert read("귀신 목소리는 바닥에서 기어오는 느낌").motion["kind"] == "approach"
    mouse = read("다락방 왼쪽 구석에서 오른쪽 끝까지 쥐가 후다닥").motion
    assert (mouse["start_az_deg"], mouse["end_az_deg"]) == (-90.0, 90.0)


def test_a_thunder_left_out_and_a_voice_drowned_out_state_no_level():
    assert "gain_db" not in read("방 안에선 난로가 오른쪽 가까이서 탁탁 튀어요. 천둥은 없음").statements
    assert "wet_mix" not in read("안내 음성이 이거에 다 묻혀서 안들림ㅠ").statements


def test_korean_ways_toward_me_and_from_a_door_to_a_window():
    assert read("구두 발소리가 내 쪽으로 점점 울리면서 와").motion["kind"] == "approach"
    way = read("아이 하나가 왼쪽 출입문에서 뛰어 들어와 내 뒤 창문 쪽으로 달려가요").motion
    assert (way["start_az_deg"], way["end_az_deg"]) == (-90.0, 180.0)


@pytest.mark.parametrize("text", [
    "her heels clicking across the marble, from behind me up to the lift in front",
    "The twins bouncing a ball down the hallway from behind me to the far end in front",
])
def test_a_way_from_behind_to_a_place_in_front(text):
    motion = read(text).motion
    assert motion["kind"] == "pass-by" and (motion["start_az_deg"], motion["end_az_deg"]) == (180.0, 0.0)


@pytest.mark.parametrize("text, start, end", [
    ("From the audience's side, the ghost laughs from stage left and glides over to stage right.", 45.0, -45.0),
    ("can you make the ghost float from the wardrobe to the window behind me?", None, 180.0),
])
def test_stage_sides_and_a_float_between_places_end_where_stated(text, start, end):
    motion = read(text).motion
    assert motion["end_az_deg"] == end and motion.get("start_az_deg") == start


def test_walking_out_recedes_and_the_hill_behind_is_far():
    assert read("지수가 갑자기 뒤로 돌아서 문 쪽으로 걸어나감").motion["kind"] == "recede"
    assert value("새소리는 뒷산 숲에서", "dist_m") >= 3.0


@pytest.mark.parametrize("text, kind", [("Bus pulls up on my right.", "approach"),
                                        ("Her heels clicking off down the corridor", "recede"),
                                        ("pull up the fader on the left", None)])
def test_a_vehicle_pulling_up_approaches_and_heels_off_down_a_corridor_recede(text, kind):
    motion = read(text).motion
    assert (motion and motion["kind"]) == kind


def test_a_little_echo_of_a_named_room_is_a_little_reverb():
    assert 0.2 <= value("a hammer with a little stone-room echo", "wet_mix") <= 0.35


@pytest.mark.parametrize("text", ["A car alarm goes off down the street to the left",
                                  "the other shouting from way off down the hallway"])
def test_going_off_or_shouting_from_off_down_a_street_is_no_receding(text):
    motion = read(text).motion
    assert motion is None or motion["kind"] != "recede"


def test_near_a_body_part_is_close_near_a_landmark_is_not():
    assert value("the heart monitor beeping right near his ear", "dist_m") <= 1.5
    assert "dist_m" not in read("a dog barking near the door").statements


@pytest.mark.parametrize("text, attr, want", [
    # a ship's sides and its stern
    ("a whistle from port side", "az_deg", -90.0),
    ("a ping from starboard", "az_deg", 90.0),
    ("footsteps coming toward me down the corridor from aft", "az_deg", 180.0),
    # the back to a compass point faces away from it
    ("my back is to the north. a tractor to the west", "az_deg", 90.0),
    ("북쪽을 등지고 서 있어. 서쪽에서 트랙터 소리", "az_deg", 90.0),
    # decibels beat a share of the volume said beside them
    ("shimmer at 30% volume, roughly -12 dB under the narration", "gain_db", -12.0),
    ("볼륨 50%로 왼쪽에서", "gain_db", -6.02),
    # a degree word before a side of the thing taken as front
    ("Treat the dentist chair as the front: soft wind chimes a touch to its left.", "az_deg", -22.0),
    ("Treat the dentist chair as the front: soft wind chimes to its left.", "az_deg", -45.0),
    # a corner of the screen is inside the picture
    ("화면을 정면으로 두고, 판정음은 화면 오른쪽 위 모서리 쪽에서", "az_deg", 30.0),
    ("책상을 정면으로 두고, 그 밑 왼편에서 본체 팬 소리", "az_deg", -30.0),
    # an angle after "위" is a height, and the front stays the front
    ("보스 등장음. 정면 위 45도", "el_deg", 45.0),
    ("보스 등장음. 정면 위 45도", "az_deg", 0.0),
    ("오른쪽 아래 20도", "el_deg", -20.0),
    # the nape is a little below the ears; under one's breath is quiet, not low
    ("breath at the back of my neck", "el_deg", -8.0),
    ("someone swears under his breath right next to me", "gain_db", -10.0),
    ("Captain Reyes barks orders from the hatch ahead of me", "gain_db", 7.0),
    ("뒤통수 바로 뒤에서 풍경 소리, 아주 살짝만 딸랑", "gain_db", -18.0),
    ("왼쪽 방 아기는 새근새근 숨소리만", "gain_db", -10.0),
    ("a bee not far away at all", "dist_m", 0.8),
    ("a child's gasp near the front rows", "az_deg", 0.0),
    ("작은 시계는 내 왼손목에서 째깍", "az_deg", -90.0),
    ("Sonar ping, like it's ringing through the steel hull of the sub.", "wet_mix", 0.65),
    ("a faint wolf howl from the hills on the right", "dist_m", 4.5),
    ("keep the aurora overhead but push it much further away", "dist_m", 5.5),
    ("kids splash in the pool below the balcony", "el_deg", -40.0),
])
def test_dev30_ships_backs_decibels_corners_and_heights(text, attr, want):
    assert value(text, attr) == pytest.approx(want, abs=0.01)


@pytest.mark.parametrize("text, start, end", [
    # grazing one place on the way to another; a place passed is not the start
    ("화살이 왼쪽 귀 옆을 휙 스치고 뒤로 날아가는 소리", -90.0, 180.0),
    ("제트기 한 대가 뒷산 쪽에서 날아와 머리 위를 지나 앞바다 쪽으로 빠져나가는 소리", 180.0, 0.0),
    ("One bee zips past my right ear from front to back", 45.0, 180.0),
])
def test_dev30_ways_past_a_place(text, start, end):
    motion = read(text).motion
    assert (motion["start_az_deg"], motion["end_az_deg"]) == (start, end)


@pytest.mark.parametrize("text", ["콤보 성공음은 정중앙 center만 피하고 나머진 아무 데나 ok",
                                  "avoid the centre, anywhere else is fine"])
def test_avoiding_a_place_denies_it(text):
    assert az(text) == (0.0, True)


def test_a_mosquito_diving_at_my_ear_approaches():
    assert read("모기가 천장 근처에서 앵앵대다가 내 귀 쪽으로 슝 내려꽂히는 느낌").motion["kind"] == "approach"


@pytest.mark.parametrize("text, attr, want", [
    # a heel is low; a big tail is very wet; the back of the house is far; across the aisle
    ("Little crab scuttling right behind my left heel", "el_deg", -52.0),
    ("Q22 thunder roll — SR. Upstage, big tail.", "wet_mix", 0.8),
    ("Cue 31: door slam. NOT from the wings — from the very back of the house.", "dist_m", 4.5),
    ("the kid across the aisle playing a tablet game", "dist_m", 1.6),
    # "오른쪽 어깨 바로 뒤" is behind the shoulder; "멀~리" is far
    ("목탁 소리는 오른쪽 어깨 바로 뒤에서", "az_deg", 130.0),
    ("남쪽 보고 앉았을 때 동쪽 산에서 들려오는 새벽 종소리 (멀~리)", "dist_m", 4.5),
])
def test_dev31_heels_tails_houses_and_drawn_out_words(text, attr, want):
    assert value(text, attr) == pytest.approx(want, abs=0.01)


def test_a_course_between_compass_points_and_a_wave_to_my_feet():
    motion = read("I'm facing the pool, which is west of me. A skiff putters past, going north to south.").motion
    assert (motion["start_az_deg"], motion["end_az_deg"]) == (90.0, -90.0)
    assert read("A wave rolls in from way out in front and fizzles out right at my feet.").motion["kind"] == "approach"


@pytest.mark.parametrize("text, attr, want", [
    # "just left of it" with a thing taken as front; a front desk is no front
    ("Treat the screen as front. Her voice sits just left of it.", "az_deg", -22.0),
    ("the stapler from the front desk, put it on my left", "az_deg", -90.0),
    ("책상 정면 기준 왼쪽 선반 위에서 시계", "az_deg", -90.0),
    # the body part that placed it gives its height; "behind me and low" is low
    ("it talks from behind my head, I want it at my right shoulder", "el_deg", -15.0),
    ("the drip goes behind me and low", "el_deg", -40.0),
    # a level command beats another thing's noise; "좀 turn down" is a little; 20% less
    ("bell at knee height, turn it down, the baby screams every time", "gain_db", -10.0),
    ("시계 소리 좀 turn down 해주세요", "gain_db", -5.0),
    ("선풍기 소리 30% 정도만 줄여주세요", "gain_db", -3.1),
    # a room left is not where it sounds; RT60 narrowed by a cathedral; far up a slope
    ("Boots climb the stairwell from the lobby up to the top landing.", "wet_mix", 0.65),
    ("잔향 2초 정도, 성당 느낌으로", "wet_mix", 0.67),
    ("a cowbell way up the hillside ahead", "dist_m", 5.5),
    ("라디오는 저 앞에서 작게", "dist_m", 4.5),
    # a screen's top edge in degrees is a height; an underground space is no height
    ("안내 음성은 정면 상단 약 20도", "el_deg", 20.0),
    ("지하 공간이라 울리는 안내 방송", "el_deg", None),
])
def test_dev32_frames_heights_levels_and_rooms(text, attr, want):
    if want is None:
        assert attr not in read(text).statements
    else:
        assert value(text, attr) == pytest.approx(want, abs=0.05)


@pytest.mark.parametrize("text, kind, start, end", [
    # in from one side and off to another; swooping off; a corridor away from me
    ("a plane coming in from behind and roaring off ahead", "pass-by", None, 0.0),
    ("a bee at my right ear, then it swoops off", "recede", None, None),
    ("his boots clomping down the hall away from me", "recede", None, None),
    ("들어오는 열차 소리, 먼 데서부터 점점 가까워지게", "approach", None, None),
    ("오른쪽 멀리서 들리다가 점점 커지면서 내 앞을 지나 왼쪽으로 사라져요", "pass-by", 90.0, -90.0),
    ("a cat jumps from the shelf on my left onto the rug in front of me", "pass-by", -90.0, 0.0),
])
def test_dev32_ways_in_and_out(text, kind, start, end):
    motion = read(text).motion
    assert motion["kind"] == kind
    if start is not None:
        assert motion["start_az_deg"] == start
    if end is not None:
        assert motion["end_az_deg"] == end


@pytest.mark.parametrize("text, attr, want", [
    # the edge of a thing taken as front; a side with "behind me" is the back diagonal
    ("Treat the monitor as front - a chime from the left edge of it.", "az_deg", -30.0),
    ("Treat my desk as front. The saw comes from behind me, at my left shoulder.", "az_deg", -140.0),
    # "left over by the coat rack" is a side; a sound's kind yields to words of place
    ("keep it left over by the door", "az_deg", -90.0),
    ("a radio across the room, murmuring to itself", "dist_m", 2.5),
    # decibels under the maximum; a Korean horn and sauna music are loud
    ("guitar amp, -6 dB from max, on my right", "gain_db", 6.0),
    ("동쪽에서 트럭 경적이 빵", "gain_db", 7.0),
    ("음악 빵빵하게 틀어줘", "gain_db", 9.0),
    # under the floorboards, far-off rooms, a small chime, rain drops on the glass
    ("마루 밑에서 긁는 소리", "el_deg", -52.0),
    ("한참 떨어진 방에 있는 것처럼", "dist_m", 4.5),
    ("뒤에서 풍경 소리가 살짝 딸랑", "gain_db", -10.0),
    ("빗방울이 유리에 톡톡 부딪히는 소리", "dist_m", 0.8),
    # a correction of the level keeps the place; a front set on the windscreen's direction
    ("목 뒤쪽에서 바람 소리 약하게.. 아니 좀 더 크게", "az_deg", 180.0),
    ("앞유리 방향을 앞이라고 하면, 기차가 왼쪽에서 다가오는 소리", "az_deg", -90.0),
    # rain on a tent is above; a full-width spread envelops; a roar is loud
    ("rain on the tent", "el_deg", 35.0),
    ("wind spread full width", "spread_deg", 105.0),
    ("the crowd gives a big roar", "gain_db", 7.0),
])
def test_dev33_edges_diagonals_levels_and_corrections(text, attr, want):
    assert value(text, attr) == pytest.approx(want, abs=0.05)


@pytest.mark.parametrize("text, kind, start, end", [
    ("까치가 왼쪽에서 오른쪽으로 휙.. 아 아니다 반대로, 오른쪽에서 왼쪽", "pass-by", 90.0, -90.0),
    ("a girl skates from the ramp on my right over to the bench behind me", "pass-by", 90.0, 180.0),
    ("a truck crawls by on my left", "pass-by", None, None),
])
def test_dev33_ways_named_by_two_sides_and_slow_passes(text, kind, start, end):
    motion = read(text).motion
    assert motion["kind"] == kind
    if start is not None:
        assert (motion["start_az_deg"], motion["end_az_deg"]) == (start, end)


def test_dev33_leaving_a_thing_where_it_is_is_no_motion():
    assert read("Leave the fountain where it is, it's fine").motion is None


@pytest.mark.parametrize("text, attr, want", [
    # a round number before a side is an angle; a slight car side; wipers are on the windscreen
    ("Caution! Horn. 30 right, 10 out.", "az_deg", 30.0),
    ("windscreen is the front. Rain hitting it slightly to the passenger side", "az_deg", 22.0),
    ("앞유리 기준으로 조수석 쪽에서 와이퍼 끽끽", "az_deg", 35.0),
    # an English degree word after a Korean side; a small sound is quiet
    ("기타 오른쪽으로는 진짜 a touch만", "az_deg", 20.0),
    ("귀뚜라미 소리 왼쪽 어깨에서 조그맣게", "gain_db", -10.0),
    # a quoted title is no place; the audience's side and the stage's edge
    ("테마 '지하실' 숨소리, 목덜미 뒤", "el_deg", -8.0),
    ("배우 입장에서 왼쪽이니까 관객 쪽에선 오른쪽", "az_deg", 90.0),
    ("첼로는 무대 오른쪽 끝이요. 객석에서 봤을 때 오른쪽!", "az_deg", 45.0),
    # downhill is below; across the desk from me is in front; a collar is below the ears
    ("baboons squabbling somewhere downhill", "el_deg", -40.0),
    ("Sam is across the desk from me", "az_deg", 0.0),
    ("a bee on my collar", "el_deg", -25.0),
])
def test_dev35_angles_car_sides_titles_and_heights(text, attr, want):
    assert value(text, attr) == pytest.approx(want, abs=0.05)


@pytest.mark.parametrize("text, start, end", [
    ("열차 진입(좌→우)", -90.0, 90.0),
    ("siren 우→좌 통과", 90.0, -90.0),
    ("car L→R", -90.0, 90.0),
])
def test_dev35_arrows_between_one_letter_sides(text, start, end):
    motion = read(text).motion
    assert (motion["kind"], motion["start_az_deg"], motion["end_az_deg"]) == ("pass-by", start, end)


@pytest.mark.parametrize("text, attr, want", [
    # "slightly off to the left" of behind; the listener's own side after a stage side
    ("need the whisper right behind his head, slightly off to the left", "az_deg", -160.0),
    ("Trumpet solo from stage left. So from the stands it's on my right.", "az_deg", 90.0),
    # a facing named after the thing faced; a rally stage is no theatre's; taverns and apiaries
    ("Bell buoy clanging to the north-west. I face the lamp, north.", "az_deg", -45.0),
    ("Stage start. Marshal counting down on the left, 2 m.", "az_deg", -90.0),
    ("a bard plays lute by the fireplace in the tavern", "wet_mix", 0.35),
    ("Cold morning at the apiary, hives buzzing", "wet_mix", 0.12),
])
def test_dev37_offsets_listener_sides_facings_and_places(text, attr, want):
    assert value(text, attr) == pytest.approx(want, abs=0.05)


@pytest.mark.parametrize("text, start, end", [
    ("A fox trots from the hedge on the left to the pond far ahead.", -90.0, 0.0),
    ("대금 소리가 무대 왼편에서 오른편으로 10초쯤 걸려서 천천히 흘러가듯이", -90.0, 90.0),
])
def test_dev37_a_trot_and_a_slow_drift_are_ways(text, start, end):
    motion = read(text).motion
    assert (motion["kind"], motion["start_az_deg"], motion["end_az_deg"]) == ("pass-by", start, end)


@pytest.mark.parametrize("text, start, end", [
    # "and out behind over my right shoulder", "..., gone behind us": where a way ends
    ("a bat swoops down from high in front of me and out behind over my right shoulder", 0.0, 130.0),
    ("Cut to: train approaching from far ahead, rushing past on the left, gone behind us.", 0.0, 180.0),
])
def test_dev37_ways_that_end_out_behind_or_gone(text, start, end):
    motion = read(text).motion
    assert (motion["start_az_deg"], motion["end_az_deg"]) == (start, end)


@pytest.mark.parametrize("text, attr, want", [
    # just in front of me is near; a huge echo is very wet; coming up the stairs is below
    ("Dog whimpering at knee height, just in front of me.", "dist_m", 0.8),
    ("a choir in a cathedral, huge long echo", "wet_mix", 0.8),
    ("footsteps coming up the stairwell towards me", "el_deg", -40.0),
    # the seats' side, a dialect metre, a slight front-left
    ("무대 기준 말고 손님들 앉는 쪽 기준으로 왼쪽이요", "az_deg", -90.0),
    ("빗소리는 창문 밖으로 한 5메다 떨어진 데서 나게 해라", "dist_m", 5.0),
    ("합창인데, 정면은 아니고 왼쪽 앞으로 살짝 비껴서", "az_deg", -20.0),
])
def test_dev39_nearness_echoes_stairs_and_korean_sides(text, attr, want):
    assert value(text, attr) == pytest.approx(want, abs=0.05)


@pytest.mark.parametrize("text, start, end", [
    ("오토바이가 왼쪽 한참 먼 데서부터 오른쪽으로 부아앙 지나가게", -90.0, 90.0),
    ("Biscuit zooms from the front door on my left to the window behind me", -90.0, 180.0),
])
def test_dev39_a_far_place_and_a_zoom_start_ways(text, start, end):
    motion = read(text).motion
    assert (motion["kind"], motion["start_az_deg"], motion["end_az_deg"]) == ("pass-by", start, end)


@pytest.mark.parametrize("text, kind", [
    ("The terrier yaps from across the yard. Then he trots right up to my knees.", "approach"),
    ("her heels clicking down the corridor behind me, getting further away", "recede"),
    ("그녀의 하이힐 또각또각이 복도 끝에서 나한테로", "approach"),
])
def test_dev39_coming_right_up_and_getting_further_away(text, kind):
    assert read(text).motion["kind"] == kind


@pytest.mark.parametrize("text, attr, want", [
    # on the stage, looking out: the performer's sides are the listener's own
    ("Feedback squeal from stage left. I'm the one on stage looking out at the crowd.", "az_deg", -90.0),
    ("Feedback squeal from stage left.", "az_deg", 45.0),
    # "except" leaves out a side, not the thing it names
    ("the whole cafe goes quiet except the espresso machine in front", "az_deg", 0.0),
    ("한참 먼데서 개 짖는 소리", "dist_m", 5.5),
    ("불판 위에서 고기 지글지글 굽는 소리 바로 앞에서", "el_deg", -15.0),
    ("해설 목소리는 오른쪽—아니 가운데, 그리고", "az_deg", 0.0),
    # the sides of a likeness are not the sound's
    ("Murmuring in front of me, like kids hiding behind the puppet booth.", "az_deg", 0.0),
])
def test_dev41_stage_exceptions_far_grills_and_likenesses(text, attr, want):
    assert value(text, attr) == pytest.approx(want, abs=0.05)


@pytest.mark.parametrize("text", ["tiny hiss from the blowpipe, right under my chin",
                                  "목덜미에 바람 부는 것처럼 쉬익 소리 살짝만"])
def test_dev41_a_tiny_hiss_is_quiet(text):
    assert read(text).statements["gain_db"].value < -4.0


def test_dev41_a_top_shelf_is_above_the_eyes_and_pulling_up_is_not():
    assert value("vase clinking on the top shelf to my right", "el_deg") >= 20.0
    assert value("A car pulls up on the left.", "el_deg") is None
    # a room named in a likeness still counts
    assert value("Your footsteps behind you, like a long stone corridor.", "wet_mix") is not None


@pytest.mark.parametrize("text, start, end", [
    ("A jet overhead, rumbling from in front of me to somewhere far behind.", 0.0, 180.0),
    ("Train pulling in from far down the platform on my left, getting louder till it stops "
     "right in front of me.", -90.0, 0.0),
    ("a car passes from left to right in front of me", -90.0, 90.0),
])
def test_dev41_a_rumble_and_a_stop_end_ways(text, start, end):
    motion = read(text).motion
    assert (motion["kind"], motion["start_az_deg"], motion["end_az_deg"]) == ("pass-by", start, end)


@pytest.mark.parametrize("text, attr, want", [
    ("dog barking, way further off", "dist_m", 5.5),
    ("Bass drums blasting from waaay behind me.", "dist_m", 5.5),
    ("a mosquito whining on the side away from my right ear, right up against the temple", "dist_m", 0.7),
    ("Keep it under the track, right underfoot.", "el_deg", -52.0),
    ("wind in both ears", "spread_deg", 105.0),
    ("a loon calling across the lake, far and wet-sounding", "wet_mix", 0.6),
    ("Facing the sea, so north. The bell buoy clangs to the west", "az_deg", -90.0),
])
def test_dev43_far_off_up_close_underfoot_and_facings(text, attr, want):
    assert value(text, attr) == pytest.approx(want, abs=0.05)


def test_dev43_the_other_side_of_an_ear_starts_a_way_and_a_fade_in_is_none():
    motion = read("오른쪽 귀 반대편에서 대금 소리가 시작돼서 천천히 정면으로 걸어 들어오게요").motion
    assert (motion["start_az_deg"], motion["end_az_deg"]) == (-90.0, 0.0)
    assert read("the ambient music fades in from all arround").motion is None


@pytest.mark.parametrize("text, attr, want", [
    ("ship's bell a touch above my left shoulder", "el_deg", 7.0),
    ("falcon bell jingling at my left shoulder, just a touch above it", "el_deg", 7.0),
    ("breath moved to the back of the neck, tighter + drier", "wet_mix", 0.06),
    ("With the porthole as twelve o'clock, put the teletype clatter at four.", "az_deg", 120.0),
    ("문을 12시로 치면 9시 창가에서 빗방울 톡톡", "az_deg", -90.0),
    ("무대 기준 말고 관객석에서 본 기준으로 오른쪽. 거기서 통기타 소리", "az_deg", 90.0),
    ("천체투영관 돔 스크린 쪽이 정면. 프로젝터 팬 웅~ 하는 건 반대편 벽, 훨씬 높은 데서", "az_deg", 180.0),
    ("crowd murmuring behind me, anything but loud, barely a hum", "gain_db", -18.0),
])
def test_dev45_shoulders_clock_words_audience_seats_and_far_walls(text, attr, want):
    assert value(text, attr) == pytest.approx(want, abs=0.05)


@pytest.mark.parametrize("text, kind", [
    ("a lorry rumbling from the harbour gate on my left all the way across to the warehouses on my right",
     "pass-by"),
    ("siren aproaching from far behind, getting louder and louder", "approach"),
    ("저 끝 레인에서 출발해서 이쪽으로 헤엄쳐 오는 소리", "approach"),
])
def test_dev45_across_to_typos_and_coming_this_way(text, kind):
    assert read(text).motion["kind"] == kind


@pytest.mark.parametrize("text, attr, want", [
    ("Put the drip on the side away from my right ear, a fair bit out.", "dist_m", 3.3),
    ("Snare drum, medium loud.", "gain_db", 3.5),
    ("Visitors face the tapestry wall, which we'll call north. The loom clatters from the north-west "
     "corner.", "az_deg", -45.0),
    ("창문 쪽을 앞이라고 하면 드라이기 웽~ 하는 소리는 그 반대편에서요", "az_deg", 180.0),
])
def test_dev47_a_fair_bit_out_stage_sides_named_north_and_the_far_side(text, attr, want):
    assert value(text, attr) == pytest.approx(want, abs=0.05)


def test_dev47_roaring_straight_over_me_passes():
    assert read("The jet comes in low from behind and roars straight over me.").motion["kind"] == "pass-by"


@pytest.mark.parametrize("text, attr, want", [
    ("A music box plays on a high shelf across the room, slightly to your left.", "az_deg", -20.0),
    ("a radio slightly off to your right", "az_deg", 20.0),
    ("옆집에서 음악 빵빵하게 틀어놓은 것 같은 베이스 쿵쿵쿵", "dist_m", 4.5),
    ("a phone buzzing on the table beside me", "dist_m", 0.8),
    ("Ticking clock, just slightly above my left shoulder.", "el_deg", 7.0),
    ("whisper under my chin, soft as anything", "gain_db", -18.0),
    ("할미 뒷통수 쪽에서 벽시계 째깍째깍", "az_deg", 180.0),
    ("비상구를 정면으로 바라보고 선다. 벨은 정반대편 복도 끝에서 울린다.", "az_deg", 180.0),
    ("왼쪽 정반대편에서 종소리", "az_deg", 90.0),
    ("Stage is front. Thunder from upstage left — that's audience view, not the actors'.",
     "az_deg", -45.0),
    ("footsteps shuffling in the hallway", "wet_mix", 0.5),
])
def test_dev49_your_side_neighbours_shoulder_tops_and_corridors(text, attr, want):
    assert value(text, attr) == pytest.approx(want, abs=0.05)


@pytest.mark.parametrize("text, kind, ends", [
    ("the cat's bell going from the kitchen doorway to under the couch", "pass-by", None),
    ("다락에서 뭔가 이쪽 끝에서 저쪽 끝으로 굴러감", "pass-by", None),
    ("my cat walking from the end of my bed right up to my pillow", "approach", None),
    ("Then it comes trotting up close, right to my feet.", "approach", None),
    ("jet swooping in low from behind me, right over the top and off into the distance ahead",
     "pass-by", (180.0, 0.0)),
    ("자전거가 뒤에서 따르릉 하면서 내 왼쪽으로 휙 지나가 앞으로 사라짐", "pass-by", (180.0, 0.0)),
])
def test_dev49_ways_between_places_and_where_they_vanish(text, kind, ends):
    motion = read(text).motion
    assert motion["kind"] == kind
    if ends is not None:
        assert (motion["start_az_deg"], motion["end_az_deg"]) == ends


def test_dev49_a_phone_held_right_up_to_the_ear_stays_put():
    assert read("the phone is right up to my ear").motion is None


@pytest.mark.parametrize("text, attr, want", [
    ("왼쪽에서 여자 비명", "gain_db", 7.0),
    ("친구가 꺅 소리 지름", "gain_db", 7.0),
])
def test_dev49_screams_and_shouts_are_loud(text, attr, want):
    assert value(text, attr) == pytest.approx(want, abs=0.05)


def test_dev49_coming_to_my_side_approaches():
    assert read("고양이가 내 옆으로 와서 앉아").motion["kind"] == "approach"


@pytest.mark.parametrize("text, attr, want", [
    ("ocean waves down near the feet, soft", "el_deg", -52.0),
    ("Heartbeat, centre of chest.", "el_deg", -25.0),
    ("the one by the gate is nearly silent", "gain_db", -18.0),
    ("a passenger coughing at the very back", "dist_m", 4.5),
    ("the neighbours mower somewhere behind me", "dist_m", 4.5),
    ("머리 위 아주 높이 헬기 한 대", "dist_m", 4.5),
    ("앞 테이블에서 아저씨 둘이 도란도란 얘기 나눠요", "gain_db", -10.0),
    ("왼쪽 어깨 너머로 여자 웃음소리", "az_deg", -130.0),
    ("left에 피아노", "az_deg", -90.0),
])
def test_dev51_feet_chests_silences_far_backs_and_english_sides_in_korean(text, attr, want):
    assert value(text, attr) == pytest.approx(want, abs=0.05)


def test_dev51_way_up_front_is_no_height():
    assert "el_deg" not in read("the defuse kit sound way up front").statements


@pytest.mark.parametrize("text, kind, ends", [
    ("A peacock struts from the bench on my right across to the hedge on the left", "pass-by",
     (90.0, -90.0)),
    ("오토바이가 right에서 left로 쌩 지나가고", "pass-by", (90.0, -90.0)),
    ("꼬마 하나가 왼쪽 현관문에서 뒤쪽 베란다 창문까지 후다닥 뛰어감", "pass-by", (-90.0, 180.0)),
    ("Then he wanders in and stands by my left shoulder", "approach", None),
    ("She stops, sighs, then starts again a bit further away.", "recede", None),
    ("her heels clicking across the marble behind me", "pass-by", None),
    ("Pigeons in the attic, going from one end of the roof to the other.", "pass-by", None),
    ("wolf howl, slowly approaching, start at -6 dB", "approach", None),
])
def test_dev51_struts_mixed_sides_long_ends_and_walking_in(text, kind, ends):
    motion = read(text).motion
    assert motion["kind"] == kind
    if ends is not None:
        assert (motion["start_az_deg"], motion["end_az_deg"]) == ends


def test_dev51_an_offset_from_centre_is_no_way():
    assert read("from the back of the neck, maybe a touch to the left of centre").motion is None


@pytest.mark.parametrize("text, attr, want", [
    ("Radio murmuring on my left, low enough to ignore.", "gain_db", -18.0),
    ("Barely there, like it's falling on the neighbour's roof.", "dist_m", 4.5),
    ("Piet snoring two bunks down to my left", "dist_m", 2.5),
    ("Priya was sitting behind me eating crisps", "dist_m", 0.8),
    ("a kettle on the stove in front of me", "el_deg", -25.0),
    ("voices bouncing around the wooden room", "wet_mix", 0.6),
    ("the boilers roar in the engine room", "wet_mix", 0.5),
    ("법고 소리는 뒤편 종각 쪽에서 아득하게 들립니다.", "gain_db", -10.0),
    ("처마 끝 풍경 소리는 잦아들고", "gain_db", -10.0),
    ("비 미친듯이 옴", "gain_db", 7.0),
    ("thunder far upstage left — that's the actors' right — and way, way back.", "az_deg", -45.0),
    ("From the audience's point of view, the scream comes from stage left.", "az_deg", 45.0),
    ("a fountain splashes way across by the gate", "dist_m", 4.5),
])
def test_dev53_ignorable_levels_neighbours_roofs_bunks_stoves_and_audience_views(text, attr, want):
    assert value(text, attr) == pytest.approx(want, abs=0.05)


@pytest.mark.parametrize("text, kind, end", [
    ("Later he comes over and sits on the bunk next to me", "approach", None),
    ("the dog trots over to me", "approach", None),
    ("Footsteps climbing the stairwell from below, echoey", "approach", None),
    ("the retriever trots in from the hallway and settles by my right knee", "approach", None),
    ("현관에서 거실 소파까지 콩콩 걸어오는 발소리", "approach", None),
    ("산사 종소리가 위쪽 앞에서 점점 또렷해집니다.", "approach", None),
    ("드래곤 날갯짓이 머리 위를 원형으로 선회", "rotate", None),
    ("a motorbike overtakes me from behind", "pass-by", 0.0),
    ("뒤에서 오토바이가 추월해 나감", "pass-by", 0.0),
    ("소방차가 뒤에서 오른쪽으로 추월해서 저 앞으로 쭉 사라짐", "pass-by", 0.0),
    ("꼬마 발소리가 왼쪽 문에서 출발해서 뒤쪽 창문까지 다다다다", "pass-by", 180.0),
])
def test_dev53_coming_over_climbing_settling_overtaking_and_setting_off(text, kind, end):
    motion = read(text).motion
    assert motion["kind"] == kind
    if end is not None:
        assert motion["end_az_deg"] == end


def test_dev53_a_train_setting_off_goes_nowhere_said():
    assert read("기차가 출발하는 소리 왼쪽에서").motion is None


@pytest.mark.parametrize("text, attr, want", [
    ("cricket chirping down by my right knee, faint, almost lost in the room tone", "gain_db", -18.0),
    ("Cello sits slightly stage left - that's the audience's right, not the player's.", "az_deg", 22.0),
    ("Jet going over. Loud.", "el_deg", 35.0),
    ("Crowd chant from the north stand, behind me", "dist_m", 4.5),
    ("다락에서 쥐가 바스락 거리는디 쬐끔만 들리게 해도라", "gain_db", -10.0),
    ("a radio right by my pillow", "dist_m", 0.7),
    ("the radio right next to me on the sofa", "el_deg", -25.0),
    ("Tom and Priya talking off to my right, low voices.", "gain_db", -10.0),
    ("오른쪽 귀 반대편에서, 아 아니다 그냥 정면에서 라디오 지지직", "az_deg", 0.0),
])
def test_dev55_lost_in_the_room_tone_slight_audience_sides_flyovers_and_pillows(text, attr, want):
    assert value(text, attr) == pytest.approx(want, abs=0.05)


def test_dev55_turning_around_the_listener_rotates():
    assert read("Singing bowl turning slowly around the listener, at arm's length.").motion["kind"] \
        == "rotate"


@pytest.mark.parametrize("text, attr, want", [
    ("Put the bride's voice on the side away from my right ear, just slightly back.", "az_deg", -112.0),
    ("If 12 o'clock is the door, the clock chimes from 9, up on the mantelpiece.", "el_deg", 15.0),
    ("새 짹짹 소리, 머리 위로는 절대 안 올라가게 하고 땅 가까이에서만", "el_deg", -40.0),
    ("발밑 가까이서 자갈 밟는 소리, 볼륨은 쪼금만 turn down", "gain_db", -5.0),
    ("무전은 내 가슴팍 높이", "el_deg", -25.0),
    ("누가 내 오른쪽 조리대에서 양파를 썰고 있음", "el_deg", -25.0),
    ("오늘쪽 골목에서 애들 셋이 깔깔거려", "az_deg", 90.0),
])
def test_dev57_slightly_back_mantelpieces_ground_counters_and_a_typo(text, attr, want):
    assert value(text, attr) == pytest.approx(want, abs=0.05)


def test_dev57_coming_trotting_in_approaches():
    assert read("then he comes trotting in and flops down at my feet").motion["kind"] == "approach"


@pytest.mark.parametrize("text, attr, want", [
    ("Drop the whistle 6 dB and put it ten steps to my left", "gain_db", -6.0),
    ("jet going over at about 30,000 ft, low rumble", "dist_m", 9144.0),
    ("창문을 12시라 치면 현관은 4시쯤? 거기서 초인종 딩동", "az_deg", 120.0),
    ("머리 위에서만은 절대 들리면 안 돼요. 물 떨어지는 소리 똑.. 똑..", "el_deg", 0.0),
    ("[음성메모] 앞유리 기준으로 오른쪽 저 멀리 구급차 사이렌", "az_deg", 90.0),
    ("the crowd behind the pit wall on the left", "az_deg", -90.0),
    ("a crowd of about fifty chanting in a ring around me", "spread_deg", 105.0),
    ("Kenji's broom on the parquet, rightish.", "az_deg", 90.0),
    ("beat drops stage right (audience's view pls)", "az_deg", 90.0),
])
def test_dev59_objects_of_cuts_grouped_thousands_clock_frames_topics_and_rings(text, attr, want):
    assert value(text, attr) == pytest.approx(want, abs=0.05)


@pytest.mark.parametrize("text, kind, start, end", [
    ("The feed cart rattles from the gate on my left round to the shed behind me",
     "pass-by", -90.0, 180.0),
    ("Little Fox scampers from the door on the left, across the room, all the way to the "
     "window behind us", "pass-by", -90.0, 180.0),
    ("Mara's heels clicking from stage left to centre", "pass-by", 45.0, 0.0),
    ("사이렌이 오른쪽에서 왼쪽으로 그 뒤를 쫓아감", "pass-by", 90.0, -90.0),
    ("관중 파도타기 함성이 왼쪽 외야에서 시작해서 뒤를 돌아 오른쪽 내야로 넘어옴", "pass-by", -90.0, 90.0),
    ("할머니 지팡이 톡톡 소리가 현관에서 안방까지 가고", "pass-by", None, None),
    ("a fly buzzing around the player's head", "rotate", None, None),
    ("갈매기 몇마리가 머리 위를 빙 돌고", "rotate", None, None),
    ("그러다 강아지가 점점 나한테 가까이 옴", "approach", None, None),
    ("개가 뒤에서 쫓아와", "approach", None, None),
])
def test_dev59_sounds_that_move_from_place_to_place(text, kind, start, end):
    motion = read(text).motion
    assert motion["kind"] == kind
    assert motion.get("start_az_deg") == start and motion.get("end_az_deg") == end


@pytest.mark.parametrize("text, want", [
    ("BGM은 뒤에 낮게 loop", -10.0),
    ("창밖에 빗소리가 살짝", -10.0),
    ("그 위에 바이올린 살짝 얹기", -10.0),
    ("뒷자리 애들은 쑥덕쑥덕", -10.0),
    ("radio mumbling up on the shelf", -10.0),
    ("Rain on the roof, heavy", 7.0),
    ("the bleachers in front of me going nuts", 7.0),
    ("관중 함성이 사방에서 터지고", 7.0),
    ("박수 소리는 왼쪽으로 조금만 옮기고 볼륨 반으로", -6.02),
    ("cut the seagulls by half", -6.02),
    ("트라이앵글 무대 중앙으로 옮기고 volume 10% 정도 down", -0.92),
])
def test_dev59_everyday_levels_halves_and_shares_down(text, want):
    assert value(text, "gain_db") == pytest.approx(want, abs=0.05)


def test_dev59_slightly_to_a_side_is_no_level():
    assert value("피아노는 오른쪽으로 살짝.", "gain_db") is None


@pytest.mark.parametrize("text, want", [
    ("모닥불은 바로 앞에서 타닥타닥", 0.8),
    ("바로 뒤에서 누가 과자 봉지 바스락바스락", 0.8),
    ("three kids kicking the back of my seat", 0.8),
    ("crowd cheering way up in the stands", 4.5),
    ("one persons footsteps echoing way down the nave in front", 4.5),
])
def test_dev59_right_in_front_is_near_and_way_down_the_nave_is_far(text, want):
    assert value(text, "dist_m") == pytest.approx(want, abs=0.05)


@pytest.mark.parametrize("text, kind", [
    ("her heels clicking away down the corridor behind me", "recede"),
    ("ring bearer's shoes squeaking as he runs up the aisle toward us", "approach"),
    ("Rex barks from the far side of the yard, then trots over and sniffs at my ankles",
     "approach"),
    ("the speaker faces toward us", None),
    ("the music gets quieter and quieter", None),       # a fade, not a distance
])
def test_dev61_comings_toward_us_and_goings_down_the_hall(text, kind):
    motion = read(text).motion
    assert (motion or {}).get("kind") == kind


@pytest.mark.parametrize("text, attr, want", [
    ("radio low from the door speaker on my right", "gain_db", -10.0),
    ("a dog barking two houses down to the left", "dist_m", 4.5),
    ("a radio low on the shelf", "gain_db", None),          # a height or a level: left open
    ("DJ booth up front", "wet_mix", None),                 # a DJ's booth is no small room
    ("we're in a booth", "wet_mix", 0.1),
])
def test_dev61_radios_low_houses_down_and_booths(text, attr, want):
    said = read(text).statements.get(attr)
    assert (said.value if said else None) == (pytest.approx(want) if want is not None else None)


@pytest.mark.parametrize("text, attr, want", [
    ("the old radio on the sill, a little to my left, about waist high.", "el_deg", -25.0),
    ("table-high, on my left", "el_deg", -25.0),
    ("a bird up high", "el_deg", 35.0),
    ("다락방에서 쥐가 사각사각 뛰어다니는 소리 살짝만 넣어줘", "gain_db", -10.0),  # just a little
    ("리버브는 살짝만 섞어줘", "gain_db", None),                  # a little reverb, not a quiet sound
])
def test_dev61_waist_high_and_just_a_little_of_a_sound(text, attr, want):
    said = read(text).statements.get(attr)
    assert (said.value if said else None) == (pytest.approx(want) if want is not None else None)


@pytest.mark.parametrize("text, start, end", [
    ("a fishing boat engine putt-putting on the left, moving slowly right", -90.0, 90.0),
    ("a kid on the right running left", 90.0, -90.0),
    ("쥐가 천장 속을 왼쪽에서 오른쪽으로 달리고", -90.0, 90.0),
    ("오리가 왼쪽에서 오른쪽으로 헤엄쳐", -90.0, 90.0),
])
def test_dev63_drifting_toward_a_side_starts_where_it_was(text, start, end):
    motion = read(text).motion
    assert motion["kind"] == "pass-by"
    assert (motion.get("start_az_deg"), motion["end_az_deg"]) == (start, end)


@pytest.mark.parametrize("text", [
    "a drone moving right behind me",               # "right" as in "just"
    "the dog runs right up to me",
    "Ambulance siren heading off to the left",      # a heading off: where it recedes to
])
def test_dev63_right_as_an_intensifier_is_no_drift(text):
    motion = read(text).motion
    assert (motion or {}).get("kind") != "pass-by" or "start_az_deg" not in motion


@pytest.mark.parametrize("text, attr, want", [
    ("모기가 귀 주변을 빙빙 도는데 절대 머리 위로는 안 가게 해주세요", "el_deg", 0.0),
    ("독경 소리요. 크게만 안 하면 됩니다", "gain_db", -5.0),
    ("오른쪽 귀랑 반대편 쪽에서 주사위 굴러가는 소리", "az_deg", -90.0),
    ("가까이 말고 저어 멀리 강 건너편에서 개 짖는 소리", "dist_m", 5.5),   # 저어: drawn out, very far
    ("방 건너편에서 라디오", "dist_m", 2.5),
    ("put it on the side away from my right ear, slighty behind", "az_deg", -110.0),
    ("머리 위로 안 가게", "wet_mix", None),           # "가게" here says "so that it goes"
    ("가게 안에서 음악", "wet_mix", 0.35),             # a shop
])
def test_dev63_never_above_not_loud_the_other_ear_across_the_river_and_shops(text, attr, want):
    said = read(text).statements.get(attr)
    assert (said.value if said else None) == (pytest.approx(want) if want is not None else None)


def test_dev63_going_over_the_top_of_me_passes():
    assert read("Jet goes over the top of me and is gone").motion["kind"] == "pass-by"


def test_dev63_a_path_between_floors_after_a_place_and_to_the_tip_of_my_nose():
    steps = read("계단실에서 발자국 소리가 윗층에서 아래층으로 쿵쿵 내려오는 느낌").motion
    assert steps["kind"] == "pass-by" and (steps["start_el_deg"], steps["end_el_deg"]) == (35.0, -40.0)
    fly = read("A fly buzzes from the back of my neck round to the tip of my nose.").motion
    assert (fly["start_az_deg"], fly["end_az_deg"]) == (180.0, 0.0)


@pytest.mark.parametrize("text, start, end", [
    ("siren starts far away in front and gets closer, then it passes me on the right and fades "
     "out behind", 0.0, 180.0),
    ("사이렌이 앞쪽 멀리서 점점 가까워지더니 그 사이렌이 오른쪽을 스쳐 뒤로 멀어진다", 0.0, 180.0),
    ("footsteps cross from left to right in front", -90.0, 90.0),
    ("a truck on my left, then it passes me on the right", -90.0, 90.0),
])
def test_dev63_the_side_a_path_passes_is_not_where_it_ends(text, start, end):
    motion = read(text).motion
    assert (motion["start_az_deg"], motion["end_az_deg"]) == (start, end)


@pytest.mark.parametrize("text, kind", [
    ("Train pulling in from the left, screeching", "approach"),
    ("a bicycle bell ring from behind, coming fast", "approach"),
    ("the other directly behind the player, 30 m and closing", "approach"),
    ("Nurse's shoes squeak from behind toward camera", "approach"),
    ("복도 끝에서 휠체어 굴러오는 소리", "approach"),
    ("발뒤꿈치에 바짝 붙어서 따라오는 발소리", None),          # following keeps its distance
    ("그녀의 하이힐 또각또각, 복도 끝에서 내 쪽으로", "approach"),
    ("왼쪽에서 열차 진입", "approach"),
    ("the speaker faces toward the audience", None),        # facing is no move
    ("고개를 내 쪽으로 돌려", "rotate"),
])
def test_dev63_arrivals_pulling_in_closing_and_rolling_over(text, kind):
    assert (read(text).motion or {}).get("kind") == kind


@pytest.mark.parametrize("text, start, end", [
    ("아이가 왼쪽 문으로 뛰어 들어와서 등 뒤 창문 쪽으로 달려갑니다", -90.0, 180.0),
    ("어린 도령이 왼편 대문으로 뛰어 들어와 뒤쪽 대청마루로 사라지는 발소리", -90.0, 180.0),
    ("Priya walks in from the right. She hums to herself", None, 0.0),     # into the room ahead
    ("He walks in from the left and out to the right", -90.0, 90.0),
])
def test_dev63_in_by_one_way_and_off_to_another(text, start, end):
    motion = read(text).motion
    assert (motion.get("start_az_deg"), motion["end_az_deg"]) == (start, end)


@pytest.mark.parametrize("text, want", [
    ("the organ booms from the loft", 7.0),
    ("A herd of wildebeest thundering past", 7.0),
    ("It's bucketing down. Rain everywhere", 7.0),
    ("수영이 목소리가 훨씬 커", 7.0),
    ("보스 포효: 정면, 높이 약 5m, 매우 큼", 7.0),
    ("fade out the wind", -18.0),
    ("a bit of wind", -10.0),
    ("rain all around, light", -10.0),
    ("멀리 개구리도 조금", -10.0),
    ("왼쪽 귀 옆에서 세린이가 귓속말하고", -10.0),
    ("뒷좌석 동생은 자느라 숨소리만 들려", -10.0),
    ("Clarinets on the front sideline but not too hot", -5.5),
    ("풀벌레 소리는 뒤에 깔아주세요. volume -6 정도", -6.0),      # a stated level outranks words
    ("the boom mic on my left", None),
    ("리버브도 조금", None),                                        # a little reverb, not a quiet sound
])
def test_dev63_everyday_levels_booms_light_rain_whispers_and_unitless_volumes(text, want):
    said = read(text).statements.get("gain_db")
    assert (said.value if said else None) == (pytest.approx(want) if want is not None else None)


@pytest.mark.parametrize("text, want", [
    ("Gran's humming in the kitchen, two rooms away", 4.5),
    ("the generator, thudding two decks below", 4.5),
    ("The plaza fountain stays off to the left at a distance", 4.5),
    ("a volleyball game going on down the beach to my left", 4.5),
    ("one long low foghorn across the bay", 4.5),
    ("a distant thunder roll off to the right", 5.5),       # a roll of thunder, not rolling off
    ("옆자리 민호는 왼쪽에서 펜 딸깍딸깍", 0.8),
    ("조수석 승객이 통화 중", 0.8),
    ("the other right by my head", 0.8),
    ("something scraping along the wall on the immediate left", 0.8),
    ("my passenger is on my left, humming", 0.8),
])
def test_dev63_rooms_away_decks_below_bays_and_the_seat_beside_me(text, want):
    assert value(text, "dist_m") == pytest.approx(want, abs=0.05)


@pytest.mark.parametrize("text, kind, start, end", [
    ("my sister sleepwalks from the bunk bed behind me to the door on the right", "pass-by", 180.0, 90.0),
    ("The horse puppet clops from the wings on the right to centre stage and stops", "pass-by", 90.0, 0.0),
    ("Swallows flicking from the barn roof on my left across to the pond behind me", "pass-by", -90.0, 180.0),
    ("Lee mutters something and walks off to the door at my back", "pass-by", None, 180.0),
    ("helicopter hovering right above me, then it peels off toward the back", "pass-by", None, 180.0),
    ("Make the wind louder and swing it round behind us", "pass-by", None, 180.0),
    ("알람만 오른쪽에서 정면으로 옮겨오게", "pass-by", 90.0, 0.0),
    ("걔 발소리 왼쪽 뒤에서 시작해서 정면까지", "pass-by", -135.0, 0.0),
    ("그녀의 하이힐 소리가 뒤에서 왼쪽으로 또각또각", "pass-by", 180.0, -90.0),
    ("카트 바퀴 덜컹거림은 통로 따라 앞에서 뒤로", "pass-by", 0.0, 180.0),
    ("#ep7 오프닝: 바람 소리 왼→오로 훑고", "pass-by", -90.0, 90.0),
    ("누군가 우산 쓰고 내 앞을 왼쪽에서 오른쪽으로 걸어간다", "pass-by", -90.0, 90.0),
    ("the dog barks from across the street, then it trots over and sits by my feet", "approach", None, None),
    ("Then it rings again, closer, right outside her door.", "approach", None, None),
    ("Priya starts telling the story on my left. She gets louder as she leans in", "approach", None, None),
    ("music coming from the street behind me, getting louder", "approach", None, None),
    ("아래층 어딘가에서 발자국이 점점 올라옴", "approach", None, None),
    ("할머니가 부엌에서 칼질하시다가 곧 내 방 쪽으로 오셔", "approach", None, None),
    ("Ambulance siren 멀어져, heading off to the left.", "recede", None, -90.0),
])
def test_dev64_round_paths_exits_and_approaches(text, kind, start, end):
    motion = read(text).motion
    assert motion["kind"] == kind
    assert (motion.get("start_az_deg"), motion.get("end_az_deg")) == (start, end)


@pytest.mark.parametrize("text", [
    "박수 소리가 왼쪽에서 오른쪽까지 넓게",               # a width, not a path
    "좌우간 정면에서 아주 살짝만 오른쪽으로, 사람들 웅성웅성 작게",   # an offset
    "라이터 딸깍거리는 sfx인데 살짝만 왼쪽으로 옮겨주세요",       # a new place, not a move
    "like someone leaning in to tell a secret",              # a simile
])
def test_widths_offsets_new_places_and_similes_make_no_move(text):
    motion = read(text).motion
    assert motion is None or motion["kind"] == "static"


def test_a_path_start_holds_the_azimuth_near_its_side():
    said = read("돌고래 무리가 왼쪽 앞에서 오른쪽으로 휙 지나가고").statements["az_deg"]
    assert (said.lo, said.hi) == (pytest.approx(-55.0), pytest.approx(-35.0))


@pytest.mark.parametrize("text, attr, want", [
    ("A kid runs to the front of the bus, shrieking.", "gain_db", 7.0),
    ("Kev on the megaphone at the front of the block", "gain_db", 7.0),
    ("the crowd is a wall of noise behind both of them", "gain_db", 7.0),
    ("애들 물장구는 오른쪽 얕은 풀 쪽에서 시끌벅적하게", "gain_db", 7.0),
    ("두 사람이 언성 높여 싸우는 소리", "gain_db", 7.0),
    ("정상 도착!! 바람 쎄게 불고", "gain_db", 7.0),
    ("내 오른편 통제관이 사격 중지 외침", "gain_db", 7.0),
    ("기타 앰프 볼륨 줄이고 오른쪽으로", "gain_db", -10.0),
    ("보컬 볼륨은 줄이지 말고 조금만 더 멀리", "gain_db", None),
    ("lone accordion way in the back", "dist_m", 4.5),
    ("the defuse kit sound way up front", "dist_m", 4.5),
    ("다른 애는 저 뒤쪽 좌석에서 빽빽 울어요", "dist_m", 4.5),
    ("뭔가 바로 내 뒤에서 쉬이익 하고 새는 소리가 나", "dist_m", 0.8),
    ("앞좌석에서 아기 칭얼대고", "dist_m", 0.8),
    ("고양이 방울은 발치에서 딸랑", "dist_m", 0.8),
    ("그 소리에 놀란 고양이가 내 발 옆에서 하악", "el_deg", -52.0),
    ("the dryer buzzer goes off somewhere bellow", "el_deg", -40.0),   # a typo of below, not a bellow
    ("my own footsteps echo", "wet_mix", 0.6),
])
def test_dev64_round_loud_and_quiet_words_far_and_near_places_heights_and_echoes(text, attr, want):
    got = value(text, attr)
    assert got == (pytest.approx(want) if want is not None else None)


def test_a_low_ceiling_is_the_room_not_a_height():
    said = read("바닥 쪽에선 온풍기 웅웅. 명상실이 좀 좁고 천장이 낮아요").statements["el_deg"]
    assert said.value < 0


@pytest.mark.parametrize("text", [
    "The whole crowd cheering around me",
    "hull groaning around us",
    "Rain on the awning, all over, soft.",
    "Rain hammering on everything",
    "Engine drone fills it",
    "사람들 말하는 소리 모든 곳",
    "풀벌레는 주변에 잔잔히",
    "비둘기 떼가 내 주위에서 퍼덕이며 날아올라",
])
def test_sounds_around_me_all_over_and_filling_the_space_envelop(text):
    assert value(text, "spread_deg") == pytest.approx(105.0)


@pytest.mark.parametrize("text", ["a bee buzzing around me", "the drone circles around me twice",
                                  "Jo walks around me to the door", "나비가 내 주위를 빙빙 돌아"])
def test_what_moves_round_me_is_no_enveloping_sound(text):
    assert value(text, "spread_deg") is None


def test_a_band_around_me_is_placed_by_its_members():
    assert value("a jazz quartet around me", "spread_deg") is None


@pytest.mark.parametrize("text, lo", [
    ("The reverb is enormous, like 5 seconds.", 0.6),
    ("홀 잔향은 전체에 길게", 0.6),
    ("현악 4중주, 홀 울림 풍부하게", 0.6),
    ("Inside the old bunker: water trickling down the wall", 0.45),
    ("Lots of hall reverb on everything.", 0.45),
    ("Long, bright echo.", 0.45),
    ("ringy, lots of reflections", 0.45),
])
def test_long_reverb_and_live_rooms_in_everyday_words(text, lo):
    assert read(text).statements["wet_mix"].lo >= lo


@pytest.mark.parametrize("text", ["Inside a parked car, wipers squeaking in front",
                                  "카메라 옆에서 과자 봉지 부스럭 소리, 자동차 안"])
def test_a_parked_car_is_small_and_a_rustle_is_not_a_booth(text):
    assert read(text).statements["wet_mix"].hi <= 0.25


@pytest.mark.parametrize("text", ["앞 세면대 쪽 핸드드라이어 윙", "과자 봉지 부스럭"])
def test_a_hair_dryer_and_a_rustle_say_nothing_of_the_reverb(text):
    assert "wet_mix" not in read(text).statements


def test_the_reverb_is_enormous_is_not_a_width():
    assert "spread_deg" not in read("The reverb is enormous").statements


@pytest.mark.parametrize("text, side", [("Q14 – wind chime @ listener L shoulder. close, dry", -90),
                                        ("lvl3 cave: drip loop overhead, bats L far", -90),
                                        ("player R ear, a mosquito", 90)])
def test_a_cue_sheets_side_letters(text, side):
    assert read(text).statements["az_deg"].value == side


def test_a_name_with_an_initial_is_no_side():
    assert "az_deg" not in read("Mr. R far away").statements


def test_volume_just_a_little_is_quiet():
    assert read("참새 짹짹, 볼륨은 살짝만").statements["gain_db"].hi <= -4


@pytest.mark.parametrize("text", ["Kai starts whistling at the far end of the hall, walks up and "
                                  "stops just on my left.", "he walks over and sits next to me"])
def test_walking_up_to_stop_beside_me_approaches(text):
    assert read(text).motion["kind"] == "approach"


@pytest.mark.parametrize("typo, word", [("behing", "behind"), ("cieling", "ceiling"),
                                        ("everywere", "everywhere"), ("overhaed", "overhead"),
                                        ("rigth", "right"), ("lfet", "left"), ("bcak", "back"),
                                        ("upstair", "upstairs"), ("beind", "behind")])
def test_place_words_misspelt_by_a_letter_are_read(typo, word):
    from t2sa_lib.language.normalize import normalize

    assert normalize(f"a door slams {typo} me") == f"a door slams {word} me"


@pytest.mark.parametrize("word", ["round", "ground", "overheard", "lightly", "revert", "shoulders",
                                  "bellow", "light", "font", "blow", "let"])
def test_real_words_near_place_words_are_kept(word):
    from t2sa_lib.language.normalize import normalize

    assert normalize(f"the {word} of it") == f"the {word} of it"


def test_korean_sides_misspelt():
    assert read("오른쭉 부두에 파도 철썩").statements["az_deg"].value == 90


def test_a_statement_names_the_level_its_words_name():
    said = read("some reverb on it").statements["wet_mix"]
    assert said.level == "wet"
    assert read("reverb 70%").statements["wet_mix"].level == ""


@pytest.mark.parametrize("text, attr, want", [
    ("Talkback mic: 270 clockwise from front, 2 m", "az_deg", -90.0),
    ("120 counterclockwise from front", "az_deg", -120.0),
    ("Venue faces north, I'm facing south at the desk. Generator drone is out to the east.", "az_deg", -90.0),
    ("the window is 12 o clock and the rain tapping the glass is like 11", "az_deg", -30.0),
    ("gaffer tape ripping at the foot of the stage right in front of me", "az_deg", 0.0),
    ("in the car baby fussing in the car seat behind me passenger side", "az_deg", 135.0),
    ("창문 쪽을 앞이라고 치고, 빗소리는 창문 반대편 방 안쪽 깊숙이서", "az_deg", 180.0),
    ("Wiper squeak dead ahead, slightly low", "el_deg", -15.0),
    ("rain drumming on the attic roof right over us", "el_deg", 55.0),
    ("radio chatter echoing a couple flights down below me", "dist_m", 4.5),
    ("im in a parked car, rain on the roof", "wet_mix", 0.1),
    ("긁는 소리 좀 넣어줘요. 볼륨은 살짝 다운.", "gain_db", -5.0),
    ("거의 들리지 않는 물방울 소리", "gain_db", -18.0),
    ("전체 음량은 약 20% 낮춘다", "gain_db", -1.938),
])
def test_dev67_angles_facings_heights_and_levels(text, attr, want):
    assert read(text).statements[attr].value == pytest.approx(want, abs=0.01)


def test_a_placed_front_gives_way_to_a_denial_after_it():
    said = read("새소리는 아무 데서나 들려도 되는데, 창문이 앞이라고 치면 창문 반대편, 그러니까 뒤쪽만 빼 주세요.")
    assert said.statements["az_deg"].value != 180.0


@pytest.mark.parametrize("text, kind, end", [
    ("footsteps should be anything but loud, they're sneaking up", "approach", None),
    ("the boss stomps toward us from the far back wall", "approach", None),
    ("지호가 문 앞에서 노크하다가 들어와서 내 옆에 털썩 앉아", "approach", None),
    ("준호가 문 열고 들어와서 내 왼쪽 의자에 털썩 앉음.", "pass-by", -90.0),
    ("그러다 은비가 내 뒤로 걸어감", "pass-by", 180.0),
    ("식사 후 어르신 뒤쪽으로 가셔서 트로트 흥얼.", "pass-by", 180.0),
    ("걔가 중간에 오른쪽으로 자리 옮김", "pass-by", 90.0),
    ("정면 벽 너머에서 파도 소리가 천천히 밀려들어 온다.", "approach", None),
    ("소리가 왼쪽으로 가게 해주세요", None, None),
    ("천장 스피커로 나오는 안내방송", None, None),
    ("열차가 터널에서 들어오는 중", "approach", None),
    ("원장님 구두 소리가 복도 끝에서 제 방 쪽으로 와요", "approach", None),
    ("내 앞쪽으로 누군가 눈 밟으며 걸어가는데 점점 멀어짐.", "recede", None),
    ("멀리서 차 한 대 빠져나가고", "recede", None),
    ("오른쪽으로 빠져나가", "pass-by", 90.0),
])
def test_dev67_sneaking_up_sitting_down_and_going_to_places(text, kind, end):
    motion = read(text).motion
    assert (motion and motion["kind"]) == kind
    if end is not None:
        assert motion["end_az_deg"] == end


@pytest.mark.parametrize("text, attr, want", [
    ("Keys stage right (my left from FOH).", "az_deg", -90.0),
    ("심장 가까이에서 울리는 북소리", "el_deg", -25.0),
    ("Green room is all concrete. Ice machine rattling", "wet_mix", 0.6),
    ("floodlights buzzing on the pole to my right", "el_deg", 35.0),
    ("turn the generator hum down, we've got time left over to polish it later", "gain_db", -10.0),
    ("Flock of geese honking, passing from the left over my head to the right.", "el_deg", 55.0),
])
def test_dev67_house_view_heart_concrete_poles_and_turning_down(text, attr, want):
    assert read(text).statements[attr].value == pytest.approx(want)


@pytest.mark.parametrize("text", ["Guitar feedback whine sweeping house left to house right.",
                                  "geese passing from the left over my head to the right"])
def test_dev67_sweeps_between_named_sides(text):
    motion = read(text).motion
    assert (motion["start_az_deg"], motion["end_az_deg"]) == (-90.0, 90.0)


@pytest.mark.parametrize("text, attr, want", [
    # a screen's corners in UI shorthand, and past the corner
    ("UI 알림음 띵~ 화면 기준 우측 상단 느낌으로요. 모니터가 정면이라고 보시면 됨", "az_deg", 22.0),
    ("코인 먹는 소리는 화면 우상단 UI 쪽에서 띠링~", "el_deg", 15.0),
    ("화면을 정면으로 치면 보스 울음소리가 화면 왼쪽 위 모서리 바깥에서 터져나와야 함", "az_deg", -45.0),
    # a volume as a share, and a level lowered to a share
    ("drone closes in on the player, 30% vol", "gain_db", 20 * math.log10(0.3)),
    ("빗소리 70% 정도로 줄이고 그대로 창가에 두고", "gain_db", 20 * math.log10(0.7)),
    ("turn it down to 50%", "gain_db", 20 * math.log10(0.5)),
    # a clock position before a bracketed note; "far right in the kitchenette"
    ("창문을 12시로 치면 냉장고 소리는 7시쯤 (과제 3번)", "az_deg", -150.0),
    ("Coffee machine gurgling far right in the kitchenette.", "az_deg", 90.0),
    # the listener called by name: "할머니 바로 옆" is beside me
    ("할머니, 라디오는 할머니 바로 옆에서 틀어져 있는 거야.", "dist_m", 0.8),
    ("보컬 무대 센터에서 약간 뒤로.", "az_deg", 0.0),
    ("It's bath time. The rubber duck squeaks in front of him.", "wet_mix", 0.65),
    ("In the cloister room: monks chanting far ahead", "wet_mix", 0.8),
    ("A crowd murmurs down the platform to the left.", "dist_m", 3.3),
    ("a door slam to the left, echo everywhere", "wet_mix", 0.8),
])
def test_dev69_screens_shares_clocks_and_places(text, attr, want):
    assert read(text).statements[attr].value == pytest.approx(want, abs=0.01)


@pytest.mark.parametrize("text", [
    "Birdsong up in the rafters of the gallery, well above head height, very faint.",
    "a door slam to the left, echo everywhere",
])
def test_dev69_adverb_well_and_echo_everywhere_are_no_room_or_width(text):
    st = read(text).statements
    assert st.get("wet_mix") is None or st["wet_mix"].level != "room-huge"
    assert "spread_deg" not in st


@pytest.mark.parametrize("text, kind", [
    ("drone starts at 270° (0 = north, clockwise) ~15m out and closes in on the player", "approach"),
    ("Let the waves drift further away now.", "recede"),
    ("an oncoming truck at 11 o'clock, 40 m out", "approach"),
    ("The villain's laugh echoing down a corridor, getting louder as he comes.", "approach"),
    ("Dog panting, 3 m front-left. Then it trots in and sniffs right by my ankle.", "approach"),
    ("꼬맹이가 내 앞으로 와서 부는 거야", "approach"),
    ("개가 저 멀리 오른쪽에서 짖다가, 컷 넘어가면 점점 가까이 와서 발밑에서 헥헥.", "approach"),
])
def test_dev69_closing_in_and_drifting_off(text, kind):
    assert read(text).motion["kind"] == kind


@pytest.mark.parametrize("text, want", [
    ("할머니, 라디오는 할머니 바로 옆에서 틀어져 있어", "내 바로 옆에서"),
    ("할머니 이건 매미 소리야. 할머니 머리 위에서 맴맴", "내 머리 위에서"),
    ("할머니가 왼쪽에서 노래하시고 할머니 옆에서 개가 짖어", "할머니 옆에서"),   # no call: she is not me
])
def test_dev69_a_listener_called_by_name_is_the_listener(text, want):
    from t2sa_lib.language.normalize import normalize

    assert want in normalize(text)


@pytest.mark.parametrize("text", ["Marcus enters upstage, whistling", "징은 무대 뒤편에서 한 번",
                                  "the trumpet at the back of the stage"])
def test_dev69_the_back_of_a_stage_is_well_off(text):
    assert read(text).statements["dist_m"].value >= 3.0


@pytest.mark.parametrize("text, want", [
    # a side taken back keeps the body part's height
    ("Phone buzz, not at my right hip — left hip.", -25.0),
    ("The snake's rattle. Not at your right hip, your left.", -25.0),
    # navel height is waist height; in front of the navel, close, lower
    ("배꼽 높이쯤, 약간 오른쪽에서 전자레인지 '띵'.", -25.0),
    ("low murmur coming from about belly-button height, right in front of me", -25.0),
    ("배꼽 앞 30cm쯤에서 기합", -40.0),
    # a car's instruments sit a little low
    ("깜빡이 소리는 앞유리 아래 계기판 쪽", -15.0),
    ("turbo whistle: front, under the bonnet, roughly 1.5 m ahead", -15.0),
    # a touch above a shoulder is only a touch above ear height
    ("풍경 소리는 왼쪽 어깨 살짝 위쪽에서 딸랑거리게 해주세여", 7.0),
    ("Put the kettle whistle at my left shoulder, maybe a touch above it.", 7.0),
])
def test_dev69_hips_navels_dashboards_and_shoulders(text, want):
    assert read(text).statements["el_deg"].value == pytest.approx(want)


@pytest.mark.parametrize("text, kind, dist", [
    ("The dog growls far down the lane ahead. A beat later he's right at the listener's feet.", "approach", 5.5),
    ("the gull was screaming far off over the rocks. Then it landed on the railing right beside me.",
     "approach", 5.5),
    ("a whisper right by my ear, then far away down the hall", "recede", 0.7),
])
def test_dev69_far_then_near_without_a_verb_of_motion(text, kind, dist):
    reading = read(text)
    assert reading.motion["kind"] == kind
    assert reading.statements["dist_m"].value == pytest.approx(dist)


@pytest.mark.parametrize("text, end", [
    ("the bunny hops from the toy box by the door over to the window, then hides under the bed", None),
    ("someone's vacuuming, starts in the hall then goes into the bedroom on the left", -90.0),
])
def test_dev69_routes_over_to_a_place_and_into_a_room_on_a_side(text, end):
    motion = read(text).motion
    assert motion["kind"] == "pass-by" and motion.get("end_az_deg") == end


def test_dev69_the_centre_circle_is_a_place():
    assert read("Anthem singer at the centre circle, about 50 m in front").motion is None


@pytest.mark.parametrize("text, attr, want", [
    ("breath on the far side from my left cheek, about collarbone level", "az_deg", 90.0),
    ("breath on the far side from my left cheek, about collarbone level", "el_deg", -15.0),
    ("breath on the far side from my left cheek, about collarbone level", "dist_m", 0.7),
    ("Something scratches low near the skirting, hardly more than a whisper.", "el_deg", -40.0),
    ("Something scratches low near the skirting, hardly more than a whisper.", "gain_db", -18.0),
    ("pad: keep it way under. wide, behind.", "gain_db", -18.0),
    ("pad: keep it way under. wide, behind.", "el_deg", None),        # under the mix, not below
    ("siren, screaming loud, hard L, 20 m", "az_deg", -90.0),
    ("R: AC vent, high.", "az_deg", 90.0),
    ("Loon calls from due east, plenty of water slap-back.", "wet_mix", 0.8),
    ("lose the reverb on Ma's footsteps", "wet_mix", 0.06),
    ("Q37 심장박동 — 서브 위주, 디렉트 최소화.", "wet_mix", 0.8),
    ("관람자의 양 견갑골 사이, 등 한가운데에 낮은 진동이 조금 머문다. 의식하지 않으면 놓칠 정도로.", "az_deg", 180.0),
    ("관람자의 양 견갑골 사이, 등 한가운데에 낮은 진동이 조금 머문다. 의식하지 않으면 놓칠 정도로.", "gain_db", -18.0),
    ("개 짖는 소리는 오른편이 아닌, 왼편 저 너머에서 들려와야 한다.", "dist_m", 4.5),
    ("앞으로 이 풍경 소리는 뒤쪽에 두시고, 절대 튀지 않게 부탁드려요.", "gain_db", -10.0),
    ("천장 조명에서 지직거리는 소리 좀 죽여줘 넘 거슬려", "gain_db", -10.0),
    ("Q88 뻐꾸기 — 센터에서 아주 약간 좌측, 높이는 프로시니엄 아치 근처.", "el_deg", 35.0),
    ("just a hush so it doesn't keep her up", "gain_db", -10.0),
    ("make the clock quieter, -4.", "gain_db", -4.0),
    ("at 0:12 he walks off to L, fade -10.", "gain_db", -10.0),
    ("in the bedroom a clock ticks", "wet_mix", 0.1),
    ("Only the slow drip of a water clock in this gallery.", "wet_mix", 0.35),
])
def test_dev71_everyday_words_for_place_level_and_room(text, attr, want):
    said = read(text).statements.get(attr)
    assert (said.value if said else None) == (pytest.approx(want) if want is not None else None)


@pytest.mark.parametrize("text, want", [
    ("Footsteps in the left hallway. Keep them out of the right channel entirely.", -90.0),
    ("the sound comes out of the right speaker", 90.0),
    ("Take the fireplace as twelve. Grandfather clock chimes from four.", 120.0),
    ("If the door is twelve, the clock chimes at four.", 120.0),
    ("UI_Cash_Register — 카운터 정면을 0°로 두고 시계방향 300°, 거리 1.5m", -60.0),
    ("Treat the painting as your front. The harpsichord plays from its lower left corner.", -30.0),
])
def test_dev71_sides_kept_out_clock_fronts_and_corners_of_a_front(text, want):
    assert read(text).statements["az_deg"].value == pytest.approx(want)


def test_dev71_the_distance_is_no_clock_front():
    assert "az_deg" not in read("the distance is twelve meters").statements


@pytest.mark.parametrize("text, start, end", [
    ("A raven dives down from high on your left and lands just behind you.", -90.0, 180.0),
    ("Swallow swoops in from high behind, dives past the right ear and away out front.", 180.0, 0.0),
    ("Follow the sound of a bicycle bell as it passes from behind you on the left and rolls away "
     "in front.", -135.0, 0.0),
])
def test_dev71_dives_lands_and_rolls_away(text, start, end):
    motion = read(text).motion
    assert motion["start_az_deg"] == pytest.approx(start) and motion["end_az_deg"] == pytest.approx(end)


@pytest.mark.parametrize("text, sense", [
    ("a potter's wheel hums, slowly orbiting from your left hip around behind your back and up to "
     "your other side", -1.0),
    ("a bee circling from my right around behind me", 1.0),
    ("circling me slowly", 1.0),
])
def test_dev71_the_way_round_follows_the_route(text, sense):
    motion = read(text).motion
    assert motion["kind"] == "rotate" and math.copysign(1.0, motion["rotate_deg"]) == sense


@pytest.mark.parametrize("text, kind", [
    ("leaves rustling on my left", None),
    ("then it leaves through the door", "recede"),
])
def test_dev71_leaves_the_noun_and_the_verb(text, kind):
    motion = read(text).motion
    assert (motion["kind"] if motion else None) == kind


@pytest.mark.parametrize("text, attr, want", [
    ("a dog barking, not next door — miles away, somewhere down the valley", "dist_m", 5.9),
    ("Ship's bell to starboard, ringing soft, like it's from the next boat over.", "dist_m", 4.5),
    ("Pickup chime at shin height just off the player's left hip", "el_deg", -52.0),
    ("A music box resting on the lap: low and in front.", "el_deg", -40.0),
    ("Quad buzzing laps inside the old aircraft hangar — listen to that echo!", "wet_mix", 0.8),
    ("할머니 왼쪽 어깨 바로 옆에서 아주 쪼끄맣게 찌르르 우는 거예요.", "gain_db", -18.0),
    ("모니터를 12시로 두고 4시 방향 reload SFX, 거리는 arm length 정도로", "dist_m", 0.8),
    ("Call the fridge 12 o'clock. The aquarium bubbler is at 3, a little lower than head hieght.",
     "el_deg", -15.0),
    ("In a vast empty car park, a skateboard rolls past", "wet_mix", 0.12),
    ("in a parking garage", "wet_mix", 0.8),
    ("옥상 씬이라 바람 휘잉이랑 저 멀리 교회 종소리", "wet_mix", 0.12),
])
def test_dev73_miles_laps_shins_hangars_and_car_parks(text, attr, want):
    assert read(text).statements[attr].value == pytest.approx(want)


@pytest.mark.parametrize("text, want", [
    ("Call the fridge 12 o'clock. The aquarium bubbler is at 3, a little lower than head hieght.", 90.0),
    ("NPC whisper pos: 왼쪽 귀 뒤 -> 아 잠깐 ㄴㄴ 오른쪽 귀 뒤가 맞음. 위 코멘트 무시 plz", 135.0),
    ("its not in front its BEHIND me. the hallway creak. creepy", 180.0),
    ("Feedback squeal out of the left monitor wedge, not the right one", -90.0),
    ("a hi-hat ticking at the player's left wrist", -90.0),
])
def test_dev73_clock_fronts_corrections_restatements_and_wedges(text, want):
    assert read(text).statements["az_deg"].value == pytest.approx(want)


def test_dev73_the_comment_above_is_no_height():
    assert read("오른쪽 귀 뒤가 맞음. 위 코멘트 무시 plz").statements["el_deg"].value == 0.0   # the ear's
    assert "el_deg" not in read("위 코멘트 무시").statements


@pytest.mark.parametrize("text, attr, want", [
    # a body part, not the floor or a direction: 손바닥, 쇄골 바로 위, a side of the listener's ear
    ("이마 앞 손바닥 한 뼘 거리에서 라이터 켜는 소리", "el_deg", 15.0),
    ("쇄골 바로 위에서 비닐 구기는 소리", "el_deg", -25.0),
    ("a kettle click just behind the listener's left ear", "az_deg", -120.0),
    ("오른쪽 귓불 바로 앞에서 숨소리", "az_deg", 90.0),
    ("the drone sits on the player's right", "az_deg", 90.0),
    ("좌현 쪽에서 밧줄 삐걱대는 소리", "az_deg", -90.0),
    ("Marbles rolling around my toes", "el_deg", -52.0),
    # behind a thing on one side is on that side
    ("a generator rumbles behind the shed to my left", "az_deg", -90.0),
    ("a dog growls behind the house", "az_deg", 180.0),
    # a level, a tail, a floor below, a room
    ("owls, far off, with a long natural tail from the hills", "wet_mix", 0.8),
    ("the music is barely above silence", "gain_db", -18.0),
    ("you can hardly hear the fridge", "gain_db", -18.0),
    ("a shout echoes up from the bottom", "el_deg", -40.0),
    ("잔향은 셋 다 짧게", "wet_mix", 0.15),
    ("목조 법당 안에서 목탁", "wet_mix", 0.35),
])
def test_dev75_body_parts_sides_of_things_levels_and_rooms(text, attr, want):
    assert read(text).statements[attr].value == pytest.approx(want)


@pytest.mark.parametrize("text, attr", [
    ("the pigeons coo, but bring the level down", "el_deg"),      # a level, not a height
    ("휴게소 주차장에서 차 문 닫히는 소리", "wet_mix"),                  # an open car park
    ("지하 노래방 룸 안에서 반주", "el_deg"),                            # the listener is down there too
])
def test_dev75_words_that_say_nothing_of_an_attribute(text, attr):
    assert attr not in read(text).statements


def test_dev75_a_side_heard_nowhere_is_denied():
    said = read("왼쪽 귀 바로 앞에서 속삭임, 오른쪽 귀에는 하나도 안 들리게").statements["az_deg"]
    assert said.value == pytest.approx(-90.0)


@pytest.mark.parametrize("text, kind", [
    ("boots start far down the tunnel and walk right up to the mic", "approach"),
    ("a tap drips now and then behind me", None),
])
def test_dev75_walking_up_to_the_mic_and_now_and_then(text, kind):
    motion = read(text).motion
    assert (motion["kind"] if motion else None) == kind


@pytest.mark.parametrize("text, attr, want", [
    ("제 손에 든 오르골", "dist_m", 0.8),
    ("작은 방울 소리", "wet_mix", None),       # a small bell, not a small room
    ("작은 방에서 기침", "wet_mix", 0.1),
])
def test_dev75_in_my_hand_and_a_small_bell(text, attr, want):
    said = read(text).statements.get(attr)
    assert (said.value if said else None) == (pytest.approx(want) if want is not None else None)


def test_dev75_the_second_time_it_sounds_it_has_moved():
    motion = read("초인종이 왼쪽에서 한 번. 두 번째 울릴 땐 더 크게, 뒤에서").motion
    assert motion["start_az_deg"] == pytest.approx(-90.0) and motion["end_az_deg"] == pytest.approx(180.0)


@pytest.mark.parametrize("text, attr, want", [
    ("비닐봉지 바스락, 오른쪽 귀랑 먼 쪽에서", "az_deg", -90.0),     # the side away from that ear
    ("바스락 소리, 너무 loud하진 않게", "gain_db", -5.5),
    ("mug clink, barely-there", "gain_db", -18.0),
    ("와이퍼 소리가 앞쪽에서 나즈막하게", "gain_db", -10.0),
    ("a switch click ~40 cm above my head", "dist_m", 0.4),      # a height over the head is its distance
    ("a switch click ~40 cm above my head", "el_deg", 55.0),
    ("a singing bowl down near the students' feet", "el_deg", -52.0),
])
def test_dev77_far_sides_negated_loudness_heights_over_the_head_and_reverb_seconds(text, attr, want):
    assert read(text).statements[attr].value == pytest.approx(want)


@pytest.mark.parametrize("text, attr", [
    ("오른쪽 귀에서 먼 쪽", "dist_m"),                   # the far side, not far away
    ("말발굽이 왼쪽 다리 쪽으로 달려가", "el_deg"),          # a bridge, not a leg
    ("마차 바퀴가 같은 경로로 뒤따름", "az_deg"),              # "뒤따라" only looks like a side
])
def test_dev77_words_that_say_nothing_of_an_attribute(text, attr):
    said = read(text).statements.get(attr)
    assert said is None or said.kind == "default"


@pytest.mark.parametrize("text, start, end", [
    ("헬기. 앞에서 뒤로 말고 뒤에서 앞으로 머리 위 지나가게", 180.0, 0.0),       # the route taken back
    ("오토바이가 left to right로 지나감", -90.0, 90.0),
    ("a train approaching from the left until it grinds to a stop right in front of us", -90.0, 0.0),
    ("a car passes from rear left to front right over 4 s", -135.0, 45.0),
])
def test_dev77_routes_taken_back_mixed_and_with_right_as_an_intensifier(text, start, end):
    motion = read(text).motion
    assert (motion["start_az_deg"], motion["end_az_deg"]) == (pytest.approx(start), pytest.approx(end))


def test_dev77_reverb_in_seconds_is_a_decay_not_a_share():
    said = read("door creak, reverb 0.8 s").statements["wet_mix"]
    assert said.hi < 0.4 and said.lo <= said.value <= said.hi

