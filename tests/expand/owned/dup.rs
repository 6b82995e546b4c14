// derive: Owned
/// A TLS configuration, copied with `tls_config_dup`.
#[owned(drop = raw::tls_config_free, dup = raw::tls_config_dup)]
#[repr(transparent)]
pub struct Config(NonNull<raw::tls_config>);
