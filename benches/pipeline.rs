//! End-to-end benchmark, stage by stage, on the shared news corpus.
//!
//! ```sh
//! cargo bench --bench pipeline               # a 10 MB slice of the 2018 corpus
//! cargo bench --bench pipeline -- --full     # the whole 2018 file (88 MB)
//! cargo bench --bench pipeline -- --input FILE.jsonl[.gz] [--mb 10]
//! ```
//!
//! Prints, for each stage (normalize+tokenize, segment, match, extract, serialize,
//! load) and for the whole pipeline: seconds, MB of article text per second,
//! articles/s, facts/s and the peak RSS of the stage (VmHWM, reset between stages).
//! Stages run one after the other on one thread; the end-to-end line uses all cores.
//! A stage's timed pass keeps no more than the pipeline would (each article's tokens
//! and extraction are dropped before the next): otherwise it times the kernel zeroing
//! fresh pages for what it keeps. Its output for the next stages is made untimed.
//! Exits quietly when the corpus is absent.

use isnad::extract::extract_article;
use isnad::input::{Article, ArticleReader};
use isnad::mentions::{find_names, Doc};
use isnad::pipeline::for_each_extraction;
use isnad::store::{ArticleBatch, GraphStore};
use isnad::text::{segment, tokenize};
use std::path::PathBuf;
use std::time::Instant;

/// The allocator the `isnad` binary uses, so the figures are the command's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn peak_rss_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
        })
        .map_or(0.0, |kb| kb / 1024.0)
}

