"""The round tools: halves by group, and merging labellers' files into a benchmark half."""
import importlib.util
import json

from t2sa_lib.data import natural
from t2sa_lib.paths import ROOT

_spec = importlib.util.spec_from_file_location("language_round",
                                               ROOT / "scripts" / "language_round.py")
language_round = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(language_round)


def test_groups_expand_to_disjoint_halves():
    tuned = language_round.halves_named(["tuned"])
    blind = language_round.halves_named(["blind"])
    assert not set(tuned) & set(blind) and "test" not in tuned + blind
    assert set(tuned) | set(blind) | {"test"} == set(natural.HALVES)
    assert language_round.halves_named(["dev3", "test"]) == ["dev3", "test"]


def test_build_merges_sorts_and_drops(tmp_path, monkeypatch, capsys):
    source = tmp_path / "round"
    source.mkdir()
    rows = {"labelled_natural_w2.jsonl": [{"id": "d99en-031", "text": "b", "labels": {}}],
            "labelled_natural_w1.jsonl": [{"id": "d99en-002", "text": "a", "labels": {}},
                                          {"id": "d99en-001", "text": "x", "labels": {},
                                           "drop": True}],
            "labelled_scenes_w1.jsonl": [{"id": "s99en-001", "text": "c", "sources": []}]}
    for name, items in rows.items():
        (source / name).write_text("".join(json.dumps(it) + "\n" for it in items))
    monkeypatch.setattr(natural, "DATA", tmp_path)
    language_round.build(99, source)
    built = [json.loads(line) for line in (tmp_path / "natural_dev99.jsonl").read_text().splitlines()]
    assert [it["id"] for it in built] == ["d99en-002", "d99en-031"]
    assert all(it["cluster"] == it["id"] and "drop" not in it for it in built)
    out = capsys.readouterr().out
    assert "1 dropped" in out and "add 'dev99'" in out
