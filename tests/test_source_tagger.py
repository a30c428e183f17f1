"""The learned source tagger and how scenes use it."""
import numpy as np
import pytest
import torch

from t2sa_lib import scene
from t2sa_lib.data.natural import BLIND_HALVES
from t2sa_lib.language.sources import Mention
from t2sa_lib.model import source_tagger as st

# "rain on the roof, a dog left": offsets of five tokens, the first the prefix (no text)
TEXT = "rain on the roof, a dog left"
OFFSETS = np.array([[-1, -1], [0, 4], [5, 7], [8, 11], [12, 16], [18, 19], [20, 23], [24, 28]])


def test_bio_labels_mark_each_span_begin_then_inside():
    tags = st.bio_labels(TEXT, ["rain on the roof", "a dog left"], OFFSETS)
    assert tags.tolist() == [0, 1, 2, 2, 2, 1, 2, 2]


def test_bio_labels_refuse_a_span_not_in_the_text():
    assert st.bio_labels(TEXT, ["a cat"], OFFSETS) is None


def test_tagged_runs_become_character_spans():
    tags = np.array([0, 1, 2, 2, 2, 1, 2, 0])
    assert st._source_spans(tags, OFFSETS) == [(0, 16), (18, 23)]
    # an inside run after an outside belongs to no source
    assert st._source_spans(np.array([0, 1, 0, 2, 2, 1, 0, 2]), OFFSETS) == [(0, 4), (18, 19)]


def test_offsets_start_at_the_word_not_the_space_before_it():
    # "query: Two violins" as the tokenizer gives it, less the prefix's 7 characters
    raw = np.array([[-7, -7], [-7, -4], [-4, -2], [-2, -1], [-1, 3], [3, 8], [8, 11], [11, 12]])
    text = "Two violins "
    assert st._text_offsets(text, raw).tolist() == [
        [-1, -1], [-1, -1], [-1, -1], [-1, -1], [0, 3], [4, 8], [8, 11], [-1, -1]]


def test_the_encoder_reads_words_where_they_are():
    x, offsets, word_start = st.TokenStates()(["Two violins, both far"])[0]
    assert x.shape == (len(offsets), 384)
    words = [("Two violins, both far"[s:e], w) for (s, e), w in zip(offsets, word_start) if s >= 0]
    assert words[0] == ("Two", True)
    assert ("both", True) in words


def _toy_rows(n: int, seed: int):
    """Token states whose first feature says "a source begins here"."""
    rng = np.random.default_rng(seed)
    rows = []
    for _ in range(n):
        tags = rng.choice([0, 1, 2], size=8, p=[0.5, 0.2, 0.3])
        x = rng.normal(0, 0.1, (8, 4)).astype(np.float32)
        x[:, 0] += (tags == 1) * 2.0
        x[:, 1] += (tags == 2) * 2.0
        rows.append((x, tags.astype(np.int64)))
    return rows


def test_training_is_fixed_by_its_seed_and_learns():
    rows = _toy_rows(256, 0)
    a = st.train_tagger(rows, seed=3, epochs=8)
    b = st.train_tagger(rows, seed=3, epochs=8)
    for k, v in a.state_dict().items():
        assert torch.equal(v, b.state_dict()[k]), k
    x, tags = _toy_rows(1, 1)[0]
    with torch.no_grad():
        assert (a(torch.from_numpy(x)[None])[0].argmax(-1).numpy() == tags).mean() >= 0.875


def test_a_clean_reading_has_no_uncertainty():
    net = st.SourceTaggerNet(4)
    with torch.no_grad():
        net.out.weight.zero_()
        net.out.bias.copy_(torch.tensor([0.0, 30.0, 0.0]))   # every token begins a source
    word_start = np.array([False, True, True, True, True, True, False, True])
    tags = st.read_tags(net, np.zeros((8, 4), np.float32), OFFSETS, word_start)
    assert tags.uncertainty < 1e-6
    # one per word's first token; the token inside a word extends the source before it
    assert tags.spans == [(0, 4), (5, 7), (8, 11), (12, 16), (18, 23), (24, 28)]


def test_committed_tagger_learned_from_tuned_halves_only():
    blob = torch.load(st.TAGGER_PATH, weights_only=True)
    halves = set(blob["meta"]["halves"])
    assert halves and not halves & set(BLIND_HALVES) and "test" not in halves
    assert blob["meta"]["halves"] == st.training_halves()      # retraining reproduces it
    assert blob["meta"]["encoder_layers"] == st.ENCODER_LAYERS


def _mention(label: str, text: str) -> Mention:
    s = text.index(label)
    return Mention(label, label, "noise-burst", s, s + len(label), label)


