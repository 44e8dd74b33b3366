//! Names from the lexicon: the longest name at each position, clitics allowed on its
//! first word (والصين، لروسيا، للصين، بموسكو).

use super::{Doc, Ent, How, Mention};
use crate::lexicon::NameKind;
use crate::text::TokenKind;

/// Finds lexicon names in tokens `start..end`, longest first, left to right.
pub fn find_names(doc: &Doc, start: usize, end: usize) -> Vec<Mention> {
    let mut out = Vec::new();
    let mut i = start;
    let max = doc.lex.max_name_tokens.max(1);
    let prefixes = &doc.lex.name_prefixes;
    // one buffer for every key tried: `key[..ends[n].0]` is the key of n + 1 words,
    // which end before token `ends[n].1`
    let mut key = String::with_capacity(128);
    let mut ends: Vec<(usize, usize)> = Vec::with_capacity(max);
    while i < end {
        if doc.tokens[i].kind == TokenKind::Punct {
            i += 1;
            continue;
        }
        let mut best: Option<Mention> = None;
        'readings: for r in doc.readings[i].iter().filter(|r| r.enclitic.is_none()) {
            // a key that no name starts with cannot grow into one: stop extending there
            if !prefixes.contains(r.stem.as_str()) {
                continue;
            }
            key.clear();
            ends.clear();
            key.push_str(&r.stem);
            ends.push((key.len(), i + 1));
            let mut j = i + 1;
            while ends.len() < max && j < end {
                let t = &doc.tokens[j];
                // a name may be written with quotes inside: تحالف "دعم الشرعية"
                if t.punct().is_some_and(|c| "\"«»“”".contains(c))
                    && doc
                        .tokens
                        .get(j + 1)
                        .is_some_and(|n| n.kind == TokenKind::Word)
                    && j + 1 < end
                {
                    j += 1;
                    continue;
                }
                // a hyphen inside a name, with no space around it: جان-إيف لودريان
                if t.is('-')
                    && doc.tokens[j - 1].end == t.start
                    && doc
                        .tokens
                        .get(j + 1)
                        .is_some_and(|n| n.kind == TokenKind::Word && n.start == t.end)
                    && j + 1 < end
                {
                    j += 1;
                    continue;
                }
                if t.kind == TokenKind::Punct {
                    break;
                }
                key.push(' ');
                key.push_str(&t.key);
                if !prefixes.contains(key.as_str()) {
                    break;
                }
                ends.push((key.len(), j + 1));
                j += 1;
            }
            for &(e, tok_end) in ends.iter().rev() {
                if best.is_some_and(|b| b.end - b.start >= tok_end - i) {
                    continue 'readings;
                }
                if let Some(hit) = doc.lex.lookup(&key[..e]).and_then(|h| h.first()) {
                    let how = match hit.how {
                        NameKind::Name => How::Name,
                        NameKind::Adjective => How::Adjective,
                        NameKind::Plural => How::Plural,
                    };
                    best = Some(Mention {
                        start: i,
                        end: tok_end,
                        ent: Ent::Lex(hit.entity),
                        how,
                        pro: r.pro,
                    });
                    continue 'readings;
                }
            }
        }
        // a one-word family name right after a word the lexicon does not know is most
        // likely someone else's: "سايروس فانس" is not JD Vance
        let best = best.filter(|m| !namesake(doc, m, &out));
        match best {
            Some(m) => {
                i = m.end;
                out.push(m);
            }
            None => i += 1,
        }
    }
    out
}

/// Whether a one-word person name follows an unknown word that reads as a first name,
/// or is itself the first name of an unknown pair closed by punctuation or a function
/// word ("، زامير كابولوف،" is not Eyal Zamir).
fn namesake(doc: &Doc, m: &Mention, found: &[Mention]) -> bool {
    if m.end - m.start != 1 || m.start == 0 || m.pro != Default::default() {
        return false;
    }
    if doc.etype(m.ent) != crate::lexicon::EntityType::Person {
        return false;
    }
    // a person the article has already named is the one meant: "قال وزير
    // الخارجية سيرغي لافروف … وسئل لافروف"
    if found.iter().any(|f| f.ent == m.ent) {
        return false;
    }
    let unknown = |p: usize| {
        let t = &doc.tokens[p];
        let w = &doc.text[t.start..t.end];
        t.kind == TokenKind::Word
            && !t.key.starts_with("ال")
            && !t.key.starts_with("لل")
            && !w.ends_with('ة')
            && t.key.chars().count() >= 3
            && doc.readings[p].iter().all(|r| {
                !doc.lex.forms.contains_key(&r.stem) && !doc.lex.names.contains_key(&r.stem)
            })
    };
    let n = m.end;
    if n + 1 < doc.tokens.len() && unknown(n) {
        let closer = &doc.tokens[n + 1];
        if closer.punct().is_some_and(|c| ",،.:".contains(c))
            && doc.tokens[m.start - 1]
                .punct()
                .is_some_and(|c| ",،".contains(c))
        {
            return true;
        }
    }
    let p = m.start - 1;
    let t = &doc.tokens[p];
    t.kind == TokenKind::Word
        && !t.key.starts_with("ال")
        && t.key.chars().count() >= 3
        && found.last().is_none_or(|f| f.end <= p)
        && doc.readings[p]
            .iter()
            .all(|r| !doc.lex.forms.contains_key(&r.stem) && !doc.lex.names.contains_key(&r.stem))
}
