//! WCAG AA contrast in both themes, read from the UI's own stylesheet: every text colour on every background
//! it is used on at least 4.5:1, the focus ring at least 3:1 against the page.

use std::collections::HashMap;

const STYLESHEET: &str = include_str!("../ui/src/app.css");

/// (text, background, minimum): text pairs need 4.5:1 (WCAG 1.4.3), the focus ring 3:1 (1.4.11).
const PAIRS: &[(&str, &str, f64)] = &[
    ("--text", "--bg", 4.5),
    ("--text", "--surface", 4.5),
    ("--text", "--surface-2", 4.5),
    ("--text-muted", "--bg", 4.5),
    ("--text-muted", "--surface", 4.5),
    ("--text-muted", "--surface-2", 4.5),
    ("--accent-text", "--accent", 4.5),
    ("--accent", "--surface", 4.5),
    ("--danger", "--surface", 4.5),
    ("--danger", "--bg", 4.5),
    ("--ok", "--surface", 4.5),
    ("--ok", "--bg", 4.5),
    ("--warn-text", "--warn-bg", 4.5),
    ("--focus", "--bg", 3.0),
    ("--focus", "--surface", 3.0),
];

/// The custom properties of the first `:root` block after `from`.
fn theme(from: usize) -> HashMap<String, String> {
    let block = &STYLESHEET[from..];
    let start = block.find(":root {").expect("a :root block") + ":root {".len();
    let end = start + block[start..].find('}').expect("the block closes");
    block[start..end]
        .lines()
        .filter_map(|line| line.trim().strip_prefix("--")?.split_once(':'))
        .map(|(name, value)| (format!("--{name}"), value.trim().trim_end_matches(';').to_owned()))
        .collect()
}

fn luminance(hex: &str) -> f64 {
    let hex = hex.trim_start_matches('#');
    assert_eq!(hex.len(), 6, "colours are written #rrggbb: {hex}");
    let channel = |i: usize| {
        let c = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).unwrap()) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4)
}

fn contrast(a: &str, b: &str) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[test]
fn every_text_colour_passes_wcag_aa_in_both_themes() {
    let light = theme(0);
    let dark_at = STYLESHEET.find("prefers-color-scheme: dark").expect("a dark theme");
    // The dark theme overrides colours only; the rest comes from the light block.
    let mut dark = light.clone();
    dark.extend(theme(dark_at));
    let mut failures = Vec::new();
    for (name, colours) in [("light", &light), ("dark", &dark)] {
        for (text, background, minimum) in PAIRS {
            let ratio = contrast(&colours[*text], &colours[*background]);
            println!("{name:5} {text:13} on {background:11} {ratio:5.2}:1 (needs {minimum})");
            if ratio < *minimum {
                failures.push(format!("{name}: {text} on {background} is {ratio:.2}:1"));
            }
        }
    }
    assert!(failures.is_empty(), "below WCAG AA: {failures:#?}");
}
