"""Training, checkpoints and inference on a tiny slice of the data (CPU, seconds)."""
import json
from dataclasses import replace

import numpy as np
import pytest
import torch

from t2sa_lib.cli import main
from t2sa_lib.eval.experiments import subset
from t2sa_lib.infer import T2SInfer, check_text
from t2sa_lib.files import read_records
from t2sa_lib.model.checkpoint import CheckpointError, load_checkpoint, save_checkpoint
from t2sa_lib.model.config import OUR_ADDITIONS, PRESETS, get_config
from t2sa_lib.model.network import CPU_CHUNK
from t2sa_lib.model.predictor import inference_amp
from t2sa_lib.model.train import train
from t2sa_lib.params import az_sc_to_deg
from t2sa_lib.paths import DATA, MODELS

TINY = dict(epochs=2, coarse_epochs=1, focus_epochs=1, augment_multiplier=2)
# bf16 (CPUs with native bf16) rounds differently for other padded shapes: <= 0.6 deg
AZ_SC_ATOL = 1e-2 if inference_amp("auto", "cpu") == "bf16" else 2e-3


@pytest.fixture(scope="module")
def tiny():
    tr = subset(read_records(DATA / "text2spatial_v4_train.jsonl"), 40, seed=1)
    va = subset(read_records(DATA / "text2spatial_v4_valid.jsonl"), 12, seed=1)
    return tr, va


@pytest.fixture(scope="module")
def trained(tiny, tmp_path_factory):
    path = tmp_path_factory.mktemp("ckpt") / "tiny.pt"
    lines = []
    result = train(get_config("full", **TINY), *tiny, seed=3, out=path, log=lines.append,
                   progress=False)
    return result, path, lines


def test_training_logs_paper_style_lines_and_writes_checkpoint(trained):
    result, path, lines = trained
    assert lines[0].startswith("epoch 01: train ")
    for key in ("| AE ", "| dlog ", "| sp ", "| wet ", "| gain ", "| room "):
        assert key in lines[0]
    assert len(result.history) == 2 and path.stat().st_size < 60e6
    ck = load_checkpoint(path)
    encoder_tensors = [k for k in ck.state if k.startswith("encoder.")]
    # trainable tensors only: the top layers and BitFit terms, never the embedding tables
    assert encoder_tensors and not any("word_embeddings" in k for k in encoder_tensors)
    assert any(".layer.11." in k for k in encoder_tensors)
    assert not any(".layer.3.attention.self.query.weight" in k for k in encoder_tensors)


def test_training_is_deterministic_on_cpu(tiny, trained):
    again = train(get_config("full", **TINY), *tiny, seed=3, log=lambda _: None, progress=False)
    first = trained[0].checkpoint.state
    assert all(torch.equal(first[k], again.checkpoint.state[k]) for k in first)


def test_every_preset_builds_a_config():
    for name in PRESETS:
        assert get_config(name).name == name
    with pytest.raises(ValueError, match="unknown config"):
        get_config("magic")
    with pytest.raises(ValueError, match="unknown config field"):
        get_config("full", learning_rate=1)


def test_each_addition_has_a_preset_without_it_alone():
    full = get_config("full").to_dict()
    paper = get_config("paper").to_dict()
    for field, (paper_value, _) in OUR_ADDITIONS.items():
        row = get_config(f"no_{field}").to_dict()
        changed = {k for k in full if row[k] != full[k]}
        assert changed == {"name", field}, field
        assert row[field] == paper[field] == paper_value, field


def test_checkpoint_errors_are_clear(trained, tmp_path):
    _, path, _ = trained
    with pytest.raises(CheckpointError, match="trained on encoder"):
        load_checkpoint(path, expected_fingerprint="0000000000000000")
    bad = tmp_path / "bad.pt"
    bad.write_bytes(b"garbage")
    with pytest.raises(CheckpointError, match="not a readable"):
        load_checkpoint(bad)
    with pytest.raises(FileNotFoundError):
        load_checkpoint(tmp_path / "missing.pt")


def test_fine_tune_with_load(tiny, trained, tmp_path):
    _, path, _ = trained
    out = tmp_path / "ft.pt"
    res = train(get_config("full", **{**TINY, "epochs": 1}), *tiny, seed=0, load=str(path),
                out=out, log=lambda _: None, progress=False)
    assert res.checkpoint.meta["finetuned_from"] == str(path) and out.exists()


