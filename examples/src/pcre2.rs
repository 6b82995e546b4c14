//! PCRE2 10.42 (the 8-bit library) through `#[foreign]`: compiled patterns and
//! match data as owned handles, the match data keeping the subject it points
//! into (`held_by`), a compile error's code and offset carried in the error
//! (`#[out(on_failure)]`), its message through a growing buffer, and captured
//! groups copied out and freed by PCRE2 (`#[out_slice(.., free = ..)]`).

#![allow(non_camel_case_types)] // the C names, as pcre2.h spells them

use ffi_runtime::{Owned, foreign};
use std::ffi::c_int;
use std::marker::PhantomData;
use std::ptr::NonNull;

/// `pcre2_code_8`: opaque.
#[repr(C)]
pub struct pcre2_code {
    _opaque: [u8; 0],
}

/// `pcre2_match_data_8`: opaque.
#[repr(C)]
pub struct pcre2_match_data {
    _opaque: [u8; 0],
}

/// `pcre2_compile_context_8`, `pcre2_general_context_8`,
/// `pcre2_match_context_8`: opaque, never made here (always NULL).
#[repr(C)]
pub struct pcre2_context {
    _opaque: [u8; 0],
}

/// `PCRE2_ERROR_NOMATCH`: `pcre2_match` found nothing.
pub const PCRE2_ERROR_NOMATCH: i64 = -1;
/// `PCRE2_ERROR_UNSET`: a group that took no part in the match.
pub const PCRE2_ERROR_UNSET: i64 = -55;
/// `PCRE2_INFO_CAPTURECOUNT`: `pcre2_pattern_info` writes a `uint32_t`.
pub const PCRE2_INFO_CAPTURECOUNT: u32 = 4;

/// A compiled pattern.
#[derive(Owned)]
#[owned(drop = raw::pcre2_code_free)]
#[repr(transparent)]
pub struct Code(NonNull<pcre2_code>);

/// The result of a match: it points into the subject it was matched against,
/// for `'s`.
#[derive(Owned)]
#[owned(drop = raw::pcre2_match_data_free, exclusive)]
#[repr(transparent)]
pub struct MatchData<'s>(NonNull<pcre2_match_data>, PhantomData<&'s [u8]>);

#[foreign(lib = "pcre2-8", zero)]
unsafe extern "C" {
    /// `Err` carries PCRE2's error code and the offset in the pattern.
    #[ffi(nonnull, owned = Code)]
    #[link_name = "pcre2_compile_8"]
    pub fn pcre2_compile(
        #[slice(length)] pattern: *const u8,
        length: usize,
        options: u32,
        #[out(on_failure)] errorcode: *mut c_int,
        #[out(on_failure)] erroroffset: *mut usize,
        #[null] ccontext: *mut pcre2_context,
    ) -> *mut pcre2_code;
    #[ffi(raw)]
    #[link_name = "pcre2_code_free_8"]
    pub fn pcre2_code_free(code: *mut pcre2_code);

    /// The text of an error code, in a buffer that grows while PCRE2 says
    /// it is too small (`PCRE2_ERROR_NOMEMORY`).
    #[ffi(neg_code)]
    #[link_name = "pcre2_get_error_message_8"]
    pub fn pcre2_get_error_message(
        errorcode: c_int,
        #[buffer(bufflen, initial = 16, grow_on_code = -48)] buffer: *mut u8,
        bufflen: usize,
    ) -> c_int;

    /// Writes the number of capturing groups.
    #[link_name = "pcre2_pattern_info_8"]
    pub fn pcre2_pattern_info(
        #[handle(&Code)] code: *const pcre2_code,
        what: u32,
        #[out] count: *mut u32,
    ) -> c_int;

    #[ffi(nonnull, owned = MatchData<'static>)]
    #[link_name = "pcre2_match_data_create_from_pattern_8"]
    pub fn pcre2_match_data_create_from_pattern(
        #[handle(&Code)] code: *const pcre2_code,
        #[null] gcontext: *mut pcre2_context,
    ) -> *mut pcre2_match_data;
    #[ffi(raw)]
    #[link_name = "pcre2_match_data_free_8"]
    pub fn pcre2_match_data_free(match_data: *mut pcre2_match_data);

    /// The number of pairs set, or `Err` with `PCRE2_ERROR_NOMATCH`. The match
    /// data keeps pointing into `subject`.
    #[ffi(neg_code)]
    #[link_name = "pcre2_match_8"]
    pub fn pcre2_match(
        #[handle(&Code)] code: *const pcre2_code,
        #[slice(length, held_by = match_data)] subject: *const u8,
        length: usize,
        startoffset: usize,
        options: u32,
        #[handle(&mut MatchData<'s>)] match_data: *mut pcre2_match_data,
        #[null] mcontext: *mut pcre2_context,
    ) -> c_int;

    /// Where the last match started, in the subject.
    #[ffi(unchecked)]
    #[link_name = "pcre2_get_startchar_8"]
    pub fn pcre2_get_startchar(
        #[handle(&MatchData<'s>)] match_data: *mut pcre2_match_data,
    ) -> usize;
    #[link_name = "pcre2_substring_length_bynumber_8"]
    pub fn pcre2_substring_length_bynumber(
        #[handle(&MatchData<'s>)] match_data: *mut pcre2_match_data,
        number: u32,
        #[out] length: *mut usize,
    ) -> c_int;
    /// A copy of group `number`, which PCRE2 allocated and frees.
    #[link_name = "pcre2_substring_get_bynumber_8"]
    pub fn pcre2_substring_get_bynumber(
        #[handle(&MatchData<'s>)] match_data: *mut pcre2_match_data,
        number: u32,
        #[out_slice(bufflen, free = pcre2_substring_free)] bufferptr: *mut *mut u8,
        bufflen: *mut usize,
    ) -> c_int;
    #[ffi(raw)]
    #[link_name = "pcre2_substring_free_8"]
    pub fn pcre2_substring_free(buffer: *mut u8);
}
