package brussels.socialhealth.events;

import java.util.Map;

/**
 * Writes a {@link HelpdeskActivityReport} as CSV (RFC 4180: comma-separated, CRLF line ends, fields
 * quoted when they hold a comma, a quote or a line break), one figure per row under the header
 * {@code section,key,detail,value}:
 *
 * <pre>
 * section,key,detail,value
 * report,bassin,,bassin:SUD_EST
 * report,period-start,,2024-01-01
 * report,period-end,,2024-12-31
 * report,case-count,,312
 * month,2024-01,,25
 * channel,phone,,140
 * status,closed,,200
 * theme,mental-health,,98
 * public,elderly,,40
 * requester-sector,primary-care,,61
 * place,commune:21015,,33
 * time-to-first-orientation,oriented-cases,,280
 * time-to-first-orientation,median-minutes,,1440
 * time-to-first-orientation,p90-minutes,,7200
 * orientation-outcome,accepted,,150
 * unmet-need,waiting-list,mental-health,22
 * </pre>
 *
 * <p>Rows follow the order of the report. Stateless and thread-safe.
 */
public final class HelpdeskReportCsv {
  private static final String EOL = "\r\n";

  private HelpdeskReportCsv() {}

  /**
   * Writes the report.
   *
   * @param report the report; not null
   * @return the CSV text, ending with a line break
   */
  public static String write(HelpdeskActivityReport report) {
    StringBuilder csv = new StringBuilder("section,key,detail,value").append(EOL);
    row(csv, "report", "bassin", "", report.getBassin().toString());
    row(csv, "report", "period-start", "", report.getPeriodStart().toString());
    row(csv, "report", "period-end", "", report.getPeriodEnd().toString());
    row(csv, "report", "case-count", "", Integer.toString(report.getCaseCount()));
    rows(csv, "month", report.getByMonth());
    rows(csv, "channel", report.getByChannel());
    rows(csv, "status", report.getByStatus());
    rows(csv, "theme", report.getByTheme());
    rows(csv, "public", report.getByPublic());
    rows(csv, "requester-sector", report.getByRequesterSector());
    rows(csv, "place", report.getByCommune());
    OrientationDelay delay = report.getTimeToFirstOrientation();
    row(csv, "time-to-first-orientation", "oriented-cases", "", Integer.toString(delay.getOrientedCases()));
    row(csv, "time-to-first-orientation", "median-minutes", "", delay.getMedianMinutes().map(String::valueOf).orElse(""));
    row(csv, "time-to-first-orientation", "p90-minutes", "", delay.getP90Minutes().map(String::valueOf).orElse(""));
    rows(csv, "orientation-outcome", report.getOrientationOutcomes());
    for (RankedUnmetNeed need : report.getUnmetNeeds()) {
      row(csv, "unmet-need", need.getReason().code(), need.getTheme().map(theme -> theme.getCode()).orElse(""), Integer.toString(need.getCount()));
    }
    return csv.toString();
  }

  private static void rows(StringBuilder csv, String section, Map<String, Integer> counts) {
    counts.forEach((key, value) -> row(csv, section, key, "", Integer.toString(value)));
  }

  private static void row(StringBuilder csv, String... fields) {
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        csv.append(',');
      }
      csv.append(quote(fields[i]));
    }
    csv.append(EOL);
  }

  /**
   * Quotes a field as RFC 4180 requires.
   *
   * @param field the field; not null
   * @return the field, quoted and with quotes doubled when it holds a comma, a quote or a line break
   */
  static String quote(String field) {
    if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
      return field;
    }
    return '"' + field.replace("\"", "\"\"") + '"';
  }
}
