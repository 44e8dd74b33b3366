//! The lexicon: entities, adjectives, titles, triggers and word classes, read at run
//! time from the Turtle files of an ontology folder (`ontology/` by default).
//!
//! Everything the extractor matches comes from here, so a user adds an entity, an alias
//! or a trigger word by editing a `.ttl` file, without recompiling. Loading compiles
//! the names into hash indexes over match keys, once, to be shared by every thread; the
//! command line keeps the compiled lexicon in a cache (`cache`), so that a run parses
//! the Turtle files only when they or the program changed.

mod cache;
mod load;

use rustc_hash::{FxHashMap as HashMap, FxHashSet};
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

pub use cache::{default_cache_dir, load_dir_cached};
pub use load::{keys_of, load_dir};

/// Why an ontology folder could not be loaded.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum LexiconError {
    /// A file or folder could not be read.
    #[error("cannot read {path}: {source}")]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// A Turtle file does not parse.
    #[error("{path}: invalid Turtle: {message}")]
    Parse {
        /// The file.
        path: PathBuf,
        /// The parser's message, with its position.
        message: String,
    },
    /// The files parse but say something the extractor cannot use.
    #[error("{path}: {message}")]
    Invalid {
        /// The file or folder.
        path: PathBuf,
        /// What is wrong.
        message: String,
    },
}

/// Index of an entity in [`Lexicon::entities`].
pub type EntityId = u32;

/// The type of an entity: the ontology class it belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum EntityType {
    /// isnad:Person
    Person,
    /// isnad:Country
    Country,
    /// isnad:City
    City,
    /// isnad:Region
    Region,
    /// isnad:Organization
    Organization,
    /// isnad:Outlet
    Outlet,
    /// isnad:Event
    Event,
    /// isnad:Agreement
    Agreement,
    /// isnad:Action
    Action,
    /// isnad:Statement
    Statement,
    /// isnad:Position
    Position,
}

impl EntityType {
    /// The class's local name in the ontology.
    pub fn local_name(self) -> &'static str {
        match self {
            Self::Person => "Person",
            Self::Country => "Country",
            Self::City => "City",
            Self::Region => "Region",
            Self::Organization => "Organization",
            Self::Outlet => "Outlet",
            Self::Event => "Event",
            Self::Agreement => "Agreement",
            Self::Action => "Action",
            Self::Statement => "Statement",
            Self::Position => "Position",
        }
    }

    /// Parses a class local name.
    pub fn from_local_name(s: &str) -> Option<Self> {
        Some(match s {
            "Person" => Self::Person,
            "Country" => Self::Country,
            "City" => Self::City,
            "Region" => Self::Region,
            "Organization" => Self::Organization,
            "Outlet" => Self::Outlet,
            "Event" => Self::Event,
            "Agreement" => Self::Agreement,
            "Action" => Self::Action,
            "Statement" => Self::Statement,
            "Position" => Self::Position,
            _ => return None,
        })
    }

    /// Whether entities of this type can act (subjects of most relations).
    pub fn is_agent(self) -> bool {
        matches!(
            self,
            Self::Person | Self::Country | Self::Region | Self::Organization | Self::Outlet
        )
    }

    /// Whether entities of this type are places.
    pub fn is_place(self) -> bool {
        matches!(self, Self::Country | Self::City | Self::Region)
    }

    /// Whether a value of this type fits where the ontology asks for `wanted`
    /// (Agent and Place are the two abstract classes).
    pub fn fits(self, wanted: TypeConstraint) -> bool {
        match wanted {
            TypeConstraint::Any => true,
            TypeConstraint::Agent => self.is_agent(),
            TypeConstraint::Place => self.is_place() || self == Self::Organization,
            TypeConstraint::Exactly(ref set) => set.contains(&self),
        }
    }

    /// Priority when one name belongs to entities of several types (الجزائر: the
    /// country before the city).
    pub fn priority(self) -> u8 {
        match self {
            Self::Country => 0,
            Self::Person => 1,
            Self::Organization => 2,
            Self::Region => 3,
            Self::Outlet => 4,
            Self::City => 5,
            _ => 6,
        }
    }
}

/// What type a relation's subject or object must have.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum TypeConstraint {
    /// No restriction.
    #[default]
    Any,
    /// Person, Country, Region, Organization or Outlet.
    Agent,
    /// Country, City or Region (or an organization's site).
    Place,
    /// One of these types.
    Exactly(Vec<EntityType>),
}

