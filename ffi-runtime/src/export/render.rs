//! The C header text of `#[export]` modules, and the check that a committed
//! header is current.

use std::fmt::Write as _;
use std::path::Path;

use super::call::{ERROR, INVALID_ARGUMENT, INVALID_RESULT, OK, PANIC};
use super::header::{Constant, Function, Item, Module, OpaqueType, Struct};
use super::types::{Base, Decl};

/// A C header for one or more `#[export]` modules.
///
/// ```
/// # mod api { pub mod c_api { pub const MODULE: ffi_runtime::export::Module =
/// #     ffi_runtime::export::Module { prefix: "tok_", items: &[] }; } }
/// let text = ffi_runtime::export::Header::new("TOKENIZER_H")
///     .module(&api::c_api::MODULE)
///     .render();
/// assert!(text.starts_with("/*"));
/// assert!(text.contains("#define TOK_PANIC (-1)"));
/// ```
#[derive(Debug)]
#[must_use]
pub struct Header {
    guard: String,
    modules: Vec<&'static Module>,
}

impl Header {
    /// A header whose include guard is `guard` (`TOKENIZER_H`).
    pub fn new(guard: &str) -> Self {
        Self {
            guard: guard.to_owned(),
            modules: Vec::new(),
        }
    }

    /// Adds a module's declarations (`your_module::c_api::MODULE`).
    pub fn module(mut self, module: &'static Module) -> Self {
        self.modules.push(module);
        self
    }

    /// The header's text.
    #[must_use]
    pub fn render(&self) -> String {
        let mut out = String::new();
        let guard = &self.guard;
        out.push_str(
            "/* Generated from the Rust code's #[export] modules by ffi-runtime: do not edit.\n \
             * Layout checks hold for the target the header was generated on. */\n",
        );
        let _ = write!(out, "#ifndef {guard}\n#define {guard}\n\n");
        out.push_str("#include <stdbool.h>\n#include <stddef.h>\n#include <stdint.h>\n\n");
        out.push_str("#ifdef __cplusplus\nextern \"C\" {\n#endif\n");
        for module in &self.modules {
            render_module(&mut out, module);
        }
        out.push_str("\n#ifdef __cplusplus\n}\n#endif\n");
        render_layout_checks(&mut out, &self.modules);
        let _ = writeln!(out, "\n#endif /* {guard} */");
        out
    }
}

fn render_module(out: &mut String, module: &Module) {
    let upper = module.prefix.to_uppercase();
    let _ = write!(
        out,
        "\n/* Arguments: every pointer is valid for what its type and length say, for\n \
         * the whole call: arrays and values initialized; a non-const pointer used\n \
         * by no other call at the same time; a handle not used after its _free.\n \
         * Strings and bytes returned are given back, as returned, to {prefix}string_free\n \
         * and {prefix}bytes_free (they may be written to before). */\n",
        prefix = module.prefix,
    );
    let _ = write!(
        out,
        "\n/* Status codes: every function returning int32_t answers one, and the\n \
         * thread's {prefix}last_error_code()/{prefix}last_error_message() keep it\n \
         * until the next call on that thread (not into its exit: thread-local and\n \
         * key destructors cannot read it). Positive codes are the function's errors. */\n\
         #define {upper}OK {OK}\n#define {upper}ERROR {ERROR}\n#define {upper}PANIC ({PANIC})\n\
         #define {upper}INVALID_ARGUMENT ({INVALID_ARGUMENT})\n#define {upper}INVALID_RESULT ({INVALID_RESULT})\n",
        prefix = module.prefix,
    );
    let _ = write!(
        out,
        "\n/** Bytes returned by Rust; give them back with {prefix}bytes_free. */\n\
         typedef struct {prefix}bytes {{\n    uint8_t *data;\n    size_t len;\n}} {prefix}bytes;\n",
        prefix = module.prefix,
    );
    for item in module.items {
        out.push('\n');
        match item {
            Item::Constant(constant) => render_constant(out, constant),
            Item::Struct(definition) => render_struct(out, module.prefix, definition),
            Item::Opaque(opaque) => render_opaque(out, opaque),
            Item::Function(function) => render_function(out, module.prefix, function),
        }
    }
}

