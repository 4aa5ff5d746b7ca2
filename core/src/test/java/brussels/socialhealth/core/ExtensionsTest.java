package brussels.socialhealth.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ExtensionsTest {

  @Test
  void holdsNamespacedFields() {
    Extensions extensions = Extensions.of("social.brussels", "district", "87/REYERS");
    assertThat(extensions.get("social.brussels", "district")).contains("87/REYERS");
    assertThat(extensions.get("social.brussels", "sector")).isEmpty();
    assertThat(extensions.get("other", "district")).isEmpty();
    assertThat(extensions.isEmpty()).isFalse();
    assertThat(Extensions.empty().isEmpty()).isTrue();
  }

  @Test
  void sortsNamespacesAndFieldsWhateverTheInsertionOrder() {
    Extensions extensions = Extensions.of("zeta", "b", "2").with("alpha", "z", "26").with("zeta", "a", "1");
    assertThat(extensions.getValues().keySet()).containsExactly("alpha", "zeta");
    assertThat(extensions.getNamespace("zeta").keySet()).containsExactly("a", "b");
  }

  @Test
  void withReplacesAnExistingField() {
    Extensions extensions = Extensions.of("app", "colour", "red").with("app", "colour", "blue");
    assertThat(extensions.get("app", "colour")).contains("blue");
    assertThat(extensions.getNamespace("app")).hasSize(1);
  }

  @Test
  void mergeKeepsBothSidesAndTheOtherWinsOnConflicts() {
    Extensions mine = Extensions.of("app", "colour", "red").with("app", "size", "L");
    Extensions theirs = Extensions.of("app", "colour", "blue").with("social.brussels", "sector", "21015A77-");
    Extensions merged = mine.merge(theirs);
    assertThat(merged.get("app", "colour")).contains("blue");
    assertThat(merged.get("app", "size")).contains("L");
    assertThat(merged.get("social.brussels", "sector")).contains("21015A77-");
    assertThat(mine.merge(Extensions.empty())).isSameAs(mine);
    assertThat(Extensions.empty().merge(mine)).isEqualTo(mine);
  }

  @Test
  void keepsEmptyValuesAndFreeFieldNames() {
    Extensions extensions = Extensions.of("partner-csv", "Date de création", "");
    assertThat(extensions.get("partner-csv", "Date de création")).contains("");
  }

  @Test
  void dropsEmptyNamespaces() {
    Map<String, Map<String, String>> values = new LinkedHashMap<>();
    values.put("app", Map.of());
    assertThat(Extensions.from(values)).isEqualTo(Extensions.empty());
  }

  @Test
  void cannotBeModifiedThroughItsViews() {
    Extensions extensions = Extensions.of("app", "a", "1");
    assertThatThrownBy(() -> extensions.getValues().put("x", Map.of()))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> extensions.getNamespace("app").put("b", "2"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  static Stream<String> invalidNamespaces() {
    return Stream.of("", "App", "-app", ".app", "my app", "app:x", "é", "a".repeat(65));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("invalidNamespaces")
  void rejectsNamespacesOutsideThePattern(String namespace) {
    assertThatThrownBy(() -> Extensions.of(namespace, "field", "value"))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.getCode()).isEqualTo(CoreCodes.EXTENSIONS_NAMESPACE));
  }

  @Test
  void rejectsBlankFieldNames() {
    assertThatThrownBy(() -> Extensions.of("app", " ", "value"))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.getCode()).isEqualTo(CoreCodes.EXTENSIONS_FIELD));
    assertThatThrownBy(() -> Extensions.from(Map.of("app", Map.of("", "v"))))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.getCode()).isEqualTo(CoreCodes.EXTENSIONS_FIELD));
  }

  @Test
  void isEqualWhenContentsAreEqual() {
    new EqualsTester()
        .addEqualityGroup(Extensions.empty(), Extensions.from(Map.of()))
        .addEqualityGroup(Extensions.of("a", "x", "1").with("b", "y", "2"),
            Extensions.of("b", "y", "2").with("a", "x", "1"),
            Extensions.from(Map.of("a", Map.of("x", "1"), "b", Map.of("y", "2"))))
        .addEqualityGroup(Extensions.of("a", "x", "1"))
        .addEqualityGroup(Extensions.of("a", "x", "2"))
        .testEquals();
  }

  @Test
  void writesIdenticalGoldenJsonUnderBothJacksonLines() {
    Extensions extensions = Extensions.of("social.brussels", "sector", "21015A77-")
        .with("social.brussels", "district", "87/REYERS")
        .with("partner-csv", "Remarque", "Accès PMR");
    GoldenJson.assertGolden(getClass(), "extensions", extensions, Extensions.class);
    GoldenJson.assertGolden(getClass(), "extensions-empty", Extensions.empty(), Extensions.class);
  }
}
