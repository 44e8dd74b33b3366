//! Within-article reference: role mentions, counterparts, pair words, short names and
//! the speaker in focus, resolved sentence by sentence in reading order.

use super::titles::{make_person, make_position, make_position_of, TitleFind};
use super::{find_described, find_names, find_titles, Doc, Ent, How, Mention};
use crate::lexicon::{EntityId, EntityType, RoleKind, WordClass};
// Fx hashing: these maps are probed for every token of every sentence
use rustc_hash::FxHashMap as HashMap;

/// What the article has in focus so far.
#[derive(Debug, Clone, Default)]
pub struct Focus {
    /// The last speaker: the subject of dropped-subject speech verbs (وأضاف).
    pub last_speaker: Option<Ent>,
    /// Whether the last speech verb had a subject nobody can name ("وقال المركز الوطني
    /// للأعاصير إن …"): a following "وأضاف" is that unknown speaker, not the one before.
    pub unknown_speaker: bool,
    /// Everyone who spoke, most recent first, to pick the one a verb agrees with.
    pub speakers: Vec<Ent>,
    /// People mentioned, most recent first.
    pub persons: Vec<Ent>,
    /// States mentioned, most recent first.
    pub states: Vec<Ent>,
    /// Cities and places mentioned, most recent first.
    pub places: Vec<Ent>,
    /// Who the article named in each office.
    pub holders: HashMap<(RoleKind, Option<EntityId>), Ent>,
    /// The office kind of each person the article titled.
    pub kinds: HashMap<Ent, RoleKind>,
    /// Last words of names introduced by the article, to find them again alone.
    pub short_names: HashMap<String, Ent>,
    /// The body the article last named with each head noun (وكالة → the agency named).
    pub bodies: HashMap<String, Ent>,
    /// The agreement the article last named: a bare "الاتفاق" later is that one.
    pub agreement: Option<Ent>,
}

/// Puts `e` first in a most-recent-first list.
pub fn remember(list: &mut Vec<Ent>, e: Ent) {
    list.retain(|x| *x != e);
    list.insert(0, e);
    list.truncate(8);
}

/// The mentions of one sentence, resolved, and the positions its titles give.
#[derive(Debug, Clone, Default)]
pub struct SentenceMentions {
    /// Every mention, sorted by start.
    pub mentions: Vec<Mention>,
    /// `(person, position, start, end)` for each title given with a name.
    pub positions: Vec<(Ent, Ent, usize, usize)>,
    /// The same for titles given without a name and resolved to their holder.
    pub role_positions: Vec<(Ent, Ent, usize, usize)>,
}

