//! Bindings used by the runnable examples (`examples/`) and by the tests against
//! real C libraries.

pub mod events;
pub mod sort;
pub mod sqlite;
pub mod tls;
pub mod zlib;
