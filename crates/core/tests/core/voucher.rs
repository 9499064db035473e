//! A voucher to hand over: a PDF whose text, read back with a PDF text extractor, holds the shop, brand,
//! value and code, and whose QR code, taken from the PDF's own image and decoded, gives the code back; the
//! purchase's audit trail says a voucher was made, never the code. Several fit on one A4 page.

use giftdesk_core::checkout::PurchaseState;
use giftdesk_core::error::Error;
use giftdesk_core::providers::Provider;
use giftdesk_core::qr::read_qr;
use giftdesk_core::settings::Settings;
use giftdesk_core::vault::CodeQuery;
use giftdesk_testkit::apis::Apis;
use giftdesk_testkit::shop::{buy_and_follow, line, shop_options, synced_context};
use giftdesk_testkit::TestHome;
use lopdf::{Document, Object};

/// Every image of the PDF, as a PNG, for a QR reader.
fn images_of(pdf: &Document) -> Vec<Vec<u8>> {
    let mut found = Vec::new();
    for object in pdf.objects.values() {
        let Object::Stream(stream) = object else { continue };
        let name = |key: &[u8]| {
            stream.dict.get(key).and_then(Object::as_name).map(<[u8]>::to_vec).unwrap_or_default()
        };
        if name(b"Subtype") != b"Image" {
            continue;
        }
        let number = |key: &[u8]| stream.dict.get(key).and_then(Object::as_i64).unwrap_or(0) as u32;
        let (width, height) = (number(b"Width"), number(b"Height"));
        let pixels = stream.decompressed_content().unwrap_or_else(|_| stream.content.clone());
        // A logo may come with an alpha mask or another colour space: only what reads as grey or RGB is kept.
        let image: Option<image::DynamicImage> = match name(b"ColorSpace").as_slice() {
            b"DeviceGray" => image::GrayImage::from_raw(width, height, pixels).map(Into::into),
            _ => image::RgbImage::from_raw(width, height, pixels).map(Into::into),
        };
        let Some(image) = image else { continue };
        let mut png = Vec::new();
        image.write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png).unwrap();
        found.push(png);
    }
    found
}

