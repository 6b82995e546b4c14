//! libtls through owned handles (the seed's example): a configuration and a client
//! context, freed exactly once, and a connect to a closed loopback port that fails
//! with the message read from `tls_error(ctx)`.
//!
//! Run: `cargo run -p examples --example libtls`

use examples::tls::{tls_client, tls_config_new, tls_configure, tls_connect};
use ffi_runtime::Error;

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
