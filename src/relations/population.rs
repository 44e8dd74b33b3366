//! Population: "المدينة التي يقطنها 10 ملايين نسمة", "يبلغ عدد سكانها 3.5 مليون".

use super::{Ctx, Fact, Object};
use crate::lexicon::WordClass;
use crate::mentions::Ent;
use crate::text::TokenKind;

/// Rule id.
pub const RULE: &str = "population";

/// Reads "10", "10 ملايين", "3.5 مليون", "٢٠٠ ألف" as a whole number.
pub fn read_number(number: &str, multiplier: Option<&str>) -> Option<u64> {
    let n: f64 = number.replace(',', "").parse().ok()?;
    let m = match multiplier {
        Some(k) if k.starts_with("مليار") || k.starts_with("بليون") => 1e9,
        Some(k) if k.starts_with("مليون") || k.starts_with("ملايين") => 1e6,
        Some(k) if k.contains("الف") || k.contains("لاف") => 1e3,
        _ => 1.0,
    };
    let v = (n * m).round();
    (v > 0.0 && v < 1e11).then_some(v as u64)
}

pub(super) fn extract(ctx: &Ctx, out: &mut Vec<Fact>) {
    let doc = ctx.doc;
    let Some(rel) = doc.lex.relation("population") else {
        return;
    };
    for i in ctx.start..ctx.end {
        let Some(hit) = doc.class_at(i, WordClass::PopulationCue) else {
            continue;
        };
        // the number, within three words
        let Some(n) = (hit.end..(hit.end + 3).min(ctx.end))
            .find(|&p| doc.tokens[p].kind == TokenKind::Number)
        else {
            continue;
        };
        let mult = doc
            .tokens
            .get(n + 1)
            .filter(|_| doc.class_at(n + 1, WordClass::Multiplier).is_some())
            .map(|t| t.key.as_str());
        let Some(value) = read_number(&doc.tokens[n].key, mult) else {
            continue;
        };
        // the place: named before the cue in the sentence, or the place in focus
        let named = ctx
            .sm
            .mentions
            .iter()
            .rev()
            .find(|m| m.end <= i && doc.etype(m.ent).is_place())
            .map(|m| m.ent);
        let focus_word = (ctx.start..i).any(|p| doc.class_at(p, WordClass::FocusPlace).is_some());
        let place: Option<Ent> = named.or_else(|| {
            focus_word
                .then(|| ctx.focus.places.first().copied())
                .flatten()
        });
        if let Some(p) = place {
            out.push(Fact {
                subject: p,
                relation: rel,
                object: Object::Integer(value),
                rule: RULE.into(),
                confidence: 0.85,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::read_number;

    #[test]
    fn numbers_with_multipliers() {
        assert_eq!(read_number("10", Some("ملايين")), Some(10_000_000));
        assert_eq!(read_number("3.5", Some("مليون")), Some(3_500_000));
        assert_eq!(read_number("200", Some("الف")), Some(200_000));
        assert_eq!(read_number("1,200", None), Some(1200));
        assert_eq!(read_number("x", None), None);
    }
}
