//! Presence at an event or a place: "وذكر بوتين -في معرض إكسبو الروسي الصيني في
//! هاربين-" → Putin attended the expo: a person who acts in a sentence "in" or "during" a
//! named event; and a guest met in the host's city is on a visit there.

use super::{Ctx, Fact, Object};
use crate::lexicon::EntityType;
use crate::mentions::{Ent, How};

/// Rule id.
pub const RULE: &str = "presence-at-event";

/// Rule id of a person sent to a place, and of whom they were sent to meet.
pub const SENT_RULE: &str = "sent-to";

/// Verbs of sending someone somewhere (match keys).
const SEND_VERBS: &[&str] = &[
    "ارسل",
    "ارسلت",
    "يرسل",
    "ترسل",
    "اوفد",
    "اوفدت",
    "يوفد",
    "توفد",
    "بعث",
    "بعثت",
    "يبعث",
    "تبعث",
];

/// "وكان ترامب أرسل بومبيو إلى كوريا الشمالية للقاء زعيمها"، "أوفد الرئيس وزير خارجيته
/// إلى القاهرة": the person sent to a state or city visits it, and meets whom "للقاء"
/// names after it. The one sent is the first person after the verb when its subject
/// stands before it, else the second (the first is the sender); a letter or troops sent
/// (أرسل الرئيس رسالة إلى …) name no one sent.
pub(super) fn sent(ctx: &Ctx, out: &mut Vec<Fact>) {
    let doc = ctx.doc;
    let (Some(visited), Some(met)) = (doc.lex.relation("visited"), doc.lex.relation("met")) else {
        return;
    };
    if ctx.question {
        return;
    }
    let person = |m: &&crate::mentions::Mention| {
        doc.etype(m.ent) == EntityType::Person && m.how != How::Pair
    };
    for i in ctx.start..ctx.end {
        let send = doc.readings[i]
            .iter()
            .any(|r| r.pro.prep.is_none() && SEND_VERBS.contains(&r.stem.as_str()));
        if !send || ctx.not_asserted(i) {
            continue;
        }
        let limit = (i + 16).min(ctx.end);
        let Some(to) =
            (i + 1..limit).find(|&p| matches!(doc.tokens[p].key.as_str(), "الي" | "الى"))
        else {
            continue;
        };
        let Some(place) = ctx.sm.mentions.iter().find(|m| {
            m.start == to + 1 && matches!(doc.etype(m.ent), EntityType::Country | EntityType::City)
        }) else {
            continue;
        };
        let subject_before = ctx
            .sm
            .mentions
            .iter()
            .filter(person)
            .any(|m| m.end <= i && m.end + 3 >= i);
        let mut after: Vec<Ent> = Vec::new();
        for m in ctx.mentions_in(i + 1, to).filter(person) {
            if !after.contains(&m.ent) {
                after.push(m.ent);
            }
        }
        let Some(&who) = after.get(usize::from(!subject_before)) else {
            continue;
        };
        if place.ent == who {
            continue;
        }
        out.push(Fact::between(who, visited, place.ent, SENT_RULE, 0.7));
        // "للقاء زعيمها كيم جونغ أون" a few words on
        let meet = (place.end..(place.end + 6).min(ctx.end)).find(|&p| {
            doc.readings[p]
                .iter()
                .any(|r| r.stem == "لقاء" && r.pro.prep == Some('ل'))
        });
        if let Some(p) = meet {
            if let Some(host) = ctx
                .mentions_in(p + 1, (p + 5).min(ctx.end))
                .filter(person)
                .find(|m| m.ent != who)
            {
                out.push(Fact::between(who, met, host.ent, SENT_RULE, 0.7));
            }
        }
    }
}

/// Rule id of those in whose presence an event was held.
pub const PRESENCE_RULE: &str = "in-attendance";

/// Rule id of a guest's visit inferred from a meeting place.
pub const GUEST_RULE: &str = "meeting-place";

