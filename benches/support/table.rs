//! One row of the benchmark table: printed as it is measured, and appended to the file named by
//! `GIFTDESK_BENCH_TABLE`, so `make bench` ends with every figure of every benchmark in one table.

use std::fmt::Display;
use std::io::Write;

pub fn header() {
    println!("| {:<60} | {:>28} | {:>32} |", "benchmark", "Giftdesk", "baseline");
    println!("|{}|{}|{}|", "-".repeat(62), "-".repeat(30), "-".repeat(34));
}

pub fn row(what: &str, figure: impl Display, baseline: impl Display) {
    let line = format!("| {what:<60} | {figure:>28} | {baseline:>32} |");
    println!("{line}");
    if let Some(path) = std::env::var_os("GIFTDESK_BENCH_TABLE") {
        let mut file = std::fs::OpenOptions::new().create(true).append(true).open(path).unwrap();
        writeln!(file, "{line}").unwrap();
    }
}
