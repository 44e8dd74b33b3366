//! Stance: a statement that names an actor with a word of condemnation criticizes it.
//!
//! "موقف ممتاز للتصدي للعدوان الروسي على إدلب" (the speaker criticizes Russia),
//! "لوقف عدائية إيران بالمنطقة"، "نظام الأسد الإرهابي"، "العمل العدائي من قبل
//! الميليشيا": inside the words a speaker said, a condemning word (`isnad:Pejorative` in
//! `words.ttl`) with an actor right after it, right before it, or after "من قبل"; and a
//! description with words of disapproval ("وصف X تصريحات Y بأنها غير مسؤولة": X
//! criticizes Y); and criticism someone met with ("تعرضت الحكومة لانتقادات من X").

use super::{push_new, Ctx, Fact};
use crate::lexicon::{EntityType, WordClass};
use crate::mentions::{Ent, How, Mention};
use crate::text::clitics::Enclitic;

/// Rule id of the condemning-word rule.
pub const RULE: &str = "stance-pejorative";

/// The actor a mention names (a state for its capital or forces), if it is one that can
/// hold a stance or take part: a state, an organization or a person.
pub(super) fn actor(ctx: &Ctx, m: &Mention) -> Option<Ent> {
    if m.how == How::Pair || m.how == How::Described {
        return None;
    }
    let e = ctx.doc.as_actor(m.ent);
    matches!(
        ctx.doc.etype(e),
        EntityType::Country | EntityType::Organization | EntityType::Person
    )
    .then_some(e)
}

/// The actor a condemning word at `a..b` is about, within the words `from..to`.
fn target(ctx: &Ctx, a: usize, b: usize, from: usize, to: usize) -> Option<Ent> {
    let doc = ctx.doc;
    let at = |p: usize| ctx.sm.mentions.iter().find(|m| m.start == p && m.end <= to);
    // right after it: العدوان الروسي، عدائية إيران
    if let Some(e) = at(b).and_then(|m| actor(ctx, m)) {
        return Some(e);
    }
    // after "من قبل": العمل العدائي من قبل الميليشيا الحوثية
    if b + 2 < to && doc.tokens[b].key == "من" && doc.tokens[b + 1].key == "قبل" {
        // the actor's name, or a plain noun with its nisba (الميليشيا الحوثية)
        let nisba = at(b + 3).filter(|m| {
            m.how == How::Adjective
                && doc.tokens[b + 2].key.starts_with("ال")
                && at(b + 2).is_none()
        });
        if let Some(e) = at(b + 2).or(nisba).and_then(|m| actor(ctx, m)) {
            return Some(e);
        }
    }
    // a possessed act: "انقلابه المشؤوم"، "وعدوانها" — the possessor is the last actor
    // named before it in the words
    let q = if a > from && ctx.opens_quote(a - 1) {
        a - 1
    } else {
        a
    };
    let possessed = |p: usize| {
        doc.readings[p].iter().any(|r| {
            matches!(
                r.enclitic,
                Some(Enclitic::His | Enclitic::Her | Enclitic::Their)
            )
        }) && !ctx.sm.mentions.iter().any(|m| m.start <= p && p < m.end)
    };
    let own = (a..b).any(possessed);
    let before_word = q > from && {
        let p = if ctx.opens_quote(q - 1) && q - 1 > from {
            q - 2
        } else {
            q - 1
        };
        doc.tokens[p].kind == crate::text::TokenKind::Word && possessed(p)
    };
    if own || before_word {
        return ctx
            .sm
            .mentions
            .iter()
            .rev()
            .filter(|m| m.start >= from && m.end <= q && m.how != How::Pair)
            .find_map(|m| actor(ctx, m));
    }
    // right before it: نظام الأسد الإرهابي، ميليشيات الحوثي تنتهك (past a nisba that
    // describes the name: "ميليشيات الحوثي الإيرانية تنتهك" is about the Houthis)
    // (past the quotation mark that opens the condemning words: قادة إيران "بالمجرمين")
    let a = q;
    let before = ctx
        .sm
        .mentions
        .iter()
        .find(|m| m.start >= from && m.end == a && m.how != How::Pair)?;
    let head = (before.how == How::Adjective)
        .then(|| {
            ctx.sm
                .mentions
                .iter()
                .find(|m| m.start >= from && m.end == before.start && m.how == How::Name)
        })
        .flatten();
    actor(ctx, head.unwrap_or(before))
}

/// Rule id of the disapproving description.
pub const DESCRIBE_RULE: &str = "stance-description";

