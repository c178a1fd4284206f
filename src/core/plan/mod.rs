//! The plan: everything about one person, in the domain language of DESIGN.md.
//!
//! Every entity is an [`Entry`]: a random id, who created and last changed it and
//! when, and a tombstone when removed (kept, not erased, so two copies of a plan can
//! later be merged without losing an edit or bringing back a deleted entry).

#[macro_use]
pub(crate) mod fields;
#[macro_use]
mod named;
mod compact;
mod saved_entry;
mod shared;
mod tagged;

pub(crate) use shared::remembering;
pub use shared::{forget_remembered, lists_reused, Shared};

use super::id::Id;
use super::json::{FromJson, JsonResult, Reader};
use super::time::{CalendarDate, Timestamp};
use serde::Serialize;

saved_by_name! {
    /// Who wrote an entry. The person decides; others write with them.
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
    pub enum AuthorRole {
        #[default]
        Person = "person",
        Clinician = "clinician",
        Supporter = "supporter",
        /// Someone at a community support answering a referral (never writing on the
        /// person's device: their answer travels back and the person brings it in).
        CommunityWorker = "community_worker",
    }
}

impl AuthorRole {
    /// The role's name in forms and addresses.
    pub fn slug(self) -> &'static str {
        match self {
            AuthorRole::Person => "person",
            AuthorRole::Clinician => "clinician",
            AuthorRole::Supporter => "supporter",
            AuthorRole::CommunityWorker => "community-worker",
        }
    }

    /// The roles that write on a device with the plan open.
    pub const ALL: [AuthorRole; 3] = [
        AuthorRole::Person,
        AuthorRole::Clinician,
        AuthorRole::Supporter,
    ];
}

/// When and by whom something happened.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Stamp {
    pub at: Timestamp,
    pub by: AuthorRole,
    /// Who, by name: the team member or supporter writing (none: the person, or an
    /// unnamed role as in plans from before teams). The plan's team or supporters hold
    /// their name and role, kept after they are removed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub who: Option<Id>,
}
read_fields!(Stamp { at, by; default: who });

impl Stamp {
    /// A stamp by a role, unnamed.
    pub fn new(at: Timestamp, by: AuthorRole) -> Self {
        Stamp { at, by, who: None }
    }
}

/// Who is writing on a device: a role and, for a team member or supporter writing in
/// their own name, who (see [`Stamp::who`]).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Writer {
    pub by: AuthorRole,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub who: Option<Id>,
}
read_fields!(Writer { by; default: who });

impl Writer {
    pub fn role(by: AuthorRole) -> Self {
        Writer { by, who: None }
    }

    /// This writer as `plan` knows them: named only if it holds them, not removed (a tab
    /// keeps its writer from plan to plan; another plan's team member is not named in
    /// this one, nor one removed or made one with another since they chose to write).
    pub fn in_plan(&self, plan: Option<&Plan>) -> Writer {
        let known = |id: &Id| {
            plan.is_some_and(|p| {
                Plan::live(&p.team).any(|m| &m.id == id)
                    || Plan::live(&p.supporters).any(|s| &s.id == id)
            })
        };
        Writer {
            by: self.by,
            who: self.who.clone().filter(known),
        }
    }

    /// A stamp at `at` by this writer, as `plan` knows them.
    pub fn stamp(&self, at: Timestamp, plan: Option<&Plan>) -> Stamp {
        let Writer { by, who } = self.in_plan(plan);
        Stamp { at, by, who }
    }
}

/// One entity of a plan with its bookkeeping. `body` holds what the person sees.
/// Read by `saved_entry.rs` (one reader of the bookkeeping for every kind of entry).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Entry<T> {
    pub id: Id,
    pub created: Stamp,
    pub changed: Stamp,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub removed: Option<Stamp>,
    pub body: T,
    /// The versions this entry has been through, newest last (at most [`VERSION_DEPTH`]).
    /// Merging two copies compares these, never the devices' clocks: a copy whose
    /// version the other has already been through is simply older.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub versions: Vec<Id>,
}

/// How many of an entry's past versions are remembered for merging.
pub const VERSION_DEPTH: usize = 16;

impl<T> Entry<T> {
    pub fn is_live(&self) -> bool {
        self.removed.is_none()
    }
}

