//! Speech: who said what.
//!
//! "قال الرئيس الروسي فلاديمير بوتين إن …" (verb first), "بوتين يؤكد: …" (subject first),
//! "وأضاف: «…»" (dropped subject: the last speaker), "مضيفا أن …" (participle: the same
//! speaker), and the headline form "الكرملين: …" / "أردوغان مغردا: …". The statement keeps
//! the words said, from after the speech verb (or colon) to the end of the sentence.

use super::{Ctx, Fact, Object};
use crate::lexicon::{EntityType, Frame, WordClass};
use crate::mentions::{Ent, How, Mention};
use crate::text::TokenKind;

/// Rule id of the headline form.
pub const HEADLINE_RULE: &str = "speech-headline";

fn speaker_type(t: EntityType) -> bool {
    matches!(
        t,
        EntityType::Person
            | EntityType::Organization
            | EntityType::Country
            | EntityType::Outlet
            | EntityType::Region
    )
}

fn is_speaker(ctx: &Ctx, m: &Mention) -> bool {
    // a capital speaks for its state (وتنفي طهران …)
    m.how != How::Described
        && m.how != How::Adjective
        && speaker_type(ctx.doc.etype(ctx.doc.as_actor(m.ent)))
}

/// Where the words said start: after the complementizer, colon or opening quote that
/// follows `from` closely; else at `from`.
fn content_start(ctx: &Ctx, from: usize) -> usize {
    let doc = ctx.doc;
    let mut p = from;
    let limit = (from + 8).min(ctx.end);
    while p < limit {
        if let Some(h) = doc.class_at(p, WordClass::Complementizer) {
            return h.end;
        }
        if ctx.opens_words(p) {
            let mut q = p + 1;
            while q < ctx.end && ctx.opens_quote(q) {
                q += 1;
            }
            return q;
        }
        if ctx.sm.mentions.iter().any(|m| m.start == p) && p > from {
            break;
        }
        p += 1;
    }
    from
}

fn quote_text(ctx: &Ctx, from: usize) -> Option<String> {
    let doc = ctx.doc;
    let words = doc.tokens[from..ctx.end]
        .iter()
        .filter(|t| t.kind != TokenKind::Punct)
        .count();
    // two words are a statement only between quotation marks ("فأجاب: «ليس الآن»")
    let quoted = from > 0 && ctx.opens_quote(from - 1);
    if words < 3 && !(words == 2 && quoted) {
        return None;
    }
    let s = doc.tokens[from].start;
    let e = doc.tokens[ctx.end - 1].end;
    let text = doc.text[s..e]
        .trim()
        .trim_end_matches(['.', '"', '»', '”', '،'])
        .trim_start_matches(['"', '«', '“'])
        .trim();
    (!text.is_empty()).then(|| text.to_string())
}

