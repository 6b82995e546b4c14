//! Plain data: what a safe wrapper may hand to C ([`PointerFree`]) and what C
//! may write for Rust to read ([`AnyBitPattern`]).
//!
//! `#[foreign]` proves these at compile time for every type a safe wrapper
//! passes or receives, on the type itself (after the compiler resolved aliases
//! and macros), never on how it is spelled.

/// No raw pointer, reference, `NonNull`, handle or anything else C could follow
/// anywhere inside the type: the bytes of a value are all C gets.
///
/// A safe wrapper hands such a value to C by value, by `&T`, by `&mut T` or in a
/// `&[T]` without the caller promising anything: whatever C does with the bytes,
/// it cannot reach memory through them. A pointer inside (a `char *` field, a
/// handle) would let C follow it to memory whose lifetime and layout nobody
/// checked.
///
/// Implemented for the primitive integers, `f32`, `f64`, `bool`, `char`, `()`,
/// `NonZero` integers (and their `Option`), arrays and slices of pointer-free
/// types, and these libc structs of Linux: `timespec`, `timeval`, `itimerval`,
/// `rlimit`, `rusage`, `stat`, `stat64`, `statvfs`, `utsname`, `pollfd`,
/// `sockaddr`, `sockaddr_in`, `sockaddr_in6`, `sockaddr_un`, `sockaddr_storage`,
/// `in_addr`, `in6_addr`, `winsize`, `termios`, `flock`, `utimbuf`, `sigset_t`,
/// `cpu_set_t`. Every field of each was checked to be an integer, an array of
/// integers or padding; the public ones are checked again at compile time,
/// below. Not `tm` (glibc's `tm_zone` is a `char *` that `strftime` and
/// `mktime` follow), `iovec`, `msghdr`, `dirent` (its length is `d_reclen`, not
/// its size), `passwd`, `sigaction` or `timezone` (opaque in libc).
///
/// Your own `#[repr(C)]` struct gets it through `#[derive(ffi_runtime::PointerFree)]`,
/// which checks every field.
///
/// # Safety
///
/// No bit of a value of the type is a pointer or anything C could use to reach
/// memory (an address, an offset into the process, a handle). For an unsized
/// type, the same holds for every element.
///
/// ```compile_fail,E0277
/// fn passed_to_c<T: ?Sized + ffi_runtime::PointerFree>() {}
/// passed_to_c::<*const u8>();
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` may hold a pointer, and a safe wrapper would hand it to C",
    label = "C could follow a pointer in this type",
    note = "for your own `#[repr(C)]` struct without pointers: `#[derive(ffi_runtime::PointerFree)]`",
    note = "for a handle C borrows: `#[handle(&H)]`; for a C string: `*const c_char`; for an array: `#[slice(len)]`",
    note = "or declare the wrapper `#[ffi(unsafe)]` and take on C's contract yourself"
)]
pub unsafe trait PointerFree {}

/// Every bit pattern of `size_of::<Self>()` bytes is a valid value: whatever C
/// writes, Rust may read it.
///
/// A safe wrapper lets C write such values for Rust to read: out-parameters,
/// `&mut T`, slices and buffers C fills. A `bool`, a `char`, a Rust `enum`, a
/// `NonZero`, a reference or a `NonNull` has values that are invalid in Rust
/// (`2` for a `bool`, NULL for a reference), and reading one C wrote is
/// undefined behavior.
///
/// Implemented for the primitive integers, `f32`, `f64`, arrays of such types,
/// raw pointers to sized types (any address is a valid raw pointer; following
/// it needs `unsafe`), and the libc structs listed for [`PointerFree`] plus
/// `tm` and `iovec` (their pointer fields are raw pointers). Padding bytes are
/// allowed: they are never read as a value.
///
/// Your own `#[repr(C)]` struct gets it through
/// `#[derive(ffi_runtime::AnyBitPattern)]`, which checks every field.
///
/// # Safety
///
/// Any `size_of::<Self>()` initialized bytes (and uninitialized padding) form a
/// valid value of the type.
///
/// ```compile_fail,E0277
/// fn written_by_c<T: ffi_runtime::AnyBitPattern>() {}
/// written_by_c::<bool>();
/// ```
#[diagnostic::on_unimplemented(
    message = "C may write a value of `{Self}` that is not valid in Rust",
    label = "not valid for every bit pattern",
    note = "declare the C type (an integer instead of a Rust enum or `bool`, a raw pointer instead of a handle) and convert after the call",
    note = "for your own `#[repr(C)]` struct: `#[derive(ffi_runtime::AnyBitPattern)]`",
    note = "for an owned handle C writes: `#[out(Handle)]`"
)]
pub unsafe trait AnyBitPattern: Sized + Copy {}

