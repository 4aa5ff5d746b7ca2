package brussels.socialhealth.directory.exchange.internal;

import brussels.socialhealth.core.validation.Violation;
import brussels.socialhealth.directory.exchange.ExchangeCodes;
import brussels.socialhealth.directory.exchange.ImportInput;
import brussels.socialhealth.directory.exchange.ImportInputException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Chooses the encoding of an input and opens it as characters: a UTF-8 byte-order mark wins (and is
 * skipped); a declared encoding is used as declared (UTF-8 is checked first); with none declared, the
 * bytes are checked and read as UTF-8 when they are valid UTF-8, else as Windows-1252 with a warning.
 */
public final class TextDecoding {
  /** Windows-1252, what office software in Belgium writes when it does not write UTF-8. */
  public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextDecoding() {}

  /**
   * An opened input.
   *
   * @param reader the characters, after any byte-order mark
   * @param charset the encoding used
   * @param byteOrderMark whether the input started with a UTF-8 byte-order mark
   */
  public record Decoded(Reader reader, Charset charset, boolean byteOrderMark) {}

  /**
   * Opens an input as characters.
   *
   * @param input the input
   * @param declared the declared encoding, empty for automatic detection
   * @param notes receives the warnings about the choice
   * @return the opened input
   * @throws IOException if reading fails
   * @throws ImportInputException if UTF-8 was declared and the bytes are not UTF-8
   */
  public static Decoded open(ImportInput input, Optional<Charset> declared, List<Violation> notes)
      throws IOException {
    boolean bom;
    try (InputStream in = input.open()) {
      byte[] head = in.readNBytes(3);
      bom = head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
    }
    Charset charset;
    if (bom) {
      charset = StandardCharsets.UTF_8;
      if (declared.isPresent() && !declared.get().equals(StandardCharsets.UTF_8)) {
        notes.add(Violation.warning(ExchangeCodes.ENCODING_BOM_OVERRIDES, "", declared.get().name()));
      }
    } else if (declared.isPresent() && !declared.get().equals(StandardCharsets.UTF_8)) {
      charset = declared.get();
    } else {
      long badLine;
      try (InputStream in = input.open()) {
        badLine = firstInvalidUtf8Line(in);
      }
      if (badLine < 0) {
        charset = StandardCharsets.UTF_8;
      } else if (declared.isPresent()) {
        throw new ImportInputException(
            Violation.error(ExchangeCodes.ENCODING_INVALID, "", "UTF-8").at(badLine, null), null);
      } else {
        charset = WINDOWS_1252;
        notes.add(Violation.warning(ExchangeCodes.ENCODING_DETECTED, "", WINDOWS_1252.name()).at(badLine, null));
      }
    }
    InputStream in = new BufferedInputStream(input.open(), 1 << 16);
    if (bom) {
      in.skipNBytes(3);
    }
    Reader reader = new InputStreamReader(in, charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE));
    return new Decoded(reader, charset, bom);
  }

  /**
   * Checks that bytes are well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing above
   * U+10FFFF), streaming.
   *
   * @param in the bytes; read to the end or to the first invalid byte, not closed
   * @return the 1-based line of the first invalid byte, or -1 when all bytes are valid
   * @throws IOException if reading fails
   */
  public static long firstInvalidUtf8Line(InputStream in) throws IOException {
    byte[] buffer = new byte[1 << 16];
    long line = 1;
    int need = 0;
    int low = 0x80;
    int high = 0xBF;
    int n;
    while ((n = in.read(buffer)) > 0) {
      for (int i = 0; i < n; i++) {
        int b = buffer[i] & 0xFF;
        if (need > 0) {
          if (b < low || b > high) {
            return line;
          }
          low = 0x80;
          high = 0xBF;
          need--;
          continue;
        }
        if (b < 0x80) {
          if (b == '\n') {
            line++;
          }
        } else if (b >= 0xC2 && b <= 0xDF) {
          need = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
          need = 2;
          if (b == 0xE0) {
            low = 0xA0;
          } else if (b == 0xED) {
            high = 0x9F;
          }
        } else if (b >= 0xF0 && b <= 0xF4) {
          need = 3;
          if (b == 0xF0) {
            low = 0x90;
          } else if (b == 0xF4) {
            high = 0x8F;
          }
        } else {
          return line;
        }
      }
    }
    return need > 0 ? line : -1;
  }
}
