import subprocess
import sys

from t2sa_lib.cli import COMMANDS, main


def test_top_level_help_lists_every_command(capsys):
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for name in COMMANDS:
        assert name in out


def test_unknown_command_is_a_clear_error(capsys):
    assert main(["frobnicate"]) == 2
    assert "error: unknown command 'frobnicate'" in capsys.readouterr().err


def test_module_entry_point_runs():
    out = subprocess.run([sys.executable, "-m", "t2sa_lib", "--help"], capture_output=True,
                         text=True, timeout=60)
    assert out.returncode == 0 and "predict" in out.stdout