/// The kind of an office (the `isnad:roleKind` of a term or a title).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum RoleKind {
    /// Presidents, kings, emirs, supreme leaders.
    HeadOfState,
    /// Prime ministers, premiers, chancellors.
    HeadOfGovernment,
    /// Foreign ministers, secretaries of state.
    ForeignMinister,
    /// Defence ministers and secretaries.
    DefenseMinister,
    /// Finance ministers.
    FinanceMinister,
    /// Interior ministers.
    InteriorMinister,
    /// Any other minister.
    Minister,
    /// Spokespeople.
    Spokesperson,
    /// Leaders of organizations, parties, armed groups.
    Leader,
    /// Secretaries-general.
    SecretaryGeneral,
    /// Crown princes.
    CrownPrince,
    /// Vice presidents.
    VicePresident,
    /// Envoys, ambassadors, representatives.
    Envoy,
    /// Any other office named by a title.
    Official,
    /// A military rank or a profession (العقيد، الكاتب): it names a person, but is no office.
    Descriptor,
}

impl RoleKind {
    /// Parses a role kind local name.
    pub fn from_local_name(s: &str) -> Option<Self> {
        Some(match s {
            "HeadOfState" => Self::HeadOfState,
            "HeadOfGovernment" => Self::HeadOfGovernment,
            "ForeignMinister" => Self::ForeignMinister,
            "DefenseMinister" => Self::DefenseMinister,
            "FinanceMinister" => Self::FinanceMinister,
            "InteriorMinister" => Self::InteriorMinister,
            "Minister" => Self::Minister,
            "Spokesperson" => Self::Spokesperson,
            "Leader" => Self::Leader,
            "SecretaryGeneral" => Self::SecretaryGeneral,
            "CrownPrince" => Self::CrownPrince,
            "VicePresident" => Self::VicePresident,
            "Envoy" => Self::Envoy,
            "Official" => Self::Official,
            "Descriptor" => Self::Descriptor,
            _ => return None,
        })
    }
}

/// A date as a sortable number `yyyymmdd` (the precision the lexicon gives).
pub type DateNum = u32;

/// Parses the date part of an ISO 8601 date or date-time into a [`DateNum`].
pub fn date_num(s: &str) -> Option<DateNum> {
    let d = s.get(..10).unwrap_or(s);
    let mut it = d.split('-');
    let y: u32 = it.next()?.parse().ok()?;
    let m: u32 = it.next().map_or(Some(1), |x| x.parse().ok())?;
    let day: u32 = it.next().map_or(Some(1), |x| x.parse().ok())?;
    (1000..=9999)
        .contains(&y)
        .then_some(y * 10000 + m * 100 + day)
}

/// One term of office.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Role {
    /// What kind of office.
    pub kind: RoleKind,
    /// The country or body it is of.
    pub of: Option<EntityId>,
    /// First day, if known.
    pub from: Option<DateNum>,
    /// Last day; `None` while the term runs.
    pub until: Option<DateNum>,
}

impl Role {
    /// Whether the term covers `date` (an unknown date matches a running term).
    pub fn covers(&self, date: Option<DateNum>) -> bool {
        match date {
            None => self.until.is_none(),
            Some(d) => self.from.is_none_or(|f| f <= d) && self.until.is_none_or(|u| d <= u),
        }
    }
}

/// An entity of the lexicon.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    /// Its IRI.
    pub iri: String,
    /// Its class.
    pub etype: EntityType,
    /// Preferred English label.
    pub label_en: Option<String>,
    /// Preferred Arabic label.
    pub label_ar: Option<String>,
    /// The country of a city or institution.
    pub country: Option<EntityId>,
    /// The capital of a country.
    pub capital: Option<EntityId>,
    /// Terms of office of a person.
    pub roles: Vec<Role>,
    /// The masculine definite adjective (الروسي), for building titles.
    pub adjective: Option<String>,
    /// Whether the lexicon says the person is a woman (for title agreement).
    pub female: bool,
    /// The body nouns (match keys, without the article) that open its Arabic names of two
    /// words or more: the head noun a later bare reference may use ("حماس" is also "حركة
    /// المقاومة الإسلامية", so a later "الحركة" can be Hamas).
    pub heads: Vec<String>,
}

/// How a trigger reads the clause around it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Frame {
    /// A finite verb.
    Verb,
    /// A verbal noun.
    Noun,
    /// A speech verb or participle.
    Speech,
}

