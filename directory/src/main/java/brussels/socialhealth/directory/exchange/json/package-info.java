/**
 * Jackson-specific parts of the integration toolkit:
 * {@link brussels.socialhealth.directory.exchange.json.JsonRecordReader} streams JSON arrays and JSON Lines
 * as {@link brussels.socialhealth.directory.exchange.SourceRecord}s with Jackson 3's parser, and
 * {@link brussels.socialhealth.directory.exchange.json.ExchangeJson} writes reports and streams imported
 * values.
 */
@SocialHealthStyle
package brussels.socialhealth.directory.exchange.json;

import brussels.socialhealth.core.SocialHealthStyle;