impl<T: Serialize> Entry<T> {
    /// A new entry, written by `stamp`, at its first version.
    pub fn new(id: Id, body: T, stamp: Stamp) -> Self {
        let mut entry = Entry {
            id,
            created: stamp.clone(),
            changed: stamp,
            removed: None,
            body,
            versions: vec![],
        };
        entry.bump();
        entry
    }

    /// The entry's current version: its last recorded one, or, for an entry saved before
    /// versions were kept, a digest of what it holds (the same on every device).
    pub fn version(&self) -> Id {
        self.versions
            .last()
            .cloned()
            .unwrap_or_else(|| self.digest(&self.id))
    }

    /// Records a new version after a change, derived from the one before and what the
    /// entry now holds: the same edit from the same start gives the same version anywhere.
    pub fn bump(&mut self) {
        let next = self.digest(&self.version());
        self.versions.push(next);
        if self.versions.len() > VERSION_DEPTH {
            let extra = self.versions.len() - VERSION_DEPTH;
            self.versions.drain(..extra);
        }
    }

    /// Whether `version` is this entry's current version or one it has been through.
    pub fn has_seen(&self, version: &Id) -> bool {
        &self.version() == version || self.versions.contains(version)
    }

    fn digest(&self, before: &Id) -> Id {
        let body = super::json::to_string(&self.body);
        Id::short_digest(&format!("{before}/{}/{body}", self.is_live()))
    }
}

saved_by_name! {
    /// The life areas a capability belongs to: our own list and wording.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum LifeArea {
        MovingAbout = "moving_about",
        DailyLiving = "daily_living",
        RelationshipsAndBelonging = "relationships_and_belonging",
        Enjoyment = "enjoyment",
        WorkAndRoles = "work_and_roles",
        SecurityAndStability = "security_and_stability",
        FeelingInControl = "feeling_in_control",
        HealthAndBody = "health_and_body",
    }
}

impl LifeArea {
    pub const ALL: [LifeArea; 8] = [
        LifeArea::MovingAbout,
        LifeArea::DailyLiving,
        LifeArea::RelationshipsAndBelonging,
        LifeArea::Enjoyment,
        LifeArea::WorkAndRoles,
        LifeArea::SecurityAndStability,
        LifeArea::FeelingInControl,
        LifeArea::HealthAndBody,
    ];
}

/// The person's values and priorities, in their own words.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct WhatMatters {
    pub text: String,
}
read_fields!(WhatMatters { text; default: });

/// Something the person wants to be able to do or be.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Capability {
    pub life_area: LifeArea,
    /// How able the person feels now, 0–10.
    pub able_now: Option<u8>,
    /// How able they would like to be, 0–10.
    pub wished: Option<u8>,
    /// What they would like to be able to do or be, in their own words.
    pub description: String,
    /// How things are now, in their own words ("my sugars run my day").
    pub now_in_words: String,
}
read_fields!(Capability { life_area, description; default: able_now, wished, now_in_words });

saved_by_name! {
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum Priority {
        Low = "low",
        Medium = "medium",
        High = "high",
    }
}

/// One side's view of a goal: why it matters to them, their concerns, their priority.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Perspective {
    pub why_it_matters: String,
    pub concerns: String,
    pub priority: Option<Priority>,
}
read_fields!(Perspective { why_it_matters, concerns; default: priority });

/// A team member's own view of a goal, beside the person's and the first one.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TeamView {
    pub by: Id,
    pub view: Perspective,
}
read_fields!(TeamView { by, view; default: });

/// Where the person and clinician stand on a goal. Differences are written down,
/// not erased.
/// Saved as `{"state": "agreed_to_differ", "difference": "…"}` (see `tagged.rs`).
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Agreement {
    #[default]
    Proposed,
    Discussed,
    Agreed,
    AgreedToDiffer {
        difference: String,
    },
    SetAside {
        reason: String,
    },
}

/// A goal attainment scale level, −2 ("much less than expected") to +2.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct AttainmentLevel(i8);

/// Read only within −2..=2, as the compact check-ins are: a level outside the scale is
/// damage, refused where it is read (a goal's five descriptions are looked up by it, so
/// a 9 in an older file's check-ins once reached Progress and stopped the app).
impl FromJson for AttainmentLevel {
    fn read(r: &mut Reader) -> JsonResult<Self> {
        let level = i8::read(r)?;
        AttainmentLevel::new(level)
            .ok_or_else(|| r.invalid(format!("a level outside the scale ({level})")))
    }
}

