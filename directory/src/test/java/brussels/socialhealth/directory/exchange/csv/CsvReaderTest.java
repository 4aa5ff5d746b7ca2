package brussels.socialhealth.directory.exchange.csv;

import static org.assertj.core.api.Assertions.assertThat;

import brussels.socialhealth.directory.exchange.ExchangeCodes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CsvReaderTest {

  private static List<CsvRow> readAll(String text, char separator) throws IOException {
    List<CsvRow> rows = new ArrayList<>();
    try (CsvReader reader = new CsvReader(new StringReader(text), separator)) {
      Optional<CsvRow> row;
      while ((row = reader.next()).isPresent()) {
        rows.add(row.get());
      }
    }
    return rows;
  }

  @Test
  void readsSemicolonSeparatedFieldsWithTheirLines() throws IOException {
    List<CsvRow> rows = readAll("Nom;Téléphone\nMaison A;02/111.22.33\nMaison B;02 444 55 66\n", ';');

    assertThat(rows).extracting(CsvRow::line).containsExactly(1L, 2L, 3L);
    assertThat(rows.get(1).fields()).containsExactly("Maison A", "02/111.22.33");
    assertThat(rows.get(2).problem()).isEmpty();
  }

  @Test
  void keepsLineBreaksInsideQuotedFieldsAndCountsLinesExactly() throws IOException {
    String text = "id,notes,city\r\n"
        + "1,\"first line\r\nsecond line\nthird\",Forest\r\n"
        + "2,plain,Uccle\r\n";

    List<CsvRow> rows = readAll(text, ',');

    assertThat(rows).hasSize(3);
    assertThat(rows.get(1).line()).isEqualTo(2);
    assertThat(rows.get(1).lastLine()).isEqualTo(4);
    assertThat(rows.get(1).fields()).containsExactly("1", "first line\r\nsecond line\nthird", "Forest");
    assertThat(rows.get(2).line()).isEqualTo(5);
    assertThat(rows.get(2).fields()).containsExactly("2", "plain", "Uccle");
  }

  @Test
  void undoesDoubledQuotesAndKeepsSeparatorsInsideQuotes() throws IOException {
    List<CsvRow> rows = readAll("\"Le \"\"Relais\"\"; asbl\";x\n", ';');

    assertThat(rows.get(0).fields()).containsExactly("Le \"Relais\"; asbl", "x");
  }

  @Test
  void skipsEmptyLinesButCountsThem() throws IOException {
    List<CsvRow> rows = readAll("a;b\n\n\r\n1;2\n", ';');

    assertThat(rows).extracting(CsvRow::line).containsExactly(1L, 4L);
  }

  @Test
  void countsLoneCarriageReturnsAsLineBreaks() throws IOException {
    List<CsvRow> rows = readAll("a;b\r1;2\r3;4", ';');

    assertThat(rows).extracting(CsvRow::line).containsExactly(1L, 2L, 3L);
    assertThat(rows.get(2).fields()).containsExactly("3", "4");
  }

  @Test
  void keepsEmptyTrailingFields() throws IOException {
    List<CsvRow> rows = readAll("a;b;c\n1;;\n", ';');

    assertThat(rows.get(1).fields()).containsExactly("1", "", "");
  }

  @Test
  void reportsAQuoteLeftOpenAndRunsToTheEnd() throws IOException {
    List<CsvRow> rows = readAll("a;b\n1;\"open\n2;3\n", ';');

    assertThat(rows).hasSize(2);
    assertThat(rows.get(1).problem()).contains(ExchangeCodes.CSV_UNTERMINATED_QUOTE);
    assertThat(rows.get(1).fields()).containsExactly("1", "open\n2;3\n");
  }

  @Test
  void reportsCharactersAfterAClosingQuoteAndGoesOn() throws IOException {
    List<CsvRow> rows = readAll("a;b\n\"x\"y;2\n3;4\n", ';');

    assertThat(rows.get(1).problem()).contains(ExchangeCodes.CSV_STRAY_QUOTE);
    assertThat(rows.get(1).fields()).containsExactly("xy", "2");
    assertThat(rows.get(2).problem()).isEmpty();
    assertThat(rows.get(2).line()).isEqualTo(3);
  }

  static Stream<Arguments> headers() {
    return Stream.of(
        Arguments.of("Nom;Adresse;Téléphone", ';'),
        Arguments.of("name,address,phone", ','),
        Arguments.of("\"Nom, prénom\";Adresse", ';'),
        Arguments.of("a\tb\tc", '\t'),
        Arguments.of("single", ';'),
        Arguments.of("a;b,c", ';'));
  }

  @ParameterizedTest
  @MethodSource("headers")
  void detectsTheSeparatorFromTheHeader(String header, char expected) {
    assertThat(CsvReader.detectSeparator(header)).isEqualTo(expected);
  }

  @Test
  void writesWhatItReadsBackInTheSameDialect() throws IOException {
    List<List<String>> rows = List.of(
        List.of("Nom / Naam", "Remarque"),
        List.of("CPAS / OCMW", "ligne 1\nligne 2"),
        List.of("\"Quoted\"", " leading space"),
        List.of("a;b", ""));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (CsvWriter writer = new CsvWriter(out, CsvDialect.of(';', StandardCharsets.UTF_8, false))) {
      for (List<String> row : rows) {
        writer.write(row);
      }
    }

    List<CsvRow> read = readAll(out.toString(StandardCharsets.UTF_8), ';');

    assertThat(read).extracting(CsvRow::fields).containsExactlyElementsOf(rows);
    assertThat(read).extracting(CsvRow::problem).containsOnly(Optional.empty());
  }
}