fn field_of(error: Error) -> String {
    match error {
        Error::InvalidInput { field, .. } => field,
        other => panic!("not a field error: {other:?}"),
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_voucher_pdf_holds_the_code_as_text_and_as_a_qr_code_that_decodes() {
    let (home, apis) = (TestHome::new(), Apis::start(shop_options()).await);
    let shop = synced_context(&home, &apis).await;
    shop.save_settings(Settings { shop_name: Some("Corner Shop Berlin".into()), ..Settings::default() })
        .unwrap();
    for _ in 0..2 {
        let card = line(Provider::Bitrefill, "amazon-us", Some("25"), None, "ada@example.com");
        assert_eq!(buy_and_follow(&shop, &apis, card).await.state, PurchaseState::Delivered);
    }
    let codes = shop.vault.codes(&CodeQuery::default(), true).await.unwrap();
    let entry = &codes[0];
    let code = entry.redemption.as_ref().and_then(|r| r.code.clone()).expect("a card with a code");

    let path = home.data_dir().join("voucher.pdf");
    let made = shop.desk.voucher_pdf(&[entry.id], 1, &path).await.unwrap();
    assert_eq!(made.count, 1);
    let pdf = Document::load_mem(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(pdf.get_pages().len(), 1);
    let text = pdf.extract_text(&[1]).unwrap();
    for expected in ["Corner Shop Berlin", &entry.brand, "25 USD", &code] {
        assert!(text.contains(expected), "{expected:?} in the voucher's text: {text}");
    }
    let decoded: Vec<String> = images_of(&pdf).iter().filter_map(|png| read_qr(png)).collect();
    assert_eq!(decoded, vec![code.clone()], "the QR code in the PDF decodes to the code");

    // The audit trail says a voucher was made, and holds no code.
    let events = shop.checkout.purchase_events(&entry.purchase_id).await.unwrap();
    let trail = serde_json::to_string(&events).unwrap();
    assert!(trail.contains(&format!("Voucher made for code {}", entry.id)), "{trail}");
    assert!(!trail.contains(&code), "the code is not in the audit trail");

    // Two vouchers on one A4 page; what is wrong is named before anything is written.
    let both = home.data_dir().join("both.pdf");
    shop.desk.voucher_pdf(&[codes[0].id, codes[1].id], 4, &both).await.unwrap();
    let pdf = Document::load_mem(&std::fs::read(&both).unwrap()).unwrap();
    assert_eq!(pdf.get_pages().len(), 1);
    assert_eq!(images_of(&pdf).iter().filter_map(|png| read_qr(png)).count(), 2);
    let other = home.data_dir().join("other.pdf");
    assert_eq!(field_of(shop.desk.voucher_pdf(&[], 1, &other).await.unwrap_err()), "code");
    assert_eq!(field_of(shop.desk.voucher_pdf(&[entry.id], 3, &other).await.unwrap_err()), "per_page");
    assert_eq!(field_of(shop.desk.voucher_pdf(&[999_999], 1, &other).await.unwrap_err()), "code");
    assert_eq!(field_of(shop.desk.voucher_pdf(&[entry.id], 1, &path).await.unwrap_err()), "path");
    assert!(!other.exists(), "nothing written for a refused voucher");
}

/// Dark pixels in a band of rows of a PNG: where text or a symbol was drawn.
fn ink_in_rows(png: &[u8], rows: std::ops::Range<u32>) -> usize {
    let image = image::load_from_memory(png).unwrap().to_luma8();
    rows.flat_map(|y| (0..image.width()).map(move |x| (x, y)))
        .filter(|&(x, y)| image.get_pixel(x, y)[0] < 128)
        .count()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_voucher_png_shows_the_code_as_a_qr_code_that_decodes_and_the_shop_in_any_script() {
    let (home, apis) = (TestHome::new(), Apis::start(shop_options()).await);
    let shop = synced_context(&home, &apis).await;
    let card = line(Provider::Bitrefill, "amazon-us", Some("25"), None, "ada@example.com");
    assert_eq!(buy_and_follow(&shop, &apis, card).await.state, PurchaseState::Delivered);
    let entry = shop.vault.codes(&CodeQuery::default(), true).await.unwrap().remove(0);
    let code = entry.redemption.as_ref().and_then(|r| r.code.clone()).expect("a card with a code");

    let unnamed = shop.desk.voucher_preview(entry.id).await.unwrap();
    // A shop name in Cyrillic, which the PDF's built-in fonts cannot show: the card draws it.
    shop.save_settings(Settings { shop_name: Some("Лавка Анны".into()), ..Settings::default() }).unwrap();
    let path = home.data_dir().join("voucher.png");
    assert_eq!(shop.desk.voucher_png(entry.id, &path).await.unwrap().count, 1);
    let png = std::fs::read(&path).unwrap();
    assert_eq!(image::load_from_memory(&png).unwrap().width(), 1200);
    assert_eq!(read_qr(&png).as_deref(), Some(code.as_str()), "the card's QR code decodes to the code");
    let (before, after) = (ink_in_rows(&unnamed, 50..90), ink_in_rows(&png, 50..90));
    assert!(
        after > before + 200,
        "the shop's name is drawn where it belongs ({before} → {after} dark pixels)"
    );
    let trail =
        serde_json::to_string(&shop.checkout.purchase_events(&entry.purchase_id).await.unwrap()).unwrap();
    assert!(trail.contains("(PNG)") && !trail.contains(&code), "{trail}");
    assert_eq!(
        field_of(shop.desk.voucher_png(entry.id, &path).await.unwrap_err()),
        "path",
        "never over a file"
    );
}
