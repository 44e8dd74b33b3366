//! Criterion benchmarks of each stage of the pipeline, on a slice of the news corpus.
//!
//! ```sh
//! cargo bench --bench stages                          # the first 300 articles (≈ 1 MB of text)
//! ISNAD_BENCH_ARTICLES=2000 cargo bench --bench stages
//! ISNAD_BENCH_INPUT=FILE.jsonl.gz cargo bench --bench stages -- serialize
//! ```
//!
//! Stages, each measured on the whole slice so that Criterion's throughput is MB of
//! article text per second (see `benches/pipeline.rs` for one-shot figures on large
//! slices and the end-to-end run on all cores):
//!
//! - `normalize`: match keys and tokens (`text::tokenize`);
//! - `segment`: sentences (`text::segment::split`);
//! - `match`: clitic readings, lexicon forms and names (`Doc::new` + `find_names`);
//! - `relations`: the whole `extract_article`. The rules cannot run apart from the
//!   mention and coreference pass that feeds them, so this includes the stages above;
//!   relations alone cost roughly `relations − match − segment − normalize`;
//! - `serialize`: the RDF quads of every extraction and their N-Quads text;
//! - `load`: bulk-loading those quads into a fresh store (a new temporary folder each
//!   iteration, so every iteration does the same work).
//!
//! The slice is taken from the shared 2018 corpus; when it is absent the bench says so
//! and falls back to the repository's sample articles (`tests/data/samples`).

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use isnad::extract::{extract_article, Extraction};
use isnad::input::{Article, ArticleReader};
use isnad::lexicon::Lexicon;
use isnad::mentions::{find_names, Doc};
use isnad::store::{ArticleBatch, GraphStore};
use isnad::text::{segment, tokenize};
use std::hint::black_box;
use std::path::{Path, PathBuf};

/// The allocator the `isnad` binary uses, so the figures are the command's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
use std::time::Duration;

/// Articles in the default slice: enough for stable figures, small enough for the
/// whole `cargo bench --bench stages` to finish in a few minutes on two cores.
const DEFAULT_ARTICLES: usize = 300;

/// The articles measured, their text and the lexicon.
struct Slice {
    lex: Lexicon,
    articles: Vec<Article>,
    texts: Vec<String>,
    bytes: u64,
}

fn load_slice() -> Slice {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let lex = isnad::lexicon::load_dir(&root.join("ontology")).expect("the ontology folder loads");
    let want: usize = std::env::var("ISNAD_BENCH_ARTICLES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(DEFAULT_ARTICLES);
    let corpus = std::env::var_os("ISNAD_BENCH_INPUT")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("../shared/corpus/antcorpus-multisource-2018.jsonl.gz"));
    let input = if corpus.exists() {
        corpus
    } else {
        let samples = root.join("tests/data/samples");
        eprintln!(
            "bench: corpus {} not found; measuring the sample articles in {} instead",
            corpus.display(),
            samples.display()
        );
        samples
    };
    let articles: Vec<Article> = ArticleReader::new(std::slice::from_ref(&input))
        .filter_map(Result::ok)
        .take(want)
        .collect();
    assert!(
        !articles.is_empty(),
        "no readable article in {}",
        input.display()
    );
    let texts: Vec<String> = articles.iter().map(Article::full_text).collect();
    let bytes = texts.iter().map(|t| t.len() as u64).sum();
    eprintln!(
        "bench: {} articles, {:.2} MB of text, from {}",
        articles.len(),
        bytes as f64 / 1e6,
        input.display()
    );
    Slice {
        lex,
        articles,
        texts,
        bytes,
    }
}

fn quads_of(
    lex: &Lexicon,
    extractions: &[Extraction],
) -> Vec<(String, Vec<oxigraph::model::Quad>)> {
    extractions
        .iter()
        .map(|ex| {
            (
                isnad::provenance::graph_iri(&ex.article.id),
                isnad::provenance::article_quads(lex, ex),
            )
        })
        .collect()
}

fn stages(c: &mut Criterion) {
    let s = load_slice();
    let lex = &s.lex;
    let tokens: Vec<_> = s.texts.iter().map(|t| tokenize::tokenize(t)).collect();
    let extractions: Vec<Extraction> = s
        .articles
        .iter()
        .map(|a| extract_article(lex, a.clone()))
        .collect();

    let mut g = c.benchmark_group("stages");
    g.throughput(Throughput::Bytes(s.bytes));
    g.sample_size(10);
    g.warm_up_time(Duration::from_secs(1));
    g.measurement_time(Duration::from_secs(5));

    g.bench_function("normalize", |b| {
        b.iter(|| {
            for t in &s.texts {
                black_box(tokenize::tokenize(t));
            }
        })
    });
    g.bench_function("segment", |b| {
        b.iter(|| {
            for (t, k) in s.texts.iter().zip(&tokens) {
                black_box(segment::split(t, k));
            }
        })
    });
    g.bench_function("match", |b| {
        b.iter(|| {
            for (t, k) in s.texts.iter().zip(&tokens) {
                let doc = Doc::new("bench", lex, t, k.clone(), None);
                black_box(find_names(&doc, 0, doc.tokens.len()));
            }
        })
    });
    g.bench_function("relations", |b| {
        b.iter_batched(
            || s.articles.clone(),
            |articles| {
                for a in articles {
                    black_box(extract_article(lex, a));
                }
            },
            BatchSize::PerIteration,
        )
    });
    g.bench_function("serialize", |b| {
        b.iter(|| {
            let mut buf = Vec::new();
            for ex in &extractions {
                let q = isnad::provenance::article_quads(lex, ex);
                buf.clear();
                isnad::output::write_nquads(q.iter().map(|q| q.as_ref()), &mut buf);
                black_box(&buf);
            }
        })
    });
    g.bench_function("load", |b| {
        b.iter_batched(
            || {
                let dir = tempfile::tempdir().expect("a temporary folder");
                (quads_of(lex, &extractions), dir)
            },
            |(graphs, dir)| {
                load(dir.path(), graphs);
                dir
            },
            BatchSize::PerIteration,
        )
    });
    g.finish();
}

/// Bulk-loads whole article graphs into a fresh store, as `isnad build` does.
fn load(dir: &Path, graphs: Vec<(String, Vec<oxigraph::model::Quad>)>) {
    let st = GraphStore::open(&dir.join("store")).expect("a fresh store");
    let mut batch = ArticleBatch::new(&st, ArticleBatch::DEFAULT_QUADS);
    for (g, q) in graphs {
        batch.add(g, q).expect("bulk load");
    }
    batch.finish().expect("bulk load");
    st.flush().expect("flush");
}

criterion_group!(benches, stages);
criterion_main!(benches);
