//! Match keys: the lossy folding used only for matching.
//!
//! Source text is never rewritten; labels and sentences keep their spelling. A *key*
//! folds the variation that Arabic news writing shows for the same word (hamza seats,
//! alef maqsura, ta marbuta, tatweel, diacritics, digit scripts, invisible marks) so
//! that بوتين/بوتين and أميركا/امريكا compare equal.

/// Folds one character for matching: `None` drops it, `Some(c)` keeps `c`.
#[inline]
pub fn fold_char(c: char) -> Option<char> {
    Some(match c {
        'أ' | 'إ' | 'آ' | 'ٱ' | 'ٲ' | 'ٳ' => 'ا',
        'ى' | 'ئ' | 'ی' | 'ې' => 'ي',
        'ة' | 'ۃ' => 'ه',
        'ؤ' => 'و',
        'ک' => 'ك',
        'ـ' => return None,
        '\u{0610}'..='\u{061A}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{06D6}'..='\u{06ED}' => return None,
        '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2066}'..='\u{2069}'
        | '\u{FEFF}'
        | '\u{00AD}' => return None,
        '٠'..='٩' => char::from_digit(c as u32 - '٠' as u32, 10).unwrap_or(c),
        '۰'..='۹' => char::from_digit(c as u32 - '۰' as u32, 10).unwrap_or(c),
        'A'..='Z' => c.to_ascii_lowercase(),
        // fast path: no other ASCII or Arabic-block character is upper case
        '\0'..='\u{7F}' | '\u{0600}'..='\u{06FF}' => c,
        c if c.is_uppercase() => c.to_lowercase().next().unwrap_or(c),
        c => c,
    })
}

/// Whether a character is dropped entirely by [`fold_char`] (marks that never split words).
#[inline]
pub fn is_ignorable(c: char) -> bool {
    fold_char(c).is_none()
}

/// The match key of a string: every character folded, runs of white space made one space.
pub fn match_key(s: &str) -> String {
    match_key_head(s, usize::MAX)
}

/// The first `max` characters of [`match_key`]`(s)`, computed from only as much of `s`
/// as they need: a test of how a paragraph starts (or whether its key is shorter than
/// `max`) then costs the same for a one-line caption and a whole article on one line.
pub fn match_key_head(s: &str, max: usize) -> String {
    let mut out = String::with_capacity(s.len().min(max.saturating_mul(2)));
    let (mut space, mut n) = (false, 0);
    for c in s.chars() {
        if n == max {
            break;
        }
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if let Some(f) = fold_char(c) {
            if space {
                out.push(' ');
                space = false;
                n += 1;
                if n == max {
                    break;
                }
            }
            out.push(f);
            n += 1;
        }
    }
    out
}

/// Whether a character is an Arabic letter (after folding).
#[inline]
pub fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{064A}' | '\u{066E}'..='\u{06D3}' | '\u{06FA}'..='\u{06FF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: &str) {
        assert_eq!(match_key(input), expected, "key of {input:?}");
    }

    #[test]
    fn folds_spelling_variants() {
        check("أميركا", "اميركا");
        check("إيران", "ايران");
        check("آسيا", "اسيا");
        check("مصطفى", "مصطفي");
        check("الدوحة", "الدوحه");
        check("رئيسـة", "رييسه");
        check("مُصَمَّمُون", "مصممون");
        check("٢٠٢٤ و۱۹", "2024 و19");
        check("بو\u{200F}تين", "بوتين");
        check("  Vladimir   PUTIN ", "vladimir putin");
        check("مسؤول", "مسوول");
        check("شاطئ", "شاطي");
    }

    #[test]
    fn a_key_head_is_the_start_of_the_key() {
        for s in [
            "",
            "  قال   الوزيرُ  ",
            "مُصَمَّمُون في الـــدوحة",
            "Vladimir\t PUTIN said",
            "\u{200F} \u{200F}أ",
        ] {
            let key: Vec<char> = match_key(s).chars().collect();
            for max in 0..=key.len() + 1 {
                let head: String = key.iter().take(max).collect();
                assert_eq!(match_key_head(s, max), head, "{s:?} {max}");
            }
        }
    }
}
