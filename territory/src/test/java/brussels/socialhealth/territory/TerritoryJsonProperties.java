package brussels.socialhealth.territory;

import static org.assertj.core.api.Assertions.assertThat;

import brussels.socialhealth.core.GoldenJson;
import brussels.socialhealth.core.LocalizedText;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any valid territory value survives JSON and back unchanged, under Jackson 3 and Jackson 2. */
class TerritoryJsonProperties {

  private static Arbitrary<String> text() {
    return Arbitraries.strings().withCharRange(' ', '~').withChars("éèàçëïôœÉ'«»").ofMinLength(1).ofMaxLength(30)
        .filter(s -> !s.isBlank());
  }

  private static Arbitrary<String> sourceIds() {
    return Arbitraries.strings().withCharRange('a', 'z').numeric().withChars('-').ofMinLength(1).ofMaxLength(20)
        .filter(s -> Character.isLetterOrDigit(s.charAt(0)));
  }

  private static Arbitrary<LocalizedText> names() {
    return Combinators.combine(text(), text().optional()).as((fr, nl) -> nl.map(n -> LocalizedText.of(fr, n))
        .orElseGet(() -> LocalizedText.of(brussels.socialhealth.core.Language.FR, fr)));
  }

  @Provide
  Arbitrary<Population> populations() {
    return Combinators.combine(Arbitraries.longs().between(0, 10_000_000), Arbitraries.integers().between(1800, 2200),
        sourceIds(), Arbitraries.of(true, false), text().optional())
        .as((count, year, source, derived, note) -> Population.builder().count(count).year(year).source(source)
            .derived(derived).note(note).build());
  }

  @Property(tries = 200)
  void populationsRoundTrip(@ForAll("populations") Population population) throws Exception {
    GoldenJson.assertRoundTrip(population, Population.class);
  }

  @Provide
  Arbitrary<Source> sources() {
    Arbitrary<String> dates = Arbitraries.of("2020", "2024-02", "2024-02-13");
    return Combinators.combine(sourceIds(), text(), text().list().ofMaxSize(3), dates.optional(), text().optional(),
        text().optional())
        .as((id, title, urls, date, licence, note) -> Source.builder().id(id).title(title).urls(urls).date(date)
            .licence(licence).note(note).build());
  }

  @Property(tries = 200)
  void sourcesRoundTrip(@ForAll("sources") Source source) throws Exception {
    GoldenJson.assertRoundTrip(source, Source.class);
  }

  @Provide
  Arbitrary<TerritoryRef> refs() {
    Arbitrary<String> codes = Arbitraries.strings().alpha().numeric().withChars('_', '-').ofMinLength(1).ofMaxLength(32);
    return Combinators.combine(Arbitraries.of(TerritorialLevel.class), codes).as(TerritoryRef::of);
  }

  @Property(tries = 300)
  void territoryRefsRoundTripThroughTheirCanonicalString(@ForAll("refs") TerritoryRef ref) throws Exception {
    assertThat(TerritoryRef.parse(ref.toString())).isEqualTo(ref);
    GoldenJson.assertRoundTrip(ref, TerritoryRef.class);
  }

  @Provide
  Arbitrary<BassinMembership> memberships() {
    Arbitrary<BassinMembership> whole = Combinators.combine(Arbitraries.of(BassinCode.class),
        Arbitraries.of(Confidence.class), sourceIds().list().ofMaxSize(3))
        .as((bassin, confidence, sources) -> BassinMembership.builder().bassin(bassin).coverage(Coverage.WHOLE)
            .confidence(confidence).sources(sources).build());
    Arbitrary<BassinMembership> part = Combinators.combine(Arbitraries.of(BassinCode.class),
        Arbitraries.of(Confidence.class), text().optional(), Arbitraries.of("21004A", "21004E").list().ofMaxSize(2))
        .as((bassin, confidence, description, subs) -> BassinMembership.builder().bassin(bassin)
            .coverage(Coverage.PART).part(description).subMunicipalities(subs).confidence(confidence).build());
    return Arbitraries.oneOf(whole, part);
  }

