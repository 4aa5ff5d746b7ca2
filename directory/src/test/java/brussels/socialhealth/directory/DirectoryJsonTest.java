package brussels.socialhealth.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import brussels.socialhealth.core.EmailAddress;
import brussels.socialhealth.core.EnterpriseNumber;
import brussels.socialhealth.core.Extensions;
import brussels.socialhealth.core.ExternalRef;
import brussels.socialhealth.core.GeoPoint;
import brussels.socialhealth.core.GoldenJson;
import brussels.socialhealth.core.InvalidValueException;
import brussels.socialhealth.core.OpeningHours;
import brussels.socialhealth.core.Period;
import brussels.socialhealth.core.PhoneNumber;
import brussels.socialhealth.core.PostalAddress;
import brussels.socialhealth.core.WebAddress;
import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.core.json.SocialHealthJson;
import brussels.socialhealth.territory.TerritorialLevel;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Golden JSON of every serialised type of the module, under Jackson 3 and Jackson 2. */
class DirectoryJsonTest {

  static Stream<Arguments> values() {
    Directory directory = Fixtures.directory();
    Service fullService = Service.builder()
        .from(Fixtures.CPAS_RECEPTION)
        .descriptions(LocalizedText.of("Accueil social de première ligne.", "Eerstelijns sociaal onthaal."))
        .locations(java.util.List.of(ServiceAtSite.builder().siteId("cpas-e.site")
            .openingHours(OpeningHours.parse("Mo-Fr 08:30-18:30"))
            .notes(LocalizedText.of("Entrée rue latérale", "Ingang zijstraat")).build()))
        .careLine(CareLine.FIRST_LINE)
        .referralRequired(false)
        .addCoverage(Fixtures.ETTERBEEK)
        .addPhones(PhoneNumber.parse("02/555.00.10"))
        .addEmails(EmailAddress.parse("accueil@cpas-fictif.example"))
        .website(WebAddress.parse("https://cpas-fictif.example/accueil"))
        .addExternalRefs(ExternalRef.of("social.brussels", "99999"))
        .extensions(Extensions.of("social.brussels", "district", "99/EXEMPLE"))
        .build();
    Organisation organisation = Organisation.builder()
        .id("cpas-e").names(LocalizedText.of("CPAS fictif d'Etterbeek", "Fictief OCMW Etterbeek"))
        .shortName("CPAS-E").kind(OrganisationKind.CPAS).addSectors(Sector.SOCIAL, Sector.HEALTH)
        .addReach(Fixtures.ETTERBEEK).addSiteIds("cpas-e.site")
        .enterpriseNumber(EnterpriseNumber.parse("0123.456.749"))
        .addPhones(PhoneNumber.parse("+32 2 555 00 11")).addEmails(EmailAddress.parse("info@cpas-fictif.example"))
        .website(WebAddress.parse("https://cpas-fictif.example")).addExternalRefs(ExternalRef.of("bce", "0123456749"))
        .build();
    Site site = Site.builder().id("cpas-e.site").organisationId("cpas-e")
        .names(LocalizedText.of("Antenne Ouest", "Antenne West")).commune(Fixtures.ETTERBEEK)
        .sector(brussels.socialhealth.territory.TerritoryRef.of(TerritorialLevel.SECTOR, "21005A00-"))
        .neighbourhood(Fixtures.ETTERBEEK_WEST).bassin(Fixtures.SUD_EST)
        .addAccessibility(AccessibilityFeature.WHEELCHAIR_ACCESS)
        .address(PostalAddress.of(LocalizedText.of("Rue de l'Exemple", "Voorbeeldstraat"), "12", "1040",
            LocalizedText.of("Etterbeek", "Etterbeek")))
        .location(GeoPoint.of(50.8333, 4.3889))
        .openingHours(OpeningHours.parse("Mo-Fr 09:00-12:00,13:00-17:00; Sa 10:00-12:00; PH off"))
        .addPhones(PhoneNumber.parse("02/555.00.12"))
        .build();
    Orientation orientation = Orientation.of(directory, Fixtures.LADDER);
    InformationPointLabel label = InformationPointLabel.of(directory);
    return Stream.of(
        Arguments.of("organisation", organisation, Organisation.class),
        Arguments.of("site", site, Site.class),
        Arguments.of("service", fullService, Service.class),
        Arguments.of("service-minimal", directory.findService("mm-w.psy").orElseThrow(), Service.class),
        Arguments.of("service-at-site", fullService.getLocations().get(0), ServiceAtSite.class),
        Arguments.of("professional", directory.getProfessionals().get(0), Professional.class),
        Arguments.of("team", directory.getTeams().get(0), Team.class),
        Arguments.of("body", directory.getBodies().get(0), Body.class),
        Arguments.of("membership", Membership.builder().from(directory.getMemberships().get(0))
            .period(Period.of(java.time.LocalDate.of(2024, 1, 1), java.time.LocalDate.of(2025, 6, 30))).build(),
            Membership.class),
        Arguments.of("link", Link.builder().from(directory.getLinks().get(0))
            .descriptions(LocalizedText.of("Orientation des situations complexes", "Doorverwijzing bij complexe situaties"))
            .period(Period.startingOn(java.time.LocalDate.of(2024, 3, 1))).build(), Link.class),
        Arguments.of("directory", directory, Directory.class),
        Arguments.of("service-query", ServiceQuery.builder().addThemes(Theme.HOUSING).addPublics(TargetPublic.ELDERLY)
            .addLanguages(SpokenLanguage.TURKISH).addCosts(Cost.FREE).addAccessModes(AccessMode.PHONE)
            .addTerritories(Fixtures.AUDERGHEM).text("logement").build(), ServiceQuery.class),
        Arguments.of("need", Need.builder().addThemes(Theme.DEBT).addPublics(TargetPublic.FAMILIES)
            .addLanguages(SpokenLanguage.DUTCH).build(), Need.class),
        Arguments.of("orientation-result",
            orientation.orient(Need.of(Theme.MENTAL_HEALTH), Fixtures.ETTERBEEK_WEST).get(0), OrientationResult.class),
        Arguments.of("reason", Reason.of(DirectoryCodes.ORIENTATION_PUBLIC_ALL), Reason.class),
        Arguments.of("label-assessment", label.assess(Fixtures.CPAS_RECEPTION), LabelAssessment.class),
        Arguments.of("criterion-result", label.assess(Fixtures.CPAS_RECEPTION).getResults().get(3),
            CriterionResult.class),
        Arguments.of("label-balance", label.balance(Fixtures.SUD_EST,
            java.util.List.of(Fixtures.ETTERBEEK, Fixtures.AUDERGHEM)), LabelBalance.class),
        Arguments.of("unit-balance", UnitBalance.builder().unit(Fixtures.ETTERBEEK).addLabelledServiceIds("a")
            .addCandidateServiceIds("b", "c").build(), UnitBalance.class),
        Arguments.of("cartography-edge", CartographyEdge.of("m1", LinkKind.MEMBERSHIP, "p-ada", "zogab-se"),
            CartographyEdge.class));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("values")
  <T> void writesTheGoldenJsonUnderBothJacksonLinesAndReadsItBack(String name, T value, Class<T> type) {
    GoldenJson.assertGolden(DirectoryJsonTest.class, name, value, type);
  }

  @Test
  void writesCodesAsTheirStableStrings() throws Exception {
    String json = SocialHealthJson.strictMapper().writeValueAsString(
        java.util.List.of(Theme.MENTAL_HEALTH, Cost.INCOME_BASED, CareLine.SPECIALISED, LinkKind.REFERRAL));

    assertThat(json).isEqualTo("[\"mental-health\",\"income-based\",\"specialised\",\"referral\"]");
  }

  @Test
  void writesSetsSortedByCodeWhateverTheOrderTheyWereReadIn() throws Exception {
    String json = "{\"themes\":[\"mental-health\",\"addiction\",\"debt\"],\"publics\":[],\"languages\":[],"
        + "\"territories\":[\"commune:21019\",\"bassin:SUD_EST\",\"commune:21002\"]}";

    ServiceQuery query = SocialHealthJson.strictMapper().readValue(json, ServiceQuery.class);

    assertThat(SocialHealthJson.strictMapper().writeValueAsString(query)).isEqualTo(
        "{\"themes\":[\"addiction\",\"debt\",\"mental-health\"],\"publics\":[],\"languages\":[],\"costs\":[],"
            + "\"accessModes\":[],\"territories\":[\"commune:21002\",\"commune:21019\",\"bassin:SUD_EST\"]}");
  }

  @Test
  void keepsAnUndefinedCodeReadFromJson() throws Exception {
    Theme theme = SocialHealthJson.strictMapper().readValue("\"urban-gardening\"", Theme.class);

    assertThat(theme.getCode()).isEqualTo("urban-gardening");
    assertThat(theme.isDefined()).isFalse();
  }

  @Test
  void rejectsADocumentWithTwoEntitiesUnderOneId() {
    String json = "{\"organisations\":[{\"id\":\"x\",\"names\":{\"fr\":\"A\",\"nl\":\"A\"},\"kind\":\"asbl\"}],"
        + "\"professionals\":[{\"id\":\"x\",\"givenName\":\"Ana\"}]}";

    assertThatThrownBy(() -> SocialHealthJson.strictMapper().readValue(json, Directory.class))
        .hasRootCauseInstanceOf(InvalidValueException.class)
        .rootCause().extracting(e -> ((InvalidValueException) e).getCode()).isEqualTo(DirectoryCodes.ID_DUPLICATE);
  }

  @Test
  void rejectsAnIdWithCapitalLetters() {
    assertThatThrownBy(() -> Fixtures.organisation("CPAS", OrganisationKind.CPAS, "A", "B"))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.getCode()).isEqualTo(DirectoryCodes.ID_INVALID));
  }
}
