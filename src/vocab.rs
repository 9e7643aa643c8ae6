//! The kebab-case names of the model's enums, read from their serde derive.
//!
//! `#[serde(rename_all = "kebab-case")]` on an enum in `model.rs` is the one
//! place its names are spelt: the JSON writes them through serde, and the
//! table, Markdown, rule tests and finding labels ask `Named::name`, which runs
//! the same derive through a serializer that keeps only the variant's name.
//! Adding a variant therefore needs no name written anywhere else. (Claim
//! kinds are named by `kinds::ClaimKind`, which also parses them from rules.)

use std::fmt;

use serde::ser::{self, Impossible, Serialize, SerializeStructVariant, SerializeTupleVariant};

use crate::model::{
    Approx, Certainty, DenialClass, FindingKind, Grain, OriginPolicy, SentenceKind, Severity,
    SpeechAct, Stance, Status, ValueKind,
};

/// An enum whose variants have a kebab-case name: the one serde writes.
pub trait Named: Serialize {
    /// The variant's name as it appears in JSON: `figure-conflict`, `not-enough-info`.
    fn name(&self) -> &'static str {
        self.serialize(VariantName)
            .expect("Named is implemented only for enums serde writes by variant name")
    }
}

impl Named for Approx {}
impl Named for Certainty {}
impl Named for SpeechAct {}
impl Named for DenialClass {}
impl Named for FindingKind {}
impl Named for Grain {}
impl Named for OriginPolicy {}
impl Named for SentenceKind {}
impl Named for Severity {}
impl Named for Stance {}
impl Named for Status {}
impl Named for ValueKind {}

/// A serializer that returns the name of the variant it is given and ignores
/// any data the variant carries.
struct VariantName;

/// What `VariantName` returns for anything but an enum variant.
#[derive(Debug)]
struct NotAVariant;

impl fmt::Display for NotAVariant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not an enum variant")
    }
}

impl std::error::Error for NotAVariant {}

impl ser::Error for NotAVariant {
    fn custom<T: fmt::Display>(_msg: T) -> Self {
        NotAVariant
    }
}

/// Writes the serializer methods that reject a value which is not a variant.
macro_rules! reject {
    ($($method:ident($($arg:ty),*) -> $ok:ty;)*) => {
        $(fn $method(self, $(_: $arg),*) -> Result<$ok, NotAVariant> {
            Err(NotAVariant)
        })*
    };
}

