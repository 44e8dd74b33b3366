//! Titles: "وزير الخارجية الإيراني محمد جواد ظريف", "المتحدث باسم الكرملين دميتري
//! بيسكوف", "تركي المالكي المتحدث باسم التحالف", and titles with no name at all
//! ("الرئيس الروسي"), which coreference resolves to whoever holds the office.

use super::{local_iri, position_iri, Doc, Ent, How, LocalEntity, Mention};
use crate::lexicon::{EntityId, EntityType, FormTarget, RoleKind, WordClass};
use crate::text::TokenKind;
use crate::vocab;

/// A title found in a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TitleFind {
    /// First token of the title.
    pub start: usize,
    /// One past the title and its complement.
    pub title_end: usize,
    /// One past the person's name (equals `title_end` when there is none after it).
    pub end: usize,
    /// Index into the lexicon's titles.
    pub title: usize,
    /// The office kind.
    pub kind: RoleKind,
    /// What the office is of (a country or body), when the text or the lexicon says.
    pub of: Option<EntityId>,
    /// The person named with the title, if any.
    pub person: Option<Ent>,
    /// Where the person's name starts when it stands before the title (apposition).
    pub name_before: Option<usize>,
    /// The span of a name the lexicon does not know (a person to make).
    pub unknown: Option<(usize, usize)>,
}

const GLUE: &[&str] = &[
    "بن", "ابن", "ابو", "عبد", "ال", "ولد", "بنت", "دي", "فون", "فان", "لو",
];

fn is_stop(doc: &Doc, i: usize) -> bool {
    let t = &doc.tokens[i];
    if t.kind != TokenKind::Word {
        return true;
    }
    if doc.forms[i].iter().any(|h| {
        matches!(h.target, FormTarget::Trigger(_) | FormTarget::Title(_))
            || h.target == FormTarget::Class(WordClass::FunctionWord)
            || h.target == FormTarget::Class(WordClass::TimeWord)
            // heads of described acts, documents and events are never a name ("قرار
            // الرئيس الأمريكي سحب القوات")
            || matches!(
                h.target,
                FormTarget::Class(WordClass::ActionHead | WordClass::AgreementHead | WordClass::EventHead)
            )
    }) {
        return true;
    }
    // a word with a conjunction prefix starts a new phrase (ورئيسة), unless the bare word is also unknown
    false
}

/// "علي" spelt with ya and followed by a plain word is the given name, not the preposition.
fn given_name_ali(doc: &Doc, j: usize, limit: usize) -> bool {
    let t = &doc.tokens[j];
    &doc.text[t.start..t.end] == "علي"
        && j + 1 < limit
        && doc.tokens[j + 1].kind == TokenKind::Word
        && !doc.tokens[j + 1].key.starts_with("ال")
        && !is_stop(doc, j + 1)
}