  @Property(tries = 200)
  void bassinMembershipsRoundTrip(@ForAll("memberships") BassinMembership membership) throws Exception {
    GoldenJson.assertRoundTrip(membership, BassinMembership.class);
  }

  @Provide
  Arbitrary<NeighbourhoodGrouping> groupings() {
    Arbitrary<String> keys = Arbitraries.strings().alpha().numeric().withChars('-').ofMinLength(1).ofMaxLength(32);
    Arbitrary<ClssWave> waves = Arbitraries.of(ClssWave.class);
    return Combinators.combine(keys, Arbitraries.integers().between(1, 999).optional(), names(),
        Arbitraries.of("21001", "21004", "21015").list().uniqueElements().ofMaxSize(2), Arbitraries.of(BassinCode.class),
        populations().optional(), waves.optional(), text().optional())
        .as((key, number, names, communes, bassin, population, wave, note) -> NeighbourhoodGrouping.builder()
            .key(key).number(number).names(names).communes(communes).bassin(bassin).population(population)
            .clssStatus(wave.isPresent() ? ClssStatus.CLSS : ClssStatus.NOT_LISTED).clssWave(wave).note(note)
            .build());
  }

  @Property(tries = 200)
  void groupingsRoundTrip(@ForAll("groupings") NeighbourhoodGrouping grouping) throws Exception {
    GoldenJson.assertRoundTrip(grouping, NeighbourhoodGrouping.class);
  }

  @Provide
  Arbitrary<StatisticalSector> sectors() {
    Arbitrary<String> codes = Arbitraries.of("21004A001", "21004A01-", "21015A77K", "21010A393");
    return Combinators.combine(codes, names(), Arbitraries.integers().between(1, 999),
        Arbitraries.of("1", "21", "x-1").optional(), Arbitraries.of(BassinCode.class).optional())
        .as((code, names, district, grouping, bassin) -> StatisticalSector.builder().code(code).names(names)
            .commune(code.substring(0, 5)).district(district).grouping(grouping).bassin(bassin)
            .addSource("ibsa-sectors-2025").build());
  }

  @Property(tries = 200)
  void sectorsRoundTrip(@ForAll("sectors") StatisticalSector sector) throws Exception {
    GoldenJson.assertRoundTrip(sector, StatisticalSector.class);
  }

  @Provide
  Arbitrary<BassinAnswer> answers() {
    Arbitrary<List<TerritoryRef>> via = refs().list().ofMaxSize(3);
    Arbitrary<BassinAnswer> found = Combinators.combine(text(), Arbitraries.of(BassinCode.class),
        Arbitraries.of(Confidence.class), via)
        .as((query, bassin, confidence, refs) -> BassinAnswer.found(query, bassin,
            TerritoryCodes.ANSWER_WHOLE_COMMUNE, confidence, refs));
    Arbitrary<BassinAnswer> ambiguous = Combinators.combine(text(),
        Arbitraries.of(BassinCode.class).set().ofMinSize(2), via)
        .as((query, candidates, refs) -> BassinAnswer.ambiguous(query, List.copyOf(candidates),
            TerritoryCodes.ANSWER_COMMUNE_SPLIT, refs));
    Arbitrary<BassinAnswer> unknown = Combinators.combine(text(), via)
        .as((query, refs) -> BassinAnswer.unknown(query, TerritoryCodes.ANSWER_POSTAL_CODE_UNKNOWN, refs));
    return Arbitraries.oneOf(found, ambiguous, unknown);
  }

  @Property(tries = 200)
  void bassinAnswersRoundTrip(@ForAll("answers") BassinAnswer answer) throws Exception {
    GoldenJson.assertRoundTrip(answer, BassinAnswer.class);
  }
}
