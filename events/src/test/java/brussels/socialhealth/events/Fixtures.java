package brussels.socialhealth.events;

import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.territory.TerritoryRef;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Small fictional fixtures shared by the tests. */
final class Fixtures {
  private Fixtures() {}

  static final TerritoryRef SUD_EST = TerritoryRef.bassin("SUD_EST");
  static final TerritoryRef SUD = TerritoryRef.bassin("SUD");

  static MeetingRecord record() {
    return MeetingRecord.builder()
        .participantCount(34)
        .addParticipantSectors("mental-health", "social-action", "primary-care")
        .addObjective(LocalizedText.of("Lancer une dynamique de concertation", "Een overlegdynamiek starten"))
        .addKeyPoint(LocalizedText.of("Le modèle du stepped care", "Het stepped-care-model"))
        .addExpectation(Expectation.builder()
            .category(ExpectationCategory.CARTOGRAPHY)
            .need(LocalizedText.of("Mieux voir l'offre", "Het aanbod beter zien"))
            .expectation(LocalizedText.of("Une cartographie des acteurs", "Een kaart van de actoren"))
            .build())
        .addExpectation(Expectation.of(ExpectationCategory.ADVOCACY,
            LocalizedText.of("Relayer les constats", "De vaststellingen doorgeven")))
        .addRecommendation(LocalizedText.of("Partir de l'existant", "Vertrekken van wat bestaat"))
        .addFollowUpAction(FollowUpAction.builder()
            .action(LocalizedText.of("Diffuser un répertoire", "Een repertorium verspreiden"))
            .addOwnerId("team.sud-est")
            .dueDate(LocalDate.of(2024, 12, 15))
            .build())
        .nextDate(LocalDate.of(2025, 1, 23))
        .build();
  }

  static Concertation concertation() {
    return Concertation.builder()
        .id("sud-est.ct-mental-health.1")
        .title(LocalizedText.of("Concertation thématique Santé mentale #1", "Thematisch overleg Geestelijke gezondheid #1"))
        .addBassin(SUD_EST)
        .start(LocalDateTime.of(2024, 9, 20, 9, 30))
        .end(LocalDateTime.of(2024, 9, 20, 12, 30))
        .place(EventPlace.site("site.maison-des-associations"))
        .organiserId("team.sud-est")
        .addTheme("mental-health")
        .status(EventStatus.HELD)
        .theme("mental-health")
        .edition(1)
        .record(record())
        .build();
  }
}