macro_rules! both {
    ($($ty:ty),* $(,)?) => {$(
        // SAFETY: a primitive number (or a libc struct whose fields were all
        // checked, see the guards below): bytes only, and every pattern valid.
        unsafe impl PointerFree for $ty {}
        // SAFETY: as above.
        unsafe impl AnyBitPattern for $ty {}
    )*};
}

both!(
    i8,
    i16,
    i32,
    i64,
    i128,
    isize,
    u8,
    u16,
    u32,
    u64,
    u128,
    usize,
    f32,
    f64,
    ()
);

macro_rules! pointer_free {
    ($($ty:ty),* $(,)?) => {$(
        // SAFETY: a value type without any pointer inside.
        unsafe impl PointerFree for $ty {}
    )*};
}

pointer_free!(bool, char);

macro_rules! non_zero {
    ($($ty:ty),*) => {$(
        // SAFETY: a non-zero integer: bytes only.
        unsafe impl PointerFree for core::num::NonZero<$ty> {}
        // SAFETY: an integer, or zero for `None`: bytes only.
        unsafe impl PointerFree for Option<core::num::NonZero<$ty>> {}
    )*};
}

non_zero!(
    i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize
);

/// Safe function pointers with a C ABI that does not unwind: C may call them, with
/// the arguments their types declare, and a panic in them aborts instead of
/// unwinding through C. Each argument must be valid whatever C passes
/// (`ReturnedByC`: no Rust enum), and the result must carry no pointer C would
/// follow (`PointerFree`: a safe function returning a dangling `*const c_char`
/// must not reach C). They carry no data C could follow (a pointer written out
/// in a declaration is accepted by the macro without this; these impls serve
/// aliases such as `pub type cb = Option<extern "C" fn(..)>`).
/// `extern "C-unwind"` is deliberately left out, and so is `unsafe extern "C" fn`:
/// safe code can name any unsafe function (`libc::free`), whose preconditions its
/// type does not state, and C calling it as the type says would break them.
/// Higher-ranked pointers
/// (`for<'a> extern "C" fn(&'a T)`) have no impl: declare them written out.
macro_rules! c_functions {
    ($($arg:ident)*) => {
        // SAFETY: a code address; what C passes when it calls it is the
        // function's own contract, declared by its type.
        unsafe impl<R: PointerFree, $($arg: crate::__private::ReturnedByC),*> PointerFree for extern "C" fn($($arg),*) -> R {}
        // SAFETY: as above, or NULL.
        unsafe impl<R: PointerFree, $($arg: crate::__private::ReturnedByC),*> PointerFree for Option<extern "C" fn($($arg),*) -> R> {}
    };
}

c_functions!();
c_functions!(A);
c_functions!(A B);
c_functions!(A B C);
c_functions!(A B C D);
c_functions!(A B C D E);
c_functions!(A B C D E F);
c_functions!(A B C D E F G);
c_functions!(A B C D E F G H);
c_functions!(A B C D E F G H I);
c_functions!(A B C D E F G H I J);
c_functions!(A B C D E F G H I J K);
c_functions!(A B C D E F G H I J K L);

// SAFETY: the elements are pointer-free, and an array is nothing but them.
unsafe impl<T: PointerFree, const N: usize> PointerFree for [T; N] {}
// SAFETY: as for arrays: a slice value is its elements.
unsafe impl<T: PointerFree> PointerFree for [T] {}
// SAFETY: an array has no padding between elements, each valid for every
// pattern.
unsafe impl<T: AnyBitPattern, const N: usize> AnyBitPattern for [T; N] {}
// SAFETY: a thin raw pointer has no validity invariant beyond being
// initialized: any address is a valid `*const T`/`*mut T` (dereferencing it is
// what needs `unsafe`). `T: Sized` excludes fat pointers, whose metadata (a
// vtable) is not valid for every pattern.
unsafe impl<T> AnyBitPattern for *const T {}
// SAFETY: as for `*const T`.
unsafe impl<T> AnyBitPattern for *mut T {}

