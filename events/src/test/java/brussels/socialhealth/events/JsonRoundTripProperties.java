package brussels.socialhealth.events;

import static org.assertj.core.api.Assertions.assertThat;

import brussels.socialhealth.core.EmailAddress;
import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.core.json.SocialHealthJson;
import brussels.socialhealth.directory.Sector;
import brussels.socialhealth.directory.TargetPublic;
import brussels.socialhealth.directory.Theme;
import brussels.socialhealth.core.json.jackson2.SocialHealthJackson2;
import brussels.socialhealth.territory.TerritoryRef;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any valid event, helpdesk case or document of them survives JSON and back, under both Jackson lines. */
class JsonRoundTripProperties {

  private static final List<TerritoryRef> BASSINS = List.of(TerritoryRef.bassin("NORD"), TerritoryRef.bassin("NORD_EST"),
      TerritoryRef.bassin("SUD"), TerritoryRef.bassin("SUD_EST"), TerritoryRef.bassin("CENTRE_OUEST"));
  private static final List<Theme> THEMES = Theme.values();

  private static Arbitrary<String> ids() {
    return Arbitraries.strings().withCharRange('a', 'z').numeric().withChars('.', '-', ':', '_')
        .ofMinLength(0).ofMaxLength(30)
        .flatMap(tail -> Arbitraries.strings().withCharRange('a', 'z').ofLength(1).map(head -> head + tail));
  }

  private static Arbitrary<String> texts() {
    return Arbitraries.strings().withCharRange(' ', '~').withChars('é', 'è', 'à', 'ç', '«', '»', '·', '’')
        .ofMinLength(1).ofMaxLength(40).filter(text -> !text.isBlank());
  }

  private static Arbitrary<LocalizedText> titles() {
    return Combinators.combine(texts(), texts()).as(LocalizedText::of);
  }

  private static Arbitrary<LocalDateTime> times() {
    return Arbitraries.longs().between(0, 3L * 365 * 24 * 60)
        .map(minutes -> LocalDateTime.of(2023, 1, 1, 0, 0).plusMinutes(minutes));
  }

  private static Arbitrary<Instant> instants() {
    return Arbitraries.longs().between(0, 3L * 365 * 24 * 3600)
        .map(seconds -> Instant.parse("2023-01-01T00:00:00Z").plusSeconds(seconds));
  }

  private static Arbitrary<EventPlace> places() {
    return Arbitraries.oneOf(
        ids().map(EventPlace::site),
        Combinators.combine(titles(), Arbitraries.integers().between(1, 300), Arbitraries.of("1000", "1040", "1190"))
            .as((street, number, postalCode) -> EventPlace.address(brussels.socialhealth.core.PostalAddress.of(street,
                Integer.toString(number), postalCode, LocalizedText.of("Bruxelles", "Brussel")))),
        ids().map(id -> EventPlace.online("https://meet.example.org/" + id)));
  }

  @Provide
  Arbitrary<Concertation> concertations() {
    return Builders.withBuilder(Concertation::builder)
        .use(ids()).in((b, id) -> b.id(id))
        .use(titles()).in((b, title) -> b.title(title))
        .use(Arbitraries.of(BASSINS).set().ofMinSize(1).ofMaxSize(3)).in((b, bassins) -> b.addAllBassins(bassins))
        .use(times()).in((b, start) -> b.start(start).end(start.plusHours(3)))
        .use(places().optional()).in((b, place) -> b.place(place))
        .use(ids().optional()).in((b, organiser) -> b.organiserId(organiser))
        .use(Arbitraries.of(THEMES)).in((b, theme) -> b.theme(theme).addTheme(theme))
        .use(Arbitraries.of(Audience.class)).in((b, audience) -> b.audience(audience))
        .use(Arbitraries.of(EventStatus.class)).in((b, status) -> b.status(status))
        .use(Arbitraries.integers().between(1, 40)).in((b, edition) -> b.edition(edition))
        .use(records().optional()).in((b, record) -> b.record(record))
        .build(ImmutableConcertation.Builder::build);
  }

