//! libtls through the handles of `examples::tls`: a failing connect to a closed
//! loopback port reports the message read from `tls_error(ctx)`.
#![cfg(not(any(miri, no_libtls)))] // Miri cannot call into real C; libtls may be missing.

use examples::tls::{tls_client, tls_config_new, tls_configure, tls_connect};

#[test]
fn connect_to_a_closed_port_fails_with_the_context_message() {
    let config = tls_config_new().unwrap();
    let mut ctx = tls_client().unwrap();
    tls_configure(&mut ctx, &config).unwrap();
    // Port 1 on loopback: nothing listens there.
    let error = tls_connect(&mut ctx, c"127.0.0.1", c"1").unwrap_err();
    assert_eq!(error.function(), "tls_connect");
    assert_eq!(error.code(), Some(-1));
    let message = error.message().expect("tls_error(ctx) has the cause");
    assert!(
        message.contains("refused") || message.contains("connect"),
        "{message}"
    );
}
