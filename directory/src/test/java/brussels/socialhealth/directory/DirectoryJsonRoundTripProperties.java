package brussels.socialhealth.directory;

import brussels.socialhealth.core.EmailAddress;
import brussels.socialhealth.core.ExternalRef;
import brussels.socialhealth.core.GeoPoint;
import brussels.socialhealth.core.GoldenJson;
import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.core.OpeningHours;
import brussels.socialhealth.core.Period;
import brussels.socialhealth.core.PhoneNumber;
import brussels.socialhealth.core.PostalAddress;
import brussels.socialhealth.core.WebAddress;
import brussels.socialhealth.territory.TerritorialLevel;
import brussels.socialhealth.territory.TerritoryRef;
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
import net.jqwik.api.statistics.Statistics;

/**
 * Any valid value of every JSON-serialised type of the module (the entities, the directory made of them,
 * queries and needs, orientation results, label assessments and balances, cartography edges) survives
 * JSON and back, equal, under Jackson 3 and Jackson 2, and both lines write the same text. Codes are drawn
 * from the built-in lists and from undefined codes, which must survive too. Generated directories hold
 * every kind of entity, which the directory property checks through jqwik's coverage statistics.
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

  @Property(tries = 200)
  void sitesRoundTrip(@ForAll("sites") Site site) throws Exception {
    GoldenJson.assertRoundTrip(site, Site.class);
  }

  @Property(tries = 100)
  void servicesAtSitesRoundTrip(@ForAll("servicesAtSites") ServiceAtSite location) throws Exception {
    GoldenJson.assertRoundTrip(location, ServiceAtSite.class);
  }

  @Property(tries = 200)
  void professionalsRoundTrip(@ForAll("professionals") Professional professional) throws Exception {
    GoldenJson.assertRoundTrip(professional, Professional.class);
  }

  @Property(tries = 200)
  void teamsRoundTrip(@ForAll("teams") Team team) throws Exception {
    GoldenJson.assertRoundTrip(team, Team.class);
  }

  @Property(tries = 200)
  void bodiesRoundTrip(@ForAll("bodies") Body body) throws Exception {
    GoldenJson.assertRoundTrip(body, Body.class);
  }

  @Property(tries = 200)
  void linksRoundTrip(@ForAll("links") Link link) throws Exception {
    GoldenJson.assertRoundTrip(link, Link.class);
  }

  @Property(tries = 100)
  void serviceQueriesRoundTrip(@ForAll("serviceQueries") ServiceQuery query) throws Exception {
    GoldenJson.assertRoundTrip(query, ServiceQuery.class);
  }

  @Property(tries = 100)
  void needsRoundTrip(@ForAll("needs") Need need) throws Exception {
    GoldenJson.assertRoundTrip(need, Need.class);
  }

  @Property(tries = 100)
  void reasonsRoundTrip(@ForAll("reasons") Reason reason) throws Exception {
    GoldenJson.assertRoundTrip(reason, Reason.class);
  }

  @Property(tries = 100)
  void orientationResultsRoundTrip(@ForAll("orientationResults") OrientationResult result) throws Exception {
    GoldenJson.assertRoundTrip(result, OrientationResult.class);
  }

  @Property(tries = 100)
  void criterionResultsRoundTrip(@ForAll("criterionResults") CriterionResult result) throws Exception {
    GoldenJson.assertRoundTrip(result, CriterionResult.class);
  }

  @Property(tries = 100)
  void labelAssessmentsRoundTrip(@ForAll("labelAssessments") LabelAssessment assessment) throws Exception {
    GoldenJson.assertRoundTrip(assessment, LabelAssessment.class);
  }

  @Property(tries = 100)
  void unitBalancesRoundTrip(@ForAll("unitBalances") UnitBalance balance) throws Exception {
    GoldenJson.assertRoundTrip(balance, UnitBalance.class);
  }

  @Property(tries = 100)
  void labelBalancesRoundTrip(@ForAll("labelBalances") LabelBalance balance) throws Exception {
    GoldenJson.assertRoundTrip(balance, LabelBalance.class);
  }

  @Property(tries = 100)
  void cartographyEdgesRoundTrip(@ForAll("cartographyEdges") CartographyEdge edge) throws Exception {
    GoldenJson.assertRoundTrip(edge, CartographyEdge.class);
  }

  @Property(tries = 50)
  void directoriesRoundTrip(@ForAll("directories") Directory directory) throws Exception {
    GoldenJson.assertRoundTrip(directory, Directory.class);

    java.util.Map<String, List<?>> kinds = new java.util.LinkedHashMap<>();
    kinds.put("organisations", directory.getOrganisations());
    kinds.put("sites", directory.getSites());
    kinds.put("services", directory.getServices());
    kinds.put("professionals", directory.getProfessionals());
    kinds.put("teams", directory.getTeams());
    kinds.put("bodies", directory.getBodies());
    kinds.put("memberships", directory.getMemberships());
    kinds.put("links", directory.getLinks());
    kinds.forEach((kind, entities) -> {
      Statistics.label(kind).collect(!entities.isEmpty());
      Statistics.label(kind).coverage(coverage -> coverage.check(true).percentage(p -> p >= 10));
    });
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

  private static Arbitrary<Period> periods() {
    Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 4000).map(d -> LocalDate.of(2015, 1, 1).plusDays(d));
    return Combinators.combine(dates.injectNull(0.3), Arbitraries.integers().between(0, 900)
        .injectNull(0.5)).as((start, length) -> start == null
            ? (length == null ? Period.unbounded() : Period.endingOn(LocalDate.of(2020, 1, 1).plusDays(length)))
            : length == null ? Period.startingOn(start) : Period.of(start, start.plusDays(length)));
  }

  private static Arbitrary<OpeningHours> hours() {
    return Arbitraries.of("Mo-Fr 09:00-17:00", "Tu,Th 13:00-19:30", "Sa 10:00-12:00; PH off",
        "Mo-Fr 09:00-12:00,13:00-17:00; Sa 10:00-12:00; PH off", "24/7").map(OpeningHours::parse);
  }

  private static Arbitrary<TerritoryRef> sectors() {
    return Combinators.combine(Arbitraries.of("21001", "21002", "21005", "21018", "21019"),
            Arbitraries.of("A00-", "A011", "B12-", "C3MJ"))
        .as((commune, block) -> TerritoryRef.of(TerritorialLevel.SECTOR, commune + block));
  }

  private static Arbitrary<PostalAddress> addresses() {
    Arbitrary<LocalizedText> streets = Arbitraries.of("de l'Exemple", "des Fictions", "du Modèle", "Imaginaire")
        .map(s -> LocalizedText.of("Rue " + s, "Voorbeeldstraat"));
    return Combinators.combine(streets, Arbitraries.integers().between(1, 400),
            Arbitraries.integers().between(1, 20).injectNull(0.7), Arbitraries.of("1000", "1040", "1160", "1200"))
        .as((street, number, box, postalCode) -> PostalAddress.builder().street(street)
            .houseNumber(String.valueOf(number)).box(java.util.Optional.ofNullable(box).map(String::valueOf))
            .postalCode(postalCode).municipality(LocalizedText.of("Bruxelles", "Brussel")).build());
  }

  private static Arbitrary<GeoPoint> brusselsPoints() {
    return Combinators.combine(Arbitraries.doubles().between(50.76, 50.92), Arbitraries.doubles().between(4.24, 4.48))
        .as(GeoPoint::of);
  }

  private static Arbitrary<ExternalRef> externalRefs() {
    return Combinators.combine(Arbitraries.of("social.brussels", "bce", "partner-csv"),
            Arbitraries.integers().between(1, 99_999))
        .as((system, id) -> ExternalRef.of(system, String.valueOf(id)));
  }

  private static Arbitrary<WebAddress> websites() {
    return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12)
        .map(s -> WebAddress.parse("https://" + s + ".example.org"));
  }

  private static Arbitrary<String> givenNames() {
    return Arbitraries.oneOf(Arbitraries.of("Ada", "Zoé", "Noor", "Yanis", "Lou", "Maëlle", "Jan-Pieter"), texts());
  }

  private static Arbitrary<String> familyNames() {
    return Arbitraries.oneOf(Arbitraries.of("Exemple", "Fictif", "Van Voorbeeld", "De l'Essai"), texts());
  }

  private static Arbitrary<Reason> reasonValues() {
    Arbitrary<String> codes = Arbitraries.of(DirectoryCodes.ORIENTATION_THEME, DirectoryCodes.ORIENTATION_PUBLIC,
        DirectoryCodes.ORIENTATION_PUBLIC_ALL, DirectoryCodes.ORIENTATION_LANGUAGE, DirectoryCodes.ORIENTATION_COVERS,
        DirectoryCodes.ORIENTATION_COVERS_PART, DirectoryCodes.ORIENTATION_SITE, DirectoryCodes.LABEL_GENERALIST_MET,
        DirectoryCodes.LABEL_CONTACT_NOT_MET, DirectoryCodes.LABEL_HOURS_MET, DirectoryCodes.LABEL_FREE_NOT_MET,
        DirectoryCodes.LABEL_NETWORK_UNKNOWN);
    return Combinators.combine(codes, texts(), texts()).as((code, first, second) -> Reason.of(code, first, second));
  }

  private static Arbitrary<UnitBalance> unitBalanceValues() {
    return Combinators.combine(territories(), ids().list().ofMaxSize(4), ids().list().ofMaxSize(4))
        .as((unit, labelled, candidates) -> UnitBalance.builder().unit(unit).labelledServiceIds(labelled)
            .candidateServiceIds(candidates).build());
  }

  private static Arbitrary<CriterionResult> criterionResultValues() {
    return Combinators.combine(Arbitraries.of(LabelCriterion.class), Arbitraries.of(CriterionOutcome.class),
        reasonValues()).as(CriterionResult::of);
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
        .use(servicesAtSites().list().ofMaxSize(3)).in((b, l) -> b.locations(l))
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
    return Combinators.combine(ids(), ids(), ids(), code(Role.values(), Role::parse), periods().injectNull(0.3))
        .as((id, member, group, role, period) -> Membership.builder().id(id).memberId("m" + member)
            .groupId("g" + group).role(role).period(java.util.Optional.ofNullable(period)).build());
  }

  @Provide
  Arbitrary<ServiceAtSite> servicesAtSites() {
    return Combinators.combine(ids(), hours().injectNull(0.5), localized().injectNull(0.7))
        .as((site, hours, notes) -> ServiceAtSite.builder().siteId(site)
            .openingHours(java.util.Optional.ofNullable(hours)).notes(java.util.Optional.ofNullable(notes)).build());
  }

  @Provide
  Arbitrary<Site> sites() {
    return Builders.withBuilder(Site::builder)
        .use(ids()).in((b, id) -> b.id(id))
        .use(ids()).in((b, id) -> b.organisationId(id))
        .use(localized()).withProbability(0.5).in((b, names) -> b.names(names))
        .use(Arbitraries.of("21001", "21002", "21005", "21018", "21019").map(TerritoryRef::commune))
            .in((b, c) -> b.commune(c))
        .use(sectors()).withProbability(0.5).in((b, s) -> b.sector(s))
        .use(Arbitraries.integers().between(1, 56).map(n -> TerritoryRef.of(TerritorialLevel.NEIGHBOURHOOD, "" + n)))
            .withProbability(0.5).in((b, n) -> b.neighbourhood(n))
        .use(Arbitraries.of("SUD_EST", "NORD", "CENTRE_OUEST").map(TerritoryRef::bassin)).withProbability(0.5)
            .in((b, r) -> b.bassin(r))
        .use(code(AccessibilityFeature.values(), AccessibilityFeature::parse).set().ofMaxSize(3))
            .in((b, a) -> b.accessibility(a))
        .use(addresses()).withProbability(0.7).in((b, a) -> b.address(a))
        .use(brusselsPoints()).withProbability(0.5).in((b, p) -> b.location(p))
        .use(hours()).withProbability(0.5).in((b, h) -> b.openingHours(h))
        .use(phones().list().ofMaxSize(2)).in((b, p) -> b.phones(p))
        .use(externalRefs().list().ofMaxSize(2)).in((b, r) -> b.externalRefs(r))
        .use(texts()).withProbability(0.3).in((b, v) -> b.extensions(
            brussels.socialhealth.core.Extensions.of("partner.x", "floor", v)))
        .build(b -> b.build());
  }

  @Provide
  Arbitrary<Professional> professionals() {
    return Builders.withBuilder(Professional::builder)
        .use(ids()).in((b, id) -> b.id(id))
        .use(givenNames()).in((b, name) -> b.givenName(name))
        .use(familyNames()).withProbability(0.6).in((b, name) -> b.familyName(name))
        .use(localized()).withProbability(0.5).in((b, f) -> b.function(f))
        .use(ids()).withProbability(0.5).in((b, id) -> b.organisationId(id))
        .use(phones().list().ofMaxSize(2)).in((b, p) -> b.phones(p))
        .use(emails().list().ofMaxSize(2)).in((b, e) -> b.emails(e))
        .build(b -> b.build());
  }

  @Provide
  Arbitrary<Team> teams() {
    return Builders.withBuilder(Team::builder)
        .use(ids()).in((b, id) -> b.id(id))
        .use(localized()).in((b, names) -> b.names(names))
        .use(ids()).withProbability(0.5).in((b, id) -> b.organisationId(id))
        .use(territories()).in((b, t) -> b.territory(t))
        .use(code(Role.values(), Role::parse).set().ofMaxSize(4)).in((b, r) -> b.roles(r))
        .use(phones().list().ofMaxSize(2)).in((b, p) -> b.phones(p))
        .use(emails().list().ofMaxSize(2)).in((b, e) -> b.emails(e))
        .use(websites()).withProbability(0.5).in((b, w) -> b.website(w))
        .build(b -> b.build());
  }

  @Provide
  Arbitrary<Body> bodies() {
    return Builders.withBuilder(Body::builder)
        .use(ids()).in((b, id) -> b.id(id))
        .use(localized()).in((b, names) -> b.names(names))
        .use(code(BodyKind.values(), BodyKind::parse)).in((b, k) -> b.kind(k))
        .use(territories()).withProbability(0.6).in((b, t) -> b.territory(t))
        .use(ids()).withProbability(0.5).in((b, id) -> b.organisationId(id))
        .build(b -> b.build());
  }

  @Provide
  Arbitrary<Link> links() {
    return Combinators.combine(ids(), Arbitraries.of(LinkKind.class), ids(), ids(), localized().injectNull(0.6),
            periods().injectNull(0.4))
        .as((id, kind, from, to, descriptions, period) -> Link.builder().id(id).kind(kind).fromId("f" + from)
            .toId("t" + to).descriptions(java.util.Optional.ofNullable(descriptions))
            .period(java.util.Optional.ofNullable(period)).build());
  }

  @Provide
  Arbitrary<ServiceQuery> serviceQueries() {
    return Builders.withBuilder(ServiceQuery::builder)
        .use(code(Theme.values(), Theme::parse).set().ofMaxSize(3)).in((b, t) -> b.themes(t))
        .use(code(TargetPublic.values(), TargetPublic::parse).set().ofMaxSize(3)).in((b, p) -> b.publics(p))
        .use(code(SpokenLanguage.values(), SpokenLanguage::parse).set().ofMaxSize(3)).in((b, l) -> b.languages(l))
        .use(Arbitraries.of(Cost.class).set().ofMaxSize(2)).in((b, c) -> b.costs(c))
        .use(code(AccessMode.values(), AccessMode::parse).set().ofMaxSize(3)).in((b, m) -> b.accessModes(m))
        .use(territories().set().ofMaxSize(3)).in((b, t) -> b.territories(t))
        .use(Arbitraries.integers().between(0, 100_000).map(n -> LocalDateTime.of(2025, 1, 1, 0, 0).plusMinutes(15L * n)))
            .withProbability(0.5).in((b, at) -> b.openAt(at))
        .use(texts()).withProbability(0.5).in((b, text) -> b.text(text))
        .build(b -> b.build());
  }

  @Provide
  Arbitrary<Need> needs() {
    return Combinators.combine(code(Theme.values(), Theme::parse).set().ofMaxSize(3),
            code(TargetPublic.values(), TargetPublic::parse).set().ofMaxSize(3),
            code(SpokenLanguage.values(), SpokenLanguage::parse).set().ofMaxSize(3))
        .as((themes, publics, languages) -> Need.builder().themes(themes).publics(publics).languages(languages)
            .build());
  }

  @Provide
  Arbitrary<Reason> reasons() {
    return reasonValues();
  }

  @Provide
  Arbitrary<OrientationResult> orientationResults() {
    return Builders.withBuilder(OrientationResult::builder)
        .use(Arbitraries.integers().between(1, 50)).in((b, rank) -> b.rank(rank))
        .use(services()).in((b, service) -> b.service(service))
        .use(Arbitraries.of(TerritorialLevel.class)).in((b, level) -> b.level(level))
        .use(territories()).in((b, unit) -> b.unit(unit))
        .use(Arbitraries.of(true, false)).in((b, partial) -> b.partial(partial))
        .use(Arbitraries.of(true, false)).in((b, nearby) -> b.nearby(nearby))
        .use(reasonValues().list().ofMaxSize(4)).in((b, reasons) -> b.reasons(reasons))
        .build(b -> b.build());
  }

  @Provide
  Arbitrary<CriterionResult> criterionResults() {
    return criterionResultValues();
  }

  @Provide
  Arbitrary<LabelAssessment> labelAssessments() {
    return Combinators.combine(ids(), criterionResultValues().list().ofMaxSize(5))
        .as((serviceId, results) -> LabelAssessment.builder().serviceId(serviceId).results(results).build());
  }

  @Provide
  Arbitrary<UnitBalance> unitBalances() {
    return unitBalanceValues();
  }

  @Provide
  Arbitrary<LabelBalance> labelBalances() {
    return Combinators.combine(Arbitraries.of("SUD_EST", "NORD", "CENTRE_OUEST").map(TerritoryRef::bassin),
            unitBalanceValues().list().ofMaxSize(4))
        .as((bassin, units) -> LabelBalance.builder().bassin(bassin).units(units).build());
  }

  @Provide
  Arbitrary<CartographyEdge> cartographyEdges() {
    return Combinators.combine(ids(), Arbitraries.of(LinkKind.class), ids(), ids()).as(CartographyEdge::of);
  }

  @Provide
  Arbitrary<Directory> directories() {
    return Combinators.combine(organisations().list().ofMaxSize(4), sites().list().ofMaxSize(4),
            services().list().ofMaxSize(6), professionals().list().ofMaxSize(4), teams().list().ofMaxSize(3),
            bodies().list().ofMaxSize(3), memberships().list().ofMaxSize(4), links().list().ofMaxSize(4))
        .as((organisations, sites, services, professionals, teams, bodies, memberships, links) -> {
          java.util.Set<String> seen = new java.util.HashSet<>();
          ImmutableDirectory.Builder builder = Directory.builder();
          organisations.stream().filter(o -> seen.add(o.getId())).forEach(builder::addOrganisations);
          sites.stream().filter(s -> seen.add(s.getId())).forEach(builder::addSites);
          services.stream().filter(s -> seen.add(s.getId())).forEach(builder::addServices);
          professionals.stream().filter(p -> seen.add(p.getId())).forEach(builder::addProfessionals);
          teams.stream().filter(t -> seen.add(t.getId())).forEach(builder::addTeams);
          bodies.stream().filter(b -> seen.add(b.getId())).forEach(builder::addBodies);
          memberships.stream().filter(m -> seen.add(m.getId())).forEach(builder::addMemberships);
          links.stream().filter(l -> seen.add(l.getId())).forEach(builder::addLinks);
          return builder.build();
        });
  }
}
