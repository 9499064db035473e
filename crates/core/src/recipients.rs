//! Recipient shapes, checked by checkout before anything is sent and by the sandbox as the providers do:
//! an email for gift cards and eSIMs, an E.164 number (`+` then 8 to 15 digits) for top-ups.

pub fn is_email(text: &str) -> bool {
    let Some((local, domain)) = text.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !text.contains(char::is_whitespace)
}

pub fn is_e164(text: &str) -> bool {
    text.strip_prefix('+')
        .is_some_and(|d| (8..=15).contains(&d.len()) && d.bytes().all(|b| b.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recipients_are_checked_by_shape() {
        assert!(is_e164("+14155551234") && !is_e164("14155551234") && !is_e164("+1 415"));
        assert!(is_email("a@example.com") && !is_email("a@example") && !is_email("a b@example.com"));
    }
}