/// Finds and resolves the mentions of tokens `start..end`, updating the focus.
pub fn resolve_sentence(
    doc: &mut Doc,
    focus: &mut Focus,
    start: usize,
    end: usize,
) -> SentenceMentions {
    let mut names = find_names(doc, start, end);
    // short names of people the article introduced (سيلوانوف after أنطون سيلوانوف)
    let mut i = if focus.short_names.is_empty() {
        end
    } else {
        start
    };
    let mut key = String::new();
    while i < end {
        if names.iter().any(|m| m.start <= i && i < m.end) {
            i += 1;
            continue;
        }
        // the last two words of a longer name first (جيا كرد), then the last word
        let two = (i + 1 < end && !names.iter().any(|m| m.start <= i + 1 && i + 1 < m.end))
            .then(|| {
                doc.readings[i]
                    .iter()
                    .filter(|r| r.enclitic.is_none())
                    .find_map(|r| {
                        key.clear();
                        key.push_str(&r.stem);
                        key.push(' ');
                        key.push_str(&doc.tokens[i + 1].key);
                        focus.short_names.get(&key).map(|e| (*e, r.pro))
                    })
            })
            .flatten();
        let (hit, len) = match two {
            Some(h) => (Some(h), 2),
            None => (
                doc.readings[i]
                    .iter()
                    .filter(|r| r.enclitic.is_none())
                    .find_map(|r| focus.short_names.get(&r.stem).map(|e| (*e, r.pro))),
                1,
            ),
        };
        if let Some((e, pro)) = hit {
            names.push(Mention {
                start: i,
                end: i + len,
                ent: e,
                how: How::Name,
                pro,
            });
        }
        i += len;
    }
    body_anaphora(doc, focus, start, end, &mut names);
    names.sort_by_key(|m| m.start);
    let titles = find_titles(doc, start, end, &names);
    let mut out = SentenceMentions::default();
    let mut covered: Vec<(usize, usize)> = Vec::new();
    // speakers the lexicon does not know, named right after their speech verb
    for (a, b) in super::titles::find_speaker_names(doc, start, end, &names) {
        if titles.iter().any(|f| f.start < b && a < f.end) {
            continue;
        }
        let p = make_person(doc, a, b, false);
        let last = doc.tokens[b - 1].key.clone();
        if last.chars().count() >= 3 {
            focus.short_names.entry(last).or_insert(p);
        }
        out.mentions.push(Mention {
            start: a,
            end: b,
            ent: p,
            how: How::Name,
            pro: Default::default(),
        });
        covered.push((a, b));
    }
    for f in &titles {
        let person = match (f.person, f.unknown) {
            (Some(p), _) => Some(p),
            (None, Some((a, b))) => {
                // a feminine title (المتحدثة، الوزيرة، رئيسة) names a woman
                let t = &doc.tokens[f.start];
                let female = doc.text[t.start..t.end].ends_with('ة');
                let p = make_person(doc, a, b, female);
                if let Some(last) = doc.tokens.get(b - 1).map(|t| t.key.clone()) {
                    if last.chars().count() >= 3 {
                        focus.short_names.entry(last).or_insert(p);
                    }
                }
                if b - a >= 3 {
                    let two = format!("{} {}", doc.tokens[b - 2].key, doc.tokens[b - 1].key);
                    focus.short_names.entry(two).or_insert(p);
                }
                Some(p)
            }
            (None, None) if f.kind == RoleKind::Descriptor => None,
            // a former office ("الرئيس البرازيلي الأسبق") is not today's holder
            (None, None)
                if doc
                    .tokens
                    .get(f.title_end)
                    .is_some_and(|t| doc.lex.word_is(&t.key, WordClass::Former)) =>
            {
                None
            }
            (None, None) => resolve_role(doc, focus, f),
        };
        let Some(person) = person else { continue };
        let position = make_position(doc, f, Some(person));
        let named = f.person.is_some() || f.unknown.is_some();
        let span_start = f.name_before.unwrap_or(f.start);
        let how = if named {
            How::Titled { position }
        } else {
            How::Role { position }
        };
        out.mentions.push(Mention {
            start: span_start,
            end: f.end,
            ent: person,
            how,
            pro: doc.forms[f.start]
                .first()
                .map(|h| h.pro)
                .unwrap_or_default(),
        });
        covered.push((span_start, f.end));
        // a rank or a profession names the person but gives no office; nor does a former
        // office (مدير الوكالة السابق)
        let former = (f.start..f.end.min(doc.tokens.len()))
            .any(|p| doc.lex.word_is(&doc.tokens[p].key, WordClass::Former))
            || former_after(doc, f.title_end.max(f.end), end);
        // a title without a name, resolved to its holder, also says who holds it
        // (only a definite title names someone: الرئيس الأمريكي, not رئيس أمريكي)
        let definite = doc.readings[f.start]
            .iter()
            .any(|r| r.stem.starts_with("ال"));
        // (and only when it says of what: a bare "الأمير" says too little to be sure whom)
        if !named && definite && f.kind != RoleKind::Descriptor && !former && f.of.is_some() {
            out.role_positions
                .push((person, position, span_start, f.end));
        }
        if named && f.kind != RoleKind::Descriptor && !former {
            out.positions.push((person, position, span_start, f.end));
            focus.holders.insert((f.kind, f.of), person);
            focus.kinds.insert(person, f.kind);
        }
    }
    // counterparts: نظيره الصيني → the holder of the same office in China
    for i in start..end {
        if covered.iter().any(|(a, b)| *a <= i && i < *b) {
            continue;
        }
        let Some(hit) = doc.class_at(i, WordClass::Counterpart) else {
            continue;
        };
        let Some(adj) = names
            .iter()
            .find(|m| m.start == hit.end && m.how == How::Adjective)
            .copied()
        else {
            continue;
        };
        let Ent::Lex(country) = adj.ent else { continue };
        // the office of the person titled just before in this sentence, else of the
        // person named last (as the article titled them, or as the lexicon knows them)
        let prev = names
            .iter()
            .rev()
            .find(|m| m.end <= i && doc.etype(m.ent) == EntityType::Person)
            .map(|m| m.ent)
            .or_else(|| focus.persons.first().copied());
        let kind = titles
            .iter()
            .rev()
            .find(|f| f.end <= i && f.kind != RoleKind::Descriptor)
            .map(|f| f.kind)
            .or_else(|| {
                let p = prev?;
                focus.kinds.get(&p).copied().or_else(|| match p {
                    Ent::Lex(x) => doc
                        .lex
                        .entity(x)
                        .roles
                        .iter()
                        .find(|r| r.covers(doc.date))
                        .map(|r| r.kind),
                    _ => None,
                })
            });
        let mut endp = adj.end;
        let named = names
            .iter()
            .find(|m| {
                (m.start == endp
                    || m.start == endp + 1
                        && doc.tokens[endp].punct().is_some_and(|c| ",،".contains(c)))
                    && m.how == How::Name
                    && doc.etype(m.ent) == EntityType::Person
            })
            .copied();
        // a counterpart named, of an office not known: the name alone, no position
        if kind.is_none() && named.is_some() {
            continue;
        }
        // with nobody's office to go by, the counterpart is only a guess: name no holder
        // ("بحث إمكانية لقاء مع نظيره الأميركي" with no one named before)
        let Some(kind) = kind else {
            continue;
        };
        let person = match named {
            Some(m) => {
                endp = m.end;
                Some(m.ent)
            }
            None => focus
                .holders
                .get(&(kind, Some(country)))
                .copied()
                .or_else(|| doc.lex.holder(kind, country, doc.date).map(Ent::Lex)),
        };
        let Some(person) = person else { continue };
        let title = doc
            .lex
            .titles
            .iter()
            .position(|t| t.kind == kind)
            .unwrap_or(0);
        let f = TitleFind {
            start: i,
            title_end: adj.end,
            end: endp,
            title,
            kind,
            of: Some(country),
            person: Some(person),
            name_before: None,
            unknown: None,
        };
        let position = make_position_for_counterpart(doc, &f, person);
        out.mentions.push(Mention {
            start: i,
            end: endp,
            ent: person,
            how: How::Titled { position },
            pro: hit.pro,
        });
        out.positions.push((person, position, i, endp));
        covered.push((i, endp));
    }
    for m in &names {
        if !covered.iter().any(|(a, b)| *a <= m.start && m.start < *b) {
            out.mentions.push(*m);
        }
    }
    // pair words: الرئيسان → the two people in focus; البلدين → the two states
    for i in start..end {
        if covered.iter().any(|(a, b)| *a <= i && i < *b) {
            continue;
        }
        if doc.class_at(i, WordClass::PairPersons).is_none()
            && doc.class_at(i, WordClass::PairStates).is_none()
        {
            continue;
        }
        // who is in focus at this word: those named earlier in this sentence, then before
        let in_focus = |etype: EntityType, before: &[Ent]| {
            let mut here: Vec<&Mention> = out
                .mentions
                .iter()
                .filter(|m| m.end <= i && m.how != How::Pair && doc.etype(m.ent) == etype)
                .collect();
            here.sort_by_key(|m| std::cmp::Reverse(m.start));
            let mut list: Vec<Ent> = Vec::new();
            for e in here.iter().map(|m| m.ent).chain(before.iter().copied()) {
                if !list.contains(&e) {
                    list.push(e);
                }
            }
            list
        };
        let persons = in_focus(EntityType::Person, &focus.persons);
        let states = in_focus(EntityType::Country, &focus.states);
        for (class, list) in [
            (WordClass::PairPersons, &persons),
            (WordClass::PairStates, &states),
        ] {
            // "البلدان" is also a plural (countries): after "العديد من" or before a
            // feminine singular adjective (البلدان الأخرى، البلدان العربية) it is no pair
            let plural_use = class == WordClass::PairStates
                && (i >= start + 2
                    && doc.tokens[i - 1].key == "من"
                    && doc
                        .lex
                        .word_is(&doc.tokens[i - 2].key, WordClass::Quantifier)
                    || doc.tokens.get(i + 1).is_some_and(|t| {
                        t.key.starts_with("ال")
                            && (t.key.ends_with('ي') || t.key.ends_with('ه'))
                            && !t.key.ends_with("يي")
                    }) && doc.tokens[i].key == "البلدان");
            if plural_use {
                continue;
            }
            if let Some(hit) = doc.class_at(i, class) {
                // "الرئيسان الأميركي والروسي": the adjectives name the two states
                let mut adjs = Vec::new();
                let mut p = hit.end;
                while let Some(m) = names
                    .iter()
                    .find(|m| m.start == p && m.how == How::Adjective && adjs.len() < 2)
                {
                    adjs.push(*m);
                    p = m.end;
                }
                let pair: Vec<Ent> = if adjs.len() == 2 {
                    let resolve = |m: &Mention| -> Option<Ent> {
                        let Ent::Lex(c) = m.ent else { return None };
                        if class == WordClass::PairStates {
                            return Some(m.ent);
                        }
                        focus
                            .holders
                            .get(&(RoleKind::HeadOfState, Some(c)))
                            .copied()
                            .or_else(|| {
                                doc.lex
                                    .holder(RoleKind::HeadOfState, c, doc.date)
                                    .map(Ent::Lex)
                            })
                    };
                    adjs.iter().filter_map(resolve).collect()
                } else if class == WordClass::PairPersons {
                    // the two leaders in focus before anyone else mentioned
                    let leaders: Vec<Ent> = list
                        .iter()
                        .filter(|e| {
                            matches!(
                                focus.kinds.get(e),
                                Some(RoleKind::HeadOfState | RoleKind::HeadOfGovernment | RoleKind::Leader)
                            ) || matches!(e, Ent::Lex(x) if doc.lex.entity(*x).roles.iter().any(|r| matches!(r.kind, RoleKind::HeadOfState | RoleKind::HeadOfGovernment) && r.covers(doc.date)))
                        })
                        .copied()
                        .collect();
                    if leaders.len() >= 2 {
                        leaders[..2].to_vec()
                    } else {
                        list.iter().take(2).copied().collect()
                    }
                } else {
                    list.iter().take(2).copied().collect()
                };
                let span_end = adjs.last().map_or(hit.end, |m| m.end);
                if pair.len() == 2 {
                    for e in pair {
                        out.mentions.push(Mention {
                            start: i,
                            end: span_end,
                            ent: e,
                            how: How::Pair,
                            pro: hit.pro,
                        });
                    }
                    covered.push((i, span_end));
                }
            }
        }
    }
    // adjectives read as part of a pair word are not mentions of their own
    out.mentions.retain(|m| {
        m.how == How::Pair
            || !covered
                .iter()
                .any(|(a, b)| *a <= m.start && m.start < *b && m.how == How::Adjective)
    });
    led_by(doc, &mut out);
    let mut described = find_described(doc, start, end, &out.mentions);
    bare_agreements(doc, focus, &out.mentions, &mut described);
    out.mentions.extend(described);
    out.mentions.sort_by_key(|m| (m.start, m.end));
    // update the focus in reading order
    for m in &out.mentions {
        if m.how == How::Pair {
            continue;
        }
        match doc.etype(m.ent) {
            EntityType::Person => remember(&mut focus.persons, m.ent),
            EntityType::Country => remember(&mut focus.states, m.ent),
            EntityType::City => {
                remember(&mut focus.places, m.ent);
                let a = doc.as_actor(m.ent);
                if a != m.ent {
                    remember(&mut focus.states, a);
                }
            }
            EntityType::Region => remember(&mut focus.places, m.ent),
            _ => {}
        }
    }
    out
}

