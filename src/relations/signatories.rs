//! Parties to an agreement named around it rather than as a verb's subject:
//! "الاتفاق النووي المبرم مع إيران" (Iran signed it), "الاتفاق الموقع بين مصر والسودان",
//! "الدول الأخرى الموقعة عليه، ومنها فرنسا وألمانيا" (each of them signed it).

use super::stance::actor;
use super::{push_new, Ctx, Fact};
use crate::lexicon::EntityType;
use crate::mentions::{Ent, Mention};

/// Rule id.
pub const RULE: &str = "signatories";

/// Participles of concluding or signing an agreement (match keys).
const SIGNED: &[&str] = &[
    "المبرم",
    "المبرمه",
    "الموقع",
    "الموقعه",
    "الموقعين",
    "الموقعون",
    "موقعه",
    "الموقعتين",
];

/// Words that open the list of parties after "الدول الموقعة عليه" (ومنها، وهي، مثل; also
/// the two words "(و)من بينها").
const LIST_OPENERS: &[&str] = &["ومنها", "منها", "وهي", "مثل"];

pub(super) fn extract(ctx: &Ctx, out: &mut Vec<Fact>) {
    let doc = ctx.doc;
    let Some(rel) = doc.lex.relation("signed") else {
        return;
    };
    if ctx.question {
        return;
    }
    let agreements: Vec<&Mention> = ctx
        .sm
        .mentions
        .iter()
        .filter(|m| doc.etype(m.ent) == EntityType::Agreement)
        .collect();
    for p in ctx.start..ctx.end {
        if !SIGNED.contains(&doc.tokens[p].key.as_str()) {
            continue;
        }
        let mut parties: Vec<Ent> = Vec::new();
        // the agreement right before the participle: "الاتفاق النووي المبرم مع إيران"
        let before = agreements.iter().find(|m| m.end == p);
        let agreement = match before {
            Some(a) => {
                let with =
                    p + 1 < ctx.end && matches!(doc.tokens[p + 1].key.as_str(), "مع" | "بين");
                if with {
                    if let Some(m) = ctx.mentions_in(p + 2, p + 3).next() {
                        parties.extend(ctx.group(m).iter().filter_map(|g| actor(ctx, g)));
                    }
                }
                a.ent
            }
            None => {
                // the signatories: "الموقعة عليه، ومنها فرنسا، وألمانيا" (عليه: the agreement
                // named last before it in the sentence) or "الموقعة على الاتفاق، ومنها …"
                let (agreement, next) = if p + 1 < ctx.end && doc.reads_as(p + 1, "علي") {
                    match agreements.iter().find(|m| m.start == p + 2) {
                        Some(a) => (Some(a.ent), a.end),
                        None => (None, p + 2),
                    }
                } else {
                    (None, p + 1)
                };
                let on_it =
                    p + 1 < ctx.end && matches!(doc.tokens[p + 1].key.as_str(), "عليه" | "عليها");
                let agreement = agreement.or_else(|| {
                    on_it
                        .then(|| agreements.iter().rev().find(|m| m.end <= p).map(|m| m.ent))
                        .flatten()
                });
                let Some(agreement) = agreement else { continue };
                let mut q = if on_it { p + 2 } else { next };
                if q < ctx.end && ctx.is_comma(q) {
                    q += 1;
                }
                let key = |p: usize| doc.tokens[p].key.as_str();
                let opens = if q < ctx.end && LIST_OPENERS.contains(&key(q)) {
                    Some(q + 1)
                } else {
                    (q + 1 < ctx.end && matches!(key(q), "ومن" | "من") && key(q + 1) == "بينها")
                        .then_some(q + 2)
                };
                let Some(from) = opens else { continue };
                if let Some(m) = ctx.mentions_in(from, from + 1).next() {
                    parties.extend(ctx.group(m).iter().filter_map(|g| actor(ctx, g)));
                }
                agreement
            }
        };
        if ctx.not_asserted(p) {
            continue;
        }
        for e in parties {
            push_new(out, Fact::between(e, rel, agreement, RULE, 0.7));
        }
    }
}
