//! Reading an ontology folder: every `.ttl` file below it, parsed with oxigraph's
//! Turtle parser, then compiled into the [`Lexicon`] indexes.

use super::*;
use crate::text::tokenize::{tokenize, TokenKind};
use crate::vocab::{self, std_terms};
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{BlankNode, NamedOrBlankNode, Term, Triple};
use rayon::prelude::*;
use rustc_hash::FxHashMap as Map;
use std::path::Path;

const RDFS_DOMAIN: &str = "http://www.w3.org/2000/01/rdf-schema#domain";
const RDFS_RANGE: &str = "http://www.w3.org/2000/01/rdf-schema#range";
const OWL_SYMMETRIC: &str = "http://www.w3.org/2002/07/owl#SymmetricProperty";

/// Triples grouped by subject, in file order.
type Index = Map<NamedOrBlankNode, Vec<(String, Term)>>;

/// Loads every `.ttl` file below `dir` and compiles the lexicon.
pub fn load_dir(dir: &Path) -> Result<Lexicon, LexiconError> {
    compile_files(dir, &read_ttl(dir)?)
}

/// Every `.ttl` file below `dir` with its content, in path order: what the lexicon is
/// compiled from (and what its cache is keyed by).
pub(super) fn read_ttl(dir: &Path) -> Result<Vec<(PathBuf, Vec<u8>)>, LexiconError> {
    let mut files = Vec::new();
    collect_ttl(dir, &mut files)?;
    if files.is_empty() {
        return Err(LexiconError::Invalid {
            path: dir.to_path_buf(),
            message: "no .ttl file in the ontology folder".into(),
        });
    }
    files.sort();
    files
        .into_iter()
        .map(|f| match std::fs::read(&f) {
            Ok(data) => Ok((f, data)),
            Err(source) => Err(LexiconError::Io { path: f, source }),
        })
        .collect()
}

/// Compiles the lexicon from the files [`read_ttl`] read from `dir`.
pub(super) fn compile_files(
    dir: &Path,
    files: &[(PathBuf, Vec<u8>)],
) -> Result<Lexicon, LexiconError> {
    // the files are parsed on all cores (a third of the load), then blank nodes get
    // names from their file and order, so the ontology graph is the same on every load
    // (a rebuild must give the same graph)
    let parsed: Vec<Vec<Triple>> = files
        .par_iter()
        .map(|(f, data)| {
            RdfParser::from_format(RdfFormat::Turtle)
                .for_slice(data)
                .map(|t| {
                    t.map(Triple::from).map_err(|e| LexiconError::Parse {
                        path: f.clone(),
                        message: e.to_string(),
                    })
                })
                .collect()
        })
        .collect::<Result<_, _>>()?;
    let mut triples = Vec::with_capacity(parsed.iter().map(Vec::len).sum());
    let mut bnodes: Map<String, BlankNode> = Map::default();
    for (fi, file) in parsed.into_iter().enumerate() {
        for mut t in file {
            let mut stable = |b: &BlankNode| {
                let n = bnodes.len();
                bnodes
                    .entry(b.as_str().to_string())
                    .or_insert_with(|| BlankNode::new_unchecked(format!("o{fi}x{n}")))
                    .clone()
            };
            if let NamedOrBlankNode::BlankNode(b) = &t.subject {
                t.subject = NamedOrBlankNode::BlankNode(stable(b));
            }
            if let Term::BlankNode(b) = &t.object {
                t.object = Term::BlankNode(stable(b));
            }
            triples.push(t);
        }
    }
    compile(dir, triples)
}

/// Every `.ttl` file below `dir`, in directory order (callers sort).
fn collect_ttl(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), LexiconError> {
    let rd = std::fs::read_dir(dir).map_err(|source| LexiconError::Io {
        path: dir.to_path_buf(),
        source,
    })?;
    for e in rd {
        let e = e.map_err(|source| LexiconError::Io {
            path: dir.to_path_buf(),
            source,
        })?;
        let p = e.path();
        if p.is_dir() {
            collect_ttl(&p, out)?;
        } else if p.extension().is_some_and(|x| x == "ttl") {
            out.push(p);
        }
    }
    Ok(())
}

fn ont(local: &str) -> String {
    vocab::ont_iri(local)
}

fn local(iri: &str) -> &str {
    iri.rsplit(['#', '/']).next().unwrap_or(iri)
}

fn literal(t: &Term) -> Option<(&str, Option<&str>)> {
    match t {
        Term::Literal(l) => Some((l.value(), l.language())),
        _ => None,
    }
}

