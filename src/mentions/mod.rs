//! Mentions: where an article names an entity, and which entity it is.
//!
//! Layers on the text layer's tokens: clitic readings of every token, the lexicon's
//! multi-word forms (triggers, word classes, titles) found in the text, names from the
//! gazetteer, titles with the person they introduce, described objects (a joint
//! statement, foreign banks), and, sentence by sentence in [`coref`], what role
//! mentions, pair words and short names refer to.

pub mod coref;
mod described;
mod gazetteer;
mod titles;

use crate::lexicon::{DateNum, EntityId, EntityType, FormTarget, Lexicon, RoleKind, WordClass};
use crate::text::clitics::{readings, Enclitic, Proclitics, Reading};
use crate::text::{Token, TokenKind};
use crate::vocab;
use rustc_hash::FxHashMap as HashMap;

/// An entity reference: from the lexicon, or made for this article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Ent {
    /// A lexicon entity.
    Lex(EntityId),
    /// An entity found in the article (index into [`Doc::locals`]).
    Local(u32),
}

/// An entity the article introduces: a person known only from the text, a position,
/// a described document, event, action or group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalEntity {
    /// A stable IRI: the same name in another article gives the same IRI.
    pub iri: String,
    /// Its class.
    pub etype: EntityType,
    /// The Arabic label, in the source spelling.
    pub label_ar: String,
    /// An English label, when one can be built (positions of known countries).
    pub label_en: Option<String>,
    /// For positions: the office kind and what it is of.
    pub role: Option<(RoleKind, Option<EntityId>)>,
    /// A woman, as her feminine title says (المتحدثة، الوزيرة): feminine verbs that drop
    /// their subject (وقالت) go back to her.
    pub female: bool,
}

/// How a mention names its entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum How {
    /// A proper name or alias.
    Name,
    /// A nisba adjective (الروسية).
    Adjective,
    /// A people plural (الروس).
    Plural,
    /// A title with the person's name; `position` is the office.
    Titled {
        /// The position entity.
        position: Ent,
    },
    /// A title without a name, resolved to the person who holds it.
    Role {
        /// The position entity.
        position: Ent,
    },
    /// A pair word (الرئيسان، البلدين) resolved to one of the pair.
    Pair,
    /// A described object (بيانا مشتركا).
    Described,
    /// A focus word (المدينة) resolved to the place in focus.
    Focus,
}

/// One mention: a token span and the entity it refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    /// First token (article-wide index).
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// The entity.
    pub ent: Ent,
    /// How it is named.
    pub how: How,
    /// Clitics glued to the mention's first word (و، ب، ل …).
    pub pro: Proclitics,
}

/// A lexicon form found in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FormHit {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// What the form signals.
    pub target: FormTarget,
    /// Clitics on its first word.
    pub pro: Proclitics,
    /// Pronoun attached to its last word.
    pub enclitic: Option<Enclitic>,
}

/// Whether reading `r` can carry form `target`: a verb takes no preposition letter but
/// the ل of purpose before an imperfect (ليدعم، لتدعم). "بدعم من" is the noun "support"
/// after ب, never the verb دعم.
fn verb_takes(lex: &Lexicon, target: FormTarget, r: &Reading) -> bool {
    let FormTarget::Trigger(t) = target else {
        return true;
    };
    if lex.triggers[t].frame != crate::lexicon::Frame::Verb {
        return true;
    }
    match r.pro.prep {
        None => true,
        Some('ل') => r.stem.starts_with(['ي', 'ت', 'ن', 'ا']),
        Some(_) => false,
    }
}

/// An article being analysed: tokens, their readings, forms and entities.
pub struct Doc<'a> {
    /// The article id (described objects are named per article).
    pub id: &'a str,
    /// The lexicon.
    pub lex: &'a Lexicon,
    /// The article text (title, newline, body).
    pub text: &'a str,
    /// Its tokens.
    pub tokens: Vec<Token>,
    /// Clitic readings of every token (whole word first).
    pub readings: Vec<Vec<Reading>>,
    /// Forms found, by start token.
    pub forms: Vec<Vec<FormHit>>,
    /// Entities introduced by the article.
    pub locals: Vec<LocalEntity>,
    local_index: HashMap<String, u32>,
    /// The article's date, for resolving roles to office holders.
    pub date: Option<DateNum>,
}

