//! Runnable examples against real C libraries: see `examples/`.
