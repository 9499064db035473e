//! Recipients, checked by checkout before anything is sent: an email for gift cards and eSIMs, a mobile
//! number for top-ups (read with libphonenumber's metadata: a real number of its country, mobile).

use phonenumber::metadata::DATABASE;
use phonenumber::Type;

use crate::tr;

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

/// A number a top-up can go to: its E.164 form and the country it belongs to (ISO alpha-2).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MobileNumber {
    pub e164: String,
    pub country: String,
}

/// Reads `text` as a mobile number in international form; the error says, for a person, what is wrong.
pub fn mobile_number(text: &str) -> Result<MobileNumber, String> {
    let typed = text.trim();
    if !typed.starts_with('+') {
        return Err(tr!("recipients-not-international", number = typed));
    }
    let number =
        phonenumber::parse(None, typed).map_err(|_| tr!("recipients-not-a-phone-number", number = typed))?;
    let country = number.country().id().map(|id| id.as_ref().to_owned());
    let Some(country) = country.filter(|_| number.is_valid()) else {
        return Err(tr!("recipients-not-in-use", number = typed));
    };
    match number.number_type(&DATABASE) {
        Type::Mobile | Type::FixedLineOrMobile => {
            Ok(MobileNumber { e164: number.format().mode(phonenumber::Mode::E164).to_string(), country })
        }
        _ => Err(tr!("recipients-not-mobile", number = typed, country = country)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_top_up_number_is_a_real_mobile_number_of_its_country() {
        let german = mobile_number(" +49 151 23456789 ").unwrap();
        assert_eq!(german, MobileNumber { e164: "+4915123456789".into(), country: "DE".into() });
        // In the US a number cannot tell mobile from landline: both are accepted.
        assert_eq!(mobile_number("+14155550123").unwrap().country, "US");
        assert_eq!(mobile_number("+447400123456").unwrap().country, "GB");
        assert!(mobile_number("4915123456789").unwrap_err().contains("international format"));
        assert!(mobile_number("+999123456789").is_err(), "no country has the calling code 999");
        assert!(mobile_number("+4915100").unwrap_err().contains("not a number in use"));
        // A Berlin landline.
        assert!(mobile_number("+493012345678").unwrap_err().contains("not a mobile number in DE"));
    }

    #[test]
    fn an_email_is_checked_by_shape() {
        assert!(is_email("a@example.com") && !is_email("a@example") && !is_email("a b@example.com"));
    }
}