/// libc structs of Linux. Each was read in the libc crate's source for this
/// target: every field an integer, an array of integers, another struct of this
/// list, or libc's private `Padding<T>` (a `MaybeUninit` of an integer type).
#[cfg(target_os = "linux")]
mod libc_impls {
    use super::{AnyBitPattern, PointerFree};

    both!(
        libc::timespec,
        libc::timeval,
        libc::itimerval,
        libc::rlimit,
        libc::rusage,
        libc::stat,
        libc::stat64,
        libc::statvfs,
        libc::utsname,
        libc::pollfd,
        libc::sockaddr,
        libc::sockaddr_in,
        libc::sockaddr_in6,
        libc::sockaddr_un,
        libc::sockaddr_storage,
        libc::in_addr,
        libc::in6_addr,
        libc::winsize,
        libc::termios,
        libc::flock,
        libc::utimbuf,
        libc::sigset_t,
        libc::cpu_set_t,
    );

    // SAFETY: every field is an integer (`c_int`, `c_long`) but `tm_zone`, a
    // raw `*const c_char`: any pattern is a valid raw pointer. Not
    // `PointerFree`: C follows `tm_zone`.
    unsafe impl AnyBitPattern for libc::tm {}
    // SAFETY: `iov_base` is a raw `*mut c_void`, `iov_len` a `size_t`. Not
    // `PointerFree`: C follows `iov_base`.
    unsafe impl AnyBitPattern for libc::iovec {}

    /// Both traits, for a field's type.
    const fn plain<T: PointerFree + AnyBitPattern>(_: &T) {}
    /// `AnyBitPattern` only, for a field's type.
    const fn any<T: AnyBitPattern>(_: &T) {}

    /// A compile-time guard: the pattern names the struct's public fields, and
    /// each field's type must have the traits its check names. A pattern
    /// without `..` stops compiling when libc adds a field. `..` stands for
    /// libc's private fields where a struct has them: `Padding<T>` (a
    /// `MaybeUninit` of integers) and the integer arrays of `sigset_t` and
    /// `cpu_set_t`, checked by reading.
    macro_rules! fields {
        ($ty:path { $($field:ident: $check:ident),* $(,)? }) => {
            const _: () = {
                #[allow(dead_code)]
                const fn guard(value: &$ty) {
                    let $ty { $($field),* } = value;
                    $($check($field);)*
                }
            };
        };
        ($ty:path { $($field:ident: $check:ident,)* .. }) => {
            const _: () = {
                #[allow(dead_code)]
                const fn guard(value: &$ty) {
                    let $ty { $($field,)* .. } = value;
                    $($check($field);)*
                }
            };
        };
    }