/// Reads an unknown name of two to four words starting at `i` (none of them a known
/// word of the lexicon); returns its end.
fn unknown_name(doc: &Doc, i: usize, limit: usize, names: &[Mention]) -> Option<usize> {
    let mut j = i;
    while j < limit && j - i < 4 {
        if let Some(m) = names.iter().find(|m| m.start == j) {
            // a first name the lexicon does not know, then a one-word name it knows as
            // someone's surname (آلان جونسون is not Boris Johnson): one unknown person
            let surname = j > i
                && m.end == j + 1
                && m.how == How::Name
                && doc.etype(m.ent) == EntityType::Person
                && !names.iter().any(|n| n.start < j && n.end > i);
            if surname {
                j += 1;
            }
            break;
        }
        if is_stop(doc, j) && !(j == i && given_name_ali(doc, j, limit)) || never_in_name(doc, j) {
            break;
        }
        // a name word carries no preposition with the article (للصحافيين)
        if j > i && doc.tokens[j].key.starts_with("لل") {
            break;
        }
        let key = &doc.tokens[j].key;
        // the first word of a name does not carry the article or a conjunction
        if j == i
            && (key.starts_with("ال")
                || key.starts_with('و') && doc.readings[j].len() > 1 && is_stop(doc, j))
        {
            break;
        }
        if j > i
            && key.starts_with('و')
            && !GLUE.contains(&key.as_str())
            && doc.readings[j].iter().skip(1).any(|r| r.pro.conj)
        {
            // "وزير" style words glued to و end the name
            if doc.readings[j]
                .iter()
                .skip(1)
                .any(|r| doc.lex.forms.contains_key(&r.stem) || doc.lex.names.contains_key(&r.stem))
            {
                break;
            }
        }
        j += 1;
    }
    let words = j - i;
    if words < 2 {
        return None;
    }
    // a verbal noun of the form استفعال (استهداف، استخدام), or one of the form تفعيل after
    // و (وتعيين), opens no name
    let first = &doc.tokens[i].key;
    let taf3il =
        |w: &str| w.starts_with('ت') && w.chars().count() == 5 && w.chars().nth(3) == Some('ي');
    // … nor does one of the forms تفعيل or إفعال after a preposition (بتفسير، لإبداء)
    let if3al =
        |w: &str| w.starts_with('ا') && w.chars().count() == 5 && w.chars().nth(3) == Some('ا');
    if first.starts_with("است") && first.chars().count() >= 6
        || first.strip_prefix('و').is_some_and(taf3il)
        || doc.readings[i]
            .iter()
            .any(|r| r.pro.prep.is_some() && (taf3il(&r.stem) || if3al(&r.stem)))
    {
        return None;
    }
    // a preposition with its genitive is no name (لحقوق الإنسان، بشؤون الشرق)
    if doc.readings[i].iter().any(|r| r.pro.prep.is_some())
        && doc.tokens[i + 1].key.starts_with("ال")
    {
        return None;
    }
    // only a first name ends in ta marbuta (أسامة حمدان); a later word that does is an
    // adjective or a noun (مستعدة، الدولية)
    if (i + 1..j).any(|k| {
        let t = &doc.tokens[k];
        doc.text[t.start..t.end].ends_with('ة')
    }) {
        return None;
    }
    // a plural noun with its plural adjective is a group, not a name (ناشطون محليون)
    let plural = |k: usize| {
        let t = &doc.tokens[k];
        let w = &doc.text[t.start..t.end];
        w.ends_with("ون") || w.ends_with("ين")
    };
    if doc.tokens[i].key.ends_with("ون") && plural(i + 1) {
        return None;
    }
    // a report or a statement is no person (ويقول تقرير جديد للأمم المتحدة)
    if doc.class_at(i, WordClass::SourceNoun).is_some()
        || doc.class_at(i, WordClass::SpeechChannel).is_some()
    {
        return None;
    }
    // a name is followed by what ends a noun phrase: punctuation, a function word, a
    // verb or title of the lexicon, or the end (not "ليشرح لماذا قررت …")
    let closes = j >= limit
        || doc.tokens[j].kind != TokenKind::Word
        || doc.forms[j].iter().any(|h| {
            matches!(h.target, FormTarget::Trigger(_) | FormTarget::Title(_))
                || matches!(
                    h.target,
                    FormTarget::Class(
                        WordClass::FunctionWord | WordClass::Complementizer | WordClass::TimeWord
                    )
                )
        })
        || names.iter().any(|m| m.start == j)
        // a prepositional phrase with the article: "… جون سميث للصحافيين إن"
        || doc.tokens[j].key.starts_with("لل");
    closes.then_some(j)
}

/// Words that never belong to a person's name: place nouns (مقاطعة، مدينة), and words
/// written with tanween (مؤخراً), which names do not take.
fn never_in_name(doc: &Doc, j: usize) -> bool {
    let t = &doc.tokens[j];
    doc.class_at(j, WordClass::PlaceNoun).is_some() || doc.text[t.start..t.end].contains('\u{064B}')
}

