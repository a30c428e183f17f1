import json
import os

import numpy as np
import pytest

from t2sa_lib.files import (AudioError, RecordError, atomic_write_bytes, read_audio, read_records,
                         write_audio, write_jsonl)
from t2sa_lib.params import SpatialParams


def good(text="오른쪽에서 들려", lang="ko"):
    return {"text": text, "lang": lang, **SpatialParams(az_deg=90).to_record()}


def test_jsonl_round_trip_is_utf8_and_readable(tmp_path):
    path = write_jsonl(tmp_path / "d.jsonl", [good(), good("on my left", "en")])
    assert "오른쪽" in path.read_text(encoding="utf-8")
    assert [r["lang"] for r in read_records(path)] == ["ko", "en"]


@pytest.mark.parametrize("line,needle", [
    ('{"text": "x", "lang": "en"', "d.jsonl:2: malformed JSON"),
    ('[1, 2]', "d.jsonl:2: expected a JSON object, got list"),
    (json.dumps({**good(), "lang": "fr"}), "d.jsonl:2: field 'lang' = 'fr' is not a known language"),
    (json.dumps({**good(), "text": "  "}), "d.jsonl:2: field 'text' is empty"),
    (json.dumps({**good(), "text": 5}), "d.jsonl:2: field 'text' must be a string"),
    (json.dumps({k: v for k, v in good().items() if k != "dist_m"}), "d.jsonl:2: missing field"),
    (json.dumps({**good(), "dist_m": 60}), "d.jsonl:2: field 'dist_m' = 60 is outside"),
])
def test_bad_lines_name_file_line_and_field(tmp_path, line, needle):
    path = tmp_path / "d.jsonl"
    path.write_text(json.dumps(good()) + "\n" + line + "\n", encoding="utf-8")
    with pytest.raises(RecordError) as e:
        read_records(path)
    assert needle in str(e.value)


def test_missing_file_is_named(tmp_path):
    with pytest.raises(FileNotFoundError, match="nope.jsonl: no such file"):
        read_records(tmp_path / "nope.jsonl")


def test_atomic_write_keeps_old_file_when_writing_fails(tmp_path):
    target = tmp_path / "r.json"
    target.write_text("good")

    class Boom:
        def __bytes__(self):
            raise RuntimeError

    with pytest.raises(TypeError):
        atomic_write_bytes(target, Boom())  # not bytes: fails before replacing
    assert target.read_text() == "good"
    assert os.listdir(tmp_path) == ["r.json"]  # no temp file left behind


def test_audio_round_trip_resample_and_downmix(tmp_path):
    sr = 16000
    t = np.arange(sr) / sr
    stereo = np.stack([np.sin(2 * np.pi * 440 * t), np.sin(2 * np.pi * 440 * t)], 1) * 0.5
    path = write_audio(tmp_path / "s.wav", stereo, sr)
    with pytest.warns(UserWarning, match="2 channels downmixed to mono"):
        x, got_sr = read_audio(path, sr=48000)
    assert got_sr == 48000 and x.shape == (48000,)
    assert np.max(np.abs(x)) == pytest.approx(0.5, abs=0.01)


def test_audio_errors(tmp_path):
    with pytest.raises(AudioError, match="no such audio file"):
        read_audio(tmp_path / "missing.wav")
    (tmp_path / "junk.wav").write_bytes(b"not audio at all")
    with pytest.raises(AudioError, match="cannot read audio"):
        read_audio(tmp_path / "junk.wav")
    write_audio(tmp_path / "empty.wav", np.zeros(0, np.float32), 8000)
    with pytest.raises(AudioError, match="empty"):
        read_audio(tmp_path / "empty.wav")
    nan = np.zeros(100, np.float32)
    nan[5] = np.nan
    with pytest.raises(AudioError, match="NaN or Inf"):
        write_audio(tmp_path / "nan.wav", nan, 8000)
    assert not (tmp_path / "nan.wav").exists()
    with pytest.raises(AudioError, match="would clip"):
        write_audio(tmp_path / "loud.flac", np.full(10, 1.5), 8000)
    assert not (tmp_path / "loud.flac").exists()