/// The head noun of a word, without the article: "المرصد" → "مرصد", when it is one of
/// the lexicon's body nouns.
fn body_head(
    doc: &Doc,
    i: usize,
    definite: bool,
) -> Option<(String, crate::text::clitics::Proclitics)> {
    doc.readings[i]
        .iter()
        .filter(|r| r.enclitic.is_none())
        .find_map(|r| {
            let bare = match r.stem.strip_prefix("ال") {
                Some(b) if definite => b,
                None if !definite => r.stem.as_str(),
                _ => return None,
            };
            doc.lex
                .word_is(bare, WordClass::BodyNoun)
                .then(|| (bare.to_string(), r.pro))
        })
}

/// Definite reference by head noun: "وقال المرصد" after "المرصد السوري لحقوق الإنسان",
/// "وقالت الشبكة" after "شبكة سي بي إس". A bare definite head noun (no name or definite
/// word after it that would make it another body, as in "الحزب الديمقراطي") refers to
/// the body the article last named with that head; bodies named in this sentence are
/// remembered for the next ones.
fn body_anaphora(doc: &Doc, focus: &mut Focus, start: usize, end: usize, names: &mut Vec<Mention>) {
    // bodies named with a head noun: "وكالة رويترز", "المرصد السوري …", "شبكة CBS", or
    // known by one in another of their names ("حماس" is "حركة المقاومة الإسلامية")
    let named_heads = |m: &Mention| -> Vec<String> {
        if m.how != How::Name
            || !matches!(
                doc.etype(m.ent),
                EntityType::Organization | EntityType::Outlet
            )
        {
            return Vec::new();
        }
        let written = body_head(doc, m.start, true)
            .or_else(|| body_head(doc, m.start, false))
            .or_else(|| {
                (m.start > start)
                    .then(|| body_head(doc, m.start - 1, false))
                    .flatten()
            })
            .map(|(h, _)| h);
        let mut heads: Vec<String> = written.into_iter().collect();
        if let Ent::Lex(id) = m.ent {
            for h in &doc.lex.entity(id).heads {
                if !heads.contains(h) {
                    heads.push(h.clone());
                }
            }
        }
        heads
    };
    // … earlier in this sentence too: "المتحدث باسم التحالف العربي إن الجيش بدعم من قوات
    // التحالف"
    let here: Vec<(usize, String, Ent)> = names
        .iter()
        .flat_map(|m| named_heads(m).into_iter().map(|h| (m.end, h, m.ent)))
        .collect();
    let mut found = Vec::new();
    for i in start..end {
        if names.iter().any(|m| m.start <= i && i < m.end) {
            continue;
        }
        let Some((head, pro)) = body_head(doc, i, true) else {
            continue;
        };
        let earlier = here
            .iter()
            .filter(|(e_end, h, _)| *e_end <= i && *h == head)
            .max_by_key(|(e_end, _, _)| *e_end)
            .map(|(_, _, e)| *e);
        let Some(e) = earlier.or_else(|| focus.bodies.get(&head).copied()) else {
            continue;
        };
        // an epithet only describes it: "المنظمة الدولية"
        let epithet = i + 1 < end && doc.class_at(i + 1, WordClass::BodyEpithet).is_some();
        // (a name after it is another noun phrase: "واتهم التحالف الحوثيين" — a definite
        // head is never the first half of a construct like "حزب الله")
        let next_names_other = i + 1 < end
            && !epithet
            && doc.tokens[i + 1].key.starts_with("ال")
            && !doc.in_class(i + 1, WordClass::TimeWord)
            && !doc.in_class(i + 1, WordClass::FunctionWord)
            && !names.iter().any(|m| m.start == i + 1);
        if next_names_other {
            continue;
        }
        found.push(Mention {
            start: i,
            end: i + 1 + usize::from(epithet),
            ent: e,
            how: How::Name,
            pro,
        });
    }
    // remembered for the next sentences: the bodies named here, then the ones referred to
    for (_, h, e) in here {
        focus.bodies.insert(h, e);
    }
    for m in &found {
        for h in named_heads(m) {
            focus.bodies.insert(h, m.ent);
        }
    }
    names.extend(found);
}