/// The start of an unknown name of two or three words that ends at `b`, when what
/// stands before it opens a clause: a speech verb, punctuation or the sentence start.
fn name_before_title(doc: &Doc, start: usize, b: usize, names: &[Mention]) -> Option<usize> {
    for k in [2, 3] {
        let Some(a) = b.checked_sub(k).filter(|a| *a >= start) else {
            continue;
        };
        if unknown_name(doc, a, b, names) != Some(b) {
            continue;
        }
        // (or relays it: "نقلت الوكالة عن سالم الخطيب، محامي المتهم، أن …")
        let opens = a == start
            || doc.tokens[a - 1].kind == TokenKind::Punct
            || doc.tokens[a - 1].key == "عن"
            || doc.forms[a - 1].iter().any(|h| match h.target {
                FormTarget::Trigger(t) => {
                    doc.lex.triggers[t].frame == crate::lexicon::Frame::Speech
                }
                _ => false,
            });
        if opens {
            return Some(a);
        }
    }
    None
}

/// Where an office sits: "السفيرة الأمريكية لدى الأمم المتحدة"، "المسؤول في وزارة
/// الخارجية"، "المنسق … في اليمن": the body or place after لدى/في joins the title (and
/// becomes what the office is of when nothing else did). Returns the new end.
fn seat(
    doc: &Doc,
    pos: usize,
    end: usize,
    names: &[Mention],
    kind: RoleKind,
    of: &mut Option<EntityId>,
) -> usize {
    // an envoy is sent to a country (المبعوث الأممي إلى اليمن); other offices only sit in
    // a body or a city (not "الرئيس الروسي إلى موسكو", where the city is a destination)
    let envoy = matches!(kind, RoleKind::Envoy | RoleKind::Official);
    let key = doc.tokens.get(pos).map_or("", |t| t.key.as_str());
    let to = key == "الي";
    if pos + 1 >= end || !(matches!(key, "لدى" | "لدي" | "في" | "بـ") || envoy && to) {
        return pos;
    }
    let Some(m) = names.iter().find(|m| {
        m.start == pos + 1
            && m.how == How::Name
            && match doc.etype(m.ent) {
                EntityType::Organization | EntityType::City | EntityType::Region => !to,
                EntityType::Country => envoy,
                _ => false,
            }
    }) else {
        return pos;
    };
    if let Ent::Lex(e) = m.ent {
        of.get_or_insert(e);
    }
    m.end
}

/// Reads the words of an office's complement from `p` (a body or field of several
/// words, ending at a person's name, a known title, punctuation or a function word);
/// a non-person name among them becomes what the office is of. Returns its end.
fn complement_words(
    doc: &Doc,
    p: usize,
    end: usize,
    names: &[Mention],
    of: &mut Option<EntityId>,
) -> usize {
    let mut q = p;
    while q < end && q < p + 5 {
        if let Some(m) = names.iter().find(|m| m.start == q) {
            // a person ends the complement, and so does a place after a preposition
            // (زعيم التيار الصدري بالعراق: the movement's leader, not Iraq's)
            if m.how == How::Name && doc.etype(m.ent) == EntityType::Person
                || q > p && m.pro.prep.is_some()
            {
                break;
            }
            if let Ent::Lex(e) = m.ent {
                of.get_or_insert(e);
            }
            q = m.end;
            continue;
        }
        let t = &doc.tokens[q];
        let function = doc.forms[q].iter().any(|h| {
            matches!(h.target, FormTarget::Title(_))
                || h.target == FormTarget::Class(WordClass::FunctionWord)
                || h.target == FormTarget::Class(WordClass::Complementizer)
        });
        if t.kind != TokenKind::Word || function {
            break;
        }
        // after the first word, only definite words continue the phrase (قوات التحالف العربي)
        if q > p && !t.key.starts_with("ال") {
            break;
        }
        q += 1;
    }
    q
}

