//! The country whose national rules a case follows: the leading ISO 3166 code of its
//! `authority` (`"NL-AP"`, `"IE-DPC"`, `"FR-CNIL"`). National law decides what Art. 83(7)
//! leaves to the Member States and how orders subject to a penalty are enforced.

/// The country code an authority's name starts with: two letters, alone or before a `-`,
/// space or `_` (`"NL-AP"`, `"nl"`, `"IE DPC"`); `None` for anything else (`"CNIL"`).
pub fn country(authority: &str) -> Option<String> {
    let trimmed = authority.trim();
    let code = trimmed.get(..2)?;
    let rest = &trimmed[2..];
    let separated = rest.is_empty() || rest.starts_with(['-', ' ', '_']);
    (code.chars().all(|c| c.is_ascii_alphabetic()) && separated).then(|| code.to_ascii_uppercase())
}

/// Whether a Dutch authority decided the case: only then do the Awb's rules for orders subject
/// to a penalty payment apply (UAVG 16(1) with Awb 5:32(1)), its required maximum (5:32b(2))
/// and its one-year limitation (5:35) among them, and only then do the AP's own decisions and
/// policy rules describe what the authority did.
pub fn is_dutch(authority: &str) -> bool {
    country(authority).as_deref() == Some("NL")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_leading_two_letters_name_the_country() {
        assert_eq!(country("NL-AP").as_deref(), Some("NL"));
        assert_eq!(country(" ie-dpc ").as_deref(), Some("IE"));
        assert_eq!(country("FR CNIL").as_deref(), Some("FR"));
        assert_eq!(country("de").as_deref(), Some("DE"));
        assert_eq!(country("CNIL"), None);
        assert_eq!(country("N"), None);
        assert_eq!(country(""), None);
        assert_eq!(country("NÖ-X"), None);
    }

    #[test]
    fn dutch_authorities_only() {
        assert!(is_dutch("NL-AP"));
        assert!(is_dutch(" nl "));
        assert!(!is_dutch("FR-CNIL"));
        assert!(!is_dutch("NLX"));
        assert!(!is_dutch(""));
    }
}
