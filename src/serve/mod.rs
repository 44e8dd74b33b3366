//! `isnad serve`: a SPARQL 1.1 Protocol endpoint over the store, the fact lookups as
//! JSON, and a page for people who do not write SPARQL every day.
//!
//! Safe by default: it listens on the loopback interface, refuses SPARQL UPDATE unless
//! started with an update token, stops queries after a timeout, refuses results larger
//! than a cap and request bodies larger than a bound, and sends no CORS headers unless
//! asked. Everything it serves is inside the binary, so the page works offline.
//!
//! Endpoints: `/sparql` and `/query` (GET and POST: `query=` in the URL or a form body,
//! or an `application/sparql-query` body; `update=` or `application/sparql-update` with
//! `Authorization: Bearer TOKEN` when updates are allowed), `/facts?entity=…`,
//! `/entity?name=…`, `/ask?subject=…&relation=…&object=…`, `/examples` (the queries
//! of `queries/`), and `/` (the page).

use crate::lookup::{FactFilter, Lookup, LookupError};
use crate::store::GraphStore;
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::{GraphName, NamedNode, NamedOrBlankNode};
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::{CancellationToken, QueryEvaluationError, QueryResults, SparqlEvaluator};
use oxigraph::store::Store;
use std::io::{Cursor, Read};
use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Arc, Mutex};
use std::time::Duration;
use tiny_http::{Header, Method, Request, Response};

/// Why the server could not start or run.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ServeError {
    /// The address could not be bound (in use, not local, no permission).
    #[error("cannot listen on {addr}: {message}")]
    Bind {
        /// The address asked for.
        addr: String,
        /// Why.
        message: String,
    },
    /// Indexing the names for lookups failed.
    #[error(transparent)]
    Lookup(#[from] LookupError),
}

/// How the server behaves; [`Default`] is the safe configuration.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// Where to listen; loopback by default so nothing is exposed by accident.
    pub bind: String,
    /// A query running longer is cancelled (503).
    pub timeout: Duration,
    /// Results with more rows (solutions or triples) are refused (413).
    pub max_rows: usize,
    /// Request bodies larger than this are refused (413).
    pub max_body: usize,
    /// `Access-Control-Allow-Origin` to send (`*` or an origin); none by default.
    pub cors: Option<String>,
    /// When set, SPARQL UPDATE is accepted with `Authorization: Bearer <token>`
    /// (the store must then be open for writing).
    pub update_token: Option<String>,
    /// Worker threads answering requests.
    pub threads: usize,
}

impl Default for ServeOptions {
    fn default() -> Self {
        Self {
            bind: "127.0.0.1:7878".into(),
            timeout: Duration::from_secs(10),
            max_rows: 10_000,
            max_body: 1 << 20,
            cors: None,
            update_token: None,
            threads: 4,
        }
    }
}

/// A bound server: [`Server::run`] answers requests until the process ends.
pub struct Server<'a> {
    http: tiny_http::Server,
    store: &'a GraphStore,
    lookup: Lookup<'a>,
    opts: ServeOptions,
    /// Queries given up at the timeout whose threads have not ended yet.
    abandoned: Arc<AtomicUsize>,
}

/// The page and its assets, compiled in.
const INDEX_HTML: &str = include_str!("assets/index.html");
const APP_JS: &str = include_str!("assets/app.js");
const STYLE_CSS: &str = include_str!("assets/style.css");

/// The example queries shown on the page: the project's `queries/`, compiled in.
pub const EXAMPLES: &[(&str, &str)] = &[
    ("visits", include_str!("../../queries/visits.rq")),
    ("meetings", include_str!("../../queries/meetings.rq")),
    ("statements", include_str!("../../queries/statements.rq")),
    (
        "country-relations",
        include_str!("../../queries/country-relations.rq"),
    ),
    (
        "entity-profile",
        include_str!("../../queries/entity-profile.rq"),
    ),
    ("co-mentions", include_str!("../../queries/co-mentions.rq")),
    (
        "facts-per-outlet",
        include_str!("../../queries/facts-per-outlet.rq"),
    ),
    ("timeline", include_str!("../../queries/timeline.rq")),
    ("positions", include_str!("../../queries/positions.rq")),
    ("graph-of-facts", include_str!("assets/graph-of-facts.rq")),
];

