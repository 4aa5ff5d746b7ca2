package brussels.socialhealth.directory.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import brussels.socialhealth.core.Coded;
import brussels.socialhealth.core.InvalidValueException;
import brussels.socialhealth.core.Language;
import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.directory.DirectoryCodes;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The closed lists of the integration toolkit travel as stable lower-case codes, read them back ignoring
 * case and blanks and refuse any other text with their documented error code; the record status, shown
 * to people in import reports, and the kind of entity merged have a label in French, Dutch and English.
 */
class ExchangeCodeListsTest {

  /** One enum of the toolkit: its constants, its parse, its error code and its label if it has one. */
  record CodeList(String name, List<Coded> constants, Function<String, Coded> parse, String errorCode,
      String messageEnd, Optional<Function<Coded, LocalizedText>> label) {

    static <E extends Enum<E> & Coded> CodeList of(Class<E> type, Function<String, E> parse, String errorCode,
        String messageEnd, Function<E, LocalizedText> label) {
      return new CodeList(type.getSimpleName(), List.of(type.getEnumConstants()), parse::apply, errorCode,
          messageEnd,
          Optional.ofNullable(label).map(function -> constant -> function.apply(type.cast(constant))));
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<CodeList> lists() {
    return Stream.of(
        CodeList.of(InputFormat.class, InputFormat::parse, ExchangeCodes.MAPPING_BAD_VALUE,
            "is not valid for \"format\"; expected: csv, json, jsonl.", null),
        CodeList.of(OnInvalid.class, OnInvalid::parse, ExchangeCodes.MAPPING_BAD_VALUE,
            "is not valid for \"on-invalid\"; expected: warn, reject.", null),
        CodeList.of(RecordStatus.class, RecordStatus::parse, DirectoryCodes.CODE_INVALID,
            "is not a valid code of the list record-status (lower-case letters, digits and hyphens).",
            RecordStatus::label),
        // Its French labels are the codes' own words (organisation, site, service): checked by hand below.
        CodeList.of(MergedEntity.class, MergedEntity::parse, DirectoryCodes.CODE_INVALID,
            "is not a valid code of the list merged-entity (lower-case letters, digits and hyphens).", null));
  }

  static Stream<CodeList> labelledLists() {
    return lists().filter(list -> list.label().isPresent());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("lists")
  void codesAreUniqueLowerCaseWords(CodeList list) {
    assertThat(list.constants().stream().map(Coded::code)).doesNotHaveDuplicates()
        .allMatch(code -> code.matches("[a-z]+(-[a-z]+)*"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("lists")
  void everyConstantReadsBackFromItsCodeIgnoringCaseAndBlanks(CodeList list) {
    for (Coded constant : list.constants()) {
      String code = constant.code();
      assertThat(list.parse().apply(code)).isSameAs(constant);
      assertThat(list.parse().apply(" " + code.toUpperCase(Locale.ROOT) + "\t")).isSameAs(constant);
    }
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("lists")
  void refusesAnUnknownCodeWithItsDocumentedErrorCode(CodeList list) {
    for (String text : new String[] {"no-such-code", " ", null}) {
      assertThatThrownBy(() -> list.parse().apply(text)).isInstanceOfSatisfying(InvalidValueException.class, e -> {
        assertThat(e.getCode()).isEqualTo(list.errorCode());
        assertThat(e.getInput()).isEqualTo(String.valueOf(text));
        assertThat(e.getLocalizedMessages().get(Language.EN)).endsWith(list.messageEnd());
      });
    }
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("labelledLists")
  void everyConstantHasALabelInFrenchDutchAndEnglishThatIsNotTheCode(CodeList list) {
    for (Coded constant : list.constants()) {
      LocalizedText label = list.label().orElseThrow().apply(constant);
      for (Language language : new Language[] {Language.FR, Language.NL, Language.EN}) {
        assertThat(label.find(language)).as("%s %s in %s", list, constant, language).get().asString()
            .isNotBlank();
      }
      for (Language language : new Language[] {Language.FR, Language.NL}) {
        String text = label.get(language);
        assertThat(text.equalsIgnoreCase(constant.code()) || text.equalsIgnoreCase(constant.code().replace('-', ' ')))
            .as("%s %s in %s: \"%s\" is only the code", list, constant, language, text).isFalse();
      }
    }
  }

  @Test
  void mergedEntityLabelsAreTheWordsOfTheImportReportInEachLanguage() {
    assertThat(Stream.of(MergedEntity.values()).map(e -> e.label().get(Language.FR)))
        .containsExactly("Organisation", "Site", "Service");
    assertThat(Stream.of(MergedEntity.values()).map(e -> e.label().get(Language.NL)))
        .containsExactly("Organisatie", "Vestiging", "Dienst");
    assertThat(Stream.of(MergedEntity.values()).map(e -> e.label().get(Language.EN)))
        .containsExactly("Organisation", "Site", "Service");
  }

  @Test
  void recordStatusLabelsAreTheWordsOfTheImportReport() {
    assertThat(RecordStatus.ACCEPTED_WITH_WARNINGS.label().get(Language.FR)).isEqualTo("Accepté avec avertissements");
    assertThat(RecordStatus.ACCEPTED_WITH_WARNINGS.label().get(Language.NL)).isEqualTo("Aanvaard met waarschuwingen");
    assertThat(RecordStatus.REJECTED.label().get(Language.EN)).isEqualTo("Rejected");
  }

  @Test
  void readsNdjsonAsJsonLinesAndFindsWithoutThrowing() {
    assertThat(InputFormat.parse(" NDJSON ")).isSameAs(InputFormat.JSON_LINES);
    assertThat(InputFormat.find("ndjson")).contains(InputFormat.JSON_LINES);
    assertThat(InputFormat.find("xml")).isEmpty();
    assertThat(OnInvalid.find(" Reject ")).contains(OnInvalid.REJECT);
    assertThat(OnInvalid.find(null)).isEmpty();
  }
}
