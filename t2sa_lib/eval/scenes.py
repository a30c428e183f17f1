"""Scoring scene descriptions (several sources) and the clause-split baseline.

A predicted scene's sources are matched to the labelled ones by the overlap of
their text spans (greedy, largest overlap first; a labelled source with no
partner counts every labelled attribute as missed). Scores: the share of
descriptions whose number of sources is right, and the per-source attribute hit
rate (:func:`~t2sa_lib.metrics.region_judgments`), each with a cluster-bootstrap
interval.
"""
from __future__ import annotations

import re

import numpy as np

from ..metrics import cluster_bootstrap_ci, paired_cluster_difference, region_judgments

_CLAUSE = re.compile(r"[,;.!?]|\band\b|\bthen\b|\bwhile\b|그리고|\S+고\s|\S+며\s|\S+면서\s")


def clause_split(text: str) -> list[str]:
    """The obvious shortcut: one source per clause (commas, conjunctions, -고 / -며)."""
    parts, start = [], 0
    for m in _CLAUSE.finditer(text):
        end = m.end() if re.match(r"\S+(?:고|며|면서)\s", m.group(0)) else m.start()
        parts.append(text[start:end])
        start = m.end()
    parts.append(text[start:])
    return [p.strip() for p in parts if re.search(r"[A-Za-z가-힣]{2,}", p)]


def clause_split_scene(text: str, model) -> dict:
    """A scene as the clause-split baseline makes it: each clause predicted on its own."""
    clauses = clause_split(text) or [text]
    preds = model.predict(clauses)
    return {"text": text, "sources": [{**p, "span": c} for c, p in zip(clauses, preds)]}


def _overlap(a: str, b: str, text: str) -> int:
    ia, ib = text.find(a), text.find(b)
    if ia < 0 or ib < 0:
        return 0
    return max(0, min(ia + len(a), ib + len(b)) - max(ia, ib))


def match_sources(pred: list[dict], gold: list[dict], text: str) -> list[tuple[int, int | None]]:
    """``(gold index, predicted index or None)`` for every labelled source."""
    pairs = sorted(((_overlap(p["span"], g["span"], text), gi, pi)
                    for gi, g in enumerate(gold) for pi, p in enumerate(pred)), reverse=True)
    used_g, used_p, out = set(), set(), {}
    for ov, gi, pi in pairs:
        if ov > 0 and gi not in used_g and pi not in used_p:
            out[gi] = pi
            used_g.add(gi)
            used_p.add(pi)
    return [(gi, out.get(gi)) for gi in range(len(gold))]


def source_rows(scene: dict, item: dict) -> list[dict]:
    """One row per labelled attribute of each labelled source: hit or not."""
    rows = []
    for gi, pi in match_sources(scene["sources"], item["sources"], item["text"]):
        gold = item["sources"][gi]
        if pi is None:
            rows += [{"attr": a, "hit": False} for a in gold["labels"]]
            continue
        rows += [{"attr": r["attr"], "hit": r["hit"]}
                 for r in region_judgments([scene["sources"][pi]], [gold])]
    return rows


def score_scenes(scenes: list[dict], items: list[dict], n_boot: int = 1000, seed: int = 0
                 ) -> dict:
    """Count accuracy and per-source attribute hit rate, overall, per tag and language."""
    clusters = [it.get("cluster", it["id"]) for it in items]
    count_ok = np.array([len(s["sources"]) == it["n_sources"] for s, it in zip(scenes, items)],
                        float)
    rows = [source_rows(s, it) for s, it in zip(scenes, items)]
    hits, hit_cl = [], []
    for i, r in enumerate(rows):
        hits += [float(x["hit"]) for x in r]
        hit_cl += [clusters[i]] * len(r)

    def summary(mask):
        idx = [i for i in range(len(items)) if mask[i]]
        h = [float(x["hit"]) for i in idx for x in rows[i]]
        c = [clusters[i] for i in idx for _ in rows[i]]
        return {"n": len(idx), "count_right": float(count_ok[idx].mean()) if idx else float("nan"),
                "count_ci95": list(cluster_bootstrap_ci(count_ok[idx], [clusters[i] for i in idx],
                                                        n_boot, seed)),
                "attribute_hit_rate": float(np.mean(h)) if h else float("nan"),
                "attribute_ci95": list(cluster_bootstrap_ci(h, c, n_boot, seed)),
                "n_judgments": len(h)}

    out = {"overall": summary([True] * len(items)), "tags": {}, "langs": {}}
    for tag in sorted({t for it in items for t in it["tags"]}):
        out["tags"][tag] = summary([tag in it["tags"] for it in items])
    for lang in sorted({it["lang"] for it in items}):
        out["langs"][lang] = summary([it["lang"] == lang for it in items])
    return out


def item_scores(scenes: list[dict], items: list[dict]) -> tuple[np.ndarray, np.ndarray]:
    """Per description: count right (0/1) and share of labelled attributes hit."""
    count = np.array([len(s["sources"]) == it["n_sources"] for s, it in zip(scenes, items)], float)
    share = []
    for s, it in zip(scenes, items):
        r = source_rows(s, it)
        share.append(np.mean([x["hit"] for x in r]) if r else np.nan)
    return count, np.array(share, float)


def paired_scenes(a: list[dict], b: list[dict], items: list[dict], n_boot: int = 1000,
                  seed: int = 0) -> dict:
    """``a`` minus ``b``: count accuracy and attribute share, cluster-bootstrap intervals."""
    clusters = np.asarray([it.get("cluster", it["id"]) for it in items], object)
    ca, sa = item_scores(a, items)
    cb, sb = item_scores(b, items)
    keep = ~(np.isnan(sa) | np.isnan(sb))
    return {"count_right": paired_cluster_difference(ca, cb, clusters, n_boot, seed),
            "attribute_hit_rate": paired_cluster_difference(sa[keep], sb[keep], clusters[keep],
                                                            n_boot, seed)}


def run_scene_benchmark(model, halves: dict[str, list[dict]], n_boot: int = 1000,
                        seed: int = 0) -> dict:
    """The scene parser and the clause-split baseline on every half, with paired differences."""
    from ..scene import describe, network_texts

    # The network in full batches, not a few texts at a time, where the model keeps outputs.
    prefetch = getattr(model, "prefetch", lambda texts: None)
    out = {}
    for half, items in halves.items():
        prefetch(sorted({t for it in items for t in network_texts(it["text"])}))
        ours = [describe(it["text"], model).to_dict() for it in items]
        prefetch(sorted({c for it in items for c in clause_split(it["text"]) or [it["text"]]}))
        base = [clause_split_scene(it["text"], model) for it in items]
        out[half] = {"n": len(items), "scene": score_scenes(ours, items, n_boot, seed),
                     "clause split": score_scenes(base, items, n_boot, seed),
                     "paired": paired_scenes(ours, base, items, n_boot, seed)}
    return out
