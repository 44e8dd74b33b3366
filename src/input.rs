//! Reading articles from files and folders, streamed: `.txt`/`.md` (one article per
//! file) and `.jsonl`/`.jsonl.gz` (one article per line).
//!
//! Bad input never stops the reader: each problem is an [`InputError`] item naming the
//! file (and line), and reading goes on with the next article; the caller decides
//! whether to stop (`--strict`).

use serde::Deserialize;
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// One news article.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Article {
    /// Its id: the JSON `id`, or the file name without extension.
    pub id: String,
    /// Its title, if any.
    pub title: Option<String>,
    /// Its body.
    pub text: String,
    /// Publication date (ISO 8601), if known.
    pub date: Option<String>,
    /// The outlet, if known.
    pub source: Option<String>,
    /// Where it was published.
    pub url: Option<String>,
    /// Language code, if given.
    pub lang: Option<String>,
    /// The file it was read from (and line, for JSON Lines).
    pub path: String,
}

impl Article {
    /// The text spans count in: the title, a newline, then the body (just the body
    /// when there is no title).
    pub fn full_text(&self) -> String {
        match &self.title {
            Some(t) if !t.is_empty() => format!("{t}\n{}", self.text),
            _ => self.text.clone(),
        }
    }
}

/// A problem with one input.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum InputError {
    /// The path does not exist.
    #[error("{0}: no such file or folder")]
    Missing(PathBuf),
    /// The file could not be read.
    #[error("{path}: cannot read: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// The file (or line) is not valid UTF-8.
    #[error("{path}{}: not valid UTF-8 text", line.map(|l| format!(":{l}")).unwrap_or_default())]
    InvalidUtf8 {
        /// The file.
        path: PathBuf,
        /// The line, for JSON Lines.
        line: Option<usize>,
    },
    /// The file looks binary (it has NUL bytes).
    #[error("{0}: binary file, not text")]
    Binary(PathBuf),
    /// The file (or the article text) is empty.
    #[error("{path}{}: empty article", line.map(|l| format!(":{l}")).unwrap_or_default())]
    Empty {
        /// The file.
        path: PathBuf,
        /// The line, for JSON Lines.
        line: Option<usize>,
    },
    /// A JSON line does not parse or lacks a field.
    #[error("{path}:{line}: malformed JSON line: {message}")]
    BadJson {
        /// The file.
        path: PathBuf,
        /// The line number (from 1).
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// The file's extension is not one isnad reads.
    #[error("{0}: unsupported file type (expected .txt, .md, .jsonl or .jsonl.gz)")]
    Unsupported(PathBuf),
}

#[derive(Deserialize)]
struct JsonArticle {
    id: serde_json::Value,
    text: String,
    title: Option<String>,
    date: Option<String>,
    source: Option<String>,
    url: Option<String>,
    lang: Option<String>,
}

/// The kinds of input file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Text,
    Jsonl,
    JsonlGz,
}

fn kind_of(p: &Path) -> Option<Kind> {
    let name = p.file_name()?.to_string_lossy().to_lowercase();
    if name.ends_with(".jsonl.gz") || name.ends_with(".json.gz") {
        Some(Kind::JsonlGz)
    } else if name.ends_with(".jsonl") || name.ends_with(".ndjson") {
        Some(Kind::Jsonl)
    } else if name.ends_with(".txt") || name.ends_with(".md") {
        Some(Kind::Text)
    } else {
        None
    }
}

/// Expands inputs into files: a folder is walked recursively (files sorted, only the
/// kinds isnad reads); a file is taken as given.
pub fn expand_inputs(inputs: &[PathBuf]) -> Vec<Result<PathBuf, InputError>> {
    let mut out = Vec::new();
    for p in inputs {
        if !p.exists() {
            out.push(Err(InputError::Missing(p.clone())));
        } else if p.is_dir() {
            let mut files: Vec<PathBuf> = walkdir::WalkDir::new(p)
                .into_iter()
                .filter_map(Result::ok)
                .filter(|e| e.file_type().is_file() && kind_of(e.path()).is_some())
                .map(|e| e.into_path())
                .collect();
            files.sort();
            out.extend(files.into_iter().map(Ok));
        } else {
            out.push(Ok(p.clone()));
        }
    }
    out
}

