//! The factors of Art. 83(2) GDPR and the step of EDPB Guidelines 04/2022 that weighs each.

/// Art. 83(2) factors counted in step 2 (nature, gravity, duration; intent; categories of
/// data): the guidelines forbid counting them again in step 3 (chapter 5; LAW.md §2).
const STEP_2_FACTORS: [char; 3] = ['a', 'b', 'g'];
const STEP_3_FACTORS: [char; 8] = ['c', 'd', 'e', 'f', 'h', 'i', 'j', 'k'];

/// Reads an Art. 83(2) factor (`"83(2)(k)"`, `"(k)"`, `"k"`) valid in step 3, as `83(2)(k)`.
pub fn step_3_factor(text: &str) -> Result<String, String> {
    let trimmed = text.trim();
    let letter = trimmed
        .strip_prefix("83(2)")
        .or_else(|| trimmed.strip_prefix("Art. 83(2)"))
        .unwrap_or(trimmed)
        .trim_matches(|c| c == '(' || c == ')' || c == ' ');
    let mut chars = letter.chars();
    let (Some(letter), None) = (chars.next().map(|c| c.to_ascii_lowercase()), chars.next()) else {
        return Err(format!("{text:?} is not an Art. 83(2) factor; write one like \"83(2)(k)\""));
    };
    if STEP_2_FACTORS.contains(&letter) {
        return Err(format!(
            "Art. 83(2)({letter}) is weighed in step 2 (seriousness); EDPB Guidelines 04/2022: no factor counts twice. Step 3 takes (c)-(f) and (h)-(k)"
        ));
    }
    if !STEP_3_FACTORS.contains(&letter) {
        return Err(format!("Art. 83(2) has no factor ({letter}); step 3 takes (c)-(f) and (h)-(k)"));
    }
    Ok(format!("83(2)({letter})"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn step_3_refuses_factors_weighed_in_step_2() {
        assert_eq!(step_3_factor("83(2)(k)").unwrap(), "83(2)(k)");
        assert_eq!(step_3_factor("(c)").unwrap(), "83(2)(c)");
        assert_eq!(step_3_factor("f").unwrap(), "83(2)(f)");
        for factor in ["83(2)(a)", "b", "(g)"] {
            assert!(step_3_factor(factor).unwrap_err().contains("step 2"), "{factor}");
        }
        assert!(step_3_factor("83(2)(z)").unwrap_err().contains("has no factor (z)"));
        assert!(step_3_factor("fifteen").unwrap_err().contains("is not an Art. 83(2) factor"));
    }
}
