//! Presence at an event: "وذكر بوتين -في معرض إكسبو الروسي الصيني في هاربين-" → Putin
//! attended the expo: a person who acts in a sentence "in" or "during" a named event.

use super::{Ctx, Fact, Object};
use crate::lexicon::EntityType;
use crate::mentions::How;

/// Rule id.
pub const RULE: &str = "presence-at-event";

pub(super) fn extract(ctx: &Ctx, out: &mut Vec<Fact>) {
    let doc = ctx.doc;
    let Some(rel) = doc.lex.relation("attended") else {
        return;
    };
    if ctx.question {
        return;
    }
    for ev in ctx
        .sm
        .mentions
        .iter()
        .filter(|m| m.how == How::Described && doc.etype(m.ent) == EntityType::Event)
    {
        let prep =
            ev.start > ctx.start && matches!(doc.tokens[ev.start - 1].key.as_str(), "في" | "خلال");
        if !prep || ctx.not_asserted(ev.start) {
            continue;
        }
        // the person acting in the sentence: the first person named before the event
        let Some(p) = ctx.sm.mentions.iter().find(|m| {
            m.end <= ev.start && doc.etype(m.ent) == EntityType::Person && m.how != How::Pair
        }) else {
            continue;
        };
        if ev.start - p.end <= 4 {
            out.push(Fact {
                subject: p.ent,
                relation: rel,
                object: Object::Entity(ev.ent),
                rule: RULE.into(),
                confidence: 0.6,
            });
        }
    }
}