/// A relation of the ontology, as the extractor needs it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RelationDef {
    /// Local name (`visited`).
    pub name: String,
    /// Whether `owl:SymmetricProperty`.
    pub symmetric: bool,
    /// What the subject must be.
    pub domain: TypeConstraint,
    /// What the object must be.
    pub range: TypeConstraint,
}

/// A trigger: the forms of a word that signal a relation, and how to read around it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Trigger {
    /// Its id (the local name in triggers.ttl), reported as the rule.
    pub id: String,
    /// Index into [`Lexicon::relations`].
    pub relation: usize,
    /// How to read the clause.
    pub frame: Frame,
    /// Prepositions that introduce the object; an empty string allows a direct object.
    pub markers: Vec<String>,
    /// The sentence must contain one of these keys (if any are given).
    pub cues: Vec<String>,
    /// The sentence must contain none of these keys.
    pub not_cues: Vec<String>,
    /// The trigger does not count when the next word is one of these keys.
    pub not_next: Vec<String>,
    /// Subject type restriction (else the relation's domain).
    pub subject_type: TypeConstraint,
    /// Object type restriction (else the relation's range).
    pub object_type: TypeConstraint,
    /// The object found is the subject of the fact.
    pub converse: bool,
    /// A person agent stands for their state (state-level relations).
    pub agent_as_state: bool,
    /// Agents named after "مع" share the act (signing together).
    pub co_agents: bool,
    /// With no place after it, a place named before the noun in its clause is the
    /// object ("في هاربين خلال زيارة").
    pub place_before: bool,
    /// The owner of the targets hit is hit too: "قصفت إسرائيل مواقع لحزب الله" →
    /// Hezbollah was attacked (`isnad:targetOwner`).
    pub target_owner: bool,
    /// How reliable the trigger has proved.
    pub confidence: f32,
}

/// A word class of words.ttl.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum WordClass {
    /// Negation.
    Negator,
    /// Conditional, question, possibility.
    Hedge,
    /// Future, plan, intent.
    Future,
    /// Threat of an act.
    ThreatCue,
    /// Opens reported speech.
    Complementizer,
    /// Ends an unknown name.
    FunctionWord,
    /// "the two presidents".
    PairPersons,
    /// "the two countries".
    PairStates,
    /// "his counterpart".
    Counterpart,
    /// Head of a described document.
    AgreementHead,
    /// Head of a described event.
    EventHead,
    /// Head of a described action.
    ActionHead,
    /// Head of a described group of organizations.
    OrgHead,
    /// A place noun before a name (مدينة).
    PlaceNoun,
    /// "accompanied by".
    Accompany,
    /// "which includes" (members of a delegation).
    Includes,
    /// A population figure follows.
    PopulationCue,
    /// A place noun standing for the place in focus.
    FocusPlace,
    /// Thousand, million, billion.
    Multiplier,
    /// A time adverb.
    TimeWord,
    /// Nouns of a channel of speech (تغريدة، بيان، مقابلة): "في تغريدة لـX … قال" → X said.
    SpeechChannel,
    /// Attribution of a report (بحسب، وفق).
    Attribution,
    /// An unnamed source (مصادر، مسؤول).
    SourceNoun,
    /// A document that speaks for its author (تقرير، بيان): "يقول تقرير للأمم المتحدة إن"
    /// → the United Nations said.
    DocumentNoun,
    /// A verbal noun of saying (قول): "بعد قول الوزير X إن …" → X said.
    SayingNoun,
    /// What is hit in an attack, owned by someone (مواقع، أهداف، مقرات).
    TargetNoun,
    /// "It came in" before a document (جاء في بيان ل X أن): the document's author speaks.
    AppearsIn,
    /// A relative pronoun (الذي، التي).
    Relative,
    /// A former office (السابق، الأسبق).
    Former,
    /// "still" after a negator (لا يزال).
    Still,
    /// Particles that stand before a verb (قد، لقد): "X، قد انسحب" keeps X as subject.
    VerbParticle,
    /// Nouns of armed forces (قوات، ميليشيات، طائرات): forces of X act for X.
    ForcesNoun,
    /// Verbs of describing (وصف): "وصف X Y بأنه …" describes Y.
    Describe,
    /// Verbs of meeting with or undergoing (قوبل، تعرض): "تعرض X لانتقادات من Y".
    Undergo,
    /// Words of disapproval in a description (غير حقيقية، أوهام، مؤسف).
    Disapproval,
    /// Verbs of wrongdoing (انتهك، ارتكب، تدخلت في): a speaker who says an actor did so
    /// accuses it.
    Wrongdoing,
    /// "Affiliated to, loyal to" (التابعة ل، الموالية ل): forces so named act for the one
    /// named after ل.
    Affiliated,
    /// "قوله": the words quoted from the person named before (نقلت عن X قوله).
    QuoteNoun,
    /// Impersonal phrases that look like speech but have no speaker (يذكر أن).
    Impersonal,
    /// Future time words after a trigger (الأسبوع المقبل): the event is only planned.
    FutureTime,
    /// Adjectives of rank between a title and the name (المسؤول الكردي البارز X).
    RankAdjective,
    /// Verbs of relaying what someone said (نقلت الوكالة عن X أن …): X is the speaker.
    Relay,
    /// Words that open a subordinate clause (حيث، عندما): a name before one is not the
    /// subject of the verb after it.
    Subordinator,
    /// Quantifiers before من (العديد من، بعض): the noun after is a plural, not a dual.
    Quantifier,
    /// Words of condemnation (العدوان، الإرهابي، تنتهك): said of an actor inside a
    /// statement, the speaker criticizes it.
    Pejorative,
    /// Names of weekdays (الخميس): with a present-tense journey verb, a schedule.
    Weekday,
    /// Head nouns of named bodies (وكالة، حزب، وزارة): "الوكالة" alone later refers back
    /// to the body the article named with that head.
    BodyNoun,
    /// Adjectives that describe a body without naming another (الدولية، الأممية):
    /// "المنظمة الدولية" still refers back to the organization named before.
    BodyEpithet,
    /// The answer of a counterfactual (لكانت، لكان): "لولا دعم التحالف لكانت المناطق
    /// تحت سيطرة الحوثيين" — a new clause, so no object of the support noun follows it.
    Apodosis,
}

