//! The text layer: match keys, tokens with offsets, clitics, sentences, furniture.
//!
//! Nothing here knows about entities or relations; everything here is lossless with
//! respect to the source (offsets point into it) except match keys, which are for
//! comparison only.

pub mod clitics;
pub mod furniture;
pub mod normalize;
pub mod segment;
pub mod tokenize;

pub use normalize::match_key;
pub use segment::Sentence;
pub use tokenize::{Token, TokenKind};
