//! libtls bindings through `#[foreign]` (the seed's own example): owned `Tls` and
//! `TlsConfig` handles, and errors carrying the context's `tls_error`.

use ffi_runtime::{Owned, foreign};
use std::ffi::{c_char, c_int};
use std::ptr::NonNull;

/// `struct tls`: opaque.
#[repr(C)]
pub struct RawTls {
    _opaque: [u8; 0],
}

/// `struct tls_config`: opaque.
#[repr(C)]
pub struct RawTlsConfig {
    _opaque: [u8; 0],
}

/// A TLS context.
#[derive(Owned)]
#[owned(drop = raw::tls_free)]
#[repr(transparent)]
pub struct Tls(NonNull<RawTls>);

/// A TLS configuration.
#[derive(Owned)]
#[owned(drop = raw::tls_config_free)]
#[repr(transparent)]
pub struct TlsConfig(NonNull<RawTlsConfig>);

#[foreign(lib = "tls", zero)]
unsafe extern "C" {
    #[ffi(nonnull, owned = TlsConfig)]
    pub fn tls_config_new() -> *mut RawTlsConfig;
    #[ffi(raw)]
    pub fn tls_config_free(config: *mut RawTlsConfig);
    #[ffi(nonnull, owned = Tls)]
    pub fn tls_client() -> *mut RawTls;
    #[ffi(raw)]
    pub fn tls_free(ctx: *mut RawTls);
    #[ffi(raw)]
    pub fn tls_error(ctx: *mut RawTls) -> *const c_char;
    #[ffi(message = tls_error(ctx))]
    pub fn tls_configure(
        #[handle(&mut Tls)] ctx: *mut RawTls,
        #[handle(&TlsConfig)] config: *mut RawTlsConfig,
    ) -> c_int;
    #[ffi(message = tls_error(ctx))]
    pub fn tls_connect(
        #[handle(&mut Tls)] ctx: *mut RawTls,
        host: *const c_char,
        port: *const c_char,
    ) -> c_int;
}
