"""Bad input at every command-line boundary: one ``error:`` line, exit 2, nothing
written outside the output, and correct output where the input is merely unusual.

Most cases run ``t2sa_lib.cli.main`` in-process (argparse errors raise SystemExit).
"""
import json
import os
import stat

import numpy as np
import pytest

from t2sa_lib.cli import main
from t2sa_lib.params import ParamsError, SpatialParams

REC = SpatialParams(az_deg=30, dist_m=2.0).to_record()


def run_cli(argv, capsys):
    """(exit code, stdout, stderr) of one command, argparse exits included."""
    try:
        code = main([str(a) for a in argv])
    except SystemExit as e:
        code = e.code
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line_error(code, err, *needles):
    assert code == 2, err
    assert "Traceback" not in err
    last = err.strip().splitlines()[-1]
    assert "error:" in last, err
    for n in needles:
        assert n in last, last


def jsonl(path, *objs, raw=None):
    path.write_bytes(raw if raw is not None else
                     "".join(json.dumps(o) + "\n" for o in objs).encode())
    return path


def item(**kw):
    return {"sound": "builtin:tone-chord", "params": REC, "seconds": 0.25, **kw}


def snapshot(root):
    """{relative path: (size, mtime_ns, mode)} of every file under ``root``."""
    snap = {}
    for dirpath, _, files in os.walk(root):
        for f in files:
            p = os.path.join(dirpath, f)
            st = os.stat(p)
            snap[os.path.relpath(p, root)] = (st.st_size, st.st_mtime_ns, st.st_mode)
    return snap


# ----------------------------------------------------------------- numeric options
OPTION_CASES = [
    (["corpus", "--chunk", "-1"], "--chunk"),
    (["corpus", "--chunk", "0"], "--chunk"),
    (["corpus", "--workers", "0"], "--workers"),
    (["corpus", "--seconds", "inf"], "--seconds"),
    (["corpus", "--seconds", "0"], "--seconds"),
    (["corpus", "--seconds", "601"], "--seconds"),
    (["corpus", "--sr", "7999"], "--sr"),
    (["corpus", "--sr", "1" * 400], "--sr"),
    (["corpus", "--seed", "-1"], "--seed"),
    (["corpus", "--format", "mp3"], "--format"),
]


@pytest.mark.parametrize("argv,option", OPTION_CASES)
def test_corpus_numeric_options_are_checked_first(argv, option, tmp_path, capsys):
    man = jsonl(tmp_path / "m.jsonl", item())
    out = tmp_path / "out"
    code, _, err = run_cli(argv[:1] + ["--manifest", man, "--out", out] + argv[1:], capsys)
    assert code == 2 and f"argument {option}" in err and "Traceback" not in err
    assert not out.exists()


def test_corpus_generate_count_is_checked(tmp_path, capsys):
    code, _, err = run_cli(["corpus", "--generate", "0", "--sounds", tmp_path, "--out",
                            tmp_path / "o"], capsys)
    assert code == 2 and "argument --generate" in err


@pytest.mark.parametrize("extra,option", [
    (["--duration", "inf"], "--duration"), (["--duration", "0"], "--duration"),
    (["--rate", "0"], "--rate"), (["--rate", "nan"], "--rate"),
    (["--source-id", "-1"], "--source-id"), (["--port", "0"], "--port"),
    (["--port", "70000"], "--port"), (["--host", ""], "--host"),
])
def test_osc_options_are_checked_first(extra, option, tmp_path, capsys):
    p = tmp_path / "p.json"
    p.write_text(json.dumps(REC))
    code, _, err = run_cli(["osc", "--params", p] + extra, capsys)
    assert code == 2 and f"argument {option}" in err


@pytest.mark.parametrize("extra,option", [(["--device", "foo"], "--device"),
                                          (["--batch", "0"], "--batch")])
def test_predict_options_are_checked_first(extra, option, capsys):
    code, _, err = run_cli(["predict", "--text", "left"] + extra, capsys)
    assert code == 2 and f"argument {option}" in err


# ----------------------------------------------------------------- osc
def test_osc_unresolvable_host_and_adm_object_zero(tmp_path, capsys):
    p = tmp_path / "p.json"
    p.write_text(json.dumps(REC))
    code, _, err = run_cli(["osc", "--params", p, "--host", "no.such.host.invalid"], capsys)
    assert_one_line_error(code, err, "--host", "cannot resolve")
    code, _, err = run_cli(["osc", "--params", p, "--protocol", "adm", "--source-id", "0"],
                           capsys)
    assert_one_line_error(code, err, "--source-id", "1..65535")


