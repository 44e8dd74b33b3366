//! Titles given with a name become holdsPosition facts:
//! "وزير الخارجية الإيراني محمد جواد ظريف" → Zarif holdsPosition Foreign Minister of Iran.

use super::{Ctx, Fact, Object};

/// Rule id.
pub const RULE: &str = "title-apposition";

pub(super) fn extract(ctx: &Ctx, out: &mut Vec<Fact>) {
    let Some(rel) = ctx.doc.lex.relation("holdsPosition") else {
        return;
    };
    for &(person, position, _, _) in &ctx.sm.positions {
        out.push(Fact {
            subject: person,
            relation: rel,
            object: Object::Entity(position),
            rule: RULE.into(),
            confidence: 0.9,
        });
    }
}
