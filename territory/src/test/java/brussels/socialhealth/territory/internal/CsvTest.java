package brussels.socialhealth.territory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The reference-data CSV reader ends a record at LF, CRLF or a lone CR, and counts lines the same way. */
class CsvTest {

  static Stream<Arguments> lineEndings() {
    return Stream.of(Arguments.of("LF", "\n"), Arguments.of("CRLF", "\r\n"), Arguments.of("CR", "\r"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lineEndings")
  void readsTheSameTableWhateverTheLineEnding(String name, String eol) throws IOException {
    String text = "nis;name" + eol + "21004;Bruxelles" + eol + eol + "21005;\"Etterbeek" + eol + "(commune)\"" + eol;

    Csv.Table table = Csv.read(new StringReader(text), ';', 10);

    assertThat(table.header()).containsExactly("nis", "name");
    assertThat(table.rows()).hasSize(2);
    assertThat(table.rows().get(0).get("nis")).isEqualTo("21004");
    assertThat(table.rows().get(0).line()).isEqualTo(2);
    assertThat(table.rows().get(1).get("name")).isEqualTo("Etterbeek" + eol + "(commune)");
    assertThat(table.rows().get(1).line()).isEqualTo(4);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lineEndings")
  void reportsTheLineOfAMalformedRowWhateverTheLineEnding(String name, String eol) {
    String text = List.of("a;b", "1;2", "1;2;3").stream().collect(Collectors.joining(eol));

    assertThatThrownBy(() -> Csv.read(new StringReader(text), ';', 10))
        .isInstanceOfSatisfying(Csv.CsvException.class, e -> assertThat(e.line()).isEqualTo(3));
  }
}
