//! Any `serde::Serialize` (the page's derived types) into a [`Value`], laid out as
//! `serde_json` lays it out: structs and maps as objects in field order, `None` and unit as
//! `null`, unit variants as strings, other variants as `{"Variant": …}`.

use serde::ser::{self, Serialize};

use super::{JsonError, Map, Number, Value};

/// Why a value could not be turned into JSON: [`JsonError::Value`].
impl ser::Error for JsonError {
    fn custom<T: std::fmt::Display>(msg: T) -> Self {
        JsonError::Value(msg.to_string())
    }
}

type Error = JsonError;

/// The JSON value of `value`. Fails for floating-point numbers (see the module docs) and
/// for map keys that are not strings.
pub fn to_value<T: Serialize + ?Sized>(value: &T) -> Result<Value, Error> {
    value.serialize(Serializer)
}

struct Serializer;

/// Collects the items of a sequence or tuple (`variant`: wrap as `{"variant": [...]}`).
pub struct Seq {
    items: Vec<Value>,
    variant: Option<&'static str>,
}

/// Collects the members of a struct or map (`variant`: wrap as `{"variant": {...}}`).
pub struct Obj {
    map: Map<String, Value>,
    key: Option<String>,
    variant: Option<&'static str>,
}

fn wrap(variant: Option<&'static str>, value: Value) -> Value {
    match variant {
        None => value,
        Some(name) => {
            let mut map = Map::new();
            map.push(name.to_string(), value);
            Value::Object(map)
        }
    }
}

impl ser::Serializer for Serializer {
    type Ok = Value;
    type Error = Error;
    type SerializeSeq = Seq;
    type SerializeTuple = Seq;
    type SerializeTupleStruct = Seq;
    type SerializeTupleVariant = Seq;
    type SerializeMap = Obj;
    type SerializeStruct = Obj;
    type SerializeStructVariant = Obj;

    fn serialize_bool(self, v: bool) -> Result<Value, Error> {
        Ok(Value::Bool(v))
    }
    fn serialize_i8(self, v: i8) -> Result<Value, Error> {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_i16(self, v: i16) -> Result<Value, Error> {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_i32(self, v: i32) -> Result<Value, Error> {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_i64(self, v: i64) -> Result<Value, Error> {
        Ok(Value::Number(Number::Int(v)))
    }
    fn serialize_u8(self, v: u8) -> Result<Value, Error> {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u16(self, v: u16) -> Result<Value, Error> {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u32(self, v: u32) -> Result<Value, Error> {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u64(self, v: u64) -> Result<Value, Error> {
        Ok(Value::Number(Number::UInt(v)))
    }
    fn serialize_f32(self, _: f32) -> Result<Value, Error> {
        Err(JsonError::Value(
            "floating-point numbers are not written".into(),
        ))
    }
    fn serialize_f64(self, _: f64) -> Result<Value, Error> {
        Err(JsonError::Value(
            "floating-point numbers are not written".into(),
        ))
    }
    fn serialize_char(self, v: char) -> Result<Value, Error> {
        Ok(Value::String(v.to_string()))
    }
    fn serialize_str(self, v: &str) -> Result<Value, Error> {
        Ok(Value::String(v.to_string()))
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<Value, Error> {
        Ok(Value::Array(
            v.iter()
                .map(|b| Value::Number(Number::UInt(u64::from(*b))))
                .collect(),
        ))
    }
    fn serialize_none(self) -> Result<Value, Error> {
        Ok(Value::Null)
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<Value, Error> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<Value, Error> {
        Ok(Value::Null)
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<Value, Error> {
        Ok(Value::Null)
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<Value, Error> {
        Ok(Value::String(variant.to_string()))
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<Value, Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<Value, Error> {
        Ok(wrap(Some(variant), value.serialize(self)?))
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<Seq, Error> {
        Ok(Seq {
            items: Vec::with_capacity(len.unwrap_or(0)),
            variant: None,
        })
    }
    fn serialize_tuple(self, len: usize) -> Result<Seq, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _: &'static str, len: usize) -> Result<Seq, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Seq, Error> {
        Ok(Seq {
            items: Vec::with_capacity(len),
            variant: Some(variant),
        })
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Obj, Error> {
        Ok(Obj {
            map: Map::new(),
            key: None,
            variant: None,
        })
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Obj, Error> {
        self.serialize_map(None)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Obj, Error> {
        Ok(Obj {
            map: Map::new(),
            key: None,
            variant: Some(variant),
        })
    }
}

impl Seq {
    fn push<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.items.push(value.serialize(Serializer)?);
        Ok(())
    }
    fn done(self) -> Result<Value, Error> {
        Ok(wrap(self.variant, Value::Array(self.items)))
    }
}

/// serde has one trait per kind of sequence; in JSON all of them are arrays.
macro_rules! array_like {
    ($($kind:ident::$add:ident),*) => {$(
        impl ser::$kind for Seq {
            type Ok = Value;
            type Error = Error;
            fn $add<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
                self.push(value)
            }
            fn end(self) -> Result<Value, Error> {
                self.done()
            }
        }
    )*};
}

array_like!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

impl Obj {
    fn field<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) -> Result<(), Error> {
        self.map.push(key.to_string(), value.serialize(Serializer)?);
        Ok(())
    }
    fn done(self) -> Result<Value, Error> {
        Ok(wrap(self.variant, Value::Object(self.map)))
    }
}

impl ser::SerializeMap for Obj {
    type Ok = Value;
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        match key.serialize(Serializer)? {
            Value::String(s) => {
                self.key = Some(s);
                Ok(())
            }
            _ => Err(JsonError::Value("a map key must be a string".into())),
        }
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        let key = self
            .key
            .take()
            .ok_or_else(|| JsonError::Value("a map value without a key".into()))?;
        self.field(&key, value)
    }
    fn end(self) -> Result<Value, Error> {
        self.done()
    }
}

/// Structs and struct variants: objects in field order.
macro_rules! struct_like {
    ($($kind:ident),*) => {$(
        impl ser::$kind for Obj {
            type Ok = Value;
            type Error = Error;
            fn serialize_field<T: Serialize + ?Sized>(
                &mut self,
                key: &'static str,
                value: &T,
            ) -> Result<(), Error> {
                self.field(key, value)
            }
            fn end(self) -> Result<Value, Error> {
                self.done()
            }
        }
    )*};
}

struct_like!(SerializeStruct, SerializeStructVariant);