type Resp = Response<Cursor<Vec<u8>>>;

fn header(k: &str, v: &str) -> Header {
    Header::from_bytes(k.as_bytes(), v.as_bytes()).expect("valid header")
}

fn reply(status: u16, content_type: &str, body: impl Into<Vec<u8>>) -> Resp {
    Response::from_data(body.into())
        .with_status_code(status)
        .with_header(header("Content-Type", content_type))
}

fn text(status: u16, msg: impl std::fmt::Display) -> Resp {
    reply(status, "text/plain; charset=utf-8", format!("{msg}\n"))
}

fn json_reply(status: u16, v: &impl serde::Serialize) -> Resp {
    reply(
        status,
        "application/json",
        serde_json::to_vec_pretty(v).unwrap_or_default(),
    )
}

/// What went wrong with one request, and the status it gets.
struct Fail(u16, String);

impl<'a> Server<'a> {
    /// Binds the address and indexes the names for lookups.
    pub fn bind(
        store: &'a GraphStore,
        lex: &'a crate::lexicon::Lexicon,
        opts: ServeOptions,
    ) -> Result<Self, ServeError> {
        let lookup = Lookup::new(store, lex)?;
        let http = tiny_http::Server::http(&opts.bind).map_err(|e| ServeError::Bind {
            addr: opts.bind.clone(),
            message: e.to_string(),
        })?;
        Ok(Self {
            http,
            store,
            lookup,
            opts,
            abandoned: Arc::new(AtomicUsize::new(0)),
        })
    }

    /// The address actually bound (useful with port 0).
    pub fn local_addr(&self) -> Option<SocketAddr> {
        self.http.server_addr().to_ip()
    }

    /// Answers requests with a pool of worker threads, until the process ends.
    pub fn run(&self) {
        std::thread::scope(|s| {
            for _ in 0..self.opts.threads.max(1) {
                s.spawn(|| {
                    while let Ok(req) = self.http.recv() {
                        self.respond(req);
                    }
                });
            }
        });
    }

    fn respond(&self, mut req: Request) {
        let mut resp = self.handle(&mut req);
        if let Some(origin) = &self.opts.cors {
            resp.add_header(header("Access-Control-Allow-Origin", origin));
            resp.add_header(header(
                "Access-Control-Allow-Headers",
                "Content-Type, Accept, Authorization",
            ));
            resp.add_header(header("Access-Control-Allow-Methods", "GET, POST, OPTIONS"));
        }
        // a client that went away is no error of ours
        let _ = req.respond(resp);
    }