  private static Arbitrary<MeetingRecord> records() {
    Arbitrary<Expectation> expectations = Combinators.combine(Arbitraries.of(ExpectationCategory.class),
        titles().optional(), titles()).as((category, need, expectation) ->
        Expectation.builder().category(category).need(need).expectation(expectation).build());
    Arbitrary<FollowUpAction> actions = Combinators.combine(titles(), ids().list().ofMaxSize(2),
        Arbitraries.integers().between(0, 400).optional(), Arbitraries.of(true, false))
        .as((action, owners, days, done) -> FollowUpAction.builder().action(action).addAllOwnerIds(owners)
            .dueDate(days.map(d -> LocalDate.of(2024, 1, 1).plusDays(d))).done(done).build());
    return Combinators.combine(Arbitraries.integers().between(0, 300), Arbitraries.of(Sector.values()).set().ofMaxSize(3),
        titles().list().ofMaxSize(3), expectations.list().ofMaxSize(4), actions.list().ofMaxSize(3),
        Arbitraries.integers().between(0, 400).optional())
        .as((count, sectors, points, expected, followUps, next) -> MeetingRecord.builder()
            .participantCount(count).addAllParticipantSectors(sectors).addAllKeyPoints(points)
            .addAllObjectives(points).addAllRecommendations(points).addAllExpectations(expected)
            .addAllFollowUpActions(followUps).nextDate(next.map(d -> LocalDate.of(2024, 1, 1).plusDays(d))).build());
  }

  @Provide
  Arbitrary<HelpdeskCase> helpdeskCases() {
    Arbitrary<Requester> requesters = Arbitraries.oneOf(
        Combinators.combine(ids(), Arbitraries.of(Sector.values())).as(Requester::ofOrganisation),
        Combinators.combine(texts(), texts(), Arbitraries.of(Sector.values()))
            .as(Requester::described));
    Arbitrary<CaseSituation> situations = Combinators.combine(Arbitraries.of(THEMES).set().ofMaxSize(3),
        Arbitraries.of(TargetPublic.values()).set().ofMaxSize(2),
        Arbitraries.of(ComplexityFactor.class).set().ofMaxSize(3),
        Arbitraries.of("21001", "21009", "21015", "21004").map(TerritoryRef::commune).optional())
        .as((themes, publics, factors, place) -> CaseSituation.builder().addAllThemes(themes).addAllPublics(publics)
            .addAllComplexityFactors(factors).place(place).build());
    Arbitrary<List<CaseStatus>> walks = Arbitraries.integers().between(0, 6).list().ofMaxSize(6).map(choices -> {
      List<CaseStatus> path = new java.util.ArrayList<>();
      CaseStatus current = CaseStatus.RECEIVED;
      for (int choice : choices) {
        List<CaseStatus> next = List.copyOf(current.next());
        if (next.isEmpty()) {
          break;
        }
        current = next.get(choice % next.size());
        path.add(current);
      }
      return path;
    });
    return Combinators.combine(ids(), Arbitraries.of(BASSINS), instants(), Arbitraries.of(HelpdeskChannel.class),
        requesters, situations, walks, Arbitraries.of(OrientationOutcome.class).list().ofMaxSize(3))
        .as((id, bassin, received, channel, requester, situation, walk, outcomes) -> {
          HelpdeskCase helpdeskCase = HelpdeskCase.builder().id(id).bassin(bassin).receivedAt(received)
              .channel(channel).requester(requester).situation(situation).build();
          Instant at = received;
          for (OrientationOutcome outcome : outcomes) {
            at = at.plus(Duration.ofMinutes(37));
            helpdeskCase = ImmutableHelpdeskCase.builder().from(helpdeskCase).addOrientation(Orientation.builder()
                .serviceId("svc." + id).proposedAt(at).outcome(outcome).build())
                .addUnmetNeed(UnmetNeed.of(UnmetNeedReason.values()[outcome.ordinal()], Theme.HOUSING)).build();
          }
          for (CaseStatus step : walk) {
            at = at.plus(Duration.ofHours(5));
            helpdeskCase = helpdeskCase.moveTo(step, at);
          }
          return helpdeskCase;
        });
  }