/// Unknown names that are the subject of a speech verb: "وقال زيد رعد الحسين لبي بي سي
/// إن …" — two to four words the lexicon does not know, right after the verb, closed by
/// the words said (إن، أن، a colon or a quote), a comma, or "لـ/في" and the outlet.
pub fn find_speaker_names(
    doc: &Doc,
    start: usize,
    end: usize,
    names: &[Mention],
) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for i in start..end {
        let speech_verb = doc.forms[i].iter().any(|h| match h.target {
            FormTarget::Trigger(t) => {
                let tr = &doc.lex.triggers[t];
                tr.frame == crate::lexicon::Frame::Speech && !tr.id.contains("participle")
            }
            _ => false,
        });
        // a plural verb (قالوا، أعلنوا) already carries its subject: what follows is no name
        let surface = &doc.text[doc.tokens[i].start..doc.tokens[i].end];
        if !speech_verb || i + 3 >= end || surface.ends_with("وا") {
            continue;
        }
        let p = i + 1;
        if names.iter().any(|m| m.start <= p && p < m.end) {
            continue;
        }
        let Some(e) = unknown_name(doc, p, end, names).filter(|e| *e < end) else {
            continue;
        };
        let t = &doc.tokens[e];
        let closed = doc.class_at(e, WordClass::Complementizer).is_some()
            || t.punct().is_some_and(|c| ":،,\"«“".contains(c))
            || doc.reads_as(e, "في") && e + 1 < end
            || doc.readings[e].iter().any(|r| r.pro.prep == Some('ل'))
                && names.iter().any(|m| m.start == e);
        if closed {
            out.push((p, e));
        }
    }
    out
}