impl AttainmentLevel {
    pub const ALL: [AttainmentLevel; 5] = [
        AttainmentLevel(-2),
        AttainmentLevel(-1),
        AttainmentLevel(0),
        AttainmentLevel(1),
        AttainmentLevel(2),
    ];

    /// Level 0: what both expect.
    pub const EXPECTED: AttainmentLevel = AttainmentLevel(0);

    pub fn new(level: i8) -> Option<Self> {
        (-2..=2).contains(&level).then_some(AttainmentLevel(level))
    }
    pub fn value(self) -> i8 {
        self.0
    }
    /// Index into a goal's five level descriptions.
    pub fn index(self) -> usize {
        (self.0 + 2) as usize
    }
}

/// A clinical measure linked to a goal, as a means toward it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Measure {
    pub name: String,
    pub current: String,
    pub target: String,
}
read_fields!(Measure { name, current, target; default: });

/// A specific, reviewable aim that serves a capability.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Goal {
    /// In the person's own words.
    pub wording: String,
    pub capability: Option<Id>,
    pub proposed_by: AuthorRole,
    pub person_view: Perspective,
    pub clinician_view: Perspective,
    /// The team member whose view `clinician_view` is, when one wrote it in their own
    /// name (none: "the clinician", as in plans from before teams).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub clinician_view_by: Option<Id>,
    /// Other team members' views, each in their own name (one each), after the first.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub more_views: Vec<TeamView>,
    /// Changed only through `Change::SetGoalAgreement`, so every agreement is explicit.
    pub agreement: Agreement,
    /// Descriptions of the five levels, −2 to +2.
    pub attainment_levels: [String; 5],
    pub baseline: Option<AttainmentLevel>,
    pub target_date: Option<CalendarDate>,
    pub review_date: Option<CalendarDate>,
    /// Who reviews it with the person: a team member or supporter (none: not said).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reviewer: Option<Id>,
    pub measures: Vec<Measure>,
    /// How much this goal counts in the combined attainment score (1–10; none is 1).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub weight: Option<u8>,
    /// Set at a review: reached, let go, or adjusted into a new goal.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ended: Option<Ending>,
    /// The goal this one adjusts or replaces; the earlier one stays readable.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub replaces: Option<Id>,
}
read_fields!(Goal {
    wording, proposed_by, person_view, clinician_view, agreement, attainment_levels, measures;
    default: capability, clinician_view_by, more_views, baseline, target_date, review_date,
        reviewer, weight, ended, replaces
});

saved_by_name! {
    /// How a goal or action ended at a review.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum EndKind {
        /// Reached: celebrated, not just closed.
        Achieved = "achieved",
        /// Let go, with the reason in the person's words.
        LetGo = "let_go",
        /// Changed into a new version, which names this one in `replaces`.
        Adjusted = "adjusted",
    }
}

/// When and how a goal or action ended. Its words, levels and dates stay as they were.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Ending {
    pub how: EndKind,
    pub on: CalendarDate,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub reason: String,
}
read_fields!(Ending { how, on; default: reason });

/// Who carries out an action.
/// Saved as `{"kind": "supporter", "id": "…"}` (see `tagged.rs`).
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Responsible {
    #[default]
    Person,
    Clinician,
    Supporter(Id),
    CommunitySupport(Id),
    /// A named professional on the person's team.
    TeamMember(Id),
}

/// "If it rains, then I walk in the shopping centre."
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct IfThen {
    pub if_: String,
    pub then: String,
}
read_fields!(IfThen { if_, then; default: });

/// A step of the self-management plan (clinician commitments are actions too).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Action {
    pub what: String,
    pub how_much: String,
    pub when: String,
    pub how_often: String,
    pub with_whom: String,
    pub goal: Option<Id>,
    pub responsible: Responsible,
    /// 0–10, from the person responsible. Below [`CONFIDENCE_THRESHOLD`] the app
    /// suggests making the step smaller or easier.
    pub confidence: Option<u8>,
    pub if_then: Vec<IfThen>,
    /// Set at a review: now part of life (achieved), or let go.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ended: Option<Ending>,
}
read_fields!(Action {
    what, how_much, when, how_often, with_whom, responsible, if_then;
    default: goal, confidence, ended
});

