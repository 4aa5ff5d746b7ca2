package brussels.socialhealth.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import brussels.socialhealth.core.Language;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

class EmbeddedTerritoryTest {
  private final Territory territory = Territory.embedded();

  @Test
  void loadsTheFiveBassinsWithFrenchAndDutchNames() {
    assertThat(territory.bassins())
        .extracting(Bassin::getCode, b -> b.getNames().get(Language.FR), b -> b.getNames().get(Language.NL))
        .containsExactly(
            tuple(BassinCode.NORD, "Bassin Nord", "Zorgzone Noord"),
            tuple(BassinCode.NORD_EST, "Bassin Nord-Est", "Zorgzone Noord-Oost"),
            tuple(BassinCode.SUD, "Bassin Sud", "Zorgzone Zuid"),
            tuple(BassinCode.SUD_EST, "Bassin Sud-Est", "Zorgzone Zuid-Oost"),
            tuple(BassinCode.CENTRE_OUEST, "Bassin Centre-Ouest", "Zorgzone Centrum-West"));
  }

  @Test
  void loadsNineteenCommunesWhose2020PopulationsSumToTheRegionalTotal() {
    assertThat(territory.communes()).hasSize(19);
    long sum = territory.communes().stream().mapToLong(c -> c.population(2020).orElseThrow().getCount()).sum();
    assertThat(sum).isEqualTo(1_218_255L);
    assertThat(territory.region().population(2020).orElseThrow().getCount()).isEqualTo(1_218_255L);
  }

  @Test
  void loadsTheCommunesWithNisCodesNamesAndPostalCodes() {
    SoftAssertions softly = new SoftAssertions();
    Commune bruxelles = territory.commune("21004").orElseThrow();
    softly.assertThat(bruxelles.getNames().get(Language.FR)).isEqualTo("Bruxelles");
    softly.assertThat(bruxelles.getNames().get(Language.NL)).isEqualTo("Brussel");
    softly.assertThat(bruxelles.getPostalCodes()).containsExactly("1000", "1020", "1040", "1050", "1120", "1130");
    softly.assertThat(bruxelles.population(2020).orElseThrow().getCount()).isEqualTo(185_103L);
    Commune stJosse = territory.commune("21014").orElseThrow();
    softly.assertThat(stJosse.getNames().getValues())
        .containsEntry(Language.FR, "Saint-Josse-ten-Noode").containsEntry(Language.NL, "Sint-Joost-ten-Node");
    softly.assertThat(stJosse.getPostalCodes()).containsExactly("1210");
    softly.assertThat(territory.commune("21018").orElseThrow().getNames().get(Language.NL))
        .isEqualTo("Sint-Lambrechts-Woluwe");
    softly.assertAll();
  }

  @Test
  void loadsEveryStatisticalSectorOfTheIbsaTableAndTheMonitoringDistricts() {
    // The IBSA 2025 table holds 749 rows (ids 1 to 749); the "748" is not what the source says.
    assertThat(territory.sectors()).hasSize(749);
    assertThat(territory.districts()).hasSize(145);
    assertThat(territory.subMunicipalities()).extracting(SubMunicipality::getCode)
        .containsExactly("21004A", "21004B", "21004C", "21004D", "21004E", "21004F", "21004G");
    assertThat(territory.sector("21004A001").orElseThrow().getNames().get(Language.FR)).isEqualTo("GRAND-PLACE");
  }

  @Test
  void marksBruxellesVilleAsSplitBetweenThreeKnownBassins() {
    Commune bruxelles = territory.commune("21004").orElseThrow();
    assertThat(bruxelles.isSplit()).isTrue();
    assertThat(bruxelles.bassinCodes()).containsExactly(BassinCode.CENTRE_OUEST, BassinCode.NORD, BassinCode.SUD);
    assertThat(bruxelles.getBassins()).allMatch(m -> m.getCoverage() == Coverage.PART);
    assertThat(territory.openQuestions()).extracting(OpenQuestion::getId)
        .contains("bruxelles-sud-part", "bruxelles-nord-est-part", "european-quarter", "neighbourhood-list");
  }

  @Test
  void everyFactCitesAKnownSource() {
    List<String> known = territory.getData().getSources().stream().map(Source::getId).collect(Collectors.toList());
    assertThat(territory.communes()).allSatisfy(c -> assertThat(known).containsAll(c.getSources()));
    assertThat(territory.sectors()).allSatisfy(s -> assertThat(s.getSources()).containsExactly("ibsa-sectors-2025"));
    assertThat(Territory.check(territory.getData()).isValid()).isTrue();
  }

  @Test
  void groupingsCarryNoInventedNumberOrPopulation() {
    assertThat(territory.groupings()).hasSize(18);
    assertThat(territory.groupings()).allMatch(g -> g.getNumber().isEmpty() && g.getPopulation().isEmpty());
    assertThat(territory.clssNeighbourhoods()).hasSize(17);
    assertThat(territory.clssNeighbourhoods()).filteredOn(g -> g.getClssWave().orElseThrow() == ClssWave.FIRST)
        .extracting(g -> g.getNames().get(Language.FR))
        .containsExactlyInAnyOrder("Brabant", "Collignon", "Anneessens", "Marolles");
  }

  @Test
  void loadsTheEmbeddedTerritoryOnceAndSharesItAcrossThreads() throws Exception {
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<Territory>> futures = new java.util.ArrayList<>();
      for (int i = 0; i < 8; i++) {
        futures.add(pool.submit(Territory::embedded));
      }
      for (java.util.concurrent.Future<Territory> future : futures) {
        assertThat(future.get()).isSameAs(territory);
      }
    } finally {
      pool.shutdown();
    }
    Territory fresh = Territory.loadEmbedded();
    assertThat(fresh).isNotSameAs(territory);
    assertThat(fresh.getData()).isEqualTo(territory.getData());
    assertThat(territory.version()).isEqualTo("2025.1");
  }
}