impl WordClass {
    fn from_local_name(s: &str) -> Option<Self> {
        Some(match s {
            "Negator" => Self::Negator,
            "Hedge" => Self::Hedge,
            "Future" => Self::Future,
            "ThreatCue" => Self::ThreatCue,
            "Complementizer" => Self::Complementizer,
            "FunctionWord" => Self::FunctionWord,
            "PairPersons" => Self::PairPersons,
            "PairStates" => Self::PairStates,
            "Counterpart" => Self::Counterpart,
            "AgreementHead" => Self::AgreementHead,
            "EventHead" => Self::EventHead,
            "ActionHead" => Self::ActionHead,
            "OrgHead" => Self::OrgHead,
            "PlaceNoun" => Self::PlaceNoun,
            "Accompany" => Self::Accompany,
            "Includes" => Self::Includes,
            "PopulationCue" => Self::PopulationCue,
            "FocusPlace" => Self::FocusPlace,
            "Multiplier" => Self::Multiplier,
            "TimeWord" => Self::TimeWord,
            "SpeechChannel" => Self::SpeechChannel,
            "Attribution" => Self::Attribution,
            "SourceNoun" => Self::SourceNoun,
            "DocumentNoun" => Self::DocumentNoun,
            "SayingNoun" => Self::SayingNoun,
            "TargetNoun" => Self::TargetNoun,
            "AppearsIn" => Self::AppearsIn,
            "Relative" => Self::Relative,
            "Former" => Self::Former,
            "Still" => Self::Still,
            "VerbParticle" => Self::VerbParticle,
            "ForcesNoun" => Self::ForcesNoun,
            "Describe" => Self::Describe,
            "Undergo" => Self::Undergo,
            "Disapproval" => Self::Disapproval,
            "Wrongdoing" => Self::Wrongdoing,
            "Affiliated" => Self::Affiliated,
            "QuoteNoun" => Self::QuoteNoun,
            "Impersonal" => Self::Impersonal,
            "FutureTime" => Self::FutureTime,
            "RankAdjective" => Self::RankAdjective,
            "Relay" => Self::Relay,
            "BodyNoun" => Self::BodyNoun,
            "BodyEpithet" => Self::BodyEpithet,
            "Apodosis" => Self::Apodosis,
            "Weekday" => Self::Weekday,
            "Pejorative" => Self::Pejorative,
            "Subordinator" => Self::Subordinator,
            "Quantifier" => Self::Quantifier,
            _ => return None,
        })
    }
}

