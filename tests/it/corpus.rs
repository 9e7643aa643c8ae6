//! Corpus loading through the binary: manifests, front matter, CRLF, BOM.