/// "مدير مكتب التحقيقات الفدرالي (إف بي أي) السابق": a former-office word after the
/// title, past an acronym in brackets or quotes.
fn former_after(doc: &Doc, mut p: usize, end: usize) -> bool {
    if p < end && doc.tokens[p].punct().is_some_and(|c| "(\"«“".contains(c)) {
        let close = (p + 1..(p + 7).min(end))
            .find(|&q| doc.tokens[q].punct().is_some_and(|c| ")\"»”".contains(c)));
        match close {
            Some(q) => p = q + 1,
            None => return false,
        }
    }
    p < end && doc.lex.word_is(&doc.tokens[p].key, WordClass::Former)
}

fn resolve_role(doc: &Doc, focus: &Focus, f: &TitleFind) -> Option<Ent> {
    if let Some(&p) = focus.holders.get(&(f.kind, f.of)) {
        return Some(p);
    }
    let of = f.of?;
    // a spokesperson "of the Kremlin" is also of Russia's presidency, and so on: the lexicon decides
    doc.lex
        .holder(f.kind, of, doc.date)
        .map(Ent::Lex)
        .or_else(|| {
            // a body of a country (الخارجية الروسية) held by the country's minister
            let country = doc.lex.entity(of).country?;
            doc.lex.holder(f.kind, country, doc.date).map(Ent::Lex)
        })
}

