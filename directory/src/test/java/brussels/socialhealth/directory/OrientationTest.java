package brussels.socialhealth.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import brussels.socialhealth.core.Language;
import brussels.socialhealth.territory.TerritorialLevel;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrientationTest {
  private final Orientation orientation = Orientation.of(Fixtures.directory(), Fixtures.LADDER);

  @Test
  void ranksServicesAlongTheSubsidiarityLadderFromTheNeighbourhoodUp() {
    List<OrientationResult> results = orientation.orient(Need.of(Theme.MENTAL_HEALTH), Fixtures.ETTERBEEK_WEST);

    assertThat(results)
        .extracting(r -> r.getRank(), r -> r.getService().getId(), OrientationResult::getLevel, r -> r.getUnit().toString())
        .containsExactly(
            tuple(1, "mm-w.psy", TerritorialLevel.NEIGHBOURHOOD, "neighbourhood:21"),
            tuple(2, "cpas-e.psy", TerritorialLevel.COMMUNE, "commune:21005"),
            tuple(3, "ssm-se.psy", TerritorialLevel.BASSIN, "bassin:SUD_EST"),
            tuple(4, "ligne-r.psy", TerritorialLevel.REGION, "region:04000"));
  }

  @Test
  void leavesOutServicesCoveringAnotherGroupingOrCommune() {
    List<OrientationResult> results = orientation.orient(Need.of(Theme.MENTAL_HEALTH), Fixtures.ETTERBEEK_WEST);

    assertThat(results).extracting(r -> r.getService().getId()).doesNotContain("mm-e.psy", "ssm-a.psy");
  }

  @Test
  void explainsEachResultWithThemeLevelAndProximity() {
    OrientationResult first = orientation.orient(Need.of(Theme.MENTAL_HEALTH), Fixtures.ETTERBEEK_WEST).get(0);

    assertThat(first.getReasons()).extracting(Reason::getCode).containsExactly(
        DirectoryCodes.ORIENTATION_THEME, DirectoryCodes.ORIENTATION_COVERS, DirectoryCodes.ORIENTATION_SITE);
    assertThat(first.getReasons().get(0).getMessage().get(Language.FR)).isEqualTo("Propose le thème : Santé mentale.");
    assertThat(first.getReasons().get(0).getMessage().get(Language.NL))
        .isEqualTo("Biedt het thema aan: Geestelijke gezondheid.");
    assertThat(first.getReasons().get(1).getMessage().get(Language.EN))
        .isEqualTo("Covers this place at the social-health neighbourhood level (neighbourhood:21).");
    assertThat(first.isNearby()).isTrue();
    assertThat(first.isPartial()).isFalse();
  }

  @Test
  void keepsGroupingServicesAsPartialMatchesWhenThePlaceIsACommune() {
    List<OrientationResult> results = orientation.orient(Need.of(Theme.MENTAL_HEALTH), Fixtures.ETTERBEEK);

    assertThat(results)
        .extracting(r -> r.getService().getId(), OrientationResult::getLevel, OrientationResult::isPartial)
        .containsExactly(
            tuple("cpas-e.psy", TerritorialLevel.COMMUNE, false),
            tuple("mm-e.psy", TerritorialLevel.COMMUNE, true),
            tuple("mm-w.psy", TerritorialLevel.COMMUNE, true),
            tuple("ssm-se.psy", TerritorialLevel.BASSIN, false),
            tuple("ligne-r.psy", TerritorialLevel.REGION, false));
    assertThat(results.get(1).getReasons()).extracting(Reason::getCode)
        .contains(DirectoryCodes.ORIENTATION_COVERS_PART);
  }

  @Test
  void filtersByLanguageAndSaysSo() {
    Need need = Need.builder().addThemes(Theme.MENTAL_HEALTH).addLanguages(SpokenLanguage.ARABIC).build();

    List<OrientationResult> results = orientation.orient(need, Fixtures.ETTERBEEK_WEST);

    assertThat(results).extracting(r -> r.getService().getId()).containsExactly("mm-w.psy");
    assertThat(results.get(0).getReasons()).extracting(r -> r.getMessage().get(Language.FR))
        .contains("Accueil possible en Arabe.");
  }

  @Test
  void explainsThatAServiceForEveryoneServesTheRequestedPublic() {
    Need need = Need.builder().addThemes(Theme.MENTAL_HEALTH).addPublics(TargetPublic.NEWCOMERS).build();

    OrientationResult first = orientation.orient(need, Fixtures.ETTERBEEK_WEST).get(0);

    assertThat(first.getReasons()).extracting(Reason::getCode).contains(DirectoryCodes.ORIENTATION_PUBLIC_ALL);
  }

  @Test
  void findsNothingOutsideTheCoveredTerritory() {
    Need need = Need.of(Theme.FOOD_AID);

    assertThat(orientation.orient(need, Fixtures.AUDERGHEM_CENTRE)).isEmpty();
  }

  @Test
  void listsTheRungsOfTheLadderInOrder() {
    assertThat(Orientation.rungs()).containsExactly(TerritorialLevel.NEIGHBOURHOOD, TerritorialLevel.COMMUNE,
        TerritorialLevel.BASSIN, TerritorialLevel.REGION);
  }
}
