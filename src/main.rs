//! Mounts Rotta into the page. Everything else lives in the library.

fn main() {
    rotta::ui::recovery::install_panic_hook();
    rotta::ui::mount();
}
