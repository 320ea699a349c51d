/// One token of a JSON text as the tokenizer hands it out. Punctuation (`:` and `,`) is checked by
/// the tokenizer and never surfaces; keys are told apart from string values.
enum JSONToken: Equatable {
  case objectStart
  case objectEnd
  case arrayStart
  case arrayEnd
  /// An object member's name.
  case key(String)
  case string(String)
  /// A number a `Double` holds exactly or to its own precision.
  case number(Double)
  /// A number a `Double` cannot hold (`1e400`, an integer past 2^53), kept as written so that the
  /// value is reported rather than silently rounded.
  case numberLiteral(String)
  case bool(Bool)
  case null
  /// The input is exhausted after a complete document (or, in line mode, after the last line).
  case endOfInput
}
