//! Micro-benchmark of `reconcile::reconcile` on 100,000 synthetic instances.
//!
//! Four rules (two propositions, two figures) are seen in 20,000 documents from 500 origins.
//! Propositions are affirmed and denied, figure values are spread over a few values and two
//! period keys, so every rule has contradictions or figure conflicts to find.

use std::hint::black_box;
use std::time::Duration;

use claimcheck::kinds::{FigureKey, FigureSpec, RuleInfo, RuleKind, Tolerance, Vague};
use claimcheck::model::{
    ArticleId, Citation, Document, Factuality, Instance, NameConfig, OriginPolicy, Period, RuleId,
    Speakers, Stance, StanceReading, Value, ValueKind,
};
use claimcheck::reconcile;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

const N_INSTANCES: usize = 100_000;
const N_DOCUMENTS: usize = 20_000;
const N_ORIGINS: usize = 500;

fn rules() -> Vec<RuleInfo> {
    let figure = |value: ValueKind, key: FigureKey, tolerance: Tolerance, max: Option<f64>| {
        RuleKind::Figure(FigureSpec {
            value,
            key,
            tolerance,
            min: Some(0.0),
            max,
            unit: None,
            exclude: Vec::new(),
            vague: Vague::None,
            perpetrator: false,
        })
    };
    let rule = |idx: u32, id: &str, claim: &str, kind: RuleKind| RuleInfo {
        id: id.to_string(),
        claim: claim.to_string(),
        file: "bench.toml".to_string(),
        line: 1 + idx * 10,
        kind,
        origin: OriginPolicy::Speaker,
    };
    vec![
        rule(
            0,
            "china-military-aid-to-russia",
            "China supplies military aid to Russia",
            RuleKind::Proposition,
        ),
        rule(
            1,
            "china-arms-imports-share-from-russia",
            "Share of China's arms imports that come from Russia",
            figure(
                ValueKind::Percent,
                FigureKey::Period,
                Tolerance::Absolute(2.0),
                Some(100.0),
            ),
        ),
        rule(
            2,
            "huawei-rd-staff-in-russia",
            "People working at Huawei's R&D centres in Russia",
            figure(
                ValueKind::Count,
                FigureKey::None,
                Tolerance::Relative(0.1),
                None,
            ),
        ),
        rule(
            3,
            "china-neutral-in-ukraine-war",
            "China is neutral in the war in Ukraine",
            RuleKind::Proposition,
        ),
    ]
}

fn documents() -> Vec<Document> {
    (0..N_DOCUMENTS)
        .map(|idx| Document {
            id: format!("{idx:06}"),
            path: format!("{:04}/{idx:06}.txt", idx / 1000),
            publisher: Some(format!("outlet-{}", idx % N_ORIGINS)),
            ..Document::default()
        })
        .collect()
}

fn value(kind: ValueKind, number: f64, text: String) -> Value {
    Value::number(kind, number, number, &text)
}

/// Instance `idx`, sorted by citation then rule as the matcher hands them on.
fn instance(idx: usize) -> Instance {
    let doc = idx * N_DOCUMENTS / N_INSTANCES;
    let rule = (idx % 4) as u32;
    let sentence = idx % (N_INSTANCES / N_DOCUMENTS);
    let byte_start = sentence * 200;
    let (values, figure_value, figure_key) = match rule {
        1 => {
            let percent = [60.0, 70.0, 70.0, 75.0][idx % 4 / 2 + idx % 3 % 2];
            let key = Period::Written(["2014..2018", "2015..2019"][idx % 7 % 2].to_string());
            (
                vec![value(ValueKind::Percent, percent, format!("{percent}%"))],
                Some(0),
                Some(key),
            )
        }
        2 => {
            let count = [400.0, 400.0, 150.0, 550.0][idx % 5 % 4];
            (
                vec![value(ValueKind::Count, count, format!("{count}"))],
                Some(0),
                None,
            )
        }
        _ => (Vec::new(), None, None),
    };
    let deny = rule % 2 == 0 && idx % 5 == 0;
    Instance {
        citation: Citation {
            doc: ArticleId(doc as u32),
            byte_start,
            byte_end: byte_start + 180,
            line: 1 + sentence as u32 * 2,
            column: 1,
        },
        rule: RuleId(rule),
        quote: format!("Synthetic sentence {idx} about rule {rule}.").into(),
        match_start: 0,
        match_end: 9,
        stance: StanceReading {
            stance: if deny { Stance::Deny } else { Stance::Affirm },
            cue: deny.then(|| "denied".into()),
            class: None,
        },
        values: values.into(),
        figure_value,
        figure_key: figure_key.map(Box::new),
        key_inherited: false,
        attribution: None,
        hedge: None,
        factuality: Factuality::asserted(),
        slots: Box::default(),
        origin: format!("outlet-{}", doc % N_ORIGINS).into(),
        repeat: false,
    }
}

fn reconcile_100k(c: &mut Criterion) {
    let rules = rules();
    let documents = documents();
    let instances: Vec<Instance> = (0..N_INSTANCES).map(instance).collect();
    let names = NameConfig::default();
    let speakers = Speakers::default();
    let input = reconcile::Input {
        rules: &rules,
        names: &names,
        documents: &documents,
        instances: &instances,
        names_seen: &[],
        speakers: &speakers,
    };
    let mut group = c.benchmark_group("reconcile");
    group
        .sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(5));
    group.throughput(Throughput::Elements(N_INSTANCES as u64));
    group.bench_function("100k-instances", |b| {
        b.iter(|| reconcile::reconcile(black_box(&input)))
    });
    group.finish();
}

criterion_group!(benches, reconcile_100k);
criterion_main!(benches);
