package brussels.socialhealth.events;

import brussels.socialhealth.core.EmailAddress;
import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.directory.Sector;
import brussels.socialhealth.directory.TargetPublic;
import brussels.socialhealth.directory.Theme;
import brussels.socialhealth.core.PostalAddress;
import brussels.socialhealth.territory.TerritoryRef;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Small fictional fixtures shared by the tests (fictional people and organisations only). */
final class Fixtures {
  private Fixtures() {}

  static final TerritoryRef SUD_EST = TerritoryRef.bassin("SUD_EST");
  static final TerritoryRef SUD = TerritoryRef.bassin("SUD");

  static MeetingRecord record() {
    return MeetingRecord.builder()
        .participantCount(34)
        .addParticipantSectors(Sector.MENTAL_HEALTH, Sector.SOCIAL, Sector.HEALTH)
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
        .addTheme(Theme.MENTAL_HEALTH)
        .status(EventStatus.HELD)
        .theme(Theme.MENTAL_HEALTH)
        .edition(1)
        .record(record())
        .build();
  }

  static ChangeWorkshop workshop() {
    return ChangeWorkshop.builder()
        .id("sud-est.adc.4")
        .title(LocalizedText.of("4e Atelier du changement", "4de Veranderatelier"))
        .addBassin(SUD_EST)
        .start(LocalDateTime.of(2024, 2, 6, 9, 0))
        .end(LocalDateTime.of(2024, 2, 6, 13, 0))
        .place(EventPlace.address(PostalAddress.of(LocalizedText.of("Avenue des Exemples", "Voorbeeldenlaan"), "10",
            "1040", LocalizedText.of("Etterbeek", "Etterbeek"))))
        .organiserId("team.sud-est")
        .status(EventStatus.HELD)
        .number(4)
        .addTopic(LocalizedText.of("Pousse ma porte", "Binnen zonder kloppen"))
        .record(MeetingRecord.builder().participantCount(70).nextDate(LocalDate.of(2024, 6, 17)).build())
        .build();
  }

  static WorkingGroupSession session(int number) {
    return WorkingGroupSession.builder()
        .id("sud.gt-prevention.s" + number)
        .title(LocalizedText.of("GT Prévention, séance " + number, "WG Preventie, sessie " + number))
        .addBassin(SUD)
        .start(LocalDateTime.of(2024, 10, 1 + number, 14, 0))
        .end(LocalDateTime.of(2024, 10, 1 + number, 16, 0))
        .place(EventPlace.online("https://visio.example.org/gt-prevention"))
        .audience(Audience.INVITATION)
        .workingGroupId("sud.gt-prevention")
        .number(number)
        .build();
  }

  static WorkingGroup workingGroup() {
    return WorkingGroup.builder()
        .id("sud.gt-prevention")
        .title(LocalizedText.of("GT Prévention et promotion de la santé", "WG Preventie en gezondheidsbevordering"))
        .addBassin(SUD)
        .organiserId("team.sud")
        .addTheme(Theme.PREVENTION_HEALTH_PROMOTION)
        .establishedOn(LocalDate.of(2024, 3, 1))
        .addSessions(session(1), session(2))
        .build();
  }

  static PreventionMeeting preventionMeeting() {
    return PreventionMeeting.builder()
        .id("sud-est.rv-prevention.2024-11")
        .title(LocalizedText.of("RV de la prévention", "Preventie Ontmoeting"))
        .addBassin(SUD_EST)
        .start(LocalDateTime.of(2024, 11, 14, 13, 30))
        .end(LocalDateTime.of(2024, 11, 14, 16, 30))
        .organiserId("team.sud-est")
        .addTheme(Theme.PREVENTION_HEALTH_PROMOTION)
        .addFocus(PreventionFocus.VACCINATION).addFocus(PreventionFocus.SCREENING)
        .addTargetPublic(TargetPublic.NEWCOMERS)
        .build();
  }

  static final LocalDateTime WEEK_START = LocalDateTime.of(2024, 12, 2, 8, 0);
  static final LocalDateTime WEEK_END = LocalDateTime.of(2024, 12, 6, 18, 0);

  static VisitSlot slot(String id, int day, int hour, int capacity) {
    return VisitSlot.of(id, LocalDateTime.of(2024, 12, day, hour, 0), LocalDateTime.of(2024, 12, day, hour + 2, 0),
        capacity);
  }