/// Stanford-style action planning: below 7, suggest a smaller or easier step.
pub const CONFIDENCE_THRESHOLD: u8 = 7;

saved_by_name! {
    /// How involved a supporter is: chosen by the person.
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
    pub enum Involvement {
        #[default]
        KeptInformed = "kept_informed",
        Consulted = "consulted",
        SharesTasks = "shares_tasks",
        PlansJointly = "plans_jointly",
    }
}

/// A person or service in the person's network.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Supporter {
    pub name: String,
    pub role: String,
    pub how_they_help: String,
    pub involvement: Involvement,
}
read_fields!(Supporter { name, role, how_they_help, involvement; default: });

saved_by_name! {
    /// What a professional on the person's team does, in the words a person uses.
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
    pub enum TeamRole {
        Gp = "gp",
        PracticeNurse = "practice_nurse",
        SpecialistNurse = "specialist_nurse",
        Physiotherapist = "physiotherapist",
        Pharmacist = "pharmacist",
        SocialWorker = "social_worker",
        CareCoordinator = "care_coordinator",
        LinkWorker = "link_worker",
        /// Said in the person's words (`TeamMember::role_words`).
        #[default]
        Other = "other",
    }
}

impl TeamRole {
    pub const ALL: [TeamRole; 9] = [
        TeamRole::Gp,
        TeamRole::PracticeNurse,
        TeamRole::SpecialistNurse,
        TeamRole::Physiotherapist,
        TeamRole::Pharmacist,
        TeamRole::SocialWorker,
        TeamRole::CareCoordinator,
        TeamRole::LinkWorker,
        TeamRole::Other,
    ];

    /// The role's name in forms.
    pub fn slug(self) -> &'static str {
        match self {
            TeamRole::Gp => "gp",
            TeamRole::PracticeNurse => "practice-nurse",
            TeamRole::SpecialistNurse => "specialist-nurse",
            TeamRole::Physiotherapist => "physiotherapist",
            TeamRole::Pharmacist => "pharmacist",
            TeamRole::SocialWorker => "social-worker",
            TeamRole::CareCoordinator => "care-coordinator",
            TeamRole::LinkWorker => "link-worker",
            TeamRole::Other => "other",
        }
    }
}

/// A professional from health, social care or the community who works with the person.
/// Not a supporter: supporters are the person's family, friends and neighbours.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct TeamMember {
    pub name: String,
    pub role: TeamRole,
    /// The role in words: required for "other", a finer name otherwise
    /// ("diabetes specialist nurse").
    #[serde(skip_serializing_if = "String::is_empty")]
    pub role_words: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub organisation: String,
    /// How to reach them: a phone number, an address, "through reception".
    #[serde(skip_serializing_if = "String::is_empty")]
    pub contact: String,
    /// When they can be reached ("Mon–Fri 8:00–18:30").
    #[serde(skip_serializing_if = "String::is_empty")]
    pub hours: String,
    /// What they do for the person, in the person's words.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub what_they_do: String,
    /// The person's first contact (care coordinator or key worker): shown first
    /// everywhere. Set only through `team::make_first_contact`, so at most one is.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub first_contact: bool,
    /// How involved the person wants them to be: suggests what a copy for them holds.
    pub involvement: Involvement,
}
read_fields!(TeamMember {
    name, role;
    default: role_words, organisation, contact, hours, what_they_do, first_contact, involvement
});

saved_by_name! {
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum FactorKind {
        Personal = "personal",
        Social = "social",
        Environmental = "environmental",
    }
}

saved_by_name! {
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum Effect {
        Helps = "helps",
        GetsInTheWay = "gets_in_the_way",
    }
}

/// A conversion factor: what helps or gets in the way.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct HelpOrHindrance {
    pub text: String,
    pub kind: FactorKind,
    pub effect: Effect,
    pub goals: Vec<Id>,
    pub capabilities: Vec<Id>,
}
read_fields!(HelpOrHindrance { text, kind, effect, goals, capabilities; default: });

saved_by_name! {
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
    pub enum ReferralStatus {
        #[default]
        Suggested = "suggested",
        Referred = "referred",
        /// The organisation has been in touch with the person.
        Contacted = "contacted",
        Attended = "attended",
        Stopped = "stopped",
    }
}

