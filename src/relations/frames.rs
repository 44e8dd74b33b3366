//! Verbs and verbal nouns of every relation, read through their trigger's frame.
//!
//! Verb frame: "زار بوتين الصين" (verb first), "روسيا تهاجم أوكرانيا" (subject first),
//! "بيان وقعه بوتين مع شي" (relative: the pronoun on the verb is the object before it),
//! "بوتين وترامب اتفقا" (coordinated subjects of a symmetric verb).
//! Noun frame: "زيارة بوتين إلى الصين" (genitive agent), "الهجوم التركي على عفرين" and
//! "العقوبات الغربية المفروضة على موسكو" (adjective agent), "الحرب الروسية الأوكرانية"
//! (two adjectives of a symmetric noun), "المحادثة الهاتفية بين بوتين وترامب" (between),
//! "روسيا مستعدة لتزويد الصين بالطاقة" (agent before, object after), converse wordings
//! ("أكبر مستورد للنفط الروسي": the importer is supplied by the seller).

use super::{Ctx, Fact, Object};
use crate::lexicon::{EntityType, Frame, Trigger, TypeConstraint, WordClass};
use crate::mentions::{Ent, FormHit, How, Mention};
use crate::text::clitics::Enclitic;
use crate::text::TokenKind;

/// Light verbs that carry an act named by a noun: "الضربات التي نفذتها واشنطن"، "هجوم شنه
/// الحوثيون"، "الضربات التي وجهتها قوات التحالف" (the agent follows the verb).
const LIGHT_VERBS: &[&str] = &[
    "نفذ",
    "نفذت",
    "نفذوا",
    "ينفذ",
    "تنفذ",
    "شن",
    "شنت",
    "شنوا",
    "يشن",
    "تشن",
    "وجه",
    "وجهت",
    "يوجه",
    "توجه",
    "ارتكب",
    "ارتكبت",
    "يرتكب",
    "ترتكب",
    "اطلق",
    "اطلقت",
    "يطلق",
    "تطلق",
    "قاد",
    "قادت",
    "يقود",
    "تقود",
    "فرض",
    "فرضت",
    "يفرض",
    "تفرض",
    "اعلن",
    "اعلنت",
];

/// Prepositions that, written as a word before a mention, make it no direct object.
pub(super) const PREPOSITIONS: &[&str] = &[
    "الى", "الي", "مع", "على", "علي", "من", "في", "بين", "ضد", "عن", "لدى", "حول", "نحو", "عبر",
    "امام", "خلال", "منذ", "بعد", "قبل", "لدي",
];

/// Prepositions carrying the pronoun that stands for a relative clause's antecedent.
const RESUMPTIVE: &[&str] = &[
    "فيه",
    "فيها",
    "بشانه",
    "بشانها",
    "عليه",
    "عليها",
    "منه",
    "منها",
    "معه",
    "معها",
    "به",
    "بها",
    "عنه",
    "عنها",
    "اليه",
    "اليها",
];

/// Whether a verb form after the word `w` can only be a noun: after a preposition (not
/// من or منذ, which may open a clause: "كل من دعم"، "منذ دعمت") or لولا.
fn noun_after(w: &str) -> bool {
    PREPOSITIONS.contains(&w) && !matches!(w, "من" | "منذ") || matches!(w, "لولا" | "ولولا")
}

pub(super) fn extract(ctx: &Ctx, out: &mut Vec<Fact>) {
    let doc = ctx.doc;
    let mut i = ctx.start;
    while i < ctx.end {
        for hit in &doc.forms[i] {
            let Some(ti) = Ctx::trigger_of(hit.target) else {
                continue;
            };
            let trig = &doc.lex.triggers[ti];
            if hit.end > ctx.end || trig.frame == Frame::Speech {
                continue;
            }
            // a word inside a name or title is not a trigger (اجتماع in an event's name is)
            if ctx.sm.mentions.iter().any(|m| {
                m.start <= hit.start && hit.start < m.end && !matches!(m.how, How::Described)
            }) {
                continue;
            }
            if !applies(ctx, hit, trig) {
                continue;
            }
            match trig.frame {
                Frame::Verb => verb(ctx, hit, trig, out),
                Frame::Noun => noun(ctx, hit, trig, out),
                Frame::Speech => {}
            }
        }
        i += 1;
    }
}

/// Whether the trigger's conditions hold: cues, next words, assertion.
fn applies(ctx: &Ctx, hit: &FormHit, trig: &Trigger) -> bool {
    let doc = ctx.doc;
    if ctx.question || hit.pro.future || ctx.not_asserted(hit.start) {
        return false;
    }
    // a preposition or لولا is followed by a noun, so a verb form after one is its
    // verbal noun: "لولا دعم روسيا"، "بعد دعم التحالف"
    if trig.frame == Frame::Verb
        && hit.start > ctx.start
        && !hit.pro.conj
        && noun_after(&doc.tokens[hit.start - 1].key)
    {
        return false;
    }
    // a future verb governing the trigger: "ستجد نفسها تقاتل"، "ستبدأ بقصف"
    let from = hit.start.saturating_sub(3).max(ctx.start);
    if (from..hit.start).any(|i| {
        (i..hit.start).all(|j| doc.tokens[j].kind != TokenKind::Punct) && future_verb(ctx, i)
    }) {
        return false;
    }
    // a purpose ("للقاء لافروف"، "لزيارة الصين") is an event only when a journey was made
    if trig.frame == Frame::Noun && doc.in_class(hit.start, WordClass::Future) {
        let journey = (ctx.start..hit.start).any(|i| {
            doc.forms[i].iter().any(|h| {
                Ctx::trigger_of(h.target).is_some_and(|t| {
                    let tr = &doc.lex.triggers[t];
                    tr.frame == Frame::Verb
                        && doc.lex.relations[tr.relation].name == "visited"
                        && !h.pro.future
                        && !doc.tokens[i].key.starts_with('ي')
                        && !doc.tokens[i].key.starts_with("وي")
                })
            })
        });
        if !journey {
            return false;
        }
    }
    // an event named by its noun and told in the future: "زيارة ترامب التي تأجلت ستجري"
    // (a standing relation is not: "التحالف بين روسيا والصين سيتم تعزيزه")
    let standing = matches!(
        doc.lex.relations[trig.relation].name.as_str(),
        "cooperatesWith" | "tradesWith" | "suppliesEnergyTo" | "exportsTo" | "atWarWith"
    );
    if trig.frame == Frame::Noun {
        let ce = clause_end(ctx, hit.end).min(hit.end + 10);
        if !standing && (hit.end..ce).any(|j| future_verb(ctx, j)) {
            return false;
        }
        // an event only alleged: "الهجوم الذي اتهمت دمشق بتنفيذه"
        if (hit.end..ce.min(hit.end + 5)).any(|j| {
            doc.lex.word_is(&doc.tokens[j].key, WordClass::Relative)
                && doc.in_class(j + 1, WordClass::Hedge)
        }) {
            return false;
        }
    }
    // an obligation: "(إن) على النمسا وإيطاليا التحالف مع ألمانيا" — the act is required,
    // not done
    if trig.frame == Frame::Noun {
        let cs = clause_start(ctx, hit.start);
        let ala = (cs..hit.start).find(|&p| matches!(doc.tokens[p].key.as_str(), "علي" | "على"));
        if let Some(a) = ala {
            let opens = a == cs || doc.class_at(a - 1, WordClass::Complementizer).is_some();
            let agents_only = ctx.sm.mentions.iter().any(|m| m.start == a + 1)
                && (a + 1..hit.start).all(|p| {
                    ctx.sm.mentions.iter().any(|m| m.start <= p && p < m.end)
                        || doc.tokens[p].key == "و"
                        || doc.tokens[p].punct().is_some_and(|c| ",،".contains(c))
                });
            if opens && agents_only {
                return false;
            }
        }
    }
    // an act called for: "يدعون الحكومة إلى مواجهة الهجوم"، "دعا إلى وقف …" (إلى before the
    // noun, a call or plan word earlier in its clause)
    if trig.frame == Frame::Noun
        && hit.start > ctx.start
        && matches!(doc.tokens[hit.start - 1].key.as_str(), "الى" | "الي")
    {
        let cs = clause_start(ctx, hit.start);
        if (cs..hit.start - 1).any(|p| doc.class_at(p, WordClass::Future).is_some()) {
            return false;
        }
    }
    // a planned event named by its noun: "اللقاء المقرر"، "الزيارة المرتقبة"
    if trig.frame == Frame::Noun
        && (hit.end..(hit.end + 2).min(ctx.end))
            .any(|j| doc.class_at(j, WordClass::Future).is_some())
    {
        return false;
    }
    // a journey in the present tense on a named day is a schedule: "ويصل ترامب الخميس
    // إلى بريطانيا" (the act itself is reported in the past: وصل ترامب الخميس)
    let ce = clause_end(ctx, hit.end);
    if trig.frame == Frame::Verb && ctx.is_relation(trig, "visited") {
        let key = doc.tokens[hit.start].key.as_str();
        let bare = key.strip_prefix('و').unwrap_or(key);
        let imperfect = bare.starts_with(['ي', 'ت']) && !bare.starts_with("توجه");
        if imperfect && (hit.end..ce.min(hit.end + 6)).any(|j| doc.in_class(j, WordClass::Weekday))
        {
            return false;
        }
    }
    // a future time in the trigger's clause: "يزور ماكرون الجزائر الأسبوع المقبل"
    if (hit.end..ce.min(hit.end + 10)).any(|j| doc.in_class(j, WordClass::FutureTime)) {
        return false;
    }
    if let Some(next) = doc.tokens.get(hit.end) {
        if trig
            .not_next
            .iter()
            .any(|n| doc.reads_as(hit.end, n) || next.key == *n)
        {
            return false;
        }
    }
    let has = |keys: &[String]| {
        (ctx.start..ctx.end).any(|j| {
            keys.iter().any(|k| {
                doc.reads_as(j, k)
                    || doc.tokens[j].key.contains(k.as_str()) && k.chars().count() >= 3
            })
        })
    };
    if !trig.cues.is_empty() && !has(&trig.cues) {
        return false;
    }
    if !trig.not_cues.is_empty() && has(&trig.not_cues) {
        return false;
    }
    true
}

