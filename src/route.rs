//! The screens and their addresses. Routes live in the URL fragment (`#/plan/…`) so the
//! app works from any static host and sub-path, and reloading a screen never asks the
//! host for a page it does not have.

use crate::core::Id;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// The plans on this device (and the welcome on first run).
    Plans,
    /// One plan at a glance: what is in it, its history, export.
    Overview { plan: Id },
    WhatMatters { plan: Id },
    /// The few words CoPlan uses in a special way.
    Glossary,
    NotFound,
}

impl Route {
    /// Parses a location hash such as `#/plan/abc/what-matters`.
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
        match parts.as_slice() {
            [] => Route::Plans,
            ["words"] => Route::Glossary,
            ["plan", id, rest @ ..] => match (Id::parse(id), rest) {
                (Some(plan), []) => Route::Overview { plan },
                (Some(plan), ["what-matters"]) => Route::WhatMatters { plan },
                _ => Route::NotFound,
            },
            _ => Route::NotFound,
        }
    }

    pub fn to_hash(&self) -> String {
        match self {
            Route::Plans => "#/".to_string(),
            Route::Overview { plan } => format!("#/plan/{plan}"),
            Route::WhatMatters { plan } => format!("#/plan/{plan}/what-matters"),
            Route::Glossary => "#/words".to_string(),
            Route::NotFound => "#/not-found".to_string(),
        }
    }

    /// The plan a screen belongs to, if any.
    pub fn plan(&self) -> Option<&Id> {
        match self {
            Route::Overview { plan } | Route::WhatMatters { plan } => Some(plan),
            Route::Plans | Route::Glossary | Route::NotFound => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_survives_a_round_trip() {
        let plan = Id::parse("p-1").unwrap();
        for r in [
            Route::Plans,
            Route::Glossary,
            Route::Overview { plan: plan.clone() },
            Route::WhatMatters { plan: plan.clone() },
        ] {
            assert_eq!(Route::parse(&r.to_hash()), r);
        }
    }

    #[test]
    fn odd_addresses_are_not_found_or_home() {
        assert_eq!(Route::parse(""), Route::Plans);
        assert_eq!(Route::parse("#"), Route::Plans);
        assert_eq!(Route::parse("#/nowhere"), Route::NotFound);
        assert_eq!(Route::parse("#/plan/<b>x</b>"), Route::NotFound);
        assert_eq!(Route::parse("#/plan/p-1/unknown"), Route::NotFound);
    }
}
