//! Relations: facts read from one sentence's mentions and trigger words.
//!
//! One module per family of constructions: [`frames`] (verbs and verbal nouns of every
//! relation, read through the trigger's frame), [`speech`] (reported and direct speech,
//! headline "X: …"), [`positions`] (titles → holdsPosition), [`delegation`]
//! (accompaniedBy), [`population`], [`presence`] (attended by being at an event).
//! Rules never fail: a construction that does not fit yields nothing.

mod delegation;
mod frames;
mod population;
mod positions;
mod presence;
mod signatories;
mod speech;
mod stance;

use crate::lexicon::{EntityType, FormTarget, TypeConstraint, WordClass};
use crate::mentions::{Doc, Ent, Focus, How, Mention, SentenceMentions};
use crate::text::TokenKind;

/// The object of a fact.
#[derive(Debug, Clone, PartialEq)]
pub enum Object {
    /// An entity.
    Entity(Ent),
    /// A whole number (population).
    Integer(u64),
    /// The words of a statement (relation `stated`).
    Quote(String),
}

/// A fact read from a sentence, before provenance is attached.
#[derive(Debug, Clone, PartialEq)]
pub struct Fact {
    /// Who or what the fact is about.
    pub subject: Ent,
    /// Index into the lexicon's relations.
    pub relation: usize,
    /// The object.
    pub object: Object,
    /// The id of the rule that fired (a trigger id, or a rule module's id).
    pub rule: String,
    /// How reliable the rule has proved.
    pub confidence: f32,
}

impl Fact {
    /// A fact between two entities (most rules' facts).
    pub fn between(
        subject: Ent,
        relation: usize,
        object: Ent,
        rule: &str,
        confidence: f32,
    ) -> Self {
        Fact {
            subject,
            relation,
            object: Object::Entity(object),
            rule: rule.into(),
            confidence,
        }
    }
}

/// Adds `f` unless a rule already gave the same subject, relation and object in this
/// sentence (the first rule's id is kept).
pub(super) fn push_new(out: &mut Vec<Fact>, f: Fact) {
    if !out
        .iter()
        .any(|g| g.subject == f.subject && g.relation == f.relation && g.object == f.object)
    {
        out.push(f);
    }
}

/// What a rule sees: the document, one sentence's token range and mentions, the focus.
pub struct Ctx<'d, 'a> {
    /// The article.
    pub doc: &'d Doc<'a>,
    /// The sentence's mentions.
    pub sm: &'d SentenceMentions,
    /// First token of the sentence.
    pub start: usize,
    /// One past its last token.
    pub end: usize,
    /// The article's focus before this sentence.
    pub focus: &'d Focus,
    /// The speaker in focus, updated by the speech rules as they read the sentence.
    pub last_speaker: Option<Ent>,
    /// Everyone who spoke so far, most recent first.
    pub speakers: Vec<Ent>,
    /// Whether the sentence is a question.
    pub question: bool,
    /// The statements of this sentence: speaker and the token range of the words said
    /// (set by the speech rules, read by the stance rules).
    pub statements: Vec<(Ent, usize, usize)>,
    /// Whether the last speech verb's subject is unknown (see [`Focus::unknown_speaker`]).
    pub unknown_speaker: bool,
    /// Who speaks in this sentence (set by the speech rules): "قالت X إنها توصلت …"
    /// — the pronoun after the complementizer is X.
    pub sentence_speaker: Option<Ent>,
}

impl Ctx<'_, '_> {
    /// Mentions whose first token is in `a..b`.
    pub fn mentions_in(&self, a: usize, b: usize) -> impl Iterator<Item = &Mention> {
        self.sm
            .mentions
            .iter()
            .filter(move |m| m.start >= a && m.start < b)
    }