/// Whether token `i` is a verb with the future prefix (سيزور، ستجري), not a noun that
/// merely starts with those letters (سنوات، سيطرة، سياسة).
fn future_verb(ctx: &Ctx, i: usize) -> bool {
    let doc = ctx.doc;
    let key = doc.tokens[i].key.as_str();
    let bare = key.strip_prefix('و').unwrap_or(key);
    doc.readings[i].iter().any(|r| r.pro.future)
        && bare.starts_with('س')
        && !bare.ends_with('ه')
        && !bare.ends_with("ات")
        && !bare.ends_with("ين")
        && bare.chars().count() >= 4
        && !["سياسي", "سنوي", "سيناء", "سيول", "ستوكهولم"].contains(&bare)
        && !ctx.sm.mentions.iter().any(|m| m.start <= i && i < m.end)
}

fn clause_start(ctx: &Ctx, t0: usize) -> usize {
    let mut s = t0;
    while s > ctx.start && !ctx.is_boundary(s - 1) && !ctx.is_comma(s - 1) {
        s -= 1;
    }
    s
}

fn clause_end(ctx: &Ctx, t1: usize) -> usize {
    let mut e = t1;
    while e < ctx.end && !ctx.is_boundary(e) && !ctx.is_comma(e) {
        e += 1;
    }
    e
}

/// Whether mention `m` is introduced by one of the trigger's markers.
fn marked(ctx: &Ctx, m: &Mention, markers: &[String]) -> bool {
    let doc = ctx.doc;
    let mut p = m.start;
    // a place noun may stand between the preposition and the name (لمدينة هاربين)
    let mut prep = m.pro.prep;
    // "على ما يعرف بتنظيم الدولة": the so-called phrase stands between the preposition
    // and the name, which carries its own ب
    if p >= ctx.start + 2
        && doc.tokens[p - 2].key == "ما"
        && ["يعرف", "يسمي", "تعرف", "تسمي", "عرف", "سمي"].contains(&doc.tokens[p - 1].key.as_str())
    {
        p -= 2;
        prep = None;
    }
    if p > ctx.start && doc.class_at(p - 1, WordClass::PlaceNoun).is_some() {
        p -= 1;
        prep = doc.readings[p]
            .iter()
            .find(|r| {
                doc.lex.forms.get(&r.stem).is_some_and(|fs| {
                    fs.iter().any(|f| {
                        f.target == crate::lexicon::FormTarget::Class(WordClass::PlaceNoun)
                    })
                })
            })
            .and_then(|r| r.pro.prep);
    }
    // forces stand for whom they are named after, after the preposition: "بدعم من قوات
    // إريترية"، "بمساعدة من طائرات روسية"، "بدعم من قوات التحالف"
    if matches!(m.how, How::Adjective | How::Name) && p > ctx.start {
        if let Some(h) = doc.class_at(p - 1, WordClass::ForcesNoun) {
            p = h.start;
            prep = h.pro.prep;
        }
    }
    // a name in quotes after its head noun: ضد تنظيم "الدولة الإسلامية"
    if prep.is_none() {
        let mut q = p;
        while q > ctx.start
            && doc.tokens[q - 1]
                .punct()
                .is_some_and(|c| "\"«“'".contains(c))
        {
            q -= 1;
        }
        if q < p && q > ctx.start {
            if let Some(r) = doc.readings[q - 1]
                .iter()
                .find(|r| doc.lex.word_is(&r.stem, WordClass::BodyNoun))
            {
                p = q - 1;
                prep = r.pro.prep;
            }
        }
    }
    let mut word_before = (p > ctx.start).then(|| doc.tokens[p - 1].key.as_str());
    // "اتهمت ماي كلا من روسيا وسوريا": the objects are listed after "كلا من"
    if word_before == Some("من")
        && p > ctx.start + 1
        && matches!(doc.tokens[p - 2].key.as_str(), "كلا" | "كل")
    {
        word_before = (p > ctx.start + 2).then(|| doc.tokens[p - 3].key.as_str());
    }
    markers.iter().any(|mk| marker_fits(mk, word_before, prep))
}

/// Whether one marker introduces a word: the empty marker a direct object (no
/// preposition, as a prefix or a word before), a one-letter marker a prefix (بـ، لـ), a
/// longer one the word before (على، مع، إلى).
fn marker_fits(mk: &str, word_before: Option<&str>, prep: Option<char>) -> bool {
    if mk.is_empty() {
        prep.is_none() && !word_before.is_some_and(|w| PREPOSITIONS.contains(&w))
    } else if mk.chars().count() == 1 {
        prep.is_some_and(|c| mk.starts_with(c))
    } else {
        word_before == Some(mk) || mk == "الى" && word_before == Some("الي")
    }
}

/// "رسوما على 128 منتجا أميركيا"، "عقوبات على السلع الصينية": a nisba on a plain noun
/// (with a number before it) after the marker — the goods or people of a state stand for
/// the state in state-level relations (sanctions, trade, exports).
fn goods_of(ctx: &Ctx, m: &Mention, markers: &[String]) -> bool {
    let doc = ctx.doc;
    if m.how != How::Adjective || m.pro.prep.is_some() || m.start < ctx.start + 2 {
        return false;
    }
    let head = m.start - 1;
    let plain = doc.tokens[head].kind == TokenKind::Word
        && !ctx
            .sm
            .mentions
            .iter()
            .any(|n| n.start <= head && head < n.end)
        && doc.class_at(head, WordClass::FunctionWord).is_none();
    if !plain {
        return false;
    }
    let mut q = head;
    if q > ctx.start + 1 && doc.tokens[q - 1].kind == TokenKind::Number {
        q -= 1;
    }
    let prep = if q == head {
        doc.readings[head].iter().find_map(|r| r.pro.prep)
    } else {
        None
    };
    let word_before = doc.tokens[q - 1].key.as_str();
    markers
        .iter()
        .any(|mk| !mk.is_empty() && marker_fits(mk, Some(word_before), prep))
}

/// The entity a mention stands for as an agent of this trigger.
fn agent(ctx: &Ctx, e: Ent, trig: &Trigger) -> Ent {
    // a state's armed forces and ministries act for the state in state-level relations
    let war = ctx.is_relation(trig, "atWarWith");
    if trig.agent_as_state || war {
        // people are not at war: their states are, when the sentence names those
        let e = if war {
            ctx.doc.as_actor(e)
        } else {
            ctx.state_level(e)
        };
        if let Some(s) = state_body(ctx, e) {
            return s;
        }
        e
    } else {
        ctx.doc.as_actor(e)
    }
}

/// The state of a state body (its armed forces, a ministry), not of a group based there.
fn state_body(ctx: &Ctx, e: Ent) -> Option<Ent> {
    if ctx.doc.etype(e) != EntityType::Organization {
        return None;
    }
    let (en, _) = ctx.doc.labels(e);
    let en = en?;
    ["Armed Forces", "Ministry", "Department of"]
        .iter()
        .any(|k| en.contains(k))
        .then(|| ctx.doc.state_of(e))
        .flatten()
}