impl ReferralStatus {
    /// The status's name in forms.
    pub fn slug(self) -> &'static str {
        match self {
            ReferralStatus::Suggested => "suggested",
            ReferralStatus::Referred => "referred",
            ReferralStatus::Contacted => "contacted",
            ReferralStatus::Attended => "attended",
            ReferralStatus::Stopped => "stopped",
        }
    }
}

/// A local group or service (social prescribing), with how the referral went.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct CommunitySupport {
    pub name: String,
    pub offer: String,
    pub contact: String,
    pub referral: ReferralStatus,
    pub how_it_went: String,
    pub goals: Vec<Id>,
    /// For a referral, in the person's words: what they hope for from it.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub hope: String,
    /// What makes it possible or hard: times, transport, access, who comes with them.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub practical: String,
    /// How the organisation can reach the person.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub reach_me: String,
    /// What the organisation answered, oldest first.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub answers: Vec<ReferralAnswer>,
}
read_fields!(CommunitySupport {
    name, offer, contact, referral, how_it_went, goals;
    default: hope, practical, reach_me, answers
});

/// A community support's answer to a referral, carried back by the person.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ReferralAnswer {
    pub organisation: String,
    pub on: CalendarDate,
    pub status: ReferralStatus,
    /// How it is going, in the organisation's words.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub going: String,
    /// How it is going, in the person's own words.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub person_words: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub stopped_why: String,
    /// A suggestion back to the clinician.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub for_clinician: String,
}
read_fields!(ReferralAnswer {
    organisation, on, status;
    default: going, person_words, stopped_why, for_clinician
});

saved_by_name! {
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum Zone {
        Green = "green",
        Amber = "amber",
        Red = "red",
    }
}

/// One line of the safety net: in this zone, these signs, do this, call them.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SafetyNetEntry {
    pub zone: Zone,
    pub signs: String,
    pub what_to_do: String,
    pub contact: String,
    /// The team member or supporter to contact, whose details and hours the safety net
    /// shows beside `contact` (which stays for a service: "111", "999").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub who: Option<Id>,
}
read_fields!(SafetyNetEntry { zone, signs, what_to_do, contact; default: who });

/// An appointment, with the person's agenda before it and what was decided during it.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Visit {
    pub date: Option<CalendarDate>,
    pub with_whom: String,
    pub changes_since_last_time: String,
    pub worries: String,
    pub hopes: String,
    pub discussed: String,
    pub decided: String,
    pub next_review: Option<CalendarDate>,
}
read_fields!(Visit {
    with_whom, changes_since_last_time, worries, hopes, discussed, decided;
    default: date, next_review
});

saved_by_name! {
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum AgendaKind {
        Topic = "topic",
        Question = "question",
    }
}

/// A topic or question on a visit's agenda; order in the plan is priority order,
/// so the first topic is "the one thing".
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct AgendaItem {
    pub visit: Id,
    pub kind: AgendaKind,
    pub text: String,
    pub discussed: bool,
    /// Why "Prepare my next visit" suggested it (none: the person wrote it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub because: Option<Because>,
}
read_fields!(AgendaItem { visit, kind, text, discussed; default: because });

/// Why a topic was suggested for the next visit, pointing at what it came from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Because {
    /// The goal's review date falls by the visit.
    ReviewDue(Id),
    /// The goal was last rated below what was expected (−1 or lower).
    BelowExpected(Id),
    /// The goal has not been rated for a long time.
    NotRatedLately(Id),
    /// The action was "not this time" twice or more in a row.
    NotThisTimeAgain(Id),
    /// Confidence in the action is below 7.
    LowConfidence(Id),
    /// Written in a check-in since the last visit.
    FromCheckIn(Id),
    /// A community support answered a referral since the last visit.
    ReferralNews(Id),
    /// At a check-in since the last visit the person said the people helping them did
    /// not know what the others were doing.
    JoiningUp(Id),
}

impl Because {
    /// Each reason's saved name (as serde's derive writes it), in the order of the variants.
    const NAMES: &'static [&'static str] = &[
        "review_due",
        "below_expected",
        "not_rated_lately",
        "not_this_time_again",
        "low_confidence",
        "from_check_in",
        "referral_news",
        "joining_up",
    ];
}

