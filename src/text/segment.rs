//! Sentence splitting that knows Arabic punctuation, quotes and headline forms.
//!
//! Sentences end at `. ! ? ؟ …`, at the headline separators `|` and `..`, at bullets and
//! at paragraph breaks. A terminator inside a quotation does not end the sentence when
//! the quotation closes within the same paragraph (a quote left open, as scraped text
//! often has, protects nothing). Every sentence keeps its byte and token ranges.

use super::tokenize::{Token, TokenKind};

/// One sentence of an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Byte offset of the sentence's first character in the article text.
    pub start: usize,
    /// Byte offset just past its last character.
    pub end: usize,
    /// Index of its first token in the article's token list.
    pub tok_start: usize,
    /// Index just past its last token.
    pub tok_end: usize,
    /// Index of the paragraph (line) it belongs to.
    pub paragraph: usize,
}

const TERMINATORS: [char; 7] = ['.', '!', '?', '؟', '…', '|', '؛'];
const BULLETS: [char; 6] = ['•', '●', '▪', '■', '◆', '►'];

fn quote_pair(c: char) -> Option<char> {
    match c {
        '«' => Some('»'),
        '“' => Some('”'),
        '„' => Some('“'),
        '‘' => Some('’'),
        '"' => Some('"'),
        _ => None,
    }
}

/// For every token, whether it sits inside a quotation that closes in the same paragraph.
fn protected(text: &str, tokens: &[Token], para: &[usize]) -> Vec<bool> {
    let mut prot = vec![false; tokens.len()];
    let mut i = 0;
    while i < tokens.len() {
        let Some(open) = tokens[i].punct() else {
            i += 1;
            continue;
        };
        let Some(close) = quote_pair(open) else {
            i += 1;
            continue;
        };
        // find the closing mark in the same paragraph; for a straight quote, a second
        // straight quote that looks like an opening one (space before, letter after)
        // means this one was never closed
        let mut j = i + 1;
        let mut found = None;
        while j < tokens.len() && para[j] == para[i] {
            if tokens[j].is(close) {
                if open == '"' && opens_here(text, tokens, j) && !closes_here(text, tokens, j) {
                    break;
                }
                found = Some(j);
                break;
            }
            j += 1;
        }
        match found {
            Some(j) if tokens[j].start - tokens[i].end < 1500 => {
                for p in prot.iter_mut().take(j).skip(i + 1) {
                    *p = true;
                }
                i = j + 1;
            }
            _ => i += 1,
        }
    }
    prot
}

fn opens_here(text: &str, tokens: &[Token], j: usize) -> bool {
    let before_space =
        tokens[j].start == 0 || text[..tokens[j].start].ends_with(char::is_whitespace);
    let after_word = tokens
        .get(j + 1)
        .is_some_and(|t| t.kind != TokenKind::Punct && t.start == tokens[j].end);
    before_space && after_word
}

fn closes_here(text: &str, tokens: &[Token], j: usize) -> bool {
    let glued_before =
        j > 0 && tokens[j - 1].end == tokens[j].start && tokens[j - 1].kind != TokenKind::Punct;
    let after = text[tokens[j].end..].chars().next();
    glued_before
        && after.is_none_or(|c| c.is_whitespace() || c.is_ascii_punctuation() || "،؛.".contains(c))
}

/// Paragraph index of every token: a new paragraph starts after a line break.
fn paragraphs(text: &str, tokens: &[Token]) -> Vec<usize> {
    let mut out = Vec::with_capacity(tokens.len());
    let mut p = 0;
    let mut prev_end = 0;
    for t in tokens {
        if text[prev_end..t.start].contains('\n') {
            p += 1;
        }
        out.push(p);
        prev_end = t.end;
    }
    out
}

/// Splits an article's tokens into sentences.
/// A terminator that closes a quotation and the sentence with it: `… من قبل." وقالت`
/// (the closing mark right after it, then a new word).
fn ends_quotation(tokens: &[Token], i: usize) -> bool {
    let (Some(q), Some(next)) = (tokens.get(i + 1), tokens.get(i + 2)) else {
        return false;
    };
    q.punct().is_some_and(|c| "\"»”".contains(c))
        && q.start == tokens[i].end
        && next.kind == TokenKind::Word
}

