//! Closures as C callbacks: glibc `qsort_r` with a capturing comparator,
//! `sqlite3_exec` collecting rows and stopping early, and our own C library
//! keeping an event handler it calls later, from another thread too, and frees
//! when it is replaced or the context is freed. Panics never unwind into C.
//!
//! Run: `cargo run -p examples --example callbacks`

use examples::events::{
    demo_ctx_emit, demo_ctx_emit_in_thread, demo_ctx_new, demo_ctx_set_handler,
};
use examples::sort::sort_by;
use examples::sqlite::{exec, row_values, sqlite3_exec_rows, sqlite3_open};
use ffi_runtime::Error;
use std::ffi::c_int;
use std::sync::{Arc, Mutex};

fn main() -> Result<(), Error> {
    let mut words = vec!["pear", "fig", "banana", "kiwi", "apple"];
    let mut comparisons = 0;
    sort_by(&mut words, |a, b| {
        comparisons += 1;
        a.len().cmp(&b.len()).then(a.cmp(b))
    });
    println!("qsort_r: {words:?} ({comparisons} comparisons, counted by the closure)");

    // A deliberate panic: keep the default hook from printing it.
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let panicked = std::panic::catch_unwind(|| {
        let mut items = vec![3, 1, 2];
        sort_by(&mut items, |_, _| panic!("comparator panicked"));
    });
    std::panic::set_hook(hook);
    println!(
        "qsort_r with a panicking comparator: resumed after the call: {}",
        panicked.is_err()
    );

    let db = sqlite3_open(c":memory:")?;
    exec(
        &db,
        c"CREATE TABLE fruit (name TEXT, price INTEGER); \
          INSERT INTO fruit VALUES ('apple', 3), ('fig', 7), ('kiwi', 2), ('pear', 4);",
    )?;
    let mut rows = Vec::new();
    let stopped = sqlite3_exec_rows(
        &db,
        c"SELECT name, price FROM fruit ORDER BY price",
        |columns, values, _names| {
            // SAFETY: the arguments sqlite3_exec passed to this callback.
            rows.push(unsafe { row_values(columns, values) });
            c_int::from(rows.len() == 2) // enough: stop
        },
    );
    println!("sqlite3_exec rows: {rows:?}");
    if let Err(error) = stopped {
        println!("stopped early: {error}");
    }

    let log = Arc::new(Mutex::new(Vec::new()));
    let sink = Arc::clone(&log);
    let mut events = demo_ctx_new()?;
    // SAFETY: pthread_self has no preconditions. (Compared by value: asking std
    // for the current thread on a thread C started would allocate thread info
    // that lives until that thread's end.)
    let main_thread = unsafe { libc::pthread_self() };
    demo_ctx_set_handler(&mut events, move |event| {
        // SAFETY: as above.
        let on_main = unsafe { libc::pthread_self() } == main_thread;
        let thread = if on_main {
            "the main thread"
        } else {
            "a thread C started"
        };
        if let Ok(mut log) = sink.lock() {
            log.push(format!("event {event} on {thread}"));
        }
    })?;
    demo_ctx_emit(&mut events, 1);
    demo_ctx_emit_in_thread(&mut events, 2);
    drop(events); // C calls the destroy hook: the closure is freed here, once
    if let Ok(log) = log.lock() {
        for line in log.iter() {
            println!("handler: {line}");
        }
    }
    println!("handler freed: {}", Arc::strong_count(&log) == 1);
    Ok(())
}