/// "ووصف ظريف تصريحات بومبيو بأنها "غير حقيقية"": a speaker who describes someone (or
/// what someone said or did) with words of disapproval criticizes them. The one described
/// is the first actor in the words, before the description opens with ب (بأنه، بالـ).
fn described(ctx: &Ctx, from: usize, to: usize) -> Option<(Ent, usize)> {
    let doc = ctx.doc;
    let verb = (from.saturating_sub(12).max(ctx.start)..from)
        .any(|p| doc.class_at(p, WordClass::Describe).is_some());
    if !verb {
        return None;
    }
    let by = (from..to).find(|&p| {
        doc.readings[p].iter().any(|r| r.pro.prep == Some('ب'))
            && !ctx.sm.mentions.iter().any(|m| m.start <= p && p < m.end)
    })?;
    let m = ctx.sm.mentions.iter().find(|m| {
        m.start >= from
                && m.end <= by
                && m.pro.prep.is_none()
                // not the partner of what is described: "المحادثات مع أردوغان"
                && !(m.start > ctx.start
                    && super::frames::PREPOSITIONS.contains(&doc.tokens[m.start - 1].key.as_str()))
    })?;
    Some((actor(ctx, m)?, by))
}

/// Rule id of criticism told in the passive.
pub const UNDERGO_RULE: &str = "stance-undergo";

/// "تعرضت الحكومة لانتقادات من المعارضة"، "لكنه قوبل بالانتقاد من قبل الدول الموقعة،
/// ومنها فرنسا وألمانيا": criticism someone met with. The critics follow the noun (after
/// من، من قبل، or a list opened by منها / من بينها); the one criticized is the last actor
/// named before the verb in the sentence (the subject, or the one whose act "it" was).
fn undergone(ctx: &Ctx, rel: usize, out: &mut Vec<Fact>) {
    let doc = ctx.doc;
    for p in ctx.start..ctx.end {
        if doc.class_at(p, WordClass::Undergo).is_none() || ctx.not_asserted(p) {
            continue;
        }
        let noun = (p + 1..(p + 6).min(ctx.end)).find(|&q| {
            ctx.triggers_at(q)
                .any(|t| t.relation == rel && t.frame == crate::lexicon::Frame::Noun)
        });
        let Some(noun) = noun else { continue };
        // the subject after the verb ("وتعرضت الحكومة لانتقادات"), else before it
        let after = ctx
            .sm
            .mentions
            .iter()
            .filter(|m| m.start > p && m.end <= noun)
            .find_map(|m| actor(ctx, m));
        let before = || {
            ctx.sm
                .mentions
                .iter()
                .rev()
                .filter(|m| m.end <= p)
                .find_map(|m| actor(ctx, m))
        };
        let Some(target) = after.or_else(before) else {
            continue;
        };
        // the critics: "من قبل X"، "من X", or the list after "ومنها"
        let until = (noun + 12).min(ctx.end);
        let first = (noun + 1..until)
            .filter(|&q| {
                matches!(
                    doc.tokens[q].key.as_str(),
                    "منها"
                        | "ومنها"
                        | "بينها"
                        | "منهم"
                        | "ومنهم"
                        | "بينهم"
                        | "قبل"
                        | "من"
                )
            })
            .find_map(|q| {
                ctx.sm
                    .mentions
                    .iter()
                    .find(|m| m.start > q && m.start <= q + 2 && m.pro.prep.is_none())
            });
        let Some(first) = first else { continue };
        for g in ctx.group(first) {
            if let Some(critic) = actor(ctx, &g).filter(|c| *c != target) {
                out.push(Fact::between(critic, rel, target, UNDERGO_RULE, 0.6));
            }
        }
    }
}

/// Whether `a` and `b` are one side: the same actor, or a state and one who acts for it
/// (a speaker does not accuse, threaten or criticize its own side).
fn same_side(ctx: &Ctx, a: Ent, b: Ent) -> bool {
    a == b || ctx.doc.state_of(b) == Some(a) || ctx.doc.state_of(a) == Some(b)
}

/// Rule id of the accusation told as a wrongdoing.
pub const WRONGDOING_RULE: &str = "stance-wrongdoing";

/// The actors that do the wrongdoing verb at `p` in the words `from..p`: the coordinated
/// group right before it ("جي آر يو والجيش الروسي تدخلا"), past a nisba on the last name
/// ("ميليشيات الحوثي الإيرانية تنتهك") and a closing quotation mark.
fn doers(ctx: &Ctx, from: usize, p: usize) -> Vec<Ent> {
    let doc = ctx.doc;
    let mut end = p;
    if end > from
        && doc.tokens[end - 1]
            .punct()
            .is_some_and(|c| "\"»”'".contains(c))
    {
        end -= 1;
    }
    let in_words = |m: &&Mention| m.start >= from && m.end <= p && m.how != How::Pair;
    // a nisba describing the name before it ends the group one mention early
    if let Some(adj) = ctx
        .sm
        .mentions
        .iter()
        .filter(in_words)
        .find(|m| m.end == end && m.how == How::Adjective)
    {
        if ctx
            .sm
            .mentions
            .iter()
            .filter(in_words)
            .any(|m| m.end == adj.start && m.how == How::Name)
        {
            end = adj.start;
        }
    }
    ctx.sm
        .mentions
        .iter()
        .filter(in_words)
        .find(|m| ctx.group_end(m) == end)
        .map(|m| ctx.group(m).iter().filter_map(|g| actor(ctx, g)).collect())
        .unwrap_or_default()
}

