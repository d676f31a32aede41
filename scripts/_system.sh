# Sourced by scripts/start and scripts/test: install what Debian/Ubuntu must
# provide (Qt's and WeasyPrint's system libraries) when it is missing, then a
# virtual environment in .venv with the package.
# Also runs under Git Bash on Windows and on macOS (the release workflow), where
# the system libraries come from MSYS2 / Homebrew instead of apt.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
VENV="$ROOT/.venv"
case "$(uname -s)" in
  Linux*) OS=linux ;;
  Darwin*) OS=macos ;;
  MINGW* | MSYS* | CYGWIN*) OS=windows ;;
  *) OS=other ;;
esac
if [ "$OS" = windows ]; then
  VENV_BIN="$VENV/Scripts"
  EXE=.exe
else
  VENV_BIN="$VENV/bin"
  EXE=""
fi
PYTHON="$VENV_BIN/python$EXE"

apt_install() {
  [ "$OS" = linux ] || return 0
  local missing=()
  for pkg in "$@"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "judgeapp: please install these system packages: ${missing[*]}" >&2
    return 0
  fi
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "judgeapp: installing system packages: ${missing[*]}" >&2
  $sudo apt-get update -qq
  # A name this distribution does not have (Ubuntu 22.04 ships harfbuzz-subset
  # inside libharfbuzz0b) is skipped, not fatal.
  local known=()
  for pkg in "${missing[@]}"; do
    if apt-cache show "$pkg" >/dev/null 2>&1; then
      known+=("$pkg")
    else
      echo "judgeapp: $pkg is not a package here; skipped" >&2
    fi
  done
  [ ${#known[@]} -eq 0 ] && return 0
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${known[@]}" >/dev/null
}

# What PyInstaller needs besides the runtime libraries: objdump (binutils) and
# the shared libpython of the interpreter the venv is made from (Debian's
# python3 ships it in a separate package).
build_tools() {
  local tools=(binutils)
  local base
  base=$(command -v python3 || true)
  if [ -x "$PYTHON" ]; then
    base=$("$PYTHON" -c 'import sys; print(sys._base_executable)' 2>/dev/null || echo "$base")
  fi
  case "$(readlink -f "$base" 2>/dev/null || echo "$base")" in
    /usr/bin/python3*)
      tools+=("libpython$("${base}" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')")
      ;;
  esac
  echo "${tools[@]}"
}

SYSTEM_RUNTIME=(python3-venv libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core
  fontconfig libegl1 libgl1 libx11-6 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0
  libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 libxcb-xkb1)

ensure_venv() {
  local extras=${1:-}
  if [ ! -x "$PYTHON" ]; then
    local base=python3
    command -v python3 >/dev/null 2>&1 || base=python
    "$base" -m venv "$VENV"
  fi
  local stamp="$VENV/.installed$extras"
  if [ ! -f "$stamp" ] || [ "$ROOT/pyproject.toml" -nt "$stamp" ]; then
    "$PYTHON" -m pip install -q --upgrade pip
    "$PYTHON" -m pip install -q -e "$ROOT$extras"
    touch "$stamp"
  fi
}
