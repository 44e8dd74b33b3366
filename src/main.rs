//! The `isnad` command: argument parsing and printing; the work is in the library.

use anyhow::{Context, Result};
use clap::{Parser, Subcommand, ValueEnum};
use isnad::extract::Extraction;
use isnad::lexicon::Lexicon;
use isnad::pipeline::{for_each_prepared, Shard};
use isnad::query::{OutputFormat, QueryError};
use isnad::store::GraphStore;
use oxigraph::io::{RdfFormat, RdfSerializer};
use std::collections::HashSet;
use std::io::{BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

/// isnad: Arabic news → facts with provenance → an embedded RDF store you can query.
#[derive(Parser)]
#[command(version, about, long_about = None)]
struct Cli {
    /// Folder of the ontology and lexicon (.ttl files) to use instead of the built-in
    /// one (./ontology when present, else the one shipped with the source).
    #[arg(long, global = true, value_name = "DIR")]
    ontology: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Read articles and add their facts to an on-disk store (an article already
    /// stored is replaced, so building twice gives the same graph).
    Build {
        /// Files or folders (walked recursively): .txt/.md (one article per file),
        /// .jsonl or .jsonl.gz (one article per line: id, text, title, date, source, url, lang).
        #[arg(required = true, value_name = "INPUT")]
        inputs: Vec<PathBuf>,
        /// The store folder (created if missing).
        #[arg(long, default_value = "isnad-store", value_name = "DIR")]
        store: PathBuf,
        /// Stop at the first bad input instead of skipping it.
        #[arg(long)]
        strict: bool,
        /// Leave out the compaction that follows a large build (about 5 s on the whole
        /// 2018 corpus): for a store built in several steps, compacted once at the end
        /// with `isnad compact`. Queries are several times slower until then.
        #[arg(long)]
        no_compact: bool,
    },
    /// Merge a store's files so queries run fast: what `build` does after a large build,
    /// for a store built with --no-compact.
    Compact {
        /// The store folder.
        #[arg(long, default_value = "isnad-store", value_name = "DIR")]
        store: PathBuf,
    },
    /// Extract facts without a store and print them.
    Extract {
        /// Files or folders, as for `build`.
        #[arg(required = true, value_name = "INPUT")]
        inputs: Vec<PathBuf>,
        /// jsonl: one fact per line (the scripts' contract); nquads/trig: facts with
        /// provenance, per-article named graphs; turtle: the same triples without graphs.
        #[arg(long, value_enum, default_value_t = ExtractFormat::Jsonl)]
        format: ExtractFormat,
        /// Stop at the first bad input instead of skipping it.
        #[arg(long)]
        strict: bool,
        /// Take only every N-th article starting at the K-th (K/N), to share a corpus
        /// between machines.
        #[arg(long, value_name = "K/N")]
        shard: Option<Shard>,
    },
    /// Run a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) on the store.
    Query {
        /// The query text, or the NAME of a query in queries/ (queries/NAME.rq).
        #[arg(required_unless_present = "file", value_name = "SPARQL|NAME")]
        query: Option<String>,
        /// Read the query from a file.
        #[arg(
            short = 'f',
            long = "file",
            value_name = "FILE",
            conflicts_with = "query"
        )]
        file: Option<PathBuf>,
        /// The store folder.
        #[arg(long, default_value = "isnad-store", value_name = "DIR")]
        store: PathBuf,
        /// table for people; csv, tsv, json, xml (SPARQL results) for programs;
        /// turtle or ntriples for CONSTRUCT and DESCRIBE.
        #[arg(long, value_enum, default_value_t = OutputFormat::Table)]
        format: OutputFormat,
    },
    /// Write the whole store (all graphs) to stdout.
    Dump {
        /// The store folder.
        #[arg(long, default_value = "isnad-store", value_name = "DIR")]
        store: PathBuf,
        /// nquads and trig keep the named graphs; turtle and ntriples merge them.
        #[arg(long, value_enum, default_value_t = DumpFormat::Nquads)]
        format: DumpFormat,
    },
    /// Count articles, facts per relation and entities per type.
    Stats {
        /// The store folder.
        #[arg(long, default_value = "isnad-store", value_name = "DIR")]
        store: PathBuf,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Export the graph for Gephi (GEXF), GraphML tools, spreadsheets (CSV) or Graphviz
    /// (DOT): entities as nodes, facts as edges weighted by supporting sentences.
    Export {
        /// gexf (Gephi's own), graphml, csv (nodes.csv + edges.csv in the -o folder), dot.
        #[arg(long, value_enum, default_value_t = isnad::export::Format::Gexf)]
        format: isnad::export::Format,
        /// The store folder.
        #[arg(long, default_value = "isnad-store", value_name = "DIR")]
        store: PathBuf,
        /// Output file (a folder for csv); stdout when omitted (the current folder for csv).
        #[arg(short = 'o', long = "output", value_name = "PATH")]
        output: Option<PathBuf>,
        /// Label language; the other one is the fallback.
        #[arg(long, value_enum, default_value_t = isnad::export::Lang::En)]
        lang: isnad::export::Lang,
        /// Give nodes and edges spells (GEXF) or timesets (CSV) from their article
        /// dates, so Gephi's timeline plays the graph over time.
        #[arg(long)]
        dynamic: bool,
        /// facts: subject –relation→ object; co-mention: entities linked when one
        /// sentence mentions both, weighted by how many sentences do.
        #[arg(long, value_enum, default_value_t = ExportNetwork::Facts)]
        network: ExportNetwork,
        /// Export the graph of a CONSTRUCT query, or of a SELECT with ?source
        /// ?relation ?target (and optional ?weight) columns, instead of --network.
        #[arg(long, value_name = "FILE.rq")]
        query: Option<PathBuf>,
        /// Only these relations (comma-separated local names, e.g. met,visited).
        #[arg(long, value_delimiter = ',', value_name = "REL,...")]
        relations: Vec<String>,
        /// Only nodes of these types (comma-separated, e.g. Person,Country).
        #[arg(long, value_delimiter = ',', value_name = "TYPE,...")]
        types: Vec<String>,
        /// Drop edges supported by fewer sentences.
        #[arg(long, default_value_t = 0, value_name = "N")]
        min_weight: u64,
        /// Only evidence from articles dated on or after DATE (YYYY[-MM[-DD]]).
        #[arg(long, value_name = "DATE")]
        since: Option<String>,
        /// Only evidence from articles dated on or before DATE (YYYY[-MM[-DD]]).
        #[arg(long, value_name = "DATE")]
        until: Option<String>,
        /// Only the neighbourhood of this entity: any English or Arabic name or alias
        /// (case and spelling variants folded), or its IRI.
        #[arg(long, value_name = "NAME")]
        entity: Option<String>,
        /// Hops around --entity to keep.
        #[arg(long, default_value_t = 1, value_name = "K")]
        depth: usize,
    },
    /// Every fact about an entity, with its evidence (sentence, article, outlet, date).
    /// Exit status: 0 found, 1 unknown name (closest names suggested), 3 ambiguous name
    /// (candidates listed).
    Facts {
        /// A name in any spelling the lexicon or the graph knows (بوتين, "Vladimir
        /// Putin", putin), or an IRI (e:VladimirPutin).
        #[arg(value_name = "ENTITY")]
        entity: String,
        /// The store folder.
        #[arg(long, default_value = "isnad-store", value_name = "DIR")]
        store: PathBuf,
        /// Only facts of this relation (visited, met, stated …).
        #[arg(long, value_name = "R")]
        relation: Option<String>,
        /// Whether the entity must be the subject or the object of the facts.
        #[arg(long, value_enum, default_value_t = isnad::lookup::Role::Any)]
        role: isnad::lookup::Role,
        /// Only evidence from articles dated on or after DATE (yyyy, yyyy-mm or yyyy-mm-dd).
        #[arg(long, value_name = "DATE")]
        since: Option<String>,
        /// Only evidence from articles dated on or before DATE.
        #[arg(long, value_name = "DATE")]
        until: Option<String>,
        /// Print one JSON document: the entity and its facts (schema isnad-lookup/1).
        #[arg(long, conflicts_with = "jsonl")]
        json: bool,
        /// Print one fact per line as JSON.
        #[arg(long)]
        jsonl: bool,
    },
    /// The card of an entity: IRI, type, labels, aliases, positions, number of facts
    /// and mentions. Exit status as for `facts`.
    Entity {
        /// A name in any spelling, or an IRI.
        #[arg(value_name = "NAME")]
        name: String,
        /// The store folder.
        #[arg(long, default_value = "isnad-store", value_name = "DIR")]
        store: PathBuf,
        /// Print one JSON document (schema isnad-lookup/1, with no facts).
        #[arg(long)]
        json: bool,
    },
    /// Ask a question: `ask Putin visited` (what/whom, with evidence), `ask Russia
    /// suppliesEnergyTo China` (yes/no), `ask ? visited Moscow` (who). Exit status 0 yes,
    /// 1 no (or unknown name), 3 ambiguous name.
    Ask {
        /// The subject's name, or `?` to ask who.
        #[arg(value_name = "SUBJECT")]
        subject: String,
        /// The relation (visited, met, suppliesEnergyTo …).
        #[arg(value_name = "RELATION")]
        relation: String,
        /// The object's name, for a yes/no question.
        #[arg(value_name = "OBJECT")]
        object: Option<String>,
        /// The store folder.
        #[arg(long, default_value = "isnad-store", value_name = "DIR")]
        store: PathBuf,
        /// Print one JSON document (schema isnad-lookup/1, with `answer`).
        #[arg(long, conflicts_with = "jsonl")]
        json: bool,
        /// Print one fact per line as JSON.
        #[arg(long)]
        jsonl: bool,
    },
    /// Serve the store over HTTP: a SPARQL 1.1 Protocol endpoint (/sparql, /query),
    /// the lookups as JSON (/facts, /entity, /ask) and a page at / for people.
    /// Read-only, loopback-only and time-limited unless told otherwise.
    Serve {
        /// The store folder.
        #[arg(long, default_value = "isnad-store", value_name = "DIR")]
        store: PathBuf,
        /// The address and port to listen on (use 0.0.0.0:PORT to expose it on the network).
        #[arg(long, default_value = "127.0.0.1:7878", value_name = "ADDR:PORT")]
        bind: String,
        /// Cancel a query after this many seconds (answered with 503).
        #[arg(long, default_value_t = 10.0, value_name = "SECONDS")]
        timeout: f64,
        /// Refuse results with more rows or triples than this (answered with 413).
        #[arg(long, default_value_t = 10_000, value_name = "N")]
        max_rows: usize,
        /// Refuse request bodies larger than this many bytes (answered with 413).
        #[arg(long, default_value_t = 1 << 20, value_name = "BYTES")]
        max_body: usize,
        /// Send `Access-Control-Allow-Origin: ORIGIN` (`*` for any), so pages of other
        /// sites can query the endpoint. Off by default.
        #[arg(long, value_name = "ORIGIN")]
        cors: Option<String>,
        /// Accept SPARQL UPDATE from clients sending `Authorization: Bearer TOKEN`
        /// (opens the store for writing). Off by default: the endpoint is read-only.
        #[arg(long, value_name = "TOKEN")]
        allow_update: Option<String>,
        /// Worker threads.
        #[arg(long, default_value_t = 4, value_name = "N")]
        threads: usize,
    },
    /// Send a store's or N-Quads shards' facts to a remote RDF store over the SPARQL 1.1
    /// Graph Store Protocol: one PUT per article graph (a re-push replaces, never
    /// duplicates), plus the ontology graph.
    Push {
        /// The Graph Store Protocol URL, e.g. http://127.0.0.1:7878/store (oxigraph serve).
        #[arg(long, value_name = "URL")]
        endpoint: String,
        /// The store folder to send (the default when no --nquads is given).
        #[arg(long, value_name = "DIR", conflicts_with = "nquads")]
        store: Option<PathBuf>,
        /// N-Quads files (`isnad extract --format nquads` shards; - for stdin) to send
        /// instead of a store.
        #[arg(long, value_name = "FILE", num_args = 1..)]
        nquads: Vec<PathBuf>,
    },
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ExportNetwork {
    Facts,
    CoMention,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ExtractFormat {
    Jsonl,
    Nquads,
    Turtle,
    Trig,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum DumpFormat {
    Nquads,
    Trig,
    Turtle,
    Ntriples,
}

fn ontology_dir(opt: &Option<PathBuf>) -> PathBuf {
    if let Some(d) = opt {
        return d.clone();
    }
    let local = PathBuf::from("ontology");
    if local.join("isnad.ttl").exists() {
        return local;
    }
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("ontology")
}

/// The lexicon of the ontology folder, compiled once and then read from the cache
/// (`ISNAD_CACHE_DIR`, see [`isnad::lexicon::default_cache_dir`]).
fn load_lexicon(opt: &Option<PathBuf>) -> Result<Lexicon> {
    let dir = ontology_dir(opt);
    let cache = isnad::lexicon::default_cache_dir();
    isnad::lexicon::load_dir_cached(&dir, cache.as_deref())
        .with_context(|| format!("loading the ontology from {}", dir.display()))
}

/// mimalloc instead of the system allocator: extraction allocates many short-lived
/// strings and vectors per sentence, and glibc's malloc/free were a quarter of the
/// profile of `isnad extract` (README, Performance).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("isnad: error: {e:#}");
            if e.downcast_ref::<QueryError>()
                .is_some_and(|q| matches!(q, QueryError::Syntax(_)))
            {
                ExitCode::from(2)
            } else {
                ExitCode::FAILURE
            }
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Build {
            inputs,
            store,
            strict,
            no_compact,
        } => build(&cli.ontology, &inputs, &store, strict, !no_compact),
        Command::Compact { store } => {
            let t0 = Instant::now();
            GraphStore::open_existing(&store)?.optimize()?;
            eprintln!(
                "compacted {} in {:.2}s",
                store.display(),
                t0.elapsed().as_secs_f64()
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Extract {
            inputs,
            format,
            strict,
            shard,
        } => extract(&cli.ontology, &inputs, format, strict, shard),
        Command::Query {
            query,
            file,
            store,
            format,
        } => {
            let text = match (query, file) {
                (_, Some(f)) => std::fs::read_to_string(&f)
                    .with_context(|| format!("reading {}", f.display()))?,
                (Some(q), None) => named_query(&q)?.unwrap_or(q),
                (None, None) => unreachable!("clap requires one"),
            };
            let st = GraphStore::open_read_only(&store)?;
            let stdout = std::io::stdout();
            let mut out = BufWriter::new(stdout.lock());
            isnad::query::run(&st, &text, format, &mut out)?;
            out.flush()?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Dump { store, format } => {
            let st = GraphStore::open_read_only(&store)?;
            let stdout = std::io::stdout();
            let mut out = BufWriter::new(stdout.lock());
            let f = match format {
                DumpFormat::Nquads => RdfFormat::NQuads,
                DumpFormat::Trig => RdfFormat::TriG,
                DumpFormat::Turtle => RdfFormat::Turtle,
                DumpFormat::Ntriples => RdfFormat::NTriples,
            };
            let mut w = RdfSerializer::from_format(f).for_writer(&mut out);
            for q in st.inner().iter() {
                write_quad(&mut w, f, &q.context("reading the store")?)?;
            }
            w.finish()?;
            out.flush()?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Stats { store, json } => {
            let st = GraphStore::open_read_only(&store)?;
            let stats = isnad::query::stats(&st)?;
            if json {
                let obj: serde_json::Map<String, serde_json::Value> = stats
                    .iter()
                    .map(|(k, rows)| {
                        (
                            k.clone(),
                            rows.iter()
                                .map(|(a, n)| (a.clone(), serde_json::Value::from(*n)))
                                .collect::<serde_json::Map<_, _>>()
                                .into(),
                        )
                    })
                    .collect();
                println!("{}", serde_json::to_string_pretty(&obj)?);
            } else {
                for (section, rows) in stats {
                    println!("{section}:");
                    for (k, n) in rows {
                        println!("  {k:<24} {n}");
                    }
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Export {
            format,
            store,
            output,
            lang,
            dynamic,
            network,
            query,
            relations,
            types,
            min_weight,
            since,
            until,
            entity,
            depth,
        } => {
            let opts = isnad::export::ExportOptions::new()
                .lang(lang)
                .dynamic(dynamic)
                .relations(relations)
                .types(types)
                .min_weight(min_weight)
                .dates(since, until)
                .entity(entity, depth);
            export_cmd(
                &store,
                format,
                network,
                query.as_deref(),
                opts,
                output.as_deref(),
            )
        }
        Command::Facts {
            entity,
            store,
            relation,
            role,
            since,
            until,
            json,
            jsonl,
        } => {
            let filter = isnad::lookup::FactFilter {
                relation,
                role,
                since,
                until,
            };
            lookup_cmd(&cli.ontology, &store, out_mode(json, jsonl), |l| {
                l.facts(&entity, &filter)
            })
        }
        Command::Entity { name, store, json } => {
            let mode = if json { OutMode::Json } else { OutMode::Card };
            lookup_cmd(&cli.ontology, &store, mode, |l| l.entity(&name))
        }
        Command::Ask {
            subject,
            relation,
            object,
            store,
            json,
            jsonl,
        } => lookup_cmd(&cli.ontology, &store, out_mode(json, jsonl), |l| {
            l.ask(&subject, &relation, object.as_deref())
        }),
        Command::Serve {
            store,
            bind,
            timeout,
            max_rows,
            max_body,
            cors,
            allow_update,
            threads,
        } => serve(
            &cli.ontology,
            &store,
            isnad::serve::ServeOptions {
                bind,
                timeout: std::time::Duration::from_secs_f64(timeout.max(0.001)),
                max_rows,
                max_body,
                cors,
                update_token: allow_update,
                threads,
            },
        ),
        Command::Push {
            endpoint,
            store,
            nquads,
        } => push_cmd(&cli.ontology, &endpoint, store, &nquads),
    }
}

/// `NAME` runs queries/NAME.rq when there is such a file (here or with the source).
fn named_query(name: &str) -> Result<Option<String>> {
    if !name
        .chars()
        .all(|c| c.is_alphanumeric() || c == '-' || c == '_')
    {
        return Ok(None);
    }
    for dir in [
        PathBuf::from("queries"),
        Path::new(env!("CARGO_MANIFEST_DIR")).join("queries"),
    ] {
        let p = dir.join(format!("{name}.rq"));
        if p.exists() {
            return Ok(Some(
                std::fs::read_to_string(&p).with_context(|| format!("reading {}", p.display()))?,
            ));
        }
    }
    Ok(None)
}

fn progress() -> indicatif::ProgressBar {
    if std::io::stderr().is_terminal() {
        let pb = indicatif::ProgressBar::new_spinner();
        pb.set_style(
            indicatif::ProgressStyle::with_template("{spinner} {pos} articles, {msg} [{elapsed}]")
                .expect("static template"),
        );
        pb.enable_steady_tick(std::time::Duration::from_millis(200));
        pb
    } else {
        indicatif::ProgressBar::hidden()
    }
}

/// Articles queued between extraction and the bulk-loader thread in `isnad build`: about
/// one batch (a few hundred quads each), so extraction can run a batch ahead of loading
/// while memory stays bounded.
const LOADER_QUEUE_ARTICLES: usize = 2048;

fn build(
    ontology: &Option<PathBuf>,
    inputs: &[PathBuf],
    store: &Path,
    strict: bool,
    compact: bool,
) -> Result<ExitCode> {
    let t0 = Instant::now();
    let lex = load_lexicon(ontology)?;
    let st = GraphStore::open(store)?;
    st.load_ontology(&lex)?;
    let pb = progress();
    let (mut articles, mut sentences, mut facts, mut errors) = (0usize, 0usize, 0usize, 0usize);
    let mut entities: HashSet<String> = HashSet::new();
    // The bulk loader runs on its own thread, fed whole articles through a bounded
    // queue, so extraction goes on while a batch is written (writing is the slower half).
    let (tx, rx) = std::sync::mpsc::sync_channel::<(String, Vec<oxigraph::model::Quad>)>(
        LOADER_QUEUE_ARTICLES,
    );
    let st = &st;
    let (res, loaded) = std::thread::scope(|scope| -> Result<_> {
        let loader = scope.spawn(move || -> Result<usize, isnad::store::StoreError> {
            let mut batch =
                isnad::store::ArticleBatch::new(st, isnad::store::ArticleBatch::DEFAULT_QUADS);
            for (graph, quads) in rx {
                batch.add(graph, quads)?;
            }
            batch.finish()
        });
        let res = for_each_prepared(
            &lex,
            inputs,
            strict,
            None,
            |e| {
                errors += 1;
                pb.suspend(|| eprintln!("isnad: skipped: {e}"));
            },
            // the quads are made on the worker threads
            |ex: Extraction| {
                let quads = isnad::provenance::article_quads(&lex, &ex);
                (ex, quads)
            },
            |(ex, quads): (Extraction, Vec<oxigraph::model::Quad>)| -> Result<()> {
                // a closed queue means the loader stopped on an error, reported below
                if tx
                    .send((isnad::provenance::graph_iri(&ex.article.id), quads))
                    .is_err()
                {
                    anyhow::bail!("the store loader stopped");
                }
                articles += 1;
                sentences += ex.sentences.len();
                facts += ex.facts.len();
                for s in &ex.sentences {
                    entities.extend(s.mentions.iter().cloned());
                }
                pb.set_position(articles as u64);
                pb.set_message(format!("{facts} facts"));
                Ok(())
            },
        );
        drop(tx);
        // the loader's own error explains a stopped run better than "loader stopped"
        let loaded = loader
            .join()
            .map_err(|_| anyhow::anyhow!("the store loader panicked"))??;
        Ok((res?, loaded))
    })?;
    // a large build leaves many overlapping files; merging them now makes every later
    // query several times faster (small incremental builds skip it: it costs seconds).
    // After a large build a flush would wait for RocksDB's own background merging of
    // those files (8 s on the 2018 file); the compaction writes the memory tables out
    // itself, and without it they stay in the write-ahead log, as every write does.
    let large = loaded >= isnad::store::ArticleBatch::DEFAULT_QUADS;
    if !large {
        st.flush()?;
    } else if compact {
        pb.set_message("compacting the store");
        st.optimize()?;
    }
    pb.finish_and_clear();
    if !compact && large {
        eprintln!(
            "not compacted (--no-compact): `isnad compact --store {}` makes queries fast",
            store.display()
        );
    }
    eprintln!(
        "built {articles} articles, {sentences} sentences, {facts} facts, {} entities in {:.2}s into {}",
        entities.len(),
        t0.elapsed().as_secs_f64(),
        store.display()
    );
    if let Err(e) = res {
        eprintln!("isnad: stopped at the first bad input (--strict): {e}");
        return Ok(ExitCode::FAILURE);
    }
    Ok(if errors > 0 {
        eprintln!(
            "isnad: {errors} input(s) could not be read (see above); everything else was stored"
        );
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

fn extract(
    ontology: &Option<PathBuf>,
    inputs: &[PathBuf],
    format: ExtractFormat,
    strict: bool,
    shard: Option<Shard>,
) -> Result<ExitCode> {
    let lex = load_lexicon(ontology)?;
    let stdout = std::io::stdout();
    let out = BufWriter::new(stdout.lock());
    let mut errors = 0usize;
    let on_error = |e: &isnad::input::InputError| {
        errors += 1;
        eprintln!("isnad: skipped: {e}");
    };
    // one writer for every format: JSON Lines, or RDF quads (triples for Turtle)
    let rdf = match format {
        ExtractFormat::Jsonl => None,
        ExtractFormat::Nquads => Some(RdfFormat::NQuads),
        ExtractFormat::Trig => Some(RdfFormat::TriG),
        ExtractFormat::Turtle => Some(RdfFormat::Turtle),
    };
    // JSON Lines and N-Quads are line formats: each article is serialized on the
    // worker threads and the bytes concatenate; Turtle and TriG group and abbreviate
    // across articles, so their quads go through one serializer here
    let mut sink = match rdf {
        None | Some(RdfFormat::NQuads) => Sink::Lines(out),
        Some(f) => Sink::Rdf(Box::new(RdfSerializer::from_format(f).for_writer(out)), f),
    };
    let lines = matches!(sink, Sink::Lines(_));
    let prepare = |ex: Extraction| -> Prepared {
        if !lines {
            return Prepared::Quads(isnad::provenance::article_quads(&lex, &ex));
        }
        if rdf.is_some() {
            let quads = isnad::provenance::article_quads(&lex, &ex);
            // the lines average about 240 bytes (sentence texts): one allocation
            // instead of a chain of regrowths
            let mut buf = Vec::with_capacity(quads.len() * 256);
            isnad::output::write_nquads(quads.iter().map(|q| q.as_ref()), &mut buf);
            return Prepared::Bytes(Ok(buf));
        }
        let mut buf = Vec::with_capacity(4096);
        let res = isnad::output::write_jsonl(&ex, &mut buf);
        Prepared::Bytes(res.map(|()| buf))
    };
    let res = for_each_prepared(
        &lex,
        inputs,
        strict,
        shard,
        on_error,
        prepare,
        |p: Prepared| -> Result<()> {
            match (&mut sink, p) {
                (Sink::Lines(out), Prepared::Bytes(b)) => out.write_all(&b?)?,
                (Sink::Rdf(w, f), Prepared::Quads(quads)) => {
                    for q in &quads {
                        write_quad(w, *f, q)?;
                    }
                }
                _ => unreachable!("`prepare` makes what the sink takes"),
            }
            Ok(())
        },
    )?;
    match sink {
        Sink::Lines(mut out) => out.flush()?,
        Sink::Rdf(w, _) => (*w).finish()?.flush()?,
    }
    if let Err(e) = res {
        eprintln!("isnad: stopped at the first bad input (--strict): {e}");
        return Ok(ExitCode::FAILURE);
    }
    Ok(if errors > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

fn export_cmd(
    store: &Path,
    format: isnad::export::Format,
    network: ExportNetwork,
    query: Option<&Path>,
    opts: isnad::export::ExportOptions,
    output: Option<&Path>,
) -> Result<ExitCode> {
    use isnad::export::Network;
    let net = match (query, network) {
        (Some(f), _) => Network::Query(
            std::fs::read_to_string(f).with_context(|| format!("reading {}", f.display()))?,
        ),
        (None, ExportNetwork::Facts) => Network::Facts,
        (None, ExportNetwork::CoMention) => Network::CoMention,
    };
    let st = GraphStore::open_read_only(store)?;
    let g = isnad::export::export(&st, format, &opts.network(net), output)?;
    if let Some(o) = output {
        eprintln!(
            "exported {} nodes and {} edges to {}",
            g.node_count(),
            g.edge_count(),
            o.display()
        );
    }
    Ok(ExitCode::SUCCESS)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum OutMode {
    Text,
    Card,
    Json,
    Jsonl,
}

fn out_mode(json: bool, jsonl: bool) -> OutMode {
    match (json, jsonl) {
        (true, _) => OutMode::Json,
        (_, true) => OutMode::Jsonl,
        _ => OutMode::Text,
    }
}

/// Runs one lookup and prints it; exit 0 (found, or yes), 1 (unknown name, or no),
/// 2 (bad relation or option), 3 (ambiguous name).
fn lookup_cmd(
    ontology: &Option<PathBuf>,
    store: &Path,
    mode: OutMode,
    f: impl FnOnce(
        &isnad::lookup::Lookup,
    ) -> Result<isnad::lookup::Document, isnad::lookup::LookupError>,
) -> Result<ExitCode> {
    use isnad::lookup::LookupError;
    let lex = load_lexicon(ontology)?;
    let st = GraphStore::open_read_only(store)?;
    let lookup = isnad::lookup::Lookup::new(&st, &lex)?;
    let doc = match f(&lookup) {
        Ok(d) => d,
        Err(e @ LookupError::Ambiguous { .. }) => {
            eprintln!("isnad: {e}");
            return Ok(ExitCode::from(3));
        }
        Err(e @ LookupError::Unknown { .. }) => {
            eprintln!("isnad: {e}");
            return Ok(ExitCode::FAILURE);
        }
        Err(e @ (LookupError::UnknownRelation { .. } | LookupError::BadArgument(_))) => {
            eprintln!("isnad: {e}");
            return Ok(ExitCode::from(2));
        }
        Err(e) => return Err(e.into()),
    };
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    match mode {
        OutMode::Json => {
            serde_json::to_writer_pretty(&mut out, &doc)?;
            writeln!(out)?;
        }
        OutMode::Jsonl => doc.write_jsonl(&mut out)?,
        OutMode::Card => doc.write_card(&mut out)?,
        OutMode::Text => doc.write_text(&mut out)?,
    }
    out.flush()?;
    Ok(match &doc.answer {
        Some(a) if !a.yes => ExitCode::FAILURE,
        _ => ExitCode::SUCCESS,
    })
}

/// `isnad serve`: opens the store (read-only unless updates are allowed) and serves it.
fn serve(
    ontology: &Option<PathBuf>,
    store: &Path,
    opts: isnad::serve::ServeOptions,
) -> Result<ExitCode> {
    let lex = load_lexicon(ontology)?;
    let st = if opts.update_token.is_some() {
        GraphStore::open(store)?
    } else {
        GraphStore::open_read_only(store)?
    };
    let server = isnad::serve::Server::bind(&st, &lex, opts.clone())?;
    let addr = server
        .local_addr()
        .map_or(opts.bind.clone(), |a| a.to_string());
    eprintln!(
        "isnad: serving {} on http://{addr}/ ({}; query timeout {:.1}s, at most {} rows)",
        store.display(),
        if opts.update_token.is_some() {
            "updates allowed with the token"
        } else {
            "read-only"
        },
        opts.timeout.as_secs_f64(),
        opts.max_rows
    );
    server.run();
    Ok(ExitCode::SUCCESS)
}

/// `isnad push`: sends article graphs to a Graph Store Protocol endpoint.
fn push_cmd(
    ontology: &Option<PathBuf>,
    endpoint: &str,
    store: Option<PathBuf>,
    nquads: &[PathBuf],
) -> Result<ExitCode> {
    use isnad::push::{push_store, Endpoint, Pusher};
    let t0 = Instant::now();
    let mut pusher = Pusher::new(Endpoint::parse(endpoint)?);
    if nquads.is_empty() {
        let store = store.unwrap_or_else(|| PathBuf::from("isnad-store"));
        let st = GraphStore::open_read_only(&store)?;
        push_store(st.inner(), &mut pusher).map_err(|e| anyhow::anyhow!(e))?;
    } else {
        // shards carry article graphs only: send the ontology graph too
        let lex = load_lexicon(ontology)?;
        let onto = isnad::provenance::ontology_quads(&lex);
        pusher.graph(
            &oxigraph::model::GraphName::NamedNode(oxigraph::model::NamedNode::new_unchecked(
                isnad::vocab::ONTOLOGY_GRAPH,
            )),
            &onto,
        )?;
        for f in nquads {
            pusher.nquads_file(f)?;
        }
    }
    let s = pusher.stats();
    eprintln!(
        "pushed {} graphs, {} quads to {endpoint} in {:.2}s",
        s.graphs,
        s.quads,
        t0.elapsed().as_secs_f64()
    );
    Ok(ExitCode::SUCCESS)
}

/// Writes a quad, or its triple when the format has no graphs (Turtle, N-Triples).
fn write_quad<W: Write>(
    w: &mut oxigraph::io::WriterQuadSerializer<W>,
    format: RdfFormat,
    q: &oxigraph::model::Quad,
) -> std::io::Result<()> {
    if format.supports_datasets() {
        w.serialize_quad(q)
    } else {
        w.serialize_triple(oxigraph::model::TripleRef::new(
            &q.subject,
            &q.predicate,
            &q.object,
        ))
    }
}

/// What a worker thread makes of one article for `isnad extract`.
enum Prepared {
    /// The article serialized in a line format (JSON Lines, N-Quads).
    Bytes(std::io::Result<Vec<u8>>),
    /// The article's quads, for a serializer that spans articles (Turtle, TriG).
    Quads(Vec<oxigraph::model::Quad>),
}

/// Where `isnad extract` writes.
enum Sink<W: Write> {
    /// Bytes of a line format, serialized per article: JSON Lines, N-Quads.
    Lines(W),
    /// Facts with provenance as Turtle or TriG.
    Rdf(Box<oxigraph::io::WriterQuadSerializer<W>>, RdfFormat),
}
