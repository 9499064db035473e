//! What the providers accept as a recipient, as the sandbox enforces it: an e-mail address with a domain, or
//! a phone number in E.164 (`+` and 8 to 15 digits).

pub fn is_email(text: &str) -> bool {
    text.split_once('@').is_some_and(|(local, domain)| {
        !local.is_empty() && domain.contains('.') && !domain.starts_with('.') && !domain.ends_with('.')
    }) && !text.contains(char::is_whitespace)
}

pub fn is_e164(text: &str) -> bool {
    let digits = text.strip_prefix('+').unwrap_or_default();
    (8..=15).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit())
}
