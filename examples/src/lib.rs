//! Bindings used by the runnable examples (`examples/`) and by the tests against
//! real C libraries.

#[cfg(not(no_libarchive))]
pub mod archive;
pub mod events;
#[cfg(not(no_libpcre2))]
pub mod pcre2;
pub mod sort;
pub mod sqlite;
#[cfg(not(no_libtls))]
pub mod tls;
pub mod zlib;