/// Finds titles in tokens `start..end`, given the names already found there.
pub fn find_titles(doc: &Doc, start: usize, end: usize, names: &[Mention]) -> Vec<TitleFind> {
    let mut out: Vec<TitleFind> = Vec::new();
    let mut i = start;
    while i < end {
        let Some(hit) = doc.forms[i]
            .iter()
            .find(|h| matches!(h.target, FormTarget::Title(_)) && h.end <= end)
            .copied()
        else {
            i += 1;
            continue;
        };
        let FormTarget::Title(ti) = hit.target else {
            unreachable!()
        };
        // a title inside a place's name is nobody's title (مطار الملك خالد، شارع الرئيس …);
        // after a plain definite noun, الرئيس is the adjective "main" (المعقل الرئيس)
        let adjective_use = hit.start > start
            && matches!(doc.tokens[hit.start].key.as_str(), "الرييس" | "الرييسه")
            && doc.tokens[hit.start - 1].key.starts_with("ال")
            && doc.forms[hit.start - 1].is_empty()
            && !names
                .iter()
                .any(|m| m.start < hit.start && hit.start <= m.end);
        if adjective_use
            || hit.start > start && doc.class_at(hit.start - 1, WordClass::PlaceNoun).is_some()
        {
            i = hit.end;
            continue;
        }
        let title = &doc.lex.titles[ti];
        // a lexicon alias that starts with the title (الأمير محمد بن سلمان)
        if let Some(m) = names.iter().find(|m| {
            m.start == hit.start
                && m.end > hit.end
                && m.how == How::Name
                && doc.etype(m.ent) == EntityType::Person
        }) {
            out.push(TitleFind {
                start: hit.start,
                title_end: hit.end,
                end: m.end,
                title: ti,
                kind: title.kind,
                of: None,
                person: Some(m.ent),
                name_before: None,
                unknown: None,
            });
            i = m.end;
            continue;
        }
        let mut pos = hit.end;
        // a deputy or an assistant of another office: نائب وزير الخارجية الروسي
        if title.kind == RoleKind::Official {
            if let Some(inner) = doc.forms.get(pos).and_then(|fs| {
                fs.iter()
                    .filter(|h| matches!(h.target, FormTarget::Title(_)) && h.end <= end)
                    .max_by_key(|h| h.end)
            }) {
                pos = inner.end;
            }
        }
        let mut of: Option<EntityId> = None;
        let name_at = |p: usize| names.iter().find(|m| m.start == p).copied();
        // the complement: an adjective, a genitive name, "باسم X", "لـX", or a plain word
        if let Some(m) = name_at(pos) {
            let t = doc.etype(m.ent);
            if m.how == How::Adjective
                || (m.how == How::Name && t != EntityType::Person && t != EntityType::City)
            {
                if let Ent::Lex(e) = m.ent {
                    of = Some(e);
                }
                pos = m.end;
            }
        } else if pos < end && (doc.reads_as(pos, "باسم") || doc.tokens[pos].key == "عن") {
            let mut p = pos + 1;
            while p < end && doc.class_at(p, WordClass::PlaceNoun).is_some() {
                p += 1;
            }
            if let Some(m) = name_at(p) {
                if let Ent::Lex(e) = m.ent {
                    of = Some(e);
                }
                pos = m.end;
            } else {
                // a described body of several words: باسم قوات التحالف العربي
                pos = complement_words(doc, p, end, names, &mut of);
                // "باسم مكتب تيريزا ماي": the person belongs to the body, not to the title
                if let Some(m) = name_at(pos).filter(|m| {
                    pos == p + 1 && m.how == How::Name && doc.etype(m.ent) == EntityType::Person
                }) {
                    pos = m.end;
                }
            }
        } else if title.takes_complement
            && pos < end
            && !is_stop(doc, pos)
            && (doc.tokens[pos].key.starts_with("ال")
                // a construct chain: مدير أمن الإسكندرية، وزير خارجية إيران
                || pos + 1 < end
                    && doc.tokens[pos].kind == TokenKind::Word
                    && name_at(pos).is_none()
                    && (doc.tokens[pos + 1].key.starts_with("ال") || name_at(pos + 1).is_some()))
        {
            // a field of one or more definite words (وزير الصحة، محرر الشؤون الدولية)
            pos = complement_words(doc, pos, end, names, &mut of);
        } else if pos < end && doc.readings[pos].iter().any(|r| r.pro.prep == Some('ل')) {
            if let Some(m) = name_at(pos).filter(|m| doc.etype(m.ent) != EntityType::Person) {
                if let Ent::Lex(e) = m.ent {
                    of = Some(e);
                }
                pos = m.end;
            } else if doc.tokens[pos].key.starts_with("لل") || title.takes_complement {
                pos = complement_words(doc, pos, end, names, &mut of);
            }
        }
        // an adjective after the complement (وزير الخارجية الإيراني)
        if of.is_none() {
            if let Some(m) = name_at(pos).filter(|m| m.how == How::Adjective) {
                if let Ent::Lex(e) = m.ent {
                    of = Some(e);
                }
                pos = m.end;
            }
        }
        pos = seat(doc, pos, end, names, title.kind, &mut of);
        // the field after the country or body: وزير الدولة الإماراتي للشؤون الخارجية،
        // محرر بي بي سي لشؤون الشرق الأوسط
        if pos < end
            && pos > hit.end
            && (doc.tokens[pos].key.starts_with("لل")
                || doc.readings[pos].iter().any(|r| r.pro.prep == Some('ل'))
                    && (doc
                        .tokens
                        .get(pos + 1)
                        .is_some_and(|t| t.key.starts_with("ال"))
                        || name_at(pos + 1)
                            .is_some_and(|m| doc.etype(m.ent) != EntityType::Person)))
            && name_at(pos).is_none()
            && !is_stop(doc, pos)
        {
            let mut of2 = None;
            pos = complement_words(doc, pos, end, names, &mut of2);
            of = of.or(of2);
            // and where that sits: المنسق الأممي للشؤون الإنسانية في اليمن
            pos = seat(doc, pos, end, names, title.kind, &mut of);
        }
        // a second name of the body in quotes or brackets: باسم الرئاسة الروسية “ الكرملين ”
        let mut p = pos;
        while p < end
            && doc.tokens[p].kind == TokenKind::Punct
            && "\"“”«»()".contains(doc.tokens[p].key.as_str())
        {
            p += 1;
        }
        if p > pos {
            if let Some(m) = name_at(p).filter(|m| doc.etype(m.ent) != EntityType::Person) {
                let mut q = m.end;
                while q < end
                    && doc.tokens[q].kind == TokenKind::Punct
                    && "\"“”«»()".contains(doc.tokens[q].key.as_str())
                {
                    q += 1;
                }
                pos = q;
            }
        }
        let title_end = pos;
        // the name: after adjectives of rank (البارز، الرفيع المستوى) and an optional
        // comma or dash
        let mut n = pos;
        while n < end {
            match doc.class_at(n, WordClass::RankAdjective) {
                Some(h) => n = h.end,
                None => break,
            }
        }
        if n < end && doc.tokens[n].punct().is_some_and(|c| ",،-–".contains(c)) {
            n += 1;
        }
        if n < end && doc.tokens[n].key == "#" {
            n += 1;
        }
        let mut person = None;
        let mut unknown = None;
        let mut name_end = title_end;
        // (a name with و is another person: "رئيسة الوزراء البريطانية وولي العهد السعودي")
        if let Some(m) = name_at(n)
            .filter(|m| m.how == How::Name && doc.etype(m.ent) == EntityType::Person && !m.pro.conj)
        {
            person = Some(m.ent);
            name_end = m.end;
        } else if let Some(e) = unknown_name(doc, n, end, names) {
            unknown = Some((n, e));
            name_end = e;
        }
        let mut name_before = None;
        // a title with و is a new conjunct: "بحضور الملقي ورئيس الديوان فايز الطراونة"
        let conjunct = doc.forms[hit.start]
            .iter()
            .any(|h| h.start == hit.start && h.pro.conj);
        if person.is_none() && unknown.is_none() && hit.start > start && !conjunct {
            // apposition: NAME، TITLE — a person named just before the title
            let mut b = hit.start;
            if doc.tokens[b - 1].punct().is_some_and(|c| ",،".contains(c)) {
                b -= 1;
            }
            if let Some(m) = names.iter().find(|m| {
                m.end == b && m.how == How::Name && doc.etype(m.ent) == EntityType::Person
            }) {
                person = Some(m.ent);
                name_before = Some(m.start);
            } else if let Some(a) = name_before_title(doc, start, b, names) {
                // "قال نوري محمود المتحدث باسم …": an unknown name right after a speech
                // verb (or at the start of the clause) and before the title
                unknown = Some((a, b));
                name_before = Some(a);
            }
        }
        let mut kind = title.kind;
        if kind == RoleKind::HeadOfState
            && of.is_some_and(|o| doc.lex.entity(o).etype == EntityType::Organization)
        {
            kind = RoleKind::Leader;
        }
        out.push(TitleFind {
            start: hit.start,
            title_end,
            end: name_end,
            title: ti,
            kind,
            of,
            person,
            name_before,
            unknown,
        });
        i = name_end.max(hit.end);
    }
    chain_titles(doc, &mut out);
    out
}

