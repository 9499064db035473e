//! `GET /check_phone_number`: which top-up product serves a number. The sandbox reads the number by its
//! own small table of calling codes (never the client's library), then answers as the public clients
//! describe it: the operator's product, or `operator_found: false` with candidates, or `unsupported_operator`.
//!
//! Which answer a number gets: a number ending in `1111` is one Bitrefill cannot place (candidates: every
//! operator of its country); `+999…`, and a country with no operator in the catalog, is unsupported;
//! otherwise the number's digits pick one of its country's operators in stock, the same one every time.

use std::collections::BTreeMap;

use axum::extract::{Query, State};
use axum::response::Response;
use serde_json::{json, Value};

use super::products::product_json;
use super::{envelope, BrError};
use crate::catalog::Kind;
use crate::recipients::is_e164;
use crate::world::Shared;

/// Calling codes of the catalog's markets, longest first where one starts another. `+1` is the US unless
/// its area code is one of Canada's listed here.
const CALLING_CODES: [(&str, &str); 39] = [
    ("971", "AE"),
    ("966", "SA"),
    ("420", "CZ"),
    ("358", "FI"),
    ("353", "IE"),
    ("351", "PT"),
    ("234", "NG"),
    ("90", "TR"),
    ("91", "IN"),
    ("81", "JP"),
    ("82", "KR"),
    ("84", "VN"),
    ("86", "CN"),
    ("27", "ZA"),
    ("31", "NL"),
    ("32", "BE"),
    ("33", "FR"),
    ("34", "ES"),
    ("39", "IT"),
    ("41", "CH"),
    ("43", "AT"),
    ("44", "GB"),
    ("45", "DK"),
    ("46", "SE"),
    ("47", "NO"),
    ("48", "PL"),
    ("49", "DE"),
    ("52", "MX"),
    ("54", "AR"),
    ("55", "BR"),
    ("56", "CL"),
    ("57", "CO"),
    ("60", "MY"),
    ("61", "AU"),
    ("62", "ID"),
    ("63", "PH"),
    ("64", "NZ"),
    ("65", "SG"),
    ("66", "TH"),
];
const CANADIAN_AREA_CODES: [&str; 6] = ["204", "416", "438", "514", "604", "613"];

fn country_of(digits: &str) -> Option<&'static str> {
    if let Some(national) = digits.strip_prefix('1') {
        let canadian = CANADIAN_AREA_CODES.iter().any(|area| national.starts_with(area));
        return Some(if canadian { "CA" } else { "US" });
    }
    CALLING_CODES.iter().find(|(code, _)| digits.starts_with(code)).map(|(_, country)| *country)
}

pub async fn check(
    State(shared): State<Shared>,
    Query(params): Query<BTreeMap<String, String>>,
) -> Result<Response, BrError> {
    let number = params
        .get("phone_number")
        .ok_or_else(|| BrError::bad("missing_param", "phone_number is required"))?
        .replace(' ', "");
    if !is_e164(&number) {
        return Err(BrError::bad(
            "invalid_phone_number",
            format!("'{number}' is not a phone number in international format"),
        ));
    }
    let digits = &number[1..];
    let unsupported = || BrError::bad("unsupported_operator", "No operator of this number can be topped up");
    let country = country_of(digits).filter(|_| !digits.starts_with("999")).ok_or_else(unsupported)?;
    let live = shared.dialect().is_live();
    shared.with_world(|world| {
        let operators: Vec<Value> = world
            .catalog
            .products
            .iter()
            .enumerate()
            .filter(|(_, p)| p.kind == Kind::PhoneRefill && !p.test && p.country == country)
            .map(|(index, p)| product_json(p, world.product_in_stock(&p.id, p.in_stock), index, live))
            .collect();
        if operators.is_empty() {
            return Err(unsupported());
        }
        // The operator named is one on sale now (a number's operator that is out of stock has no product).
        let selling: Vec<&Value> = operators.iter().filter(|p| p["in_stock"] == json!(true)).collect();
        let (found, candidates) = if digits.ends_with("1111") || selling.is_empty() {
            (None, operators)
        } else {
            let pick = digits.bytes().map(|b| usize::from(b - b'0')).sum::<usize>() % selling.len();
            (Some(selling[pick].clone()), Vec::new())
        };
        // The live form names them `product` and `candidates`; the other reading `operator` and `operators`.
        let (one, many) = if live { ("product", "candidates") } else { ("operator", "operators") };
        let mut data =
            json!({"phone_number": number, "country_code": country, "operator_found": found.is_some()});
        if let Some(found) = found {
            data[one] = found;
        }
        data[many] = Value::Array(candidates);
        Ok(envelope("/check_phone_number", data))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calling_codes_place_numbers() {
        assert_eq!(country_of("4915123456789"), Some("DE"));
        assert_eq!(country_of("14155550123"), Some("US"));
        assert_eq!(country_of("14165550123"), Some("CA"));
        assert_eq!(country_of("971501234567"), Some("AE"));
        assert_eq!(country_of("7912345678"), None);
    }
}
