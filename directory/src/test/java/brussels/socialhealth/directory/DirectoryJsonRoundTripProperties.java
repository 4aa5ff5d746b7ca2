package brussels.socialhealth.directory;

import brussels.socialhealth.core.EmailAddress;
import brussels.socialhealth.core.GoldenJson;
import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.core.OpeningHours;
import brussels.socialhealth.core.Period;
import brussels.socialhealth.core.PhoneNumber;
import brussels.socialhealth.territory.TerritorialLevel;
import brussels.socialhealth.territory.TerritoryRef;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Any valid organisation, service, membership and directory survives JSON and back, equal, under
 * Jackson 3 and Jackson 2, and both lines write the same text. Codes are drawn from the built-in lists
 * and from undefined codes, which must survive too.
 */
class DirectoryJsonRoundTripProperties {

  @Property(tries = 200)
  void organisationsRoundTrip(@ForAll("organisations") Organisation organisation) throws Exception {
    GoldenJson.assertRoundTrip(organisation, Organisation.class);
  }

  @Property(tries = 200)
  void servicesRoundTrip(@ForAll("services") Service service) throws Exception {
    GoldenJson.assertRoundTrip(service, Service.class);
  }

  @Property(tries = 200)
  void membershipsRoundTrip(@ForAll("memberships") Membership membership) throws Exception {
    GoldenJson.assertRoundTrip(membership, Membership.class);
  }

  @Property(tries = 50)
  void directoriesRoundTrip(@ForAll("directories") Directory directory) throws Exception {
    GoldenJson.assertRoundTrip(directory, Directory.class);
  }

  private static Arbitrary<String> ids() {
    return Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789.-_:").ofMinLength(0).ofMaxLength(20)
        .map(s -> "x" + s);
  }

  private static Arbitrary<String> texts() {
    return Arbitraries.strings().withChars("abcdéèçàôœ ABC'’-·«»\"\\/&<>0123456789").ofMinLength(1).ofMaxLength(30)
        .filter(s -> !s.isBlank());
  }

  private static Arbitrary<LocalizedText> localized() {
    return Combinators.combine(texts(), texts().injectNull(0.3), texts().injectNull(0.7))
        .as((fr, nl, en) -> {
          LocalizedText text = LocalizedText.of(brussels.socialhealth.core.Language.FR, fr);
          text = nl == null ? text : text.with(brussels.socialhealth.core.Language.NL, nl);
          return en == null ? text : text.with(brussels.socialhealth.core.Language.EN, en);
        });
  }

