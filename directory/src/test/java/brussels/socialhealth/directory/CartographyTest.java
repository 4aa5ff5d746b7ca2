package brussels.socialhealth.directory;

import static org.assertj.core.api.Assertions.assertThat;

import brussels.socialhealth.core.Language;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CartographyTest {
  private final Cartography cartography = Fixtures.directory().cartography();

  @Test
  void holdsOrganisationsProfessionalsTeamsAndBodiesAsActors() {
    assertThat(cartography.actors()).containsExactly("cpas-e", "mm-w", "mm-e", "ssm-a", "ssm-se", "ligne-r",
        "p-ada", "p-bo", "p-cy", "team-se", "zogab-se");
  }

  @Test
  void linksMembersEmployeesAndReferrals() {
    assertThat(cartography.edges()).extracting(CartographyEdge::getKind, CartographyEdge::getFromId, CartographyEdge::getToId)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(LinkKind.EMPLOYMENT, "p-ada", "cpas-e"),
            org.assertj.core.groups.Tuple.tuple(LinkKind.EMPLOYMENT, "p-bo", "mm-w"),
            org.assertj.core.groups.Tuple.tuple(LinkKind.EMPLOYMENT, "p-cy", "ssm-se"),
            org.assertj.core.groups.Tuple.tuple(LinkKind.MEMBERSHIP, "p-ada", "zogab-se"),
            org.assertj.core.groups.Tuple.tuple(LinkKind.MEMBERSHIP, "p-cy", "team-se"),
            org.assertj.core.groups.Tuple.tuple(LinkKind.REFERRAL, "mm-w", "ssm-se"));
  }

  @Test
  void findsNeighboursInBothDirections() {
    assertThat(cartography.neighbours("ssm-se")).containsExactly("mm-w", "p-cy");
    assertThat(cartography.neighbours("unknown")).isEmpty();
  }

  @Test
  void findsAShortestPathAcrossEdgeDirections() {
    assertThat(cartography.shortestPath("p-bo", "team-se"))
        .contains(List.of("p-bo", "mm-w", "ssm-se", "p-cy", "team-se"));
    assertThat(cartography.shortestPath("p-bo", "zogab-se")).isEmpty();
  }

  @Test
  void splitsTheNetworkIntoConnectedComponentsLargestFirst() {
    assertThat(cartography.connectedComponents()).containsExactly(
        Set.of("mm-w", "p-bo", "p-cy", "ssm-se", "team-se"),
        Set.of("cpas-e", "p-ada", "zogab-se"),
        Set.of("ligne-r"),
        Set.of("mm-e"),
        Set.of("ssm-a"));
  }

  @Test
  void leavesOutMembershipsThatEndedBeforeTheDate() {
    Directory directory = Fixtures.directory();
    Membership ended = Membership.builder().from(directory.getMemberships().get(0))
        .period(brussels.socialhealth.core.Period.of(java.time.LocalDate.of(2024, 1, 1), java.time.LocalDate.of(2024, 12, 31)))
        .build();
    Directory withEnded = Directory.builder().from(directory)
        .memberships(List.of(ended, directory.getMemberships().get(1))).build();

    assertThat(withEnded.cartography(java.time.LocalDate.of(2024, 6, 1)).neighbours("zogab-se")).containsExactly("p-ada");
    assertThat(withEnded.cartography(java.time.LocalDate.of(2025, 6, 1)).neighbours("zogab-se")).isEmpty();
    assertThat(withEnded.cartography().neighbours("zogab-se")).containsExactly("p-ada");
  }

  @Test
  void exportsGraphMlWithTypedNamedNodesAndKindedEdges() {
    String graphMl = cartography.toGraphMl(Language.NL);

    assertThat(graphMl).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml");
    assertThat(graphMl).contains(
        "<node id=\"zogab-se\"><data key=\"type\">body</data><data key=\"name\">ZOGAB Zuid-Oost</data></node>");
    assertThat(graphMl).contains(
        "<edge id=\"l1/referral\" source=\"mm-w\" target=\"ssm-se\"><data key=\"kind\">referral</data></edge>");
    assertThat(graphMl).endsWith("</graph>\n</graphml>\n");
  }

  @Test
  void escapesXmlSpecialCharactersInNames() {
    assertThat(cartography.toGraphMl(Language.FR))
        .contains("<data key=\"name\">Maison médicale de l'Ouest</data>");
  }

  @Test
  void exportsDotWithShapesByTypeAndStylesByKind() {
    String dot = cartography.toDot(Language.FR);

    assertThat(dot).startsWith("digraph cartography {\n");
    assertThat(dot).contains("  \"team-se\" [label=\"Équipe du bassin Sud-Est\", shape=hexagon];\n");
    assertThat(dot).contains("  \"mm-w\" -> \"ssm-se\" [label=\"referral\", style=dashed];\n");
    assertThat(dot).contains("  \"p-ada\" -> \"zogab-se\" [label=\"membership\", style=solid];\n");
    assertThat(dot).endsWith("}\n");
  }
}
