//! isnad: Arabic news articles → facts with provenance → an embedded RDF store.
//!
//! The pipeline, one module per layer, each depending only on the ones before it:
//! `input` and `text` → `lexicon` → `mentions` → `relations` → `extract` →
//! `output` / `provenance` → `store` → `query` → `lookup` → `serve`.

mod digest;
pub mod export;
pub mod extract;
pub mod input;
pub mod lexicon;
pub mod lookup;
pub mod mentions;
pub mod output;
pub mod pipeline;
pub mod provenance;
pub mod push;
pub mod query;
pub mod relations;
pub mod serve;
pub mod store;
pub mod summary;
pub mod text;
pub mod vocab;
