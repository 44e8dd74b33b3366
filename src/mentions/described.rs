//! Described objects: things the relations need that have no name — a joint statement
//! (signed), an expo (attended), a halt of attacks (ordered), foreign banks (threatened).
//! Each is named by its head word and the few words that qualify it.

use super::titles::clean_surface;
use super::{local_iri, Doc, Ent, How, LocalEntity, Mention};
use crate::lexicon::{EntityType, FormTarget, WordClass};
use crate::text::TokenKind;
use crate::vocab;

fn is_stop(doc: &Doc, i: usize) -> bool {
    let t = &doc.tokens[i];
    t.kind == TokenKind::Punct
        || doc.forms[i].iter().any(|h| {
            matches!(h.target, FormTarget::Trigger(_) | FormTarget::Title(_))
                || h.target == FormTarget::Class(WordClass::FunctionWord)
        })
        || doc.readings[i].iter().skip(1).any(|r| {
            r.pro.conj
                && r.stem.len() > 2
                && !t.key.starts_with("وال")
                && doc.lex.forms.contains_key(&r.stem)
        })
}

/// Whether token `p` is "بحضور" (in the presence of): who follows attended the event
/// of the clause.
pub fn in_presence_of(doc: &Doc, p: usize) -> bool {
    doc.readings[p]
        .iter()
        .any(|r| r.stem == "حضور" && r.pro.prep == Some('ب'))
}

/// Whether a trigger of the relation named `relation` starts within `window` tokens
/// before token `i` (not before the sentence start `start`): the verb that governs a
/// described object (أمر بوقف …، حضر الرئيس حفل …).
fn trigger_before(doc: &Doc, start: usize, i: usize, window: usize, relation: &str) -> bool {
    (i.saturating_sub(window).max(start)..i).any(|p| {
        doc.forms[p].iter().any(|h| {
            matches!(h.target, FormTarget::Trigger(t)
                if doc.lex.relations[doc.lex.triggers[t].relation].name == relation)
        })
    })
}

/// Finds described objects in tokens `start..end`.
pub fn find_described(doc: &mut Doc, start: usize, end: usize, names: &[Mention]) -> Vec<Mention> {
    let mut out = Vec::new();
    let mut i = start;
    while i < end {
        // inside a name (الاتفاق النووي مع إيران is the lexicon's JCPOA): nothing to describe
        if let Some(m) = names
            .iter()
            .find(|m| m.start <= i && i < m.end && m.how == How::Name)
        {
            i = m.end;
            continue;
        }
        let classes = [
            (WordClass::AgreementHead, EntityType::Agreement),
            (WordClass::EventHead, EntityType::Event),
            (WordClass::OrgHead, EntityType::Organization),
            (WordClass::ActionHead, EntityType::Action),
        ];
        let Some((hit, etype)) = classes.iter().find_map(|(c, t)| {
            doc.class_at(i, *c)
                .filter(|h| h.end <= end)
                .map(|h| (h, *t))
        }) else {
            i += 1;
            continue;
        };
        // an action is described only as the object of an order (أمر بوقف …)
        // (the order verb may stand a few words before, its subject between: أمر الرئيس X بوقف)
        let ordered_before = trigger_before(doc, start, i, 8, "ordered");
        if etype == EntityType::Action && !(hit.pro.prep == Some('ب') && ordered_before) {
            i += 1;
            continue;
        }
        let max_words = if etype == EntityType::Action { 5 } else { 3 };
        let mut j = hit.end;
        let mut has_name = false;
        while j < end && j - hit.end < max_words {
            if let Some(m) = names.iter().find(|m| m.start == j) {
                if doc.etype(m.ent) == EntityType::Person
                    || (m.how == How::Name
                        && etype != EntityType::Event
                        && etype != EntityType::Action)
                {
                    break;
                }
                has_name = true;
                j = m.end;
                continue;
            }
            // an action runs over the act it names (بوقف الهجمات على منشآت الطاقة)
            let act_word = etype == EntityType::Action
                && (doc.tokens[j].key == "علي"
                    || doc.tokens[j].kind == TokenKind::Word
                        && doc.forms[j]
                            .iter()
                            .all(|h| matches!(h.target, FormTarget::Trigger(_))));
            if is_stop(doc, j) && !act_word {
                break;
            }
            if doc.tokens[j].kind == TokenKind::Number {
                has_name = true;
            }
            j += 1;
        }
        // an event needs something that names it (معرض إكسبو الروسي، قمة 2018), not "في معرض
        // حديثه", unless it is what someone attends: "حضر الرئيس حفل زفاف" (past a title
        // and a name in apposition: "حضور رئيس الوزراء، فلان الفلاني، حفل …")
        let attended_before = etype == EntityType::Event
            && hit.pro.prep.is_none()
            && trigger_before(doc, start, i, 12, "attended");
        // … or the definite event a clause says was held in someone's presence: "وافتتح
        // المؤتمر أعماله بحضور الرئيس"
        let attended_after = etype == EntityType::Event
            && hit.pro.prep.is_none()
            && doc.tokens[i].key.starts_with("ال")
            && (hit.end..(hit.end + 8).min(end)).any(|p| in_presence_of(doc, p));
        if etype == EntityType::Event && !has_name && !attended_before && !attended_after {
            i = hit.end;
            continue;
        }
        // an unnamed event is its head and at most two words of its genitive, never an
        // indefinite accusative after it ("حضوره حفل الزفاف جدلا")
        if etype == EntityType::Event && !has_name {
            j = j.min(hit.end + 2);
            // a definite head takes no genitive, only its adjectives (المؤتمر الدولي)
            if doc.tokens[i].key.starts_with("ال") {
                j = (hit.end..j)
                    .find(|&k| !doc.tokens[k].key.starts_with("ال"))
                    .unwrap_or(j);
            }
            while j > hit.end && doc.tokens[j - 1].key.ends_with('ا') {
                j -= 1;
            }
        }
        if etype == EntityType::Organization && j == hit.end {
            i = hit.end;
            continue;
        }
        let label = clean_surface(doc, i, j);
        let iri = local_iri(
            &format!(
                "{}{}/",
                vocab::THING,
                crate::mentions::local_iri("", doc.id)
            ),
            &label,
        );
        let ent: Ent = doc.local(LocalEntity {
            iri,
            etype,
            label_ar: label,
            label_en: None,
            role: None,
            female: false,
        });
        out.push(Mention {
            start: i,
            end: j,
            ent,
            how: How::Described,
            pro: hit.pro,
        });
        i = j.max(i + 1);
    }
    out
}