fn iri_of(t: &Term) -> Option<&str> {
    match t {
        Term::NamedNode(n) => Some(n.as_str()),
        _ => None,
    }
}

/// The token keys of a form or a name, punctuation left out.
pub fn keys_of(s: &str) -> Vec<String> {
    tokenize(s)
        .into_iter()
        .filter(|t| t.kind != TokenKind::Punct)
        .map(|t| t.key)
        .collect()
}

/// Match keys of word parts that news spells two ways; a name with one gets the other.
const SPELLING_VARIANTS: &[(&str, &str)] = &[("ديمقراط", "ديموقراط")];

struct Compiler<'a> {
    dir: &'a Path,
    idx: Index,
    /// Subjects in the order the files state them, so ids are stable.
    order: Vec<NamedOrBlankNode>,
    lex: Lexicon,
}

fn compile(dir: &Path, triples: Vec<Triple>) -> Result<Lexicon, LexiconError> {
    let mut idx: Index = Map::default();
    let mut order = Vec::new();
    for t in &triples {
        if !idx.contains_key(&t.subject) {
            order.push(t.subject.clone());
        }
        idx.entry(t.subject.clone())
            .or_default()
            .push((t.predicate.as_str().to_string(), t.object.clone()));
    }
    let mut c = Compiler {
        dir,
        idx,
        order,
        lex: Lexicon {
            ontology_triples: triples,
            ..Lexicon::default()
        },
    };
    c.relations()?;
    c.entities();
    c.triggers()?;
    c.word_classes_and_titles()?;
    // only heads that are body nouns (حركة، منظمة) can be referred back to: kept once
    // here rather than checked at every mention
    let heads: Vec<Vec<String>> = c
        .lex
        .entities
        .iter()
        .map(|e| {
            e.heads
                .iter()
                .filter(|h| c.lex.word_is(h, WordClass::BodyNoun))
                .cloned()
                .collect()
        })
        .collect();
    for (e, h) in c.lex.entities.iter_mut().zip(heads) {
        e.heads = h;
    }
    for hits in c.lex.names.values_mut() {
        let ents = &c.lex.entities;
        hits.sort_by_key(|h| {
            (
                h.how != NameKind::Name,
                ents[h.entity as usize].etype.priority(),
            )
        });
        hits.dedup();
    }
    Ok(c.lex)
}

