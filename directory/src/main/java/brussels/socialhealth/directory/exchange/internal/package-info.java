/**
 * Non-API helpers of the integration toolkit: encoding detection ({@code TextDecoding}), the CSV
 * record reader behind {@link brussels.socialhealth.directory.exchange.RecordReaders}, and the YAML tree
 * with source positions that the mapping reader walks. May change without notice.
 */
@SocialHealthStyle
package brussels.socialhealth.directory.exchange.internal;

import brussels.socialhealth.core.SocialHealthStyle;
