//! zlib through `#[foreign]`: compress and uncompress 1 MiB with buffers that grow
//! from their initial size on `Z_BUF_ERROR`, and a corrupted stream reported as
//! `Z_DATA_ERROR`.
//!
//! Run: `cargo run -p examples --example zlib`

use examples::zlib::{compress, compress_bound, uncompress};
use ffi_runtime::Error;

fn main() -> Result<(), Error> {
    let text = b"It was the best of times, it was the worst of times. ".repeat(20_000);
    println!(
        "input: {} bytes (bound {})",
        text.len(),
        compress_bound(text.len().try_into().unwrap_or(u64::MAX))
    );
    let compressed = compress(&text, 9)?;
    println!("compressed: {} bytes", compressed.len());
    let restored = uncompress(&compressed)?;
    println!(
        "restored: {} bytes, identical: {}",
        restored.len(),
        restored == text
    );

    let mut corrupted = compressed.clone();
    corrupted[10] ^= 0x55;
    corrupted[11] ^= 0x55;
    match uncompress(&corrupted) {
        Ok(_) => println!("unexpected success"),
        Err(error) => println!("error: {error} (Z_DATA_ERROR is -3)"),
    }
    Ok(())
}
