//! The rule loader on any text: it reports problems, never panics, and a
//! rulebook that loads can scan a sentence.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(rulebook) = claimcheck::rulebook::load_str("fuzz.toml", text) {
        let sample = "China sent 70% of the drones to Russia, officials said.";
        let sentences = claimcheck::text::segment(sample);
        let _ = rulebook.find(sample, &sentences);
    }
});
