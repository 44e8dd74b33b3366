//! Tokens with byte offsets into the source text.
//!
//! A token is a run of letters (Arabic or Latin, with their combining marks and
//! tatweel), a number (any digit script, with its decimal separators), or one
//! punctuation character. White space separates tokens and is not kept.

use super::normalize::{fold_char, is_ignorable};

/// What kind of token this is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters.
    Word,
    /// Digits, possibly with `.`/`,`/`٫`/`٬` between them.
    Number,
    /// One punctuation or symbol character.
    Punct,
}

/// One token: where it is in the source and its match key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Byte offset of the first character in the source text.
    pub start: usize,
    /// Byte offset just past the last character.
    pub end: usize,
    /// The folded match key (see [`super::normalize`]).
    pub key: String,
    /// Word, number or punctuation.
    pub kind: TokenKind,
}

impl Token {
    /// The punctuation character, when the token is punctuation.
    pub fn punct(&self) -> Option<char> {
        if self.kind == TokenKind::Punct {
            self.key.chars().next()
        } else {
            None
        }
    }

    /// Whether the token is the punctuation character `c`.
    pub fn is(&self, c: char) -> bool {
        self.punct() == Some(c)
    }
}

#[inline]
fn is_word_char(c: char) -> bool {
    // fast paths for ASCII and the Arabic letters (all alphabetic), then the full table
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    if ('\u{0621}'..='\u{064A}').contains(&c) {
        return true;
    }
    c.is_alphabetic()
        || is_ignorable(c)
        || matches!(c, '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}')
}

fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || matches!(c, '٠'..='٩' | '۰'..='۹')
}

/// Splits `text` into tokens. Never fails: any character is either in a token or
/// white space.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 6);
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        // underscores join the words of hashtags (#الأمير_محمد_بن_سلمان): they separate like spaces
        if c.is_whitespace() || c == '_' {
            continue;
        }
        if is_digit(c) {
            let mut end = i + c.len_utf8();
            let mut key = String::new();
            key.push(fold_char(c).unwrap_or(c));
            while let Some(&(j, d)) = iter.peek() {
                if is_digit(d) {
                    key.push(fold_char(d).unwrap_or(d));
                    end = j + d.len_utf8();
                    iter.next();
                } else if matches!(d, '.' | ',' | '٫' | '٬') {
                    // a separator counts only when a digit follows it
                    let after = text[j + d.len_utf8()..].chars().next();
                    if after.is_some_and(is_digit) {
                        key.push(if matches!(d, ',' | '٬') { ',' } else { '.' });
                        end = j + d.len_utf8();
                        iter.next();
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            tokens.push(Token {
                start: i,
                end,
                key,
                kind: TokenKind::Number,
            });
        } else if is_word_char(c) {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = iter.peek() {
                if is_word_char(d) {
                    end = j + d.len_utf8();
                    iter.next();
                } else {
                    break;
                }
            }
            // the word's extent first, so its key is allocated once
            let mut key = String::with_capacity(end - i);
            key.extend(text[i..end].chars().filter_map(fold_char));
            if key.is_empty() {
                continue; // only marks: nothing to match
            }
            tokens.push(Token {
                start: i,
                end,
                key,
                kind: TokenKind::Word,
            });
        } else if c == '#' && text[i + 1..].chars().next().is_some_and(is_word_char) {
            // a hashtag (#ماتيس) is the word itself: news sites tag names inside sentences
            continue;
        } else {
            tokens.push(Token {
                start: i,
                end: i + c.len_utf8(),
                key: c.to_string(),
                kind: TokenKind::Punct,
            });
        }
    }
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: &[&str]) {
        let toks = tokenize(input);
        let got: Vec<&str> = toks.iter().map(|t| &input[t.start..t.end]).collect();
        assert_eq!(got, expected, "tokens of {input:?}");
    }

    #[test]
    fn splits_words_numbers_and_punctuation() {
        check(
            "قال بوتين: \"روسيا\"",
            &["قال", "بوتين", ":", "\"", "روسيا", "\""],
        );
        check(
            "تخطت 220 مليار يورو عام 2023.",
            &["تخطت", "220", "مليار", "يورو", "عام", "2023", "."],
        );
        check("نسبة 3.5% و٢٠١٨", &["نسبة", "3.5", "%", "و", "٢٠١٨"]);
        check("#ترمب يغرد", &["ترمب", "يغرد"]);
        check("قال جيمس #ماتيس", &["قال", "جيمس", "ماتيس"]);
        check("رقم # 5", &["رقم", "#", "5"]);
        check("مصمّمون -اليوم-", &["مصمّمون", "-", "اليوم", "-"]);
        check("", &[]);
    }

    #[test]
    fn keys_are_folded() {
        let t = tokenize("أكّد");
        assert_eq!(t[0].key, "اكد");
    }
}
