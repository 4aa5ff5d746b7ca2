/** Placeholder. */
package brussels.socialhealth.examples;
