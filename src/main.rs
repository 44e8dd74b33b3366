use anyhow::Result;
use std::io::Write;
use std::path::PathBuf;
fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let lex = isnad::lexicon::load_dir(&PathBuf::from("ontology"))?;
    let inputs: Vec<PathBuf> = args[2..].iter().map(PathBuf::from).collect();
    let out = std::io::stdout();
    let mut out = out.lock();
    for a in isnad::input::ArticleReader::new(&inputs) {
        match a {
            Ok(a) => {
                let ex = isnad::extract::extract_article(&lex, a);
                isnad::output::write_jsonl(&ex, &mut out)?;
            }
            Err(e) => eprintln!("{e}"),
        }
    }
    out.flush()?;
    Ok(())
}
