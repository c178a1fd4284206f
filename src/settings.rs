//! This device's display preferences (not part of any plan, never shared).

use crate::text::Language;
use serde::Serialize;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Settings {
    pub language: Language,
    pub larger_text: bool,
}
read_fields!(Settings { ; default: language, larger_text });

impl Settings {
    /// Reads saved settings; anything unreadable gives the defaults for `browser_language`
    /// (settings hold no one's words, so nothing is lost by starting afresh).
    pub fn parse(raw: Option<&str>, browser_language: &str) -> Settings {
        raw.and_then(|r| crate::core::json::from_str(r).ok())
            .unwrap_or_else(|| Settings {
                language: Settings::language_for(browser_language),
                larger_text: false,
            })
    }

    /// The first language we speak that the browser asks for, else English.
    pub fn language_for(browser_language: &str) -> Language {
        let primary = browser_language
            .split('-')
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        Language::ALL
            .into_iter()
            .find(|l| l.code().starts_with(primary.as_str()) && !primary.is_empty())
            .unwrap_or_default()
    }

    pub fn to_json(&self) -> String {
        crate::core::json::to_string(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saved_settings_round_trip() {
        let s = Settings {
            language: Language::Spanish,
            larger_text: true,
        };
        assert_eq!(Settings::parse(Some(&s.to_json()), "en-GB"), s);
    }

    #[test]
    fn first_run_follows_the_browser_language() {
        assert_eq!(Settings::parse(None, "es-MX").language, Language::Spanish);
        assert_eq!(Settings::parse(None, "en-US").language, Language::English);
        assert_eq!(Settings::parse(None, "fr").language, Language::English);
        assert_eq!(Settings::parse(None, "").language, Language::English);
    }

    #[test]
    fn unreadable_settings_fall_back_to_defaults() {
        assert_eq!(
            Settings::parse(Some("{not json"), "es").language,
            Language::Spanish
        );
        assert_eq!(
            Settings::parse(Some(r#"{"language":"xx"}"#), "en").language,
            Language::English
        );
        // A setting added later keeps the others.
        assert!(Settings::parse(Some(r#"{"larger_text":true}"#), "en").larger_text);
    }
}