    // `tv_nsec` is followed by private padding on 32-bit targets with 64-bit time.
    fields!(libc::timespec {
        tv_sec: plain,
        tv_nsec: plain,
        ..
    });
    fields!(libc::timeval {
        tv_sec: plain,
        tv_usec: plain
    });
    fields!(libc::itimerval {
        it_interval: plain,
        it_value: plain
    });
    fields!(libc::rlimit {
        rlim_cur: plain,
        rlim_max: plain
    });
    // Private padding between the fields on x32.
    fields!(libc::rusage {
        ru_utime: plain,
        ru_stime: plain,
        ru_maxrss: plain,
        ru_ixrss: plain,
        ru_idrss: plain,
        ru_isrss: plain,
        ru_minflt: plain,
        ru_majflt: plain,
        ru_nswap: plain,
        ru_inblock: plain,
        ru_oublock: plain,
        ru_msgsnd: plain,
        ru_msgrcv: plain,
        ru_nsignals: plain,
        ru_nvcsw: plain,
        ru_nivcsw: plain,
        ..
    });
    fields!(libc::stat {
        st_dev: plain,
        st_ino: plain,
        st_nlink: plain,
        st_mode: plain,
        st_uid: plain,
        st_gid: plain,
        st_rdev: plain,
        st_size: plain,
        st_blksize: plain,
        st_blocks: plain,
        st_atime: plain,
        st_atime_nsec: plain,
        st_mtime: plain,
        st_mtime_nsec: plain,
        st_ctime: plain,
        st_ctime_nsec: plain,
        ..
    });
    fields!(libc::stat64 {
        st_dev: plain,
        st_ino: plain,
        st_nlink: plain,
        st_mode: plain,
        st_uid: plain,
        st_gid: plain,
        st_rdev: plain,
        st_size: plain,
        st_blksize: plain,
        st_blocks: plain,
        st_atime: plain,
        st_atime_nsec: plain,
        st_mtime: plain,
        st_mtime_nsec: plain,
        st_ctime: plain,
        st_ctime_nsec: plain,
        ..
    });
    fields!(libc::statvfs {
        f_bsize: plain,
        f_frsize: plain,
        f_blocks: plain,
        f_bfree: plain,
        f_bavail: plain,
        f_files: plain,
        f_ffree: plain,
        f_favail: plain,
        f_fsid: plain,
        f_flag: plain,
        f_namemax: plain,
        f_type: plain,
        ..
    });
    fields!(libc::utsname {
        sysname: plain,
        nodename: plain,
        release: plain,
        version: plain,
        machine: plain,
        domainname: plain,
    });
    fields!(libc::pollfd {
        fd: plain,
        events: plain,
        revents: plain
    });
    fields!(libc::sockaddr {
        sa_family: plain,
        sa_data: plain
    });
    fields!(libc::sockaddr_in {
        sin_family: plain,
        sin_port: plain,
        sin_addr: plain,
        sin_zero: plain,
    });
    fields!(libc::sockaddr_in6 {
        sin6_family: plain,
        sin6_port: plain,
        sin6_flowinfo: plain,
        sin6_addr: plain,
        sin6_scope_id: plain,
    });
    fields!(libc::sockaddr_un {
        sun_family: plain,
        sun_path: plain
    });
    fields!(libc::sockaddr_storage {
        ss_family: plain,
        ..
    });
    fields!(libc::in_addr { s_addr: plain });
    fields!(libc::in6_addr { s6_addr: plain });
    fields!(libc::winsize {
        ws_row: plain,
        ws_col: plain,
        ws_xpixel: plain,
        ws_ypixel: plain,
    });
    fields!(libc::termios {
        c_iflag: plain,
        c_oflag: plain,
        c_cflag: plain,
        c_lflag: plain,
        c_line: plain,
        c_cc: plain,
        c_ispeed: plain,
        c_ospeed: plain,
    });
    fields!(libc::flock {
        l_type: plain,
        l_whence: plain,
        l_start: plain,
        l_len: plain,
        l_pid: plain,
    });
    fields!(libc::utimbuf {
        actime: plain,
        modtime: plain
    });
    fields!(libc::sigset_t { .. });
    fields!(libc::cpu_set_t { .. });
    fields!(libc::tm {
        tm_sec: plain,
        tm_min: plain,
        tm_hour: plain,
        tm_mday: plain,
        tm_mon: plain,
        tm_year: plain,
        tm_wday: plain,
        tm_yday: plain,
        tm_isdst: plain,
        tm_gmtoff: plain,
        tm_zone: any,
    });
    fields!(libc::iovec {
        iov_base: any,
        iov_len: plain
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pointer_free<T: ?Sized + PointerFree>() {}
    fn any_bit_pattern<T: AnyBitPattern>() {}

    #[test]
    fn implemented() {
        pointer_free::<[u8]>();
        pointer_free::<[[libc::pollfd; 2]]>();
        pointer_free::<Option<core::num::NonZero<u32>>>();
        pointer_free::<libc::stat>();
        any_bit_pattern::<*mut libc::c_void>();
        any_bit_pattern::<[*const u8; 3]>();
        any_bit_pattern::<libc::tm>();
        any_bit_pattern::<libc::iovec>();
    }
}