/// `{"review_due": "<id>"}`: an object of one key, the reason, whose value is the id.
impl FromJson for Because {
    fn read(r: &mut Reader) -> JsonResult<Self> {
        r.object()?;
        let mut first = true;
        let at = r.field(&mut first, Because::NAMES)?;
        let Some(Some(at)) = at else {
            return Err(r.invalid("a reason this version does not know"));
        };
        let id = Id::read(r)?;
        if r.key(&mut first)?.is_some() {
            return Err(r.invalid("two reasons in one"));
        }
        let because = [
            Because::ReviewDue,
            Because::BelowExpected,
            Because::NotRatedLately,
            Because::NotThisTimeAgain,
            Because::LowConfidence,
            Because::FromCheckIn,
            Because::ReferralNews,
            Because::JoiningUp,
        ][at];
        Ok(because(id))
    }
}

saved_by_name! {
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum ActionOutcome {
        Done = "done",
        Partly = "partly",
        NotThisTime = "not_this_time",
        /// Skipped on purpose (away, ill): not counted as "not done".
        Skipped = "skipped",
    }
}

impl ActionOutcome {
    pub const ALL: [ActionOutcome; 4] = [
        ActionOutcome::Done,
        ActionOutcome::Partly,
        ActionOutcome::NotThisTime,
        ActionOutcome::Skipped,
    ];
}

/// A dated look at how things are going, by the person or together. Anything not
/// answered is "not recorded", never "not done".
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct CheckIn {
    pub date: CalendarDate,
    pub goal_levels: Vec<(Id, AttainmentLevel)>,
    pub action_outcomes: Vec<(Id, ActionOutcome)>,
    /// Overall confidence (kept from early plans; per action is in `action_confidence`).
    pub confidence: Option<u8>,
    pub note: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub action_notes: Vec<(Id, String)>,
    /// A fresh confidence rating (0–10) per action.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub action_confidence: Vec<(Id, u8)>,
    /// How able the person feels now (0–10) per capability: feeds the wheel.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub able_now: Vec<(Id, u8)>,
    /// Done together with a clinician or supporter (none: the person alone).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub together_with: Option<AuthorRole>,
    /// At a review, the person's answer to "Did the people helping you know what the
    /// others were doing?" — their experience of the joining-up, which no one else records.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub joined_up: Option<JoinedUp>,
    /// The name of a supporter who wrote it from their copy of the plan.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub by_name: String,
    /// Earlier versions of this check-in, oldest first, kept readable when it is edited.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub earlier: Vec<CheckIn>,
}
read_fields!(CheckIn {
    date, goal_levels, action_outcomes, note;
    default: confidence, action_notes, action_confidence, able_now, together_with, joined_up,
        by_name, earlier
});

saved_by_name! {
    /// Whether the people helping knew what the others were doing, in the person's view.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum JoinedUpAnswer {
        Yes = "yes",
        Partly = "partly",
        No = "no",
    }
}

impl JoinedUpAnswer {
    pub const ALL: [JoinedUpAnswer; 3] = [
        JoinedUpAnswer::Yes,
        JoinedUpAnswer::Partly,
        JoinedUpAnswer::No,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            JoinedUpAnswer::Yes => "yes",
            JoinedUpAnswer::Partly => "partly",
            JoinedUpAnswer::No => "no",
        }
    }
}

/// The joining-up answer and why, in the person's words.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct JoinedUp {
    pub answer: JoinedUpAnswer,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub why: String,
}
read_fields!(JoinedUp { answer; default: why });

/// One line of history: who changed what, when.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct HistoryEntry {
    pub stamp: Stamp,
    pub verb: Verb,
    pub list: Option<List>,
    /// The entry changed, so history can be read for one goal and what serves it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entry: Option<Id>,
    /// A short reminder of the entry's words, so history reads without lookups.
    pub label: String,
}
read_fields!(HistoryEntry { stamp, verb, label; default: list, entry });

saved_by_name! {
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum Verb {
        Created = "created",
        Renamed = "renamed",
        Added = "added",
        Edited = "edited",
        Removed = "removed",
        Restored = "restored",
        Moved = "moved",
        Agreement = "agreement",
        /// Two versions of an entry were kept for the person to choose between.
        KeptBoth = "kept_both",
        /// The person chose between two versions of an entry.
        Chose = "chose",
        /// Another copy of the plan (from a file, link or QR code) was brought in.
        Merged = "merged",
    }
}