impl<'a> Doc<'a> {
    /// Tokenizes and finds the lexicon forms of an article.
    pub fn new(
        id: &'a str,
        lex: &'a Lexicon,
        text: &'a str,
        tokens: Vec<Token>,
        date: Option<DateNum>,
    ) -> Self {
        let readings: Vec<Vec<Reading>> = tokens
            .iter()
            .map(|t| {
                if t.kind == TokenKind::Word {
                    readings(&t.key)
                } else {
                    Vec::new()
                }
            })
            .collect();
        let mut doc = Doc {
            id,
            lex,
            text,
            forms: vec![Vec::new(); tokens.len()],
            tokens,
            readings,
            locals: Vec::new(),
            local_index: HashMap::default(),
            date,
        };
        doc.find_forms();
        doc
    }

    /// Whether token `i` can be read as `key` (whole or without clitics).
    pub fn reads_as(&self, i: usize, key: &str) -> bool {
        self.tokens.get(i).is_some_and(|t| t.key == key)
            || self
                .readings
                .get(i)
                .is_some_and(|rs| rs.iter().any(|r| r.stem == key))
    }

    fn find_forms(&mut self) {
        for i in 0..self.tokens.len() {
            let mut hits = Vec::new();
            // a function word in its own right (كما، فيما، كان، كلا) is not a clitic on a
            // shorter word: "كما" is no negating "ما", "كان" no complementizer "أن"
            // (looked up only when a clitic reading has a one-word form: most words have none)
            let key = self.tokens[i].key.as_str();
            let mut lexicalized: Option<bool> = None;
            for r in &self.readings[i] {
                let Some(forms) = self.lex.forms.get(&r.stem) else {
                    continue;
                };
                for f in forms {
                    let n = f.keys.len();
                    if i + n > self.tokens.len() {
                        continue;
                    }
                    if n == 1
                        && r.stem != key
                        && *lexicalized.get_or_insert_with(|| {
                            self.lex.forms.get(key).is_some_and(|fs| {
                                fs.iter().any(|f| {
                                    f.keys.len() == 1
                                        && f.target == FormTarget::Class(WordClass::FunctionWord)
                                })
                            })
                        })
                    {
                        continue;
                    }
                    if !verb_takes(self.lex, f.target, r) {
                        continue;
                    }
                    // later words may carry clitics too (والتجارية), the last one a pronoun
                    let ok = (1..n).all(|k| self.reads_as(i + k, &f.keys[k]));
                    if !ok {
                        continue;
                    }
                    let enclitic = if n == 1 {
                        r.enclitic
                    } else {
                        self.readings[i + n - 1]
                            .iter()
                            .find(|x| x.stem == f.keys[n - 1])
                            .and_then(|x| x.enclitic)
                    };
                    // a word that is a form whole is not also that form with a pronoun:
                    // "المدعومة" folds to "المدعومه", which also reads as "المدعوم" + "ه"
                    let whole = |h: &FormHit| {
                        h.start == i
                            && h.end == i + n
                            && h.target == f.target
                            && h.enclitic.is_none()
                    };
                    if enclitic.is_some() && hits.iter().any(whole) {
                        continue;
                    }
                    let hit = FormHit {
                        start: i,
                        end: i + n,
                        target: f.target,
                        pro: r.pro,
                        enclitic,
                    };
                    if !hits.contains(&hit) {
                        hits.push(hit);
                    }
                }
            }
            // a verbal noun in the accusative, with the alif of its tanween: "شنت روسيا
            // هجوما على …" (only for a trigger's single-word noun, never for names)
            if hits.is_empty() {
                for r in &self.readings[i] {
                    let Some(bare) = r.stem.strip_suffix('ا').filter(|b| b.chars().count() >= 3)
                    else {
                        continue;
                    };
                    let nouns = self.lex.forms.get(bare).into_iter().flatten().filter(|f| {
                        f.keys.len() == 1
                            && matches!(f.target, FormTarget::Trigger(t)
                                if self.lex.triggers[t].frame == crate::lexicon::Frame::Noun)
                    });
                    for f in nouns {
                        let hit = FormHit {
                            start: i,
                            end: i + 1,
                            target: f.target,
                            pro: r.pro,
                            enclitic: r.enclitic,
                        };
                        if !hits.contains(&hit) {
                            hits.push(hit);
                        }
                    }
                }
            }
            // longest first
            hits.sort_by_key(|h| std::cmp::Reverse(h.end));
            self.forms[i] = hits;
        }
    }