fn reset_peak() {
    // "5" resets the peak RSS (VmHWM) on Linux
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

struct Row {
    stage: &'static str,
    secs: f64,
    mb: f64,
    articles: usize,
    facts: usize,
    rss: f64,
}

fn print(r: &Row) {
    println!(
        "{:<34} {:>8.2} {:>9.2} {:>11.0} {:>9.0} {:>9.0}",
        r.stage,
        r.secs,
        r.mb / r.secs,
        r.articles as f64 / r.secs,
        r.facts as f64 / r.secs,
        r.rss
    );
}

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let full = args.iter().any(|a| a == "--full");
    let flag = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let input = flag("--input")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("../shared/corpus/antcorpus-multisource-2018.jsonl.gz"));
    if !input.exists() {
        eprintln!("bench: {} not found; nothing to measure", input.display());
        return Ok(());
    }
    let limit_mb: f64 = if full {
        f64::INFINITY
    } else {
        flag("--mb").and_then(|m| m.parse().ok()).unwrap_or(10.0)
    };
    let lex = isnad::lexicon::load_dir(&root.join("ontology"))?;

    // the slice: whole articles until `limit_mb` MB of text (title + body)
    let mut articles: Vec<Article> = Vec::new();
    let mut bytes = 0usize;
    for a in ArticleReader::new(std::slice::from_ref(&input)) {
        let Ok(a) = a else { continue };
        bytes += a.full_text().len();
        articles.push(a);
        if bytes as f64 / 1e6 >= limit_mb {
            break;
        }
    }
    let mb = bytes as f64 / 1e6;
    let n = articles.len();
    println!(
        "corpus slice: {} articles, {mb:.1} MB of text, from {}; {} cores",
        n,
        input.display(),
        std::thread::available_parallelism().map_or(1, |p| p.get())
    );
    println!(
        "{:<34} {:>8} {:>9} {:>11} {:>9} {:>9}",
        "stage (one thread unless noted)", "s", "MB/s", "articles/s", "facts/s", "peak MB"
    );
    let texts: Vec<String> = articles.iter().map(Article::full_text).collect();
    let mut rows = Vec::new();
    let mut stage = |name: &'static str, facts: usize, f: &mut dyn FnMut()| {
        reset_peak();
        let t = Instant::now();
        f();
        let r = Row {
            stage: name,
            secs: t.elapsed().as_secs_f64(),
            mb,
            articles: n,
            facts,
            rss: peak_rss_mb(),
        };
        print(&r);
        rows.push(r);
    };

    // Each article's tokens are dropped before the next, as in the pipeline: kept for all
    // 3,700 articles of the slice, the stage timed the kernel zeroing fresh (huge) pages
    // for them (39 MB/s with mimalloc's transparent huge pages, 118 MB/s without), not
    // the tokenizer. The next stages' tokens are made afterwards, untimed.
    let mut token_count = 0usize;
    stage("normalize + tokenize", 0, &mut || {
        for t in &texts {
            token_count += std::hint::black_box(tokenize::tokenize(t)).len();
        }
    });
    let tokens: Vec<_> = texts.iter().map(|t| tokenize::tokenize(t)).collect();
    let mut sentences = Vec::new();
    stage("segment", 0, &mut || {
        sentences = texts
            .iter()
            .zip(&tokens)
            .map(|(t, k)| segment::split(t, k))
            .collect();
    });
    let mut names = 0usize;
    stage("match (clitics, forms, names)", 0, &mut || {
        for (t, k) in texts.iter().zip(&tokens) {
            let doc = Doc::new("bench", &lex, t, k.clone(), None);
            names += find_names(&doc, 0, doc.tokens.len()).len();
        }
    });
    // dropped article by article too (see the tokens); kept afterwards for the next stages
    let mut facts = 0usize;
    stage("extract_article (all: + relations)", 0, &mut || {
        for a in &articles {
            facts += std::hint::black_box(extract_article(&lex, a.clone()))
                .facts
                .len();
        }
    });
    let extractions: Vec<_> = articles
        .iter()
        .map(|a| extract_article(&lex, a.clone()))
        .collect();
    let mut quads = 0usize;
    stage("serialize (quads + N-Quads)", facts, &mut || {
        let mut buf = Vec::new();
        for ex in &extractions {
            let q = isnad::provenance::article_quads(&lex, ex);
            quads += q.len();
            buf.clear();
            isnad::output::write_nquads(q.iter().map(|q| q.as_ref()), &mut buf);
        }
        std::hint::black_box(&buf);
    });
    let dir = tempfile::tempdir()?;
    stage("load (bulk, fresh store)", facts, &mut || {
        let st = GraphStore::open(&dir.path().join("store")).expect("store");
        let mut b = ArticleBatch::new(&st, ArticleBatch::DEFAULT_QUADS);
        for ex in &extractions {
            let q = isnad::provenance::article_quads(&lex, ex);
            b.add(isnad::provenance::graph_iri(&ex.article.id), q)
                .expect("load");
        }
        b.finish().expect("flush");
        st.flush().expect("flush");
    });
    drop(extractions);
    drop(tokens);
    drop(sentences);
    let mut f2 = 0usize;
    stage(
        "end to end: extract → N-Quads (all cores)",
        facts,
        &mut || {
            let slice = dir.path().join("slice.jsonl");
            let mut w = std::io::BufWriter::new(std::fs::File::create(&slice).expect("slice"));
            for a in &articles {
                use std::io::Write;
                let j = serde_json::json!({"id": a.id, "title": a.title, "text": a.text, "date": a.date, "source": a.source, "url": a.url});
                writeln!(w, "{j}").expect("write");
            }
            drop(w);
            let mut out = Vec::new();
            let _ = for_each_extraction(
                &lex,
                &[slice],
                false,
                None,
                |_| {},
                |ex| -> anyhow::Result<()> {
                    f2 += ex.facts.len();
                    let q = isnad::provenance::article_quads(&lex, &ex);
                    out.clear();
                    isnad::output::write_nquads(q.iter().map(|q| q.as_ref()), &mut out);
                    Ok(())
                },
            );
        },
    );
    println!("({token_count} tokens, {names} name mentions, {facts} facts, {quads} quads; end to end includes writing the slice back to JSONL)");
    Ok(())
}