  @Provide
  Arbitrary<ChangeWorkshop> changeWorkshops() {
    return Builders.withBuilder(ChangeWorkshop::builder)
        .use(ids()).in((b, id) -> b.id(id))
        .use(titles()).in((b, title) -> b.title(title))
        .use(Arbitraries.of(BASSINS).set().ofMinSize(1).ofMaxSize(3)).in((b, bassins) -> b.addAllBassins(bassins))
        .use(times()).in((b, start) -> b.start(start).end(start.plusHours(4)))
        .use(places().optional()).in((b, place) -> b.place(place))
        .use(ids().optional()).in((b, organiser) -> b.organiserId(organiser))
        .use(Arbitraries.of(THEMES).set().ofMaxSize(3)).in((b, themes) -> b.addAllThemes(themes))
        .use(Arbitraries.of(Audience.class)).in((b, audience) -> b.audience(audience))
        .use(Arbitraries.of(EventStatus.class)).in((b, status) -> b.status(status))
        .use(Arbitraries.integers().between(1, 40)).in((b, number) -> b.number(number))
        .use(titles().list().ofMaxSize(3)).in((b, topics) -> b.addAllTopics(topics))
        .use(records().optional()).in((b, record) -> b.record(record))
        .build(ImmutableChangeWorkshop.Builder::build);
  }

  private static Arbitrary<WorkingGroupSession> sessions() {
    return Builders.withBuilder(WorkingGroupSession::builder)
        .use(ids()).in((b, id) -> b.id(id))
        .use(titles()).in((b, title) -> b.title(title))
        .use(Arbitraries.of(BASSINS).set().ofMinSize(1).ofMaxSize(2)).in((b, bassins) -> b.addAllBassins(bassins))
        .use(times()).in((b, start) -> b.start(start).end(start.plusMinutes(90)))
        .use(places().optional()).in((b, place) -> b.place(place))
        .use(ids().optional()).in((b, organiser) -> b.organiserId(organiser))
        .use(Arbitraries.of(THEMES).set().ofMaxSize(2)).in((b, themes) -> b.addAllThemes(themes))
        .use(Arbitraries.of(Audience.class)).in((b, audience) -> b.audience(audience))
        .use(Arbitraries.of(EventStatus.class)).in((b, status) -> b.status(status))
        .use(records().optional()).in((b, record) -> b.record(record))
        .build(b -> b.workingGroupId("group.pending").number(1).build());
  }

  @Provide
  Arbitrary<WorkingGroup> workingGroups() {
    Arbitrary<Optional<LocalDate>> established = Arbitraries.integers().between(0, 3 * 365).optional()
        .map(days -> days.map(d -> LocalDate.of(2020, 1, 1).plusDays(d)));
    return Combinators.combine(ids(), titles(), Arbitraries.of(BASSINS).set().ofMinSize(1).ofMaxSize(3),
        ids().optional(), Arbitraries.of(THEMES).set().ofMaxSize(3), Arbitraries.of(true, false),
        Combinators.combine(established, Arbitraries.integers().between(0, 2 * 365).optional())
            .as((from, length) -> List.of(from, from.flatMap(day -> length.map(day::plusDays)))),
        sessions().list().ofMaxSize(4))
        .as((id, title, bassins, organiser, themes, standing, span, sessions) -> {
          List<WorkingGroupSession> numbered = new ArrayList<>();
          for (int i = 0; i < sessions.size(); i++) {
            numbered.add(ImmutableWorkingGroupSession.copyOf(sessions.get(i)).withWorkingGroupId(id)
                .withNumber(i + 1));
          }
          return WorkingGroup.builder().id(id).title(title).addAllBassins(bassins).organiserId(organiser)
              .addAllThemes(themes).standing(standing).establishedOn(span.get(0)).endedOn(span.get(1))
              .addAllSessions(numbered).build();
        });
  }

