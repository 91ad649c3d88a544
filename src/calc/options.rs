//! What the caller chooses beside the case: [`Options`] (on the command line, its options) and
//! [`CompareMethod`] (`--method`).

use jiff::civil::Date;

use super::model::{self, Seriousness};
use super::money::Money;
use super::report::Detail;

/// What the caller chose beside the case (on the command line: its options). Plain fields, so
/// that a what-if is `Options { turnover: Some(..), ..Options::new(as_of) }`.
#[derive(Debug, Clone)]
pub struct Options {
    /// `--turnover`: a what-if turnover in euros.
    pub turnover: Option<Money>,
    /// `--as-of`: penalties accrue to this date where an order has no `complied` date.
    pub as_of: Date,
    /// `--method`: show this method's result with its defaults beside each declared fine.
    pub compare: Option<CompareMethod>,
    /// Build the steps' text; sweeps need only the amounts.
    pub detail: Detail,
}

impl Options {
    /// The case file's own figures, penalties accrued to `as_of`, with every step explained.
    pub fn new(as_of: Date) -> Options {
        Options { turnover: None, as_of, compare: None, detail: Detail::Steps }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
/// A method to compare with each declared fine (`--method`).
pub enum CompareMethod {
    /// EDPB Guidelines 04/2022 at the given seriousness, middle of every band.
    Edpb(Seriousness),
    /// AP Boetebeleidsregels 2019: the basic fine of the annex category, or of the category
    /// given (`--category`) where the annexes list none of the violation's articles.
    Ap2019(Option<model::Category>),
}
