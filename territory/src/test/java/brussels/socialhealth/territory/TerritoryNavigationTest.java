package brussels.socialhealth.territory;

import static org.assertj.core.api.Assertions.assertThat;

import brussels.socialhealth.core.Language;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Look-ups by code, parents and children at every level, populations with their year. */
class TerritoryNavigationTest {
  private static final Territory TERRITORY = Territory.embedded();

  private static List<String> strings(List<TerritoryRef> refs) {
    return refs.stream().map(TerritoryRef::toString).collect(Collectors.toList());
  }

  @Test
  void findsTheCommuneOfANameOrOfALocalityItHolds() {
    assertThat(TERRITORY.communesOfPlace("Oudergem")).extracting(Commune::getNisCode).containsExactly("21002");
    assertThat(TERRITORY.communesOfPlace("Laeken")).extracting(Commune::getNisCode).containsExactly("21004");
    assertThat(TERRITORY.communesOfPlace("neder over heembeek")).extracting(Commune::getNisCode)
        .containsExactly("21004");
    assertThat(TERRITORY.communesOfPlace("Atlantis")).isEmpty();
    assertThat(TERRITORY.communesOfPlace(null)).isEmpty();
  }

  @Test
  void resolvesAReferenceAtEveryLevel() {
    assertThat(TERRITORY.resolve(TerritoryRef.parse("region:04000"))).containsInstanceOf(Region.class);
    assertThat(TERRITORY.resolve(TerritoryRef.parse("bassin:SUD_EST"))).containsInstanceOf(Bassin.class);
    assertThat(TERRITORY.resolve(TerritoryRef.parse("commune:21005"))).containsInstanceOf(Commune.class);
    assertThat(TERRITORY.resolve(TerritoryRef.parse("neighbourhood:21004-marolles")))
        .containsInstanceOf(NeighbourhoodGrouping.class);
    assertThat(TERRITORY.resolve(TerritoryRef.parse("sub-municipality:21004E"))).containsInstanceOf(SubMunicipality.class);
    assertThat(TERRITORY.resolve(TerritoryRef.parse("district:87"))).containsInstanceOf(MonitoringDistrict.class);
    assertThat(TERRITORY.resolve(TerritoryRef.parse("sector:21015A77K"))).containsInstanceOf(StatisticalSector.class);
    assertThat(TERRITORY.resolve(TerritoryRef.parse("commune:21099"))).isEmpty();
    assertThat(TERRITORY.resolve(TerritoryRef.parse("bassin:EST"))).isEmpty();
    assertThat(TERRITORY.resolve(TerritoryRef.parse("district:abc"))).isEmpty();
    assertThat(TERRITORY.resolve(TerritoryRef.parse("region:04001"))).isEmpty();
  }

  @Test
  void everyUnitResolvesFromItsOwnReference() {
    assertThat(TERRITORY.sectors()).allSatisfy(s -> assertThat(TERRITORY.resolve(s.toRef())).contains(s));
    assertThat(TERRITORY.districts()).allSatisfy(d -> assertThat(TERRITORY.resolve(d.toRef())).contains(d));
    assertThat(TERRITORY.groupings()).allSatisfy(g -> assertThat(TERRITORY.resolve(g.toRef())).contains(g));
  }

  @Test
  void findsCommunesByPostalCodeIncludingSharedCodes() {
    assertThat(TERRITORY.communesByPostalCode("1040")).extracting(Commune::getNisCode).containsExactly("21004", "21005");
    assertThat(TERRITORY.communesByPostalCode("1050")).extracting(Commune::getNisCode).containsExactly("21004", "21009");
    assertThat(TERRITORY.postalCode("1050").orElseThrow().isShared()).isTrue();
    assertThat(TERRITORY.communesByPostalCode("1180")).extracting(Commune::getNisCode).containsExactly("21016");
    assertThat(TERRITORY.communesByPostalCode("9000")).isEmpty();
    assertThat(TERRITORY.postalCode("1020").orElseThrow().getLocality().orElseThrow().get(Language.NL))
        .isEqualTo("Laken");
  }