def test_osc_checks_the_rate_before_sending_anything():
    from t2sa_lib.osc import OscSender

    sender = OscSender("127.0.0.1", 9)
    sent = []
    sender.send = lambda msgs: sent.extend(msgs) or len(list(msgs))
    moving = SpatialParams(az_deg=-90, motion=None).replace(
        motion=SpatialParams.from_record({**REC, "motion": {"kind": "rotate"}}).motion)
    with pytest.raises(ValueError, match="rate must be"):
        sender.send_params(moving, rate_hz=-1.0)
    assert sent == []


# ----------------------------------------------------------------- parameter files
BIG = "1" + "0" * 400


@pytest.mark.parametrize("text,needle", [
    ('{"az_sc": [0, 1], "el_rad": 0, "dist_m": %s, "spread_deg": 5, "wet_mix": 0, '
     '"room_depth": {"drr_db": 0}, "gain_db": 0}' % BIG, "401-digit"),
    ('{"az_sc": [%s, 1], "el_rad": 0, "dist_m": 1, "spread_deg": 5, "wet_mix": 0, '
     '"room_depth": {"drr_db": 0}, "gain_db": 0}' % BIG, "az_sc"),
    ('{"az_sc": [0, 1], "el_rad": %s, "dist_m": 1, "spread_deg": 5, "wet_mix": 0, '
     '"room_depth": {"drr_db": 0}, "gain_db": 0}' % BIG, "el_rad"),
    ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ('{"dist_m": NaN}', "NaN is not a JSON number"),
    ('{"dist_m": 1', "malformed JSON"),
])
def test_bad_params_files_are_one_line_errors(text, needle, tmp_path, capsys):
    p = tmp_path / "p.json"
    p.write_text(text)
    code, _, err = run_cli(["osc", "--params", p, "--port", "9"], capsys)
    assert_one_line_error(code, err, needle)


def test_params_file_with_bom_is_accepted(tmp_path, capsys):
    p = tmp_path / "p.json"
    p.write_bytes(b"\xef\xbb\xbf" + json.dumps(REC).encode())
    code, out, err = run_cli(["osc", "--params", p, "--port", "9"], capsys)
    assert code == 0, err
    assert json.loads(out)["sent"] == 7


def test_motion_fields_named_and_wrapped():
    rec = {**REC, "motion": {"kind": "pass-by", "end_az_deg": 270}}
    assert SpatialParams.from_record(rec).motion.end_az_deg == -90.0
    with pytest.raises(ParamsError, match="'motion.end_az_deg'"):
        SpatialParams.from_record({**REC, "motion": {"kind": "pass-by", "end_az_deg": "x"}})
    with pytest.raises(ParamsError, match="an approach must end"):
        SpatialParams.from_record({**REC, "motion": {"kind": "approach", "end_dist_m": 5}})
    with pytest.raises(ParamsError, match="a recede must end"):
        SpatialParams.from_record({**REC, "motion": {"kind": "recede", "end_dist_m": 1}})
    with pytest.raises(ParamsError, match="'motion.end_dist_m'"):
        SpatialParams.from_record({**REC, "motion": {"kind": "recede", "end_dist_m": 60}})


# ----------------------------------------------------------------- corpus manifests
MANIFEST_CASES = [
    ([item(id="../../x")], "m.jsonl:1: field 'id'"),
    ([item(id="/tmp/abs")], "field 'id'"),
    ([item(id="a/b")], "field 'id'"),
    ([item(id=".hidden")], "field 'id'"),
    ([item(id=["list"])], "field 'id'"),
    ([item(id="same"), item(id="other"), item(id="same")], "m.jsonl:3: id 'same' repeats line 1"),
    ([item(seconds=None)], "m.jsonl:1: field 'seconds'"),
    ([item(seconds=1e9)], "(0, 600]"),
    ([item(seconds=int(BIG))], "field 'seconds'"),
    ([item(seconds=float("inf"))], "Infinity is not a JSON number"),
    ([item(format=["binaural"])], "field 'format'"),
    ([item(format="mp3")], "'mp3' is not one of"),
    ([item(sound=["builtin:tone-chord"])], "field 'sound'"),
    ([item(hrtf=3)], "field 'hrtf'"),
    ([item(text="")], "field 'text'"),
]


