package brussels.socialhealth.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import brussels.socialhealth.core.Language;
import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.core.PostalAddress;
import brussels.socialhealth.territory.AnswerStatus;
import brussels.socialhealth.territory.TerritorialLevel;
import brussels.socialhealth.territory.Territory;
import brussels.socialhealth.territory.TerritoryCodes;
import brussels.socialhealth.territory.TerritoryRef;
import org.junit.jupiter.api.Test;

class AddressOrientationTest {
  private static final Territory TERRITORY = Territory.embedded();
  private static final TerritoryRef BRUXELLES = TerritoryRef.commune("21004");
  private final Orientation orientation = Orientation.of(Fixtures.directory(), TERRITORY);

  private static PostalAddress address(String postalCode, String fr, String nl) {
    return PostalAddress.of(LocalizedText.of("Rue de l'Exemple", "Voorbeeldstraat"), "12", postalCode,
        LocalizedText.of(fr, nl));
  }

  @Test
  void orientsFromTheCommuneOfAnAddressLikeFromTheCommuneItself() {
    AddressOrientation answer = orientation.orient(Need.of(Theme.MENTAL_HEALTH), address("1040", "Etterbeek", "Etterbeek"));

    assertThat(answer.isFound()).isTrue();
    assertThat(answer.getPlace().getPlace()).contains(Fixtures.ETTERBEEK);
    assertThat(answer.getResults()).isNotEmpty()
        .isEqualTo(orientation.orient(Need.of(Theme.MENTAL_HEALTH), Fixtures.ETTERBEEK));
    assertThat(answer.getResults().get(0).getService().getId()).isEqualTo("cpas-e.psy");
    assertThat(answer.getResults().get(0).getLevel()).isEqualTo(TerritorialLevel.COMMUNE);
  }

  @Test
  void locatesASharedPostalCodeByTheMunicipalityName() {
    PlaceAnswer etterbeek = Orientation.locate(TERRITORY, "1040", "Etterbeek");
    PlaceAnswer brussel = Orientation.locate(TERRITORY, "1040", "Brussel");

    assertThat(etterbeek.getStatus()).isEqualTo(AnswerStatus.FOUND);
    assertThat(etterbeek.getPlace()).contains(Fixtures.ETTERBEEK);
    assertThat(etterbeek.getReason().getCode()).isEqualTo(DirectoryCodes.ORIENTATION_PLACE_FOUND);
    assertThat(etterbeek.getReason().getMessage().get(Language.FR))
        .isEqualTo("1040 Etterbeek : lieu trouvé, commune Etterbeek (commune:21005).");
    assertThat(brussel.getPlace()).contains(BRUXELLES);
  }

  @Test
  void saysASharedPostalCodeAloneIsAmbiguousAndNamesTheCandidateCommunes() {
    AddressOrientation answer = orientation.orient(Need.of(Theme.MENTAL_HEALTH), "1040", null);

    PlaceAnswer place = answer.getPlace();
    assertThat(place.getStatus()).isEqualTo(AnswerStatus.AMBIGUOUS);
    assertThat(place.getPlace()).isEmpty();
    assertThat(place.getCandidates()).containsExactlyInAnyOrder(Fixtures.ETTERBEEK, BRUXELLES);
    assertThat(answer.getResults()).isEmpty();
    assertThat(place.getReason().getCode()).isEqualTo(DirectoryCodes.ORIENTATION_PLACE_AMBIGUOUS);
    assertThat(place.getReason().getMessage().get(Language.FR))
        .startsWith("1040 : ambigu").contains("Etterbeek (commune:21005)").contains("Bruxelles (commune:21004)");
    assertThat(place.getReason().getMessage().get(Language.NL)).contains("Brussel (commune:21004)");
  }

  @Test
  void saysAPostalCodeOutsideTheRegionIsUnknown() {
    AddressOrientation answer = orientation.orient(Need.of(Theme.MENTAL_HEALTH), address("9999", "Nulle-Part", "Nergens"));

    assertThat(answer.getPlace().getStatus()).isEqualTo(AnswerStatus.UNKNOWN);
    assertThat(answer.getPlace().getReason().getCode()).isEqualTo(TerritoryCodes.ANSWER_POSTAL_CODE_UNKNOWN);
    assertThat(answer.getPlace().getReason().getMessage().get(Language.EN)).startsWith("9999 Nulle-Part: unknown");
    assertThat(answer.getResults()).isEmpty();
  }

  @Test
  void neverGuessesWhenThePostalCodeAndTheMunicipalityDisagree() {
    assertThat(Orientation.locate(TERRITORY, "1160", "Etterbeek").getReason().getCode())
        .isEqualTo(TerritoryCodes.ANSWER_POSTAL_CODE_COMMUNE_MISMATCH);
    assertThat(Orientation.locate(TERRITORY, "1040", "Atlantis").getReason().getCode())
        .isEqualTo(TerritoryCodes.ANSWER_COMMUNE_UNKNOWN);
    assertThat(Orientation.locate(TERRITORY, " ", null).getStatus()).isEqualTo(AnswerStatus.UNKNOWN);
  }

  @Test
  void locatesAPostalCodeOfOneCommuneOrANameAlone() {
    assertThat(Orientation.locate(TERRITORY, "1160", "").getPlace()).contains(Fixtures.AUDERGHEM);
    assertThat(Orientation.locate(TERRITORY, null, "Oudergem").getPlace()).contains(Fixtures.AUDERGHEM);
    assertThat(Orientation.locate(TERRITORY, "1020", "Laeken").getPlace()).contains(BRUXELLES);
  }

  @Test
  void needsATerritoryRegistryToOrientFromAnAddress() {
    Orientation withoutRegistry = Orientation.of(Fixtures.directory(), Fixtures.LADDER);

    assertThatThrownBy(() -> withoutRegistry.orient(Need.of(Theme.MENTAL_HEALTH), "1040", "Etterbeek"))
        .isInstanceOf(IllegalStateException.class);
  }
}