  @Test
  void navigatesFromTheRegionDownToSectors() {
    assertThat(strings(TERRITORY.children(TerritoryRef.parse("region:04000")))).containsExactly(
        "bassin:NORD", "bassin:NORD_EST", "bassin:SUD", "bassin:SUD_EST", "bassin:CENTRE_OUEST");
    assertThat(strings(TERRITORY.children(TerritoryRef.bassin("SUD_EST")))).containsExactly(
        "commune:21002", "commune:21005", "commune:21018", "commune:21019");
    assertThat(strings(TERRITORY.children(TerritoryRef.bassin("NORD"))))
        .startsWith("commune:21003", "commune:21004", "commune:21008", "commune:21010", "commune:21011")
        .contains("neighbourhood:21004-laeken-sud", "neighbourhood:21011-koekelberg");
    assertThat(strings(TERRITORY.children(TerritoryRef.commune("21004"))))
        .startsWith("sub-municipality:21004A").contains("sub-municipality:21004G", "neighbourhood:21004-marolles",
            "district:1", "district:105");
    // Expected counts from the IBSA 2025 source table (Haren had 6 sectors in Statbel 2022, 8 in 2025).
    assertThat(TERRITORY.children(TerritoryRef.parse("sub-municipality:21004G"))).hasSize(8);
    assertThat(strings(TERRITORY.children(TerritoryRef.parse("district:87"))))
        .containsExactly("sector:21015A73-", "sector:21015A77K", "sector:21015A77L");
    assertThat(TERRITORY.children(TerritoryRef.parse("sector:21015A77K"))).isEmpty();
    assertThat(TERRITORY.sectorsOf(TerritoryRef.commune("21004"))).hasSize(112);
    assertThat(TERRITORY.sectorsOf(TerritoryRef.bassin("SUD_EST"))).hasSize(36 + 21 + 40 + 35);
  }

  @Test
  void navigatesUpFromASectorToTheRegionThroughNonStrictParents() {
    assertThat(strings(TERRITORY.parents(TerritoryRef.parse("sector:21004E101"))))
        .containsExactly("commune:21004", "sub-municipality:21004E", "district:20");
    assertThat(strings(TERRITORY.parents(TerritoryRef.parse("sub-municipality:21004E"))))
        .containsExactly("commune:21004", "bassin:NORD");
    assertThat(strings(TERRITORY.parents(TerritoryRef.commune("21004"))))
        .containsExactly("bassin:CENTRE_OUEST", "bassin:NORD", "bassin:SUD");
    assertThat(strings(TERRITORY.parents(TerritoryRef.parse("district:105"))))
        .containsExactly("commune:21004", "commune:21009", "commune:21017");
    assertThat(strings(TERRITORY.parents(TerritoryRef.parse("neighbourhood:21015-brabant"))))
        .containsExactly("commune:21015", "bassin:NORD_EST");
    assertThat(strings(TERRITORY.parents(TerritoryRef.bassin("SUD")))).containsExactly("region:04000");
    assertThat(TERRITORY.parents(TerritoryRef.parse("region:04000"))).isEmpty();
  }

  @Test
  void listsTheBassinsOfACommuneAndTheCommunesOfABassin() {
    assertThat(TERRITORY.bassinsOf("21004")).containsExactly(BassinCode.CENTRE_OUEST, BassinCode.NORD, BassinCode.SUD);
    assertThat(TERRITORY.bassinsOf("21005")).containsExactly(BassinCode.SUD_EST);
    assertThat(TERRITORY.bassinsOf("00000")).isEmpty();
    assertThat(TERRITORY.communesOf(BassinCode.NORD_EST)).extracting(Commune::getNisCode)
        .containsExactly("21006", "21014", "21015");
    assertThat(TERRITORY.communesOf(BassinCode.SUD)).extracting(Commune::getNisCode)
        .containsExactly("21004", "21007", "21009", "21013", "21016", "21017");
  }

  @Test
  void rollsUpPopulationsWithTheirYear() {
    Population region = TERRITORY.population(TerritoryRef.parse("region:04000"), 2020).orElseThrow();
    assertThat(region.getCount()).isEqualTo(1_218_255L);
    assertThat(region.isDerived()).isFalse();
    assertThat(TERRITORY.population(TerritoryRef.parse("region:04000"), 2024).orElseThrow().getCount())
        .isEqualTo(1_249_597L);
    // Nord-Est is made of whole communes: its 2020 total is derived from theirs.
    Population nordEst = TERRITORY.population(TerritoryRef.bassin("NORD_EST"), 2020).orElseThrow();
    assertThat(nordEst.getCount()).isEqualTo(42_656L + 27_497L + 132_799L);
    assertThat(nordEst.isDerived()).isTrue();
    assertThat(nordEst.getSource()).isEqualTo(Population.DERIVED_SOURCE);
    assertThat(TERRITORY.population(TerritoryRef.bassin("SUD_EST"), 2020).orElseThrow().getCount())
        .isEqualTo(182_708L);
    assertThat(TERRITORY.population(TerritoryRef.bassin("CENTRE_OUEST"), 2022).orElseThrow().getCount())
        .isEqualTo(304_523L);
    // Nord holds part of Bruxelles-Ville, whose share is unknown: no total.
    assertThat(TERRITORY.population(TerritoryRef.bassin("NORD"), 2020)).isEmpty();
    assertThat(TERRITORY.population(TerritoryRef.commune("21004"), 2020).orElseThrow().getCount()).isEqualTo(185_103L);
    assertThat(TERRITORY.population(TerritoryRef.commune("21004"), 2024)).isEmpty();
    assertThat(TERRITORY.population(TerritoryRef.parse("neighbourhood:21004-marolles"), 2020)).isEmpty();
  }
}
