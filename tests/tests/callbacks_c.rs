//! Callbacks into real C: glibc `qsort_r` with a capturing comparator,
//! `sqlite3_exec` collecting rows and stopping early, and our own C library
//! keeping a handler it calls later, from another thread too, and frees once.
#![cfg(not(miri))] // Miri cannot call into real C.

use examples::events::{
    demo_ctx_emit, demo_ctx_emit_in_thread, demo_ctx_new, demo_ctx_set_handler,
};
use examples::sort::sort_by;
use examples::sqlite::{row_values, sqlite3_exec_rows, sqlite3_open};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

#[test]
fn qsort_r_sorts_with_a_capturing_closure() {
    let mut words = vec!["pear", "fig", "banana", "kiwi", "apple"];
    let mut comparisons = 0;
    sort_by(&mut words, |a, b| {
        comparisons += 1;
        a.len().cmp(&b.len()).then(a.cmp(b))
    });
    assert_eq!(words, ["fig", "kiwi", "pear", "apple", "banana"]);
    assert!(comparisons >= 4);

    let mut numbers: Vec<u64> = (0..1000).map(|n| (n * 7919) % 1000).collect();
    sort_by(&mut numbers, |a, b| b.cmp(a));
    assert!(numbers.windows(2).all(|pair| pair[0] >= pair[1]));
    assert_eq!(numbers.len(), 1000);
}

#[test]
fn a_panicking_comparator_resumes_after_qsort_r_and_loses_nothing() {
    let mut items: Vec<String> = (0..100).map(|n| format!("item {n}")).collect();
    let mut calls = 0;
    let result = catch_unwind(AssertUnwindSafe(|| {
        sort_by(&mut items, |a, b| {
            calls += 1;
            assert!(calls < 10, "comparator gave up");
            a.cmp(b)
        });
    }));
    let payload = result.unwrap_err();
    assert_eq!(payload.downcast_ref::<&str>(), Some(&"comparator gave up"));
    // qsort_r finished (C saw "equal" from then on): still a permutation, each
    // String once (valgrind would see a double free or a leak otherwise).
    let mut sorted = items.clone();
    sorted.sort();
    let mut expected: Vec<String> = (0..100).map(|n| format!("item {n}")).collect();
    expected.sort();
    assert_eq!(sorted, expected);
}

#[test]
fn sqlite3_exec_collects_rows_and_stops_early() {
    let db = sqlite3_open(c":memory:").unwrap();
    examples::sqlite::exec(
        &db,
        c"CREATE TABLE t (n INTEGER, name TEXT); \
          INSERT INTO t VALUES (1, 'one'), (2, NULL), (3, 'three'), (4, 'four');",
    )
    .unwrap();
    let mut rows = Vec::new();
    sqlite3_exec_rows(
        &db,
        c"SELECT n, name FROM t ORDER BY n",
        |columns, values, _names| {
            // SAFETY: the arguments sqlite3_exec passed to this callback.
            rows.push(unsafe { row_values(columns, values) });
            0
        },
    )
    .unwrap();
    assert_eq!(rows.len(), 4);
    assert_eq!(rows[1], [Some("2".to_owned()), None]);

    let mut first_two = Vec::new();
    let error = sqlite3_exec_rows(
        &db,
        c"SELECT name FROM t ORDER BY n",
        |columns, values, _names| {
            // SAFETY: as above.
            first_two.push(unsafe { row_values(columns, values) });
            std::ffi::c_int::from(first_two.len() == 2)
        },
    )
    .unwrap_err();
    assert_eq!(error.code(), Some(4)); // SQLITE_ABORT
    assert_eq!(first_two, [[Some("one".to_owned())], [None]]);
}

#[test]
fn a_panic_in_a_row_callback_stops_sqlite_and_resumes() {
    let db = sqlite3_open(c":memory:").unwrap();
    examples::sqlite::exec(
        &db,
        c"CREATE TABLE t (n); INSERT INTO t VALUES (1), (2), (3);",
    )
    .unwrap();
    let mut calls = 0;
    let result = catch_unwind(AssertUnwindSafe(|| {
        sqlite3_exec_rows(&db, c"SELECT n FROM t", |_, _, _| {
            calls += 1;
            panic!("row callback failed");
        })
    }));
    assert!(result.is_err());
    assert_eq!(calls, 1);
    // The connection is still usable.
    examples::sqlite::exec(&db, c"SELECT 1").unwrap();
}

struct DropCounter(Arc<AtomicUsize>);

impl Drop for DropCounter {
    fn drop(&mut self) {
        self.0.fetch_add(1, Ordering::SeqCst);
    }
}

#[test]
fn demo_keeps_a_handler_calls_it_from_another_thread_and_frees_it_once() {
    let drops = Arc::new(AtomicUsize::new(0));
    let seen = Arc::new(Mutex::new(Vec::new()));
    let mut events = demo_ctx_new().unwrap();
    let counter = DropCounter(Arc::clone(&drops));
    let sink = Arc::clone(&seen);
    demo_ctx_set_handler(&mut events, move |event| {
        let _ = &counter;
        sink.lock()
            .unwrap()
            .push((event, std::thread::current().id()));
    })
    .unwrap();
    assert_eq!(demo_ctx_emit(&mut events, 1), 1);
    assert_eq!(demo_ctx_emit_in_thread(&mut events, 2), 1);
    {
        let seen = seen.lock().unwrap();
        assert_eq!(
            seen.iter().map(|(event, _)| *event).collect::<Vec<_>>(),
            [1, 2]
        );
        assert_eq!(seen[0].1, std::thread::current().id());
        assert_ne!(seen[1].1, std::thread::current().id());
    }
    // Replacing the handler frees the first closure; freeing the context, the second.
    let counter = DropCounter(Arc::clone(&drops));
    demo_ctx_set_handler(&mut events, move |_| {
        let _ = &counter;
    })
    .unwrap();
    assert_eq!(drops.load(Ordering::SeqCst), 1);
    drop(events);
    assert_eq!(drops.load(Ordering::SeqCst), 2);
}