pub(super) fn extract(ctx: &mut Ctx, out: &mut Vec<Fact>) {
    let Some(rel) = ctx.doc.lex.relation("stated") else {
        return;
    };
    let doc = ctx.doc;
    let mut said: Vec<Ent> = Vec::new();
    let mut push =
        |ctx: &mut Ctx, speaker: Ent, from: usize, rule: &str, conf: f32, out: &mut Vec<Fact>| {
            let speaker = doc.as_actor(speaker);
            ctx.last_speaker = Some(speaker);
            ctx.unknown_speaker = false;
            ctx.sentence_speaker.get_or_insert(speaker);
            crate::mentions::coref::remember(&mut ctx.speakers, speaker);
            if said.contains(&speaker) {
                return;
            }
            if let Some(q) = quote_text(ctx, from) {
                said.push(speaker);
                ctx.statements.push((speaker, from, ctx.end));
                out.push(Fact {
                    subject: speaker,
                    relation: rel,
                    object: Object::Quote(q),
                    rule: rule.into(),
                    confidence: conf,
                });
            }
        };
    headline(ctx, &mut push, out);
    // "نقلت الوكالة عن المتحدث X قوله: …": the words are X's, not the reporter's
    let quoted = quote_noun(ctx);
    if let Some((q, speaker)) = quoted {
        let from = content_start(ctx, q + 1);
        if from < ctx.end {
            push(ctx, speaker, from, "speech-quote-noun", 0.8, out);
        }
    } else if let Some((from, speaker)) = relayed(ctx) {
        push(ctx, speaker, from, "speech-relay", 0.8, out);
    } else if let Some((from, speaker)) = came_in(ctx) {
        push(ctx, speaker, from, "speech-document", 0.8, out);
    }
    if let Some((from, speaker)) = saying_noun(ctx) {
        push(ctx, speaker, from, "speech-saying-noun", 0.8, out);
    }
    let mut verb_speaker: Option<Option<Ent>> = None;
    // inside a quotation, a speech verb is part of the words said ("قال سوزي: «لقد طالب
    // مجلس الأمن حزب الله …»"), not a statement of its own
    let mut in_quote = false;
    // straight quotes count only when they pair up within the sentence
    let straight = doc.tokens[ctx.start..ctx.end]
        .iter()
        .filter(|t| t.is('"'))
        .count();
    for i in ctx.start..ctx.end {
        match doc.tokens[i].punct() {
            Some('«' | '“') => in_quote = true,
            Some('»' | '”') => in_quote = false,
            Some('"') if straight % 2 == 0 => in_quote = !in_quote,
            _ => {}
        }
        if in_quote || quoted.is_some_and(|(q, _)| i < q) {
            continue;
        }
        let Some((hit, trig)) = doc.forms[i]
            .iter()
            .find_map(|h| Ctx::trigger_of(h.target).map(|t| (*h, &doc.lex.triggers[t])))
            .filter(|(_, t)| t.frame == Frame::Speech)
        else {
            continue;
        };
        if ctx.sm.mentions.iter().any(|m| m.start <= i && i < m.end) || hit.pro.future {
            continue;
        }
        // "يذكر أن …" has no speaker; a question reports no statement
        if doc.class_at(i, WordClass::Impersonal).is_some() || ctx.question {
            continue;
        }
        // passive speech has no speaker
        if passive(ctx, i) {
            continue;
        }
        // a speech verb in a relative clause: with an object pronoun ("ترمب، الذي يصفه
        // خصومه بأنه …") the clause has a subject of its own; without one, the name
        // before the relative pronoun is the speaker ("ميركل، التي قالت إن …")
        let relative =
            i > ctx.start && doc.lex.word_is(&doc.tokens[i - 1].key, WordClass::Relative);
        if relative && hit.enclitic.is_some() {
            continue;
        }
        // negated speech (لم يقل) asserts nothing
        if i > ctx.start && doc.class_at(i - 1, WordClass::Negator).is_some() {
            continue;
        }
        let participle = trig.id.contains("participle");
        let after = {
            let mut p = hit.end;
            while p < ctx.end
                && (doc.in_class(p, WordClass::TimeWord)
                    || doc.tokens[p].punct().is_some_and(|c| "-–,،".contains(c)))
            {
                p += 1;
            }
            p
        };
        // verb first: the speaker right after the verb
        let vs = ctx
            .sm
            .mentions
            .iter()
            .find(|m| {
                m.start >= hit.end && m.start <= after && m.pro.prep.is_none() && is_speaker(ctx, m)
            })
            .copied();
        // subject first: a speaker just before the verb, at the start of its clause
        let sv = ctx
            .sm
            .mentions
            .iter()
            .rev()
            .find(|m| {
                m.end <= i
                    && m.end + 2 >= i
                    && is_speaker(ctx, m)
                    && m.pro.prep.is_none()
                    && (m.start == ctx.start
                        || ctx.is_boundary(m.start - 1)
                        || ctx.is_comma(m.start - 1)
                        || doc.tokens[m.start - 1].kind == TokenKind::Punct
                        // "وكان لافروف قد قال"
                        || doc.reads_as(m.start - 1, "كان")
                        || doc.reads_as(m.start - 1, "كانت"))
                    // a dateline's outlet in brackets is no subject: "(CNN)— أعلن"
                    && !doc.tokens.get(m.end).is_some_and(|t| t.is(')'))
                    // nothing but time words between (not "X، حيث قال")
                    && (m.end..i).all(|p| {
                        doc.in_class(p, WordClass::TimeWord)
                            || !doc.in_class(p, WordClass::FunctionWord)
                                && doc.tokens[p].kind == TokenKind::Punct
                            || doc.tokens[p].key == "قد"
                    })
            })
            .copied();
        // a longer subject after the verb: "قال مسؤول في الخارجية الروسية، زامير كابولوف، إن"
        let np = if vs.is_none() && !participle {
            subject_phrase(ctx, after)
        } else {
            None
        };
        // an unknown subject right after the verb ("وقال ناشطون إن"، "وقال مسؤولون
        // بارزون إن") is not the last speaker
        let unnamed_source = after < ctx.end
            && doc.class_at(after, WordClass::SourceNoun).is_some()
            && !ctx.sm.mentions.iter().any(|m| m.start == after);
        let unknown_subject = after < ctx.end && {
            let t = &doc.tokens[after];
            t.kind == TokenKind::Word
                && !doc.forms[after].iter().any(|h| match h.target {
                    crate::lexicon::FormTarget::Trigger(t) => {
                        doc.lex.triggers[t].frame == Frame::Speech
                    }
                    // a body's head noun (هيئة، مركز) or a place noun (مدينة X) names an
                    // unknown body or place
                    crate::lexicon::FormTarget::Class(c) => !matches!(
                        c,
                        WordClass::BodyNoun | WordClass::PlaceNoun | WordClass::TargetNoun
                    ),
                    crate::lexicon::FormTarget::Title(_) => false,
                })
                && !ctx.sm.mentions.iter().any(|m| m.start == after)
        };
        // an unnamed source speaking for a body: "قالت مصادر في الخارجية الروسية إن"
        let source = if vs.is_none() && np.is_none() && !participle {
            body_source(ctx, after)
        } else {
            None
        };
        // "وأشار المسؤول السعودي"، "وأضاف الوزير": a definite title with no name refers
        // back to the person who spoke before
        let role_back = vs.is_none()
            && np.is_none()
            && !participle
            && after < ctx.end
            && doc.tokens[after].key.starts_with("ال")
            && doc.forms[after]
                .iter()
                .any(|h| matches!(h.target, crate::lexicon::FormTarget::Title(_)));
        // "البنتاغون يحذر الأسد من …": a subject opening the sentence, right before a verb
        // that carries no conjunction, is the speaker even with a name after the verb
        let opening_subject = sv.filter(|s| s.start == ctx.start && !hit.pro.conj && s.end == i);
        let antecedent = relative
            .then(|| {
                ctx.sm.mentions.iter().find(|m| {
                    (m.end + 1 == i || m.end + 2 == i && ctx.is_comma(m.end))
                        && is_speaker(ctx, m)
                        && m.how != How::Pair
                })
            })
            .flatten();
        let (speaker, from) = match (vs, sv, np) {
            // "التي قال مولر إنها …": the relative clause's own subject
            (Some(v), _, _) if relative => (Some(v.ent), v.end),
            _ if relative => match antecedent {
                Some(a) => (Some(a.ent), hit.end),
                None => continue,
            },
            (_, Some(s), _) if opening_subject.is_some() => (Some(s.ent), hit.end),
            (Some(v), _, _) if !participle => (Some(v.ent), v.end),
            (_, Some(s), _) if !participle || s.end == i => (Some(s.ent), hit.end),
            (_, _, Some(m)) => (Some(m.ent), m.end),
            _ if source.is_some() => source.map_or((None, hit.end), |m| (Some(m.ent), m.end)),
            _ if role_back => (
                agreeing_speaker(ctx, i).filter(|e| doc.etype(*e) == EntityType::Person),
                hit.end,
            ),
            _ if !participle && (unknown_subject || unnamed_source) => {
                ctx.unknown_speaker = true;
                (None, hit.end)
            }
            // a dropped subject after a speaker nobody could name is that speaker
            _ if !participle && ctx.unknown_speaker => (None, hit.end),
            _ => match channel_speaker(ctx, i) {
                Some(c) => (Some(c), hit.end),
                None => (agreeing_speaker(ctx, i), hit.end),
            },
        };
        // a participle continues the speech verb before it in the sentence ("وكشف
        // المالكي أن وفدا … والتقى رئيس الوزراء، مؤكدا أن …"): same speaker, or nobody
        // when that verb's subject was unknown ("دعا كاتب أميركي …، قائلا إن")
        let speaker = match verb_speaker {
            Some(v) if participle && sv.is_none() => v,
            _ => speaker,
        };
        if !participle {
            verb_speaker = Some(speaker);
        }
        let Some(speaker) = speaker else { continue };
        let from = content_start(ctx, from);
        if from >= ctx.end {
            continue;
        }
        let conf = if vs.is_some() || sv.is_some() {
            trig.confidence
        } else {
            trig.confidence * 0.85
        };
        push(ctx, speaker, from, &trig.id, conf, out);
    }
    if !out.iter().any(|f| f.relation == rel) {
        if let Some((m, a, b)) = attribution(ctx).or_else(|| opening_attribution(ctx)) {
            let words = doc.tokens[a..b]
                .iter()
                .filter(|t| t.kind == TokenKind::Word)
                .count();
            if words >= 4 {
                let text = doc.text[doc.tokens[a].start..doc.tokens[b - 1].end]
                    .trim()
                    .trim_end_matches(['،', ','])
                    .to_string();
                // every source of a coordinated attribution: "وفق الكرملين والبيت الأبيض"
                let mut speakers: Vec<Ent> = Vec::new();
                for g in ctx.group(&m).iter().filter(|g| is_speaker(ctx, g)) {
                    let e = doc.as_actor(g.ent);
                    if !speakers.contains(&e) {
                        speakers.push(e);
                    }
                }
                for speaker in speakers {
                    ctx.last_speaker = Some(speaker);
                    ctx.unknown_speaker = false;
                    ctx.statements.push((speaker, a, b));
                    out.push(Fact {
                        subject: speaker,
                        relation: rel,
                        object: Object::Quote(text.clone()),
                        rule: "speech-attribution".into(),
                        confidence: 0.7,
                    });
                }
            }
        }
    }
}

