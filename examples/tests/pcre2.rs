//! PCRE2 10.42 through `examples::pcre2`: a compile error's code and offset in
//! `Failed<(c_int, usize)>` with PCRE2's own message, matches with their groups,
//! an unset group, no match, and captured groups freed by PCRE2 (valgrind runs
//! the example that does the same).
#![cfg(not(no_libpcre2))]
#![cfg(not(miri))] // Miri cannot call into real C.

use examples::pcre2::{
    PCRE2_ERROR_NOMATCH, PCRE2_ERROR_UNSET, PCRE2_INFO_CAPTURECOUNT, pcre2_compile,
    pcre2_get_error_message, pcre2_get_startchar, pcre2_match,
    pcre2_match_data_create_from_pattern, pcre2_pattern_info, pcre2_substring_get_bynumber,
};

#[test]
fn a_bad_pattern_reports_code_offset_and_message() {
    let failed = pcre2_compile(b"ab(c", 0).unwrap_err();
    assert_eq!(failed.values(), Some(&(114, 4)));
    assert_eq!(failed.function(), "pcre2_compile_8");
    let message = pcre2_get_error_message(114).unwrap();
    assert_eq!(message.to_str().unwrap(), "missing closing parenthesis");
}

#[test]
fn messages_and_an_unknown_code() {
    let message = pcre2_get_error_message(115).unwrap();
    assert_eq!(
        message.to_str().unwrap(),
        "reference to non-existent subpattern"
    );
    let error = pcre2_get_error_message(-100_000).unwrap_err();
    assert_eq!(error.code(), Some(-29), "PCRE2_ERROR_BADDATA");
}

#[test]
fn groups_of_each_match_and_an_unset_group() {
    let code = pcre2_compile(br"(a)(x)?(b)", 0).unwrap();
    assert_eq!(
        pcre2_pattern_info(&code, PCRE2_INFO_CAPTURECOUNT).unwrap(),
        3
    );
    let subject = b"--ab--axb".to_vec();
    let mut match_data = pcre2_match_data_create_from_pattern(&code).unwrap();
    assert_eq!(
        pcre2_match(&code, &subject, 0, 0, &mut match_data).unwrap(),
        4
    );
    assert_eq!(pcre2_get_startchar(&match_data), 2);
    assert_eq!(pcre2_substring_get_bynumber(&match_data, 0).unwrap(), b"ab");
    let unset = pcre2_substring_get_bynumber(&match_data, 2).unwrap_err();
    assert_eq!(unset.code(), Some(PCRE2_ERROR_UNSET));
    assert_eq!(
        pcre2_match(&code, &subject, 4, 0, &mut match_data).unwrap(),
        4
    );
    assert_eq!(pcre2_substring_get_bynumber(&match_data, 2).unwrap(), b"x");
    let none = pcre2_match(&code, &subject, 7, 0, &mut match_data).unwrap_err();
    assert_eq!(none.code(), Some(PCRE2_ERROR_NOMATCH));
}
