//! Copying a code: it is on the OS clipboard (the session's X server), emptied after the delay if it is
//! still there, and left alone when something else was copied in between. Read back through a second,
//! independent clipboard connection, as another application would.

use std::time::Duration;

use giftdesk_core::clipboard::Clipboard;
use giftdesk_core::secrets::Sensitive;
use giftdesk_core::settings::{Settings, SettingsFile};

const AFTER: Duration = Duration::from_millis(700);
/// Long enough past `AFTER` for the clearing thread to have run on a loaded machine.
const SETTLE: Duration = Duration::from_millis(2_000);

fn holds(reader: &mut arboard::Clipboard) -> String {
    reader.get_text().unwrap_or_default()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_copied_code_is_emptied_after_the_delay_unless_something_else_was_copied() {
    let dir = tempfile::tempdir().unwrap();
    let settings = SettingsFile::new(dir.path());
    settings.write(&Settings { clear_clipboard_after_seconds: 15, ..Settings::default() }).unwrap();
    let clipboard = Clipboard::new(settings);
    let mut reader =
        arboard::Clipboard::new().expect("the session's X server (run under scripts/headless-session.sh)");

    clipboard.copy_then_clear(Sensitive::new("GIFT-CODE-1111".into()), AFTER).unwrap();
    assert_eq!(holds(&mut reader), "GIFT-CODE-1111", "copied");
    tokio::time::sleep(SETTLE).await;
    assert_eq!(holds(&mut reader), "", "emptied once the delay passed");

    clipboard.copy_then_clear(Sensitive::new("GIFT-CODE-2222".into()), AFTER).unwrap();
    assert_eq!(holds(&mut reader), "GIFT-CODE-2222");
    reader.set_text("the reseller's own note").unwrap();
    tokio::time::sleep(SETTLE).await;
    assert_eq!(holds(&mut reader), "the reseller's own note", "what was copied since is left alone");

    // A second copy before the first one's delay: only the latest copy's clear counts.
    clipboard.copy_then_clear(Sensitive::new("GIFT-CODE-3333".into()), AFTER).unwrap();
    clipboard.copy_then_clear(Sensitive::new("GIFT-CODE-4444".into()), AFTER * 4).unwrap();
    tokio::time::sleep(SETTLE).await;
    assert_eq!(holds(&mut reader), "GIFT-CODE-4444", "the first copy's timer does not cut the second short");

    // The delay the window announces is the one set in Settings.
    assert_eq!(
        clipboard.copy_secret(Sensitive::new("GIFT-CODE-5555".into())).unwrap(),
        Duration::from_secs(15)
    );
}