/// The earlier speaker a dropped-subject verb agrees with: a masculine verb (وأضاف،
/// مضيفا) goes back to the last man who spoke, a feminine one (وأضافت، مضيفة) to the last
/// woman or body (الأمم المتحدة، روسيا) — else simply to the last speaker.
fn agreeing_speaker(ctx: &Ctx, verb: usize) -> Option<Ent> {
    let doc = ctx.doc;
    let stem = doc.readings[verb]
        .iter()
        .find(|r| doc.lex.forms.contains_key(&r.stem))
        .map_or(doc.tokens[verb].key.as_str(), |r| r.stem.as_str());
    let feminine = stem.ends_with('ت')
        || stem.ends_with('ه')
        || (stem.starts_with('ت') && stem.chars().count() >= 4);
    let male_person = |e: &Ent| doc.etype(*e) == EntityType::Person && !doc.is_female(*e);
    let agrees = |e: &Ent| {
        if feminine {
            !male_person(e)
        } else {
            male_person(e)
        }
    };
    // a person named earlier in the same sentence is the subject in focus: "تذهب
    // المستشارة الألمانية أنغيلا ميركل، إذ تقول …"
    let here = ctx
        .sm
        .mentions
        .iter()
        .rev()
        .filter(|m| {
            m.end <= verb
                && m.pro.prep.is_none()
                && m.how != How::Pair
                // not the object of a preposition (محادثات مع رئيس الوزراء X، أكد خلالها)
                && !(m.start > ctx.start
                    && super::frames::PREPOSITIONS.contains(&doc.tokens[m.start - 1].key.as_str()))
        })
        .find(|m| doc.etype(m.ent) == EntityType::Person && agrees(&m.ent))
        .map(|m| m.ent);
    here.or_else(|| ctx.speakers.iter().find(|e| agrees(e)).copied())
        .or(ctx.last_speaker)
}

