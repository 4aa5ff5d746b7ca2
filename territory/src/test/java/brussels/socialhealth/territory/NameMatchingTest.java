package brussels.socialhealth.territory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Name look-ups ignore case, accents, hyphens and the usual abbreviations, in French and Dutch. */
class NameMatchingTest {
  private static final Territory TERRITORY = Territory.embedded();

  static Stream<Arguments> communeNames() {
    return Stream.of(
        Arguments.of("St-Gilles", "21013"),
        Arguments.of("saint gilles", "21013"),
        Arguments.of("SINT-GILLIS", "21013"),
        Arguments.of("Sint-Joost", "21014"),
        Arguments.of("St-Josse-ten-Noode", "21014"),
        Arguments.of("Saint-Josse", "21014"),
        Arguments.of("Sint-Joost-ten-Node", "21014"),
        Arguments.of("Molenbeek", "21012"),
        Arguments.of("Molenbeek-St-Jean", "21012"),
        Arguments.of("Sint-Jans-Molenbeek", "21012"),
        Arguments.of("Woluwe-St-Lambert", "21018"),
        Arguments.of("woluwe saint lambert", "21018"),
        Arguments.of("Sint-Lambrechts-Woluwe", "21018"),
        Arguments.of("Woluwe-St-Pierre", "21019"),
        Arguments.of("Bxl", "21004"),
        Arguments.of("Bxl-Ville", "21004"),
        Arguments.of("Brussel", "21004"),
        Arguments.of("Bruxelles-Ville", "21004"),
        Arguments.of("Ville de Bruxelles", "21004"),
        Arguments.of("Brussel-Stad", "21004"),
        Arguments.of("Berchem-Ste-Agathe", "21003"),
        Arguments.of("Sint-Agatha-Berchem", "21003"),
        Arguments.of("Elsene", "21009"),
        Arguments.of("ixelles", "21009"),
        Arguments.of("Schaarbeek", "21015"),
        Arguments.of("Oudergem", "21002"),
        Arguments.of("Boitsfort", "21017"),
        Arguments.of("Watermaal-Bosvoorde", "21017"),
        Arguments.of("Ukkel", "21016"),
        Arguments.of("Vorst", "21007"),
        Arguments.of("  Forest ", "21007"),
        Arguments.of("Commune d'Anderlecht", "21001"),
        Arguments.of("Gemeente Jette", "21010"),
        Arguments.of("Koekelberg", "21011"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("communeNames")
  void findsACommuneByAnyUsualForm(String name, String nisCode) {
    assertThat(TERRITORY.communeNamed(name)).map(Commune::getNisCode).hasValue(nisCode);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Woluwe", "Atlantis", "", "  ", "Saint", "Brussels-Capital"})
  void findsNoSingleCommuneForAPartialOrForeignName(String name) {
    assertThat(TERRITORY.communeNamed(name)).isEmpty();
  }

  static Stream<Arguments> bassinNames() {
    return Stream.of(
        Arguments.of("Bassin Sud-Est", BassinCode.SUD_EST),
        Arguments.of("Zorgzone Zuid-Oost", BassinCode.SUD_EST),
        Arguments.of("sud est", BassinCode.SUD_EST),
        Arguments.of("Zuid-Oost", BassinCode.SUD_EST),
        Arguments.of("Centrum-West", BassinCode.CENTRE_OUEST),
        Arguments.of("CENTRE_OUEST", BassinCode.CENTRE_OUEST),
        Arguments.of("Noord-Oost", BassinCode.NORD_EST));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("bassinNames")
  void findsABassinByItsNameWithOrWithoutTheWordBassin(String name, BassinCode code) {
    assertThat(TERRITORY.findByName(name)).first().isInstanceOfSatisfying(Bassin.class,
        b -> assertThat(b.getCode()).isEqualTo(code));
  }

  @Test
  void returnsEveryUnitSharingANameWidestFirst() {
    // "Koekelberg" is a commune, a CLSS neighbourhood and IBSA district 17; "Nord" is a bassin and two
    // neighbourhoods (and sector 21014A2MJ, "NORD" in IBSA's table).
    assertThat(TERRITORY.findByName("Koekelberg")).extracting(u -> u.toRef().toString())
        .containsExactly("commune:21011", "neighbourhood:21011-koekelberg", "district:17");
    assertThat(TERRITORY.findByName("nord")).extracting(u -> u.toRef().toString())
        .containsExactly("bassin:NORD", "neighbourhood:21015-nord", "neighbourhood:21004-nord", "sector:21014A2MJ");
  }

  @Test
  void findsDistrictsSectorsAndSubMunicipalitiesByTheirPublishedNames() {
    assertThat(TERRITORY.findByName("Grote Markt")).extracting(u -> u.toRef().toString())
        .containsExactly("district:1", "sector:21004A001");
    assertThat(TERRITORY.findByName("Bruxelles-Laeken")).extracting(u -> u.toRef().toString())
        .containsExactly("sub-municipality:21004E");
    assertThat(TERRITORY.findByName("Marollen")).extracting(u -> u.toRef().toString())
        .contains("neighbourhood:21004-marolles");
  }
}
