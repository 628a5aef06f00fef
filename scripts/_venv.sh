# Sourced by scripts/app and scripts/test: make .venv exist and match pyproject.toml.
# Installs only when pyproject.toml changed since the last install (sha256 kept in a stamp file).

cd "$(dirname "${BASH_SOURCE[0]}")/.."
VENV=.venv
PYTHON=${PYTHON:-python3}

if [ ! -x "$VENV/bin/python" ]; then
  if ! command -v "$PYTHON" >/dev/null 2>&1; then
    echo "error: $PYTHON not found; install Python 3.11 or newer (or set PYTHON=/path/to/python3)." >&2
    exit 1
  fi
  if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
    echo "error: $PYTHON is $("$PYTHON" -V 2>&1); this project needs Python 3.11 or newer" \
      "(set PYTHON=/path/to/python3.11)." >&2
    exit 1
  fi
  echo "creating $VENV with $("$PYTHON" -V 2>&1)..." >&2
  "$PYTHON" -m venv "$VENV"
fi

stamp="$VENV/.pyproject.sha256"
want=$("$VENV/bin/python" -c 'import hashlib; print(hashlib.sha256(open("pyproject.toml", "rb").read()).hexdigest())')
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "installing the project and its test tools into $VENV (pyproject.toml changed)..." >&2
  "$VENV/bin/python" -m pip install --quiet -e '.[test]'
  echo "$want" > "$stamp"
fi