/// Whether a speech verb is written passive (أُعلن، ذُكر): past tense with a damma on
/// its first letter. Passive speech has no speaker.
fn passive(ctx: &Ctx, verb: usize) -> bool {
    let t = &ctx.doc.tokens[verb];
    let w = &ctx.doc.text[t.start..t.end];
    let w = w
        .strip_prefix('و')
        .or_else(|| w.strip_prefix('ف'))
        .unwrap_or(w);
    let mut chars = w.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some('\u{064F}')) => !matches!(first, 'ي' | 'ت' | 'ن'),
        _ => false,
    }
}

/// The body an unnamed source speaks for: after the speech verb, a source noun
/// (مصادر، مسؤول، متحدث، بيان) or an unresolved title, then "في/من/باسم/ل" and the body.
fn body_source(ctx: &Ctx, after: usize) -> Option<Mention> {
    let doc = ctx.doc;
    if after >= ctx.end {
        return None;
    }
    let opens = doc.class_at(after, WordClass::SourceNoun).is_some()
        || doc.forms[after]
            .iter()
            .any(|h| matches!(h.target, crate::lexicon::FormTarget::Title(_)));
    if !opens {
        return None;
    }
    ctx.sm
        .mentions
        .iter()
        .filter(|m| m.start > after && m.start <= after + 5)
        .take_while(|m| {
            !(after..m.start).any(|p| {
                doc.class_at(p, WordClass::Complementizer).is_some()
                    || ctx.opens_words(p)
            })
        })
        .find(|m| {
            matches!(
                doc.etype(m.ent),
                EntityType::Organization | EntityType::Country
            ) && m.how != How::Adjective
                && (m.pro.prep == Some('ب')
                    || ["في", "من", "باسم", "عن"]
                        .iter()
                        .any(|w| doc.reads_as(m.start - 1, w))
                    // the genitive: "بيان وزارة النقل"، "مصادر الجيش"
                    || m.start == after + 1 && m.pro.prep.is_none()
                    // a document's author: "تقرير جديد للأمم المتحدة" (not "قال مسؤول
                    // لرويترز", where ل names whom he told)
                    || m.pro.prep == Some('ل') && doc.class_at(after, WordClass::DocumentNoun).is_some())
        })
        .copied()
}

