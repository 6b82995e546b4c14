//! Integration tests of `ffi-runtime`: see `tests/`.