fn object_ent(ctx: &Ctx, e: Ent, trig: &Trigger) -> Ent {
    let wants_place = matches!(trig.object_type, TypeConstraint::Place);
    if wants_place {
        e
    } else if trig.agent_as_state {
        ctx.state_level(e)
    } else {
        ctx.doc.as_actor(e)
    }
}

fn fits_subject(ctx: &Ctx, m: &Mention, trig: &Trigger) -> bool {
    let a = agent(ctx, m.ent, trig);
    // a town does not act (a capital stands for its state and is a country here), nor
    // does a region named by its name where a place is the object (قصف الغوطة في سوريا)
    let place_object = matches!(trig.object_type, TypeConstraint::Place);
    m.how != How::Described
        && ctx.doc.etype(a) != EntityType::City
        && !(place_object && ctx.doc.etype(a) == EntityType::Region && m.how == How::Name)
        && ctx.fits(a, &trig.subject_type)
}

fn fits_object(ctx: &Ctx, m: &Mention, trig: &Trigger) -> bool {
    let o = object_ent(ctx, m.ent, trig);
    // a people or region is no agent object: "المقاتلين العرب الذين تدعمهم واشنطن"
    let place_object = matches!(trig.object_type, TypeConstraint::Place);
    (place_object || ctx.doc.etype(o) != EntityType::Region) && ctx.fits(o, &trig.object_type)
}

/// The first mention after `from` (up to the clause end, at most `window` tokens on)
/// that fits the object type and carries a marker.
fn find_object(
    ctx: &Ctx,
    from: usize,
    until: usize,
    trig: &Trigger,
    exclude: &[Ent],
) -> Option<Mention> {
    let limit = until.min(from + 10);
    ctx.mentions_in(from, limit)
        .find(|m| {
            fits_object(ctx, m, trig)
                && (marked(ctx, m, &trig.markers)
                    || trig.agent_as_state && goods_of(ctx, m, &trig.markers))
                && !exclude.contains(&m.ent)
                && m.how != How::Pair
                || m.how == How::Pair && fits_object(ctx, m, trig) && !exclude.contains(&m.ent)
        })
        .copied()
}

/// Whether token `p` is a one-word trigger of the same relation as `trig` (the act's own
/// noun: "غارات" for a strike verb).
fn act_noun_at(ctx: &Ctx, p: usize, trig: &Trigger) -> bool {
    let doc = ctx.doc;
    doc.forms[p].iter().any(|h| {
        h.end == p + 1
            && Ctx::trigger_of(h.target)
                .is_some_and(|t| doc.lex.triggers[t].relation == trig.relation)
    })
}

/// The owners of what an attack hit, named in `from..until`: "مواقع لحزب الله"،
/// "أهدافا إيرانية"، "مقرات تابعة للحوثيين"، "مواقع حزب العمال الكردستاني".
fn target_owners(ctx: &Ctx, from: usize, until: usize, exclude: &[Ent]) -> Vec<Ent> {
    let doc = ctx.doc;
    let mut owners = Vec::new();
    for p in from..until.min(from + 10) {
        let Some(h) = doc.class_at(p, WordClass::TargetNoun) else {
            continue;
        };
        // past plain adjectives (عسكرية، العسكرية) and "تابعة"
        let mut j = h.end;
        while j < until.min(h.end + 3)
            && doc.tokens[j].kind == TokenKind::Word
            && !ctx.sm.mentions.iter().any(|m| m.start == j)
            && doc.is_plain(j)
            && !PREPOSITIONS.contains(&doc.tokens[j].key.as_str())
        {
            j += 1;
        }
        // … or the subject of a verb that carries the target: "مواقع يستخدمها الحوثيون"
        let used_by = j < until
            && ctx.sm.mentions.iter().all(|m| m.start != j)
            && doc.readings[j].iter().any(|r| {
                matches!(r.enclitic, Some(Enclitic::Her | Enclitic::His))
                    && r.stem.starts_with(['ي', 'ت'])
            });
        let j = if used_by { j + 1 } else { j };
        let owner_at = |j: usize| {
            ctx.sm.mentions.iter().find(|m| {
                m.start == j
                    && matches!(m.pro.prep, None | Some('ل'))
                    && !matches!(m.how, How::Pair | How::Described)
                    && matches!(
                        doc.etype(m.ent),
                        EntityType::Country | EntityType::Organization
                    )
            })
        };
        let Some(m) = owner_at(j) else {
            continue;
        };
        let mut groups = vec![*m];
        // "مواقع للجيش السوري أو أخرى لحزب الله": more targets of another owner
        let end = ctx.group_end(m);
        if end + 2 < until
            && matches!(doc.tokens[end].key.as_str(), "او" | "و")
            && matches!(doc.tokens[end + 1].key.as_str(), "اخري" | "اخرى")
        {
            // (the owner may stand in quotes: أو أخرى "لحزب الله")
            let q = if ctx.opens_quote(end + 2) {
                end + 3
            } else {
                end + 2
            };
            groups.extend(owner_at(q).copied());
        }
        for m in &groups {
            for g in ctx.group(m) {
                if !exclude.contains(&g.ent) && !owners.contains(&g.ent) {
                    owners.push(g.ent);
                }
            }
        }
        break;
    }
    owners
}

fn emit(
    _ctx: &Ctx,
    trig: &Trigger,
    subjects: &[Ent],
    objects: &[Ent],
    conf: f32,
    out: &mut Vec<Fact>,
) {
    for s in subjects {
        for o in objects {
            let (s, o) = if trig.converse { (*o, *s) } else { (*s, *o) };
            if s == o {
                continue;
            }
            out.push(Fact {
                subject: s,
                relation: trig.relation,
                object: Object::Entity(o),
                rule: trig.id.clone(),
                confidence: conf,
            });
        }
    }
}

/// An act only threatened (تلويح واشنطن بفرض عقوبات) is a threat against its object.
fn threatened_instead(ctx: &Ctx, hit: &FormHit) -> bool {
    let from = hit.start.saturating_sub(3).max(ctx.start);
    (from..hit.start).any(|i| ctx.doc.in_class(i, WordClass::ThreatCue))
}

fn with_threat(ctx: &Ctx, hit: &FormHit, trig: &Trigger) -> Trigger {
    let mut t = trig.clone();
    if threatened_instead(ctx, hit) && ctx.doc.lex.relations[trig.relation].name != "threatened" {
        if let Some(r) = ctx.doc.lex.relation("threatened") {
            t.relation = r;
            t.id = format!("{}+threat", trig.id);
            t.object_type = TypeConstraint::Any;
        }
    }
    t
}

fn pairs(group: &[Ent]) -> Vec<(Ent, Ent)> {
    let mut out = Vec::new();
    for (a, x) in group.iter().enumerate() {
        for y in &group[a + 1..] {
            if x != y {
                out.push((*x, *y));
            }
        }
    }
    out
}

fn skip_adverbs(ctx: &Ctx, mut p: usize) -> usize {
    while p < ctx.end
        && (ctx.doc.in_class(p, WordClass::TimeWord)
            || ctx.doc.tokens[p]
                .punct()
                .is_some_and(|c| "-–()".contains(c))
            || ctx.doc.tokens[p].kind == TokenKind::Number)
    {
        p += 1;
    }
    p
}