def test_checkpoint_write_is_atomic(trained, tmp_path, monkeypatch):
    result, _, _ = trained
    target = tmp_path / "keep.pt"
    target.write_bytes(b"previous good file")

    def boom(*a, **k):
        raise OSError("disk full")

    monkeypatch.setattr(torch, "save", boom)
    with pytest.raises(OSError):
        save_checkpoint(target, result.checkpoint)
    assert target.read_bytes() == b"previous good file"
    assert [p.name for p in tmp_path.iterdir()] == ["keep.pt"]


def test_infer_api_and_numeric_override(trained):
    _, path, _ = trained
    model = T2SInfer(path)
    out = model.predict(["왼쪽 30도", "at 2 o'clock, 3 meters away", "behind me"])
    assert out[0]["az_deg"] == pytest.approx(-30) and out[1]["az_deg"] == pytest.approx(60)
    assert out[1]["dist_m"] == pytest.approx(3.0)
    for rec in out:
        assert set(rec) >= {"text", "az_sc", "el_rad", "dist_m", "spread_deg", "wet_mix",
                            "room_depth", "gain_db", "az_deg", "el_deg", "motion"}
        assert az_sc_to_deg(rec["az_sc"]) == pytest.approx(rec["az_deg"], abs=0.05)
    with pytest.raises(ValueError, match="empty"):
        check_text("   ")
    with pytest.raises(ValueError, match="Korean or Latin"):
        check_text("1234 !!")


def test_default_checkpoint_is_committed_and_loads():
    model = T2SInfer()
    rec = model.predict(["오른쪽 뒤에서 멀리 울려"])[0]
    assert 90 < rec["az_deg"] <= 180            # behind on the right
    assert model.checkpoint.meta["train_size"] == 1092
    assert (MODELS / "t2sa_default.pt").stat().st_size < 60e6


def test_a_source_moves_only_when_its_words_say_so():
    # Each of the first three got a motion from the network before the words decided it.
    texts = ["distant traffic, that's all", "the lighter clicks right next to my right cheek",
             "Dripping tap in a tiled bathroom, next to me.", "천천히 다가옵니다",
             "spin the arpeggio counter-clockwise around me"]
    kinds = [r["motion"]["kind"] for r in T2SInfer().predict(texts)]
    assert kinds == ["static", "static", "static", "approach", "rotate"]


def test_predict_cli_contract(trained, tmp_path, capsys):
    _, path, _ = trained
    assert main(["predict", "--ckpt", str(path), "--text", "앞에서", "--text", "left"]) == 0
    captured = capsys.readouterr()
    got = json.loads(captured.out)
    assert "Loading weights" not in captured.err    # no transformers load bar on stderr
    assert [g["text"] for g in got] == ["앞에서", "left"]
    src, dst = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text('{"text": "on my right"}\n{"text": "뒤에서"}\n', encoding="utf-8")
    assert main(["predict", "--ckpt", str(path), "--input", str(src), "--output", str(dst)]) == 0
    lines = [json.loads(x) for x in dst.read_text(encoding="utf-8").splitlines()]
    assert [x["text"] for x in lines] == ["on my right", "뒤에서"] and "az_deg" in lines[0]
    src.write_text('{"text": "ok"}\n{"txt": "typo"}\n', encoding="utf-8")
    assert main(["predict", "--ckpt", str(path), "--input", str(src), "--output",
                 str(tmp_path / "o2.jsonl")]) == 2
    err = capsys.readouterr().err
    assert "in.jsonl:2" in err and "text" in err and not (tmp_path / "o2.jsonl").exists()


def test_predictions_are_batched_consistently(trained):
    _, path, _ = trained
    model = T2SInfer(path)
    texts = ["a bell far away to the left", "바로 앞에서 작게", "behind me, loud"]
    one_by_one = [model.predict([t])[0] for t in texts]
    together = model.predict(texts)
    for a, b in zip(one_by_one, together):
        np.testing.assert_allclose(a["az_sc"], b["az_sc"], atol=AZ_SC_ATOL)


