package brussels.socialhealth.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import brussels.socialhealth.core.CoreCodes;
import brussels.socialhealth.core.Extensions;
import brussels.socialhealth.core.InvalidValueException;
import brussels.socialhealth.core.json.TestDocuments.Listing;
import brussels.socialhealth.core.json.TestDocuments.Organisation;
import brussels.socialhealth.core.json.jackson2.Jackson2DocumentReader;
import brussels.socialhealth.core.validation.Severity;
import brussels.socialhealth.core.validation.Violation;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Lenient reading that keeps unknown fields as extensions, under both Jackson lines. */
class ReadKeepingUnknownTest {
  private static final String LISTING = String.join("\n",
      "{",
      "  \"name\" : \"Maison Exemple\",",
      "  \"founded\" : 1987,",
      "  \"services\" : [ {",
      "    \"name\" : \"Accueil\",",
      "    \"phones\" : [ ],",
      "    \"parking\" : { \"places\" : 3, \"free\" : true },",
      "    \"ratio\" : 1.10",
      "  }, {",
      "    \"name\" : \"Permanence\",",
      "    \"note\" : \"sur \\\"rendez-vous\\\"\"",
      "  } ]",
      "}");

  @ParameterizedTest
  @EnumSource(JacksonLine.class)
  void keepsEveryUnknownFieldByJsonPathWithItsCompactJsonText(JacksonLine line) {
    ReadResult<Listing> result = line.readKeepingUnknown(LISTING, Listing.class, "partner-x");

    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("$.founded", "1987");
    expected.put("$.services[0].parking", "{\"places\":3,\"free\":true}");
    expected.put("$.services[0].ratio", "1.10");
    expected.put("$.services[1].note", "\"sur \\\"rendez-vous\\\"\"");
    assertThat(result.getUnknownFields()).isEqualTo(Extensions.from(Map.of("partner-x", expected)));
    assertThat(result.getValue().name()).isEqualTo("Maison Exemple");
    assertThat(result.getValue().services()).extracting(TestDocuments.Service::name)
        .containsExactly("Accueil", "Permanence");
  }

