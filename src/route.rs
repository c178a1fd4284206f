//! The screens and their addresses. Routes live in the URL fragment (`#/plan/…`) so the
//! app works from any static host and sub-path, and reloading a screen never asks the
//! host for a page it does not have.

use crate::core::Id;

/// The screens of one plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Screen {
    /// The plan at a glance: its parts, a copy to keep, who changed what.
    Overview,
    WhatMatters,
    LifeAreas,
    HelpsAndHindrances,
    People,
    /// The professionals around the person, first contact first.
    Team,
    /// The team on one printable page: who does what, how and when to reach them.
    WhosWho,
    Agenda,
    /// The one page to take to the appointment (and print).
    ForMyAppointment,
    /// In the consultation: the agenda beside goals written in two voices.
    Goals,
    Actions,
    CommunitySupports,
    SafetyNet,
    /// The one-page summary handed back before the person leaves.
    WhatWeAgreed,
    /// One place to share or move the plan: link, QR code, file, share sheet, paper.
    Share,
    /// Between visits: how each goal and step is going, today or backdated.
    CheckIn,
    /// Check-ins as pictures and tables, the combined score, calendar reminders.
    Progress,
    /// Who changed what, by day, for the whole plan or one goal.
    History,
}

impl Screen {
    pub const ALL: [Screen; 18] = [
        Screen::Overview,
        Screen::WhatMatters,
        Screen::LifeAreas,
        Screen::HelpsAndHindrances,
        Screen::People,
        Screen::Team,
        Screen::WhosWho,
        Screen::Agenda,
        Screen::ForMyAppointment,
        Screen::Goals,
        Screen::Actions,
        Screen::CommunitySupports,
        Screen::SafetyNet,
        Screen::WhatWeAgreed,
        Screen::Share,
        Screen::CheckIn,
        Screen::Progress,
        Screen::History,
    ];

    /// Screens used together in the consultation (the rest are for preparing).
    pub fn is_together(self) -> bool {
        matches!(
            self,
            Screen::Goals
                | Screen::Actions
                | Screen::CommunitySupports
                | Screen::SafetyNet
                | Screen::WhatWeAgreed
        )
    }

    /// Screens for following the plan through between visits.
    pub fn is_between(self) -> bool {
        matches!(self, Screen::CheckIn | Screen::Progress | Screen::History)
    }

    fn slug(self) -> &'static str {
        match self {
            Screen::Overview => "",
            Screen::WhatMatters => "what-matters",
            Screen::LifeAreas => "life-areas",
            Screen::HelpsAndHindrances => "helps",
            Screen::People => "people",
            Screen::Team => "team",
            Screen::WhosWho => "whos-who",
            Screen::Agenda => "agenda",
            Screen::ForMyAppointment => "for-my-appointment",
            Screen::Goals => "goals",
            Screen::Actions => "actions",
            Screen::CommunitySupports => "community",
            Screen::SafetyNet => "safety-net",
            Screen::WhatWeAgreed => "agreed",
            Screen::Share => "share",
            Screen::CheckIn => "check-in",
            Screen::Progress => "progress",
            Screen::History => "history",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// The plans on this device (and the welcome on first run).
    Plans,
    Plan {
        plan: Id,
        screen: Screen,
    },
    /// The few words CoPlan uses in a special way.
    Glossary,
    /// A plan arriving in a link (`#/open/p1.…`): shown first, stored only if the person
    /// says so. The address is cleared as soon as it is read.
    Open {
        payload: String,
    },
    NotFound,
}

impl Route {
    pub fn plan_screen(plan: &Id, screen: Screen) -> Route {
        Route::Plan {
            plan: plan.clone(),
            screen,
        }
    }

    /// Parses a location hash such as `#/plan/abc/what-matters`.
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
        match parts.as_slice() {
            [] => Route::Plans,
            ["words"] => Route::Glossary,
            ["open", payload]
                if payload.len() <= crate::core::link::MAX_UNPACKED
                    && payload
                        .bytes()
                        .all(|c| c.is_ascii_alphanumeric() || b"-_.$*+:".contains(&c)) =>
            {
                Route::Open {
                    payload: payload.to_string(),
                }
            }
            ["plan", id, rest @ ..] => {
                let slug = match rest {
                    [] => "",
                    [one] => one,
                    _ => return Route::NotFound,
                };
                match (
                    Id::parse(id),
                    Screen::ALL.into_iter().find(|s| s.slug() == slug),
                ) {
                    (Some(plan), Some(screen)) => Route::Plan { plan, screen },
                    _ => Route::NotFound,
                }
            }
            _ => Route::NotFound,
        }
    }

    pub fn to_hash(&self) -> String {
        match self {
            Route::Plans => "#/".to_string(),
            Route::Plan {
                plan,
                screen: Screen::Overview,
            } => format!("#/plan/{plan}"),
            Route::Plan { plan, screen } => format!("#/plan/{plan}/{}", screen.slug()),
            Route::Glossary => "#/words".to_string(),
            Route::Open { payload } => format!("#/open/{payload}"),
            Route::NotFound => "#/not-found".to_string(),
        }
    }

    /// The plan a screen belongs to, if any.
    pub fn plan(&self) -> Option<&Id> {
        match self {
            Route::Plan { plan, .. } => Some(plan),
            Route::Plans | Route::Glossary | Route::Open { .. } | Route::NotFound => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_survives_a_round_trip() {
        let plan = Id::parse("p-1").unwrap();
        let mut routes = vec![
            Route::Plans,
            Route::Glossary,
            Route::Open {
                payload: "p1.AbC-_9".into(),
            },
        ];
        routes.extend(Screen::ALL.map(|screen| Route::Plan {
            plan: plan.clone(),
            screen,
        }));
        for r in routes {
            assert_eq!(Route::parse(&r.to_hash()), r, "{}", r.to_hash());
        }
    }

    #[test]
    fn odd_addresses_are_not_found_or_home() {
        assert_eq!(Route::parse(""), Route::Plans);
        assert_eq!(Route::parse("#"), Route::Plans);
        assert_eq!(Route::parse("#/nowhere"), Route::NotFound);
        assert_eq!(Route::parse("#/plan/<b>x</b>"), Route::NotFound);
        assert_eq!(Route::parse("#/plan/p-1/unknown"), Route::NotFound);
        assert_eq!(Route::parse("#/plan/p-1/agenda/extra"), Route::NotFound);
        assert_eq!(Route::parse("#/open/p1.<script>"), Route::NotFound);
    }
}