@pytest.mark.parametrize("objs,needle", MANIFEST_CASES)
def test_bad_manifests_are_refused_before_any_write(objs, needle, tmp_path, capsys):
    work = tmp_path / "a" / "b"
    work.mkdir(parents=True)
    man = jsonl(work / "m.jsonl", *objs)
    before = snapshot(tmp_path)
    code, _, err = run_cli(["corpus", "--manifest", man, "--out", work / "out", "--sr", 16000,
                            "--workers", 1], capsys)
    assert_one_line_error(code, err, needle)
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("raw,needle", [
    (b'{"sound": "builtin:tone-chord", "text": "x"}\n{"text": "\xff"}\n', "m.jsonl:2: not UTF-8"),
    (b'{"a": ' + b"[" * 100_000 + b"\n", "m.jsonl:1: JSON nested too deeply"),
    (b"[1]\n", "m.jsonl:1: expected a JSON object"),
])
def test_unreadable_manifest_lines_name_file_and_line(raw, needle, tmp_path, capsys):
    man = jsonl(tmp_path / "m.jsonl", raw=raw)
    code, _, err = run_cli(["corpus", "--manifest", man, "--out", tmp_path / "o"], capsys)
    assert_one_line_error(code, err, needle)


def test_corpus_out_that_is_a_file(tmp_path, capsys):
    man = jsonl(tmp_path / "m.jsonl", item())
    f = tmp_path / "afile"
    f.write_text("keep")
    code, _, err = run_cli(["corpus", "--manifest", man, "--out", f], capsys)
    assert_one_line_error(code, err, "afile", "must be a folder")
    assert f.read_text() == "keep"


def test_item_path_refuses_to_leave_the_corpus(tmp_path):
    from t2sa_lib.corpus.build import item_path

    out = tmp_path / "out"
    (out / "items").mkdir(parents=True)
    (out / "items" / "link").symlink_to(tmp_path)
    assert item_path(out, "items", "ok", ".json").parent == out / "items"
    for bad in ("../../x", "link/../../escape"):
        with pytest.raises(ValueError, match="outside the corpus folder"):
            item_path(out, "items", bad, ".json")


def strict_loads(text):
    def refuse(name):
        raise ValueError(f"{name} is not JSON")
    return json.loads(text, parse_constant=refuse)


def test_corpus_silent_source_list_marker_and_failure_on_stderr(tmp_path, capsys):
    from t2sa_lib.files import write_audio

    silent = tmp_path / "silent.wav"
    write_audio(silent, np.zeros(4000, np.float32), 16000)
    man = jsonl(tmp_path / "m.jsonl", item(sound=str(silent), id="quiet"), item(id="tone"))
    out = tmp_path / "out"
    argv = ["corpus", "--manifest", man, "--out", out, "--sr", 16000, "--workers", 1, "--wav"]
    code, stdout, err = run_cli(argv, capsys)
    assert code == 0, err
    rows = [strict_loads(line) for line in (out / "metadata.jsonl").read_text().splitlines()]
    assert rows[0]["peak_dbfs"] is None and rows[1]["peak_dbfs"] < 0
    for marker in (out / "items").glob("*.json"):
        strict_loads(marker.read_text())
    # A marker that is a JSON list is "not done": the item is made again, no traceback.
    (out / "items" / "tone.json").write_text("[]")
    code, stdout, err = run_cli(argv, capsys)
    assert code == 0 and "1 already done, 1 to make" in stdout, err
    # A failing item: the summary line goes to stderr, exit 1.
    jsonl(man, item(sound=str(tmp_path / "missing.wav"), id="gone"))
    code, stdout, err = run_cli(argv, capsys)
    assert code == 1 and "error: 1 item(s) failed" in err and "error:" not in stdout


def test_corpus_format_choices_match_the_renderer():
    from t2sa_lib.corpus.cli import FORMAT_CHOICES
    from t2sa_lib.render import FORMATS

    assert tuple(FORMATS) == FORMAT_CHOICES