/// An office title followed closely by a rank or another title that carries the name
/// ("المتحدث باسم الجيش العقيد أحمد سالم"): the name is the first title's holder too.
fn chain_titles(doc: &Doc, out: &mut [TitleFind]) {
    for k in (0..out.len().saturating_sub(1)).rev() {
        let (a, b) = (out[k], out[k + 1]);
        if a.person.is_some() || a.unknown.is_some() || a.name_before.is_some() {
            continue;
        }
        if b.person.is_none() && b.unknown.is_none() || b.name_before.is_some() {
            continue;
        }
        if b.start < a.title_end || b.start > a.title_end + 4 {
            continue;
        }
        // only a rank or an honorific carries the first office's name (المتحدث باسم الجيش
        // العقيد X، ولي العهد الأمير Y); "رئيسة الوزراء وولي العهد X" are two people
        // (a royal title carries the name only after another high office: ولي العهد الأمير X,
        // never after a post like "مدير مكتب الملك عبد الله")
        let honorific = b.kind == RoleKind::Descriptor
            || doc.lex.titles[b.title].label_en == "King" && a.kind != RoleKind::Official;
        let conj = doc.forms[b.start].iter().any(|h| h.pro.conj) || doc.tokens[b.start].key == "و";
        if !honorific || conj || (a.title_end..b.start).any(|p| doc.tokens[p].key == "و") {
            continue;
        }
        // the words between: the rest of the office's complement, no clause break
        let gap_ok = (a.title_end..b.start).all(|p| {
            let t = &doc.tokens[p];
            if t.kind == TokenKind::Punct {
                return ",،\"“”«»()".contains(t.key.as_str());
            }
            !doc.forms[p].iter().any(|h| {
                matches!(h.target, FormTarget::Trigger(_))
                    || h.target == FormTarget::Class(WordClass::Complementizer)
            })
        });
        if !gap_ok {
            continue;
        }
        out[k].person = b.person;
        out[k].unknown = b.unknown;
        out[k].end = b.end;
        // the second title is a rank or an honorific of the office holder (الأمير، اللواء)
        out[k + 1].kind = RoleKind::Descriptor;
    }
}

