#!/usr/bin/env bash
# Fetches the npm packages the quality gates use into .tools/ at the repository root (git-ignored), each
# unpacked into .tools/<name>-<version>/. Idempotent: a package already there is not fetched again.
# Only tarballs are fetched and unpacked, never installed: no node_modules, no install script (vnu-jar's
# postinstall would download a Java runtime), and Node is needed neither here nor by the tests.
# Uses `npm pack` when npm is on PATH, else curl or wget on the registry's tarball address. Each tarball is
# checked against the sha512 the registry publishes for it (`npm view NAME@VERSION dist.integrity`),
# pinned below: a changed or damaged tarball stops the script.
# The versions are also in tests/Briefings.Tests/Support/GateTools.cs (a test checks that both agree).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
tools="$root/.tools"
registry="${npm_config_registry:-https://registry.npmjs.org/}"
registry="${registry%/}"

# name  version  tarball name  sha512 (the registry's dist.integrity)
packages=(
  "vnu-jar 26.9.27 vnu-jar-26.9.27.tgz sha512-TkQd5DFfOaWC9ebtvozTsrH2Vaod3jYg+vrOeREzIXxBexLz9+rS2DNtjn7+RPUiZhgli0SghgBX6RJRNea0KA=="
  "axe-core 4.14.1 axe-core-4.14.1.tgz sha512-FHfa+lmNjQZfJz1q8wKqIDwC6DExcHt/pkjNQb09a3NPjCKg2rhu5qb2S4r76ASyFNNtuFooJpZe37OgudVGtQ=="
  "@knight-lab/timelinejs 3.9.11 timelinejs-3.9.11.tgz sha512-+jUuY1OJ+9zSO5O3AfYSLd1yB0vQkm22zyIElz8BWT5DQ9mL0rsxlQkBKAqLbWpJjFuAAJeqzLY35xFIg6GW4g=="
)

download() { # url file
  if command -v curl >/dev/null 2>&1; then curl -fsSL --retry 3 -o "$2" "$1"
  elif command -v wget >/dev/null 2>&1; then wget -q -O "$2" "$1"
  else echo "error: neither npm, curl nor wget is installed; install one (apt-get install curl)" >&2; return 1
  fi
}

# The base64 of an SRI digest as hex, to compare with sha512sum's (coreutils only: no openssl, no xxd).
hex_of() { printf '%s' "${1#sha512-}" | base64 -d | od -An -tx1 -v | tr -d ' \n'; }

mkdir -p "$tools"
for entry in "${packages[@]}"; do
  read -r name version tarball integrity <<<"$entry"
  target="$tools/${tarball%.tgz}"
  if [ -f "$target/.fetched" ]; then
    echo "$name@$version: already in ${target#"$root"/}"
    continue
  fi
  work="$(mktemp -d "$tools/.fetch-XXXXXX")"
  trap 'rm -rf "$work"' EXIT
  packed=""
  if command -v npm >/dev/null 2>&1; then
    if (cd "$work" && npm pack "$name@$version" --silent >/dev/null); then
      packed="$(cd "$work" && ls ./*.tgz)"
      # npm names a scoped package's file after its scope too (knight-lab-timelinejs-3.9.11.tgz)
      [ "$packed" = "./$tarball" ] || mv "$work/$packed" "$work/$tarball"
    else
      echo "warning: npm pack $name@$version failed; trying the registry directly" >&2
    fi
  fi
  [ -n "$packed" ] || download "$registry/$name/-/$tarball" "$work/$tarball"
  [ -f "$work/$tarball" ] || { echo "error: $name@$version: no $tarball was fetched" >&2; exit 1; }
  actual="$(sha512sum "$work/$tarball" | cut -d' ' -f1)"
  if [ "$actual" != "$(hex_of "$integrity")" ]; then
    echo "error: $name@$version: $tarball does not match the registry's published sha512 ($integrity); not unpacked" >&2
    exit 1
  fi
  mkdir "$work/unpacked"
  tar -xzf "$work/$tarball" -C "$work/unpacked" --strip-components=1 --no-same-owner
  touch "$work/unpacked/.fetched"
  rm -rf "$target"
  mv "$work/unpacked" "$target"
  rm -rf "$work"
  trap - EXIT
  echo "$name@$version: fetched into ${target#"$root"/}"
done