/// Streams the articles of a list of inputs.
pub struct ArticleReader {
    files: std::vec::IntoIter<Result<PathBuf, InputError>>,
    current: Option<(PathBuf, Box<dyn BufRead + Send>, usize)>,
}

impl ArticleReader {
    /// A reader over files and folders.
    pub fn new(inputs: &[PathBuf]) -> Self {
        Self {
            files: expand_inputs(inputs).into_iter(),
            current: None,
        }
    }

    fn open_file(&mut self, path: PathBuf) -> Option<Result<Article, InputError>> {
        let Some(kind) = kind_of(&path) else {
            return Some(Err(InputError::Unsupported(path)));
        };
        let file = match File::open(&path) {
            Ok(f) => f,
            Err(source) => return Some(Err(InputError::Io { path, source })),
        };
        match kind {
            Kind::Text => Some(read_text_file(&path, file)),
            Kind::Jsonl => {
                self.current = Some((path, Box::new(BufReader::with_capacity(1 << 20, file)), 0));
                None
            }
            Kind::JsonlGz => {
                let gz = flate2::read::MultiGzDecoder::new(BufReader::new(file));
                self.current = Some((path, Box::new(BufReader::with_capacity(1 << 20, gz)), 0));
                None
            }
        }
    }
}

fn read_text_file(path: &Path, mut file: File) -> Result<Article, InputError> {
    let mut bytes = Vec::new();
    file.read_to_end(&mut bytes)
        .map_err(|source| InputError::Io {
            path: path.to_path_buf(),
            source,
        })?;
    if bytes.contains(&0) {
        return Err(InputError::Binary(path.to_path_buf()));
    }
    let text = String::from_utf8(bytes).map_err(|_| InputError::InvalidUtf8 {
        path: path.to_path_buf(),
        line: None,
    })?;
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(&text).to_string();
    if text.trim().is_empty() {
        return Err(InputError::Empty {
            path: path.to_path_buf(),
            line: None,
        });
    }
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    let id = name.split('.').next().unwrap_or(&name).to_string();
    Ok(Article {
        id,
        text,
        path: path.display().to_string(),
        ..Article::default()
    })
}

/// Parses one JSON line into an article.
pub fn parse_json_line(path: &Path, line_no: usize, line: &str) -> Result<Article, InputError> {
    let bad = |message: String| InputError::BadJson {
        path: path.to_path_buf(),
        line: line_no,
        message,
    };
    let j: JsonArticle = serde_json::from_str(line).map_err(|e| bad(e.to_string()))?;
    let id = match j.id {
        serde_json::Value::String(s) if !s.trim().is_empty() => s,
        serde_json::Value::Number(n) => n.to_string(),
        _ => return Err(bad("`id` must be a non-empty string or a number".into())),
    };
    if j.text.trim().is_empty() && j.title.as_deref().is_none_or(|t| t.trim().is_empty()) {
        return Err(InputError::Empty {
            path: path.to_path_buf(),
            line: Some(line_no),
        });
    }
    Ok(Article {
        id,
        title: j.title.filter(|t| !t.trim().is_empty()),
        text: j.text,
        date: j.date.filter(|d| !d.is_empty() && d != "None"),
        source: j.source.filter(|s| !s.is_empty()),
        url: j.url.filter(|s| !s.is_empty()),
        lang: j.lang,
        path: format!("{}:{line_no}", path.display()),
    })
}

impl Iterator for ArticleReader {
    type Item = Result<Article, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some((path, reader, line_no)) = &mut self.current {
                let mut buf = Vec::new();
                match reader.read_until(b'\n', &mut buf) {
                    Ok(0) => {
                        self.current = None;
                        continue;
                    }
                    Ok(_) => {
                        *line_no += 1;
                        let Ok(line) = std::str::from_utf8(&buf) else {
                            return Some(Err(InputError::InvalidUtf8 {
                                path: path.clone(),
                                line: Some(*line_no),
                            }));
                        };
                        if line.trim().is_empty() {
                            continue;
                        }
                        return Some(parse_json_line(path, *line_no, line));
                    }
                    Err(source) => {
                        let path = path.clone();
                        self.current = None;
                        return Some(Err(InputError::Io { path, source }));
                    }
                }
            }
            match self.files.next()? {
                Err(e) => return Some(Err(e)),
                Ok(p) => {
                    if let Some(r) = self.open_file(p) {
                        return Some(r);
                    }
                }
            }
        }
    }
}