/// The source words of a span without the clitics glued to its first word.
pub(crate) fn clean_surface(doc: &Doc, start: usize, end: usize) -> String {
    let mut words = Vec::new();
    for i in start..end {
        let t = &doc.tokens[i];
        if t.kind == TokenKind::Punct {
            continue;
        }
        let mut w = &doc.text[t.start..t.end];
        if i == start {
            let whole = doc.readings[i]
                .first()
                .map(|r| r.stem.chars().count())
                .unwrap_or(0);
            // the reading used for the form is the one whose stem is a known form or name
            if let Some(r) = doc.readings[i].iter().find(|r| {
                doc.lex.forms.contains_key(&r.stem) || doc.lex.names.contains_key(&r.stem)
            }) {
                let cut = whole.saturating_sub(r.stem.chars().count());
                if cut > 0 && r.enclitic.is_none() {
                    let mut letters = 0;
                    let mut byte = 0;
                    for (b, c) in w.char_indices() {
                        if letters == cut {
                            byte = b;
                            break;
                        }
                        if !crate::text::normalize::is_ignorable(c) {
                            letters += 1;
                        }
                    }
                    if byte > 0 {
                        w = &w[byte..];
                    }
                    if r.pro.prep == Some('ل') && r.stem.starts_with("ال") && !w.starts_with("ال")
                    {
                        words.push(format!("ا{w}"));
                        continue;
                    }
                }
            }
        }
        words.push(w.to_string());
    }
    words.join(" ")
}

/// Builds the position entity of a title: labels from the country when known
/// (President of Russia, الرئيس الروسي), else the title's own words.
pub(crate) fn make_position(doc: &mut Doc, f: &TitleFind, person: Option<Ent>) -> Ent {
    let title = &doc.lex.titles[f.title];
    let lex = doc.lex;
    let surface = clean_surface(doc, f.start, f.title_end);
    let mut of = f.of;
    if of.is_none() {
        if let Some(Ent::Lex(p)) = person {
            of = lex
                .entity(p)
                .roles
                .iter()
                .filter(|r| r.kind == f.kind && r.covers(doc.date))
                .find_map(|r| r.of);
            of = of.or_else(|| {
                lex.entity(p)
                    .roles
                    .iter()
                    .find(|r| r.kind == f.kind)
                    .and_then(|r| r.of)
            });
        }
    }
    let head = clean_surface(
        doc,
        f.start,
        doc.forms[f.start]
            .iter()
            .find(|h| h.target == FormTarget::Title(f.title))
            .map_or(f.title_end, |h| h.end),
    );
    let (label_en, label_ar, iri) = match of {
        Some(o) => {
            let oe = lex.entity(o);
            let en = format!(
                "{} of {}",
                title.label_en,
                oe.label_en.as_deref().unwrap_or("")
            );
            let ar = if f.title_end > f.start + head.split(' ').count() {
                surface.clone()
            } else {
                match (&oe.adjective, oe.etype) {
                    (Some(adj), EntityType::Country) => {
                        // the title agrees with its first word (رئيسة الوزراء → البريطانية, وزير الخارجية → الفرنسي)
                        let fem = head.split(' ').next().is_some_and(|w| w.ends_with('ة'));
                        let adj = if fem {
                            adj.split(' ')
                                .map(|w| format!("{w}ة"))
                                .collect::<Vec<_>>()
                                .join(" ")
                        } else {
                            adj.clone()
                        };
                        format!("{head} {adj}")
                    }
                    _ => format!("{head} {}", oe.label_ar.as_deref().unwrap_or("")),
                }
            };
            let iri = position_iri(&en);
            (Some(en), ar, iri)
        }
        None => {
            let iri = local_iri(vocab::POSITION, &surface);
            (
                Some(title.label_en.clone()).filter(|s| !s.is_empty()),
                surface,
                iri,
            )
        }
    };
    doc.local(LocalEntity {
        iri,
        etype: EntityType::Position,
        label_ar,
        label_en,
        role: Some((f.kind, of)),
        female: false,
    })
}