    /// Whether token `i` ends a clause (for subject and object search).
    /// ("إن لم" is "if not", a condition inside the clause, not reported words).
    pub fn is_boundary(&self, i: usize) -> bool {
        let t = &self.doc.tokens[i];
        t.punct().is_some_and(|c| ".؛;:!?؟".contains(c))
            || self.doc.class_at(i, WordClass::Complementizer).is_some()
                && t.kind == TokenKind::Word
                && !(t.key == "ان" && self.doc.tokens.get(i + 1).is_some_and(|n| n.key == "لم"))
            || self.doc.class_at(i, WordClass::Apodosis).is_some()
    }

    /// Whether token `i` is a comma.
    pub fn is_comma(&self, i: usize) -> bool {
        self.doc.tokens[i].punct().is_some_and(|c| ",،".contains(c))
    }

    /// Whether token `i` opens a quotation (" « “).
    pub fn opens_quote(&self, i: usize) -> bool {
        self.doc.tokens[i]
            .punct()
            .is_some_and(|c| "\"«“".contains(c))
    }

    /// Whether token `i` opens words said: a colon or an opening quotation mark.
    pub fn opens_words(&self, i: usize) -> bool {
        self.doc.tokens[i].is(':') || self.opens_quote(i)
    }

    /// Whether a speech verb starts at token `i`.
    pub fn is_speech_word(&self, i: usize) -> bool {
        self.doc.forms[i].iter().any(|h| {
            Self::trigger_of(h.target)
                .is_some_and(|t| self.doc.lex.triggers[t].frame == crate::lexicon::Frame::Speech)
        })
    }

    /// One past the last mention of the coordinated group `m` opens (X و Y و Z).
    pub fn group_end(&self, m: &Mention) -> usize {
        self.group(m).last().map_or(m.end, |g| g.end)
    }

    /// Whether a relation's type constraint accepts an entity.
    pub fn fits(&self, e: Ent, c: &TypeConstraint) -> bool {
        self.doc.etype(e).fits(c.clone())
    }

    /// Whether the words before token `t0` negate, hedge or only announce what follows.
    pub fn not_asserted(&self, t0: usize) -> bool {
        let from = t0.saturating_sub(3).max(self.start);
        for i in from..t0 {
            // "لا يزال/ما زال" is "still", not a negation
            let still = self.doc.class_at(i + 1, WordClass::Still).is_some();
            if self.doc.in_class(i, WordClass::Negator) && !still
                || self.doc.in_class(i, WordClass::Future)
            {
                return true;
            }
        }
        // a negated light verb further back in the same phrase: "لم تفرض الصين أي عقوبات"
        let far = t0.saturating_sub(5).max(self.start);
        for i in far..from {
            let clean = (i..t0).all(|j| self.doc.tokens[j].kind != TokenKind::Punct);
            if clean && self.doc.class_at(i, WordClass::Negator).is_some() {
                return true;
            }
        }
        // "قد" before a present-tense verb is "may": "وقد تفرض واشنطن عقوبات"
        for k in 1..=3 {
            if t0 < self.start + k {
                break;
            }
            let q = &self.doc.tokens[t0 - k].key;
            let v = &self.doc.tokens[t0 - k + 1].key;
            if (q == "قد" || q == "وقد") && (v.starts_with('ي') || v.starts_with('ت')) {
                return true;
            }
        }
        (self.start..t0).any(|i| self.doc.class_at(i, WordClass::Hedge).is_some() && i + 12 >= t0)
    }

    /// Coordinated mentions following `m` (X و Y و Z), `m` included.
    pub fn group(&self, m: &Mention) -> Vec<Mention> {
        let mut out = vec![*m];
        let mut last = *m;
        loop {
            let next = self.sm.mentions.iter().find(|n| {
                n.start >= last.end
                    && n.start <= last.end + 1
                    && n.ent != last.ent
                    && n.how != How::Pair
                    && (n.pro.conj && n.start == last.end
                        || n.start == last.end + 1 && self.is_comma(last.end)
                        || self.doc.tokens[last.end..n.start]
                            .iter()
                            .any(|t| t.key == "و"))
            });
            match next {
                Some(n) => {
                    out.push(*n);
                    last = *n;
                }
                None => break,
            }
        }
        // pair words give two mentions at one span
        if m.how == How::Pair {
            out = self
                .sm
                .mentions
                .iter()
                .filter(|n| n.start == m.start && n.how == How::Pair)
                .copied()
                .collect();
        }
        out
    }