/// "نظيره الصيني" names no title words: the position is built from the office kind.
fn make_position_for_counterpart(doc: &mut Doc, f: &TitleFind, person: Ent) -> Ent {
    super::titles::make_position_kind(doc, f.kind, f.of, f.title, person)
}

/// "حزب العدالة والتنمية بزعامة أردوغان"، "الليكود برئاسة نتنياهو": the person named
/// right after بزعامة، برئاسة or بقيادة leads the party or body named right before it.
/// (A state after بقيادة leads a coalition, and holds no office: "التحالف بقيادة السعودية".)
fn led_by(doc: &mut Doc, out: &mut SentenceMentions) {
    let mut found = Vec::new();
    for m in &out.mentions {
        let Ent::Lex(org) = m.ent else { continue };
        if m.how != How::Name || doc.lex.entity(org).etype != EntityType::Organization {
            continue;
        }
        let p = m.end;
        let led = p < doc.tokens.len()
            && doc.readings[p].iter().any(|r| {
                r.pro.prep == Some('ب') && matches!(r.stem.as_str(), "زعامه" | "رياسه" | "قياده")
            });
        if !led {
            continue;
        }
        if let Some(n) = out.mentions.iter().find(|n| {
            n.start == p + 1 && doc.etype(n.ent) == EntityType::Person && n.how != How::Pair
        }) {
            found.push((org, n.ent, p, n.end));
        }
    }
    if found.is_empty() {
        return;
    }
    let Some(title) = doc
        .lex
        .titles
        .iter()
        .position(|t| t.kind == RoleKind::Leader)
    else {
        return;
    };
    for (org, person, a, b) in found {
        let position = make_position_of(doc, RoleKind::Leader, title, "زعيم", org);
        out.positions.push((person, position, a, b));
    }
}

