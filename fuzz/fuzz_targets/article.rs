//! The article path on any bytes: decoding, front matter, segmenting and
//! the matcher with the robustness rulebook. Spans stay inside the text and
//! citations inside the file.
#![no_main]

use std::path::PathBuf;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;

use claimcheck::corpus::{self, Source};
use claimcheck::provenance::Analyzer;
use claimcheck::rulebook::Rulebook;

fn rulebook() -> &'static (Rulebook, Analyzer) {
    static RULEBOOK: OnceLock<(Rulebook, Analyzer)> = OnceLock::new();
    RULEBOOK.get_or_init(|| {
        let dir =
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/robustness/rules");
        let rulebook = claimcheck::rulebook::load(&dir).expect("the robustness rulebook loads");
        let analyzer = Analyzer::new(&rulebook.lexicon);
        (rulebook, analyzer)
    })
}

fuzz_target!(|data: &[u8]| {
    let source = Source {
        path: PathBuf::from("fuzz.txt"),
        rel: "fuzz.txt".to_owned(),
        id: "fuzz".to_owned(),
        manifest: None,
        encoding: None,
    };
    let loaded = corpus::read_bytes(&source, data.to_vec());
    let Some(article) = loaded.article else {
        return;
    };
    for sentence in &article.sentences {
        assert!(sentence.start <= sentence.end && sentence.end <= article.text.len());
        assert!(article.text.is_char_boundary(sentence.start));
        assert!(article.text.is_char_boundary(sentence.end));
    }
    let (rulebook, analyzer) = rulebook();
    let scan = claimcheck::matcher::scan_article(rulebook, analyzer, &article);
    for instance in &scan.instances {
        let citation = instance.citation;
        assert!(citation.byte_start <= citation.byte_end);
        assert!(citation.byte_end <= article.text.len());
        assert!(loaded.offsets.file_offset(citation.byte_end) <= data.len());
    }
});
