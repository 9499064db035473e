//! The desktop around the window, as a user's session sees it: which process runs the app for a data
//! folder, whether its window is on screen, and the close button (the `WM_DELETE_WINDOW` message a window
//! manager sends when the user clicks it). Read over the X server with x11rb, the library arboard uses.

use std::path::Path;

use x11rb::connection::Connection;
use x11rb::protocol::xproto::{
    AtomEnum, ClientMessageEvent, ConnectionExt, EventMask, MapState, Window, CLIENT_MESSAGE_EVENT,
};
use x11rb::rust_connection::RustConnection;

/// The ids of the `giftdesk` processes running with `data_dir` as their data folder.
pub fn app_processes(data_dir: &Path) -> Vec<u32> {
    let wanted = format!("GIFTDESK_DATA_DIR={}", data_dir.display());
    std::fs::read_dir("/proc")
        .unwrap()
        .flatten()
        .filter_map(|entry| entry.file_name().to_str()?.parse::<u32>().ok())
        .filter(|pid| {
            let exe = std::fs::read_link(format!("/proc/{pid}/exe")).unwrap_or_default();
            let environ = std::fs::read(format!("/proc/{pid}/environ")).unwrap_or_default();
            exe.file_name().is_some_and(|name| name == "giftdesk")
                && environ.split(|b| *b == 0).any(|variable| variable == wanted.as_bytes())
        })
        .collect()
}

pub struct Desktop {
    connection: RustConnection,
    root: Window,
}

impl std::fmt::Debug for Desktop {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Desktop").field("root", &self.root).finish_non_exhaustive()
    }
}

impl Desktop {
    pub fn connect() -> Self {
        let (connection, screen) = x11rb::connect(None).expect("the session's X server");
        let root = connection.setup().roots[screen].root;
        Self { connection, root }
    }

    fn atom(&self, name: &str) -> u32 {
        self.connection.intern_atom(false, name.as_bytes()).unwrap().reply().unwrap().atom
    }

    /// The app's main window: the top-level window of process `pid` titled "Giftdesk".
    pub fn window_of(&self, pid: u32) -> Option<Window> {
        let pid_atom = self.atom("_NET_WM_PID");
        let tree = self.connection.query_tree(self.root).unwrap().reply().unwrap();
        tree.children.into_iter().find(|&window| {
            let owner = self
                .connection
                .get_property(false, window, pid_atom, AtomEnum::CARDINAL, 0, 1)
                .ok()
                .and_then(|cookie| cookie.reply().ok())
                .and_then(|reply| reply.value32().and_then(|mut values| values.next()));
            let title = self
                .connection
                .get_property(false, window, AtomEnum::WM_NAME, AtomEnum::ANY, 0, 64)
                .ok()
                .and_then(|cookie| cookie.reply().ok())
                .map(|reply| reply.value);
            owner == Some(pid) && title.as_deref() == Some(b"Giftdesk".as_slice())
        })
    }

    pub fn is_shown(&self, window: Window) -> bool {
        let attributes = self.connection.get_window_attributes(window).unwrap().reply().unwrap();
        attributes.map_state == MapState::VIEWABLE
    }

    /// What a window manager sends when the user clicks the window's close button.
    pub fn click_close(&self, window: Window) {
        let (protocols, delete) = (self.atom("WM_PROTOCOLS"), self.atom("WM_DELETE_WINDOW"));
        let message = ClientMessageEvent {
            response_type: CLIENT_MESSAGE_EVENT,
            format: 32,
            sequence: 0,
            window,
            type_: protocols,
            data: [delete, x11rb::CURRENT_TIME, 0, 0, 0].into(),
        };
        self.connection.send_event(false, window, EventMask::NO_EVENT, message).unwrap();
        self.connection.flush().unwrap();
    }
}

impl Desktop {
    fn title(&self, window: Window) -> Vec<u8> {
        self.connection
            .get_property(false, window, AtomEnum::WM_NAME, AtomEnum::ANY, 0, 256)
            .ok()
            .and_then(|cookie| cookie.reply().ok())
            .map(|reply| reply.value)
            .unwrap_or_default()
    }

    fn pid_of(&self, window: Window) -> Option<u32> {
        let pid_atom = self.atom("_NET_WM_PID");
        self.connection
            .get_property(false, window, pid_atom, AtomEnum::CARDINAL, 0, 1)
            .ok()
            .and_then(|cookie| cookie.reply().ok())
            .and_then(|reply| reply.value32().and_then(|mut values| values.next()))
    }

    /// A shown window of process `pid` other than its main one: the file dialog it opened.
    fn dialog_of(&self, pid: u32) -> Option<Window> {
        let tree = self.connection.query_tree(self.root).ok()?.reply().ok()?;
        tree.children.into_iter().find(|&window| {
            let title = self.title(window);
            self.pid_of(window) == Some(pid)
                && !title.is_empty()
                && title != b"Giftdesk"
                && self.is_shown(window)
        })
    }

    /// Answers the OS file dialog (GTK's) the app opened, as a user would: the path typed over the suggested
    /// name, then Enter. Keys go through the X server's XTEST extension (xdotool).
    pub async fn answer_file_dialog(&self, pid: u32, path: &Path) {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
        let dialog = loop {
            if let Some(dialog) = self.dialog_of(pid) {
                break dialog;
            }
            assert!(std::time::Instant::now() < deadline, "no file dialog opened");
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        };
        // The dialog lays out its name field a moment after it maps.
        tokio::time::sleep(std::time::Duration::from_millis(700)).await;
        let xdotool = |args: &[&str]| {
            let status =
                std::process::Command::new("xdotool").args(args).status().expect("xdotool (package xdotool)");
            assert!(status.success(), "xdotool {args:?}");
        };
        xdotool(&["windowfocus", "--sync", &dialog.to_string()]);
        xdotool(&["key", "--clearmodifiers", "ctrl+a"]);
        xdotool(&["type", "--delay", "15", &path.display().to_string()]);
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        xdotool(&["key", "Return"]);
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        while self.is_shown(dialog) {
            assert!(std::time::Instant::now() < deadline, "the file dialog stayed open after Enter");
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
    }
}
