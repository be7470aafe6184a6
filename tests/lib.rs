//! The integration suite of Sopan lives in `suite/` as one test binary (one link instead of
//! one per file, which matters on two cores). This library is empty; see README.md here.