  @Provide
  Arbitrary<PreventionMeeting> preventionMeetings() {
    return Builders.withBuilder(PreventionMeeting::builder)
        .use(ids()).in((b, id) -> b.id(id))
        .use(titles()).in((b, title) -> b.title(title))
        .use(Arbitraries.of(BASSINS).set().ofMinSize(1).ofMaxSize(3)).in((b, bassins) -> b.addAllBassins(bassins))
        .use(times()).in((b, start) -> b.start(start).end(start.plusHours(2)))
        .use(places().optional()).in((b, place) -> b.place(place))
        .use(ids().optional()).in((b, organiser) -> b.organiserId(organiser))
        .use(Arbitraries.of(THEMES).set().ofMaxSize(3)).in((b, themes) -> b.addAllThemes(themes))
        .use(Arbitraries.of(Audience.class)).in((b, audience) -> b.audience(audience))
        .use(Arbitraries.of(EventStatus.class)).in((b, status) -> b.status(status))
        .use(Arbitraries.of(PreventionFocus.class).set().ofMaxSize(3)).in((b, focus) -> b.addAllFocus(focus))
        .use(Arbitraries.of(TargetPublic.values()).set().ofMaxSize(3))
        .in((b, publics) -> b.addAllTargetPublics(publics))
        .use(records().optional()).in((b, record) -> b.record(record))
        .build(ImmutablePreventionMeeting.Builder::build);
  }

  /** Hosts of a week starting on Monday {@code firstDay} at 9:00, each registered inside {@code window}. */
  private static Arbitrary<List<OpenHouseHost>> hosts(LocalDate firstDay, RegistrationWindow window) {
    int windowDays = (int) (window.getCloses().toEpochDay() - window.getOpens().toEpochDay());
    Arbitrary<VisitSlot> slots = Combinators.combine(Arbitraries.integers().between(0, 4),
        Arbitraries.integers().between(9, 15), Arbitraries.of(30, 60, 90, 120), Arbitraries.integers().between(1, 12),
        titles().optional())
        .as((day, hour, minutes, capacity, description) -> {
          LocalDateTime start = firstDay.plusDays(day).atTime(hour, 0);
          return VisitSlot.builder().id("slot.pending").start(start).end(start.plusMinutes(minutes))
              .capacity(capacity).description(description).build();
        });
    Arbitrary<OpenHouseHost> hosts = Combinators.combine(ids(), ids().optional(), ids().optional(),
        Arbitraries.integers().between(0, windowDays), slots.list().ofMaxSize(3))
        .as((service, organisation, site, day, offered) -> OpenHouseHost.builder().serviceId(service)
            .organisationId(organisation).siteId(site).registeredOn(window.getOpens().plusDays(day))
            .addAllSlots(offered).build());
    return hosts.list().ofMaxSize(3).map(list -> {
      List<OpenHouseHost> renamed = new ArrayList<>();
      for (int h = 0; h < list.size(); h++) {
        List<VisitSlot> numbered = new ArrayList<>();
        for (int s = 0; s < list.get(h).getSlots().size(); s++) {
          numbered.add(ImmutableVisitSlot.copyOf(list.get(h).getSlots().get(s)).withId("slot." + h + "." + s));
        }
        renamed.add(ImmutableOpenHouseHost.copyOf(list.get(h)).withSlots(numbered));
      }
      return renamed;
    });
  }

  /** The {@code index}-th visitor of a week: distinct from every other index, whichever form it takes. */
  private static Arbitrary<Visitor> visitors(int index) {
    Arbitrary<ProfessionalContact> contacts = Combinators.combine(texts(), texts().optional(), ids().optional(),
        texts().optional(), Arbitraries.of("example.org", "exemple.be", "voorbeeld.brussels").optional())
        .as((name, function, organisationId, organisationName, domain) -> ProfessionalContact.builder()
            .name("V" + index + " " + name).function(function).organisationId(organisationId)
            .organisationName(organisationName)
            .email(domain.map(d -> EmailAddress.parse("visiteur." + index + "@" + d))).build());
    return Arbitraries.oneOf(
        Arbitraries.just(Visitor.professional("pro." + index)),
        contacts.map(Visitor::contact),
        contacts.map(contact -> ImmutableVisitor.builder().professionalId("pro." + index).contact(contact).build()));
  }