fn verb(ctx: &Ctx, hit: &FormHit, trig0: &Trigger, out: &mut Vec<Fact>) {
    let doc = ctx.doc;
    let trig = &with_threat(ctx, hit, trig0);
    let symmetric = doc.lex.relations[trig.relation].symmetric;
    let cs = clause_start(ctx, hit.start);
    let ce = clause_end(ctx, hit.end);
    // subject first: the nearest fitting mention just before the verb
    let sv = ctx
        .sm
        .mentions
        .iter()
        .rev()
        .find(|m| {
            m.end <= hit.start
                && m.end + 4 >= hit.start
                // a subject in apposition closes with a comma: "الرئيس الروسي، فلاديمير
                // بوتين، بحث …"
                // (or "، قد": "وكان الرئيس الأمريكي، دونالد ترامب، قد انسحب")
                && (m.start >= cs
                    || ctx.is_comma(m.end)
                        && (m.end + 1..hit.start).all(|p| doc.in_class(p, WordClass::VerbParticle)))
                // a subordinator opens a clause of its own: "شمالي سوريا حيث تقاتل القوات"
                && !(m.end..hit.start).any(|p| doc.lex.word_is(&doc.tokens[p].key, WordClass::Subordinator))
                && fits_subject(ctx, m, trig)
                // a subject is never the object of a preposition (قادما من بروكسل حيث يشارك)
                // but for the body a team comes from (فريق من الأمم المتحدة زار)
                && m.pro.prep.is_none()
                && (!(m.start > ctx.start
                    && PREPOSITIONS.contains(&doc.tokens[m.start - 1].key.as_str()))
                    || team_of(ctx, m))
        })
        .copied();
    // verb first: the first fitting mention right after the verb (past time adverbs)
    let after = skip_adverbs(ctx, hit.end);
    let vs = ctx
        .sm
        .mentions
        .iter()
        .find(|m| {
            m.start >= hit.end
                && (m.start <= after
                    // a plain noun with a nisba: "قصفت الطائرات الروسية" → Russia
                    || m.how == How::Adjective
                        && m.start == after + 1
                        && doc.tokens[after].key.starts_with("ال")
                        && doc.is_plain(after)
                        && !ctx.sm.mentions.iter().any(|n| n.start == after)
                    // the genitive of the act's own noun: "استهدفت غارات التحالف مواقع",
                    // or of a document speaking for its author: "ولام تقرير الأمم المتحدة X"
                    || m.start == after + 1
                        && m.how == How::Name
                        && (act_noun_at(ctx, after, trig)
                            || doc.class_at(after, WordClass::DocumentNoun).is_some()
                            // or of the forces that act for it: "ودحرت قوات حزب X"
                            || doc.class_at(after, WordClass::ForcesNoun).is_some()))
                && fits_subject(ctx, m, trig)
                && m.pro.prep.is_none()
                // a team from a body acts for it: "وزار وفد من الاتحاد الأوروبي طرابلس"
                || m.start > after
                    && m.start <= after + 3
                    && team_of(ctx, m)
                    && fits_subject(ctx, m, trig)
                // forces affiliated to someone act for them: "وقصفت الميليشيات التابعة
                // لإيران"
                || m.start == after + 2
                    && m.pro.prep == Some('ل')
                    && doc.class_at(after, WordClass::ForcesNoun).is_some()
                    && doc.class_at(after + 1, WordClass::Affiliated).is_some()
                    && fits_subject(ctx, m, trig)
        })
        .copied();
    // a relative clause whose verb carries the object pronoun: "القوات التي تدعمها واشنطن"
    // (the antecedent is the object, the subject follows the verb)
    let relative = hit.enclitic.is_some()
        && hit.start > ctx.start
        && doc
            .lex
            .word_is(&doc.tokens[hit.start - 1].key, WordClass::Relative);
    // a verb right after an indefinite noun describes it: "اعتراض صاروخ بالستي أطلق من
    // اليمن" (a missile that was fired), so a name before that noun is not its subject
    let describes_indefinite = sv.is_some_and(|m| {
        let p = hit.start - 1;
        p >= m.end
            && doc.tokens[p].kind == TokenKind::Word
            && !doc.tokens[p].key.starts_with("ال")
            && !doc.tokens[p].key.ends_with('ا')
            && doc.is_plain(p)
    });
    // a relative clause about its antecedent: "القوات الروسية التي تدعم الأسد" (no object
    // pronoun on the verb): the antecedent is the subject and the name after is the object
    // (unless a preposition after the verb carries the pronoun, so the name after the verb
    // is its subject: "الإصلاحات التي اتفقت مصر بشأنها مع الصندوق")
    let resumptive = || {
        (hit.end..(hit.end + 5).min(ce)).any(|p| RESUMPTIVE.contains(&doc.tokens[p].key.as_str()))
    };
    let of_antecedent = hit.enclitic.is_none()
        && hit.start > ctx.start
        && doc
            .lex
            .word_is(&doc.tokens[hit.start - 1].key, WordClass::Relative)
        && !resumptive();
    let (sv, vs) = if of_antecedent {
        (antecedent(ctx, hit, trig), None)
    } else if relative || describes_indefinite {
        (None, vs)
    } else {
        (sv.map(|m| past_aside(ctx, m, trig)), vs)
    };
    let verb_initial = hit.pro.conj || hit.start == cs;
    let (subject, obj_from) = match (sv, vs) {
        (Some(_), Some(v)) if verb_initial => (v, v.end),
        (Some(s), _) => {
            // a subject-first subject group ends at the verb
            let first = ctx
                .sm
                .mentions
                .iter()
                .filter(|m| m.start >= cs && m.end <= hit.start && fits_subject(ctx, m, trig))
                .find(|m| ctx.group(m).iter().any(|g| g.ent == s.ent));
            (first.copied().unwrap_or(s), hit.end)
        }
        (None, Some(v)) => (v, v.end),
        (None, None) if of_antecedent => return,
        (None, None) => match shared_subject(ctx, hit, trig) {
            Some(m) => (m, hit.end),
            None => {
                speaker_subject(ctx, hit, trig, out);
                topic_subject(ctx, hit, trig, out);
                return;
            }
        },
    };
    let mut subjects: Vec<Ent> = ctx
        .group(&subject)
        .iter()
        .filter(|m| fits_subject(ctx, m, trig))
        .map(|m| agent(ctx, m.ent, trig))
        .collect();
    subjects.dedup();
    let conf = trig.confidence;
    // relative clause: بيان وقعه بوتين → the pronoun is the object stated before the verb
    if hit.enclitic.is_some() {
        if let Some(o) = ctx
            .sm
            .mentions
            .iter()
            .rev()
            .find(|m| m.end <= hit.start && m.end + 3 >= hit.start && fits_object(ctx, m, trig))
            // a nisba after a plain noun describes it: "المقاتلين الأكراد الذين تدعمهم"
            .filter(|m| {
                !(relative
                    && (matches!(m.how, How::Adjective | How::Plural) || m.end + 1 != hit.start))
            })
        {
            let mut subs = subjects.clone();
            // co-agents: وقعه بوتين مع شي
            subs.extend(co_agents(ctx, obj_from, ce.min(obj_from + 8), trig));
            emit(ctx, trig, &subs, &[object_ent(ctx, o.ent, trig)], conf, out);
            return;
        }
    }
    // past a relative clause on the subject: "هاجمت القوات التي تدعمها واشنطن مواقع …"
    let mut obj_from = obj_from;
    let mut ce = ce;
    // … or one set off by commas: "وحمّل الرئيس التركي، الذي يسعى لولاية ثانية، حزب …"،
    // "وتخوض تركيا، بدعم من فصائل سورية، مواجهات مع …"
    if obj_from + 2 < ctx.end && ctx.is_comma(obj_from) && opens_aside(ctx, obj_from + 1) {
        if let Some(c) = (obj_from + 2..(obj_from + 20).min(ctx.end)).find(|&p| ctx.is_comma(p)) {
            obj_from = c + 1;
            ce = clause_end(ctx, obj_from);
        }
    }
    // … or a backing phrase: "وتقاتل إثيوبيا بدعم من قوات إريترية المتمردين" (the
    // backer is no object of the verb)
    if let Some(m) = backing_phrase(ctx, obj_from, ce) {
        obj_from = m;
    }
    if obj_from < ce
        && doc
            .lex
            .word_is(&doc.tokens[obj_from].key, WordClass::Relative)
    {
        obj_from = ctx
            .mentions_in(obj_from + 1, (obj_from + 4).min(ce))
            .next()
            .map_or(obj_from + 2, |m| m.end);
    }
    let obj = find_object(ctx, obj_from, ce.max(obj_from), trig, &subjects);
    if trig.target_owner {
        let owners = target_owners(ctx, obj_from, ce.max(obj_from), &subjects);
        emit(ctx, trig, &subjects, &owners, conf * 0.9, out);
    }
    match obj {
        Some(o) => {
            let objects = objects_of(ctx, &o, trig);
            let mut subs = subjects.clone();
            if trig.co_agents {
                subs.extend(co_agents(ctx, obj_from, ce.min(obj_from + 10), trig));
            }
            emit(ctx, trig, &subs, &objects, conf, out);
        }
        None if symmetric && subjects.len() >= 2 => {
            for (a, b) in pairs(&subjects) {
                emit(ctx, trig, &[a], &[b], conf * 0.95, out);
            }
        }
        None if ctx.is_relation(trig, "threatened") => {
            if let Some(o) = conditional_target(ctx, obj_from) {
                emit(ctx, trig, &subjects, &[o.ent], conf * 0.9, out);
            }
        }
        None => {}
    }
}

