/**
 * The integration toolkit: convert partner exports (CSV, JSON, JSON Lines) into the model with an exact,
 * record-by-record report and nothing lost.
 *
 * <p>The pipeline: a YAML {@link brussels.socialhealth.directory.exchange.Mapping} (read and checked by
 * {@link brussels.socialhealth.directory.exchange.MappingReader}, mistakes located in the mapping file)
 * names the input's shape and feeds the {@link brussels.socialhealth.directory.exchange.TargetField}s of an
 * {@link brussels.socialhealth.directory.exchange.ExchangeTarget}. The
 * {@link brussels.socialhealth.directory.exchange.Importer} streams
 * {@link brussels.socialhealth.directory.exchange.SourceRecord}s from a
 * {@link brussels.socialhealth.directory.exchange.RecordReader}, maps each into a
 * {@link brussels.socialhealth.directory.exchange.MappedRecord} (values through the model's parsers,
 * unused cells kept as extensions), lets the target build the model value, hands accepted values to a
 * sink, writes rejected records to a rejects file in the input's own format, and returns an
 * {@link brussels.socialhealth.directory.exchange.ImportReport} whose counts always add up to the records
 * read, with a {@link brussels.socialhealth.directory.exchange.RecordOutcome} per problem record.
 *
 * <p>Codes are in {@link brussels.socialhealth.directory.exchange.ExchangeCodes}; the guide is
 * {@code docs/integration.md}.
 */
@SocialHealthStyle
package brussels.socialhealth.directory.exchange;

import brussels.socialhealth.core.SocialHealthStyle;