/// "… بحسب رويترز" / "وفق الجمارك الصينية": a sentence attributed to a source, when no
/// speech verb named a speaker; the words are the sentence before the attribution.
fn attribution(ctx: &Ctx) -> Option<(Mention, usize, usize)> {
    let doc = ctx.doc;
    (ctx.start + 3..ctx.end).find_map(|p| {
        let h = doc.class_at(p, WordClass::Attribution)?;
        let m = ctx.sm.mentions.iter().find(|m| {
            m.start >= h.end && m.start <= h.end + 1 && is_speaker(ctx, m) && m.how != How::Pair
        })?;
        Some((*m, ctx.start, p))
    })
}

/// The speaker named in the phrase after a speech verb, up to the words said: the first
/// person there (a name or a title), not inside a prepositional phrase.
fn subject_phrase(ctx: &Ctx, after: usize) -> Option<Mention> {
    let doc = ctx.doc;
    let mut stop = after;
    while stop < ctx.end && stop < after + 12 {
        let t = &doc.tokens[stop];
        // the words said, or the preposition after a verb like شدد على / أشار إلى
        if doc.class_at(stop, WordClass::Complementizer).is_some()
            || t.punct().is_some_and(|c| ":\"«“.؛".contains(c))
            || stop > after && ["على", "الى", "علي"].contains(&t.key.as_str())
        {
            break;
        }
        stop += 1;
    }
    if stop >= ctx.end || stop >= after + 12 {
        return None;
    }
    // the phrase must start as a subject does: a word that is no preposition
    if after >= stop
        || super::frames::PREPOSITIONS.contains(&doc.tokens[after].key.as_str())
        || doc.in_class(after, WordClass::FunctionWord)
    {
        return None;
    }
    ctx.sm
        .mentions
        .iter()
        .filter(|m| m.start >= after && m.end <= stop)
        .find(|m| {
            doc.etype(m.ent) == EntityType::Person
                && is_speaker(ctx, m)
                && m.pro.prep.is_none()
                && !super::frames::PREPOSITIONS.contains(&doc.tokens[m.start - 1].key.as_str())
        })
        .copied()
}

/// The speaker named after a channel of speech before the verb: "في تغريدة لأردوغان … قال".
fn channel_speaker(ctx: &Ctx, verb: usize) -> Option<Ent> {
    let doc = ctx.doc;
    (ctx.start..verb).rev().find_map(|p| {
        let h = doc.class_at(p, WordClass::SpeechChannel)?;
        ctx.sm
            .mentions
            .iter()
            .find(|m| {
                m.start == h.end
                    && is_speaker(ctx, m)
                    && doc.etype(m.ent) != EntityType::Outlet
                    && (m.pro.prep.is_none() || m.pro.prep == Some('ل'))
            })
            .map(|m| m.ent)
    })
}