impl ser::Serializer for VariantName {
    type Ok = &'static str;
    type Error = NotAVariant;
    type SerializeSeq = Impossible<&'static str, NotAVariant>;
    type SerializeTuple = Impossible<&'static str, NotAVariant>;
    type SerializeTupleStruct = Impossible<&'static str, NotAVariant>;
    type SerializeTupleVariant = Fields;
    type SerializeMap = Impossible<&'static str, NotAVariant>;
    type SerializeStruct = Impossible<&'static str, NotAVariant>;
    type SerializeStructVariant = Fields;

    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<&'static str, NotAVariant> {
        Ok(variant)
    }

    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _value: &T,
    ) -> Result<&'static str, NotAVariant> {
        Ok(variant)
    }

    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Fields, NotAVariant> {
        Ok(Fields(variant))
    }

    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Fields, NotAVariant> {
        Ok(Fields(variant))
    }

    fn serialize_some<T: ?Sized + Serialize>(
        self,
        _value: &T,
    ) -> Result<&'static str, NotAVariant> {
        Err(NotAVariant)
    }

    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        _name: &'static str,
        _value: &T,
    ) -> Result<&'static str, NotAVariant> {
        Err(NotAVariant)
    }

    reject! {
        serialize_bool(bool) -> &'static str;
        serialize_i8(i8) -> &'static str;
        serialize_i16(i16) -> &'static str;
        serialize_i32(i32) -> &'static str;
        serialize_i64(i64) -> &'static str;
        serialize_u8(u8) -> &'static str;
        serialize_u16(u16) -> &'static str;
        serialize_u32(u32) -> &'static str;
        serialize_u64(u64) -> &'static str;
        serialize_f32(f32) -> &'static str;
        serialize_f64(f64) -> &'static str;
        serialize_char(char) -> &'static str;
        serialize_str(&str) -> &'static str;
        serialize_bytes(&[u8]) -> &'static str;
        serialize_none() -> &'static str;
        serialize_unit() -> &'static str;
        serialize_unit_struct(&'static str) -> &'static str;
        serialize_seq(Option<usize>) -> Self::SerializeSeq;
        serialize_tuple(usize) -> Self::SerializeTuple;
        serialize_tuple_struct(&'static str, usize) -> Self::SerializeTupleStruct;
        serialize_map(Option<usize>) -> Self::SerializeMap;
        serialize_struct(&'static str, usize) -> Self::SerializeStruct;
    }
}

/// The fields of a tuple or struct variant, skipped; `end` gives its name.
struct Fields(&'static str);

impl SerializeTupleVariant for Fields {
    type Ok = &'static str;
    type Error = NotAVariant;

    fn serialize_field<T: ?Sized + Serialize>(&mut self, _value: &T) -> Result<(), NotAVariant> {
        Ok(())
    }

    fn end(self) -> Result<&'static str, NotAVariant> {
        Ok(self.0)
    }
}

impl SerializeStructVariant for Fields {
    type Ok = &'static str;
    type Error = NotAVariant;

    fn serialize_field<T: ?Sized + Serialize>(
        &mut self,
        _key: &'static str,
        _value: &T,
    ) -> Result<(), NotAVariant> {
        Ok(())
    }

    fn end(self) -> Result<&'static str, NotAVariant> {
        Ok(self.0)
    }
}

#[cfg(test)]
mod tests {
    use clap::ValueEnum;

    use super::*;

    fn check<T: Named>(values: &[T], expected: &[&str]) {
        let names: Vec<&str> = values.iter().map(Named::name).collect();
        assert_eq!(names, expected);
        for value in values {
            let json = serde_json::to_value(value).expect("a model enum serialises");
            let serde_name = match &json {
                serde_json::Value::String(name) => name.as_str(),
                serde_json::Value::Object(map) => map.keys().next().expect("one variant key"),
                other => panic!("unexpected JSON {other}"),
            };
            assert_eq!(value.name(), serde_name, "JSON {json}");
        }
    }

    #[test]
    fn names_are_the_json_names() {
        check(
            FindingKind::value_variants(),
            &[
                "contradiction",
                "figure-conflict",
                "unsupported",
                "corroborated",
                "invalid-value",
                "name-variant",
            ],
        );
        check(
            &[Status::Supported, Status::Disputed, Status::NotEnoughInfo],
            &["supported", "disputed", "not-enough-info"],
        );
        check(
            &[
                Severity::Info,
                Severity::Low,
                Severity::Medium,
                Severity::High,
            ],
            &["info", "low", "medium", "high"],
        );
        check(&[Stance::Affirm, Stance::Deny], &["affirm", "deny"]);
        check(
            &[DenialClass::Negation, DenialClass::Antonymy],
            &["negation", "antonymy"],
        );
        check(
            &[Approx::About, Approx::AtLeast, Approx::AtMost],
            &["about", "at-least", "at-most"],
        );
        check(
            &[Grain::Year, Grain::Month, Grain::Day],
            &["year", "month", "day"],
        );
        check(
            &[
                ValueKind::Percent,
                ValueKind::Count,
                ValueKind::Money,
                ValueKind::Quantity,
                ValueKind::Year,
                ValueKind::Date,
                ValueKind::Range,
                ValueKind::Multiplier,
                ValueKind::Duration,
                ValueKind::Ordinal,
            ],
            &[
                "percent",
                "count",
                "money",
                "quantity",
                "year",
                "date",
                "range",
                "multiplier",
                "duration",
                "ordinal",
            ],
        );
        check(
            &[
                SentenceKind::Body,
                SentenceKind::Heading,
                SentenceKind::PullQuote,
                SentenceKind::Furniture,
            ],
            &["body", "heading", "pull-quote", "furniture"],
        );
        check(
            &[OriginPolicy::Speaker, OriginPolicy::Publisher],
            &["speaker", "publisher"],
        );
    }

    #[test]
    fn command_line_names_are_the_json_names() {
        for kind in FindingKind::value_variants() {
            let value = kind.to_possible_value().expect("no kind is skipped");
            assert_eq!(value.get_name(), kind.name());
        }
    }

    #[test]
    fn a_value_that_is_not_a_variant_has_no_name() {
        assert!(1_u32.serialize(VariantName).is_err());
        assert!("affirm".serialize(VariantName).is_err());
    }
}