/// A title: words naming an office before a person's name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Title {
    /// Its id in words.ttl.
    pub id: String,
    /// The office kind.
    pub kind: RoleKind,
    /// English title word ("President").
    pub label_en: String,
    /// Whether the title is usually followed by what it is of (وزير الصحة، المتحدث باسم …).
    pub takes_complement: bool,
}

/// What a multi-word form points to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum FormTarget {
    /// A trigger (index into [`Lexicon::triggers`]).
    Trigger(usize),
    /// A word class.
    Class(WordClass),
    /// A title (index into [`Lexicon::titles`]).
    Title(usize),
}

/// A sequence of token keys and what it means.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Form {
    /// The token keys, in order.
    pub keys: Vec<String>,
    /// What it signals.
    pub target: FormTarget,
}

/// A name of an entity: which entity, and whether it is an adjective or plural form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct NameHit {
    /// The entity.
    pub entity: EntityId,
    /// How the name refers to it.
    pub how: NameKind,
}

/// How a matched name refers to its entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum NameKind {
    /// A proper name or alias.
    Name,
    /// A nisba adjective (الروسية).
    Adjective,
    /// A people plural (الروس).
    Plural,
}

/// The compiled lexicon.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Lexicon {
    /// All entities; [`EntityId`] indexes this.
    pub entities: Vec<Entity>,
    /// Entity by IRI.
    pub by_iri: HashMap<String, EntityId>,
    /// Names (match keys, tokens joined by one space) to entities.
    pub names: HashMap<String, Vec<NameHit>>,
    /// The most tokens a name has.
    pub max_name_tokens: usize,
    /// Every name key and every prefix of one that ends before a space: a key that is
    /// not in here cannot grow into a name, so the gazetteer stops extending it.
    pub name_prefixes: FxHashSet<String>,
    /// The relations of the ontology.
    pub relations: Vec<RelationDef>,
    /// Triggers.
    pub triggers: Vec<Trigger>,
    /// Titles.
    pub titles: Vec<Title>,
    /// Multi-word forms indexed by their first key.
    pub forms: HashMap<String, Vec<Form>>,
    /// Every triple of the ontology folder, for the store's ontology graph (kept
    /// apart in the cache: oxigraph's terms are not serde types).
    #[serde(skip)]
    pub ontology_triples: Vec<oxigraph::model::Triple>,
}

impl Lexicon {
    /// The entity with this id.
    pub fn entity(&self, id: EntityId) -> &Entity {
        &self.entities[id as usize]
    }

    /// The relation index of a local name.
    pub fn relation(&self, name: &str) -> Option<usize> {
        self.relations.iter().position(|r| r.name == name)
    }

    /// The entities a name key refers to, best first.
    pub fn lookup(&self, key: &str) -> Option<&[NameHit]> {
        self.names.get(key).map(Vec::as_slice)
    }

    /// Whether a single key belongs to a word class.
    pub fn word_is(&self, key: &str, class: WordClass) -> bool {
        self.forms.get(key).is_some_and(|fs| {
            fs.iter()
                .any(|f| f.keys.len() == 1 && f.target == FormTarget::Class(class))
        })
    }

    /// The person who held an office of `kind` for `of` at `date`.
    pub fn holder(&self, kind: RoleKind, of: EntityId, date: Option<DateNum>) -> Option<EntityId> {
        let mut best: Option<(EntityId, DateNum)> = None;
        for (i, e) in self.entities.iter().enumerate() {
            for r in &e.roles {
                if r.kind == kind && r.of == Some(of) && r.covers(date) {
                    let start = r.from.unwrap_or(0);
                    if best.is_none_or(|(_, s)| start > s) {
                        best = Some((i as EntityId, start));
                    }
                }
            }
        }
        best.map(|(i, _)| i)
    }

    /// The country a person's office at `date` is of (their state), if the lexicon knows.
    pub fn state_of_person(&self, id: EntityId, date: Option<DateNum>) -> Option<EntityId> {
        let e = self.entity(id);
        let pick = |r: &Role| {
            r.of.map(|o| self.entity(o))
                .filter(|o| o.etype == EntityType::Country)
                .and(r.of)
        };
        e.roles
            .iter()
            .filter(|r| r.covers(date))
            .find_map(pick)
            .or_else(|| e.roles.iter().find_map(pick))
    }
}