    fn handle(&self, req: &mut Request) -> Resp {
        let url = req.url().to_string();
        let (path, qs) = url.split_once('?').unwrap_or((&url, ""));
        let params: Vec<(String, String)> =
            form_urlencoded::parse(qs.as_bytes()).into_owned().collect();
        let param = |k: &str| params.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone());
        let method = req.method().clone();
        if method == Method::Options {
            return reply(204, "text/plain", Vec::new());
        }
        if !matches!(method, Method::Get | Method::Post | Method::Head) {
            return text(405, "only GET, POST and OPTIONS are supported");
        }
        match path {
            "/" | "/index.html" => reply(200, "text/html; charset=utf-8", INDEX_HTML),
            "/app.js" => reply(200, "text/javascript; charset=utf-8", APP_JS),
            "/style.css" => reply(200, "text/css; charset=utf-8", STYLE_CSS),
            "/examples" => {
                let list: Vec<serde_json::Value> = EXAMPLES
                    .iter()
                    .map(|(n, q)| serde_json::json!({"name": n, "query": q}))
                    .collect();
                json_reply(200, &list)
            }
            "/sparql" | "/query" => match self.sparql(req, &params) {
                Ok(r) => r,
                Err(Fail(code, msg)) => text(code, msg),
            },
            "/facts" => self.lookup_reply(param("entity").or(param("name")), |l, name| {
                let filter = FactFilter {
                    relation: param("relation").filter(|s| !s.is_empty()),
                    role: param("role").unwrap_or_default().parse()?,
                    since: param("since").filter(|s| !s.is_empty()),
                    until: param("until").filter(|s| !s.is_empty()),
                };
                l.facts(name, &filter)
            }),
            "/entity" => {
                self.lookup_reply(param("name").or(param("entity")), |l, name| l.entity(name))
            }
            "/ask" => self.lookup_reply(param("subject"), |l, s| {
                let rel = param("relation").unwrap_or_default();
                let obj = param("object").filter(|s| !s.is_empty());
                l.ask(s, &rel, obj.as_deref())
            }),
            _ => text(404, format!("no such page: {path}")),
        }
    }

    fn lookup_reply(
        &self,
        name: Option<String>,
        f: impl FnOnce(&Lookup, &str) -> Result<crate::lookup::Document, LookupError>,
    ) -> Resp {
        let Some(name) = name.filter(|n| !n.trim().is_empty()) else {
            return json_reply(
                400,
                &serde_json::json!({"error": "give the entity's name (?entity=… or ?name=…)"}),
            );
        };
        match f(&self.lookup, &name) {
            Ok(doc) => json_reply(200, &doc),
            Err(e) => {
                let (status, kind, extra) = match &e {
                    LookupError::Ambiguous { candidates, .. } => (
                        300,
                        "ambiguous",
                        serde_json::json!({ "candidates": candidates }),
                    ),
                    LookupError::Unknown { suggestions, .. } => (
                        404,
                        "unknown",
                        serde_json::json!({ "suggestions": suggestions }),
                    ),
                    LookupError::UnknownRelation { known, .. } => {
                        (400, "relation", serde_json::json!({ "relations": known }))
                    }
                    LookupError::BadArgument(_) => (400, "argument", serde_json::json!({})),
                    _ => (500, "store", serde_json::json!({})),
                };
                let mut v = serde_json::json!({"error": e.to_string(), "kind": kind});
                if let (Some(o), Some(x)) = (v.as_object_mut(), extra.as_object()) {
                    o.extend(x.clone());
                }
                json_reply(status, &v)
            }
        }
    }

    fn body(&self, req: &mut Request) -> Result<String, Fail> {
        let limit = self.opts.max_body;
        if req.body_length().is_some_and(|n| n > limit) {
            return Err(too_big(limit));
        }
        let mut buf = Vec::new();
        req.as_reader()
            .take(limit as u64 + 1)
            .read_to_end(&mut buf)
            .map_err(|e| Fail(400, format!("cannot read the request body: {e}")))?;
        if buf.len() > limit {
            return Err(too_big(limit));
        }
        String::from_utf8(buf).map_err(|_| Fail(400, "the request body is not UTF-8".into()))
    }

    fn sparql(&self, req: &mut Request, params: &[(String, String)]) -> Result<Resp, Fail> {
        let mut params = params.to_vec();
        let ctype = req
            .headers()
            .iter()
            .find(|h| h.field.equiv("Content-Type"))
            .map(|h| h.value.as_str().to_ascii_lowercase())
            .unwrap_or_default();
        let mime = ctype.split(';').next().unwrap_or("").trim().to_string();
        let (mut query, mut update) = (None, None);
        if *req.method() == Method::Post {
            let body = self.body(req)?;
            match mime.as_str() {
                "application/sparql-query" => query = Some(body),
                "application/sparql-update" => update = Some(body),
                "application/x-www-form-urlencoded" | "" => {
                    params.extend(form_urlencoded::parse(body.as_bytes()).into_owned())
                }
                m => {
                    return Err(Fail(
                        415,
                        format!("unsupported Content-Type {m}: use application/sparql-query, application/sparql-update or a form"),
                    ))
                }
            }
        }
        let get = |k: &str| params.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone());
        query = query.or_else(|| get("query"));
        update = update.or_else(|| get("update"));
        if let Some(u) = update {
            return self.update(req, &u);
        }
        let Some(query) = query else {
            return Err(Fail(
                400,
                "no query: give query=… in the URL or a form body, or POST an application/sparql-query body".into(),
            ));
        };
        let accept = req
            .headers()
            .iter()
            .find(|h| h.field.equiv("Accept"))
            .map(|h| h.value.as_str().to_string())
            .unwrap_or_default();
        // `format=json` (and SPARQLWrapper's `format=`/`output=`) when it names a format
        // we write; anything else leaves the Accept header in charge
        let accept = ["format", "output"]
            .iter()
            .find_map(|k| get(k).and_then(|f| format_param(&f)))
            .unwrap_or(accept);
        let defaults: Vec<String> = params
            .iter()
            .filter(|(k, _)| k == "default-graph-uri")
            .map(|(_, v)| v.clone())
            .collect();
        let named: Vec<String> = params
            .iter()
            .filter(|(k, _)| k == "named-graph-uri")
            .map(|(_, v)| v.clone())
            .collect();
        self.run_limited(query, accept, defaults, named)
    }

    /// Evaluates on a thread of its own: at the timeout the query is cancelled and the
    /// client answered at once, even when oxigraph only notices the cancellation later
    /// (inside an aggregate, for instance); the thread then ends on its own.
    fn run_limited(
        &self,
        query: String,
        accept: String,
        defaults: Vec<String>,
        named: Vec<String>,
    ) -> Result<Resp, Fail> {
        let running = self.abandoned.load(Ordering::SeqCst);
        if running >= self.opts.threads.max(1) {
            return Err(Fail(
                503,
                format!("{running} cancelled queries are still winding down; try again shortly"),
            ));
        }
        let token = CancellationToken::new();
        let (send, recv) = mpsc::channel();
        let store = self.store.inner().clone();
        let cap = self.opts.max_rows;
        let t = token.clone();
        let abandoned = Arc::clone(&self.abandoned);
        // (finished, given up): whichever side comes second settles the count
        let state = Arc::new(Mutex::new((false, false)));
        let st = Arc::clone(&state);
        let worker = std::thread::spawn(move || {
            let r = evaluate(&store, &query, &accept, &defaults, &named, t, cap);
            let mut s = st.lock().unwrap_or_else(|p| p.into_inner());
            s.0 = true;
            if s.1 {
                abandoned.fetch_sub(1, Ordering::SeqCst);
            }
            let _ = send.send(r);
        });
        match recv.recv_timeout(self.opts.timeout) {
            Ok(r) => {
                let _ = worker.join();
                let (ctype, body) = r?;
                Ok(reply(200, &ctype, body).with_header(header("Vary", "Accept")))
            }
            Err(_) => {
                let mut s = state.lock().unwrap_or_else(|p| p.into_inner());
                if !s.0 {
                    s.1 = true;
                    self.abandoned.fetch_add(1, Ordering::SeqCst);
                }
                token.cancel();
                Err(timed_out(self.opts.timeout))
            }
        }
    }

    fn update(&self, req: &Request, update: &str) -> Result<Resp, Fail> {
        let Some(token) = &self.opts.update_token else {
            return Err(Fail(
                403,
                "this endpoint is read-only: SPARQL UPDATE needs `isnad serve --allow-update TOKEN`"
                    .into(),
            ));
        };
        let given = req
            .headers()
            .iter()
            .find(|h| h.field.equiv("Authorization"))
            .map(|h| h.value.as_str().to_string())
            .unwrap_or_default();
        if given.strip_prefix("Bearer ").map(str::trim) != Some(token.as_str()) {
            return Err(Fail(
                401,
                "SPARQL UPDATE needs the header `Authorization: Bearer <token>`".into(),
            ));
        }
        let u = SparqlEvaluator::new()
            .parse_update(update)
            .map_err(|e| Fail(400, format!("SPARQL syntax error: {e}")))?;
        u.on_store(self.store.inner())
            .execute()
            .map_err(|e| Fail(500, format!("update failed: {e}")))?;
        Ok(reply(204, "text/plain", Vec::new()))
    }
}

