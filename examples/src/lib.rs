//! Bindings used by the runnable examples (`examples/`) and by the tests against
//! real C libraries.

#[cfg(not(no_libarchive))]
pub mod archive;
pub mod events;
pub mod sort;
pub mod sqlite;
#[cfg(not(no_libtls))]
pub mod tls;
pub mod zlib;
