"""The render command with a parameters file."""
import json

from t2sa_lib.cli import main
from t2sa_lib.files import read_audio, write_audio
from t2sa_lib.params import SpatialParams
from t2sa_lib.render import render

from render_cases import DRY, SR


def test_render_cli_with_params_file(tmp_path, noise, capsys):
    src = tmp_path / "mono.wav"
    write_audio(src, noise, SR)
    pfile = tmp_path / "p.json"
    pfile.write_text(json.dumps(SpatialParams(az_deg=90, **DRY).to_record()))
    out = tmp_path / "out.wav"
    assert main(["render", "--input", str(src), "--output", str(out), "--params", str(pfile),
                 "--format", "foa"]) == 0
    y, sr = read_audio(out, mono=False)
    assert sr == SR and y.shape[1] == 4
    assert json.loads(capsys.readouterr().out)["channels"] == 4
    pfile.write_text('{"az_sc": [1, 0],\n "el_rad": 9}')
    assert main(["render", "--input", str(src), "--output", str(tmp_path / "x.wav"),
                 "--params", str(pfile)]) == 2
    err = capsys.readouterr().err
    assert "p.json" in err and not (tmp_path / "x.wav").exists()