/// Parses, evaluates and serializes one query into memory, refusing more than `cap` rows.
fn evaluate(
    store: &Store,
    sparql: &str,
    accept: &str,
    defaults: &[String],
    named: &[String],
    token: CancellationToken,
    cap: usize,
) -> Result<(String, Vec<u8>), Fail> {
    let pro = crate::query::prologue();
    let text = format!("{pro}{sparql}");
    let offset = pro.lines().count();
    let mut q = SparqlEvaluator::new()
        .with_cancellation_token(token)
        .parse_query(&text)
        .map_err(|e| {
            Fail(
                400,
                format!("SPARQL syntax error: {}", shift(&e.to_string(), offset)),
            )
        })?;
    let iri = |s: &String| {
        NamedNode::new(s.as_str()).map_err(|e| Fail(400, format!("bad graph IRI {s:?}: {e}")))
    };
    if !defaults.is_empty() || !named.is_empty() {
        let d: Vec<GraphName> = defaults
            .iter()
            .map(|s| iri(s).map(GraphName::from))
            .collect::<Result<_, _>>()?;
        let n: Vec<NamedOrBlankNode> = named
            .iter()
            .map(|s| iri(s).map(NamedOrBlankNode::from))
            .collect::<Result<_, _>>()?;
        if !d.is_empty() {
            q.dataset_mut().set_default_graph(d);
        }
        if !n.is_empty() {
            q.dataset_mut().set_available_named_graphs(n);
        }
    } else if q.dataset().is_default_dataset() {
        q.dataset_mut().set_default_graph_as_union();
    }
    let results = q.on_store(store).execute().map_err(eval_fail)?;
    let too_many = || {
        Fail(
            413,
            format!("the result has more than {cap} rows (the server's cap): add a LIMIT"),
        )
    };
    let io = |e: std::io::Error| Fail(500, format!("cannot write results: {e}"));
    let mut buf = Vec::new();
    let ctype = match results {
        QueryResults::Boolean(b) => {
            let f = negotiate_results(accept)?;
            QueryResultsSerializer::from_format(f)
                .serialize_boolean_to_writer(&mut buf, b)
                .map_err(io)?;
            f.media_type()
        }
        QueryResults::Solutions(sols) => {
            let f = negotiate_results(accept)?;
            let mut w = QueryResultsSerializer::from_format(f)
                .serialize_solutions_to_writer(&mut buf, sols.variables().to_vec())
                .map_err(io)?;
            for (i, s) in sols.enumerate() {
                if i >= cap {
                    return Err(too_many());
                }
                w.serialize(&s.map_err(eval_fail)?).map_err(io)?;
            }
            w.finish().map_err(io)?;
            f.media_type()
        }
        QueryResults::Graph(triples) => {
            let f = negotiate_graph(accept)?;
            let mut w =
                crate::query::with_prefixes(RdfSerializer::from_format(f)).for_writer(&mut buf);
            for (i, t) in triples.enumerate() {
                if i >= cap {
                    return Err(too_many());
                }
                w.serialize_triple(&t.map_err(eval_fail)?).map_err(io)?;
            }
            w.finish().map_err(io)?;
            f.media_type()
        }
    };
    let ctype = if ctype.starts_with("text/") {
        format!("{ctype}; charset=utf-8")
    } else {
        ctype.to_string()
    };
    Ok((ctype, buf))
}