# ----------------------------------------------------------------- files
def test_atomic_writes_keep_modes(tmp_path):
    from t2sa_lib.files import atomic_write_json, atomic_write_text

    old = os.umask(0o027)
    try:
        new = atomic_write_text(tmp_path / "new.txt", "x")
        assert stat.S_IMODE(new.stat().st_mode) == 0o640
    finally:
        os.umask(old)
    kept = tmp_path / "kept.json"
    kept.write_text("{}")
    kept.chmod(0o604)
    atomic_write_json(kept, {"a": 1})
    assert stat.S_IMODE(kept.stat().st_mode) == 0o604
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_write_errors_name_the_output_not_the_temp_file(tmp_path):
    from t2sa_lib.files import atomic_write_text

    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o500)
    try:
        if os.access(ro, os.W_OK):
            pytest.skip("running as a user that ignores permissions")
        with pytest.raises(PermissionError) as e:
            atomic_write_text(ro / "out.txt", "x")
        assert str(ro / "out.txt") in str(e.value) and ".tmp" not in str(e.value)
    finally:
        ro.chmod(0o700)
    (tmp_path / "file").write_text("")
    with pytest.raises(OSError, match="file/out.txt"):
        atomic_write_text(tmp_path / "file" / "out.txt", "x")


def test_writers_emit_strict_json(tmp_path):
    from t2sa_lib.files import atomic_write_json, dumps_jsonl

    atomic_write_json(tmp_path / "a.json", {"x": float("-inf"), "y": [float("nan"), 1.5]})
    assert strict_loads((tmp_path / "a.json").read_text()) == {"x": None, "y": [None, 1.5]}
    assert strict_loads(dumps_jsonl([{"p": float("inf")}])) == {"p": None}


def test_every_committed_json_file_is_strict_json():
    import subprocess
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    files = subprocess.run(["git", "ls-files", "*.json", "*.jsonl", "*.ipynb"], cwd=root,
                           capture_output=True, text=True, check=True).stdout.split()
    assert files
    for name in files:
        text = (root / name).read_text(encoding="utf-8")
        lines = text.splitlines() if name.endswith(".jsonl") else [text]
        for i, line in enumerate(lines, 1):
            if line.strip():
                try:
                    strict_loads(line)
                except ValueError as e:
                    raise AssertionError(f"{name}:{i}: {e}") from None


# ----------------------------------------------------------------- cli safety net
@pytest.mark.parametrize("exc", [OverflowError("int too large"), RecursionError("depth"),
                                 OSError(28, "No space left on device")])
def test_input_limit_errors_are_one_line(exc, monkeypatch, tmp_path, capsys):
    import t2sa_lib.osc as osc

    def boom(args):
        raise exc
    monkeypatch.setattr(osc, "run", boom)
    code, _, err = run_cli(["osc", "--params", tmp_path / "p.json"], capsys)
    assert_one_line_error(code, err)


def test_real_bugs_keep_their_traceback(monkeypatch, tmp_path):
    import t2sa_lib.osc as osc

    def bug(args):
        raise TypeError("a bug")
    monkeypatch.setattr(osc, "run", bug)
    with pytest.raises(TypeError):
        main(["osc", "--params", str(tmp_path / "p.json")])


# ----------------------------------------------------------------- SOFA contents
def write_sofa(path, ir, pos=None, sr=48000.0, delay=None):
    import h5py

    m = ir.shape[0] if ir.ndim == 3 else 1
    with h5py.File(path, "w") as f:
        f["Data.IR"] = ir
        f["SourcePosition"] = pos if pos is not None else \
            np.stack([np.linspace(0, 350, m), np.zeros(m), np.ones(m)], 1)
        f["Data.SamplingRate"] = np.atleast_1d(sr)
        if delay is not None:
            f["Data.Delay"] = delay
    return path


def good_ir(m=8, n=32):
    ir = np.zeros((m, 2, n), np.float32)
    ir[:, :, 2] = 1.0
    return ir


@pytest.mark.parametrize("kw,needle", [
    (dict(ir=good_ir(), delay=np.array([[3e9, 0.0]])), "Data.Delay"),
    (dict(ir=good_ir(), delay=np.array([[-1.0, 0.0]])), "Data.Delay"),
    (dict(ir=good_ir(), delay=np.zeros((3, 2))), "Data.Delay has shape"),
    (dict(ir=good_ir(), sr=0.0), "Data.SamplingRate"),
    (dict(ir=good_ir(), sr=np.nan), "Data.SamplingRate"),
    (dict(ir=np.zeros((0, 2, 32), np.float32)), "Data.IR has shape"),
    (dict(ir=np.zeros((4, 2, 0), np.float32)), "Data.IR has shape"),
    (dict(ir=np.zeros((4, 2, 16), np.float32)), "all zeros"),
    (dict(ir=good_ir() * np.nan), "NaN"),
    (dict(ir=good_ir(), pos=np.zeros((3, 3))), "SourcePosition"),
])
def test_invalid_sofa_contents_are_refused(kw, needle, tmp_path):
    from t2sa_lib.render.hrtf import HRTFError, load_hrtf

    path = write_sofa(tmp_path / "bad.sofa", **kw)
    with pytest.raises(HRTFError, match="bad.sofa") as e:
        load_hrtf(str(path), 48000)
    assert needle in str(e.value)


