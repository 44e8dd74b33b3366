//! Lowercase hex of digest bytes, for the names made from hashes (content hashes, tally
//! IRIs, cache files), written one way everywhere.

/// The bytes as lowercase hex, two digits each.
pub(crate) fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        // writing to a String cannot fail
        let _ = write!(s, "{b:02x}");
    }
    s
}