fn render_doc(out: &mut String, doc: &str, notes: &[&str]) {
    let lines: Vec<&str> = doc.lines().chain(notes.iter().copied()).collect();
    if lines.is_empty() {
        return;
    }
    out.push_str("/**");
    for (index, line) in lines.iter().enumerate() {
        let line = line
            .replace("*/", "* /")
            .replace("/*", "/ *")
            .replace("??", "? ?");
        let separator = if index == 0 { " " } else { "\n * " };
        out.push_str(if line.is_empty() && index > 0 {
            "\n *"
        } else {
            separator
        });
        out.push_str(&line);
    }
    out.push_str(if lines.len() > 1 { "\n */\n" } else { " */\n" });
}

fn render_constant(out: &mut String, constant: &Constant) {
    render_doc(out, constant.doc, &[]);
    let value = (constant.value)();
    let value = if value.starts_with('-') {
        format!("({value})")
    } else {
        value
    };
    let _ = writeln!(out, "#define {} {value}", constant.name);
}

fn render_struct(out: &mut String, prefix: &str, definition: &Struct) {
    render_doc(out, definition.doc, &[]);
    let _ = writeln!(out, "typedef struct {} {{", definition.name);
    for field in definition.fields {
        let _ = writeln!(
            out,
            "    {};",
            declare(prefix, field.decl, &c_name(field.name))
        );
    }
    let _ = writeln!(out, "}} {};", definition.name);
}

fn render_opaque(out: &mut String, opaque: &OpaqueType) {
    let name = opaque.name;
    let sync = format!(
        "Not thread-safe: one {name} must not be used by two threads at once, \
         not even through const pointers."
    );
    let send = format!("Bound to its thread: use and free a {name} on the thread that created it.");
    let mut notes = Vec::new();
    if !(opaque.is_sync)() {
        notes.push(sync.as_str());
    }
    if !(opaque.is_send)() {
        notes.push(send.as_str());
    }
    render_doc(out, opaque.doc, &notes);
    let _ = writeln!(out, "typedef struct {name} {name};");
}

fn render_function(out: &mut String, prefix: &str, function: &Function) {
    render_doc(out, function.doc, &[]);
    let params = if function.params.is_empty() {
        "void".to_owned()
    } else {
        let params: Vec<String> = function
            .params
            .iter()
            .zip(unique_names(function.params.iter().map(|param| param.name)))
            .map(|(param, name)| declare(prefix, param.decl, &name))
            .collect();
        params.join(", ")
    };
    let returns = declare(prefix, function.returns, "");
    let separator = if returns.ends_with('*') { "" } else { " " };
    let _ = writeln!(out, "{returns}{separator}{}({params});", function.name);
}

/// `const char *name`, `int32_t name`, `tok_t **name`.
fn declare(prefix: &str, decl: Decl, name: &str) -> String {
    let base = match decl.base {
        Base::Named(base) => base.to_owned(),
        Base::Prefixed(base) => format!("{prefix}{base}"),
    };
    let qualifier = if decl.base_const { "const " } else { "" };
    let stars = "*".repeat(usize::from(decl.depth));
    match (decl.depth, name.is_empty()) {
        (0, true) => format!("{qualifier}{base}"),
        (0, false) => format!("{qualifier}{base} {name}"),
        (_, _) => format!("{qualifier}{base} {stars}{name}"),
    }
}

/// The C names of a list of parameters or fields: each [`c_name`], with more
/// `_` where a renamed one meets another (`new` and `new_`).
fn unique_names<'a>(names: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut taken: Vec<String> = Vec::new();
    let names: Vec<&str> = names.collect();
    for name in &names {
        let mut chosen = c_name(name);
        while taken.contains(&chosen) || (chosen != *name && names.contains(&chosen.as_str())) {
            chosen.push('_');
        }
        taken.push(chosen);
    }
    taken
}

/// A Rust name that is a C or C++ keyword gets a `_` (`new_`, `class_`).
fn c_name(name: &str) -> String {
    const RESERVED: &[&str] = &[
        "auto",
        "bool",
        "case",
        "char",
        "class",
        "const",
        "default",
        "delete",
        "do",
        "double",
        "explicit",
        "export",
        "extern",
        "float",
        "friend",
        "goto",
        "inline",
        "int",
        "long",
        "namespace",
        "new",
        "operator",
        "private",
        "protected",
        "public",
        "register",
        "restrict",
        "short",
        "signed",
        "sizeof",
        "static",
        "switch",
        "template",
        "this",
        "throw",
        "try",
        "typedef",
        "typename",
        "union",
        "unsigned",
        "virtual",
        "void",
        "volatile",
        "while",
    ];
    if RESERVED.contains(&name) {
        format!("{name}_")
    } else {
        name.to_owned()
    }
}

