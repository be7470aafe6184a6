//! Shared helpers of the integration suite live in `suite/`; this library is empty.
