package brussels.socialhealth.events;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any valid event or helpdesk case survives JSON and back, under both Jackson lines. */
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
