package brussels.socialhealth.directory;

import static org.assertj.core.api.Assertions.assertThat;

import brussels.socialhealth.core.Language;
import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.core.OpeningHours;
import brussels.socialhealth.territory.TerritorialLevel;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class InformationPointLabelTest {
  private final InformationPointLabel label = InformationPointLabel.of(Fixtures.directory());

  private static Service reception(UnaryOperator<ImmutableService.Builder> change) {
    return change.apply(Service.builder().from(Fixtures.CPAS_RECEPTION)).build();
  }

  private static Service withHours(String hours) {
    return reception(b -> b.locations(List.of(ServiceAtSite.builder().siteId("cpas-e.site")
        .openingHours(OpeningHours.parse(hours)).build())));
  }

  static Stream<Arguments> criteria() {
    return Stream.of(
        Arguments.of(LabelCriterion.GENERALIST_ORIENTATION, reception(b -> b), CriterionOutcome.MET,
            DirectoryCodes.LABEL_GENERALIST_MET),
        Arguments.of(LabelCriterion.GENERALIST_ORIENTATION,
            reception(b -> b.themes(List.of(Theme.HOUSING))), CriterionOutcome.NOT_MET,
            DirectoryCodes.LABEL_GENERALIST_NOT_MET),
        Arguments.of(LabelCriterion.GENERALIST_ORIENTATION,
            reception(b -> b.publics(List.of(TargetPublic.ELDERLY))), CriterionOutcome.NOT_MET,
            DirectoryCodes.LABEL_GENERALIST_NOT_MET),
        Arguments.of(LabelCriterion.GENERALIST_ORIENTATION,
            reception(b -> b.publics(List.of())), CriterionOutcome.UNKNOWN,
            DirectoryCodes.LABEL_GENERALIST_UNKNOWN),
        Arguments.of(LabelCriterion.IN_PERSON_PHONE_EMAIL, reception(b -> b), CriterionOutcome.MET,
            DirectoryCodes.LABEL_CONTACT_MET),
        Arguments.of(LabelCriterion.IN_PERSON_PHONE_EMAIL,
            reception(b -> b.accessModes(List.of(AccessMode.PHONE, AccessMode.EMAIL))), CriterionOutcome.NOT_MET,
            DirectoryCodes.LABEL_CONTACT_NOT_MET),
        Arguments.of(LabelCriterion.IN_PERSON_PHONE_EMAIL,
            reception(b -> b.accessModes(List.of())), CriterionOutcome.UNKNOWN,
            DirectoryCodes.LABEL_CONTACT_UNKNOWN),
        Arguments.of(LabelCriterion.EXTENDED_HOURS, reception(b -> b), CriterionOutcome.UNKNOWN,
            DirectoryCodes.LABEL_HOURS_UNKNOWN),
        Arguments.of(LabelCriterion.EXTENDED_HOURS, withHours("Mo-Fr 09:00-12:00"), CriterionOutcome.NOT_MET,
            DirectoryCodes.LABEL_HOURS_NOT_MET),
        Arguments.of(LabelCriterion.EXTENDED_HOURS, withHours("Mo-Fr 08:00-16:00"), CriterionOutcome.MET,
            DirectoryCodes.LABEL_HOURS_MET),
        Arguments.of(LabelCriterion.EXTENDED_HOURS, withHours("Tu 14:00-19:00"), CriterionOutcome.MET,
            DirectoryCodes.LABEL_HOURS_MET),
        Arguments.of(LabelCriterion.EXTENDED_HOURS, withHours("Mo-We 09:00-12:00; Sa 10:00-12:00"),
            CriterionOutcome.MET, DirectoryCodes.LABEL_HOURS_MET),
        Arguments.of(LabelCriterion.FREE, reception(b -> b), CriterionOutcome.MET, DirectoryCodes.LABEL_FREE_MET),
        Arguments.of(LabelCriterion.FREE, reception(b -> b.cost(Cost.INCOME_BASED)), CriterionOutcome.NOT_MET,
            DirectoryCodes.LABEL_FREE_NOT_MET),
        Arguments.of(LabelCriterion.FREE, reception(b -> b.cost(java.util.Optional.empty())), CriterionOutcome.UNKNOWN,
            DirectoryCodes.LABEL_FREE_UNKNOWN),
        Arguments.of(LabelCriterion.COMMON_NETWORK, reception(b -> b), CriterionOutcome.MET,
            DirectoryCodes.LABEL_NETWORK_MET),
        Arguments.of(LabelCriterion.COMMON_NETWORK, reception(b -> b.labelNetwork(false)), CriterionOutcome.NOT_MET,
            DirectoryCodes.LABEL_NETWORK_NOT_MET),
        Arguments.of(LabelCriterion.COMMON_NETWORK, reception(b -> b.labelNetwork(java.util.Optional.empty())),
            CriterionOutcome.UNKNOWN, DirectoryCodes.LABEL_NETWORK_UNKNOWN));
  }

  @ParameterizedTest(name = "{0} {2} ({3})")
  @MethodSource("criteria")
  void evaluatesEachCriterionAsMetNotMetOrUnknownWithItsReason(
      LabelCriterion criterion, Service service, CriterionOutcome outcome, String reason) {
    CriterionResult result = label.assess(service).result(criterion).orElseThrow();

    assertThat(result.getOutcome()).isEqualTo(outcome);
    assertThat(result.getReason().getCode()).isEqualTo(reason);
  }

  @Test
  void namesWhatIsMissingInTheReason() {
    Service service = reception(b -> b.accessModes(List.of(AccessMode.PHONE)));

    LocalizedText message = label.assess(service).result(LabelCriterion.IN_PERSON_PHONE_EMAIL).orElseThrow()
        .getReason().getMessage();

    assertThat(message.get(Language.FR)).isEqualTo("Il manque un mode d'accès : Accueil en présentiel, Courriel.");
    assertThat(message.get(Language.NL)).isEqualTo("Er ontbreekt een toegangsweg: Onthaal ter plaatse, E-mail.");
  }

  @Test
  void quotesTheHoursThatAreNotExtended() {
    LocalizedText message = label.assess(withHours("Mo,Th 09:00-12:00")).result(LabelCriterion.EXTENDED_HOURS)
        .orElseThrow().getReason().getMessage();

    assertThat(message.get(Language.EN)).isEqualTo("Opening hours not extended: Mo,Th 09:00-12:00.");
  }

  @Test
  void usesTheSiteHoursWhenTheServiceHasNoneOfItsOwn() {
    Site open = Site.builder().from(Fixtures.directory().findSite("cpas-e.site").orElseThrow())
        .openingHours(OpeningHours.parse("Mo-Fr 09:00-20:00")).build();
    Directory directory = Directory.builder().from(Fixtures.directory())
        .sites(List.of(open)).build();

    CriterionResult result = InformationPointLabel.of(directory).assess(Fixtures.CPAS_RECEPTION)
        .result(LabelCriterion.EXTENDED_HOURS).orElseThrow();

    assertThat(result.getOutcome()).isEqualTo(CriterionOutcome.MET);
  }

  @Test
  void grantsTheLabelWhenEveryCriterionIsMetAndCountsItInTheBalance() {
    Service granted = withHours("Mo-Fr 09:00-18:30");
    Directory directory = Directory.builder().from(Fixtures.directory())
        .services(List.of(granted)).build();
    InformationPointLabel withGranted = InformationPointLabel.of(directory);

    assertThat(withGranted.assess(granted).isGranted()).isTrue();
    LabelBalance balance = withGranted.balance(Fixtures.SUD_EST, List.of(Fixtures.ETTERBEEK, Fixtures.AUDERGHEM));
    assertThat(balance.getUnits().get(0).getLabelledServiceIds()).containsExactly("cpas-e.accueil");
    assertThat(balance.getUncovered()).containsExactly(Fixtures.AUDERGHEM);
  }

  @Test
  void assessesEveryCriterionInTheirOrder() {
    assertThat(label.assess(Fixtures.CPAS_RECEPTION).getResults()).extracting(CriterionResult::getCriterion)
        .containsExactly(LabelCriterion.values());
  }

  @Test
  void isUnknownOverallWhenNoCriterionFailsButOneIsUnknown() {
    LabelAssessment assessment = label.assess(Fixtures.CPAS_RECEPTION);

    assertThat(assessment.getOutcome()).isEqualTo(CriterionOutcome.UNKNOWN);
    assertThat(assessment.isGranted()).isFalse();
  }

  @Test
  void isNotMetOverallWhenOneCriterionFails() {
    assertThat(label.assess(reception(b -> b.cost(Cost.PAID))).getOutcome()).isEqualTo(CriterionOutcome.NOT_MET);
  }

  @Test
  void countsCandidatesPerUnitAndListsUncoveredUnits() {
    LabelBalance balance = label.balance(Fixtures.SUD_EST, List.of(Fixtures.ETTERBEEK_WEST, Fixtures.AUDERGHEM));

    assertThat(balance.getUnits()).extracting(u -> u.getUnit(), u -> u.getCandidateServiceIds())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Fixtures.ETTERBEEK_WEST, List.of("cpas-e.accueil")),
            org.assertj.core.groups.Tuple.tuple(Fixtures.AUDERGHEM, List.of()));
    assertThat(balance.getUncovered()).containsExactly(Fixtures.ETTERBEEK_WEST, Fixtures.AUDERGHEM);
    assertThat(balance.isBalanced()).isFalse();
    assertThat(balance.spread()).isInfinite();
  }

  @Test
  void isBalancedWhenEveryUnitHasALabelledPoint() {
    UnitBalance etterbeek = UnitBalance.builder().unit(Fixtures.ETTERBEEK).addLabelledServiceIds("a", "b").build();
    UnitBalance auderghem = UnitBalance.builder().unit(Fixtures.AUDERGHEM).addLabelledServiceIds("c").build();

    LabelBalance balance = LabelBalance.builder().bassin(Fixtures.SUD_EST).addUnits(etterbeek, auderghem).build();

    assertThat(balance.isBalanced()).isTrue();
    assertThat(balance.getUncovered()).isEmpty();
    assertThat(balance.spread()).isEqualTo(2.0);
  }

  @Test
  void ignoresTheLevelOfTheServiceForTheLabel() {
    Service bassinWide = reception(b -> b.level(TerritorialLevel.BASSIN));

    assertThat(label.assess(bassinWide).getResults()).extracting(CriterionResult::getOutcome)
        .isEqualTo(label.assess(Fixtures.CPAS_RECEPTION).getResults().stream().map(CriterionResult::getOutcome)
            .collect(java.util.stream.Collectors.toList()));
  }
}
