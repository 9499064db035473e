//! Tauri's build step, with the app's own commands declared so the capability file can grant exactly them.

include!("shell/command_list.rs");

/// The names of the commands, for the permissions the capability grants.
macro_rules! names_of {
    ($($name:ident),* $(,)?) => {
        &[$(stringify!($name)),*]
    };
}

const COMMANDS: &[&str] = app_commands!(names_of);

fn main() {
    let attributes =
        tauri_build::Attributes::new().app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    if let Err(error) = tauri_build::try_build(attributes) {
        panic!("tauri build step failed: {error:#}");
    }
}