  /**
   * Open-house weeks that pass every {@link OpenHouseRules} rule: windows in order and before the week,
   * hosts registered in their window, slots inside the week, registrations made through
   * {@link OpenHouseWeek#register} by distinct visitors, inside their window and within capacity.
   */
  @Provide
  Arbitrary<OpenHouseWeek> openHouseWeeks() {
    Arbitrary<LocalDate> mondays = Arbitraries.integers().between(0, 150)
        .map(weeks -> LocalDate.of(2023, 1, 2).plusWeeks(weeks));
    return mondays.flatMap(firstDay -> Combinators.combine(Arbitraries.integers().between(60, 90),
        Arbitraries.integers().between(30, 45), Arbitraries.integers().between(0, 10),
        Arbitraries.integers().between(1, 7))
        .as((hostOpens, hostCloses, visitorDelay, visitorCloses) -> List.of(
            RegistrationWindow.of(firstDay.minusDays(hostOpens), firstDay.minusDays(hostCloses)),
            RegistrationWindow.of(firstDay.minusDays(hostOpens - visitorDelay), firstDay.minusDays(visitorCloses))))
        .flatMap(windows -> Combinators.combine(hosts(firstDay, windows.get(0)), weekFields(firstDay),
            registrationChoices(windows.get(1)))
            .as((hosts, base, choices) -> {
              OpenHouseWeek week = ImmutableOpenHouseWeek.builder().from(base).hostWindow(windows.get(0))
                  .visitorWindow(windows.get(1)).addAllHosts(hosts).build();
              List<VisitSlot> slots = List.copyOf(week.slotsById().values());
              Map<String, Integer> booked = new HashMap<>();
              for (RegistrationChoice choice : choices) {
                if (slots.isEmpty()) {
                  break;
                }
                VisitSlot slot = slots.get(choice.slot() % slots.size());
                if (booked.merge(slot.getId(), 1, Integer::sum) <= slot.getCapacity()) {
                  week = week.register(VisitorRegistration.of(choice.visitor(), slot.getId(), choice.day()));
                }
              }
              return week;
            })));
  }

  /** A wish to register: which slot (modulo the slots of the week), who, on which day. */
  private record RegistrationChoice(int slot, Visitor visitor, LocalDate day) {}