fn too_big(limit: usize) -> Fail {
    Fail(
        413,
        format!("the request body is larger than {limit} bytes (the server's bound)"),
    )
}

fn timed_out(t: Duration) -> Fail {
    Fail(
        503,
        format!(
            "the query ran past the server's timeout ({:.1}s) and was cancelled",
            t.as_secs_f64()
        ),
    )
}

fn eval_fail(e: QueryEvaluationError) -> Fail {
    match e {
        QueryEvaluationError::Cancelled => Fail(
            503,
            "the query ran past the server's timeout and was cancelled".into(),
        ),
        e => Fail(500, format!("query evaluation failed: {e}")),
    }
}

/// Parse errors point into the user's query, not into the prologue added before it.
fn shift(msg: &str, offset: usize) -> String {
    let re = regex::Regex::new(r"(\d+):(\d+)").expect("static regex");
    re.replace(msg, |c: &regex::Captures| {
        let l: usize = c[1].parse().unwrap_or(0);
        format!("line {}, column {}", l.saturating_sub(offset), &c[2])
    })
    .into_owned()
}

/// `format=json` and friends: a short name for a media type, for links and the page.
fn format_param(f: &str) -> Option<String> {
    Some(
        match f {
            "json" => "application/sparql-results+json",
            "xml" => "application/sparql-results+xml",
            "csv" => "text/csv",
            "tsv" => "text/tab-separated-values",
            "turtle" | "ttl" => "text/turtle",
            "ntriples" | "nt" | "n3" => "application/n-triples",
            "jsonld" | "json-ld" => "application/ld+json",
            "rdfxml" => "application/rdf+xml",
            _ => return None,
        }
        .to_string(),
    )
}