  @ParameterizedTest
  @EnumSource(JacksonLine.class)
  void reportsOneWarningPerKeptFieldInDocumentOrderWithLineAndColumn(JacksonLine line) {
    ReadResult<Listing> result = line.readKeepingUnknown(LISTING, Listing.class, "partner-x");

    assertThat(result.getReport().isValid()).isTrue();
    assertThat(result.getReport().getViolations())
        .extracting(Violation::getCode, Violation::getSeverity, Violation::getPath, Violation::getLine,
            Violation::getColumn)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(CoreCodes.JSON_UNKNOWN_PROPERTY_KEPT, Severity.WARNING, "$.founded",
                Optional.of(3L), Optional.of("3")),
            org.assertj.core.groups.Tuple.tuple(CoreCodes.JSON_UNKNOWN_PROPERTY_KEPT, Severity.WARNING,
                "$.services[0].parking", Optional.of(7L), Optional.of("5")),
            org.assertj.core.groups.Tuple.tuple(CoreCodes.JSON_UNKNOWN_PROPERTY_KEPT, Severity.WARNING,
                "$.services[0].ratio", Optional.of(8L), Optional.of("5")),
            org.assertj.core.groups.Tuple.tuple(CoreCodes.JSON_UNKNOWN_PROPERTY_KEPT, Severity.WARNING,
                "$.services[1].note", Optional.of(11L), Optional.of("5")));
    Violation first = result.getReport().getViolations().get(0);
    assertThat(first.getValue()).contains("1987");
    assertThat(first.getMessage().find(brussels.socialhealth.core.Language.EN)).contains(
        "Unknown property at line 3, column 3 ($.founded) kept as an extension in namespace"
            + " \"partner-x\".");
  }

  @ParameterizedTest
  @EnumSource(JacksonLine.class)
  void keepsNothingForKnownFieldsAbsentOptionalsAndEmptyValues(JacksonLine line) {
    String json = "{\"name\":\"A\",\"services\":[{\"name\":\"B\",\"capacity\":null,\"phones\":[],"
        + "\"gone\":null,\"empty\":{},\"none\":[]}]}";

    ReadResult<Listing> result = line.readKeepingUnknown(json, Listing.class, "partner-x");

    assertThat(result.getUnknownFields().isEmpty()).isTrue();
    assertThat(result.getReport().getViolations()).isEmpty();
    assertThat(result.getValue()).isEqualTo(line.read(json, Listing.class, JsonLimits.DEFAULT, false));
  }

  @ParameterizedTest
  @EnumSource(JacksonLine.class)
  void quotesPropertyNamesThatAreNotIdentifiersInPaths(JacksonLine line) {
    String json = "{\"name\":\"A\",\"services\":[],\"Code postal\":\"1000\"}";

    ReadResult<Listing> result = line.readKeepingUnknown(json, Listing.class, "partner-x");

    assertThat(result.getUnknownFields().getNamespace("partner-x")).containsExactly(
        Map.entry("$['Code postal']", "\"1000\""));
    assertThat(result.getReport().getViolations().get(0).getLine()).contains(1L);
    assertThat(result.getReport().getViolations().get(0).getColumn()).contains("27");
  }

  @ParameterizedTest
  @EnumSource(JacksonLine.class)
  void mergesKeptFieldsIntoTheExtensionsOfARootTypeThatKeepsThem(JacksonLine line) {
    String json = "{\"name\":\"A\",\"sites\":[{\"name\":\"S\",\"phones\":[],\"floor\":2}],"
        + "\"extensions\":{\"my-app\":{\"colour\":\"green\"}},\"label\":\"gold\"}";

    ReadResult<Organisation> result = line.readKeepingUnknown(json, Organisation.class, "partner-x");

    Extensions kept = Extensions.of("partner-x", "$.label", "\"gold\"").with("partner-x", "$.sites[0].floor", "2");
    assertThat(result.getUnknownFields()).isEqualTo(kept);
    assertThat(result.getValue().getExtensions())
        .isEqualTo(Extensions.of("my-app", "colour", "green").merge(kept));
    assertThat(result.getValue().getSites()).hasSize(1);
  }

  @ParameterizedTest
  @EnumSource(JacksonLine.class)
  void keptExtensionsSurviveAStrictRoundTrip(JacksonLine line) throws Exception {
    String json = "{\"name\":\"A\",\"sites\":[],\"label\":\"gold\"}";
    Organisation read = line.readKeepingUnknown(json, Organisation.class, "partner-x").getValue();

    String written = SocialHealthJson.strictMapper().writeValueAsString(read);

    assertThat(line.read(written, Organisation.class, JsonLimits.DEFAULT, true)).isEqualTo(read);
    assertThat(read.getExtensions().get("partner-x", "$.label")).contains("\"gold\"");
  }

  @ParameterizedTest
  @EnumSource(JacksonLine.class)
  void rejectsAnInvalidNamespaceBeforeReading(JacksonLine line) {
    assertThatThrownBy(() -> line.readKeepingUnknown("{", Listing.class, "Not A Namespace"))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.getCode()).isEqualTo(CoreCodes.EXTENSIONS_NAMESPACE));
  }

  @ParameterizedTest
  @EnumSource(JacksonLine.class)
  void malformedDocumentsFailWithTheSameTypedErrorsAsPlainReading(JacksonLine line) {
    assertThatThrownBy(() -> line.readKeepingUnknown("{\"name\":\"A\",\"name\":\"B\"}", Listing.class, "p"))
        .isInstanceOfSatisfying(JsonInputException.class,
            e -> assertThat(e.getCode()).isEqualTo(CoreCodes.JSON_DUPLICATE_KEY));
    assertThatThrownBy(() -> line.readKeepingUnknown("{\"name\":\"A\"} x", Listing.class, "p"))
        .isInstanceOfSatisfying(JsonInputException.class,
            e -> assertThat(e.getCode()).isEqualTo(CoreCodes.JSON_TRAILING_TOKENS));
  }

  @Test
  void bothLinesKeepTheSameFieldsFromBytes() {
    byte[] bytes = LISTING.getBytes(StandardCharsets.UTF_8);

    ReadResult<Listing> three = JsonDocumentReader.lenient().readKeepingUnknown(bytes, Listing.class, "p");
    ReadResult<Listing> two = Jackson2DocumentReader.lenient().readKeepingUnknown(bytes, Listing.class, "p");

    assertThat(three).isEqualTo(two);
    assertThat(three.getUnknownFields().getNamespace("p").keySet()).containsExactly(
        "$.founded", "$.services[0].parking", "$.services[0].ratio", "$.services[1].note");
  }

  @Test
  void arraysThatDoNotWriteBackTheSameLengthAreNotSearched() {
    String json = "{\"name\":\"A\",\"services\":[],\"tags\":[\"x\",\"y\"]}";

    ReadResult<Listing> result = JsonDocumentReader.lenient().readKeepingUnknown(json, Listing.class, "p");

    assertThat(result.getUnknownFields().getNamespace("p")).containsExactly(Map.entry("$.tags", "[\"x\",\"y\"]"));
    assertThat(List.copyOf(result.getReport().getWarnings())).hasSize(1);
  }
}