fn render_layout_checks(out: &mut String, modules: &[&'static Module]) {
    let structs: Vec<&Struct> = modules
        .iter()
        .flat_map(|module| module.items)
        .filter_map(|item| match item {
            Item::Struct(definition) => Some(definition),
            _ => None,
        })
        .collect();
    let bytes: Vec<String> = modules
        .iter()
        .map(|module| format!("{}bytes", module.prefix))
        .collect();
    out.push_str("\n/* Layout checks: sizes, alignments and offsets as Rust computed them. */\n");
    let forms = [
        ("#if defined(__cplusplus)", Form::Cpp),
        (
            "#elif defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L",
            Form::C11,
        ),
        ("#else", Form::C99),
    ];
    for (directive, form) in forms {
        out.push_str(directive);
        out.push('\n');
        for name in &bytes {
            let (size, align) = (size_of::<super::Bytes>(), align_of::<super::Bytes>());
            check_layout(
                out,
                form,
                name,
                size,
                align,
                &[("data", 0), ("len", size_of::<usize>())],
            );
        }
        for definition in &structs {
            let fields: Vec<(String, usize)> = definition
                .fields
                .iter()
                .map(|field| (c_name(field.name), field.offset))
                .collect();
            let fields: Vec<(&str, usize)> = fields
                .iter()
                .map(|(name, offset)| (name.as_str(), *offset))
                .collect();
            check_layout(
                out,
                form,
                definition.name,
                definition.size,
                definition.align,
                &fields,
            );
        }
    }
    out.push_str("#endif\n");
}

#[derive(Clone, Copy)]
enum Form {
    Cpp,
    C11,
    C99,
}

fn check_layout(
    out: &mut String,
    form: Form,
    name: &str,
    size: usize,
    align: usize,
    fields: &[(&str, usize)],
) {
    let mut checks = vec![
        (
            format!("sizeof({name}) == {size}"),
            "size",
            "size".to_owned(),
        ),
        (String::new(), "align", "alignment".to_owned()),
    ];
    for (field, offset) in fields {
        checks.push((
            format!("offsetof({name}, {field}) == {offset}"),
            "offset",
            format!("offset of {field}"),
        ));
    }
    match form {
        Form::Cpp | Form::C11 => {
            let (assert, alignof) = match form {
                Form::Cpp => ("static_assert", "alignof"),
                _ => ("_Static_assert", "_Alignof"),
            };
            checks[1].0 = format!("{alignof}({name}) == {align}");
            for (condition, _, what) in &checks {
                let _ = writeln!(
                    out,
                    "{assert}({condition}, \"{name}: {what} differs from Rust's\");"
                );
            }
        }
        Form::C99 => {
            let _ = writeln!(
                out,
                "typedef struct {{ char c; {name} t; }} {name}_align_probe_;"
            );
            checks[1].0 = format!("offsetof({name}_align_probe_, t) == {align}");
            for (index, (condition, kind, _)) in checks.iter().enumerate() {
                let _ = writeln!(
                    out,
                    "typedef char {name}_{kind}_check_{index}_[({condition}) ? 1 : -1];"
                );
            }
        }
    }
}

/// Compares the header at `path` with `rendered`; with the environment
/// variable `FFI_UPDATE_HEADERS=1`, writes it instead.
///
/// # Errors
///
/// The header is missing or stale (the first differing line and how to
/// regenerate it), or cannot be written.
pub fn check_header(path: impl AsRef<Path>, rendered: &str) -> Result<(), String> {
    let path = path.as_ref();
    if std::env::var_os("FFI_UPDATE_HEADERS").is_some_and(|value| value == "1") {
        return std::fs::write(path, rendered)
            .map_err(|error| format!("{}: {error}", path.display()));
    }
    let committed = std::fs::read_to_string(path).unwrap_or_default();
    if committed == rendered {
        return Ok(());
    }
    let line = committed
        .lines()
        .zip(rendered.lines())
        .position(|(old, new)| old != new)
        .unwrap_or_else(|| committed.lines().count().min(rendered.lines().count()));
    Err(format!(
        "{} is stale: it differs from what the exports declare at line {}:\n  committed: {}\n  exported:  {}\n\
         regenerate it with FFI_UPDATE_HEADERS=1 and the same test command",
        path.display(),
        line + 1,
        committed.lines().nth(line).unwrap_or("(end of file)"),
        rendered.lines().nth(line).unwrap_or("(end of file)"),
    ))
}
