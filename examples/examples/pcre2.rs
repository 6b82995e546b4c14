//! PCRE2: compile patterns, report a bad pattern's message and offset, and print
//! every match of a pattern in a text with its groups.
//!
//! Run: `cargo run -p examples --example pcre2`

/// Built without PCRE2 (its `-dev` package is missing): says so.
#[cfg(no_libpcre2)]
fn main() {
    println!("pcre2 example skipped: libpcre2-8 not found (install libpcre2-dev)");
}

#[cfg(not(no_libpcre2))]
fn main() -> Result<(), ffi_runtime::Error> {
    run::main()
}

#[cfg(not(no_libpcre2))]
mod run {
    use examples::pcre2::{
        Code, PCRE2_ERROR_NOMATCH, PCRE2_ERROR_UNSET, PCRE2_INFO_CAPTURECOUNT, pcre2_compile,
        pcre2_get_error_message, pcre2_get_startchar, pcre2_match,
        pcre2_match_data_create_from_pattern, pcre2_pattern_info, pcre2_substring_get_bynumber,
        pcre2_substring_length_bynumber,
    };
    use ffi_runtime::Error;

    pub fn main() -> Result<(), Error> {
        // A bad pattern: PCRE2's code, offset and message.
        for pattern in ["(unclosed", "a{2,1}", "[z-a]"] {
            match pcre2_compile(pattern.as_bytes(), 0) {
                Ok(_) => println!("{pattern:?}: compiled?"),
                Err(failed) => {
                    let (code, offset) = failed.values().copied().unwrap_or_default();
                    let message = pcre2_get_error_message(code)?;
                    println!(
                        "{pattern:?}: error {code} at offset {offset}: {}",
                        message.to_string_lossy()
                    );
                }
            }
        }

        let text = "Dates: 2024-01-15, 1999-12-31 and 2026-11-25; not 99-1-1.";
        let code = pcre2_compile(br"(\d{4})-(\d{2})-(\d{2})(T\d\d)?", 0)?;
        println!("all matches in {text:?}:");
        for (start, groups) in matches(&code, text.as_bytes())? {
            println!("  at {start}: {groups:?}");
        }
        Ok(())
    }

    /// A match: where it starts, and each group's text (`None` for a group that
    /// took no part).
    type Match = (usize, Vec<Option<String>>);

    /// Every match of `code` in `subject`.
    fn matches(code: &Code, subject: &[u8]) -> Result<Vec<Match>, Error> {
        let groups = pcre2_pattern_info(code, PCRE2_INFO_CAPTURECOUNT)?;
        let mut match_data = pcre2_match_data_create_from_pattern(code)?;
        let mut found = Vec::new();
        let mut from = 0;
        while from <= subject.len() {
            match pcre2_match(code, subject, from, 0, &mut match_data) {
                Ok(_) => {}
                Err(error) if error.code() == Some(PCRE2_ERROR_NOMATCH) => break,
                Err(error) => return Err(error),
            }
            let start = pcre2_get_startchar(&match_data);
            let length = pcre2_substring_length_bynumber(&match_data, 0)?;
            let mut texts = Vec::new();
            for group in 0..=groups {
                match pcre2_substring_get_bynumber(&match_data, group) {
                    Ok(bytes) => texts.push(Some(String::from_utf8_lossy(&bytes).into_owned())),
                    Err(error) if error.code() == Some(PCRE2_ERROR_UNSET) => texts.push(None),
                    Err(error) => return Err(error),
                }
            }
            found.push((start, texts));
            // An empty match moves on by one, so that the search ends.
            from = start + length.max(1);
        }
        Ok(found)
    }
}