def test_a_sure_tagger_adds_the_source_the_rules_missed(monkeypatch):
    text = "rain on the roof, and Joe frobnicates behind me"
    rain = _mention("rain", text)
    monkeypatch.setattr(scene, "find_mentions", lambda t: [rain])
    monkeypatch.setattr(st, "tag_sources", lambda t: st.SourceTags([(0, 16), (22, 47)], 0.0))
    out = scene.scene_mentions(text)
    assert [m.label_en for m in out] == ["rain", "Joe frobnicates"]
    assert out[1].start == 22


@pytest.mark.parametrize("text, second", [
    ("창밖 빗소리 은은하게. 에어컨 소리 NO.", "에어컨 소리 NO"),         # a name the rules left out
    ("the dryer rumbles on my left and its fan whirs", "its fan whirs"),   # pointing back
    ("빗소리는 오른쪽, 왼쪽은 비워 두고", "왼쪽은 비워 두고"),             # a side kept empty
])
def test_the_tagger_adds_no_source_the_words_rule_out(monkeypatch, text, second):
    first = scene.find_mentions(text)
    assert len(first) == 1
    spans = [(first[0].start, first[0].end), (text.index(second), text.index(second) + len(second))]
    monkeypatch.setattr(st, "tag_sources", lambda t: st.SourceTags(spans, 0.0))
    assert scene.scene_mentions(text) == first


def _sure_of(monkeypatch, *words: str) -> None:
    """A tagger sure that the sources of the text are exactly ``words``."""
    monkeypatch.setattr(st, "tag_sources", lambda t: st.SourceTags(
        [(t.index(w), t.index(w) + len(w)) for w in words], 0.0))


@pytest.mark.parametrize("text, words, kept", [
    # a name outside every source, its own words placing nothing: the place of the scene
    ("It's a cathedral. Choir up front, distant; someone coughs a few pews behind me",
     ["Choir up front, distant", "someone coughs a few pews behind me"], ["choir", "cough"]),
    # a second name inside one source, nothing parting it from the first
    ("Dad and Uncle Ray are arguing in the kitchen behind me, loud.",
     ["Dad and Uncle Ray are arguing in the kitchen behind me, loud"], ["Dad"]),
])
def test_a_sure_tagger_drops_names_that_are_no_source_of_their_own(monkeypatch, text, words,
                                                                    kept):
    _sure_of(monkeypatch, *words)
    assert [m.label_en for m in scene.scene_mentions(text)] == kept


@pytest.mark.parametrize("text, words", [
    ("관중 함성이 사방에서, 심판 휘슬은 정면 멀리", ["심판 휘슬은 정면 멀리"]),   # its own place
    ("Rain and distant thunder, both far behind me", ["Rain and distant thunder, both"]),
    ("비가 사방에서 쏟아지는데 오른쪽 저 멀리서 천둥도 우르릉", ["비가 사방에서 쏟아지는데 오른쪽"]),
    ("The wind, and somewhere far off to the left, wolves",
     ["The wind, and somewhere far off to the left, wolves"]),
    ("Two violins, both far behind me", ["Two violins, both far behind me"]),  # counts agree
])
def test_the_tagger_keeps_names_their_words_keep_apart(monkeypatch, text, words):
    first = scene.find_mentions(text)
    assert len(first) == 2
    _sure_of(monkeypatch, *words)
    assert scene.scene_mentions(text) == first


@pytest.mark.parametrize("uncertainty", [st.MAX_UNCERTAINTY, 1.0])
def test_an_unsure_tagger_leaves_the_rules_alone(monkeypatch, uncertainty):
    text = "In the kitchen: a kettle hisses on my left"
    names = [_mention("kitchen", text), _mention("kettle", text)]
    monkeypatch.setattr(scene, "find_mentions", lambda t: names)
    monkeypatch.setattr(st, "tag_sources", lambda t: st.SourceTags([(16, 42)], uncertainty))
    assert scene.scene_mentions(text) == names


def test_the_tagger_reads_a_scene_end_to_end():
    tags = st.tag_sources("rain all around, a dog barking far off to the left, "
                          "footsteps coming up behind me")
    assert len(tags.spans) == 3
    assert tags.uncertainty >= 0


@pytest.mark.parametrize("text, kept", [
    ("Ana walks from the kitchen on my left to the hallway straight ahead, keys jingling.", ["ana"]),
    ("A skateboarder rolls past me from behind, wheels grinding loudly.", ["skateboarder"]),
    ("the cat runs under the bed, bell jingling", ["cat"]),
    # a thing with a place of its own, or named alone, is a source
    ("her heels clicking across the floor behind me, left to right, and his keys jangling by the door",
     ["footsteps", "keys"]),
    ("Keys jingling on my left, a dog barking ahead", ["keys", "dog"]),
    # a place a path ends at is no source
    ("the book cart squeaks from the stacks on the left all the way round to the fireplace on the right",
     ["wheels"]),
])
def test_what_a_mover_carries_and_where_it_goes_are_not_sources(text, kept):
    assert [m.label_en for m in scene.find_mentions(text)] == kept