def test_running_the_network_predicts_in_eval_mode_and_restores_the_mode(trained):
    """A net in train mode (validation inside training) is switched to eval and back."""
    _, path, _ = trained
    predictor = T2SInfer(path).predictor
    net, texts = predictor.net, ["far behind me on the left", "오른쪽 앞에서"]
    inferred = predictor.outputs(texts)                    # through run_network
    assert not any(m.training for m in net.modules())
    net.train()
    during_training = predictor.outputs(texts)             # no dropout: same outputs
    assert all(m.training for m in net.modules())
    net.eval()
    np.testing.assert_array_equal(inferred["reg"], during_training["reg"])


def test_a_batch_larger_than_the_cpu_chunk_keeps_input_order(trained):
    _, path, _ = trained
    model = T2SInfer(path)
    # Lengths interleaved so that the length-sorted chunks mix the input positions.
    base = ["left", "far behind me on the right, drowned in reverb", "오른쪽 앞에서 천천히",
            "straight ahead, quiet"]
    texts = [f"{base[i % 4]} {i}" for i in range(CPU_CHUNK * 2 + 7)]
    whole = model.predict(texts, batch_size=len(texts))
    by_chunk = [r for i in range(0, len(texts), CPU_CHUNK)
                for r in model.predict(texts[i:i + CPU_CHUNK], batch_size=CPU_CHUNK)]
    assert [r["text"] for r in whole] == texts
    for a, b in zip(whole, by_chunk):
        np.testing.assert_allclose(a["az_sc"], b["az_sc"], atol=AZ_SC_ATOL)


def test_bf16_stored_weights_equal_autocast_on_float32_weights():
    from t2sa_lib.model.predictor import store_linear_weights_bf16

    torch.manual_seed(0)
    net = torch.nn.Sequential(torch.nn.Linear(16, 32), torch.nn.GELU(), torch.nn.LayerNorm(32),
                              torch.nn.Linear(32, 4))
    x = torch.randn(3, 16)
    with torch.inference_mode(), torch.autocast("cpu", dtype=torch.bfloat16):
        ref = net(x).float()
        store_linear_weights_bf16(net)
        got = net(x).float()
    assert net[0].weight.dtype == torch.bfloat16 and net[2].weight.dtype == torch.float32
    assert torch.equal(ref, got)


@pytest.mark.parametrize("dtype", [torch.float32, torch.bfloat16, torch.float16])
def test_lean_bert_equals_the_transformers_model_bit_for_bit(dtype, monkeypatch):
    """Padded and unpadded batches, float32 and under bf16 / fp16 (CUDA's dtype) autocast;
    weights not prepacked (that path has its own test)."""
    from transformers import BertConfig, BertModel

    from t2sa_lib.model import lean_bert
    from t2sa_lib.model.lean_bert import LeanBert

    monkeypatch.setattr(lean_bert, "onednn_prepacks", lambda dtype: False)
    torch.manual_seed(0)
    bert = BertModel(BertConfig(vocab_size=50, hidden_size=32, num_hidden_layers=2,
                                num_attention_heads=4, intermediate_size=64,
                                max_position_embeddings=16, attn_implementation="sdpa"),
                     add_pooling_layer=False).eval()
    lean = LeanBert.from_bert(bert, dtype)
    ids = torch.randint(0, 50, (3, 7))
    padded = torch.tensor([[1] * 7, [1] * 4 + [0] * 3, [1] * 2 + [0] * 5])
    for mask in (torch.ones_like(ids), padded):
        with torch.inference_mode(), torch.autocast("cpu", dtype=dtype,
                                                    enabled=dtype != torch.float32):
            ref = bert(input_ids=ids, attention_mask=mask).last_hidden_state
            got = lean(ids, mask)
        keep = mask.bool()
        assert got.dtype == torch.float32
        assert torch.equal(ref[keep].float(), got[keep])


