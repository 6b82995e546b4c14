// args: load = ["libz.so.1", "libz.so"], zero
/// Loaded at run time: a table resolved once, the same safe wrappers.
unsafe extern "C" {
    #[ffi(unchecked)]
    fn compressBound(source_len: c_ulong) -> c_ulong;
    #[ffi(optional)]
    fn deflateCopy(dest: &mut Stream, source: &Stream) -> c_int;
}