fn noun(ctx: &Ctx, hit: &FormHit, trig0: &Trigger, out: &mut Vec<Fact>) {
    let doc = ctx.doc;
    let trig = &with_threat(ctx, hit, trig0);
    let symmetric = doc.lex.relations[trig.relation].symmetric;
    let cs = clause_start(ctx, hit.start);
    let ce = clause_end(ctx, hit.end).max(hit.end);
    let conf = trig.confidence;
    // between: المحادثة الهاتفية بين بوتين وترامب
    let mut p = hit.end;
    while p < ce.min(hit.end + 3) && doc.tokens[p].key != "بين" {
        p += 1;
    }
    if p < ce && doc.tokens[p].key == "بين" {
        // the first party, maybe after plain nouns: "بين القوات الحكومية اليمنية"
        let first = ctx.mentions_in(p + 1, p + 2).next().or_else(|| {
            let q = plain_nouns_end(ctx, p + 1, (p + 3).min(ce));
            ctx.mentions_in(q, q + 1).next()
        });
        if let Some(m) = first {
            let mut g: Vec<Ent> = ctx
                .group(m)
                .iter()
                .filter(|x| fits_subject(ctx, x, trig))
                .map(|x| agent(ctx, x.ent, trig))
                .collect();
            // "بين X، المدعومة من …، وبين Y": the second party after a repeated وبين
            if g.len() == 1 {
                let last = ctx.group_end(m);
                if let Some(q) = (last..(last + 12).min(ctx.end))
                    .find(|&q| doc.tokens[q].key == "وبين" && !ctx.is_boundary(q))
                {
                    let r = plain_nouns_end(ctx, q + 1, (q + 3).min(ctx.end));
                    if let Some(n) = ctx
                        .mentions_in(q + 1, r + 1)
                        .find(|n| fits_subject(ctx, n, trig))
                    {
                        g.extend(
                            ctx.group(n)
                                .iter()
                                .filter(|x| fits_subject(ctx, x, trig))
                                .map(|x| agent(ctx, x.ent, trig)),
                        );
                    }
                }
            }
            if g.len() >= 2 {
                for (a, b) in pairs(&g) {
                    emit(ctx, trig, &[a], &[b], conf, out);
                }
            }
        }
        // "between" one named party and one unnamed: nothing to say about an agent before
        return;
    }
    // the genitive or adjective right after the noun (past one or two plain adjectives)
    let mut g = hit.end;
    let mut skipped = 0;
    while g < ce
        && skipped < 2
        && doc.tokens[g].kind == TokenKind::Word
        && !ctx.sm.mentions.iter().any(|m| m.start == g)
        && doc.tokens[g].key.starts_with("ال")
        && doc.class_at(g, WordClass::FunctionWord).is_none()
        && doc.is_plain(g)
    {
        g += 1;
        skipped += 1;
    }
    let genitive = ctx
        .sm
        .mentions
        .iter()
        .find(|m| {
            m.start == g
                && m.pro.prep.is_none()
                && !(g > ctx.start
                    && super::frames::PREPOSITIONS.contains(&doc.tokens[g - 1].key.as_str()))
        })
        .copied()
        .filter(|m| fits_subject(ctx, m, trig) || fits_object(ctx, m, trig));
    // two adjectives of a symmetric noun: الحرب الروسية الأوكرانية
    if symmetric {
        if let Some(a) = genitive.filter(|m| m.how == How::Adjective) {
            if let Some(b) = ctx
                .sm
                .mentions
                .iter()
                .find(|m| m.start == a.end && m.how == How::Adjective)
            {
                emit(
                    ctx,
                    trig,
                    &[agent(ctx, a.ent, trig)],
                    &[agent(ctx, b.ent, trig)],
                    conf,
                    out,
                );
                return;
            }
        }
    }
    // an agent before the noun, in the same clause (روسيا مستعدة لتزويد الصين)
    let before = ctx
        .sm
        .mentions
        .iter()
        .rev()
        .find(|m| {
            m.end <= hit.start
                // a passive participle follows its head, maybe after a comma: "الحوثيين
                // المدعومين من إيران"، "القوات الحكومية، المدعومة من التحالف"
                && (m.start >= cs || trig.converse && m.end + 1 == hit.start && ctx.is_comma(m.end))
                && m.end + if trig.converse { 2 } else { 8 } >= hit.start
                && fits_subject(ctx, m, trig)
                && m.how != How::Described
                // a nisba of another act noun is that act's agent: "الضربة البريطانية
                // لسوريا بعد أسبوع من الهجوم الكيميائي على دوما"
                && !(m.how == How::Adjective && m.start > ctx.start && {
                    let mut p = m.start - 1;
                    while p > ctx.start && ctx.sm.mentions.iter().any(|n| n.end == p + 1 && n.how == How::Adjective) {
                        p -= 1;
                    }
                    act_noun_at(ctx, p, trig)
                })
                // no agent inside a prepositional phrase: "لدى واشنطن معلومات عن الهجوم"،
                // "على موقع تويتر وصول فريق"
                && (trig.converse || !in_prep_phrase(ctx, m))
                // the subject of a verb just before is that verb's, not the noun's:
                // "أدان الاتحاد الأوروبي الهجوم على …" (unless the verb only carries the
                // noun: "وجهت وزارة العدل اتهامات إلى …"; a passive participle describes
                // the subject right before it: "ودحرت قوات X مدعومة من Y")
                && (trig.converse || !(cs..m.start).any(|v| {
                    v + 3 >= m.start
                        && !doc.readings[v]
                            .iter()
                            .any(|r| LIGHT_VERBS.contains(&r.stem.as_str()))
                        && doc.forms[v].iter().any(|h| {
                            Ctx::trigger_of(h.target).is_some_and(|t| {
                                let f = doc.lex.triggers[t].frame;
                                f == Frame::Verb || f == Frame::Speech
                            }) && h.end <= m.start
                        })
                }))
        })
        .copied();
    // "بدعم من X" on a whole clause: the one backed is the sentence's subject ("وتمكنت
    // قوات سوريا الديمقراطية من طرده بدعم من التحالف")
    // … and so is the one fighting in "وفي مواجهة الحوثيين"، "في الحرب على التنظيم" (a
    // phrase of circumstance on the clause)
    let circumstance = ctx.is_relation(trig, "atWarWith")
        && hit.start > ctx.start
        && matches!(doc.tokens[hit.start - 1].key.as_str(), "في" | "وفي");
    // (a participle describes the noun it follows, "الجهود المدعومة من X", so only a
    // phrase with ب stands on the clause: "بدعم من X")
    let on_clause = circumstance || trig.converse && doc.tokens[hit.start].key.starts_with('ب');
    let before = before.or_else(|| {
        (on_clause
            && hit.start > ctx.start + 3
            && !ctx.sm.mentions.iter().any(|m| m.end == hit.start))
        .then(|| sentence_subject(ctx, hit, trig))
        .flatten()
    });
    // the place after an attack noun is its target: "قصف الغوطة الشرقية" (the agent, if
    // any, is named before or as an adjective)
    if let Some(gm) = genitive.filter(|gm| {
        matches!(trig.object_type, TypeConstraint::Place)
            && gm.how == How::Name
            && matches!(doc.etype(gm.ent), EntityType::City | EntityType::Region)
    }) {
        let adj = ctx
            .sm
            .mentions
            .iter()
            .find(|m| m.start == gm.end && m.how == How::Adjective)
            .map(|m| m.ent);
        if let Some(a) = adj.or(before.map(|b| b.ent)) {
            let a = agent(ctx, a, trig);
            if ctx.fits(a, &trig.subject_type) {
                emit(ctx, trig, &[a], &[gm.ent], conf * 0.9, out);
            }
        }
        return;
    }
    let direct = trig.markers.iter().any(|m| m.is_empty());
    // "عقب لقائه نظيره الألماني": the pronoun is the agent (the person the clause is
    // about: its subject, else the last speaker), so the name after is the object
    let his = matches!(hit.enclitic, Some(Enclitic::His | Enclitic::Her));
    let possessor = his
        .then(|| {
            ctx.sm
                .mentions
                .iter()
                .rev()
                .find(|m| {
                    m.end <= hit.start
                        && doc.etype(m.ent) == EntityType::Person
                        && m.how != How::Pair
                        && !in_prep_phrase(ctx, m)
                })
                .map(|m| m.ent)
                .or(ctx.last_speaker)
                .filter(|e| doc.etype(*e) == EntityType::Person)
        })
        .flatten();
    // "وقال X، خلال جولة تفقدية في ميناء بيروت، إن": a visit in a phrase of time on the
    // clause is made by the person the clause is about, its first ("وكان عباس أبلغ
    // الرئيس الروسي خلال زيارة لموسكو" — Abbas visited)
    let during = (ctx.is_relation(trig, "visited")
        && hit.enclitic.is_none()
        && during_phrase(ctx, hit.start))
    .then(|| {
        ctx.sm.mentions.iter().find(|m| {
            m.end <= hit.start
                && doc.etype(m.ent) == EntityType::Person
                && m.how != How::Pair
                && !in_prep_phrase(ctx, m)
        })
    })
    .flatten()
    .map(|m| m.ent);
    let (agent_m, obj_from): (Option<Ent>, usize) = match genitive {
        Some(gm) if possessor.is_some() && direct && fits_object(ctx, &gm, trig) => {
            (possessor, gm.start)
        }
        // a transitive noun with its agent before: the genitive is the object (unless
        // a marked object follows it: "وأشارت الوزارة إلى دعم إيران للحوثيين", or the
        // noun is coordinated with the one before: "إرادة القيادة السعودية ومساندة
        // القيادة الإماراتية")
        Some(gm)
            if direct
                && before.is_some()
                && !hit.pro.conj
                && fits_object(ctx, &gm, trig)
                && !marked_after(ctx, &gm, trig) =>
        {
            (before.map(|b| b.ent), gm.start)
        }
        Some(gm) if fits_subject(ctx, &gm, trig) => (Some(gm.ent), gm.end),
        _ => {
            // the possessor of "هجماتهم" is the subject before it (ضاعف الحوثيون
            // هجماتهم), else the person in focus (زيارته)
            if hit.enclitic.is_some() && before.is_none() {
                (
                    ctx.last_speaker
                        .or(ctx.focus.persons.first().copied())
                        .filter(|e| doc.etype(*e) == EntityType::Person),
                    hit.end,
                )
            } else {
                (before.map(|b| b.ent).or(during), hit.end)
            }
        }
    };
    // an agent named in a relative clause: "الضربات التي نفذتها واشنطن"، "هجوم شنه الحوثيون"
    let (agent_m, obj_from) = match relative_agent(ctx, hit, ce, trig) {
        Some((m, end)) if genitive.is_none() => (Some(m.ent), end),
        _ => (agent_m, obj_from),
    };
    // an agent after ل when the target's marker follows it: "الهجوم الأخير للولايات
    // المتحدة وبريطانيا على مواقع …" (without one, ل marks the target: "الضربة لسوريا")
    let threat = ctx.is_relation(trig, "threatened");
    let lam_agent = if agent_m.is_none() && genitive.is_none() {
        ctx.sm
            .mentions
            .iter()
            .find(|m| m.start == g && m.pro.prep == Some('ل') && fits_subject(ctx, m, trig))
            .and_then(|m| {
                let end = ctx.group_end(m);
                let marker = end < ce
                    && trig
                        .markers
                        .iter()
                        .any(|mk| mk.chars().count() > 1 && doc.tokens[end].key == *mk);
                // a threat "of" someone "with" an act: "تهديد للرئيس باللجوء للقوة"
                let threat_act = threat
                    && end < ce
                    && doc.readings[end].iter().any(|r| r.pro.prep == Some('ب'))
                    && !ctx.sm.mentions.iter().any(|n| n.start == end);
                (marker || threat_act).then_some((*m, end))
            })
    } else {
        None
    };
    let (agent_m, obj_from) = match lam_agent {
        Some((m, end)) => (Some(m.ent), end),
        None => (agent_m, obj_from),
    };
    let partner = war_partner(ctx, hit, trig);
    let agent_m = agent_m.or(partner.map(|m| m.ent));
    let Some(agent_e) = agent_m else { return };
    let a = agent(ctx, agent_e, trig);
    if !ctx.fits(a, &trig.subject_type) {
        return;
    }
    // every agent of a coordinated group: "للولايات المتحدة وبريطانيا"
    let group_agents = |m: &Mention| -> Vec<Ent> {
        ctx.group(m)
            .iter()
            .filter(|x| fits_subject(ctx, x, trig))
            .map(|x| agent(ctx, x.ent, trig))
            .collect()
    };
    let mut subjects = vec![a];
    if let Some(gm) = genitive.filter(|gm| gm.ent == agent_e) {
        subjects = group_agents(&gm);
        // a row of adjectives: "ضربة أميركية فرنسية بريطانية"
        if gm.how == How::Adjective {
            let mut last = gm;
            while let Some(n) = ctx
                .sm
                .mentions
                .iter()
                .find(|n| n.start == last.end && n.how == How::Adjective)
            {
                if fits_subject(ctx, n, trig) {
                    subjects.push(agent(ctx, n.ent, trig));
                }
                last = *n;
            }
        }
    } else if let Some(b) = before.filter(|b| b.ent == agent_e) {
        // a coordinated agent before the noun: "فرنسا والولايات المتحدة وبريطانيا قررت شن الضربات"
        if let Some(first) = ctx
            .sm
            .mentions
            .iter()
            .filter(|m| m.start >= cs && m.end <= b.end)
            .find(|m| {
                ctx.group(m)
                    .iter()
                    .any(|g| g.start == b.start && g.ent == b.ent)
            })
        {
            subjects = group_agents(first);
        }
    } else if let Some((lm, _)) = lam_agent {
        subjects = group_agents(&lm);
    } else if let Some(rm) = relative_agent(ctx, hit, ce, trig).filter(|(m, _)| m.ent == agent_e) {
        subjects = group_agents(&rm.0);
    }
    // an ally shares its partner's war: "X حليف للولايات المتحدة في الحرب على Y" → the
    // United States is at war with Y too
    if let Some(partner) = partner {
        for a in group_agents(&partner) {
            if !subjects.contains(&a) {
                subjects.push(a);
            }
        }
    }
    subjects.dedup();
    // an agent in apposition closes with a comma before the object's marker: "مكالمة
    // العاهل السعودي، الملك سلمان، مع الرئيس التركي"
    // (past the rest of a name the lexicon stopped short of: "… سلمان بن عبدالعزيز آل سعود،")
    let comma = clause_end(ctx, obj_from);
    let (obj_from, ce) = if comma + 1 < ctx.end
        && comma <= obj_from + 3
        && ctx.is_comma(comma)
        && !ctx
            .sm
            .mentions
            .iter()
            .any(|m| obj_from <= m.start && m.start < comma)
        && (trig
            .markers
            .iter()
            .any(|mk| mk.chars().count() > 1 && doc.tokens[comma + 1].key == *mk)
            // … or before a direct object: "حضور رئيس الوزراء، فلان، حفل التنصيب"
            || direct
                && ctx.sm.mentions.iter().any(|m| {
                    m.start == comma + 1 && m.pro.prep.is_none() && fits_object(ctx, m, trig)
                })) {
        (comma + 1, clause_end(ctx, comma + 1))
    } else {
        (obj_from, ce)
    };
    if trig.target_owner {
        let owners = target_owners(ctx, obj_from, ce, &subjects);
        emit(ctx, trig, &subjects, &owners, conf * 0.85, out);
    }
    match find_object(ctx, obj_from, ce, trig, &subjects) {
        Some(o) => {
            let objects = objects_of(ctx, &o, trig);
            emit(ctx, trig, &subjects, &objects, conf * 0.95, out);
        }
        None if threat => {
            if let Some(o) = conditional_target(ctx, obj_from) {
                emit(ctx, trig, &subjects, &[o.ent], conf * 0.9, out);
            }
        }
        None => {
            // a visit whose place is said before it: "في هاربين خلال زيارة" (not when
            // the noun names a destination of its own: "وصول إيران إلى العديد من البلدان")
            let own_destination = (hit.end..(obj_from + 2).min(ctx.end))
                .any(|p| matches!(doc.tokens[p].key.as_str(), "الي" | "الى"));
            if trig.place_before && !own_destination {
                if let Some(pl) = ctx.sm.mentions.iter().rev().find(|m| {
                    m.end <= hit.start
                        && m.start >= cs
                        && doc.etype(m.ent).is_place()
                        && m.start > 0
                        && doc.tokens[m.start - 1].key == "في"
                }) {
                    emit(ctx, trig, &subjects, &[pl.ent], conf * 0.8, out);
                }
            }
        }
    }
}