@pytest.mark.parametrize("dtype", [torch.float32, torch.bfloat16])
def test_prepacked_weights_give_the_plain_weights_numbers_to_rounding(dtype, monkeypatch):
    """The e5 encoder's widths (384, 1536 inside), one sentence and batches whose token
    rows fall where oneDNN's blocking differs (39-128 rows, measured)."""
    from transformers import BertConfig, BertModel

    from t2sa_lib.model import lean_bert
    from t2sa_lib.model.lean_bert import LeanBert

    if not lean_bert.onednn_prepacks(dtype):
        pytest.skip(f"oneDNN computes no {dtype} on this CPU")
    torch.manual_seed(0)
    bert = BertModel(BertConfig(vocab_size=100, hidden_size=384, num_hidden_layers=2,
                                num_attention_heads=12, intermediate_size=1536,
                                max_position_embeddings=128), add_pooling_layer=False)
    packed = LeanBert.from_bert(bert, dtype)
    monkeypatch.setattr(lean_bert, "onednn_prepacks", lambda dtype: False)
    plain = LeanBert.from_bert(bert, dtype)
    assert packed.prepacked and not plain.prepacked
    # Outputs reach 2-4, where one bf16 step is 2**-6: allow two; float32 sums reordered
    # by oneDNN instead of MKL differ in the last bits.
    atol = 2 * 2 ** -6 if dtype == torch.bfloat16 else 1e-4
    for batch, tokens in ((1, 12), (1, 45), (3, 20), (2, 64)):
        ids = torch.randint(0, 100, (batch, tokens))
        mask = torch.ones_like(ids)
        if batch > 1:
            mask[-1, tokens // 2:] = 0      # right padding
        with torch.inference_mode():
            got, want = packed(ids, mask), plain(ids, mask)
        keep = mask.bool()
        torch.testing.assert_close(got[keep], want[keep], rtol=0, atol=atol)


@pytest.mark.parametrize("native_bf16, prepacked", [(True, False), (True, True), (False, False),
                                                    (False, True)])
def test_inference_network_outputs_equal_the_training_network_s(trained, monkeypatch,
                                                                 native_bf16, prepacked):
    """T2SInfer's LeanBert network against the checkpoint loaded as training builds it
    (transformers' BertModel), on both CPU paths: bf16, or float32 (no native bf16).
    Bit for bit, except to rounding with oneDNN's prepacked weights."""
    import sys

    import t2sa_lib.model.predictor as predictor_module
    from t2sa_lib.model import lean_bert
    from t2sa_lib.model.encoder import load_encoder
    from t2sa_lib.model.network import SpatialNet, load_trainable_state, run_network
    from t2sa_lib.model.predictor import store_linear_weights_bf16

    dtype = torch.bfloat16 if native_bf16 else torch.float32
    if prepacked and not lean_bert.onednn_prepacks(dtype):
        pytest.skip(f"oneDNN computes no {dtype} on this CPU")
    monkeypatch.setattr(predictor_module, "cpu_has_native_bf16", lambda: native_bf16)
    if not prepacked:
        monkeypatch.setattr(lean_bert, "onednn_prepacks", lambda dtype: False)
    _, path, _ = trained
    model = T2SInfer(path, device="cpu")
    net, pad = model.predictor.net, model.predictor.tokenizer.pad_token_id
    assert net.encoder is None and net.lean_encoder.prepacked == prepacked
    assert net.lean_encoder.dtype == net.trunk[0].weight.dtype == dtype
    reference = SpatialNet(load_encoder("cpu")[0], model.checkpoint.config)
    load_trainable_state(reference, model.checkpoint.state)
    reference.eval()
    if native_bf16:
        store_linear_weights_bf16(reference)
    amp = inference_amp("auto", "cpu")
    ids, _ = model.predictor.tokenize(["a bell far away to the left", "바로 앞에서 작게",
                                       "behind me, loud"])
    for batch in (ids, ids[:1]):
        got, want = run_network(net, batch, pad, amp=amp), run_network(reference, batch, pad,
                                                                         amp=amp)
        for k in want:
            if prepacked and native_bf16:   # a few bf16 steps (2**-8 relative)
                np.testing.assert_allclose(got[k], want[k], rtol=2 ** -6, atol=2 ** -7,
                                           err_msg=k)
            elif prepacked:                 # float32 sums reordered
                np.testing.assert_allclose(got[k], want[k], rtol=1e-4, atol=1e-5, err_msg=k)
            else:
                np.testing.assert_array_equal(got[k], want[k], err_msg=k)
    assert "transformers.models.bert.modeling_bert" in sys.modules   # the reference did


def test_inference_precision_can_be_chosen(trained):
    """``amp="off"`` runs float32 whatever the CPU; an unknown precision is refused."""
    _, path, _ = trained
    net = T2SInfer(path, device="cpu", amp="off").predictor.net
    assert net.lean_encoder.dtype == net.trunk[0].weight.dtype == torch.float32
    with pytest.raises(ValueError, match="amp must be"):
        T2SInfer(path, device="cpu", amp="float32")


def test_knn_vote_is_the_softmax_weighted_mean_of_the_nearest_targets():
    """Against a direct computation from the stored (fp16) bank, before and after a
    checkpoint round trip."""
    from t2sa_lib.model.knn import KnnBank

    rng = np.random.default_rng(0)
    emb = rng.normal(size=(50, 8))
    bank = KnnBank(emb / np.linalg.norm(emb, axis=1, keepdims=True), rng.normal(size=(50, 3)))
    queries = bank.embeddings[:4].astype(np.float32) + 0.01 * rng.normal(size=(4, 8))
    sim = queries.astype(np.float32) @ bank.embeddings.astype(np.float32).T
    want = []
    for row in sim:
        top = np.argsort(-row)[:5]
        w = np.exp((row[top] - row[top].max()) / 0.1)
        want.append(w / w.sum() @ bank.targets[top])
    np.testing.assert_allclose(bank.vote(queries, 5, 0.1), want, rtol=1e-5, atol=1e-6)
    again = KnnBank.from_dict(bank.to_dict())
    np.testing.assert_array_equal(again.vote(queries, 5, 0.1), bank.vote(queries, 5, 0.1))


def test_a_checkpoint_that_does_not_fit_the_encoder_is_refused(trained, tmp_path):
    _, path, _ = trained
    ckpt = load_checkpoint(path)
    name = next(k for k in ckpt.state if k.startswith("encoder.encoder.layer."))
    missing = {k: v for k, v in ckpt.state.items() if k != name}
    misshapen = {**ckpt.state, name: torch.zeros(3)}
    for state, message in ((missing, f"tensors do not match the network: missing .*{name[8:]}"),
                           (misshapen, "tensor shapes do not match the network")):
        bad = tmp_path / "bad.pt"
        save_checkpoint(bad, replace(ckpt, state=state))
        with pytest.raises(ValueError, match=message):
            T2SInfer(bad)


def test_region_targets_are_the_region_centres():
    from t2sa_lib.data.generator import Spec, make_record
    from t2sa_lib.data.lexicon import AZ_REGIONS, DIST_REGIONS, GAIN_REGIONS
    from t2sa_lib.model.targets import record_targets, region_centre_targets

    rng = np.random.default_rng(0)
    rec = make_record(Spec(az="back-left", regions={"dist": "far", "gain": "loud"}), "en", rng)
    centre, label = region_centre_targets([rec])[0], record_targets([rec])[0]
    assert np.degrees(np.arctan2(centre[0], centre[1])) == pytest.approx(AZ_REGIONS["back-left"][0])
    assert np.exp(centre[3]) == pytest.approx(np.sqrt(np.prod(DIST_REGIONS["far"])), rel=1e-4)
    assert centre[6] == pytest.approx(np.mean(GAIN_REGIONS["loud"]))
    assert not np.allclose(centre, label)           # the labels were sampled inside the regions
    user = {k: v for k, v in rec.items() if k != "tags"}   # a user's record: its labels
    assert np.array_equal(region_centre_targets([user]), record_targets([user]))


def test_variants_share_one_network_run_and_predict_as_their_own_model(trained):
    from t2sa_lib.eval.experiments import ModelSystem

    _, path, _ = trained
    texts = ["far behind me on the left, 3 m", "오른쪽 앞에서 천천히 다가와", "put it at 100 degrees"]
    full = ModelSystem(path, "full")
    plain = full.variant("plain", use_language=False, use_parser=False)
    ours, theirs = full.predict(texts), plain.predict(texts)
    assert len(full.infer.memo) == len(texts)        # one network run for both
    assert ours == T2SInfer(path).predict(texts)
    assert theirs == T2SInfer(path, use_language=False, use_parser=False).predict(texts)
    assert ours != theirs
    assert full.infer.use_language and full.infer.use_parser  # a variant leaves them as they were


def test_prefetched_sentences_skip_the_network(trained, monkeypatch):
    _, path, _ = trained
    model = T2SInfer(path)
    texts = ["far behind me on the left", "오른쪽 앞에서 천천히 다가와", "quiet, up high"]
    model.prefetch(texts)
    monkeypatch.setattr(model.predictor, "outputs", lambda *a, **k: pytest.fail("network ran"))
    one_by_one = [model.predict([t])[0] for t in texts]
    for a, b in zip(one_by_one, T2SInfer(path).predict(texts)):
        np.testing.assert_allclose(a["az_sc"], b["az_sc"], atol=AZ_SC_ATOL)