impl Compiler<'_> {
    fn invalid(&self, message: String) -> LexiconError {
        LexiconError::Invalid {
            path: self.dir.to_path_buf(),
            message,
        }
    }

    fn types(&self, s: &NamedOrBlankNode) -> Vec<&str> {
        self.values(s, std_terms::RDF_TYPE)
            .filter_map(iri_of)
            .collect()
    }

    fn values<'b>(
        &'b self,
        s: &NamedOrBlankNode,
        p: &'b str,
    ) -> impl Iterator<Item = &'b Term> + 'b {
        self.idx
            .get(s)
            .into_iter()
            .flatten()
            .filter(move |(pp, _)| pp == p)
            .map(|(_, o)| o)
    }

    fn strings(&self, s: &NamedOrBlankNode, p: &str) -> Vec<String> {
        self.values(s, p)
            .filter_map(literal)
            .map(|(v, _)| v.to_string())
            .collect()
    }

    fn one_string(&self, s: &NamedOrBlankNode, p: &str) -> Option<String> {
        self.strings(s, p).into_iter().next()
    }

    fn subjects_of_type(&self, class: &str) -> Vec<NamedOrBlankNode> {
        self.order
            .iter()
            .filter(|s| self.types(s).contains(&class))
            .cloned()
            .collect()
    }

    fn constraint(&self, s: &NamedOrBlankNode, p: &str) -> TypeConstraint {
        let mut set = Vec::new();
        for iri in self.values(s, p).filter_map(iri_of) {
            match local(iri) {
                "Agent" => return TypeConstraint::Agent,
                "Place" => return TypeConstraint::Place,
                l => {
                    if let Some(t) = EntityType::from_local_name(l) {
                        set.push(t);
                    }
                }
            }
        }
        if set.is_empty() {
            TypeConstraint::Any
        } else {
            TypeConstraint::Exactly(set)
        }
    }

    fn relations(&mut self) -> Result<(), LexiconError> {
        let fact = ont("FactRelation");
        for s in self.subjects_of_type(&fact) {
            let NamedOrBlankNode::NamedNode(n) = &s else {
                continue;
            };
            let symmetric = self.types(&s).contains(&OWL_SYMMETRIC);
            let def = RelationDef {
                name: local(n.as_str()).to_string(),
                symmetric,
                domain: self.constraint(&s, RDFS_DOMAIN),
                range: self.constraint(&s, RDFS_RANGE),
            };
            self.lex.relations.push(def);
        }
        if self.lex.relations.is_empty() {
            return Err(self.invalid("the ontology defines no isnad:FactRelation".into()));
        }
        Ok(())
    }

    fn entities(&mut self) {
        let mut subjects = Vec::new();
        for s in self.order.iter() {
            let NamedOrBlankNode::NamedNode(n) = s else {
                continue;
            };
            let Some(t) = self.types(s).iter().find_map(|t| {
                t.strip_prefix(vocab::ONT)
                    .and_then(EntityType::from_local_name)
            }) else {
                continue;
            };
            subjects.push((s.clone(), n.as_str().to_string(), t));
        }
        for (_, iri, t) in &subjects {
            let id = self.lex.entities.len() as EntityId;
            self.lex.by_iri.insert(iri.clone(), id);
            self.lex.entities.push(Entity {
                iri: iri.clone(),
                etype: *t,
                label_en: None,
                label_ar: None,
                country: None,
                capital: None,
                roles: Vec::new(),
                adjective: None,
                female: false,
                heads: Vec::new(),
            });
        }
        let label = std_terms::RDFS_LABEL;
        let alt = std_terms::SKOS_ALT_LABEL;
        for (s, iri, _) in &subjects {
            let id = self.lex.by_iri[iri];
            let mut e = self.lex.entities[id as usize].clone();
            for (v, lang) in self.values(s, label).filter_map(literal) {
                match lang {
                    Some("ar") if e.label_ar.is_none() => e.label_ar = Some(v.to_string()),
                    Some("en") if e.label_en.is_none() => e.label_en = Some(v.to_string()),
                    None if e.label_en.is_none() => e.label_en = Some(v.to_string()),
                    _ => {}
                }
            }
            // each name's keys, with whether it is Arabic (its head noun, below)
            let names: Vec<(Vec<String>, bool)> = self
                .values(s, label)
                .chain(self.values(s, alt))
                .filter_map(literal)
                .map(|(v, lang)| (keys_of(v), lang == Some("ar")))
                .collect();
            for (keys, arabic) in &names {
                self.add_name(keys, id, NameKind::Name);
                if *arabic && keys.len() >= 2 {
                    let head = keys[0].strip_prefix("ال").unwrap_or(&keys[0]).to_string();
                    if !e.heads.contains(&head) {
                        e.heads.push(head);
                    }
                }
            }
            for adj in self.strings(s, &ont(vocab::ont::ADJECTIVE)) {
                // each word of a compound adjective agrees (الكوري الشمالي، الكورية الشمالية)
                // the article is dropped only where it is written as one (الشمالي), not
                // from a word that starts with those letters (ألماني, ألباني)
                let words: Vec<String> = keys_of(&adj)
                    .iter()
                    .zip(adj.split_whitespace())
                    .map(|(w, raw)| {
                        if raw.starts_with("ال") {
                            w.strip_prefix("ال").unwrap_or(w).to_string()
                        } else {
                            w.clone()
                        }
                    })
                    .collect();
                if words.is_empty() {
                    continue;
                }
                let form = |def: &str, suf: &str| {
                    words
                        .iter()
                        .map(|w| format!("{def}{w}{suf}"))
                        .collect::<Vec<_>>()
                        .join(" ")
                };
                if e.adjective.is_none() {
                    let surface: Vec<String> = adj
                        .split_whitespace()
                        .map(|w| match w.strip_prefix("ال") {
                            Some(bare) => format!("ال{bare}"),
                            None => format!("ال{w}"),
                        })
                        .collect();
                    e.adjective = Some(surface.join(" "));
                }
                // (the accusative of an indefinite nisba takes an alif: منتجا أميركيا)
                for (def, suf) in [("", ""), ("", "ه"), ("", "ا"), ("ال", ""), ("ال", "ه")] {
                    self.add_key(form(def, suf), id, NameKind::Adjective);
                }
                for (def, suf) in [("", "ين"), ("", "ون"), ("ال", "ين"), ("ال", "ون")] {
                    self.add_key(form(def, suf), id, NameKind::Plural);
                }
            }
            for pl in self.strings(s, &ont(vocab::ont::PLURAL)) {
                let k = keys_of(&pl).join(" ");
                let base = if pl.starts_with("ال") {
                    k.strip_prefix("ال").unwrap_or(&k).to_string()
                } else {
                    k.clone()
                };
                if base.chars().count() >= 3 {
                    self.add_key(format!("ال{base}"), id, NameKind::Plural);
                    self.add_key(base, id, NameKind::Plural);
                }
            }
            e.country = self
                .values(s, &ont(vocab::ont::COUNTRY))
                .filter_map(iri_of)
                .find_map(|i| self.lex.by_iri.get(i).copied());
            e.capital = self
                .values(s, &ont(vocab::ont::CAPITAL))
                .filter_map(iri_of)
                .find_map(|i| self.lex.by_iri.get(i).copied());
            e.female = self
                .one_string(s, &ont(vocab::ont::GENDER))
                .is_some_and(|g| g.starts_with('f'));
            let held: Vec<Term> = self
                .values(s, &ont(vocab::ont::HELD_ROLE))
                .cloned()
                .collect();
            for r in held {
                let node = match r {
                    Term::BlankNode(b) => NamedOrBlankNode::BlankNode(b),
                    Term::NamedNode(n) => NamedOrBlankNode::NamedNode(n),
                    _ => continue,
                };
                let Some(kind) = self
                    .values(&node, &ont(vocab::ont::ROLE_KIND))
                    .filter_map(iri_of)
                    .find_map(|k| RoleKind::from_local_name(local(k)))
                else {
                    continue;
                };
                let of = self
                    .values(&node, &ont(vocab::ont::ROLE_OF))
                    .filter_map(iri_of)
                    .find_map(|i| self.lex.by_iri.get(i).copied());
                let from = self
                    .one_string(&node, &ont(vocab::ont::FROM))
                    .and_then(|d| date_num(&d));
                let until = self
                    .one_string(&node, &ont(vocab::ont::UNTIL))
                    .and_then(|d| date_num(&d));
                e.roles.push(Role {
                    kind,
                    of,
                    from,
                    until,
                });
            }
            self.lex.entities[id as usize] = e;
        }
        // a capital's country, when only the country names its capital
        for i in 0..self.lex.entities.len() {
            if let Some(c) = self.lex.entities[i].capital {
                if self.lex.entities[c as usize].country.is_none() {
                    self.lex.entities[c as usize].country = Some(i as EntityId);
                }
            }
        }
    }

    /// Adds a name by its token keys ([`keys_of`]).
    fn add_name(&mut self, keys: &[String], id: EntityId, how: NameKind) {
        let k = keys.join(" ");
        // one-letter names and bare numbers would match everywhere
        if k.chars().count() < 2 || k.chars().all(|c| c.is_ascii_digit() || c == ' ') {
            return;
        }
        // spellings of one word that news writes both ways (ديمقراطية / ديموقراطية)
        for (a, b) in SPELLING_VARIANTS.iter().flat_map(|(a, b)| [(a, b), (b, a)]) {
            if k.contains(a) && !k.contains(b) {
                self.add_key(k.replace(a, b), id, how);
            }
        }
        self.add_key(k, id, how);
    }

    fn add_key(&mut self, k: String, id: EntityId, how: NameKind) {
        let n = k.split(' ').count();
        self.lex.max_name_tokens = self.lex.max_name_tokens.max(n);
        for (i, _) in k.match_indices(' ') {
            self.lex.name_prefixes.insert(k[..i].to_string());
        }
        self.lex.name_prefixes.insert(k.clone());
        self.lex
            .names
            .entry(k)
            .or_default()
            .push(NameHit { entity: id, how });
    }

    fn forms_of(&self, s: &NamedOrBlankNode) -> Vec<Vec<String>> {
        self.strings(s, &ont(vocab::ont::FORMS))
            .iter()
            .flat_map(|f| f.split('|').map(keys_of).collect::<Vec<_>>())
            .filter(|k| !k.is_empty())
            .collect()
    }

    fn key_list(&self, s: &NamedOrBlankNode, p: &str) -> Vec<String> {
        self.strings(s, &ont(p))
            .iter()
            .flat_map(|f| {
                f.split('|')
                    .map(|x| keys_of(x).join(" "))
                    .collect::<Vec<_>>()
            })
            .collect()
    }

    fn add_form(&mut self, keys: Vec<String>, target: FormTarget) {
        let first = keys[0].clone();
        self.lex
            .forms
            .entry(first)
            .or_default()
            .push(Form { keys, target });
    }

    fn triggers(&mut self) -> Result<(), LexiconError> {
        let mut subjects = self.subjects_of_type(&ont(vocab::ont::TRIGGER));
        subjects.sort_by_key(|s| s.to_string());
        for s in subjects {
            let id = match &s {
                NamedOrBlankNode::NamedNode(n) => local(n.as_str()).to_string(),
                NamedOrBlankNode::BlankNode(b) => b.as_str().to_string(),
            };
            let rel_prop = ont(vocab::ont::RELATION);
            let rel_iri = self
                .values(&s, &rel_prop)
                .filter_map(iri_of)
                .next()
                .map(local)
                .unwrap_or("")
                .to_string();
            let relation = self.lex.relation(&rel_iri).ok_or_else(|| {
                self.invalid(format!(
                    "trigger {id}: isnad:relation {rel_iri:?} is not an isnad:FactRelation"
                ))
            })?;
            let frame = match self
                .values(&s, &ont(vocab::ont::FRAME))
                .filter_map(iri_of)
                .next()
                .map(local)
            {
                Some("Verb") => Frame::Verb,
                Some("Noun") => Frame::Noun,
                Some("Speech") => Frame::Speech,
                other => {
                    return Err(self.invalid(format!("trigger {id}: unknown isnad:frame {other:?}")))
                }
            };
            let markers = self
                .strings(&s, &ont(vocab::ont::MARKER))
                .iter()
                .flat_map(|m| {
                    m.split('|')
                        .map(|x| keys_of(x).join(" "))
                        .collect::<Vec<_>>()
                })
                .collect::<Vec<_>>();
            let confidence = self
                .values(&s, &ont(vocab::ont::CONFIDENCE))
                .filter_map(literal)
                .find_map(|(v, _)| v.parse::<f32>().ok())
                .unwrap_or(0.7);
            let flag = |c: &Self, p: &str| c.one_string(&s, &ont(p)).is_some_and(|v| v == "true");
            let rel = &self.lex.relations[relation];
            let subject_type = match self.constraint(&s, &ont("subjectType")) {
                TypeConstraint::Any => rel.domain.clone(),
                c => c,
            };
            let object_type = match self.constraint(&s, &ont("objectType")) {
                TypeConstraint::Any => rel.range.clone(),
                c => c,
            };
            let t = Trigger {
                id,
                relation,
                frame,
                markers: if markers.is_empty() {
                    vec![String::new()]
                } else {
                    markers
                },
                cues: self.key_list(&s, vocab::ont::CUE),
                not_cues: self.key_list(&s, "notCue"),
                not_next: self.key_list(&s, "notNext"),
                subject_type,
                object_type,
                converse: flag(self, "converse"),
                agent_as_state: flag(self, "agentAsState"),
                co_agents: flag(self, "coAgents"),
                place_before: flag(self, "placeBefore"),
                target_owner: flag(self, "targetOwner"),
                confidence,
            };
            let ti = self.lex.triggers.len();
            for f in self.forms_of(&s) {
                self.add_form(f, FormTarget::Trigger(ti));
            }
            self.lex.triggers.push(t);
        }
        Ok(())
    }

    fn word_classes_and_titles(&mut self) -> Result<(), LexiconError> {
        for s in self.subjects_of_type(&ont("WordClass")) {
            let class = self
                .values(&s, &ont(vocab::ont::WORD_CLASS))
                .filter_map(iri_of)
                .find_map(|c| WordClass::from_local_name(local(c)))
                .ok_or_else(|| self.invalid(format!("{s}: isnad:wordClass missing or unknown")))?;
            for f in self.forms_of(&s) {
                self.add_form(f, FormTarget::Class(class));
            }
        }
        let mut titles = self.subjects_of_type(&ont("Title"));
        titles.sort_by_key(|s| s.to_string());
        for s in titles {
            let kind = self
                .values(&s, &ont(vocab::ont::ROLE_KIND))
                .filter_map(iri_of)
                .find_map(|c| RoleKind::from_local_name(local(c)))
                .ok_or_else(|| self.invalid(format!("{s}: isnad:roleKind missing or unknown")))?;
            let label_en = self
                .values(&s, std_terms::RDFS_LABEL)
                .filter_map(literal)
                .find(|(_, l)| *l == Some("en"))
                .map(|(v, _)| v.to_string())
                .unwrap_or_default();
            let id = match &s {
                NamedOrBlankNode::NamedNode(n) => local(n.as_str()).to_string(),
                NamedOrBlankNode::BlankNode(b) => b.as_str().to_string(),
            };
            let ti = self.lex.titles.len();
            self.lex.titles.push(Title {
                id,
                kind,
                label_en,
                takes_complement: self
                    .one_string(&s, &ont("takesComplement"))
                    .is_some_and(|v| v == "true"),
            });
            for f in self.forms_of(&s) {
                self.add_form(f, FormTarget::Title(ti));
            }
        }
        Ok(())
    }
}
