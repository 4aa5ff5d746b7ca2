/**
 * Non-API helpers of the territory module: the CSV reader ({@link
 * brussels.socialhealth.territory.internal.Csv}), the reader of the embedded data set ({@link
 * brussels.socialhealth.territory.internal.EmbeddedData}), the consistency check ({@link
 * brussels.socialhealth.territory.internal.ConsistencyCheck}) and name normalisation ({@link
 * brussels.socialhealth.territory.internal.Names}). Subject to change without notice.
 */
@SocialHealthStyle
package brussels.socialhealth.territory.internal;

import brussels.socialhealth.core.SocialHealthStyle;