/// The media ranges of an Accept header, best first (by q, then by order).
fn ranges(accept: &str) -> Vec<String> {
    let mut v: Vec<(f32, usize, String)> = accept
        .split(',')
        .enumerate()
        .filter_map(|(i, part)| {
            let mut it = part.split(';');
            let m = it.next()?.trim().to_ascii_lowercase();
            if m.is_empty() {
                return None;
            }
            let q = it
                .filter_map(|p| p.trim().strip_prefix("q=").map(str::to_string))
                .next()
                .and_then(|q| q.parse().ok())
                .unwrap_or(1.0);
            (q > 0.0).then_some((q, i, m))
        })
        .collect();
    v.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    v.into_iter().map(|(_, _, m)| m).collect()
}

fn negotiate<T: Copy>(
    accept: &str,
    default: T,
    find: impl Fn(&str) -> Option<T>,
    kind: &str,
    offered: &str,
) -> Result<T, Fail> {
    let r = ranges(accept);
    if r.is_empty() {
        return Ok(default);
    }
    for m in &r {
        if m == "*/*" || m == "application/*" {
            return Ok(default);
        }
        if let Some(f) = find(m) {
            return Ok(f);
        }
    }
    Err(Fail(
        406,
        format!("cannot write {kind} as {accept}; offered: {offered}"),
    ))
}

fn negotiate_results(accept: &str) -> Result<QueryResultsFormat, Fail> {
    negotiate(
        accept,
        QueryResultsFormat::Json,
        |m| match m {
            "application/json" | "text/json" => Some(QueryResultsFormat::Json),
            "application/xml" | "text/xml" => Some(QueryResultsFormat::Xml),
            "text/*" => Some(QueryResultsFormat::Csv),
            m => QueryResultsFormat::from_media_type(m),
        },
        "SELECT or ASK results",
        "application/sparql-results+json, application/sparql-results+xml, text/csv, text/tab-separated-values",
    )
}

fn negotiate_graph(accept: &str) -> Result<RdfFormat, Fail> {
    negotiate(
        accept,
        RdfFormat::Turtle,
        |m| match m {
            "text/*" => Some(RdfFormat::Turtle),
            "application/json" => RdfFormat::from_media_type("application/ld+json"),
            m => RdfFormat::from_media_type(m),
        },
        "a graph (CONSTRUCT or DESCRIBE)",
        "text/turtle, application/n-triples, application/ld+json, application/rdf+xml, application/n-quads, application/trig",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_ranges_follow_q() {
        assert_eq!(
            ranges("text/csv;q=0.5, application/sparql-results+xml, */*;q=0.1"),
            vec!["application/sparql-results+xml", "text/csv", "*/*"]
        );
        assert!(matches!(
            negotiate_results("text/csv;q=0.5, application/sparql-results+xml"),
            Ok(QueryResultsFormat::Xml)
        ));
        assert!(negotiate_results("image/png").is_err());
        assert!(matches!(negotiate_graph(""), Ok(RdfFormat::Turtle)));
    }

    #[test]
    fn every_query_file_is_an_example() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("queries");
        for f in std::fs::read_dir(dir).unwrap() {
            let p = f.unwrap().path();
            let name = p.file_stem().unwrap().to_str().unwrap().to_string();
            assert!(
                EXAMPLES.iter().any(|(n, _)| *n == name),
                "queries/{name}.rq is missing from serve::EXAMPLES"
            );
        }
    }
}
