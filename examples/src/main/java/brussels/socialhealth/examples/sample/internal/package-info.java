/** Non-API helpers of the sample data: JSON reading and writing of the sample directory. */
@SocialHealthStyle
package brussels.socialhealth.examples.sample.internal;

import brussels.socialhealth.core.SocialHealthStyle;