    /// Whether token `i` is a plain word for the relations: no trigger, title or word
    /// class on it but the nouns of forces (القوات، الطائرات), which stay plain nouns
    /// before the nisba or name of whom they act for.
    pub fn is_plain(&self, i: usize) -> bool {
        self.forms[i].iter().all(|h| {
            matches!(
                h.target,
                FormTarget::Class(WordClass::ForcesNoun | WordClass::Affiliated)
            )
        })
    }

    /// The form hits of a class starting at token `i`.
    pub fn class_at(&self, i: usize, class: WordClass) -> Option<FormHit> {
        self.forms
            .get(i)?
            .iter()
            .find(|h| h.target == FormTarget::Class(class))
            .copied()
    }

    /// Whether a word class covers token `i` (a form of that class starts at or spans it).
    pub fn in_class(&self, i: usize, class: WordClass) -> bool {
        (i.saturating_sub(3)..=i).any(|s| {
            self.forms.get(s).is_some_and(|hs| {
                hs.iter()
                    .any(|h| h.target == FormTarget::Class(class) && h.end > i)
            })
        })
    }

    /// Source text of a token span.
    pub fn span_text(&self, start: usize, end: usize) -> &'a str {
        if start >= end {
            return "";
        }
        &self.text[self.tokens[start].start..self.tokens[end - 1].end]
    }

    /// Adds (or finds) an article entity by IRI.
    pub fn local(&mut self, e: LocalEntity) -> Ent {
        if let Some(&i) = self.local_index.get(&e.iri) {
            return Ent::Local(i);
        }
        let i = self.locals.len() as u32;
        self.local_index.insert(e.iri.clone(), i);
        self.locals.push(e);
        Ent::Local(i)
    }

    /// Whether an entity is known to be a woman.
    pub fn is_female(&self, e: Ent) -> bool {
        match e {
            Ent::Lex(i) => self.lex.entity(i).female,
            Ent::Local(i) => self.locals[i as usize].female,
        }
    }

    /// The type of an entity.
    pub fn etype(&self, e: Ent) -> EntityType {
        match e {
            Ent::Lex(i) => self.lex.entity(i).etype,
            Ent::Local(i) => self.locals[i as usize].etype,
        }
    }

    /// The IRI of an entity.
    pub fn iri(&self, e: Ent) -> &str {
        match e {
            Ent::Lex(i) => &self.lex.entity(i).iri,
            Ent::Local(i) => &self.locals[i as usize].iri,
        }
    }

    /// English and Arabic labels of an entity.
    pub fn labels(&self, e: Ent) -> (Option<&str>, Option<&str>) {
        match e {
            Ent::Lex(i) => {
                let x = self.lex.entity(i);
                (x.label_en.as_deref(), x.label_ar.as_deref())
            }
            Ent::Local(i) => {
                let x = &self.locals[i as usize];
                (x.label_en.as_deref(), Some(x.label_ar.as_str()))
            }
        }
    }

    /// The state an entity stands for when it acts: a capital stands for its country
    /// (واشنطن → the United States), everything else for itself.
    pub fn as_actor(&self, e: Ent) -> Ent {
        if let Ent::Lex(i) = e {
            let x = self.lex.entity(i);
            if x.etype == EntityType::City {
                if let Some(c) = x.country {
                    if self.lex.entity(c).capital == Some(i) {
                        return Ent::Lex(c);
                    }
                }
            }
        }
        e
    }

    /// The state a person acts for (from their office), for state-level relations.
    pub fn state_of(&self, e: Ent) -> Option<Ent> {
        match e {
            Ent::Lex(i) => {
                let x = self.lex.entity(i);
                match x.etype {
                    EntityType::Person => self.lex.state_of_person(i, self.date).map(Ent::Lex),
                    EntityType::Organization => x.country.map(Ent::Lex),
                    _ => None,
                }
            }
            Ent::Local(_) => None,
        }
    }
}

/// A stable IRI for an article entity of a namespace, from its Arabic words.
pub fn local_iri(ns: &str, arabic: &str) -> String {
    let key = crate::text::match_key(arabic);
    let slug: String = key
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '_' })
        .collect::<String>()
        .split('_')
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("_");
    format!("{ns}{slug}")
}

/// An IRI for a position with an English label.
pub fn position_iri(label_en: &str) -> String {
    let slug: String = label_en.split_whitespace().collect::<Vec<_>>().join("_");
    format!("{}{}", vocab::POSITION, slug)
}

pub use coref::{Focus, SentenceMentions};
pub use described::{find_described, in_presence_of};
pub use gazetteer::find_names;
pub use titles::find_titles;
