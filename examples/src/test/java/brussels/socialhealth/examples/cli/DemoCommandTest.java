package brussels.socialhealth.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import brussels.socialhealth.core.Language;
import brussels.socialhealth.events.UnmetNeedReason;
import brussels.socialhealth.examples.sample.SampleHelpdesk;
import brussels.socialhealth.territory.TerritoryRef;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class DemoCommandTest {

  @Test
  void runsTheDemoInEnglishAndExitsWithZero() {
    CliRun run = CliRun.run("demo", "--lang", "en");

    assertThat(run.exitCode).isEqualTo(ExitCodes.OK);
    assertThat(run.err).isEmpty();
    assertThat(run.out)
        .startsWith("socialhealth demo: the library at work on its fictional sample data. Reference moment: "
            + "2026-03-10T10:30:00+01:00[Europe/Brussels]\n")
        .contains("      in English: \"Maison médicale des Tilleuls\" (no English text, French used instead)\n")
        .contains("      in Dutch: \"Aide à domicile Les Marronniers\" (no Dutch text, French used instead)\n")
        .contains("   valid: no; errors: 1; warnings: 0\n")
        .contains("   error core.text.official-languages at \"name\": "
            + "An official name must exist in French and in Dutch.\n")
        .contains("         fr: Un nom officiel doit exister en français et en néerlandais.\n")
        .contains("         nl: Een officiële naam moet in het Frans en het Nederlands bestaan.\n")
        .contains("       \"code\" : \"core.text.official-languages\",\n")
        .doesNotContain(": no\n      read back", "same text: no", "original: no")
        .endsWith("Done.\n");
  }

  @Test
  void parsesThePhoneNotationsBrusselsOrganisationsPublish() {
    CliRun run = CliRun.run("demo");

    assertThat(run.out)
        .contains("   \"02/555.01.23\" -> +3225550123 (national 02 555 01 23, international +32 2 555 01 23, "
            + "mobile: no)\n")
        .contains("   \"32 2 511 22 33\" -> +3225112233 (")
        .contains("   \"0032 2 511 22 33\" -> +3225112233 (")
        .contains("   \"0470 12 34 56\" -> +32470123456 (national 0470 12 34 56, international +32 470 12 34 56, "
            + "mobile: yes)\n")
        .contains("   \"0800 AIDE\" rejected, code core.phone.unparseable:\n"
            + "      fr: Impossible de lire « 0800 AIDE » comme un numéro de téléphone.\n"
            + "      nl: \"0800 AIDE\" kan niet als telefoonnummer gelezen worden.\n"
            + "      en: Cannot read \"0800 AIDE\" as a phone number.\n");
  }

  @Test
  void parsesEnterpriseNumbersAndShowsTheRejectedOneWithItsCode() {
    CliRun run = CliRun.run("demo");

    assertThat(run.out)
        .contains("   \"BE 0123 456 749\" -> 0123.456.749 (VAT BE0123456749)\n")
        .contains("   \"123456749\" -> 0123.456.749 (VAT BE0123456749)\n")
        .contains("   \"0123.456.748\" rejected, code core.enterprise-number.check-digits:\n")
        .contains("(expected 49)")
        .contains("   \"2.123.456.789\" rejected, code core.enterprise-number.first-digit:\n");
  }

  @Test
  void showsTheAddressInFrenchAndDutch() {
    assertThat(CliRun.run("demo").out)
        .contains("   in French: Rue des Tilleuls 12 / 2, 1190 Forest\n")
        .contains("   in Dutch: Lindenstraat 12 / 2, 1190 Vorst\n")
        .contains("   \"119\" rejected, code core.postal-address.postal-code:\n");
  }

  @Test
  void tellsWhetherTheServiceIsOpenAtTheReferenceMoment() {
    assertThat(CliRun.run("demo").out)
        .contains("-> canonical form \"Mo-Fr 09:00-12:30,13:30-17:00; Sa 09:00-12:00; PH off\"\n")
        .contains("   open on Tuesday 10 March 2026 10:30: yes\n")
        .contains("   next opening or closing: Tuesday 10 March 2026 12:30\n")
        .contains("   \"Mo-Fr 9h-17h\" rejected, code core.opening-hours.");
    assertThat(CliRun.run("demo", "--lang", "fr", "--at", "2026-03-14T12:15").out)
        .contains("   ouvert le samedi 14 mars 2026 12:15 : non\n")
        .contains("   prochaine ouverture ou fermeture : lundi 16 mars 2026 09:00\n");
  }

  @Test
  void comparesPeriodsWithTheReferenceDate() {
    assertThat(CliRun.run("demo").out)
        .contains("   2024-01-01/2026-12-31 contains 2026-03-10: yes\n")
        .contains("   2027-01-01/.. contains 2026-03-10: no\n")
        .contains("   2024-01-01/2026-12-31 overlaps ../2026-06-30: yes\n")
        .contains("   \"2026-12-31/2026-01-01\" rejected, code core.period.end-before-start:\n");
  }

  @Test
  void writesTheSampleServiceAsJson() {
    assertThat(CliRun.run("demo").out)
        .contains("     \"enterpriseNumber\" : \"0123.456.749\",\n")
        .contains("     \"phones\" : [ \"+3225112233\", \"+32470123456\" ],\n")
        .contains("     \"openingHours\" : \"Mo-Fr 09:00-12:30,13:30-17:00; Sa 09:00-12:00; PH off\",\n");
  }

  @Test
  void printsTheValidationMessageInFrenchWhenAskedInFrench() {
    CliRun run = CliRun.run("--lang", "fr", "demo");

    assertThat(run.exitCode).isEqualTo(ExitCodes.OK);
    assertThat(run.out)
        .contains("   valide : non ; erreurs : 1 ; avertissements : 0\n")
        .contains("   erreur core.text.official-languages sur « name » : "
            + "Un nom officiel doit exister en français et en néerlandais.\n")
        .contains("      Jackson 2 écrit exactement le même texte : oui\n")
        .endsWith("Terminé.\n");
  }

  @Test
  void printsTheValidationMessageInDutchWhenAskedInDutch() {
    CliRun run = CliRun.run("demo", "--lang", "nl");

    assertThat(run.exitCode).isEqualTo(ExitCodes.OK);
    assertThat(run.out)
        .contains("   fout core.text.official-languages bij \"name\": "
            + "Een officiële naam moet in het Frans en het Nederlands bestaan.\n")
        .contains("      teruggelezen met Jackson 3, gelijk aan het origineel: ja\n")
        .endsWith("Klaar.\n");
  }

  @Test
  void givesTheSameOutputOnEveryRun() {
    assertThat(CliRun.run("demo").out).isEqualTo(CliRun.run("demo").out);
  }

  @Test
  void takesTheReferenceMomentFromTheAtOption() {
    assertThat(CliRun.run("demo", "--at", "2026-07-01T07:15:00Z").out)
        .startsWith("socialhealth demo: the library at work on its fictional sample data. Reference moment: "
            + "2026-07-01T09:15:00+02:00[Europe/Brussels]\n");
    assertThat(CliRun.run("demo", "--at", "2026-12-24T18:00").out)
        .contains("Reference moment: 2026-12-24T18:00:00+01:00[Europe/Brussels]\n");
    assertThat(CliRun.run("demo", "--at", "2026-12-24T18:00:00-05:00").out)
        .contains("Reference moment: 2026-12-25T00:00:00+01:00[Europe/Brussels]\n");
  }

  @Test
  void acceptsNowAsTheReferenceMoment() {
    CliRun run = CliRun.run("demo", "--at", "now");

    assertThat(run.exitCode).isEqualTo(ExitCodes.OK);
    assertThat(run.out).contains("[Europe/Brussels]");
  }

  @Test
  void rejectsAMalformedReferenceMomentWithTheUsageExitCode() {
    CliRun run = CliRun.run("demo", "--at", "tomorrow morning");

    assertThat(run.exitCode).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err).contains("Invalid command line:", "'tomorrow morning' is not a date-time");
  }

  // ---- the sections beyond the core types (issues 3 to 6) ----

  /** The lines of one section: from its "== " title to the next title or the closing line. */
  private static List<String> section(String out, String titleStart) {
    List<String> lines = List.of(out.split("\n"));
    int start = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(titleStart)) {
        start = i;
        break;
      }
    }
    assertThat(start).as("section %s in:%n%s", titleStart, out).isNotNegative();
    int end = start + 1;
    while (end < lines.size() && !lines.get(end).startsWith("== ") && !lines.get(end).equals("Done.")) {
      end++;
    }
    return lines.subList(start, end);
  }

  private static String lineAfter(List<String> lines, String line) {
    int index = lines.indexOf(line);
    assertThat(index).as("line %s in %s", line, lines).isNotNegative();
    return lines.get(index + 1);
  }

  private static int number(Matcher matcher, int group) {
    return Integer.parseInt(matcher.group(group));
  }

  private static Matcher find(String text, String regex) {
    Matcher matcher = Pattern.compile(regex).matcher(text);
    assertThat(matcher.find()).as("%s in:%n%s", regex, text).isTrue();
    return matcher;
  }

  @Test
  void runsEverySectionByDefaultInTheOrderOfTheModules() {
    String out = CliRun.run("demo").out;

    assertThat(out.indexOf("== Core types")).isPositive()
        .isLessThan(out.indexOf("== Territory"));
    assertThat(out.indexOf("== Territory")).isLessThan(out.indexOf("== Directory"));
    assertThat(out.indexOf("== Directory")).isLessThan(out.indexOf("== Events"));
    assertThat(out.indexOf("== Events")).isLessThan(out.indexOf("== Import"));
  }

  @Test
  void runsOneSectionWhenAsked() {
    CliRun run = CliRun.run("demo", "--section", "territory");

    assertThat(run.exitCode).isEqualTo(ExitCodes.OK);
    assertThat(run.out).contains("== Territory").doesNotContain("== Core", "== Directory", "== Events", "== Import")
        .endsWith("Done.\n");
    assertThat(CliRun.run("demo", "--section", "CORE").out).contains("== Core").doesNotContain("== Territory");
  }

  @Test
  void rejectsAnUnknownSectionWithTheUsageExitCode() {
    CliRun run = CliRun.run("demo", "--section", "everything");

    assertThat(run.exitCode).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err).contains("'everything' is not a section");
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "fr", "nl"})
  void rendersEveryMessageOfEverySectionInTheChosenLanguage(String language) {
    CliRun run = CliRun.run("demo", "--lang", language);

    assertThat(run.exitCode).isEqualTo(ExitCodes.OK);
    assertThat(run.out).doesNotContain("examples.demo.", "{0}", "{1}", "{2}");
    assertThat(run.out.lines().filter(line -> line.startsWith("== "))).hasSize(5);
  }

  @Test
  void saysWhichBassinServesAuderghemFromItsPostalCode() {
    // communes.csv: 21002 Auderghem / Oudergem, postal code 1160, bassin SUD_EST
    List<String> territory = section(CliRun.run("demo", "--section", "territory").out, "== Territory");

    assertThat(lineAfter(territory, "   \"1160\": Auderghem (commune:21002)"))
        .isEqualTo("      Bassin: Bassin Sud-Est (confidence: high)");
  }

  @Test
  void givesTheCandidatesAndTheReasonForAPostalCodeSharedByTwoCommunes() {
    // communes.csv: 1040 belongs to Etterbeek (SUD_EST) and to Bruxelles (CENTRE_OUEST, NORD, SUD)
    List<String> territory = section(CliRun.run("demo", "--section", "territory").out, "== Territory");

    String answer = lineAfter(territory, "   \"1040\": Bruxelles (commune:21004), Etterbeek (commune:21005)");
    assertThat(answer).startsWith("      Bassin: ambiguous, one of ")
        .contains("Bassin Sud-Est", "Bassin Nord", "Bassin Sud,", "Bassin Centre-Ouest");
    assertThat(territory.get(territory.indexOf(answer) + 1)).startsWith("      why (").contains("ambiguous");
    assertThat(lineAfter(territory, "   \"1040 Etterbeek\": Etterbeek (commune:21005)"))
        .isEqualTo("      Bassin: Bassin Sud-Est (confidence: high)");
  }

  @Test
  void saysUnknownForAPostalCodeOutsideTheRegionAndFindsANameWithAnAbbreviation() {
    // 1300 is Wavre, in Walloon Brabant; communes.csv: 21013 Saint-Gilles, bassin SUD
    List<String> territory = section(CliRun.run("demo", "--section", "territory").out, "== Territory");

    assertThat(lineAfter(territory, "   \"1300\": no territorial unit matches")).isEqualTo("      Bassin: unknown");
    assertThat(lineAfter(territory, "   \"St-Gilles\": Saint-Gilles (commune:21013)"))
        .isEqualTo("      Bassin: Bassin Sud (confidence: high)");
  }

  @Test
  void loadsTheSampleDirectoryOfOneBassinWithItsSize() {
    // issue 4: the sample has at least 40 organisations and 80 services
    List<String> directory = section(CliRun.run("demo", "--section", "directory").out, "== Directory");

    Matcher size = find(directory.get(1), "^   (\\d+) organisations, (\\d+) sites, (\\d+) services, .* in Bassin Sud-Est$");
    assertThat(number(size, 1)).isGreaterThanOrEqualTo(40);
    assertThat(number(size, 3)).isGreaterThanOrEqualTo(80);
  }

  @Test
  void searchesTheDirectoryAndListsAtMostThreeOfTheServicesFound() {
    List<String> directory = section(CliRun.run("demo", "--section", "directory").out, "== Directory");

    String search = directory.stream().filter(l -> l.startsWith("   Search (ServiceQuery) for the theme Debt in Etterbeek: "))
        .findFirst().orElseThrow();
    int found = number(find(search, ": (\\d+) service\\(s\\)$"), 1);
    assertThat(found).isPositive();
    int index = directory.indexOf(search);
    long listed = directory.subList(index + 1, directory.size()).stream().takeWhile(l -> l.startsWith("      "))
        .count();
    assertThat(listed).isEqualTo(Math.min(3, found));
  }

  @Test
  void orientsAlongTheSubsidiarityLadderClosestLevelFirstWithTheReasons() {
    List<String> directory = section(CliRun.run("demo", "--section", "directory").out, "== Directory");

    List<String> results = directory.stream().filter(l -> l.matches("^      \\d+\\. \\[.*")).collect(Collectors.toList());
    assertThat(results).isNotEmpty();
    int municipality = indexOfFirst(results, "[municipality]");
    int careArea = indexOfFirst(results, "[care area]");
    int region = indexOfFirst(results, "[Region]");
    assertThat(municipality).isNotNegative().isLessThan(careArea);
    assertThat(careArea).isLessThan(region);
    List<Integer> ranks = results.stream().map(l -> number(find(l, "(\\d+)\\."), 1)).collect(Collectors.toList());
    assertThat(ranks).isSorted().doesNotHaveDuplicates();
    assertThat(lineAfter(directory, results.get(0))).isEqualTo("         - Offers the theme: Mental health.");
  }

  private static int indexOfFirst(List<String> lines, String part) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(part)) {
        return i;
      }
    }
    return -1;
  }

  @Test
  void showsAGrantedPousseMaPorteLabelWithEveryCriterionMet() {
    // the label is granted only when every criterion is met
    List<String> directory = section(CliRun.run("demo", "--section", "directory").out, "== Directory");

    String label = directory.stream().filter(l -> l.startsWith("   \"Pousse ma porte\" label")).findFirst().orElseThrow();
    assertThat(label).endsWith(": Met");
    int index = directory.indexOf(label);
    List<String> criteria = directory.subList(index + 1, index + 6);
    assertThat(criteria).allSatisfy(criterion -> assertThat(criterion).startsWith("      ").contains(": Met — "));
    // communes.csv: the bassin Sud-Est has four communes
    Matcher balance = find(directory.get(index + 6), "communes with a labelled point: (\\d+) of (\\d+)");
    assertThat(number(balance, 2)).isEqualTo(4);
    assertThat(number(balance, 1)).isBetween(1, 4);
  }

  @Test
  void countsTheSampleEventsAndChecksTheOpenHouseWeeks() {
    List<String> events = section(CliRun.run("demo", "--section", "events").out, "== Events");

    Matcher count = find(events.get(1), "^   (\\d+) sample events: (\\d+) concertation\\(s\\), (\\d+) change workshop\\(s\\), "
        + "(\\d+) working group\\(s\\) meeting in (\\d+) session\\(s\\), (\\d+) prevention meeting\\(s\\), "
        + "(\\d+) open-house week\\(s\\)$");
    // every session of a working group is an event of its own; the groups themselves are not
    int expected = number(count, 2) + number(count, 3) + number(count, 5) + number(count, 6) + number(count, 7);
    assertThat(number(count, 1)).isEqualTo(expected);
    assertThat(number(count, 5)).isGreaterThanOrEqualTo(number(count, 4));
    assertThat(events.get(2)).startsWith("   Concertation \"");
    Matcher record = find(events.get(3), "^      record: (\\d+) participants from (\\d+) sectors");
    assertThat(number(record, 1)).isPositive();
    List<String> weeks = events.stream().filter(l -> l.startsWith("   Open-house week ")).collect(Collectors.toList());
    assertThat(weeks).hasSize(number(count, 7))
        .allSatisfy(week -> assertThat(week).endsWith("respected: yes (errors: 0, warnings: 0)"));
  }

  @Test
  void refusesARegistrationAfterTheVisitorWindowClosed() {
    List<String> events = section(CliRun.run("demo", "--section", "events").out, "== Events");

    String late = events.stream().filter(l -> l.startsWith("   the same week with one more registration"))
        .findFirst().orElseThrow();
    assertThat(late).endsWith("rules respected: no");
    assertThat(lineAfter(events, late)).startsWith("      error events.open-house.visitor-outside-window at ");
  }

  @Test
  void summarisesTheHelpdeskActivityOfTheBassinOverTheSampleCases() {
    List<String> events = section(CliRun.run("demo", "--section", "events").out, "== Events");
    long expected = SampleHelpdesk.year2024().stream()
        .filter(c -> c.getBassin().equals(TerritoryRef.bassin("SUD_EST")))
        .filter(c -> c.getReceivedAt().atZone(ZoneId.of("Europe/Brussels")).getYear() == 2024)
        .count();

    String report = events.stream().filter(l -> l.startsWith("   Helpdesk activity report")).findFirst().orElseThrow();
    Matcher cases = find(report, "of bassin:SUD_EST from 2024-01-01 to 2024-12-31: (\\d+) of the (\\d+) sample cases$");
    assertThat(number(cases, 2)).isEqualTo(320);
    assertThat((long) number(cases, 1)).isEqualTo(expected);
    int index = events.indexOf(report);
    int byChannel = Pattern.compile("(\\d+)").matcher(events.get(index + 1).replaceFirst("^.*?: ", ""))
        .results().mapToInt(m -> Integer.parseInt(m.group(1))).sum();
    assertThat(byChannel).isEqualTo(number(cases, 1));
    Matcher delay = find(events.get(index + 3), "over (\\d+) oriented cases: median (\\d+) d (\\d+) h (\\d+) min, "
        + "90th percentile (\\d+) d (\\d+) h (\\d+) min$");
    long median = number(delay, 2) * 1440L + number(delay, 3) * 60L + number(delay, 4);
    long p90 = number(delay, 5) * 1440L + number(delay, 6) * 60L + number(delay, 7);
    assertThat(median).isPositive().isLessThanOrEqualTo(p90);
    assertThat(number(delay, 1)).isPositive().isLessThanOrEqualTo(number(cases, 1));
    assertThat(events.get(index + 4)).isEqualTo("      most frequent unmet needs:");
    List<Integer> unmet = events.subList(index + 5, events.size()).stream().filter(l -> l.startsWith("         "))
        .map(l -> number(find(l, "^ +(\\d+) × "), 1)).collect(Collectors.toList());
    assertThat(unmet).hasSizeBetween(1, 3).isSortedAccordingTo(Comparator.reverseOrder());
  }

  static Stream<Arguments> helpdeskLabels() {
    return Stream.of(
        Arguments.of("en", "      by channel: Phone \\d+, E-mail \\d+, In person \\d+, Other \\d+\n",
            "      by status: Received \\d+, In analysis \\d+, Oriented \\d+, Followed up \\d+, Closed \\d+, "
                + "Reopened \\d+, Cancelled \\d+\n"),
        Arguments.of("fr", "      par canal : Téléphone \\d+, Courriel \\d+, En présentiel \\d+, Autre \\d+\n",
            "      par statut : Reçu \\d+, En analyse \\d+, Orienté \\d+, Suivi \\d+, Clôturé \\d+, "
                + "Rouvert \\d+, Annulé \\d+\n"),
        Arguments.of("nl", "      per kanaal: Telefoon \\d+, E-mail \\d+, Ter plaatse \\d+, Andere \\d+\n",
            "      per status: Ontvangen \\d+, In analyse \\d+, Doorverwezen \\d+, Opgevolgd \\d+, "
                + "Afgesloten \\d+, Heropend \\d+, Geannuleerd \\d+\n"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("helpdeskLabels")
  void namesTheHelpdeskChannelsAndCaseStatusesByTheirLabelsInTheChosenLanguage(String language, String channels,
      String statuses) {
    String out = CliRun.run("demo", "--lang", language, "--section", "events").out;

    assertThat(out).containsPattern(Pattern.compile("\n" + channels))
        .containsPattern(Pattern.compile("\n" + statuses))
        .doesNotContain("in-person", "in-analysis", "followed-up");
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "fr", "nl"})
  void namesTheReasonsOfTheUnmetNeedsByTheirLabelsInTheChosenLanguage(String language) {
    Language chosen = Language.parse(language);
    Set<String> labels = Arrays.stream(UnmetNeedReason.values()).map(reason -> reason.label().get(chosen))
        .collect(Collectors.toSet());
    String out = CliRun.run("demo", "--lang", language, "--section", "events").out;

    List<String> reasons = out.lines().filter(l -> l.matches("^ {9}\\d+ × .*"))
        .map(l -> find(l, "\\(([^()]+)\\)$").group(1)).collect(Collectors.toList());
    assertThat(reasons).hasSizeBetween(1, 3).allSatisfy(reason -> assertThat(labels).contains(reason));
    // SampleHelpdesk: a waiting list is the reason of about a third of the unmet needs, the most frequent one
    assertThat(reasons).contains(UnmetNeedReason.WAITING_LIST.label().get(chosen));
  }

  @Test
  void showsTheDutchAndFrenchWordsOfTheHelpdesk() {
    assertThat(CliRun.run("demo", "--lang", "nl", "--section", "events").out)
        .contains("per kanaal: Telefoon ", " (Wachtlijst)\n")
        .doesNotContain("(waiting-list)");
    assertThat(CliRun.run("demo", "--lang", "fr", "--section", "events").out)
        .contains("par canal : Téléphone ", " (Liste d'attente)\n", "par statut : Reçu ");
  }

  @Test
  void importsTheTwoPartnerExportsWithCountsThatAddUpToTheRecordsRead() {
    CliRun run = CliRun.run("demo", "--section", "import");
    String out = String.join("\n", section(run.out, "== Import"));

    assertThat(run.exitCode).isEqualTo(ExitCodes.OK);
    assertThat(out).contains("   Import of ixelles-social-map.csv", "   Import of federation-members.json");
    Matcher counts = Pattern.compile("Records read: (\\d+); accepted: (\\d+); accepted with warnings: (\\d+); "
        + "rejected: (\\d+)\\.").matcher(out);
    int reports = 0;
    while (counts.find()) {
      reports++;
      assertThat(number(counts, 1)).isPositive()
          .isEqualTo(number(counts, 2) + number(counts, 3) + number(counts, 4));
    }
    assertThat(reports).isEqualTo(2);
    Matcher merged = find(out, "merged directory: (\\d+) organisations, (\\d+) sites");
    assertThat(number(merged, 1)).isPositive();
  }
}