/// "بحث بوتين في موسكو مع نتنياهو"، "عقب لقائه نظيره الألماني في موسكو": two people met
/// in a city named right after the meeting's word; whoever holds office for another state
/// than the city's is on a visit there (the host is at home). A place named later, after
/// a topic, is what they talked about, not where they were.
pub(super) fn guests(ctx: &Ctx, facts: &mut Vec<Fact>) {
    let doc = ctx.doc;
    let (Some(met), Some(visited)) = (doc.lex.relation("met"), doc.lex.relation("visited")) else {
        return;
    };
    if ctx.question {
        return;
    }
    let mut parties: Vec<Ent> = Vec::new();
    for f in facts.iter().filter(|f| f.relation == met) {
        if let Object::Entity(o) = f.object {
            for e in [f.subject, o] {
                if !parties.contains(&e) {
                    parties.push(e);
                }
            }
        }
    }
    if parties.is_empty() {
        return;
    }
    // the place right after a meeting word: "في موسكو" or "بموسكو", within a few words
    let place = (ctx.start..ctx.end)
        .filter(|&i| ctx.triggers_at(i).any(|t| t.relation == met))
        .find_map(|i| {
            ctx.sm.mentions.iter().find(|m| {
                m.start > i
                    && m.start <= i + 8
                    && matches!(doc.etype(m.ent), EntityType::City | EntityType::Country)
                    && (m.pro.prep == Some('ب')
                        || m.pro.prep.is_none()
                            && m.start > ctx.start
                            && doc.tokens[m.start - 1].key == "في")
                    // nothing but the parties between: not "لبحث الوضع في إدلب"
                    && (i + 1..m.start - usize::from(m.pro.prep.is_none())).all(|p| {
                        doc.tokens[p].punct().is_some_and(|c| ",،-".contains(c))
                            || doc.in_class(p, crate::lexicon::WordClass::TimeWord)
                            || ctx.sm.mentions.iter().any(|n| n.start <= p && p < n.end)
                    })
            })
        });
    let Some(place) = place else { return };
    let host = match place.ent {
        Ent::Lex(i) if doc.etype(place.ent) == EntityType::City => {
            doc.lex.entity(i).country.map(Ent::Lex)
        }
        e => Some(e),
    };
    let Some(host) = host else { return };
    if ctx.not_asserted(place.start) {
        return;
    }
    for p in parties {
        if doc.etype(p) != EntityType::Person {
            continue;
        }
        if doc.state_of(p).is_some_and(|s| s != host) {
            facts.push(Fact::between(p, visited, place.ent, GUEST_RULE, 0.6));
        }
    }
}

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
        if let Some(guests) = in_attendance(ctx, ev) {
            for g in guests {
                out.push(Fact::between(g, rel, ev.ent, PRESENCE_RULE, 0.65));
            }
            continue;
        }
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
            out.push(Fact::between(p.ent, rel, ev.ent, RULE, 0.6));
        }
    }
}

/// "وافتتح المؤتمر أعماله بحضور الرئيس الفرنسي"، "وأقيم الحفل بحضور ضيف شرف هو فلان":
/// the people named after "بحضور" (within a few words, no punctuation between) attended
/// the event named before it in the same clause.
fn in_attendance(ctx: &Ctx, ev: &crate::mentions::Mention) -> Option<Vec<Ent>> {
    let doc = ctx.doc;
    let p = (ev.end..(ev.end + 8).min(ctx.end))
        .take_while(|&p| doc.tokens[p].kind != crate::text::TokenKind::Punct)
        .find(|&p| crate::mentions::in_presence_of(doc, p))?;
    if ctx.not_asserted(p) {
        return None;
    }
    let first = ctx.sm.mentions.iter().find(|m| {
        m.start > p
            && m.start <= p + 5
            && doc.etype(m.ent) == EntityType::Person
            && m.how != How::Pair
            && (p + 1..m.start).all(|q| doc.tokens[q].kind == crate::text::TokenKind::Word)
    })?;
    Some(
        ctx.group(first)
            .iter()
            .filter(|m| doc.etype(m.ent) == EntityType::Person)
            .map(|m| m.ent)
            .collect(),
    )
}
