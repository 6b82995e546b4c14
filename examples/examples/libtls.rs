//! libtls through owned handles (the seed's example): a configuration and a client
//! context, freed exactly once, and a connect to a closed loopback port that fails
//! with the message read from `tls_error(ctx)`.
//!
//! Run: `cargo run -p examples --example libtls`

#[cfg(not(no_libtls))]
use examples::tls::{tls_client, tls_config_new, tls_configure, tls_connect};
#[cfg(not(no_libtls))]
use ffi_runtime::Error;

/// Built without libtls (its `-dev` package is missing): says so.
#[cfg(no_libtls)]
fn main() {
    println!("libtls example skipped: libtls not found (install libtls-dev)");
}

#[cfg(not(no_libtls))]
fn main() -> Result<(), Error> {
    let config = tls_config_new()?;
    let mut ctx = tls_client()?;
    tls_configure(&mut ctx, &config)?;
    println!("configured a TLS client");
    // Nothing listens on port 1 of the loopback interface.
    match tls_connect(&mut ctx, c"127.0.0.1", c"1") {
        Ok(()) => println!("unexpected success"),
        Err(error) => println!("error: {error}"),
    }
    Ok(())
}
