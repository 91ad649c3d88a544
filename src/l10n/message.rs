//! What the core says (`crate::calc` builds them): a message is a stable id and the typed values its text is made of, never
//! a finished sentence. Each language's catalogue (`locales/<lang>/*.ftl`, `crate::l10n`) says
//! how; JSON carries the id and the values (`message_id`, `args`) beside the English text.

use jiff::civil::Date;
use rust_decimal::Decimal;
use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

/// A message: an id of the catalogues and its arguments, in the order the core gives them.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    /// The id: kebab-case, stable (scripts select steps by it), e.g. `edpb-step-2a-band`.
    pub id: &'static str,
    /// The named values the text is made of.
    pub args: Vec<(&'static str, Arg)>,
}

/// A typed value of a message; each language writes it its own way.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// An amount in its currency (`EUR 30,500,000.00`, `€ 30.500.000,00`, `30.500.000,00 EUR`).
    Money(Amount),
    /// An amount without its currency (`4,000,000.00`, `4.000.000,00`), where the text names
    /// the currency elsewhere: the ends of a range, a sum written out.
    Figure(Amount),
    /// An exact number: a percentage, a rate, a factor (`12.5`, `12,5`).
    Number(Decimal),
    /// A whole number, which also chooses a plural (`1 day`, `3 days`).
    Count(i64),
    /// A calendar day.
    Date(Date),
    /// A provision of the GDPR in the compact form (`83(5)(a)`): each language cites it its
    /// own way (`Art. 83(5)(a)`, `artikel 83, vijfde lid, onder a`, `Art. 83 Abs. 5 lit. a`).
    Provision(String),
    /// Several provisions, written as a list.
    Provisions(Vec<String>),
    /// A provision of the GDPR where the sentence already says it is one (`Art. 83(4) lists
    /// 32(1)`): a compact citation style writes it as it is (`32(1)`), the others cite it in
    /// full (`artikel 32, eerste lid`, `Art. 32 Abs. 1`).
    Article(String),
    /// One of a fixed set of words (an enum's name, e.g. `month`, `medium`): the catalogue
    /// chooses the text with a select expression.
    Key(&'static str),
    /// Text that is the same in every language: the case file's own words, ids, codes.
    Text(String),
    /// A message inside a message (a reason, a part the core composes).
    Message(Box<Message>),
}

impl Message {
    /// The message `id`, without arguments yet.
    pub fn new(id: &'static str) -> Message {
        Message { id, args: Vec::new() }
    }

    /// The message with one more argument.
    #[must_use]
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Message {
        self.args.push((name, value.into()));
        self
    }

    /// The argument `name`, if the message has it.
    pub fn get(&self, name: &str) -> Option<&Arg> {
        self.args.iter().find(|(n, _)| *n == name).map(|(_, value)| value)
    }
}

/// An exact amount and its currency's ISO 4217 code.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Amount {
    /// The amount, never rounded here.
    pub value: Decimal,
    /// `EUR`, `PLN`.
    pub currency: &'static str,
}
impl From<Decimal> for Arg {
    fn from(value: Decimal) -> Arg {
        Arg::Number(value)
    }
}
impl From<Date> for Arg {
    fn from(value: Date) -> Arg {
        Arg::Date(value)
    }
}
impl From<i64> for Arg {
    fn from(value: i64) -> Arg {
        Arg::Count(value)
    }
}
impl From<usize> for Arg {
    fn from(value: usize) -> Arg {
        Arg::Count(i64::try_from(value).unwrap_or(i64::MAX))
    }
}
impl From<u64> for Arg {
    fn from(value: u64) -> Arg {
        Arg::Count(i64::try_from(value).unwrap_or(i64::MAX))
    }
}
impl From<u32> for Arg {
    fn from(value: u32) -> Arg {
        Arg::Count(i64::from(value))
    }
}
impl From<String> for Arg {
    fn from(value: String) -> Arg {
        Arg::Text(value)
    }
}
impl From<&str> for Arg {
    fn from(value: &str) -> Arg {
        Arg::Text(value.to_string())
    }
}
impl From<Message> for Arg {
    fn from(value: Message) -> Arg {
        Arg::Message(Box::new(value))
    }
}

/// In JSON an argument is what it holds: an amount as `{"amount": "30500000.00", "currency":
/// "EUR"}`, a number as an exact decimal string, a count as an integer, a date as
/// `YYYY-MM-DD`, provisions and keys and texts as strings, a message as its `message_id` and
/// `args`.
impl Serialize for Arg {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Arg::Money(money) | Arg::Figure(money) => {
                let mut map = serializer.serialize_map(Some(2))?;
                map.serialize_entry("amount", &super::digits(money.value, None, '.'))?;
                map.serialize_entry("currency", money.currency)?;
                map.end()
            }
            Arg::Number(number) => serializer.serialize_str(&number.to_string()),
            Arg::Count(count) => serializer.serialize_i64(*count),
            Arg::Date(date) => serializer.collect_str(date),
            Arg::Provision(text) | Arg::Article(text) | Arg::Text(text) => serializer.serialize_str(text),
            Arg::Provisions(list) => list.serialize(serializer),
            Arg::Key(key) => serializer.serialize_str(key),
            Arg::Message(message) => {
                let mut map = serializer.serialize_map(Some(2))?;
                map.serialize_entry("message_id", message.id)?;
                map.serialize_entry("args", &Args(&message.args))?;
                map.end()
            }
        }
    }
}

/// A message's arguments as one JSON object, in the order given.
pub struct Args<'a>(pub &'a [(&'static str, Arg)]);

impl Serialize for Args<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (name, value) in self.0 {
            map.serialize_entry(name, value)?;
        }
        map.end()
    }
}
