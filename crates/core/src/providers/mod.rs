//! The two partner APIs Giftdesk buys from, and the HTTP layer their clients share.

pub mod bitrefill;
pub mod bitrefill_answers;
pub mod bitrefill_esims;
pub mod bitrefill_orders;
pub mod bitrefill_phones;
pub mod budget;
pub mod cryptorefills;
pub mod cryptorefills_answers;
pub mod cryptorefills_families;
pub mod cryptorefills_orders;
pub mod decode;
pub mod http;

pub use crate::provider::Provider;

/// Where the Bitrefill API is: `GIFTDESK_BITREFILL_URL` (the sandbox, a proxy) or the live service.
pub const BITREFILL_URL_VAR: &str = "GIFTDESK_BITREFILL_URL";

pub fn bitrefill_base_url(chosen: Option<&str>) -> String {
    base_url(BITREFILL_URL_VAR, chosen, bitrefill::LIVE_URL)
}

/// A base URL from its variable when set, else the one chosen in Settings, else the live service's.
fn base_url(variable: &str, chosen: Option<&str>, live: &str) -> String {
    std::env::var(variable)
        .ok()
        .filter(|u| !u.trim().is_empty())
        .or_else(|| chosen.map(str::to_owned))
        .unwrap_or_else(|| live.to_owned())
}

/// Where the Cryptorefills API is: `GIFTDESK_CRYPTOREFILLS_URL` or the live service.
pub const CRYPTOREFILLS_URL_VAR: &str = "GIFTDESK_CRYPTOREFILLS_URL";

pub fn cryptorefills_base_url(chosen: Option<&str>) -> String {
    base_url(CRYPTOREFILLS_URL_VAR, chosen, cryptorefills::LIVE_URL)
}

/// The end user's public address for `X-Forwarded-For`: the one Settings gives, else this machine's own
/// address only when it is public. Behind a router a desktop sees a private-range LAN address, which is not
/// the end user's address; then `None`, and the client says the user's country instead.
pub fn public_address(chosen: Option<&str>) -> Option<String> {
    // Settings refuses a private address; one set before that rule is not sent either.
    let chosen =
        chosen.map(str::trim).filter(|a| a.parse::<std::net::IpAddr>().is_ok_and(|ip| is_public(&ip)));
    let found = || local_ip_address::local_ip().ok().filter(is_public).map(|ip| ip.to_string());
    chosen.map(str::to_owned).or_else(found)
}

/// Whether an address can be an end user's public one: not private, loopback, link-local, shared (CGNAT),
/// broadcast or unspecified.
pub fn is_public(ip: &std::net::IpAddr) -> bool {
    match ip {
        std::net::IpAddr::V4(v4) => {
            let [a, b, ..] = v4.octets();
            !(v4.is_private()
                || v4.is_loopback()
                || v4.is_link_local()
                || v4.is_unspecified()
                || v4.is_broadcast()
                || (a == 100 && (64..128).contains(&b)))
        }
        std::net::IpAddr::V6(v6) => {
            let first = v6.segments()[0];
            !(v6.is_loopback()
                || v6.is_unspecified()
                || (first & 0xfe00) == 0xfc00
                || (first & 0xffc0) == 0xfe80)
        }
    }
}

/// Names a provider account without its secret: the budget of every process of one account shares it.
pub fn account_key(provider: Provider, base: &str, secret: &str) -> String {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(format!("{}\n{secret}", base.trim_end_matches('/')).as_bytes());
    let short: String = digest.iter().take(8).map(|b| format!("{b:02x}")).collect();
    format!("{provider}:{short}")
}

/// The market to show first: the country of the OS locale (`en-US` → `US`), else the United States.
pub fn locale_country() -> String {
    sys_locale::get_locale()
        .and_then(|locale| {
            let region = locale.split(['-', '_', '.']).nth(1)?.to_ascii_uppercase();
            // `XA`…`XZ` are private-use codes (`en_XA` is the pseudo-locale), no country's market.
            let country = region.len() == 2 && region.chars().all(|c| c.is_ascii_alphabetic());
            (country && !region.starts_with('X')).then_some(region)
        })
        .unwrap_or_else(|| "US".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lan_address_is_never_taken_for_the_end_user_s_public_one() {
        for private in [
            "192.168.1.20",
            "10.0.0.7",
            "172.20.3.4",
            "127.0.0.1",
            "100.64.1.1",
            "169.254.9.9",
            "fd00::1",
            "fe80::1",
        ] {
            assert!(!is_public(&private.parse().unwrap()), "{private}");
            assert_eq!(public_address(Some(private)).filter(|a| a == private), None, "{private}");
        }
        assert!(is_public(&"81.2.69.142".parse().unwrap()));
        assert_eq!(public_address(Some(" 81.2.69.142 ")).as_deref(), Some("81.2.69.142"));
    }
}
