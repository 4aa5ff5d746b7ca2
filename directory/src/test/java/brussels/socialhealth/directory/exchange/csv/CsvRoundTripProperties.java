package brussels.socialhealth.directory.exchange.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CsvRoundTripProperties {

  @Provide
  Arbitrary<List<List<String>>> tables() {
    Arbitrary<String> field = Arbitraries.strings()
        .withChars("abcé;,\"\n\r ")
        .ofMaxLength(8);
    return Arbitraries.integers().between(1, 5).flatMap(width ->
        field.list().ofSize(width).list().ofMinSize(1).ofMaxSize(6)
            .filter(rows -> rows.stream().noneMatch(r -> r.size() == 1 && r.get(0).isEmpty())));
  }

  @Property
  void anyTableSurvivesWriteAndRead(@ForAll("tables") List<List<String>> rows) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (CsvWriter writer = new CsvWriter(out, CsvDialect.of(';', StandardCharsets.UTF_8, false))) {
      for (List<String> row : rows) {
        writer.write(row);
      }
    }
    List<List<String>> read = new ArrayList<>();
    try (CsvReader reader = new CsvReader(new StringReader(out.toString(StandardCharsets.UTF_8)), ';')) {
      Optional<CsvRow> row;
      while ((row = reader.next()).isPresent()) {
        assertThat(row.get().problem()).isEmpty();
        read.add(row.get().fields());
      }
    }
    assertThat(read).isEqualTo(rows);
  }
}
