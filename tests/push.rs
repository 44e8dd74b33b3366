//! `isnad push` against a real SPARQL server: `oxigraph serve` from the PyPI `oxigraph`
//! package (`pip install oxigraph`). Without it the test is skipped with a message,
//! unless CI=true, where it fails.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_isnad"));
    c.current_dir(env!("CARGO_MANIFEST_DIR"));
    c
}

struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

/// Starts `oxigraph serve`, or returns None (skip) when the CLI is missing outside CI.
fn start_server(location: &Path) -> Option<(Server, u16)> {
    let have = Command::new("oxigraph")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !have {
        if std::env::var("CI").is_ok_and(|v| v == "true") {
            panic!("the `oxigraph` CLI is missing: pip install oxigraph");
        }
        eprintln!("SKIPPED: the `oxigraph` CLI is not installed (pip install oxigraph)");
        return None;
    }
    let port = free_port();
    let child = Command::new("oxigraph")
        .args(["serve", "--location"])
        .arg(location)
        .args(["--bind", &format!("127.0.0.1:{port}")])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start oxigraph serve");
    let server = Server(child);
    let t0 = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            t0.elapsed() < Duration::from_secs(30),
            "oxigraph serve did not start"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    Some((server, port))
}

/// Runs a SPARQL SELECT over HTTP and returns the CSV body.
fn sparql(port: u16, query: &str) -> String {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(
        s,
        "POST /query HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/sparql-query\r\nAccept: text/csv\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{query}",
        query.len()
    )
    .unwrap();
    let mut resp = String::new();
    s.read_to_string(&mut resp).unwrap();
    assert!(resp.starts_with("HTTP/1.1 200"), "{resp}");
    resp.split("\r\n\r\n").nth(1).unwrap_or("").to_string()
}

fn count(port: u16, query: &str) -> u64 {
    let body = sparql(port, query);
    // CSV: the header `n`, then the number (a chunked response adds chunk sizes around)
    let lines: Vec<&str> = body.lines().map(str::trim).collect();
    let at = lines.iter().position(|l| *l == "n").expect("the n column");
    lines[at + 1]
        .parse()
        .unwrap_or_else(|_| panic!("not a count: {body:?}"))
}

const ALL: &str = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";
const GRAPHS: &str = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";
const FACTS: &str = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?e a <https://w3id.org/isnad/ontology#Evidence> } }";

#[test]
fn push_twice_replaces_rather_than_duplicates() {
    let d = tempfile::tempdir().unwrap();
    let Some((_server, port)) = start_server(&d.path().join("remote")) else {
        return;
    };
    let store = d.path().join("store");
    let b = bin()
        .args(["build", "tests/data/samples", "--store"])
        .arg(&store)
        .output()
        .unwrap();
    assert!(b.status.success(), "{}", String::from_utf8_lossy(&b.stderr));
    let local_quads = String::from_utf8(
        bin()
            .args(["dump", "--store"])
            .arg(&store)
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap()
    .lines()
    // the summary graph is derived from the articles and stays behind (push.rs)
    .filter(|l| !l.ends_with("<https://w3id.org/isnad/summary> ."))
    .count() as u64;
    let endpoint = format!("http://127.0.0.1:{port}/store");
    let push = |args: &[&str]| {
        let o = bin()
            .args(["push", "--endpoint", &endpoint])
            .args(args)
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    };
    let s = store.to_str().unwrap();
    push(&["--store", s]);
    let first = (count(port, ALL), count(port, GRAPHS), count(port, FACTS));
    assert_eq!(
        first.0, local_quads,
        "every quad of the article and ontology graphs arrives"
    );
    assert_eq!(first.1, 7, "six article graphs and the ontology graph");
    assert!(first.2 > 0);
    push(&["--store", s]);
    let second = (count(port, ALL), count(port, GRAPHS), count(port, FACTS));
    assert_eq!(first, second, "a second push replaces, never duplicates");
    // the same facts as an N-Quads shard replace the same graphs
    let nq = d.path().join("samples.nq");
    let o = bin()
        .args(["extract", "--format", "nquads", "tests/data/samples"])
        .output()
        .unwrap();
    std::fs::write(&nq, &o.stdout).unwrap();
    push(&["--nquads", nq.to_str().unwrap()]);
    let third = (count(port, ALL), count(port, GRAPHS), count(port, FACTS));
    assert_eq!(first, third, "a shard replaces the graphs the store pushed");
}
