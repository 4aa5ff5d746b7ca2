package brussels.socialhealth.directory.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The count invariant over random mixes of good, warned and bad rows, in both encodings. */
class ImportCountProperties {

  /** What a generated row is meant to be, and its text. */
  record Row(String kind, String text) {}

  private static final String HEADER = "N°;Nom / Naam;Téléphone;Type;CP;Remarque;Interne";

  @Provide
  Arbitrary<List<Row>> rows() {
    return row().list().ofMaxSize(30);
  }

  Arbitrary<Row> row() {
    Arbitrary<String> names = Arbitraries.of("Maison d'Accueil / Onthaalhuis", "Le \"Pivot\" / De Spil",
        "Épicerie; sociale / Sociale kruidenier", "Centre\nde jour / Dagcentrum", "Seulement français");
    Arbitrary<String> goodPhones = Arbitraries.of("02/512.34.56", "0470 12 34 56", "", "02 111 22 33 - 02 111 22 34");
    Arbitrary<String> postal = Arbitraries.of("1000", "1050", "1210");
    Arbitrary<Row> good = Combinators.combine(names, goodPhones, postal).as((n, p, c) ->
        new Row("good", String.join(";", "X", quote(n), p, "ASBL", c, "", "")));
    Arbitrary<Row> warned = Combinators.combine(names, postal).as((n, c) ->
        new Row("warned", String.join(";", "X", quote(n), "02 xx", "Inconnu", c, "", "")));
    Arbitrary<Row> badPostal = names.map(n ->
        new Row("bad", String.join(";", "X", quote(n), "", "ASBL", "9999", "", "")));
    Arbitrary<Row> noName = postal.map(c -> new Row("bad", String.join(";", "X", "", "", "ASBL", c, "", "")));
    Arbitrary<Row> wrongWidth = Arbitraries.just(new Row("bad", "X;a / b;;ASBL"));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(5, good), net.jqwik.api.Tuple.of(2, warned), net.jqwik.api.Tuple.of(1, badPostal),
        net.jqwik.api.Tuple.of(1, noName), net.jqwik.api.Tuple.of(1, wrongWidth));
  }

  private static String quote(String value) {
    return value.contains(";") || value.contains("\"") || value.contains("\n")
        ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
  }

  @Provide
  Arbitrary<Charset> charsets() {
    return Arbitraries.of(StandardCharsets.UTF_8, Charset.forName("windows-1252"));
  }

  @Property(tries = 200)
  void countsAlwaysAddUpToTheRecordsReadAndRejectsHoldExactlyTheRejected(
      @ForAll("rows") List<Row> rows, @ForAll("charsets") Charset charset) throws IOException {
    StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
    rows.forEach(row -> csv.append(row.text()).append("\r\n"));
    Importer<Map<String, Object>> importer = ImporterTest.importer("auto");
    ByteArrayOutputStream rejects = new ByteArrayOutputStream();
    Importer.ListSink<Map<String, Object>> sink = Importer.toList();

    ImportReport report = importer.run(ImportInput.of("in.csv", csv.toString().getBytes(charset)), sink, rejects,
        ImportListener.NONE);

    assertThat(report.getRead()).isEqualTo(rows.size());
    assertThat(report.getAccepted() + report.getAcceptedWithWarnings() + report.getRejected())
        .isEqualTo(report.getRead());
    assertThat(report.getRejected()).isEqualTo(rows.stream().filter(r -> r.kind().equals("bad")).count());
    assertThat(report.getAcceptedWithWarnings())
        .isEqualTo(rows.stream().filter(r -> r.kind().equals("warned")).count());
    assertThat(sink.items()).hasSize((int) (report.getAccepted() + report.getAcceptedWithWarnings()));
    ImportReport again = importer.run(ImportInput.of("rejects.csv", rejects.toByteArray()), Importer.toList());
    assertThat(again.getRead()).isEqualTo(report.getRejected());
    assertThat(again.getRejected()).isEqualTo(report.getRejected());
  }
}
