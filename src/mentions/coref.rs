//! Within-article reference: role mentions, counterparts, pair words, short names and
//! the speaker in focus, resolved sentence by sentence in reading order.

use super::titles::{make_person, make_position, TitleFind};
use super::{find_described, find_names, find_titles, Doc, Ent, How, Mention};
use crate::lexicon::{EntityId, EntityType, RoleKind, WordClass};
use std::collections::HashMap;

/// What the article has in focus so far.
#[derive(Debug, Clone, Default)]
pub struct Focus {
    /// The last speaker: the subject of dropped-subject speech verbs (وأضاف).
    pub last_speaker: Option<Ent>,
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
}

fn remember(list: &mut Vec<Ent>, e: Ent) {
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
    for i in start..end {
        if names.iter().any(|m| m.start <= i && i < m.end) {
            continue;
        }
        let hit = doc.readings[i]
            .iter()
            .filter(|r| r.enclitic.is_none())
            .find_map(|r| focus.short_names.get(&r.stem).map(|e| (*e, r.pro)));
        if let Some((e, pro)) = hit {
            names.push(Mention {
                start: i,
                end: i + 1,
                ent: e,
                how: How::Name,
                pro,
            });
        }
    }
    names.sort_by_key(|m| m.start);
    let titles = find_titles(doc, start, end, &names);
    let mut out = SentenceMentions::default();
    let mut covered: Vec<(usize, usize)> = Vec::new();
    for f in &titles {
        let person = match (f.person, f.unknown) {
            (Some(p), _) => Some(p),
            (None, Some((a, b))) => {
                let p = make_person(doc, a, b);
                if let Some(last) = doc.tokens.get(b - 1).map(|t| t.key.clone()) {
                    if last.chars().count() >= 3 {
                        focus.short_names.entry(last).or_insert(p);
                    }
                }
                Some(p)
            }
            (None, None) if f.kind == RoleKind::Descriptor => None,
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
        // a rank or a profession names the person but gives no office
        if named && f.kind != RoleKind::Descriptor {
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
        // the office of the person titled just before in this sentence, else of the one in focus
        let kind = titles
            .iter()
            .rev()
            .find(|f| f.end <= i && f.kind != RoleKind::Descriptor)
            .map(|f| f.kind)
            .or_else(|| {
                focus
                    .persons
                    .first()
                    .and_then(|p| focus.kinds.get(p).copied())
            })
            .unwrap_or(RoleKind::HeadOfState);
        let mut endp = adj.end;
        let named = names
            .iter()
            .find(|m| {
                m.start == endp && m.how == How::Name && doc.etype(m.ent) == EntityType::Person
            })
            .copied();
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
    for m in names {
        if !covered.iter().any(|(a, b)| *a <= m.start && m.start < *b) {
            out.mentions.push(m);
        }
    }
    // pair words: الرئيسان → the two people in focus; البلدين → the two states
    for i in start..end {
        if covered.iter().any(|(a, b)| *a <= i && i < *b) {
            continue;
        }
        for (class, list) in [
            (WordClass::PairPersons, &focus.persons),
            (WordClass::PairStates, &focus.states),
        ] {
            if let Some(hit) = doc.class_at(i, class) {
                if list.len() >= 2 {
                    for &e in &list[..2] {
                        out.mentions.push(Mention {
                            start: i,
                            end: hit.end,
                            ent: e,
                            how: How::Pair,
                            pro: hit.pro,
                        });
                    }
                }
            }
        }
    }
    let described = find_described(doc, start, end, &out.mentions);
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

fn make_position_for_counterpart(doc: &mut Doc, f: &TitleFind, person: Ent) -> Ent {
    // "نظيره الصيني" names no title words: build the position from the office kind
    let g = TitleFind {
        title_end: f.start,
        ..*f
    };
    let _ = g;
    super::titles::make_position_kind(doc, f.kind, f.of, f.title, person)
}