/// A bare agreement head (الاتفاق، الاتفاقية) stands for the agreement the article named
/// last ("انسحب ترامب من الاتفاق النووي … الدول الموقعة على الاتفاق"): its described
/// mention takes that entity. Named agreements, in reading order, update the focus.
fn bare_agreements(doc: &Doc, focus: &mut Focus, names: &[Mention], described: &mut [Mention]) {
    let mut named: Vec<(usize, Ent)> = names
        .iter()
        .filter(|m| doc.etype(m.ent) == EntityType::Agreement)
        .map(|m| (m.start, m.ent))
        .collect();
    named.sort_unstable();
    let mut named = named.into_iter().peekable();
    // (described objects come in reading order)
    for m in described
        .iter_mut()
        .filter(|m| doc.etype(m.ent) == EntityType::Agreement)
    {
        while let Some((_, e)) = named.next_if(|(s, _)| *s < m.start) {
            focus.agreement = Some(e);
        }
        let bare = m.end == m.start + 1 && doc.tokens[m.start].key.starts_with("ال");
        match focus.agreement {
            Some(a) if bare => m.ent = a,
            _ if !bare => focus.agreement = Some(m.ent),
            _ => {}
        }
    }
    if let Some((_, e)) = named.last() {
        focus.agreement = Some(e);
    }
}