/// "وقالت وزارة الخزانة إن الجيش الروسي تدخل في الانتخابات": inside what a speaker said,
/// an actor who did wrong (a verb of `isnad:Wrongdoing` right after it, asserted) is
/// accused by the speaker.
fn wrongdoing(ctx: &Ctx, out: &mut Vec<Fact>) {
    let doc = ctx.doc;
    let Some(rel) = doc.lex.relation("accused") else {
        return;
    };
    for &(speaker, from, to) in &ctx.statements {
        for p in from..to {
            if doc.class_at(p, WordClass::Wrongdoing).is_none() || ctx.not_asserted(p) {
                continue;
            }
            for t in doers(ctx, from, p) {
                if !same_side(ctx, speaker, t) {
                    push_new(out, Fact::between(speaker, rel, t, WRONGDOING_RULE, 0.6));
                }
            }
        }
    }
}

/// Rule id of the threat told as a punishment on a condition.
pub const CONDITIONAL_RULE: &str = "threat-conditional";

/// Punitive verbs in the imperfect (match keys without the future سـ): impose, strike,
/// attack, target, punish, respond.
const PUNITIVE: &[&str] = &[
    "تفرض",
    "يفرض",
    "نفرض",
    "تضرب",
    "يضرب",
    "نضرب",
    "تهاجم",
    "يهاجم",
    "نهاجم",
    "تستهدف",
    "يستهدف",
    "نستهدف",
    "تعاقب",
    "يعاقب",
    "نعاقب",
];

/// "قال بومبيو إن واشنطن ستفرض على إيران أشد العقوبات إن لم تقلص نفوذها": inside what a
/// speaker said, a punishment in the future (سـ، سوف) on someone (after على or ضد, or
/// the direct object of a strike), with a condition after it (إن لم، إذا لم، ما لم، وإلا),
/// is a threat: the speaker threatened its target.
fn conditional_threat(ctx: &Ctx, out: &mut Vec<Fact>) {
    let doc = ctx.doc;
    let Some(rel) = doc.lex.relation("threatened") else {
        return;
    };
    for &(speaker, from, to) in &ctx.statements {
        for p in from..to {
            let future = doc.readings[p]
                .iter()
                .any(|r| r.pro.future && PUNITIVE.contains(&r.stem.as_str()))
                || p > from
                    && doc.tokens[p - 1].key == "سوف"
                    && PUNITIVE.contains(&doc.tokens[p].key.as_str());
            if !future {
                continue;
            }
            let condition = (p + 1..to).find(|&c| {
                let k = doc.tokens[c].key.as_str();
                k == "والا"
                    || c + 1 < to
                        && matches!(k, "ان" | "اذا" | "ما")
                        && doc.tokens[c + 1].key == "لم"
            });
            let Some(c) = condition else { continue };
            let target = ctx.mentions_in(p + 1, c).find(|m| {
                let before = doc.tokens[m.start - 1].key.as_str();
                m.pro.prep.is_none()
                    && (matches!(before, "علي" | "ضد")
                        || m.start == p + 1 && !doc.tokens[p].key.ends_with("فرض"))
            });
            let Some(t) = target.and_then(|m| actor(ctx, m)) else {
                continue;
            };
            if !same_side(ctx, speaker, t) {
                push_new(out, Fact::between(speaker, rel, t, CONDITIONAL_RULE, 0.6));
            }
        }
    }
}

pub(super) fn extract(ctx: &Ctx, out: &mut Vec<Fact>) {
    let Some(rel) = ctx.doc.lex.relation("criticized") else {
        return;
    };
    let doc = ctx.doc;
    wrongdoing(ctx, out);
    conditional_threat(ctx, out);
    undergone(ctx, rel, out);
    for &(speaker, from, to) in &ctx.statements {
        if let Some((t, by)) = described(ctx, from, to) {
            // the description runs to the end of its clause ("بأنه "مصدر فخر"، قائلا …")
            let end = (by..to).find(|&p| ctx.is_comma(p)).unwrap_or(to);
            let disapproves = (by..end).any(|p| {
                doc.class_at(p, WordClass::Disapproval).is_some()
                    || doc.class_at(p, WordClass::Pejorative).is_some()
            });
            if disapproves && !same_side(ctx, speaker, t) {
                out.push(Fact::between(speaker, rel, t, DESCRIBE_RULE, 0.6));
            }
        }
        let mut p = from;
        while p < to {
            let Some(h) = doc.class_at(p, WordClass::Pejorative) else {
                p += 1;
                continue;
            };
            if let Some(t) = target(ctx, h.start, h.end, from, to) {
                let same = t == speaker || ctx.doc.state_of(t) == Some(speaker);
                if !same {
                    push_new(out, Fact::between(speaker, rel, t, RULE, 0.6));
                }
            }
            p = h.end.max(p + 1);
        }
    }
}