  private static <T extends Code> Arbitrary<T> code(List<T> builtIn, java.util.function.Function<String, T> parse) {
    Arbitrary<T> undefined = Arbitraries.strings().withChars("abcdefghij-").ofMinLength(1).ofMaxLength(12)
        .map(s -> parse.apply("zz" + s));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(5, Arbitraries.of(builtIn)), net.jqwik.api.Tuple.of(1, undefined));
  }

  private static Arbitrary<TerritoryRef> territories() {
    return Arbitraries.oneOf(
        Arbitraries.of("21001", "21002", "21005", "21018", "21019").map(TerritoryRef::commune),
        Arbitraries.integers().between(1, 56).map(n -> TerritoryRef.of(TerritorialLevel.NEIGHBOURHOOD, "" + n)),
        Arbitraries.of("SUD_EST", "NORD", "CENTRE_OUEST").map(TerritoryRef::bassin));
  }

  private static Arbitrary<PhoneNumber> phones() {
    return Arbitraries.integers().between(5_550_000, 5_559_999).map(n -> PhoneNumber.parse("02" + n));
  }

  private static Arbitrary<EmailAddress> emails() {
    return Arbitraries.strings().withChars("abcdefgh.").ofMinLength(1).ofMaxLength(10)
        .filter(s -> !s.startsWith(".") && !s.endsWith(".") && !s.contains(".."))
        .map(s -> EmailAddress.parse(s + "@example.org"));
  }

  @Provide
  Arbitrary<Organisation> organisations() {
    return Builders.withBuilder(Organisation::builder)
        .use(ids()).in((b, id) -> b.id(id))
        .use(localized()).in((b, names) -> b.names(names))
        .use(texts()).withProbability(0.3).in((b, s) -> b.shortName(s))
        .use(code(OrganisationKind.values(), OrganisationKind::parse)).in((b, k) -> b.kind(k))
        .use(code(Sector.values(), Sector::parse).set().ofMaxSize(3)).in((b, s) -> b.sectors(s))
        .use(territories().set().ofMaxSize(3)).in((b, r) -> b.reach(r))
        .use(ids().list().ofMaxSize(3)).in((b, s) -> b.siteIds(s))
        .use(phones().list().ofMaxSize(2)).in((b, p) -> b.phones(p))
        .use(emails().list().ofMaxSize(2)).in((b, e) -> b.emails(e))
        .use(texts()).withProbability(0.3).in((b, v) -> b.extensions(
            brussels.socialhealth.core.Extensions.of("partner.x", "note", v)))
        .build(b -> b.build());
  }

  @Provide
  Arbitrary<Service> services() {
    return Builders.withBuilder(Service::builder)
        .use(ids()).in((b, id) -> b.id(id))
        .use(ids()).in((b, id) -> b.organisationId(id))
        .use(localized()).in((b, names) -> b.names(names))
        .use(localized()).withProbability(0.5).in((b, d) -> b.descriptions(d))
        .use(code(Theme.values(), Theme::parse).set().ofMaxSize(4)).in((b, t) -> b.themes(t))
        .use(code(TargetPublic.values(), TargetPublic::parse).set().ofMaxSize(3)).in((b, p) -> b.publics(p))
        .use(code(AccessMode.values(), AccessMode::parse).set().ofMaxSize(3)).in((b, m) -> b.accessModes(m))
        .use(Arbitraries.of(Cost.class)).withProbability(0.7).in((b, c) -> b.cost(c))
        .use(code(SpokenLanguage.values(), SpokenLanguage::parse).set().ofMaxSize(3)).in((b, l) -> b.languages(l))
        .use(Combinators.combine(ids(), Arbitraries.of("Mo-Fr 09:00-17:00", "Tu,Th 13:00-19:30", "Sa 10:00-12:00; PH off")
            .injectNull(0.5)).as((site, hours) -> ServiceAtSite.builder().siteId(site)
                .openingHours(java.util.Optional.ofNullable(hours).map(OpeningHours::parse)).build())
            .list().ofMaxSize(3)).in((b, l) -> b.locations(l))
        .use(Arbitraries.of(true, false)).in((b, r) -> b.referralRequired(r))
        .use(Arbitraries.of(CareLine.class)).withProbability(0.5).in((b, c) -> b.careLine(c))
        .use(Arbitraries.of(Orientation.rungs())).in((b, l) -> b.level(l))
        .use(territories().set().ofMaxSize(3)).in((b, c) -> b.coverage(c))
        .use(Arbitraries.of(true, false)).withProbability(0.5).in((b, n) -> b.labelNetwork(n))
        .use(phones().list().ofMaxSize(2)).in((b, p) -> b.phones(p))
        .build(b -> b.build());
  }

  @Provide
  Arbitrary<Membership> memberships() {
    Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 4000).map(d -> LocalDate.of(2015, 1, 1).plusDays(d));
    Arbitrary<Period> periods = Combinators.combine(dates.injectNull(0.3), Arbitraries.integers().between(0, 900)
        .injectNull(0.5)).as((start, length) -> start == null
            ? (length == null ? Period.unbounded() : Period.endingOn(LocalDate.of(2020, 1, 1).plusDays(length)))
            : length == null ? Period.startingOn(start) : Period.of(start, start.plusDays(length)));
    return Combinators.combine(ids(), ids(), ids(), code(Role.values(), Role::parse), periods.injectNull(0.3))
        .as((id, member, group, role, period) -> Membership.builder().id(id).memberId("m" + member)
            .groupId("g" + group).role(role).period(java.util.Optional.ofNullable(period)).build());
  }

  @Provide
  Arbitrary<Directory> directories() {
    return Combinators.combine(organisations().list().ofMaxSize(4), services().list().ofMaxSize(6),
            memberships().list().ofMaxSize(4))
        .as((organisations, services, memberships) -> {
          java.util.Set<String> seen = new java.util.HashSet<>();
          ImmutableDirectory.Builder builder = Directory.builder();
          organisations.stream().filter(o -> seen.add(o.getId())).forEach(builder::addOrganisations);
          services.stream().filter(s -> seen.add(s.getId())).forEach(builder::addServices);
          memberships.stream().filter(m -> seen.add(m.getId())).forEach(builder::addMemberships);
          return builder.build();
        });
  }
}