  /** A valid week: the windows of "Le Grand Bain" (21/05-31/08 and 16/09-18/11), two hosts, two visitors. */
  static OpenHouseWeek openHouseWeek() {
    return OpenHouseWeek.builder()
        .id("sud-est.po.2024")
        .title(LocalizedText.of("Semaine Portes Ouvertes 2024", "Opendeurenweek 2024"))
        .addBassin(SUD_EST)
        .start(WEEK_START)
        .end(WEEK_END)
        .organiserId("team.sud-est")
        .editionName(LocalizedText.of("Le Grand Bain", "Het Grote Bad"))
        .hostWindow(RegistrationWindow.of(LocalDate.of(2024, 5, 21), LocalDate.of(2024, 8, 31)))
        .visitorWindow(RegistrationWindow.of(LocalDate.of(2024, 9, 16), LocalDate.of(2024, 11, 18)))
        .addHost(OpenHouseHost.builder()
            .serviceId("svc.maison-medicale-des-tilleuls")
            .organisationId("org.maison-medicale-des-tilleuls")
            .siteId("site.tilleuls")
            .registeredOn(LocalDate.of(2024, 6, 3))
            .addSlot(slot("slot.tilleuls.mon-am", 2, 9, 2))
            .addSlot(slot("slot.tilleuls.tue-pm", 3, 14, 4))
            .build())
        .addHost(OpenHouseHost.builder()
            .serviceId("svc.service-social-du-parc")
            .registeredOn(LocalDate.of(2024, 8, 30))
            .addSlot(VisitSlot.builder().from(slot("slot.parc.mon-am", 2, 10, 3))
                .description(LocalizedText.of("Visite de l'accueil social", "Bezoek aan het sociaal onthaal")).build())
            .build())
        .addRegistration(VisitorRegistration.of(Visitor.professional("pro.camille-exemple"), "slot.tilleuls.mon-am",
            LocalDate.of(2024, 9, 20)))
        .addRegistration(VisitorRegistration.of(Visitor.contact(ProfessionalContact.builder()
                .name("Noa Fictif")
                .function("assistant social")
                .organisationName("CPAS imaginaire")
                .email(EmailAddress.parse("noa.fictif@example.org"))
                .build()),
            "slot.tilleuls.tue-pm", LocalDate.of(2024, 11, 18)))
        .build();
  }

  static EventsDocument eventsDocument() {
    return EventsDocument.builder()
        .addConcertation(concertation())
        .addChangeWorkshop(workshop())
        .addWorkingGroup(workingGroup())
        .addPreventionMeeting(preventionMeeting())
        .addOpenHouseWeek(openHouseWeek())
        .build();
  }

  static final Instant RECEIVED = Instant.parse("2024-03-04T09:15:00Z");

  static HelpdeskCase helpdeskCase() {
    return HelpdeskCase.builder()
        .id("hd.sud-est.2024-0001")
        .bassin(SUD_EST)
        .receivedAt(RECEIVED)
        .channel(HelpdeskChannel.PHONE)
        .requester(Requester.builder()
            .organisationId("org.maison-medicale-des-tilleuls")
            .function("infirmière")
            .sector(Sector.HEALTH)
            .build())
        .situation(CaseSituation.builder()
            .addThemes(Theme.MENTAL_HEALTH, Theme.HOUSING)
            .addPublic(TargetPublic.ELDERLY)
            .addComplexityFactors(ComplexityFactor.INTERTWINED_PROBLEMS, ComplexityFactor.NON_DEMAND)
            .place(TerritoryRef.commune("21005"))
            .build())
        .build()
        .moveTo(CaseStatus.IN_ANALYSIS, Instant.parse("2024-03-04T10:00:00Z"))
        .orient(Orientation.builder()
            .serviceId("svc.spad-exemple")
            .organisationId("org.spad-exemple")
            .proposedAt(Instant.parse("2024-03-05T14:00:00Z"))
            .outcome(OrientationOutcome.WAITING_LIST)
            .outcomeAt(Instant.parse("2024-03-08T09:00:00Z"))
            .build())
        .recordUnmetNeed(UnmetNeed.builder().reason(UnmetNeedReason.WAITING_LIST).theme(Theme.MENTAL_HEALTH)
            .serviceId("svc.spad-exemple").build())
        .moveTo(CaseStatus.FOLLOWED_UP, Instant.parse("2024-03-12T09:00:00Z"));
  }
}