/// The partner of an ally named right before a war noun: "حليف للولايات المتحدة في الحرب
/// على …" (the ally noun, its ل-partner, then في).
fn war_partner(ctx: &Ctx, hit: &FormHit, trig: &Trigger) -> Option<Mention> {
    let doc = ctx.doc;
    if !ctx.is_relation(trig, "atWarWith")
        || hit.start < ctx.start + 3
        || doc.tokens[hit.start - 1].key != "في"
    {
        return None;
    }
    ctx.sm
        .mentions
        .iter()
        .find(|m| {
            m.pro.prep == Some('ل')
                && m.start > ctx.start
                && ctx.group_end(m) + 1 == hit.start
                && ctx
                    .triggers_at(m.start - 1)
                    .any(|a| a.frame == Frame::Noun && ctx.is_relation(a, "cooperatesWith"))
        })
        .copied()
}

/// Who a threat is aimed at when no object follows it: the subject of the condition it
/// sets, "باللجوء إلى القوة إذا لم تنسحب قوات سوريا الديمقراطية" (إذا لم، إن لم، ما لم).
fn conditional_target(ctx: &Ctx, from: usize) -> Option<Mention> {
    let doc = ctx.doc;
    let until = ctx.end.min(from + 12);
    let p = (from..until.saturating_sub(2))
        .take_while(|&p| !ctx.is_boundary(p))
        .find(|&p| {
            matches!(doc.tokens[p].key.as_str(), "اذا" | "ان" | "ما")
                && doc.tokens[p + 1].key == "لم"
        })?;
    let after = skip_adverbs(ctx, p + 3);
    ctx.sm
        .mentions
        .iter()
        .find(|m| {
            m.start == after
                && m.pro.prep.is_none()
                && m.how != How::Described
                && matches!(
                    doc.etype(m.ent),
                    EntityType::Person | EntityType::Country | EntityType::Organization
                )
        })
        .copied()
}

