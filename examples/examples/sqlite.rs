//! sqlite3 through owned handles: open (and a failing open whose message is read
//! from the half-open handle, which is then closed), exec, prepare/step/column on a
//! statement that borrows its connection, errors with `sqlite3_errmsg`, close.
//!
//! Run: `cargo run -p examples --example sqlite`

use examples::sqlite::{
    Step, exec, sqlite3_changes, sqlite3_column_int64, sqlite3_open, sqlite3_prepare_v2,
    sqlite3_step,
};
use examples::sqlite::{sqlite3_errmsg, sqlite3_libversion, sqlite3_serialize};
use ffi_runtime::Error;

fn main() -> Result<(), Error> {
    println!("sqlite {}", sqlite3_libversion()?.to_string_lossy());
    let mut db = sqlite3_open(c":memory:")?;
    exec(
        &db,
        c"CREATE TABLE prime (n INTEGER); INSERT INTO prime VALUES (2), (3), (5), (7), (11);",
    )?;
    println!("inserted {} rows", sqlite3_changes(&db));

    let mut stmt = sqlite3_prepare_v2(&db, "SELECT n, n * n FROM prime WHERE n > 2 ORDER BY n")?;
    while let Ok(Step::Row) = sqlite3_step(&mut stmt) {
        println!(
            "{:>3} squared is {:>3}",
            sqlite3_column_int64(&stmt, 0),
            sqlite3_column_int64(&stmt, 1)
        );
    }
    // The statement borrows the connection: it must go before `close`.
    drop(stmt);

    match exec(&db, c"SELECT * FROM missing") {
        Ok(()) => println!("unexpected success"),
        Err(error) => println!("error: {error}"),
    }
    // The text lives in the connection until its next call: borrowed, not copied.
    println!(
        "sqlite3_errmsg: {}",
        sqlite3_errmsg(&mut db)?.to_string_lossy()
    );
    match sqlite3_open(c"/nonexistent-directory/db.sqlite") {
        Ok(_) => println!("unexpected success"),
        Err(error) => println!("error: {error}"),
    }
    // A returned (pointer, size): copied, then released with sqlite3_free.
    let image = sqlite3_serialize(&db, c"main", 0)?;
    println!(
        "sqlite3_serialize: {} bytes, header {:?}",
        image.len(),
        String::from_utf8_lossy(&image[..15])
    );
    db.close()?;
    println!("closed");
    Ok(())
}
