import ContainerFitReporting
import XCTest

final class EscaperTests: XCTestCase {
  static let hostile = [
    "<script>alert(1)</script>", #""><img src=x onerror=alert(1)>"#, "javascript:alert(1)", "[a](http://x)", "a|b",
    "line1\nline2\r\nline3", "it's & \"quoted\"",
  ]

  func testMarkdownEscaperKeepsLinksAndHTMLLiteral() {
    XCTAssertEqual(MarkdownEscaper.escape("[x](javascript:alert(1))"), #"\[x\](javascript:alert(1))"#)
    XCTAssertEqual(MarkdownEscaper.escape("<script>"), #"\<script\>"#)
    XCTAssertEqual(MarkdownEscaper.escape("a|b"), #"a\|b"#)
    XCTAssertEqual(MarkdownEscaper.escape(#"C:\apps\*_x_*"#), #"C:\\apps\\\*\_x\_\*"#)
    XCTAssertEqual(MarkdownEscaper.escape("`code` &amp;"), #"\`code\` \&amp;"#)
    XCTAssertEqual(MarkdownEscaper.escape("plain text"), "plain text")
  }

  func testMarkdownEscaperPutsLineBreaksOnOneLine() {
    XCTAssertEqual(MarkdownEscaper.escape("line1\nline2\r\nline3\rline4"), "line1 / line2 / line3 / line4")
    for text in Self.hostile {
      let escaped = MarkdownEscaper.escape(text)
      XCTAssertFalse(escaped.contains("\n") || escaped.contains("\r"), escaped)
      XCTAssertFalse(escaped.replacingOccurrences(of: #"\|"#, with: "").contains("|"), escaped)
    }
  }

  func testCSVEscaperNeutralisesFormulasInText() {
    XCTAssertEqual(CSVEscaper.escapeText("=1+1"), "'=1+1")
    XCTAssertEqual(CSVEscaper.escapeText("+1"), "'+1")
    XCTAssertEqual(CSVEscaper.escapeText("-2"), "'-2")
    XCTAssertEqual(CSVEscaper.escapeText("@SUM(A1)"), "'@SUM(A1)")
    XCTAssertEqual(CSVEscaper.escapeText("\tx"), "'\tx")
    XCTAssertEqual(CSVEscaper.escapeText("\rx"), "\"'\rx\"")
    XCTAssertEqual(CSVEscaper.escapeText(#"=HYPERLINK("http://x","y")"#), #""'=HYPERLINK(""http://x"",""y"")""#)
    XCTAssertEqual(CSVEscaper.escapeText("a=b"), "a=b")
  }

  func testCSVEscaperKeepsTypedNumbersAsNumbers() {
    XCTAssertEqual(CSVEscaper.field(for: .number(-2)), "-2")
    XCTAssertEqual(CSVEscaper.field(for: .integer(-2)), "-2")
    XCTAssertEqual(CSVEscaper.field(for: .text("-2")), "'-2")
    XCTAssertEqual(CSVEscaper.field(for: .empty), "")
  }

  func testCSVEscaperQuotesPerRFC4180() {
    XCTAssertEqual(CSVEscaper.escapeText("a,b"), #""a,b""#)
    XCTAssertEqual(CSVEscaper.escapeText(#"say "hi""#), #""say ""hi""""#)
    XCTAssertEqual(CSVEscaper.escapeText("two\nlines"), "\"two\nlines\"")
    XCTAssertEqual(CSVEscaper.escapeText("plain"), "plain")
  }

  func testXMLEscaperDropsCharactersXMLForbids() {
    XCTAssertEqual(XMLEscaper.escape("a\u{0}b\u{1}c\u{1F}d\u{FFFE}e\u{FFFF}f"), "abcdef")
    XCTAssertEqual(XMLEscaper.escape("a\tb\nc\rd"), "a\tb\nc&#13;d")
    XCTAssertEqual(XMLEscaper.escape("<&>\"'"), "&lt;&amp;&gt;&quot;&apos;")
    XCTAssertEqual(XMLEscaper.escape("ünïcødé \u{FFFD} 😀"), "ünïcødé \u{FFFD} 😀")
  }
}