saved_by_name! {
    /// Why two versions of one entry are both kept.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum ConflictKind {
        /// Another tab or device changed the same words at the same time.
        EditedElsewhere = "edited_elsewhere",
        /// Another tab or device removed the entry while it was being changed here.
        RemovedElsewhere = "removed_elsewhere",
        /// The entry was removed here while another device changed it.
        RemovedHere = "removed_here",
    }
}

/// Words that could not go into the plan because someone else changed the same field,
/// or removed the entry, at the same time. They are kept here, whole, until the person
/// chooses which version to keep, so nothing anyone wrote is silently replaced.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Conflict {
    pub kind: ConflictKind,
    /// This side's version of the whole entry.
    pub mine: Item,
    /// When and by whom this side's version was written.
    pub stamp: Stamp,
}
read_fields!(Conflict { kind, mine, stamp; default: });

impl Conflict {
    pub fn list(&self) -> List {
        self.mine.list()
    }
    pub fn entry(&self) -> &Id {
        self.mine.id()
    }
}

/// The highest revision a plan may have: the largest whole number every JSON reader
/// (JavaScript's included) holds exactly. A plan arriving above it is refused as
/// damaged, so counting on from it can never wrap to 0 and confuse which copy is newer.
pub const MAX_REVISION: u64 = (1 << 53) - 1;

/// The next revision after `r`: saturating, never wrapping (see [`MAX_REVISION`]).
pub fn next_revision(r: u64) -> u64 {
    r.saturating_add(1).min(MAX_REVISION)
}

/// A plan's revision as read: refused past [`MAX_REVISION`].
struct Revision(u64);

impl FromJson for Revision {
    fn read(r: &mut Reader) -> JsonResult<Self> {
        let revision = r.unsigned()?;
        if revision > MAX_REVISION {
            return Err(r.invalid(format!("a revision past what can be counted ({revision})")));
        }
        Ok(Revision(revision))
    }
}

/// Check-ins and history as read from their compact saved forms (or schema 3's lists).
struct SavedCheckIns(Shared<Vec<Entry<CheckIn>>>);
struct SavedHistory(Shared<Vec<HistoryEntry>>);

impl FromJson for SavedCheckIns {
    fn read(r: &mut Reader) -> JsonResult<Self> {
        compact::check_ins::read(r).map(SavedCheckIns)
    }
}

impl FromJson for SavedHistory {
    fn read(r: &mut Reader) -> JsonResult<Self> {
        compact::history::read(r).map(SavedHistory)
    }
}

read_fields!(Plan {
    id, name, created, changed, revision as Revision;
    default: is_sample, what_matters, capabilities, goals, actions, supporters, team,
        helps_and_hindrances, community_supports, safety_net, visits, agenda_items,
        check_ins as SavedCheckIns, history as SavedHistory, conflicts, copy_of, changes_only
});

/// What a copy for one supporter is: whose plan, for whom, when it was made, what it
/// leaves out, and whether they may write notes back.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct CopyOf {
    /// The supporter, as the person's plan names them.
    pub supporter: Id,
    pub supporter_name: String,
    pub made: super::time::Timestamp,
    /// How many entries of each part of the plan are left out.
    pub left_out: Vec<(List, usize)>,
    /// A supporter who plans jointly may add notes on the steps they share.
    pub can_write: bool,
    /// The person has stopped sharing with this supporter: the copy holds nothing.
    pub withdrawn: bool,
    /// A referral to this community support, not a supporter's copy.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub referral: Option<Id>,
}
read_fields!(CopyOf {
    supporter, supporter_name, made;
    default: left_out, can_write, withdrawn, referral
});

saved_by_name! {
    /// The lists of entities in a plan.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum List {
        WhatMatters = "what_matters",
        Capabilities = "capabilities",
        Goals = "goals",
        Actions = "actions",
        Supporters = "supporters",
        HelpsAndHindrances = "helps_and_hindrances",
        CommunitySupports = "community_supports",
        SafetyNet = "safety_net",
        Visits = "visits",
        AgendaItems = "agenda_items",
        CheckIns = "check_ins",
        Team = "team",
    }
}