/// Makes the person entity for an unknown name.
pub(crate) fn make_person(doc: &mut Doc, start: usize, end: usize, female: bool) -> Ent {
    let mut s = start;
    if doc.tokens[s].key == "#" || doc.tokens[s].punct().is_some() {
        s += 1;
    }
    let label = clean_surface(doc, s, end).replace('#', "");
    let iri = local_iri(vocab::ENTITY_AR, &label);
    doc.local(LocalEntity {
        iri,
        etype: EntityType::Person,
        label_ar: label,
        label_en: None,
        role: None,
        female,
    })
}

/// Builds the position of office `kind` in a body the lexicon knows, named with `head`
/// before the body's name ("زعيم حزب العدالة والتنمية", "Leader of Justice and Development
/// Party").
pub(crate) fn make_position_of(
    doc: &mut Doc,
    kind: RoleKind,
    title: usize,
    head: &str,
    of: EntityId,
) -> Ent {
    let lex = doc.lex;
    let oe = lex.entity(of);
    let en = format!(
        "{} of {}",
        lex.titles[title].label_en,
        oe.label_en.as_deref().unwrap_or("")
    );
    let ar = format!("{head} {}", oe.label_ar.as_deref().unwrap_or(""));
    let iri = position_iri(&en);
    doc.local(LocalEntity {
        iri,
        etype: EntityType::Position,
        label_ar: ar.trim().to_string(),
        label_en: Some(en),
        role: Some((kind, Some(of))),
        female: false,
    })
}

/// Builds a position from an office kind and a country alone (for "his counterpart").
pub(crate) fn make_position_kind(
    doc: &mut Doc,
    kind: RoleKind,
    of: Option<EntityId>,
    title: usize,
    person: Ent,
) -> Ent {
    let lex = doc.lex;
    let t = &lex.titles[title];
    let head = match kind {
        RoleKind::HeadOfState => "الرئيس",
        RoleKind::HeadOfGovernment => "رئيس الوزراء",
        RoleKind::ForeignMinister => "وزير الخارجية",
        RoleKind::DefenseMinister => "وزير الدفاع",
        RoleKind::FinanceMinister => "وزير المالية",
        RoleKind::InteriorMinister => "وزير الداخلية",
        _ => "",
    };
    let Some(o) = of else { return person };
    let oe = lex.entity(o);
    let en = format!("{} of {}", t.label_en, oe.label_en.as_deref().unwrap_or(""));
    let ar = format!(
        "{head} {}",
        oe.adjective
            .as_deref()
            .unwrap_or(oe.label_ar.as_deref().unwrap_or(""))
    )
    .trim()
    .to_string();
    let iri = position_iri(&en);
    doc.local(LocalEntity {
        iri,
        etype: EntityType::Position,
        label_ar: ar,
        label_en: Some(en),
        role: Some((kind, of)),
        female: false,
    })
}
