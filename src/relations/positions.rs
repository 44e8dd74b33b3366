//! Titles become holdsPosition facts: "وزير الخارجية الإيراني محمد جواد ظريف" → Zarif
//! holdsPosition Foreign Minister of Iran; a title without a name ("الرئيس الروسي")
//! resolved to its holder says the same, with less confidence.

use super::{Ctx, Fact, Object};

/// Rule id of a title given with the name.
pub const RULE: &str = "title-apposition";
/// Rule id of a title resolved to its holder.
pub const ROLE_RULE: &str = "title-role";

pub(super) fn extract(ctx: &Ctx, out: &mut Vec<Fact>) {
    let Some(rel) = ctx.doc.lex.relation("holdsPosition") else {
        return;
    };
    let named = ctx.sm.positions.iter().map(|p| (p, RULE, 0.9));
    let roles = ctx.sm.role_positions.iter().map(|p| (p, ROLE_RULE, 0.7));
    for (&(person, position, _, _), rule, confidence) in named.chain(roles) {
        out.push(Fact {
            subject: person,
            relation: rel,
            object: Object::Entity(position),
            rule: rule.into(),
            confidence,
        });
    }
}