/// Nouns of a group sent by a body (match keys): a delegation, team, mission, committee.
const TEAM_NOUNS: &[&str] = &[
    "وفد",
    "وفدا",
    "فريق",
    "فريقا",
    "بعثه",
    "لجنه",
    "الوفد",
    "الفريق",
    "البعثه",
    "اللجنه",
];

/// Whether `m` names the body a team comes from: "وفد من الاتحاد الأوروبي"، "فريقا أمنيا
/// من الأمم المتحدة" (a team noun, at most one plain word, then من) — the team acts for it.
fn team_of(ctx: &Ctx, m: &Mention) -> bool {
    let doc = ctx.doc;
    if m.how != How::Name
        || m.pro.prep.is_some()
        || !matches!(
            doc.etype(m.ent),
            EntityType::Organization | EntityType::Country
        )
        || m.start < ctx.start + 2
        || doc.tokens[m.start - 1].key != "من"
    {
        return false;
    }
    let team = |p: usize| TEAM_NOUNS.contains(&doc.tokens[p].key.as_str());
    team(m.start - 2)
        || m.start >= ctx.start + 3
            && team(m.start - 3)
            && doc.tokens[m.start - 2].kind == TokenKind::Word
            && doc.is_plain(m.start - 2)
            && !ctx.sm.mentions.iter().any(|n| n.start == m.start - 2)
}

/// Where a backing phrase at `p` ends ("بدعم من X"، "بمساندة من X": a converse noun
/// and its agent), so what follows it is read as if the phrase were not there.
fn backing_phrase(ctx: &Ctx, p: usize, ce: usize) -> Option<usize> {
    let doc = ctx.doc;
    if p >= ce {
        return None;
    }
    let h = doc.forms[p].iter().find(|h| {
        Ctx::trigger_of(h.target).is_some_and(|t| {
            let t = &doc.lex.triggers[t];
            t.converse && t.frame == Frame::Noun && t.markers.iter().any(|m| m == "من")
        })
    })?;
    let after = h.end;
    if after + 1 >= ce || doc.tokens[after].key != "من" {
        return None;
    }
    // the backer right after من, or after the noun of its forces (من قوات إريترية)
    let at = past_forces(ctx, after + 1, ce);
    ctx.mentions_in(at, at + 1).next().map(|m| m.end)
}

/// Past a plain noun of forces at `p` (قوات التحالف → التحالف), when a word follows it
/// in the clause: forces stand for whom they are named after. A name that starts with
/// such a noun (قوات سوريا الديمقراطية) is not passed.
fn past_forces(ctx: &Ctx, p: usize, ce: usize) -> usize {
    if p + 1 < ce
        && ctx.doc.class_at(p, WordClass::ForcesNoun).is_some()
        && !ctx.sm.mentions.iter().any(|m| m.start == p)
    {
        p + 1
    } else {
        p
    }
}

/// Whether token `p`, right after a comma, opens an aside: a relative pronoun (الذي), a
/// preposition, or a word read only whole or with a preposition prefix (بدعم، بقيادة).
fn opens_aside(ctx: &Ctx, p: usize) -> bool {
    let doc = ctx.doc;
    let key = doc.tokens[p].key.as_str();
    let readings = &doc.readings[p];
    doc.lex.word_is(key, WordClass::Relative)
        || PREPOSITIONS.contains(&key)
        || readings
            .iter()
            .all(|r| r.pro.prep.is_some() || r.stem == key)
            && readings.iter().any(|r| r.pro.prep.is_some())
}

/// The subject before an aside set off by commas that opens with a plain word: in "وكانت
/// الولايات المتحدة، بقيادة ترامب، قد انسحبت" the subject is the United States, not the
/// name inside the aside (an aside that is itself a name, "الرئيس، دونالد ترامب، قد",
/// is the subject).
fn past_aside(ctx: &Ctx, m: Mention, trig: &Trigger) -> Mention {
    let mut open = m.start;
    while open > ctx.start && !ctx.is_comma(open - 1) && !ctx.is_boundary(open - 1) {
        open -= 1;
    }
    if open == m.start
        || open <= ctx.start + 1
        || !ctx.is_comma(open - 1)
        || ctx
            .sm
            .mentions
            .iter()
            .any(|n| n.start <= open && open < n.end)
        || m.start - open > 3
    {
        return m;
    }
    ctx.sm
        .mentions
        .iter()
        .find(|n| n.end + 1 == open && fits_subject(ctx, n, trig) && n.pro.prep.is_none())
        .copied()
        .unwrap_or(m)
}

/// Past plain nouns and adjectives that name no one (القوات الحكومية، المتمردين، مسلحي),
/// up to `limit`: where the name or nisba of a party may follow ("القوات الحكومية
/// اليمنية"، "المتمردين الحوثيين"، "مسلحي تنظيم الدولة").
fn plain_nouns_end(ctx: &Ctx, from: usize, limit: usize) -> usize {
    let doc = ctx.doc;
    let mut q = from;
    while q < limit
        && doc.tokens[q].kind == TokenKind::Word
        && doc.is_plain(q)
        && !doc.lex.word_is(&doc.tokens[q].key, WordClass::Relative)
        && !ctx.sm.mentions.iter().any(|m| m.start == q)
    {
        q += 1;
    }
    q
}

/// Whether a mention is the object of a preposition, or the genitive of one
/// ("لدى واشنطن"، "على موقع تويتر"، "في بيان للخارجية").
fn in_prep_phrase(ctx: &Ctx, m: &Mention) -> bool {
    let doc = ctx.doc;
    if m.pro.prep.is_some() {
        return true;
    }
    let word = |i: usize| doc.tokens[i].key.as_str();
    let prep_word = |i: usize| PREPOSITIONS.contains(&word(i)) || word(i) == "لدى";
    if m.start > ctx.start && prep_word(m.start - 1) {
        return true;
    }
    m.start > ctx.start + 1
        && prep_word(m.start - 2)
        && doc.tokens[m.start - 1].kind == TokenKind::Word
        && !doc.tokens[m.start - 1].key.starts_with("ال")
        // a verbal noun's genitive is its agent: "بعد تلويح واشنطن بفرض عقوبات"
        && doc.forms[m.start - 1].is_empty()
        && !ctx.sm.mentions.iter().any(|n| n.end == m.start)
}

/// The agent named in a relative clause after an act noun, and where its clause goes on:
/// "الضربات التي نفذتها الولايات المتحدة"، "هجوم صاروخي شنه الحوثيون على ناقلة".
fn relative_agent(ctx: &Ctx, hit: &FormHit, ce: usize, trig: &Trigger) -> Option<(Mention, usize)> {
    let doc = ctx.doc;
    let mut j = hit.end;
    // past one or two adjectives of the noun
    while j < ce.min(hit.end + 2)
        && doc.tokens[j].kind == TokenKind::Word
        && !doc.lex.word_is(&doc.tokens[j].key, WordClass::Relative)
        && !ctx.sm.mentions.iter().any(|m| m.start == j)
        && doc.is_plain(j)
        && !doc.readings[j]
            .iter()
            .any(|r| r.enclitic.is_some() && LIGHT_VERBS.contains(&r.stem.as_str()))
    {
        j += 1;
    }
    if j < ce && doc.lex.word_is(&doc.tokens[j].key, WordClass::Relative) {
        j += 1;
    }
    if j >= ce {
        return None;
    }
    let light = doc.readings[j]
        .iter()
        .any(|r| r.enclitic.is_some() && LIGHT_VERBS.contains(&r.stem.as_str()) && !r.pro.future);
    if !light {
        return None;
    }
    // (forces named after their state or body: "الضربات التي وجهتها قوات التحالف")
    let after = past_forces(ctx, skip_adverbs(ctx, j + 1), ce);
    let m = ctx
        .sm
        .mentions
        .iter()
        .find(|m| m.start == after && m.pro.prep.is_none() && fits_subject(ctx, m, trig))?;
    let g = ctx.group(m);
    Some((*m, g.last().map_or(m.end, |x| x.end)))
}