def test_valid_small_sofa_with_delays_loads(tmp_path):
    from t2sa_lib.render.hrtf import load_hrtf

    path = write_sofa(tmp_path / "ok.sofa", good_ir(), delay=np.array([[0.0, 3.0]]), sr=44100.0)
    h = load_hrtf(str(path), 48000)
    assert h.sr == 48000 and np.all(np.isfinite(h.ir))


# ----------------------------------------------------------------- level across rates
RATES = [8000, 11025, 22050, 44100, 48000, 96000, 192000]


@pytest.fixture(scope="module")
def level_48k():
    return tone_level(48000)


def tone_level(sr):
    import warnings

    from t2sa_lib.render import render

    t = np.arange(sr // 2) / sr
    x = (0.1 * np.sin(2 * np.pi * 440.0 * t)).astype(np.float32)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        res = render(x, sr, SpatialParams(az_deg=90, dist_m=1.0), fmt="binaural", hrtf="kemar",
                     tail=False)
    steady = res.audio[sr // 10: 4 * sr // 10]
    return 10 * np.log10(np.mean(steady.astype(np.float64) ** 2))


@pytest.mark.parametrize("sr", RATES)
def test_binaural_level_does_not_depend_on_the_sample_rate(sr, level_48k):
    assert abs(tone_level(sr) - level_48k) < 1.0


# ----------------------------------------------------------------- predict (loads the model)
def test_predict_paths_bom_and_text_output(tmp_path, capsys):
    inp = jsonl(tmp_path / "in.jsonl",
                raw=b'\xef\xbb\xbf{"text": "a dog barks on the left"}\n\n{"text": "behind me"}\n')
    code, _, err = run_cli(["predict", "--input", inp, "--output", tmp_path / "." / "in.jsonl"],
                           capsys)
    assert_one_line_error(code, err, "is the --input file")
    out = tmp_path / "out.jsonl"
    code, _, err = run_cli(["predict", "--input", inp, "--output", out, "--batch", 1], capsys)
    assert code == 0, err
    rows = [strict_loads(line) for line in out.read_text().splitlines()]
    assert [r["text"] for r in rows] == ["a dog barks on the left", "behind me"]
    code, stdout, err = run_cli(["predict", "--text", "on the right", "--output",
                                 tmp_path / "t.jsonl"], capsys)
    assert code == 0 and "wrote 1 predictions" in err
    assert strict_loads((tmp_path / "t.jsonl").read_text())["az_deg"] > 0


# ----------------------------------------------------------------- nothing outside the output
def test_no_command_writes_outside_its_output(tmp_path, capsys, monkeypatch):
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    p = work / "p.json"
    p.write_text(json.dumps(REC))
    man = jsonl(work / "m.jsonl", item(id="one"), item(id="../escape"))
    # (argv, the folder under work/ it may change or None, expected exit code)
    commands = [
        (["corpus", "--manifest", man, "--out", work / "corpus", "--workers", 1], None, 2),
        (["osc", "--params", p, "--port", 9], None, 0),
    ]
    man_ok = jsonl(work / "ok.jsonl", item(id="one"))
    commands.append((["corpus", "--manifest", man_ok, "--out", work / "corpus", "--sr", 16000,
                      "--workers", 1], "corpus", 0))
    from t2sa_lib.files import write_audio

    write_audio(work / "mono.wav", np.zeros(800, np.float32) + 0.1, 16000)
    commands.append((["render", "--input", work / "mono.wav", "--params", p, "--format",
                      "stereo", "--output", work / "rendered" / "x.wav"], "rendered", 0))
    texts = jsonl(work / "texts.jsonl", {"text": "on the left"})
    commands.append((["predict", "--input", texts, "--output", work / "pred" / "o.jsonl"],
                     "pred", 0))
    for argv, allowed, expected in commands:
        before = snapshot(tmp_path)
        code, _, err = run_cli(argv, capsys)
        assert code == expected, (argv, err)
        after = snapshot(tmp_path)
        changed = {k for k in set(before) | set(after) if before.get(k) != after.get(k)}
        prefix = os.path.join("work", allowed) + os.sep if allowed else None
        assert all(prefix and k.startswith(prefix) for k in changed), (argv, changed)
