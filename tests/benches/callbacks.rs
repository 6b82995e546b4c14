//! Trampoline overhead: glibc `qsort_r` sorting 100,000 `i32`s with a closure
//! through the generated trampoline, against a hand-written `extern "C" fn`
//! comparator passed to `qsort_r` and to plain `qsort`, in one run.
//!
//! `cargo bench -p tests --bench callbacks` prints ms per sort, ns per
//! comparison and the ratio generated/hand-written. `callbacks one <variant>
//! <sorts>` runs a single loop, for instruction counts under callgrind
//! (`scripts/bench`).

use ffi_runtime::foreign;
use std::ffi::{c_int, c_void};
use std::hint::black_box;
use std::time::Instant;

#[foreign]
unsafe extern "C" {
    #[ffi(unsafe)]
    fn qsort_r(
        base: *mut c_void,
        count: usize,
        size: usize,
        #[callback(data, on_panic = 0)] compare: extern "C" fn(
            a: &i32,
            b: &i32,
            data: *mut c_void,
        ) -> c_int,
        data: *mut c_void,
    );
    #[ffi(raw)]
    #[link_name = "qsort"]
    fn plain_qsort(
        base: *mut c_void,
        count: usize,
        size: usize,
        compare: extern "C" fn(a: &i32, b: &i32) -> c_int,
    );
}

/// The comparator a user writes by hand for `qsort_r`, ignoring its data.
extern "C" fn compare_with_data(a: &i32, b: &i32, _data: *mut c_void) -> c_int {
    a.cmp(b) as c_int
}

extern "C" fn compare(a: &i32, b: &i32) -> c_int {
    a.cmp(b) as c_int
}

const ITEMS: usize = 100_000;

/// The same pseudo-random permutation every time.
fn shuffled() -> Vec<i32> {
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    (0..ITEMS)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            i32::try_from(state % 1_000_000).expect("fits")
        })
        .collect()
}

type Sort = fn(&mut [i32]);

fn generated(items: &mut [i32]) {
    // SAFETY: base, count and size describe `items`.
    unsafe {
        qsort_r(
            items.as_mut_ptr().cast(),
            items.len(),
            size_of::<i32>(),
            |a, b| a.cmp(b) as c_int,
        );
    }
}

fn hand(items: &mut [i32]) {
    // SAFETY: base, count and size describe `items`; the comparator reads two
    // elements and ignores its data.
    unsafe {
        raw::qsort_r(
            items.as_mut_ptr().cast(),
            items.len(),
            size_of::<i32>(),
            compare_with_data,
            std::ptr::null_mut(),
        );
    }
}

fn plain(items: &mut [i32]) {
    // SAFETY: as above.
    unsafe {
        raw::plain_qsort(
            items.as_mut_ptr().cast(),
            items.len(),
            size_of::<i32>(),
            compare,
        );
    }
}

const VARIANTS: [(&str, Sort); 3] = [
    ("closure via trampoline", generated),
    ("hand extern \"C\" fn", hand),
    ("plain qsort", plain),
];

/// Counted once with a counting closure: the same algorithm on the same input
/// makes the same comparisons whatever the comparator is.
fn comparisons() -> usize {
    let mut items = shuffled();
    let mut count = 0;
    // SAFETY: as in `generated`.
    unsafe {
        qsort_r(
            items.as_mut_ptr().cast(),
            items.len(),
            size_of::<i32>(),
            |a, b| {
                count += 1;
                a.cmp(b) as c_int
            },
        );
    }
    count
}

fn run(sort: Sort, sorts: usize) {
    let input = shuffled();
    for _ in 0..sorts {
        let mut items = input.clone();
        sort(black_box(&mut items));
        black_box(&items);
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.get(1).map(String::as_str) == Some("one") {
        let variant: usize = args[2].parse().expect("variant index");
        let sorts: usize = args[3].parse().expect("sorts");
        run(VARIANTS[variant].1, sorts);
        return;
    }
    if args.iter().any(|arg| arg == "--list") {
        return;
    }
    let compared = comparisons();
    println!("qsort_r of {ITEMS} i32s: {compared} comparisons per sort");
    let sorts = 40;
    let mut per_sort = Vec::new();
    for (name, sort) in VARIANTS {
        run(sort, 3); // warm up
        let start = Instant::now();
        run(sort, sorts);
        #[allow(clippy::cast_precision_loss)]
        let seconds = start.elapsed().as_secs_f64() / sorts as f64;
        per_sort.push(seconds);
        #[allow(clippy::cast_precision_loss)]
        let per_comparison = seconds * 1e9 / compared as f64;
        println!(
            "{name:<24} {:>8.3} ms/sort {per_comparison:>7.2} ns/comparison",
            seconds * 1e3
        );
    }
    println!("generated/hand: {:.3}", per_sort[0] / per_sort[1]);
}