/// An entity with its id, as added or edited. Read by `tagged.rs`.
#[derive(Clone, Debug, PartialEq, Serialize)]
// Externally tagged ({"goal": [id, body]}): adjacent or internal tags would make serde
// buffer every body through its `Content` type, a second copy of all the reading code.
#[serde(rename_all = "snake_case")]
// An Item lives for one change or one kept version; boxing the goal (the largest) would
// cost an allocation and code in every match for no saving that matters.
#[allow(clippy::large_enum_variant)]
pub enum Item {
    WhatMatters(Id, WhatMatters),
    Capability(Id, Capability),
    Goal(Id, Goal),
    Action(Id, Action),
    Supporter(Id, Supporter),
    HelpOrHindrance(Id, HelpOrHindrance),
    CommunitySupport(Id, CommunitySupport),
    SafetyNetEntry(Id, SafetyNetEntry),
    Visit(Id, Visit),
    AgendaItem(Id, AgendaItem),
    CheckIn(Id, CheckIn),
    TeamMember(Id, TeamMember),
}

/// Everything about one person.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Plan {
    pub id: Id,
    pub name: String,
    pub created: Stamp,
    pub changed: Stamp,
    /// Counts every change ever applied; a tab whose copy is older than storage's
    /// must rebase its edits rather than overwrite. Never above [`MAX_REVISION`].
    pub revision: u64,
    /// The sample plan is marked so it is never mistaken for a real person's.
    pub is_sample: bool,
    pub what_matters: Shared<Vec<Entry<WhatMatters>>>,
    pub capabilities: Shared<Vec<Entry<Capability>>>,
    pub goals: Shared<Vec<Entry<Goal>>>,
    pub actions: Shared<Vec<Entry<Action>>>,
    pub supporters: Shared<Vec<Entry<Supporter>>>,
    /// The professionals around the person (none in plans from before teams).
    #[serde(skip_serializing_if = "Shared::is_empty")]
    pub team: Shared<Vec<Entry<TeamMember>>>,
    pub helps_and_hindrances: Shared<Vec<Entry<HelpOrHindrance>>>,
    pub community_supports: Shared<Vec<Entry<CommunitySupport>>>,
    pub safety_net: Shared<Vec<Entry<SafetyNetEntry>>>,
    pub visits: Shared<Vec<Entry<Visit>>>,
    pub agenda_items: Shared<Vec<Entry<AgendaItem>>>,
    /// Saved with each goal and step named once (see `plan/compact/check_ins.rs`).
    #[serde(serialize_with = "compact::check_ins::serialize")]
    pub check_ins: Shared<Vec<Entry<CheckIn>>>,
    /// Saved as short rows (see `plan/compact/history.rs`).
    #[serde(serialize_with = "compact::history::serialize")]
    pub history: Shared<Vec<HistoryEntry>>,
    /// Versions kept for the person to choose between (at most one per entry).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<Conflict>,
    /// Set on a supporter's copy: for whom, when, what it leaves out.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub copy_of: Option<CopyOf>,
    /// Holds only what changed on one device since the plan arrived there (a small QR
    /// code): it can only be brought into a device that has the plan already.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub changes_only: bool,
}

/// Longest history kept in a plan: enough to see who changed what over years of use
/// while keeping the saved form well inside the browser's storage quota.
pub const HISTORY_LIMIT: usize = 2000;

impl Plan {
    /// A new, empty plan. Its name is validated by `change::new_plan`.
    pub(crate) fn empty(id: Id, name: String, stamp: Stamp) -> Self {
        Plan {
            id,
            name,
            created: stamp.clone(),
            changed: stamp.clone(),
            revision: 0,
            is_sample: false,
            what_matters: Shared::default(),
            capabilities: Shared::default(),
            goals: Shared::default(),
            actions: Shared::default(),
            supporters: Shared::default(),
            team: Shared::default(),
            helps_and_hindrances: Shared::default(),
            community_supports: Shared::default(),
            safety_net: Shared::default(),
            visits: Shared::default(),
            agenda_items: Shared::default(),
            check_ins: Shared::default(),
            history: vec![HistoryEntry {
                stamp,
                verb: Verb::Created,
                list: None,
                entry: None,
                label: String::new(),
            }]
            .into(),
            conflicts: vec![],
            copy_of: None,
            changes_only: false,
        }
    }

    /// The entries of a list that have not been removed, in order.
    pub fn live<T>(list: &[Entry<T>]) -> impl Iterator<Item = &Entry<T>> {
        list.iter().filter(|e| e.is_live())
    }
}
