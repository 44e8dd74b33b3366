//! Sending facts to a remote RDF store over the SPARQL 1.1 Graph Store Protocol.
//!
//! Every named graph (one per article, plus the ontology graph) is sent with
//! `PUT <endpoint>?graph=<graph IRI>` as N-Triples, which replaces that graph on the
//! server: pushing twice gives the same remote store, never duplicates. When an
//! N-Quads input has one graph in several places, its later parts are added with
//! `POST` (merge), so nothing is lost. Quads in the default graph go to `?default`.
//!
//! The client is a minimal HTTP/1.1 one over a plain TCP connection (`http://` only;
//! put a TLS-terminating proxy in front of an `https://` store).

use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{GraphName, Quad, TripleRef};
use rustc_hash::FxHashSet;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::time::Duration;

/// Why a push failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum PushError {
    /// The endpoint is not an `http://host[:port]/path` URL.
    #[error(
        "endpoint {0}: expected http://host[:port]/path (https is not supported; use a TLS proxy)"
    )]
    BadEndpoint(String),
    /// The connection or a read/write failed.
    #[error("{url}: {source}")]
    Io {
        /// The request URL.
        url: String,
        /// The underlying error.
        source: std::io::Error,
    },
    /// The server answered with an error status.
    #[error("{url}: HTTP {status}: {body}")]
    Status {
        /// The request URL.
        url: String,
        /// The status code.
        status: u16,
        /// The start of the response body.
        body: String,
    },
    /// An N-Quads input could not be parsed.
    #[error("{path}: {message}")]
    Parse {
        /// The file.
        path: String,
        /// The parser's message.
        message: String,
    },
}

/// What a push sent.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct PushStats {
    /// Graphs sent (requests made).
    pub graphs: usize,
    /// Quads sent.
    pub quads: usize,
}

/// A Graph Store Protocol endpoint, e.g. `http://127.0.0.1:7878/store`.
#[derive(Debug, Clone)]
pub struct Endpoint {
    host: String,
    port: u16,
    path: String,
}

impl Endpoint {
    /// Parses an `http://host[:port]/path` URL.
    pub fn parse(url: &str) -> Result<Self, PushError> {
        let bad = || PushError::BadEndpoint(url.to_string());
        let rest = url.strip_prefix("http://").ok_or_else(bad)?;
        let (authority, path) = match rest.find(['/', '?']) {
            Some(i) => (&rest[..i], &rest[i..]),
            None => (rest, "/"),
        };
        let (host, port) = match authority.rsplit_once(':') {
            Some((h, p)) if !h.ends_with(']') || h.starts_with('[') => {
                (h, p.parse::<u16>().map_err(|_| bad())?)
            }
            _ => (authority, 80),
        };
        if host.is_empty() {
            return Err(bad());
        }
        let path = if path.starts_with('?') {
            format!("/{path}")
        } else {
            path.to_string()
        };
        Ok(Self {
            host: host.to_string(),
            port,
            path,
        })
    }

    fn target(&self, graph: &GraphName) -> String {
        let sep = if self.path.contains('?') { '&' } else { '?' };
        match graph {
            GraphName::NamedNode(n) => format!("{}{sep}graph={}", self.path, encode(n.as_str())),
            GraphName::BlankNode(b) => format!("{}{sep}graph={}", self.path, encode(b.as_str())),
            GraphName::DefaultGraph => format!("{}{sep}default", self.path),
        }
    }

    /// Sends `body` (N-Triples) with `method` to the graph; returns the status.
    fn send(&self, method: &str, graph: &GraphName, body: &[u8]) -> Result<u16, PushError> {
        let target = self.target(graph);
        let url = format!("http://{}:{}{target}", self.host, self.port);
        let io = |source| PushError::Io {
            url: url.clone(),
            source,
        };
        let mut s =
            TcpStream::connect((self.host.trim_matches(['[', ']']), self.port)).map_err(io)?;
        s.set_read_timeout(Some(Duration::from_secs(300)))
            .map_err(io)?;
        let head = format!(
            "{method} {target} HTTP/1.1\r\nHost: {}:{}\r\nContent-Type: application/n-triples\r\nContent-Length: {}\r\nConnection: close\r\nUser-Agent: isnad\r\n\r\n",
            self.host,
            self.port,
            body.len()
        );
        s.write_all(head.as_bytes()).map_err(io)?;
        s.write_all(body).map_err(io)?;
        s.flush().map_err(io)?;
        let mut r = BufReader::new(s);
        let mut status_line = String::new();
        r.read_line(&mut status_line).map_err(io)?;
        let status: u16 = status_line
            .split_whitespace()
            .nth(1)
            .and_then(|c| c.parse().ok())
            .ok_or_else(|| {
                io(std::io::Error::other(format!(
                    "not an HTTP response: {status_line:?}"
                )))
            })?;
        if !(200..300).contains(&status) {
            let mut rest = Vec::new();
            let _ = r.take(4096).read_to_end(&mut rest);
            let text = String::from_utf8_lossy(&rest);
            let body = text
                .split("\r\n\r\n")
                .nth(1)
                .unwrap_or("")
                .trim()
                .to_string();
            return Err(PushError::Status { url, status, body });
        }
        Ok(status)
    }
}

fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 16);
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn ntriples(quads: &[Quad]) -> Vec<u8> {
    let mut body = Vec::with_capacity(quads.len() * 160);
    for q in quads {
        // N-Triples is one triple per line in the Display form oxrdf writes
        let _ = writeln!(
            body,
            "{} .",
            TripleRef::new(&q.subject, &q.predicate, &q.object)
        );
    }
    body
}

/// Sends graphs one by one: the first time a graph is seen it is replaced (`PUT`),
/// later runs of the same graph are added (`POST`).
pub struct Pusher {
    endpoint: Endpoint,
    seen: FxHashSet<GraphName>,
    stats: PushStats,
}

impl Pusher {
    /// A pusher to `endpoint`.
    pub fn new(endpoint: Endpoint) -> Self {
        Self {
            endpoint,
            seen: FxHashSet::default(),
            stats: PushStats::default(),
        }
    }

    /// Sends the quads of one graph (all must be in `graph`).
    pub fn graph(&mut self, graph: &GraphName, quads: &[Quad]) -> Result<(), PushError> {
        let method = if self.seen.insert(graph.clone()) {
            "PUT"
        } else {
            "POST"
        };
        self.endpoint.send(method, graph, &ntriples(quads))?;
        self.stats.graphs += 1;
        self.stats.quads += quads.len();
        Ok(())
    }

    /// Sends a stream of quads, one request per run of quads in the same graph.
    pub fn quads<E>(
        &mut self,
        quads: impl IntoIterator<Item = Result<Quad, E>>,
        on_error: impl Fn(E) -> PushError,
    ) -> Result<(), PushError> {
        let mut run: Vec<Quad> = Vec::new();
        for q in quads {
            let q = q.map_err(&on_error)?;
            if run.last().is_some_and(|l| l.graph_name != q.graph_name) {
                let g = run[0].graph_name.clone();
                self.graph(&g, &run)?;
                run.clear();
            }
            run.push(q);
        }
        if let Some(first) = run.first() {
            let g = first.graph_name.clone();
            self.graph(&g, &run)?;
        }
        Ok(())
    }

    /// Sends an N-Quads file (`-` for stdin), streamed.
    pub fn nquads_file(&mut self, path: &Path) -> Result<(), PushError> {
        let name = path.display().to_string();
        let reader: Box<dyn Read> = if path == Path::new("-") {
            Box::new(std::io::stdin().lock())
        } else {
            Box::new(std::fs::File::open(path).map_err(|e| PushError::Parse {
                path: name.clone(),
                message: e.to_string(),
            })?)
        };
        let parser = RdfParser::from_format(RdfFormat::NQuads).for_reader(BufReader::new(reader));
        self.quads(parser, |e| PushError::Parse {
            path: name.clone(),
            message: e.to_string(),
        })
    }

    /// What was sent so far.
    pub fn stats(&self) -> PushStats {
        self.stats
    }
}

/// Sends every graph of a store (the ontology graph included), one request per graph.
/// The summary graph stays behind: its counts are derived from the articles and only
/// right in a store whose every write went through [`crate::store`], which a remote
/// store receiving graphs from several sources is not.
pub fn push_store(
    store: &oxigraph::store::Store,
    pusher: &mut Pusher,
) -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
    for g in store.named_graphs() {
        let g = g?;
        if matches!(&g, oxigraph::model::NamedOrBlankNode::NamedNode(n) if n.as_str() == crate::vocab::SUMMARY_GRAPH)
        {
            continue;
        }
        let name = GraphName::from(g.clone());
        let quads = store
            .quads_for_pattern(None, None, None, Some(g.as_ref().into()))
            .collect::<Result<Vec<_>, _>>()?;
        pusher.graph(&name, &quads)?;
    }
    let default: Vec<Quad> = store
        .quads_for_pattern(
            None,
            None,
            None,
            Some(oxigraph::model::GraphNameRef::DefaultGraph),
        )
        .collect::<Result<Vec<_>, _>>()?;
    if !default.is_empty() {
        pusher.graph(&GraphName::DefaultGraph, &default)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_endpoints() {
        let e = Endpoint::parse("http://127.0.0.1:7878/store").unwrap();
        assert_eq!(
            (e.host.as_str(), e.port, e.path.as_str()),
            ("127.0.0.1", 7878, "/store")
        );
        let e = Endpoint::parse("http://example.org").unwrap();
        assert_eq!((e.port, e.path.as_str()), (80, "/"));
        assert!(Endpoint::parse("https://example.org/x").is_err());
        assert!(Endpoint::parse("http://:80/x").is_err());
        let g = GraphName::NamedNode(oxigraph::model::NamedNode::new_unchecked(
            "https://w3id.org/isnad/graph/a b",
        ));
        assert_eq!(
            Endpoint::parse("http://h:1/store").unwrap().target(&g),
            "/store?graph=https%3A%2F%2Fw3id.org%2Fisnad%2Fgraph%2Fa%20b"
        );
    }
}