  private static Arbitrary<List<RegistrationChoice>> registrationChoices(RegistrationWindow window) {
    int windowDays = (int) (window.getCloses().toEpochDay() - window.getOpens().toEpochDay());
    return Arbitraries.integers().between(0, 5).flatMap(count -> {
      List<Arbitrary<RegistrationChoice>> choices = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        choices.add(Combinators.combine(Arbitraries.integers().between(0, 20), visitors(i),
            Arbitraries.integers().between(0, windowDays))
            .as((slot, visitor, day) -> new RegistrationChoice(slot, visitor, window.getOpens().plusDays(day))));
      }
      return Combinators.combine(choices).as(List::copyOf);
    });
  }

  /** The event fields of a week from Monday 9:00 to Friday 17:00; windows still to be set by the caller. */
  private static Arbitrary<OpenHouseWeek> weekFields(LocalDate firstDay) {
    RegistrationWindow before = RegistrationWindow.of(firstDay.minusDays(1), firstDay.minusDays(1));
    return Builders.withBuilder(OpenHouseWeek::builder)
        .use(ids()).in((b, id) -> b.id(id))
        .use(titles()).in((b, title) -> b.title(title))
        .use(Arbitraries.of(BASSINS).set().ofMinSize(1).ofMaxSize(3)).in((b, bassins) -> b.addAllBassins(bassins))
        .use(places().optional()).in((b, place) -> b.place(place))
        .use(ids().optional()).in((b, organiser) -> b.organiserId(organiser))
        .use(Arbitraries.of(THEMES).set().ofMaxSize(3)).in((b, themes) -> b.addAllThemes(themes))
        .use(Arbitraries.of(Audience.class)).in((b, audience) -> b.audience(audience))
        .use(Arbitraries.of(EventStatus.class)).in((b, status) -> b.status(status))
        .use(titles()).in((b, name) -> b.editionName(name))
        .build(b -> b.start(firstDay.atTime(LocalTime.of(9, 0))).end(firstDay.plusDays(4).atTime(17, 0))
            .hostWindow(before).visitorWindow(before).build());
  }

  @Provide
  Arbitrary<EventsDocument> eventsDocuments() {
    return Combinators.combine(concertations().list().ofMaxSize(2), changeWorkshops().list().ofMaxSize(2),
        workingGroups().list().ofMaxSize(2), preventionMeetings().list().ofMaxSize(2),
        openHouseWeeks().list().ofMaxSize(2))
        .as((concertations, workshops, groups, meetings, weeks) -> EventsDocument.builder()
            .addAllConcertations(concertations).addAllChangeWorkshops(workshops).addAllWorkingGroups(groups)
            .addAllPreventionMeetings(meetings).addAllOpenHouseWeeks(weeks).build());
  }

  @Provide
  Arbitrary<HelpdeskCasesDocument> helpdeskCasesDocuments() {
    return helpdeskCases().list().ofMaxSize(3).map(HelpdeskCasesDocument::of);
  }

  @Property(tries = 200)
  void concertationsSurviveJsonUnderBothJacksonLines(@ForAll("concertations") Concertation concertation)
      throws Exception {
    String json = SocialHealthJson.strictMapper().writeValueAsString(concertation);
    assertThat(SocialHealthJackson2.strictMapper().writeValueAsString(concertation)).isEqualTo(json);
    assertThat(SocialHealthJson.strictMapper().readValue(json, Concertation.class)).isEqualTo(concertation);
    assertThat(SocialHealthJackson2.strictMapper().readValue(json, Concertation.class)).isEqualTo(concertation);
  }

  @Property(tries = 200)
  void helpdeskCasesSurviveJsonUnderBothJacksonLines(@ForAll("helpdeskCases") HelpdeskCase helpdeskCase)
      throws Exception {
    String json = SocialHealthJson.strictMapper().writeValueAsString(helpdeskCase);
    assertThat(SocialHealthJackson2.strictMapper().writeValueAsString(helpdeskCase)).isEqualTo(json);
    assertThat(SocialHealthJson.strictMapper().readValue(json, HelpdeskCase.class)).isEqualTo(helpdeskCase);
    assertThat(SocialHealthJackson2.strictMapper().readValue(json, HelpdeskCase.class)).isEqualTo(helpdeskCase);
  }

  @Property(tries = 100)
  void changeWorkshopsSurviveJsonUnderBothJacksonLines(@ForAll("changeWorkshops") ChangeWorkshop workshop)
      throws Exception {
    String json = SocialHealthJson.strictMapper().writeValueAsString(workshop);
    assertThat(SocialHealthJackson2.strictMapper().writeValueAsString(workshop)).isEqualTo(json);
    assertThat(SocialHealthJson.strictMapper().readValue(json, ChangeWorkshop.class)).isEqualTo(workshop);
    assertThat(SocialHealthJackson2.strictMapper().readValue(json, ChangeWorkshop.class)).isEqualTo(workshop);
  }

  @Property(tries = 100)
  void workingGroupsWithTheirSessionsSurviveJsonUnderBothJacksonLines(@ForAll("workingGroups") WorkingGroup group)
      throws Exception {
    String json = SocialHealthJson.strictMapper().writeValueAsString(group);
    assertThat(SocialHealthJackson2.strictMapper().writeValueAsString(group)).isEqualTo(json);
    assertThat(SocialHealthJson.strictMapper().readValue(json, WorkingGroup.class)).isEqualTo(group);
    assertThat(SocialHealthJackson2.strictMapper().readValue(json, WorkingGroup.class)).isEqualTo(group);
  }

  @Property(tries = 100)
  void preventionMeetingsSurviveJsonUnderBothJacksonLines(@ForAll("preventionMeetings") PreventionMeeting meeting)
      throws Exception {
    String json = SocialHealthJson.strictMapper().writeValueAsString(meeting);
    assertThat(SocialHealthJackson2.strictMapper().writeValueAsString(meeting)).isEqualTo(json);
    assertThat(SocialHealthJson.strictMapper().readValue(json, PreventionMeeting.class)).isEqualTo(meeting);
    assertThat(SocialHealthJackson2.strictMapper().readValue(json, PreventionMeeting.class)).isEqualTo(meeting);
  }

  @Property(tries = 100)
  void generatedOpenHouseWeeksKeepEveryRule(@ForAll("openHouseWeeks") OpenHouseWeek week) {
    assertThat(OpenHouseRules.check(week).getErrors()).isEmpty();
  }

  @Property(tries = 100)
  void openHouseWeeksSurviveJsonUnderBothJacksonLines(@ForAll("openHouseWeeks") OpenHouseWeek week)
      throws Exception {
    String json = SocialHealthJson.strictMapper().writeValueAsString(week);
    assertThat(SocialHealthJackson2.strictMapper().writeValueAsString(week)).isEqualTo(json);
    assertThat(SocialHealthJson.strictMapper().readValue(json, OpenHouseWeek.class)).isEqualTo(week);
    assertThat(SocialHealthJackson2.strictMapper().readValue(json, OpenHouseWeek.class)).isEqualTo(week);
  }

  @Property(tries = 50)
  void eventsDocumentsSurviveJsonUnderBothJacksonLines(@ForAll("eventsDocuments") EventsDocument document)
      throws Exception {
    String json = SocialHealthJson.strictMapper().writeValueAsString(document);
    assertThat(SocialHealthJackson2.strictMapper().writeValueAsString(document)).isEqualTo(json);
    assertThat(SocialHealthJson.strictMapper().readValue(json, EventsDocument.class)).isEqualTo(document);
    assertThat(SocialHealthJackson2.strictMapper().readValue(json, EventsDocument.class)).isEqualTo(document);
  }

  @Property(tries = 50)
  void helpdeskCasesDocumentsSurviveJsonUnderBothJacksonLines(
      @ForAll("helpdeskCasesDocuments") HelpdeskCasesDocument document) throws Exception {
    String json = SocialHealthJson.strictMapper().writeValueAsString(document);
    assertThat(SocialHealthJackson2.strictMapper().writeValueAsString(document)).isEqualTo(json);
    assertThat(SocialHealthJson.strictMapper().readValue(json, HelpdeskCasesDocument.class)).isEqualTo(document);
    assertThat(SocialHealthJackson2.strictMapper().readValue(json, HelpdeskCasesDocument.class)).isEqualTo(document);
  }

  @Property(tries = 100)
  void activityReportsSurviveJson(@ForAll("helpdeskCases") HelpdeskCase helpdeskCase) throws Exception {
    HelpdeskActivityReport report = HelpdeskActivityReport.of(helpdeskCase.getBassin(), LocalDate.of(2023, 1, 1),
        LocalDate.of(2025, 12, 31), List.of(helpdeskCase));
    assertThat(report.getCaseCount()).isEqualTo(1);
    String json = SocialHealthJson.strictMapper().writeValueAsString(report);
    assertThat(SocialHealthJackson2.strictMapper().readValue(json, HelpdeskActivityReport.class)).isEqualTo(report);
  }

  @Property(tries = 100)
  void everyEnumCodeParsesBackToItsConstant(@ForAll CaseStatus status, @ForAll EventStatus eventStatus,
      @ForAll HelpdeskChannel channel, @ForAll OrientationOutcome outcome, @ForAll UnmetNeedReason reason,
      @ForAll ComplexityFactor factor, @ForAll EventKind kind, @ForAll ExpectationCategory category) {
    assertThat(CaseStatus.parse(status.code())).isEqualTo(status);
    assertThat(EventStatus.parse(eventStatus.code().toUpperCase(java.util.Locale.ROOT))).isEqualTo(eventStatus);
    assertThat(HelpdeskChannel.parse(" " + channel.code() + " ")).isEqualTo(channel);
    assertThat(OrientationOutcome.parse(outcome.code())).isEqualTo(outcome);
    assertThat(UnmetNeedReason.parse(reason.code())).isEqualTo(reason);
    assertThat(ComplexityFactor.parse(factor.code())).isEqualTo(factor);
    assertThat(EventKind.parse(kind.code())).isEqualTo(kind);
    assertThat(ExpectationCategory.parse(category.code())).isEqualTo(category);
  }
}
