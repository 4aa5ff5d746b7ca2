package brussels.socialhealth.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DirectorySearchTest {
  private final Directory directory = Fixtures.directory();

  private List<String> ids(ServiceQuery query) {
    return directory.search(query).stream().map(Service::getId).collect(Collectors.toList());
  }

  @Test
  void returnsEveryServiceForTheEmptyQuery() {
    assertThat(ids(ServiceQuery.all())).hasSize(7);
  }

  @Test
  void findsServicesByAnyOfTheThemesInDirectoryOrder() {
    assertThat(ids(ServiceQuery.builder().addThemes(Theme.ADDICTION, Theme.ACCESS_TO_RIGHTS).build()))
        .containsExactly("cpas-e.accueil", "mm-e.psy");
  }

  @Test
  void combinesCriteriaWithAnd() {
    ServiceQuery query = ServiceQuery.builder().addThemes(Theme.MENTAL_HEALTH).addLanguages(SpokenLanguage.DUTCH)
        .build();

    assertThat(ids(query)).containsExactly("ssm-a.psy", "ssm-se.psy", "ligne-r.psy");
  }

  @Test
  void findsServicesByTerritoryThroughCoverageOrSites() {
    assertThat(ids(ServiceQuery.builder().addTerritories(Fixtures.ETTERBEEK_EAST).build()))
        .containsExactly("mm-e.psy", "ligne-r.psy");
    assertThat(ids(ServiceQuery.builder().addTerritories(Fixtures.REGION).build())).containsExactly("ligne-r.psy");
  }

  @Test
  void letsServicesForEveryoneMatchAnyPublic() {
    Service elderly = Service.builder().from(Fixtures.CPAS_RECEPTION).id("x.elderly")
        .publics(List.of(TargetPublic.ELDERLY)).build();
    Directory withElderly = Directory.builder().from(directory).addServices(elderly).build();

    assertThat(withElderly.search(ServiceQuery.builder().addPublics(TargetPublic.HOMELESS).build())).hasSize(7);
    assertThat(withElderly.search(ServiceQuery.builder().addPublics(TargetPublic.ELDERLY).build())).hasSize(8);
  }

  @Test
  void filtersByCostAndAccessMode() {
    assertThat(ids(ServiceQuery.builder().addCosts(Cost.FREE).addAccessModes(AccessMode.EMAIL).build()))
        .containsExactly("cpas-e.accueil");
    assertThat(ids(ServiceQuery.builder().addCosts(Cost.PAID).build())).isEmpty();
  }

  @Test
  void findsServicesOpenAtAMomentFromTheirOwnOrTheirSiteHours() {
    Site site = Site.builder().from(directory.findSite("mm-w.site").orElseThrow())
        .openingHours(brussels.socialhealth.core.OpeningHours.parse("Mo-Fr 09:00-17:00")).build();
    Service evening = Service.builder().from(directory.findService("cpas-e.psy").orElseThrow())
        .locations(List.of(ServiceAtSite.builder().siteId("cpas-e.site")
            .openingHours(brussels.socialhealth.core.OpeningHours.parse("Tu 17:00-20:00")).build())).build();
    Directory withHours = Directory.builder().from(directory)
        .sites(directory.getSites().stream().map(s -> s.getId().equals("mm-w.site") ? site : s)
            .collect(Collectors.toList()))
        .services(directory.getServices().stream().map(s -> s.getId().equals("cpas-e.psy") ? evening : s)
            .collect(Collectors.toList()))
        .build();

    // 2026-11-24 is a Tuesday.
    assertThat(withHours.search(ServiceQuery.builder().openAt(java.time.LocalDateTime.of(2026, 11, 24, 10, 0)).build()))
        .extracting(Service::getId).containsExactly("mm-w.psy");
    assertThat(withHours.search(ServiceQuery.builder().openAt(java.time.LocalDateTime.of(2026, 11, 24, 18, 0)).build()))
        .extracting(Service::getId).containsExactly("cpas-e.psy");
    assertThat(withHours.search(ServiceQuery.builder().openAt(java.time.LocalDateTime.of(2026, 11, 29, 10, 0)).build()))
        .isEmpty();
  }

  @Test
  void findsByNameIgnoringCaseAndAccents() {
    assertThat(ids(ServiceQuery.builder().text("MAISON MEDICALE DE L EST").build())).containsExactly("mm-e.psy");
  }

  @Test
  void derivesCoverageFromSitesAtTheServiceLevel() {
    assertThat(directory.coverageOf(directory.findService("mm-w.psy").orElseThrow()))
        .containsExactly(Fixtures.ETTERBEEK_WEST);
    assertThat(directory.coverageOf(directory.findService("ssm-se.psy").orElseThrow()))
        .containsExactly(Fixtures.SUD_EST);
    assertThat(directory.coverageOf(directory.findService("ssm-a.psy").orElseThrow()))
        .containsExactly(Fixtures.AUDERGHEM);
  }

  @Test
  void navigatesBetweenEntitiesById() {
    assertThat(directory.servicesOf("cpas-e")).extracting(Service::getId).containsExactly("cpas-e.accueil", "cpas-e.psy");
    assertThat(directory.servicesAt("mm-w.site")).extracting(Service::getId).containsExactly("mm-w.psy");
    assertThat(directory.sitesOf("ssm-a")).extracting(Site::getId).containsExactly("ssm-a.site");
    assertThat(directory.find(Team.class, "team-se")).isPresent();
    assertThat(directory.find(Body.class, "team-se")).isEmpty();
    assertThat(directory.findOrganisation("nope")).isEmpty();
  }
}
