#!/usr/bin/env bash
# Installs the Debian packages verify needs, and only those that are missing. Idempotent:
# a machine that has everything is left untouched (no apt-get update, no root needed).
#   bootstrap.sh          what building and running verify needs
#   bootstrap.sh --test   also what the test suite uses when it can: headless Chromium renders
#                         the HTML report (its test is skipped, saying why, if it cannot be had);
#                         clang 14 builds the fuzz targets (skipped likewise). libclang-rt-14-dev
#                         holds libFuzzer and the sanitizer runtimes, which clang-14 only
#                         recommends; llvm-14 has the symbolizer for readable sanitizer reports.
set -euo pipefail

optional=()
if [[ "${1:-}" == "--test" ]]; then
  optional=(chromium clang-14 libclang-rt-14-dev llvm-14)
fi

packages=(
  build-essential cmake pkg-config
  libxapian-dev xapian-tools
  libsqlite3-dev sqlite3
  libcurl4-openssl-dev libssl-dev
  libsimdjson-dev libspdlog-dev libfmt-dev
  catch2 libcli11-dev libcpp-httplib-dev
  libicu-dev libxml2-dev
)

installed() {
  [[ "$(dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null || true)" == "installed" ]]
}

missing=()
for p in "${packages[@]}"; do
  installed "$p" || missing+=("$p")
done
missing_optional=()
for p in "${optional[@]}"; do
  installed "$p" || missing_optional+=("$p")
done

if ((${#missing[@]} == 0 && ${#missing_optional[@]} == 0)); then
  echo "bootstrap: all $((${#packages[@]} + ${#optional[@]})) packages present"
  exit 0
fi

if [[ $(id -u) -ne 0 ]]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO=sudo
  elif ((${#missing[@]} == 0)); then
    echo "bootstrap: not root, so not installing optional ${missing_optional[*]}" >&2
    exit 0
  else
    echo "bootstrap: missing packages (${missing[*]}) and not root; run as root or install them" >&2
    exit 1
  fi
else
  SUDO=
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
if ((${#missing[@]} > 0)); then
  echo "bootstrap: installing ${missing[*]}"
  $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
if ((${#missing_optional[@]} > 0)); then
  echo "bootstrap: installing optional ${missing_optional[*]}"
  $SUDO apt-get install -y -q --no-install-recommends "${missing_optional[@]}" ||
    echo "bootstrap: could not install ${missing_optional[*]}; the tests that need it will say so" >&2
fi