/// "عن X قوله": the position of قوله and the speaker named before it.
fn quote_noun(ctx: &Ctx) -> Option<(usize, Ent)> {
    let doc = ctx.doc;
    let q = (ctx.start..ctx.end).find(|&p| {
        doc.class_at(p, WordClass::QuoteNoun).is_some()
            && !ctx.sm.mentions.iter().any(|m| m.start <= p && p < m.end)
    })?;
    let near = |m: &&Mention, d: usize| m.end <= q && m.end + d >= q && is_speaker(ctx, m);
    let person = ctx
        .sm
        .mentions
        .iter()
        .rev()
        .filter(|m| near(m, 14))
        .find(|m| doc.etype(m.ent) == EntityType::Person);
    let any = ctx.sm.mentions.iter().rev().find(|m| near(m, 4));
    // an unnamed source of a state: "عن مسؤول أمني تركي قوله" → Turkey
    let source_of_state = || {
        ctx.sm.mentions.iter().rev().find(|m| {
            m.how == How::Adjective
                && m.end <= q
                && m.end + 2 >= q
                && (m.start.saturating_sub(3).max(ctx.start)..m.start)
                    .any(|p| doc.class_at(p, WordClass::SourceNoun).is_some())
        })
    };
    person.or_else(source_of_state).or(any).map(|m| (q, m.ent))
}

/// "نقلت وكالة رويترز عن سالم الخطيب، محامي المتهم، أن …": relayed speech. The speaker
/// is the one named right after عن; the words said start at the complementizer or colon
/// that closes the speaker's phrase. Returns where the words start and the speaker.
fn relayed(ctx: &Ctx) -> Option<(usize, Ent)> {
    let doc = ctx.doc;
    let r = (ctx.start..ctx.end).find(|&p| doc.class_at(p, WordClass::Relay).is_some())?;
    let an = (r + 1..(r + 8).min(ctx.end)).find(|&p| doc.tokens[p].key == "عن")?;
    let m = ctx
        .sm
        .mentions
        .iter()
        .find(|m| m.start == an + 1 && is_speaker(ctx, m))?;
    // the speaker's phrase (an apposition: "، محامي المتهم،") ends at the words said
    let opens = (m.end..(m.end + 16).min(ctx.end))
        .find(|&p| doc.class_at(p, WordClass::Complementizer).is_some() || ctx.opens_words(p))?;
    if (m.end..opens).any(|p| {
        doc.tokens[p].punct().is_some_and(|c| ".؛".contains(c))
            || ctx
                .sm
                .mentions
                .iter()
                .any(|o| o.start == p && is_speaker(ctx, o))
    }) {
        return None;
    }
    let from = content_start(ctx, opens);
    (from > opens && from < ctx.end).then_some((from, m.ent))
}

/// "X: …" at the start of a sentence (a headline, or a quote introduced by its speaker).
fn headline(
    ctx: &mut Ctx,
    push: &mut impl FnMut(&mut Ctx, Ent, usize, &str, f32, &mut Vec<Fact>),
    out: &mut Vec<Fact>,
) {
    let doc = ctx.doc;
    let limit = (ctx.start + 8).min(ctx.end);
    let Some(colon) = (ctx.start..limit).find(|&p| doc.tokens[p].is(':')) else {
        return;
    };
    // the words before the colon: one speaker, maybe with a participle (مغردا)
    let Some(m) = ctx
        .sm
        .mentions
        .iter()
        .find(|m| m.start <= ctx.start + 1 && m.end <= colon && is_speaker(ctx, m))
        .copied()
    else {
        return;
    };
    // "اليمن: …" is a topic label; a capital (موسكو: …) or a body speaks
    if m.how == How::Name && matches!(doc.etype(m.ent), EntityType::Country | EntityType::Region) {
        return;
    }
    let rest_ok = (m.end..colon).all(|p| {
        doc.tokens[p].kind == TokenKind::Punct
            || ctx.is_speech_word(p)
            || doc.in_class(p, WordClass::TimeWord)
    });
    if !rest_ok || colon - m.end > 2 {
        return;
    }
    push(ctx, m.ent, colon + 1, HEADLINE_RULE, 0.85, out);
}