/// Whether a mention introduced by one of the trigger's prepositions follows the group
/// `m` opens: "دعم إيران للحوثيين" (so `m` is the agent, not the object).
fn marked_after(ctx: &Ctx, m: &Mention, trig: &Trigger) -> bool {
    let end = ctx.group_end(m);
    ctx.sm.mentions.iter().any(|n| {
        n.start == end
            && n.pro.prep.is_some()
            && marked(ctx, n, &trig.markers)
            && fits_object(ctx, n, trig)
    })
}

/// Whether the noun at `p` opens a phrase of time on its clause: "خلال جولة"، "أثناء
/// زيارة"، "خلال عملية تفقد" (one indefinite noun may stand between).
fn during_phrase(ctx: &Ctx, p: usize) -> bool {
    let doc = ctx.doc;
    let opens = |i: usize| {
        matches!(
            doc.tokens[i].key.as_str(),
            "خلال" | "اثناء" | "وخلال" | "واثناء"
        )
    };
    p > ctx.start && opens(p - 1)
        || p > ctx.start + 1
            && opens(p - 2)
            && doc.tokens[p - 1].kind == TokenKind::Word
            && !doc.tokens[p - 1].key.starts_with("ال")
            && doc.is_plain(p - 1)
}

/// The antecedent of a relative pronoun right before `hit`, as the verb's subject: a name
/// ("إيران، التي تدعم"), or forces owned by a pronoun, whose owner is the sentence's
/// subject ("وتستخدم روسيا القاعدة مقرا لقواتها التي تدعم الأسد"). An unnamed antecedent
/// ("الدول التي تدعم الإرهاب") gives none.
fn antecedent(ctx: &Ctx, hit: &FormHit, trig: &Trigger) -> Option<Mention> {
    let doc = ctx.doc;
    let rel = hit.start - 1;
    let named = ctx.sm.mentions.iter().rev().find(|m| {
        (m.end == rel || m.end + 1 == rel && ctx.is_comma(m.end))
            && m.pro.prep.is_none()
            && fits_subject(ctx, m, trig)
    });
    if named.is_some() {
        return named.copied();
    }
    let owned_forces = rel > ctx.start
        && doc.readings[rel - 1].iter().any(|r| {
            matches!(r.enclitic, Some(Enclitic::His | Enclitic::Her))
                && doc.lex.word_is(&r.stem, WordClass::ForcesNoun)
        });
    if owned_forces {
        sentence_subject(ctx, hit, trig)
    } else {
        None
    }
}

/// The subject a coordinated verb shares with the sentence's first clause: "وتسيطر قوات
/// سوريا الديمقراطية على مناطق واسعة، وقد خاضت المعارك ضد التنظيم" — a verb with و and no
/// subject of its own, in a sentence that opens with its subject (before or right after
/// the first verb) and reports no one's words in between.
fn shared_subject(ctx: &Ctx, hit: &FormHit, trig: &Trigger) -> Option<Mention> {
    let doc = ctx.doc;
    if hit.start < ctx.start + 3 {
        return None;
    }
    let before = doc.tokens[hit.start - 1].key.as_str();
    if !(hit.pro.conj || matches!(before, "وقد" | "ثم" | "كما")) {
        return None;
    }
    sentence_subject(ctx, hit, trig)
}

/// The subject the sentence opens with (before or right after its first verb), when no
/// one's words are reported before `hit`: the subject of a coordinated verb, or of a
/// phrase on the whole clause ("وتمكنت من طرده منها بدعم من التحالف").
fn sentence_subject(ctx: &Ctx, hit: &FormHit, trig: &Trigger) -> Option<Mention> {
    let doc = ctx.doc;
    let speech_between = (ctx.start..hit.start).any(|p| {
        doc.class_at(p, WordClass::Complementizer).is_some()
            || ctx.opens_words(p)
            || ctx.is_speech_word(p)
    });
    if speech_between {
        return None;
    }
    let first = ctx
        .sm
        .mentions
        .iter()
        .find(|m| m.start >= ctx.start && m.start <= ctx.start + 1)?;
    // the first word is the verb when the subject follows it (a mention right after)
    let opens = first.start == ctx.start
        || doc.tokens[ctx.start].kind == TokenKind::Word
            && !ctx.sm.mentions.iter().any(|m| m.start == ctx.start)
            && doc.readings[ctx.start]
                .iter()
                .any(|r| r.pro.conj || r.stem.starts_with(['ت', 'ي']));
    (opens
        && first.end < hit.start
        && first.pro.prep.is_none()
        && first.how != How::Pair
        && fits_subject(ctx, first, trig))
    .then_some(*first)
}

/// "قالت مصادر في وحدات حماية الشعب إنها توصلت إلى اتفاق مع دمشق": a verb right after a
/// complementizer that carries the subject pronoun (إنه، إنها، بأنه) has the sentence's
/// speaker as its subject.
fn speaker_subject(ctx: &Ctx, hit: &FormHit, trig: &Trigger, out: &mut Vec<Fact>) {
    let doc = ctx.doc;
    let Some(speaker) = ctx.sentence_speaker else {
        return;
    };
    if hit.start <= ctx.start {
        return;
    }
    let p = hit.start - 1;
    let pronoun = doc.readings[p].iter().any(|r| {
        matches!(r.enclitic, Some(Enclitic::His | Enclitic::Her))
            && matches!(r.stem.as_str(), "ان" | "بان" | "لان")
    });
    if !pronoun || !ctx.fits(agent(ctx, speaker, trig), &trig.subject_type) {
        return;
    }
    let subjects = [agent(ctx, speaker, trig)];
    let ce = clause_end(ctx, hit.end);
    if let Some(o) = find_object(ctx, hit.end, ce, trig, &subjects) {
        let objects = objects_of(ctx, &o, trig);
        emit(ctx, trig, &subjects, &objects, trig.confidence * 0.85, out);
    }
}

/// The object found and those coordinated with it ("على سوريا والعراق"), as the
/// entities the relation takes.
fn objects_of(ctx: &Ctx, o: &Mention, trig: &Trigger) -> Vec<Ent> {
    ctx.group(o)
        .iter()
        .filter(|m| fits_object(ctx, m, trig))
        .map(|m| object_ent(ctx, m.ent, trig))
        .collect()
}

/// "ترامب يصعد في الحرب التجارية.. ويلوح بضربة جديدة ضد الصين": a sentence that opens
/// with و and a present-tense masculine verb and names no subject goes on about the
/// person in focus (the one named last before it), as a dropped-subject speech verb does.
fn topic_subject(ctx: &Ctx, hit: &FormHit, trig: &Trigger, out: &mut Vec<Fact>) {
    let doc = ctx.doc;
    let key = doc.tokens[hit.start].key.as_str();
    if hit.start != ctx.start || !hit.pro.conj || !key.starts_with("وي") {
        return;
    }
    let Some(&person) = ctx.focus.persons.first() else {
        return;
    };
    let a = agent(ctx, person, trig);
    if !ctx.fits(a, &trig.subject_type) {
        return;
    }
    let subjects = [a];
    let ce = clause_end(ctx, hit.end);
    if let Some(o) = find_object(ctx, hit.end, ce, trig, &subjects) {
        let objects = objects_of(ctx, &o, trig);
        emit(ctx, trig, &subjects, &objects, trig.confidence * 0.7, out);
    }
}

/// Agents after "مع" who share the act: "وقعه بوتين مع شي"، "وقع X مع Y اتفاقية".
fn co_agents<'a>(
    ctx: &'a Ctx,
    from: usize,
    until: usize,
    trig: &'a Trigger,
) -> impl Iterator<Item = Ent> + 'a {
    let with = ["مع".to_string()];
    ctx.mentions_in(from, until)
        .filter(move |m| marked(ctx, m, &with) && fits_subject(ctx, m, trig))
        .map(move |m| agent(ctx, m.ent, trig))
}
