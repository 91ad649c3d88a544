//! Where in the case file a value came from.

/// A byte range in the case file, so errors found while calculating can point at their source.
pub type Span = std::ops::Range<usize>;