/// "بحسب وزارة الدفاع الروسية، فإن …" / "وفقا لمنظمة الصحة العالمية، فقد …": an
/// attribution opening the sentence; the words are what follows the source and its comma.
/// Returns the source, and the token range of the words.
fn opening_attribution(ctx: &Ctx) -> Option<(Mention, usize, usize)> {
    let doc = ctx.doc;
    let h = (ctx.start..(ctx.start + 2).min(ctx.end))
        .find_map(|p| doc.class_at(p, WordClass::Attribution))?;
    // the source, maybe after the verb of "بحسب ما نقلته"
    let m = ctx.sm.mentions.iter().find(|m| {
        m.start >= h.end
            && m.start <= h.end + 1
            && is_speaker(ctx, m)
            && m.how != How::Pair
            && (h.end..m.start)
                .all(|p| doc.class_at(p, WordClass::Relay).is_some() || ctx.is_speech_word(p))
    })?;
    let mut last = ctx.group_end(m);
    // past the source's nisba: "صحيفة الغارديان البريطانية"
    while let Some(a) = ctx
        .sm
        .mentions
        .iter()
        .find(|a| a.start == last && a.how == How::Adjective)
    {
        last = a.end;
    }
    // the comma that closes the source, past an acronym in brackets ("(سانا)،"); any
    // other word between means the source phrase goes on
    let mut depth = 0usize;
    let mut comma = None;
    for p in last..(last + 6).min(ctx.end) {
        match doc.tokens[p].punct() {
            Some('(') => depth += 1,
            Some(')') => depth = depth.saturating_sub(1),
            Some(',' | '،') if depth == 0 => {
                comma = Some(p);
                break;
            }
            Some(_) => {}
            None if depth == 0 => return None,
            None => {}
        }
    }
    let comma = comma?;
    let from = content_start(ctx, comma + 1);
    // "وحسب رويترز، قال وسط الهتاف: …": the words are the speaker's of that verb
    let speech_after = (comma + 1..ctx.end).any(|p| ctx.is_speech_word(p));
    (from < ctx.end && !speech_after).then_some((*m, from, ctx.end))
}

/// "وجاء في بيان لحركة حماس أن …": the words of a document, spoken by its author.
fn came_in(ctx: &Ctx) -> Option<(usize, Ent)> {
    let doc = ctx.doc;
    let came = (ctx.start..(ctx.start + 2).min(ctx.end))
        .find_map(|p| doc.class_at(p, WordClass::AppearsIn))?;
    if came.end >= ctx.end {
        return None;
    }
    let h = doc.class_at(came.end, WordClass::DocumentNoun)?;
    let m = ctx.sm.mentions.iter().find(|m| {
        m.start == h.end && is_speaker(ctx, m) && (m.pro.prep == Some('ل') || m.pro.prep.is_none())
    })?;
    let from = content_start(ctx, m.end);
    (from > m.end && from < ctx.end).then_some((from, m.ent))
}

/// "بعد يومين من قول وزير الخارجية الأمريكي، مايك بومبيو، إن …": the verbal noun of
/// saying with its speaker as genitive. Returns where the words start and the speaker.
fn saying_noun(ctx: &Ctx) -> Option<(usize, Ent)> {
    let doc = ctx.doc;
    (ctx.start..ctx.end).find_map(|p| {
        let h = doc
            .class_at(p, WordClass::SayingNoun)
            .filter(|h| h.enclitic.is_none())?;
        let m = ctx
            .sm
            .mentions
            .iter()
            .find(|m| m.start == h.end && m.pro.prep.is_none() && is_speaker(ctx, m))?;
        // the words said open with the complementizer closing the speaker's phrase
        let group_end = ctx.group_end(m);
        let opens = (group_end..(group_end + 6).min(ctx.end))
            .find(|&q| doc.class_at(q, WordClass::Complementizer).is_some())?;
        if (group_end..opens).any(|q| doc.tokens[q].kind == TokenKind::Word) {
            // only a name's apposition may stand between: "، مايك بومبيو،"
            let named = ctx
                .sm
                .mentions
                .iter()
                .any(|n| n.start > group_end && n.end <= opens && n.ent == m.ent);
            if !named {
                return None;
            }
        }
        let from = content_start(ctx, opens);
        (from > opens && from < ctx.end).then_some((from, m.ent))
    })
}