    /// The state an entity acts for in a state-level relation.
    pub fn state_level(&self, e: Ent) -> Ent {
        let e = self.doc.as_actor(e);
        if self.doc.etype(e) == EntityType::Person {
            if let Some(s) = self.doc.state_of(e) {
                return s;
            }
        }
        e
    }

    /// The triggers whose forms start at token `p` (a word may be the form of several).
    pub fn triggers_at(&self, p: usize) -> impl Iterator<Item = &crate::lexicon::Trigger> + '_ {
        let lex = self.doc.lex;
        self.doc.forms[p]
            .iter()
            .filter_map(move |h| Self::trigger_of(h.target).map(|t| &lex.triggers[t]))
    }

    /// Whether trigger `t` is of the relation named `name`.
    pub fn is_relation(&self, t: &crate::lexicon::Trigger, name: &str) -> bool {
        self.doc.lex.relations[t.relation].name == name
    }

    /// The trigger index of a form hit, if it is one.
    pub fn trigger_of(target: FormTarget) -> Option<usize> {
        match target {
            FormTarget::Trigger(t) => Some(t),
            _ => None,
        }
    }
}

/// Reads every fact of one sentence. `focus.last_speaker` is updated by speech.
pub fn extract_sentence(
    doc: &Doc,
    sm: &SentenceMentions,
    start: usize,
    end: usize,
    focus: &mut Focus,
) -> Vec<Fact> {
    let question = doc.tokens[start..end]
        .iter()
        .rev()
        .find(|t| t.kind == TokenKind::Punct && !"\"»”')".contains(t.key.as_str()))
        .is_some_and(|t| t.is('؟') || t.is('?'));
    let mut ctx = Ctx {
        doc,
        sm,
        start,
        end,
        focus,
        last_speaker: focus.last_speaker,
        speakers: focus.speakers.clone(),
        question,
        sentence_speaker: None,
        unknown_speaker: focus.unknown_speaker,
        statements: Vec::new(),
    };
    let mut facts = Vec::new();
    positions::extract(&ctx, &mut facts);
    speech::extract(&mut ctx, &mut facts);
    stance::extract(&ctx, &mut facts);
    frames::extract(&ctx, &mut facts);
    delegation::extract(&ctx, &mut facts);
    population::extract(&ctx, &mut facts);
    presence::extract(&ctx, &mut facts);
    presence::guests(&ctx, &mut facts);
    presence::sent(&ctx, &mut facts);
    signatories::extract(&ctx, &mut facts);
    let speaker = ctx.last_speaker;
    let unknown = ctx.unknown_speaker;
    let speakers = std::mem::take(&mut ctx.speakers);
    focus.last_speaker = speaker;
    focus.unknown_speaker = unknown;
    focus.speakers = speakers;
    // one fact per (subject, relation, object) per sentence, the most confident kept
    let mut out: Vec<Fact> = Vec::new();
    for f in facts {
        let sym = doc.lex.relations[f.relation].symmetric;
        let same = |g: &Fact| {
            g.relation == f.relation
                && (g.subject == f.subject && g.object == f.object
                    || sym
                        && matches!((&g.object, &f.object), (Object::Entity(a), Object::Entity(b)) if *a == f.subject && *b == g.subject))
        };
        match out.iter_mut().find(|g| same(g)) {
            Some(g) if g.confidence < f.confidence => *g = f,
            Some(_) => {}
            None => out.push(f),
        }
    }
    out
}
