/**
 * CSV as Belgian offices write it. {@link brussels.socialhealth.directory.exchange.csv.CsvReader} streams
 * {@link brussels.socialhealth.directory.exchange.csv.CsvRow}s (each with the line it starts on) from any
 * separator, with quoted fields holding separators, line breaks and doubled quotes;
 * {@link brussels.socialhealth.directory.exchange.csv.CsvWriter} writes rows back in the same
 * {@link brussels.socialhealth.directory.exchange.csv.CsvDialect} (separator, encoding, byte-order mark),
 * which is how rejected records are handed back to the partner. Encoding detection lives in
 * {@link brussels.socialhealth.directory.exchange.ImportInput}.
 *
 * <p>The reader is our own (about 200 lines, no dependency) rather than jackson-dataformat-csv: it gives
 * the exact starting line of every record even when quoted fields span lines, keeps going after a syntax
 * problem and reports it on the row, and needs no schema; see {@code docs/integration.md}.
 */
@SocialHealthStyle
package brussels.socialhealth.directory.exchange.csv;

import brussels.socialhealth.core.SocialHealthStyle;
