"""The trainings' checkpoint cache: keys follow every input, hits copy the stored file."""
from t2sa_lib.eval.training_cache import fetch, store, training_key
from t2sa_lib.model.config import get_config

RECORDS = [{"text": "a bell on the left", "lang": "en", "az_sc": [-1.0, 0.0]}]


def test_the_key_follows_config_seed_and_records():
    cfg = get_config("full", epochs=5)
    key = training_key(cfg, RECORDS, RECORDS, seed=0)
    assert key == training_key(get_config("full", epochs=5), list(RECORDS), RECORDS, seed=0)
    others = {training_key(get_config("full", epochs=6), RECORDS, RECORDS, 0),
              training_key(get_config("no_token_bag", epochs=5), RECORDS, RECORDS, 0),
              training_key(cfg, RECORDS, RECORDS, 1),
              training_key(cfg, [{**RECORDS[0], "text": "a bell on the right"}], RECORDS, 0),
              training_key(cfg, RECORDS, [], 0)}
    assert key not in others and len(others) == 5


def test_a_stored_checkpoint_is_fetched_byte_for_byte(tmp_path):
    ckpt = tmp_path / "trained.pt"
    ckpt.write_bytes(b"\x00weights\xff")
    cache, out = tmp_path / "cache", tmp_path / "models" / "row.pt"
    assert fetch(cache, "abc", out) is None and not out.exists()
    store(cache, "abc", ckpt)
    assert fetch(cache, "abc", out) == {} and out.read_bytes() == ckpt.read_bytes()


def test_a_training_record_comes_back_with_its_checkpoint(tmp_path):
    ckpt = tmp_path / "trained.pt"
    ckpt.write_bytes(b"weights")
    record = {"history": [{"epoch": 1, "AE": 12.5}], "best_epoch": 1,
              "valid_metrics": {"AE": 12.5}, "seconds": 3.25}
    store(tmp_path / "cache", "k", ckpt, record)
    assert fetch(tmp_path / "cache", "k", tmp_path / "out.pt") == record


def test_the_benchmark_loader_is_no_trainer_source():
    from t2sa_lib.eval.training_cache import _source_files

    names = {p.name for p in _source_files()}
    assert "natural.py" not in names and "generator.py" in names and "train.py" in names


def test_documentation_edits_keep_the_code_digest():
    from t2sa_lib.eval.training_cache import code_digest

    src = 'def f(x):\n    """Twice x."""\n    return 2 * x  # doubled\n'
    same = '# a header comment\ndef f(x):\n    """Two times x, in metres."""\n\n    return 2*x\n'
    assert code_digest(src) == code_digest(same)
    assert code_digest(src) != code_digest(src.replace("2 * x", "3 * x"))
    assert code_digest('def g():\n    """Only a docstring."""\n') == code_digest("def g():\n    pass\n")
