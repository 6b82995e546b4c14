#!/usr/bin/env bash
# Regenerates zlib.rs, bindgen's output for the system's zlib.h, committed as it
# came out (tests/tests/bindgen_zlib.rs puts it under #[foreign] unmodified).
# Needs bindgen-cli 0.73 (`cargo install bindgen-cli --version 0.73.2`) and
# libclang-dev. Generated from zlib 1.2.13 (Debian 12).
set -euo pipefail
cd "$(dirname "$0")"
bindgen /usr/include/zlib.h -o zlib.rs
