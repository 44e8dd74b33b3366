//! Delegations: "ويرافق بوتين وفد يضم وزير المالية أنطون سيلوانوف ورئيسة البنك المركزي
//! إلفيرا نابيولينا" → Putin accompaniedBy Siluanov, Nabiullina; "برفقة X" → the
//! clause's subject is accompanied by X.

use super::{Ctx, Fact, Object};
use crate::lexicon::{EntityType, WordClass};
use crate::mentions::{Ent, How};

/// Rule id.
pub const RULE: &str = "delegation";

pub(super) fn extract(ctx: &Ctx, out: &mut Vec<Fact>) {
    let doc = ctx.doc;
    let Some(rel) = doc.lex.relation("accompaniedBy") else {
        return;
    };
    let person = |e: Ent| doc.etype(e) == EntityType::Person;
    for i in ctx.start..ctx.end {
        let Some(hit) = doc.class_at(i, WordClass::Accompany) else {
            continue;
        };
        if ctx.not_asserted(i) {
            continue;
        }
        let after: Vec<_> = ctx
            .mentions_in(hit.end, ctx.end)
            .filter(|m| person(m.ent) && m.how != How::Pair)
            .copied()
            .collect();
        let before = ctx
            .sm
            .mentions
            .iter()
            .rev()
            .find(|m| m.end <= i && person(m.ent))
            .map(|m| m.ent);
        let (principal, members): (Option<Ent>, Vec<Ent>) = if doc.tokens[i].key.starts_with("برفق")
            || doc.tokens[i].key.starts_with("بصحب")
        {
            (
                before,
                after
                    .iter()
                    .take_while(|m| m.start < hit.end + 12)
                    .map(|m| m.ent)
                    .collect(),
            )
        } else if hit.enclitic.is_some() {
            (
                ctx.last_speaker.or(ctx.focus.persons.first().copied()),
                after.iter().map(|m| m.ent).collect(),
            )
        } else {
            let p = after
                .first()
                .filter(|m| m.start <= hit.end + 1)
                .map(|m| m.ent);
            (p, after.iter().skip(1).map(|m| m.ent).collect())
        };
        let Some(principal) = principal else { continue };
        // members named after "يضم" when the sentence says so; else everyone after
        let inc = (hit.end..ctx.end).find(|&p| doc.class_at(p, WordClass::Includes).is_some());
        let members: Vec<Ent> = match inc {
            Some(p) => ctx
                .mentions_in(p, ctx.end)
                .filter(|m| person(m.ent))
                .map(|m| m.ent)
                .collect(),
            None => members,
        };
        for m in members {
            if m != principal {
                out.push(Fact {
                    subject: principal,
                    relation: rel,
                    object: Object::Entity(m),
                    rule: RULE.into(),
                    confidence: 0.8,
                });
            }
        }
    }
}
