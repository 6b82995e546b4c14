//! The committed header is what the exports declare: regenerate it with
//! `FFI_UPDATE_HEADERS=1 cargo test -p export-fixture --test header`.

#[test]
fn committed_header_is_current() {
    let header = ffi_runtime::export::Header::new("FIXTURE_H")
        .module(&export_fixture::api::exported::c_api::MODULE)
        .render();
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/include/fixture.h");
    if let Err(stale) = ffi_runtime::export::check_header(path, &header) {
        panic!("{stale}");
    }
}
