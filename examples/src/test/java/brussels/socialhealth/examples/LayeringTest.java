package brussels.socialhealth.examples;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import brussels.socialhealth.core.archfixture.CoreClassUsingExamples;
import brussels.socialhealth.core.archfixture.CoreClassUsingTerritory;
import brussels.socialhealth.examples.archfixture.AnnotatedOutsideJson;
import brussels.socialhealth.examples.archfixture.Jackson3MapperOutsideJson;
import brussels.socialhealth.examples.json.archfixture.Jackson2MapperOutsideJackson2;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The architecture rules of DESIGN.md and STYLE.md, checked over the main classes of every module:
 * dependencies point one way ({@code core <- territory <- directory <- events <- examples}) and Jackson
 * databind is used only in {@code json} packages (annotations excepted).
 *
 * <p>The fixtures under {@code archfixture} packages (test classes, so not part of the checked set)
 * break each rule on purpose: {@link #everyRuleCatchesItsFixture} proves the rules are not vacuous.
 */
class LayeringTest {
  private static final String ROOT = "brussels.socialhealth";
  private static final String CORE = ROOT + ".core..";
  private static final String TERRITORY = ROOT + ".territory..";
  private static final String DIRECTORY = ROOT + ".directory..";
  private static final String EVENTS = ROOT + ".events..";
  private static final String EXAMPLES = ROOT + ".examples..";

  /**
   * The {@code None} marker classes ({@code KeyDeserializer.None}, {@code Converter.None}, ...) that the
   * databind annotations name as default member values: a class carrying {@code @JsonDeserialize(as =
   * ...)} "depends" on them through the annotation, which is allowed.
   */
  private static final DescribedPredicate<JavaClass> ANNOTATION_DEFAULT_SENTINEL =
      DescribedPredicate.describe("an annotation default marker (None)",
          javaClass -> javaClass.getSimpleName().equals("None") && javaClass.getEnclosingClass().isPresent());

  static final ArchRule CORE_DEPENDS_ON_NO_OTHER_MODULE = noClasses()
      .that().resideInAPackage(CORE)
      .should().dependOnClassesThat().resideInAnyPackage(TERRITORY, DIRECTORY, EVENTS, EXAMPLES)
      .as("core depends on no other module");

  static final ArchRule TERRITORY_DEPENDS_ONLY_ON_CORE = noClasses()
      .that().resideInAPackage(TERRITORY)
      .should().dependOnClassesThat().resideInAnyPackage(DIRECTORY, EVENTS, EXAMPLES)
      .as("territory depends on no module but core");

  static final ArchRule DIRECTORY_DEPENDS_ONLY_ON_CORE_AND_TERRITORY = noClasses()
      .that().resideInAPackage(DIRECTORY)
      .should().dependOnClassesThat().resideInAnyPackage(EVENTS, EXAMPLES)
      .as("directory depends on no module but core and territory");

  static final ArchRule EVENTS_DO_NOT_DEPEND_ON_EXAMPLES = noClasses()
      .that().resideInAPackage(EVENTS)
      .should().dependOnClassesThat().resideInAnyPackage(EXAMPLES)
      .as("events do not depend on examples");

  static final ArchRule JACKSON3_DATABIND_ONLY_IN_JSON_PACKAGES = noClasses()
      .that().resideOutsideOfPackage("..json..")
      .should().dependOnClassesThat(resideInAPackage("tools.jackson.databind..")
          .and(not(resideInAPackage("tools.jackson.databind.annotation")))
          .and(not(ANNOTATION_DEFAULT_SENTINEL)))
      .as("Jackson 3 databind (annotations excepted) is used only in json packages");

  static final ArchRule JACKSON2_DATABIND_ONLY_IN_JACKSON2_PACKAGES = noClasses()
      .that().resideOutsideOfPackage("..json.jackson2..")
      .should().dependOnClassesThat(resideInAPackage("com.fasterxml.jackson.databind..")
          .and(not(nameMatching("com\\.fasterxml\\.jackson\\.databind\\.annotation\\.Json(Deserialize|Serialize)(\\$.*)?")))
          .and(not(ANNOTATION_DEFAULT_SENTINEL)))
      .as("Jackson 2 databind (JsonDeserialize/JsonSerialize excepted) is used only in json.jackson2 packages");

  private static final JavaClasses MAIN_CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      // core's test-jar (shared test helpers, on the test classpath) holds no main class either
      .withImportOption(location -> !location.contains("-tests.jar"))
      .importPackages(ROOT);

  static Stream<ArchRule> rules() {
    return Stream.of(CORE_DEPENDS_ON_NO_OTHER_MODULE, TERRITORY_DEPENDS_ONLY_ON_CORE,
        DIRECTORY_DEPENDS_ONLY_ON_CORE_AND_TERRITORY, EVENTS_DO_NOT_DEPEND_ON_EXAMPLES,
        JACKSON3_DATABIND_ONLY_IN_JSON_PACKAGES, JACKSON2_DATABIND_ONLY_IN_JACKSON2_PACKAGES);
  }

  @Test
  void checksTheMainClassesOfEveryModule() {
    List<String> packages = MAIN_CLASSES.stream().map(c -> c.getPackageName()).distinct()
        .collect(Collectors.toList());

    assertThat(packages).contains(ROOT + ".core", ROOT + ".territory", ROOT + ".directory", ROOT + ".events",
        ROOT + ".examples.cli");
    assertThat(MAIN_CLASSES.stream().map(c -> c.getSimpleName())).doesNotContain("LayeringTest");
  }

  @ParameterizedTest
  @MethodSource("rules")
  void theMainClassesFollowTheRule(ArchRule rule) {
    rule.check(MAIN_CLASSES);
  }

  static Stream<Object[]> fixtures() {
    return Stream.of(
        new Object[] {CORE_DEPENDS_ON_NO_OTHER_MODULE, CoreClassUsingExamples.class},
        new Object[] {CORE_DEPENDS_ON_NO_OTHER_MODULE, CoreClassUsingTerritory.class},
        new Object[] {JACKSON3_DATABIND_ONLY_IN_JSON_PACKAGES, Jackson3MapperOutsideJson.class},
        new Object[] {JACKSON2_DATABIND_ONLY_IN_JACKSON2_PACKAGES, Jackson2MapperOutsideJackson2.class});
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void everyRuleCatchesItsFixture(ArchRule rule, Class<?> fixture) {
    assertThat(rule.evaluate(new ClassFileImporter().importClasses(fixture)).hasViolation()).isTrue();
  }

  @Test
  void allowsJacksonDeserializationAnnotationsOutsideJsonPackages() {
    JavaClasses annotated = new ClassFileImporter().importClasses(AnnotatedOutsideJson.class);

    JACKSON3_DATABIND_ONLY_IN_JSON_PACKAGES.check(annotated);
    JACKSON2_DATABIND_ONLY_IN_JACKSON2_PACKAGES.check(annotated);
  }
}
