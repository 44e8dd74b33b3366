//! Page furniture: the parts of a scraped page that are not the article.
//!
//! Tag lists, "read also" links, related-article lists, follow-us and share lines
//! carry headlines of other articles; facts read from them would be attributed to
//! the wrong article. "المصدر: X" names the outlet and is kept as metadata.

use super::normalize::match_key_head;

/// Lines that start with one of these are furniture (the line only).
const LINE_CUES: &[&str] = &[
    "اقرا ايضا",
    "اقرا كذلك",
    "اقرا المزيد",
    "شاهد ايضا",
    "شاهد كذلك",
    "طالع ايضا",
    "انظر ايضا",
    "تابعونا",
    "تابعوا",
    "تابع ",
    "شارك",
    "كلمات دلاليه",
    "الكلمات الدلاليه",
    "كلمات مفتاحيه",
    "الوسوم",
    "وسوم",
    "tags",
    "share",
    "follow us",
    "read also",
    "read more",
    "اشترك",
    "حمل تطبيق",
];

/// Lines that start with one of these open a list that runs to the end of the page.
const TAIL_CUES: &[&str] = &[
    "مقالات مشابهه",
    "مقالات ذات صله",
    "اخبار ذات صله",
    "مواضيع ذات صله",
    "اخبار متعلقه",
    "قد يعجبك ايضا",
    "الاكثر قراءه",
    "الاكثر مشاهده",
    "موضوعات ذات صله",
    "related",
];

/// Cues of an attribution line: "المصدر: الجزيرة".
const SOURCE_CUES: &[&str] = &["المصدر", "مصدر الخبر", "source"];

/// What the furniture scan found in a page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageFurniture {
    /// Paragraph indexes that are furniture.
    pub furniture: Vec<bool>,
    /// The outlet named on an "المصدر:" line, verbatim.
    pub source: Option<String>,
}

/// Classifies paragraphs, given each paragraph's text (in order).
pub fn scan<'a>(paragraphs: impl IntoIterator<Item = &'a str>) -> PageFurniture {
    let mut out = PageFurniture::default();
    let mut tail = false;
    for p in paragraphs {
        // every cue is shorter than the 40 characters a tail line may have, so the key's
        // first 40 decide both tests
        let key = match_key_head(p.trim_start_matches(|c: char| !c.is_alphanumeric()), 40);
        let starts = |cues: &[&str]| cues.iter().any(|c| key.starts_with(c));
        if starts(TAIL_CUES) && key.chars().count() < 40 {
            tail = true;
        }
        let mut furniture = tail || starts(LINE_CUES) || glued_headlines(p);
        if !furniture && starts(SOURCE_CUES) {
            if let Some((_, rest)) = p.split_once([':', '：']) {
                let name = rest.trim().trim_end_matches(['.', '،']);
                if !name.is_empty() && name.chars().count() <= 40 {
                    out.source = Some(name.to_string());
                    furniture = true;
                }
            }
        }
        out.furniture.push(furniture);
    }
    out
}

/// A run of other articles' headlines pasted together: several "X: …" forms in one
/// line, with no sentence punctuation between them.
fn glued_headlines(p: &str) -> bool {
    let colons = p.matches(':').count();
    let stops = p.matches(['.', '؟', '!']).count();
    colons >= 3 && stops == 0 || (colons >= 2 && stops == 0 && p.contains('|'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::normalize::match_key;

    fn check(paragraphs: &[&str], expected: &[bool], source: Option<&str>) {
        let got = scan(paragraphs.iter().copied());
        assert_eq!(got.furniture, expected, "{paragraphs:?}");
        assert_eq!(got.source.as_deref(), source);
    }

    #[test]
    fn finds_furniture() {
        check(
            &[
                "زار الوزير المدينة.",
                "اقرأ أيضاً: الوزير يعود",
                "وأضاف الوزير أن الزيارة ناجحة.",
            ],
            &[false, true, false],
            None,
        );
        check(
            &["نص.", "مقالات ذات صلة", "خبر أول", "خبر ثان"],
            &[false, true, true, true],
            None,
        );
        check(
            &["نص.", "المصدر: وكالة الأنباء", "تابعونا على فيسبوك"],
            &[false, true, true],
            Some("وكالة الأنباء"),
        );
        check(&["إقرأ أيضاً:"], &[true], None);
        check(
            &["الوزارة: لا تغيير في الخطةوزير: الأسعار ثابتةمحلل: الأزمة طويلة"],
            &[true],
            None,
        );
        check(&["قال الوزير: الوضع مستقر."], &[false], None);
    }

    #[test]
    fn a_tail_heading_is_a_short_line() {
        // 39 characters of key (the diacritics and tatweel count for nothing)
        let heading = "مقالاتٌ ذاتُ صـــلة بالموضوع في الأقسام ذاته";
        assert_eq!(match_key(heading).chars().count(), 39);
        check(&["نص.", heading, "خبر"], &[false, true, true], None);
        // one letter more is a line of text
        let longer = "مقالاتٌ ذاتُ صـــلة بالموضوع في الأقسام ذاتها";
        assert_eq!(match_key(longer).chars().count(), 40);
        check(&["نص.", longer, "خبر"], &[false, false, false], None);
        // the same words opening a sentence of the article
        let sentence = "مقالات ذات صلة بالموضوع نشرت أمس في الصحف المحلية.";
        check(&["نص.", sentence, "خبر"], &[false, false, false], None);
    }

    #[test]
    fn every_cue_is_shorter_than_a_tail_heading() {
        for cue in LINE_CUES.iter().chain(TAIL_CUES).chain(SOURCE_CUES) {
            assert!(cue.chars().count() < 40, "{cue}");
            assert_eq!(
                match_key(cue),
                cue.trim_end(),
                "cues are written as match keys"
            );
        }
    }
}
