/** Placeholder. */
package brussels.socialhealth.events;