pub fn split(text: &str, tokens: &[Token]) -> Vec<Sentence> {
    let para = paragraphs(text, tokens);
    let prot = protected(text, tokens, &para);
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    let push = |out: &mut Vec<Sentence>, s: usize, e: usize| {
        // a sentence of punctuation only carries nothing
        if e > s && tokens[s..e].iter().any(|t| t.kind != TokenKind::Punct) {
            out.push(Sentence {
                start: tokens[s].start,
                end: tokens[e - 1].end,
                tok_start: s,
                tok_end: e,
                paragraph: para[s],
            });
        }
    };
    while i < tokens.len() {
        if i > start && para[i] != para[i - 1] {
            push(&mut out, start, i);
            start = i;
        }
        let t = &tokens[i];
        if let Some(c) = t.punct() {
            if BULLETS.contains(&c) {
                push(&mut out, start, i);
                start = i + 1;
            } else if TERMINATORS.contains(&c) && (!prot[i] || ends_quotation(tokens, i)) {
                // take the run of terminators and closing quotes that follow
                let mut j = i + 1;
                while j < tokens.len()
                    && para[j] == para[i]
                    && tokens[j]
                        .punct()
                        .is_some_and(|d| TERMINATORS.contains(&d) || "\"»”’)".contains(d))
                    && tokens[j].start == tokens[j - 1].end
                {
                    j += 1;
                }
                push(&mut out, start, j);
                start = j;
                i = j;
                continue;
            }
        }
        i += 1;
    }
    push(&mut out, start, tokens.len());
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize::tokenize;

    fn check(input: &str, expected: &[&str]) {
        let toks = tokenize(input);
        let got: Vec<&str> = split(input, &toks)
            .iter()
            .map(|s| &input[s.start..s.end])
            .collect();
        assert_eq!(got, expected, "sentences of {input:?}");
    }

    #[test]
    fn splits_on_arabic_punctuation() {
        check(
            "زار الوزير القاهرة. ثم عاد إلى بلاده؟ نعم!",
            &["زار الوزير القاهرة.", "ثم عاد إلى بلاده؟", "نعم!"],
        );
        check("أولا؛ ثانيا", &["أولا؛", "ثانيا"]);
        check("انتهى الاجتماع… وبدأ غيره", &["انتهى الاجتماع…", "وبدأ غيره"]);
    }

    #[test]
    fn keeps_closed_quotes_together() {
        check(
            "قال: «نحن هنا. ولن نرحل» ثم مضى.",
            &["قال: «نحن هنا. ولن نرحل» ثم مضى."],
        );
        check(
            "وقال: \"هذا صحيح. تماما\".",
            &["وقال: \"هذا صحيح. تماما\"."],
        );
    }

    #[test]
    fn a_quotation_closing_with_its_sentence_ends_it() {
        check(
            "وقال: \"لم يحدث هذا من قبل.\" وقالت الوكالة إن الإعصار قوي.",
            &[
                "وقال: \"لم يحدث هذا من قبل.\"",
                "وقالت الوكالة إن الإعصار قوي.",
            ],
        );
        check("وقال: «نحن هنا.» ثم مضى.", &["وقال: «نحن هنا.»", "ثم مضى."]);
    }

    #[test]
    fn open_quotes_protect_nothing() {
        check(
            "أكد أن \"العلاقات جيدة. وقال: \"التعاون مستمر\" ثم غادر.",
            &["أكد أن \"العلاقات جيدة.", "وقال: \"التعاون مستمر\" ثم غادر."],
        );
    }

    #[test]
    fn headline_separators_and_paragraphs() {
        check(
            "عقوبات جديدة.. وموسكو ترد",
            &["عقوبات جديدة..", "وموسكو ترد"],
        );
        check("ترامب | صفقة كبرى", &["ترامب |", "صفقة كبرى"]);
        check("عنوان المقال\nنص المقال", &["عنوان المقال", "نص المقال"]);
        check("• خبر أول\n• خبر ثان", &["خبر أول", "خبر ثان"]);
        check("نسبة 3.5 بالمئة", &["نسبة 3.5 بالمئة"]);
        check("", &[]);
    }
}
