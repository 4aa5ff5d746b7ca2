package brussels.socialhealth.examples.sample;

import brussels.socialhealth.core.EmailAddress;
import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.core.PostalAddress;
import brussels.socialhealth.directory.Sector;
import brussels.socialhealth.directory.TargetPublic;
import brussels.socialhealth.directory.Theme;
import brussels.socialhealth.events.Audience;
import brussels.socialhealth.events.ChangeWorkshop;
import brussels.socialhealth.events.Concertation;
import brussels.socialhealth.events.EventPlace;
import brussels.socialhealth.events.EventStatus;
import brussels.socialhealth.events.EventsDocument;
import brussels.socialhealth.events.Expectation;
import brussels.socialhealth.events.ExpectationCategory;
import brussels.socialhealth.events.FollowUpAction;
import brussels.socialhealth.events.ImmutableOpenHouseWeek;
import brussels.socialhealth.events.MeetingRecord;
import brussels.socialhealth.events.OpenHouseHost;
import brussels.socialhealth.events.OpenHouseWeek;
import brussels.socialhealth.events.PreventionFocus;
import brussels.socialhealth.events.PreventionMeeting;
import brussels.socialhealth.events.ProfessionalContact;
import brussels.socialhealth.events.RegistrationWindow;
import brussels.socialhealth.events.Visitor;
import brussels.socialhealth.events.VisitorRegistration;
import brussels.socialhealth.events.VisitSlot;
import brussels.socialhealth.events.WorkingGroup;
import brussels.socialhealth.events.WorkingGroupSession;
import brussels.socialhealth.examples.json.ExampleJson;
import brussels.socialhealth.territory.TerritoryRef;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Fictional events of two bassins (Sud-Est and Sud), shaped after what the bassin teams publish:
 * thematic concertations with their records, change workshops, standing working groups with sessions, a
 * prevention meeting and two open-house weeks ("Le Grand Bain / Het Grote Bad" with hosts and visitors).
 * Every person, organisation and directory id is invented. The same data ships as the JSON resource
 * {@value #RESOURCE}. Stateless and thread-safe.
 */
public final class SampleEvents {
  /** The classpath resource holding {@link #document()} as JSON. */
  public static final String RESOURCE = "/brussels/socialhealth/examples/sample/events-sample.json";

  private static final TerritoryRef SUD_EST = TerritoryRef.bassin("SUD_EST");
  private static final TerritoryRef SUD = TerritoryRef.bassin("SUD");
  private static final String TEAM_SUD_EST = "equipe-sud-est";
  private static final String ZOGAB_SUD_EST = "zogab-sud-est";
  private static final String TEAM_SUD = "team.sud";

  private SampleEvents() {}

  /**
   * Builds the sample document.
   *
   * @return the document, valid under {@link brussels.socialhealth.events.OpenHouseRules}
   */
  public static EventsDocument document() {
    return EventsDocument.builder()
        .addConcertations(mentalHealthConcertation(), preventionConcertation(), mentalHealthConcertationTwo())
        .addChangeWorkshops(workshopFour(), workshopFive())
        .addWorkingGroups(mentalHealthGroup(), crisisGroup())
        .addPreventionMeeting(preventionMeeting())
        .addOpenHouseWeeks(grandBain(), meltingPapot())
        .build();
  }

  /**
   * Reads the sample document from the JSON resource {@value #RESOURCE}.
   *
   * @return the document read
   */
  public static EventsDocument load() {
    try (InputStream in = SampleEvents.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return ExampleJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), EventsDocument.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static LocalizedText text(String french, String dutch) {
    return LocalizedText.of(french, dutch);
  }

  private static Concertation mentalHealthConcertation() {
    MeetingRecord record = MeetingRecord.builder()
        .participantCount(34)
        .addParticipantSectors(Sector.MENTAL_HEALTH, Sector.SOCIAL, Sector.HEALTH, Sector.HOUSING)
        .addObjective(text("Lancer une dynamique de concertation sur la santé mentale à l'échelle du bassin",
            "Een overlegdynamiek over geestelijke gezondheid op te starten op het niveau van de zorgzone"))
        .addObjective(text("Favoriser l'interconnaissance entre participant·es",
            "De onderlinge kennis tussen deelnemers bevorderen"))
        .addKeyPoint(text("Rôle et place de chaque acteur·rice dans le modèle du « stepped care »",
            "Rol en plaats van elke actor in het stepped-care-model"))
        .addKeyPoint(text("Présentation d'un outil d'orientation vers les services de santé mentale",
            "Voorstelling van een doorverwijsinstrument naar de diensten voor geestelijke gezondheid"))
        .addKeyPoint(text("Questions sur l'apport de la concertation par rapport aux dynamiques existantes",
            "Vragen over de meerwaarde van het overleg naast de bestaande dynamieken"))
        .addExpectation(Expectation.builder().category(ExpectationCategory.CARTOGRAPHY)
            .need(text("Mieux voir l'offre disponible sur le territoire", "Het aanbod op het grondgebied beter zien"))
            .expectation(text("Une cartographie et/ou un répertoire des acteur·rices et de leurs liens",
                "Een kaart en/of repertorium van de actoren en hun banden"))
            .build())
        .addExpectation(Expectation.builder().category(ExpectationCategory.NETWORK_COLLABORATION)
            .need(text("Mieux se connaître pour mieux orienter", "Elkaar beter kennen om beter door te verwijzen"))
            .expectation(text("Créer des collaborations et des réseaux", "Samenwerkingen en netwerken opbouwen"))
            .build())
        .addExpectation(Expectation.builder().category(ExpectationCategory.TRAINING)
            .need(text("Se sentir outillé·e face aux problèmes de santé mentale",
                "Zich beter uitgerust voelen bij geestelijke gezondheidsproblemen"))
            .expectation(text("Sensibilisation, formation et information", "Sensibilisering, opleiding en informatie"))
            .build())
        .addExpectation(Expectation.of(ExpectationCategory.SPECIFIC_THEMES,
            text("Travailler la non-demande, le secret partagé, le réseau saturé",
                "Werken rond niet-vraag, gedeeld beroepsgeheim, verzadigd netwerk")))
        .addExpectation(Expectation.of(ExpectationCategory.CONTINUITY,
            text("Repartir des constats déjà établis", "Vertrekken van de bestaande vaststellingen")))
        .addExpectation(Expectation.of(ExpectationCategory.ADVOCACY,
            text("Clarifier comment relayer les constats vers les fédérations",
                "Verduidelijken hoe de vaststellingen naar de federaties gaan")))
        .addRecommendation(text("Partir de l'existant et articuler la concertation avec les groupes de travail locaux",
            "Vertrekken van wat bestaat en het overleg afstemmen op de lokale werkgroepen"))
        .addFollowUpAction(FollowUpAction.builder()
            .action(text("Examiner chaque attente au regard des objectifs de la concertation",
                "Elke verwachting toetsen aan de doelstellingen van het overleg"))
            .addOwnerId(TEAM_SUD_EST)
            .dueDate(LocalDate.of(2024, 11, 30))
            .done(true)
            .build())
        .addFollowUpAction(FollowUpAction.builder()
            .action(text("Diffuser l'outil d'orientation aux participant·es", "Het doorverwijsinstrument verspreiden"))
            .addOwnerIds(TEAM_SUD_EST, ZOGAB_SUD_EST)
            .dueDate(LocalDate.of(2025, 1, 15))
            .build())
        .nextDate(LocalDate.of(2025, 1, 23))
        .build();
    return Concertation.builder()
        .id("sud-est.ct-mental-health.1")
        .title(text("Concertation thématique Santé mentale #1", "Thematisch overleg Geestelijke gezondheid #1"))
        .addBassin(SUD_EST)
        .start(LocalDateTime.of(2024, 9, 20, 9, 30))
        .end(LocalDateTime.of(2024, 9, 20, 12, 30))
        .place(EventPlace.site("etterbeek.4.site"))
        .organiserId(TEAM_SUD_EST)
        .addTheme(Theme.MENTAL_HEALTH)
        .status(EventStatus.HELD)
        .theme(Theme.MENTAL_HEALTH)
        .edition(1)
        .record(record)
        .build();
  }

  private static Concertation preventionConcertation() {
    return Concertation.builder()
        .id("sud-est.ct-prevention.1")
        .title(text("Concertation thématique Prévention et promotion santé #1",
            "Thematisch overleg Preventie en gezondheidsbevordering #1"))
        .addBassin(SUD_EST)
        .start(LocalDateTime.of(2024, 9, 12, 13, 30))
        .end(LocalDateTime.of(2024, 9, 12, 16, 30))
        .place(EventPlace.site("etterbeek.4.site"))
        .organiserId(TEAM_SUD_EST)
        .addTheme(Theme.PREVENTION_HEALTH_PROMOTION)
        .status(EventStatus.HELD)
        .theme(Theme.PREVENTION_HEALTH_PROMOTION)
        .edition(1)
        .record(MeetingRecord.builder().participantCount(27)
            .addParticipantSectors(Sector.PREVENTION, Sector.HEALTH, Sector.SOCIAL)
            .nextDate(LocalDate.of(2025, 2, 6)).build())
        .build();
  }

  private static Concertation mentalHealthConcertationTwo() {
    return Concertation.builder()
        .id("sud-est.ct-mental-health.2")
        .title(text("Concertation thématique Santé mentale #2", "Thematisch overleg Geestelijke gezondheid #2"))
        .addBassin(SUD_EST)
        .start(LocalDateTime.of(2025, 1, 23, 9, 30))
        .end(LocalDateTime.of(2025, 1, 23, 12, 30))
        .place(EventPlace.online("https://visio.example.org/ct-sante-mentale-2"))
        .organiserId(TEAM_SUD_EST)
        .addTheme(Theme.MENTAL_HEALTH)
        .theme(Theme.MENTAL_HEALTH)
        .edition(2)
        .build();
  }

  private static ChangeWorkshop workshopFour() {
    return ChangeWorkshop.builder()
        .id("sud-est.adc.4")
        .title(text("4e Atelier du changement du bassin Sud-Est", "4de Veranderatelier van zorgzone Zuid-Oost"))
        .addBassin(SUD_EST)
        .start(LocalDateTime.of(2024, 2, 6, 9, 0))
        .end(LocalDateTime.of(2024, 2, 6, 13, 0))
        .place(EventPlace.address(PostalAddress.of(text("Avenue des Exemples", "Voorbeeldenlaan"), "10", "1040",
            text("Etterbeek", "Etterbeek"))))
        .organiserId(TEAM_SUD_EST)
        .status(EventStatus.HELD)
        .number(4)
        .addTopic(text("Feuille de route : les premières actions du bassin", "Stappenplan: de eerste acties van de zorgzone"))
        .addTopic(text("Tour d'horizon des concertations des coordinations sociales",
            "Overzicht van het overleg van de sociale coördinaties"))
        .addTopic(text("Pousse ma porte", "Binnen zonder kloppen"))
        .record(MeetingRecord.builder()
            .participantCount(70)
            .addKeyPoint(text("Balises d'un point d'information Pousse ma porte : généraliste, tout public, gratuit",
                "Kenmerken van een infopunt Binnen zonder kloppen: algemeen, voor iedereen, gratis"))
            .addRecommendation(text("Mettre à disposition une information actualisée sur l'offre",
                "Actuele informatie over het aanbod ter beschikking stellen"))
            .addFollowUpAction(FollowUpAction.builder()
                .action(text("Développer l'action Pousse ma porte avec les acteur·rices locaux·ales",
                    "De actie Binnen zonder kloppen uitwerken met de lokale actoren"))
                .addOwnerId(TEAM_SUD_EST)
                .dueDate(LocalDate.of(2024, 6, 17))
                .build())
            .nextDate(LocalDate.of(2024, 6, 17))
            .build())
        .build();
  }

  private static ChangeWorkshop workshopFive() {
    return ChangeWorkshop.builder()
        .id("sud-est.adc.5")
        .title(text("5e Atelier du changement du bassin Sud-Est", "5de Veranderatelier van zorgzone Zuid-Oost"))
        .addBassin(SUD_EST)
        .start(LocalDateTime.of(2024, 6, 17, 9, 0))
        .end(LocalDateTime.of(2024, 6, 17, 13, 0))
        .place(EventPlace.site("etterbeek.4.site"))
        .organiserId(TEAM_SUD_EST)
        .status(EventStatus.HELD)
        .number(5)
        .build();
  }

  private static WorkingGroupSession session(String group, TerritoryRef bassin, int number, LocalDateTime start,
      String french, String dutch, EventStatus status) {
    return WorkingGroupSession.builder()
        .id(group + ".s" + number)
        .title(text(french + " — séance " + number, dutch + " — sessie " + number))
        .addBassin(bassin)
        .start(start)
        .end(start.plusHours(2))
        .place(EventPlace.site("site.salle-polyvalente-forest"))
        .organiserId(TEAM_SUD)
        .status(status)
        .workingGroupId(group)
        .number(number)
        .build();
  }

  private static WorkingGroup mentalHealthGroup() {
    String id = "sud.gt-mental-health";
    return WorkingGroup.builder()
        .id(id)
        .title(text("GT Santé mentale", "WG Geestelijke gezondheid"))
        .addBassin(SUD)
        .organiserId(TEAM_SUD)
        .addTheme(Theme.MENTAL_HEALTH)
        .establishedOn(LocalDate.of(2024, 3, 1))
        .addSession(session(id, SUD, 1, LocalDateTime.of(2024, 4, 18, 14, 0), "GT Santé mentale",
            "WG Geestelijke gezondheid", EventStatus.HELD))
        .addSession(session(id, SUD, 2, LocalDateTime.of(2024, 6, 20, 14, 0), "GT Santé mentale",
            "WG Geestelijke gezondheid", EventStatus.HELD))
        .addSession(session(id, SUD, 3, LocalDateTime.of(2024, 10, 17, 14, 0), "GT Santé mentale",
            "WG Geestelijke gezondheid", EventStatus.POSTPONED))
        .build();
  }

  private static WorkingGroup crisisGroup() {
    String id = "sud.gt-health-crisis";
    return WorkingGroup.builder()
        .id(id)
        .title(text("GT Préparation crise sanitaire", "WG Voorbereiding gezondheidscrisis"))
        .addBassin(SUD)
        .organiserId(TEAM_SUD)
        .addTheme(Theme.HEALTH_CRISIS_PREPAREDNESS)
        .establishedOn(LocalDate.of(2024, 3, 1))
        .addSession(session(id, SUD, 1, LocalDateTime.of(2024, 5, 23, 10, 0), "GT Préparation crise sanitaire",
            "WG Voorbereiding gezondheidscrisis", EventStatus.HELD))
        .build();
  }

  private static PreventionMeeting preventionMeeting() {
    return PreventionMeeting.builder()
        .id("sud-est.rv-prevention.2024-11")
        .title(text("RV de la prévention : vaccination et dépistage", "Preventie Ontmoeting: vaccinatie en opsporing"))
        .addBassin(SUD_EST)
        .start(LocalDateTime.of(2024, 11, 14, 13, 30))
        .end(LocalDateTime.of(2024, 11, 14, 16, 30))
        .place(EventPlace.site("woluwe-saint-lambert.9.site"))
        .organiserId(TEAM_SUD_EST)
        .addTheme(Theme.PREVENTION_HEALTH_PROMOTION)
        .addFocus(PreventionFocus.VACCINATION)
        .addFocus(PreventionFocus.SCREENING)
        .addTargetPublics(TargetPublic.NEWCOMERS, TargetPublic.HOMELESS)
        .build();
  }

  private static VisitSlot slot(String id, int day, int hour, int capacity, String french, String dutch) {
    return VisitSlot.builder()
        .id(id)
        .start(LocalDateTime.of(2024, 12, day, hour, 0))
        .end(LocalDateTime.of(2024, 12, day, hour, 0).plusMinutes(90))
        .capacity(capacity)
        .description(text(french, dutch))
        .build();
  }

  private static VisitorRegistration visitor(String professionalId, String slot, int month, int day) {
    return VisitorRegistration.of(Visitor.professional(professionalId), slot, LocalDate.of(2024, month, day));
  }

  private static VisitorRegistration contact(String name, String function, String organisation, String email,
      String slot, int month, int day) {
    return VisitorRegistration.of(Visitor.contact(ProfessionalContact.builder().name(name).function(function)
        .organisationName(organisation).email(EmailAddress.parse(email)).build()), slot, LocalDate.of(2024, month, day));
  }

  private static OpenHouseWeek grandBain() {
    ImmutableOpenHouseWeek.Builder week = OpenHouseWeek.builder()
        .id("sud-est.open-house.2024")
        .title(text("Semaine Portes Ouvertes du bassin Sud-Est", "Opendeurenweek van zorgzone Zuid-Oost"))
        .addBassin(SUD_EST)
        .start(LocalDateTime.of(2024, 12, 2, 8, 0))
        .end(LocalDateTime.of(2024, 12, 6, 18, 0))
        .organiserId(TEAM_SUD_EST)
        .audience(Audience.OPEN)
        .editionName(text("Le Grand Bain", "Het Grote Bad"))
        .hostWindow(RegistrationWindow.of(LocalDate.of(2024, 5, 21), LocalDate.of(2024, 8, 31)))
        .visitorWindow(RegistrationWindow.of(LocalDate.of(2024, 9, 16), LocalDate.of(2024, 11, 18)))
        .addHost(OpenHouseHost.builder()
            .serviceId("auderghem.1.soins").organisationId("auderghem.1")
            .siteId("auderghem.1.site").registeredOn(LocalDate.of(2024, 5, 28))
            .addSlot(slot("slot.tilleuls.1", 2, 9, 4, "L'accueil et la permanence sociale", "Het onthaal en de sociale permanentie"))
            .addSlot(slot("slot.tilleuls.2", 4, 14, 4, "Le travail en équipe pluridisciplinaire", "Het werk in een multidisciplinair team"))
            .build())
        .addHost(OpenHouseHost.builder()
            .serviceId("etterbeek.2.consultations").organisationId("etterbeek.2").siteId("etterbeek.2.site")
            .registeredOn(LocalDate.of(2024, 6, 12))
            .addSlot(slot("slot.phare.1", 2, 10, 3, "Premier entretien et orientation", "Eerste gesprek en doorverwijzing"))
            .addSlot(slot("slot.phare.2", 5, 10, 3, "L'équipe mobile", "Het mobiele team"))
            .build())
        .addHost(OpenHouseHost.builder()
            .serviceId("woluwe-saint-pierre.0.accueil").organisationId("woluwe-saint-pierre.0")
            .registeredOn(LocalDate.of(2024, 7, 3))
            .addSlot(slot("slot.parc.1", 3, 9, 5, "Un point d'information Pousse ma porte", "Een infopunt Binnen zonder kloppen"))
            .build())
        .addHost(OpenHouseHost.builder()
            .serviceId("woluwe-saint-lambert.3.domicile").organisationId("woluwe-saint-lambert.3")
            .registeredOn(LocalDate.of(2024, 8, 30))
            .addSlot(slot("slot.marronniers.1", 3, 14, 2, "Organiser l'aide à domicile", "Thuiszorg organiseren"))
            .addSlot(slot("slot.marronniers.2", 6, 9, 2, "Rencontre avec les aides familiales", "Ontmoeting met de gezinshelpers"))
            .build())
        .addRegistrations(
            visitor("p.noor.vandermolen", "slot.tilleuls.1", 9, 16),
            visitor("p.noor.vandermolen", "slot.parc.1", 9, 16),
            visitor("p.lotte.benali", "slot.phare.1", 9, 20),
            visitor("p.lotte.benali", "slot.marronniers.1", 9, 20),
            visitor("p.ines.goossens", "slot.tilleuls.1", 10, 2),
            visitor("p.ines.goossens", "slot.phare.2", 10, 2),
            visitor("p.bram.fontaine", "slot.tilleuls.2", 10, 9),
            visitor("p.bram.fontaine", "slot.marronniers.2", 10, 9),
            visitor("p.milan.haddad", "slot.parc.1", 10, 21),
            visitor("p.milan.haddad", "slot.phare.1", 10, 21),
            contact("Noa Fictif", "assistant social", "CPAS imaginaire", "noa.fictif@example.org", "slot.tilleuls.1", 11, 4),
            contact("Noa Fictif", "assistant social", "CPAS imaginaire", "noa.fictif@example.org", "slot.marronniers.1", 11, 4),
            contact("Mila Verzonnen", "verpleegkundige", "Thuisverpleging Denkbeeld", "mila@example.org", "slot.phare.2", 11, 12),
            contact("Sami Exemple", "éducateur", "Maison de jeunes fictive", "sami@example.org", "slot.parc.1", 11, 18),
            contact("Sami Exemple", "éducateur", "Maison de jeunes fictive", "sami@example.org", "slot.tilleuls.2", 11, 18));
    return week.build();
  }

  private static OpenHouseWeek meltingPapot() {
    return OpenHouseWeek.builder()
        .id("sud.open-house.2024")
        .title(text("Semaine Portes Ouvertes du bassin Sud", "Opendeurenweek van zorgzone Zuid"))
        .addBassin(SUD)
        .start(LocalDateTime.of(2024, 11, 18, 8, 0))
        .end(LocalDateTime.of(2024, 11, 22, 18, 0))
        .organiserId(TEAM_SUD)
        .editionName(text("Melting Papot'", "Melting Papot'"))
        .hostWindow(RegistrationWindow.of(LocalDate.of(2024, 5, 6), LocalDate.of(2024, 8, 31)))
        .visitorWindow(RegistrationWindow.of(LocalDate.of(2024, 9, 9), LocalDate.of(2024, 11, 8)))
        .addHost(OpenHouseHost.builder()
            .serviceId("svc.maison-de-quartier-les-saules").organisationId("org.maison-de-quartier-les-saules")
            .registeredOn(LocalDate.of(2024, 6, 20))
            .addSlot(VisitSlot.of("slot.saules.1", LocalDateTime.of(2024, 11, 19, 10, 0),
                LocalDateTime.of(2024, 11, 19, 12, 0), 6))
            .build())
        .addRegistrations(
            visitor("pro.jules-fictif", "slot.saules.1", 9, 30),
            visitor("pro.lars-voorbeeld", "slot.saules.1", 10, 1))
        .build();
  }
}
